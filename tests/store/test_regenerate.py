"""Regenerate one variant: new copy for that variant only; siblings and approvals stay as they were."""

from __future__ import annotations

from crm_core.workbench import Workbench
from tests.store.builders import brief


def test_only_the_chosen_variant_gets_new_copy(wb: Workbench) -> None:
    first, second, third = wb.generate(brief(n=3)).variants
    new = wb.regenerate(second.id, "김마케터")
    assert (new.title, new.body, new.cta) != (second.title, second.body, second.cta)
    assert new.revision == second.revision + 1
    assert {(v.title, v.body) for v in (first, third)}.isdisjoint({(new.title, new.body)})
    assert [wb.variant(v.id).body for v in (first, third)] == [first.body, third.body]
    assert wb.history(second.id)[-1].reason.startswith("변형 다시 생성 (시드 ")


def test_an_approval_stays_on_the_text_it_approved(wb: Workbench) -> None:
    first, second = wb.generate(brief(n=2)).variants
    wb.approve(first.id, "김마케터")
    wb.approve(second.id, "김마케터")
    regenerated = wb.regenerate(first.id, "김마케터")
    kept = wb.variant(first.id)
    assert kept.approval is not None and kept.approval.body == first.body  # export still delivers this
    assert kept.pending_edit and regenerated.body != first.body
    assert wb.variant(second.id).approval is not None
    assert sorted(v.id for v in wb.approved()) == [first.id, second.id]


def test_a_second_regeneration_writes_yet_another_text(wb: Workbench) -> None:
    (view,) = wb.generate(brief()).variants
    once = wb.regenerate(view.id, "김마케터")
    twice = wb.regenerate(view.id, "김마케터")
    assert len({view.body, once.body, twice.body}) == 3
