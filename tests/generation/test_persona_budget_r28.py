"""Round 28 (readings 49-52): a budget reader's price per ml is said as what it lets them do, and only where it is low.

Readers' notes: "ml당 770원은 가성비 설득력 약함" (s9482), "ml당 가격 문장 '한눈에 보입니다' 어색" (s1476, s7759), "ml당
가격 문장 템플릿 느낌" (s7759). A figure under 300원 a ml is said with the use it allows ("…원꼴이라 듬뿍 써도 아깝지
않아요"), in the long forms and in the push alike; a dearer one never comes before what real users said.
"""

from __future__ import annotations

import re

import pytest

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief
from crm_core.generation.composer import fit
from crm_core.pipeline import Pipeline
from tests.generation.scripted import WithReviews, pipeline_with_reviews
from tests.generation.test_fit import _plans

BUDGET = 2
LOOKED_AT = re.compile("한눈에|분명한 숫자|따져 보기")
# round 38 (s8890: "…한 장씩 써도 됩니다"가 어색): a push says the use as what it buys ("듬뿍 부담 없이 쓰기 좋아요")
USED = re.compile(r"1ml당 약 [\d,]+원꼴(?:이라|로) [^.]*(?:써도|쓰셔도|쓰기 좋)")


@pytest.fixture
def pipeline(catalog: Catalog, settings: Settings) -> Pipeline:
    return pipeline_with_reviews(catalog, settings)  # no reviews: the catalog's price and size are the reason


def _body(pipeline: Pipeline, product, channel: str, stage: int, seed: int) -> str:  # type: ignore[no-untyped-def]
    brief = Brief(
        persona=BUDGET,
        brand=product.brand,
        product=product.name,
        channel=channel,
        stage_index=stage,
        style_index=1,
        seed=seed,
    )
    result = pipeline.run_one(brief)[0]
    assert result.verdict != "block", (result.message.body, result.findings)
    return result.message.body


@pytest.mark.parametrize("channel", ["kakao_friendtalk", "lms", "email", "push"])
def test_a_low_price_per_ml_is_said_with_the_use_it_allows(pipeline: Pipeline, catalog: Catalog, channel: str):
    """400ml of shampoo at 16,000원 (1ml당 약 40원): the figure is why the reader can use it generously."""
    product = next(p for p in catalog.products if p.name.startswith("흑운 모근강화 영양 샴푸"))
    assert (product.price, product.volume) == (16_000, "400ml")
    bodies = [_body(pipeline, product, channel, stage, seed) for stage in (0, 3) for seed in range(2)]
    quoted = [b for b in bodies if "1ml당 약 40원꼴" in b]
    assert len(quoted) == len(bodies), bodies
    assert all(USED.search(b) and not LOOKED_AT.search(b) for b in quoted), quoted


def test_a_dear_price_per_ml_never_comes_before_what_users_said(catalog: Catalog):
    """60ml of cream at 32,000원 is 1ml당 약 530원: no bargain, so the users' review is said first, and the figure,
    where it is said at all, only after it and plainly (never "분명한 숫자")."""
    product = next(p for p in catalog.products if p.name.startswith("어린쑥 속수분 쑥히알 크림"))
    assert (product.price, product.volume) == (32_000, "60ml")
    reviewed = 0
    for plan in _plans(catalog, WithReviews("피부가 편안해졌어요."), BUDGET, product, stages=(0, 1, 3)):
        proofs = list(plan.proofs)
        per = [i for i, p in enumerate(proofs) if "1ml당" in p]
        said = [i for i, p in enumerate(proofs) if "후기" in p]
        reviewed += bool(said)
        assert not per or (said and per[0] > said[0]), proofs
        assert not [p for p in proofs if LOOKED_AT.search(p)], proofs
    assert reviewed >= 3


def test_a_trendy_calm_clause_names_no_vague_burden():
    """Reading 50 (s4618: "'요즘도 무리 없이' 모호"): the trendy clause after a sensitive reader's mildness says the
    ease itself, never "요즘도 무리 없이" (no burden is named)."""
    calm = fit.TONE_TAILS["트렌디한"]["calm"]
    assert all(clause.startswith("요즘") for clause in calm)
    assert not [line for line in fit.every_fit_line() if "무리 없이" in line and "요즘" in line]
