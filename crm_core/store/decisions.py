"""Approve / reject / unapprove / edit inside one write transaction each: the approval policy lives here.

Policy (nothing approved is ever lost or silently overwritten):
- Approving snapshots the current revision's text into `approvals`. Approving the same revision
  again is a no-op that returns the existing approval (and a partial unique index allows only
  one active approval per variant, so even a race cannot write two).
- A variant whose current verdict is `block` cannot be approved (ApprovalRefused names the rules).
- A variant whose channel text equals an actively approved sibling's (same run and brief) cannot be
  approved (DuplicateApproval names the twin): the sending system would send the same copy twice.
- Editing creates a new revision, re-checked by the guard and scorer, with before/after text in
  `edits`. An existing approval stays in force for the revision it approved (that text is what
  export keeps delivering, flagged `pending_edit`) until the new revision is approved, which
  supersedes it, or the approval is withdrawn. An edit never withdraws an approval by itself.
- Withdrawing is always explicit and carries a reason: unapprove, or reject (which also
  withdraws). Withdrawn approvals are kept, marked revoked with who, when and why.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_core.domain import MessageResult, rule_ids
from crm_core.store.convert import edited_result, findings_json, scores_dict
from crm_core.store.errors import ApprovalRefused, DuplicateApproval, NotFound, StoreError
from crm_core.store.models import Approval, AuditEntry, Decision, Edit, Variant
from crm_core.store.views import Recheck

ApproveOutcome = Literal["approved", "already"]


def audit(session: Session, user: str, action: str, entity: str, entity_id: int | None, **detail: Any) -> None:
    """Append one audit row in the current transaction."""
    session.add(AuditEntry(user=user, action=action, entity=entity, entity_id=entity_id, detail=detail))


def lock_variant(session: Session, variant_id: int) -> Variant:
    """The variant row, locked for this transaction (FOR UPDATE on PostgreSQL; BEGIN IMMEDIATE on SQLite)."""
    variant = session.scalar(select(Variant).where(Variant.id == variant_id).with_for_update())
    if variant is None:
        raise NotFound("variant", variant_id)
    return variant


def active_approval(session: Session, variant_id: int) -> Approval | None:
    """The approval in force for a variant, if any."""
    return session.scalar(select(Approval).where(Approval.variant_id == variant_id, Approval.revoked_at.is_(None)))


def blocking_rule_ids(variant: Variant) -> list[str]:
    return list(rule_ids(variant.findings, "block"))


def warning_rule_ids(variant: Variant) -> list[str]:
    return list(rule_ids(variant.findings, "warn"))


def approved_twin(session: Session, variant: Variant) -> int | None:
    """An actively approved sibling variant (same run and brief) whose channel text equals this one's."""
    return session.scalar(
        select(Variant.id)
        .join(Approval, Approval.variant_id == Variant.id)
        .where(
            Variant.run_id == variant.run_id,
            Variant.brief_index == variant.brief_index,
            Variant.id != variant.id,
            Approval.revoked_at.is_(None),
            Approval.channel_text == variant.channel_text,
        )
        .limit(1)
    )


def revoke(approval: Approval, user: str, reason: str, now: datetime) -> None:
    """Mark an approval withdrawn; the row and its approved text stay."""
    approval.revoked_at, approval.revoked_by, approval.revoke_reason = now, user, reason


def approve(session: Session, variant_id: int, user: str, note: str | None, now: datetime) -> ApproveOutcome:
    """Approve the current revision; 'already' when it is approved.

    :raises ApprovalRefused: when the current verdict is block.
    :raises DuplicateApproval: when an approved sibling has exactly this text.
    """
    variant = lock_variant(session, variant_id)
    current = active_approval(session, variant_id)
    if current is not None and current.revision == variant.revision:
        return "already"
    if variant.verdict == "block":
        raise ApprovalRefused(variant.id, blocking_rule_ids(variant))
    twin = approved_twin(session, variant)
    if twin is not None:
        raise DuplicateApproval(variant.id, twin)
    if current is not None:
        revoke(current, user, f"superseded by the approval of revision {variant.revision}", now)
        session.flush()  # the one-active-approval index must see the revocation before the new row
    session.add(
        Approval(
            variant_id=variant.id,
            revision=variant.revision,
            title=variant.title,
            body=variant.body,
            cta=variant.cta,
            channel_text=variant.channel_text,
            byte_count=variant.byte_count,
            char_count=variant.char_count,
            verdict=variant.verdict,
            scores=dict(variant.scores),
            approver=user,
            approved_at=now,
            note=note,
        )
    )
    variant.status, variant.updated_at = "approved", now
    session.add(
        Decision(variant_id=variant.id, revision=variant.revision, action="approve", user=user, at=now, reason=note)
    )
    audit(
        session,
        user,
        "approve",
        "variant",
        variant.id,
        revision=variant.revision,
        note=note,
        superseded=current.id if current is not None else None,
    )
    return "approved"


def bulk_skip_reason(session: Session, variant: Variant, allow_warn: bool) -> str | None:
    """Why bulk approval leaves this variant for a person to look at, or None to approve it."""
    if variant.verdict == "block":
        return "blocked by " + ", ".join(blocking_rule_ids(variant))
    if variant.needs_edit:
        return "flagged needs_edit: " + (variant.fallback_reason or "fallback output")
    if variant.verdict == "warn" and not allow_warn:
        return "has warnings (" + ", ".join(warning_rule_ids(variant)) + "); approve it individually"
    if variant.status == "rejected":
        return "rejected earlier; approve it individually to overrule the rejection"
    twin = approved_twin(session, variant)
    if twin is not None:
        return f"duplicate of approved variant {twin}"
    return None


def reject(session: Session, variant_id: int, user: str, reason: str, now: datetime) -> bool:
    """Reject the variant (withdrawing an active approval, with the reason); False when already so."""
    variant = lock_variant(session, variant_id)
    current = active_approval(session, variant_id)
    if current is None and variant.status == "rejected":
        last = session.scalar(
            select(Decision).where(Decision.variant_id == variant_id).order_by(Decision.id.desc()).limit(1)
        )
        if last is not None and last.action == "reject" and last.revision == variant.revision and last.reason == reason:
            return False
    if current is not None:
        revoke(current, user, f"rejected: {reason}", now)
    variant.status, variant.updated_at = "rejected", now
    session.add(
        Decision(variant_id=variant.id, revision=variant.revision, action="reject", user=user, at=now, reason=reason)
    )
    audit(
        session,
        user,
        "reject",
        "variant",
        variant.id,
        revision=variant.revision,
        reason=reason,
        withdrew=current.id if current is not None else None,
    )
    return True


def unapprove(session: Session, variant_id: int, user: str, reason: str, now: datetime) -> bool:
    """Withdraw the active approval (kept, marked revoked); False when there was none."""
    variant = lock_variant(session, variant_id)
    current = active_approval(session, variant_id)
    if current is None:
        return False
    revoke(current, user, reason, now)
    variant.status, variant.updated_at = "pending", now
    session.add(
        Decision(variant_id=variant.id, revision=variant.revision, action="unapprove", user=user, at=now, reason=reason)
    )
    audit(session, user, "unapprove", "variant", variant.id, revision=current.revision, reason=reason)
    return True


def apply_edit(
    session: Session,
    variant_id: int,
    expected_revision: int,
    user: str,
    text: tuple[str, str, str],
    recheck: Recheck,
    counts: tuple[int, int],
    note: str | None,
    now: datetime,
) -> bool:
    """Store a re-checked edit as a new revision; False when the text did not change.

    :raises StoreError: when someone else changed the variant since it was read for the re-check.
    """
    variant = lock_variant(session, variant_id)
    if variant.revision != expected_revision:
        raise StoreError(
            f"variant {variant_id} changed while your edit was being checked (now revision {variant.revision}); "
            "reload it and edit again"
        )
    title, body, cta = text
    if (title, body, cta) == (variant.title, variant.body, variant.cta):
        return False
    before = MessageResult.model_validate(variant.result)
    after = edited_result(variant, title, body, cta, recheck)
    session.add(
        Edit(
            variant_id=variant.id,
            from_revision=variant.revision,
            to_revision=variant.revision + 1,
            user=user,
            at=now,
            note=note,
            before_title=variant.title,
            before_body=variant.body,
            before_cta=variant.cta,
            before_channel_text=variant.channel_text,
            before_verdict=variant.verdict,
            before_findings=list(variant.findings),
            before_scores=[s.model_dump(mode="json") for s in before.scores],
            after_title=title,
            after_body=body,
            after_cta=cta,
            after_channel_text=recheck.channel_text,
            after_verdict=recheck.verdict,
            after_findings=findings_json(recheck.findings),
            after_scores=[s.model_dump(mode="json") for s in recheck.scores],
        )
    )
    variant.revision += 1
    variant.title, variant.body, variant.cta, variant.channel_text = title, body, cta, recheck.channel_text
    variant.byte_count, variant.char_count = counts
    variant.verdict = recheck.verdict
    variant.findings = findings_json(recheck.findings)
    variant.scores = scores_dict(recheck.scores)
    variant.needs_edit = recheck.verdict == "block"
    variant.result = after.model_dump(mode="json")
    variant.updated_at = now
    if variant.status == "rejected":
        variant.status = "pending"  # an edit is a new proposal; the rejection stays in the log
    session.add(
        Decision(variant_id=variant.id, revision=variant.revision, action="edit", user=user, at=now, reason=note)
    )
    audit(session, user, "edit", "variant", variant.id, revision=variant.revision, verdict=recheck.verdict)
    return True
