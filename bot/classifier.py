"""Semantic intent classifier: nearest labelled exemplars plus a trained linear model, both in the
packaged embedder's space.

In:   folded question text (`bot.normalise.fold`), an `Embedder`, the exemplar file
      (`bot/policy_exemplars.jsonl`: id, POLICY.md category, a short non-graphic intent) and the
      DEV split of the policy eval cases (`evals/cases/policy_*.jsonl`; heldout rows are never read
      into training).
Out:  `Verdict`: the category whose exemplars are nearest (mean of its k best similarities), the
      runner-up of a different kind, the margin between them, the ids of the nearest exemplars,
      and the trained model's probability of each response kind (refuse / signpost / answer /
      out_of_scope) with its most likely category of each kind.
Fails: `CorpusError` naming the line for a malformed exemplar file; a cache that cannot be read
      or written is rebuilt or skipped, never fatal.

The rules in `bot/policy.py` catch the wording they know; the exemplars catch near paraphrases of
the same intent; the trained model (multinomial logistic regression, NumPy gradient descent over
sparse SciPy features) generalises from exemplars and dev questions together. Exemplar vectors and model weights are
cached under VETTED_HOME in one `.npz`, keyed by the exemplar file, the dev training data, the
policy/normalise sources as this process loaded them (they shape the text that is trained on) and
the model's weights hash, so a cold start only loads arrays and embeds the question.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import threading
import zlib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np
from scipy import sparse

import bot.policy  # noqa: F401  (loaded beside _TEXT_DIGEST below: see there)
from bot.embed import Embedder
from bot.errors import CorpusError

EXEMPLARS = Path(__file__).with_name("policy_exemplars.jsonl")
CASES = Path(__file__).resolve().parents[1] / "evals" / "cases"
CASE_SETS = ("harmful", "legit", "disclosure", "out_of_scope", "unanswerable")
# Sources whose behaviour changes the text the model is trained on (fold, unwrap, reframe).
TEXT_SOURCES = tuple(Path(__file__).with_name(name) for name in (
    "normalise.py", "gloss.py", "policy.py", "policy_words.py", "policy_refusals.py", "policy_signposts.py"))
# Read once, as this module is imported, right after bot.policy and the modules it imports: the
# weights are trained with the code this process loaded, so the cache key must name that code. A
# key read from disk when the first question arrives would name any edit made since, and a later
# process with the edited code would load weights trained by the old one.
_TEXT_DIGEST = hashlib.sha256(b"".join(source.read_bytes() for source in TEXT_SOURCES)).hexdigest()
TRAINER_VERSION = "softmax-3-chars"
# The trained model reads the sentence embedding beside hashed counts of the words and word pairs
# and of the character 4-grams: the embedding carries paraphrase, the words carry the verbs and
# objects that separate a request from a question about it ("make" vs "how do platforms find"), and
# the character grams carry what a word-level hash splits apart (misspellings, "nudes"/"nude",
# compounds, glossed foreign words). Sizes and weights chosen by family-grouped 5-fold
# cross-validation on DEV (README "Policy classifier"); the counts are sparse, so training stays fast.
LEXICAL_DIMS = 8192
LEXICAL_WEIGHT = 1.3
CHAR_GRAM = 4
CHAR_DIMS = 8192
CHAR_WEIGHT = 0.8
MODEL_SCALE = 15.0
CATEGORIES = ("A1", "A2", "A3", "A4", "S1", "S2", "S3", "R1", "R2", "R3", "R4", "O")
# The kind of response a category leads to: the margin that matters is between kinds
# (refuse vs answer), not between neighbouring codes of the same kind (R2 vs R3).
KIND = {"A1": "answer", "A2": "answer", "A3": "answer", "A4": "signpost", "S1": "signpost",
        "S2": "signpost", "S3": "signpost", "R1": "refuse", "R2": "refuse", "R3": "refuse",
        "R4": "refuse", "O": "out_of_scope"}
KINDS = ("answer", "signpost", "refuse", "out_of_scope")
# An unanswerable question ("N") is an in-scope question the corpus cannot answer: policy answers it.
TRAIN_AS = {"N": "A1"}

# Decision thresholds belong to the embedding space they were tuned in (dev split only).
# kNN: (min mean similarity of the k nearest exemplars, min margin over the best category of another kind)
# model: minimum trained-model probability of the kind, chosen by 5-fold cross-validation on DEV
# (no legit dev question over the refusal line, with margin; see README "Safety policy").
# model_refuse: 0.75 until blind batch 31, then 0.70, the lowest line at which the whole policy, with
# models that never saw the case's family (5 folds) or writer batch (`evals.new_writer --refuse-line`),
# refuses no more legitimate DEV questions than at 0.75: out of fold it refuses 2081 of 2093 DEV
# requests, not 2075; at 0.65 two legitimate questions are refused as well.
# model_signpost_fallback: an answer the sources cannot give is signposted instead when the model
# gives P(signpost) at least this (5-fold cross-validation on DEV: no unanswerable question that
# abstains goes above 0.02; the legit questions that abstain above 0.30 are mostly people in a
# situation of their own, "I accidentally saw what looked like an AI abuse image…").
# knn_refuse_model_floor: the exemplars refuse only if the model gives P(refuse) at least this
# (leave-one-writer-batch-out on DEV, 18 batches: every harmful request only the exemplars refused had
# >= 0.54; the disclosures and questions that also met the exemplars' refusal condition, saved so far
# only by a later check, had up to 0.44, then 0.50 and 0.59).
THRESHOLDS = {
    "sentence-transformers/all-MiniLM-L6-v2": {
        "refuse": (0.45, 0.05), "signpost": (0.55, 0.04), "out_of_scope": (0.30, 0.04),
        "far": 0.30, "refine": 0.03, "model_refuse": 0.70, "model_signpost": 0.60,
        "model_out_of_scope": 0.60, "knn_refuse_model_floor": 0.45, "model_signpost_fallback": 0.30},
    # The bag-of-words test embedder shares function words freely: only near-copies count.
    "test/hash-embedder": {
        "refuse": (0.70, 0.15), "signpost": (0.70, 0.15), "out_of_scope": (0.70, 0.15),
        "far": 0.05, "refine": 0.15, "model_refuse": 0.90, "model_signpost": 0.90,
        "model_out_of_scope": 0.95, "knn_refuse_model_floor": 0.0, "model_signpost_fallback": 0.90},
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
    kinds: dict = field(default_factory=dict)  # trained model: kind -> probability
    best_of_kind: dict = field(default_factory=dict)  # trained model: kind -> its likeliest category

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


def load_dev_cases(cases_dir: Path = CASES) -> tuple[dict, ...]:
    """The DEV rows of the policy case sets (question, history, category, id); heldout rows are
    dropped as they are read. Missing files (an installed package without evals) give nothing."""
    rows = []
    for name in CASE_SETS:
        path = cases_dir / f"policy_{name}.jsonl"
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("split") != "dev":
                continue
            category = TRAIN_AS.get(row.get("category"), row.get("category"))
            if category in CATEGORIES:
                rows.append({"id": row["id"], "set": name, "question": row["question"],
                             "history": tuple(row.get("history") or ()), "category": category,
                             "batch": row.get("batch", "original"), "family": row.get("family") or row["id"]})
    return tuple(rows)


def training_text(question: str, history: tuple[str, ...] = ()) -> str:
    """The text `policy.decide` gives the classifier for this turn (read with the previous turn
    when it is a bare follow-up): train on exactly what will be classified."""
    from bot.policy import classifier_texts

    inner, combined = classifier_texts(question, history)
    return combined or inner


# ---- the trained model ---------------------------------------------------------------------
_WORDS = re.compile(r"[a-z0-9']+")


def _word_grams(text: str) -> list[str]:
    words = _WORDS.findall(text)
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


def _char_grams(text: str) -> list[str]:
    padded = " " + " ".join(_WORDS.findall(text)) + " "
    return [padded[i:i + CHAR_GRAM] for i in range(len(padded) - CHAR_GRAM + 1)]


def hashed_counts(texts: list[str], dims: int, grams=_word_grams) -> sparse.csr_matrix:
    """Unit-length hashed counts of each (folded) text's grams, sparse; crc32 keeps the buckets the
    same in every process, so cached weights stay valid."""
    rows, cols, values = [], [], []
    for row, text in enumerate(texts):
        counts: dict[int, float] = {}
        for gram in grams(text):
            bucket = zlib.crc32(gram.encode()) % dims
            counts[bucket] = counts.get(bucket, 0.0) + 1.0
        norm = float(np.sqrt(sum(v * v for v in counts.values()))) or 1.0
        rows += [row] * len(counts)
        cols += list(counts)
        values += [v / norm for v in counts.values()]
    return sparse.csr_matrix((values, (rows, cols)), shape=(len(texts), dims), dtype=np.float64)


def model_features(vectors: np.ndarray, texts: list[str]) -> sparse.csr_matrix:
    """What the trained model reads: the embedding, the weighted word and character-gram counts,
    joined and unit length (sparse: most of its columns are hash buckets a text never fills)."""
    joined = sparse.hstack([sparse.csr_matrix(np.asarray(vectors, dtype=np.float64)),
                            LEXICAL_WEIGHT * hashed_counts(texts, LEXICAL_DIMS),
                            CHAR_WEIGHT * hashed_counts(texts, CHAR_DIMS, _char_grams)], format="csr")
    norms = np.sqrt(np.asarray(joined.multiply(joined).sum(axis=1)).ravel())
    return sparse.diags(1.0 / np.where(norms > 0, norms, 1.0)) @ joined


def _as_matrix(x):
    return x.tocsr().astype(np.float64) if sparse.issparse(x) else np.asarray(x, dtype=np.float64)


def train_softmax(x: np.ndarray, y: np.ndarray, n_classes: int, *, l2: float = 1e-3, steps: int = 400,
                  rate: float = 0.5, scale: float = MODEL_SCALE) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression by full-batch gradient descent (Adam), from zeros: the same
    inputs always give the same weights. Classes are weighted equally whatever their size.
    `x` rows are unit vectors; `scale` stretches them so probabilities can become confident."""
    x = _as_matrix(x) * scale
    x_t = x.T.tocsr() if sparse.issparse(x) else x.T
    n, dims = x.shape
    onehot = np.zeros((n, n_classes))
    onehot[np.arange(n), y] = 1.0
    counts = onehot.sum(axis=0)
    weight = (onehot / np.where(counts > 0, counts, 1.0)).sum(axis=1, keepdims=True)
    weight /= weight.sum()
    w, b = np.zeros((dims, n_classes)), np.zeros(n_classes)
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, steps + 1):
        grad = weight * (_softmax(x @ w + b) - onehot)
        g_w, g_b = x_t @ grad + l2 * w, grad.sum(axis=0)
        m_w, v_w = beta1 * m_w + (1 - beta1) * g_w, beta2 * v_w + (1 - beta2) * g_w ** 2
        m_b, v_b = beta1 * m_b + (1 - beta1) * g_b, beta2 * v_b + (1 - beta2) * g_b ** 2
        correction = np.sqrt(1 - beta2 ** step) / (1 - beta1 ** step)
        w -= rate * 0.01 * correction * m_w / (np.sqrt(v_w) + eps)
        b -= rate * 0.01 * correction * m_b / (np.sqrt(v_b) + eps)
    return (w * scale).astype(np.float32), b.astype(np.float32)


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


def predict_proba(w: np.ndarray, b: np.ndarray, x: np.ndarray) -> np.ndarray:
    return _softmax(np.asarray(_as_matrix(x) @ np.asarray(w, dtype=np.float64)) + b)


class ExemplarClassifier:
    """k-nearest-exemplar scores per category and a trained linear model; cheap to construct,
    loads (or builds) vectors and weights on first use.

    `training` is a sequence of (text, category) pairs learned beside the exemplars; by default the
    DEV policy cases as `policy.decide` reads them. Pass () to train on exemplars alone."""

    def __init__(self, embedder: Embedder, cache_dir: Path | None = None,
                 path: Path = EXEMPLARS, k: int = 3, training=None):
        if k < 1:
            raise ValueError(f"k must be at least 1, got {k}")
        self.embedder = embedder
        self.cache_dir = cache_dir
        self.path = path
        self.k = k
        self._training = None if training is None else tuple(training)
        self.thresholds = THRESHOLDS.get(embedder.model_id, THRESHOLDS["sentence-transformers/all-MiniLM-L6-v2"])
        self._lock = threading.Lock()

    @cached_property
    def exemplars(self) -> tuple[Exemplar, ...]:
        from bot.normalise import fold

        return tuple(Exemplar(e.id, e.category, fold(e.text)) for e in load_exemplars(self.path))

    @cached_property
    def _dev_cases(self) -> tuple[dict, ...]:
        return load_dev_cases() if self._training is None else ()

    @cached_property
    def training(self) -> tuple[tuple[str, str], ...]:
        if self._training is not None:
            return self._training
        return tuple((training_text(r["question"], r["history"]), r["category"]) for r in self._dev_cases)

    @property
    def cache_key(self) -> str:
        digest = hashlib.sha256(self.path.read_bytes())
        digest.update(TRAINER_VERSION.encode())
        if self._training is None:
            cases = [(r["question"], r["history"], r["category"]) for r in self._dev_cases]
            digest.update(json.dumps(cases, sort_keys=True).encode())
            digest.update(_TEXT_DIGEST.encode())
        else:
            digest.update(json.dumps(self._training).encode())
        slug = re.sub(r"[^a-z0-9]+", "-", self.embedder.model_id.lower()).strip("-")
        return f"exemplars-{digest.hexdigest()[:16]}-{slug}-{self.embedder.weights_hash[:16]}"

    @cached_property
    def _arrays(self) -> dict[str, np.ndarray]:
        with self._lock:
            cached = self._read_cache()
            if cached is not None:
                return cached
            arrays = self._build()
            self._write_cache(arrays)
            return arrays

    @property
    def vectors(self) -> np.ndarray:
        return self._arrays["vectors"]

    @property
    def weights(self) -> tuple[np.ndarray, np.ndarray]:
        return self._arrays["w"], self._arrays["b"]

    def _build(self) -> dict[str, np.ndarray]:
        texts = [e.text for e in self.exemplars] + [t for t, _ in self.training]
        labels = [e.category for e in self.exemplars] + [c for _, c in self.training]
        embedded = np.asarray(self.embedder.embed(texts), dtype=np.float32)
        y = np.array([CATEGORIES.index(c) for c in labels])
        w, b = train_softmax(model_features(embedded, texts), y, len(CATEGORIES))
        return {"vectors": embedded[:len(self.exemplars)], "w": w, "b": b}

    def _cache_file(self) -> Path | None:
        return self.cache_dir / f"{self.cache_key}.npz" if self.cache_dir else None

    def _read_cache(self) -> dict[str, np.ndarray] | None:
        file = self._cache_file()
        if file is None or not file.is_file():
            return None
        try:
            with np.load(file, allow_pickle=False) as data:
                arrays = {name: data[name] for name in ("vectors", "w", "b")}
        except (OSError, ValueError, KeyError):
            return None
        return arrays if arrays["vectors"].shape[0] == len(self.exemplars) else None

    def _write_cache(self, arrays: dict[str, np.ndarray]) -> None:
        file = self._cache_file()
        if file is None:
            return
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            handle, tmp = tempfile.mkstemp(dir=file.parent, suffix=".npz.tmp")
            with os.fdopen(handle, "wb") as out:
                np.savez(out, **arrays)
            os.replace(tmp, file)
        except OSError:
            pass  # a read-only home only costs a slower start

    def classify_many(self, texts: list[str]) -> list[Verdict]:
        if not texts:
            return []
        queries = np.asarray(self.embedder.embed(list(texts)), dtype=np.float32)
        probabilities = predict_proba(*self.weights, model_features(queries, list(texts)))
        return [self._verdict(row, probs) for row, probs in zip(queries @ self.vectors.T, probabilities)]

    def classify(self, text: str) -> Verdict:
        return self.classify_many([text])[0]

    def _verdict(self, similarities: np.ndarray, probabilities: np.ndarray) -> Verdict:
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
        kinds = {kind: round(float(sum(p for c, p in zip(CATEGORIES, probabilities) if KIND[c] == kind)), 4)
                 for kind in KINDS}
        best_of_kind = {kind: max((c for c in CATEGORIES if KIND[c] == kind),
                                  key=lambda c: probabilities[CATEGORIES.index(c)]) for kind in KINDS}
        return Verdict(category=winner, score=round(scores[winner], 4), runner_up=runner_up,
                       margin=round(scores[winner] - scores[runner_up], 4),
                       nearest=tuple(best[winner][:2]),
                       scores={c: round(s, 4) for c, s in scores.items()},
                       kinds=kinds, best_of_kind=best_of_kind)


def cross_validate(embedder: Embedder, folds: int = 5, cases: tuple[dict, ...] | None = None):
    """Out-of-fold kind probabilities for every DEV case: the model is trained on the exemplars and
    the other folds, then scores the held-in fold. Folds are fixed by a hash of the case's family, so
    a request and its paraphrases are never split between training and scoring (as the held-out
    split keeps them together); a case without one is its own family.
    Returns [(case, {kind: probability})]. An honest estimate of how the model generalises."""
    cases = load_dev_cases() if cases is None else cases
    exemplars = [Exemplar(e.id, e.category, e.text) for e in load_exemplars()]
    from bot.normalise import fold as fold_text

    texts = [training_text(c["question"], c["history"]) for c in cases]
    x_cases = model_features(embedder.embed(texts), texts)
    exemplar_texts = [fold_text(e.text) for e in exemplars]
    x_ex = model_features(embedder.embed(exemplar_texts), exemplar_texts)
    y_ex = np.array([CATEGORIES.index(e.category) for e in exemplars])
    y_cases = np.array([CATEGORIES.index(c["category"]) for c in cases])
    assignment = np.array([int(hashlib.sha256(c.get("family", c["id"]).encode()).hexdigest(), 16) % folds
                           for c in cases])
    result: list = [None] * len(cases)
    for held in range(folds):
        train = assignment != held
        w, b = train_softmax(sparse.vstack([x_ex, x_cases[train]]), np.concatenate([y_ex, y_cases[train]]),
                             len(CATEGORIES))
        probabilities = predict_proba(w, b, x_cases[~train])
        for index, probs in zip(np.flatnonzero(~train), probabilities):
            result[index] = (cases[index], {kind: float(sum(p for c, p in zip(CATEGORIES, probs) if KIND[c] == kind))
                                            for kind in KINDS})
    return result, assignment
