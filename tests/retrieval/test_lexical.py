"""Korean keyword search: particles, endings and spacing must not stop a match."""

from __future__ import annotations

import pytest

from crm_core.errors import InvalidInput
from crm_core.retrieval import Chunk, KoreanLexicalRetriever
from crm_core.retrieval.analyzer import KoreanAnalyzer, char_bigrams
from crm_core.retrieval.chunking import split_sentences

DOCS = [
    Chunk("d1", "reviews", "건조한 피부에 보습이 오래 가요.", "r1", {"brand": "라네즈", "rating": 5}),
    Chunk("d2", "reviews", "향이 강하고 배송이 빨라요.", "r2", {"brand": "라네즈", "rating": 2}),
    Chunk("d3", "reviews", "민감성 피부도 자극 없이 진정돼요.", "r3", {"brand": "이니스프리", "rating": 5}),
    Chunk("d4", "reviews", "가성비 좋은 대용량 토너예요.", "r4", {"brand": "이니스프리", "rating": 4}),
]


def ids(hits):
    return [h.id for h in hits]


@pytest.mark.parametrize("mode", ["morph", "char2", "morph+char2"])
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("피부가 건조해서 보습을", "d1"),  # different particles and verb ending
        ("건조한피부보습", "d1"),  # no spaces at all
        ("민감한 피부 진정", "d3"),
        ("가성비", "d4"),
    ],
)
def test_particles_and_spacing_still_match(mode, query, expected):
    retriever = KoreanLexicalRetriever(DOCS, analyzer=mode)
    assert ids(retriever.run(query, top_k=1)) == [expected]


def test_morphemes_drop_particles_and_endings():
    tokens = KoreanAnalyzer("morph").tokens("피부가 건조해서 보습을 했어요")
    assert {"m:피부", "m:건조", "m:보습"} <= set(tokens)
    assert not any(t in tokens for t in ("m:가", "m:을", "m:어요"))


def test_char_bigrams_stay_inside_words():
    assert char_bigrams("피부 보습") == ["피부", "보습"]
    assert char_bigrams("보습력 A") == ["보습", "습력", "a"]


def test_no_shared_token_means_no_hit():
    assert KoreanLexicalRetriever(DOCS).run("자외선 차단", top_k=3) == []


def test_filters_restrict_hits():
    retriever = KoreanLexicalRetriever(DOCS)
    assert ids(retriever.run("피부", top_k=5, filters={"brand": "이니스프리"})) == ["d3"]
    assert "d2" not in ids(retriever.run("향 배송 피부", top_k=5, filters={"min_rating": 4}))


def test_unknown_filter_key_is_named():
    with pytest.raises(InvalidInput, match="filters: unknown filter key 'colour'"):
        KoreanLexicalRetriever(DOCS).run("피부", filters={"colour": "red"})


@pytest.mark.parametrize(("top_k", "message"), [(0, "got 0"), (1001, "got 1001"), ("5", "got '5'")])
def test_bad_top_k_is_echoed(top_k, message):
    with pytest.raises(InvalidInput, match=message):
        KoreanLexicalRetriever(DOCS, top_k=top_k)


def test_bad_analyzer_is_echoed():
    with pytest.raises(ValueError, match="got 'words'"):
        KoreanLexicalRetriever(DOCS, analyzer="words")


def test_review_sentences_split_without_breaking_numbers():
    assert split_sentences("건조해요.촉촉하고 좋아요! 3.5만원에 샀어요~~ 재구매") == [
        "건조해요. 촉촉하고 좋아요!",
        "3.5만원에 샀어요~~ 재구매",
    ]
