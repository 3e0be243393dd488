"""Nothing said twice inside one message (blind reading 16: "'써 보고 좋았던' 반복", "'천천히' 반복", "'미리 챙겨
두기' 반복", "'권할 때' 반복", "녹차 성분 반복", "'약산성 클렌저는 약산성 클렌저' 동어반복", "'보습 유액, 자음유액
EX예요' 도입 어색"): the sentences forms.py lays side by side share no telling stem it can word otherwise, and
what the product is is never said with the name's own words."""

from __future__ import annotations

import itertools
import re

import pytest

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief, EvidenceItem
from crm_core.errors import CrmError
from crm_core.evidence import assemble_evidence
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import compose
from crm_core.generation.composer.forms import said_once_each
from crm_core.generation.template import short_product_name
from tests.generation.scripted import pipeline_with_reviews
from tests.generation.test_long_forms import long_spec

REVIEWS = ("흡수가 빨라서 아침에 바르기 좋아요.", "촉촉함이 오래가서 재구매했어요.")
CHANNELS = ("sms", "lms", "push", "kakao_friendtalk", "email")
SENTENCE = re.compile(r"[^.?!\n]+[.?!]?")
# Adverbs a message says once: a second one is left out (the catalog's own usage step aside, which is
# never reworded, so its "충분히 … 충분히 헹구" is not counted here).
ONCE_ADVERBS = ("천천히", "꼼꼼히", "한결", "미리")
# Phrases a reader marked when said twice, each with the wording that stands for it.
ONCE_PHRASES = {"써 보고 좋았던": "써 보고 좋았던", "챙겨 두": "챙겨 두", "권할 때 함께": "권할 때 함께"}


@pytest.fixture(scope="module")
def messages(catalog: Catalog) -> list[tuple[Brief, object, object]]:
    """(brief, product, first form) for briefs over the catalog's products on every channel, stage, persona,
    style, tone and speech level, half with an event."""
    products = list(catalog.products)
    out = []
    for i in range(200):
        product = products[(i * 7) % len(products)]
        brief = Brief(**long_spec(product, i, channel=CHANNELS[(i // 25) % 5]))
        try:
            resolved = catalog.resolve(brief)
        except CrmError:  # a brief the catalog refuses (no event fits): no message to read
            continue
        items = tuple(
            EvidenceItem(source_id=f"R{n}#s1", collection="reviews", text=t, score=0.9) for n, t in enumerate(REVIEWS)
        )
        request = GenerationRequest(resolved, assemble_evidence(resolved, reviews=items), 0)
        out.append((brief, resolved.product, compose(request)[0]))
    return out


def _usage_free(body: str, product) -> str:  # type: ignore[no-untyped-def]
    """The body without the sentence that gives the catalog's usage step (said as the catalog says it)."""
    usage = (product.usage or "")[:8]
    return " ".join(s for s in SENTENCE.findall(body) if not (usage and usage in s))


def test_the_grid_covers_every_channel_stage_and_persona(messages):  # type: ignore[no-untyped-def]
    assert {b.channel.value for b, _, _ in messages} == set(CHANNELS)
    assert {b.stage_index for b, _, _ in messages} == set(range(5))
    assert {b.persona for b, _, _ in messages} == set(range(5))


def test_a_spare_adverb_is_said_once(messages):  # type: ignore[no-untyped-def]
    """ "새 제품은 며칠 동안 천천히 손에 익혀 … 첫 사용감을 천천히 살펴보면" (s1811): the second one goes."""
    for _, product, message in messages:
        body = _usage_free(message.body, product)
        for adverb in ONCE_ADVERBS:
            assert body.count(adverb + " ") <= 1, (adverb, message.body)


def test_a_marked_phrase_is_said_once(messages):  # type: ignore[no-untyped-def]
    """ "써 보고 좋았던 이 패드 … 써 보고 좋았던 점을" (s2766), "챙겨 두면 … 챙겨 두세요" (s5860)."""
    for _, _, message in messages:
        text = f"{message.title}\n{message.body}"
        for phrase in ONCE_PHRASES:
            assert text.count(phrase) <= 1, (phrase, text)


def test_what_the_product_is_never_repeats_the_name(messages):  # type: ignore[no-untyped-def]
    """ "순정 약산성 5.5 폼 클렌저는 약산성 데일리 클렌저" (s5139) and "보습 유액, 자음유액 EX예요" (s6040): the
    sentence naming the product says what it is in words other than the name's (its kind and an ingredient
    the name carries aside: that is how a definition is said)."""
    checked = 0
    for _, product, message in messages:
        name = short_product_name(product.name)
        kinds = {
            "크림",
            "토너",
            "세럼",
            "에센스",
            "앰플",
            "클렌저",
            "오일",
            "미스트",
            "패드",
            "샴푸",
            "로션",
            "마스크",
            "바디",
        }
        words = [
            w
            for w in re.findall(r"[가-힣]{2,}", name)
            if w not in kinds and w != product.brand and not any(w in i for i in product.key_ingredients)
        ]
        for sentence in SENTENCE.findall(message.body):
            appositive = re.match(r"^\s*([^,]+), (.+?)(?:이에요|예요|입니다)\.", sentence)
            if appositive and appositive.group(2) == name:  # a bare lead is reordered, a described one ends on the noun
                lead = appositive.group(1).split()
                assert len(lead) > 2, sentence
                assert not any(w in name.split() and w not in kinds for w in lead), sentence
            topic = re.search(re.escape(name) + r"(?:은|는) (.*)", sentence)
            if topic and "이름 그대로" not in topic.group(1):
                checked += 1
                assert not any(re.search(f"(?<![가-힣]){w} ", topic.group(1)) for w in words), sentence
    assert checked > 20


def test_reading_16_referral_lms_says_what_was_liked_once(catalog: Catalog, settings: Settings):
    """s2766: a sensitive reader's referral LMS for 원스텝 오리지널 클리어 패드 said "써 보고 좋았던 이 패드 …" and
    closed on "써 보고 좋았던 점을 소중한 분께도 전해 보십시오"."""
    pipeline = pipeline_with_reviews(catalog, settings, *REVIEWS)
    brief = Brief(brand="코스알엑스", product="원스텝 오리지널 클리어 패드 70매", persona=1, stage_index=4,
                  style_index=5, tone="감성적인", channel="lms", emoji="none", honorific="합쇼체", is_event=False,
                  seed=490)  # fmt: skip
    text = pipeline.run_one(brief)[0].message.channel_text
    assert text.count("써 보고 좋았던") <= 1, text
    assert text.count("권할 때") + text.count("권하실 때") <= 1, text


def test_reading_16_retention_lms_says_stock_up_once(catalog: Catalog, settings: Settings):
    """s5860: a 려 shampoo retention LMS opened on "다 떨어지기 전에 챙겨 두면 좋은 …" and closed on "… 이 샴푸를 미리
    챙겨 두세요"."""
    pipeline = pipeline_with_reviews(catalog, settings, *REVIEWS)
    brief = Brief(brand="려", product="함빛 극손상 영양케어 샴푸 400ml", persona=0, stage_index=2, style_index=2,
                  tone="감성적인", channel="lms", emoji="playful", honorific="해요체", is_event=True,
                  seed=320)  # fmt: skip
    text = pipeline.run_one(brief)[0].message.channel_text
    assert text.count("미리 챙겨") + text.count("챙겨 두") == 1, text


def test_said_once_each_rewords_then_drops_and_never_empties():
    """Two sentences sharing an adverb: the later leaves it out; two sharing a noun with no other wording:
    the droppable one goes, a fixed one stays; the same input gives the same output."""
    first = "새 제품은 며칠 동안 천천히 손에 익혀 가면 충분해요."
    second = "처음 쓰는 날에는 사용감을 천천히 살펴보면 마음이 편안해져요."
    out = said_once_each([first, second], frozenset(), frozenset(), frozenset())
    assert out == [first, "처음 쓰는 날에는 사용감을 살펴보면 마음이 편안해져요."]
    proof = "녹차 추출물이 들어 있다는 점부터 이야기하면 잘 전해져요."
    defined = "제주 녹차와 녹차씨 오일을 담은 세럼이에요."
    assert said_once_each([defined, proof], frozenset({proof}), frozenset(), frozenset()) == [defined, None]
    kept = said_once_each([defined, proof], frozenset(), frozenset(), frozenset())
    assert kept == [defined, proof]
    assert said_once_each([defined, proof], frozenset({proof}), frozenset(), frozenset()) == [defined, None]


def test_the_marketers_key_message_is_never_reworded_by_the_said_once_pass(catalog: Catalog, settings: Settings):
    """The brief's key message opens the copy as the marketer wrote it: where a bank line says its words again,
    the bank line gives way ("…천천히 미리 챙겨 두세요" was rewritten "…천천히 하나 더 준비해 두세요")."""
    pipeline = pipeline_with_reviews(catalog, settings, *REVIEWS)
    product = next(p for p in catalog.products if p.name.startswith("자음생크림"))
    for channel, seed in itertools.product(("lms", "kakao_friendtalk", "email", "push"), range(3)):
        brief = Brief(brand=product.brand, product=product.name, persona=0, stage_index=2, style_index=2,
                      channel=channel, key_message="다 떨어지기 전에 천천히 미리 챙겨 두세요", seed=seed,
                      is_event=False)  # fmt: skip
        body = pipeline.run_one(brief)[0].message.body
        assert "다 떨어지기 전에 천천히 미리 챙겨 두세요" in body, body


def test_a_reworded_first_use_hook_stays_grammatical(catalog: Catalog, settings: Settings):
    """Reading 21 (s1811): "새로 들이신 …, 이번 주에 첫 사용을 써 보기 좋은 때입니다" — "'첫 사용을 써 보기'
    비문": the said-once pass swapped "시작하기" inside "첫 사용을 시작하기" (149 times in a probe over these
    briefs in both speech levels)."""
    pipeline = pipeline_with_reviews(catalog, settings)
    reworded = 0
    for product, persona, style in itertools.product(catalog.products[::3], range(5), range(6)):
        brief = Brief(brand=product.brand, product=product.name, persona=persona, stage_index=1, style_index=style,
                      channel="kakao_friendtalk", honorific="합쇼체")  # fmt: skip
        body = pipeline.run_one(brief)[0].message.body
        assert "첫 사용을 써 보기" not in body, body
        reworded += "꺼내 써 보기" in body
    assert reworded  # the hook is still reworded where it repeats, now in a grammatical way
