"""A whole review, read: its sentences (Kiwi's splitter), each sentence's verdict, and what it doubts.

Why Kiwi's splitter: reviews often run sentences together with no punctuation
("…발라도 티가 안 나요 인공적인 향이 아니라 좋아요 …"). kiwipiepy, already the project's
morphology, ends a sentence at a final ending (-요, -음, -다) even without a full stop and hands back
the morphemes it used, so splitting costs no second analysis; kss would add a dependency for the same
cut. The review's whole text then judges each sentence: an aspect the review doubts anywhere is
never praise quoted from it.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm_core.retrieval.analyzer import kiwi
from crm_core.retrieval.polarity import Polarity, SentenceReading, normalise, read_tokens

MIN_SENTENCE_CHARS = 4


@dataclass(frozen=True)
class ReviewReading:
    """Sentences with verdicts; `doubted` = aspects the review complains or hedges about anywhere."""

    review_id: str
    sentences: tuple[SentenceReading, ...]

    @property
    def doubted(self) -> frozenset[str]:
        return frozenset().union(*(s.doubted for s in self.sentences))

    @property
    def lukewarm(self) -> bool:
        """A complaint or hedge about nothing in particular ("저랑은 안 맞네요", "그냥 그래요"): the verdict itself."""
        return any(
            s.verdict or (s.polarity not in (Polarity.praise, Polarity.neutral) and not s.aspects)
            for s in self.sentences
        )

    def quotable(self) -> list[tuple[int, SentenceReading]]:
        """(1-based sentence number, sentence) for praise about an aspect the review never doubts."""
        if self.lukewarm:
            return []
        doubted = self.doubted
        return [
            (i, s)
            for i, s in enumerate(self.sentences, start=1)
            if s.polarity == Polarity.praise and s.praised and not (s.praised & doubted)
        ]


def read_review(review_id: str, text: str) -> ReviewReading:
    """Split a review into sentences and read each one."""
    text = normalise(text).strip()
    readings = []
    for sentence in kiwi().split_into_sents(text, return_tokens=True):
        body = sentence.text.strip()
        if len(body) < MIN_SENTENCE_CHARS and readings:
            continue  # "ㅎㅎ", "!!" tails carry no verdict
        readings.append(read_tokens(sentence.text, list(sentence.tokens), offset=sentence.start))
    return ReviewReading(review_id=review_id, sentences=tuple(readings))
