"""The two-model chain: batched drafts, batched refinements, validation, one retry, flagged fallback.

Every request's draft runs in one drafter call, every refinement in one refiner call, and all
retries together in one more; a message that still fails becomes template copy with needs_edit
and the reasons recorded. Nothing unvalidated reaches title/body/cta.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from crm_core.backends.base import Backend, Generation, GenerationOptions
from crm_core.chain.cache import CachedCopy, ResultCache
from crm_core.chain.contract import ContractError, RefinedMessage, clean_draft, message_schema, parse_message
from crm_core.chain.prompts import PROMPT_VERSION, draft_messages, refine_messages
from crm_core.errors import BackendUnavailable
from crm_core.generation.base import Candidate, CheckFn, CheckOutcome, GenerationRequest, StageListener
from crm_core.generation.template import TemplateGenerator

IDENTITY_KEYS = ("type", "model", "adapter", "quantization", "base_url", "enable_thinking")


class ChainOptions(BaseModel):
    """Decoding and contract settings of the chain; typos fail loudly."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    draft_max_new_tokens: int = Field(default=160, ge=8, le=2048)
    refine_max_new_tokens: int = Field(default=256, ge=16, le=4096)
    temperature: float = Field(default=0.0, ge=0.0, le=2.0, description="0 = greedy: same inputs, same copy")
    repetition_penalty: float = Field(default=1.05, ge=1.0, le=2.0)
    constrained_json: bool = Field(default=True, description="Constrain the refiner to the JSON schema")
    prompt_lookup_tokens: int = Field(default=0, ge=0, le=64, description="Prompt-lookup decoding for the refiner")
    retries: int = Field(default=1, ge=0, le=3, description="Refinement retries carrying the findings")


class StageClock:
    """Seconds per stage, summed over a batch (the backends synchronise the GPU before returning)."""

    def __init__(self, on_stage: StageListener | None = None) -> None:
        self.seconds: dict[str, float] = {}
        self.on_stage = on_stage

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        if self.on_stage is not None:
            self.on_stage(stage)
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - started


@dataclass
class Attempt:
    """One request's way through the chain."""

    request: GenerationRequest
    draft: str = ""
    raw: str = ""
    attempts: int = 0
    problems: list[str] = field(default_factory=list)
    previous: str | None = None
    reasons: list[str] = field(default_factory=list)
    accepted: tuple[RefinedMessage, CheckOutcome] | None = None

    def fail(self, problems: list[str], previous: str | None = None) -> None:
        self.problems, self.previous = problems, previous
        self.reasons.append(f"attempt {self.attempts}: {'; '.join(problems)}")


def recoverable(exc: Exception) -> bool:
    """Failures of a running backend (server down, out of GPU memory) fall back; bugs and config errors raise."""
    return isinstance(exc, BackendUnavailable) or type(exc).__name__ == "OutOfMemoryError"


def finding_text(finding: Any) -> str:
    text = f"{finding.rule_id}: {finding.message}"
    return f"{text} → {finding.suggestion}" if finding.suggestion else text


class ModelChainGenerator:
    """Drafter → refiner over any two backends; implements MessageGenerator."""

    prompt_version = PROMPT_VERSION

    def __init__(
        self,
        drafter: Backend,
        refiner: Backend,
        options: ChainOptions | None = None,
        *,
        cache: ResultCache | None = None,
        fallback: TemplateGenerator | None = None,
        reason: str = "",
    ):
        self.drafter, self.refiner = drafter, refiner
        self.options = options or ChainOptions()
        self.cache = cache or ResultCache(None)
        self.fallback = fallback or TemplateGenerator()
        self.name = refiner.name
        self.reason = reason or f"{self.name} backend selected: drafter {drafter.model_id}, refiner {refiner.model_id}"

    # ---- description --------------------------------------------------------------------
    def identity(self) -> dict[str, Any]:
        """What decides the output (cache key part and reproducibility record)."""

        def ident(backend: Backend) -> dict[str, Any]:
            return {k: v for k, v in backend.to_dict().items() if k in IDENTITY_KEYS}

        return {
            "prompt_version": PROMPT_VERSION,
            "drafter": ident(self.drafter),
            "refiner": ident(self.refiner),
            "options": self.options.model_dump(),
        }

    def describe(self) -> dict[str, object]:
        return {
            "type": "chain",
            "backend": self.name,
            "prompt_version": PROMPT_VERSION,
            "json_constraint": "xgrammar" if self.options.constrained_json else "off",
            "drafter": self.drafter.describe(),
            "refiner": self.refiner.describe(),
            "options": self.options.model_dump(),
            "cache": {"enabled": self.cache.enabled, "folder": str(self.cache.folder)},
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "chain",
            "drafter": self.drafter.to_dict(),
            "refiner": self.refiner.to_dict(),
            "options": self.options.model_dump(),
        }

    def warm_up(self) -> float:
        return self.drafter.warm_up() + self.refiner.warm_up()

    def cancel(self) -> None:
        """End the model calls in flight, on backends that can (the openai backend); the rest finish."""
        for backend in (self.drafter, self.refiner):
            cancel = getattr(backend, "cancel", None)
            if cancel is not None:
                cancel()

    # ---- options ------------------------------------------------------------------------
    def decoding(self, states: list[Attempt], max_new_tokens: int, **extra: Any) -> GenerationOptions:
        """One call's decoding options; the batch is seeded by its first request."""
        o = self.options
        return GenerationOptions(
            max_new_tokens=max_new_tokens,
            temperature=o.temperature,
            repetition_penalty=o.repetition_penalty,
            seed=states[0].request.seed,
            **extra,
        )

    # ---- the chain ----------------------------------------------------------------------
    def generate(
        self, requests: list[GenerationRequest], check: CheckFn, on_stage: StageListener | None = None
    ) -> list[Candidate]:
        """All drafts in one call, all refinements in one, all retries in one; then fallbacks."""
        clock = StageClock(on_stage)
        identity = self.identity()
        keys = [self.cache.key(r, identity) for r in requests]
        done: dict[int, Candidate] = {}
        for i, (request, key) in enumerate(zip(requests, keys, strict=True)):
            hit = self.from_cache(request, key, check)
            if hit is not None:
                done[i] = hit
        todo = [i for i in range(len(requests)) if i not in done]
        states = [Attempt(requests[i]) for i in todo]
        if states:  # a fully cached batch never loads the models
            with clock("load"):
                self.warm_up()
            self.run_models(states, check, clock)
        per_message = {stage: s / max(len(states), 1) for stage, s in clock.seconds.items()}
        for i, state in zip(todo, states, strict=True):
            if state.accepted is not None:
                done[i] = self.accepted(state, per_message)
                self.cache.put(keys[i], self.cache_value(done[i]))
            else:
                started = time.perf_counter()
                candidate = self.fall_back(state, check)
                timing = per_message | {"guard": per_message.get("guard", 0.0) + time.perf_counter() - started}
                done[i] = replace(candidate, timing=timing)
        return [done[i] for i in range(len(requests))]

    def run_models(self, states: list[Attempt], check: CheckFn, clock: StageClock) -> None:
        """Draft all, refine all, retry the failures together; a backend failure marks the rest failed."""
        try:
            with clock("draft"):
                options = self.decoding(states, self.options.draft_max_new_tokens)
                drafts = self.drafter.generate([draft_messages(s.request) for s in states], options)
            for state, gen in zip(states, drafts, strict=True):
                state.draft = clean_draft(gen.text)
            for _ in range(1 + self.options.retries):
                pending = [s for s in states if s.accepted is None]
                if not pending:
                    break
                prompts = [refine_messages(s.request, s.draft, s.problems, s.previous) for s in pending]
                options = self.decoding(
                    pending,
                    self.options.refine_max_new_tokens,
                    json_schema=message_schema() if self.options.constrained_json else None,
                    prompt_lookup_tokens=self.options.prompt_lookup_tokens,
                )
                with clock("refine"):
                    gens = self.refiner.generate(prompts, options)
                for state, gen in zip(pending, gens, strict=True):
                    self.judge(state, gen, check, clock)
        except Exception as exc:
            if not recoverable(exc):
                raise
            for state in states:
                if state.accepted is None:
                    state.reasons.append(f"{self.name} backend failed: {exc}")

    def judge(self, state: Attempt, gen: Generation, check: CheckFn, clock: StageClock) -> None:
        """Parse → validate → guard; accept, or record the problems for the retry prompt."""
        state.attempts += 1
        state.raw = gen.text
        try:
            message = parse_message(gen.text, state.request.resolved.channel)
        except ContractError as exc:
            cut = gen.finish_reason == "length"
            limit = f"output stopped at the {gen.completion_tokens}-token limit; " if cut else ""
            state.fail([f"{limit}{exc}"])
            return
        with clock("guard"):
            outcome = check(state.request, message.title, message.body, message.cta)
        if outcome.blocking:
            previous = json.dumps(message.model_dump(), ensure_ascii=False)
            state.fail([finding_text(f) for f in outcome.blocking], previous)
        else:
            state.accepted = (message, outcome)

    # ---- candidates ---------------------------------------------------------------------
    def provenance(self) -> dict[str, Any]:
        return {
            "drafter_model": self.drafter.model_id,
            "refiner_model": self.refiner.model_id,
            "adapter": self.refiner.to_dict().get("adapter"),
            "prompt_version": PROMPT_VERSION,
        }

    def accepted(self, state: Attempt, timing: dict[str, float]) -> Candidate:
        assert state.accepted is not None
        message, outcome = state.accepted
        return Candidate(
            title=message.title,
            body=message.body,
            cta=message.cta,
            outcome=outcome,
            backend=self.name,
            backend_reason=self.reason,
            is_template=False,
            draft=state.draft,
            raw=state.raw,
            attempts=state.attempts,
            timing=dict(timing),
            **self.provenance(),
        )

    def fall_back(self, state: Attempt, check: CheckFn) -> Candidate:
        """Template copy, flagged needs_edit, with every attempt's reason; empty copy if no template fits."""
        request = state.request
        why = " | ".join(state.reasons) or "no attempt was made"
        reason = f"{self.name} chain fell back to the template backend"
        try:
            candidate = self.fallback.compose(request, check, reason=reason)
            used = f"template {candidate.draft.strip('[]').removeprefix('template ')} used instead"
            if candidate.fallback_reason:
                used += f"; {candidate.fallback_reason}"
        except ValueError as exc:
            outcome = check(request, "", "", "")
            candidate = Candidate("", "", "", outcome, "template", reason, is_template=True)
            used = f"no template fits either ({exc}); write this message by hand"
        return replace(
            candidate,
            backend_reason=reason,
            needs_edit=True,
            fallback_reason=f"model copy rejected after {state.attempts} attempt(s): {why}; {used}",
            draft=state.draft,
            raw=state.raw,
            attempts=state.attempts,
            **self.provenance(),
        )

    # ---- cache --------------------------------------------------------------------------
    @staticmethod
    def cache_value(candidate: Candidate) -> CachedCopy:
        keep = CachedCopy.model_fields
        return CachedCopy(**{k: getattr(candidate, k) for k in keep})

    def from_cache(self, request: GenerationRequest, key: str, check: CheckFn) -> Candidate | None:
        """A stored accepted message, re-checked (rules may have changed since); blocked now = a miss."""
        value = self.cache.get(key)
        if value is None:
            return None
        started = time.perf_counter()
        outcome = check(request, value.title, value.body, value.cta)
        if outcome.blocking:
            return None
        return Candidate(
            title=value.title,
            body=value.body,
            cta=value.cta,
            outcome=outcome,
            backend=self.name,
            backend_reason=f"{self.reason} (cached result)",
            is_template=False,
            draft=value.draft,
            raw=value.raw,
            attempts=value.attempts,
            timing={"guard": time.perf_counter() - started, "cache_hit": 1.0},
            **self.provenance(),
        )
