"""What the recommenders learn from: product features and review interactions, with a leak-free split.

An interaction is one review: the profile it reveals, the product, the rating and the date.
Positives are ratings ≥ POSITIVE_RATING. The evaluation split is by time (train on the older
reviews, test on the newer ones), so nothing a model sees was written after what it is tested on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from crm_core.catalog import Catalog
from crm_core.domain import Product, Review
from crm_core.errors import InvalidInput
from crm_core.recommend.profile import CustomerProfile, extract_concerns, review_profile

POSITIVE_RATING = 4
PRICE_BANDS = ("~2만원", "2~4만원", "4~8만원", "8~15만원", "15만원~")
_PRICE_EDGES = (20_000, 40_000, 80_000, 150_000)


@dataclass(frozen=True)
class Interaction:
    """One review as (profile, product, rating, date); the review id is kept for its sentences."""

    review_id: str
    profile: CustomerProfile
    product_id: str
    rating: int
    date: dt.date | None

    @property
    def positive(self) -> bool:
        return self.rating >= POSITIVE_RATING


def price_band(price: int) -> str:
    return PRICE_BANDS[int(np.searchsorted(_PRICE_EDGES, price, side="right"))]


def product_text(product: Product) -> str:
    """Everything the catalog states about a product, as one text (name, category, facts)."""
    parts = [product.name, product.category, *product.key_ingredients, *product.claims, *product.selling_points]
    parts += [*product.functional_claims, *product.skin_types]
    return " ".join(parts)


def product_concerns(product: Product) -> tuple[str, ...]:
    """The concerns a product's own facts address (claims, ingredients, functions), not its reviews."""
    return extract_concerns(product_text(product))


def interactions(reviews: Sequence[Review]) -> list[Interaction]:
    """Reviews that reveal a profile, as interactions (reviews with no age, skin type or concern are skipped)."""
    out = []
    for r in reviews:
        profile = review_profile(r)
        if profile is not None:
            out.append(Interaction(r.id, profile, r.product_id, r.rating, r.date))
    return out


def require_products(catalog: Catalog) -> tuple[Product, ...]:
    """The catalog's products; an empty catalog cannot be recommended from."""
    if not catalog.products:
        raise InvalidInput("catalog", f"the catalog at {catalog.source} has no products; import products first")
    return catalog.products


def data_hash(products: Sequence[Product], reviews: Sequence[Review]) -> str:
    """A short content hash of what a model was trained on (products and reviews, order-independent)."""
    h = hashlib.sha256()
    for record in sorted([p.model_dump_json() for p in products] + [r.model_dump_json() for r in reviews]):
        h.update(record.encode())
    return h.hexdigest()[:16]


@dataclass(frozen=True)
class Split:
    """Reviews before `cutoff` train; positive interactions on or after it are test queries."""

    train_reviews: tuple[Review, ...]
    test: tuple[Interaction, ...]
    cutoff: dt.date


def time_split(reviews: Sequence[Review], test_share: float = 0.2) -> Split:
    """Split by review date at the (1 - test_share) quantile; undated reviews always train."""
    if not 0 < test_share < 1:
        raise InvalidInput("test_share", f"must be between 0 and 1, got {test_share}")
    dates = sorted(r.date for r in reviews if r.date is not None)
    if len(dates) < 10:
        raise InvalidInput("reviews", f"a time split needs at least 10 dated reviews, got {len(dates)}")
    cutoff = dates[int(len(dates) * (1 - test_share))]
    train = tuple(r for r in reviews if r.date is None or r.date < cutoff)
    test = tuple(i for i in interactions([r for r in reviews if r.date and r.date >= cutoff]) if i.positive)
    return Split(train, test, cutoff)


def describe_split(split: Split) -> dict[str, object]:
    return {"train_reviews": len(split.train_reviews), "test_queries": len(split.test), "cutoff": str(split.cutoff)}
