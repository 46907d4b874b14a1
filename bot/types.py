"""The data that flows through the pipeline: small, frozen, and cheap to build.

retrieve → Chunk / ScoredChunk (with Sentence spans) ; policy → Decision ;
compose → Answer (sentences + Citation list) ; verify → Answer (dropped sentences removed).
Mutate with `dataclasses.replace`, never in place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DECISIONS = ("answered", "signposted", "refused", "abstained", "out_of_scope")


@dataclass(frozen=True)
class Chunk:
    """A retrievable passage: `<source_id>#<n>`, with its provenance and offsets in the source body."""

    id: str
    source_id: str
    n: int
    text: str
    start: int
    end: int
    title: str
    publisher: str
    published: str
    url: str
    jurisdiction: tuple[str, ...]
    topics: tuple[str, ...]
    type: str


@dataclass(frozen=True)
class Sentence:
    """One quotable sentence: a verbatim span body[start:end] of its source."""

    id: str
    chunk_id: str
    source_id: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class ScoredChunk:
    chunk: Chunk
    score: float
    dense_rank: int | None = None
    sparse_rank: int | None = None
    dense_similarity: float = 0.0


@dataclass(frozen=True)
class Citation:
    """What a reader needs to check a claim: the source, and the exact quoted span."""

    n: int
    source_id: str
    chunk_id: str
    title: str
    publisher: str
    published: str
    url: str
    quote: str
    start: int
    end: int


@dataclass(frozen=True)
class AnswerSentence:
    text: str
    citation: int  # the `n` of its Citation


@dataclass(frozen=True)
class HelpService:
    id: str
    name: str
    for_: tuple[str, ...]
    phone: str | None
    url: str | None
    jurisdiction: str
    hours: str | None
    description: str
    source: str
    checked: str


@dataclass(frozen=True)
class Decision:
    """What the policy stage decided about a turn, before any retrieval.

    `action` is what the pipeline does next: "answer" (retrieve and compose), "signpost"
    (help services, plus a cited answer where the corpus has one), "refuse", or "out_of_scope".
    """

    category: str
    action: str
    reason: str
    message: str = ""
    # Out of scope by the words and the classifier alone: the pipeline may answer after all when
    # the vetted sources clearly cover the question (a name or an acronym the rules do not know).
    scope_unsure: bool = False
    # An answer the model leans to signposting: if the sources cannot answer it, the pipeline
    # signposts this category's help instead of abstaining (a dead end for someone in trouble).
    fallback: str = ""


@dataclass(frozen=True)
class Answer:
    question: str
    decision: str
    category: str
    reason: str
    text: str
    sentences: tuple[AnswerSentence, ...] = ()
    citations: tuple[Citation, ...] = ()
    help: tuple[HelpService, ...] = ()
    jurisdiction: str = "UK"
    index_id: str | None = None
    notices: tuple[str, ...] = ()
    timings_ms: dict = field(default_factory=dict)
    evidence_score: float | None = None
