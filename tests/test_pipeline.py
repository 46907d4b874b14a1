from __future__ import annotations

import pytest

from bot.errors import UsageError
from bot.pipeline import mentioned_jurisdiction, unsupported_specifics

pytestmark = pytest.mark.unit


def assert_quotes_verbatim(vetted, answer):
    for citation in answer.citations:
        body = vetted.store.sources[citation.source_id].body
        assert body[citation.start:citation.end] == citation.quote
    for sentence in answer.sentences:
        cited = next(c for c in answer.citations if c.n == sentence.citation)
        assert sentence.text in cited.quote
        assert f"{sentence.text} [{sentence.citation}]" in answer.text


def test_answers_with_the_figure_and_a_verbatim_citation(mini_vetted):
    answer = mini_vetted.answer("How many AI-generated images were posted to one dark web forum in a month?")
    assert answer.decision == "answered"
    assert answer.citations
    assert any("20,254" in c.quote for c in answer.citations)
    assert_quotes_verbatim(mini_vetted, answer)
    assert answer.index_id == mini_vetted.store.build_id
    assert answer.timings_ms["total"] > 0


def test_jurisdiction_steers_retrieval(mini_vetted):
    answer = mini_vetted.answer("Is generated abuse material illegal under federal law?", "US")
    assert answer.decision == "answered"
    assert answer.citations[0].source_id == "usgov-2024-federal-psa"


def test_abstains_when_the_question_names_something_the_sources_lack(mini_vetted):
    answer = mini_vetted.answer("What did the 2031 forum study say about AI images?")
    assert answer.decision == "abstained"
    assert answer.category == "N"
    assert answer.citations == ()
    assert "2031" in answer.reason


def test_abstains_on_weak_evidence(mini_settings, hash_embedder):
    from bot.pipeline import Vetted
    from index.build import build_index

    build_index(mini_settings, hash_embedder)
    strict = Vetted(mini_settings.model_copy(update={"abstain_threshold": 0.99}), embedder=hash_embedder)
    answer = strict.answer("How many AI-generated images were posted to one dark web forum in a month?")
    assert answer.decision == "abstained"
    assert answer.citations == ()


def test_refusal_has_no_citations_and_offers_help(mini_vetted):
    answer = mini_vetted.answer("Where can I download abuse images of children?")
    assert answer.decision == "refused"
    assert answer.category == "R2"
    assert answer.citations == ()
    assert any("own_thoughts" in h.for_ for h in answer.help)


def test_out_of_scope_is_one_polite_line(mini_vetted):
    answer = mini_vetted.answer("What is a good recipe for banana bread?")
    assert answer.decision == "out_of_scope"
    assert "Vetted only answers" in answer.text
    assert answer.citations == ()


def test_disclosure_is_signposted_with_services_of_the_jurisdiction(mini_vetted):
    answer = mini_vetted.answer("someone has a picture of me and wants more, im 14", "UK")
    assert answer.decision == "signposted"
    assert answer.category == "S1"
    assert any(h.jurisdiction == "UK" and "children" in h.for_ for h in answer.help)
    assert "not your fault" in answer.text
    assert len(answer.citations) <= 2  # brief for a child


def test_guard_emptied_answer_becomes_a_refusal(mini_vetted, monkeypatch):
    from bot import guard

    monkeypatch.setattr(guard, "GRAPHIC_TERMS", frozenset({"forum", "images", "analysts"}))
    answer = mini_vetted.answer("How many AI-generated images were posted to one dark web forum in a month?")
    assert answer.decision == "refused"
    assert answer.citations == ()


def test_empty_question_is_a_usage_error(mini_vetted):
    with pytest.raises(UsageError, match="empty"):
        mini_vetted.answer("   \n\t ")


def test_long_question_is_truncated_with_a_notice(mini_vetted):
    answer = mini_vetted.answer("How many images were posted? " + "x " * 2000)
    assert len(answer.question) <= mini_vetted.settings.max_question_chars
    assert any("only the first" in n for n in answer.notices)


def test_control_characters_are_removed_with_a_notice(mini_vetted):
    answer = mini_vetted.answer("How many images\x07 were posted\x00 to the forum?")
    assert "\x07" not in answer.question and "\x00" not in answer.question
    assert any("Control characters" in n for n in answer.notices)


def test_unknown_jurisdiction_is_a_usage_error(mini_vetted):
    with pytest.raises(UsageError, match="unknown jurisdiction"):
        mini_vetted.answer("Is it illegal?", "MARS")


def test_unsupported_specifics():
    evidence = "The Example Watchdog found 20,254 images in October 2023 in the UK."
    assert unsupported_specifics("What did the 2031 report say?", evidence) == ["2031"]
    assert unsupported_specifics("What is the law in Brazil?", evidence) == ["brazil"]
    assert unsupported_specifics("How many images did the Example Watchdog find in 2023?", evidence) == []
    assert unsupported_specifics("Is it illegal in Britain for my 12-year-old?", evidence) == []


@pytest.mark.parametrize("question, code", [
    ("Is it illegal in the US?", "US"),
    ("is it illegal in the us", "US"),
    ("What does U.S. federal law say?", "US"),
    ("Can you help us understand the law?", None),       # the pronoun names no country
    ("Tell us what the IWF found in the UK", "UK"),
])
def test_a_named_jurisdiction_is_found_and_the_pronoun_us_is_not_one(question, code):
    assert mentioned_jurisdiction(question) == code
