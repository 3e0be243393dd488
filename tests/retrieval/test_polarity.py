"""Review sentences read as praise / complaint / mixed / hedged / neutral, with real review text.

Sentences come from data/reviews.jsonl and from the evidence check that found complaints quoted
as praise (issue 17). Evidence may quote only `praise`, so each "excluded" case is a sentence
that must never read as praise, and each "kept" case a near-miss that must.
"""

from __future__ import annotations

import pytest

from crm_core.retrieval.polarity import Polarity, aspects_in, read_sentence
from crm_core.retrieval.review_reading import read_review

EXCLUDED = {
    # contrast: praise and complaint joined by -지만 / -는데, or turned by 근데
    "contrast": [
        ("발림성은 좋지만 향이 별로예요", Polarity.mixed),
        ("가격은 착한데 금방 닳아요.", Polarity.mixed),
        ("근데 평소 아무거나 잘 쓰는 편인데 이건 좀 안 맞았어요", Polarity.complaint),
    ],
    # concession: 긴 한데, 굳이 단점을 꼽자면, 다만, 아쉬운 점은
    "concession": [
        ("좋긴 한데 보습력은 약해서 겨울엔 부족했어요.", Polarity.mixed),
        ("굳이 단점을 꼽자면 보습력은 약해서 이것만으론 부족해요.", Polarity.complaint),
        ("굳이 단점을 꼽자면 향이 좀 강해요", Polarity.complaint),
        ("다만 용기가 좀 무거워요.", Polarity.complaint),
        ("아쉬운 점은 하나, 용기가 무거워요.", Polarity.complaint),
    ],
    # negation that complains: 안 맞다, 아니다 after a good thing, a wish
    "negation": [
        ("추천받아서 샀는데 저랑은 안 맞네요.", Polarity.complaint),
        ("향이 제 취향은 아니에요.", Polarity.complaint),
        ("붉은기 진정은 기대만큼은 아니에요.", Polarity.mixed),
        ("가격만 조금 착하면 별 다섯 개예요 :)", Polarity.complaint),
        ("리필 제품이 있었으면 좋겠음", Polarity.mixed),
        ("건성한테는 너무 가벼워서 위에 다른 크림을 또 발라야 해요.", Polarity.complaint),
    ],
    # weak or mixed verdicts: 그냥, 무난, 보통, 호불호, 모르겠다
    "mixed verdict": [
        ("그냥 무난한 폼클렌저예요.", Polarity.hedged),
        ("흡수력은 그냥 보통이에요.", Polarity.hedged),
        ("호불호가 갈릴 것 같아요", Polarity.hedged),
        ("잡티나 자국이 옅어지는 건 잘 모르겠어요.", Polarity.hedged),
        ("무난하게 촉촉해요", Polarity.hedged),
        ("모공은 그대로예요ㅠ", Polarity.complaint),
    ],
}

KEPT = [
    "자극이 없어요",
    "끈적이지 않아요",
    "안 따가워요",
    "트러블이 안 올라와요",
    "흠잡을 데는 없어요.",
    "인공적인 향이 아니라 좋아요",
    "밤새 건조해서 깨던 날이 줄었음.",
    "눈가 잔주름이 덜 도드라져 보임",
    "민감성이라 새 제품 쓸 때 늘 조심스러운데 따가움 없이 잘 맞았음",
    "속건조가 심한 편인데 촉촉함이 오래 유지돼요.",
    "크림인데도 무겁지 않아서 아침에도 부담 없이 써요.",
    "칙칙하던 피부가 생기 있어 보여요.",
]


@pytest.mark.parametrize(
    "sentence, expected",
    [case for cases in EXCLUDED.values() for case in cases],
    ids=[f"{kind}: {s}" for kind, cases in EXCLUDED.items() for s, _ in cases],
)
def test_complaints_and_hedges_never_read_as_praise(sentence, expected):
    assert read_sentence(sentence).polarity == expected


@pytest.mark.parametrize("sentence", KEPT)
def test_near_misses_read_as_praise(sentence):
    reading = read_sentence(sentence)
    assert reading.polarity == Polarity.praise
    assert not reading.doubted


def test_praise_names_its_aspect_and_filler_names_none():
    assert read_sentence("보습력 좋아요 계속 쓸게요").praised == {"moisture"}
    assert read_sentence("자극이 없어요").praised == {"soothing"}
    filler = read_sentence("한 달 정도 써 보고 후기 남겨요.")
    assert filler.polarity == Polarity.neutral and not filler.aspects


def test_complaint_names_the_doubted_aspect():
    assert read_sentence("굳이 단점을 꼽자면 보습력은 약해서 이것만으론 부족해요.").doubted == {"moisture"}


def test_aspects_start_a_word():
    assert "feel" not in aspects_in("아무거나 잘 써요")  # 아무거나 is not 무거-
    assert aspects_in("눈가 잔주름이 옅어졌어요") == {"firming"}


def test_run_on_review_is_split_and_its_negative_verdict_silences_it():
    # R02074 (4★): six sentences with no full stop between them; the fifth says it did not suit.
    text = (
        "회사 동료가 쓰는 걸 보고 물어봐서 샀어요 백탁이 거의 없어서 생얼에 발라도 티가 안 나요 "
        "인공적인 향이 아니라 좋아요 세일할 때 사면 가격도 괜찮아요 근데 평소 아무거나 잘 쓰는 편인데 "
        "이건 좀 안 맞았어요 한 통 다 쓰면 다시 후기 남길게요."
    )
    reading = read_review("R02074", text)
    assert [s.text for s in reading.sentences] == [
        "회사 동료가 쓰는 걸 보고 물어봐서 샀어요",
        "백탁이 거의 없어서 생얼에 발라도 티가 안 나요",
        "인공적인 향이 아니라 좋아요",
        "세일할 때 사면 가격도 괜찮아요",
        "근데 평소 아무거나 잘 쓰는 편인데 이건 좀 안 맞았어요",
        "한 통 다 쓰면 다시 후기 남길게요.",
    ]
    assert reading.lukewarm
    assert reading.quotable() == []


def test_praise_contradicted_in_the_same_review_is_not_quotable():
    # R00184 (4★): praises 피부결, then "굳이 단점을 꼽자면 … 보습이 약하게 느껴짐".
    reading = read_review(
        "R00184",
        "설화수 제품 처음 써 보는데 만족스러움 바르고 나면 피부결이 매끈하게 정돈되는 느낌이 있음 "
        "굳이 단점을 꼽자면 날씨가 쌀쌀해지니까 보습이 약하게 느껴짐. 전체적으로 만족함",
    )
    assert reading.doubted == {"moisture"}
    quotable = [s.text for _, s in reading.quotable()]
    assert quotable == ["설화수 제품 처음 써 보는데 만족스러움 바르고 나면 피부결이 매끈하게 정돈되는 느낌이 있음"]
    same_aspect = read_review("X1", "보습력이 좋아요. 다만 오후엔 다시 건조해져요.")
    assert same_aspect.quotable() == []
