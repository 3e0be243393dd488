"""Read-side queries: variant and approval views, history, past messages, siblings for a re-check."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from crm_core.domain import Message, MessageResult
from crm_core.store import filters
from crm_core.store.convert import run_info, variant_view
from crm_core.store.errors import NotFound
from crm_core.store.filters import VariantFilter
from crm_core.store.models import Approval, Decision, Edit, Run, Variant
from crm_core.store.views import HistoryEntry, PastMessage, RunInfo, VariantView

ACTIVE = and_(Approval.variant_id == Variant.id, Approval.revoked_at.is_(None))


def variant_views(session: Session, f: VariantFilter | None = None) -> list[VariantView]:
    """Variants in creation order, each with its active approval if any."""
    statement = (
        select(Variant, Run, Approval).join(Run, Variant.run_id == Run.id).outerjoin(Approval, ACTIVE)
    ).order_by(Variant.id)
    return [variant_view(v, r, a) for v, r, a in session.execute(filters.apply(statement, f, approved=False))]


def approved_views(session: Session, f: VariantFilter | None = None) -> list[VariantView]:
    """Variants with an active approval, oldest approval first; the approval holds the exported text."""
    statement = (select(Variant, Run, Approval).join(Run, Variant.run_id == Run.id).join(Approval, ACTIVE)).order_by(
        Approval.approved_at, Approval.id
    )
    return [variant_view(v, r, a) for v, r, a in session.execute(filters.apply(statement, f, approved=True))]


def one_variant(session: Session, variant_id: int) -> VariantView:
    """One variant view by id."""
    row = session.execute(
        select(Variant, Run, Approval)
        .join(Run, Variant.run_id == Run.id)
        .outerjoin(Approval, ACTIVE)
        .where(Variant.id == variant_id)
    ).first()
    if row is None:
        raise NotFound("variant", variant_id)
    return variant_view(*row)


def one_run(session: Session, run_id: int) -> RunInfo:
    """One run by id."""
    run = session.get(Run, run_id)
    if run is None:
        raise NotFound("run", run_id)
    return run_info(run)


def recent_runs(session: Session, limit: int = 50, kind: str | None = None) -> list[RunInfo]:
    """Newest runs first (optionally of one kind)."""
    statement = select(Run).order_by(Run.id.desc()).limit(limit)
    if kind:
        statement = statement.where(Run.kind == kind)
    return [run_info(r) for r in session.scalars(statement)]


def stored_result(session: Session, variant_id: int) -> tuple[MessageResult, int, list[Message]]:
    """The current MessageResult, its revision and the sibling variants' messages (same run and brief)."""
    variant = session.get(Variant, variant_id)
    if variant is None:
        raise NotFound("variant", variant_id)
    siblings = session.scalars(
        select(Variant)
        .where(Variant.run_id == variant.run_id, Variant.brief_index == variant.brief_index, Variant.id != variant.id)
        .order_by(Variant.variant_index)
    )
    messages = [Message(title=s.title, body=s.body, cta=s.cta, channel_text=s.channel_text) for s in siblings]
    return MessageResult.model_validate(variant.result), variant.revision, messages


def history(session: Session, variant_id: int) -> list[HistoryEntry]:
    """Every decision on a variant, oldest first; an edit carries its before/after text."""
    if session.get(Variant, variant_id) is None:
        raise NotFound("variant", variant_id)
    edits = {e.to_revision: e for e in session.scalars(select(Edit).where(Edit.variant_id == variant_id))}
    entries = []
    for d in session.scalars(select(Decision).where(Decision.variant_id == variant_id).order_by(Decision.id)):
        edit = edits.get(d.revision) if d.action == "edit" else None
        entries.append(
            HistoryEntry(
                at=d.at,
                user=d.user,
                action=d.action,
                revision=d.revision,
                reason=d.reason,
                before=text_of(edit, "before") if edit else None,
                after=text_of(edit, "after") if edit else None,
                verdict_after=edit.after_verdict if edit else None,
            )
        )
    return entries


def text_of(edit: Edit, side: str) -> dict[str, str]:
    return {part: getattr(edit, f"{side}_{part}") for part in ("title", "body", "cta", "channel_text")}


def past_messages(
    session: Session, brand: str | None = None, limit: int | None = None, variant_ids: Sequence[int] | None = None
) -> list[PastMessage]:
    """Actively approved copy (the approved text), newest first; only `variant_ids` when given."""
    statement = (
        select(Variant, Approval).join(Approval, ACTIVE).order_by(Approval.approved_at.desc(), Approval.id.desc())
    )
    if variant_ids is not None:
        statement = statement.where(Variant.id.in_(list(variant_ids)))
    if brand:
        statement = statement.where(Variant.brand == brand)
    if limit:
        statement = statement.limit(limit)
    return [
        PastMessage(
            variant_id=v.id,
            revision=a.revision,
            brand=v.brand,
            product_id=v.product_id,
            persona=v.persona,
            stage=v.stage,
            style=v.style,
            channel=v.channel,
            title=a.title,
            body=a.body,
            cta=a.cta,
            approved_at=a.approved_at,
        )
        for v, a in session.execute(statement)
    ]


def timing_rows(session: Session) -> list[dict[str, Any]]:
    """Per-variant stage seconds with the run's kind, backend, models and batch id, oldest first."""
    statement = (
        select(
            Variant.id.label("variant_id"),
            Variant.run_id,
            Run.kind.label("run_kind"),
            Run.batch_id,
            Run.status.label("run_status"),
            Variant.backend,
            Variant.drafter_model,
            Variant.refiner_model,
            Variant.adapter,
            Variant.channel,
            Variant.created_at,
            Variant.t_load.label("load"),
            Variant.t_rag.label("rag"),
            Variant.t_draft.label("draft"),
            Variant.t_refine.label("refine"),
            Variant.t_guard.label("guard"),
            Variant.t_total.label("total"),
        )
        .join(Run, Variant.run_id == Run.id)
        .order_by(Variant.created_at, Variant.id)
    )
    return [dict(row._mapping) for row in session.execute(statement)]


def run_rows(session: Session, kind: str | None = None) -> list[dict[str, Any]]:
    """Runs as plain rows for the throughput frame, oldest first."""
    statement = select(Run).order_by(Run.id)
    if kind:
        statement = statement.where(Run.kind == kind)
    return [
        {
            "run_id": r.id,
            "run_kind": r.kind,
            "status": r.status,
            "batch_id": r.batch_id,
            "backend": r.backend,
            "created_at": r.created_at,
            "finished_at": r.finished_at,
            "last_progress_at": r.heartbeat_at,
            "n_briefs": r.n_briefs,
            "n_variants": r.n_variants,
            "n_errors": r.n_errors,
        }
        for r in session.scalars(statement)
    ]
