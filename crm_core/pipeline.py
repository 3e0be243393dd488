"""Brief(s) → evidence → copy → channel text → guard → scores → MessageResult.

Batches stay batched: all briefs' evidence first, then one generator call for every variant,
so the model chain can batch drafts and refinements across briefs.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from crm_core.briefs import check_batch_size
from crm_core.catalog import Catalog, ResolvedBrief
from crm_core.channels import channel_text
from crm_core.config import Settings
from crm_core.domain import Brief, Evidence, Finding, Message, MessageResult, Score, Timing, verdict_of
from crm_core.errors import CrmError
from crm_core.generation.base import Candidate, CheckOutcome, GenerationRequest, MessageGenerator, StageListener
from crm_core.generation.sms_overflow import written_channel


class EvidenceSource(Protocol):
    """Finds what a brief's copy may rely on (the retriever, or facts only for no_rag)."""

    def evidence(self, resolved: ResolvedBrief) -> Evidence: ...


@runtime_checkable
class LearnsFromApprovals(Protocol):
    """An evidence source that takes approved copy back as style exemplars (never as facts)."""

    def add_past_messages(self, items: Iterable[object]) -> int: ...


class MessageGuard(Protocol):
    """Checks one message as it would be sent; returns every finding (block or warn)."""

    def check_request(
        self, resolved: ResolvedBrief, evidence: Evidence, title: str, body: str, cta: str, channel_text: str
    ) -> list[Finding]: ...


class MessageScorer(Protocol):
    """Scores one message against its evidence and its sibling variants."""

    def score(
        self,
        resolved: ResolvedBrief,
        evidence: Evidence,
        message: Message,
        findings: Sequence[Finding],
        siblings: Sequence[Message],
    ) -> tuple[Score, ...]: ...


@dataclass(frozen=True)
class BriefOutcome:
    """One brief of a batch: its variants, or the error that stopped it (others still run)."""

    index: int
    brief: Brief | None
    results: tuple[MessageResult, ...] = ()
    error: str | None = None
    field: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def message_of(candidate: Candidate) -> Message:
    return Message(
        title=candidate.title, body=candidate.body, cta=candidate.cta, channel_text=candidate.outcome.channel_text
    )


class Pipeline:
    """Runs briefs end to end; every component is injected so tests and pages can swap them."""

    def __init__(
        self,
        catalog: Catalog,
        evidence_source: EvidenceSource,
        generator: MessageGenerator,
        guard: MessageGuard,
        scorer: MessageScorer,
        settings: Settings,
    ):
        self.catalog = catalog
        self.evidence_source = evidence_source
        self.generator = generator
        self.guard = guard
        self.scorer = scorer
        self.settings = settings

    def add_past_messages(self, items: Iterable[object]) -> int:
        """Feed approved copy to the evidence source when it keeps past messages; returns how many were new."""
        if isinstance(self.evidence_source, LearnsFromApprovals):
            return self.evidence_source.add_past_messages(items)
        return 0

    # ---- the guard as the generator sees it --------------------------------------------
    def sender_of(self, resolved: ResolvedBrief) -> str:
        return resolved.brief.sender or self.settings.sender_name or resolved.brand.name

    def check(self, request: GenerationRequest, title: str, body: str, cta: str) -> CheckOutcome:
        resolved = request.resolved
        text = channel_text(
            title,
            body,
            cta,
            resolved.channel,
            is_ad=resolved.is_ad,
            sender=self.sender_of(resolved),
            opt_out_number=self.settings.opt_out_number,
            link=resolved.brief.link_url,
        )
        findings = self.guard.check_request(resolved, request.evidence, title, body, cta, text)
        key = resolved.brief.key_message
        if key and key.rstrip(".!?~") not in body:  # left out of this copy: its words are still the brief's
            findings += self.key_message_findings(request, key)
        return CheckOutcome(text, tuple(findings))

    def key_message_findings(self, request: GenerationRequest, key: str) -> list[Finding]:
        """The guard's findings on the brief's 강조할 점 read as body copy (a banned claim typed there blocks)."""
        found = self.guard.check_request(request.resolved, request.evidence, "", key, "", key)
        return [
            f.model_copy(update={"field": None, "span": None, "message": f"강조할 점: {f.message}"})
            for f in found
            if f.field == "body"
        ]

    # ---- running -----------------------------------------------------------------------
    def resolve_all(self, briefs: Sequence[Brief]) -> tuple[list[BriefOutcome | None], list[tuple[int, ResolvedBrief]]]:
        outcomes: list[BriefOutcome | None] = [None] * len(briefs)
        resolved: list[tuple[int, ResolvedBrief]] = []
        for i, brief in enumerate(briefs):
            try:
                resolved.append((i, self.catalog.resolve(brief)))
            except CrmError as exc:
                outcomes[i] = BriefOutcome(i, brief, error=str(exc), field=getattr(exc, "field", None))
        return outcomes, resolved

    def run(
        self,
        briefs: Sequence[Brief],
        on_stage: StageListener | None = None,
        resolved: Sequence[ResolvedBrief] | None = None,
    ) -> list[BriefOutcome]:
        """Every brief's variants; a brief that cannot be resolved is reported, the rest run.

        `resolved` (one per brief, from a sheet's validation) is used as is: a brief is resolved once.

        Timing per message: its brief's retrieval shared by the brief's variants, the batched
        generation shared by every message, plus its own scoring; so stages add up to the total.
        :raises InvalidInput: (field "batch") over MAX_BATCH_ROWS briefs.
        """
        check_batch_size(len(briefs))
        if resolved is None:
            outcomes, resolved_pairs = self.resolve_all(briefs)
        else:
            outcomes, resolved_pairs = [None] * len(briefs), list(enumerate(resolved))
        requests: list[GenerationRequest] = []
        rag_seconds: dict[int, float] = {}
        if on_stage is not None and resolved_pairs:
            on_stage("rag")
        written: list[tuple[int, ResolvedBrief]] = []
        for i, rb in resolved_pairs:
            t0 = time.perf_counter()
            evidence = self.evidence_source.evidence(rb)
            rag_seconds[i] = time.perf_counter() - t0
            try:
                rb = written_channel(rb, evidence, self.catalog)  # an SMS that 90 bytes cannot carry: LMS, flagged
            except CrmError as exc:
                outcomes[i] = BriefOutcome(i, briefs[i], error=str(exc), field=getattr(exc, "field", None))
                continue
            written.append((i, rb))
            requests += [GenerationRequest(rb, evidence, variant) for variant in range(rb.brief.n)]
        t0 = time.perf_counter()
        candidates = self.generator.generate(requests, self.check, on_stage) if requests else []
        generation_share = (time.perf_counter() - t0) / max(len(requests), 1)
        by_brief: dict[int, list[tuple[GenerationRequest, Candidate]]] = {}
        index_of = {id(rb): i for i, rb in written}
        for request, candidate in zip(requests, candidates, strict=True):
            by_brief.setdefault(index_of[id(request.resolved)], []).append((request, candidate))
        if on_stage is not None and by_brief:
            on_stage("score")
        # novelty spans the batch: a brief's variants are also compared with other briefs' copy of the product
        by_product: dict[str, list[tuple[int, Message]]] = {}
        for i, pairs in by_brief.items():
            for request, candidate in pairs:
                by_product.setdefault(request.resolved.product.id, []).append((i, message_of(candidate)))
        for i, pairs in by_brief.items():
            product = pairs[0][0].resolved.product.id
            others = [m for j, m in by_product[product] if j != i]
            results = self.results_for(pairs, rag_seconds[i] / len(pairs), generation_share, others)
            outcomes[i] = BriefOutcome(i, briefs[i], results=tuple(results))
        return [o for o in outcomes if o is not None]

    def run_one(
        self, brief: Brief, on_stage: StageListener | None = None, resolved: ResolvedBrief | None = None
    ) -> list[MessageResult]:
        """One brief's variants, resolved once; a bad brief raises its typed error naming the field."""
        resolved = resolved or self.catalog.resolve(brief)
        return list(self.run([brief], on_stage, resolved=[resolved])[0].results)

    def results_for(
        self,
        pairs: list[tuple[GenerationRequest, Candidate]],
        rag_seconds: float,
        generation_seconds: float,
        batch_siblings: Sequence[Message] = (),
    ) -> list[MessageResult]:
        messages = [message_of(c) for _, c in pairs]
        results = []
        for k, ((request, candidate), message) in enumerate(zip(pairs, messages, strict=True)):
            resolved = request.resolved
            t0 = time.perf_counter()
            siblings = [*messages[:k], *messages[k + 1 :], *batch_siblings]
            scores = self.scorer.score(resolved, request.evidence, message, candidate.outcome.findings, siblings)
            score_seconds = time.perf_counter() - t0
            timing = Timing(
                load=candidate.timing.get("load", 0.0),
                rag=rag_seconds,
                draft=candidate.timing.get("draft", 0.0),
                refine=candidate.timing.get("refine", 0.0),
                guard=candidate.timing.get("guard", 0.0) + score_seconds,
                total=rag_seconds + generation_seconds + score_seconds,
            )
            results.append(self.result_of(request, candidate, message, scores, timing))
        return results

    def result_of(
        self,
        request: GenerationRequest,
        candidate: Candidate,
        message: Message,
        scores: tuple[Score, ...],
        timing: Timing,
    ) -> MessageResult:
        resolved = request.resolved
        findings = candidate.outcome.findings
        return MessageResult(
            brief=resolved.brief,
            variant=request.variant,
            persona=resolved.persona,
            brand=resolved.brand,
            product=resolved.product,
            product_match=resolved.product_match,
            stage=resolved.stage,
            style_index=resolved.style.index,
            style_name=resolved.style.name,
            event=resolved.event,
            is_ad=resolved.is_ad,
            sms_to_lms=resolved.sms_to_lms,
            message=message,
            draft=candidate.draft,
            refiner_raw=candidate.raw,
            evidence=request.evidence,
            findings=findings,
            verdict=verdict_of(findings),
            scores=scores,
            timing=timing,
            backend=candidate.backend,
            backend_reason=candidate.backend_reason,
            is_template=candidate.is_template,
            drafter_model=candidate.drafter_model,
            refiner_model=candidate.refiner_model,
            adapter=candidate.adapter,
            seed=request.seed,
            prompt_version=candidate.prompt_version or self.generator.prompt_version,
            needs_edit=candidate.needs_edit,
            fallback_reason=candidate.fallback_reason,
            attempts=candidate.attempts,
        )
