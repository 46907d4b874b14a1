"""Rephrase (optional, off by default): an LLM rewords the verified extractive answer.

In:   the question, the verified `AnswerSentence`s with their `Citation`s, a LangChain chat model
      (Ollama or any OpenAI-compatible endpoint, set by VETTED_LLM / VETTED_LLM_URL / VETTED_LLM_MODEL).
Out:  `Rephrased(sentences, notices)`: each shown sentence is either the model's rewording, which
      passed the support judge against its own cited quote and the output guard, or the original
      extractive sentence it replaces. Citations (and their verbatim quotes) are unchanged.
Fails: never raises: a model error, time-out or malformed reply leaves the extractive answer as
      it was, with a notice. An unverified sentence is never shown.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from dataclasses import dataclass, replace
from typing import Any

from bot import guard
from bot.support import SupportJudge
from bot.types import AnswerSentence, Citation

DEFAULT_URLS = {"ollama": "http://127.0.0.1:11434"}
_LINE = re.compile(r"^\s*(?:\d+[.)]\s*)?(.*?)\s*\[(\d+)\]\s*$")
INSTRUCTIONS = (
    "You reword answers for worried parents and teachers. Rewrite each numbered sentence below in "
    "plain, calm words. Rules: one output line per input sentence, in the same order; keep every "
    "number, date, name and legal term exactly; add nothing that the sentence does not say; end "
    "each line with the same [n] marker as its input. Output only the lines."
)


@dataclass(frozen=True)
class Rephrased:
    sentences: tuple[AnswerSentence, ...]
    notices: tuple[str, ...]


def chat_model(kind: str, url: str | None, model: str | None, api_key: str | None = None,
               timeout: float = 30.0):
    """A LangChain chat model for an OpenAI-compatible endpoint (Ollama serves one too)."""
    from langchain_core.language_models.chat_models import BaseChatModel
    from langchain_core.messages import AIMessage, BaseMessage
    from langchain_core.outputs import ChatGeneration, ChatResult

    base_url = (url or DEFAULT_URLS.get(kind) or "").rstrip("/")
    if not base_url or not model:
        raise ValueError("VETTED_LLM needs VETTED_LLM_MODEL and (for openai) VETTED_LLM_URL")

    class OpenAICompatibleChat(BaseChatModel):
        """Minimal chat model over POST {base}/v1/chat/completions, stdlib HTTP only."""

        endpoint: str
        model_name: str
        key: str | None = None
        timeout_s: float = 30.0

        @property
        def _llm_type(self) -> str:
            return "openai-compatible"

        def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                      run_manager: Any = None, **kwargs: Any) -> ChatResult:
            roles = {"human": "user", "ai": "assistant", "system": "system"}
            body = {"model": self.model_name, "temperature": 0, "stream": False,
                    "messages": [{"role": roles.get(m.type, "user"), "content": m.content} for m in messages]}
            url = self.endpoint + ("/chat/completions" if self.endpoint.endswith("/v1") else "/v1/chat/completions")
            request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                             headers={"Content-Type": "application/json",
                                                      **({"Authorization": f"Bearer {self.key}"} if self.key else {})})
            with urllib.request.urlopen(request, timeout=self.timeout_s) as response:
                reply = json.loads(response.read().decode("utf-8"))
            content = reply["choices"][0]["message"]["content"]
            return ChatResult(generations=[ChatGeneration(message=AIMessage(content=content))])

    return OpenAICompatibleChat(endpoint=base_url, model_name=model, key=api_key, timeout_s=timeout)


def rephrase(question: str, sentences: tuple[AnswerSentence, ...], citations: tuple[Citation, ...],
             model, judge: SupportJudge) -> Rephrased:
    if not sentences:
        return Rephrased(sentences, ())
    from langchain_core.messages import HumanMessage, SystemMessage

    numbered = "\n".join(f"{s.text} [{s.citation}]" for s in sentences)
    try:
        reply = model.invoke([SystemMessage(content=INSTRUCTIONS),
                              HumanMessage(content=f"Question: {question}\n\nSentences:\n{numbered}")])
        text = reply.content if isinstance(reply.content, str) else str(reply.content)
    except (urllib.error.URLError, TimeoutError, OSError, ValueError, KeyError, IndexError) as exc:
        return Rephrased(sentences, (f"The rephrasing model could not be reached ({type(exc).__name__}); "
                                     "showing the sources' own words.",))
    proposals: dict[int, str] = {}
    for line in text.splitlines():
        match = _LINE.match(line)
        if match and match.group(1):
            proposals.setdefault(int(match.group(2)), match.group(1).strip())
    quotes = {c.n: c.quote for c in citations}
    shown, kept_original = [], 0
    for sentence in sentences:
        candidate = proposals.get(sentence.citation)
        quote = quotes.get(sentence.citation, "")
        if candidate and guard.check(candidate).ok and judge.supports(candidate, quote):
            shown.append(replace(sentence, text=candidate))
        else:
            shown.append(sentence)
            kept_original += 1
    notice = "Reworded by a language model; every sentence was checked against its cited quote."
    if kept_original:
        notice += f" {kept_original} sentence(s) failed the check and are shown in the source's own words."
    return Rephrased(tuple(shown), (notice,))
