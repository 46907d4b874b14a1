"""Semantic intent classifier: the nearest labelled exemplars in the packaged embedder's space.

In:   folded question text (`bot.normalise.fold`), an `Embedder`, the exemplar file
      (`bot/policy_exemplars.jsonl`: id, POLICY.md category, a short non-graphic intent).
Out:  `Verdict`: the category whose exemplars are nearest (mean of its k best similarities), the
      runner-up of a different kind, the margin between them, and the ids of the nearest exemplars
      so a decision can say which exemplars decided it.
Fails: `CorpusError` naming the line for a malformed exemplar file; a cache that cannot be read
      or written is rebuilt or skipped, never fatal.

The rules in `bot/policy.py` catch the wording they know; this catches paraphrases of the same
intent. Exemplars are written for this purpose and kept apart from the eval cases. Exemplar
vectors are cached under VETTED_HOME, keyed by the exemplar file's hash and the model's weights
hash, so a cold start only embeds the question.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import threading
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from bot.embed import Embedder
from bot.errors import CorpusError

EXEMPLARS = Path(__file__).with_name("policy_exemplars.jsonl")
CATEGORIES = ("A1", "A2", "A3", "A4", "S1", "S2", "S3", "R1", "R2", "R3", "R4", "O")
# The kind of response a category leads to: the margin that matters is between kinds
# (refuse vs answer), not between neighbouring codes of the same kind (R2 vs R3).
KIND = {"A1": "answer", "A2": "answer", "A3": "answer", "A4": "signpost", "S1": "signpost",
        "S2": "signpost", "S3": "signpost", "R1": "refuse", "R2": "refuse", "R3": "refuse",
        "R4": "refuse", "O": "out_of_scope"}

# Decision thresholds belong to the embedding space they were tuned in (dev split only).
# (min mean similarity of the k nearest exemplars, min margin over the best category of another kind)
THRESHOLDS = {
    "sentence-transformers/all-MiniLM-L6-v2": {
        "refuse": (0.45, 0.05), "signpost": (0.55, 0.04), "out_of_scope": (0.30, 0.04),
        "far": 0.30, "refine": 0.03},
    # The bag-of-words test embedder shares function words freely: only near-copies count.
    "test/hash-embedder": {
        "refuse": (0.70, 0.15), "signpost": (0.70, 0.15), "out_of_scope": (0.70, 0.15),
        "far": 0.05, "refine": 0.15},
}


@dataclass(frozen=True)
class Exemplar:
    id: str
    category: str
    text: str


@dataclass(frozen=True)
class Verdict:
    category: str
    score: float
    runner_up: str  # best category of a different kind
    margin: float  # score minus the runner-up's score
    nearest: tuple[tuple[str, float], ...]  # (exemplar id, similarity) of the winning category
    scores: dict

    @property
    def kind(self) -> str:
        return KIND[self.category]

    def explain(self) -> str:
        ids = ", ".join(f"{i} {s:.2f}" for i, s in self.nearest)
        return f"nearest exemplars {ids}; margin {self.margin:.2f} over {self.runner_up}"


def load_exemplars(path: Path = EXEMPLARS) -> tuple[Exemplar, ...]:
    exemplars = []
    seen: set[str] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            exemplar = Exemplar(str(row["id"]), str(row["category"]), str(row["text"]))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise CorpusError(f"{path}:{number}: not an exemplar object ({exc})") from exc
        if exemplar.category not in CATEGORIES:
            raise CorpusError(f"{path}:{number}: unknown category {exemplar.category!r}")
        if exemplar.id in seen:
            raise CorpusError(f"{path}:{number}: duplicate exemplar id {exemplar.id!r}")
        seen.add(exemplar.id)
        exemplars.append(exemplar)
    return tuple(exemplars)


class ExemplarClassifier:
    """k-nearest-exemplar scores per category; cheap to construct, loads vectors on first use."""

    def __init__(self, embedder: Embedder, cache_dir: Path | None = None,
                 path: Path = EXEMPLARS, k: int = 3):
        if k < 1:
            raise ValueError(f"k must be at least 1, got {k}")
        self.embedder = embedder
        self.cache_dir = cache_dir
        self.path = path
        self.k = k
        self.thresholds = THRESHOLDS.get(embedder.model_id, THRESHOLDS["sentence-transformers/all-MiniLM-L6-v2"])
        self._lock = threading.Lock()

    @cached_property
    def exemplars(self) -> tuple[Exemplar, ...]:
        from bot.normalise import fold

        return tuple(Exemplar(e.id, e.category, fold(e.text)) for e in load_exemplars(self.path))

    @property
    def cache_key(self) -> str:
        data = hashlib.sha256(self.path.read_bytes()).hexdigest()[:16]
        slug = re.sub(r"[^a-z0-9]+", "-", self.embedder.model_id.lower()).strip("-")
        return f"exemplars-{data}-{slug}-{self.embedder.weights_hash[:16]}"

    @cached_property
    def vectors(self) -> np.ndarray:
        with self._lock:
            cached = self._read_cache()
            if cached is not None:
                return cached
            vectors = np.asarray(self.embedder.embed([e.text for e in self.exemplars]), dtype=np.float32)
            self._write_cache(vectors)
            return vectors

    def _cache_file(self) -> Path | None:
        return self.cache_dir / f"{self.cache_key}.npy" if self.cache_dir else None

    def _read_cache(self) -> np.ndarray | None:
        file = self._cache_file()
        if file is None or not file.is_file():
            return None
        try:
            vectors = np.load(file, allow_pickle=False)
        except (OSError, ValueError):
            return None
        return vectors if vectors.shape[0] == len(self.exemplars) else None

    def _write_cache(self, vectors: np.ndarray) -> None:
        file = self._cache_file()
        if file is None:
            return
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            handle, tmp = tempfile.mkstemp(dir=file.parent, suffix=".npy.tmp")
            with os.fdopen(handle, "wb") as out:
                np.save(out, vectors)
            os.replace(tmp, file)
        except OSError:
            pass  # a read-only home only costs a slower start

    def classify_many(self, texts: list[str]) -> list[Verdict]:
        if not texts:
            return []
        queries = np.asarray(self.embedder.embed(list(texts)), dtype=np.float32)
        return [self._verdict(row) for row in queries @ self.vectors.T]

    def classify(self, text: str) -> Verdict:
        return self.classify_many([text])[0]

    def _verdict(self, similarities: np.ndarray) -> Verdict:
        scores: dict[str, float] = {}
        best: dict[str, list[tuple[str, float]]] = {}
        for category in CATEGORIES:
            rows = [i for i, e in enumerate(self.exemplars) if e.category == category]
            if not rows:
                continue
            top = sorted(rows, key=lambda i: -similarities[i])[:self.k]
            scores[category] = float(np.mean([similarities[i] for i in top]))
            best[category] = [(self.exemplars[i].id, round(float(similarities[i]), 3)) for i in top]
        ranked = sorted(scores, key=lambda c: -scores[c])
        winner = ranked[0]
        runner_up = next((c for c in ranked[1:] if KIND[c] != KIND[winner]), winner)
        return Verdict(category=winner, score=round(scores[winner], 4), runner_up=runner_up,
                       margin=round(scores[winner] - scores[runner_up], 4),
                       nearest=tuple(best[winner][:2]),
                       scores={c: round(s, 4) for c, s in scores.items()})
