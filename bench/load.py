"""Load test: 20 simultaneous users asking the web app's JSON API on this machine.

In:   a running `vetted serve` on 127.0.0.1 (`--url`), or none: then one is started on a free
      loopback port with the current VETTED_HOME and stopped at the end. Questions are a mix of
      golden (answered), policy (signposted, refused, out of scope), unanswerable and follow-up
      cases from evals/cases/, plus claims for POST /api/check.
Out:  p50/p95/max latency, throughput, HTTP errors and wrong answers on stdout, and a JSON file
      (default bench/results/load.json, git-ignored).
Fails: exits 1 when any request errored or any answer under load differed from the answer the
      same server gave to the same request alone (the check that the core is thread-safe).

Bounded: every client stops after `--requests` requests or when `--seconds` have passed, and the
target must be a loopback address.

Run: `python -m bench.load [--clients 20] [--requests 10] [--seconds 120] [--url URL] [--out FILE]`.
"""

from __future__ import annotations

import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import click

from evals.runner import percentile

ROOT = Path(__file__).resolve().parents[1]
VETTED = str(Path(sys.executable).parent / "vetted")
DEFAULT_OUT = ROOT / "bench" / "results" / "load.json"
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def cases(golden: int = 14, per_policy_file: int = 2) -> list[tuple[str, dict]]:
    """(endpoint, body) pairs: golden questions, a few of each policy set, follow-ups and claims."""
    def read(name: str) -> list[dict]:
        path = ROOT / "evals" / "cases" / name
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    chosen: list[tuple[str, dict]] = []
    for row in read("golden.jsonl")[:golden]:
        chosen.append(("/api/ask", {"question": row["question"], "jurisdiction": row.get("jurisdiction", "UK")}))
    for name in ("policy_disclosure.jsonl", "policy_harmful.jsonl", "policy_out_of_scope.jsonl",
                 "policy_unanswerable.jsonl"):
        for row in read(name)[:per_policy_file]:
            chosen.append(("/api/ask", {"question": row["question"], "jurisdiction": row.get("jurisdiction", "UK"),
                                        "history": row.get("history", [])}))
    follow_ups = [r for r in read("policy_legit.jsonl") if r.get("history")][:2]
    chosen.extend(("/api/ask", {"question": r["question"], "jurisdiction": r.get("jurisdiction", "UK"),
                                "history": r["history"]}) for r in follow_ups)
    for row in read("claims.jsonl")[:4]:
        chosen.append(("/api/check", {"claim": row["claim"], "jurisdiction": row.get("jurisdiction", "UK")}))
    return chosen


def stable(data: dict) -> dict:
    """The parts of a response that must not change under load (timings may)."""
    return {k: v for k, v in data.items() if k != "timings_ms"}


def post(base: str, path: str, body: dict, timeout: float) -> tuple[int, dict]:
    request = urllib.request.Request(base.rstrip("/") + path, data=json.dumps(body).encode("utf-8"),
                                     headers={"Content-Type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(log_path: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    log = log_path.open("w")
    process = subprocess.Popen([VETTED, "serve", "--host", "127.0.0.1", "--port", str(port)],
                               stdout=log, stderr=subprocess.STDOUT, env=dict(os.environ))
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise click.ClickException(f"vetted serve exited: {log_path.read_text()[-500:]}")
        try:
            with urllib.request.urlopen(url + "/api/health", timeout=2) as response:
                if response.status == 200:
                    return process, url
        except OSError:
            time.sleep(0.5)
    process.terminate()
    raise click.ClickException("vetted serve did not answer /api/health within 300 s")


def run_clients(url: str, work: list[tuple[str, dict]], expected: list[dict], clients: int, requests: int,
                seconds: float, timeout: float) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    wrong: list[str] = []
    lock = threading.Lock()
    start_gate = threading.Barrier(clients)
    deadline = time.monotonic() + seconds

    def client(number: int) -> None:
        rng = random.Random(number)
        start_gate.wait()
        for _ in range(requests):
            if time.monotonic() > deadline:
                return
            index = rng.randrange(len(work))
            path, body = work[index]
            started = time.perf_counter()
            try:
                status, data = post(url, path, body, timeout)
            except OSError as exc:
                with lock:
                    errors.append(f"{path}: {exc}")
                continue
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                latencies.append(elapsed)
                if status != 200:
                    errors.append(f"{path} → {status}: {data.get('error')}")
                elif stable(data) != expected[index]:
                    wrong.append(body.get("question") or body.get("claim"))

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + timeout + 5)
    wall = time.perf_counter() - began
    return {"clients": clients, "requests": len(latencies) + len(errors), "seconds": round(wall, 1),
            "throughput_rps": round(len(latencies) / wall, 2) if wall else None,
            "p50_ms": percentile(latencies, 0.5), "p95_ms": percentile(latencies, 0.95),
            "max_ms": round(max(latencies), 1) if latencies else None,
            "errors": len(errors), "wrong_answers": len(wrong),
            "error_samples": errors[:5], "wrong_samples": sorted(set(wrong))[:5]}


@click.command()
@click.option("--url", default=None, help="A running server on 127.0.0.1 (default: start one).")
@click.option("--clients", default=20, show_default=True, type=click.IntRange(1, 100))
@click.option("--requests", "per_client", default=10, show_default=True, type=click.IntRange(1, 1000),
              help="Requests per client.")
@click.option("--seconds", default=120.0, show_default=True, type=click.FloatRange(1, 900),
              help="Stop every client after this long, whatever is left.")
@click.option("--timeout", default=60.0, show_default=True, help="Per-request timeout in seconds.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_OUT, show_default=True)
def main(url, clients, per_client, seconds, timeout, out):
    """Run CLIENTS simultaneous users against the JSON API and report latency and correctness."""
    if url and urlparse(url).hostname not in LOOPBACK:
        raise click.UsageError("the load test only targets this machine: use a 127.0.0.1 URL")
    out.parent.mkdir(parents=True, exist_ok=True)
    process = None
    if not url:
        process, url = start_server(out.with_suffix(".server.log"))
    try:
        work = cases()
        # Each request alone first: what the same server answers without contention.
        expected = []
        for path, body in work:
            status, data = post(url, path, body, timeout)
            if status != 200:
                raise click.ClickException(f"{path} failed alone ({status}): {data.get('error')}")
            expected.append(stable(data))
        result = run_clients(url, work, expected, clients, per_client, seconds, timeout)
    finally:
        if process is not None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
    result["distinct_requests"] = len(work)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    click.echo(f"{result['clients']} clients, {result['requests']} requests in {result['seconds']} s "
               f"({result['throughput_rps']} req/s): p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, "
               f"max {result['max_ms']} ms; errors {result['errors']}, wrong answers {result['wrong_answers']}")
    for line in result["error_samples"] + result["wrong_samples"]:
        click.echo(f"  {line}")
    click.echo(f"Wrote {out}")
    sys.exit(1 if result["errors"] or result["wrong_answers"] else 0)


if __name__ == "__main__":
    main()
