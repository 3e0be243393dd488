"""Readings 53-56 (round 28) on the long forms: stock lines readers named.

- a texture given as the reason to fear missing out: "…은은한 윤기라, 써 보지 않고 넘기기엔 아까워요" (s3724: "'윤기라,
  넘기기엔 아까워요' 연결 어색"), "…로션 제형만큼은 놓치기 아깝습니다" (s7074), 173 of 3,600 long messages;
- "새 {kind}을 쓰는 시간이 하루의 작은 즐거움으로 남아요" (s2208, s4324, s9338: "상투적"), 132 of 3,600;
- two sentences on "…게 돼요" ("겨울에는 이번에 들인 클렌저부터 빠짐없이 챙기게 돼요. … 바로 만나게 돼요", s4111:
  "'~게 돼요' 반복"), 18 of 3,600.
"""

from __future__ import annotations

import itertools
import re
from datetime import datetime

from crm_core.catalog import Catalog
from crm_core.errors import CrmError
from crm_core.generation.composer import compose
from tests.generation.test_long_forms import LONG_CHANNELS
from tests.generation.test_long_written import _request, _sentences

TEXTURE_FOMO = re.compile(r"(?:라|만큼은),? (?:써 보지 않고 )?(?:넘기기|놓치기)(?:엔)? 아(?:깝|까)")
WINTER = datetime(2030, 1, 15, 10)


def _bodies(catalog: Catalog, **spec) -> list[str]:  # type: ignore[no-untyped-def]
    out = []
    for (i, product), channel, honorific in itertools.product(
        enumerate(catalog.products), LONG_CHANNELS, ("해요체", "합쇼체")
    ):
        brief = dict(brand=product.brand, product=product.name, persona=i % 5, channel=channel,
                     honorific=honorific, seed=i, is_event=False) | spec  # fmt: skip
        try:
            out.append(compose(_request(catalog, brief))[0].body)
        except CrmError:
            continue
    return out


def test_a_fomo_hook_gives_a_reason_to_try_the_feel_not_the_feel_as_the_loss(catalog: Catalog):
    bodies = _bodies(catalog, stage_index=0, style_index=2)
    assert not [b for b in bodies if TEXTURE_FOMO.search(b)], [b for b in bodies if TEXTURE_FOMO.search(b)][:3]
    # the feature as the product's point, then the product as what would be missed (readings 66-69: the causal "직접
    # 써 봐야 … 알 수 있어서" read as 어색 in every reading)
    point = r"(?:매력|눈여겨볼 건 [^.]+|돋보)(?:이에요|예요|입니다|여요)\. "
    reasoned = [b for b in bodies if re.search(point + r"[^\n]*아직 써 보지 않으셨다면", b)]
    assert len(reasoned) >= len(bodies) // 4, len(reasoned)


def test_a_first_use_feeling_line_is_not_the_stock_small_joy(catalog: Catalog):
    bodies = _bodies(catalog, stage_index=1, style_index=3)
    assert not [b for b in bodies if "작은 즐거움" in b]
    # round 30 (readings 57-60: "'친해지는 며칠은 … 설레요' 어색"): what the first days hold, said plainly
    assert not [b for b in bodies if "친해지는 며칠은" in b]
    # round 33 (readings 77-79: "'기다려져요' 문장이 어색", "상투구"): the few minutes taken at ease
    assert not [b for b in bodies if "기다려" in b]
    # round 38 (readings 92-93, s4138: "새 선크림을 쓰는 짧은 순간만큼은 여유 있게 즐겨 보기 좋아요" a "군더더기"): the
    # few minutes are said of the product's own feel
    assert not [b for b in bodies if "여유 있게 즐겨" in b]
    assert [b for b in bodies if re.search("덕분에 새 \\S+ 쓰는 (?:짧은 순간|몇 분)이 한결 편안", b)]
    # under 합쇼체 the feeling is said at its level ("…한결 편안합니다"), never "편안해요"
    assert not [b for b in bodies if "한결 편안해요" in b and "습니다" in b]


def test_a_first_use_season_message_says_ge_dwaeyo_once(catalog: Catalog):
    bodies = _bodies(catalog, stage_index=1, style_index=4, scheduled_at=WINTER)
    twice = [b for b in bodies if sum(bool(re.search("게 (?:돼요|됩니다)", s)) for s in _sentences(b)) >= 2]
    assert not twice, twice[:3]
    assert not [b for b in bodies if "빠짐없이 챙기게" in b]


def test_a_first_use_season_line_never_ties_the_product_to_a_clause_with_a_genitive(catalog: Catalog):
    """Reading 58, s5924 (2.0): "겨울에 새로 들인 이 앰플의 피곤해 보이는 날 더하는 생기를 직접 확인해 보세요" ("첫 문장
    '앰플의 … 생기를' 비문"): the line reads "겨울에 새로 들인 앰플이라면 …"."""
    bodies = _bodies(catalog, stage_index=1, style_index=4, scheduled_at=WINTER)
    assert not [b for b in bodies if re.search(r"새로 들인 이 \S+의 ", b)]
    assert [b for b in bodies if re.search(r"새로 들인 \S+(?:이)?라면 ", b)]
