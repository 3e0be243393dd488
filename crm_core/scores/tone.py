"""Brand-tone similarity: embeddings when an embedder is given, character n-grams otherwise.

Raw similarities mean little on their own (n-gram cosines of same-brand copy are ~0.1, embedding
cosines ~0.8), so the score is calibrated: 1.0 means "as close to the brand's references as they
are to each other" (leave-one-out similarity among the references).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from crm_core.domain import Brand, Evidence, Message, Score
from crm_core.scores.text import clip, cosine, ngrams

Embed = Callable[[Sequence[str]], np.ndarray]


def brand_references(brand: Brand, evidence: Evidence) -> tuple[str, ...]:
    """The brand's voice as texts: story, tone keywords, do-phrases, exemplars, retrieved tone items."""
    texts = [brand.story, " ".join(brand.tone_keywords), *brand.do_phrases, *brand.exemplars]
    texts += [item.text for item in evidence.brand_tone]
    return tuple(dict.fromkeys(t for t in texts if t.strip()))


def copy_text(message: Message) -> str:
    return "\n".join(p for p in (message.title, message.body, message.cta) if p)


def _lexical(text: Counter[str], refs: Sequence[Counter[str]]) -> float:
    """Half the cosine to all references pooled, half the cosine to the closest one."""
    pooled: Counter[str] = Counter()
    for ref in refs:
        pooled.update(ref)
    return 0.5 * cosine(text, pooled) + 0.5 * max((cosine(text, r) for r in refs), default=0.0)


def _dense(text: np.ndarray, refs: np.ndarray) -> float:
    centroid = refs.mean(axis=0)
    centroid_sim = float(centroid @ text / (np.linalg.norm(centroid) + 1e-12))
    return 0.5 * centroid_sim + 0.5 * float((refs @ text).max())


@dataclass(frozen=True)
class _References:
    """The references as one count matrix (n-gram × reference) with norms, pooled as its row sums."""

    rows: dict[str, int]
    counts: np.ndarray
    norms: np.ndarray
    pooled: np.ndarray
    pooled_norm: float


@lru_cache(maxsize=64)
def _references(refs: tuple[str, ...]) -> _References:
    """Built once per brand's reference set, not per message."""
    grams = [ngrams(r) for r in refs]
    rows: dict[str, int] = {}
    for g in grams:
        for gram in g:
            rows.setdefault(gram, len(rows))
    counts = np.zeros((len(rows), len(grams)), dtype=np.float64)
    for j, g in enumerate(grams):
        for gram, count in g.items():
            counts[rows[gram], j] = count
    pooled = counts.sum(axis=1)
    return _References(rows, counts, np.linalg.norm(counts, axis=0), pooled, float(np.linalg.norm(pooled)))


def _lexical_against(text: Counter[str], refs: tuple[str, ...]) -> float:
    """_lexical computed against the cached reference matrix (same value, a fraction of the time)."""
    ref = _references(refs)
    text_norm = math.sqrt(sum(v * v for v in text.values()))
    if not text_norm or not len(refs):
        return 0.0
    hits = [(ref.rows[g], c) for g, c in text.items() if g in ref.rows]
    if not hits:
        return 0.0
    index = np.fromiter((r for r, _ in hits), dtype=np.intp, count=len(hits))
    weights = np.fromiter((c for _, c in hits), dtype=np.float64, count=len(hits))
    dots = weights @ ref.counts[index]
    with np.errstate(divide="ignore", invalid="ignore"):
        each = np.where(ref.norms > 0, dots / (text_norm * ref.norms), 0.0)
    pooled = float(weights @ ref.pooled[index]) / (text_norm * ref.pooled_norm) if ref.pooled_norm else 0.0
    return 0.5 * pooled + 0.5 * float(each.max())


@lru_cache(maxsize=64)
def _lexical_baseline(refs: tuple[str, ...]) -> float:
    grams = [ngrams(r) for r in refs]
    if len(grams) < 2:
        return 1.0
    return float(np.mean([_lexical(g, grams[:i] + grams[i + 1 :]) for i, g in enumerate(grams)]))


def _dense_baseline(vectors: np.ndarray) -> float:
    if len(vectors) < 2:
        return 1.0
    return float(np.mean([_dense(v, np.delete(vectors, i, axis=0)) for i, v in enumerate(vectors)]))


def _dont_phrases(brand: Brand, text: str) -> list[str]:
    compact = text.replace(" ", "")
    return [p for p in brand.dont_phrases if p.replace(" ", "") and p.replace(" ", "") in compact]


class ToneScorer:
    """Scores copy against a brand's references; reference embeddings are computed once per brand."""

    def __init__(self, embed: Embed | None = None):
        self.embed = embed
        self._refs: dict[tuple[str, ...], tuple[np.ndarray, float]] = {}

    def _reference_vectors(self, refs: tuple[str, ...]) -> tuple[np.ndarray, float]:
        if refs not in self._refs:
            assert self.embed is not None
            vectors = _normalised(self.embed(list(refs)))
            self._refs[refs] = (vectors, _dense_baseline(vectors))
        return self._refs[refs]

    def score(self, brand: Brand, evidence: Evidence, message: Message) -> Score:
        """Calibrated similarity; each phrase from the brand's don't-list halves it."""
        refs = brand_references(brand, evidence)
        text = copy_text(message)
        if self.embed is not None:
            vectors, baseline = self._reference_vectors(refs)
            raw = _dense(_normalised(self.embed([text]))[0], vectors)
            how = "임베딩"
        else:
            raw = _lexical_against(ngrams(text), refs)
            baseline = _lexical_baseline(refs)
            how = "문자 n-그램(임베딩 없음)"
        value = raw / baseline if baseline > 0 else 0.0
        dont = _dont_phrases(brand, text)
        value *= 0.5 ** len(dont)
        explanation = (
            f"{how} 유사도 {raw:.2f}, 브랜드 문장끼리의 {baseline:.2f} 대비 {clip(value):.2f} (참조 {len(refs)}개)"
        )
        if dont:
            explanation += f" · 피할 표현 '{dont[0]}'"
        return Score(name="brand_tone", value=clip(value), explanation=explanation)


def _normalised(vectors: np.ndarray) -> np.ndarray:
    array = np.asarray(vectors, dtype=np.float32)
    return array / (np.linalg.norm(array, axis=1, keepdims=True) + 1e-12)
