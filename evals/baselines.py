"""Baselines run side by side with Vetted's hybrid search, over the same index and embedder.

In:   an `IndexStore` and the query embedder of a `Vetted`.
Out:  three `Ranker`s, each `rank(question, jurisdiction) -> [source_id, ...]` (one entry per
      chunk, best first): "dense" — a plain LangChain Chroma retriever (`langchain_chroma.Chroma`
      over the same collection, wrapped embedder, `.as_retriever()`); "bm25" — the BM25 index's
      own ranking (no fusion, no boosts); "hybrid" — `bot.retrieve.HybridSearch` as the pipeline calls it (jurisdiction steer).
Fails: `IndexMissingError` when the Chroma collection is missing (from the store).

A change that makes the hybrid worse than either baseline shows at once in the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import numpy as np

from bot.embed import Embedder
from bot.pipeline import mentioned_jurisdiction
from bot.retrieve import HybridSearch
from index.store import IndexStore, chroma_client

DEPTH = 10  # chunks ranked per question (nDCG@10 and MRR look this deep)


def langchain_embeddings(embedder: Embedder):
    """Our embedder as a LangChain `Embeddings` (imported lazily: langchain costs ~0.6 s)."""
    from langchain_core.embeddings import Embeddings

    class VettedEmbeddings(Embeddings):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return embedder.embed(list(texts)).tolist()

        def embed_query(self, text: str) -> list[float]:
            return embedder.embed([text])[0].tolist()

    return VettedEmbeddings()


class CachedEmbedder:
    """The same embedder, remembering each text: the rankers embed every question once, not thrice."""

    def __init__(self, embedder: Embedder):
        self.inner = embedder
        self.model_id = embedder.model_id
        self.weights_hash = embedder.weights_hash
        self._cache: dict[str, np.ndarray] = {}

    def embed(self, texts: list[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            self._cache.update(zip(missing, self.inner.embed(missing)))
        return np.stack([self._cache[t] for t in texts])


@dataclass
class Ranker:
    name: str
    rank: Callable[[str, str | None], list[str]]
    description: str


def dense_langchain(store: IndexStore, embedder: Embedder, depth: int = DEPTH) -> Ranker:
    from langchain_chroma import Chroma

    info = store.manifest.chroma
    client = chroma_client(store.chroma_url if info.get("mode") == "server" else None,
                           store.build_dir / "chroma")
    vectorstore = Chroma(client=client, collection_name=info["collection"],
                         embedding_function=langchain_embeddings(embedder),
                         collection_metadata={"hnsw:space": "cosine"})
    retriever = vectorstore.as_retriever(search_kwargs={"k": depth})

    def rank(question: str, jurisdiction: str | None = None) -> list[str]:
        return [doc.metadata["source_id"] for doc in retriever.invoke(question)]

    return Ranker("dense", rank, "LangChain Chroma retriever, same collection and embedder")


def bm25_only(store: IndexStore, embedder: Embedder, depth: int = DEPTH) -> Ranker:
    search = HybridSearch(store, embedder, dense=False)
    by_id = store.chunk_by_id

    def rank(question: str, jurisdiction: str | None = None) -> list[str]:
        return [by_id[chunk_id].source_id for chunk_id, _ in search.sparse_ranking(question, depth)]

    return Ranker("bm25", rank, "BM25 alone over the same chunks: no fusion, no boosts")


def hybrid(search: HybridSearch, default_jurisdiction: str, depth: int = DEPTH) -> Ranker:
    def rank(question: str, jurisdiction: str | None = None) -> list[str]:
        steer = mentioned_jurisdiction(question) or jurisdiction or default_jurisdiction
        return [h.chunk.source_id for h in search.search(question, jurisdiction=steer, k=depth)]

    return Ranker("hybrid", rank, "Vetted: dense + BM25, reciprocal-rank fusion, jurisdiction steer")


def all_rankers(vetted: Any, *, with_baselines: bool = True) -> list[Ranker]:
    """Vetted's hybrid first, then the two baselines, over the same store and embedder."""
    embedder = CachedEmbedder(vetted.embedder)
    rankers = [hybrid(HybridSearch(vetted.store, embedder), vetted.settings.default_jurisdiction)]
    if with_baselines:
        rankers += [dense_langchain(vetted.store, embedder), bm25_only(vetted.store, embedder)]
    return rankers
