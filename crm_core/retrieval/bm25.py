"""Okapi BM25 over a sparse term matrix: scoring a query touches only its terms' postings."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy import sparse


class BM25Index:
    """Precomputed BM25 weights per (term, doc); `scores()` sums the query terms' columns."""

    def __init__(self, k1: float = 1.2, b: float = 0.75):
        if k1 < 0 or not 0 <= b <= 1:
            raise ValueError(f"BM25 needs k1 >= 0 and 0 <= b <= 1, got k1={k1}, b={b}")
        self.k1, self.b = k1, b
        self.vocab: dict[str, int] = {}
        self.n_docs = 0
        self.matrix = sparse.csc_matrix((0, 0), dtype=np.float32)

    def fit(self, docs: Sequence[Sequence[str]]) -> BM25Index:
        rows, cols, tfs = [], [], []
        doc_len = np.zeros(len(docs), dtype=np.float32)
        for row, tokens in enumerate(docs):
            doc_len[row] = len(tokens)
            for term, tf in Counter(tokens).items():
                col = self.vocab.setdefault(term, len(self.vocab))
                rows.append(row)
                cols.append(col)
                tfs.append(tf)
        self.n_docs = len(docs)
        avgdl = float(doc_len.mean()) if len(docs) and doc_len.mean() > 0 else 1.0
        rows_a, cols_a = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
        tf_a = np.array(tfs, dtype=np.float32)
        df = np.bincount(cols_a, minlength=len(self.vocab)).astype(np.float32)
        idf = np.log1p((self.n_docs - df + 0.5) / (df + 0.5))
        norm = self.k1 * (1 - self.b + self.b * doc_len[rows_a] / avgdl)
        weights = idf[cols_a] * tf_a * (self.k1 + 1) / (tf_a + norm)
        shape = (self.n_docs, len(self.vocab))
        self.matrix = sparse.csc_matrix((weights.astype(np.float32), (rows_a, cols_a)), shape=shape)
        return self

    def scores(self, query_tokens: Sequence[str]) -> np.ndarray:
        """BM25 score of every document (0 where no query term occurs)."""
        out = np.zeros(self.n_docs, dtype=np.float32)
        m = self.matrix
        for term, count in Counter(query_tokens).items():
            col = self.vocab.get(term)
            if col is None:
                continue
            start, end = m.indptr[col], m.indptr[col + 1]
            out[m.indices[start:end]] += count * m.data[start:end]
        return out

    def save(self, folder: Path) -> None:
        sparse.save_npz(folder / "bm25.npz", self.matrix, compressed=False)
        meta = {"k1": self.k1, "b": self.b, "n_docs": self.n_docs, "vocab": list(self.vocab)}
        (folder / "bm25.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> BM25Index:
        meta = json.loads((folder / "bm25.json").read_text(encoding="utf-8"))
        index = cls(meta["k1"], meta["b"])
        index.n_docs = meta["n_docs"]
        index.vocab = {term: i for i, term in enumerate(meta["vocab"])}
        index.matrix = sparse.csc_matrix(sparse.load_npz(folder / "bm25.npz"))
        return index
