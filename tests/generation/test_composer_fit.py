"""The composer's copy fits the reader, the stage and the product the way a marketer expects:
cautions where a sensitive reader meets strong actives, openers and buttons that fit the stage
and the event, one statement of what the product is, no stock phrases that fit no product."""

from __future__ import annotations

import re

import pytest

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief, EvidenceItem, Tone
from crm_core.evidence import assemble_evidence
from crm_core.factory import build_guard
from crm_core.generation.template import TemplateGenerator
from crm_core.pipeline import Pipeline
from crm_core.scores import Scorer

NIACINAMIDE_15 = dict(brand="코스알엑스", product="더 나이아신아마이드 15 세럼 20ml")
VITAMIN_C = dict(brand="아이오페", product="비타민C 엑스퍼트 25% 토닝 앰플")
MILD_CREAM = dict(brand="에스트라", product="아토베리어365 크림 80ml")
CREAM = dict(brand="이니스프리", product="그린티 씨드 히알루론산 크림")
LONG_CHANNELS = ("kakao_friendtalk", "lms", "email")
SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
# A sentence that says what the product is: "… 수분 크림이에요/입니다."
DEFINITION = re.compile(
    r"(크림|세럼|에센스|앰플|토너|로션|에멀젼|미스트|선크림|쿠션|팩|마스크|패드|클렌저|폼|오일|젤|밤|립스틱|틴트|샴푸)"
    r"(이에요|예요|입니다)\.$"
)


class PraiseOnly:
    """Evidence with one plain review sentence."""

    def evidence(self, resolved):  # type: ignore[no-untyped-def]
        review = EvidenceItem(source_id="R1#s1", collection="reviews", text="흡수가 빨라서 좋아요.", score=0.9)
        return assemble_evidence(resolved, reviews=(review,))


@pytest.fixture()
def pipeline(catalog: Catalog, settings: Settings) -> Pipeline:
    return Pipeline(catalog, PraiseOnly(), TemplateGenerator(), build_guard(catalog, settings), Scorer(), settings)


def run(pipeline: Pipeline, **kw):  # type: ignore[no-untyped-def]
    base = dict(persona=1, stage_index=0, style_index=1, channel="kakao_friendtalk", **CREAM)
    return pipeline.run_one(Brief(**(base | kw)))[0]


@pytest.mark.parametrize(
    ("product", "active"),
    [(VITAMIN_C, "고농도 비타민C"), (NIACINAMIDE_15, "고농도 나이아신아마이드")],  # the latter strong at 15 %
)
@pytest.mark.parametrize("channel", ["push", *LONG_CHANNELS])
def test_a_sensitive_reader_offered_strong_actives_is_told_to_patch_test(
    pipeline: Pipeline, channel: str, product: dict[str, str], active: str
):
    for stage in range(5):
        for style in (0, 3):
            result = run(pipeline, channel=channel, stage_index=stage, style_index=style, is_event=True, **product)
            body = result.message.body
            # calm care from the catalog's usage (reading 15): a patch test, night use and sunscreen, a day off
            assert active in body and re.search("팔 안쪽|자외선 차단제|쉬어 가", body), body
            assert "들어 있으니" not in body, body  # never worded as a warning
            assert "순한 사용감" not in body, body  # care, never a promise of mildness
            assert result.verdict != "block", result.findings


def test_no_patch_test_line_where_the_reader_or_the_product_does_not_call_for_one(pipeline: Pipeline):
    for channel in ("push", *LONG_CHANNELS):
        assert "팔 안쪽" not in run(pipeline, channel=channel, persona=3, **VITAMIN_C).message.body
        assert "팔 안쪽" not in run(pipeline, channel=channel, persona=1, **MILD_CREAM).message.body


FIRST_MEETING = (
    "처음 만나",
    "한번 만나 보",
    "시작하기 좋은 날",
    "눈여겨볼",
    "소개해 드릴",
    "핵심만 정리",
    "루틴을 조금 바꿔",
    "모르고 지나치면",
)


@pytest.mark.parametrize("stage", [2, 4])
def test_a_reader_who_already_uses_the_product_never_gets_a_first_meeting(pipeline: Pipeline, stage: int):
    for style in range(6):
        for tone in (None, *Tone):
            for channel in ("push", "kakao_friendtalk", "email"):
                message = run(pipeline, stage_index=stage, style_index=style, tone=tone, channel=channel).message
                text = f"{message.title}\n{message.body}"
                assert not [p for p in FIRST_MEETING if p in text], text


def test_first_meetings_still_open_as_first_meetings(pipeline: Pipeline):
    acquisition = {run(pipeline, stage_index=0, style_index=s, tone=Tone.friendly).message.body for s in range(6)}
    assert any("한번 만나 보" in b or "소개해 드릴" in b for b in acquisition)


def test_the_button_asks_for_what_the_close_asks_for(pipeline: Pipeline):
    recommend = run(pipeline, stage_index=4, tone=Tone.expert)
    assert recommend.message.cta == "추천 전하기" and "추천해 보" in recommend.message.body
    friend = run(pipeline, stage_index=4, tone=Tone.friendly)
    assert friend.message.cta == "친구에게 알려주기" and "알려 주세요" in friend.message.body
    refill = run(pipeline, stage_index=2, tone=Tone.friendly)
    assert refill.message.cta == "다시 채워두기" and "챙겨 두면" in refill.message.body


def test_an_event_gets_the_button_that_leads_to_it(pipeline: Pipeline):
    sample_gift = run(pipeline, stage_index=4, tone=Tone.expert, event_id="ev-ref-p2", channel="email")
    assert sample_gift.message.cta == "선물하기"
    assert "후기로 남겨" not in sample_gift.message.body and "건네 보세요" in sample_gift.message.body
    reviews = run(pipeline, stage_index=4, tone=Tone.trendy, event_id="ev-ref-n1", channel="email")
    assert reviews.message.cta == "후기 남기기" and "후기로 남겨" in reviews.message.body
    consult = run(pipeline, stage_index=3, event_id="ev-rev-n2")  # the consultation is the one ask (reading 13)
    assert consult.message.cta == "상담 신청하기" and "상담을 신청해" in consult.message.body
    story = run(pipeline, stage_index=0, event_id="ev-acq-n2", tone=Tone.expert)
    assert story.message.cta == "이야기 읽어보기"
    for event_id in ("ev-acq-p1", "ev-acq-n3"):  # a coupon or a consultation is no story and no review
        cta = run(pipeline, stage_index=0, event_id=event_id, tone=Tone.expert).message.cta
        assert cta not in ("후기 살펴보기", "이야기 읽어보기", "성분 살펴보기"), (event_id, cta)


def test_a_push_with_an_event_names_the_product_and_the_whole_offer(pipeline: Pipeline):
    for persona in range(5):
        body = run(pipeline, channel="push", persona=persona, stage_index=2, event_id="ev-ret-p2").message.body
        assert "그린티 씨드 히알루론산 크림" in body
        assert "구매 금액의 3% 뷰티포인트가 적립돼요." in body, body


def test_each_persona_gets_its_own_push(pipeline: Pipeline, catalog: Catalog):
    for product in catalog.products[::15]:
        bodies = {
            run(pipeline, channel="push", persona=p, brand=product.brand, product=product.name).message.body
            for p in range(5)
        }
        assert len(bodies) == 5, (product.name, bodies)


def test_a_message_says_what_the_product_is_once(pipeline: Pipeline, catalog: Catalog):
    for product in catalog.products[::3]:
        for channel in LONG_CHANNELS:
            for persona in (0, 2, 4):
                body = run(
                    pipeline, channel=channel, persona=persona, brand=product.brand, product=product.name
                ).message
                definitions = [s for s in SENTENCE.split(body.body) if DEFINITION.search(s.strip())]
                assert len(definitions) <= 1, (product.name, definitions)


STOCK = (
    "정성을 담은",
    "까지 갖췄",
    "새 얼굴",
    "바로 이 ",
    "손길에 어울",
    "곁에 두고 쓰기 좋은 한 가지",
    "곁에 두세요. 나를",
)


def test_no_stock_phrase_that_fits_no_product(pipeline: Pipeline, catalog: Catalog):
    for i, product in enumerate(catalog.products[::4]):
        for tone in (None, *Tone):
            message = run(
                pipeline, tone=tone, brand=product.brand, product=product.name, persona=i % 5, stage_index=i % 5
            ).message
            assert not [p for p in STOCK if p in message.body], message.body


def test_a_product_worn_by_day_gets_no_evening_scene(pipeline: Pipeline, catalog: Catalog):
    daytime = [p for p in catalog.products if p.category in ("선크림", "쿠션·베이스")][:6]
    for product in daytime:
        for style in range(6):
            for tone in (None, Tone.friendly, Tone.emotional):
                body = run(
                    pipeline, persona=0, style_index=style, tone=tone, stage_index=1, brand=product.brand,
                    product=product.name,
                ).message.body  # fmt: skip
                assert "저녁" not in body, body


def test_hair_care_speaks_of_the_scalp(pipeline: Pipeline, catalog: Catalog):
    shampoo = next(p for p in catalog.products if p.category == "헤어")
    bodies = [
        run(pipeline, style_index=4, stage_index=0, seed=seed, brand=shampoo.brand, product=shampoo.name).message.body
        for seed in range(12)
    ]
    assert not [b for b in bodies if re.search("(?<!두)피부", b)]  # the scalp, never the skin
    assert any("두피" in b for b in bodies)


def test_a_name_only_product_is_named_not_defined_by_itself(pipeline: Pipeline):
    name = "뽀오얀 미소 발효 립&아이 리무버"
    for persona, tone in enumerate((None, *Tone)):
        result = run(
            pipeline, brand="에뛰드", product=name, stage_index=1, tone=tone, persona=persona % 5,
            unknown_products="name_only",
        )  # fmt: skip
        body = result.message.body
        assert name in body
        assert f"{name}은 {name}" not in body and f"{name}, {name}" not in body, body


FOMO_WORDS = re.compile("아쉬운|아까운|아까워|아깝|놓치|지나치")


def _fomo_sentences(body: str) -> int:
    return sum(bool(FOMO_WORDS.search(s)) for s in SENTENCE.split(body))


@pytest.mark.parametrize("seed", range(4))
def test_fomo_is_said_once_what_the_reader_would_miss(pipeline: Pipeline, seed: int):
    with_offer = run(pipeline, style_index=2, stage_index=0, event_id="ev-acq-p1", seed=seed).message.body
    assert "10% 할인 쿠폰 1장을 드려요." in with_offer
    assert _fomo_sentences(with_offer) == 1, with_offer
    without = run(pipeline, style_index=2, stage_index=0, channel="lms", seed=seed).message.body
    assert _fomo_sentences(without) == 1, without
