"""Every message speaks to its reader: a fact that fits the reader's angle where the product has
one, else a line for this reader that claims nothing new about the product (a care tip, how to
weigh the price, a place in their routine), worded for the kind of product."""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal

import pytest

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief, EvidenceItem, Honorific
from crm_core.evidence import assemble_evidence
from crm_core.factory import build_guard
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import angles, fit, lines, reader
from crm_core.generation.composer.facts import product_facts, short_product_name
from crm_core.generation.composer.plan import build_plan
from crm_core.generation.composer.speech import conjugate, speech_levels
from crm_core.generation.template import TemplateGenerator
from crm_core.pipeline import Pipeline
from crm_core.scores import Scorer

LONG_CHANNELS = ("kakao_friendtalk", "lms", "email")
LUXURY, SENSITIVE, BUDGET, TREND, NATURAL = range(5)  # the sample personas' indexes
SKIN_WORDS = re.compile("피부가 예민|피부가 유난히|피부 컨디션|피부가 당기")


class OneReview:
    def evidence(self, resolved):  # type: ignore[no-untyped-def]
        review = EvidenceItem(source_id="R1#s1", collection="reviews", text="흡수가 빨라서 좋아요.", score=0.9)
        return assemble_evidence(resolved, reviews=(review,))


@pytest.fixture()
def pipeline(catalog: Catalog, settings: Settings) -> Pipeline:
    return Pipeline(catalog, OneReview(), TemplateGenerator(), build_guard(catalog, settings), Scorer(), settings)


def _brief(**kw) -> Brief:  # type: ignore[no-untyped-def]
    base = dict(persona=SENSITIVE, stage_index=0, style_index=1, channel="kakao_friendtalk", is_event=False)
    return Brief(**(base | kw))


def _plan(catalog: Catalog, **kw):  # type: ignore[no-untyped-def]
    resolved = catalog.resolve(_brief(**kw))
    return build_plan(GenerationRequest(resolved, OneReview().evidence(resolved), 0))


def _bodies(pipeline: Pipeline, **kw) -> list[str]:  # type: ignore[no-untyped-def]
    """Bodies over seeds and long channels, each checked by the guard."""
    out = []
    for channel in LONG_CHANNELS:
        for seed in range(3):
            result = pipeline.run_one(_brief(channel=channel, seed=seed, **kw))[0]
            assert result.verdict != "block", (result.message.body, result.findings)
            out.append(result.message.body)
    return out


def test_a_budget_reader_of_a_product_with_a_price_gets_the_price(pipeline: Pipeline, catalog: Catalog):
    product = next(p for p in catalog.products if p.brand == "이니스프리" and p.category == "토너")
    bodies = _bodies(pipeline, persona=BUDGET, brand=product.brand, product=product.name)
    assert all(f"{product.price:,}원" in body for body in bodies), bodies


def test_a_budget_reader_of_a_premium_line_gets_a_value_frame_without_a_price(catalog: Catalog):
    plans = [_plan(catalog, persona=BUDGET, brand="설화수", product="진설크림", seed=s) for s in range(3)]
    assert all(plan.reader_line for plan in plans)
    assert not [p.reader_line for p in plans if re.search(r"\d", p.reader_line or "")]  # no price, no number
    default = _plan(catalog, persona=LUXURY, brand="설화수", product="진설크림")
    assert default.reader_line != plans[0].reader_line  # the budget reader's own line


def test_a_sensitive_reader_without_a_calming_fact_gets_a_care_tip(pipeline: Pipeline):
    """자음생크림 has no calming fact: the reader still hears something for a sensitive day."""
    bodies = _bodies(pipeline, persona=SENSITIVE, brand="설화수", product="자음생크림")
    assert all("예민한 날" in body for body in bodies), bodies


@pytest.mark.parametrize("stage", [0, 1, 2, 3])
def test_no_sunscreen_reader_is_ever_told_to_use_less(catalog: Catalog, stage: int):
    suncare = [p for p in catalog.products if p.category == "선크림"]
    for product in suncare:
        plan = _plan(catalog, persona=SENSITIVE, stage_index=stage, brand=product.brand, product=product.name)
        text = " ".join((plan.reader_line or "", plan.caution or "", *plan.proofs))
        assert not re.search("양을 (조금 )?줄|적게 발라|조금만 발라", text), (product.name, text)


def test_lip_and_hair_products_hear_no_skin_wording(catalog: Catalog):
    for product in [p for p in catalog.products if p.category in ("립", "헤어")]:
        for persona in (SENSITIVE, NATURAL):
            for stage in (0, 2):
                plan = _plan(catalog, persona=persona, stage_index=stage, brand=product.brand, product=product.name)
                text = " ".join((plan.hook, plan.reader_line or "", *plan.proofs))
                assert not SKIN_WORDS.search(text), (product.name, text)


def test_hair_and_lip_products_are_called_by_their_own_word(catalog: Catalog):
    for product in [p for p in catalog.products if p.category in ("립", "헤어")]:
        plan = _plan(catalog, brand=product.brand, product=product.name)
        assert plan.facts.noun not in ("헤어 제품", "립 제품"), product.name


def test_a_liquid_foundation_filed_with_cushions_is_no_cushion(catalog: Catalog):
    """Reading 9 (own read): "처음 쓰는 쿠션일수록 …" was said of a liquid foundation; the base
    category holds both, so each is called by the word in its own name."""
    base = [p for p in catalog.products if p.category == "쿠션·베이스"]
    nouns = {short_product_name(p.name): _plan(catalog, brand=p.brand, product=p.name).facts.noun for p in base}
    foundations = [name for name in nouns if "파운데이션" in name and "쿠션" not in name]
    cushions = [name for name in nouns if "쿠션" in name and "파운데이션" not in name]
    assert foundations and cushions, nouns
    assert all(nouns[name] == "파운데이션" for name in foundations), nouns
    assert all(nouns[name] == "쿠션" for name in cushions), nouns


@pytest.mark.parametrize(
    ("brand", "name", "readers"),
    [
        # its 고보습 fits the natural reader; a night cream has no make-up tip for a trend one
        ("설화수", "진설크림", (LUXURY, SENSITIVE, BUDGET)),
        # a budget reader hears its price; a natural one its ingredients
        ("라네즈", "워터뱅크 블루 히알루로닉 세럼", (LUXURY, SENSITIVE, TREND)),
    ],
)
def test_each_reader_gets_their_own_line_for_the_same_product(
    catalog: Catalog, brand: str, name: str, readers: tuple[int, ...]
):
    """Products with no fact for these readers: each still hears a line of their own."""
    said = [_plan(catalog, persona=p, brand=brand, product=name, stage_index=1).reader_line for p in readers]
    assert all(said) and len(set(said)) == len(readers), said


def test_every_reader_line_converts_to_hapsho():
    dummy = defaultdict(lambda: "크림")
    for text in reader.every_reader_line():
        filled = lines.fill(text, dummy)
        assert speech_levels(conjugate(filled, Honorific.hapsho)) == {Honorific.hapsho}, filled


@pytest.mark.parametrize("product", [("이니스프리", "수퍼 화산송이 모공 마스크"), ("설화수", "옥용팩")])
def test_a_budget_reader_of_a_weekly_mask_never_hears_of_a_daily_basic(pipeline: Pipeline, product: tuple[str, str]):
    brand, name = product
    for stage in range(5):
        for style in (0, 2, 3):
            for channel in LONG_CHANNELS:  # push keeps its own openers (push.py)
                brief = _brief(persona=BUDGET, brand=brand, product=name, stage_index=stage, style_index=style,
                               channel=channel)  # fmt: skip
                message = pipeline.run_one(brief)[0].message
                text = f"{message.title} {message.body}"
                assert not re.search("매일 (쓰는|손이 가는) 기본", text), text


def test_a_luxury_reader_never_hears_of_generous_volume(pipeline: Pipeline, catalog: Catalog):
    """ "넉넉한 용량" is a budget reader's reason; a luxury reader hears another fact."""
    generous = [p for p in catalog.products if any("넉넉" in s for s in p.selling_points)]
    assert generous
    for product in generous:
        for stage in (0, 2):
            for channel in ("push", "sms", *LONG_CHANNELS):
                brief = _brief(persona=LUXURY, brand=product.brand, product=product.name, stage_index=stage,
                               channel=channel)  # fmt: skip
                body = pipeline.run_one(brief)[0].message.body
                assert "넉넉" not in body, body


def _all_plans(catalog: Catalog, personas: tuple[int, ...], stages: tuple[int, ...]):  # type: ignore[no-untyped-def]
    for product in catalog.products:
        for persona in personas:
            for stage in stages:
                for seed in (0, 1):
                    yield product, _plan(catalog, persona=persona, stage_index=stage, brand=product.brand,
                                         product=product.name, seed=seed)  # fmt: skip


def test_volume_is_passed_on_only_where_the_catalog_calls_it_generous(catalog: Catalog):
    """A 10g spot ampoule is no "용량" argument: a budget referral names the volume only for a
    product the catalog itself sells on its size."""
    for product, plan in _all_plans(catalog, (BUDGET,), (4,)):
        generous = any(w in s for s in (*product.selling_points, *product.claims) for w in ("넉넉", "대용량"))
        sizes = [p for p in plan.proofs if product.volume in p and "용량" in p]
        assert generous or not sizes, (product.name, sizes)


def test_a_retention_reader_is_never_told_to_change_the_routine(catalog: Catalog):
    """Retention keeps the routine: no reader line suggests new steps, a new order or a new product."""
    change = re.compile("바꿔 보|바꾸어 보|새로워|순서를 바꾸|새 단계를 더|새로 더해")
    for product, plan in _all_plans(catalog, (LUXURY, SENSITIVE, BUDGET, TREND, NATURAL), (2,)):
        assert not change.search(plan.reader_line or ""), (product.name, plan.reader_line)


def test_the_reader_line_never_parts_the_definition_from_its_facts(catalog: Catalog):
    """The product line is followed by a fact; the reader's own line (a tip, a value reason, what to
    pass on) comes after the fact it builds on."""
    checked = 0
    for product, plan in _all_plans(catalog, (LUXURY, SENSITIVE, BUDGET, TREND, NATURAL), (0, 1, 2, 4)):
        share = [p for p in plan.proofs if "권할 때" in p or "지인에게" in p or "친구라면" in p]
        own = [line for line in (plan.reader_line, *share) if line and line in plan.proofs]
        if own and len(plan.proofs) > 1:
            assert plan.proofs[0] not in own, (product.name, plan.proofs)
            checked += 1
    assert checked > 100


def test_a_budget_reader_of_a_premium_product_hears_a_reason_from_its_facts(catalog: Catalog):
    """No lecture on buying less: the value reason is the catalog's small dose or a registered
    function, or there is no line at all."""
    # what the line says -> what the catalog must say for it
    grounds = {"주름 개선": "주름 개선", "미백": "미백", "소량": "소량", "쌀알만큼": "쌀알만큼", "방울": "방울",
               "펌프 한 번": "한 번 펌핑"}  # fmt: skip
    premium = [p for p in catalog.products if p.price and p.price >= 100_000]
    assert premium
    heard = 0
    for product in premium:
        for stage in (0, 1, 2):
            plan = _plan(catalog, persona=BUDGET, stage_index=stage, brand=product.brand, product=product.name)
            if plan.reader_line:
                source = f"{product.usage} {' '.join(product.claims)} {' '.join(product.functional_claims)}"
                grounded = any(said in plan.reader_line and fact in source for said, fact in grounds.items())
                assert grounded, (product.name, plan.reader_line)
                heard += 1
    assert heard >= len(premium)


def test_a_night_product_never_hears_a_make_up_tip(catalog: Catalog):
    """A night cream or a lip sleeping mask is not worn under make-up or for its colour."""
    night = re.compile("(?<!아침)저녁|잠들기 전")
    products = [p for p in catalog.products if night.search(p.usage or "")]
    assert products
    for product in products:
        for persona in (TREND, LUXURY):
            for stage in (0, 2):
                plan = _plan(catalog, persona=persona, stage_index=stage, brand=product.brand, product=product.name)
                assert not re.search("메이크업|화장|분위기|립 ?라인|입술 라인", plan.reader_line or ""), (
                    product.name,
                    plan.reader_line,
                )


def test_an_eye_cream_hears_tips_for_the_eye_area(catalog: Catalog):
    """Thin skin around the eyes: no palms pressed on it, no whole-face patch test."""
    eye_creams = [p for p in catalog.products if p.category == "아이크림"]
    assert eye_creams
    for product in eye_creams:
        for persona in (LUXURY, SENSITIVE, TREND):
            for stage in (0, 1, 2):
                plan = _plan(catalog, persona=persona, stage_index=stage, brand=product.brand, product=product.name)
                line = plan.reader_line or ""
                assert not re.search("손바닥|얼굴 전체|귀 뒤|팔 안쪽", line), (product.name, line)


def test_a_concentrate_is_called_by_the_word_in_its_name(catalog: Catalog):
    """Reading 9 (own read): "… 로션 제형이 돋보이는 세럼, 브라이트닝 기미 에센스입니다" named an essence
    filed under 세럼 by the category's word."""
    concentrates = [p for p in catalog.products if p.category in ("세럼", "에센스", "앰플")]
    named = {p.name: short_product_name(p.name).split()[-1] for p in concentrates}
    mismatched = [
        p for p in concentrates if named[p.name] in ("세럼", "에센스", "앰플") and named[p.name] != p.category
    ]
    assert mismatched, named
    for product in mismatched:
        assert _plan(catalog, brand=product.brand, product=product.name).facts.noun == named[product.name]


def test_a_lotion_filed_with_emulsions_is_called_a_lotion(catalog: Catalog):
    """Reading 10: "지금 쓰는 에멀젼이 …" of 아토베리어365 로션 (category 로션·에멀젼)."""
    lotions = [
        p for p in catalog.products if p.category == "로션·에멀젼" and short_product_name(p.name).endswith("로션")
    ]
    assert lotions
    for product in lotions:
        assert _plan(catalog, brand=product.brand, product=product.name).facts.noun == "로션"


def _per_ml(price: int, volume: str) -> str:
    """The regular price per 1ml as a copywriter says it: whole won as it is, else half up to 10 won (1 under 100)."""
    each = Decimal(price) / Decimal(volume.removesuffix("ml"))
    step = Decimal(1) if each < 100 or each == each.to_integral_value() else Decimal(10)
    return f"{int((each / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step):,}"


def test_a_budget_reader_hears_the_price_per_ml_computed_from_the_catalog(pipeline: Pipeline, catalog: Catalog):
    """The efficiency a budget reader weighs, as a computation from the catalog's price and size (never a claim)."""
    product = next(p for p in catalog.products if p.brand == "이니스프리" and p.category == "토너")
    assert product.price and product.volume.endswith("ml")
    figure = f"1ml당 약 {_per_ml(product.price, product.volume)}원꼴"
    bodies = _bodies(pipeline, persona=BUDGET, brand=product.brand, product=product.name)
    # round 28 (reading 50, s1476: "ml당 가격 문장 '한눈에 보입니다' 어색"): a low figure is said with what it lets
    # the reader do (use it generously), never as a figure to look at
    said = re.compile(re.escape(figure) + r"[^.]*(?:써도|쓰셔도)")
    assert all(said.search(body) and "한눈에" not in body for body in bodies), bodies


def test_a_whole_won_price_per_ml_is_said_as_it_is(pipeline: Pipeline, catalog: Catalog):
    """Reading 24 (s1677): 25,000원 for 200ml was told as "1ml당 약 120원꼴"; the reader worked out 125원."""
    product = next(p for p in catalog.products if p.name.startswith("어린쑥 매끈결 클렌징 오일"))
    assert (product.price, product.volume) == (25_000, "200ml")
    bodies = _bodies(pipeline, persona=BUDGET, brand=product.brand, product=product.name)
    quoted = [b for b in bodies if "1ml당" in b]
    assert quoted and all("1ml당 약 125원꼴" in b for b in quoted), bodies


def test_no_reader_but_the_budget_one_hears_a_price_per_ml(pipeline: Pipeline, catalog: Catalog):
    product = next(p for p in catalog.products if p.brand == "이니스프리" and p.category == "토너")
    for persona in (LUXURY, SENSITIVE, TREND, NATURAL):
        bodies = _bodies(pipeline, persona=persona, brand=product.brand, product=product.name)
        assert not [b for b in bodies if "원꼴" in b], persona


def test_a_premium_product_never_hears_a_per_ml_price(catalog: Catalog):
    for product in (p for p in catalog.products if p.price and p.price >= 100_000):
        for stage in (0, 2):
            plan = _plan(catalog, persona=BUDGET, stage_index=stage, brand=product.brand, product=product.name)
            assert not [p for p in plan.proofs if "원꼴" in p], (product.name, plan.proofs)


SOOTHING_WORDS = ("병풀", "마데카소사이드", "판테놀", "알란토인", "세라마이드", "어성초", "감초")


def test_a_sensitive_reader_of_a_soothing_formula_is_offered_the_ingredient(catalog: Catalog):
    """A sensitive reader looks for soothing and barrier helpers on the label: every product whose catalog lists
    one has a sentence for this reader that names it (said where no other fact fits them)."""
    products = [p for p in catalog.products if any(i.startswith(SOOTHING_WORDS) for i in p.key_ingredients)]
    assert products
    for product in products:
        facts = product_facts(product, angles.angle("sensitive"))
        if facts.strong:  # an active's reader hears the active and how to start (test_ingredients.py), not a helper
            continue
        offered = fit.fits("sensitive", facts, reader.product_kind(facts, product.name), (), False)
        soothing = [i for i in product.key_ingredients if i.startswith(SOOTHING_WORDS)]
        assert any(i in c.line for c in offered for i in soothing), (product.name, offered)


def test_a_sensitive_reader_with_no_calming_claim_hears_the_soothing_ingredient(pipeline: Pipeline, catalog: Catalog):
    """자음생크림 lists 세라마이드 and makes no mildness claim: the sensitive reader hears it named."""
    product = next(p for p in catalog.products if p.name.startswith("자음생크림"))
    assert "세라마이드" in product.key_ingredients
    bodies = _bodies(pipeline, persona=SENSITIVE, brand=product.brand, product=product.name)
    assert all("세라마이드" in body for body in bodies), bodies


LABEL_INSPECTOR = re.compile(
    "성분을 하나하나|근거부터 확인|성분부터 꼼꼼히|성분과 근거를 함께 보시는|성분부터 공들여 살피"
)


def test_a_luxury_reader_is_addressed_by_their_care_not_as_a_label_inspector(catalog: Catalog):
    """Reading 14: "럭셔리 고객에게 '성분을 하나하나 살피는 분' 문장이 어긋나며"."""
    for product in catalog.products:
        for stage in (0, 1, 2):
            plan = _plan(catalog, persona=LUXURY, stage_index=stage, brand=product.brand, product=product.name)
            said = [plan.hook, *plan.proofs, *([plan.fit.line, plan.fit.short] if plan.fit else [])]
            assert not [s for s in said if LABEL_INSPECTOR.search(s)], (product.name, said)


def test_a_luxury_reader_of_a_renewed_line_hears_its_generation(catalog: Catalog):
    """윤조에센스 6세대: the line's research heritage, as its catalog name states it (counted in words since reading
    89: "6세대까지 이어 온 라인" after the name read abrupt)."""
    product = next(p for p in catalog.products if "세대" in p.name)
    assert "6세대" in product.name
    generation = "여섯 세대"
    plans = [
        _plan(catalog, persona=LUXURY, stage_index=0, brand=product.brand, product=product.name, seed=s)
        for s in range(3)
    ]
    assert any(plan.fit and generation in plan.fit.line for plan in plans), [p.fit for p in plans]


def test_a_premium_product_is_never_explained_as_not_hard(catalog: Catalog):
    """Reading 14: "32만 원 크림을 '어렵지 않아요'로 설명해 격이 떨어짐"."""
    from crm_core.generation.composer import forms_of

    premium = [p for p in catalog.products if p.price and p.price >= 100_000]
    assert premium
    for product in premium:
        for persona in range(5):
            for style in range(6):
                brief = _brief(
                    persona=persona, stage_index=1, style_index=style, brand=product.brand, product=product.name,
                    channel="lms",
                )  # fmt: skip
                resolved = catalog.resolve(brief)
                form = next(iter(forms_of(GenerationRequest(resolved, OneReview().evidence(resolved), 0))))
                assert "어렵지 않" not in form.body and "부담 없이" not in form.body, (product.name, form.body)


# ---- reading 15: actives, frequency, review fit --------------------------------------------------------
CARE = re.compile("팔 안쪽|귀 뒤|간격|자외선 차단제|쉬어")


def test_a_sensitive_reader_of_a_strong_active_gets_calm_care_never_a_warning(catalog: Catalog):
    """Reading 15: "PHA를 위험 성분처럼 표현" ("PHA 성분이 들어 있으니 …"). Every leave-on product with a strong
    active, for a reader choosing, using or passing it on: a start-slowly care, never "…이 들어 있으니"."""
    strong = [p for p in catalog.products if product_facts(p, angles.angle("sensitive")).strong]
    assert len(strong) >= 5
    for product in strong:
        for stage in (0, 2, 4):
            caution = _plan(catalog, brand=product.brand, product=product.name, stage_index=stage).caution
            assert caution and CARE.search(caution) and "들어 있으니" not in caution, (product.name, caution)


def test_a_retinol_cream_with_a_start_interval_is_introduced_at_that_interval(catalog: Catalog):
    """더 레티놀 0.1 크림's usage says to start every 2-3 days: a new sensitive reader is told so."""
    product = next(p for p in catalog.products if p.name.startswith("더 레티놀 0.1 크림"))
    interval = re.search(r"\d~\d일 간격", product.usage or "")
    assert interval
    caution = _plan(catalog, brand=product.brand, product=product.name, stage_index=0).caution
    assert caution and interval.group(0) in caution and "레티놀" in caution, caution


def test_a_night_retinol_serum_names_the_sunscreen_its_usage_asks_for(catalog: Catalog):
    product = next(p for p in catalog.products if p.name.startswith("레티놀 엑스퍼트 0.1%"))
    assert "자외선 차단제" in (product.usage or "") and (product.usage or "").startswith("저녁")
    caution = _plan(catalog, brand=product.brand, product=product.name, stage_index=0).caution
    assert caution and "저녁" in caution and "자외선 차단제" in caution, caution


def test_a_sensitive_user_of_an_active_is_offered_a_day_off_not_comfort(pipeline: Pipeline):
    """Reading 15, s5860: "예민한 날에 미백 에센스를 권하는 연결이 어색". A user of a niacinamide and vitamin C
    essence hears that an upset day may be a day off."""
    brief = _brief(brand="아이오페", product="브라이트닝 기미 에센스", stage_index=2, channel="push")
    body = pipeline.run_one(brief)[0].message.body
    assert "예민한 날에도 안심" not in body and "쉬어" in body, body
    for seed in range(3):
        kakao = pipeline.run_one(brief.model_copy(update={"channel": "kakao_friendtalk", "seed": seed}))[0]
        assert "예민한 날에도 안심" not in kakao.message.body, kakao.message.body


@pytest.mark.parametrize("name", ["오리지널 레시피 허니 모델링팩", "옥용팩", "더 레티놀 0.1 크림"])
def test_an_occasional_product_is_never_said_to_be_used_every_day(pipeline: Pipeline, catalog: Catalog, name: str):
    """Reading 15, s8005: "모델링팩 '매일' 표현 부정확". A peel-off pack, a weekly pack and a retinol cream
    started every few days: no "매일" in any reader's title or body."""
    product = next(p for p in catalog.products if p.name.startswith(name))
    for persona in range(5):
        for stage in (1, 2):
            for channel in ("kakao_friendtalk", "push", "lms"):
                brief = _brief(persona=persona, brand=product.brand, product=product.name, stage_index=stage)
                message = pipeline.run_one(brief.model_copy(update={"channel": channel}))[0].message
                assert "매일" not in message.title + message.body, (message.title, message.body)


def test_a_peeling_pad_never_quotes_moisture_praise(catalog: Catalog, settings: Settings):
    """Reading 15, s1261: "필링 패드에 '촉촉함이 오래간다' 후기는 어색". The same review is quoted for a cream."""
    from tests.generation.scripted import pipeline_with_reviews

    reviewed = pipeline_with_reviews(catalog, settings, "바르고 나면 촉촉해서 좋아요.")
    pads, creams = [], []
    for persona in range(5):
        for seed in range(2):
            pad = _brief(persona=persona, brand="프리메라", product="마일드 포어 필링 패드", seed=seed)
            pads.append(reviewed.run_one(pad)[0].message.body)
            cream = _brief(persona=persona, brand="이니스프리", product="그린티 씨드 히알루론산 크림", seed=seed)
            creams.append(reviewed.run_one(cream)[0].message.body)
    assert not [b for b in pads if "촉촉함이 오래간다" in b]
    assert [b for b in creams if "촉촉함이 오래간다" in b]


def test_a_serum_taken_one_or_two_pumps_at_a_time_is_a_budget_readers_dose(catalog: Catalog):
    """Reading 22, s3376: a budget reader of 워터뱅크 블루 히알루로닉 세럼 heard no value while its usage says
    "한두 번 펌핑해"; the dose is said as the catalog's usage says it."""
    product = next(p for p in catalog.products if p.name.startswith("워터뱅크 블루 히알루로닉 세럼"))
    assert "한두 번 펌핑" in product.usage
    facts = product_facts(product, angles.angle("budget"))
    said = reader.budget_lines(facts, reader.product_kind(facts, product.name))
    assert any("펌프 한두 번" in line for line in said), said
