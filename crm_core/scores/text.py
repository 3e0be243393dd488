"""Character n-gram vectors: a language-agnostic similarity that needs no model (Korean-friendly)."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

_CLAUSE_SPLIT = re.compile(r"[.!?…]+(?=\s|$)|\n+|,\s+|\s[·|/]\s")
_STRIP = re.compile(r"[\s\W_]+", re.UNICODE)


def ngrams(text: str, sizes: Iterable[int] = (2, 3)) -> Counter[str]:
    """Character n-grams of the text with spaces and punctuation removed, lower-cased."""
    compact = _STRIP.sub("", text.lower())
    grams: Counter[str] = Counter()
    for n in sizes:
        grams.update(compact[i : i + n] for i in range(len(compact) - n + 1))
    if not grams and compact:
        grams[compact] += 1
    return grams


def cosine(a: Counter[str], b: Counter[str]) -> float:
    """Cosine of two n-gram count vectors; 0.0 when either is empty."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) < len(b) else (b, a)
    dot = sum(count * large[g] for g, count in small.items() if g in large)
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def containment(part: Counter[str], whole: Counter[str]) -> float:
    """Share of the part's n-grams (by count) that also occur in the whole."""
    total = sum(part.values())
    if not total:
        return 0.0
    return sum(min(count, whole[g]) for g, count in part.items() if g in whole) / total


def clauses(text: str) -> list[str]:
    """Sentences and comma-separated clauses, stripped, empty ones dropped."""
    return [c.strip() for c in _CLAUSE_SPLIT.split(text) if c and c.strip()]


def clip(value: float) -> float:
    return round(min(1.0, max(0.0, value)), 4)
