"""Content-based: a profile's concerns and skin type against product facts and review evidence.

Needs no training beyond indexing the catalog, so it always answers. The score adds up:
- text similarity (TF-IDF over the project's Korean character bigrams) between the profile's
  concern cues and the product's facts plus its positive reviews;
- the share of the profile's concerns that the product's own facts address;
- whether the product lists the profile's skin type;
- how much of the product's praise comes from reviewers of the same skin type and age group;
- a small bonus for a persona's preferred brands.
It also explains: matched concerns and the review sentences that support them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from crm_core.domain import Product, Review
from crm_core.recommend.data import POSITIVE_RATING, product_concerns, product_text
from crm_core.recommend.profile import CONCERN_CUES, CustomerProfile, extract_concerns
from crm_core.retrieval.analyzer import KoreanAnalyzer

# Reviews often end sentences with 요/다/음/임/함 and no full stop, so those endings split too.
_SENTENCE = re.compile(r"(?<=[.!?…~])\s+|(?<=[요다음임함])\s+|\n+")
MAX_SENTENCE_CHARS = 120


@dataclass(frozen=True)
class ContentWeights:
    text: float = 1.0
    concerns: float = 1.0
    skin_type: float = 0.3
    reviewers: float = 0.5
    preferred_brand: float = 0.2


def sentences(text: str) -> list[str]:
    return [s.strip()[:MAX_SENTENCE_CHARS] for s in _SENTENCE.split(text) if len(s.strip()) >= 8]


class ContentRecommender:
    """Facts + review evidence; `fit` only indexes (no learned weights), so it is the untrained default."""

    name = "content"

    def __init__(self, weights: ContentWeights | None = None):
        self.weights = weights or ContentWeights()
        self.analyzer = KoreanAnalyzer("char2")
        self.vectorizer: TfidfVectorizer | None = None
        self.product_ids: list[str] = []
        self.matrix = None
        self.concerns: dict[str, tuple[str, ...]] = {}
        self.praise: dict[str, list[Review]] = {}

    def fit(self, products: Sequence[Product], reviews: Sequence[Review]) -> ContentRecommender:
        praise: dict[str, list[Review]] = defaultdict(list)
        for r in reviews:
            if r.rating >= POSITIVE_RATING:
                praise[r.product_id].append(r)
        docs = [" ".join([product_text(p), *(r.text for r in praise.get(p.id, []))]) for p in products]
        self.vectorizer = TfidfVectorizer(analyzer=self.analyzer.tokens, sublinear_tf=True)
        self.matrix = self.vectorizer.fit_transform(docs)
        self.product_ids = [p.id for p in products]
        self.concerns = {p.id: product_concerns(p) for p in products}
        self.praise = dict(praise)
        return self

    def query_text(self, profile: CustomerProfile) -> str:
        cues = [cue for c in profile.concerns for cue in CONCERN_CUES[c]]
        return " ".join([*cues, profile.skin_type or ""]).strip()

    def text_scores(self, profile: CustomerProfile, products: Sequence[Product]) -> np.ndarray:
        assert self.vectorizer is not None, "call fit() first"
        query = self.query_text(profile)
        if not query:
            return np.zeros(len(products))
        sims = (self.matrix @ self.vectorizer.transform([query]).T).toarray().ravel()
        row = {pid: i for i, pid in enumerate(self.product_ids)}
        return np.array([sims[row[p.id]] if p.id in row else 0.0 for p in products])

    def reviewer_affinity(self, profile: CustomerProfile, product_id: str) -> float:
        """Share of the product's positive reviews from the same skin type / age group (smoothed)."""
        praise = self.praise.get(product_id, [])
        same = sum((r.skin_type == profile.skin_type) + (r.age_group == profile.age_group) for r in praise)
        fields = (profile.skin_type is not None) + (profile.age_group is not None)
        return same / (fields * (len(praise) + 5)) if fields else 0.0

    def scores(self, profile: CustomerProfile, products: Sequence[Product]) -> np.ndarray:
        w = self.weights
        wanted = set(profile.concerns)
        out = w.text * self.text_scores(profile, products)
        for i, p in enumerate(products):
            matched = wanted & set(self.concerns.get(p.id) or product_concerns(p))
            out[i] += w.concerns * (len(matched) / len(wanted) if wanted else 0.0)
            out[i] += w.skin_type * (profile.skin_type in p.skin_types)
            out[i] += w.reviewers * self.reviewer_affinity(profile, p.id)
            out[i] += w.preferred_brand * (p.brand in profile.preferred_brands)
        return out

    def reasons(
        self, profile: CustomerProfile, product: Product, max_sentences: int = 2
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Korean reason lines and the review sentences (same skin type first) that back the matched concerns."""
        matched = [c for c in profile.concerns if c in (self.concerns.get(product.id) or product_concerns(product))]
        lines = []
        if matched:
            lines.append(f"고민 일치: {', '.join(matched)}")
        if profile.skin_type and profile.skin_type in product.skin_types:
            lines.append(f"{profile.skin_type} 피부 사용 표기")
        if product.brand in profile.preferred_brands:
            lines.append(f"선호 브랜드: {product.brand}")
        cues = matched or list(profile.concerns)
        praise = sorted(
            self.praise.get(product.id, []), key=lambda r: (r.skin_type != profile.skin_type, -r.rating, r.id)
        )
        found: list[str] = []
        for r in praise:
            for s in sentences(r.text):
                if set(extract_concerns(s)) & set(cues) and s not in found:
                    found.append(s)
                    break
            if len(found) >= max_sentences:
                break
        if not lines:
            lines.append("리뷰 평가가 좋은 제품")
        return tuple(lines), tuple(found)
