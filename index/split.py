"""Split vetted sources into retrievable chunks and quotable sentences.

In:   `Source` records (front matter + digest body).
Out:  `Chunk`s (≤ ~180 words, ids `<source_id>#<n>`, stable while the source is unchanged) and
      `Sentence`s, each a verbatim span body[start:end] of its source.
Fails: never on valid sources; a body with no sentence boundary becomes one sentence.
"""

from __future__ import annotations

import re

from langchain_text_splitters import RecursiveCharacterTextSplitter

from bot.corpus import Source
from bot.types import Chunk, Sentence

MAX_CHUNK_WORDS = 180

# A sentence ends at . ! or ? (optionally followed by a closing quote or bracket) before
# whitespace and a capital, digit or opening quote — but not after common abbreviations
# that our digests and legal citations use ("s.160", "U.S.C.", "v.", "No.").
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "v", "vs", "s", "ss", "sec",
                  "art", "para", "u.s", "u.s.c", "inc", "ltd", "co", "cf", "approx", "e.g", "i.e",
                  "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                  "nov", "dec", "sen", "rep", "asm", "gov", "hon", "rt", "sr", "jr", "cth"}
_BOUNDARY = re.compile(r"([.!?])([\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]?[A-Z0-9£$€])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def word_count(text: str) -> int:
    return len(text.split())


def _splitter() -> RecursiveCharacterTextSplitter:
    # Paragraphs first, then lines, then sentence ends: chunks never cut a sentence in two
    # unless one sentence alone is longer than the limit.
    return RecursiveCharacterTextSplitter(
        separators=["\n\n", "\n", r"(?<=[.!?])\s+", r"(?<=[;:])\s+", " "],
        is_separator_regex=True,
        keep_separator=False,
        chunk_size=MAX_CHUNK_WORDS,
        chunk_overlap=0,
        length_function=word_count,
        add_start_index=True,
        strip_whitespace=True,
    )


def sentence_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences in `text`, shifted by `offset`; whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end(2)
        before = _WORD_BEFORE.search(text[start:match.start(1)])
        if match.group(1) == "." and before:
            word = before.group(1).lower().rstrip(".")
            # "s.160" style references and single capitals ("J. Smith") are not sentence ends.
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        spans.append((start, end))
        start = match.end(3)
    spans.append((start, len(text)))
    result = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            result.append((s + offset, e + offset))
    return result


def split_source(source: Source) -> tuple[list[Chunk], list[Sentence]]:
    body = source.body
    chunks: list[Chunk] = []
    sentences: list[Sentence] = []
    cursor = 0
    for n, doc in enumerate(_splitter().create_documents([body])):
        text = doc.page_content
        start = body.find(text, cursor)
        if start < 0:  # add_start_index can miss after whitespace stripping; search is exact
            start = body.find(text)
        end = start + len(text)
        cursor = end
        chunk = Chunk(
            id=f"{source.id}#{n}", source_id=source.id, n=n, text=text, start=start, end=end,
            title=source.title, publisher=source.publisher, published=source.published.isoformat(),
            url=source.url, jurisdiction=source.jurisdiction, topics=source.topics, type=source.type,
        )
        chunks.append(chunk)
        for i, (s, e) in enumerate(sentence_spans(text, offset=start)):
            # Markdown noise (headings, bullets) is not quotable prose.
            sentence_text = body[s:e]
            if word_count(sentence_text) < 4 or sentence_text.startswith("#"):
                continue
            sentences.append(Sentence(id=f"{chunk.id}.{i}", chunk_id=chunk.id, source_id=source.id,
                                      text=sentence_text, start=s, end=e))
    return chunks, sentences
