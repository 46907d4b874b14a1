"""Fact-check eval: verdict accuracy on the claim cases (evals/cases/claims.jsonl).

In:   claim cases {"id","split","claim","jurisdiction","kind","expected_verdict",...}, a split
      ("dev", "heldout" or None for all) and optionally a `Vetted` (default: the configured one).
Out:  {"n", "accuracy", "by_kind": {kind: {"n", "correct", "accuracy"}}, "failures": [...],
       "wrong_figure_called_supported": int, "passed": bool}.
Fails: `ValueError` naming the case for a malformed case.

Thresholds: accuracy >= 0.9 on every kind, and a claim with a wrong figure is never "supported".
Run: python -m evals.claims [--split dev|heldout]
"""

from __future__ import annotations

import json
from pathlib import Path

CASES = Path(__file__).with_name("cases") / "claims.jsonl"
KIND_THRESHOLD = 0.9
REQUIRED = ("id", "split", "claim", "kind", "expected_verdict")


def load_cases(path: Path = CASES) -> list[dict]:
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        case = json.loads(line)
        missing = [k for k in REQUIRED if k not in case]
        if missing:
            raise ValueError(f"{path.name} line {number}: missing {', '.join(missing)}")
        cases.append(case)
    return cases


def score(cases: list[dict], verdicts: dict[str, dict]) -> dict:
    """Accuracy per kind from {case id: claim_json-like result} (shared by the CLI-driven test)."""
    by_kind: dict[str, dict] = {}
    failures = []
    wrong_figure_supported = 0
    for case in cases:
        got = verdicts[case["id"]]
        row = by_kind.setdefault(case["kind"], {"n": 0, "correct": 0})
        row["n"] += 1
        if got.get("verdict") == case["expected_verdict"]:
            row["correct"] += 1
        else:
            failures.append({"id": case["id"], "claim": case["claim"], "expected": case["expected_verdict"],
                             "got": got.get("verdict"), "explanation": got.get("explanation", got.get("error"))})
        if case["kind"] == "wrong_figure" and got.get("verdict") == "supported":
            wrong_figure_supported += 1
    for row in by_kind.values():
        row["accuracy"] = round(row["correct"] / row["n"], 4)
    total = sum(r["n"] for r in by_kind.values())
    correct = sum(r["correct"] for r in by_kind.values())
    lowest = min((r["accuracy"] for r in by_kind.values()), default=0.0)
    return {"n": total, "accuracy": round(correct / total, 4) if total else 0.0, "by_kind": by_kind,
            "min_kind_accuracy": lowest,
            "failures": failures, "wrong_figure_called_supported": wrong_figure_supported,
            "passed": bool(total) and wrong_figure_supported == 0
            and all(r["accuracy"] >= KIND_THRESHOLD for r in by_kind.values())}


def select(cases: list[dict], split: str | None) -> list[dict]:
    return [c for c in cases if split is None or c["split"] == split]


def evaluate_claims(cases: list[dict], split: str | None = None, vetted=None) -> dict:
    """Run `check_claim` over the cases of `split` (None: all) and score the verdicts."""
    from bot.errors import VettedError
    from bot.factcheck import check_claim, claim_json
    from bot.pipeline import default_vetted

    vetted = vetted or default_vetted()
    chosen = select(cases, split)
    verdicts = {}
    for case in chosen:
        try:
            verdicts[case["id"]] = claim_json(check_claim(case["claim"], case.get("jurisdiction"), vetted))
        except VettedError as exc:
            verdicts[case["id"]] = {"verdict": None, "error": exc.message}
    return {"split": split or "all", **score(chosen, verdicts)}


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "heldout"], default=None)
    args = parser.parse_args()
    report = evaluate_claims(load_cases(), args.split)
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
