"""The answering core over the shipped corpus with the real packaged model and real Chroma."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest

from bot.embed import MiniLMNumpyEmbedder, SentenceTransformerEmbedder
from tests.integration.conftest import run_cli

pytestmark = pytest.mark.integration

QUESTIONS = [
    "How many AI-generated images did the IWF find on one dark web forum in a month?",
    "Is an AI fake nude of a child illegal in the UK?",
    "What is the TAKE IT DOWN Act?",
    "What is sextortion and what should a parent do?",
    "Who signed the 2023 pledge against AI child abuse imagery?",
    "What did the Stanford Internet Observatory find in LAION-5B?",
    "What can eSafety do about nudify apps in Australia?",
    "What does the EU directive say about AI-generated abuse material?",
    "What is Report Remove?",
    "What sentence did Hugh Nelson receive?",
]


def test_numpy_runtime_matches_sentence_transformers():
    texts = QUESTIONS + ["short", "The Online Safety Act 2023 received Royal Assent on 26 October 2023. " * 12]
    reference = SentenceTransformerEmbedder().embed(texts)
    fast = MiniLMNumpyEmbedder().embed(texts)
    cosines = np.sum(reference * fast, axis=1)
    assert cosines.min() >= 0.9999, cosines


def test_done_when_question_cites_the_figure(shipped_index):
    result = run_cli(["ask", QUESTIONS[0], "--json"], shipped_index.env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["decision"] == "answered"
    assert any(figure in c["quote"] for c in data["citations"] for figure in ("20,254", "11,108"))
    assert {"total", "embed", "retrieve", "compose", "verify", "process"} <= set(data["timings_ms"])


def test_every_citation_quote_is_a_verbatim_span_of_its_source(shipped_index):
    for question in QUESTIONS:
        for jurisdiction in ("UK", "US", "AU"):
            answer = shipped_index.answer(question, jurisdiction)
            for citation in answer.citations:
                body = shipped_index.store.sources[citation.source_id].body
                assert body[citation.start:citation.end] == citation.quote
                assert citation.quote in (shipped_index.settings.sources_dir / f"{citation.source_id}.md").read_text()
            markers = {int(m) for m in re.findall(r"\[(\d+)\]", answer.text)}
            assert markers == {c.n for c in answer.citations}


def test_answers_are_on_topic(shipped_index):
    expectations = {
        QUESTIONS[2]: "take it down",
        QUESTIONS[5]: "laion",
        QUESTIONS[8]: "report remove",
        QUESTIONS[9]: "nelson",
    }
    for question, needle in expectations.items():
        answer = shipped_index.answer(question)
        assert answer.decision == "answered", (question, answer.reason)
        assert needle in answer.text.lower(), (question, answer.text)


def test_jsonl_loads_once_and_answers_every_line(shipped_index):
    result = run_cli(["ask", "--jsonl"], shipped_index.env, stdin="\n".join(QUESTIONS) + "\n")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in rows] == QUESTIONS
    assert all(r["decision"] in ("answered", "signposted") for r in rows), [(r["question"], r["decision"]) for r in rows]


def test_a_question_without_topic_words_is_answered_when_the_sources_cover_it(shipped_index):
    """"Operation Cumberland" has no topic word, but the vetted sources describe it closely."""
    covered = json.loads(run_cli(["ask", "How many people were arrested in Operation Cumberland?", "--json"],
                                 shipped_index.env).stdout)
    assert covered["decision"] == "answered" and covered["citations"], covered
    assert covered["reason"].startswith("in scope: the vetted sources cover this question")
    elsewhere = json.loads(run_cli(["ask", "Recipe for banana bread?", "--json"], shipped_index.env).stdout)
    assert elsewhere["decision"] == "out_of_scope" and not elsewhere["citations"]
