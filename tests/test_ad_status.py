"""Ad status by purpose: every marketing message is an ad unless the brief marks an informational notice."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
from pydantic import ValidationError

from crm_core.catalog import Catalog
from crm_core.domain import Brief
from crm_core.errors import InvalidInput
from crm_core.guard import Guard, GuardContext, MessageParts
from tests.store.builders import brief, make_workbench

REVENUE = 3  # AARRR stage index of Revenue: product pitches and upsells


def test_a_brief_is_an_ad_unless_marked_informational() -> None:
    assert brief().is_ad is True
    assert brief(informational=True).is_ad is False


def test_an_older_sheets_is_ad_column_still_reads_and_a_contradiction_is_refused() -> None:
    assert brief(is_ad=False).informational is True
    with pytest.raises(ValidationError, match="contradict"):
        brief(is_ad=True, informational=True)


def test_alimtalk_takes_only_informational_briefs(catalog: Catalog) -> None:
    base = {"persona": 0, "brand": "설화수", "product": "자음생크림", "stage_index": 2, "style_index": 1}
    with pytest.raises(InvalidInput, match="mark the brief informational") as caught:
        catalog.resolve(Brief(**base, channel="kakao_alimtalk"))
    assert caught.value.field == "channel"
    assert catalog.resolve(Brief(**base, channel="kakao_alimtalk", informational=True)).is_ad is False


def test_a_revenue_pitch_is_sent_and_exported_with_label_sender_and_opt_out(tmp_path: Path) -> None:
    wb = make_workbench(tmp_path / "wb.sqlite", user="김마케터")
    view = wb.generate(brief(stage_index=REVENUE, channel="lms")).variants[0]
    assert view.channel_text.startswith("(광고)[설화수] ")
    assert view.channel_text.splitlines()[-1].startswith("무료수신거부 ")
    wb.approve(view.id, "김마케터")
    row = pd.read_csv(io.BytesIO(wb.export_csv()), encoding="utf-8-sig", dtype=str, keep_default_na=False).iloc[0]
    assert row["channel_text"] == view.channel_text


def test_an_informational_notice_with_a_cross_sell_is_blocked() -> None:
    guard = Guard.load()
    notice = "[라네즈] 주문하신 크림이 발송되었습니다."
    ctx = GuardContext(informational=True)
    assert guard.check(MessageParts.of(notice), ctx).verdict == "pass"
    report = guard.check(MessageParts.of(notice + " 함께 쓰면 좋은 세럼도 둘러보세요!"), ctx)
    assert [f.rule_id for f in report.blocking] == ["ad_law.informational"]
