from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from bot.embed import HashEmbedder
from bot.rephrase import chat_model, rephrase
from bot.support import SupportJudge
from bot.types import AnswerSentence, Citation

pytestmark = pytest.mark.unit

QUOTES = ["In October 2023 the watchdog found 20,254 AI images on one forum in a single month.",
          "The watchdog judged 2,978 of the assessed images to be criminal under UK law."]


def _inputs():
    sentences = tuple(AnswerSentence(q, n) for n, q in enumerate(QUOTES, start=1))
    citations = tuple(Citation(n=n, source_id="s", chunk_id="s#0", title="T", publisher="P",
                               published="2023-10-25", url="https://e.org", quote=q, start=0, end=len(q))
                      for n, q in enumerate(QUOTES, start=1))
    return sentences, citations


def test_faithful_rewording_is_shown_and_a_changed_figure_is_not():
    reply = ("1. In October 2023 the watchdog found 20,254 AI images on one forum in a single month. [1]\n"
             "2. The watchdog judged 9,999 of the assessed images to be criminal under UK law. [2]")
    model = FakeListChatModel(responses=[reply.replace("1. In October 2023 the", "1. The")])
    sentences, citations = _inputs()
    result = rephrase("How many?", sentences, citations, model, SupportJudge(HashEmbedder().embed))
    assert result.sentences[0].text == "The watchdog found 20,254 AI images on one forum in a single month."
    assert result.sentences[1].text == QUOTES[1]  # 9,999 is not in the quote: the original is kept
    assert "1 sentence(s) failed the check" in result.notices[0]
    assert [s.citation for s in result.sentences] == [1, 2]


def test_unreachable_model_leaves_the_extractive_answer():
    sentences, citations = _inputs()
    model = chat_model("openai", "http://127.0.0.1:9", "m", timeout=2)  # nothing listens on port 9
    result = rephrase("How many?", sentences, citations, model, SupportJudge(HashEmbedder().embed))
    assert result.sentences == sentences
    assert "could not be reached" in result.notices[0]


def test_openai_compatible_endpoint_on_loopback():
    seen = {}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - http.server API
            seen["path"] = self.path
            seen["body"] = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            content = "Under UK law the watchdog judged 2,978 of the assessed images criminal. [2]"
            payload = json.dumps({"choices": [{"message": {"role": "assistant", "content": content}}]}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        model = chat_model("openai", f"http://127.0.0.1:{server.server_port}", "tiny-model")
        sentences, citations = _inputs()
        result = rephrase("How many?", sentences, citations, model, SupportJudge(HashEmbedder().embed))
    finally:
        server.shutdown()
    assert seen["path"] == "/v1/chat/completions"
    assert seen["body"]["model"] == "tiny-model" and seen["body"]["temperature"] == 0
    assert result.sentences[0].text == QUOTES[0]  # no line for [1]: kept as is
    assert result.sentences[1].text == "Under UK law the watchdog judged 2,978 of the assessed images criminal."
