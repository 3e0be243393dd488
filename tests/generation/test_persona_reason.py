"""Each persona hears its own reason, from facts the product really has (readings 17-19, customer fit 3.12).

Luxury: the registered function or the evidence of the formula, never the size or a stock formula ("공들인
루틴에 …", "정성 들인 관리를 이어 가는 분께 잘 어울려요"); budget: a per-ml price said as value, never a lip
colour's per-gram price; trend: the finish, colour or make-up result, never the "fun" of a cleanser ("바르고
나서 거울을 보는 재미"); natural: the plant or origin the catalog names, and a referral tip that names a
plant, never "콜레스테롤이 들어 있더라"."""

from __future__ import annotations

import re

import pytest

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import fit
from crm_core.generation.composer.angles import angle
from crm_core.generation.composer.facts import names_ingredient, product_facts
from crm_core.generation.composer.plan import build_plan
from crm_core.generation.composer.reader import product_kind
from crm_core.generation.template import short_product_name
from crm_core.pipeline import Pipeline
from tests.generation.scripted import WithReviews, pipeline_with_reviews

LONG_CHANNELS = ("kakao_friendtalk", "lms", "email")
CHANNELS = (*LONG_CHANNELS, "push", "sms")
LUXURY, SENSITIVE, BUDGET, TREND, NATURAL = range(5)
STOCK_LUXURY = re.compile("공들인 루틴|공들인 관리|정성 들인 관리|정성을 들이는|정성을 쏟는")
WASHED = ("cleanser", "body_wash", "hair_wash")


@pytest.fixture()
def pipeline(catalog: Catalog, settings: Settings) -> Pipeline:
    return pipeline_with_reviews(catalog, settings, "흡수가 빨라서 좋아요.", "발색이 예뻐요.")


def _messages(pipeline: Pipeline, channels=LONG_CHANNELS, stages=(0, 1, 3), **kw) -> list[str]:  # type: ignore[no-untyped-def]
    """Title and body over channels, stages and two styles, each checked by the guard."""
    out = []
    for channel in channels:
        for stage in stages:
            for style in (1, 3):
                spec = dict(stage_index=stage, style_index=style, channel=channel, is_event=False) | kw
                result = pipeline.run_one(Brief(**spec))[0]
                assert result.verdict != "block", (result.message.body, result.findings)
                out.append(f"{result.message.title}\n{result.message.body}")
    return out


def _all_fits(catalog: Catalog, key: str):  # type: ignore[no-untyped-def]
    """(product, kind, fit) for every catalog product and every candidate this reader could hear."""
    for product in catalog.products:
        facts = product_facts(product, angle(key))
        kind = product_kind(facts, product.name)
        for candidate in fit.fits(key, facts, kind, (), key == "budget", ""):
            yield product, kind, candidate


def test_a_luxury_reader_of_a_wrinkle_cream_hears_the_function_never_the_volume(pipeline: Pipeline, catalog: Catalog):
    creams = [p for p in catalog.products if p.category == "크림" and "주름개선" in (p.functional_claims or ())]
    assert len(creams) >= 3
    for product in creams:  # a choosing reader (the Kakao first-use guide may give its room to the usage)
        for text in _messages(pipeline, stages=(0, 3), persona=LUXURY, brand=product.brand, product=product.name):
            assert "주름 개선" in text or re.search(r"\d%", text), (product.name, text)
            assert not re.search("넉넉|대용량|원꼴|ml당", text), (product.name, text)


def test_a_premium_product_is_never_sold_on_its_size(pipeline: Pipeline, catalog: Catalog):
    """Reading 17: "'넉넉한 용량'을 내세워 고가 탄력크림 격이 떨어짐" (a sensitive reader's opener on 탄력크림 EX)."""
    product = next(p for p in catalog.products if p.name.startswith("탄력크림 EX"))
    assert product.price >= 100_000 and any("넉넉" in s for s in product.selling_points)
    for persona in (LUXURY, SENSITIVE, TREND, NATURAL):
        for text in _messages(pipeline, channels=CHANNELS, persona=persona, brand=product.brand, product=product.name):
            assert "넉넉" not in text, (persona, text)


def test_no_luxury_reason_is_a_stock_formula(catalog: Catalog):
    """Reading 19: "공들인 관리에 어울리는 판테놀·히알루론산", "… 정성 들인 관리를 이어 가는 분께 잘 어울려요"
    whatever the product."""
    said = [(p.name, c.line, c.short) for p, _, c in _all_fits(catalog, "luxury")]
    assert len(said) > 50
    assert not [s for s in said if STOCK_LUXURY.search(s[1] + s[2])], said


def test_a_luxury_reader_hears_no_common_helper_or_washed_formula_as_the_reason(catalog: Catalog):
    """Humectants and a cleanser's oils are no evidence a luxury reader weighs."""
    for product, kind, candidate in _all_fits(catalog, "luxury"):
        if candidate.kind in ("actives", "formula"):
            assert kind not in WASHED, (product.name, candidate.line)
            named = names_ingredient(product.name, candidate.fact)  # the product's own signature
            assert named or candidate.fact not in fit.SUPPORTING, (product.name, candidate.line)


def test_a_luxury_texture_line_is_felt_under_the_hand_that_applies_it(catalog: Catalog):
    """ "바르는 손끝에서 건조한 실내에서 수시로 더하는 윤기가 먼저 느껴져요" (a mist) and "바르는 손끝에서 밤사이
    피부를 감싸는 … 제형이 먼저 느껴져요": a texture line carries how the product feels as it is applied, never when
    or where it is used, never "바르는" twice, and never of a sprayed mist."""
    textures = [(p.name, kind, c.line) for p, kind, c in _all_fits(catalog, "luxury") if c.kind == "texture"]
    assert len(textures) > 20
    for name, kind, line in textures:
        assert kind != "mist", (name, line)
        assert line.count("바르") + line.count("바른") == 1, (name, line)
        assert not re.search("에서 .*에서|수시로|아침저녁|밤사이|베개", line), (name, line)


def test_luxury_reasons_come_in_several_wordings(catalog: Catalog):
    """The same frame for every product read as a template: the frames differ between products."""
    frames = {re.sub(r"^.*?(을|를) 담", "", c.line) for _, _, c in _all_fits(catalog, "luxury") if c.kind == "actives"}
    assert len(frames) >= 2, frames
    functions = {c.line.split(", ")[-1] for _, _, c in _all_fits(catalog, "luxury") if c.kind == "function"}
    assert len(functions) >= 2, functions


def test_a_trend_reader_of_a_cleanser_never_hears_the_fun_of_the_mirror(pipeline: Pipeline, catalog: Catalog):
    """Reading 19: "바르고 나서 거울을 보는 재미가 있어요" of a cleanser and a body wash."""
    washed = [(p, c) for p, kind, c in _all_fits(catalog, "trend") if kind in WASHED]
    assert len(washed) > 10
    assert not [(p.name, c.line) for p, c in washed if re.search("거울|재미", c.line + c.short)]
    for name in ("뽀오얀 미소 발효 클렌징폼", "프레쉬 모이스춰 바디워시"):
        product = next(p for p in catalog.products if p.name.startswith(name))
        for text in _messages(pipeline, stages=(0, 2, 4), persona=TREND, brand=product.brand, product=product.name):
            assert "거울을 보는" not in text, text


def test_no_reader_hears_the_fun_of_the_mirror(catalog: Catalog):
    """The frame is retired for every kind: a look is said as what shows once worn."""
    assert not [c.line for _, _, c in _all_fits(catalog, "trend") if "거울" in c.line]


def test_a_trend_reader_of_a_lip_colour_hears_its_make_up_result(catalog: Catalog):
    lips = [(p, c) for p, kind, c in _all_fits(catalog, "trend") if kind == "lip" and c.kind == "finish"]
    assert len(lips) >= 3
    for product, candidate in lips:
        assert candidate.fact in " ".join((*product.selling_points, *product.claims)), (product.name, candidate.fact)
        assert not re.search("거울|루틴", candidate.line), candidate.line


def test_a_budget_reader_of_a_lip_colour_never_hears_a_per_gram_price(pipeline: Pipeline, catalog: Catalog):
    """Reading 18: "립 틴트에 1g당 가격 계산은 어색"."""
    lips = [p for p in catalog.products if p.category == "립" and p.price and p.volume.endswith("g")]
    assert len(lips) >= 3
    for product, _kind, candidate in _all_fits(catalog, "budget"):
        if product.category in ("립", "쿠션·베이스"):
            assert "g당" not in candidate.line + candidate.short, (product.name, candidate.line)
    for product in lips[:3]:
        for text in _messages(pipeline, channels=CHANNELS, persona=BUDGET, brand=product.brand, product=product.name):
            assert not re.search(r"g당 (?:약 )?[\d,]+원", text), text


def test_a_per_ml_price_is_said_as_value(catalog: Catalog):
    """Reading 17: "1ml당 가격은 정확하나 혜택으로 연결되지 않음": the figure comes with what it weighs. Round 28
    (readings 49-50, s9482, s1476, s7759: "ml당 770원은 가성비 설득력 약함", "ml당 가격 문장 '한눈에 보입니다' 어색"):
    a figure under 300원 is said as what it lets the reader do (use it generously, a pad a day); a dearer one is said
    plainly, never as a figure to look at."""
    per = [c.line for _, _, c in _all_fits(catalog, "budget") if "원꼴" in c.line]
    assert len(per) > 20
    figure = re.compile(r"당 약 ([\d,]+)원꼴")
    cheap = [line for line in per if int(figure.search(line).group(1).replace(",", "")) < 300]
    assert len(cheap) > 10
    assert all(re.search("원꼴[^.]*(?:써도|쓰셔도)", line) for line in cheap), cheap
    assert not [line for line in per if re.search("한눈에|분명한 숫자|따져 보기", line)], per


@pytest.mark.parametrize("plant", ["어린쑥", "녹차", "비자"])
def test_a_natural_reader_of_a_plant_product_hears_the_plant_beyond_the_name(
    pipeline: Pipeline, catalog: Catalog, plant: str
):
    """A name that says the plant tells no reader where it comes from: the message names it (or its origin)."""
    named = [p for p in catalog.products if plant in p.name or (plant == "녹차" and "그린티" in p.name)]
    assert named
    for product in named:
        for text in _messages(pipeline, stages=(0, 2), persona=NATURAL, brand=product.brand, product=product.name):
            bare = text.replace(product.name, " ").replace(short_product_name(product.name), " ")
            assert plant in bare or "제주" in bare, (product.name, text)


def test_a_natural_reader_whose_story_names_no_plant_gets_no_ingredient_tip(pipeline: Pipeline, catalog: Catalog):
    """Reading 19: "원료를 꼼꼼히 살피는 지인에게는 '콜레스테롤이 들어 있더라'가 내추럴 페르소나에 어색"."""
    product = next(p for p in catalog.products if p.name.startswith("아토베리어365 크림"))
    assert "콜레스테롤" in product.key_ingredients
    texts = [
        f"{r.message.title}\n{r.message.body}"
        for channel in LONG_CHANNELS
        for style in range(6)
        for r in pipeline.run_one(
            Brief(persona=NATURAL, brand=product.brand, product=product.name, stage_index=4, style_index=style,
                  channel=channel, is_event=False)
        )
    ]  # fmt: skip
    assert not [t for t in texts if "들어 있더라" in t and "콜레스테롤" in t], texts
    assert not [t for t in texts if re.search("(세라마이드|콜레스테롤|히알루론산)이 들어 있더라", t)], texts


def test_a_natural_reason_names_what_the_catalog_lists(catalog: Catalog):
    """Every natural origin line names an ingredient or an origin phrase from the product's own row."""
    checked = 0
    for product, _, candidate in _all_fits(catalog, "natural"):
        if candidate.kind != "origin":
            continue
        checked += 1
        row = " ".join((*product.key_ingredients, *product.claims, *product.selling_points))
        # round 38: a plant's origin told where the opener names the plant states the origin as its fact (no word of
        # the plant, which the opener said); its line names the plant from the row
        named = any(i in candidate.line for i in product.key_ingredients)
        assert candidate.fact.split()[0] in row or named, (product.name, candidate.line)
    assert checked > 30


def test_the_plan_keeps_the_luxury_function_for_an_anti_ageing_product(catalog: Catalog):
    """The plan's fit for a luxury reader of a registered wrinkle product states the function."""
    for product in (p for p in catalog.products if "주름개선" in (p.functional_claims or ())):
        resolved = catalog.resolve(
            Brief(persona=LUXURY, brand=product.brand, product=product.name, stage_index=0, style_index=1)
        )
        plan = build_plan(GenerationRequest(resolved, WithReviews().evidence(resolved), 0))
        said = " ".join((plan.product_line, *plan.proofs))
        assert "주름 개선" in said or (plan.fit is not None and plan.fit.kind in ("strength", "actives")), (
            product.name,
            said,
        )


def _luxury_fits_of(catalog: Catalog, name: str):  # type: ignore[no-untyped-def]
    product = next(p for p in catalog.products if p.name.startswith(name))
    brand = next(b for b in catalog.brands if b.name == product.brand)
    facts = product_facts(product, angle("luxury"))
    return brand, fit.fits("luxury", facts, product_kind(facts, product.name), (), False, "", brand.name, brand.story)


@pytest.mark.parametrize(
    ("name", "research"),
    [("프로테일러 비 벨벳 커버 쿠션", "컬러와 피부 표현"), ("더마UV365 장벽수분 무기자차 선크림", "피부 장벽")],
)
def test_a_luxury_reader_hears_the_brands_research_where_the_product_gives_no_evidence(
    catalog: Catalog, name: str, research: str
):
    """ "믿을 수 있는 브랜드" is the luxury reader's first focus: a cushion or a sunscreen with no function or
    anti-ageing active hears the brand's research as brands.json states it."""
    brand, found = _luxury_fits_of(catalog, name)
    said = [c.line for c in found if c.kind == "brand"]
    assert len(said) == 1 and research in said[0] and research in (brand.story or ""), said


@pytest.mark.parametrize("name", ["자음생크림", "진설크림", "더 레티놀 0.1 크림"])
def test_no_brand_research_line_where_the_product_has_evidence_or_no_skin(catalog: Catalog, name: str):
    """A product's own function or active comes first; a lip colour never hears "피부 표현" of its brand (round 42:
    only the research that is no skin's, "에스쁘아는 컬러를 연구해 온 브랜드예요")."""
    _, found = _luxury_fits_of(catalog, name)
    assert not [c.line for c in found if c.kind == "brand"]
    _, lip = _luxury_fits_of(catalog, "꾸뛰르 립 틴트 벨벳")
    assert not [c.line for c in lip if c.kind == "brand" and "피부" in c.line]
    assert fit.brand_research("브랜드 이야기에 연구가 없는 문장입니다.") is None


def test_a_luxury_referral_tip_names_only_an_anti_ageing_active(pipeline: Pipeline, catalog: Catalog):
    """ "이산화티타늄이 들어 있어 믿고 쓴다" (reading 19) or a shampoo's mint: no reason a luxury friend trusts."""
    for name in ("청아 딥클렌징 샴푸", "프로테일러 파운데이션 비 글로우"):
        product = next(p for p in catalog.products if p.name.startswith(name))
        for text in _messages(pipeline, stages=(4,), persona=LUXURY, brand=product.brand, product=product.name):
            assert "믿고 쓴다" not in text, text
    assert fit.tells_reader("luxury", "아데노신") and fit.tells_reader("luxury", "인삼 사포닌")
    assert not fit.tells_reader("luxury", "박하 추출물") and not fit.tells_reader("luxury", "이산화티타늄")
    assert fit.tells_reader("natural", "어린쑥 추출물") and not fit.tells_reader("natural", "콜레스테롤")


# Reading 22 ("트렌드 페르소나 미반영", s3897, s7520, s8179): creams whose texture is said as what they are
TEXTURE_AS_DEFINITION = (
    ("워터뱅크 블루 히알루로닉 모이스춰 크림", "말랑"),
    ("진설아이크림", "쫀쫀"),
    ("시카 슬리핑 마스크", "크림 젤"),
    ("풀핏 프로폴리스 라이트 크림", "젤 크림"),
)


@pytest.mark.parametrize(("name", "texture"), TEXTURE_AS_DEFINITION)
def test_a_trend_reader_hears_the_texture_a_product_is_defined_by(catalog: Catalog, name: str, texture: str):
    """The catalog's claim on that texture is the trend reader's reason, though a selling point names it as the
    product's definition ("가볍게 펴 발리는 말랑한 크림")."""
    product = next(p for p in catalog.products if p.name.startswith(name))
    assert any(texture in c for c in product.claims)
    facts = product_facts(product, angle("trend"))
    candidates = fit.fits("trend", facts, product_kind(facts, product.name), (), False, "")
    assert candidates, name
    catalog_text = " ".join((*product.selling_points, *product.claims))
    assert all(c.fact in catalog_text for c in candidates), [c.fact for c in candidates]


def test_a_trend_reader_of_a_light_lotion_hears_how_it_spreads(catalog: Catalog):
    """아토베리어365 로션: "가볍게 발리고 오래가는 보습감" is its feel, said to the trend reader."""
    product = next(p for p in catalog.products if p.name.startswith("아토베리어365 로션"))
    facts = product_facts(product, angle("trend"))
    candidates = fit.fits("trend", facts, product_kind(facts, product.name), (), False, "")
    assert any("가볍게 발리고" in c.line and "가볍게 발리고" in c.short for c in candidates), candidates


def test_no_trend_reason_is_who_it_suits_or_a_season(catalog: Catalog):
    """ "써 보면 칙칙해 보이는 피부 톤과 피지가 함께 고민인 분께 맞아요" is no feel; "더운 계절이나 …" no winter
    copy."""
    said = [c.line for _, _, c in _all_fits(catalog, "trend")]
    assert len(said) > 100
    assert not [line for line in said if re.search("분께 맞|고민인|더운 계절|여름", line)]


def test_a_trend_readers_kakao_for_a_glow_cream_names_its_finish(catalog: Catalog, settings: Settings):
    """No review to lean on: the catalog's finish or texture of 워터뱅크 블루 히알루로닉 모이스춰 크림 is said."""
    product = next(p for p in catalog.products if p.name.startswith("워터뱅크 블루 히알루로닉 모이스춰 크림"))
    plain = pipeline_with_reviews(catalog, settings)
    for text in _messages(
        plain, channels=("kakao_friendtalk",), persona=TREND, brand=product.brand, product=product.name
    ):
        assert re.search("말랑|맑은 마무리|맑게 마무리", text), text


def test_a_trend_line_names_one_moment_of_use(catalog: Catalog):
    """ "처음 쓸 때부터 바른 뒤 남는 은은한 윤기가 …", "바르는 순간 세안 후 당김을 덜어 주는 …": a catalog feature
    that says when it is met (풀핏 프로폴리스 라이트 크림, 순정 약산성 5.5 진정 토너) is said without a second moment
    before it, a wash too ("쓰는 동안 헹군 뒤 당기지 않는 부드러운 거품이 …", 프레쉬 모이스춰 바디워시)."""
    for name, when in (("풀핏 프로폴리스 라이트 크림", "바른 뒤"), ("순정 약산성 5.5 진정 토너", "세안 후")):
        product = next(p for p in catalog.products if p.name.startswith(name))
        assert any(s.startswith(when) for s in product.selling_points), name
    twice = re.compile(
        "(?:처음 쓸 때부터|바르는 순간|바르고 나면|쓰는 동안) (?:바른 뒤|바르는 순간|바를 때|세안 후|세안 직후|헹군 뒤)"
    )
    assert not [c.line for _, _, c in _all_fits(catalog, "trend") if twice.search(c.line)]


@pytest.mark.parametrize(
    ("name", "use"), [("크림스킨", "팩처럼"), ("마일드 앤 퍼펙트 클렌징 오일 투 폼", "세안 단계를 줄")]
)
def test_a_budget_reader_told_no_price_hears_the_second_use_the_catalog_names(catalog: Catalog, name: str, use: str):
    """Reading 22 ("가성비 포인트 없음", s3376, s1923, s6328): where no price is said (a first-use guide, a referral),
    the catalog's second use or saved step is the value, in the catalog's words."""
    product = next(p for p in catalog.products if p.name.startswith(name))
    claim = next(c for c in product.claims if use in c)
    facts = product_facts(product, angle("budget"))
    candidates = fit.fits("budget", facts, product_kind(facts, product.name), (), False, "")
    assert any(c.fact == claim and use in c.short for c in candidates), candidates


def test_a_budget_sharers_push_names_the_second_use(catalog: Catalog, settings: Settings):
    """크림스킨's referral push to a budget reader: "화장솜에 적셔 팩처럼 …" (the catalog's claim), never only
    "매일 쓰는 제품은 써 본 사람 말이 가장 믿음직해요"."""
    product = next(p for p in catalog.products if p.name.startswith("크림스킨"))
    plain = pipeline_with_reviews(catalog, settings)
    for text in _messages(
        plain, channels=("push",), stages=(4,), persona=BUDGET, brand=product.brand, product=product.name
    ):
        assert "팩처럼" in text, text


def test_a_premium_product_is_never_sold_on_its_size_to_a_budget_reader_either(catalog: Catalog):
    premium = {p.name for p in catalog.products if product_facts(p, angle("budget")).premium}
    assert premium
    sized = [
        c.line for p, _, c in _all_fits(catalog, "budget") if p.name in premium and re.search("넉넉|대용량", c.line)
    ]
    assert not sized, sized


def test_a_finish_is_seen_once_worn_never_met_at_the_first_touch(catalog: Catalog):
    """ "바르는 순간 백탁 없이 산뜻한 마무리가 먼저 느껴져요" (워터 스플래쉬 프레쉬 시카 선크림): a finish comes after;
    and a finish that is a feel ("당기지 않는 마무리") is never one that catches the eye."""
    product = next(p for p in catalog.products if p.name.startswith("워터 스플래쉬 프레쉬 시카 선크림"))
    assert "백탁 없이 산뜻한 마무리" in product.selling_points
    said = [c.line for _, _, c in _all_fits(catalog, "trend")]
    assert not [line for line in said if re.search("바르는 순간 [^.]*마무리(?:가|이) 먼저", line)]
    assert not [line for line in said if re.search("않는 마무리(?:가|부터) 눈에", line)]


LAB = re.compile("레티놀|펩타이드|아데노신")


def test_a_natural_reader_hears_the_plant_before_any_retinol_or_peptide(pipeline: Pipeline, catalog: Catalog):
    """Reading 23 (s5701): "내추럴 뷰티 고객에게 레티놀·펩타이드를 내세워 관심사와 어긋남". A product that lists a plant
    ingredient beside a lab-made active (레티놀 시카 흔적 앰플: 병풀 추출물; 블랙티 … 에센스: 제주 홍차 추출물) names
    the plant to a natural reader, and no sentence before the first that names it speaks of retinol, peptide or
    adenosine (the catalog's own definition, "레티놀과 병풀 추출물을 함께 담은 앰플", names both at once)."""
    names = ("레티놀 시카 흔적 앰플", "블랙티 유스 인핸싱 트리트먼트 에센스", "에이지 컨트롤 카멜리아 에센스 워터")
    for name in names:
        product = next(p for p in catalog.products if p.name.startswith(name))
        plant = next(i.split()[0] for i in product.key_ingredients if "추출물" in i)
        assert any(LAB.search(i) for i in product.key_ingredients), product.key_ingredients
        stories = _messages(
            pipeline, channels=LONG_CHANNELS, persona=NATURAL, brand=product.brand, product=product.name
        )
        for text in stories:
            bare = text.replace(product.name, " ").replace(short_product_name(product.name), " ")
            assert plant in bare, (name, text)
            sentences = re.split(r"(?<=[.!?])\s+|\n", bare)
            first = next(k for k, sentence in enumerate(sentences) if plant in sentence)
            assert not any(LAB.search(sentence) for sentence in sentences[:first]), (name, text)


def test_no_trendy_close_promises_a_reason_to_look(pipeline: Pipeline, catalog: Catalog):
    """Reading 23 (s6328, s8594): "'요즘 눈에 띄는 이유'가 근거 없이 끝남": the trendy acquisition close promised a
    reason the message did not give (a salicylic cleanser, a ceramide toner). No first-contact message in the trendy
    tone, to any reader, closes on a promise of what makes the product stand out."""
    from crm_core.domain import Tone

    names = ("테라크네365 클리어 딥 클렌징 폼", "세라마이드 아토 속보습 스킨", "그린티 씨드 히알루론산 크림")
    for name in names:
        product = next(p for p in catalog.products if p.name.startswith(name))
        for persona in (TREND, SENSITIVE, BUDGET):
            for text in _messages(
                pipeline, channels=CHANNELS, stages=(0,), persona=persona, brand=product.brand, product=product.name,
                tone=Tone.trendy,
            ):  # fmt: skip
                assert "눈에 띄는 이유" not in text, (name, persona, text)


@pytest.mark.parametrize(
    ("name", "texture"), [("진설크림", "묵직"), ("극진 크림", "묵직"), ("플로라 글로우 로즈 워터 토너", "물처럼")]
)
def test_a_trend_reader_hears_a_rich_body_or_a_watery_spread(catalog: Catalog, name: str, texture: str):
    """Reading 23 (s5860, s1261: "트렌드 팔로워 관심사 … 빠짐", "트렌드 관심사 미반영"): a product whose catalog row
    says how it feels ("묵직하고 풍성한 크림이 피부를 감싸 …", "물처럼 가볍게 스며들어 …") gives a trend reader that
    feel, in the long forms and in push length, rather than a frame that fits any product."""
    product = next(p for p in catalog.products if p.name.startswith(name))
    assert any(texture in c for c in product.claims), product.claims
    facts = product_facts(product, angle("trend"))
    candidates = fit.fits("trend", facts, product_kind(facts, product.name), (), False, "")
    assert any(texture in c.line and texture in c.short for c in candidates), [c.line for c in candidates]


@pytest.mark.parametrize(
    ("name", "rating"),
    [("카밍 샷 아줄렌 선크림", "SPF50+/PA++++"), ("프로테일러 비 벨벳 커버 쿠션", "SPF34/PA++")],
)
def test_a_luxury_reader_hears_a_sunscreens_registered_uv_function(catalog: Catalog, name: str, rating: str):
    """Reading 29 (s6614: "스틱에 … 자외선 차단과 무관한 성분 강조, 안티에이징 관심 미반영"): a sunscreen or a base the
    catalog registers for UV protection gives a luxury reader that registered function with the catalog's rating."""
    _, found = _luxury_fits_of(catalog, name)
    uv = [c for c in found if c.kind == "uv"]
    assert len(uv) == 1 and rating in uv[0].line and "자외선 차단" in uv[0].line and "기능성" in uv[0].line, found
    assert rating in uv[0].short and "기능성" in uv[0].short
    _, tint = _luxury_fits_of(catalog, "꾸뛰르 립 틴트 벨벳")  # not registered for it: never said
    assert not [c for c in tint if c.kind == "uv" or "자외선" in c.line]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("극진 크림", ("홍삼 추출물", "아데노신")),  # the signature its selling point names, the active beside it
        ("진설크림", ("적송 추출물", "아데노신")),
        ("슈퍼바이탈 소프너", ("펩타이드", "세라마이드")),  # nothing named: the active leads (the referral tip's)
    ],
)
def test_a_luxury_readers_story_names_the_anti_ageing_active(catalog: Catalog, name: str, expected: tuple):
    """Reading 28 ("럭셔리 고객이 원하는 성분 근거가 없고"): the catalog's anti-ageing active is in a luxury reader's
    ingredient story (the ingredient line, the opener and the referral tip draw from it), beside the signature."""
    product = next(p for p in catalog.products if p.name.startswith(name))
    assert product_facts(product, angle("luxury")).ingredients == expected


@pytest.mark.parametrize(
    ("name", "reader", "other"),
    [
        ("카밍 샷 아줄렌 선크림", "sensitive", "병풀"),
        ("카밍 샷 아줄렌 크림", "sensitive", "마데카소사이드"),
        ("어린쑥 트러블 미스트", "natural", "어성초"),
        ("알파인베리 워터리 크림", "natural", "새싹"),
    ],
)
def test_a_product_named_for_an_ingredient_is_never_introduced_by_another(
    catalog: Catalog, name: str, reader: str, other: str
):
    """Reading 29 (s1923: "병풀을 담은 카밍 샷 아줄렌 선크림" → "아줄렌 제품을 병풀로 소개"): where the name names a key
    ingredient, no short opening puts another one before it as what the product holds."""
    from crm_core.generation.composer import sms

    product = next(p for p in catalog.products if p.name.startswith(name))
    facts = product_facts(product, angle(reader))
    assert other in " ".join(facts.ingredients)  # the catalog holds it: the message may still say it elsewhere
    assert not [lead for lead in sms.reader_facts(facts, reader, facts.name) if other in lead]


# Round 25 (readings 37-38: "'실리카·산화아연' 소구가 내추럴 고객에 어색", "실리카를 내추럴 포인트로 든 건 약함"): a UV
# filter, silica or a pigment is no origin: a natural reader's message names none of them, while the same product's
# ingredients are still named to another reader.
MINERAL = re.compile("실리카|산화아연|이산화티타늄|피그먼트")


def test_a_natural_reader_hears_no_mineral_filter_silica_or_pigment(pipeline: Pipeline, catalog: Catalog):
    cushion = dict(brand="헤라", product="블랙 쿠션 파운데이션 SPF34/PA++ 15g")
    sun = dict(brand="에스쁘아", product="워터 스플래쉬 선크림 톤업 래스팅")
    said = []
    for product in (cushion, sun):
        said += _messages(pipeline, channels=CHANNELS, stages=(2, 3), persona=NATURAL, **product)
    assert not [m for m in said if MINERAL.search(m)], [m for m in said if MINERAL.search(m)]
    for product in catalog.products:
        if any(MINERAL.search(i) for i in product.key_ingredients):
            facts = product_facts(product, angle("natural"))
            assert not [i for i in facts.ingredients if MINERAL.search(i) and not names_ingredient(facts.name, i)]
    assert MINERAL.search(
        " ".join(product_facts(catalog.product("헤라", cushion["product"]), angle("trend")).ingredients)
    )
