"""Round 35, the lead's read of readings 88-89: lines readers stopped at, each said plainly now.

- the natural reader's origin from the brand's story compared the ingredient with the story's other examples
  ("아줄렌도 장미·동백처럼 꽃과 식물에서 얻은 원료예요", s2689, s6448: "비교가 어색하고 근거가 모호함");
- the FOMO line with nothing to name ("사용감은 직접 써 보지 않으면 놓치기 쉬운 부분이에요", s4270: "'놓치기 쉬운
  부분'이 어색");
- a renewed line's generation said again after its name (s1253), and a wish to try it told to one who has it (s8546)."""

from __future__ import annotations

from crm_core.catalog import Catalog
from crm_core.domain import Brief, Honorific
from crm_core.evidence import assemble_evidence
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import compose

LONG_CHANNELS = ("kakao_friendtalk", "lms", "email")
FOMO = 2
STAGES = (0, 3, 4)


def _bodies(catalog: Catalog, **spec) -> list[str]:  # type: ignore[no-untyped-def]
    resolved = catalog.resolve(Brief(**spec))
    return [c.body for c in compose(GenerationRequest(resolved, assemble_evidence(resolved), 0))]


def test_the_fomo_line_with_nothing_to_name_says_what_trying_it_gives(catalog: Catalog):
    """Every product, FOMO style, the first use, a sale and a referral, in both speech levels: never the awkward
    "놓치기 쉬운 부분"; the plain line ("이 크림의 사용감, 직접 느껴 볼 기회를 놓치기엔 아까워요") is said instead."""
    plain = 0
    for i, product in enumerate(catalog.products):
        for stage in STAGES:
            honorific = (Honorific.haeyo, Honorific.hapsho)[(i + stage) % 2]
            for body in _bodies(catalog, brand=product.brand, product=product.name, persona=i % 5, stage_index=stage,
                                style_index=FOMO, channel=LONG_CHANNELS[(i + stage) % 3], honorific=honorific,
                                is_event=False, seed=i):  # fmt: skip
                assert "놓치기 쉬운 부분" not in body, body
                plain += "직접 느껴 볼 기회를 놓치기엔" in body
    assert plain >= 5


def test_a_natural_reader_hears_the_house_s_origin_with_no_comparison(catalog: Catalog):
    """마몽드's story lists 장미, 동백, 아줄렌 as raw materials from flowers and plants: the 아줄렌 toner's natural
    reader hears the house say so, never "아줄렌도 장미·동백처럼 …", on every long channel and both speech levels."""
    for channel in LONG_CHANNELS:
        for honorific in Honorific:
            bodies = _bodies(catalog, brand="마몽드", product="카밍 샷 아줄렌 토너 300ml", persona=4, stage_index=3,
                             style_index=1, channel=channel, honorific=honorific, is_event=False, seed=0)  # fmt: skip
            assert any("마몽드는 아줄렌처럼 꽃과 식물에서 얻은 원료를 담" in b for b in bodies), bodies
            assert not any("장미·동백처럼" in b for b in bodies), bodies


def test_a_renewed_line_s_generations_are_counted_in_words_never_restating_the_name(catalog: Catalog):
    """Reading 89, s1253 ("'6세대까지 이어 온 라인입니다'가 툭 끊기고"): after the name "윤조에센스 6세대" the luxury
    reader hears what the generations did to the line, in words, on push and the long channels alike."""
    heard = 0
    for channel in ("push", *LONG_CHANNELS):
        for stage in STAGES:
            for body in _bodies(catalog, brand="설화수", product="윤조에센스 6세대 90ml", persona=0, stage_index=stage,
                                style_index=4, channel=channel, honorific=Honorific.hapsho, is_event=False,
                                seed=stage):  # fmt: skip
                assert "6세대까지" not in body, body
                heard += "여섯 세대에 걸쳐 다듬어 온 라인" in body
    assert heard >= 6


def test_a_trend_reader_who_has_the_renewed_line_hears_the_fact_not_a_wish_to_try_it(catalog: Catalog):
    """Reading 88, s8546 ("이미 들인 제품에 '써 보고 싶어져요'가 어색함"): past the first purchase the trend reader
    hears that the line was renewed over generations, never that it makes one want to try it."""
    heard = 0
    for stage in (1, 2, 3):
        for seed in range(4):
            for body in _bodies(catalog, brand="설화수", product="윤조에센스 6세대 90ml", persona=3, stage_index=stage,
                                style_index=1, channel=LONG_CHANNELS[seed % 3], tone="친근한",
                                honorific=Honorific.haeyo, is_event=False, seed=seed):  # fmt: skip
                assert "써 보고 싶어져요" not in body, body
                heard += "세대를 거듭해 새로 다듬어 온 라인이에요" in body
    assert heard >= 1
