"""Round 35 (readings 84-87): the persona's own interest from the catalog, the reader's line as a copywriter says it.

- A registered function is never said as what one active does ("펩타이드를 담아 … 주름 개선에 도움을 주는 기능성";
  reading 85, s7777: "주름 개선 기능성을 펩타이드에 붙인 근거 확인 필요"): the catalog registers it for the product.
- A trend reader of a sunscreen hears how it sits with make-up (reading 84, s2749: "트렌드 팔로워의 메이크업·사진
  각도가 빠짐"), even where a plain selling point restates the catalog's claim.
- A luxury reader of 프리메라's 새싹 emulsion hears the house whose raw material it holds (readings 84-87, s7187 /
  s6363: "안티에이징 근거를 찾는 럭셔리 고객에게 줄 포인트가 부족").
- A natural reader of a product with no plant, origin or stated mildness hears its quick-soaking texture as comfort
  (reading 86, s4105 PDRN 카페인샷: "자연 유래·환경 관점이 없음").
- Wording the readers named: "후기를 정성껏 남겨 주셨어요" (s6537), "계산하면 …원꼴", "요즘도 편하게" (s5882),
  "쓸 때마다 아침저녁 …" (s7178), "안심하고 고를 수 있어 마음이 편해요" (s7139).
"""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.generation.composer import fit
from crm_core.generation.composer.reader import product_kind
from tests.generation.scripted import pipeline_with_reviews
from tests.generation.test_persona_r32 import _bodies, _facts

LUXURY, TREND = 0, 3
READERS = ("luxury", "budget", "trend", "natural", "sensitive")
TIED = re.compile(
    r"([가-힣A-Za-z0-9]+)(?:을|를) 담(?:아|은,?) [^.]{0,30}?(?:도움을 주는|개선|미백|완화)[^.]{0,20}기능성"
)
NAMED_ODD = re.compile("정성껏 남겨|계산하면|요즘도|안심하고 고를 수 있어 마음이 편")
TIMED_AFTER = re.compile("(?:쓸 때마다|처음 쓸 때부터|바르는 순간|바른 얼굴에서는) (?:아침저녁|아침|저녁|밤|매일)")
SAIDS = ("", "요즘 루틴에 새로운 재미가 필요하신가요?", "매일의 관리에도 정성을 들이고 계신가요?")
TONES = ("감성적인", "고급스러운", "트렌디한", "친근한")


def _every_fit(catalog: Catalog):  # type: ignore[no-untyped-def]
    """Every reader's candidates for every catalog product, stage, variant and hook, with their toned forms."""
    brands = {b.name: b for b in catalog.brands}
    for product in catalog.products:
        brand = brands[product.brand]
        for reader in READERS:
            facts = _facts(catalog, product.name, reader)
            kind = product_kind(facts, product.name)
            for stage in range(5):
                for variant in range(3):
                    for said in SAIDS:
                        found = fit.fits(
                            reader, facts, kind, (), True, said, brand.name, brand.story or "", variant, stage
                        )
                        yield product, reader, found
                        for tone in TONES:
                            for new in (True, False):
                                yield product, reader, fit.toned(found, tone, kind, variant, False, new)


def test_no_registered_function_is_said_as_what_one_active_does(catalog: Catalog):
    claims = {p.name: " ".join((*p.claims, *p.selling_points)) for p in catalog.products}
    tied = []
    for product, _, found in _every_fit(catalog):
        for f in found:
            for text in (f.line, f.short):
                m = TIED.search(text)
                if m and not re.search(re.escape(m.group(1)) + r"[^.]*기능성", claims[product.name]):
                    tied.append((product.name, text))
    assert tied == []


def test_no_line_says_what_the_readers_named_odd(catalog: Catalog):
    odd = [(p.name, f.line) for p, _, found in _every_fit(catalog) for f in found if NAMED_ODD.search(f.line)]
    odd += [(p.name, f.line) for p, _, found in _every_fit(catalog) for f in found if TIMED_AFTER.search(f.line)]
    assert odd == []
    assert not [line for line in fit.every_fit_line() if NAMED_ODD.search(line)]


def test_a_function_and_an_active_are_two_facts(catalog: Catalog):
    facts = _facts(catalog, "퍼펙트리뉴 3X 에멀젼 어드밴스드 130ml", "luxury")
    found = fit.luxury_fits(facts, (), "skin", "")
    function = next(f for f in found if f.kind == "function")
    assert function.line == "피부 주름 개선에 도움을 주는 기능성 화장품이고, 성분표에서 레티놀도 확인할 수 있어요."
    assert function.short == "피부 주름 개선 기능성 화장품이에요."


def test_a_trend_reader_of_a_sunscreen_hears_the_make_up_claim(catalog: Catalog, settings: Settings):
    """워터뱅크 UV 베리어 선크림, stages 0 and 3, every long channel, style and level."""
    pipeline = pipeline_with_reviews(catalog, settings)
    product = "워터뱅크 UV 베리어 선크림 SPF50+/PA++++ 50ml"
    bodies = list(_bodies(pipeline, TREND, "라네즈", product, (0, 3)))
    assert len(bodies) == 72
    missing = [(key, body) for key, body in bodies if "메이크업 전에도 쓰기 좋" not in body]
    assert missing == []


def test_a_luxury_reader_of_a_sprout_emulsion_hears_the_house_of_sprouts(catalog: Catalog, settings: Settings):
    """프리메라 오가니언스 에멀젼, stages 0 and 3 (a user hears no house introduced), every long channel. Round 39:
    or the trusted ingredient it holds with what it does ("세라마이드는 피부 장벽을 이루는 성분", fit.luxury_role_fit),
    the evidence readings 94-95 asked for; never neither."""
    pipeline = pipeline_with_reviews(catalog, settings)
    bodies = list(_bodies(pipeline, LUXURY, "프리메라", "오가니언스 에멀젼 150ml", (0, 3)))
    trust = ("씨앗과 새싹이 품은 생명력에 주목하는", "피부 장벽을 이루는")
    missing = [(key, body) for key, body in bodies if not any(t in body for t in trust)]
    assert missing == []


def test_a_natural_reader_hears_comfort_where_the_catalog_names_no_plant(catalog: Catalog):
    brands = {b.name: b for b in catalog.brands}
    product = next(p for p in catalog.products if p.name == "PDRN 카페인샷 30ml")
    facts = _facts(catalog, product.name, "natural")
    story = brands[product.brand].story or ""
    found = fit.fits("natural", facts, product_kind(facts, product.name), (), False, "", product.brand, story, 0, 0)
    said = {
        f"묽은 세럼 같은 제형이 빠르게 흡수되어 {tail}"
        for tail in ("매일 써도 편안해요.", "오래 써도 편안한 사용감이에요.")
    }
    assert len(found) == 1
    assert found[0].line in said


def test_a_retinoid_is_no_everyday_comfort(catalog: Catalog):
    """리제덤365 캡슐세럼's "…가볍게 흡수됩니다" is never said to a natural reader as everyday ease."""
    facts = _facts(catalog, "리제덤365 모공탄력 캡슐세럼 30ml", "natural")
    assert fit._absorbed(facts, "", 0) == []
