"""The template backend: the offline composer's copy, checked by the guard, labelled as template output.

This is the offline default and the chain's fallback. Its output is always labelled template
output (is_template=True), never passed off as AI copy. The same brief and seed give the same
message; each variant takes a different hook, fact order and proof.
"""

from __future__ import annotations

from itertools import islice

from crm_core.generation.base import Candidate, CheckFn, CheckOutcome, GenerationRequest, StageListener
from crm_core.generation.composer import CopyForm, forms_of, short_product_name

PROMPT_VERSION = "template-v2"

__all__ = ["PROMPT_VERSION", "TemplateGenerator", "short_product_name"]


class TemplateGenerator:
    """Composes copy for each request; sends the richest form of it that passes the guard."""

    name = "template"
    prompt_version = PROMPT_VERSION

    def __init__(self, reason: str = "template backend selected", max_tries: int = 6):
        self.reason = reason
        self.max_tries = max_tries

    def describe(self) -> dict[str, object]:
        return {
            "type": "template",
            "composer": "plan-v1",
            "prompt_version": PROMPT_VERSION,
            "max_tries": self.max_tries,
        }

    def generate(
        self, requests: list[GenerationRequest], check: CheckFn, on_stage: StageListener | None = None
    ) -> list[Candidate]:
        if on_stage is not None:
            on_stage("template")
        return [self.compose(request, check) for request in requests]

    def compose(self, request: GenerationRequest, check: CheckFn, reason: str | None = None) -> Candidate:
        """The first form that passes the guard, else the least blocked and shortest (flagged needs_edit)."""
        best: tuple[int, CopyForm, CheckOutcome] | None = None
        tries = 0
        for form in islice(forms_of(request), self.max_tries):  # laid out only as far as tried
            tries += 1
            outcome = check(request, form.title, form.body, form.cta)
            blocking = len(outcome.blocking)
            if best is None or (blocking, len(outcome.channel_text)) < (best[0], len(best[2].channel_text)):
                best = (blocking, form, outcome)
            if blocking == 0:
                break
        assert best is not None
        blocking, form, outcome = best
        needs_edit = blocking > 0
        why = "; ".join(f"{f.rule_id}: {f.message}" for f in outcome.blocking[:3])
        return Candidate(
            title=form.title,
            body=form.body,
            cta=form.cta,
            outcome=outcome,
            backend="template",
            backend_reason=reason or self.reason,
            is_template=True,
            draft="[composer " + ", ".join(form.parts) + "]",
            needs_edit=needs_edit,
            fallback_reason=f"no composed form passed the guard after {tries} tries: {why}" if needs_edit else None,
            attempts=tries,
        )
