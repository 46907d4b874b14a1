"""Choose `abstain_threshold` from the calibration set, and from nothing else.

In:   evals/cases/calibration.jsonl (answerable questions, category A*, and in-scope questions
      no vetted source covers, category N), the current index.
Out:  for every candidate threshold, how many answerable questions would be wrongly abstained
      and how many unanswerable ones wrongly answered; the chosen threshold (the most
      unanswerable questions caught while withholding at most MAX_LOSS of the answerable ones,
      ties to the lowest); a JSON
      record under evals/results/ naming the run. Prints the table; changes no setting:
      copy the number into `bot/settings.py` with the run's name in a comment.
Fails: `UsageError` when the calibration set is missing or has no case of one kind.

Run: `python -m evals.calibrate [--out DIR]`. The golden, policy and claims sets are never read
here, so the numbers `vetted eval` reports on them stay honest.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

from evals.runner import CASES_DIR, DEFAULT_OUT, load_cases, progress

CANDIDATES = [round(0.20 + 0.01 * i, 2) for i in range(61)]  # 0.20 … 0.80
# A withheld good answer fails a parent or teacher; an answered unanswerable question still shows
# only true, cited sentences. So the threshold may cost at most 5% of the answerable questions.
MAX_LOSS = 0.05


def observe(vetted, cases: list[dict]) -> list[dict]:
    """Each case's evidence score, and whether Vetted abstains on it for reasons other than the
    threshold (a year or name the sources never mention, or nothing to compose)."""
    rows = []
    with progress(cases, "calibration") as bar:
        for case in bar:
            answer = vetted.answer(case["question"], case.get("jurisdiction"), tuple(case.get("history", ())))
            rows.append({"id": case["id"], "split": case["split"], "unanswerable": case.get("category") == "N",
                         "decision": answer.decision, "evidence": answer.evidence_score or 0.0,
                         "other_abstain": answer.decision in ("abstained", "out_of_scope", "refused")})
    return rows


def sweep(rows: list[dict], candidates: list[float] = CANDIDATES) -> list[dict]:
    table = []
    answerable = [r for r in rows if not r["unanswerable"]]
    unanswerable = [r for r in rows if r["unanswerable"]]
    for t in candidates:
        def abstains(r):
            return r["other_abstain"] or (r["decision"] in ("answered", "signposted") and r["evidence"] < t)
        wrongly_withheld = sum(abstains(r) for r in answerable)
        caught = sum(abstains(r) for r in unanswerable)
        tpr = caught / len(unanswerable)
        tnr = 1 - wrongly_withheld / len(answerable)
        table.append({"threshold": t, "abstention_recall": round(tpr, 4),
                      "answerable_kept": round(tnr, 4), "balanced_accuracy": round((tpr + tnr) / 2, 4),
                      "wrongly_withheld": wrongly_withheld, "wrongly_answered": len(unanswerable) - caught})
    return table


def choose(table: list[dict], max_loss: float = MAX_LOSS) -> dict:
    """The threshold that catches the most unanswerable questions while withholding at most
    `max_loss` of the answerable ones that the lowest threshold keeps; ties go to the lowest."""
    kept_at_lowest = table[0]["answerable_kept"]
    eligible = [row for row in table if kept_at_lowest - row["answerable_kept"] <= max_loss + 1e-9]
    best = max(row["abstention_recall"] for row in eligible)
    return min((row for row in eligible if row["abstention_recall"] == best), key=lambda r: r["threshold"])


@click.command()
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUT,
              show_default=True)
def main(out_dir: Path) -> None:
    """Sweep abstain_threshold over the calibration set and print the best one."""
    from bot.cli import ensure_index
    from bot.errors import UsageError
    from bot.pipeline import Vetted
    from bot.settings import load_settings

    path = CASES_DIR / "calibration.jsonl"
    if not path.is_file():
        raise UsageError(f"no calibration set at {path}")
    cases = load_cases(path)
    if not any(c.get("category") == "N" for c in cases) or all(c.get("category") == "N" for c in cases):
        raise UsageError("the calibration set needs both answerable and unanswerable (category N) cases")
    vetted = Vetted(load_settings(abstain_threshold=0.0))  # observe scores without the current threshold
    ensure_index(vetted)
    vetted.warm_up()
    rows = observe(vetted, cases)
    table = sweep(rows)
    chosen = choose(table)
    created = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    record = {"run": f"calibration-{created}", "index_id": vetted.store.build_id,
              "cases": len(cases), "chosen": chosen, "table": table, "observations": rows}
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"{record['run']}.json").write_text(json.dumps(record, indent=1), encoding="utf-8")
    for row in table[::5]:
        click.echo(f"t={row['threshold']:.2f}  abstention recall {row['abstention_recall']:.3f}  "
                   f"answerable kept {row['answerable_kept']:.3f}  balanced {row['balanced_accuracy']:.3f}")
    click.echo(f"Chosen abstain_threshold = {chosen['threshold']:.2f} ({record['run']}, index {record['index_id']}): "
               f"abstention recall {chosen['abstention_recall']:.3f}, answerable kept {chosen['answerable_kept']:.3f}")


if __name__ == "__main__":
    sys.exit(main())
