"""Round 29 (readings 54-56): a reader's line in the trendy tone names the day it speaks of, and a hair product's
review speaks of the scalp.

"'요즘 같은 때 더 손이 가요' 논리 비약" (55), "'요즘 같은 때'가 모호함" (54 s7470), "'요즘 같은 날', '스스로를 아끼는
마음으로'가 막연함" (54), "'요즘처럼 성분표부터' 어색" (56 s9141): the trendy clauses after a reader's fact say "요즘"
with what is done (매일 꺼내 쓰기, 매일 챙겨도, 새로 써 보는 첫날부터), never "요즘 같은 때/날" nor "요즘처럼". "샴푸
후기를 '피부가 편안해졌다'고 씀" (54 s7470): a review that says the scalp is calm ("다음 날 아침까지 두피가 편안해요")
is quoted of the scalp."""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief
from tests.generation.scripted import pipeline_with_reviews

LUXURY, SENSITIVE, BUDGET, TREND, NATURAL = range(5)
LONG = ("kakao_friendtalk", "lms", "email")
VAGUE_NOW = re.compile("요즘 같은 (?:때|날)|요즘처럼")


def _bodies(pipeline, channels=LONG, seeds=range(3), **spec) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        pipeline.run_one(Brief(channel=channel, honorific="해요체", seed=seed, **spec))[0].message.body
        for channel in channels
        for seed in seeds
    ]


def test_a_trendy_reader_line_names_no_vague_now(catalog: Catalog, settings: Settings):
    """The 려 shampoo to a sensitive reader at first use and the 설화수 cream to a user, trendy tone: the review line
    and the label tip say "요즘" with what is done, never "요즘 같은 때" / "요즘처럼"."""
    pipeline = pipeline_with_reviews(catalog, settings, "순하고 자극이 없어요.")
    bodies = []
    for brand, product, stage in (
        ("려", "자양윤모 샴푸 400ml", 1),
        ("설화수", "자음생크림 60ml", 2),
        ("코스알엑스", "풀핏 프로폴리스 라이트 크림 65ml", 2),
    ):
        spec = dict(persona=SENSITIVE, brand=brand, product=product, tone="트렌디한", style_index=3)
        bodies += _bodies(pipeline, stage_index=stage, **spec)
    assert not [b for b in bodies if VAGUE_NOW.search(b)], [b for b in bodies if VAGUE_NOW.search(b)]
    assert [b for b in bodies if "후기를 남긴 만큼, 요즘 매일 꺼내 쓰기 좋아요" in b], bodies


def test_a_shampoo_review_of_a_calm_scalp_is_said_of_the_scalp(catalog: Catalog, settings: Settings):
    pipeline = pipeline_with_reviews(catalog, settings, "다음 날 아침까지 두피가 편안해요.")
    spec = dict(persona=SENSITIVE, brand="려", product="자양윤모 샴푸 400ml", tone="트렌디한", style_index=3)
    bodies = _bodies(pipeline, channels=(*LONG, "sms"), stage_index=1, **spec)
    assert [b for b in bodies if "두피가 편안해졌다는" in b], bodies
    assert not [b for b in bodies if "피부가 편안해졌다는" in b], bodies


def test_a_trend_reader_tip_says_the_make_up_as_it_shows_in_a_photo(catalog: Catalog, settings: Settings):
    """Readings 53-56 ("트렌드 고객 관점 없음", s3881 s7156 s4781 …): the trend reader's make-up tip on a cream or a
    sunscreen at first use says the result as a photo shows it, in no more words than before."""
    pipeline = pipeline_with_reviews(catalog, settings)
    bodies = []
    for brand, product in (("에뛰드", "순정 2x 베리어 보습 크림 60ml"), ("일리윤", "히알루론 모이스춰 수분크림 100ml")):
        spec = dict(persona=TREND, brand=brand, product=product, tone="트렌디한", style_index=2)
        bodies += _bodies(pipeline, channels=(*LONG, "sms"), stage_index=1, **spec)
    photo = [b for b in bodies if "베이스를 올려야 화장이 밀착돼 사진에도 매끈하게 나와요." in b]
    assert photo, bodies
    assert not [b for b in bodies if "화장이 매끈하게 밀착돼요" in b], bodies


def test_a_trend_readers_texture_is_felt_and_a_look_is_seen_on_the_face(catalog: Catalog):
    """Round 29: "바르고 나면 촉촉한 윤기를 남기는 부드러운 제형부터 눈에 들어옵니다" (a texture, named by its
    finish, said as seen after it is worn) and "바르고 나면 … 피니시부터 눈에 들어와요" (long_flow_check: read as
    assembled). A texture is felt; a look is said where it shows, on the face once worn."""
    from crm_core.generation.composer import fit
    from crm_core.generation.composer.angles import angle
    from crm_core.generation.composer.facts import product_facts

    def first_line(name: str, kind: str) -> str:
        product = next(p for p in catalog.products if p.name == name)
        return fit.trend_fits(product_facts(product, angle("trend")), (), "", kind)[0].line

    emulsion = first_line("에이지 컨트롤 카멜리아 에멀젼 125ml", "skin")
    assert "촉촉한 윤기를 남기는 부드러운 제형이 기분 좋게 느껴져요" in emulsion, emulsion
    cushion = first_line("블랙 쿠션 파운데이션 SPF34/PA++ 15g", "base")
    assert cushion == "바른 얼굴에서는 얇게 밀착되는 세미 매트 피니시가 눈에 들어와요.", cushion


def test_a_trend_readers_claim_is_met_the_first_time_or_each_time(catalog: Catalog, settings: Settings):
    """Round 29 ("트렌드 고객 관점 없음": "써 보면 묵직한 제형이 …" said alike to a reader still choosing and to a
    user): a reader still to try it meets the catalog's feel the first time ("처음 써 보면 …", 써 보는 재미), a user
    each time ("쓸 때마다 …"), never "써 보면"."""
    pipeline = pipeline_with_reviews(catalog, settings)
    spec = dict(persona=TREND, brand="설화수", product="진설크림 60ml", tone="고급스러운", style_index=5)
    chooser = _bodies(pipeline, stage_index=3, **spec)
    assert [b for b in chooser if "처음 써 보면 묵직" in b], chooser
    assert not [b for b in chooser if re.search("(?<!처음 )써 보면 묵직", b)], chooser

    from crm_core.generation.composer import fit
    from crm_core.generation.composer.angles import angle
    from crm_core.generation.composer.facts import product_facts

    product = next(p for p in catalog.products if p.name == "진설크림 60ml")
    facts = product_facts(product, angle("trend"))
    assert fit.trend_claim(facts, "", 2).line.startswith("쓸 때마다 "), fit.trend_claim(facts, "", 2)
    assert fit.trend_claim(facts, "", 0).line.startswith("처음 써 보면 "), fit.trend_claim(facts, "", 0)


def test_a_trend_user_meets_the_feel_each_time_not_the_first_time(catalog: Catalog):
    """Reading 55 (설화수 자음생크림 at retention: "유지 단계에 '처음 쓸 때부터' 어색"): a user of the product (stages 2
    and 4) hears what each use meets ("쓸 때마다 …"); a reader still to try it keeps "처음 쓸 때부터 …"."""
    from crm_core.generation.composer import fit
    from crm_core.generation.composer.angles import angle
    from crm_core.generation.composer.facts import product_facts

    product = next(p for p in catalog.products if p.name == "윤조에센스 6세대 90ml")
    facts = product_facts(product, angle("trend"))
    for stage in (2, 4):
        line = fit.trend_fits(facts, (), "", "skin", 0, stage)[0].line
        assert line == "쓸 때마다 빠르게 스며드는 묽은 젤 제형이 기분 좋게 느껴져요.", (stage, line)
    chooser = fit.trend_fits(facts, (), "", "skin", 0, 3)[0].line
    assert chooser.startswith("처음 쓸 때부터 "), chooser
