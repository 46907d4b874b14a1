"""Client/server mode: the same code against a real `chroma run` server on 127.0.0.1."""

from __future__ import annotations

import pytest

from bot.embed import HashEmbedder
from bot.pipeline import Vetted
from bot.settings import load_settings
from index.build import build_index
from index.store import IndexStore
from tests.conftest import write_source

pytestmark = pytest.mark.integration


def test_build_query_and_swap_against_a_chroma_server(chroma_server, mini_env, monkeypatch):
    import chromadb

    monkeypatch.setenv("VETTED_CHROMA_URL", chroma_server)
    settings = load_settings()
    embedder = HashEmbedder()
    first = build_index(settings, embedder)
    assert first.chroma["mode"] == "server"
    assert not (settings.index_dir / "builds" / first.build_id / "chroma").exists()

    host, port = chroma_server.removeprefix("http://").split(":")
    client = chromadb.HttpClient(host=host, port=int(port))
    names = {c if isinstance(c, str) else c.name for c in client.list_collections()}
    assert first.chroma["collection"] in names
    assert client.get_collection(first.chroma["collection"]).count() == first.counts["chunks"]

    answer = Vetted(settings, embedder=embedder).answer("How many AI-generated images were posted to the forum?")
    assert answer.decision == "answered" and answer.index_id == first.build_id

    write_source(settings.sources_dir, "usgov-2024-federal-psa", title="A changed title")
    second = build_index(settings, embedder)
    third = build_index(settings, embedder, force=True)
    names = {c if isinstance(c, str) else c.name for c in client.list_collections()}
    assert first.chroma["collection"] not in names  # pruned: only current + one previous remain
    assert {second.chroma["collection"], third.chroma["collection"]} <= names
    assert IndexStore(settings.index_dir, chroma_server).collection.count() == third.counts["chunks"]
