"""Approve / reject / unapprove: idempotent, refused when blocked, reasons required, nothing approved lost."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from crm_core.errors import InvalidInput
from crm_core.store import ApprovalRefused, NotFound
from crm_core.store.models import Approval, AuditEntry, Decision
from crm_core.workbench import Workbench
from tests.store.builders import BLOCK_RULE, WARN_RULE, blocked_brief, brief, warned_brief
from tests.store.conftest import count


@pytest.fixture()
def passing(wb: Workbench) -> int:
    view = wb.generate(brief()).variants[0]
    assert view.verdict == "pass"
    return view.id


@pytest.fixture()
def blocked(wb: Workbench) -> int:
    view = wb.generate(blocked_brief()).variants[0]
    assert view.verdict == "block" and view.needs_edit
    return view.id


def test_approve_snapshots_the_text_and_logs_who_and_when(wb: Workbench, passing: int) -> None:
    view = wb.approve(passing, "kim", note="좋아요")
    assert view.status == "approved"
    assert view.approval is not None
    assert (view.approval.title, view.approval.body, view.approval.channel_text) == (
        view.title,
        view.body,
        view.channel_text,
    )
    assert view.approval.approver == "kim"
    assert view.approval.note == "좋아요"
    assert view.approval.revision == 1
    assert [(h.action, h.user, h.reason) for h in wb.history(passing)] == [("approve", "kim", "좋아요")]
    assert count(wb.store, AuditEntry, AuditEntry.action == "approve", AuditEntry.entity_id == passing) == 1


def test_approving_twice_keeps_one_row_and_the_first_approver(wb: Workbench, passing: int) -> None:
    first = wb.approve(passing, "kim")
    second = wb.approve(passing, "lee")
    assert second.approval == first.approval
    assert count(wb.store, Approval, Approval.variant_id == passing) == 1
    assert count(wb.store, Decision, Decision.variant_id == passing) == 1


def test_database_refuses_a_second_active_approval(wb: Workbench, passing: int) -> None:
    wb.approve(passing, "kim")
    with pytest.raises(IntegrityError), wb.store.writing() as session:
        session.add(Approval(variant_id=passing, revision=1, title="t", body="b", cta="c", channel_text="x",
                             byte_count=1, char_count=1, verdict="pass", scores={}, approver="intruder"))  # fmt: skip
    assert count(wb.store, Approval, Approval.variant_id == passing) == 1


def test_blocked_variant_cannot_be_approved_and_the_error_names_the_rule(wb: Workbench, blocked: int) -> None:
    with pytest.raises(ApprovalRefused, match=r"channel\.length") as caught:
        wb.approve(blocked, "kim")
    assert caught.value.rule_ids == (BLOCK_RULE,)
    assert count(wb.store, Approval) == 0
    assert count(wb.store, Decision) == 0
    assert wb.variant(blocked).status == "pending"


def test_reject_needs_a_reason(wb: Workbench, passing: int) -> None:
    for reason in ("", "   "):
        with pytest.raises(InvalidInput, match="reason"):
            wb.reject(passing, "kim", reason)
    assert wb.variant(passing).status == "pending"
    assert count(wb.store, Decision) == 0


def test_reject_records_the_reason_and_repeating_it_is_a_no_op(wb: Workbench, passing: int) -> None:
    view = wb.reject(passing, "kim", "브랜드 톤과 맞지 않음")
    assert view.status == "rejected"
    wb.reject(passing, "kim", "브랜드 톤과 맞지 않음")
    wb.reject(passing, "lee", "가격 언급 필요")
    assert [(h.action, h.user, h.reason) for h in wb.history(passing)] == [
        ("reject", "kim", "브랜드 톤과 맞지 않음"),
        ("reject", "lee", "가격 언급 필요"),
    ]


def test_rejecting_an_approved_variant_withdraws_but_keeps_the_approval(wb: Workbench, passing: int) -> None:
    wb.approve(passing, "kim")
    view = wb.reject(passing, "lee", "법무 검토 반려")
    assert view.status == "rejected"
    assert view.approval is None
    assert wb.approved() == []
    with wb.store.reading() as session:
        kept = session.query(Approval).filter_by(variant_id=passing).one()
    assert (kept.approver, kept.revoked_by, kept.revoke_reason) == ("kim", "lee", "rejected: 법무 검토 반려")
    assert kept.revoked_at is not None


def test_unapprove_needs_a_reason_and_keeps_the_revoked_row(wb: Workbench, passing: int) -> None:
    wb.approve(passing, "kim")
    with pytest.raises(InvalidInput, match="reason"):
        wb.unapprove(passing, "kim", "")
    assert wb.variant(passing).status == "approved"
    view = wb.unapprove(passing, "kim", "캠페인 취소")
    assert (view.status, view.approval) == ("pending", None)
    assert wb.unapprove(passing, "kim", "again").status == "pending"  # nothing to withdraw: no new row
    again = wb.approve(passing, "kim")
    assert again.approval is not None and again.approval.approver == "kim"
    assert count(wb.store, Approval, Approval.variant_id == passing) == 2
    assert count(wb.store, Approval, Approval.variant_id == passing, Approval.revoked_at.is_(None)) == 1
    assert [h.action for h in wb.history(passing)] == ["approve", "unapprove", "approve"]


def test_approving_a_rejected_variant_overrules_the_rejection_on_record(wb: Workbench, passing: int) -> None:
    wb.reject(passing, "kim", "보류")
    assert wb.approve(passing, "lee").status == "approved"
    assert [h.action for h in wb.history(passing)] == ["reject", "approve"]


def test_unknown_variant_and_blank_user_are_named(wb: Workbench, passing: int) -> None:
    with pytest.raises(NotFound, match="variant 9999 not found"):
        wb.approve(9999, "kim")
    with pytest.raises(InvalidInput, match="user"):
        wb.store.approve(passing, "  ")


def test_workbench_user_is_the_default_approver(wb: Workbench, passing: int) -> None:
    assert wb.approve(passing).approval.approver == "tester"  # type: ignore[union-attr]


def test_bulk_approve_approves_passing_and_says_why_it_skipped_the_rest(wb: Workbench) -> None:
    ok = wb.generate(brief(n=2, seed=1)).ids
    bad = wb.generate(blocked_brief()).ids[0]
    rejected = wb.generate(brief(seed=3)).ids[0]
    wb.reject(rejected, "kim", "별로")
    warned = wb.generate(warned_brief(seed=4)).ids[0]
    assert wb.variant(warned).verdict == "warn"
    wb.approve(ok[0], "kim")

    result = wb.bulk_approve([*ok, bad, rejected, warned, 424242, ok[1]], "lee")

    assert result.approved == (ok[1],)
    assert result.already == (ok[0],)
    reasons = dict(result.skipped)
    assert set(reasons) == {bad, rejected, warned, 424242}
    assert BLOCK_RULE in reasons[bad]
    assert "rejected" in reasons[rejected]
    assert WARN_RULE in reasons[warned]
    assert reasons[424242] == "not found"
    assert count(wb.store, Approval, Approval.variant_id == ok[1]) == 1
    assert wb.bulk_approve([warned], "lee", allow_warn=True).approved == (warned,)
