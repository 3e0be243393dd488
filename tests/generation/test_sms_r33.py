"""Round 33 (readings 76-81): an SMS brief's LMS asks what its stage asks and promises no end the event lacks.

- a referral asks to pass the product on, never to buy it ("발색이 예쁘다는 후기가 있어 새로 들여 보기 좋습니다",
  reading 80, s4958: "추천 단계인데 구매 권유 혼재"), and a sale asks plainly (s8012: "'요즘 새로 들여 보시면' 어색");
- no "혜택이 있는 동안"/"혜택이 있을 때" before an event whose detail names no end (s9433: "기한 암시");
- the eye cream's applicator is said as a tool ("마사지 팁" read as advice, s7604; the catalog's wording);
- a gift box holds the gift (ev-ref-p3: "친환경 종이 선물 상자에 담아 발송"), never goes "함께" beside it."""

from __future__ import annotations

import re
from datetime import datetime

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief, CampaignEvent
from crm_core.errors import CrmError
from crm_core.generation.composer.offers import offer_sentence
from crm_core.pipeline import Pipeline
from tests.generation.scripted import pipeline_with_reviews

WINTER = datetime(2026, 12, 10, 10, 0)
TREND = 3
REFERRAL, SALE = 4, 3
BUY = re.compile("들여 보|새로 들이|골라 보|구매해 보|주문해 보")
WHILE = re.compile("혜택이 있는 동안|혜택이 있을 때")
REVIEWS = (
    "발색이 정말 예뻐요.",
    "발색이 예뻐서 매일 손이 가요.",
    "흡수가 빨라서 좋아요.",
    "흡수가 빨라서 매일 손이 가요.",
)


def _sms_lms(pipeline: Pipeline, product, persona: int, stage: int, style: int, seed: int, **extra) -> str | None:  # type: ignore[no-untyped-def]
    brief = Brief(channel="sms", scheduled_at=WINTER, persona=persona, brand=product.brand, product=product.name,
                  stage_index=stage, style_index=style, seed=seed, **extra)  # fmt: skip
    try:
        result = pipeline.run_one(brief)[0]
    except CrmError:
        return None
    return result.message.body if result.sms_to_lms else None


def test_a_trend_referral_asks_to_share_never_to_buy(catalog: Catalog, settings: Settings):
    """A trend reader's referral text (SMS brief sent as LMS) with positive reviews to tell, over every product and
    both speech levels, holds no ask to buy or bring the product in: the review is said as talk among its users."""
    pipeline = pipeline_with_reviews(catalog, settings, *REVIEWS)
    bad, seen = [], 0
    for i, product in enumerate(catalog.products):
        tone, honorific = (("친근한", "합쇼체"), ("트렌디한", "해요체"))[i % 2]
        body = _sms_lms(pipeline, product, TREND, REFERRAL, 5, i, tone=tone, honorific=honorific)
        if body is None:
            continue
        seen += 1
        if BUY.search(body):
            bad.append(body)
    assert seen >= 40, seen
    assert not bad, bad[:5]


def test_the_reported_referral_says_the_review_as_talk(catalog: Catalog, settings: Settings):
    """s4958's brief: the tint's colour review is told as what its users say, and the close asks to share."""
    pipeline = pipeline_with_reviews(catalog, settings, *REVIEWS[:2])
    product = next(p for p in catalog.products if p.name == "꾸뛰르 립 틴트 벨벳 8.5g")
    for seed in range(3):
        body = _sms_lms(pipeline, product, TREND, REFERRAL, 5, seed, tone="친근한", honorific="합쇼체")
        assert body is not None
        assert "새로 들여" not in body, body
        assert "사이에서 발색이 예쁘다는 이야기가 이어집니다." in body, body


def test_a_sale_never_says_bring_it_in_lately(catalog: Catalog, facts_pipeline: Pipeline):
    """A sale's text (SMS brief sent as LMS) over every product, persona and the FOMO and trendy draws: never
    "요즘 새로 들여 보…" nor "…을 새로 들여 보…" in its close (s8012)."""
    bad, seen = [], 0
    for i, product in enumerate(catalog.products):
        for persona in range(5):
            body = _sms_lms(facts_pipeline, product, persona, SALE, 2, i * 5 + persona, tone="트렌디한",
                            honorific="합쇼체")  # fmt: skip
            if body is None:
                continue
            seen += 1
            if re.search("요즘 새로 들여|[을를] 새로 들여 보", body):
                bad.append(body)
    assert seen >= 200, seen
    assert not bad, bad[:5]


def test_no_offer_time_frame_the_event_lacks(catalog: Catalog, facts_pipeline: Pipeline):
    """A sale with the spend-based pouch and an activation with the first-order points, SMS briefs sent as LMS:
    neither event names an end, and no text says "혜택이 있는 동안/있을 때" (s9433)."""
    bad, seen = [], 0
    for i, product in enumerate(catalog.products):
        for stage, event_id, style in ((SALE, "ev-rev-p2", 4), (SALE, "ev-rev-p2", 2), (1, "ev-act-p3", 2)):
            body = _sms_lms(facts_pipeline, product, i % 5, stage, style, i, is_event=True, event_id=event_id,
                            honorific="해요체")  # fmt: skip
            if body is None:
                continue
            seen += 1
            if WHILE.search(body):
                bad.append(body)
    assert seen >= 100, seen
    assert not bad, bad[:5]


def test_the_eye_cream_s_applicator_is_said_as_one(catalog: Catalog, facts_pipeline: Pipeline):
    """s7604's brief: the eye cream's applicator is a tool ("마사지 도구"), never a "마사지 팁" read as advice."""
    product = next(p for p in catalog.products if p.name == "진설아이크림 20ml")
    said = 0
    for seed in range(4):
        body = _sms_lms(facts_pipeline, product, TREND, 2, 1, seed, tone="트렌디한", honorific="해요체")
        assert body is not None
        assert "마사지 팁" not in body, body
        said += "마사지 도구" in body
    assert said >= 1


def test_a_gift_box_holds_the_gift():
    """The eco gift-box event: the gift is packed in the box, as its detail says."""
    event = CampaignEvent(
        id="ev-ref-p3", stage=4, name="프리메라 친환경 선물 상자", is_promotion=True,
        detail="프리메라 제품을 선물하기로 주문하면 친환경 종이 선물 상자에 담아 발송",
        offer={"kind": "gift", "benefit": "친환경 종이 선물 상자",
               "condition": "프리메라 제품을 선물하기로 주문하시면"},
    )  # fmt: skip
    sentence = offer_sentence(event)
    assert sentence == "프리메라 제품을 선물하기로 주문하시면 친환경 종이 선물 상자에 담아 보내 드려요."
    pouch = event.model_copy(update={"offer": event.offer.model_copy(update={"benefit": "브랜드 파우치 1개"})})
    assert offer_sentence(pouch).endswith("브랜드 파우치 1개를 함께 보내 드려요.")


TANGLED = re.compile(
    "(?:지나치기|놓치기) 전에 (?:지금 )?(?:[^,.]*맞는지 보고|[^,.]*고민에 맞춰|간단한 문답|매장이나 온라인)"
)
HOUSE_RUN = re.compile(r"(?:^|\. |님, )[^.,]+ 브랜드 \S+의 [^.]*?(?:은|는|,) ")


def test_the_fomo_lead_stands_before_the_ask_it_hurries(catalog: Catalog, facts_pipeline: Pipeline):
    """Sales and acquisitions with the FOMO style and the consultation and skin-test events, SMS briefs
    sent as LMS: never "지나치기 전에 지금 나에게 맞는지 보고 …", "… 고민에 맞춰 …" nor "지나치기 전에 간단한 문답으로"
    (reading 81, s8247, s3016)."""
    bad, seen = [], 0
    for i, product in enumerate(catalog.products):
        events = ((SALE, "ev-rev-n2"), (0, "ev-acq-n1"), (0, "ev-acq-n3"))
        for stage, event_id in events:
            extra = {"is_event": True, "event_id": event_id}
            body = _sms_lms(facts_pipeline, product, i % 5, stage, 2, i, tone="트렌디한", honorific="합쇼체", **extra)
            if body is None:
                continue
            seen += 1
            if TANGLED.search(body):
                bad.append(body)
    assert seen >= 100, seen
    assert not bad, bad[:5]


def test_the_house_is_a_sentence_of_its_own(catalog: Catalog, facts_pipeline: Pipeline):
    """A luxury reader's SMS brief sent as LMS, for the houses whose story is a long clause (아이오페, 코스알엑스, 려),
    never says the house and the product's definition in one sentence ("… 브랜드 아이오페의 … 클렌저는 …", reading
    78, s7076, s4625: "브랜드 소개와 제품 설명을 한 문장에 몰아넣어 무겁고")."""
    bad, seen = [], 0
    houses = ("아이오페", "코스알엑스", "려")
    for i, product in enumerate(p for p in catalog.products if p.brand in houses):
        for stage in (0, 1, 3):
            body = _sms_lms(facts_pipeline, product, 0, stage, (i + stage) % 6, i, honorific="해요체")
            if body is None:
                continue
            seen += 1
            if HOUSE_RUN.search(body):
                bad.append(body)
    assert seen >= 30, seen
    assert not bad, bad[:5]


LABEL = re.compile("(?:주목할|눈에 띄는) 성분은")


def test_a_trend_reader_hears_the_finish_over_the_ingredient_label(catalog: Catalog, facts_pipeline: Pipeline):
    """Products whose catalog states a finish or texture ("…맑은 광이 돕니다", "…은은한 윤기가 남습니다", "촉촉한
    거품이 …"): a trend reader's SMS brief sent as LMS, at acquisition and sale, says no ingredient label in place of
    it (readings 76-81: "트렌드 고객 관점 없음")."""
    names = (
        "하이드로 리플렉팅 플루이드 140ml",
        "플로라 글로우 로즈 스무딩 크림 50ml",
        "함빛 극손상 영양케어 샴푸 400ml",
    )
    seen = 0
    for product in (p for p in catalog.products if p.name in names):
        for stage in (0, 3):
            for style in (1, 4):
                body = _sms_lms(facts_pipeline, product, TREND, stage, style, 26, tone="트렌디한", honorific="합쇼체")
                assert body is not None
                seen += 1
                assert not LABEL.search(body), body
    assert seen == 12


def test_the_live_broadcast_is_never_said_as_on_now(catalog: Catalog, facts_pipeline: Pipeline):
    """The live how-to broadcast, whose schedule comes with the alert (ev-act-n3): an activation's SMS brief sent as
    LMS never says "(지금) 라이브를 보며 그대로 따라 해 보세요" (reading 79, s2587: "일정 미정인데 '지금 라이브를
    보며'는 어긋남"); it asks for the alert or the announced schedule first."""
    bad, seen = [], 0
    for i, product in enumerate(catalog.products):
        body = _sms_lms(facts_pipeline, product, i % 5, 1, i % 6, i, is_event=True, event_id="ev-act-n3",
                        honorific=("해요체", "합쇼체")[i % 2])  # fmt: skip
        if body is None:
            continue
        seen += 1
        if "라이브를 보며" in body or not re.search("알림을 받아 두고|안내받은 일정에 맞춰|알림을 신청", body):
            bad.append(body)
    assert seen >= 40, seen
    assert not bad, bad[:5]


def test_the_first_use_close_asks_to_use_it(catalog: Catalog, facts_pipeline: Pipeline):
    """An activation's SMS brief sent as LMS in the emotional tone: never "첫 사용의 느낌을 (오늘) 직접 만나 보세요"
    (reading 80, s1721: "'첫 사용의 느낌을 만나 보세요' 어색")."""
    bad, seen = [], 0
    for i, product in enumerate(catalog.products):
        for style in (4, 5):
            body = _sms_lms(facts_pipeline, product, i % 5, 1, style, i, tone="감성적인", honorific="해요체")
            if body is None:
                continue
            seen += 1
            if re.search("첫 사용의 느낌을 (?:오늘 )?직접 만나", body):
                bad.append(body)
    assert seen >= 80, seen
    assert not bad, bad[:5]


def test_the_name_is_not_apposed_to_a_kind_it_says_again(catalog: Catalog, facts_pipeline: Pipeline):
    """Acquisitions and sales, SMS briefs sent as LMS: never "…수분 에멀전, 수분가득 콜라겐 에멀전을 소개해
    드립니다" where the name says a word of the apposed kind again (reading 78, s9835, s5591)."""
    bad, seen = [], 0
    for i, product in enumerate(catalog.products):
        name = re.sub(r" [\d.]+(?:ml|g|매|mL)$", "", product.name)
        for stage in (0, 3):
            body = _sms_lms(facts_pipeline, product, i % 5, stage, 1, i, tone="전문적인", honorific="합쇼체")
            if body is None:
                continue
            seen += 1
            found = re.search(rf"([^.,\n]+), {re.escape(name)}[을를] 소개해 드", body)
            if found and any(len(w) >= 2 and w in found.group(1).split() for w in name.split()):
                bad.append(body)
    assert seen >= 80, seen
    assert not bad, bad[:5]


def test_the_reassurance_is_the_reader_s_ease(catalog: Catalog, facts_pipeline: Pipeline):
    """A sensitive reader's SMS brief sent as LMS at 합쇼체: never "…제품이라 안심입니다" (reading 78, s4375: "'안심
    입니다'가 딱딱함")."""
    bad, seen = [], 0
    for i, product in enumerate(catalog.products):
        for stage in (0, 2, 4):
            body = _sms_lms(facts_pipeline, product, 1, stage, i % 6, i, tone="전문적인", honorific="합쇼체")
            if body is None:
                continue
            seen += 1
            if re.search("제품이라 안심(?:이에요|입니다)", body):
                bad.append(body)
    assert seen >= 120, seen
    assert not bad, bad[:5]
