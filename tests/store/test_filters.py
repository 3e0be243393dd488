"""Filters over variants and approvals: brand, product, persona, stage, style, channel, verdict, dates, text."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import update

from crm_core.errors import InvalidInput
from crm_core.store import VariantFilter
from crm_core.store.models import Approval
from crm_core.workbench import Workbench
from tests.store.builders import blocked_brief, brief


@pytest.fixture()
def ids(wb: Workbench) -> dict[str, int]:
    a = wb.generate(brief()).ids[0]
    b = wb.generate(brief(brand="라네즈", product="워터 슬리핑", persona=1, stage_index=1,
                          channel="kakao_friendtalk")).ids[0]  # fmt: skip
    c = wb.generate(blocked_brief(style_index=3, stage_index=3)).ids[0]  # SMS, over-long sender: blocked
    return {"a": a, "b": b, "c": c}


def found(wb: Workbench, ids: dict[str, int], **kwargs: object) -> set[str]:
    names = {v: k for k, v in ids.items()}
    return {names[v.id] for v in wb.variants(VariantFilter(**kwargs))}


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, {"a", "b", "c"}),
        ({"brand": "라네즈"}, {"b"}),
        ({"brand": ["설화수", "라네즈"]}, {"a", "b", "c"}),
        ({"product": "SWS-001"}, {"a", "c"}),
        ({"product": "슬리핑"}, {"b"}),
        ({"persona": "Sensitive_Skin"}, {"b"}),
        ({"persona": 0}, {"a", "c"}),
        ({"persona": "1"}, {"b"}),
        ({"stage": 3}, {"c"}),
        ({"style": 3}, {"c"}),
        ({"channel": "sms"}, {"c"}),
        ({"channel": ["push", "kakao_friendtalk"]}, {"a", "b"}),
        ({"verdict": "block"}, {"c"}),
        ({"verdict": ["pass", "warn"]}, {"a", "b"}),
        ({"text": "슬리핑"}, {"b"}),
        ({"text": "고객센터 상담안내팀"}, {"c"}),  # the sender, in c's channel text only
        ({"text": "%"}, set()),
        ({"text": "_"}, set()),
        ({"brand": "설화수", "verdict": "pass"}, {"a"}),
    ],
)  # fmt: skip
def test_variant_filters(wb: Workbench, ids: dict[str, int], kwargs: dict[str, object], expected: set[str]) -> None:
    assert found(wb, ids, **kwargs) == expected


@pytest.mark.parametrize(
    ("bounds", "expected"),
    [
        ({"since": timedelta(0)}, {"a", "b", "c"}),
        ({"since": timedelta(days=1)}, set()),
        ({"until": timedelta(0)}, {"a", "b", "c"}),
        ({"until": timedelta(days=-1)}, set()),
    ],
)
def test_date_filters(wb: Workbench, ids: dict[str, int], bounds: dict[str, timedelta], expected: set[str]) -> None:
    """A date bound is a local calendar day. Today is read after the variants are stored, not when the test is
    collected: a run that crossed midnight between the two read yesterday's date as today (CI, 2026-12-08)."""
    today = date.today()
    assert found(wb, ids, **{bound: today + offset for bound, offset in bounds.items()}) == expected


def test_datetime_bounds_are_moments(wb: Workbench, ids: dict[str, int]) -> None:
    now = datetime.now(UTC)
    assert found(wb, ids, since=now - timedelta(hours=1), until=now + timedelta(hours=1)) == {"a", "b", "c"}
    assert found(wb, ids, since=now + timedelta(hours=1)) == set()


def test_status_and_run_filters(wb: Workbench, ids: dict[str, int]) -> None:
    wb.approve(ids["a"], "kim")
    wb.reject(ids["b"], "kim", "반려")
    assert found(wb, ids, status="approved") == {"a"}
    assert found(wb, ids, status=["pending", "rejected"]) == {"b", "c"}
    assert found(wb, ids, run_id=wb.variant(ids["b"]).run_id) == {"b"}


def test_approved_date_range_is_the_approval_date(wb: Workbench, ids: dict[str, int]) -> None:
    wb.bulk_approve([ids["a"], ids["b"]], "kim")
    last_week = datetime.now(UTC) - timedelta(days=7)
    with wb.store.writing() as session:
        session.execute(update(Approval).where(Approval.variant_id == ids["a"]).values(approved_at=last_week))
    recent = wb.approved(VariantFilter(since=datetime.now(UTC) - timedelta(days=1)))
    assert [v.id for v in recent] == [ids["b"]]
    older = wb.approved(VariantFilter(until=last_week + timedelta(seconds=1)))
    assert [v.id for v in older] == [ids["a"]]
    assert [v.id for v in wb.approved()] == [ids["a"], ids["b"]]  # oldest approval first


def test_approved_text_search_looks_at_the_approved_text(wb: Workbench, ids: dict[str, int]) -> None:
    wb.approve(ids["a"], "kim")
    wb.edit(ids["a"], "kim", "새 제목", "수정 중인 새 문구입니다.", "보기")
    assert wb.approved(VariantFilter(text="수정 중인")) == []
    assert [v.id for v in wb.variants(VariantFilter(text="수정 중인"))] == [ids["a"]]


def test_limit(wb: Workbench, ids: dict[str, int]) -> None:
    assert len(wb.variants(VariantFilter(limit=2))) == 2
    with pytest.raises(InvalidInput, match="limit"):
        VariantFilter(limit=0)


def test_unknown_verdict_or_status_is_named() -> None:
    with pytest.raises(InvalidInput, match=r"verdict.*'ok'.*allowed: pass, warn, block"):
        VariantFilter(verdict="ok")
    with pytest.raises(InvalidInput, match="status"):
        VariantFilter(status=["approved", "done"])
