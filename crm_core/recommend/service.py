"""Persona or customer profile → top-k products with reasons; the one entry point for the CLI and the pages.

Which recommender ranks: `content` by default (it needs no training and scored highest in
bench/results/recommend-eval.md; no other recommender's interval cleared it). `two_tower` and
`hybrid` need the trained model file; without one the content-based recommender answers and
the result carries the flag `no_trained_model`, never silently. A model file that exists but
cannot be read is an error, not a fallback. Reasons always come from the content-based view
(matched concerns, supporting review sentences), whichever recommender ranked.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from crm_core.catalog import Catalog
from crm_core.domain import Product
from crm_core.errors import InvalidInput
from crm_core.recommend.base import (
    DEFAULT_RECOMMENDER,
    RECOMMENDERS,
    RETRAIN_HINT,
    Recommendation,
    RecommendationSet,
    Recommender,
    TwoTowerSettings,
)
from crm_core.recommend.content import ContentRecommender
from crm_core.recommend.data import data_hash, describe_split, require_products, time_split
from crm_core.recommend.evaluate import evaluate
from crm_core.recommend.hybrid import HybridRecommender
from crm_core.recommend.popularity import PopularityRecommender
from crm_core.recommend.profile import CustomerProfile, persona_profile

if TYPE_CHECKING:  # torch loads only when a trained model is asked for
    from crm_core.recommend.two_tower import TwoTowerRecommender

MODEL_FILE = Path("recommender") / "two_tower.pt"
HYBRID_WEIGHTS = {"content": 1.0, "two_tower": 0.5, "popularity": 0.3}


def default_model_path(models_dir: str | Path) -> Path:
    return Path(models_dir) / MODEL_FILE


def validate_k(k: object, n_candidates: int, scope: str) -> int:
    if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= n_candidates:
        raise InvalidInput("k", f"must be a whole number from 1 to {n_candidates} ({scope}), got {k!r}")
    return k


def validate_recommender(name: str) -> str:
    if name not in RECOMMENDERS:
        raise InvalidInput("recommender", f"unknown recommender {name!r}", allowed=list(RECOMMENDERS))
    return name


class ProductRecommender:
    """Fits the cheap recommenders on the whole catalog on first use; loads the two-tower file on demand."""

    def __init__(self, catalog: Catalog, model_path: str | Path | None = None):
        self.products: tuple[Product, ...] = require_products(catalog)
        self.catalog = catalog
        self.model_path = Path(model_path) if model_path else None
        self._fitted: dict[str, Recommender] = {}

    def part(self, name: str) -> Recommender:
        """A fitted content or popularity recommender (cached per instance)."""
        if name not in self._fitted:
            model = ContentRecommender() if name == "content" else PopularityRecommender()
            self._fitted[name] = model.fit(self.products, self.catalog.reviews)
        return self._fitted[name]

    def trained(self) -> tuple[TwoTowerRecommender | None, list[str]]:
        """The two-tower model and flags; (None, [no_trained_model]) when the file is absent."""
        if self.model_path is None or not self.model_path.is_file():
            return None, ["no_trained_model"]
        from crm_core.recommend.two_tower import TwoTowerRecommender

        if "two_tower" not in self._fitted:
            self._fitted["two_tower"] = TwoTowerRecommender.load(self.model_path)
        model = self._fitted["two_tower"]
        assert isinstance(model, TwoTowerRecommender)
        flags = [] if model.data_hash == data_hash(self.products, self.catalog.reviews) else ["model_data_changed"]
        return model, flags

    def ranker(self, name: str) -> tuple[Recommender, list[str], list[str]]:
        """(recommender, flags, notes) for a validated name, falling back to content (flagged) without a model."""
        if name in ("content", "popularity"):
            return self.part(name), [], []
        model, flags = self.trained()
        if model is None:
            where = self.model_path or "(no model path configured)"
            note = f"{name} needs a trained model ({where} not found); content-based ranked instead; {RETRAIN_HINT}"
            return self.part("content"), flags, [note]
        if name == "two_tower":
            return model, flags, []
        parts = [(self.part("content"), HYBRID_WEIGHTS["content"]), (model, HYBRID_WEIGHTS["two_tower"])]
        parts.append((self.part("popularity"), HYBRID_WEIGHTS["popularity"]))
        return HybridRecommender(parts), flags, []

    def candidates(self, brand: str | None) -> tuple[tuple[Product, ...], str]:
        if brand is None or not str(brand).strip():
            return self.products, "catalog products"
        name = self.catalog.brand(brand).name
        chosen = tuple(p for p in self.products if p.brand == name)
        if not chosen:
            raise InvalidInput("brand", f"brand {name!r} has no products in this catalog")
        return chosen, f"products of {name}"

    def recommend(
        self,
        profile: CustomerProfile,
        *,
        brand: str | None = None,
        k: int = 3,
        recommender: str = DEFAULT_RECOMMENDER,
    ) -> RecommendationSet:
        """Top-k products for a profile (optionally one brand's), best first, each with its reasons.

        :raises InvalidInput: unknown brand or recommender, k outside 1..number of candidates.
        :raises RecommenderModelError: the model file exists but cannot be used.
        """
        validate_recommender(recommender)
        products, scope = self.candidates(brand)
        validate_k(k, len(products), scope)
        ranker, flags, notes = self.ranker(recommender)
        scores = ranker.scores(profile, products)
        content = self.part("content")
        assert isinstance(content, ContentRecommender)
        items = []
        for i in np.argsort(-scores, kind="stable")[:k]:
            p = products[int(i)]
            reasons, sentences = content.reasons(profile, p)
            items.append(
                Recommendation(p.id, p.name, p.brand, p.category, p.price, float(scores[i]), reasons, sentences)
            )
        return RecommendationSet(profile, ranker.name, tuple(items), tuple(flags), tuple(notes))

    def for_persona(self, persona: int | str, **kwargs: object) -> RecommendationSet:
        """Recommendations for a catalog persona (index or name); unknown → InvalidInput naming `persona`."""
        return self.recommend(persona_profile(self.catalog.persona(persona)), **kwargs)  # type: ignore[arg-type]


def train_two_tower(
    catalog: Catalog, path: str | Path, settings: TwoTowerSettings | None = None
) -> TwoTowerRecommender:
    """Train on the older 80 % of reviews to measure held-out metrics, then on all of them; save to `path`."""
    from crm_core.recommend.two_tower import TwoTowerRecommender

    products = require_products(catalog)
    settings = settings or TwoTowerSettings()
    split = time_split(catalog.reviews)
    held_out = TwoTowerRecommender(settings).fit(products, split.train_reviews)
    summary = evaluate(held_out, products, split.test, catalog.personas).summary()
    model = TwoTowerRecommender(settings).fit(products, catalog.reviews)
    model.metrics = {"held_out": summary, "split": describe_split(split), "final_loss": model.losses[-1]}
    model.save(path)
    return model
