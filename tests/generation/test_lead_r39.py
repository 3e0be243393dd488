"""Round 39 (lead): the emotional line's ingredient is one a reader feels at ease for.

The long helper's MOMENT_HELD_LINE names an ingredient the message has not named where no selling point is left
("하루를 정돈하는 고요한 저녁, 콜레스테롤이 들어 있는 이 크림에는 마음 편히 손이 가요."): a lipid named like a lab
reagent, a base, a clay or a UV filter is no reason to reach for a product."""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from tests.generation.test_long_forms import _message

UNFELT = "콜레스테롤|카올린|알지네이트|글루코노락톤|젖산|글리세린|베타인|실리카|산화아연"
UNFELT_HELD = re.compile(f"(?:{UNFELT})[을를이가]? ?(?:담은|들어 있는) 이")
PRODUCTS = (("에스트라", "아토베리어365 크림 80ml"), ("이니스프리", "수퍼 화산송이 모공 마스크 100ml"))


def test_the_emotional_line_never_leans_on_an_ingredient_no_reader_feels(catalog: Catalog):
    """Emotional style, every persona, a new and a first-use reader, LMS and email: never an unfelt ingredient."""
    bodies = [
        _message(
            catalog,
            brand=brand,
            product=product,
            persona=persona,
            stage_index=stage,
            style_index=3,
            tone="고급스러운",
            channel=channel,
            honorific="해요체",
        ).body
        for brand, product in PRODUCTS
        for persona in range(5)
        for stage in (0, 1)
        for channel in ("lms", "email")
    ]
    assert len(bodies) == 40
    assert [body for body in bodies if UNFELT_HELD.search(body)] == []


SENSITIVE = 1
MILD_ACTIVE_PRODUCTS = (
    ("이니스프리", "수퍼 화산송이 모공 마스크 100ml"),
    ("이니스프리", "청보리 마일드 필링 토너 250ml"),
    ("이니스프리", "화산송이 모공 바하 클렌징폼 250g"),
)
CARE = re.compile("안심|처음엔|처음 며칠|작은 부위|순한|순하게|자극|테스트|민감|예민|진정|천천히|이틀에")


def test_a_push_title_that_speaks_to_sensitive_skin_is_kept_by_its_body(catalog: Catalog, settings):  # type: ignore[no-untyped-def]
    """Reading 97, s9903 (2.5): "제목은 예민 피부를 부르지만 본문에 순함·테스트·사용 주의가 없어 약속을 지키지 못함"
    ("예민하다면 알고 쓰는 이니스프리 팩" over a body of sebum and "놓치면 아쉬운 이 팩"). Over a new or first-use
    sensitive reader's pushes for products with a mild active, every style and two tones: a "예민하다면 …" title only
    over a body that says how to start or what is mild, and such titles are still written where the body keeps them."""
    from crm_core.domain import Brief
    from tests.generation.scripted import pipeline_with_reviews

    pipeline = pipeline_with_reviews(catalog, settings)
    pushes = [
        pipeline.run_one(
            Brief(
                persona=SENSITIVE,
                brand=brand,
                product=product,
                stage_index=stage,
                style_index=style,
                channel="push",
                tone=tone,
                honorific="해요체",
                emoji="playful",
                seed=seed,
            )
        )[0].message
        for brand, product in MILD_ACTIVE_PRODUCTS
        for stage in (0, 1)
        for style in range(6)
        for tone in ("친근한", "전문적인")
        for seed in (0, 1)
    ]
    promised = [(m.title, m.body) for m in pushes if "예민하다면" in m.title]
    assert len(pushes) == 144
    assert [(title, body) for title, body in promised if not CARE.search(body)] == []
    assert len(promised) >= 10
