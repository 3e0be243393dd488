"""Offline evaluation: rank the catalog for each held-out positive review and score where its product lands.

Metrics per query (one test interaction): Hit@3 (the reviewed product in the top 3),
Category Hit@3 (a top-3 product of the reviewed product's category), NDCG@10 and reciprocal
rank, each averaged over queries with a percentile bootstrap interval. Queries are also
assigned to their nearest persona (concern overlap, then age range) for per-persona figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from crm_core.domain import Persona, Product
from crm_core.recommend.base import Recommender
from crm_core.recommend.data import Interaction
from crm_core.recommend.profile import CustomerProfile, persona_profile

METRICS = ("hit@3", "category_hit@3", "ndcg@10", "mrr")


def ranking(scores: np.ndarray) -> np.ndarray:
    """Indices best first; ties keep catalog order (stable), so results are reproducible."""
    return np.argsort(-scores, kind="stable")


def query_metrics(order: np.ndarray, target: int, categories: Sequence[str]) -> dict[str, float]:
    rank = int(np.flatnonzero(order == target)[0]) + 1
    top3 = order[:3]
    return {
        "hit@3": float(rank <= 3),
        "category_hit@3": float(any(categories[i] == categories[target] for i in top3)),
        "ndcg@10": 1.0 / np.log2(rank + 1) if rank <= 10 else 0.0,
        "mrr": 1.0 / rank,
    }


NO_PERSONA = -1


def nearest_persona(profile: CustomerProfile, personas: Sequence[Persona]) -> int:
    """The persona covering most of the query's concerns, then the tighter concern match (Jaccard),
    then the age range; NO_PERSONA when the query names no concern of any persona."""
    mine = set(profile.concerns)

    def key(p: Persona) -> tuple[float, float, int, int]:
        theirs = set(persona_profile(p).concerns)
        coverage = len(mine & theirs) / len(mine) if mine else 0.0
        jaccard = len(mine & theirs) / len(mine | theirs) if mine | theirs else 0.0
        in_age = profile.age_group is not None and p.age_min // 10 <= int(profile.age_group[0]) <= p.age_max // 10
        return (coverage, jaccard, int(in_age), -p.index)

    best = max(personas, key=key)
    return best.index if key(best)[0] > 0 else NO_PERSONA


def bootstrap(values: np.ndarray, n: int = 1000, seed: int = 0) -> tuple[float, float]:
    """95 % percentile interval of the mean over `n` resamples of the queries."""
    rng = np.random.default_rng(seed)
    means = values[rng.integers(0, len(values), size=(n, len(values)))].mean(axis=1)
    return float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


@dataclass(frozen=True)
class Evaluation:
    """Per-query metric arrays for one recommender, plus each query's persona."""

    recommender: str
    per_query: dict[str, np.ndarray]
    personas: np.ndarray

    def summary(self, n_boot: int = 1000, seed: int = 0) -> dict[str, dict[str, float]]:
        out = {}
        for name in METRICS:
            v = self.per_query[name]
            lo, hi = bootstrap(v, n_boot, seed)
            out[name] = {"mean": float(v.mean()), "lo": lo, "hi": hi}
        return out

    def by_persona(self, metric: str = "hit@3") -> dict[int, dict[str, float]]:
        out = {}
        for idx in sorted(set(self.personas.tolist())):
            v = self.per_query[metric][self.personas == idx]
            out[int(idx)] = {"n": len(v), "mean": float(v.mean())}
        return out


def evaluate(
    recommender: Recommender, products: Sequence[Product], test: Sequence[Interaction], personas: Sequence[Persona]
) -> Evaluation:
    """Rank every product for every test query (the recommender must already be fitted on the train side)."""
    row = {p.id: i for i, p in enumerate(products)}
    categories = [p.category for p in products]
    queries = [q for q in test if q.product_id in row]
    per: dict[str, list[float]] = {m: [] for m in METRICS}
    for q in queries:
        scores = recommender.scores(q.profile, products)
        for name, value in query_metrics(ranking(scores), row[q.product_id], categories).items():
            per[name].append(value)
    persona_of = np.array([nearest_persona(q.profile, personas) for q in queries])
    return Evaluation(recommender.name, {m: np.array(v) for m, v in per.items()}, persona_of)
