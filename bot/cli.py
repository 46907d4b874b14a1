"""`vetted` — the command line. Thin: it parses, calls the core, and renders.

Exit codes: 0 success; 1 an error the user can fix (message on stderr, one line);
2 a usage error (empty question, bad option). Never a traceback for a user error.
"""

from __future__ import annotations

import json
import sys
import time

import click

from bot.errors import IndexMissingError, VettedError, user_errors

_STARTED = time.perf_counter()
# Spelled out rather than imported from bot.corpus, which would load pydantic for `--help`;
# a test keeps the two lists the same.
JURISDICTION = click.Choice(["UK", "US", "EU", "AU", "INT"], case_sensitive=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="vetted")
def cli():
    """Vetted: cited answers about AI-generated child sexual abuse material — the law, policy,
    statistics, industry commitments, safeguarding and reporting — from vetted sources only.

    Offline: no network and no API key. State lives in VETTED_HOME (see `vetted settings`).
    """


# ---------------------------------------------------------------------------- ask
def _vetted():
    from bot.pipeline import default_vetted

    return default_vetted()


def ensure_index(vetted, *, quiet: bool = False) -> None:
    """Build the index on first use (a missing index is built, never a traceback)."""
    from index.store import read_current_id

    if read_current_id(vetted.settings.index_dir) is not None:
        return
    if not quiet:
        click.echo("No index yet: building it from the vetted corpus (about a minute, once)…", err=True)
    from bot.embed import get_embedder
    from index.build import build_index

    try:
        build_index(vetted.settings, get_embedder(vetted.settings.build_embedder),
                    progress=(lambda m: None) if quiet else (lambda m: click.echo(f"  {m}", err=True)))
    except VettedError as exc:
        raise IndexMissingError(f"no index, and building one failed: {exc.message}") from exc
    vetted.classifier.vectors  # noqa: B018 - embed the policy exemplars once, now, not on a question


def render_answer(answer) -> str:
    lines = [answer.text]
    if answer.citations:
        lines.append("")
        lines.append("Sources:")
        for c in answer.citations:
            lines.append(f"  [{c.n}] {c.title} — {c.publisher}, {c.published}")
            lines.append(f"      {c.url}")
            lines.append(f"      “{c.quote}”")
    if answer.help:
        lines.append("")
        lines.append("Help:")
        for h in answer.help:
            contact = " · ".join(x for x in (h.phone, h.url) if x)
            lines.append(f"  {h.name}: {contact}" + (f" ({h.hours})" if h.hours else ""))
    for notice in answer.notices:
        lines.append(f"\nNote: {notice}")
    return "\n".join(lines)


@cli.command()
@click.argument("question", required=False)
@click.option("-j", "--jurisdiction", type=JURISDICTION, default=None,
              help="Steer retrieval and signposting (default UK, or VETTED_JURISDICTION).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (the stable contract).")
@click.option("--jsonl", is_flag=True, help="Read one question per line on stdin; write one JSON object per line.")
@click.option("--history", multiple=True, metavar="TURN",
              help="An earlier user turn of the conversation (repeat for several, oldest first).")
@user_errors
def ask(question, jurisdiction, as_json, jsonl, history):
    """Answer QUESTION from the vetted sources, with numbered citations.

    \b
    Examples:
      vetted ask "Is an AI fake nude of a child illegal in the UK?"
      vetted ask "What is the TAKE IT DOWN Act?" --jurisdiction US --json
      printf 'Q1\\nQ2\\n' | vetted ask --jsonl
    """
    from bot.errors import UsageError
    from bot.output import answer_json

    jurisdiction = jurisdiction.upper() if jurisdiction else None
    if jsonl:
        if question:
            raise UsageError("--jsonl reads questions from stdin; do not also pass QUESTION")
        run_jsonl("question", lambda vetted, payload: answer_json(vetted.answer(
            payload["question"], payload.get("jurisdiction") or jurisdiction, tuple(payload.get("history", ())))))

    if question is None or not question.strip():
        raise UsageError("the question is empty: try vetted ask \"Is an AI fake nude of a child illegal in the UK?\"")
    vetted = _vetted()
    ensure_index(vetted)
    result = vetted.answer(question, jurisdiction, tuple(history))
    if as_json:
        data = answer_json(result)
        data["timings_ms"]["process"] = round((time.perf_counter() - _STARTED) * 1000, 1)
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(render_answer(result))


def run_jsonl(key: str, handle) -> None:
    """One request per stdin line → one JSON object per stdout line, models loaded once.

    `key` names the text field ("question" for `ask`, "claim" for `check`); `handle(vetted,
    payload)` returns the object to print. A bad line prints the error shape and the run goes
    on; the exit status is 1 if any line failed.
    """
    from bot.output import error_json

    vetted = _vetted()
    ensure_index(vetted)
    vetted.warm_up()
    failures = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            result = handle(vetted, _parse_jsonl_line(line, key=key))
        except VettedError as exc:
            failures += 1
            result = {**error_json(exc.message, exc.status), key: line.strip()[:200]}
        click.echo(json.dumps(result, ensure_ascii=False))
        sys.stdout.flush()
    sys.exit(1 if failures else 0)


def _parse_jsonl_line(line: str, key: str = "question") -> dict:
    """A line is plain text, or a JSON object {key, "jurisdiction"?, "history"?} (key: "question"
    for `ask`, "claim" for `check`)."""
    from bot.errors import UsageError

    text = line.strip()
    if text.startswith("{"):
        try:
            payload = json.loads(text)
        except json.JSONDecodeError as exc:
            raise UsageError(f"line is not valid JSON ({exc.msg})") from exc
        if not isinstance(payload, dict) or not isinstance(payload.get(key), str):
            raise UsageError(f'a JSON line needs a "{key}" string')
        return payload
    return {key: text}


# ---------------------------------------------------------------------------- index
@cli.group()
def index():
    """Build the retrieval index, or check whether it is current."""


@index.command("build")
@click.option("--force", is_flag=True, help="Re-embed every source, not only the changed ones.")
@click.option("--json", "as_json", is_flag=True, help="Print the manifest as JSON.")
@user_errors
def index_build(force, as_json):
    """Build the index from approved sources and swap it in atomically.

    A malformed source stops the build before anything is written; a crash mid-build leaves
    the previous index serving.
    """
    from bot.embed import get_embedder
    from bot.settings import load_settings
    from index.build import build_index

    settings = load_settings()
    started = time.perf_counter()
    manifest = build_index(settings, get_embedder(settings.build_embedder), force=force,
                           progress=lambda m: click.echo(m, err=True))
    from bot.pipeline import Vetted

    # The policy classifier's exemplar vectors are cached beside the index: fill the cache now so
    # the first question after a build does not pay for it.
    Vetted(settings).classifier.vectors  # noqa: B018
    if as_json:
        click.echo(manifest.model_dump_json(indent=2))
    else:
        counts = manifest.counts
        click.echo(f"Built index {manifest.build_id}: {counts['sources']} sources, {counts['chunks']} chunks, "
                   f"{counts['sentences']} sentences ({counts['embedded_chunks']} chunks re-embedded) "
                   f"in {time.perf_counter() - started:.1f}s.")


@index.command("status")
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
@user_errors
def index_status_command(as_json):
    """Say whether the index is current with the approved corpus and the model (exit 1 if not)."""
    from bot.embed import MODEL_ID
    from bot.settings import load_settings
    from index.build import index_status

    settings = load_settings()
    status = index_status(settings, MODEL_ID if settings.build_embedder != "hash" else None)
    if as_json:
        click.echo(json.dumps(status, indent=2))
    elif status["current"]:
        click.echo(f"Index {status['build_id']} is current: {status['counts']['sources']} sources, "
                   f"{status['counts']['chunks']} chunks, built {status['built_at']} with {status['model_id']} "
                   f"({status['chroma']['mode']} Chroma).")
    else:
        click.echo("Index is not current: " + "; ".join(status["reasons"]) + ". Run `vetted index build`.")
    sys.exit(0 if status["current"] else 1)


# ---------------------------------------------------------------------------- settings
@cli.command("settings")
@click.option("--json", "as_json", is_flag=True)
@user_errors
def settings_command(as_json):
    """List every setting, its environment variable, default and current value."""
    from bot.settings import SETTINGS, load_settings

    current = load_settings()
    rows = [{"name": s.name, "env": s.env, "default": s.default, "value": str(getattr(current, s.name)),
             "help": s.help} for s in SETTINGS]
    if as_json:
        click.echo(json.dumps(rows, indent=2, default=str))
        return
    for row in rows:
        click.echo(f"{row['env']:<28} {row['value']}\n    {row['help']}")


def _register_commands() -> None:
    """Command groups that live beside their core module (corpus curation, fact-check, web, evals).

    Each module imports only click and light code at import time, so `vetted --help` stays fast.
    """
    from bot.curation import corpus
    from bot.factcheck import check
    from bot.web import serve
    from evals.runner import eval_command

    for command in (corpus, check, serve, eval_command):
        cli.add_command(command)


_register_commands()


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
