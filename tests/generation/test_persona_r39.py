"""Round 39: the luxury reader of a product with no anti-ageing fact hears a trusted ingredient with what it does.

Readings 94-95 (customer fit lowest, 3.68 / 3.52): s1684 에뛰드 순정 2x 베리어 보습 크림, "탄력·근거를 찾는 고객에게
순한 보습만 말해 각도가 어긋남" ("성분표에서 세라마이드를 확인할 수 있습니다" named it, said nothing of it); s5310 헤라
하이드로-듀 플럼핑 워터 드롭, "럭셔리 고객이 볼 근거나 성분 없음"; s7938 에뛰드 순정 약산성 5.5 진정 토너, "근거 성분을
보는 고객에게 줄 정보가 약산성 하나뿐". The role is an ordinary cosmetic one, said only where the catalog states the
same job of the product (facts.TRUSTED_ROLES), and never an anti-ageing promise.
"""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.generation.composer.fit import fits
from crm_core.generation.composer.reader import product_kind
from tests.generation.scripted import pipeline_with_reviews
from tests.generation.test_persona_r32 import _bodies, _facts

LUXURY = 0
SENTENCE = re.compile(r"[^.!?\n]+")


def _said_with(body: str, ingredient: str, role: str) -> bool:
    """Whether one sentence of the body names the ingredient and what it does."""
    return any(ingredient in s and role in s for s in SENTENCE.findall(body))


def test_a_luxury_reader_of_a_ceramide_cream_hears_what_ceramide_does(catalog: Catalog, settings: Settings):
    """s1684's cream, a new reader and one choosing (stages 0 and 3), every long channel, style and level: ceramide
    is named with its role in one sentence, and no anti-ageing word is said of a cream the catalog gives none."""
    pipeline = pipeline_with_reviews(catalog, settings)
    bodies = list(_bodies(pipeline, LUXURY, "에뛰드", "순정 2x 베리어 보습 크림 60ml", (0, 3)))
    assert len(bodies) == 72
    missing = [(key, body) for key, body in bodies if not _said_with(body, "세라마이드", "피부 장벽을 이루는")]
    assert missing == []
    assert not [body for _, body in bodies if re.search("탄력|주름|안티에이징", body)]


# Round 40: s5310's essence (히알루론산, 판테놀, 글리세린: moisture helpers only) hears no role of a helper alone:
# reading 97 scored that line 3 (s4180, "근거 … 미반영"), and it displaced the catalog's claim and the style's hook
# (test_sms_r27, test_long_r36); a helper's role is said beside the product's own ingredient (test_lux_r40).


def test_the_role_is_said_only_where_the_catalog_states_that_job(catalog: Catalog):
    """The calming toner of s7938 hears 마데카소사이드 as a calming ingredient (its catalog says 진정); a propolis gel
    cream whose catalog never says 수분, 보습 or 촉촉 hears no "수분을 머금는" of its 히알루론산."""
    toner = _facts(catalog, "순정 약산성 5.5 진정 토너 350ml", "luxury")
    said = [f.line for f in fits("luxury", toner, product_kind(toner, toner.name), (), False, "", "에뛰드", "")]
    assert any("마데카소사이드" in line and "진정" in line for line in said), said
    pack = _facts(catalog, "풀핏 프로폴리스 라이트 크림 65ml", "luxury")
    assert "히알루론산" in pack.ingredients
    lines = [
        f"{f.line} {f.short}"
        for f in fits("luxury", pack, product_kind(pack, pack.name), (), False, "", "코스알엑스", "")
    ]
    assert not [line for line in lines if "수분을 머금는" in line]


def test_a_luxury_readers_story_keeps_the_trusted_ingredient(catalog: Catalog):
    """오가니언스 에멀젼 lists 새싹 추출물, 세라마이드, 호호바 오일: the luxury reader's two named ingredients are the
    sprout and the ceramide (its role backed by "보습 에멀젼"), not the jojoba oil; a natural reader keeps the
    plants."""
    assert _facts(catalog, "오가니언스 에멀젼 150ml", "luxury").ingredients == ("새싹 추출물", "세라마이드")
    assert "호호바 오일" in _facts(catalog, "오가니언스 에멀젼 150ml", "natural").ingredients
