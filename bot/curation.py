"""Curation: the checks and commands maintainers use to keep the corpus vetted.

In:   corpus/sources/*.md and corpus/help/services.yaml.
Out:  `check_corpus()` → a list of `Finding`s (error / warning, file, field, message);
      the `vetted corpus …` click group.
Fails: never raises on a bad file: a malformed file is an error finding naming file and field.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

import click

from bot import guard
from bot.corpus import Source, parse_source
from bot.errors import CorpusError, VettedError

STALE_AFTER_DAYS = 365


@dataclass(frozen=True)
class Finding:
    level: str  # "error" | "warning"
    file: str
    field: str
    message: str


def check_corpus(corpus_dir: Path, today: dt.date | None = None) -> tuple[list[Source], list[Finding]]:
    today = today or dt.date.today()
    findings: list[Finding] = []
    sources: list[Source] = []
    sources_dir = corpus_dir / "sources"
    if not sources_dir.is_dir():
        return [], [Finding("error", str(sources_dir), "-", "corpus sources folder not found")]
    for path in sorted(sources_dir.glob("*.md")):
        try:
            sources.append(parse_source(path))
        except CorpusError as exc:
            field = "-"
            if "field '" in exc.message:
                field = exc.message.split("field '", 1)[1].split("'", 1)[0]
            findings.append(Finding("error", str(path), field, exc.message.removeprefix(f"{path}: ")))
    for other in sorted(sources_dir.iterdir()):
        if other.is_file() and other.suffix != ".md" and not other.name.startswith("."):
            findings.append(Finding("warning", str(other), "-", "not a .md file; ignored by the index"))

    seen: dict[str, Source] = {}
    for source in sources:
        if source.id in seen:
            findings.append(Finding("error", str(source.path), "id",
                                    f"duplicate id '{source.id}' (also {seen[source.id].path.name})"))
        seen[source.id] = source
        if source.published > today:
            findings.append(Finding("error", str(source.path), "published", "date is in the future"))
        if (today - source.last_checked).days > STALE_AFTER_DAYS:
            findings.append(Finding("warning", str(source.path), "last_checked",
                                    f"last checked {source.last_checked}, over 12 months ago: re-check the original"))
        screen = guard.check(source.body)
        if not screen.ok:
            findings.append(Finding("error" if source.status == "approved" else "warning", str(source.path),
                                    "body", f"graphic-content screen flagged {len(screen.hits)} term(s); "
                                            "a reviewer must rewrite it"))
        if not source.licence.lower().startswith("digest written by"):
            findings.append(Finding("warning", str(source.path), "licence",
                                    "licence should say it is a digest written by the project"))

    findings.extend(_near_duplicates(sources))
    findings.extend(_check_help(corpus_dir))
    return sources, findings


def _shingles(text: str, size: int = 8) -> set[str]:
    words = text.lower().split()
    return {" ".join(words[i:i + size]) for i in range(max(1, len(words) - size + 1))}


def _near_duplicates(sources: list[Source]) -> list[Finding]:
    """Two sources sharing many 8-word runs are the same text twice (or one copied into another)."""
    findings = []
    shingles = {s.id: _shingles(s.body) for s in sources}
    for i, a in enumerate(sources):
        for b in sources[i + 1:]:
            sa, sb = shingles[a.id], shingles[b.id]
            overlap = len(sa & sb) / max(1, min(len(sa), len(sb)))
            if overlap >= 0.5:
                findings.append(Finding("error", str(b.path), "body",
                                        f"near-duplicate of {a.id} ({overlap:.0%} of 8-word runs shared)"))
            elif overlap >= 0.2:
                findings.append(Finding("warning", str(b.path), "body",
                                        f"overlaps {a.id} ({overlap:.0%} of 8-word runs shared)"))
    return findings


def _check_help(corpus_dir: Path) -> list[Finding]:
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
    return findings


@click.group()
def corpus():
    """Curate the vetted corpus: check it, and list its sources."""


@corpus.command("check")
@click.option("--json", "as_json", is_flag=True, help="Print findings as JSON.")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
def corpus_check(as_json, strict):
    """Lint every source and the help directory (exit 1 on any error)."""
    from bot.settings import load_settings

    try:
        settings = load_settings()
    except VettedError as exc:
        click.echo(f"Error: {exc.message}", err=True)
        sys.exit(exc.exit_code)
    sources, findings = check_corpus(settings.corpus_dir)
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
