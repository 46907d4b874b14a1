"""Session fixtures over the shipped corpus, shared by every test folder (registered in
tests/conftest.py so the index is built once per run): the shipped corpus indexed with the real
packaged model into a temporary VETTED_HOME, the real CLI, and a real Chroma server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.settings import PROJECT_ROOT, load_settings

VENV_BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def shipped_env(tmp_path_factory) -> dict[str, str]:
    """Environment variables for a process over the shipped corpus and a temp home."""
    home = tmp_path_factory.mktemp("vetted-home")
    return {"VETTED_HOME": str(home), "VETTED_CORPUS": str(PROJECT_ROOT / "corpus"),
            "VETTED_EMBEDDER": "numpy", "VETTED_BUILD_EMBEDDER": "sentence-transformers"}


@pytest.fixture(scope="session")
def shipped_index(shipped_env):
    """A `Vetted` over the shipped corpus, built once with the real model (sentence-transformers)
    and queried with the NumPy runtime of the same weights. Env vars are set for the session so
    subprocesses (`vetted ask --jsonl`) see the same index; `vetted.env` holds them."""
    from bot.embed import get_embedder
    from bot.pipeline import Vetted
    from index.build import build_index

    saved = {k: os.environ.get(k) for k in shipped_env}
    os.environ.update(shipped_env)
    os.environ.pop("VETTED_CHROMA_URL", None)
    try:
        settings = load_settings()
        build_index(settings, get_embedder("sentence-transformers"))
        vetted = Vetted(settings)
        vetted.env = dict(shipped_env)
        yield vetted
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def run_cli(args: list[str], env: dict[str, str], stdin: str | None = None,
            timeout: float = 600) -> subprocess.CompletedProcess:
    """Run the real `vetted` console script with a clean VETTED_* environment."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("VETTED_")}
    full_env.update(env)
    return subprocess.run([str(VENV_BIN / "vetted"), *args], input=stdin, capture_output=True,
                          text=True, env=full_env, timeout=timeout)


@pytest.fixture
def chroma_server(tmp_path):
    """A real `chroma run` server on 127.0.0.1, started and stopped by the test."""
    chroma = shutil.which("chroma", path=str(VENV_BIN)) or shutil.which("chroma")
    assert chroma, "the chroma CLI (from the chromadb package) is not installed"
    port = free_port()
    log = open(tmp_path / "chroma.log", "w")
    process = subprocess.Popen([chroma, "run", "--path", str(tmp_path / "chroma-data"),
                                "--host", "127.0.0.1", "--port", str(port)],
                               stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if process.poll() is not None:
                raise RuntimeError(f"chroma server exited: {(tmp_path / 'chroma.log').read_text()}")
            time.sleep(0.2)
    else:
        process.kill()
        raise RuntimeError("chroma server did not start within 60 s")
    import chromadb

    client = chromadb.HttpClient(host="127.0.0.1", port=port)
    for _ in range(100):
        try:
            client.heartbeat()
            break
        except Exception:
            time.sleep(0.2)
    try:
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
