"""The line guide to the routine's next step (다음 단계 라인 안내) names the product for that step: readings 43-44
(s9466, 2.0: "다음 단계 제품명·구매 유도 없이 '비교해 보세요'로 끝나 전환 역할 못 함"; s6854, 3.0: "같은 토너를 '다음
단계로' 골라 보라 해 논리 어긋남"). The catalog picks the same brand's product of the nearest later step of the
face routine, of the product's own line where one shares its name; a step with nothing after it names nothing."""

from __future__ import annotations

import re

import pytest

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief
from crm_core.evidence import assemble_evidence
from crm_core.pipeline import Pipeline
from tests.generation.imported_guide import unnamed_guide_pipeline

NEXT_STEP = "ev-rev-n1"  # 다음 단계 라인 안내
LONG = ("kakao_friendtalk", "lms", "email")


def product(catalog: Catalog, brand: str, name: str):  # type: ignore[no-untyped-def]
    return catalog.match_product(brand, name)[0]


@pytest.mark.parametrize(
    ("brand", "name", "expected"),
    [
        # the toner's usage says it follows the first-step essence ("윤조에센스 다음 단계에서")
        ("설화수", "윤조에센스 6세대 90ml", "자음수 EX 150ml"),
        ("설화수", "자음수 EX 150ml", "자음생세럼 브라이트닝 50ml"),
        # a cleanser's next is the essence the house puts first, the toner following it by its own usage
        ("설화수", "순행클렌징오일 200ml", "윤조에센스 6세대 90ml"),  # toner → serum (the house's essence comes first)
        ("설화수", "자음유액 EX 125ml", "탄력크림 EX 75ml"),  # emulsion → cream
        # a toner before a first-step essence after a cleanser
        ("이니스프리", "화산송이 모공 바하 클렌징폼 250g", "청보리 마일드 필링 토너 250ml"),
        # the same line first: the green-tea serum's cream, not another cream of the house
        ("이니스프리", "그린티 씨드 히알루론산 세럼 80ml", "그린티 씨드 히알루론산 크림 50ml"),
        ("라네즈", "워터뱅크 블루 히알루로닉 에센스 토너 중·건성용 160ml", "워터뱅크 블루 히알루로닉 세럼 50ml"),
        # the nearest step the house sells: 에뛰드 has no essence or serum after its toner
        ("에뛰드", "순정 약산성 5.5 진정 토너 350ml", "수분가득 콜라겐 에멀전 180ml"),
        # an eye cream is never the face's next step: the serum goes on to the emulsion
        ("아이오페", "레티놀 엑스퍼트 0.1% 링클 코렉터 20ml", "슈퍼바이탈 에멀젼 150ml"),
        # the eye cream goes on after the emulsion: its next is the cream (reading 62, s3652: "아이크림 다음 단계로
        # 유액을 권해 바르는 순서가 어색")
        ("설화수", "진설아이크림 20ml", "자음생크림 60ml"),
        ("한율", "백화고 기미탄력 아이크림 25ml", "어린쑥 속수분 쑥히알 크림 60ml"),
    ],
)
def test_the_next_step_is_the_brands_product_for_the_routines_next_step(
    catalog: Catalog, brand: str, name: str, expected: str
):
    following = catalog.next_in_routine(product(catalog, brand, name))
    assert following is not None and following.name == expected


@pytest.mark.parametrize(
    ("brand", "name"),
    [
        ("설화수", "상백선크림 SPF50+/PA++++ 50ml"),  # the routine's last step
        ("설화수", "옥용팩 120ml"),  # a pack is no step of the daily line
        ("려", "자양윤모 샴푸 400ml"),
        ("설화수", "자음생크림 60ml"),  # a cream is the last step ("스킨케어 마지막 단계"): no sunscreen after it
    ],
)
def test_a_step_with_nothing_after_it_names_no_next_product(catalog: Catalog, brand: str, name: str):
    assert catalog.next_in_routine(product(catalog, brand, name)) is None


def test_only_the_next_step_guide_carries_the_next_product_and_its_evidence(catalog: Catalog):
    guide = catalog.resolve(
        Brief(persona=0, brand="설화수", product="자음수 EX 150ml", stage_index=3, style_index=1, channel="push",
              is_event=True, event_id=NEXT_STEP)
    )  # fmt: skip
    other = catalog.resolve(
        Brief(persona=0, brand="설화수", product="자음수 EX 150ml", stage_index=3, style_index=1, channel="push")
    )
    assert guide.next_product is not None and guide.next_product.name == "자음생세럼 브라이트닝 50ml"
    assert other.next_product is None
    # the model chain's prompt and the guard see it as a fact a message may name
    facts = [item.text for item in assemble_evidence(guide).product_facts]
    assert [f for f in facts if "자음생세럼 브라이트닝 50ml" in f and "다음 단계" in f], facts
    assert not [f for f in (i.text for i in assemble_evidence(other).product_facts) if "자음생세럼" in f]


def written(pipeline: Pipeline, brand: str, name: str, channels: tuple[str, ...], honorific: str = "해요체") -> list:
    out = []
    for channel in channels:
        for style in range(6):
            brief = Brief(
                persona=style % 5, brand=brand, product=name, stage_index=3, style_index=style, channel=channel,
                honorific=honorific, is_event=True, event_id=NEXT_STEP, seed=style,
            )  # fmt: skip
            out += pipeline.run_one(brief)
    return out


@pytest.mark.parametrize(
    ("brand", "name", "following"),
    [
        ("설화수", "윤조에센스 6세대 90ml", "자음수 EX"),
        ("라네즈", "워터뱅크 블루 히알루로닉 에센스 토너 중·건성용 160ml", "워터뱅크 블루 히알루로닉 세럼"),
        ("이니스프리", "레티놀 시카 흔적 앰플 50ml", "비자 시카 밤 EX"),
    ],
)
@pytest.mark.parametrize("honorific", ["해요체", "합쇼체"])
def test_a_long_message_names_the_next_product_and_keeps_the_reader_on_their_own(
    facts_pipeline: Pipeline, brand: str, name: str, following: str, honorific: str
):
    results = written(facts_pipeline, brand, name, LONG, honorific)
    bodies = [r.message.body for r in results]
    # round 36 (s6747: "근거 없이 다음 제품을 특정함"): the next product said as the line's or the house's own
    assert all(re.search(f"다음 단계로는 (?:같은 라인의|{brand}의) {following}", body) for body in bodies), bodies
    assert all(r.verdict != "block" for r in results)
    assert not [b for b in bodies if "다음 단계는 성분과 사용감으로 비교해" in b], bodies


@pytest.mark.parametrize(
    ("brand", "name", "following"),
    [
        ("라네즈", "워터뱅크 블루 히알루로닉 에센스 토너 중·건성용 160ml", "워터뱅크 블루 히알루로닉 세럼"),
        ("설화수", "자음유액 EX 125ml", "탄력크림 EX"),
    ],
)
def test_a_push_asks_for_the_next_product_never_to_take_up_the_one_in_use_as_its_next_step(
    facts_pipeline: Pipeline, brand: str, name: str, following: str
):
    results = written(facts_pipeline, brand, name, ("push",))
    bodies = [r.message.body for r in results]
    # round 35 (s2848: "브리프에 없는 토너 제품명을 특정함"): the next product said as the house's own
    # round 38 (s6854: "제품명 나열로 문장이 뻑뻑"): of the same line, only what differs from the product's name
    told = f"(?:같은 라인의 (?:\\S+ )*{following.split()[-1]}|{brand}의 {following})"
    assert all(re.search(f"다음 단계로 {told}", body) for body in bodies), bodies
    assert not [b for b in bodies if "다음 단계로 골라" in b], bodies
    assert [r.message.title for r in results if following in (r.message.title or "")]  # a title names it too


def test_a_product_with_no_next_step_keeps_the_guide_and_names_no_other_product(catalog: Catalog, settings: Settings):
    # the sample's guide goes only with a product that has a next step (Catalog.offers); a user's imported guide
    # that names none goes with a pack too
    results = written(unnamed_guide_pipeline(catalog, settings), "설화수", "옥용팩 120ml", ("push", *LONG))
    others = [p.name.split(" ")[0] for p in catalog.brand_products("설화수") if p.name != "옥용팩 120ml"]
    texts = [f"{r.message.title or ''} {r.message.body}" for r in results]
    assert not [t for t in texts for other in others if other in t], texts
    assert all("다음 단계" in t for t in texts), texts


STEP_SAID = ("다음 단계", "쓸 단계", "한 단계를 더", "다음에 더할 단계")


@pytest.mark.parametrize(
    ("brand", "name", "following"),
    [
        ("설화수", "윤조에센스 6세대 90ml", "자음수 EX"),
        ("에스트라", "테라크네365 하이드로 액티브 토너 200ml", "리제덤365 모공탄력 캡슐세럼"),
        ("이니스프리", "블랙티 유스 인핸싱 트리트먼트 에센스 145ml", "그린티 씨드 히알루론산 세럼"),
    ],
)
@pytest.mark.parametrize("honorific", ["해요체", "합쇼체"])
def test_a_guide_naming_the_next_product_says_the_step_at_most_twice_and_its_title_names_it(
    facts_pipeline: Pipeline, brand: str, name: str, following: str, honorific: str
):
    """Round 26: the hook ("…을 잘 쓰고 계시다면 이제 루틴의 다음 단계도 살펴볼 만합니다"), the style line ("이번
    주에 이 토너와 함께 쓸 단계까지 정해 두면 …") and the close each said the step, under a title promising "다음
    단계" that never named it, and "살펴볼 만해요" came before the close's "살펴보세요"."""
    results = written(facts_pipeline, brand, name, LONG, honorific)
    texts = [f"{r.message.title or ''}\n{r.message.body}" for r in results]
    assert not [t for t in texts if sum(t.count(step) for step in STEP_SAID) > 2], texts
    assert not [t for t in texts if t.count("살펴") > 1], texts
    assert [r for r in results if following in (r.message.title or "")], texts
