"""Verify: nothing reaches the user that its citation does not hold, or that the guard rejects.

In:   composed `AnswerSentence`s with their `Citation`s, the `IndexStore` (source bodies as
      indexed), and the policy category.
Out:  `Verified`: the sentences that pass, citations renumbered 1..n in order, and the reasons
      any sentence was dropped.
Fails: never raises; an answer whose every sentence fails comes back empty, and the pipeline
      turns that into a refusal (POLICY.md: output guard).

Checks, per sentence: the citation exists; its quote is the verbatim span body[start:end] of
the cited source; the sentence is contained in the quote; the sentence passes the output guard;
and for A3 (threat landscape) it names no specific tool, model or venue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot import guard
from bot.guard_terms import TOOL_AND_VENUE_NAMES
from bot.types import AnswerSentence, Citation
from index.store import SourceRecord

_TOOL_PATTERN = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(TOOL_AND_VENUE_NAMES, key=len, reverse=True)) + r")\b", re.I)


@dataclass(frozen=True)
class Verified:
    sentences: tuple[AnswerSentence, ...]
    citations: tuple[Citation, ...]
    dropped: tuple[tuple[str, str], ...]  # (sentence, reason)


def names_tool(text: str) -> bool:
    return bool(_TOOL_PATTERN.search(text))


def check_sentence(sentence: AnswerSentence, citation: Citation | None,
                   sources: dict[str, SourceRecord], category: str) -> str | None:
    """The reason a sentence must be dropped, or None if it may be shown."""
    if citation is None:
        return "no citation"
    source = sources.get(citation.source_id)
    if source is None:
        return f"cites unknown source {citation.source_id}"
    if source.body[citation.start:citation.end] != citation.quote or citation.quote not in source.body:
        return "quote is not a verbatim span of its source"
    if sentence.text not in citation.quote:
        return "sentence is not contained in its cited quote"
    result = guard.check(sentence.text)
    if not result.ok:
        return "output guard"
    if category == "A3" and names_tool(sentence.text):
        return "names a specific tool or venue (A3 answers stay at policy level)"
    return None


def verify(sentences: tuple[AnswerSentence, ...], citations: tuple[Citation, ...],
           sources: dict[str, SourceRecord], category: str) -> Verified:
    by_n = {c.n: c for c in citations}
    kept: list[tuple[AnswerSentence, Citation]] = []
    dropped: list[tuple[str, str]] = []
    for sentence in sentences:
        citation = by_n.get(sentence.citation)
        reason = check_sentence(sentence, citation, sources, category)
        if reason:
            dropped.append((sentence.text, reason))
        else:
            kept.append((sentence, citation))
    new_sentences, new_citations = [], []
    for n, (sentence, citation) in enumerate(kept, start=1):
        new_sentences.append(replace(sentence, citation=n))
        new_citations.append(replace(citation, n=n))
    return Verified(tuple(new_sentences), tuple(new_citations), tuple(dropped))
