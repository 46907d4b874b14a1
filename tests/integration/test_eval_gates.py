"""The release gate: the full eval suite over the shipped index must meet evals/thresholds.toml.

Runs every case set (golden questions and paraphrases, the policy sets, claims when
evals/claims.py exists) through the real pipeline with the real model, with the baselines side by
side, and fails naming each missed gate. The HTML report and JSON result are kept under
tests/artifacts/eval/ for inspection.
"""

from __future__ import annotations

import pytest

from bot.settings import PROJECT_ROOT
from evals.runner import choose_sets, evaluate, summary_lines, write_outputs

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def eval_result(shipped_index):
    result = evaluate(shipped_index, choose_sets(()))
    write_outputs(result, PROJECT_ROOT / "tests" / "artifacts" / "eval")
    return result


def test_every_gate_passes_on_the_shipped_index(eval_result):
    print("\n".join(summary_lines(eval_result)))  # the numbers, including held-out shortfalls
    failed = [g for g in eval_result["gates"] if g["status"] not in ("pass", "below-target")]
    assert not failed, "\n".join(summary_lines(eval_result))
    # Only the held-out split may be below target, and only for gates that record a floor.
    for gate in eval_result["gates"]:
        if gate["status"] == "below-target":
            assert gate["split"] == "heldout" and gate["floor"] is not None


def test_the_suite_covers_both_splits_and_every_case_family(eval_result):
    metrics = eval_result["metrics"]
    for split in ("dev", "heldout"):
        assert metrics[split]["retrieval.hybrid.recall@5"] is not None
        assert metrics[split]["answers.fact_recall"] is not None
    sets = set(eval_result["sets"])
    assert "golden" in sets and any(name.startswith("policy_") for name in sets)
    assert eval_result["stamp"]["model_id"].endswith("all-MiniLM-L6-v2")
