"""MessageResult → row values, and rows → the frozen views the pages read."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from crm_core.channels import euckr_measure, fill_variables
from crm_core.domain import ChannelSpec, Finding, Message, MessageResult, Score, Timing
from crm_core.store.models import Approval, Run, Variant
from crm_core.store.views import ApprovalView, Recheck, RunInfo, VariantView


def message_counts(channel_text: str, spec: ChannelSpec | None) -> tuple[int, int]:
    """(EUC-KR bytes, characters) of the text as sent, variables filled at their longest sample."""
    filled = fill_variables(channel_text, spec) if spec is not None else channel_text
    return euckr_measure(filled).length, len(filled)


def scores_dict(scores: Sequence[Score]) -> dict[str, float]:
    """Scores as {name: value} for the scores column and the export."""
    return {s.name: round(float(s.value), 6) for s in scores}


def findings_json(findings: Sequence[Finding]) -> list[dict[str, Any]]:
    """Findings as JSON-ready dicts."""
    return [f.model_dump(mode="json") for f in findings]


def findings_of(data: Sequence[dict[str, Any]]) -> tuple[Finding, ...]:
    """Findings back from their JSON."""
    return tuple(Finding.model_validate(item) for item in data)


def variant_values(result: MessageResult, brief_index: int, spec: ChannelSpec | None) -> dict[str, Any]:
    """Column values of one generated variant (the full result JSON included)."""
    message, timing = result.message, result.timing
    byte_count, char_count = message_counts(message.channel_text, spec)
    return {
        "brief_index": brief_index,
        "variant_index": result.variant,
        "brief": result.brief.model_dump(mode="json"),
        "brand": result.brand.name,
        "product_id": result.product.id,
        "product_name": result.product.name,
        "persona": result.persona.name,
        "persona_index": result.persona.index,
        "stage": result.stage.index,
        "stage_name": result.stage.name,
        "style": result.style_index,
        "style_name": result.style_name,
        "channel": result.channel.value,  # as written: lms for an SMS brief that overflowed
        "is_ad": result.is_ad,
        "title": message.title,
        "body": message.body,
        "cta": message.cta,
        "channel_text": message.channel_text,
        "byte_count": byte_count,
        "char_count": char_count,
        "verdict": result.verdict,
        "findings": findings_json(result.findings),
        "scores": scores_dict(result.scores),
        "t_load": timing.load,
        "t_rag": timing.rag,
        "t_draft": timing.draft,
        "t_refine": timing.refine,
        "t_guard": timing.guard,
        "t_total": timing.total,
        "backend": result.backend,
        "is_template": result.is_template,
        "needs_edit": result.needs_edit,
        "fallback_reason": result.fallback_reason,
        "drafter_model": result.drafter_model,
        "refiner_model": result.refiner_model,
        "adapter": result.adapter,
        "prompt_version": result.prompt_version,
        "seed": result.seed,
        "result": result.model_dump(mode="json"),
        "created_at": result.created_at,
        "updated_at": result.created_at,
    }


def run_info(run: Run) -> RunInfo:
    """A run row as its frozen view."""
    return RunInfo(
        id=run.id,
        kind=run.kind,  # type: ignore[arg-type]
        status=run.status,  # type: ignore[arg-type]
        created_at=run.created_at,
        finished_at=run.finished_at,
        user=run.user,
        backend=run.backend,
        models=dict(run.models or {}),
        batch_id=run.batch_id,
        n_briefs=run.n_briefs,
        n_briefs_done=run.n_briefs_done,
        n_variants=run.n_variants,
        n_errors=run.n_errors,
        errors=tuple(run.errors or ()),
        error=run.error,
    )


def approval_view(approval: Approval) -> ApprovalView:
    """An approval row as its frozen view."""
    return ApprovalView(
        id=approval.id,
        variant_id=approval.variant_id,
        revision=approval.revision,
        title=approval.title,
        body=approval.body,
        cta=approval.cta,
        channel_text=approval.channel_text,
        byte_count=approval.byte_count,
        char_count=approval.char_count,
        verdict=approval.verdict,
        scores=dict(approval.scores or {}),
        approver=approval.approver,
        approved_at=approval.approved_at,
        note=approval.note,
    )


def variant_view(variant: Variant, run: Run, approval: Approval | None) -> VariantView:
    """A variant row, its run and its active approval as one frozen view."""
    return VariantView(
        id=variant.id,
        run_id=variant.run_id,
        brief_index=variant.brief_index,
        variant_index=variant.variant_index,
        created_at=variant.created_at,
        brief=dict(variant.brief),
        brand=variant.brand,
        product_id=variant.product_id,
        product_name=variant.product_name,
        persona=variant.persona,
        persona_index=variant.persona_index,
        stage=variant.stage,
        stage_name=variant.stage_name,
        style=variant.style,
        style_name=variant.style_name,
        channel=variant.channel,
        is_ad=variant.is_ad,
        title=variant.title,
        body=variant.body,
        cta=variant.cta,
        channel_text=variant.channel_text,
        byte_count=variant.byte_count,
        char_count=variant.char_count,
        verdict=variant.verdict,
        findings=findings_of(variant.findings),
        scores=dict(variant.scores or {}),
        timing=Timing(
            load=variant.t_load,
            rag=variant.t_rag,
            draft=variant.t_draft,
            refine=variant.t_refine,
            guard=variant.t_guard,
            total=variant.t_total,
        ),
        backend=variant.backend,
        is_template=variant.is_template,
        needs_edit=variant.needs_edit,
        fallback_reason=variant.fallback_reason,
        drafter_model=variant.drafter_model,
        refiner_model=variant.refiner_model,
        adapter=variant.adapter,
        prompt_version=variant.prompt_version,
        seed=variant.seed,
        revision=variant.revision,
        status=variant.status,  # type: ignore[arg-type]
        run_kind=run.kind,  # type: ignore[arg-type]
        batch_id=run.batch_id,
        approval=approval_view(approval) if approval is not None else None,
    )


def edited_result(variant: Variant, title: str, body: str, cta: str, recheck: Recheck) -> MessageResult:
    """The variant's MessageResult with an edited message and the re-check's findings, verdict and scores."""
    current = MessageResult.model_validate(variant.result)
    message = Message(title=title, body=body, cta=cta, channel_text=recheck.channel_text)
    return current.model_copy(
        update={
            "message": message,
            "findings": recheck.findings,
            "verdict": recheck.verdict,
            "scores": recheck.scores,
            "needs_edit": recheck.verdict == "block",
        }
    )
