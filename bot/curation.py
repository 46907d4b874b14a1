"""Curation: the checks and commands maintainers use to keep the corpus vetted.

In:   corpus/sources/*.md and corpus/help/services.yaml; for `add`, a URL or a local file.
Out:  `check_corpus()` → a list of `Finding`s (error / warning, file, field, message);
      `add_source()` (a pending, unreviewed extract), `change_status()` (approve / retire, front
      matter edited in place), `list_sources()`; the `vetted corpus …` click group.
Fails: the check never raises on a bad file (a malformed file is an error finding naming file and
      field); add / approve / retire raise `FetchError`, `CorpusError` or `UsageError` and leave
      nothing half-written (temp file + rename).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
import tempfile
import urllib.parse
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import click
from pydantic import ValidationError

from bot import guard
from bot.corpus import (
    ID_PATTERN, JURISDICTIONS, MAX_SOURCE_BYTES, SOURCE_TYPES, STATUSES, TOPICS, FrontMatter, Source,
    _describe_validation_error, parse_source,
)
from bot.errors import CorpusError, FetchError, UsageError, user_errors

STALE_AFTER_DAYS = 365
MIN_EXTRACT_WORDS = 30  # the parser rejects a body under 30 words


@dataclass(frozen=True)
class Finding:
    level: str  # "error" | "warning"
    file: str
    field: str
    message: str


def check_corpus(corpus_dir: Path, today: dt.date | None = None) -> tuple[list[Source], list[Finding]]:
    """Lint every source (approved, pending and retired) and the help directory."""
    today = today or dt.date.today()
    sources, findings = _load_all(corpus_dir / "sources")
    findings.extend(_check_sources(sources, today))
    findings.extend(_check_help(corpus_dir, today))
    return sources, findings


def _load_all(sources_dir: Path) -> tuple[list[Source], list[Finding]]:
    """Parse every source file; a malformed one becomes an error finding, never an exception."""
    findings: list[Finding] = []
    sources: list[Source] = []
    if not sources_dir.is_dir():
        return [], [Finding("error", str(sources_dir), "-", "corpus sources folder not found")]
    for path in sorted(sources_dir.glob("*.md")):
        try:
            sources.append(parse_source(path))
        except CorpusError as exc:
            findings.append(_finding_from_error(path, exc))
    for other in sorted(sources_dir.iterdir()):
        if other.is_file() and other.suffix != ".md" and not other.name.startswith("."):
            findings.append(Finding("warning", str(other), "-", "not a .md file; ignored by the index"))
    return sources, findings


def _finding_from_error(path: Path, exc: CorpusError) -> Finding:
    field = "-"
    if "field '" in exc.message:
        field = exc.message.split("field '", 1)[1].split("'", 1)[0]
    return Finding("error", str(path), field, exc.message.removeprefix(f"{path}: "))


def _check_sources(sources: list[Source], today: dt.date) -> list[Finding]:
    findings: list[Finding] = []
    seen: dict[str, Source] = {}
    urls: dict[str, Source] = {}
    for source in sources:
        if source.id in seen:
            findings.append(Finding("error", str(source.path), "id",
                                    f"duplicate id '{source.id}' (also {seen[source.id].path.name})"))
        seen[source.id] = source
        key = _url_key(source.url)
        if key in urls:
            findings.append(Finding("warning", str(source.path), "url",
                                    f"same url as {urls[key].id}: one original should have one source"))
        urls.setdefault(key, source)
        findings.extend(_source_findings(source, today))
    findings.extend(_near_duplicates(sources))
    return findings


def _url_key(url: str) -> str:
    return url.lower().split("://", 1)[-1].removeprefix("www.").rstrip("/")


def _source_findings(source: Source, today: dt.date) -> list[Finding]:
    """Checks on one source alone. An approved source is held to more than a pending one."""
    findings = []
    where = str(source.path)
    for field, value in (("published", source.published), ("vetted_on", source.vetted_on),
                         ("last_checked", source.last_checked)):
        if value is not None and value > today:
            findings.append(Finding("error", where, field, f"date {value} is in the future"))
    if (today - source.last_checked).days > STALE_AFTER_DAYS:
        findings.append(Finding("warning", where, "last_checked",
                                f"last checked {source.last_checked}, over 12 months ago: re-check the original"))
    screen = guard.check(source.body)
    if not screen.ok:
        findings.append(Finding("error" if source.status == "approved" else "warning", where,
                                "body", f"graphic-content screen flagged {len(screen.hits)} term(s); "
                                        "a reviewer must rewrite it"))
    if source.extract:
        findings.append(Finding("warning", where, "extract",
                                "unreviewed extract of the original's text: rewrite it as a digest in our own "
                                "words and remove `extract: true` before approval"))
    elif not source.licence.lower().startswith("digest written by"):
        findings.append(Finding("warning", where, "licence",
                                "licence should say it is a digest written by the project"))
    return findings


def _shingles(text: str, size: int = 8) -> set[str]:
    words = text.lower().split()
    return {" ".join(words[i:i + size]) for i in range(max(1, len(words) - size + 1))}


def _near_duplicates(sources: list[Source], only: Source | None = None) -> list[Finding]:
    """Two sources sharing many 8-word runs are the same text twice (or one copied into another).

    With `only`, that one source is compared with all the others and the findings name its file.
    """
    findings = []
    shingles = {s.id: _shingles(s.body) for s in sources}
    if only is None:
        pairs = [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:]]
    else:
        shingles[only.id] = _shingles(only.body)
        pairs = [(other, only) for other in sources if other.id != only.id]
    for a, b in pairs:
        sa, sb = shingles[a.id], shingles[b.id]
        overlap = len(sa & sb) / max(1, min(len(sa), len(sb)))
        if overlap >= 0.5:
            level = "warning" if "retired" in (a.status, b.status) else "error"  # a retired one left the index
            findings.append(Finding(level, str(b.path), "body",
                                    f"near-duplicate of {a.id} ({overlap:.0%} of 8-word runs shared)"))
        elif overlap >= 0.2:
            findings.append(Finding("warning", str(b.path), "body",
                                    f"overlaps {a.id} ({overlap:.0%} of 8-word runs shared)"))
    return findings


def _check_help(corpus_dir: Path, today: dt.date) -> list[Finding]:
    from bot.help import load_directory

    path = corpus_dir / "help" / "services.yaml"
    try:
        _, services = load_directory(path)
    except CorpusError as exc:
        return [Finding("error", str(path), "-", exc.message.removeprefix(f"{path}: "))]
    findings = []
    for code in ("UK", "US", "AU"):
        if not any(s.jurisdiction == code for s in services):
            findings.append(Finding("error", str(path), "jurisdiction", f"no help service for {code}"))
    if not any(s.jurisdiction in ("EU", "INT") for s in services):
        findings.append(Finding("error", str(path), "jurisdiction", "no EU or international help service"))
    for service in services:
        checked = dt.date.fromisoformat(service.checked)
        if checked > today:
            findings.append(Finding("error", str(path), f"{service.id}.checked", f"date {checked} is in the future"))
        elif (today - checked).days > STALE_AFTER_DAYS:
            findings.append(Finding("warning", str(path), f"{service.id}.checked",
                                    f"contact last checked {checked}, over 12 months ago: re-check {service.source}"))
        if not service.phone and not service.url:
            findings.append(Finding("error", str(path), service.id, "no phone and no url: nothing to contact"))
    return findings


# ---------------------------------------------------------------------------- add
@dataclass(frozen=True)
class Added:
    path: Path
    source_id: str
    words: int
    guessed: tuple[str, ...]
    truncated: bool


def add_source(corpus_dir: Path, target: str, *, source_id: str | None = None,
               jurisdiction: tuple[str, ...] = (), source_type: str | None = None, topics: tuple[str, ...] = (),
               url: str | None = None, published: dt.date | None = None, force: bool = False,
               today: dt.date | None = None, timeout: float | None = None, max_bytes: int | None = None) -> Added:
    """Fetch TARGET (a URL or a file) and write it as a pending, unreviewed extract; nothing else."""
    from bot import fetch

    today = today or dt.date.today()
    sources_dir = corpus_dir / "sources"
    if not sources_dir.is_dir():
        raise CorpusError(f"{sources_dir}: corpus sources folder not found")
    if not fetch.is_url(target) and not url:
        raise UsageError("a local file needs --url: the public address of the original, so readers can check it")
    _validate_choices("topic", topics, TOPICS)
    _validate_choices("jurisdiction", jurisdiction, JURISDICTIONS)
    _validate_choices("type", (source_type,) if source_type else (), SOURCE_TYPES)
    if source_id is not None:
        if not ID_PATTERN.match(source_id):
            raise UsageError(f"--id '{source_id}' must be a lowercase slug of 3-80 characters: "
                             "letters, digits and hyphens")
        _refuse_existing(sources_dir / f"{source_id}.md", force)  # fail before any network

    extract = fetch.fetch(target, today=today, timeout=timeout or fetch.TIMEOUT_SECONDS,
                          max_bytes=max_bytes or fetch.MAX_BYTES)
    if extract.words < MIN_EXTRACT_WORDS:
        raise FetchError(f"only {extract.words} words of text in {target}: too little to digest "
                         "(is the page empty, or drawn by script?)")
    original_url = url or extract.origin
    host = (urllib.parse.urlsplit(original_url).hostname or "unknown").removeprefix("www.")
    published = published or extract.published
    if published is None:
        raise FetchError(f"no publication date found in {target}: pass --published YYYY-MM-DD")
    if published > today:
        raise UsageError(f"--published {published} is in the future")
    # What the document or the options do not give is guessed, and the file says so.
    guesses = {
        "title": (extract.title if extract.title and len(extract.title) >= 3 else None,
                  f"Untitled document from {host}"),
        "publisher": (extract.publisher if extract.publisher and len(extract.publisher) >= 2 else None, host),
        "jurisdiction": (jurisdiction or None, (_guess_jurisdiction(host),)),
        "type": (source_type, {"pdf": "report", "html": "news"}.get(extract.kind, "report")),
        "topics": (topics or None, _guess_topics(extract.text)),
    }
    guessed = [name for name, (given, _) in guesses.items() if given is None]
    title, publisher, jurisdiction, source_type, topics = (
        given if given is not None else fallback for given, fallback in guesses.values())
    source_id = source_id or make_id(host, published.year, title)
    path = sources_dir / f"{source_id}.md"
    _refuse_existing(path, force)

    body, truncated = _fit(extract.text, MAX_SOURCE_BYTES - 8_000)
    notes = (f"UNREVIEWED EXTRACT made by `vetted corpus add` on {today}: the text below is the original's, "
             f"not ours. Fetched from {extract.origin} ({extract.content_type}, {extract.size:,} bytes, "
             f"sha256 {extract.sha256}).")
    if truncated:
        notes += f" The text was cut at {len(body.encode()):,} bytes: read the rest in the original."
    if guessed:
        notes += f" Guessed, check before approval: {', '.join(guessed)}."
    notes += (" Before approval a curator must rewrite it as a digest in our own words (facts carried over and "
              "attributed, unconfirmed facts out or flagged, nothing graphic), set the licence, and remove "
              "`extract: true`; another maintainer then runs `vetted corpus approve`.")
    front = {
        "id": source_id, "title": title[:300], "publisher": publisher[:200], "url": original_url,
        "published": published, "type": source_type, "jurisdiction": list(jurisdiction), "topics": list(topics),
        "licence": (f"Unreviewed extract: the text is the original's (© {publisher[:150]}), kept only so a "
                    "curator can write a digest; it must not be approved or indexed as it is."),
        "last_checked": today, "status": "pending", "extract": True, "notes": notes,
    }
    try:
        FrontMatter.model_validate(front)
    except ValidationError as exc:
        raise FetchError(f"cannot write {path.name}: {_describe_validation_error(exc)}") from exc
    _write_atomic(path, (_render_front_matter(front) + body + "\n").encode("utf-8"))
    return Added(path=path, source_id=source_id, words=len(body.split()), guessed=tuple(guessed),
                 truncated=truncated)


def _validate_choices(name: str, values: tuple[str, ...], allowed: tuple[str, ...]) -> None:
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise UsageError(f"unknown {name} {', '.join(repr(v) for v in unknown)}; choose from: {', '.join(allowed)}")


def _refuse_existing(path: Path, force: bool) -> None:
    if not path.exists():
        return
    if not force:
        raise CorpusError(f"{path} already exists; pass --force to replace it")
    try:
        existing = parse_source(path)
    except CorpusError:
        return  # a malformed file may be replaced
    if existing.status == "approved":
        raise CorpusError(f"{path} is an approved source; retire it before replacing it")


def make_id(host: str, year: int, title: str) -> str:
    """A slug like the corpus's own: publisher-year-title-words (lowercase, hyphens, <= 80 chars)."""
    labels = [label for label in host.split(".") if label not in ("www", "gov", "org", "co", "com", "net", "uk")]
    prefix = labels[0] if labels else host.split(".")[0]
    words = [w for w in re.findall(r"[a-z0-9]+", title.lower()) if w not in _STOPWORDS][:6]
    slug = "-".join([re.sub(r"[^a-z0-9]+", "-", prefix).strip("-") or "source", str(year), *words])
    return slug[:80].rstrip("-")


_STOPWORDS = frozenset("a an and the of for to in on at by with from is are was be as it its this that".split())


def _guess_jurisdiction(host: str) -> str:
    if host.endswith(".uk"):
        return "UK"
    if host.endswith(".au"):
        return "AU"
    if host.endswith((".eu", "europa.eu")):
        return "EU"
    if host.endswith((".gov", ".us", ".mil")):
        return "US"
    return "INT"


def _guess_topics(text: str) -> tuple[str, ...]:
    """Topics whose name appears in the text (most mentions first, at most four)."""
    lowered = " ".join(re.findall(r"[a-z0-9]+", text.lower()))
    counts = {t: lowered.count(t.replace("-", " ")) for t in TOPICS}
    found = sorted((t for t, n in counts.items() if n), key=lambda t: -counts[t])[:4]
    return tuple(found) or ("threat-landscape",)


def _fit(text: str, limit: int) -> tuple[str, bool]:
    """Cut text at a paragraph (or word) boundary so that it fits in `limit` UTF-8 bytes."""
    if len(text.encode("utf-8")) <= limit:
        return text, False
    cut = text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")
    boundary = cut.rfind("\n\n")
    if boundary < limit // 2:
        boundary = cut.rfind(" ")
    return cut[:boundary].rstrip(), True


def _render_front_matter(front: dict) -> str:
    lines = ["---"]
    for key, value in front.items():
        if isinstance(value, bool):
            rendered = "true" if value else "false"
        elif isinstance(value, dt.date):
            rendered = value.isoformat()
        elif isinstance(value, list):
            rendered = "[" + ", ".join(value) + "]"
        elif key in ("id", "type", "status", "url"):
            rendered = value  # slugs and validated URLs need no quotes (as in the hand-written sources)
        else:
            rendered = json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar
        lines.append(f"{key}: {rendered}")
    return "\n".join(lines) + "\n---\n"


def _write_atomic(path: Path, data: bytes) -> None:
    """Write via a hidden temp file in the same folder and rename: never a half-written source."""
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
    handle = tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False)
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, mode)
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


# ---------------------------------------------------------------------------- approve / retire
_FRONT_BLOCK = re.compile(r"\A(---[ \t]*\r?\n)(.*?\r?\n)(---[ \t]*(?:\r?\n|\Z))", re.DOTALL)


def edit_front_matter(text: str, updates: dict[str, str]) -> str:
    """Set scalar front-matter fields in place; every other byte (comments, body) is kept."""
    match = _FRONT_BLOCK.match(text)
    if not match:
        raise CorpusError("missing YAML front matter (the file must start with a '---' block)")
    block = match.group(2)
    newline = "\r\n" if block.endswith("\r\n") else "\n"
    for key, value in updates.items():
        pattern = re.compile(rf"^{re.escape(key)}:[^\r\n]*(?=\r?\n|\Z)", re.MULTILINE)
        if pattern.search(block):
            block = pattern.sub(lambda _: f"{key}: {value}", block, count=1)
        else:
            block += f"{key}: {value}{newline}"
    return match.group(1) + block + match.group(3) + text[match.end():]


def change_status(corpus_dir: Path, source_id: str, status: str, today: dt.date | None = None) -> Source:
    """Approve or retire one source, editing its front matter in place (atomic write)."""
    today = today or dt.date.today()
    path = corpus_dir / "sources" / f"{source_id}.md"
    if not path.is_file():
        raise CorpusError(f"no source '{source_id}' in {path.parent}")
    try:
        source = parse_source(path)
    except CorpusError as exc:
        raise CorpusError(f"cannot {_verb(status)} '{source_id}': " + exc.message.removeprefix(f"{path}: ")) from exc
    if source.status == status:
        raise CorpusError(f"'{source_id}' is already {status}")
    updates = {"status": status, "last_checked": today.isoformat()}
    if status == "approved":
        if source.extract:
            raise CorpusError(f"'{source_id}' is still an unreviewed extract (extract: true): rewrite it as a "
                              "digest in our own words and remove that line before approving it")
        updates["vetted_on"] = today.isoformat()
        as_approved = replace(source, status="approved", vetted_on=today, last_checked=today)
        others, _ = _load_all(path.parent)
        findings = _source_findings(as_approved, today) + _near_duplicates(others, only=as_approved)
        errors = [f for f in findings if f.level == "error"]
        if errors:
            raise CorpusError(f"cannot approve '{source_id}': it fails the check: "
                              + "; ".join(f"[{f.field}] {f.message}" for f in errors))
    raw = path.read_bytes()
    new_text = edit_front_matter(raw.decode("utf-8"), updates)
    with tempfile.TemporaryDirectory() as scratch:
        candidate_path = Path(scratch) / path.name
        candidate_path.write_text(new_text, encoding="utf-8", newline="")
        try:
            candidate = parse_source(candidate_path)
        except CorpusError as exc:
            raise CorpusError(f"cannot {_verb(status)} '{source_id}': "
                              + exc.message.removeprefix(f"{candidate_path}: ")) from exc
    _write_atomic(path, new_text.encode("utf-8"))
    return replace(candidate, path=path)


def _verb(status: str) -> str:
    return {"approved": "approve", "retired": "retire"}.get(status, status)


# ---------------------------------------------------------------------------- list
def list_sources(corpus_dir: Path, *, topic: str | None = None, jurisdiction: str | None = None,
                 status: str | None = None, source_type: str | None = None) -> tuple[list[Source], list[Finding]]:
    sources, problems = _load_all(corpus_dir / "sources")
    chosen = [s for s in sources
              if (topic is None or topic in s.topics) and (jurisdiction is None or jurisdiction in s.jurisdiction)
              and (status is None or s.status == status) and (source_type is None or s.type == source_type)]
    return chosen, [p for p in problems if p.level == "error"]


def source_row(source: Source) -> dict:
    return {"id": source.id, "status": source.status, "type": source.type, "jurisdiction": list(source.jurisdiction),
            "topics": list(source.topics), "title": source.title, "publisher": source.publisher,
            "url": source.url, "published": source.published.isoformat(),
            "vetted_on": source.vetted_on.isoformat() if source.vetted_on else None,
            "last_checked": source.last_checked.isoformat(), "extract": source.extract,
            "words": len(source.body.split())}


# ---------------------------------------------------------------------------- the click group
def _corpus_dir() -> Path:
    from bot.settings import load_settings

    return load_settings().corpus_dir


def _split_list(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split(",") if v.strip())


@click.group()
def corpus():
    """Curate the vetted corpus: add, check, approve, retire and list sources.

    \b
    Workflow:
      vetted corpus add URL|FILE      fetch an original as a pending, unreviewed extract
      (rewrite the extract as a digest in our own words; remove `extract: true`)
      vetted corpus check             lint every source and the help directory
      vetted corpus approve ID        a second maintainer approves it (it is then indexed)
      vetted corpus retire ID         take a source out of the index
    """


@corpus.command("check")
@click.option("--json", "as_json", is_flag=True, help="Print findings as JSON.")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@user_errors
def corpus_check(as_json, strict):
    """Lint every source and the help directory (exit 1 on any error)."""
    sources, findings = check_corpus(_corpus_dir())
    errors = [f for f in findings if f.level == "error"]
    warnings = [f for f in findings if f.level == "warning"]
    approved = sum(1 for s in sources if s.status == "approved")
    failed = bool(errors) or (strict and bool(warnings))
    if as_json:
        click.echo(json.dumps({"ok": not failed, "sources": len(sources), "approved": approved,
                               "errors": len(errors), "warnings": len(warnings),
                               "findings": [asdict(f) for f in findings]}, indent=2))
    else:
        for f in findings:
            click.echo(f"{f.level.upper():8} {f.file} [{f.field}] {f.message}")
        click.echo(f"{len(sources)} sources ({approved} approved): {len(errors)} errors, {len(warnings)} warnings.")
    sys.exit(1 if failed else 0)


@corpus.command("add")
@click.argument("target", metavar="URL|FILE")
@click.option("--id", "source_id", help="Source id (default: publisher-year-title words).")
@click.option("-j", "--jurisdiction", help="Comma-separated: UK, US, EU, AU, INT (default: guessed from the host).")
@click.option("--type", "source_type", help="Source type, e.g. report, news, legislation (default: guessed).")
@click.option("--topics", help="Comma-separated topics from the vocabulary (default: guessed from the text).")
@click.option("--url", help="The original's public URL (required when adding a local file).")
@click.option("--published", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Publication date YYYY-MM-DD, when the document does not say.")
@click.option("--force", is_flag=True, help="Replace an existing pending or retired source with the same id.")
@user_errors
def corpus_add(target, source_id, jurisdiction, source_type, topics, url, published, force):
    """Fetch URL or FILE (HTML, PDF, .txt, .md) and write it as a PENDING, unreviewed extract.

    Nothing pending is indexed. A curator rewrites the extract as a digest in our own words and
    removes `extract: true`; another maintainer then runs `vetted corpus approve ID`.
    """
    added = add_source(_corpus_dir(), target, source_id=source_id,
                       jurisdiction=tuple(j.upper() for j in _split_list(jurisdiction)), source_type=source_type,
                       topics=_split_list(topics), url=url, published=published.date() if published else None,
                       force=force)
    click.echo(f"Wrote {added.path} (pending, unreviewed extract, {added.words:,} words).")
    if added.truncated:
        click.echo("Note: the text was cut to fit the source size limit.")
    if added.guessed:
        click.echo(f"Guessed, check before approval: {', '.join(added.guessed)}.")
    click.echo(f"Next: rewrite it as a digest in our own words, remove `extract: true`, run `vetted corpus check`, "
               f"and ask another maintainer to run `vetted corpus approve {added.source_id}`.")


@corpus.command("approve")
@click.argument("source_id", metavar="ID")
@user_errors
def corpus_approve(source_id):
    """Approve source ID: status approved, vetted_on and last_checked today (refused if it fails the check)."""
    source = change_status(_corpus_dir(), source_id, "approved")
    click.echo(f"Approved {source.id} (vetted_on {source.vetted_on}). Run `vetted index build` to index it.")


@corpus.command("retire")
@click.argument("source_id", metavar="ID")
@user_errors
def corpus_retire(source_id):
    """Retire source ID: status retired, last_checked today; the next index build drops it."""
    source = change_status(_corpus_dir(), source_id, "retired")
    click.echo(f"Retired {source.id}. Run `vetted index build` to drop it from the index.")


@corpus.command("list")
@click.option("--topic", type=click.Choice(TOPICS), help="Only sources with this topic.")
@click.option("-j", "--jurisdiction", type=click.Choice(JURISDICTIONS, case_sensitive=False),
              help="Only sources for this jurisdiction.")
@click.option("--status", type=click.Choice(STATUSES), help="Only sources with this status.")
@click.option("--type", "source_type", type=click.Choice(SOURCE_TYPES), help="Only sources of this type.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of sources.")
@user_errors
def corpus_list(topic, jurisdiction, status, source_type, as_json):
    """List sources (id, status, type, jurisdiction, date, title), filtered."""
    sources, problems = list_sources(_corpus_dir(), topic=topic, jurisdiction=jurisdiction.upper() if jurisdiction
                                     else None, status=status, source_type=source_type)
    if as_json:
        click.echo(json.dumps([source_row(s) for s in sources], indent=2, ensure_ascii=False))
    else:
        for s in sources:
            click.echo(f"{s.id:<58} {s.status:<8} {s.type:<13} {','.join(s.jurisdiction):<7} "
                       f"{s.published}  {s.title[:70]}")
        click.echo(f"{len(sources)} sources.")
    for p in problems:
        click.echo(f"Warning: skipped {p.file}: {p.message} (run `vetted corpus check`)", err=True)
