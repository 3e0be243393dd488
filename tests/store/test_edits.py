"""Edits: a new revision, re-rendered and re-checked, with history; an approval is never lost by an edit."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from crm_core.domain import Finding, Message, MessageResult, Score
from crm_core.errors import InvalidInput
from crm_core.scores import SCORE_NAMES, Scorer
from crm_core.store import ApprovalRefused, Recheck, StoreError
from crm_core.store.models import Approval, Edit
from crm_core.workbench import Workbench
from tests.store.builders import LONG_SENDER, SMS_FIX, blocked_brief, brief, make_workbench
from tests.store.conftest import count

FIXED_BODY = "인삼을 담은 자음생크림을 만나 보세요."
DRUG_LIKE_BODY = "주름 고민에 피부 재생 크림"  # '피부 재생': cosmetics.drug_like blocks it


def test_editing_a_blocked_variant_rechecks_it_and_makes_it_approvable(wb: Workbench) -> None:
    vid = wb.generate(blocked_brief()).ids[0]
    before = wb.variant(vid)
    generated = wb.result(vid)
    assert before.verdict == "block" and before.needs_edit
    assert before.blocking_rule_ids == ("channel.length",) and before.byte_count > 90
    assert before.scores["length_fit"] == 0.0  # past SMS's legal limit

    title, body, cta = SMS_FIX
    after = wb.edit(vid, "kim", title, body, cta, note="SMS 90바이트에 맞게 줄임")

    assert (after.revision, after.verdict, after.findings, after.needs_edit) == (2, "pass", (), False)
    assert after.channel_text == f"[{LONG_SENDER}] {body}\n{cta}"  # re-rendered for SMS: sender, body, button
    assert after.char_count == len(after.channel_text)
    assert after.byte_count == len(after.channel_text.encode("cp949")) <= 90
    message = Message(title=title, body=body, cta=cta, channel_text=after.channel_text)
    resolved = wb.pipeline.catalog.resolve(generated.brief)
    rescored = Scorer().score(resolved, generated.evidence, message, (), ())
    assert after.scores == {s.name: pytest.approx(s.value, abs=1e-6) for s in rescored}  # the edited text, scored
    assert set(after.scores) == set(SCORE_NAMES)
    assert (after.scores["length_fit"], after.scores["novelty"]) == (1.0, 1.0)
    [entry] = wb.history(vid)
    assert (entry.action, entry.user, entry.revision, entry.reason, entry.verdict_after) == (
        "edit",
        "kim",
        2,
        "SMS 90바이트에 맞게 줄임",
        "pass",
    )
    assert entry.before == {"title": before.title, "body": before.body, "cta": before.cta,
                            "channel_text": before.channel_text}  # fmt: skip
    assert entry.after is not None and entry.after["body"] == body
    result = wb.result(vid)
    assert (result.message.body, result.verdict, result.findings) == (body, "pass", ())
    assert (result.draft, result.evidence, result.seed) == (generated.draft, generated.evidence, generated.seed)
    assert wb.approve(vid, "kim").approval.revision == 2  # type: ignore[union-attr]


def test_an_edit_that_breaks_the_rules_is_stored_blocked_and_cannot_be_approved(wb: Workbench) -> None:
    vid = wb.generate(brief()).ids[0]
    view = wb.edit(vid, "kim", "자음생크림", DRUG_LIKE_BODY, "보기")
    assert view.verdict == "block"
    assert view.blocking_rule_ids == ("cosmetics.drug_like",)
    assert view.needs_edit
    with pytest.raises(ApprovalRefused, match=r"cosmetics\.drug_like"):
        wb.approve(vid, "kim")


def test_editing_an_approved_variant_keeps_the_approved_text_until_the_new_one_is_approved(wb: Workbench) -> None:
    vid = wb.generate(brief()).ids[0]
    approved_body = wb.approve(vid, "kim").approval.body  # type: ignore[union-attr]

    edited = wb.edit(vid, "lee", "자음생크림", DRUG_LIKE_BODY, "보기")

    assert edited.status == "approved" and edited.pending_edit
    assert edited.approval is not None and (edited.approval.revision, edited.approval.body) == (1, approved_body)
    [row] = wb.approved()
    assert row.approval is not None and row.approval.body == approved_body
    assert approved_body in wb.export_csv().decode("utf-8-sig")
    with pytest.raises(ApprovalRefused):
        wb.approve(vid, "lee")
    assert wb.variant(vid).approval.revision == 1  # type: ignore[union-attr]  # a refused approval changes nothing

    wb.edit(vid, "lee", "자음생크림", FIXED_BODY, "보기")
    final = wb.approve(vid, "lee")

    assert final.approval is not None and (final.approval.revision, final.approval.body) == (3, FIXED_BODY)
    assert not final.pending_edit
    assert count(wb.store, Approval, Approval.variant_id == vid) == 2
    with wb.store.reading() as session:
        old = session.query(Approval).filter_by(variant_id=vid, revision=1).one()
    assert (old.body, old.revoked_by) == (approved_body, "lee")
    assert old.revoke_reason == "superseded by the approval of revision 3"
    assert [h.action for h in wb.history(vid)] == ["approve", "edit", "edit", "approve"]


def test_editing_a_rejected_variant_puts_it_back_for_review(wb: Workbench) -> None:
    vid = wb.generate(brief()).ids[0]
    wb.reject(vid, "kim", "톤 수정 필요")
    assert wb.edit(vid, "kim", "자음생크림", FIXED_BODY, "보기").status == "pending"


def test_unchanged_text_is_not_a_new_revision(wb: Workbench) -> None:
    view = wb.generate(brief()).variants[0]
    again = wb.edit(view.id, "kim", f" {view.title} ", view.body, view.cta)
    assert again.revision == 1
    assert count(wb.store, Edit) == 0


def test_an_empty_body_is_refused(wb: Workbench) -> None:
    vid = wb.generate(brief()).ids[0]
    with pytest.raises(InvalidInput, match="body"):
        wb.edit(vid, "kim", "제목", "  ", "보기")


def test_a_concurrent_change_during_the_recheck_is_refused(db_url: str) -> None:
    wb = make_workbench(db_url)
    vid = wb.generate(brief()).ids[0]
    inner = wb.rechecker

    def meddling(result, title, body, cta, siblings):  # type: ignore[no-untyped-def]
        if "first" in body:
            wb.edit(vid, "lee", "제목", "다른 사람이 먼저 고친 문구", "보기")
        return inner(result, title, body, cta, siblings)

    wb.rechecker = meddling
    with pytest.raises(StoreError, match="changed while your edit was being checked"):
        wb.edit(vid, "kim", "제목", "first 고친 문구", "보기")
    assert wb.variant(vid).body == "다른 사람이 먼저 고친 문구"


def test_the_recheck_is_injectable_and_sees_the_siblings(db_url: str) -> None:
    calls: list[tuple[str, int]] = []

    def recheck(result: MessageResult, title: str, body: str, cta: str, siblings: Sequence[Message]) -> Recheck:
        calls.append((body, len(siblings)))
        finding = Finding(rule_id="test.rule", category="test", severity="warn", message="경고")
        return Recheck(f"[{title}] {body}", (finding,), "warn", (Score(name="custom", value=0.5, explanation="x"),))

    wb = make_workbench(db_url)
    vid = wb.generate(brief(n=3)).ids[1]
    wb.rechecker = recheck
    view = wb.edit(vid, "kim", "제목", "본문", "보기")
    assert calls == [("본문", 2)]
    assert (view.channel_text, view.verdict, view.scores) == ("[제목] 본문", "warn", {"custom": 0.5})
    assert [f.rule_id for f in view.findings] == ["test.rule"]
