"""Round 31 (readings 62-65): an SMS brief's LMS for a set offer asks for the set, never the one product (s5861,
3.0: "CTA가 크림 단품과 세트 사이에서 흔들리고")."""

from __future__ import annotations

from crm_core.catalog import Catalog
from crm_core.domain import Brief
from crm_core.errors import CrmError
from crm_core.pipeline import Pipeline
from tests.generation.test_sms_r26 import WINTER

SET_EVENT = "ev-rev-p1"  # 라인 3종 세트 구성: "토너·에멀전·크림 3종을 세트로 고르시면 …"


def test_a_set_offer_s_close_asks_for_the_set(catalog: Catalog, facts_pipeline: Pipeline):
    """Every SMS brief given the set event closes on the set (the LMS it goes as:  ("…혜택이 있는 동안 3종 세트로 골라
    보십시오"; a kept SMS: "…3종 세트 15% 낮은 가격으로 골라 보세요"), never "이 크림을 골라 보십시오" after the set's
    price."""
    closes: list[str] = []
    for i, product in enumerate(catalog.products):
        for persona in range(5):
            brief = Brief(channel="sms", scheduled_at=WINTER, persona=persona, brand=product.brand,
                          product=product.name, stage_index=3, style_index=(i + persona) % 6, tone=None,
                          honorific=("합쇼체", "해요체")[persona % 2], is_event=True, event_id=SET_EVENT, seed=i)  # fmt: skip
            try:
                result = facts_pipeline.run_one(brief)[0]
            except CrmError:  # the set is for a line's toner, emulsion and cream only
                continue
            closes.append(result.message.body.strip().split("\n")[-1])
    assert len(closes) >= 100, len(closes)
    assert all("세트" in c for c in closes), [c for c in closes if "세트" not in c]
