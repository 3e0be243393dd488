"""Threads (one shared store, as Streamlit sessions share it) and separate engines writing at once."""

from __future__ import annotations

import threading
from collections.abc import Callable

from sqlalchemy import func, select

from crm_core.store import Store, VariantFilter
from crm_core.store.models import Approval, Decision, Run, Variant
from crm_core.workbench import Workbench
from tests.store.builders import brief, make_workbench


def run_threads(*targets: Callable[[], None]) -> list[BaseException]:
    errors: list[BaseException] = []

    def guarded(target: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            try:
                target()
            except BaseException as exc:  # collected and asserted on below
                errors.append(exc)

        return run

    threads = [threading.Thread(target=guarded(t)) for t in targets]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "a thread hung (deadlock?)"
    return errors


def assert_consistent(store: Store) -> None:
    """One active approval per approved variant, one approve decision per approval row, counts add up."""
    with store.reading() as session:
        active = session.execute(
            select(Approval.variant_id, func.count()).where(Approval.revoked_at.is_(None)).group_by(Approval.variant_id)
        ).all()
        assert all(n == 1 for _, n in active)
        approvals = session.scalar(select(func.count()).select_from(Approval))
        decisions = session.scalar(select(func.count()).select_from(Decision).where(Decision.action == "approve"))
        assert approvals == decisions
        approved = set(session.scalars(select(Variant.id).where(Variant.status == "approved")))
        assert approved == {vid for vid, _ in active}
        for run in session.scalars(select(Run)):
            stored = session.scalar(select(func.count()).select_from(Variant).where(Variant.run_id == run.id))
            assert stored == run.n_variants


def test_generating_and_approving_in_threads_neither_corrupts_nor_duplicates(wb: Workbench) -> None:
    finished = threading.Event()
    remaining = [2]
    lock = threading.Lock()

    def generate(seed0: int) -> Callable[[], None]:
        def run() -> None:
            try:
                wb.generate_many([brief(seed=seed0 + s, n=2) for s in range(15)], chunk_size=1)
            finally:
                with lock:
                    remaining[0] -= 1
                    if remaining[0] == 0:
                        finished.set()

        return run

    def approve_everything(user: str) -> Callable[[], None]:
        def run() -> None:
            while True:
                done = finished.is_set()
                for view in wb.variants(VariantFilter(status="pending", verdict="pass")):
                    wb.approve(view.id, user)
                if done:
                    return

        return run

    errors = run_threads(generate(0), generate(100), approve_everything("kim"), approve_everything("lee"))

    assert errors == []
    runs = wb.runs()
    assert len(runs) == 2 and {r.status for r in runs} == {"done"}
    assert len(wb.variants()) == 60
    assert {v.id for v in wb.approved()} == {v.id for v in wb.variants(VariantFilter(verdict="pass"))}
    assert_consistent(wb.store)


def test_two_engines_approving_the_same_variants_at_once(db_url: str) -> None:
    first = make_workbench(db_url, user="kim")
    ids = [v.id for v in first.generate_many([brief(seed=s, n=2) for s in range(10)]).variants]
    second = Workbench(first.pipeline, Store.open(db_url), user="lee")  # its own engine and pool
    barrier = threading.Barrier(3)

    def approve_all(workbench: Workbench, order: list[int]) -> Callable[[], None]:
        def run() -> None:
            barrier.wait()
            for vid in order:
                workbench.approve(vid)

        return run

    def bulk() -> None:
        barrier.wait()
        first.bulk_approve(ids[::2], "park")

    errors = run_threads(approve_all(first, ids), approve_all(second, ids[::-1]), bulk)

    assert errors == []
    assert {v.id for v in first.approved()} == set(ids)
    assert_consistent(first.store)
    with first.store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Approval)) == len(ids)
    second.store.close()


def test_racing_edits_and_approvals_on_one_variant_keep_history_whole(wb: Workbench) -> None:
    vid = wb.generate(brief()).ids[0]
    wb.approve(vid, "kim")
    barrier = threading.Barrier(4)
    outcomes: list[str] = []
    # Distinct texts that pass the real guard, so the approvers are never refused ('1번째' would be
    # blocked as an invented number by facts.invented_number).
    words = ("촉촉한", "산뜻한", "편안한", "은은한", "가벼운")

    def editor(n: int) -> Callable[[], None]:
        def run() -> None:
            barrier.wait()
            for word in words:
                try:
                    wb.edit(vid, f"editor{n}", "제목", f"편집자 {n}의 {word} 수정 문구입니다.", "보기")
                    outcomes.append("edited")
                except Exception as exc:  # a lost race is refused with a clear error, never half-written
                    assert "changed while your edit was being checked" in str(exc)
                    outcomes.append("refused")

        return run

    def approver(user: str) -> Callable[[], None]:
        def run() -> None:
            barrier.wait()
            for _ in range(10):
                wb.approve(vid, user)

        return run

    errors = run_threads(editor(1), editor(2), approver("kim"), approver("lee"))

    assert errors == []
    view = wb.variant(vid)
    history = wb.history(vid)
    assert view.revision == 1 + outcomes.count("edited")
    assert [h.revision for h in history if h.action == "edit"] == list(range(2, view.revision + 1))
    assert view.approval is not None  # an approval is never lost by edits
    assert_consistent(wb.store)
