"""Stock sentences read as a copywriter writes them (blind reading 9): skin types said as who can use
the product, natural ingredients and seasons without translationese, emotional hooks that fit how
long one use takes, a trend reader's texture without a forced "재미", and closes in each reader's terms."""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief, EvidenceItem, Honorific
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import lines
from crm_core.generation.composer.angles import angle_for
from crm_core.generation.composer.facts import product_facts
from crm_core.generation.composer.fit import SKIN_TYPE_ORDER, sensitive_fits
from crm_core.generation.composer.plan import build_plan
from crm_core.generation.composer.reader import product_kind
from crm_core.generation.composer.reviews import REPURCHASE_CLAUSES, review_points
from tests.generation.scripted import WithReviews, pipeline_with_reviews

LUXURY, SENSITIVE, BUDGET, TREND, NATURAL = range(5)
LONG_CHANNELS = ("kakao_friendtalk", "lms", "email")
SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def _facts(catalog: Catalog, product, persona: int):  # type: ignore[no-untyped-def]
    resolved = catalog.resolve(
        Brief(persona=persona, brand=product.brand, product=product.name, stage_index=0, style_index=1)
    )
    return product_facts(product, angle_for(resolved.persona), resolved.persona.skin_concerns)


def test_skin_types_are_said_as_who_can_use_it_true_to_the_catalog(catalog: Catalog):
    """Reading 9: "민감성 피부까지 사용 피부 타입으로 안내된 에센스입니다" read as translated, and said the
    product line's noun again. The line names only the skin types the catalog lists."""
    listed = [p for p in catalog.products if "민감성" in p.skin_types and p.category not in ("헤어", "립")]
    assert len(listed) > 10
    for product in listed:
        facts = _facts(catalog, product, SENSITIVE)
        line = next(f.line for f in sensitive_fits(facts, ()) if f.kind == "sensitive_type")
        assert "민감성 피부" in line and "안내된" not in line and "사용 피부 타입" not in line, line
        assert not line.rstrip(".").endswith((facts.noun + "이에요", facts.noun + "예요")), line
        named = [t for t in SKIN_TYPE_ORDER if t in line]
        every_type = set(SKIN_TYPE_ORDER) <= set(product.skin_types)
        assert ("가리지 않아" in line) == every_type, (product.name, line)  # said only of every type
        assert set(named) <= set(product.skin_types), (product.name, line)


def test_a_sensitive_readers_message_says_the_category_noun_once(catalog: Catalog, settings: Settings):
    """s5696: "…을 담은 수분 에센스입니다. 민감성 피부까지 사용 피부 타입으로 안내된 에센스입니다."."""
    pipeline = pipeline_with_reviews(catalog, settings)
    product = next(p for p in catalog.products if p.name.startswith("아토베리어365 하이드로 에센스"))
    for channel in LONG_CHANNELS:
        for seed in range(3):
            brief = Brief(brand=product.brand, product=product.name, persona=SENSITIVE, stage_index=0,
                          style_index=2, channel=channel, seed=seed, honorific=Honorific.hapsho)  # fmt: skip
            body = pipeline.run_one(brief)[0].message.body
            assert "사용 피부 타입" not in body, body
            assert len(re.findall(r"에센스입니다\.", body)) <= 1, body


def test_natural_ingredients_are_said_as_what_the_formula_holds(catalog: Catalog):
    """s9185: "원료부터 살피신다면, 알로에 베라 잎 추출물처럼 이름만으로 출처를 알 수 있는 원료를 담았어요"."""
    told = []
    for product in catalog.products:
        resolved = catalog.resolve(
            Brief(persona=NATURAL, brand=product.brand, product=product.name, stage_index=0, style_index=1)
        )
        plan = build_plan(GenerationRequest(resolved, WithReviews().evidence(resolved), 0))
        told += [plan.fit.line] if plan.fit and plan.fit.kind == "origin" else []
    assert len(told) > 10
    assert not [line for line in told if "이름만으로" in line or "출처를 알 수" in line], told


def test_a_seasonal_line_fits_every_category_without_translationese(catalog: Catalog):
    """s9185: "난방으로 실내가 건조한 겨울에는 젤을 쓰는 손길도 한 번 더 살필 때예요"."""
    nouns = {_facts(catalog, p, NATURAL).noun for p in catalog.products}
    banks = (lines.SEASON_FACT_LINES, lines.SEASON_PLAIN_LINES)
    for pool in [group for bank in banks for group in bank.values()]:
        for line in pool:
            for noun in nouns:
                filled = lines.fill(line, {"category": noun, "season": "겨울", "season_fact": "촉촉한 제형"})
                assert "손길" not in filled and not re.search(f"{noun}[을를] 쓰는", filled), filled


def test_an_emotional_hook_fits_how_long_one_use_takes(catalog: Catalog, settings: Settings):
    """s3574: "…크림미스트를 쓰는 몇 분이 나를 돌보는 여유가 됩니다": a mist, a cleanser or a sunscreen is
    used in seconds; and "나에게 작은 다정함을 건네기 좋습니다" was met in message after message."""
    pipeline = pipeline_with_reviews(catalog, settings)
    quick = [p for p in catalog.products if p.category in ("미스트", "클렌저", "선크림")]
    seen = 0
    for product in quick[::3]:
        kind = product_kind(_facts(catalog, product, SENSITIVE), product.name)
        assert kind in lines.QUICK_KINDS, (product.name, kind)
        for persona in range(5):
            for seed in range(3):
                brief = Brief(brand=product.brand, product=product.name, persona=persona, stage_index=0,
                              style_index=3, channel="kakao_friendtalk", seed=seed)  # fmt: skip
                body = pipeline.run_one(brief)[0].message.body
                seen += 1
                assert "몇 분" not in body and "작은 다정함" not in body, body
    assert seen >= 30


def test_a_trend_readers_texture_is_said_plainly(catalog: Catalog, settings: Settings):
    """s4087 "써 보는 재미는 얇게 펴 발리는 묽은 로션 제형에 있습니다"."""
    pipeline = pipeline_with_reviews(catalog, settings)
    bodies = []
    for product in catalog.products[::4]:
        for channel in LONG_CHANNELS:
            brief = Brief(brand=product.brand, product=product.name, persona=TREND, stage_index=0, style_index=1,
                          channel=channel, is_event=False)  # fmt: skip
            bodies.append(pipeline.run_one(brief)[0].message.body)
    texture = [
        b
        for b in bodies
        if re.search(
            "(제형|입자|거품)(이|가|부터) (기분 좋게 |먼저 )?(느껴져요|느껴집니다|눈에 들어와요|눈에 들어옵니다)", b
        )
    ]
    assert len(texture) >= 3
    for body in bodies:
        assert "써 보는 재미는" not in body, body


def test_a_second_point_is_never_filed_as_a_merit(catalog: Catalog, settings: Settings):
    """s3017 "덧발라도 답답하지 않은 가벼운 로션 제형도 장점입니다"."""
    pipeline = pipeline_with_reviews(catalog, settings)
    bodies = []
    for product in catalog.products[::3]:
        for persona in (BUDGET, NATURAL):
            brief = Brief(brand=product.brand, product=product.name, persona=persona, stage_index=0, style_index=1,
                          channel="email", is_event=False)  # fmt: skip
            bodies.append(pipeline.run_one(brief)[0].message.body)
    # the second point said as the reader meets it (reading 21: "…라는 점도 빼놓을 수 없어요" read as assembled)
    points = [b for b in bodies if re.search("라 (?:쓰기 편|꾸준히 쓰기 좋)(?:해요|합니다|아요|습니다)", b)]
    assert len(points) >= 3
    for body in bodies:
        assert not re.search("도 장점(이에요|입니다)|빼놓을 수 없", body), body


def test_the_choosing_close_speaks_to_each_reader(catalog: Catalog, settings: Settings):
    """s3175: a natural reader was asked to weigh "용량과 가격" (a budget reader's close)."""
    pipeline = pipeline_with_reviews(catalog, settings)

    def close(persona: int, tone: str | None) -> str:
        brief = Brief(brand="이니스프리", product="비자 트러블 클렌징폼", persona=persona, stage_index=3,
                      style_index=1, tone=tone, channel="kakao_friendtalk", is_event=False)  # fmt: skip
        body = pipeline.run_one(brief)[0].message.body
        return [s for s in SENTENCE.split(body) if s.endswith(("보세요.", "보십시오."))][-1]

    wants = {LUXURY: "성분", SENSITIVE: "성분", TREND: "사용감", NATURAL: "원료", BUDGET: "가격"}
    for persona, word in wants.items():  # the brand's own close
        assert word in close(persona, None), (persona, close(persona, None))
    for persona in (LUXURY, SENSITIVE, TREND, NATURAL):  # a budget reader's words for no one else
        for tone in (None, "고급스러운"):
            assert "용량과" not in close(persona, tone), (persona, tone, close(persona, tone))


def test_a_repurchase_review_is_said_in_its_own_words():
    """ "다시 찾게 된다는 후기" read as stock: bought again, stocked up or meaning to buy again."""
    said = {
        "벌써 세 번째 재구매했어요.": "다 쓰고 다시 샀다는",
        "여러 개 쟁여 두고 써요.": "여러 개 사 두고 쓴다는",
        "재구매 의사 있어요.": "다시 사겠다는",
    }
    for text, clause in said.items():
        items = (EvidenceItem(source_id="R0#s1", collection="reviews", text=text, score=0.9),)
        points = review_points(items)
        assert [p.clause for p in points if p.aspect == "재구매"] == [clause], (text, points)


def test_a_point_that_names_the_skin_it_leaves_is_said_as_the_finish(catalog: Catalog, settings: Settings):
    """ "떼어 낸 뒤 촉촉하고 화사해 보이는 피부라는 점도 …" (own read, seed 1111): a result, not a merit."""
    pipeline = pipeline_with_reviews(catalog, settings)
    product = next(p for p in catalog.products if p.name.startswith("플로라 글로우 로즈 앰플 마스크팩"))
    bodies = []
    for persona in range(5):
        for seed in range(2):
            brief = Brief(brand=product.brand, product=product.name, persona=persona, stage_index=3, style_index=1,
                          channel="email", is_event=False, seed=seed)  # fmt: skip
            bodies.append(pipeline.run_one(brief)[0].message.body)
    assert [b for b in bodies if "피부로 마무리" in b], bodies
    for body in bodies:
        assert not re.search("피부(이)?라는 점", body), body


def test_a_review_opener_reads_for_every_review_clause():
    """ "먼저 꼽은 건 또 사고 싶다는 점이에요": an intention is no "점"; a review is what users said."""
    openers = [line for pool in lines.OPENERS.values() for kind, line in pool if kind == "review"]
    assert len(openers) == len(lines.OPENERS)
    for line in openers:
        for clause in REPURCHASE_CLAUSES:
            filled = lines.fill(line, {"product": "자음생크림", "review": clause})
            assert clause in filled and "다는 점" not in filled, filled


# Reading 15: sentences readers called "틀 문장" / "상투적" across the 64 messages they saw side by side.
READING_15_STOCK = re.compile(
    "해가 짧아지고|그냥 지나치기 아까|손길도 한결 다정|사용감부터 살피게|믿음이 더해|점도 매력|고르기가 쉬워|"
    "이제 곁에 둔|시작이 쉬워야|알아 두면 좋은 점을 정리했어요|놓치면 아쉬운 혜택|보내는 \\{span\\}"
)


def test_no_bank_line_or_title_says_a_reading_15_stock_frame():
    every = [
        *lines.every_line(),
        *(t for by_style in lines.TITLES.values() for pool in by_style.values() for t in pool),
    ]
    every += [scene for scenes in lines.SEASON_SCENES.values() for scene in scenes]
    assert not [line for line in every if READING_15_STOCK.search(line)]


def test_a_sunscreen_or_cleanser_title_never_spends_a_moment_with_it(catalog: Catalog, settings: Settings):
    """s2667: "에스트라 선크림과 보내는 짧은 순간" read odd; s3112 "마몽드 에센스와 보내는 몇 분"."""
    pipeline = pipeline_with_reviews(catalog, settings)
    quick = [p for p in catalog.products if p.category in ("선크림", "클렌저")]
    seen = 0
    for product in quick[::2]:
        for stage in (0, 2, 3):
            for channel in LONG_CHANNELS:
                brief = Brief(brand=product.brand, product=product.name, persona=TREND, stage_index=stage,
                              style_index=3, channel=channel, seed=stage, is_event=False)  # fmt: skip
                title = pipeline.run_one(brief)[0].message.title
                seen += 1
                assert "보내는" not in title and "짧은 순간" not in title and "몇 분" not in title, title
                assert len(title) <= 40, title
    assert seen >= 30


def test_the_ingredients_are_worded_for_the_reader_who_reads_them(catalog: Catalog, settings: Settings):
    """Reading 15: "<성분>·<성분>을 담았어요." closed one long message of six whoever the reader was. A sensitive
    reader reads a label ("주요 성분으로 …이 들어 있어요"), a natural-beauty reader what it is made of ("원료로는 …을
    담았어요"), each naming the catalog's own ingredients."""
    pipeline = pipeline_with_reviews(catalog, settings)
    worded = {SENSITIVE: "주요 성분으로 ", NATURAL: "원료로는 "}
    found = {SENSITIVE: 0, NATURAL: 0}
    for i, product in enumerate(catalog.products):
        for persona, opening in worded.items():
            brief = Brief(brand=product.brand, product=product.name, persona=persona, stage_index=0,
                          style_index=1, channel="email", seed=i, is_event=False, tone="전문적인")  # fmt: skip
            body = pipeline.run_one(brief)[0].message.body
            said = [s for s in SENTENCE.split(body) if s.startswith(opening)]
            for sentence in said:
                found[persona] += 1
                assert any(ingredient in sentence for ingredient in product.key_ingredients), sentence
            other = next(o for p, o in worded.items() if p != persona)
            assert other not in body, body
    assert found[SENSITIVE] > 5 and found[NATURAL] > 5, found
