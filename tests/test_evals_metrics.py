"""Eval metrics: each definition in evals/metrics.py on small hand-worked examples."""

from __future__ import annotations

import math

import pytest

from evals import metrics
from evals.calibrate import choose, sweep
from evals.runner import check_gates, compare, percentile

pytestmark = pytest.mark.unit


def test_recall_at_k_counts_any_expected_source_in_the_top_k():
    ranked = ["a", "b", "c", "d", "e", "f"]
    assert metrics.recall_at_k(ranked, ["e"], 5) == 1.0
    assert metrics.recall_at_k(ranked, ["f"], 5) == 0.0
    assert metrics.recall_at_k(ranked, ["x", "b"], 5) == 1.0


def test_mrr_is_one_over_the_first_relevant_rank():
    assert metrics.reciprocal_rank(["a", "b", "c"], ["c"]) == pytest.approx(1 / 3)
    assert metrics.reciprocal_rank(["a", "b", "c"], ["z"]) == 0.0


def test_ndcg_counts_each_expected_source_once_and_normalises_by_the_ideal():
    # Two expected sources found at ranks 1 and 3; a repeat of "a" at rank 2 gains nothing.
    got = metrics.ndcg_at_k(["a", "a", "b"], ["a", "b"])
    ideal = 1 + 1 / math.log2(3)
    assert got == pytest.approx((1 + 1 / math.log2(4)) / ideal)
    assert metrics.ndcg_at_k(["a", "b"], ["a", "b"]) == pytest.approx(1.0)


def test_fact_recall_normalises_case_quotes_and_spaces():
    answer = "The IWF found 20,254   images; it called them ‘criminal’ [1]."
    assert metrics.fact_recall(answer, ["20,254 images", "'criminal'"]) == 1.0
    assert metrics.fact_recall(answer, ["20,254", "2,978"]) == 0.5
    assert metrics.fact_recall(answer, []) is None


def test_markers_must_resolve_to_citations():
    assert metrics.markers_valid("One [1]. Two [2].", [1, 2])
    assert not metrics.markers_valid("One [1]. Two [3].", [1, 2])


def test_quote_match_needs_the_exact_span_and_the_current_corpus_text():
    body = "First sentence. Second sentence here."
    assert metrics.quote_matches("Second sentence here.", 16, 37, body, body)
    assert not metrics.quote_matches("Second sentence here.", 15, 36, body)
    assert not metrics.quote_matches("Second sentence here.", 16, 37, body, "Edited corpus text.")


def test_abstention_precision_and_recall():
    predicted = [True, True, False, True]
    unanswerable = [True, False, True, True]
    result = metrics.abstention(predicted, unanswerable)
    assert result["recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["precision"] == pytest.approx(2 / 3, abs=1e-4)


def test_support_needs_every_number_and_the_same_negation():
    span = "The IWF assessed 2,978 images as criminal in 2023."
    assert metrics.support_detail("The IWF assessed 2,978 images as criminal.", span, 0.9)["supported"]
    assert not metrics.support_detail("The IWF assessed 3,978 images as criminal.", span, 0.9)["supported"]
    assert not metrics.support_detail("The IWF did not assess 2,978 images as criminal.", span, 0.9)["supported"]
    assert not metrics.support_detail("Ofcom fined a platform.", span, 0.1)["supported"]


def test_citation_scores_follow_alce_recall_and_precision(hash_embedder):
    judge = metrics.SupportJudge(hash_embedder.embed)
    good = "The IWF assessed 2,978 images as criminal."
    off = "Ofcom opened an investigation into a platform in January."
    scores = judge.citation_scores([(good, [good]), (off, [good])])
    assert scores == {"recall": 0.5, "precision": 0.5}


def test_gates_pass_fail_and_no_data():
    values = {"dev": {"m": 0.95, "base": 0.97, "low": 0.01}, "heldout": {"m": 0.80, "base": 0.70, "low": None}}
    gates = [{"metric": "m", "min": 0.9, "not_below": ["base"]}, {"metric": "low", "max": 0.02}]
    checked = {(g["metric"], g["split"], g["against"]): g["status"] for g in check_gates(values, gates, partial=False)}
    assert checked[("m", "dev", None)] == "pass"
    assert checked[("m", "dev", "base")] == "fail"      # behind the baseline
    assert checked[("m", "heldout", None)] == "fail"    # below the minimum
    assert checked[("m", "heldout", "base")] == "pass"
    assert checked[("low", "heldout", None)] == "fail"  # no data fails a full run
    partial = check_gates(values, gates, partial=True)
    assert [g["status"] for g in partial if g["metric"] == "low" and g["split"] == "heldout"] == ["no-data"]


def test_compare_lists_what_moved():
    old = {"metrics": {"all": {"a": 0.5, "b": 0.7}}}
    new = {"metrics": {"all": {"a": 0.6, "b": 0.7}}}
    assert compare(old, new) == [{"split": "all", "metric": "a", "old": 0.5, "new": 0.6, "delta": 0.1}]


def test_percentile_interpolates():
    assert percentile([10, 20, 30, 40], 0.5) == 25.0
    assert percentile([], 0.5) is None


def test_calibration_catches_most_unanswerables_within_the_allowed_loss():
    rows = [{"unanswerable": False, "decision": "answered", "evidence": e, "other_abstain": False} for e in (0.6, 0.7, 0.8)]
    rows += [{"unanswerable": True, "decision": "answered", "evidence": e, "other_abstain": False} for e in (0.3, 0.4, 0.62)]
    rows += [{"unanswerable": True, "decision": "abstained", "evidence": 0.9, "other_abstain": True}]
    table = sweep(rows, [0.35, 0.45, 0.65, 0.9])
    chosen = choose(table)
    assert chosen["threshold"] == 0.45  # 0.65 would withhold a third of the good answers
    assert chosen["abstention_recall"] == 0.75 and chosen["answerable_kept"] == 1.0
    assert choose(table, max_loss=0.5)["threshold"] == 0.65
