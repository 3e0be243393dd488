"""Round 32 (readings 70-75): an SMS brief's LMS gives its reader the element the catalog holds for them (s4199:
"럭셔리 고객의 성분·탄력 관점 없음", s9078: "내추럴 고객 관점 없음"), an acid pad sent in winter says how to begin on
dry skin (s2252: "겨울 각질 패드 주의 없음"), and a close that opens on the season says no "오늘" after it (s2252:
"'이번 겨울…오늘' 이음 어색")."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from crm_core.catalog import Catalog
from crm_core.domain import Brief
from crm_core.errors import CrmError
from crm_core.pipeline import Pipeline

WINTER = datetime(2026, 12, 10, 10, 0)
LUXURY, NATURAL = 0, 4
MAKE_UP = ("립", "쿠션·베이스")
BASES = {
    "글리세린",
    "정제수",
    "부틸렌글라이콜",
    "판테놀",
    "덱스판테놀",
    "알란토인",
    "스쿠알란",
    "히알루론산",
    "아미노산",
}
PLANTS = re.compile(
    "추출물|녹차|씨드|쑥|꽃|인삼|동백|새싹|프로폴리스|유자|알로에|한란|비자|병풀|홍삼|백화고|(?<!미네랄) 오일"
)
LAB = ("레티놀", "레티날", "레티노이드", "펩타이드", "아데노신", "바쿠치올", "콜라겐")
TONES = ("감성적인", "트렌디한", "고급스러운", None)
ACIDS = re.compile("살리실|BHA|AHA|PHA|글루코노락톤")


def _body(pipeline: Pipeline, product, persona: int, stage: int, style: int, seed: int, tone=None) -> str | None:  # type: ignore[no-untyped-def]
    brief = Brief(channel="sms", scheduled_at=WINTER, persona=persona, brand=product.brand, product=product.name,
                  stage_index=stage, style_index=style, tone=tone, honorific="해요체", seed=seed)  # fmt: skip
    try:
        result = pipeline.run_one(brief)[0]
    except CrmError:
        return None
    return result.message.body if result.sms_to_lms else None


GENERIC = {"추출물", "오일", "발효", "여과물", "파우더", "유도체", "잎", "가수분해"}


def _heads(product, keep) -> list[str]:  # type: ignore[no-untyped-def]
    """The words (two syllables or more) that name the kept key ingredients ("가수분해 콜라겐" → 콜라겐)."""
    return [w for i in product.key_ingredients if keep(i) for w in i.split() if len(w) >= 2 and w not in GENERIC]


@pytest.mark.parametrize("stage", [0, 2, 3])
def test_a_luxury_reader_s_lms_names_an_ingredient_or_the_function(
    catalog: Catalog, facts_pipeline: Pipeline, stage: int
):
    """A luxury reader's SMS brief sent as LMS, for a skincare product whose catalog lists an ingredient beyond the
    bases any cream holds, names one of them or the registered function (the product's own name cut out)."""
    missed, seen = [], 0
    for i, product in enumerate(catalog.products):
        heads = _heads(product, lambda x: x not in BASES)
        if product.category in MAKE_UP or not heads:
            continue
        body = _body(facts_pipeline, product, LUXURY, stage, (i + stage) % 6, i)
        if body is None:
            continue
        seen += 1
        bare = body.replace(product.name, " ")
        if not any(h in bare for h in heads) and not re.search("기능성|연구해|세대|탄력|윤기", bare):
            missed.append(body)
    assert seen >= 40, seen
    assert not missed, missed


def test_a_natural_reader_s_lms_names_a_plant_ingredient(catalog: Catalog, facts_pipeline: Pipeline):
    """A natural reader's SMS brief sent as LMS, for a product whose catalog lists a plant-derived ingredient the
    name does not say, names one (or the origin) beside the product."""
    missed, seen = [], 0
    for i, product in enumerate(catalog.products):
        compact = product.name.replace(" ", "")
        heads = _heads(product, lambda x: bool(PLANTS.search(x)) and not any(a in x for a in LAB))
        heads = [h for h in heads if h not in compact]
        if not heads:
            continue
        for stage in (0, 3):
            body = _body(facts_pipeline, product, NATURAL, stage, (i + stage) % 6, i)
            if body is None:
                continue
            seen += 1
            bare = body.replace(product.name, " ")
            if not any(h in bare for h in heads) and not re.search("유래|제주|자연에서|에서 얻은|발효", bare):
                missed.append(body)
    assert seen >= 30, seen
    assert not missed, missed


def test_an_acid_pad_in_winter_says_how_to_begin(catalog: Catalog, facts_pipeline: Pipeline):
    """Reading 74, s2252 (코스알엑스 원스텝 오리지널 클리어 패드, luxury, activation, seasonal): every acid pad's SMS
    brief sent as LMS in winter to a reader choosing or starting it says to take it slowly on dry skin."""
    pads = [
        p for p in catalog.products if p.category == "패드" and ACIDS.search(" ".join((p.name, *p.key_ingredients)))
    ]
    bodies = [
        body
        for i, product in enumerate(pads)
        for persona in range(5)
        for stage in (0, 1)
        if (body := _body(facts_pipeline, product, persona, stage, 4, i + persona)) is not None
    ]
    assert len(bodies) >= 10, len(bodies)
    assert all(re.search("건조|횟수|간격|자극|예민|당김", b) for b in bodies), bodies


def test_a_close_on_the_season_says_no_today(catalog: Catalog, facts_pipeline: Pipeline):
    """A seasonal SMS brief's LMS whose close opens on the season ("이번 겨울, …") says no "오늘" in it (s2252:
    "이번 겨울, 첫 사용의 느낌을 오늘 직접 만나 보세요"), an evening's or a night's moment aside."""
    closes = []
    for i, product in enumerate(catalog.products):
        for persona in range(5):
            tone = TONES[(i + persona) % len(TONES)]
            body = _body(facts_pipeline, product, persona, (0, 1, 3)[(i + persona) % 3], 4, i, tone)
            if body is None:
                continue
            close = next(s for s in reversed(body.split("\n")) if s and not s.startswith(("▶", "무료")))
            if close.startswith("이번 겨울, "):
                closes.append(close)
    assert len(closes) >= 40, len(closes)
    assert not [c for c in closes if re.search(r"오늘(?:의)? (?!저녁|밤|아침|하루)", c)]


POUCH = "ev-rev-p2"  # 구매 금액별 파우치 증정


def test_a_close_says_the_moment_once_and_asks_for_no_unsaid_ingredient(catalog: Catalog, facts_pipeline: Pipeline):
    """Readings 72 and 75 (s9434: "'지금 이번' 중복"; s9187: "'성분과 구성을 살펴보고' … 언급한 '성분' 정보는 본문에
    없음"): SMS briefs sent as LMS never say "지금 이번 혜택", nor close on "성분과 구성을" after a text that names
    none of the product's key ingredients."""
    bodies = []
    for i, product in enumerate(catalog.products):
        for persona in range(5):
            tone = TONES[(i + persona) % len(TONES)]
            brief = Brief(channel="sms", scheduled_at=WINTER, persona=persona, brand=product.brand,
                          product=product.name, stage_index=3, style_index=(i + persona) % 6, tone=tone,
                          honorific="해요체", is_event=True, event_id=POUCH, seed=i)  # fmt: skip
            try:
                result = facts_pipeline.run_one(brief)[0]
            except CrmError:
                continue
            if result.sms_to_lms:
                bodies.append((product, result.message.body))
    assert len(bodies) >= 150, len(bodies)
    assert not [b for _, b in bodies if "지금 이번 혜택" in b]
    unsaid = []
    for product, body in bodies:
        close = next(s for s in reversed(body.split("\n")) if s and not s.startswith(("▶", "무료")))
        words = [w for i in product.key_ingredients for w in i.split() if len(w) >= 2 and w not in GENERIC]
        if "성분과 구성을" in close and not any(w in body.replace(close, " ") for w in words):
            unsaid.append(body)
    assert not unsaid, unsaid
