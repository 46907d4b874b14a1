"""The web app (`vetted serve`): Ask, Check a claim, Sources, Get help and About, plus a JSON API.

In:   a `Vetted` core (the same `answer()` the CLI calls) and, for claims, `bot.factcheck`.
Out:  a FastAPI app with the Gradio Blocks UI mounted at `/` and `POST /api/ask`,
      `POST /api/check`, `GET /api/health` returning the CLI's JSON contract.
Fails: API errors are always `{"ok": false, "error": ..., "status": ...}`; in the UI a failure
       is shown as a calm notice, never a traceback. Gradio is imported only when serving.

The rendering functions are pure (data in, escaped HTML out) so they are unit-tested without a
browser; every piece of text from a user or the corpus goes through `html.escape`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import os
import re
import socket
import sys
import threading
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import click

from bot.errors import UsageError, VettedError, user_errors
from bot.types import Answer, Citation, HelpService

JURISDICTION_LABELS = {"UK": "United Kingdom", "US": "United States", "EU": "European Union",
                       "AU": "Australia", "INT": "International"}
AUDIENCE_LABELS = {
    "children": "Children and young people", "parents": "Parents and carers",
    "victims": "People who have been targeted", "worried_adults": "Adults worried about someone",
    "own_thoughts": "Worried about your own thoughts", "reporting_images": "Reporting an image",
    "image_removal": "Getting an image removed", "emergency": "Emergency",
}
DIRECTORY_ORDER = ("emergency", "children", "parents", "victims", "image_removal", "reporting_images",
                   "worried_adults", "own_thoughts")
DECISION_LABELS = {
    "answered": None,
    "signposted": "Help and support",
    "refused": "Vetted can't help with this",
    "abstained": "Not covered by the vetted sources",
    "out_of_scope": "Outside what Vetted covers",
}
VERDICT_LABELS = {
    "supported": "Supported by the vetted sources",
    "contradicted": "Contradicted by the vetted sources",
    "partly_supported": "Partly supported by the vetted sources",
    "not_covered": "Not covered by the vetted sources",
    "refused": "Vetted can't check this",
}
DISCLOSURES = ("S1", "S2", "S3")
STARTERS = (
    "Is an AI-generated sexual image of a child illegal in the UK?",
    "What is sextortion, and what should a parent do?",
    "How much AI-generated abuse imagery has the IWF found?",
    "What does the TAKE IT DOWN Act require?",
    "How do I get an image of my child removed from the internet?",
)
MAX_BODY_BYTES = 16 * 1024
MAX_HISTORY_TURNS = 20
ASSETS = Path(__file__).parent / "web_assets"
ABOUT_HTML = """
<div class="vt-about">
<h2>What Vetted is</h2>
<p>Vetted answers questions about AI-generated child sexual abuse material: the law in the UK, the US,
the EU and Australia, published figures, what the technology industry has committed to, safeguarding
advice for parents and schools, and how to report an image or get help.</p>
<p><strong>Answers come only from the listed sources.</strong> Every sentence of an answer is quoted from
a vetted public source, and its marker (like <span aria-hidden="true">[1]</span>) opens the exact passage,
the publisher, the date and a link to the original. When the sources do not cover a question, Vetted
says so instead of guessing. The <em>Sources</em> tab lists everything it can draw on.</p>
<p>Vetted is not a lawyer or a counsellor. For a situation that is happening now, the services under
<em>Get help</em> can act and listen.</p>
<h2>Images</h2>
<p>Vetted never asks for, and cannot accept, images or files. Please do not describe or send an image:
report it to the services under <em>Get help</em>, who can deal with it safely.</p>
<h2>What is stored</h2>
<p>By default, nothing you type is stored: questions are answered in memory and forgotten. The page
makes no requests to any other website. If the people running this copy of Vetted turn on feedback,
pressing a feedback button saves the question, the kind of answer and which sources were cited to a
file on this server, so they can fix mistakes. When a reply shows help services, the question is never
saved, and when someone tells Vetted about something happening to them or to a person they know,
nothing at all is saved.</p>
</div>
"""


# ---------------------------------------------------------------------------- rendering
def esc(text: Any) -> str:
    return html.escape(str(text), quote=True)


def format_date(iso: str, precision: str = "day") -> str:
    """'2024-07-01' → '1 July 2024' (or 'July 2024' / '2024' when only that much is known)."""
    try:
        day = dt.date.fromisoformat(str(iso)[:10])
    except ValueError:
        return str(iso)
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return f"{day:%B} {day.year}"
    return f"{day.day} {day:%B} {day.year}"


def host_of(url: str) -> str:
    return urlparse(url).netloc.removeprefix("www.") or url


def tel_href(phone: str) -> str | None:
    """A dialable tel: link; vanity numbers use the digits printed in brackets beside them."""
    bracketed = re.search(r"\(([\d\s+.-]{3,})\)", phone)
    digits = re.sub(r"[^\d+]", "", bracketed.group(1) if bracketed else phone)
    return f"tel:{digits}" if len(digits.lstrip("+")) >= 3 else None


def external_link(url: str, text: str | None = None) -> str:
    return (f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">{esc(text or host_of(url))}'
            '<span class="vt-sr-only"> (opens the original website)</span></a>')


def highlight(passage: str, quote: str, offset: int | None = None) -> str:
    """The passage, escaped, with the quoted span in <mark>; falls back to a loose match, then
    to the quote alone so the reader always sees what was cited."""
    start = offset if offset is not None and passage[offset:offset + len(quote)] == quote else passage.find(quote)
    if start < 0:
        loose = re.search(r"\s+".join(re.escape(w) for w in quote.split()), passage)
        if not loose:
            return f"<mark>{esc(quote)}</mark>"
        start, end = loose.span()
    else:
        end = start + len(quote)
    return f"{esc(passage[:start])}<mark>{esc(passage[start:end])}</mark>{esc(passage[end:])}"


def render_citation(citation: Citation, chunks: dict, anchor: str, precision: dict[str, str]) -> str:
    chunk = chunks.get(citation.chunk_id)
    passage = (highlight(chunk.text, citation.quote, citation.start - chunk.start) if chunk
               else f"<mark>{esc(citation.quote)}</mark>")
    when = format_date(citation.published, precision.get(citation.source_id, "day"))
    return (f'<li><details class="vt-source" id="{esc(anchor)}">'
            f'<summary><span class="vt-n">[{citation.n}]</span> <span class="vt-title">{esc(citation.title)}</span>'
            f'<span class="vt-meta">{esc(citation.publisher)} · {esc(when)}</span></summary>'
            f'<blockquote class="vt-passage">{passage}</blockquote>'
            f'<p class="vt-origin">Original: {external_link(citation.url)}</p></details></li>')


def render_citations(citations, chunks: dict, prefix: str, precision: dict[str, str],
                     heading: str = "Sources") -> str:
    if not citations:
        return ""
    items = "".join(render_citation(c, chunks, f"{prefix}-s{c.n}", precision) for c in citations)
    return (f'<section class="vt-sources" aria-label="{esc(heading)}"><h3>{esc(heading)}</h3>'
            f"<ol>{items}</ol></section>")


def render_service(service: HelpService) -> str:
    lines = [f"<h4>{esc(service.name)}</h4>",
             f'<p class="vt-for">{esc(", ".join(AUDIENCE_LABELS.get(a, a) for a in service.for_))}</p>',
             f"<p>{esc(service.description)}</p>"]
    if service.phone:
        href = tel_href(service.phone)
        number = f'<a href="{esc(href)}">{esc(service.phone)}</a>' if href else esc(service.phone)
        lines.append(f'<p class="vt-phone">Phone: {number}</p>')
    if service.url:
        lines.append(f"<p>Website: {external_link(service.url)}</p>")
    if service.hours:
        lines.append(f"<p>Hours: {esc(service.hours)}</p>")
    lines.append(f'<p class="vt-checked">Details checked {esc(format_date(service.checked))}</p>')
    return f'<li class="vt-service">{"".join(lines)}</li>'


def render_help(services, heading: str = "Who can help") -> str:
    if not services:
        return ""
    items = "".join(render_service(s) for s in services)
    return (f'<section class="vt-helpbox" aria-label="{esc(heading)}"><h3>{esc(heading)}</h3>'
            f'<ul class="vt-services">{items}</ul></section>')


def cited_paragraph(answer: Answer, prefix: str) -> str:
    parts = []
    for sentence in answer.sentences:
        anchor = f"{prefix}-s{sentence.citation}"
        parts.append(f'{esc(sentence.text)} <a class="vt-cite" href="#{anchor}" '
                     f'aria-label="source {sentence.citation}">[{sentence.citation}]</a>')
    return f'<p class="vt-answer">{" ".join(parts)}</p>' if parts else ""


def policy_message(answer: Answer) -> str:
    """The fixed policy text of a decision, without the cited part the pipeline appends."""
    text = answer.text
    if answer.sentences:
        cited = " ".join(f"{s.text} [{s.citation}]" for s in answer.sentences)
        if text.endswith(cited):
            text = text[: -len(cited)]
    return text.strip()


def render_reply(answer: Answer, prefix: str, chunks: dict, precision: dict[str, str]) -> str:
    kind = DECISION_LABELS.get(answer.decision)
    body = [f'<p class="vt-kind">{esc(kind)}</p>' if kind else ""]
    if answer.decision == "answered":
        body.append(cited_paragraph(answer, prefix))
    else:
        body.extend(f"<p>{esc(p)}</p>" for p in policy_message(answer).split("\n\n") if p.strip())
        body.append(render_help(answer.help))
        if answer.sentences:
            body.append('<p class="vt-kind">From the vetted sources</p>' + cited_paragraph(answer, prefix))
    body.append(render_citations(answer.citations, chunks, prefix, precision))
    body.extend(f'<p class="vt-notice">Note: {esc(n)}</p>' for n in answer.notices)
    return f'<div class="vt-reply vt-reply--{esc(answer.decision)}">{"".join(body)}</div>'


def render_turn(index: int, question: str, answer: Answer, chunks: dict, precision: dict[str, str]) -> str:
    prefix = f"t{index}"
    return (f'<article class="vt-turn" id="{prefix}" aria-labelledby="{prefix}-q">'
            f'<h2 class="vt-q" id="{prefix}-q"><span class="vt-sr-only">You asked: </span>{esc(question)}</h2>'
            f"{render_reply(answer, prefix, chunks, precision)}</article>")


WELCOME_HTML = """
<div class="vt-welcome">
<h2>Ask about AI-generated child abuse imagery</h2>
<p>For parents, teachers and people who work with children: the law, published figures, what companies
have promised, how to keep children safe, and how to report an image or get it removed.</p>
<p>Every answer is quoted from vetted public sources, and each <span aria-hidden="true">[1]</span> marker
shows exactly where it comes from. Please don't share or describe images here.</p>
</div>
"""


def render_conversation(turns, chunks: dict, precision: dict[str, str]) -> str:
    if not turns:
        return WELCOME_HTML
    return "".join(render_turn(i + 1, q, a, chunks, precision) for i, (q, a) in enumerate(turns))


def status_line(answer: Answer) -> str:
    """A short line for the screen-reader live region when an answer arrives."""
    if answer.decision == "answered":
        count = len(answer.citations)
        return f"Answer ready, with {count} source{'s' if count != 1 else ''}."
    return f"Reply ready: {DECISION_LABELS[answer.decision]}."


def render_claim(check, chunks: dict, precision: dict[str, str]) -> str:
    verdict = str(check.verdict)
    label = VERDICT_LABELS.get(verdict, verdict)
    evidence = render_citations(getattr(check, "evidence", ()), chunks, "claim", precision,
                                heading="Evidence from the vetted sources")
    return (f'<div class="vt-verdict vt-verdict--{esc(verdict)}" role="status">'
            f"<h3>{esc(label)}</h3>"
            f'<p class="vt-claim">“{esc(check.claim)}”</p>'
            f"<p>{esc(check.explanation)}</p></div>{evidence}")


def render_directory(services, jurisdiction: str) -> str:
    """The help directory for one jurisdiction (plus international services), grouped by need."""
    local = [s for s in services if s.jurisdiction == jurisdiction]
    international = [s for s in services if s.jurisdiction == "INT" and jurisdiction != "INT"]
    parts = [f'<div class="vt-directory"><p>Services for <strong>{esc(JURISDICTION_LABELS[jurisdiction])}'
             "</strong>. If someone is in immediate danger, call the emergency number.</p>"]
    for title, group in ((JURISDICTION_LABELS[jurisdiction], local), ("International", international)):
        if not group:
            continue
        parts.append(f"<h2>{esc(title)}</h2>")
        ordered = sorted(group, key=lambda s: min(DIRECTORY_ORDER.index(a) if a in DIRECTORY_ORDER
                                                  else 99 for a in s.for_))
        parts.append(f'<ul class="vt-services">{"".join(render_service(s) for s in ordered)}</ul>')
    if not local and jurisdiction != "INT":
        parts.append("<p>No services of this jurisdiction are listed yet; the international ones above can help.</p>")
    return "".join(parts) + "</div>"


# ---------------------------------------------------------------------------- sources browser
ALL = "All"


def source_matches(record, topic: str, jurisdiction: str, kind: str, year_from: str, year_to: str,
                   text: str) -> bool:
    year = int(str(record.published)[:4])
    return ((topic in (ALL, "", None) or topic in record.topics)
            and (jurisdiction in (ALL, "", None) or jurisdiction in record.jurisdiction)
            and (kind in (ALL, "", None) or record.type == kind)
            and (year_from in (ALL, "", None) or year >= int(year_from))
            and (year_to in (ALL, "", None) or year <= int(year_to))
            and (not text or text.lower() in f"{record.title} {record.publisher} {record.id}".lower()))


def filter_sources(records, topic=ALL, jurisdiction=ALL, kind=ALL, year_from=ALL, year_to=ALL, text=""):
    chosen = [r for r in records if source_matches(r, topic, jurisdiction, kind, year_from, year_to,
                                                   (text or "").strip())]
    return sorted(chosen, key=lambda r: (str(r.published), r.id), reverse=True)


def render_source_list(records, total: int, precision: dict[str, str]) -> str:
    items = []
    for r in records:
        when = format_date(r.published, precision.get(r.id, "day"))
        items.append(f'<li><span class="vt-title">{esc(r.title)}</span>'
                     f'<span class="vt-meta">{esc(r.publisher)} · {esc(when)} · {esc(r.type)} · '
                     f'{esc(", ".join(r.jurisdiction))}</span>'
                     f'<span class="vt-meta">Topics: {esc(", ".join(r.topics))}</span></li>')
    count = f'<p class="vt-count" role="status">Showing {len(records)} of {total} vetted sources.</p>'
    if not records:
        return count + "<p>No source matches these filters.</p>"
    return f'{count}<ul class="vt-list">{"".join(items)}</ul>'


def render_digest(record, extra=None) -> str:
    """One source's digest with its provenance; `extra` is the corpus `Source` (licence, dates)."""
    precision = getattr(extra, "published_precision", "day")
    rows = [("Publisher", esc(record.publisher)),
            ("Published", esc(format_date(record.published, precision))),
            ("Type", esc(record.type)),
            ("Jurisdiction", esc(", ".join(JURISDICTION_LABELS.get(j, j) for j in record.jurisdiction))),
            ("Topics", esc(", ".join(record.topics))),
            ("Original", external_link(record.url, record.url))]
    if extra is not None and extra.vetted_on:
        rows.append(("Vetted on", esc(format_date(extra.vetted_on.isoformat()))))
    rows.append(("Last checked", esc(format_date(record.last_checked))))
    if extra is not None:
        rows.append(("Licence", esc(extra.licence)))
    for note in getattr(extra, "unconfirmed", ()) or ():
        rows.append(("Not confirmed", esc(note)))
    meta = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    body = "".join(f"<p>{esc(p.strip())}</p>" for p in record.body.split("\n\n") if p.strip())
    return (f'<article class="vt-digest" aria-label="Source digest"><h2>{esc(record.title)}</h2>'
            f"<dl>{meta}</dl>{body}</article>")


# ---------------------------------------------------------------------------- feedback
def feedback_record(answer: Answer, kind: str, now: dt.datetime | None = None) -> dict | None:
    """What a feedback click stores, or None for a disclosure (S1–S3), which is never written.

    Other signposted replies (a parent's incident, an offered image) keep no question text.
    """
    if answer.decision == "signposted" and answer.category in DISCLOSURES:
        return None
    record = {"ts": (now or dt.datetime.now(dt.timezone.utc)).isoformat(timespec="seconds"),
              "feedback": kind, "decision": answer.decision, "category": answer.category,
              "jurisdiction": answer.jurisdiction, "index_id": answer.index_id,
              "source_ids": sorted({c.source_id for c in answer.citations})}
    if answer.decision != "signposted":
        record["question"] = answer.question
        record["question_sha256"] = hashlib.sha256(answer.question.encode("utf-8")).hexdigest()
    return record


_FEEDBACK_LOCK = threading.Lock()


def write_feedback(path: Path, record: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with _FEEDBACK_LOCK, path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------------------- the JSON API
def parse_payload(raw: bytes, required: str) -> dict:
    """Validate an API body: a JSON object with a `required` string, optional jurisdiction/history."""
    try:
        payload = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"the body is not valid JSON ({getattr(exc, 'msg', 'not UTF-8')})") from exc
    if not isinstance(payload, dict):
        raise UsageError("the body must be a JSON object")
    if not isinstance(payload.get(required), str):
        raise UsageError(f'the body needs a "{required}" string')
    jurisdiction = payload.get("jurisdiction")
    if jurisdiction is not None and not isinstance(jurisdiction, str):
        raise UsageError('"jurisdiction" must be a string: UK, US, EU, AU or INT')
    history = payload.get("history", [])
    if not isinstance(history, list) or not all(isinstance(h, str) for h in history):
        raise UsageError('"history" must be a list of earlier user turns (strings)')
    if len(history) > MAX_HISTORY_TURNS:
        raise UsageError(f'"history" has {len(history)} turns; at most {MAX_HISTORY_TURNS} are accepted')
    return payload


class PayloadTooLarge(VettedError):
    status = 413


class NotFound(VettedError):
    status = 404


class MethodNotAllowed(VettedError):
    status = 405


class Unavailable(VettedError):
    status = 503


def add_api(app, vetted) -> None:
    """Mount the JSON endpoints on a FastAPI app (before Gradio takes the rest of the paths)."""
    import logging

    from starlette.concurrency import run_in_threadpool
    from starlette.responses import JSONResponse

    from bot.output import answer_json, error_json

    log = logging.getLogger("vetted.web")

    async def read_body(request) -> bytes:
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            raise PayloadTooLarge(f"the body is over the {MAX_BODY_BYTES // 1024} KB limit")
        body = bytearray()
        async for piece in request.stream():
            body.extend(piece)
            if len(body) > MAX_BODY_BYTES:
                raise PayloadTooLarge(f"the body is over the {MAX_BODY_BYTES // 1024} KB limit")
        return bytes(body)

    async def respond(request, required: str, work):
        try:
            payload = parse_payload(await read_body(request), required)
            return JSONResponse(await run_in_threadpool(work, payload))
        except VettedError as exc:
            return JSONResponse(error_json(exc.message, exc.status), status_code=exc.status)
        except Exception:  # a bug: log it, answer in the one error shape
            log.exception("API request failed")
            return JSONResponse(error_json("internal error: the request could not be answered", 500),
                                status_code=500)

    def ask_work(payload: dict) -> dict:
        return answer_json(vetted.answer(payload["question"], payload.get("jurisdiction"),
                                         tuple(payload.get("history", ()))))

    def check_work(payload: dict) -> dict:
        factcheck = load_factcheck()
        return factcheck.claim_json(factcheck.check_claim(payload["claim"], payload.get("jurisdiction"),
                                                          vetted=vetted))

    async def api_ask(request):
        return await respond(request, "question", ask_work)

    async def api_check(request):
        return await respond(request, "claim", check_work)

    async def api_health(request):
        return JSONResponse({"ok": True, "index": {"id": vetted.store.build_id}})

    routes = {"/api/ask": ("POST", api_ask), "/api/check": ("POST", api_check), "/api/health": ("GET", api_health)}

    async def api_other(request):
        path = request.url.path
        if path in routes:
            error = MethodNotAllowed(f"{path} accepts {routes[path][0]} only")
        else:
            error = NotFound(f"no such endpoint {path}; try POST /api/ask")
        return JSONResponse(error_json(error.message, error.status), status_code=error.status,
                            headers={"Allow": routes[path][0]} if path in routes else None)

    # Plain Starlette routes (the request is passed in; no signature introspection), then a
    # catch-all so a wrong method or path under /api/ gets the one error shape, not Gradio's page.
    for path, (method, endpoint) in routes.items():
        app.add_route(path, endpoint, methods=[method])
    app.add_route("/api/{rest:path}", api_other, methods=["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"])


def load_factcheck():
    """bot.factcheck, or a clear error if this copy of Vetted does not have the claim checker."""
    try:
        import bot.factcheck as factcheck
    except ModuleNotFoundError as exc:
        if exc.name != "bot.factcheck":
            raise
        raise Unavailable("the claim checker is not installed in this copy of Vetted") from exc
    return factcheck


# ---------------------------------------------------------------------------- the Gradio UI
def _quiet_gradio():
    """Import Gradio with analytics and hub look-ups switched off (set here, not only in scripts)."""
    for name, value in (("GRADIO_ANALYTICS_ENABLED", "False"), ("HF_HUB_OFFLINE", "1"),
                        ("TRANSFORMERS_OFFLINE", "1"), ("ANONYMIZED_TELEMETRY", "False"),
                        ("GRADIO_RUN_HISTORY", "False")):
        os.environ[name] = value
    import gradio as gr

    return gr


CITE_JS = """
element.addEventListener('click', (event) => {
  const link = event.target.closest('a.vt-cite');
  if (!link) return;
  const target = element.querySelector(link.getAttribute('href'));
  if (!target) return;
  event.preventDefault();
  target.open = true;
  target.scrollIntoView({behavior: 'smooth', block: 'center'});
  const summary = target.querySelector('summary');
  if (summary) summary.focus({preventScroll: true});
});
"""
SCROLL_JS = """
watch('value', () => {
  const turns = element.querySelectorAll('.vt-turn');
  if (turns.length) turns[turns.length - 1].scrollIntoView({behavior: 'smooth', block: 'start'});
});
"""


def build_blocks(vetted):
    """The Gradio Blocks app over one `Vetted` (pure UI; `create_app` adds the API and theme)."""
    gr = _quiet_gradio()
    from bot import help as help_directory
    from bot.corpus import load_sources

    settings = vetted.settings
    chunks = vetted.store.chunk_by_id
    records = sorted(vetted.store.sources.values(), key=lambda r: r.id)
    try:
        corpus = {s.id: s for s in load_sources(settings.sources_dir)}
    except VettedError:
        corpus = {}
    precision = {sid: s.published_precision for sid, s in corpus.items()}
    services = help_directory.directory(settings.help_file)
    jurisdiction_choices = [(label, code) for code, label in JURISDICTION_LABELS.items()]
    topics = sorted({t for r in records for t in r.topics})
    kinds = sorted({r.type for r in records})
    years = sorted({str(r.published)[:4] for r in records})
    source_choices = [(f"{r.title} — {r.publisher}", r.id) for r in records]

    def conversation_html(turns) -> str:
        return render_conversation(turns, chunks, precision)

    def ask(question: str, jurisdiction: str, turns: list):
        question = (question or "").strip()
        if not question:
            return (gr.update(), conversation_html(turns), turns,
                    '<p role="status" class="vt-notice">Type a question first.</p>', gr.update(), gr.update())
        try:
            answer = vetted.answer(question, jurisdiction, tuple(q for q, _ in turns)[-MAX_HISTORY_TURNS:])
        except VettedError as exc:
            return (gr.update(), conversation_html(turns), turns,
                    f'<p role="status" class="vt-notice">{esc(exc.message)}</p>', gr.update(), gr.update())
        turns = [*turns, (question, answer)]
        can_feedback = settings.feedback_log is not None and feedback_record(answer, "check") is not None
        status_html = f'<p role="status" class="vt-sr-only">{esc(status_line(answer))}</p>'
        return ("", conversation_html(turns), turns, status_html,
                gr.update(visible=can_feedback), gr.update(visible=False))

    def feedback(kind: str, turns: list):
        if not turns or settings.feedback_log is None:
            return gr.update(visible=False), ""
        record = feedback_record(turns[-1][1], kind)
        if record is not None:
            write_feedback(settings.feedback_log, record)
        return gr.update(visible=False), '<p role="status" class="vt-notice">Thank you: your feedback was saved.</p>'

    def check(claim: str, jurisdiction: str):
        claim = (claim or "").strip()
        if not claim:
            return '<p role="status" class="vt-notice">Paste a sentence to check first.</p>'
        try:
            result = load_factcheck().check_claim(claim, jurisdiction, vetted=vetted)
        except VettedError as exc:
            return f'<p role="status" class="vt-notice">{esc(exc.message)}</p>'
        return render_claim(result, chunks, precision)

    def browse(topic, jurisdiction, kind, year_from, year_to, text):
        chosen = filter_sources(records, topic, jurisdiction, kind, year_from, year_to, text)
        choices = [(f"{r.title} — {r.publisher}", r.id) for r in chosen]
        return render_source_list(chosen, len(records), precision), gr.update(choices=choices, value=None)

    def open_source(source_id):
        record = vetted.store.sources.get(source_id) if source_id else None
        if record is None:
            return "<p class=\"vt-notice\">Choose a source above to read its digest and provenance.</p>"
        return render_digest(record, corpus.get(source_id))

    with gr.Blocks(title="Vetted: cited answers from vetted sources", analytics_enabled=False) as demo:
        turns = gr.State([])
        with gr.Row(elem_id="vt-header", equal_height=False):
            gr.HTML('<div class="vt-brand"><h1>Vetted</h1><p>Answers about AI-generated child sexual abuse '
                    "material (the law, figures, safeguarding and reporting) quoted only from vetted "
                    "sources, with every sentence cited.</p></div>", padding=False)
            jurisdiction = gr.Dropdown(jurisdiction_choices, value=settings.default_jurisdiction,
                                       label="Your country or region", elem_id="vt-jurisdiction",
                                       scale=0, min_width=210, interactive=True)
            help_now = gr.Button("Get help now", elem_id="vt-help-now", scale=0, min_width=150)
        with gr.Tabs(selected="ask", elem_id="vt-tabs") as tabs:
            with gr.Tab("Ask", id="ask", elem_id="vt-tab-ask"):
                transcript = gr.HTML(conversation_html([]), elem_id="vt-transcript",
                                     js_on_load=CITE_JS + SCROLL_JS, padding=False)
                status = gr.HTML("", elem_id="vt-status", padding=False)
                with gr.Column(elem_classes=["vt-starters"], elem_id="vt-starters") as starters:
                    gr.HTML('<p class="vt-kind">Not sure where to start? Try one of these:</p>', padding=False)
                    starter_buttons = [gr.Button(text, size="sm", elem_classes=["vt-starter"]) for text in STARTERS]
                with gr.Row(equal_height=False, elem_id="vt-ask-row"):
                    question = gr.Textbox(label="Your question", placeholder="Ask about the law, figures, "
                                          "safeguarding or reporting…", lines=1, max_lines=6, scale=5,
                                          min_width=260, elem_id="vt-question", max_length=settings.max_question_chars)
                    ask_button = gr.Button("Ask", variant="primary", scale=1, min_width=90, elem_id="vt-ask")
                with gr.Row(visible=False, elem_id="vt-feedback") as feedback_row:
                    gr.HTML('<p class="vt-notice">Is something wrong with this answer? Telling us saves the '
                            "question and the sources cited, nothing else.</p>", padding=False, min_width=260)
                    wrong = gr.Button("This answer is wrong", size="sm", elem_id="vt-wrong", min_width=170)
                    unhelpful = gr.Button("This answer is unhelpful", size="sm", elem_id="vt-unhelpful",
                                          min_width=170)
                new_chat = gr.Button("Start a new conversation", size="sm", elem_id="vt-new")
            with gr.Tab("Check a claim", id="check", elem_id="vt-tab-check"):
                gr.HTML('<p class="vt-about">Paste a sentence with a figure or a legal statement, for example '
                        "from a draft report or a news story. Vetted says whether its vetted sources support it, "
                        "contradict it, or do not cover it, and quotes the evidence.</p>", padding=False)
                claim = gr.Textbox(label="Claim to check", lines=3, max_lines=8, elem_id="vt-claim",
                                   max_length=settings.max_question_chars,
                                   placeholder="e.g. In 2023 the IWF found over 20,000 AI-generated images "
                                               "on one dark web forum in a month.")
                check_button = gr.Button("Check this claim", variant="primary", elem_id="vt-check")
                verdict = gr.HTML("", elem_id="vt-verdict", padding=False)
            with gr.Tab("Sources", id="sources", elem_id="vt-tab-sources"):
                with gr.Row():
                    f_topic = gr.Dropdown([ALL, *topics], value=ALL, label="Topic", elem_id="vt-f-topic")
                    f_jur = gr.Dropdown([(ALL, ALL), *jurisdiction_choices], value=ALL, label="Jurisdiction",
                                        elem_id="vt-f-jurisdiction")
                    f_kind = gr.Dropdown([ALL, *kinds], value=ALL, label="Type", elem_id="vt-f-type")
                with gr.Row():
                    f_from = gr.Dropdown([ALL, *years], value=ALL, label="Published from", elem_id="vt-f-from")
                    f_to = gr.Dropdown([ALL, *years], value=ALL, label="Published up to", elem_id="vt-f-to")
                    f_text = gr.Textbox(label="Title or publisher contains", elem_id="vt-f-text")
                source_list = gr.HTML(render_source_list(filter_sources(records), len(records), precision),
                                      elem_id="vt-source-list", padding=False, max_height=420)
                pick = gr.Dropdown(source_choices, value=None, label="Open a source", elem_id="vt-pick",
                                   filterable=True)
                digest = gr.HTML(open_source(None), elem_id="vt-digest", padding=False)
            with gr.Tab("Get help", id="help", elem_id="vt-tab-help"):
                directory = gr.HTML(render_directory(services, settings.default_jurisdiction),
                                    elem_id="vt-directory", padding=False)
            with gr.Tab("About", id="about", elem_id="vt-tab-about"):
                gr.HTML(ABOUT_HTML, padding=False)

        ask_outputs = [question, transcript, turns, status, feedback_row, starters]
        ask_button.click(ask, [question, jurisdiction, turns], ask_outputs, concurrency_limit=4,
                         show_progress="minimal")
        question.submit(ask, [question, jurisdiction, turns], ask_outputs, concurrency_limit=4,
                        show_progress="minimal")
        for button, text in zip(starter_buttons, STARTERS):
            button.click(lambda j, t, text=text: ask(text, j, t), [jurisdiction, turns], ask_outputs,
                         concurrency_limit=4, show_progress="minimal")
        wrong.click(lambda t: feedback("wrong", t), [turns], [feedback_row, status])
        unhelpful.click(lambda t: feedback("unhelpful", t), [turns], [feedback_row, status])
        new_chat.click(lambda: ("", conversation_html([]), [], "", gr.update(visible=False), gr.update(visible=True)),
                       None, ask_outputs)
        check_button.click(check, [claim, jurisdiction], [verdict], concurrency_limit=4, show_progress="minimal")
        claim.submit(check, [claim, jurisdiction], [verdict], concurrency_limit=4, show_progress="minimal")
        filters = [f_topic, f_jur, f_kind, f_from, f_to, f_text]
        for control in filters:
            event = control.submit if control is f_text else control.change
            event(browse, filters, [source_list, pick], show_progress="hidden")
        pick.change(open_source, [pick], [digest], show_progress="hidden")
        jurisdiction.change(lambda j: render_directory(services, j), [jurisdiction], [directory],
                            show_progress="hidden")
        help_now.click(lambda: gr.Tabs(selected="help"), None, [tabs])
    return demo


def create_app(vetted=None):
    """FastAPI app: the JSON API first, then the Gradio UI mounted at `/`."""
    gr = _quiet_gradio()
    from fastapi import FastAPI

    from bot.pipeline import default_vetted

    vetted = vetted or default_vetted()
    vetted.warm_up()  # load everything once, before concurrent requests arrive
    from bot.embed import limit_blas_threads

    limit_blas_threads()  # the server answers in parallel threads
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    add_api(app, vetted)
    demo = build_blocks(vetted)
    demo.queue(default_concurrency_limit=4, max_size=200)
    theme = gr.themes.Base(primary_hue="teal", neutral_hue="stone",
                           font=["system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"],
                           font_mono=["ui-monospace", "Menlo", "Consolas", "monospace"])
    return gr.mount_gradio_app(app, demo, path="/", footer_links=[], run_history=False, pwa=False,
                               mcp_server=False, ssr_mode=False, theme=theme,
                               css=(ASSETS / "vetted.css").read_text(encoding="utf-8"), head=page_head())


def page_head() -> str:
    """Page-level CSS goes into <head> as written: Gradio scopes `css=` rules under its own
    container, which cannot reach the page background or its outer padding."""
    page_css = (ASSETS / "page.css").read_text(encoding="utf-8")
    return ('<meta name="description" content="Vetted: cited answers from vetted sources.">'
            f"<style>{page_css}</style>")


def port_is_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7860, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
def serve(host: str, port: int):
    """Start the web app (Ask, Check a claim, Sources, Get help) and its JSON API.

    \b
    Opens on http://127.0.0.1:7860 by default; the index is built first if missing.
    JSON API: POST /api/ask {"question", "jurisdiction", "history"} and POST /api/check {"claim", "jurisdiction"}.
    """
    user_errors(_serve)(host, port)


def _serve(host: str, port: int) -> None:
    from bot.cli import ensure_index
    from bot.pipeline import default_vetted

    if not port_is_free(host, port):
        raise UsageError(f"port {port} on {host} is already in use: stop the other server or choose --port")
    vetted = default_vetted()
    ensure_index(vetted)
    app = create_app(vetted)
    import uvicorn

    click.echo(f"Vetted is running on http://{host}:{port} (press Ctrl+C to stop)", err=True)
    sys.stderr.flush()
    uvicorn.run(app, host=host, port=port, log_level="warning")
