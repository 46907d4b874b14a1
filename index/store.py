"""Where a built index lives, and how it is opened for reading.

In:   settings (VETTED_HOME, optional VETTED_CHROMA_URL).
Out:  `IndexStore` — the current build's manifest, chunks, sentences (+ vectors), source bodies,
      BM25 index and Chroma collection, each loaded lazily and once.
Fails: `IndexMissingError` (with the command that fixes it) when no build is current.

Layout under VETTED_HOME/index/:
    CURRENT                   id of the build being served (swapped atomically with os.replace)
    builds/<id>/manifest.json corpus hash, model id + weights hash, chunking parameters, build time
    builds/<id>/chunks.jsonl, sentences.jsonl, sources.jsonl, *_vectors.npy, bm25/, chroma/
In server mode the vectors live in the collection `vetted-<id>` on the Chroma server instead
of builds/<id>/chroma; everything else stays local.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from urllib.parse import urlparse

import numpy as np
from pydantic import BaseModel, ConfigDict

from bot.errors import IndexMissingError, UsageError
from bot.types import Chunk, Sentence

COLLECTION_PREFIX = "vetted-"


class Manifest(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)

    build_id: str
    built_at: str
    corpus_hash: str
    source_hashes: dict[str, str]
    model_id: str
    weights_hash: str
    chunking: dict
    counts: dict
    chroma: dict
    build_seconds: float


def current_pointer(index_dir: Path) -> Path:
    return index_dir / "CURRENT"


def read_current_id(index_dir: Path) -> str | None:
    pointer = current_pointer(index_dir)
    try:
        build_id = pointer.read_text().strip()
    except FileNotFoundError:
        return None
    if build_id and (index_dir / "builds" / build_id / "manifest.json").is_file():
        return build_id
    return None


def write_atomically(path: Path, data: str | bytes) -> None:
    """Write to a temp file beside `path`, fsync, then rename over it: readers see old or new."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(tmp, mode) as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def chroma_client(chroma_url: str | None, persist_dir: Path | None):
    """A Chroma client: HTTP when a server URL is set, else a persistent local store."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if chroma_url:
        parsed = urlparse(chroma_url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise UsageError(f"VETTED_CHROMA_URL must look like http://host:port, got {chroma_url!r}")
        return chromadb.HttpClient(host=parsed.hostname, port=parsed.port or 8000,
                                   ssl=parsed.scheme == "https", settings=chroma_settings)
    assert persist_dir is not None
    return chromadb.PersistentClient(path=str(persist_dir), settings=chroma_settings)


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@dataclass(frozen=True)
class SourceRecord:
    """Provenance + body of an indexed source, as it was when the index was built."""

    id: str
    title: str
    publisher: str
    url: str
    published: str
    type: str
    jurisdiction: tuple[str, ...]
    topics: tuple[str, ...]
    last_checked: str
    body: str


class IndexStore:
    """Read side of one build. Construct cheaply; everything heavy loads on first use."""

    def __init__(self, index_dir: Path, chroma_url: str | None = None, build_id: str | None = None):
        self.index_dir = index_dir
        self.chroma_url = chroma_url
        self.build_id = build_id or read_current_id(index_dir)
        if self.build_id is None:
            raise IndexMissingError(
                f"no index has been built in {index_dir}; run `vetted index build` "
                "(or `make run`, which builds it)")
        self.build_dir = index_dir / "builds" / self.build_id
        self._lock = threading.Lock()

    @cached_property
    def manifest(self) -> Manifest:
        return Manifest.model_validate_json((self.build_dir / "manifest.json").read_text())

    @cached_property
    def chunks(self) -> list[Chunk]:
        rows = _read_jsonl(self.build_dir / "chunks.jsonl")
        return [Chunk(**{**r, "jurisdiction": tuple(r["jurisdiction"]), "topics": tuple(r["topics"])})
                for r in rows]

    @cached_property
    def chunk_by_id(self) -> dict[str, Chunk]:
        return {c.id: c for c in self.chunks}

    @cached_property
    def sentences(self) -> list[Sentence]:
        return [Sentence(**r) for r in _read_jsonl(self.build_dir / "sentences.jsonl")]

    @cached_property
    def sentences_by_chunk(self) -> dict[str, list[int]]:
        result: dict[str, list[int]] = {}
        for i, sentence in enumerate(self.sentences):
            result.setdefault(sentence.chunk_id, []).append(i)
        return result

    @cached_property
    def sentence_vectors(self) -> np.ndarray:
        return np.load(self.build_dir / "sentence_vectors.npy")

    @cached_property
    def chunk_vectors(self) -> np.ndarray:
        return np.load(self.build_dir / "chunk_vectors.npy")

    @cached_property
    def sources(self) -> dict[str, SourceRecord]:
        records = {}
        for r in _read_jsonl(self.build_dir / "sources.jsonl"):
            records[r["id"]] = SourceRecord(**{**r, "jurisdiction": tuple(r["jurisdiction"]),
                                               "topics": tuple(r["topics"])})
        return records

    @cached_property
    def bm25(self):
        import bm25s

        return bm25s.BM25.load(str(self.build_dir / "bm25"), show_progress=False, verbosity=0)

    @cached_property
    def bm25_vocab(self) -> dict[str, int]:
        return json.loads((self.build_dir / "bm25" / "vocab.index.json").read_text())

    @cached_property
    def collection(self):
        info = self.manifest.chroma
        client = chroma_client(self.chroma_url if info.get("mode") == "server" else None,
                               self.build_dir / "chroma")
        try:
            return client.get_collection(info["collection"], embedding_function=None)
        except Exception as exc:  # chromadb raises NotFoundError / ValueError across versions
            raise IndexMissingError(
                f"the Chroma collection {info['collection']!r} of build {self.build_id} is missing "
                f"({exc}); run `vetted index build --force`") from exc

    def warm_up(self) -> None:
        with self._lock:
            self.manifest, self.chunks, self.sentences, self.sentence_vectors  # noqa: B018
            self.sources, self.bm25, self.collection  # noqa: B018
