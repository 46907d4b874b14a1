from __future__ import annotations

import json

import numpy as np
import pytest

from bot.embed import HashEmbedder
from bot.errors import CorpusError, IndexBuildError, IndexMissingError
from index.build import build_index, index_status
from index.store import IndexStore, read_current_id
from tests.conftest import write_source

pytestmark = pytest.mark.unit


class CountingEmbedder(HashEmbedder):
    def __init__(self):
        super().__init__()
        self.texts: list[str] = []

    def embed(self, texts):
        self.texts.extend(texts)
        return super().embed(texts)


class ExplodingEmbedder(HashEmbedder):
    def embed(self, texts):
        raise RuntimeError("simulated crash mid-build")


def test_build_writes_a_manifest_and_makes_it_current(mini_settings, hash_embedder):
    manifest = build_index(mini_settings, hash_embedder)
    assert read_current_id(mini_settings.index_dir) == manifest.build_id
    assert manifest.counts["sources"] == 5
    assert manifest.model_id == hash_embedder.model_id
    assert manifest.chunking["max_words"] == 180
    assert manifest.chroma["space"] == "cosine"
    stored = json.loads((mini_settings.index_dir / "builds" / manifest.build_id / "manifest.json").read_text())
    assert stored["corpus_hash"] == manifest.corpus_hash
    store = IndexStore(mini_settings.index_dir)
    assert store.collection.count() == manifest.counts["chunks"]
    assert store.collection.metadata["hnsw:space"] == "cosine"
    assert len(store.sentences) == manifest.counts["sentences"] == len(store.sentence_vectors)


def test_status_reports_current_then_stale(mini_settings, hash_embedder):
    assert index_status(mini_settings)["reasons"] == ["no index has been built"]
    build_index(mini_settings, hash_embedder)
    assert index_status(mini_settings)["current"] is True
    write_source(mini_settings.sources_dir, "usgov-2024-federal-psa", title="A changed title")
    status = index_status(mini_settings)
    assert status["current"] is False
    assert "usgov-2024-federal-psa" in status["reasons"][0]


def test_rebuild_reembeds_only_changed_sources(mini_settings):
    first = CountingEmbedder()
    build_index(mini_settings, first)
    assert len(first.texts) > 0
    write_source(mini_settings.sources_dir, "usgov-2024-federal-psa", title="A changed title")
    second = CountingEmbedder()
    manifest = build_index(mini_settings, second)
    # only the changed source's chunks and sentences were embedded again
    assert second.texts and all("Example Bureau" in t or "US" in t or "changed" in t for t in second.texts)
    assert manifest.counts["embedded_chunks"] == 1
    unchanged = build_index(mini_settings, CountingEmbedder())
    assert unchanged.counts["embedded_chunks"] == 0 and unchanged.counts["embedded_sentences"] == 0


def test_reused_vectors_equal_fresh_ones(mini_settings, hash_embedder):
    build_index(mini_settings, hash_embedder)
    write_source(mini_settings.sources_dir, "usgov-2024-federal-psa", title="A changed title")
    incremental = IndexStore(mini_settings.index_dir, build_id=build_index(mini_settings, hash_embedder).build_id)
    fresh = IndexStore(mini_settings.index_dir, build_id=build_index(mini_settings, hash_embedder, force=True).build_id)
    assert [c.id for c in incremental.chunks] == [c.id for c in fresh.chunks]
    assert np.allclose(incremental.chunk_vectors, fresh.chunk_vectors)
    assert np.allclose(incremental.sentence_vectors, fresh.sentence_vectors)


def test_chunk_ids_are_stable_across_rebuilds(mini_settings, hash_embedder):
    a = IndexStore(mini_settings.index_dir, build_id=build_index(mini_settings, hash_embedder).build_id)
    b = IndexStore(mini_settings.index_dir, build_id=build_index(mini_settings, hash_embedder, force=True).build_id)
    assert [c.id for c in a.chunks] == [c.id for c in b.chunks]
    assert all("#" in c.id for c in a.chunks)


def test_malformed_source_stops_the_build_and_keeps_the_old_index(mini_settings, hash_embedder):
    good = build_index(mini_settings, hash_embedder)
    bad = mini_settings.sources_dir / "regulator-2024-nudify-codes.md"
    bad.write_text(bad.read_text().replace("published: 2024-06-20", "published: soon"))
    with pytest.raises(CorpusError, match="regulator-2024-nudify-codes.md.*'published'"):
        build_index(mini_settings, hash_embedder)
    assert read_current_id(mini_settings.index_dir) == good.build_id
    assert sorted(p.name for p in (mini_settings.index_dir / "builds").iterdir()) == [good.build_id]


def test_crash_mid_build_leaves_the_old_index_serving(mini_settings, hash_embedder):
    good = build_index(mini_settings, hash_embedder)
    write_source(mini_settings.sources_dir, "usgov-2024-federal-psa", title="A changed title")
    with pytest.raises(IndexBuildError, match="previous index is untouched"):
        build_index(mini_settings, ExplodingEmbedder())
    assert read_current_id(mini_settings.index_dir) == good.build_id
    leftovers = [p.name for p in (mini_settings.index_dir / "builds").iterdir() if p.name.startswith(".tmp")]
    assert leftovers == []
    from bot.pipeline import Vetted

    answer = Vetted(mini_settings, embedder=hash_embedder).answer("How many AI images were posted to the forum?")
    assert answer.index_id == good.build_id


def test_old_builds_are_pruned_keeping_one_previous(mini_settings, hash_embedder):
    ids = [build_index(mini_settings, hash_embedder, force=True).build_id for _ in range(3)]
    remaining = sorted(p.name for p in (mini_settings.index_dir / "builds").iterdir())
    assert remaining == sorted(ids[-2:])


def test_no_approved_sources_is_an_error(mini_settings, hash_embedder):
    for path in mini_settings.sources_dir.glob("*.md"):
        path.write_text(path.read_text().replace("status: approved", "status: pending"))
    with pytest.raises(IndexBuildError, match="no approved sources"):
        build_index(mini_settings, hash_embedder)


def test_missing_index_says_how_to_build_it(mini_settings):
    with pytest.raises(IndexMissingError, match="vetted index build"):
        IndexStore(mini_settings.index_dir)
