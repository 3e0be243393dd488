"""The hybrid: a weighted sum of its parts' standardised scores (each part fitted on the same data)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from crm_core.domain import Product, Review
from crm_core.recommend.base import Recommender, standardise
from crm_core.recommend.profile import CustomerProfile


class HybridRecommender:
    """Blend of (recommender, weight) parts; fit() fits every part that is not already fitted."""

    name = "hybrid"

    def __init__(self, parts: Sequence[tuple[Recommender, float]]):
        if not parts or any(w < 0 for _, w in parts):
            raise ValueError("a hybrid needs at least one part, each with a weight ≥ 0")
        self.parts = list(parts)

    def fit(self, products: Sequence[Product], reviews: Sequence[Review]) -> HybridRecommender:
        for part, _ in self.parts:
            part.fit(products, reviews)
        return self

    def scores(self, profile: CustomerProfile, products: Sequence[Product]) -> np.ndarray:
        total = np.zeros(len(products))
        for part, weight in self.parts:
            total += weight * standardise(part.scores(profile, products))
        return total
