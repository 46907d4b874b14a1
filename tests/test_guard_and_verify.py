from __future__ import annotations

import pytest

from bot import guard
from bot.types import AnswerSentence, Citation
from bot.verify import verify
from index.store import SourceRecord

pytestmark = pytest.mark.unit
PLACEHOLDERS = frozenset({"zzgraphic", "qqexplicit"})


def test_guard_flags_placeholder_terms_whole_words_only():
    assert guard.check("This sentence has zzgraphic in it.", terms=PLACEHOLDERS).hits == ("zzgraphic",)
    assert guard.check("ZZGRAPHIC shouting", terms=PLACEHOLDERS).ok is False
    assert guard.check("zzgraphical is a different word", terms=PLACEHOLDERS).ok is True
    assert guard.screen(["fine", "bad qqexplicit", "also fine"], terms=PLACEHOLDERS) == ["fine", "also fine"]


def test_guard_passes_the_shipped_corpus_vocabulary():
    assert guard.check("The IWF classed 2,562 images as indecent pseudo-photographs, Category A.").ok


BODY = "First sentence of the source. Second sentence names a tool called Grok. Third sentence."


def _source():
    return {"s1": SourceRecord(id="s1", title="T", publisher="P", url="https://e.org", published="2024-01-01",
                               type="news", jurisdiction=("UK",), topics=("statistics",),
                               last_checked="2026-11-21", body=BODY)}


def _citation(n, quote, start=None):
    start = BODY.find(quote) if start is None else start
    return Citation(n=n, source_id="s1", chunk_id="s1#0", title="T", publisher="P", published="2024-01-01",
                    url="https://e.org", quote=quote, start=start, end=start + len(quote))


def test_verify_keeps_verbatim_quotes_and_renumbers():
    sentences = (AnswerSentence("First sentence of the source.", 1), AnswerSentence("Third sentence.", 2))
    citations = (_citation(1, "First sentence of the source."), _citation(2, "Third sentence."))
    result = verify(sentences, citations, _source(), "A1")
    assert [s.citation for s in result.sentences] == [1, 2]
    assert result.dropped == ()


def test_verify_drops_tampered_quotes_and_unsupported_sentences():
    tampered = _citation(1, "First sentence of the sauce.", start=0)
    wrong_sentence = AnswerSentence("A sentence the quote does not contain.", 2)
    sentences = (AnswerSentence("First sentence of the sauce.", 1), wrong_sentence,
                 AnswerSentence("Third sentence.", 3), AnswerSentence("Orphan.", 9))
    citations = (tampered, _citation(2, "Third sentence."), _citation(3, "Third sentence."))
    result = verify(sentences, citations, _source(), "A1")
    reasons = dict(result.dropped)
    assert reasons["First sentence of the sauce."] == "quote is not a verbatim span of its source"
    assert reasons["A sentence the quote does not contain."] == "sentence is not contained in its cited quote"
    assert reasons["Orphan."] == "no citation"
    assert [s.text for s in result.sentences] == ["Third sentence."]
    assert result.citations[0].n == 1


def test_verify_drops_tool_names_only_for_a3():
    quote = "Second sentence names a tool called Grok."
    sentences = (AnswerSentence(quote, 1),)
    citations = (_citation(1, quote),)
    assert verify(sentences, citations, _source(), "A1").sentences
    dropped = verify(sentences, citations, _source(), "A3")
    assert dropped.sentences == () and "policy level" in dropped.dropped[0][1]


def test_verify_applies_the_output_guard(monkeypatch):
    monkeypatch.setattr(guard, "GRAPHIC_TERMS", PLACEHOLDERS | {"third"})
    result = verify((AnswerSentence("Third sentence.", 1),), (_citation(1, "Third sentence."),), _source(), "A1")
    assert result.sentences == () and result.dropped[0][1] == "output guard"
