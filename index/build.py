"""Build the retrieval index: load → split → embed → write, then swap it in atomically.

In:   approved sources from corpus/sources, an embedder, VETTED_HOME (and optional Chroma server).
Out:  a new build under index/builds/<id>/ made current by one os.replace of CURRENT; a Manifest.
Fails: `CorpusError` before anything is written (a malformed file stops the build);
       `IndexBuildError` if writing fails — the previous build keeps serving either way.

Only sources whose content hash changed are re-embedded; the others reuse the vectors of the
current build.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import shutil
import time
import uuid
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Callable

import numpy as np

from bot.corpus import Source, corpus_hash, load_sources
from bot.embed import Embedder
from bot.errors import IndexBuildError, VettedError
from bot.settings import Settings
from index.split import MAX_CHUNK_WORDS, split_source
from index.sparse import bm25_tokens
from index.store import COLLECTION_PREFIX, IndexStore, Manifest, chroma_client, read_current_id, write_atomically

KEEP_PREVIOUS_BUILDS = 1
Progress = Callable[[str], None]


@contextmanager
def build_lock(index_dir: Path):
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".build.lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise IndexBuildError("another index build is running; wait for it to finish") from exc
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def approved_sources(settings: Settings) -> list[Source]:
    return load_sources(settings.sources_dir, statuses=("approved",))


def index_status(settings: Settings, embedder_model_id: str | None = None) -> dict:
    """Is the current index built from the current approved corpus and model?"""
    current = read_current_id(settings.index_dir)
    sources = approved_sources(settings)
    status = {"current": False, "build_id": current, "corpus_hash": corpus_hash(sources),
              "approved_sources": len(sources), "reasons": []}
    if current is None:
        status["reasons"].append("no index has been built")
        return status
    manifest = IndexStore(settings.index_dir, settings.chroma_url, current).manifest
    status.update(built_at=manifest.built_at, model_id=manifest.model_id, counts=manifest.counts,
                  chroma=manifest.chroma)
    if manifest.corpus_hash != status["corpus_hash"]:
        old, new = manifest.source_hashes, {s.id: s.content_hash for s in sources}
        changed = sorted(k for k in new if old.get(k) != new[k])
        removed = sorted(k for k in old if k not in new)
        detail = []
        if changed:
            detail.append(f"{len(changed)} added or changed ({', '.join(changed[:5])}"
                          f"{'…' if len(changed) > 5 else ''})")
        if removed:
            detail.append(f"{len(removed)} removed ({', '.join(removed[:5])})")
        status["reasons"].append("the corpus has changed since the build: " + "; ".join(detail))
    if embedder_model_id and manifest.model_id != embedder_model_id:
        status["reasons"].append(f"built with {manifest.model_id}, but the embedder is {embedder_model_id}")
    status["current"] = not status["reasons"]
    return status


def _reusable_vectors(settings: Settings, embedder: Embedder) -> tuple[dict, dict, dict]:
    """Chunk and sentence vectors of the current build, keyed by id, with their source hashes."""
    current = read_current_id(settings.index_dir)
    if current is None:
        return {}, {}, {}
    try:
        store = IndexStore(settings.index_dir, settings.chroma_url, current)
        manifest = store.manifest
        if manifest.model_id != embedder.model_id or manifest.weights_hash != embedder.weights_hash:
            return {}, {}, {}
        chunk_vecs = {c.id: v for c, v in zip(store.chunks, store.chunk_vectors)}
        sentence_vecs = {s.id: v for s, v in zip(store.sentences, store.sentence_vectors)}
        return manifest.source_hashes, chunk_vecs, sentence_vecs
    except (VettedError, OSError, ValueError):
        return {}, {}, {}  # an unreadable old build just means embedding everything again


def build_index(settings: Settings, embedder: Embedder, *, force: bool = False,
                progress: Progress = lambda message: None) -> Manifest:
    started = time.perf_counter()
    sources = approved_sources(settings)  # raises CorpusError before anything is touched
    if not sources:
        raise IndexBuildError(f"no approved sources in {settings.sources_dir}; nothing to index")
    index_dir = settings.index_dir
    with build_lock(index_dir):
        old_hashes, old_chunk_vecs, old_sentence_vecs = ({}, {}, {}) if force else \
            _reusable_vectors(settings, embedder)
        # Sortable by creation time (microseconds), so pruning keeps the newest builds.
        build_id = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%f") + "-" + uuid.uuid4().hex[:6]
        builds = index_dir / "builds"
        tmp_dir = builds / f".tmp-{build_id}"
        final_dir = builds / build_id
        tmp_dir.mkdir(parents=True)
        collection_name = None
        try:
            manifest, collection_name = _write_build(
                settings, embedder, sources, build_id, tmp_dir, old_hashes, old_chunk_vecs,
                old_sentence_vecs, progress, started)
            tmp_dir.rename(final_dir)
            write_atomically(index_dir / "CURRENT", build_id + "\n")
        except BaseException as exc:
            shutil.rmtree(tmp_dir, ignore_errors=True)
            if collection_name and settings.chroma_url:
                _drop_collections(settings, keep=set(), only={collection_name})
            if isinstance(exc, VettedError):
                raise
            if isinstance(exc, Exception):
                raise IndexBuildError(f"index build failed, the previous index is untouched: {exc}") from exc
            raise
        _prune_old_builds(settings, build_id)
        progress(f"index {build_id} is now current")
        return manifest


def _write_build(settings, embedder, sources, build_id, out_dir, old_hashes, old_chunk_vecs,
                 old_sentence_vecs, progress, started) -> tuple[Manifest, str | None]:
    chunks, sentences = [], []
    for source in sources:
        source_chunks, source_sentences = split_source(source)
        chunks.extend(source_chunks)
        sentences.extend(source_sentences)
    unchanged = {s.id for s in sources if old_hashes.get(s.id) == s.content_hash}
    progress(f"{len(sources)} approved sources → {len(chunks)} chunks, {len(sentences)} sentences "
             f"({len(sources) - len(unchanged)} to embed, {len(unchanged)} unchanged)")

    def vectors_for(items, old, text_of) -> tuple[np.ndarray, int]:
        result = np.zeros((len(items), 384), dtype=np.float32)
        todo = []
        for i, item in enumerate(items):
            if item.source_id in unchanged and item.id in old:
                result[i] = old[item.id]
            else:
                todo.append(i)
        if todo:
            result[todo] = embedder.embed([text_of(items[i]) for i in todo])
        return result, len(todo)

    chunk_vectors, embedded_chunks = vectors_for(chunks, old_chunk_vecs, _chunk_embedding_text)
    sentence_vectors, embedded_sentences = vectors_for(sentences, old_sentence_vecs, lambda s: s.text)
    progress(f"embedded {embedded_chunks} chunks and {embedded_sentences} sentences")

    np.save(out_dir / "chunk_vectors.npy", chunk_vectors)
    np.save(out_dir / "sentence_vectors.npy", sentence_vectors)
    _write_jsonl(out_dir / "chunks.jsonl", (asdict(c) for c in chunks))
    _write_jsonl(out_dir / "sentences.jsonl", (asdict(s) for s in sentences))
    _write_jsonl(out_dir / "sources.jsonl", ({
        "id": s.id, "title": s.title, "publisher": s.publisher, "url": s.url,
        "published": s.published.isoformat(), "type": s.type, "jurisdiction": list(s.jurisdiction),
        "topics": list(s.topics), "last_checked": s.last_checked.isoformat(), "body": s.body,
    } for s in sources))

    import bm25s

    retriever = bm25s.BM25()
    retriever.index([bm25_tokens(_chunk_embedding_text(c)) for c in chunks], show_progress=False)
    retriever.save(str(out_dir / "bm25"), show_progress=False)

    collection_name = f"{COLLECTION_PREFIX}{build_id}"
    mode = "server" if settings.chroma_url else "persistent"
    client = chroma_client(settings.chroma_url, out_dir / "chroma")
    collection = client.create_collection(collection_name, embedding_function=None,
                                          metadata={"hnsw:space": "cosine"})
    for start in range(0, len(chunks), 500):
        batch = chunks[start:start + 500]
        collection.add(
            ids=[c.id for c in batch],
            embeddings=chunk_vectors[start:start + len(batch)].tolist(),
            documents=[c.text for c in batch],
            metadatas=[_chroma_metadata(c) for c in batch],
        )
    if collection.count() != len(chunks):
        raise IndexBuildError(f"Chroma holds {collection.count()} vectors, expected {len(chunks)}")
    _release_chroma(client)  # close the sqlite handle before the directory is renamed

    manifest = Manifest(
        build_id=build_id,
        built_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        corpus_hash=corpus_hash(sources),
        source_hashes={s.id: s.content_hash for s in sources},
        model_id=embedder.model_id,
        weights_hash=embedder.weights_hash,
        chunking={"splitter": "langchain RecursiveCharacterTextSplitter (paragraph → sentence)",
                  "max_words": MAX_CHUNK_WORDS, "overlap": 0, "embedded_text": "title + chunk"},
        counts={"sources": len(sources), "chunks": len(chunks), "sentences": len(sentences),
                "embedded_chunks": embedded_chunks, "embedded_sentences": embedded_sentences},
        chroma={"mode": mode, "collection": collection_name, "space": "cosine",
                **({"url": settings.chroma_url} if settings.chroma_url else {})},
        build_seconds=round(time.perf_counter() - started, 2),
    )
    write_atomically(out_dir / "manifest.json", manifest.model_dump_json(indent=2))
    return manifest, collection_name


def _release_chroma(client) -> None:
    try:
        from chromadb.api.client import SharedSystemClient

        SharedSystemClient.clear_system_cache()
    except Exception:  # older/newer chromadb: nothing cached to clear
        pass


def _chunk_embedding_text(chunk) -> str:
    # The title tells the embedder what the passage is about when the text itself does not.
    return f"{chunk.title}. {chunk.text}"


def _chroma_metadata(chunk) -> dict:
    return {"source_id": chunk.source_id, "n": chunk.n, "title": chunk.title,
            "publisher": chunk.publisher, "published": chunk.published, "url": chunk.url,
            "jurisdiction": ",".join(chunk.jurisdiction), "topics": ",".join(chunk.topics),
            "type": chunk.type}


def _write_jsonl(path: Path, rows) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def _prune_old_builds(settings: Settings, current: str) -> None:
    builds_dir = settings.index_dir / "builds"
    builds = sorted(p.name for p in builds_dir.iterdir() if p.is_dir() and not p.name.startswith("."))
    keep = {current} | set([b for b in builds if b != current][-KEEP_PREVIOUS_BUILDS:])
    for name in builds:
        if name not in keep:
            shutil.rmtree(builds_dir / name, ignore_errors=True)
    for leftover in builds_dir.glob(".tmp-*"):  # from a build that crashed earlier
        shutil.rmtree(leftover, ignore_errors=True)
    if settings.chroma_url:
        _drop_collections(settings, keep={f"{COLLECTION_PREFIX}{b}" for b in keep})


def _drop_collections(settings: Settings, keep: set[str], only: set[str] | None = None) -> None:
    try:
        client = chroma_client(settings.chroma_url, None)
        for collection in client.list_collections():
            name = collection if isinstance(collection, str) else collection.name
            if not name.startswith(COLLECTION_PREFIX) or name in keep:
                continue
            if only is not None and name not in only:
                continue
            client.delete_collection(name)
    except Exception:  # pruning is housekeeping; a failure must not fail a good build
        pass
