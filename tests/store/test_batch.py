"""Batches: chunked commits, progress, cancel, bad rows, failures, and runs left behind by a dead process."""

from __future__ import annotations

import socket
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from crm_core.briefs import MAX_BATCH_ROWS, parse_rows
from crm_core.errors import InvalidInput
from crm_core.store import Store, VariantFilter
from crm_core.store.models import Run, Variant, utcnow
from crm_core.workbench import BatchFailed, BatchProgress, Workbench
from tests.store.builders import brief, make_workbench
from tests.store.conftest import count


def test_batch_commits_chunk_by_chunk_and_reports_progress(wb: Workbench) -> None:
    briefs = [brief(seed=s, n=2) for s in range(5)]
    seen: list[BatchProgress] = []
    stored_at_progress: list[int] = []

    def progress(p: BatchProgress) -> None:
        seen.append(p)
        stored_at_progress.append(count(wb.store, Variant))  # committed before the callback runs

    view = wb.generate_many(briefs, on_progress=progress, chunk_size=2)

    assert [(p.briefs_done, p.briefs_total, p.variants) for p in seen] == [(2, 5, 4), (4, 5, 8), (5, 5, 10)]
    assert stored_at_progress == [4, 8, 10]
    assert seen[-1].fraction == 1.0
    assert sorted(i for p in seen for i in p.new_ids) == sorted(v.id for v in view.variants)
    assert (view.run.status, view.run.kind, view.run.n_briefs, view.run.n_variants) == ("done", "batch", 5, 10)
    assert view.run.batch_id and not view.cancelled and view.failures == ()
    assert [v.brief_index for v in view.variants] == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]


def test_default_chunks_fill_the_model_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRM_MAX_BATCH", "4")
    wb = make_workbench(tmp_path / "wb.sqlite")
    chunks = wb.chunks([(i, brief(n=2)) for i in range(5)], None)
    assert [[i for i, _ in c] for c in chunks] == [[0, 1], [2, 3], [4]]
    assert [[i for i, _ in c] for c in wb.chunks([(0, brief(n=6))], None)] == [[0]]  # one brief always fits
    with pytest.raises(InvalidInput, match="chunk_size"):
        wb.chunks([], 0)


def test_bad_rows_are_reported_with_their_sheet_index(wb: Workbench) -> None:
    sheet = parse_rows(
        [
            {"persona": 0, "brand": "설화수", "product": "자음생크림", "stage_index": 2, "style_index": 0},
            {"persona": 0, "brand": "설화수", "product": "자음생크림", "stage_index": "x", "style_index": 0},
            {"persona": 0, "brand": "설화수", "product": "없는 제품", "stage_index": 2, "style_index": 0},
            {"persona": 1, "brand": "라네즈", "product": "워터 슬리핑", "stage_index": 1, "style_index": 0},
        ]
    )
    view = wb.generate_many(sheet, chunk_size=1)
    assert [v.brief_index for v in view.variants] == [0, 3]
    assert [(f.index, f.field) for f in view.failures] == [(1, "stage_index"), (2, "product")]
    assert "없는 제품" in view.failures[1].message
    run = wb.store.run(view.run.id)
    assert (run.n_briefs, run.n_briefs_done, run.n_variants, run.n_errors) == (4, 4, 2, 2)
    assert sorted(e["index"] for e in run.errors) == [1, 2]


def test_cancel_is_honoured_between_chunks(wb: Workbench) -> None:
    progress: list[BatchProgress] = []
    view = wb.generate_many(
        [brief(seed=s) for s in range(6)], on_progress=progress.append, should_cancel=lambda: bool(progress),
        chunk_size=2,
    )  # fmt: skip
    assert view.cancelled and view.run.status == "cancelled"
    assert len(view.variants) == 2 == view.run.n_variants
    assert count(wb.store, Variant) == 2


def test_a_failing_chunk_fails_the_run_and_keeps_what_was_stored_and_approved(wb: Workbench) -> None:
    real = wb.pipeline.evidence_source.evidence

    def evidence(resolved):  # type: ignore[no-untyped-def]
        if resolved.brief.seed == 2:
            raise RuntimeError("GPU fell over")
        return real(resolved)

    wb.pipeline.evidence_source.evidence = evidence  # type: ignore[method-assign]
    approved: list[int] = []

    def approve_as_we_go(p: BatchProgress) -> None:
        approved.extend(v.id for v in map(wb.approve, p.new_ids))

    with pytest.raises(BatchFailed, match="GPU fell over") as caught:
        wb.generate_many([brief(seed=s) for s in range(4)], on_progress=approve_as_we_go, chunk_size=1)
    run = caught.value.run
    assert (run.status, run.n_variants, run.n_briefs_done) == ("failed", 2, 2)
    assert "RuntimeError: GPU fell over" in (run.error or "")
    assert [v.id for v in wb.approved()] == approved and len(approved) == 2


def test_an_interrupt_marks_the_run_interrupted(wb: Workbench) -> None:
    def stop(_: BatchProgress) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        wb.generate_many([brief(seed=s) for s in range(3)], on_progress=stop, chunk_size=1)
    [run] = wb.runs()
    assert (run.status, run.n_variants) == ("interrupted", 1)


def test_generate_stores_nothing_for_a_bad_brief_and_fails_the_run_on_a_crash(wb: Workbench) -> None:
    with pytest.raises(InvalidInput, match="product"):
        wb.generate(brief(product="없는 제품"))
    assert wb.runs() == []

    def boom(resolved):  # type: ignore[no-untyped-def]
        raise RuntimeError("model crashed")

    wb.pipeline.evidence_source.evidence = boom  # type: ignore[method-assign]
    with pytest.raises(RuntimeError):
        wb.generate(brief(), kind="compare")
    [run] = wb.runs()
    assert (run.kind, run.status, run.error) == ("compare", "failed", "RuntimeError: model crashed")


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_reopening_marks_runs_of_dead_processes_interrupted(db_path: Path) -> None:
    store = Store.open(f"sqlite:///{db_path}")
    mine = store.create_run("batch", "u", "template").id
    dead = store.create_run("batch", "u", "template").id
    remote_live = store.create_run("batch", "u", "template").id
    remote_stale = store.create_run("batch", "u", "template").id
    with store.writing() as session:
        session.execute(update(Run).where(Run.id == dead).values(pid=dead_pid()))
        session.execute(
            update(Run).where(Run.id.in_([remote_live, remote_stale])).values(host="other-" + socket.gethostname())
        )
        session.execute(update(Run).where(Run.id == remote_stale).values(heartbeat_at=utcnow() - timedelta(days=1)))
    store.close()

    reopened = Store.open(f"sqlite:///{db_path}")
    status = {r.id: r.status for r in reopened.runs()}
    assert status == {mine: "running", dead: "interrupted", remote_live: "running", remote_stale: "interrupted"}
    assert "process ended" in (reopened.run(dead).error or "")


def test_timing_and_throughput_frames(wb: Workbench) -> None:
    wb.generate(brief(n=2))
    wb.generate_many([brief(seed=s) for s in range(3)], chunk_size=1)
    frame = wb.timing_frame()
    assert len(frame) == 5
    assert {"run_kind", "backend", "model", "batch_id", "created_at", "load", "rag", "draft", "refine", "guard",
            "total"} <= set(frame.columns)  # fmt: skip
    assert frame["run_kind"].tolist() == ["compose"] * 2 + ["batch"] * 3
    assert frame["model"].unique().tolist() == ["template"]
    assert str(frame["created_at"].dt.tz) == "UTC"
    assert (frame["total"] >= 0).all() and frame["total"].dtype == float
    batch_rows = frame[frame["run_kind"] == "batch"]
    assert batch_rows["batch_id"].nunique() == 1

    from crm_core.store.frames import rolling_means

    rolled = rolling_means(frame, window=2)
    assert rolled["total"].iloc[1] == pytest.approx(frame["total"].iloc[:2].mean())
    assert rolled["total"].iloc[4] == pytest.approx(frame["total"].iloc[3:5].mean())

    throughput = wb.throughput_frame()
    assert throughput["n_variants"].tolist() == [3]
    assert (throughput["seconds"] > 0).all() and (throughput["variants_per_s"] > 0).all()
    assert len(wb.throughput_frame(None)) == 2


def test_empty_frames_have_their_columns(wb: Workbench) -> None:
    assert wb.timing_frame().empty and "total" in wb.timing_frame().columns
    assert wb.throughput_frame().empty and "variants_per_s" in wb.throughput_frame().columns


def test_past_messages_are_the_approved_texts(wb: Workbench) -> None:
    a = wb.generate(brief()).ids[0]
    b = wb.generate(brief(brand="라네즈", product="워터 슬리핑")).ids[0]
    wb.generate(brief(seed=9))  # never approved
    wb.bulk_approve([a, b], "kim")
    wb.edit(a, "kim", "제목", "승인 뒤 고친 문구입니다.", "보기")  # pending: the approved text stays the exemplar

    past = wb.past_messages()
    assert {p.variant_id for p in past} == {a, b}
    exemplar = next(p for p in past if p.variant_id == a)
    assert "승인 뒤" not in exemplar.text
    assert exemplar.text == "\n".join([wb.variant(a).approval.title, wb.variant(a).approval.body,  # type: ignore[union-attr]
                                       wb.variant(a).approval.cta])  # type: ignore[union-attr]  # fmt: skip
    item = exemplar.as_evidence()
    assert (item.collection, item.source_id) == ("past_messages", f"approved:{a}@r1")
    assert [p.variant_id for p in wb.past_messages(brand="라네즈")] == [b]
    assert len(wb.past_messages(limit=1)) == 1
    assert wb.variants(VariantFilter(status="approved"))[0].id == a


def test_the_engine_refuses_a_batch_over_the_sheet_limit_and_stores_nothing(wb: Workbench) -> None:
    too_many = [brief()] * (MAX_BATCH_ROWS + 1)
    message = f"batch: {MAX_BATCH_ROWS + 1} briefs is more than the limit of 10000; split the sheet"
    with pytest.raises(InvalidInput, match=message):
        wb.generate_many(too_many)
    with pytest.raises(InvalidInput, match=message):
        wb.pipeline.run(too_many)
    assert wb.runs() == [] and count(wb.store, Variant) == 0


def test_a_batch_view_reads_its_variants_from_the_store_when_asked(wb: Workbench) -> None:
    view = wb.generate_many([brief(seed=s) for s in range(3)])
    assert "variants" not in view.__dict__  # nothing held until a caller asks
    assert [v.brief_index for v in view.variants] == [0, 1, 2]
