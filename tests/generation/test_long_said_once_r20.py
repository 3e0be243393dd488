"""Readings 28-29's most common long-form complaint, repetition inside one message: the referral's two "…한마디가
…이 됩니다" sentences (s7520, s8621), "좋았던" in the hook and in the close, "만나 보기 … 만나게 돼요" (s7520), the
sunscreen said by the care tip and by the usage step (s5728), and the luxury opener that says the ingredient the name
says ("세라마이드 아토 수딩 젤에는 (이름 그대로) 세라마이드가", s3180, s4562)."""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.domain import Brief, EvidenceItem, Honorific, Tone
from crm_core.evidence import assemble_evidence
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import compose

REVIEWS = ("흡수가 빨라서 아침에 바르기 좋아요.", "촉촉함이 오래가서 재구매했어요.")
SENTENCE = re.compile(r"[^.?!\n]+[.?!]?")
LONG = ("email", "kakao_friendtalk", "lms")


def _request(catalog: Catalog, **spec) -> GenerationRequest:  # type: ignore[no-untyped-def]
    resolved = catalog.resolve(Brief(**spec))
    items = tuple(
        EvidenceItem(source_id=f"R{i}#s1", collection="reviews", text=t, score=0.9) for i, t in enumerate(REVIEWS)
    )
    return GenerationRequest(resolved, assemble_evidence(resolved, reviews=items), 0)


def _sentences(body: str, word: str) -> list[str]:
    return [s for s in SENTENCE.findall(body) if re.search(word, s)]


MEETING = "만나 보|만나 볼|만나게|만날 수"  # the product met, not a catalog fact ("물을 만나면 거품으로 바뀌는 오일")


def test_a_seasonal_referral_quotes_the_reader_once(catalog: Catalog):
    """s7520 (라네즈 크림스킨, LMS) and s8621 (아이오페 슈퍼바이탈 아이크림, KakaoTalk): "피부가 예민한 지인에게는
    ‘…’는 한마디가 안심되는 추천이 됩니다. 같은 겨울을 보내는 분께는 … 솔직한 한마디가 믿음직한 정보가
    됩니다" ("'한마디' 문장이 두 번 반복"; 94 of 3,600 long messages). The season is said of the quote, once."""
    products = [p for p in catalog.products if p.key_ingredients and p.category in ("크림", "에센스·세럼", "스킨·토너")]
    assert len(products) > 8
    quoted = 0
    for i, product in enumerate(products):
        for persona in (0, 1):
            request = _request(catalog, brand=product.brand, product=product.name, persona=persona, stage_index=4,
                               style_index=4, channel=LONG[i % 3], seed=i, is_event=False)  # fmt: skip
            body = compose(request)[0].body
            assert len(_sentences(body, "한마디")) <= 1, body
            quoted += "한마디" in body and "겨울" in body
    assert quoted > 5


def test_a_referral_says_what_was_liked_once(catalog: Catalog):
    """A referral's close asks for "좋았던 점": its hook, style line and FOMO line say it no second time (reading 28,
    s2766: "조립된 느낌"; 133 of 3,600 long messages said "좋았던" in two sentences)."""
    products = [p for p in catalog.products if p.category in ("크림", "에센스·세럼", "스킨·토너", "클렌저")][::2]
    assert len(products) > 8
    liked = 0
    for i, product in enumerate(products):
        for style in (0, 2, 3, 5):
            request = _request(catalog, brand=product.brand, product=product.name, persona=i % 5, stage_index=4,
                               style_index=style, channel=LONG[(i + style) % 3], seed=i, is_event=False)  # fmt: skip
            body = compose(request)[0].body
            assert len(_sentences(body, "좋았던")) <= 1, body
            liked += "좋았던" in body
    assert liked > 5


def test_a_first_try_is_met_in_one_sentence(catalog: Catalog):
    """Reading 29, s7520: "겨울에 쓰기 시작하는 이 크림, 첫 느낌부터 차근차근 만나 보기 좋아요. … 꺼내 쓰면 …부터 바로
    만나게 돼요" ("'만나' 반복"): the close asks to meet the product; the hook says what the first try shows in other
    words (138 of 3,600 long messages said "만나" in two sentences)."""
    products = [p for p in catalog.products if p.category in ("크림", "에센스·세럼", "클렌저", "로션·에멀젼")][::2]
    assert len(products) > 8
    for i, product in enumerate(products):
        for stage, style in ((0, 2), (0, 3), (1, 4), (0, 1)):
            request = _request(catalog, brand=product.brand, product=product.name, persona=(i + style) % 5,
                               stage_index=stage, style_index=style, channel=LONG[i % 3], seed=i, tone=Tone.emotional,
                               is_event=False)  # fmt: skip
            body = compose(request)[0].body
            assert len(_sentences(body, MEETING)) <= 1, body


def test_the_sunscreen_is_said_once(catalog: Catalog):
    """Reading 29, s5728 (에스트라 리제덤365 모공탄력 캡슐세럼, email): "레티노이드는 저녁에 바르고 낮에는
    자외선 차단제를 함께 챙기면 되고, … 낮에는 자외선 차단제를 함께 사용하면 됩니다" ("자외선 차단제 안내가 두 번
    반복"): the usage step says it, the care tip keeps its patch test."""
    products = [p for p in catalog.products if "자외선 차단제" in (p.usage or "")]
    assert len(products) >= 3
    patch = 0
    for i, product in enumerate(products):
        for stage in (1, 2, 3):
            for seed in range(3):
                request = _request(catalog, brand=product.brand, product=product.name, persona=1, stage_index=stage,
                                   style_index=(1, 2, 5)[seed], channel=LONG[seed], seed=seed + i,
                                   honorific=Honorific.hapsho)  # fmt: skip
                body = compose(request)[0].body
                assert len(_sentences(body, "자외선 차단제")) <= 1, body
                patch += "팔 안쪽" in body
    assert patch > 3


def test_the_luxury_opener_adds_what_the_name_does_not_say(catalog: Catalog):
    """Reading 28 (s3180: "성분부터 살펴보면, 세라마이드 아토 수딩 젤에는 세라마이드가 담겨 있습니다", s4562;
    "동어반복"), and its "이름 그대로 세라마이드" since: the signature the name says leads what the formula adds to it
    ("…토너는 프로폴리스 추출물에 꿀 추출물을 더했어요"); reading 11 wants the signature named, so it stays."""
    named = [p for p in catalog.products if len(p.key_ingredients) > 1 and p.key_ingredients[0].split()[0] in p.name]
    assert len(named) > 5
    opened = 0
    for i, product in enumerate(named):
        for stage in (0, 3):
            for seed in range(3):
                request = _request(catalog, brand=product.brand, product=product.name, persona=0, stage_index=stage,
                                   style_index=1, channel=LONG[seed], seed=seed + i)  # fmt: skip
                body = compose(request)[0].body
                assert not re.search(r"에는 이름 그대로", body), body
                # reading 32 has it said with what the product is ("…젤은 얼굴과 몸에 모두 쓰는 젤로, 세라마이드에 …")
                found = re.search(r"(?:은|는) (?:[^.,]+?로, )?([^.,]+?)에 ([^.,]+?)(?:을|를) 더(?:했|해)", body)
                if found:
                    opened += 1
                    assert found.group(1) == product.key_ingredients[0], body
                    assert not any(w in found.group(2).split() for w in product.name.split() if len(w) > 1), body
    assert opened > 5


FEEL = re.compile("제형|발리|흡수|촉촉|산뜻|가볍|가벼|끈적|부드럽|스며|쫀쫀|묽|밀착|보송|윤기|거품|녹아|녹는|터지")


def test_a_fomo_line_on_the_feel_follows_a_word_of_the_feel(catalog: Catalog):
    """Reading 28, s3180 (일리윤 세라마이드 아토 수딩 젤, email): "이 젤의 사용감, 모르고 지나치기엔 아깝습니다" in a
    body that never says how it feels ("사용감 설명 없이 '아깝다'고만 함"): a FOMO line points at what the message
    states.
    The products are those whose FOMO messages said so over copy-eval's grid (32 of 3,600 long messages)."""
    names = ("카밍 샷 아줄렌 선크림", "UV 쉴드 선 스틱", "흑운 모근강화 영양 샴푸", "루트젠 탈모증상케어 두피 에센스")
    products = [p for p in catalog.products if p.name.startswith(names)]
    assert len(products) == 4
    missed = 0
    for i, product in enumerate(products):
        for persona in range(5):
            request = _request(catalog, brand=product.brand, product=product.name, persona=persona, stage_index=0,
                               style_index=2, channel=LONG[(i + persona) % 3], seed=i + persona,
                               honorific=Honorific.hapsho)  # fmt: skip
            body = compose(request)[0].body
            sentences = SENTENCE.findall(body)
            # round 34: "…지나치기엔 아깝습니다" written otherwise (s2044); the FOMO line still points at a stated feel
            missed += any("놓치기 쉽" in s for s in sentences)
            told = [s for s in sentences if "의 사용감은 직접 써 보지 않으면" in s]
            assert all(any(FEEL.search(s) for s in sentences if s not in told) for _ in told), body
    assert missed > 5


def test_an_email_is_written_in_paragraphs_not_one_line_fragments(catalog: Catalog):
    """Reading 28, s3180: an email of four one-sentence paragraphs ("짧은 문장을 이어 붙인 느낌", "문단이 끊긴 조각
    나열"; 329 of 1,200 emails had three or more). A sentence of what the product is or how it feels joins the
    paragraph before it; what to do and what the offer is stay together; the close stays alone."""
    request = _request(catalog, brand="일리윤", product="세라마이드 아토 집중 크림 200ml", persona=0, stage_index=3,
                       style_index=2, channel="email", tone=Tone.friendly, honorific=Honorific.hapsho,
                       event_id="ev-rev-n2", is_event=True, seed=0)  # fmt: skip
    body = compose(request)[0].body
    paragraphs = [p for p in body.split("\n\n") if p]
    assert len(paragraphs) <= 3, body
    assert paragraphs[-1].endswith(("좋겠습니다.", "바랍니다.", "보십시오.")), body
    products = [p for p in catalog.products if p.usage][::3]
    assert len(products) > 10
    fragmented = 0
    for i, product in enumerate(products):
        for stage in (0, 1, 2, 3):
            request = _request(catalog, brand=product.brand, product=product.name, persona=i % 5, stage_index=stage,
                               style_index=(i + stage) % 6, channel="email", seed=i)  # fmt: skip
            body = compose(request)[0].body
            paragraphs = [p for p in body.split("\n\n") if p]
            fragmented += sum(len(SENTENCE.findall(p)) == 1 for p in paragraphs) >= 3
    assert fragmented <= len(products) // 10, fragmented
