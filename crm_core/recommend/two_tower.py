"""The two-tower model: customer and product towers trained with a triplet loss on review interactions.

Customer tower: age group, skin type, concerns. Product tower: category, brand, price band,
concerns its facts address, listed skin types. Each field is a multi-hot → 16-d embedding
(mean of its values); the fields are concatenated → MLP 64 → 32 → L2-normalised. The loss is
triplet margin (margin 1.0) with a hard negative from the positive's own category half the
time (so the model must learn more than "creams are popular"). Training is seeded and runs
full-batch on CPU, so a seed gives the same weights on the same machine.

The model file is one torch.save dict: format, version, vocabularies, settings, data hash,
metrics and the weights; load() checks each and says what to do when any is wrong.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from crm_core.domain import SKIN_TYPES, Product, Review
from crm_core.recommend.base import RETRAIN_HINT, RecommenderModelError, TwoTowerSettings
from crm_core.recommend.data import data_hash, interactions, price_band, product_concerns
from crm_core.recommend.profile import AGE_GROUPS, CONCERNS, CustomerProfile

MODEL_FORMAT = "crm-two-tower"
MODEL_VERSION = 1
CUSTOMER_FIELDS = ("age_group", "skin_type", "concerns")
PRODUCT_FIELDS = ("category", "brand", "price_band", "concerns", "skin_types")


def customer_values(profile: CustomerProfile) -> dict[str, tuple[str, ...]]:
    return {
        "age_group": (profile.age_group,) if profile.age_group else (),
        "skin_type": (profile.skin_type,) if profile.skin_type else (),
        "concerns": profile.concerns,
    }


def product_values(product: Product) -> dict[str, tuple[str, ...]]:
    return {
        "category": (product.category,),
        "brand": (product.brand,),
        "price_band": (price_band(product.price),),
        "concerns": product_concerns(product),
        "skin_types": product.skin_types,
    }


def encode(values: Sequence[dict[str, tuple[str, ...]]], vocab: dict[str, list[str]]) -> dict[str, torch.Tensor]:
    """Rows of field values → one mean-normalised multi-hot tensor per field (unknown values ignored)."""
    out = {}
    for name, words in vocab.items():
        index = {w: i for i, w in enumerate(words)}
        m = torch.zeros(len(values), len(words))
        for row, v in enumerate(values):
            hits = [index[w] for w in v[name] if w in index]
            if hits:
                m[row, hits] = 1.0 / len(hits)
        out[name] = m
    return out


class Tower(nn.Module):
    """Per-field linear embeddings, concatenated, then an MLP to an L2-normalised vector."""

    def __init__(self, vocab: dict[str, list[str]], s: TwoTowerSettings):
        super().__init__()
        self.fields = list(vocab)
        self.embed = nn.ModuleDict({f: nn.Linear(len(vocab[f]), s.embed_dim, bias=False) for f in self.fields})
        self.mlp = nn.Sequential(
            nn.Linear(s.embed_dim * len(self.fields), s.hidden), nn.ReLU(), nn.Linear(s.hidden, s.out_dim)
        )

    def forward(self, x: dict[str, torch.Tensor]) -> torch.Tensor:
        h = torch.cat([self.embed[f](x[f]) for f in self.fields], dim=1)
        return nn.functional.normalize(self.mlp(h), dim=1)


@contextmanager
def single_thread() -> Iterator[None]:
    """Train on one thread: tiny matrices gain nothing from more, and a shared 2-core box loses a lot."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(before)


class NegativeSampler:
    """For each positive product: another product of its own category with probability `hard_share`
    (when the category has another), else any other product. Vectorised, seeded through `rng`."""

    def __init__(self, categories: Sequence[str], hard_share: float, rng: np.random.Generator):
        self.n = len(categories)
        self.hard_share = hard_share
        self.rng = rng
        self.members = np.array(sorted(range(self.n), key=lambda i: (categories[i], i)))
        cats = [categories[i] for i in self.members]
        start = {c: cats.index(c) for c in set(cats)}
        size = {c: cats.count(c) for c in set(cats)}
        where = {int(m): k for k, m in enumerate(self.members)}
        self.start = np.array([start[c] for c in categories])
        self.size = np.array([size[c] for c in categories])
        self.offset = np.array([where[i] - start[categories[i]] for i in range(self.n)])

    def sample(self, positives: np.ndarray) -> np.ndarray:
        size, offset = self.size[positives], self.offset[positives]
        k = (self.rng.random(len(positives)) * np.maximum(size - 1, 1)).astype(int)
        hard = self.members[self.start[positives] + k + (k >= offset)]
        other = self.rng.integers(0, self.n - 1, len(positives))
        other = other + (other >= positives)
        use_hard = (self.rng.random(len(positives)) < self.hard_share) & (size > 1)
        return np.where(use_hard, hard, other)


class TwoTowerRecommender:
    """Train with fit(), score with scores(), persist with save()/load()."""

    name = "two_tower"

    def __init__(self, settings: TwoTowerSettings | None = None):
        self.settings = settings or TwoTowerSettings()
        self.customer_vocab: dict[str, list[str]] = {}
        self.product_vocab: dict[str, list[str]] = {}
        self.customer: Tower | None = None
        self.product: Tower | None = None
        self.data_hash = ""
        self.metrics: dict[str, Any] = {}
        self.losses: list[float] = []

    def build_vocab(self, products: Sequence[Product]) -> None:
        self.customer_vocab = {"age_group": list(AGE_GROUPS), "skin_type": list(SKIN_TYPES), "concerns": list(CONCERNS)}
        rows = [product_values(p) for p in products]
        self.product_vocab = {f: sorted({v for r in rows for v in r[f]}) or ["-"] for f in PRODUCT_FIELDS}

    def build_towers(self) -> None:
        self.customer = Tower(self.customer_vocab, self.settings)
        self.product = Tower(self.product_vocab, self.settings)

    def fit(self, products: Sequence[Product], reviews: Sequence[Review]) -> TwoTowerRecommender:
        s = self.settings
        if len(products) < 2:
            raise RecommenderModelError(f"training needs at least 2 products in the catalog, got {len(products)}")
        torch.manual_seed(s.seed)
        rng = np.random.default_rng(s.seed)
        self.build_vocab(products)
        self.build_towers()
        row = {p.id: i for i, p in enumerate(products)}
        pairs = [(i.profile, row[i.product_id]) for i in interactions(reviews) if i.positive and i.product_id in row]
        if not pairs:
            raise RecommenderModelError("training needs at least one positive review (rating ≥ 4) of a catalog product")
        anchors = encode([customer_values(p) for p, _ in pairs], self.customer_vocab)
        items = encode([product_values(p) for p in products], self.product_vocab)
        positives = np.array([j for _, j in pairs])
        sampler = NegativeSampler([p.category for p in products], s.hard_negative_share, rng)
        loss_fn = nn.TripletMarginLoss(margin=s.margin)
        params = [*self.customer.parameters(), *self.product.parameters()]
        optimiser = torch.optim.Adam(params, lr=s.lr)
        self.losses = []
        pos_index = torch.from_numpy(positives)
        with single_thread():
            for _ in range(s.epochs):
                neg_index = torch.from_numpy(sampler.sample(positives))
                item_vecs = self.product(items)
                loss = loss_fn(self.customer(anchors), item_vecs[pos_index], item_vecs[neg_index])
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
                self.losses.append(loss.item())
        self.data_hash = data_hash(products, reviews)
        return self

    def scores(self, profile: CustomerProfile, products: Sequence[Product]) -> np.ndarray:
        if self.customer is None or self.product is None:
            raise RecommenderModelError(f"the two-tower model is not trained; {RETRAIN_HINT}")
        with torch.no_grad():
            c = self.customer(encode([customer_values(profile)], self.customer_vocab))
            p = self.product(encode([product_values(x) for x in products], self.product_vocab))
        return (p @ c.T).numpy().ravel()

    # ---- persistence --------------------------------------------------------------------
    def save(self, path: str | Path) -> Path:
        if self.customer is None or self.product is None:
            raise RecommenderModelError(f"nothing to save: the model is not trained; {RETRAIN_HINT}")
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        blob = {
            "format": MODEL_FORMAT,
            "version": MODEL_VERSION,
            "settings": asdict(self.settings),
            "customer_vocab": self.customer_vocab,
            "product_vocab": self.product_vocab,
            "data_hash": self.data_hash,
            "metrics": self.metrics,
            "customer": self.customer.state_dict(),
            "product": self.product.state_dict(),
        }
        tmp = path.with_suffix(path.suffix + ".tmp")
        torch.save(blob, tmp)
        tmp.replace(path)
        return path

    @classmethod
    def load(cls, path: str | Path) -> TwoTowerRecommender:
        """:raises RecommenderModelError: missing, unreadable, foreign or other-version file (names the path)."""
        path = Path(path)
        if not path.is_file():
            raise RecommenderModelError(f"model file {path}: not found; {RETRAIN_HINT}")
        try:
            blob = torch.load(path, map_location="cpu", weights_only=True)
        except Exception as exc:  # any unpickling/zip error means the same thing to the user
            raise RecommenderModelError(
                f"model file {path}: cannot be read ({type(exc).__name__}); {RETRAIN_HINT}"
            ) from exc
        if not isinstance(blob, dict) or blob.get("format") != MODEL_FORMAT:
            raise RecommenderModelError(f"model file {path}: not a two-tower recommender file; {RETRAIN_HINT}")
        if blob.get("version") != MODEL_VERSION:
            raise RecommenderModelError(
                f"model file {path}: version {blob.get('version')!r}, this code reads version {MODEL_VERSION}; "
                f"{RETRAIN_HINT}"
            )
        try:
            model = cls(TwoTowerSettings(**blob["settings"]))
            model.customer_vocab, model.product_vocab = blob["customer_vocab"], blob["product_vocab"]
            model.build_towers()
            model.customer.load_state_dict(blob["customer"])
            model.product.load_state_dict(blob["product"])
        except (KeyError, TypeError, RuntimeError) as exc:
            raise RecommenderModelError(
                f"model file {path}: incomplete or damaged ({exc!s:.120}); {RETRAIN_HINT}"
            ) from exc
        model.data_hash, model.metrics = blob.get("data_hash", ""), dict(blob.get("metrics") or {})
        return model
