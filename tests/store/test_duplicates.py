"""Two variants of one brief with the same text: only one of them can be approved (one send, not two)."""

from __future__ import annotations

import pytest

from crm_core.store import DuplicateApproval
from crm_core.workbench import Workbench
from tests.store.builders import brief
from ui import explain


@pytest.fixture()
def twins(wb: Workbench) -> tuple[int, int]:
    """Two SMS variants of one brief, the second edited to the first's exact text."""
    first, second = wb.generate(brief(channel="sms", n=2)).variants
    wb.edit(second.id, "편집자", first.title, first.body, first.cta)
    assert wb.variant(second.id).channel_text == first.channel_text
    return first.id, second.id


def test_the_second_identical_variant_is_refused_in_korean(wb: Workbench, twins: tuple[int, int]) -> None:
    first, second = twins
    wb.approve(first, "김마케터")
    with pytest.raises(DuplicateApproval) as refused:
        wb.approve(second, "김마케터")
    assert refused.value.twin_id == first
    assert explain.error(refused.value) == (
        "이미 승인한 같은 브리프의 다른 변형과 문구가 똑같습니다. 문구를 고치거나 승인된 변형 하나만 쓰세요."
    )
    assert wb.variant(second).status != "approved"


def test_bulk_approval_takes_one_of_the_twins(wb: Workbench, twins: tuple[int, int]) -> None:
    first, second = twins
    done = wb.bulk_approve([first, second], "김마케터", allow_warn=True)
    assert done.approved == (first,)
    assert done.skipped == ((second, f"duplicate of approved variant {first}"),)
    assert explain.skipped(done.skipped[0][1]) == "이미 승인한 다른 변형과 문구가 똑같아 건너뛰었습니다."


def test_after_the_twin_is_withdrawn_the_other_can_be_approved(wb: Workbench, twins: tuple[int, int]) -> None:
    first, second = twins
    wb.approve(first, "김마케터")
    wb.unapprove(first, "김마케터", "다른 변형으로 보냄")
    assert wb.approve(second, "김마케터").status == "approved"
