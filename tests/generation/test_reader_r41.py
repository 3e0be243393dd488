"""Round 41 (readings 98-101): customer fit is the lowest sub-score.

- A trend reader's own line on a feature (fit.trend_fits: "처음 쓸 때부터 …이 기분 좋게 느껴져요") was dropped as said
  wherever the hook had stated the same feature plainly ("…을 좋아하는 분이라면 …이 마음에 들 거예요"): the reader's
  line wins, the hook gives way (plan._reader_wins).
- The toned talk lines read as a copywriter's ("이야기가 다정하게 오가요" was awkward, s7650, s6628).
- A pack ("뾰족한 팁이 달린 작은 튜브") is no season's fact (s8036); a lip colour's referral never says
  "‘성분표부터 같이 보자’" (s4157).
"""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief
from crm_core.generation.composer import fit
from tests.generation.scripted import pipeline_with_reviews

LONG = ("kakao_friendtalk", "lms", "email")
SENSITIVE, TREND, NATURAL = 1, 3, 4
SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
TREND_WORD = re.compile("재미|새로|기분 좋|눈에 들어|처음 써|처음 쓸")


def _bodies(pipeline, persona: int, brand: str, product: str, stages, styles=range(6)):  # type: ignore[no-untyped-def]
    for stage in stages:
        for channel in LONG:
            for style in styles:
                for honorific in ("해요체", "합쇼체"):
                    brief = Brief(persona=persona, brand=brand, product=product, stage_index=stage,
                                  style_index=style, channel=channel, honorific=honorific, seed=style)  # fmt: skip
                    yield (stage, channel, style, honorific), pipeline.run_one(brief)[0].message.body


def test_a_trend_reader_hears_the_serums_texture_in_their_own_words(catalog: Catalog, settings: Settings):
    """라네즈 워터뱅크 블루 히알루로닉 세럼 to a trend reader still choosing (stages 0 and 3), every long channel and
    level, each style but the FOMO ones (whose hook keeps what would be missed): the texture the catalog names is
    said in a sentence with this reader's word (the fun of trying it, how good it feels), never only as the hook's
    plain "…을 좋아하는 분이라면 …이 마음에 들 거예요"."""
    pipeline = pipeline_with_reviews(catalog, settings)
    texture = "물처럼 가벼운 제형"
    misses = []
    for key, body in _bodies(pipeline, TREND, "라네즈", "워터뱅크 블루 히알루로닉 세럼 50ml", (0, 3), (0, 1, 3, 4)):
        if not any(texture in s and TREND_WORD.search(s) for s in SENTENCE.findall(body)):
            misses.append((key, body))
    assert misses == []


def test_the_emotional_and_luxurious_talk_lines_read_as_copy():
    """What users talk about (fit.TREND_REVIEW) in the emotional and the luxurious tone: good news one hears, told
    quietly; never "이야기가 다정하게 오가요" (s7650, s6628: "어색") nor "조용히 이어져요"."""
    talked = fit.Fit("review", "써 본 분들 사이에서는 흡수가 빠르다는 이야기가 먼저 나와요.", "", "흡수가 빠르다는")
    emotional = fit.toned((talked,), "감성적인", "skin")[0].line
    luxurious = fit.toned((talked,), "고급스러운", "skin")[0].line
    assert emotional == "써 본 분들 사이에서는 흡수가 빠르다는 이야기가 반갑게 들려와요."
    assert luxurious == "써 본 분들 사이에서는 흡수가 빠르다는 이야기가 잔잔히 전해져요."


def test_a_spot_ampoules_tip_is_no_reason_for_the_season(catalog: Catalog, settings: Settings):
    """s8036 (라네즈 래디언씨 비타민 스팟 앰플, seasonal style: "겨울에도 뾰족한 팁이 달린 튜브라 … 연결이 어색"): at
    every stage, long channel and level, no sentence ties the season to the tip the ampoule comes with."""
    pipeline = pipeline_with_reviews(catalog, settings)
    bodies = _bodies(pipeline, NATURAL, "라네즈", "래디언씨 비타민 스팟 앰플 10g", (0, 1, 2, 3), (4,))
    tied = [
        (key, s)
        for key, body in bodies
        for s in SENTENCE.findall(body)
        if "겨울" in s and re.search("팁이라|튜브라", s)
    ]
    assert tied == []


def test_a_sensitive_referral_of_a_tint_names_no_label_check(catalog: Catalog, settings: Settings):
    """s4157 (에뛰드 픽싱 틴트, a sensitive reader's referral: "틴트 추천에 '성분표부터 같이 보자'는 억지스러움"):
    every long channel, style and level, the friend is told what one who tried it says, not to read the label."""
    pipeline = pipeline_with_reviews(catalog, settings)
    for key, body in _bodies(pipeline, SENSITIVE, "에뛰드", "픽싱 틴트 4g", (4,)):
        assert "성분표부터 같이 보자" not in body, (key, body)
