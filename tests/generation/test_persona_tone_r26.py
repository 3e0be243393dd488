"""Round 26 (readings 43-44): a reader's line in the chosen tone reads as one sentence a copywriter would write.

"'후기, 요즘 주목할 만해요' 등 어색한 조립 문장" (43 s9143), "'마음까지 든든해요' 어색" / "다소 억지" (43 s3675),
"기존 사용자에게 컬러 립 '확인해 보라'는 등 문장이 조립된 느낌" (44 s5305): a trendy review line says what the review
is to this reader (a reader still choosing: a help in choosing; a user: why it is reached for now), an emotional trust
line never says "마음까지 든든해요", and a trend reader who has the lip hears what the eye goes to, never "…부터
확인해 보세요". A luxury reader hears a house whose line names its research before a texture (43 s7164)."""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief
from tests.generation.scripted import pipeline_with_reviews

LUXURY, SENSITIVE, BUDGET, TREND, NATURAL = range(5)
LONG = ("kakao_friendtalk", "lms", "email")
SENTENCES = re.compile(r"(?<=[.!?])\s+|\n")


def _sentences(pipeline, **spec) -> list[str]:  # type: ignore[no-untyped-def]
    out = []
    for channel in LONG:
        for seed in range(3):
            body = pipeline.run_one(Brief(channel=channel, honorific="해요체", seed=seed, **spec))[0].message.body
            out += [s for s in SENTENCES.split(body) if s]
    return out


def test_a_trendy_review_line_is_a_help_to_a_chooser_and_a_reason_to_a_user(catalog: Catalog, settings: Settings):
    pipeline = pipeline_with_reviews(catalog, settings, "순하고 자극이 없어요.")
    spec = dict(persona=SENSITIVE, brand="설화수", product="자음생크림 60ml", tone="트렌디한", style_index=3)
    chooser = [s for s in _sentences(pipeline, stage_index=0, **spec) if "후기" in s]
    user = [s for s in _sentences(pipeline, stage_index=2, **spec) if "후기" in s]
    assert not [s for s in chooser + user if "주목할 만" in s], chooser + user
    assert [s for s in chooser if "후기는 요즘 고를 때 좋은 참고가 돼요" in s], chooser
    assert [s for s in user if "후기를 남긴 만큼, 요즘 매일 꺼내 쓰기 좋아요" in s], user
    assert not [s for s in user if "고를 때" in s], user  # a user chooses nothing


def test_an_emotional_trust_line_never_says_the_heart_is_firm_too(catalog: Catalog, settings: Settings):
    pipeline = pipeline_with_reviews(catalog, settings)
    said = []
    for product in ("윤조에센스 6세대 90ml",):
        spec = dict(persona=LUXURY, brand="설화수", product=product, tone="감성적인", style_index=3, stage_index=2)
        said += _sentences(pipeline, **spec)
    assert not [s for s in said if "마음까지 든든" in s], said
    assert [s for s in said if "마음이 한결 편해요" in s], said  # the tone is still heard in the line


def test_a_trend_reader_who_has_the_lip_is_told_what_the_eye_goes_to(catalog: Catalog, settings: Settings):
    pipeline = pipeline_with_reviews(catalog, settings)
    led = []
    for stage in (0, 2, 4):
        spec = dict(persona=TREND, brand="헤라", product="센슈얼 누드 밤 3.5g", tone="친근한", style_index=3)
        led += [s for s in _sentences(pipeline, stage_index=stage, **spec) if "메이크업 결과를 먼저" in s]
    assert led
    assert not [s for s in led if "확인해" in s], led
    assert all("립밤처럼 촉촉하게 발리는 컬러 립" in s for s in led), led  # the trend reader's fact stays


def test_a_luxury_reader_hears_a_house_that_names_its_research_before_a_texture(catalog: Catalog):
    """Reading 43 (s7164, "안티에이징 페르소나 미반영"): a luxury reader of a product with no registered function,
    active or review of its own hears the house's research where its story states it. 아이오페's first sentence
    names its research and how it doses ingredients ("피부 과학 연구를 바탕으로 성분과 농도를 설계하는"): said
    alone, it comes before the texture and the plant extract of PDRN 카페인샷, as a brand's research does; 한율's
    raw-material line ("우리 땅에서 자란 … 원료로") stays behind the product's own facts."""
    from crm_core.generation.composer import fit
    from crm_core.generation.composer.angles import angle
    from crm_core.generation.composer.facts import product_facts
    from crm_core.generation.composer.reader import product_kind

    def kinds(name: str) -> list[str]:
        product = next(p for p in catalog.products if p.name.startswith(name))
        brand = catalog.brand(product.brand)
        facts = product_facts(product, angle("luxury"))
        found = fit.fits("luxury", facts, product_kind(facts, product.name), (), False, "", brand.name, brand.story)
        return [f.kind for f in found]

    pdrn = kinds("PDRN 카페인샷")
    assert "house_only" in pdrn and "texture" in pdrn, pdrn
    assert pdrn.index("house_only") < pdrn.index("texture") and pdrn.index("house_only") < pdrn.index("formula"), pdrn
    rice = kinds("빨간쌀 보습탄력 에센스")
    assert rice.index("house_only") > rice.index("formula"), rice


def test_a_natural_readers_origin_after_a_definition_that_holds_is_not_held_again(catalog: Catalog, settings: Settings):
    """Reading 43 (s4718): "'담은/담아' 중복" — "인삼 열매 추출물을 담은 영양 크림으로, 인삼에서 얻은 사포닌을 담아
    만들었습니다". After a definition that says "…을 담은", the natural reader's origin is said as what is in it."""
    pipeline = pipeline_with_reviews(catalog, settings)
    said = []
    for stage, tone in ((0, "트렌디한"), (2, "친근한")):
        spec = dict(persona=NATURAL, brand="설화수", product="자음생크림 60ml", tone=tone, style_index=5)
        said += _sentences(pipeline, stage_index=stage, **spec)
    origin = [s for s in said if "인삼에서 얻은 사포닌" in s]
    assert origin, said  # the natural reader's fact stays
    assert not [s for s in origin if re.search("담은 [^.]*(?:담아 |담았)", s)], origin


MOOD_HOUSES = {  # brand: its story's first sentence names a mood alone (no research, ingredient or raw material)
    "헤라": "서울의 리듬과 에너지에서 영감을 받는",
    "라네즈": "물과 수분에 대한 호기심에서 출발한",
    "에뛰드": "메이크업을 놀이처럼 즐기는",
}


def test_a_luxury_reader_never_hears_a_house_line_of_mood_alone(catalog: Catalog, settings: Settings):
    """Reading 43 (s4264, a 헤라 mist: "브랜드 소개 문구가 상투적, 안티에이징 관심사 미반영") and reading 44 (s8973,
    헤라 플루이드: "브랜드 소개와 성분이 한 문장에 억지로 이어짐"): 헤라's, 라네즈's and 에뛰드's first sentence is a
    mood ("서울의 리듬과 에너지에서 영감을 받는 컨템포러리 뷰티 브랜드"), nothing a trust-seeker weighs. A luxury
    reader of their products with no function, active or review of their own hears the product's own formula, never
    that mood, on any channel; the formula it held stays said (플루이드's 나이아신아마이드)."""
    pipeline = pipeline_with_reviews(catalog, settings)
    cases = (
        ("헤라", "컴피 리바이탈라이징 세럼 미스트 90ml", 0),
        ("헤라", "하이드로 리플렉팅 플루이드 140ml", 3),
        ("라네즈", "워터 슬리핑 마스크 70ml", 0),
        ("에뛰드", "순정 약산성 5.5 폼 클렌저 150ml", 3),
    )
    told = []
    for brand, product, stage in cases:
        assert MOOD_HOUSES[brand] in catalog.brand(brand).story
        for channel in (*LONG, "sms", "push"):
            for seed in range(2):
                brief = Brief(
                    persona=LUXURY,
                    brand=brand,
                    product=product,
                    stage_index=stage,
                    style_index=seed,
                    channel=channel,
                    honorific="합쇼체",
                    seed=seed,
                )
                result = pipeline.run_one(brief)[0]
                text = " ".join((result.message.title or "", result.message.body))
                told.append((product, channel, text))
    assert not [t for t in told if any(mood in t[2] for mood in MOOD_HOUSES.values())], told
    fluid = [t for t in told if t[0].startswith("하이드로 리플렉팅") and t[1] in LONG]
    assert all("나이아신아마이드" in t[2] for t in fluid), fluid


def test_a_trend_reader_hears_a_line_renewed_over_generations_as_made_new(catalog: Catalog, settings: Settings):
    """Reading 43 (s2433, "트렌디한 톤·새로움 포인트가 없음") and reading 44 (s5589): a trend reader's SMS brief said
    the product plainly and nothing of what that reader tries a product for. 윤조에센스 6세대 is a line renewed over
    generations, the one newness the catalog states: where nothing else speaks to this reader, it is said as the
    line made new again, in that reader's words, and never as a launch the catalog does not state."""
    pipeline = pipeline_with_reviews(catalog, settings)
    spec = dict(persona=TREND, tone="트렌디한", honorific="합쇼체", channel="sms", brand="설화수")
    bodies = [
        pipeline.run_one(Brief(product="윤조에센스 6세대 90ml", stage_index=0, style_index=style, seed=1, **spec))[
            0
        ].message.body
        for style in (1, 3)
    ]
    assert all("세대를 거듭해 새로 다듬어 온 라인이라 직접 써 보고 싶어집니다" in b for b in bodies), bodies
    assert not [b for b in bodies if re.search("신제품|최초|새로 나온|출시", b)], bodies
