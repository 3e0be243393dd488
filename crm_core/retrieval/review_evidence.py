"""Which review sentences may be quoted for a persona: praise, about what the persona cares about.

The rules, in order (each review is judged by its whole text, see review_reading):
1. only reviews rated min_rating or more;
2. a review that doubts (complains about, hedges on) one of the persona's aspects, or whose verdict
   is negative or lukewarm as a whole ("저랑은 안 맞네요", "그냥 그래요"), gives nothing;
3. a sentence is a candidate when it reads as praise, praises at least one of the persona's
   aspects, and praises nothing the same review doubts elsewhere; sentences about no aspect
   ("한 달 써 보고 후기 남겨요") are filler and never candidates;
4. candidates are ranked by the persona's aspects they praise (skin concerns count twice as much
   as values) plus half the retriever's score for the review; then one sentence per review,
   near-duplicates of an earlier pick collapsed, aspects already covered worth less.
When nothing passes, nothing is quoted and the evidence says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from crm_core.domain import EvidenceItem, Persona, Review
from crm_core.retrieval import review_lexicon as lex
from crm_core.retrieval.polarity import aspect_label, aspects_in
from crm_core.retrieval.review_reading import ReviewReading, read_review

CONCERN_WEIGHT = 2.0
VALUE_WEIGHT = 1.0
RETRIEVAL_WEIGHT = 0.5
COVERED_PENALTY = 0.5
NEAR_DUPLICATE_JACCARD = 0.4
_LETTERS = re.compile(r"[^0-9A-Za-z가-힣]")
_WORDS = re.compile(r"[,·/\s]+")
_LEADING_NOISE = re.compile(r"^[\sᄀ-ᇿㄱ-ㆎ♡!~.…,:;)]+")  # "ᄒᄒ\n중성 피부라 …": laughter carried over by the splitter


def persona_aspects(persona: Persona) -> dict[str, float]:
    """Aspect id → weight: those named by the persona's skin concerns, then by its value focus."""
    weights = {a: VALUE_WEIGHT for a in aspects_in(persona.value_focus)}
    for concern in persona.skin_concerns:
        for aspect in aspects_in(concern):
            weights[aspect] = CONCERN_WEIGHT
    return weights


def persona_review_query(persona: Persona) -> str:
    """Search words: the skin concerns plus the value-focus words that name an aspect (not 후기, 실제, 쓰다)."""
    value_words = [w for w in _WORDS.split(persona.value_focus) if w and aspects_in(w)]
    return " ".join([*persona.skin_concerns, *value_words]).strip()


def near_duplicate(a: str, b: str) -> bool:
    """Same sentence in other words: one contains the other, or they share ≥ 40 % of character bigrams."""
    na, nb = _LETTERS.sub("", a), _LETTERS.sub("", b)
    if not na or not nb or na in nb or nb in na:
        return True
    ga = {na[i : i + 2] for i in range(len(na) - 1)}
    gb = {nb[i : i + 2] for i in range(len(nb) - 1)}
    return len(ga & gb) / max(1, len(ga | gb)) >= NEAR_DUPLICATE_JACCARD


@dataclass(frozen=True)
class Candidate:
    review: Review
    number: int  # 1-based sentence number in the review
    text: str
    relevant: frozenset[str]  # persona aspects the sentence praises
    score: float

    def item(self, score: float) -> EvidenceItem:
        return EvidenceItem(
            source_id=f"{self.review.id}#s{self.number}",
            collection="reviews",
            text=_LEADING_NOISE.sub("", self.text) or self.text,
            score=round(score, 4),
            review_id=self.review.id,
            rating=self.review.rating,
            polarity="praise",
            aspects=tuple(aspect_label(a) for a in sorted(self.relevant)),
        )


class ReviewReader:
    """Reads each review once per process (Kiwi analysis is the costly part) and keeps the reading."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str], ReviewReading] = {}

    def read(self, review: Review) -> ReviewReading:
        key = (review.id, review.text)
        if key not in self._cache:
            self._cache[key] = read_review(review.id, review.text)
        return self._cache[key]


def candidates(
    reviews: Iterable[Review],
    weights: Mapping[str, float],
    retrieval: Mapping[str, float],
    reader: ReviewReader,
    min_rating: int,
) -> list[Candidate]:
    """Every quotable sentence about the persona's aspects (rules 1-3 of the module docstring)."""
    wanted = set(weights)
    total = sum(sorted(weights.values(), reverse=True)[:2]) or 1.0
    out = []
    for review in reviews:
        if review.rating < min_rating or not wanted & aspects_in(review.text):
            continue  # cheap first: a review that names none of the persona's aspects cannot praise one
        reading = reader.read(review)
        if reading.lukewarm or reading.doubted & wanted:
            continue
        for number, sentence in reading.quotable():
            relevant = sentence.praised & wanted
            if not relevant:
                continue
            aspect_score = min(1.0, sum(weights[a] for a in relevant) / total)
            score = aspect_score + RETRIEVAL_WEIGHT * retrieval.get(review.id, 0.0)
            out.append(Candidate(review, number, sentence.text, frozenset(relevant), score))
    out.sort(key=lambda c: (-c.score, c.review.id, c.number))
    return out


def choose(pool: list[Candidate], k: int) -> list[EvidenceItem]:
    """Greedy top-k: one sentence per review, no near-duplicates, covered aspects count less."""
    chosen: list[Candidate] = []
    scores: list[float] = []
    covered: set[str] = set()
    remaining = list(pool)
    while remaining and len(chosen) < k:
        adjusted = [c.score - COVERED_PENALTY * len(c.relevant & covered) / len(c.relevant) for c in remaining]
        at = max(range(len(remaining)), key=lambda i: (adjusted[i], -i))
        best = remaining.pop(at)
        if any(c.review.id == best.review.id or near_duplicate(c.text, best.text) for c in chosen):
            continue
        chosen.append(best)
        scores.append(adjusted[at])
        covered |= best.relevant
    return [c.item(s) for c, s in zip(chosen, scores, strict=True)]


def aspect_names(weights: Mapping[str, float]) -> str:
    return ", ".join(lex.ASPECTS[a][0] for a in sorted(weights))
