"""The catalog retriever: one hybrid index per collection, searched together with weights and a threshold."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from crm_core.catalog import Catalog
from crm_core.catalog.matching import match_one
from crm_core.config import Settings, load_settings
from crm_core.errors import InvalidInput
from crm_core.retrieval.analyzer import ANALYZER_MODES
from crm_core.retrieval.cache import IndexCache, cache_key, content_hash, slug
from crm_core.retrieval.chunking import catalog_chunks
from crm_core.retrieval.dense import DenseRetriever, choose_index_kind
from crm_core.retrieval.embedders import Embedder, load_embedder
from crm_core.retrieval.filters import validate_filters
from crm_core.retrieval.fusion import FUSIONS
from crm_core.retrieval.hybrid import HybridRetriever
from crm_core.retrieval.lexical import KoreanLexicalRetriever
from crm_core.retrieval.types import CHUNKING_VERSION, COLLECTIONS, Chunk, Hit
from crm_core.retrieval.validation import validate_collections, validate_query, validate_top_k, validate_unit

DEFAULT_WEIGHTS = {"product_facts": 1.0, "reviews": 1.0, "brand_tone": 0.8, "stage_rules": 0.6, "past_messages": 0.7}


@dataclass(frozen=True)
class PastMessage:
    """An approved message fed back by the workbench store: a style exemplar, never a fact."""

    id: str
    text: str
    brand: str | None = None
    product_id: str | None = None
    stage: int | None = None

    def chunk(self) -> Chunk:
        """Chunk id: the store's source id as given (approved:12@r1), else past:<id>."""
        meta = {"brand": self.brand, "product_id": self.product_id, "stage": self.stage, "kind": "past_message"}
        chunk_id = self.id if ":" in self.id else f"past:{self.id}"
        return Chunk(chunk_id, "past_messages", self.text, self.id, meta)


def as_past_message(item: object) -> PastMessage:
    """A PastMessage from ours, a mapping {id, text, brand?, product_id?, stage?}, or the store's record."""
    if isinstance(item, PastMessage):
        return item
    if isinstance(item, Mapping):
        values = {k: item.get(k) for k in ("id", "text", "brand", "product_id", "stage")}
    else:  # the workbench store's PastMessage: source_id, text, brand, product_id, stage
        values = {k: getattr(item, k, None) for k in ("text", "brand", "product_id", "stage")}
        values["id"] = getattr(item, "source_id", None)
    if not str(values["id"] or "").strip() or not str(values["text"] or "").strip():
        raise InvalidInput("past_messages", f"each item needs a non-empty id and text, got {item!r:.80}")
    brand, product_id, stage = values["brand"], values["product_id"], values["stage"]
    return PastMessage(str(values["id"]), str(values["text"]), brand, product_id, stage)  # type: ignore[arg-type]


class CatalogRetriever:
    """Evidence search over a catalog: cheap to construct; `warm_up()` loads or builds the indexes."""

    def __init__(
        self,
        catalog: Catalog,
        *,
        settings: Settings | None = None,
        embedder: Embedder | str | None = "auto",
        analyzer: str = "morph+char2",
        fusion: str = "weighted",
        dense_weight: float = 0.5,
        weights: Mapping[str, float] | None = None,
        min_score: float = 0.0,
        index_kind: str = "auto",
        use_cache: bool = True,
    ):
        if not isinstance(catalog, Catalog):
            raise TypeError(f"catalog must be a Catalog, got {type(catalog).__name__}")
        if isinstance(embedder, str) and embedder != "auto":
            raise ValueError(f"embedder must be 'auto', None or an Embedder, got {embedder!r}")
        if analyzer not in ANALYZER_MODES:
            raise ValueError(f"analyzer must be one of {list(ANALYZER_MODES)}, got {analyzer!r}")
        if fusion not in FUSIONS:
            raise ValueError(f"fusion must be one of {list(FUSIONS)}, got {fusion!r}")
        choose_index_kind(0, index_kind)
        self.weights = dict(DEFAULT_WEIGHTS)
        for name, value in (weights or {}).items():
            validate_collections([name])
            self.weights[name] = validate_unit(value, f"weights.{name}")
        self.catalog = catalog
        self.settings = settings
        self.embedder_choice = embedder
        self.analyzer = analyzer
        self.fusion = fusion
        self.dense_weight = validate_unit(dense_weight, "dense_weight")
        self.min_score = validate_unit(min_score, "min_score")
        self.index_kind = index_kind
        self.use_cache = use_cache
        self.embedder: Embedder | None = None
        self.status = "not warmed up"
        self.report: dict[str, str] = {}
        self.past: list[PastMessage] = []
        self._collections: dict[str, HybridRetriever] = {}
        self._warm = False
        self._past_lock = threading.Lock()

    # ---- building -----------------------------------------------------------------------
    def _settings(self) -> Settings:
        if self.settings is None:
            self.settings = load_settings()
        return self.settings

    def warm_up(self) -> None:
        """Load the embedder (local files only) and every collection's index, from cache when unchanged."""
        if self._warm:
            return
        settings = self._settings()
        if self.embedder_choice == "auto":
            self.embedder, self.status = load_embedder(settings.embedding_model, settings.models_dir)
        elif self.embedder_choice is None:
            self.embedder, self.status = None, "lexical-only retrieval: no embedding model configured"
        else:
            self.embedder = self.embedder_choice  # type: ignore[assignment]
            self.status = f"hybrid retrieval with {self.embedder.model_id}"
        chunks = catalog_chunks(self.catalog)
        chunks["past_messages"] = [p.chunk() for p in self.past]
        for name in COLLECTIONS:
            self._collections[name] = self._build(name, chunks[name])
        self._warm = True

    def _build(self, name: str, chunks: Sequence[Chunk]) -> HybridRetriever:
        cache = IndexCache(self._settings().retrieval_cache_dir) if self.use_cache else None
        content = content_hash(chunks)
        lexical = KoreanLexicalRetriever(chunks, analyzer=self.analyzer)
        lex_key = cache_key(content, lexical.analyzer.version)
        steps = []
        if cache and cache.load(name, "lexical", lex_key, lexical.load):
            steps.append("lexical loaded")
        else:
            lexical.warm_up()
            if cache:
                cache.save(name, "lexical", lex_key, lexical.save)
            steps.append("lexical built")
        dense = None
        if self.embedder is not None:
            dense = DenseRetriever(chunks, self.embedder, index_kind=self.index_kind)
            arm = "dense-" + slug(self.embedder.model_id)
            dense_key = cache_key(content, self.embedder.model_id, dense.kind)
            if cache and cache.load(name, arm, dense_key, dense.load):
                steps.append("dense loaded")
            else:
                dense.warm_up()
                if cache:
                    cache.save(name, arm, dense_key, dense.save)
                steps.append("dense built")
        self.report[name] = ", ".join(steps)
        return HybridRetriever(lexical, dense, fusion=self.fusion, dense_weight=self.dense_weight, candidates=50)

    def add_past_messages(self, items: Iterable[object]) -> int:
        """Add approved messages as style exemplars; the past_messages index is rebuilt when next searched,
        so an approval never waits for it (at 10,000 approved messages a rebuild takes seconds)."""
        new = [as_past_message(i) for i in items]
        known = {p.id for p in self.past}
        new = [p for p in new if p.id not in known]
        if not new:
            return 0
        with self._past_lock:
            self.past.extend(new)
            self._collections.pop("past_messages", None)
        return len(new)

    def _indexed(self, name: str) -> HybridRetriever:
        """A warmed collection's index; past_messages is rebuilt here after approvals added to it."""
        with self._past_lock:
            if name not in self._collections:
                self._collections[name] = self._build(name, [p.chunk() for p in self.past])
            return self._collections[name]

    # ---- searching ----------------------------------------------------------------------
    @property
    def mode(self) -> str:
        """'hybrid' when the embedding model loaded, else 'lexical'."""
        return "hybrid" if self.embedder is not None else "lexical"

    def collection(self, name: str) -> HybridRetriever:
        validate_collections([name])
        self.warm_up()
        return self._indexed(name)

    def resolve_filters(
        self, brand: str | None = None, product: str | None = None, filters: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Brand and product names → metadata filters; unknown names raise InvalidInput listing close ones."""
        out = validate_filters(filters)
        brand_name = None
        if brand is not None:
            brand_name = self.catalog.brand(brand).name
            out["brand"] = brand_name
        if product is not None:
            if brand_name is not None:
                out["product_id"] = self.catalog.product(brand_name, product).id
            elif product.strip() in self.catalog.products_by_id:
                out["product_id"] = product.strip()
            else:
                out["product_id"] = match_one(product, self.catalog.products, lambda p: p.name, "product").id
        return out

    def search(
        self,
        query: str,
        *,
        collections: Sequence[str] | str | None = None,
        top_k: int = 5,
        brand: str | None = None,
        product: str | None = None,
        filters: Mapping[str, Any] | None = None,
    ) -> list[Hit]:
        """Best chunks across the collections: fused score × collection weight, below min_score dropped.

        :raises InvalidInput: empty query, k out of 1..1000, unknown collection, brand, product or filter.
        """
        query = validate_query(query)
        top_k = validate_top_k(top_k)
        names = validate_collections(collections)
        resolved = self.resolve_filters(brand, product, filters)
        self.warm_up()
        hits: list[Hit] = []
        for name in names:
            weight = self.weights[name]
            for hit in self._indexed(name).run(query, top_k=top_k, filters=resolved):
                if hit.score >= self.min_score and weight > 0:
                    hits.append(Hit(hit.chunk, hit.score * weight, hit.lexical, hit.dense))
        hits.sort(key=lambda h: (-h.score, h.chunk.collection, h.chunk.id))
        return hits[:top_k]

    def to_dict(self) -> dict[str, Any]:
        model = self.embedder.model_id if self.embedder is not None else None
        return {
            "type": "CatalogRetriever",
            "mode": self.mode if self._warm else None,
            "embedding_model": model,
            "analyzer": self.analyzer,
            "fusion": self.fusion,
            "dense_weight": self.dense_weight,
            "weights": dict(self.weights),
            "min_score": self.min_score,
            "index_kind": self.index_kind,
            "chunking": CHUNKING_VERSION,
        }
