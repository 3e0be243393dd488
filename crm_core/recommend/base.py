"""One interface for every recommender: fit on reviews, then score products for a profile."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from crm_core.domain import Product, Review
from crm_core.errors import CrmError
from crm_core.recommend.profile import CustomerProfile

# Names a caller may ask for. `content` is the default: it needs no training and scored highest in
# bench/results/recommend-eval.md, where no other recommender's interval cleared it.
RECOMMENDERS = ("content", "popularity", "two_tower", "hybrid")
DEFAULT_RECOMMENDER = "content"
RETRAIN_HINT = "retrain with `python -m crm_core recommend train`"


class RecommenderModelError(CrmError):
    """The recommender's model file is missing, unreadable or from another version; says how to fix it."""

    exit_code = 2


@dataclass(frozen=True)
class TwoTowerSettings:
    """Training settings of the two-tower model (stored in its file); defaults train in seconds on CPU."""

    seed: int = 0
    epochs: int = 300
    lr: float = 1e-3
    margin: float = 1.0
    embed_dim: int = 16
    hidden: int = 64
    out_dim: int = 32
    hard_negative_share: float = 0.5


class Recommender(Protocol):
    """Scores are comparable within one call only (higher = better fit)."""

    name: str

    def fit(self, products: Sequence[Product], reviews: Sequence[Review]) -> Recommender: ...

    def scores(self, profile: CustomerProfile, products: Sequence[Product]) -> np.ndarray: ...


def standardise(scores: np.ndarray) -> np.ndarray:
    """z-scores, so recommenders on different scales can be blended (constant scores → zeros)."""
    std = float(scores.std())
    return (scores - scores.mean()) / std if std > 1e-12 else np.zeros_like(scores)


@dataclass(frozen=True)
class Recommendation:
    """One recommended product with why: the concerns it matches and review sentences that support it."""

    product_id: str
    name: str
    brand: str
    category: str
    price: int
    score: float
    reasons: tuple[str, ...]
    review_sentences: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "product_id": self.product_id,
            "name": self.name,
            "brand": self.brand,
            "category": self.category,
            "price": self.price,
            "score": round(self.score, 4),
            "reasons": list(self.reasons),
            "review_sentences": list(self.review_sentences),
        }


@dataclass(frozen=True)
class RecommendationSet:
    """Recommendations for one profile; `flags` name every degradation (e.g. no trained model)."""

    profile: CustomerProfile
    recommender: str
    items: tuple[Recommendation, ...]
    flags: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=(), compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "profile": self.profile.key,
            "recommender": self.recommender,
            "flags": list(self.flags),
            "notes": list(self.notes),
            "items": [i.to_json() for i in self.items],
        }
