"""Round 21: a persona's own line never says again what the message said, and fits the stage and the product.

Readings 30-31: "발효 원료 설명이 중복됨" (한율 빨간쌀 보습탄력 에센스, natural),
"작약·인삼 원료 설명이 두 번 반복됨" (설화수 윤조에센스 6세대, natural),
"설화수인데 인삼이 아닌 시어버터를 앞세웠고" (자음유액 EX, luxury),
"유지 단계에 1ml당 가격은 어색", "가성비 고객에 작은 용량 강조는 엇나감",
"19g에 정가 … 1g당 1,050원 … 계산 문장이 기계적이고 설득력 약함" (budget).
"""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.domain import Brief
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer.plan import build_plan
from tests.generation.scripted import WithReviews

LUXURY, SENSITIVE, BUDGET, TREND, NATURAL = range(5)
PER_UNIT = re.compile(r"(?:ml|g|매)당 약 [\d,]+원")


def _plans(catalog: Catalog, persona: int, name: str, stages=(0, 1, 2, 3, 4), styles=(0, 1, 3)):  # type: ignore[no-untyped-def]
    product = next(p for p in catalog.products if p.name.startswith(name))
    for stage in stages:
        for style in styles:
            resolved = catalog.resolve(
                Brief(persona=persona, brand=product.brand, product=product.name, stage_index=stage, style_index=style)
            )
            for variant in range(3):
                yield build_plan(GenerationRequest(resolved, WithReviews().evidence(resolved), variant))


def _said(plan) -> str:  # type: ignore[no-untyped-def]
    return " ".join((plan.hook, plan.product_line, *plan.proofs))


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()]


def test_a_natural_reader_hears_a_fermented_origin_once(catalog: Catalog):
    """빨간쌀 보습탄력 에센스: its definition says "우리 쌀을 발효해 얻은"; no second line says "자연에서 얻은 원료"."""
    for plan in _plans(catalog, NATURAL, "빨간쌀 보습탄력 에센스"):
        said = _said(plan)
        assert len(re.findall("얻은", said)) <= 1, said


def test_a_natural_reader_hears_the_herbs_of_a_label_once(catalog: Catalog):
    """윤조에센스 6세대: "작약 추출물·인삼 추출물" on the label line and
    "작약과 인삼 등 한방 원료에서 얻은 성분" are one fact: 작약 is named in one sentence of the plan
    (s9337: "원료 목록에서는 작약 추출물·인삼 추출물을 찾을 수 있습니다. 작약과 인삼 등 …")."""
    # (an informative opener naming 작약 and a referral's tip are the plan's, left as they are)
    for plan in _plans(catalog, NATURAL, "윤조에센스 6세대", stages=(0, 1, 2, 3), styles=(0, 2, 3, 4)):
        named = [s for s in _sentences(_said(plan)) if "작약" in s]
        assert len(named) <= 1, named


def test_a_luxury_reader_of_a_ginseng_house_hears_ginseng_before_shea_butter(catalog: Catalog):
    """자음유액 EX (인삼 추출물, 옥죽 추출물, 시어버터): its selling points name 시어버터, but the
    house's ingredient leads an informative message (s2662: "성분부터 살펴보면, 자음유액 EX에는
    시어버터가 담겨 있습니다"); 시어버터 is never named as what it holds (a hook's texture,
    "시어버터를 더한 부드러운 로션 제형", is another style's point)."""
    for plan in _plans(catalog, LUXURY, "자음유액 EX", styles=(1,)):  # informative: the opener names an ingredient
        assert plan.facts.ingredients[0] == "인삼 추출물", plan.facts.ingredients
        assert "시어버터가 담겨" not in plan.hook and "시어버터를 담" not in _said(plan), _said(plan)


def test_a_budget_reader_hears_no_per_unit_price_once_bought(catalog: Catalog):
    """At the retention stage the reader has bought it: 워터 스플래쉬 프레쉬 시카 선크림 and 젠틀 딥 립앤아이 리무버 (no
    value review, a low price) hear an easy price, no per-ml figure."""
    for name in ("워터 스플래쉬 프레쉬 시카 선크림", "젠틀 딥 립앤아이 리무버"):
        for plan in _plans(catalog, BUDGET, name, stages=(2,)):
            assert not PER_UNIT.search(_said(plan)), _said(plan)
            # round 27: what buying it again (a sunscreen: applying it generously) costs, not "가격 걱정 없이" (stock)
            assert re.search("부담 없이 (?:다시 곁에 둘|덧바를)", _said(plan)), _said(plan)


def test_a_budget_reader_hears_no_per_gram_price_of_a_sun_stick_nor_of_a_dear_gram(catalog: Catalog):
    """에어리-라이트 인비저블 선스틱 19g (1g당 약 1,050원) and 리제덤365 모공탄력 캡슐세럼 30ml (1ml당 약 1,400원): a
    per-unit figure that does not persuade is not said where the catalog or the reviews give another reason."""
    for name in ("에어리-라이트 인비저블 선스틱", "리제덤365 모공탄력 캡슐세럼"):
        for plan in _plans(catalog, BUDGET, name, stages=(0, 3)):
            assert not PER_UNIT.search(_said(plan)), _said(plan)


def test_a_budget_reader_is_not_sold_a_small_size(catalog: Catalog):
    """비자 시카 밤 EX: "파우치에 넣어 다니기 편한 작은 용량" is carried, not a value: never a budget reader's point."""
    for plan in _plans(catalog, BUDGET, "비자 시카 밤 EX"):
        assert "작은 용량" not in _said(plan), _said(plan)


def test_a_sensitive_reader_of_an_active_hears_of_an_upset_day_at_retention(catalog: Catalog):
    """백화고 기미탄력 아이크림 (나이아신아마이드, 아데노신) to a sensitive reader who uses it: a day off on an
    upset day is said whatever the hook (s1261: "재구매 유도는 자연스러우나 민감 피부 관심사 없음": the one line
    shared "이어" with "…루틴, 잘 이어 가고 계신가요?" and gave way to nothing)."""
    for plan in _plans(catalog, SENSITIVE, "백화고 기미탄력 아이크림", stages=(2,), styles=(1, 5)):
        assert re.search("예민|컨디션|피부 상태", _said(plan)), _said(plan)
