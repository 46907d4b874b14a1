from __future__ import annotations

import pytest

from bot.corpus import load_sources
from bot.settings import PROJECT_ROOT
from index.split import MAX_CHUNK_WORDS, sentence_spans, split_source, word_count

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def shipped_sources():
    return load_sources(PROJECT_ROOT / "corpus" / "sources", statuses=("approved",))


def test_chunks_are_bounded_and_ids_follow_the_scheme(shipped_sources):
    for source in shipped_sources:
        chunks, _ = split_source(source)
        assert chunks, source.id
        for n, chunk in enumerate(chunks):
            assert chunk.id == f"{source.id}#{n}"
            assert word_count(chunk.text) <= MAX_CHUNK_WORDS + 20, chunk.id
            assert source.body[chunk.start:chunk.end] == chunk.text
            assert chunk.url == source.url and chunk.title == source.title


def test_every_sentence_is_a_verbatim_span_of_its_source(shipped_sources):
    for source in shipped_sources:
        _, sentences = split_source(source)
        for sentence in sentences:
            assert source.body[sentence.start:sentence.end] == sentence.text


def test_splitting_is_stable_across_runs(shipped_sources):
    source = shipped_sources[0]
    assert split_source(source) == split_source(source)


def test_sentence_spans_respect_abbreviations():
    text = "Under s.160 of the Act it is an offence. The U.S.C. says so. Mr. Smith agreed! Next one here."
    sentences = [text[s:e] for s, e in sentence_spans(text)]
    assert sentences == ["Under s.160 of the Act it is an offence.", "The U.S.C. says so.",
                         "Mr. Smith agreed!", "Next one here."]


def test_a_body_without_boundaries_is_one_sentence():
    text = "a single long clause with no full stop at the end"
    assert sentence_spans(text) == [(0, len(text))]
