"""The baseline: what reviewers rate well, overall and among reviewers with the same skin type."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from crm_core.domain import Product, Review
from crm_core.recommend.data import POSITIVE_RATING
from crm_core.recommend.profile import CustomerProfile


class PopularityRecommender:
    """Rating-weighted count of positive reviews (rating/5 each), plus half that among the same skin type."""

    name = "popularity"

    def __init__(self, segment_weight: float = 0.5):
        self.segment_weight = segment_weight
        self.overall: dict[str, float] = {}
        self.by_skin: dict[tuple[str, str], float] = {}

    def fit(self, products: Sequence[Product], reviews: Sequence[Review]) -> PopularityRecommender:
        overall: dict[str, float] = defaultdict(float)
        by_skin: dict[tuple[str, str], float] = defaultdict(float)
        for r in reviews:
            if r.rating >= POSITIVE_RATING:
                overall[r.product_id] += r.rating / 5
                if r.skin_type:
                    by_skin[(r.skin_type, r.product_id)] += r.rating / 5
        self.overall, self.by_skin = dict(overall), dict(by_skin)
        return self

    def scores(self, profile: CustomerProfile, products: Sequence[Product]) -> np.ndarray:
        skin = profile.skin_type
        return np.array(
            [
                self.overall.get(p.id, 0.0)
                + (self.segment_weight * self.by_skin.get((skin, p.id), 0.0) if skin else 0.0)
                for p in products
            ]
        )
