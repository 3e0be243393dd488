"""The Workbench as the pages use it: compose → approve → export round trip, wiring, no Streamlit."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pandas as pd

from crm_core.config import load_settings
from crm_core.domain import Brief, Channel
from crm_core.store import VariantFilter
from crm_core.workbench import Workbench
from tests.store.builders import BLOCK_RULE, SMS_FIX, blocked_brief, brief, make_workbench

REPO_ROOT = Path(__file__).resolve().parents[1]


def test_compose_compare_approve_edit_export_round_trip(tmp_path: Path) -> None:
    wb = make_workbench(tmp_path / "wb.sqlite", user="김마케터")

    composed = wb.generate(brief(n=2))
    assert composed.run.kind == "compose" and composed.run.status == "done"
    assert [r.message.body for r in composed.results] == [v.body for v in composed.variants]
    assert [r.verdict for r in composed.results] == [v.verdict for v in composed.variants]

    compared = wb.generate(blocked_brief(), kind="compare", batch_id="cmp-1")
    [blocked] = compared.variants
    assert (compared.run.kind, compared.run.batch_id, blocked.verdict) == ("compare", "cmp-1", "block")
    assert blocked.blocking_rule_ids == (BLOCK_RULE,)

    wb.approve(composed.ids[0])
    wb.reject(composed.ids[1], None, "톤이 가벼움")
    fixed = wb.edit(blocked.id, None, *SMS_FIX)
    wb.approve(fixed.id, note="법무 확인")

    frame = pd.read_csv(io.BytesIO(wb.export_csv()), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert frame["variant_id"].astype(int).tolist() == [composed.ids[0], blocked.id]
    assert frame["body"].tolist() == [composed.variants[0].body, SMS_FIX[1]]
    assert frame["approver"].tolist() == ["김마케터", "김마케터"]
    assert frame["revision"].tolist() == ["1", "2"]
    assert [v.status for v in wb.variants(VariantFilter(run_id=composed.run.id))] == ["approved", "rejected"]
    assert [r.kind for r in wb.runs()] == ["compare", "compose"]  # newest first


def test_from_settings_opens_the_configured_database_and_feeds_approvals_to_retrieval(tmp_path: Path) -> None:
    """The real factory: configured database, template backend, retriever learning from approvals."""
    db = tmp_path / "team" / "wb.sqlite"
    wb = Workbench.from_settings(load_settings(db_url=f"sqlite:///{db}"), backend="template", user="lee")
    assert wb.pipeline.generator.name == "template"
    view = wb.approve(wb.generate(brief()).ids[0])
    assert db.exists()
    assert view.approval is not None and view.approval.approver == "lee"
    past = wb.pipeline.evidence_source.retriever.past
    assert [p.text for p in past] == [m.text for m in wb.past_messages()]
    assert len(past) == 1
    # A new process on the same database starts with the approvals already known to retrieval.
    again = Workbench.from_settings(load_settings(db_url=f"sqlite:///{db}"), backend="template")
    assert [p.id for p in again.pipeline.evidence_source.retriever.past] == [p.id for p in past]


def test_workbench_does_not_import_streamlit() -> None:
    code = "import sys, crm_core.workbench, crm_core.export; print('streamlit' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_batch_over_the_sample_catalog_round_trips_through_the_csv(tmp_path: Path) -> None:
    """The real data/ catalog (every brand, persona, stage, style, channel) stored, approved and exported."""
    wb = make_workbench(tmp_path / "wb.sqlite", user="김마케터")
    catalog = wb.pipeline.catalog
    channels = [c.value for c in Channel]
    briefs = [
        Brief(persona=i % 5, brand=p.brand, product=p.name, stage_index=i % 5, style_index=i % 6,
              channel=channels[i % len(channels)], is_event=i % 3 == 0, n=2, seed=i,
              informational=channels[i % len(channels)] == "kakao_alimtalk")
        for i, p in enumerate(catalog.products[::10])
    ]  # fmt: skip
    view = wb.generate_many(briefs)
    assert view.failures == () and len(view.variants) == 2 * len(briefs)
    result = wb.bulk_approve([v.id for v in view.variants])
    passing = [v.id for v in view.variants if v.verdict == "pass"]
    warned = [v.id for v in view.variants if v.verdict == "warn"]
    assert len(passing) >= 0.9 * len(view.variants)  # the template copy passes the real guard (26 of 28 today)
    assert len(passing) + len(warned) == len(view.variants)  # nothing blocked
    # bulk approval takes exactly the clean ones, each text once: an SMS whose 90 bytes fit one body
    # (a long name and a content event's invitation) gives its two variants one text, and the second is
    # skipped as a duplicate, never approved twice
    texts: set[str] = set()
    clean, repeated = [], []
    for v in sorted(view.variants, key=lambda v: v.id):
        if v.verdict == "pass":
            (repeated if v.channel_text in texts else clean).append(v.id)
            texts.add(v.channel_text)
    assert sorted(result.approved) == sorted(clean)
    assert sorted(i for i, _ in result.skipped) == sorted(warned + repeated)  # warnings need one look each
    assert all(why.startswith("duplicate") for i, why in result.skipped if i in repeated)

    frame = pd.read_csv(io.BytesIO(wb.export_csv()), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    by_id = {v.id: v for v in view.variants}
    assert sorted(frame["variant_id"].astype(int)) == sorted(result.approved)
    for row in frame.itertuples():
        stored = by_id[int(row.variant_id)]
        assert (row.brand, row.product, row.channel) == (stored.brand, stored.product_name, stored.channel)
        assert row.channel_text.lstrip("'") == stored.channel_text  # Hangul and line breaks intact
        assert int(row.byte_count) == stored.byte_count and int(row.char_count) == stored.char_count


def test_runs_record_who_generated_them(tmp_path: Path) -> None:
    wb = Workbench.from_settings(load_settings(db_url=f"sqlite:///{tmp_path / 'wb.sqlite'}"), backend="template")
    one = wb.generate(brief(), user="kim")
    many = wb.generate_many([brief()], user="park")
    assert one.run.user == "kim" and many.run.user == "park"
    assert wb.generate(brief()).run.user == wb.user
