"""Every claim case through the real CLI (`vetted check --jsonl`) over the shipped index:
verdict accuracy >= 0.9 on each kind, and a wrong figure is never called supported."""

from __future__ import annotations

import json

import pytest

from evals.claims import KIND_THRESHOLD, load_cases, score
from tests.integration.conftest import run_cli

pytestmark = pytest.mark.integration


def test_claim_verdicts_meet_the_thresholds(shipped_index):
    cases = load_cases()
    lines = "".join(json.dumps({"claim": c["claim"], "jurisdiction": c.get("jurisdiction")}) + "\n" for c in cases)
    result = run_cli(["check", "--jsonl"], shipped_index.env, stdin=lines)
    assert result.returncode == 0, result.stderr[-2000:]
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(outputs) == len(cases)
    for case, output in zip(cases, outputs):
        assert output["claim"] == " ".join(case["claim"].split())  # echoed as cleaned: spaces collapsed
    report = score(cases, {c["id"]: o for c, o in zip(cases, outputs)})

    failures = "\n".join(f"{f['id']}: expected {f['expected']}, got {f['got']} ({f['explanation']})"
                         for f in report["failures"])
    assert report["wrong_figure_called_supported"] == 0, failures
    for kind, row in report["by_kind"].items():
        assert row["accuracy"] >= KIND_THRESHOLD, f"{kind}: {row}\n{failures}"
    # Every piece of evidence is a verbatim span of its source (checked like answer quotes).
    bodies = {sid: s.body for sid, s in shipped_index.store.sources.items()}
    for output in outputs:
        for citation in output.get("evidence", []):
            assert citation["quote"] in bodies[citation["source_id"]]
