"""The service the Streamlit pages call: generate, decide, edit, filter, export, time. No Streamlit here.

Every method is one or a few store transactions; a batch commits chunk by chunk, so a crash
loses only the chunk in flight and never an approval. See crm_core/store/decisions.py for the
approval and edit policy.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol

import pandas as pd

from crm_core import export
from crm_core.briefs import BriefSheet, check_batch_size
from crm_core.cancel import cancel_reaches
from crm_core.catalog import ResolvedBrief
from crm_core.config import Settings, load_settings
from crm_core.domain import Brief, ChannelSpec, Message, MessageResult, verdict_of
from crm_core.errors import CrmError, InvalidInput
from crm_core.generation.base import GenerationRequest, StageListener
from crm_core.pipeline import Pipeline
from crm_core.store import (
    BulkResult,
    HistoryEntry,
    PastMessage,
    Recheck,
    RowFailure,
    RunInfo,
    Store,
    VariantView,
    frames,
)
from crm_core.store.convert import message_counts
from crm_core.store.filters import VariantFilter

if TYPE_CHECKING:  # the recommender pulls in torch and scikit-learn; load them on first use only
    from crm_core.recommend import CustomerProfile, RecommendationSet

DEFAULT_USER = "marketer"


class Rechecker(Protocol):
    """Re-renders an edited message's channel text and re-runs the guard and scores on it."""

    def __call__(
        self, result: MessageResult, title: str, body: str, cta: str, siblings: Sequence[Message]
    ) -> Recheck: ...


class PipelineRechecker:
    """Checks an edit exactly as generation checked the original: same evidence, guard and scorer."""

    def __init__(self, pipeline: Pipeline):
        self.pipeline = pipeline

    def resolved(self, result: MessageResult) -> ResolvedBrief:
        """The brief as it was resolved at generation (stored facts); style and channel from the catalog."""
        catalog = self.pipeline.catalog
        return ResolvedBrief(
            brief=result.brief,
            persona=result.persona,
            brand=result.brand,
            product=result.product,
            stage=result.stage,
            style=catalog.style(result.style_index),
            event=result.event,
            channel=catalog.channel(result.channel),
            is_ad=result.is_ad,
            sms_to_lms=result.sms_to_lms,
        )

    def __call__(self, result: MessageResult, title: str, body: str, cta: str, siblings: Sequence[Message]) -> Recheck:
        resolved = self.resolved(result)
        outcome = self.pipeline.check(GenerationRequest(resolved, result.evidence, result.variant), title, body, cta)
        message = Message(title=title, body=body, cta=cta, channel_text=outcome.channel_text)
        scores = self.pipeline.scorer.score(resolved, result.evidence, message, outcome.findings, siblings)
        return Recheck(outcome.channel_text, tuple(outcome.findings), verdict_of(outcome.findings), tuple(scores))


@dataclass(frozen=True)
class RunView:
    """One stored run with its variants (ids for decisions) and the full results (for the panels)."""

    run: RunInfo
    variants: tuple[VariantView, ...]
    results: tuple[MessageResult, ...]

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(v.id for v in self.variants)


@dataclass(frozen=True)
class BatchProgress:
    """Reported after each committed chunk; `new_ids` are that chunk's stored variants."""

    run_id: int
    briefs_done: int
    briefs_total: int
    variants: int
    failures: int
    new_ids: tuple[int, ...]

    @property
    def fraction(self) -> float:
        return self.briefs_done / self.briefs_total if self.briefs_total else 1.0


@dataclass(frozen=True)
class BatchView:
    """A finished, cancelled or failed batch: its run and the rows that produced nothing.

    Its stored variants are read on first use, so a large batch does not end holding them all.
    """

    run: RunInfo
    failures: tuple[RowFailure, ...]
    store: Store = field(repr=False, compare=False)

    @cached_property
    def variants(self) -> tuple[VariantView, ...]:
        return tuple(self.store.variants(VariantFilter(run_id=self.run.id)))

    @property
    def cancelled(self) -> bool:
        return self.run.status == "cancelled"


class BatchFailed(CrmError):
    """A batch stopped on an unexpected error; the chunks stored before it are kept (see .run)."""

    def __init__(self, run: RunInfo, cause: BaseException):
        self.run = run
        super().__init__(
            f"batch run {run.id} failed after {run.n_briefs_done} of {run.n_briefs} briefs: {cause!r}; "
            f"the {run.n_variants} variants stored before the failure are kept"
        )


def describe(exc: BaseException) -> str:
    """An exception as one line for a run's error column."""
    return f"{type(exc).__name__}: {exc}"


class Workbench:
    """Pipeline + store behind the pages; one per process is enough (thread-safe)."""

    def __init__(self, pipeline: Pipeline, store: Store, user: str = DEFAULT_USER, rechecker: Rechecker | None = None):
        self.pipeline = pipeline
        self.store = store
        self.user = user
        self.rechecker: Rechecker = rechecker or PipelineRechecker(pipeline)

    @classmethod
    def from_settings(
        cls, settings: Settings | None = None, backend: str | None = None, user: str = DEFAULT_USER
    ) -> Workbench:
        """The configured pipeline and the store at settings.database_url (created on first use)."""
        from crm_core.factory import build_pipeline

        settings = settings or load_settings()
        store = Store.open(settings.database_url)
        return cls(build_pipeline(settings, backend=backend, past_messages=store.past_messages()), store, user=user)

    @staticmethod
    def check_settings(settings: Settings) -> None:
        """Fail now, cheaply (no catalog, index or weights loaded), if a workbench on these settings could
        not start its generator: a model missing from this machine, a server without its model or key.

        :raises CrmError: the error starting it would raise (UnknownModel, BackendUnavailable, NeedsKey).
        """
        from crm_core.factory import build_generator

        if settings.backend != "auto":  # auto never fails: it falls back to templates and says why
            build_generator(settings)

    def warm_up(self) -> None:
        """Build now what the first generate would wait for: the product-name matcher and the Korean analyser.

        The app runs this in a background thread once the first page is drawn (both are cached per process).
        """
        from crm_core.retrieval.analyzer import kiwi

        _ = self.pipeline.catalog.matcher
        kiwi()

    # ---- generation ---------------------------------------------------------------------
    def run_meta(self) -> dict[str, Any]:
        """Backend, generator description and settings recorded with each run."""
        generator = self.pipeline.generator
        return {
            "backend": getattr(generator, "name", type(generator).__name__),
            "models": dict(generator.describe()),
            "settings": self.pipeline.settings.model_dump(mode="json"),
        }

    def spec_for(self, result: MessageResult) -> ChannelSpec | None:
        """The channel spec used to count a result's bytes and characters (None if the catalog lost it)."""
        try:
            return self.pipeline.catalog.channel(result.channel)
        except CrmError:
            return None

    def generate(
        self,
        brief: Brief,
        kind: str = "compose",
        batch_id: str | None = None,
        user: str | None = None,
        on_stage: StageListener | None = None,
    ) -> RunView:
        """Run one brief and store the run and its variants; `on_stage` hears each stage as it starts.

        :raises InvalidInput: for a bad brief (nothing is stored).
        """
        resolved = self.pipeline.catalog.resolve(brief)
        run = self.store.create_run(kind, user or self.user, batch_id=batch_id, n_briefs=1, **self.run_meta())
        try:
            results = self.pipeline.run_one(brief, on_stage, resolved)
        except BaseException as exc:
            self.store.finish_run(run.id, "failed" if isinstance(exc, Exception) else "interrupted", describe(exc))
            raise
        self.store.add_chunk(run.id, [(0, r, self.spec_for(r)) for r in results], briefs_done=1, finish="done")
        variants = self.store.variants(VariantFilter(run_id=run.id))
        return RunView(self.store.run(run.id), tuple(variants), tuple(results))

    def chunks(self, items: list[tuple[int, Brief]], chunk_size: int | None) -> list[list[tuple[int, Brief]]]:
        """Chunks of `chunk_size` briefs, or by default as many briefs as fit settings.max_batch variants."""
        if chunk_size is not None and chunk_size < 1:
            raise InvalidInput("chunk_size", f"chunk_size must be at least 1, got {chunk_size}")
        out: list[list[tuple[int, Brief]]] = []
        current: list[tuple[int, Brief]] = []
        budget = self.pipeline.settings.max_batch
        for item in items:
            full = len(current) >= chunk_size if chunk_size else sum(b.n for _, b in current) + item[1].n > budget
            if current and full:
                out.append(current)
                current = []
            current.append(item)
        return [*out, current] if current else out

    def generate_many(
        self,
        briefs: Sequence[Brief] | BriefSheet,
        kind: str = "batch",
        on_progress: Callable[[BatchProgress], None] | None = None,
        should_cancel: Callable[[], bool] | None = None,
        chunk_size: int | None = None,
        batch_id: str | None = None,
        user: str | None = None,
    ) -> BatchView:
        """Run briefs chunk by chunk, committing each; cancel ends the chunk's model calls in flight.

        A BriefSheet's bad rows are recorded as failures with their sheet index.
        :raises InvalidInput: (field "batch") over MAX_BATCH_ROWS briefs; nothing is stored.
        :raises BatchFailed: on an unexpected error (what was stored stays stored).
        """
        if isinstance(briefs, BriefSheet):
            items = list(briefs.briefs)
            failures = [RowFailure(e.index, e.field, e.message) for e in briefs.errors]
        else:
            items, failures = list(enumerate(briefs)), []
        check_batch_size(len(items) + len(failures))
        run = self.store.create_run(
            kind, user or self.user, batch_id=batch_id or uuid.uuid4().hex[:12], n_briefs=len(items) + len(failures),
            **self.run_meta(),
        )  # fmt: skip
        if failures:
            self.store.add_chunk(run.id, [], failures, briefs_done=len(failures))
        done, stored, status = len(failures), 0, "done"
        try:
            for chunk in self.chunks(items, chunk_size):
                if should_cancel is not None and should_cancel():
                    status = "cancelled"
                    break
                with cancel_reaches(self.pipeline.generator, should_cancel) as watch:
                    results, chunk_failures = self.run_chunk(chunk)
                ids = self.store.add_chunk(run.id, results, chunk_failures, briefs_done=len(chunk))
                done, stored = done + len(chunk), stored + len(ids)
                failures += chunk_failures
                if on_progress is not None:
                    on_progress(BatchProgress(run.id, done, run.n_briefs, stored, len(failures), tuple(ids)))
                if watch.fired:  # the chunk in flight was cut short: keep it (flagged), run no more
                    status = "cancelled"
                    break
        except Exception as exc:
            raise BatchFailed(self.store.finish_run(run.id, "failed", describe(exc)), exc) from exc
        except BaseException as exc:  # KeyboardInterrupt, a page being stopped
            self.store.finish_run(run.id, "interrupted", describe(exc))
            raise
        info = self.store.finish_run(run.id, status)
        return BatchView(info, tuple(sorted(failures, key=lambda f: f.index)), self.store)

    def run_chunk(
        self, chunk: list[tuple[int, Brief]]
    ) -> tuple[list[tuple[int, MessageResult, ChannelSpec | None]], list[RowFailure]]:
        """Run one chunk; good briefs give (sheet index, result, spec), bad ones a RowFailure."""
        results: list[tuple[int, MessageResult, ChannelSpec | None]] = []
        failures: list[RowFailure] = []
        for outcome in self.pipeline.run([brief for _, brief in chunk]):
            index = chunk[outcome.index][0]
            if outcome.ok:
                results += [(index, r, self.spec_for(r)) for r in outcome.results]
            else:
                failures.append(RowFailure(index, outcome.field or "(row)", outcome.error or "failed"))
        return results, failures

    # ---- decisions ----------------------------------------------------------------------
    def approve(self, variant_id: int, user: str | None = None, note: str | None = None) -> VariantView:
        """Approve the current text (idempotent); ApprovalRefused names the blocking rule ids."""
        view = self.store.approve(variant_id, user or self.user, note)
        self.share_approvals([variant_id])
        return view

    def reject(self, variant_id: int, user: str | None, reason: str) -> VariantView:
        """Reject with a reason (required); an active approval is withdrawn, and kept, with that reason."""
        return self.store.reject(variant_id, user or self.user, reason)

    def unapprove(self, variant_id: int, user: str | None, reason: str) -> VariantView:
        """Withdraw the approval with a reason (required); the approval row is kept, marked revoked."""
        return self.store.unapprove(variant_id, user or self.user, reason)

    def bulk_approve(
        self, variant_ids: Sequence[int], user: str | None = None, note: str | None = None, allow_warn: bool = False
    ) -> BulkResult:
        """Approve the passing ones in one transaction; blocked, needs_edit, warned (unless allowed) are skipped."""
        result = self.store.bulk_approve(variant_ids, user or self.user, note, allow_warn=allow_warn)
        self.share_approvals(result.approved)
        return result

    def share_approvals(self, variant_ids: Sequence[int] | None = None) -> int:
        """Give newly approved copy (these variants', or every approval's) to the retriever as exemplars.

        Reading only the new approvals keeps an approval fast however many are already stored.
        """
        return self.pipeline.add_past_messages(self.store.past_messages(variant_ids=variant_ids))

    def edit(
        self, variant_id: int, user: str | None, title: str, body: str, cta: str, note: str | None = None
    ) -> VariantView:
        """Store edited copy as a new revision after re-rendering and re-checking it; returns the new view."""
        title, body, cta = (title or "").strip(), (body or "").strip(), (cta or "").strip()
        if not body:
            raise InvalidInput("body", "the message body cannot be empty")
        result, revision, siblings = self.store.result(variant_id)
        recheck = self.rechecker(result, title, body, cta, siblings)
        counts = message_counts(recheck.channel_text, self.spec_for(result))
        return self.store.apply_edit(variant_id, revision, user or self.user, (title, body, cta), recheck, counts, note)

    def regenerate(self, variant_id: int, user: str | None = None, tries: int = 8) -> VariantView:
        """New copy for one variant, from its stored brief on the next unused seed, saved as its next revision.

        Only this variant changes: its siblings stay, and an approval stays in force for the text it
        approved (see the edit policy in store/decisions.py). A seed whose body repeats any of this variant's
        texts or a sibling's is skipped (at most `tries` seeds).
        """
        result, revision, siblings = self.store.result(variant_id)
        earlier = {entry.before["body"] for entry in self.store.history(variant_id) if entry.before}
        taken = {m.body for m in (result.message, *siblings)} | earlier  # never back to an earlier text
        for attempt in range(1, tries + 1):
            seed = result.seed + attempt + revision * tries
            brief = result.brief.model_copy(update={"n": 1, "seed": seed})
            written = self.pipeline.run_one(brief)[0]
            fresh = written.message
            if fresh.body not in taken and written.channel == result.channel:  # an SMS stays SMS, an LMS LMS
                break
        else:
            raise InvalidInput("generation", f"{tries} more seeds wrote no new body for variant {variant_id}; edit it")
        note = f"변형 다시 생성 (시드 {seed})"
        return self.edit(variant_id, user, fresh.title, fresh.body, fresh.cta, note=note)

    # ---- reading ------------------------------------------------------------------------
    def variant(self, variant_id: int) -> VariantView:
        """One variant with its active approval."""
        return self.store.variant(variant_id)

    def result(self, variant_id: int) -> MessageResult:
        """The full current result (evidence, draft, findings, scores) for the detail panels."""
        return self.store.result(variant_id)[0]

    def history(self, variant_id: int) -> list[HistoryEntry]:
        """Decisions and edits (before/after text) of one variant, oldest first."""
        return self.store.history(variant_id)

    def variants(self, filters: VariantFilter | None = None) -> list[VariantView]:
        """Stored variants matching the filter, in creation order."""
        return self.store.variants(filters)

    def approved(self, filters: VariantFilter | None = None) -> list[VariantView]:
        """Actively approved variants; `.approval` holds the approved text that export delivers."""
        return self.store.approved(filters)

    def runs(self, limit: int = 50, kind: str | None = None) -> list[RunInfo]:
        """Newest runs first (optionally of one kind)."""
        return self.store.runs(limit, kind)

    def approved_frame(self, filters: VariantFilter | None = None) -> pd.DataFrame:
        """The export rows as a table for the Approved & Export page."""
        views = self.approved(filters)
        rows = export.records(views, self.pipeline.catalog, export.SenderDetails.of(self.pipeline.settings))
        return pd.DataFrame(rows, columns=export.columns_for(views))

    def export_csv(self, filters: VariantFilter | None = None, user: str | None = None) -> bytes:
        """Approved messages as CSV (UTF-8 with BOM, formula-safe); the export is audited."""
        return self.export_file("csv", filters, user)

    def export_xlsx(self, filters: VariantFilter | None = None, user: str | None = None) -> bytes:
        """Approved messages as an Excel workbook, the same columns and cells as the CSV; audited."""
        return self.export_file("xlsx", filters, user)

    def export_file(self, kind: str, filters: VariantFilter | None, user: str | None) -> bytes:
        views = self.approved(filters)
        write = export.xlsx_bytes if kind == "xlsx" else export.csv_bytes
        data = write(views, self.pipeline.catalog, export.SenderDetails.of(self.pipeline.settings))
        shown = {k: str(v) for k, v in vars(filters).items() if v not in (None, "", ())} if filters else {}
        self.store.record_export(user or self.user, len(views), {**shown, "format": kind})
        return data

    def timing_frame(self) -> pd.DataFrame:
        """Per-variant stage seconds with run kind, backend, model, created_at and batch id."""
        return frames.timing_frame(self.store.timing_rows())

    def throughput_frame(self, kind: str | None = "batch") -> pd.DataFrame:
        """Per run: seconds and variants per second (batch runs by default)."""
        return frames.throughput_frame(self.store.run_rows(kind))

    def past_messages(self, brand: str | None = None, limit: int | None = None) -> list[PastMessage]:
        """Approved copy (as approved) for retrieval's past-messages exemplars, newest first."""
        return self.store.past_messages(brand, limit)

    # ---- recommendations ----------------------------------------------------------------
    def recommend(
        self,
        persona: int | str | None = None,
        profile: CustomerProfile | None = None,
        *,
        brand: str | None = None,
        k: int = 3,
        recommender: str | None = None,
    ) -> RecommendationSet:
        """Products for a catalog persona or a custom profile (exactly one); the default recommender when None.

        :raises InvalidInput: both or neither of persona/profile, or any field the recommender rejects.
        """
        from crm_core.recommend import DEFAULT_RECOMMENDER, persona_profile
        from crm_core.recommend.service import ProductRecommender, default_model_path

        if (persona is None) == (profile is None):
            raise InvalidInput("persona", "give a persona or a custom profile, exactly one")
        service = self.__dict__.get("_recommender")
        if service is None:
            catalog = self.pipeline.catalog
            service = ProductRecommender(catalog, default_model_path(self.pipeline.settings.models_dir))
            self.__dict__["_recommender"] = service
        chosen = profile or persona_profile(service.catalog.persona(persona))  # type: ignore[arg-type]
        return service.recommend(chosen, brand=brand, k=k, recommender=recommender or DEFAULT_RECOMMENDER)
