"""Long forms (Kakao, LMS, email) read as one written message, not assembled parts (reading 12): a tip never
contradicts how the catalog says the product is used, no stock filler, nothing said twice (the first-use
lead-in, a content event, the reader's moment, "요즘 루틴"), the season set at the start, a first look
without a how-to, and a reason that fits the reader."""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.domain import Brief, EvidenceItem
from crm_core.errors import CrmError
from crm_core.evidence import assemble_evidence
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import compose
from crm_core.generation.composer.plan import build_plan
from crm_core.generation.composer.reader import product_kind

LONG_CHANNELS = ("kakao_friendtalk", "lms", "email")
LUXURY, TREND = 0, 3  # persona indexes
EMOTIONAL, SEASONAL = 3, 4  # style indexes
REVIEWS = ("흡수가 빨라서 아침에 바르기 좋아요.", "촉촉함이 오래가서 재구매했어요.")
RINSED = re.compile("헹굽|헹구|헹궈|씻어|떼어")
WASH_KINDS = frozenset({"hair_wash", "cleanser", "rinse_mask", "body_wash"})


def _request(catalog: Catalog, **spec) -> GenerationRequest:
    resolved = catalog.resolve(Brief(**spec))
    items = tuple(
        EvidenceItem(source_id=f"R{i}#s1", collection="reviews", text=t, score=0.9) for i, t in enumerate(REVIEWS)
    )
    return GenerationRequest(resolved, assemble_evidence(resolved, reviews=items), 0)


def _written(catalog: Catalog, **fixed) -> list[tuple[GenerationRequest, str]]:
    """(request, body) for every product on every long channel, with `fixed` brief fields, 해요체, no event."""
    out = []
    for i, product in enumerate(catalog.products):
        for channel in LONG_CHANNELS:
            spec = dict(brand=product.brand, product=product.name, channel=channel, seed=i, is_event=False)
            try:
                request = _request(catalog, **(spec | fixed))
            except CrmError:
                continue
            out.append((request, compose(request)[0].body))
    return out


def test_a_product_the_catalog_rinses_off_is_worded_as_one_rinsed_off(catalog: Catalog):
    """s5065: a rinse-off treatment ("…바른 뒤 2~3분 뒤 헹굽니다") was told to be layered on dry hair before a
    photo: the catalog's "헹굽니다" makes it a rinsed product, so no leave-on tip reaches it."""
    rinsed = [p for p in catalog.products if RINSED.search(p.usage or "") and p.category in ("헤어", "클렌저", "바디")]
    assert any(p.name.startswith("자양윤모 트리트먼트") for p in rinsed)
    for product in rinsed:
        request = _request(catalog, brand=product.brand, product=product.name, persona=TREND, stage_index=0,
                           style_index=1, channel="kakao_friendtalk", is_event=False, seed=1)  # fmt: skip
        facts = build_plan(request).facts
        assert product_kind(facts, product.name) in WASH_KINDS, product.name
        for channel in LONG_CHANNELS:
            for stage in (0, 1, 3):
                spec = dict(brand=product.brand, product=product.name, persona=TREND, stage_index=stage,
                            style_index=1, channel=channel, is_event=False, seed=stage)  # fmt: skip
                body = compose(_request(catalog, **spec))[0].body
                assert "마른 모발" not in body and "덧바르" not in body, body
