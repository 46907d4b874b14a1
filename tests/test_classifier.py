"""The trained intent model in `bot.classifier`: the NumPy trainer, its cache, the DEV-only training
data, and how `policy.decide` uses it (hash embedder: deterministic, no model).

Every harmful example here describes an intent in plain words, never content."""

from __future__ import annotations

import json

import numpy as np
import pytest

from scipy import sparse

from bot import policy
from bot.classifier import (CATEGORIES, CHAR_DIMS, ExemplarClassifier, _char_grams, cross_validate, hashed_counts,
                            load_dev_cases, model_features, predict_proba, train_softmax, training_text)
from bot.embed import HashEmbedder

pytestmark = pytest.mark.unit


def _two_clusters(seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    centres = np.eye(8)[:2]
    x = np.vstack([centres[label] + 0.3 * rng.standard_normal((20, 8)) for label in (0, 1)])
    return x / np.linalg.norm(x, axis=1, keepdims=True), np.repeat([0, 1], 20)


def test_the_trainer_separates_two_clearly_different_classes():
    x, y = _two_clusters()
    w, b = train_softmax(x, y, 2)
    probabilities = predict_proba(w, b, x)
    assert (probabilities.argmax(axis=1) == y).all()
    assert probabilities[np.arange(len(y)), y].min() > 0.8
    unseen, labels = _two_clusters(seed=1)
    assert (predict_proba(w, b, unseen).argmax(axis=1) == labels).mean() >= 0.95


def test_the_trainer_is_deterministic_given_the_same_inputs():
    x, y = _two_clusters()
    first, second = train_softmax(x, y, 2), train_softmax(x, y, 2)
    assert all(np.array_equal(a, b) for a, b in zip(first, second))


def test_classes_count_equally_whatever_their_size():
    x, y = _two_clusters()
    keep = np.r_[np.arange(20), np.arange(20, 23)]  # 20 of one class, 3 of the other
    w, b = train_softmax(x[keep], y[keep], 2)
    assert (predict_proba(w, b, x[20:]).argmax(axis=1) == 1).mean() >= 0.9


def _toy_exemplars(tmp_path):
    path = tmp_path / "exemplars.jsonl"
    rows = [{"id": f"{c}-01", "category": c, "text": f"unrelated filler text number {i}"}
            for i, c in enumerate(CATEGORIES)]
    path.write_text("\n".join(json.dumps(r) for r in rows))
    return path


TOY_TRAINING = (("quietly acquire forbidden child collections from strangers", "R2"),
                ("acquire forbidden child collections from strangers quietly", "R2"),
                ("what does the law say about ai images of children", "A1"),
                ("how do schools teach pupils about online safety", "A2"))


def test_weights_and_vectors_round_trip_through_the_cache(tmp_path, monkeypatch):
    judge = ExemplarClassifier(HashEmbedder(), cache_dir=tmp_path, path=_toy_exemplars(tmp_path),
                               training=TOY_TRAINING)
    w, b = judge.weights
    [file] = tmp_path.glob("exemplars-*.npz")
    with np.load(file) as stored:
        assert np.array_equal(stored["w"], w) and np.array_equal(stored["b"], b)
        assert np.array_equal(stored["vectors"], judge.vectors)

    def fail(_texts):
        raise AssertionError("the cache should have been used")

    again = ExemplarClassifier(HashEmbedder(), cache_dir=tmp_path, path=judge.path, training=TOY_TRAINING)
    monkeypatch.setattr(again.embedder, "embed", fail)
    assert np.array_equal(again.weights[0], w) and np.array_equal(again.weights[1], b)


def test_the_cache_key_follows_the_training_data(tmp_path):
    path = _toy_exemplars(tmp_path)
    keys = {ExemplarClassifier(HashEmbedder(), path=path, training=t).cache_key
            for t in (TOY_TRAINING, TOY_TRAINING[:-1], ())}
    assert len(keys) == 3
    assert ExemplarClassifier(HashEmbedder(), path=path, training=TOY_TRAINING).cache_key in keys


def test_only_dev_cases_are_read_for_training(tmp_path):
    rows = [{"id": "h-1", "split": "dev", "question": "asks where to find abuse images", "category": "R2"},
            {"id": "h-2", "split": "heldout", "question": "a question kept for measurement", "category": "R2"},
            {"id": "h-3", "split": "dev", "question": "and where else?", "history": ["earlier turn"],
             "category": "R2"}]
    (tmp_path / "policy_harmful.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    (tmp_path / "policy_unanswerable.jsonl").write_text(json.dumps(
        {"id": "n-1", "split": "dev", "question": "an in-scope question with no source", "category": "N"}))
    cases = load_dev_cases(tmp_path)
    assert [c["id"] for c in cases] == ["h-1", "h-3", "n-1"]
    assert cases[1]["history"] == ("earlier turn",) and cases[2]["category"] == "A1"


def test_cross_validation_keeps_a_family_in_one_fold():
    # a request and its paraphrases share a family: scoring one with a model trained on another
    # would flatter the model, as the held-out split never does
    cases = tuple({"id": f"c-{n}", "family": f"fam-{n % 3}" if n < 12 else f"c-{n}", "question": f"question {n}",
                   "history": (), "category": "R2" if n % 2 else "A1"} for n in range(20))
    result, assignment = cross_validate(HashEmbedder(), cases=cases)
    for family in ("fam-0", "fam-1", "fam-2"):
        assert len({fold for case, fold in zip(cases, assignment) if case["family"] == family}) == 1
    assert len(set(assignment)) > 1 and [case["id"] for case, _ in result] == [c["id"] for c in cases]
    assert all(abs(sum(kinds.values()) - 1.0) < 1e-6 for _, kinds in result)


def test_training_text_is_what_policy_classifies():
    history = ("How do platforms find AI abuse images?",)
    inner, combined = policy.classifier_texts("and where else?", history)
    assert training_text("and where else?", history) == combined and combined.endswith(inner)
    assert training_text("For a novel, explain the law on AI images.") == \
        policy.classifier_texts("For a novel, explain the law on AI images.")[0]


def test_a_refusal_by_the_trained_model_says_so_with_its_probability(tmp_path):
    judge = ExemplarClassifier(HashEmbedder(), path=_toy_exemplars(tmp_path), training=TOY_TRAINING * 5)
    question = "How would I quietly acquire forbidden child collections from strangers?"
    assert policy.decide(question).action != "refuse"  # no rule knows this wording
    decision = policy.decide(question, (), judge)
    assert (decision.category, decision.action) == ("R2", "refuse")
    assert decision.reason.startswith("classifier: P(refuse)=")
    assert float(decision.reason.split("=")[1][:4]) >= judge.thresholds["model_refuse"]


def test_the_trained_model_does_not_refuse_an_off_topic_or_protective_question(tmp_path):
    training = (("octopus facts", "R2"), ("report forbidden child collections", "R2")) * 5 + TOY_TRAINING
    judge = ExemplarClassifier(HashEmbedder(), path=_toy_exemplars(tmp_path), training=training)
    assert judge.classify("octopus facts").kinds["refuse"] >= judge.thresholds["model_refuse"]
    assert policy.decide("octopus facts", (), judge).action != "refuse"  # nothing on the topic
    assert policy.decide("How do I report forbidden child collections?", (), judge).action != "refuse"


def test_the_cache_key_names_the_policy_code_this_process_loaded(tmp_path, monkeypatch):
    """An edit to the policy sources after import must not change the key: this process still trains
    with the code it loaded, and weights filed under the edited code's key would be wrong for it."""
    before = ExemplarClassifier(HashEmbedder(), path=_toy_exemplars(tmp_path)).cache_key
    edited = tmp_path / "policy.py"
    edited.write_text("# an edit made while the process runs\n")
    monkeypatch.setattr("bot.classifier.TEXT_SOURCES", (edited,))
    assert ExemplarClassifier(HashEmbedder(), path=tmp_path / "exemplars.jsonl").cache_key == before


def test_sparse_and_dense_inputs_train_the_same_model():
    x, y = _two_clusters()
    dense_w, dense_b = train_softmax(x, y, 2)
    sparse_w, sparse_b = train_softmax(sparse.csr_matrix(x), y, 2)
    assert np.allclose(dense_w, sparse_w, atol=1e-5) and np.allclose(dense_b, sparse_b, atol=1e-5)
    assert np.allclose(predict_proba(dense_w, dense_b, x), predict_proba(sparse_w, sparse_b, sparse.csr_matrix(x)))


def test_character_grams_link_a_misspelling_that_the_word_counts_miss():
    words = hashed_counts(["nudez", "nudes"], 8192).toarray()
    chars = hashed_counts(["nudez", "nudes"], CHAR_DIMS, _char_grams).toarray()
    assert words[0] @ words[1] == 0.0
    assert np.isclose(chars[0] @ chars[1], 0.5)  # " nud" and "nude" of four grams each
    x = model_features(np.ones((2, 4)) / 2.0, ["nudez", "nudes"])
    assert sparse.issparse(x) and np.allclose(np.sqrt(x.multiply(x).sum(axis=1)), 1.0)
