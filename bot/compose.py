"""Compose: an extractive answer from the retrieved chunks.

In:   the question, its embedding, ranked `ScoredChunk`s and the `IndexStore` (sentence spans and
      their precomputed vectors).
Out:  `Composition`: up to N verbatim sentences (relevance + diversity, no near-duplicates),
      ordered readably (by source, then by position in the source), each with a `Citation`
      whose quote is that exact span of the source body; plus an evidence score for abstention.
Fails: returns an empty composition when nothing relevant is found (the pipeline abstains).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from bot.types import AnswerSentence, Citation, ScoredChunk, Sentence
from index.sparse import bm25_tokens
from index.store import IndexStore

# Weights of the sentence score: meaning (embedding), shared content words, the chunk's rank.
W_DENSE, W_LEXICAL, W_RANK = 0.6, 0.3, 0.1
MMR_LAMBDA = 0.75           # relevance vs novelty when picking the next sentence
NEAR_DUPLICATE = 0.88       # cosine above which two sentences say the same thing
KEEP_RATIO = 0.78           # a sentence must score at least this share of the best one
NUMBER = re.compile(r"\d")
ASKS_FOR_NUMBER = re.compile(r"\b(how many|how much|what (?:percentage|proportion|share|number)|"
                             r"how often|figures?|statistics?|rise|increase|fall|per cent|percent)\b", re.I)
ASKS_FOR_DATE = re.compile(r"\b(when|what year|what date|which year|since when)\b", re.I)
DATE_LIKE = re.compile(r"\b(19|20)\d\d\b|\b(January|February|March|April|May|June|July|August|"
                       r"September|October|November|December)\b")


@dataclass(frozen=True)
class ScoredSentence:
    index: int            # position in store.sentences
    sentence: Sentence
    score: float
    dense: float
    lexical: float
    chunk_rank: int


@dataclass(frozen=True)
class Composition:
    sentences: tuple[AnswerSentence, ...]
    citations: tuple[Citation, ...]
    evidence: float
    candidates: tuple[ScoredSentence, ...]


def score_sentences(question: str, query_vector: np.ndarray, hits: list[ScoredChunk],
                    store: IndexStore) -> list[ScoredSentence]:
    q_terms = set(bm25_tokens(question))
    wants_number = bool(ASKS_FOR_NUMBER.search(question))
    wants_date = bool(ASKS_FOR_DATE.search(question))
    vectors = store.sentence_vectors
    scored = []
    for rank, hit in enumerate(hits):
        for index in store.sentences_by_chunk.get(hit.chunk.id, []):
            sentence = store.sentences[index]
            dense = float(vectors[index] @ query_vector)
            terms = set(bm25_tokens(sentence.text))
            lexical = len(q_terms & terms) / len(q_terms) if q_terms else 0.0
            score = W_DENSE * dense + W_LEXICAL * lexical + W_RANK / (rank + 1)
            # A "how many" question is answered by a sentence with a figure in it.
            if wants_number and NUMBER.search(sentence.text):
                score += 0.05
            if wants_date and DATE_LIKE.search(sentence.text):
                score += 0.05
            scored.append(ScoredSentence(index, sentence, score, dense, lexical, rank))
    scored.sort(key=lambda s: (-s.score, s.sentence.id))
    return scored


def _token_set(text: str) -> set[str]:
    return set(bm25_tokens(text))


def select(scored: list[ScoredSentence], store: IndexStore, max_sentences: int) -> list[ScoredSentence]:
    """Maximal marginal relevance over the candidates, skipping near-duplicates and weak ones."""
    if not scored:
        return []
    best = scored[0].score
    pool = [s for s in scored if s.score >= best * KEEP_RATIO][:40]
    vectors = store.sentence_vectors
    chosen: list[ScoredSentence] = []
    while pool and len(chosen) < max_sentences:
        def mmr(candidate: ScoredSentence) -> float:
            if not chosen:
                return candidate.score
            overlap = max(float(vectors[candidate.index] @ vectors[c.index]) for c in chosen)
            return MMR_LAMBDA * candidate.score - (1 - MMR_LAMBDA) * overlap

        pick = max(pool, key=lambda c: (mmr(c), -c.index))
        pool.remove(pick)
        duplicate = False
        for c in chosen:
            similarity = float(vectors[pick.index] @ vectors[c.index])
            a, b = _token_set(pick.sentence.text), _token_set(c.sentence.text)
            jaccard = len(a & b) / max(1, len(a | b))
            if similarity >= NEAR_DUPLICATE or jaccard >= 0.6:
                duplicate = True
                break
        if not duplicate:
            chosen.append(pick)
    return chosen


def compose(question: str, query_vector: np.ndarray, hits: list[ScoredChunk], store: IndexStore,
            max_sentences: int = 4) -> Composition:
    scored = score_sentences(question, query_vector, hits, store)
    chosen = select(scored, store, max_sentences)
    evidence = evidence_score(scored)
    # Readable order: sources in the order their best sentence ranked, then document order.
    source_order: dict[str, int] = {}
    for s in chosen:
        source_order.setdefault(s.sentence.source_id, len(source_order))
    chosen.sort(key=lambda s: (source_order[s.sentence.source_id], s.sentence.start))
    citations: list[Citation] = []
    sentences: list[AnswerSentence] = []
    for s in chosen:
        chunk = store.chunk_by_id[s.sentence.chunk_id]
        n = len(citations) + 1
        citations.append(Citation(
            n=n, source_id=chunk.source_id, chunk_id=chunk.id, title=chunk.title,
            publisher=chunk.publisher, published=chunk.published, url=chunk.url,
            quote=s.sentence.text, start=s.sentence.start, end=s.sentence.end))
        sentences.append(AnswerSentence(text=s.sentence.text, citation=n))
    return Composition(tuple(sentences), tuple(citations), evidence, tuple(scored[:20]))


def evidence_score(scored: list[ScoredSentence]) -> float:
    """How well the best sentence answers the question, on a 0–1 scale (calibrated threshold)."""
    if not scored:
        return 0.0
    top = scored[0]
    return float(max(0.0, min(1.0, 0.7 * top.dense + 0.3 * top.lexical)))
