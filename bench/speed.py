"""Speed benchmark: cold start, warm latency, index build time and memory, measured as a user sees them.

In:   the installed `vetted` console script, the corpus, and (for the warm and cold runs) the
      current index under VETTED_HOME; questions from evals/cases/golden.jsonl.
Out:  numbers on stdout and a JSON file (default bench/results/speed.json, git-ignored), which
      `vetted eval` includes in its report when present.
Fails: exits 1 with one line when a `vetted` subprocess fails.

Run: `python -m bench.speed [--cold N] [--warm N] [--build/--no-build] [--out FILE]`.
- cold start: wall time of `vetted ask --json QUESTION` as a fresh process (median of N).
- warm p50/p95: per-question latency inside one `vetted ask --jsonl` process, from the gaps
  between answers arriving on stdout (the first answer, which pays the loading, is excluded).
- index build: `vetted index build --force` into a temporary VETTED_HOME.
- RSS: peak resident memory (VmHWM) of the `--jsonl` process after answering.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import click

from evals.runner import percentile

ROOT = Path(__file__).resolve().parents[1]
VETTED = str(Path(sys.executable).parent / "vetted")
DEFAULT_OUT = ROOT / "bench" / "results" / "speed.json"


def questions(limit: int) -> list[str]:
    path = ROOT / "evals" / "cases" / "golden.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r["question"] for r in rows][:limit]


def cold_start(runs: int, env: dict) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run([VETTED, "ask", "--json", "Is AI-generated CSAM illegal in the UK?"],
                              capture_output=True, text=True, env=env, timeout=300)
        times.append((time.perf_counter() - started) * 1000)
        if done.returncode != 0:
            raise click.ClickException(f"vetted ask failed: {done.stderr.strip()[:300]}")
    return times


def peak_rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def warm(count: int, env: dict) -> tuple[list[float], float | None]:
    """Per-answer latencies in one --jsonl process, and its peak RSS."""
    process = subprocess.Popen([VETTED, "ask", "--jsonl"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=env, bufsize=1)
    latencies: list[float] = []
    # Feed one question at a time, timing each from write to answer line.
    for question in ["warm up", *questions(count)]:
        started = time.perf_counter()
        process.stdin.write(json.dumps({"question": question}) + "\n")
        process.stdin.flush()
        line = process.stdout.readline()
        if not line:
            raise click.ClickException(f"vetted ask --jsonl stopped: {process.stderr.read()[:300]}")
        latencies.append((time.perf_counter() - started) * 1000)
    rss = peak_rss_mb(process.pid)
    process.stdin.close()
    threading.Thread(target=process.stderr.read, daemon=True).start()
    process.wait(timeout=60)
    return latencies[1:], rss


def build_time(env: dict) -> float:
    with tempfile.TemporaryDirectory(prefix="vetted-bench-") as home:
        started = time.perf_counter()
        done = subprocess.run([VETTED, "index", "build", "--force"], capture_output=True, text=True,
                              env={**env, "VETTED_HOME": home}, timeout=1200)
        if done.returncode != 0:
            raise click.ClickException(f"index build failed: {done.stderr.strip()[-300:]}")
        return (time.perf_counter() - started) * 1000


@click.command()
@click.option("--cold", default=3, show_default=True, help="Cold-start runs (median reported).")
@click.option("--warm", "warm_count", default=60, show_default=True, help="Questions for the warm run.")
@click.option("--build/--no-build", default=True, show_default=True, help="Also time a full index build.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_OUT, show_default=True)
def main(cold: int, warm_count: int, build: bool, out: Path) -> None:
    """Measure cold start, warm p50/p95, index build time and RSS; print them and write JSON."""
    env = dict(os.environ)
    result: dict = {"created": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "cpus": os.cpu_count()}
    subprocess.run([VETTED, "index", "status"], capture_output=True, env=env)  # build once if missing
    cold_times = cold_start(cold, env)
    result["cold_start_ms_median"] = round(statistics.median(cold_times), 1)
    result["cold_start_ms_runs"] = [round(t, 1) for t in cold_times]
    latencies, rss = warm(warm_count, env)
    result["warm_questions"] = len(latencies)
    result["warm_p50_ms"] = percentile(latencies, 0.5)
    result["warm_p95_ms"] = percentile(latencies, 0.95)
    result["rss_peak_mb"] = rss
    if build:
        result["index_build_ms"] = round(build_time(env), 1)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    for key, value in result.items():
        if not isinstance(value, list):
            click.echo(f"{key:<24} {value}")
    click.echo(f"written to {out}")


if __name__ == "__main__":
    main()
