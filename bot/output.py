"""The JSON contract other programs rely on (`vetted ask --json/--jsonl`, the web API).

In:   an `Answer` (or an error). Out: plain dicts validated by these pydantic models.
Fails: never: a model mismatch is a bug caught by the contract tests.

Extend these models; never rename or remove a field.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from bot.types import Answer, Citation, HelpService


class CitationOut(BaseModel):
    model_config = ConfigDict(extra="forbid")

    n: int
    source_id: str
    chunk_id: str
    title: str
    publisher: str
    published: str
    url: str
    quote: str


class HelpOut(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    name: str
    for_: list[str]
    phone: str | None
    url: str | None
    jurisdiction: str
    hours: str | None = None
    source: str
    checked: str

    def dump(self) -> dict:
        data = self.model_dump()
        data["for"] = data.pop("for_")
        return data


class AnswerOut(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str
    decision: Literal["answered", "signposted", "refused", "abstained", "out_of_scope"]
    category: str
    reason: str
    answer: str
    jurisdiction: str
    citations: list[CitationOut]
    help: list[dict]
    index: dict
    timings_ms: dict
    notices: list[str]
    evidence_score: float | None = None


def citation_json(citation: Citation) -> dict:
    return CitationOut(n=citation.n, source_id=citation.source_id, chunk_id=citation.chunk_id,
                       title=citation.title, publisher=citation.publisher,
                       published=citation.published, url=citation.url,
                       quote=citation.quote).model_dump()


def help_json(service: HelpService) -> dict:
    return HelpOut(name=service.name, for_=list(service.for_), phone=service.phone, url=service.url,
                   jurisdiction=service.jurisdiction, hours=service.hours, source=service.source,
                   checked=service.checked).dump()


def answer_json(answer: Answer) -> dict:
    out = AnswerOut(
        question=answer.question, decision=answer.decision, category=answer.category,
        reason=answer.reason, answer=answer.text, jurisdiction=answer.jurisdiction,
        citations=[CitationOut(**citation_json(c)) for c in answer.citations],
        help=[help_json(h) for h in answer.help],
        index={"id": answer.index_id}, timings_ms=dict(answer.timings_ms),
        notices=list(answer.notices), evidence_score=answer.evidence_score,
    )
    return out.model_dump()


def error_json(message: str, status: int) -> dict:
    return {"ok": False, "error": message, "status": status}
