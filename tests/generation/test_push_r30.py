"""Round 30 (readings 57-60: 26 of 106 pushes rated 3): the wordings the readers quoted never come back, and a
natural reader's push that had room only for a list of what the product holds says where its plant ingredient
comes from."""

from __future__ import annotations

import itertools
import re

from crm_core.catalog import Catalog
from crm_core.domain import Brief, Honorific
from crm_core.errors import CrmError
from crm_core.pipeline import Pipeline

QUOTED = {
    "아껴 두지만 말고": "s3450, s9589, s3365: '아껴 두지만 말고'가 소유 전제",
    "빠뜨리지 말고": "s3580, s3545: '빠뜨리지 말고'가 훈계조",
    "혜택은 놓치지 말고 건넬 분": "s1633: 마지막 문장 어색",
    "친해지기 좋은": "s4965, s8381: '친해지기 좋은' 수식 어색",
    "이번 시즌에도 손이 가는": "s4127, s9404: 상투구",
    "테스트가 있": "s3832, s3507: 제목 '…테스트가 있습니다' 어색",
    "천천히 시작해 보라고 권하": "s9404: 공유 유도 단계에 '천천히 시작하라고 권하라'",
    "알뜰히 쓰게": "s9016: '매일 쓰는 만큼 알뜰히 쓰게 돼요' 논리 어색",
    "피부까지 갖췄": "s1839: '…피부까지 갖췄' 어색",
}
HELD_TWICE = re.compile(r"(?:담았|담은 ).*(?:담았|담은 )")  # s3545: "'담았어요/담은' 반복"


def _push(pipeline: Pipeline, **kw):  # type: ignore[no-untyped-def]
    return pipeline.run_one(Brief(channel="push", **kw))[0].message


def test_no_push_says_a_wording_readings_57_60_quoted(facts_pipeline: Pipeline, catalog: Catalog):
    said = []
    products = catalog.products[::5]
    for i, (product, stage, style) in enumerate(itertools.product(products, range(5), range(6))):
        event = [e for e in catalog.events if e.stage == stage][i % 3] if i % 2 else None
        brief = dict(
            brand=product.brand, product=product.name, persona=i % 5, stage_index=stage, style_index=style,
            honorific=Honorific.hapsho if i % 3 else Honorific.haeyo, seed=i,
        )  # fmt: skip
        if event is not None:
            brief |= {"is_event": True, "event_id": event.id}
        try:
            m = _push(facts_pipeline, **brief)
        except CrmError:  # an event out of this product's scope
            continue
        text = f"{m.title}\n{m.body}"
        said.append(text)
        assert not [q for q in QUOTED if q in text], (text, [QUOTED[q] for q in QUOTED if q in text])
        assert not HELD_TWICE.search(m.body), m.body
    assert len(said) > 600, len(said)


def test_a_dignified_try_to_an_activation_reader_leads_with_the_curiosity(facts_pipeline: Pipeline):
    """s3450 (럭셔리 애호가, 활성화, 놓침 방지형): "아껴 두지만 말고 직접 한 번 써 보세요" said to a reader who has
    not got it. Readings 62-65 (s5988: "궁금하셨다면 늦지 않게" to a reader with the product in hand, "'늦지 않게'가
    막연함"): the first use is what they would miss."""
    body = _push(
        facts_pipeline, brand="아이오페", product="슈퍼바이탈 소프너 150ml", persona=0, stage_index=1, style_index=2,
        tone="친근한", honorific=Honorific.haeyo,
    ).body  # fmt: skip
    # readings 94-95 (s3365, s7121: "'첫 사용감을 놓치지 말고' 어색"): the product is what they would miss
    assert "놓치면 아쉬운 이 " in body, body
    assert "궁금하셨" not in body, body


def test_a_gift_offer_with_fomo_asks_before_the_moment_passes(facts_pipeline: Pipeline):
    """s1633 (가성비 추구, 추천, 트렌디한, FOMO, 선물 포장 서비스): "혜택은 놓치지 말고 건넬 분을 떠올리며 골라 보시면
    좋겠습니다" read awkward."""
    body = _push(
        facts_pipeline, brand="마몽드", product="오리지널 레시피 허니 모델링팩 66g", persona=2, stage_index=4,
        style_index=2, tone="트렌디한", honorific=Honorific.hapsho, is_event=True, event_id="ev-ref-p1",
    ).body  # fmt: skip
    assert "늦지 않게 건넬 분을 떠올리며" in body, body


def test_a_natural_readers_tight_event_push_says_where_its_plant_ingredient_comes_from(facts_pipeline: Pipeline):
    """s6803, s4669 ("자연 유래 관심사와 연결되지 않음", "성분 나열 위주로 내추럴 고객 관점 약함"): a natural reader's
    event push with room for one product line only ("녹차 추출물·아미노산을 담은 그린티 아미노 수분 클렌징폼, 첫
    주문하시면 …") says the plant ingredient's origin."""
    bodies = [
        _push(
            facts_pipeline, brand="이니스프리", product="그린티 아미노 수분 클렌징폼 150g", persona=4, stage_index=0,
            style_index=0, honorific=honorific, is_event=True, event_id="ev-acq-p2",
        ).body
        for honorific in Honorific
    ]  # fmt: skip
    assert all("녹차 추출물처럼 자연에서 얻은 원료" in body for body in bodies), bodies
