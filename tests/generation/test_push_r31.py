"""Round 31 (readings 62-65: 18 of 86 pushes rated 3.0-3.5): the reader's own interest in a two-sentence push, a
referral push that says why it is worth passing on, and no vague hurry for a luxury or a sensitive reader.

    PYTHONPATH=. python bench/push_persona_clause_check.py --n 1500
"""

from __future__ import annotations

import itertools
import re

from crm_core.catalog import Catalog
from crm_core.domain import Brief, Honorific, Tone
from crm_core.pipeline import Pipeline

SENTENCE = re.compile(r"(?<=[.!?])\s+")
EMOJI = re.compile(r"[^\w\s.,!?·#{}%+/()~'\-]")


def _push(pipeline: Pipeline, **kw):  # type: ignore[no-untyped-def]
    base = dict(channel="push", seed=0, honorific=Honorific.haeyo)
    return pipeline.run_one(Brief(**(base | kw)))[0].message


def _sentences(body: str) -> list[str]:
    return [s.strip() for s in SENTENCE.split(EMOJI.sub("", body)) if s.strip()]


def test_a_luxury_readers_activation_push_names_an_ingredient_and_what_they_would_miss(facts_pipeline: Pipeline):
    """s5988 (럭셔리 애호가, 활성화, 친근한, FOMO): "인리치드 바디 오일 투 폼 클렌저는 오일에서 거품으로 바뀌는 바디
    제품이에요. 궁금하셨다면 늦지 않게 직접 한 번 써 보세요." — "성분 근거를 찾는 럭셔리 고객에게 줄 정보가 없음";
    s1450 (라네즈 토너, the same brief): "'늦지 않게'가 막연함". The catalog's ingredients are said, and the FOMO
    names the first use the reader has in hand, not a curiosity."""
    for product, ingredient in (
        ("인리치드 바디 오일 투 폼 클렌저 200ml", "해바라기씨 오일"),
        ("워터뱅크 블루 히알루로닉 에센스 토너 중·건성용 160ml", "히알루론산"),
    ):
        brand = "프리메라" if "바디" in product else "라네즈"
        for seed in range(3):
            body = _push(
                facts_pipeline, brand=brand, product=product, persona=0, stage_index=1, style_index=2,
                tone=Tone.friendly, seed=seed,
            ).body  # fmt: skip
            assert ingredient in body, body
            assert "놓치면 아쉬운 이 " in body, body  # readings 94-95: not "첫 사용감을 놓치지 말고"
            assert "궁금하셨" not in body, body
            assert "늦지 않게" not in body, body


def test_a_luxury_or_sensitive_reader_is_never_hurried_and_an_owner_never_asked_if_curious(
    facts_pipeline: Pipeline, catalog: Catalog
):
    """s9225 (민감성 피부, 활성화): "더 미루지 말고 직접 한 번 써 보세요" — "민감성 고객에게 재촉으로 읽힘"; s1450:
    "'늦지 않게'가 막연함" (a gift's "늦지 않게 … 골라 보세요" is its moment, not a hurry); s5988: "궁금하셨다면" to a
    reader at activation, who has the product in hand."""
    said = 0
    for product, persona, stage, tone in itertools.product(
        catalog.products[::4], range(5), range(5), (None, Tone.friendly, Tone.luxurious)
    ):
        body = _push(
            facts_pipeline, brand=product.brand, product=product.name, persona=persona, stage_index=stage,
            style_index=2, tone=tone,
        ).body  # fmt: skip
        said += 1
        if stage == 1:
            assert "궁금하셨다면" not in body, body
        if persona in (0, 1) or tone == Tone.luxurious:
            assert "미루지 말고" not in body, body
            assert not re.search(r"늦지 않게(?![^.!?]*(?:선물|건넬|건네|골라|전해))", body), body
    assert said > 1000, said


def test_a_referral_push_says_why_its_ingredients_are_worth_passing_on(facts_pipeline: Pipeline):
    """s7657 (내추럴 뷰티, 추천, 고급스러운, 감성, 함께 쓰는 루틴 콘텐츠): "오래 함께한 원스텝 오리지널 클리어 패드는
    버드나무껍질 추출물·베타인살리실레이트를 담았습니다. 함께 쓰기 좋은 루틴을 모아 두었으니, 따뜻한 마음을 담아
    가족·친구에게 공유해 보십시오." — "성분 나열 뒤 공유 권유로 급히 넘어감": the held line says on into why it is
    worth passing on."""
    for seed in range(3):
        body = _push(
            facts_pipeline, brand="코스알엑스", product="원스텝 오리지널 클리어 패드 70매", persona=4,
            stage_index=4, style_index=3, tone=Tone.luxurious, honorific=Honorific.hapsho, is_event=True,
            event_id="ev-ref-n3", seed=seed,
        ).body  # fmt: skip
        said = _sentences(body)
        assert "공유" in said[-1], body
        assert not re.search(r"(?:담았습니다|들어 있습니다)\.$", said[-2]), body
        assert re.search("권하기 좋|건네기 좋", body), body
