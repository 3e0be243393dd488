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
