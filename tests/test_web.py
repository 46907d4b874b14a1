"""The web app without a browser: HTML rendering, feedback records, and the JSON API over HTTP."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

from bot import web
from bot.output import answer_json
from bot.types import Answer, AnswerSentence, Citation, HelpService

pytestmark = pytest.mark.unit

FORUM_QUESTION = "How many AI-generated images were posted to one dark web forum?"
DISCLOSURE = "someone has a picture of me and wants more, im 14"


# ---------------------------------------------------------------------------- rendering
def test_answer_markers_link_to_sources_with_the_quote_highlighted_in_its_passage(mini_vetted):
    answer = mini_vetted.answer(FORUM_QUESTION, "UK")
    assert answer.decision == "answered" and answer.citations
    html = web.render_turn(3, FORUM_QUESTION, answer, mini_vetted.store.chunk_by_id, {})

    for citation in answer.citations:
        anchor = f"t3-s{citation.n}"
        assert f'href="#{anchor}"' in html and f'id="{anchor}"' in html
        chunk = mini_vetted.store.chunk_by_id[citation.chunk_id]
        marked = re.search(rf'id="{anchor}".*?<mark>(.*?)</mark>', html, re.S).group(1)
        assert marked == web.esc(citation.quote)
        assert citation.quote in chunk.text and len(chunk.text) > len(citation.quote)
        assert web.esc(citation.url) in html and web.esc(citation.publisher) in html


def test_highlight_uses_the_offset_then_a_search_then_a_loose_match():
    passage = "One. Two & three. Two & three."
    assert web.highlight(passage, "Two & three.", 18) == "One. Two &amp; three. <mark>Two &amp; three.</mark>"
    assert web.highlight(passage, "Two & three.", 999) == "One. <mark>Two &amp; three.</mark> Two &amp; three."
    assert web.highlight("a  b\nc d", "b c") == "a  <mark>b\nc</mark> d"
    assert web.highlight("nothing here", "absent <x>") == "<mark>absent &lt;x&gt;</mark>"


def test_user_and_corpus_text_is_escaped():
    evil = '<img src=x onerror="alert(1)"> & ${1+1}'
    citation = Citation(n=1, source_id="s", chunk_id="missing#0", title=evil, publisher=evil, published="2024-01-02",
                        url='https://example.org/"x', quote=evil, start=0, end=len(evil))
    answer = Answer(question=evil, decision="answered", category="A1", reason="r", text=f"{evil} [1]",
                    sentences=(AnswerSentence(evil, 1),), citations=(citation,))
    html = web.render_turn(1, evil, answer, {}, {})
    assert "<img" not in html and 'href="https://example.org/&quot;x"' in html
    assert html.count("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; ${1+1}") >= 4


def test_signpost_shows_its_message_then_a_help_box_never_an_error(mini_vetted):
    answer = mini_vetted.answer(DISCLOSURE, "UK")
    assert answer.decision == "signposted" and answer.help
    html = web.render_reply(answer, "t1", mini_vetted.store.chunk_by_id, {})
    assert 'class="vt-reply vt-reply--signposted"' in html and "error" not in html.lower()
    message = web.policy_message(answer)
    assert message and "[1]" not in message and web.esc(message.split(".")[0]) in html
    help_box = html[html.index('class="vt-helpbox"'):]
    for service in answer.help:
        assert web.esc(service.name) in help_box
        if service.phone:
            assert f'href="{web.tel_href(service.phone)}"' in help_box
    assert html.index("vt-helpbox") < html.index("vt-sources")


@pytest.mark.parametrize(("question", "decision"), [("Recipe for banana bread?", "out_of_scope"),
                                                    ("Where are AI abuse images shared?", "refused")])
def test_non_answers_look_different_from_answers(mini_vetted, question, decision):
    answer = mini_vetted.answer(question, "UK")
    assert answer.decision == decision
    html = web.render_reply(answer, "t1", mini_vetted.store.chunk_by_id, {})
    assert f"vt-reply--{decision}" in html and web.esc(web.DECISION_LABELS[decision]) in html
    assert "vt-cite" not in html


def test_tel_links_dial_the_printed_digits():
    assert web.tel_href("0800 1111") == "tel:08001111"
    assert web.tel_href("1-800-THE-LOST (1-800-843-5678)") == "tel:18008435678"
    assert web.tel_href("+44 20 7946 0000") == "tel:+442079460000"
    assert web.tel_href("ask at reception") is None


def test_dates_show_only_the_precision_the_source_has():
    assert web.format_date("2024-07-01") == "1 July 2024"
    assert web.format_date("2024-07-01", "month") == "July 2024"
    assert web.format_date("2024-07-01", "year") == "2024"
    assert web.format_date("soon") == "soon"


def test_directory_lists_the_jurisdiction_then_international(mini_vetted):
    from bot.help import directory

    services = directory(mini_vetted.settings.help_file)
    uk = web.render_directory(services, "UK")
    assert "Kids Line" in uk and "World Line" in uk and "US Kids Line" not in uk
    assert uk.index("Emergency services") < uk.index("Kids Line") < uk.index("World Line")
    eu = web.render_directory(services, "EU")
    assert "World Line" in eu and "No services of this jurisdiction" in eu and "Kids Line<" not in eu


def test_sources_filter_by_topic_jurisdiction_type_date_and_text(mini_vetted):
    records = list(mini_vetted.store.sources.values())
    assert len(web.filter_sources(records)) == 5
    assert {r.id for r in web.filter_sources(records, topic="sextortion")} == {"charity-2024-sextortion-advice"}
    assert {r.id for r in web.filter_sources(records, jurisdiction="US")} == {"usgov-2024-federal-psa"}
    assert {r.id for r in web.filter_sources(records, kind="regulation")} == {"regulator-2024-nudify-codes"}
    assert {r.id for r in web.filter_sources(records, year_from="2024", year_to="2024")} == {
        "usgov-2024-federal-psa", "charity-2024-sextortion-advice", "regulator-2024-nudify-codes"}
    assert [r.id for r in web.filter_sources(records, text="watchdog")] == ["watchdog-2023-forum-study"]
    html = web.render_source_list(web.filter_sources(records, jurisdiction="AU"), len(records), {})
    assert "Showing 1 of 5 vetted sources" in html and "Codes covering nudify services" in html


def test_digest_shows_provenance_and_last_checked(mini_vetted):
    from bot.corpus import load_sources

    record = mini_vetted.store.sources["ukgov-2023-pseudo-photographs"]
    source = {s.id: s for s in load_sources(mini_vetted.settings.sources_dir)}[record.id]
    html = web.render_digest(record, source)
    for label, value in (("Publisher", "Example Government"), ("Published", "14 December 2023"),
                         ("Last checked", "21 November 2026"), ("Vetted on", "21 November 2026"),
                         ("Licence", "Digest written by the Vetted project")):
        assert re.search(rf"<dt>{label}</dt><dd>[^<]*{re.escape(value)}", html), label
    assert html.count("<p>") == 3 and web.esc(record.url) in html


def test_claim_rendering_names_the_verdict_and_quotes_the_evidence(mini_vetted):
    answer = mini_vetted.answer(FORUM_QUESTION, "UK")

    class Check:  # the shape of bot.factcheck.ClaimCheck
        claim = "The watchdog found 20,254 images."
        verdict = "supported"
        explanation = "The source gives the same figure."
        evidence = answer.citations

    html = web.render_claim(Check, mini_vetted.store.chunk_by_id, {})
    assert "Supported by the vetted sources" in html and "vt-verdict--supported" in html
    assert f"<mark>{web.esc(answer.citations[0].quote)}</mark>" in html


# ---------------------------------------------------------------------------- feedback
def test_feedback_never_records_a_disclosure_and_keeps_signposted_text_out(mini_vetted, tmp_path):
    disclosure = mini_vetted.answer(DISCLOSURE, "UK")
    assert disclosure.category == "S1" and web.feedback_record(disclosure, "wrong") is None

    incident = mini_vetted.answer("A fake nude of my daughter is going round her school.", "UK")
    assert incident.decision == "signposted" and incident.category == "A4"
    assert "question" not in web.feedback_record(incident, "unhelpful")

    answered = mini_vetted.answer(FORUM_QUESTION, "UK")
    record = web.feedback_record(answered, "wrong")
    assert record["question"] == FORUM_QUESTION and record["source_ids"] == ["watchdog-2023-forum-study"]
    assert record["decision"] == "answered" and record["feedback"] == "wrong" and len(record["question_sha256"]) == 64
    log = tmp_path / "logs" / "feedback.jsonl"
    web.write_feedback(log, record)
    web.write_feedback(log, record)
    assert [json.loads(line) for line in log.read_text().splitlines()] == [record, record]


# ---------------------------------------------------------------------------- the JSON API
@pytest.fixture
def api(mini_vetted):
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    app = FastAPI()
    web.add_api(app, mini_vetted)
    with TestClient(app) as client:
        yield client


def test_api_ask_returns_exactly_the_cli_json(api, mini_vetted):
    body = {"question": "what does it cost them?", "jurisdiction": "UK", "history": [FORUM_QUESTION]}
    response = api.post("/api/ask", json=body)
    assert response.status_code == 200
    data = response.json()
    expected = answer_json(mini_vetted.answer(body["question"], "UK", tuple(body["history"])))
    assert set(data) == set(expected) and data["decision"] == "answered"
    data.pop("timings_ms"), expected.pop("timings_ms")
    assert data == expected


@pytest.mark.parametrize(("send", "status", "fragment"), [
    (dict(content=b"not json"), 400, "not valid JSON"),
    (dict(json=["a list"]), 400, "JSON object"),
    (dict(json={"question": 5}), 400, '"question" string'),
    (dict(json={"question": "   "}), 400, "empty"),
    (dict(json={"question": "What is sextortion?", "jurisdiction": "FR"}), 400, "unknown jurisdiction"),
    (dict(json={"question": "What is sextortion?", "history": "nope"}), 400, '"history" must be a list'),
    (dict(json={"question": "What is sextortion?", "history": ["q"] * 21}), 400, "at most 20"),
    (dict(content=b'{"question": "' + b"a" * 17000 + b'"}'), 413, "16 KB"),
])
def test_api_errors_have_one_shape(api, send, status, fragment):
    response = api.post("/api/ask", **send)
    assert response.status_code == status
    data = response.json()
    assert set(data) == {"ok", "error", "status"} and data["ok"] is False and data["status"] == status
    assert fragment in data["error"]


def test_api_wrong_method_and_unknown_path(api):
    wrong = api.get("/api/ask")
    assert wrong.status_code == 405 and wrong.json()["status"] == 405 and wrong.headers["allow"] == "POST"
    missing = api.post("/api/nothing-here", json={})
    assert missing.status_code == 404 and missing.json() == {
        "ok": False, "error": "no such endpoint /api/nothing-here; try POST /api/ask", "status": 404}


def test_api_long_question_is_truncated_with_a_notice_like_the_cli(api, mini_vetted):
    question = FORUM_QUESTION + " " + "more words " * 200
    data = api.post("/api/ask", json={"question": question}).json()
    assert len(data["question"]) <= mini_vetted.settings.max_question_chars and data["notices"]


def test_api_check_uses_the_fact_checker_or_says_it_is_missing(api, monkeypatch):
    seen = {}

    class FakeFactcheck:
        @staticmethod
        def check_claim(claim, jurisdiction, vetted=None):
            seen.update(claim=claim, jurisdiction=jurisdiction, vetted=vetted)
            return "checked"

        @staticmethod
        def claim_json(check):
            return {"claim": seen["claim"], "verdict": "supported", "from": check}

    monkeypatch.setattr(web, "load_factcheck", lambda: FakeFactcheck)
    response = api.post("/api/check", json={"claim": "A claim.", "jurisdiction": "US"})
    assert response.json() == {"claim": "A claim.", "verdict": "supported", "from": "checked"}
    assert seen["jurisdiction"] == "US" and seen["vetted"] is not None

    def missing():
        raise web.Unavailable("the claim checker is not installed in this copy of Vetted")

    monkeypatch.setattr(web, "load_factcheck", missing)
    response = api.post("/api/check", json={"claim": "A claim."})
    assert response.status_code == 503 and response.json()["ok"] is False


def test_api_bug_becomes_a_500_in_the_error_shape(api, mini_vetted, monkeypatch):
    monkeypatch.setattr(mini_vetted, "answer", lambda *a, **k: 1 / 0)
    response = api.post("/api/ask", json={"question": "What is sextortion?"})
    assert response.status_code == 500 and response.json()["error"].startswith("internal error")


def test_app_serves_the_page_and_keeps_api_paths_for_the_api(mini_vetted):
    from fastapi.testclient import TestClient

    with TestClient(web.create_app(mini_vetted)) as client:
        page = client.get("/")
        assert page.status_code == 200 and "<html" in page.text.lower()
        assert client.get("/api/ask").json()["status"] == 405
        assert client.get("/api/health").json() == {"ok": True, "index": {"id": mini_vetted.store.build_id}}
        assert client.post("/api/ask", json={"question": FORUM_QUESTION}).json()["decision"] == "answered"


def test_importing_the_module_does_not_import_gradio():
    import subprocess
    import sys

    code = "import sys, bot.web, bot.cli; print('gradio' in sys.modules, 'serve' in bot.cli.cli.commands)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]


def test_serve_refuses_a_busy_port(mini_env):
    import socket

    from click.testing import CliRunner

    from bot.cli import cli

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--port", str(port)])
    assert result.exit_code == 2 and f"port {port} on 127.0.0.1 is already in use" in result.output


def test_service_rendering_shows_name_purpose_phone_link_and_hours():
    service = HelpService(id="x", name="Help & Co", for_=("children", "emergency"), phone="0800 1111",
                          url="https://help.example.org/", jurisdiction="UK", hours="24 hours",
                          description="Free help.", source="https://example.org", checked="2026-11-21")
    html = web.render_service(service)
    for part in ("Help &amp; Co", "Children and young people, Emergency", "Free help.", 'href="tel:08001111"',
                 'href="https://help.example.org/"', "Hours: 24 hours", "21 November 2026"):
        assert part in html
    assert "Hours" not in web.render_service(replace(service, hours=None))


def test_load_test_only_targets_this_machine(tmp_path):
    from click.testing import CliRunner

    from bench.load import main

    result = CliRunner().invoke(main, ["--url", "http://192.0.2.1:7860", "--out", str(tmp_path / "load.json")])
    assert result.exit_code == 2 and "only targets this machine" in result.output
    assert not (tmp_path / "load.json").exists()
