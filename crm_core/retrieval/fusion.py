"""Rank fusion (reciprocal-rank or weighted score sum) and maximal-marginal-relevance selection."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import TypeVar

import numpy as np

K = TypeVar("K", bound=Hashable)

FUSIONS = ("rrf", "weighted")


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[K]], weights: Sequence[float] | None = None, k: int = 60
) -> dict[K, float]:
    """Σ w_i / (k + rank_i) over the rankings an item appears in (rank 1 = best), scaled so 1.0 = first everywhere."""
    if k < 0:
        raise ValueError(f"rrf k must be >= 0, got {k}")
    weights = list(weights) if weights is not None else [1.0] * len(rankings)
    if len(weights) != len(rankings):
        raise ValueError(f"{len(weights)} weights for {len(rankings)} rankings")
    best = sum(weights) / (k + 1) or 1.0
    fused: dict[K, float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, item in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + weight / (k + rank)
    return {item: score / best for item, score in fused.items()}


def weighted_score_fusion(
    scores: Sequence[Mapping[K, float]], weights: Sequence[float], normalise: Sequence[bool]
) -> dict[K, float]:
    """Σ w_i · s_i, where arms marked normalise are divided by their best score (BM25 is unbounded).

    Cosines are used as they are (clipped at 0), so the fused score stays in [0, 1] when Σ w = 1
    and a similarity threshold keeps its meaning across queries.
    """
    if not len(scores) == len(weights) == len(normalise):
        raise ValueError("scores, weights and normalise must have the same length")
    fused: dict[K, float] = {}
    for arm, weight, norm in zip(scores, weights, normalise, strict=True):
        top = max(arm.values(), default=0.0) if norm else 1.0
        for item, value in arm.items():
            value = max(value, 0.0) / top if top > 0 else 0.0
            fused[item] = fused.get(item, 0.0) + weight * value
    return fused


def mmr(
    relevance: Sequence[float],
    similarity: np.ndarray,
    k: int,
    lambda_: float = 0.7,
    duplicate_at: float = 0.9,
) -> list[int]:
    """Indices chosen greedily by λ·relevance − (1−λ)·max similarity to those already chosen.

    Candidates at least `duplicate_at` similar to a chosen one are near-duplicates and never chosen.
    """
    if not 0.0 <= lambda_ <= 1.0:
        raise ValueError(f"lambda_ must be in [0, 1], got {lambda_}")
    n = len(relevance)
    rel = np.asarray(relevance, dtype=np.float64)
    chosen: list[int] = []
    available = np.ones(n, dtype=bool)
    while len(chosen) < k and available.any():
        if chosen:
            redundancy = similarity[:, chosen].max(axis=1)
        else:
            redundancy = np.zeros(n)
        gain = np.where(available, lambda_ * rel - (1 - lambda_) * redundancy, -np.inf)
        best = int(np.argmax(gain))
        chosen.append(best)
        available[best] = False
        available &= similarity[:, best] < duplicate_at
    return chosen


def jaccard_matrix(token_sets: Sequence[set[str]]) -> np.ndarray:
    """Pairwise Jaccard similarity: MMR's redundancy measure when no vectors exist (lexical-only)."""
    n = len(token_sets)
    out = np.eye(n)
    for i in range(n):
        for j in range(i + 1, n):
            union = token_sets[i] | token_sets[j]
            value = len(token_sets[i] & token_sets[j]) / len(union) if union else 0.0
            out[i, j] = out[j, i] = value
    return out
