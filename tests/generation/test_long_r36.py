"""Round 36's long-copy rules (KakaoTalk, LMS, email; readings 88-89, notes rated 3.0-3.5): what the product is said
before what a reader would miss, no word in a third sentence, and the seams readers quoted (the referral's FOMO line,
the season's twisted opener, the next step's product named with no relation, a first order's how-to, the house's
formula parted). Counted over the grid by bench/long_r36_check.py."""

from __future__ import annotations

import re
from datetime import datetime

from crm_core.catalog import Catalog
from crm_core.domain import Brief, Honorific, Tone
from crm_core.evidence import assemble_evidence
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import compose
from crm_core.generation.composer.forms import _KIND_NOUNS

LONG_CHANNELS = ("kakao_friendtalk", "lms", "email")
HONORIFICS = (Honorific.haeyo, Honorific.hapsho)
TONES = (None, *Tone)
WINTER = datetime(2026, 12, 10, 10, 0)
FOMO, SEASON = 2, 4
KINDS = "|".join(sorted(_KIND_NOUNS, key=len, reverse=True))
# what the product is, said after the FOMO hook's missing-out line (s6859: "제품 정의가 마지막")
DEFINED_AFTER_MISSED = re.compile(
    rf"아직 써 보지 않으셨다면 [^.]*(?:아까워요|아깝습니다|볼 만해요|볼 만합니다)\.[^\n]*?"
    rf"(?:(?:{KINDS})(?:이에요|예요|입니다)\.|(?:{KINDS})(?:으로|로), )"
)
# "워터 슬리핑 마스크는 자는 동안 수분을 채우는 팩으로, 베개에 잘 묻어나지 않는 말랑한 제형이 돋보여요."
# (round 41: a luxury reader's role line may stand between the definition and the missing-out line: "…세럼으로,
# … 제형이 돋보입니다. 이름에 담긴 히알루론산은 수분을 머금는 성분으로, … 아직 써 보지 않으셨다면")
LED = re.compile(
    rf"[은는] [^.,]+(?:{KINDS})(?:으로|로), [^.]+ 돋보(?:여요|입니다)\. (?:[^.]+ 성분[^.]+\. )?아직 써 보지 않으셨다면"
)
SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def _body(catalog: Catalog, **spec) -> str:  # type: ignore[no-untyped-def]
    resolved = catalog.resolve(Brief(**spec))
    return compose(GenerationRequest(resolved, assemble_evidence(resolved), 0))[0].body


def test_the_fomo_hook_says_what_the_product_is_before_what_would_be_missed(catalog: Catalog):
    """Readings 88-89, s6859 ("제품 설명 문장이 FOMO 문장 뒤에 뒤늦게 붙어 흐름이 어색"), s2348 and s4248 ("'놓치기
    아깝습니다' 뒤 문장 순서"): every product, the FOMO style to a reader still choosing, each long channel, both speech
    levels: the missing-out line never comes before the definition, and a bare definition leads the opener ("…는
    …팩으로, …제형이 돋보여요")."""
    led = 0
    for i, product in enumerate(catalog.products):
        for stage in (0, 3):
            for channel in LONG_CHANNELS:
                body = _body(catalog, brand=product.brand, product=product.name, persona=(i + stage) % 5,
                             stage_index=stage, style_index=FOMO, channel=channel, tone=TONES[i % 6],
                             honorific=HONORIFICS[(i + stage) % 2], is_event=False, seed=i)  # fmt: skip
                assert not DEFINED_AFTER_MISSED.search(body), body
                led += bool(LED.search(body))
    assert led >= 20


def test_a_referral_s_fomo_line_says_what_a_friend_would_miss_plainly(catalog: Catalog):
    """Reading 89, s4921 ("'말해 주지 않으면 모르고 지나치기 쉽다' 문장이 어색함"): every product, a referral in the
    FOMO style: never that frame, never "놓치기 아깝" at a house that talks no price (설화수, 헤라), and the style's
    missing-out word kept ("…아직 모르는 분이라면 놓치지 않았으면 하는 이야기예요")."""
    wished = 0
    for i, product in enumerate(catalog.products):
        for channel in LONG_CHANNELS:
            body = _body(catalog, brand=product.brand, product=product.name, persona=i % 5, stage_index=4,
                         style_index=FOMO, channel=channel, tone=TONES[i % 6], honorific=HONORIFICS[i % 2],
                         is_event=False, seed=i)  # fmt: skip
            assert "말해 주지 않으면" not in body, body
            assert not (product.brand in ("설화수", "헤라") and "놓치기 아깝" in body), body
            wished += "놓치지 않았으면 하는 이야기" in body
    assert wished >= 10


def test_a_season_the_fact_does_not_answer_opens_on_no_twisted_ask(catalog: Catalog):
    """Reading 89, s6747 ("겨울에는 살리실산 데일리 젠틀 클렌저, 피지를 씻어 내는 부드러운 거품을 직접 확인해 보세요",
    "첫 문장이 어색"): every product, the seasonal style in winter: never "겨울에는 {name}, …을 직접 확인해 보세요"
    (nor its genitive), and a fact the winter does not ask for is said of any season ("겨울에도 …은 …이 돋보여요")."""
    twisted = re.compile(r"겨울에는 [^.]+?(?:, |의 )[^.]+ 직접 확인해 보(?:세요|십시오)\.")
    any_season = 0
    for i, product in enumerate(catalog.products):
        for stage in (0, 3):
            for channel in LONG_CHANNELS:
                body = _body(catalog, brand=product.brand, product=product.name, persona=(i + stage) % 5,
                             stage_index=stage, style_index=SEASON, channel=channel, tone=TONES[i % 6],
                             honorific=HONORIFICS[i % 2], is_event=False, seed=i, scheduled_at=WINTER)  # fmt: skip
                assert not twisted.search(body), body
                any_season += bool(re.search(r"겨울에도 [^.]+ 돋보(?:여요|입니다)\.", body))
    assert any_season >= 10


def test_the_next_step_s_product_is_said_with_how_it_relates(catalog: Catalog):
    """Reading 89, s6747 ("근거 없이 다음 제품을 특정함", "다음 단계 제품이 브리프 밖임"): a next-step guide names the
    catalog's next product as the line's ("같은 라인의 …") or the house's ("코스알엑스의 …"), never bare."""
    named = 0
    guided = [p for p in catalog.products if catalog.next_in_routine(p) is not None]
    for i, product in enumerate(guided):
        for channel in LONG_CHANNELS:
            body = _body(catalog, brand=product.brand, product=product.name, persona=i % 5, stage_index=3,
                         style_index=i % 6, channel=channel, tone=TONES[i % 6], honorific=HONORIFICS[i % 2],
                         is_event=True, event_id="ev-rev-n1", seed=i)  # fmt: skip
            found = re.search(r"다음 단계로는 (\S+)", body)
            named += bool(found)
            assert not found or found.group(1) in ("같은", f"{product.brand}의"), body
    assert named >= 20


def test_a_first_order_reader_hears_how_to_use_it_once_it_comes(catalog: Catalog):
    """Reading 89, s8022 ("첫 주문 혜택과 이미 받은 제품 사용법이 한 메시지에서 엇갈림", "'아래 쓰는 법을 먼저' 표현이
    어색"): the first-use stage with a first-order offer, every product and style: never the first-use FOMO hook of a
    product in hand nor "처음 쓰실 때는", and the how-to said for when it comes ("받으신 뒤에는 …")."""
    after_it_comes = 0
    for i, product in enumerate(catalog.products):
        for style in (FOMO, (i % 6)):
            for channel in LONG_CHANNELS:
                body = _body(catalog, brand=product.brand, product=product.name, persona=i % 5, stage_index=1,
                             style_index=style, channel=channel, tone=TONES[i % 6], honorific=HONORIFICS[i % 2],
                             is_event=True, event_id="ev-act-p3", seed=i)  # fmt: skip
                assert "아래 쓰는 법" not in body, body
                assert "처음 쓰실 때는" not in body, body
                after_it_comes += "받으신 뒤에는" in body
    assert after_it_comes >= 40


def test_no_foam_said_in_a_third_sentence(catalog: Catalog):
    """Reading 88, s5471 (에스트라 버블클렌저, a referral: "…부드러운 거품이라 꾸준히 이어 쓰기 좋습니다. 문지르지 않고
    노폐물을 감싸는 거품입니다.", "'거품' 설명이 세 번 반복되고 문장이 끊겨"): a second point on the foam a proof named
    gives way; and an email's filler claim never says the foam a third time beside the hook and the usage step
    ("몽글몽글한 거품의 부드러운 세안 … 몽글몽글한 거품이 부드럽게 씻어 내고 … 거품을 낸 뒤"). Every reader, tone and
    speech level of the two cleansers readers and the grid met."""
    for product in ("아토베리어365 버블클렌저 150ml", "순정 약산성 5.5 폼 클렌저 150ml"):
        brand = catalog.product_by_name(product).brand if hasattr(catalog, "product_by_name") else None
        brand = brand or next(p.brand for p in catalog.products if p.name == product)
        for persona in range(5):
            for stage in (0, 3, 4):
                for i, tone in enumerate(TONES):
                    body = _body(catalog, brand=brand, product=product, persona=persona, stage_index=stage,
                                 style_index=(persona + i) % 6, channel=("kakao_friendtalk", "email")[i % 2],
                                 tone=tone, honorific=HONORIFICS[(persona + i) % 2], is_event=False,
                                 seed=i)  # fmt: skip
                    said = [s for s in SENTENCE.findall(body) if "거품" in s]
                    assert len(said) <= 2, body


def test_the_house_s_formula_stays_one_sentence(catalog: Catalog):
    """Reading 87, s4331 ("…이니스프리가 만들었습니다. 이 크림에는 녹차 추출물을 담았습니다.", "성분 문장이 끊겨
    어색"): a luxury reader's house line and the formula it goes on to are said as the house that made it with it."""
    parted = re.compile(r"만들었(?:어요|습니다)\. 이 [가-힣]+에는 [^.]+ 담았(?:어요|습니다)\.")
    joined = 0
    for i, product in enumerate(catalog.products):
        for stage in (0, 1, 3):
            for channel in LONG_CHANNELS:
                body = _body(catalog, brand=product.brand, product=product.name, persona=0, stage_index=stage,
                             style_index=(i + stage) % 6, channel=channel, tone=TONES[(i + stage) % 6],
                             honorific=HONORIFICS[i % 2], is_event=False, seed=i)  # fmt: skip
                assert not parted.search(body), body
                joined += bool(re.search(r"[가-힣]+(?:이|가) [^.]+(?:을|를) (?:담아|넣어) 만들었", body))
    assert joined >= 3
