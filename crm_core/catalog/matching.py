"""Name matching that never silently picks the wrong record.

Products: exact name → the unique name containing the text (`unique_part`) → the unique name with
the same normalised key and the same set/refill/bundle marks (`normalised`, see catalog/names.py).
Anything else is refused with up to five genuinely close candidates, ranked by cosine similarity
of character 2–3-grams over normalised names (TF-IDF weighted), brand-aware: another brand's
product is shown with its brand and ranks lower. A candidate below CLOSE is not shown at all.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np

from crm_core.catalog.names import compact, name_key, variant_marks
from crm_core.domain import Brand, Product, ProductMatch
from crm_core.errors import InvalidInput

T = TypeVar("T")

CLOSE = 0.35  # below this cosine a name is not shown as a candidate
OTHER_BRAND_WEIGHT = 0.8  # another brand's product ranks lower than the brief brand's own
MAX_CANDIDATES = 5
RANK_CHUNK = 2000  # sheet names ranked per sparse matrix product


@dataclass(frozen=True)
class Candidate:
    """A catalog product close to a sheet name, with how close (0..1)."""

    product: Product
    score: float

    def label(self, brand: str | None) -> str:
        """The product name, prefixed by its brand when that is not the brief's brand."""
        own = self.product.brand == brand
        return self.product.name if own else f"{self.product.brand} · {self.product.name}"


@dataclass(frozen=True)
class Lookup:
    """One sheet name looked up: the product and how it matched, or why not plus close candidates."""

    query: str
    product: Product | None = None
    match: ProductMatch | None = None
    problem: str = ""
    candidates: tuple[Candidate, ...] = ()

    def error(self, brand: str | None) -> InvalidInput:
        """The row-level error: what is wrong, and the close candidates as the allowed values."""
        return InvalidInput("product", self.problem, allowed=[c.label(brand) for c in self.candidates])


class ProductMatcher:
    """Index over a catalog's products, built once; `lookup_many` ranks every miss in one matrix product."""

    def __init__(self, products: Sequence[Product], brands: Sequence[Brand]):
        self.products = tuple(products)
        self.brand_spellings = {b.name: (b.name, b.name_en) for b in brands}
        self.by_name: dict[tuple[str, str], Product] = {}
        self.by_compact: dict[tuple[str, str], list[Product]] = defaultdict(list)
        self.by_key: dict[tuple[str, str], list[Product]] = defaultdict(list)
        self.marks: dict[str, frozenset[str]] = {}
        brand_names: dict[str, list[tuple[str, Product]]] = defaultdict(list)
        self.keys: list[str] = []
        for p in self.products:
            key = self.key(p.name, p.brand)
            self.keys.append(key)
            self.marks[p.id] = variant_marks(p.name)
            self.by_name.setdefault((p.brand, p.name), p)
            self.by_compact[(p.brand, compact(p.name))].append(p)
            self.by_key[(p.brand, key)].append(p)
            brand_names[p.brand].append((compact(p.name), p))
        # per brand, every compact name in one string: "which names contain X" is a few str.find calls
        self.joined: dict[str, tuple[str, list[int], list[tuple[str, Product]]]] = {}
        for brand, names in brand_names.items():
            starts, pos = [], 0
            for name, _ in names:
                starts.append(pos)
                pos += len(name) + 1
            self.joined[brand] = ("\n".join(n for n, _ in names), starts, names)
        self.brand_code = {b: i for i, b in enumerate(sorted({p.brand for p in self.products}))}
        self.brand_codes = np.array([self.brand_code[p.brand] for p in self.products], dtype=np.int32)
        from sklearn.feature_extraction.text import TfidfVectorizer  # seconds to import: only when matching

        # float32: the scores are shown with two decimals; half the memory traffic of the ranking product
        self.vectoriser = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), sublinear_tf=True, dtype=np.float32)
        self.matrix = self.vectoriser.fit_transform(self.keys or [""])
        self.cache: dict[tuple[str, str], Lookup] = {}  # a sheet repeats names; rows look them up once

    def key(self, name: str, brand: str | None) -> str:
        return name_key(name, self.brand_spellings.get(brand or "", ()))

    def containing(self, brand: str, wanted: str) -> list[tuple[str, Product]]:
        """The brand's (compact name, product) pairs whose compact name contains `wanted`."""
        if not wanted or brand not in self.joined:
            return []
        text, starts, names = self.joined[brand]
        out, at = [], text.find(wanted)
        while at != -1:
            i = bisect_right(starts, at) - 1
            out.append(names[i])
            next_start = starts[i + 1] if i + 1 < len(starts) else len(text)
            at = text.find(wanted, next_start)
        return out

    # ---- direct matches -----------------------------------------------------------------
    def direct(self, brand: str, query: str) -> Lookup | None:
        """Exact, unique part or normalised match within the brand; None when there is none."""
        text = query.strip()
        if (brand, text) in self.by_name:
            return self.found(text, self.by_name[(brand, text)], "exact", 1.0)
        wanted = compact(text)
        same = self.by_compact.get((brand, wanted), [])
        if len(same) == 1:
            return self.found(text, same[0], "normalised", 1.0)
        contained = self.containing(brand, wanted)
        marks = variant_marks(text) if contained or (brand, self.key(text, brand)) in self.by_key else frozenset()
        containing = [(n, p) for n, p in contained if self.marks[p.id] == marks]
        if len(containing) == 1:
            name, product = containing[0]
            return self.found(text, product, "unique_part", round(len(wanted) / len(name), 3))
        if len(containing) > 1:
            listed = tuple(Candidate(p, round(len(wanted) / len(n), 3)) for n, p in containing)
            return Lookup(
                text,
                problem=f"{text!r} is ambiguous: {len(containing)} names of {brand} contain it; give the full name",
                candidates=listed[:MAX_CANDIDATES],
            )
        alike = [p for p in self.by_key.get((brand, self.key(text, brand)), []) if self.marks[p.id] == marks]
        if len(alike) == 1:  # same key: the n-gram cosine of the keys is 1
            return self.found(text, alike[0], "normalised", 1.0)
        return None

    @staticmethod
    def found(query: str, product: Product, kind: str, score: float) -> Lookup:
        match = ProductMatch(kind=kind, from_=query, score=min(max(score, 0.0), 1.0))  # type: ignore[arg-type]
        return Lookup(query, product=product, match=match)

    # ---- candidates for a miss ----------------------------------------------------------
    def ranked(self, brands: Sequence[str | None], queries: Sequence[str]) -> list[tuple[Candidate, ...]]:
        """Up to five close candidates per query (one sparse matrix product for all of them)."""
        if not queries or not self.products:
            return [() for _ in queries]
        q = self.vectoriser.transform([self.key(text, brand) for brand, text in zip(brands, queries, strict=True)])
        wanted = np.array([self.brand_code.get(b or "", -1) for b in brands])
        out: list[tuple[Candidate, ...]] = []
        for first in range(0, len(brands), RANK_CHUNK):  # bounded memory for a big sheet
            sims = (q[first : first + RANK_CHUNK] @ self.matrix.T).tocsr()
            sims.data[sims.data < CLOSE] = 0.0  # brand weighting only lowers a score: drop the hopeless early
            sims.eliminate_zeros()
            rows = np.repeat(np.arange(sims.shape[0]), np.diff(sims.indptr)) + first
            other = (self.brand_codes[sims.indices] != wanted[rows]) & (wanted[rows] >= 0)
            weighted = np.where(other, sims.data * OTHER_BRAND_WEIGHT, sims.data)
            for row in range(sims.shape[0]):
                start, end = sims.indptr[row], sims.indptr[row + 1]
                vals = weighted[start:end]
                close = np.flatnonzero(vals >= CLOSE)
                top = close[np.argsort(-vals[close], kind="stable")[:MAX_CANDIDATES]]
                cols = sims.indices[start:end]
                out.append(tuple(Candidate(self.products[cols[i]], round(float(vals[i]), 3)) for i in top))
        return out

    def lookup_many(self, pairs: Sequence[tuple[str, str]]) -> list[Lookup]:
        """Every (brand, product text) looked up; misses carry their problem and close candidates."""
        pairs = [(brand, text.strip()) for brand, text in pairs]
        results: list[Lookup | None] = [
            self.cache.get((brand, text)) or self.direct(brand, text) for brand, text in pairs
        ]
        misses = [i for i, r in enumerate(results) if r is None]
        ranked = self.ranked([pairs[i][0] for i in misses], [pairs[i][1] for i in misses])
        for i, candidates in zip(misses, ranked, strict=True):
            brand, text = pairs[i]
            results[i] = Lookup(text.strip(), problem=self.miss_problem(brand, text, candidates), candidates=candidates)
        done = [r for r in results if r is not None]
        if len(self.cache) < 100_000:
            self.cache.update(zip(pairs, done, strict=True))
        return done

    def lookup(self, brand: str, text: str) -> Lookup:
        return self.lookup_many([(brand, text)])[0]

    def miss_problem(self, brand: str, text: str, candidates: tuple[Candidate, ...]) -> str:
        """Why a name did not match: a set/refill/bundle of a known product, or simply not in the catalog."""
        same_key = self.by_key.get((brand, self.key(text, brand)), [])
        if same_key:
            marks = sorted(variant_marks(text) ^ variant_marks(same_key[0].name)) or ["size"]
            if len(same_key) > 1 and not (variant_marks(text) ^ variant_marks(same_key[0].name)):
                return f"{text!r} fits {len(same_key)} products of {brand} that differ only in size; pick one"
            return (
                f"{text!r} is a {'/'.join(marks)} listing of {same_key[0].name!r}, not the same product; "
                "map it or use name only"
            )
        if not candidates:
            return f"unknown product {text!r} for brand {brand}; no catalog product is close"
        return f"unknown product {text!r} for brand {brand}; closest products"

    def across_brands(self, text: str) -> Lookup:
        """For a sheet without a usable brand: the candidates among every brand's products."""
        candidates = self.ranked([None], [text])[0]
        return Lookup(text.strip(), candidates=candidates)


def closest_names(query: str, names: Sequence[str], limit: int = MAX_CANDIDATES) -> list[str]:
    """Names most like the query by character 2–3-gram cosine, best first; only genuinely close ones."""
    if not names:
        return []
    from sklearn.feature_extraction.text import TfidfVectorizer

    keyed = [compact(n) for n in names]
    vectoriser = TfidfVectorizer(analyzer="char", ngram_range=(2, 3)).fit(keyed)
    sims = (vectoriser.transform([compact(query)]) @ vectoriser.transform(keyed).T).toarray()[0]
    order = [i for i in np.argsort(-sims, kind="stable") if sims[i] >= CLOSE]
    return [names[i] for i in order[:limit]]


def match_one(query: str, items: Sequence[T], name_of: Callable[[T], str], field: str) -> T:
    """The one item whose name equals the query, else the unique one containing it.

    :raises InvalidInput: naming the field, listing the candidates when ambiguous or the
        closest names when unknown.
    """
    if not query or not query.strip():
        raise InvalidInput(field, "is empty", allowed=[name_of(i) for i in items][:20])
    for item in items:
        if name_of(item) == query:
            return item
    key = compact(query)
    exact = [i for i in items if compact(name_of(i)) == key]
    if len(exact) == 1:
        return exact[0]
    partial = exact or [i for i in items if key in compact(name_of(i))]
    if len(partial) == 1:
        return partial[0]
    if len(partial) > 1:
        raise InvalidInput(
            field,
            f"{query!r} is ambiguous: {len(partial)} names contain it; give the full name",
            allowed=[name_of(i) for i in partial],
        )
    raise InvalidInput(
        field, f"unknown {field} {query!r}; closest names", allowed=closest_names(query, [name_of(i) for i in items])
    )
