"""Variant scores: each in [0, 1] with a Korean one-line explanation; no model is loaded."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from crm_core.domain import Finding, Message, Span
from crm_core.evidence import assemble_evidence
from crm_core.pipeline import MessageScorer
from crm_core.scores import SCORE_NAMES, Scorer, groundedness, length_fit, novelty, stage_fit
from crm_core.scores.text import clauses
from tests.guard.helpers import CHANNELS, resolved_brief

RESOLVED = resolved_brief()
EVIDENCE = assemble_evidence(RESOLVED)


def message(body: str, title: str = "", cta: str = "브랜드 알아보기", channel_text: str | None = None) -> Message:
    return Message(title=title, body=body, cta=cta, channel_text=channel_text if channel_text is not None else body)


def finding(rule_id: str, category: str, body: str, matched: str) -> Finding:
    """A guard finding on the body, as the guard would report it."""
    start = body.index(matched)
    span = Span(start=start, end=start + len(matched), text=matched)
    return Finding(rule_id=rule_id, category=category, severity="block", message="m", field="body", span=span)


class CountingEmbedder:
    """Deterministic bag-of-bigrams vectors (hashed into 256 dimensions); counts texts embedded."""

    def __init__(self) -> None:
        self.texts = 0

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        self.texts += len(texts)
        out = np.zeros((len(texts), 256), dtype=np.float32)
        for row, text in enumerate(texts):
            compact = text.replace(" ", "")
            for i in range(len(compact) - 1):
                out[row, sum(map(ord, compact[i : i + 2])) % 256] += 1.0
        return out


def test_scorer_returns_every_score_in_range_with_an_explanation() -> None:
    scorer: MessageScorer = Scorer()
    scores = scorer.score(RESOLVED, EVIDENCE, message("인삼 열매 추출물을 담은 크림이에요."), [], [])
    assert tuple(s.name for s in scores) == SCORE_NAMES
    assert all(0.0 <= s.value <= 1.0 and s.explanation for s in scores)
    assert Scorer().to_dict()["brand_tone"] == "char-ngram"


def test_clauses_split_sentences_and_comma_clauses_but_not_numbers() -> None:
    assert clauses("정가 250,000원, 인삼 크림. 오늘 만나요!") == ["정가 250,000원", "인삼 크림", "오늘 만나요"]


def test_groundedness_counts_backed_claims() -> None:
    backed = groundedness(RESOLVED.product, EVIDENCE, message("인삼 열매 추출물을 담은 영양 크림, 정가 250,000원."))
    assert backed.value == 1.0 and "2개 중 2개" in backed.explanation
    half = groundedness(
        RESOLVED.product, EVIDENCE, message("인삼 열매 추출물을 담은 영양 크림. 7일 만에 탄력이 달라져요.")
    )
    assert half.value == 0.5 and "7일" in half.explanation
    none = groundedness(RESOLVED.product, EVIDENCE, message("오늘 저녁, 나를 위한 시간을 가져 보세요."))
    assert none.value == 1.0 and "사실 주장이 없는" in none.explanation


def test_groundedness_uses_invented_fact_findings() -> None:
    text = "인삼 열매 추출물을 담은 영양 크림, 증정 이벤트"
    gift = finding("facts.invented_event", "invented_fact", text, "증정")
    assert groundedness(RESOLVED.product, EVIDENCE, message(text), [gift]).value < 1.0


def test_brand_tone_lexical_fallback_prefers_the_brand_voice_and_says_so() -> None:
    scorer = Scorer()
    on_brand = scorer.tone.score(
        RESOLVED.brand, EVIDENCE, message("고요한 저녁, 크림 한 스푼으로 피부 본연의 균형을 정돈해 보세요.")
    )
    off_brand = scorer.tone.score(RESOLVED.brand, EVIDENCE, message("오늘만 특가!! 빨리빨리 담으세요 ㅋㅋ"))
    assert on_brand.value > off_brand.value
    assert "임베딩 없음" in on_brand.explanation


def test_brand_dont_phrases_halve_the_tone_score() -> None:
    scorer = Scorer()
    plain = scorer.tone.score(RESOLVED.brand, EVIDENCE, message("고요한 저녁, 크림 한 스푼으로 정돈해 보세요."))
    hype = scorer.tone.score(RESOLVED.brand, EVIDENCE, message("고요한 저녁, 크림 한 스푼으로 정돈해 보세요. 대박"))
    assert hype.value < plain.value and "'대박'" in hype.explanation


def test_brand_tone_with_an_embedder_embeds_the_references_once() -> None:
    embed = CountingEmbedder()
    scorer = Scorer(embed=embed)
    first = scorer.score(RESOLVED, EVIDENCE, message("고요한 저녁, 인삼이 품은 기운을 담았습니다."), [], [])
    refs = embed.texts - 1
    scorer.score(RESOLVED, EVIDENCE, message("촉촉한 크림이에요."), [], [])
    assert embed.texts == refs + 2, "references are embedded once; each message once"
    tone = first[SCORE_NAMES.index("brand_tone")]
    assert tone.explanation.startswith("임베딩") and 0.0 <= tone.value <= 1.0
    assert scorer.to_dict()["brand_tone"] == "embedding"


def test_stage_fit_rewards_a_fitting_cta_and_punishes_forbidden_context() -> None:
    stage = RESOLVED.stage
    good = stage_fit(stage, message("본문", cta="브랜드 알아보기"))
    assert good.value == pytest.approx(1.0)
    assert stage_fit(stage, message("본문", cta="")).value == pytest.approx(0.3)
    pressure = finding("stage.purchase_pressure", "stage_forbidden", "서두르세요", "서두르세요")
    hurried = stage_fit(stage, message("서두르세요", cta="브랜드 알아보기"), [pressure])
    assert hurried.value == pytest.approx(0.7) and "서두르세요" in hurried.explanation


def test_length_fit_per_channel() -> None:
    assert length_fit(CHANNELS["sms"], message("가" * 45)).value == 1.0
    over_sms = length_fit(CHANNELS["sms"], message("가" * 46))
    assert over_sms.value == 0.0 and "92/90바이트" in over_sms.explanation
    assert length_fit(CHANNELS["push"], message("가" * 200)).value == pytest.approx(0.75)  # guideline: falls off
    assert length_fit(CHANNELS["push"], message("가", title="나" * 41)).value == 0.75
    assert length_fit(CHANNELS["kakao_friendtalk"], message("가", cta="가" * 15)).value == 0.75


def test_novelty_against_siblings() -> None:
    one = message("고요한 저녁, 크림 한 스푼으로 하루를 정돈해 보세요.")
    assert novelty(one, []).value == 1.0
    assert novelty(one, [one]).value == 0.0
    other = message("주말 아침엔 가볍게 스며드는 젤로 산뜻하게 시작해요.")
    assert novelty(one, [other]).value > 0.7


def test_groundedness_accepts_framing_around_true_facts_but_not_invented_effects(catalog):  # type: ignore[no-untyped-def]
    from crm_core.domain import Brief, Message
    from crm_core.evidence import assemble_evidence
    from crm_core.scores.grounding import groundedness

    resolved = catalog.resolve(Brief(persona=0, brand="설화수", product="자음생크림", stage_index=0, style_index=0))
    evidence = assemble_evidence(resolved)

    def score(body: str) -> float:
        return groundedness(resolved.product, evidence, Message(title="", body=body, cta="", channel_text=body)).value

    assert score("잠깐 쉬어 가는 지금, 자음생크림에 담긴 인삼 열매 추출물 성분 이야기를 가볍게 읽어 보세요.") == 1.0
    assert score("피부 재생 효과가 뛰어난 크림이에요.") == 0.0
    assert score("주름 개선 효과가 탁월해요.") == 0.0
