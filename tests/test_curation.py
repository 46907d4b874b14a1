"""The curation workflow on real files in a temp corpus: `vetted corpus add` (from a real
HTTP server on 127.0.0.1 and from files), check, approve, retire and list."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot import curation, guard
from bot.corpus import load_sources, parse_source
from bot.curation import check_corpus, corpus, edit_front_matter
from bot.errors import CorpusError
from tests.loopback import closed_port_url, no_proxy, site  # noqa: F401 (fixtures)
from tests.conftest import write_source

pytestmark = pytest.mark.unit

TODAY = dt.date.today()


def run(*args: str):
    return CliRunner().invoke(corpus, list(args))


def sources_dir(env) -> Path:
    return Path(env["VETTED_CORPUS"]) / "sources"


def listing(directory: Path) -> dict[str, bytes]:
    """Every file in the folder, hidden temp files included, with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


def findings_for(corpus_dir: Path, name: str, today: dt.date = TODAY) -> list[tuple[str, str]]:
    _, findings = check_corpus(corpus_dir, today)
    return [(f.level, f.field) for f in findings if Path(f.file).name == name]


# ---------------------------------------------------------------------------- add
def test_add_html_writes_a_pending_unreviewed_extract(mini_env, site):
    result = run("add", f"{site}/article.html", "--id", "watchdog-2024-q1-figures")
    assert result.exit_code == 0, result.output
    path = sources_dir(mini_env) / "watchdog-2024-q1-figures.md"
    assert f"Wrote {path} (pending, unreviewed extract," in result.output
    source = parse_source(path)
    assert (source.status, source.extract, source.vetted_on) == ("pending", True, None)
    assert source.title == "Watchdog publishes first-quarter figures"
    assert source.publisher == "Example Watchdog"
    assert source.published == dt.date(2024, 3, 5)
    assert source.url == f"{site}/article.html"
    assert source.last_checked == TODAY
    assert "Its analysts assessed 1,234 reports in the first quarter" in source.body
    assert source.licence.startswith("Unreviewed extract: the text is the original's (© Example Watchdog)")
    front = path.read_text().split("---")[1]
    assert "UNREVIEWED EXTRACT made by `vetted corpus add`" in front
    assert "rewrite it as a digest in our own words" in front
    assert "Guessed, check before approval: jurisdiction, type, topics." in result.output
    # nothing pending is indexed
    assert "watchdog-2024-q1-figures" not in {s.id for s in load_sources(path.parent, statuses=("approved",))}


def test_add_pdf_with_options_and_default_id(mini_env, site):
    result = run("add", f"{site}/report.pdf", "-j", "au", "--type", "report", "--topics", "australia,nudify-apps")
    assert result.exit_code == 0, result.output
    written = [p for p in sources_dir(mini_env).glob("*.md") if p.stem.startswith("127-2024")]
    assert [p.name for p in written] == ["127-2024-annual-report-synthetic-imagery.md"]
    source = parse_source(written[0])
    assert (source.title, source.publisher, source.published) == (
        "Annual report on synthetic imagery", "Example Regulator", dt.date(2024, 6, 20))
    assert (source.jurisdiction, source.type, source.topics) == (("AU",), "report", ("australia", "nudify-apps"))
    assert source.url == f"{site}/report.pdf"
    assert "received 512 complaints about nudify services" in source.body
    assert "Guessed" not in result.output


def test_pending_extract_passes_check_with_a_warning(mini_env, site):
    assert run("add", f"{site}/article.html", "--id", "watchdog-2024-q1-figures").exit_code == 0
    result = run("check")
    assert result.exit_code == 0, result.output
    assert "[extract] unreviewed extract of the original's text" in result.output
    assert "6 sources (5 approved): 0 errors" in result.output


def test_add_local_file_needs_url_and_a_date(mini_env, tmp_path):
    path = tmp_path / "guidance.md"
    path.write_text("# Advice for schools on image abuse\n\n"
                    + "Schools should record each incident and tell parents. " * 8)
    before = listing(sources_dir(mini_env))

    no_url = run("add", str(path))
    assert no_url.exit_code == 2
    assert "Error: a local file needs --url" in no_url.output
    no_date = run("add", str(path), "--url", "https://example.org/guidance")
    assert no_date.exit_code == 1
    assert f"Error: no publication date found in {path}: pass --published YYYY-MM-DD" in no_date.output
    assert listing(sources_dir(mini_env)) == before

    ok = run("add", str(path), "--url", "https://example.org/guidance", "--published", "2024-09-01",
             "--topics", "schools", "-j", "UK", "--type", "guidance")
    assert ok.exit_code == 0, ok.output
    source = parse_source(sources_dir(mini_env) / "example-2024-advice-schools-image-abuse.md")
    assert (source.title, source.url, source.published, source.publisher) == (
        "Advice for schools on image abuse", "https://example.org/guidance", dt.date(2024, 9, 1), "example.org")
    assert "Guessed, check before approval: publisher." in ok.output


@pytest.mark.parametrize("path, exit_code, message", [
    ("/missing", 1, "Error: HTTP 404 Not Found fetching {site}/missing"),
    ("/logo.png", 1, "Error: unsupported content type 'image/png' at {site}/logo.png"),
    ("/empty", 1, "Error: {site}/empty is empty"),
    ("/blank.html", 1, "Error: no text could be extracted from {site}/blank.html"),
    ("/short.html", 1, "Error: only 6 words of text in {site}/short.html: too little to digest"),
    ("/big.html", 1, "Error: {site}/big.html is 5,500,033 bytes, over the 5,242,880-byte limit"),
    ("/undated.html", 1, "Error: no publication date found in {site}/undated.html: pass --published"),
])
def test_add_errors_leave_nothing_written(mini_env, site, path, exit_code, message):
    before = listing(sources_dir(mini_env))
    result = run("add", f"{site}{path}")
    assert result.exit_code == exit_code
    assert message.format(site=site) in result.output
    assert listing(sources_dir(mini_env)) == before


def test_add_connection_refused(mini_env, closed_port_url):
    before = listing(sources_dir(mini_env))
    result = run("add", closed_port_url)
    assert result.exit_code == 1
    assert f"Error: could not connect to {closed_port_url}: Connection refused" in result.output
    assert listing(sources_dir(mini_env)) == before


def test_add_refuses_an_existing_id_unless_forced(mini_env, site):
    assert run("add", f"{site}/article.html", "--id", "watchdog-2024-q1-figures").exit_code == 0
    path = sources_dir(mini_env) / "watchdog-2024-q1-figures.md"
    path.write_text(path.read_text().replace("status: pending", "status: retired"))
    before = listing(sources_dir(mini_env))

    again = run("add", f"{site}/report.pdf", "--id", "watchdog-2024-q1-figures")
    assert again.exit_code == 1
    assert f"Error: {path} already exists; pass --force to replace it" in again.output
    assert listing(sources_dir(mini_env)) == before

    forced = run("add", f"{site}/report.pdf", "--id", "watchdog-2024-q1-figures", "--force")
    assert forced.exit_code == 0, forced.output
    assert parse_source(path).title == "Annual report on synthetic imagery"


def test_add_never_replaces_an_approved_source(mini_env, site):
    path = sources_dir(mini_env) / "watchdog-2023-forum-study.md"
    before = path.read_bytes()
    result = run("add", f"{site}/article.html", "--id", "watchdog-2023-forum-study", "--force")
    assert result.exit_code == 1
    assert "is an approved source; retire it before replacing it" in result.output
    assert path.read_bytes() == before


def test_add_rejects_unknown_topics_and_bad_ids_before_fetching(mini_env, closed_port_url):
    topic = run("add", closed_port_url, "--topics", "uk-law,made-up")
    assert topic.exit_code == 2 and "Error: unknown topic 'made-up'; choose from: iwf-data" in topic.output
    bad_id = run("add", closed_port_url, "--id", "Bad_Id")
    assert bad_id.exit_code == 2 and "Error: --id 'Bad_Id' must be a lowercase slug" in bad_id.output


def test_add_cuts_a_long_extract_to_fit_the_source_limit(mini_env, tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(f"Paragraph {i} says the regulator published more figures." for i in range(5000)))
    added = curation.add_source(Path(mini_env["VETTED_CORPUS"]), str(path), source_id="long-2024-report",
                                url="https://example.org/long", published=dt.date(2024, 1, 2), topics=("statistics",),
                                jurisdiction=("UK",), source_type="report")
    assert added.truncated
    source = parse_source(added.path)  # still within the parser's size limit
    assert source.body.endswith("figures.")
    assert "The text was cut at" in added.path.read_text()


# ---------------------------------------------------------------------------- approve / retire
def _rewrite_as_digest(path: Path) -> None:
    """What a curator does after rewriting the body: drop the extract flag, set our licence."""
    text = path.read_text()
    lines = [line for line in text.split("\n") if line != "extract: true"]
    lines = [('licence: "Digest written by the Vetted project in its own words; test."'
              if line.startswith("licence:") else line) for line in lines]
    path.write_text("\n".join(lines))


def test_approve_refuses_an_unreviewed_extract(mini_env, site):
    assert run("add", f"{site}/article.html", "--id", "watchdog-2024-q1-figures").exit_code == 0
    path = sources_dir(mini_env) / "watchdog-2024-q1-figures.md"
    before = path.read_bytes()
    result = run("approve", "watchdog-2024-q1-figures")
    assert result.exit_code == 1
    assert "Error: 'watchdog-2024-q1-figures' is still an unreviewed extract (extract: true)" in result.output
    assert path.read_bytes() == before


def test_approve_stamps_dates_and_keeps_the_body_byte_for_byte(mini_env, site):
    assert run("add", f"{site}/article.html", "--id", "watchdog-2024-q1-figures").exit_code == 0
    path = sources_dir(mini_env) / "watchdog-2024-q1-figures.md"
    _rewrite_as_digest(path)
    body_before = path.read_bytes().split(b"\n---\n", 1)[1]

    result = run("approve", "watchdog-2024-q1-figures")
    assert result.exit_code == 0, result.output
    assert f"Approved watchdog-2024-q1-figures (vetted_on {TODAY})" in result.output
    source = parse_source(path)
    assert (source.status, source.vetted_on, source.last_checked) == ("approved", TODAY, TODAY)
    assert path.read_bytes().split(b"\n---\n", 1)[1] == body_before
    assert "watchdog-2024-q1-figures" in {s.id for s in load_sources(path.parent, statuses=("approved",))}
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(".")] == []

    again = run("approve", "watchdog-2024-q1-figures")
    assert again.exit_code == 1 and "is already approved" in again.output


def test_approve_refuses_a_source_the_guard_flags(mini_env, monkeypatch):
    monkeypatch.setattr(guard, "GRAPHIC_TERMS", frozenset({"zzplaceholder"}))
    path = write_source(sources_dir(mini_env), "charity-2024-flagged", status="pending", title="Flagged text",
                        publisher="Example Charity", jurisdiction="UK", topics="[safeguarding]", type="guidance",
                        published="2024-05-01", body="A sentence with zzplaceholder in it. " * 6)
    assert ("warning", "body") in findings_for(path.parent.parent, path.name)  # pending: flagged for the reviewer
    before = path.read_bytes()
    result = run("approve", "charity-2024-flagged")
    assert result.exit_code == 1
    assert "cannot approve 'charity-2024-flagged': it fails the check: [body] graphic-content screen flagged 1" \
        in result.output
    assert path.read_bytes() == before


def test_approve_refuses_a_near_duplicate(mini_env):
    copied = parse_source(sources_dir(mini_env) / "watchdog-2023-forum-study.md").body
    path = write_source(sources_dir(mini_env), "other-2024-forum-copy", status="pending", title="Copy",
                        publisher="Other", jurisdiction="UK", topics="[statistics]", type="news",
                        published="2024-01-10", body=copied)
    result = run("approve", "other-2024-forum-copy")
    assert result.exit_code == 1
    assert "[body] near-duplicate of watchdog-2023-forum-study" in result.output
    assert parse_source(path).status == "pending"
    # replacing a digest: once the old one is retired, the overlap is only a warning
    assert run("retire", "watchdog-2023-forum-study").exit_code == 0
    assert ("warning", "body") in findings_for(path.parent.parent, "watchdog-2023-forum-study.md")
    assert run("approve", "other-2024-forum-copy").exit_code == 0
    assert parse_source(path).status == "approved"


def test_approve_refuses_a_future_publication_date(mini_env):
    future = (TODAY + dt.timedelta(days=30)).isoformat()
    path = write_source(sources_dir(mini_env), "charity-2099-future", status="pending", title="Future",
                        publisher="Example Charity", jurisdiction="UK", topics="[parents]", type="guidance",
                        published=future, body="Parents can ask their school about its policy on image abuse. " * 4)
    path.write_text(path.read_text().replace("vetted_on: 2026-11-21\n", "")
                    .replace("last_checked: 2026-11-21", f"last_checked: {future}"))
    assert findings_for(path.parent.parent, path.name) == [("error", "published"), ("error", "last_checked")]
    before = path.read_bytes()
    result = run("approve", "charity-2099-future")
    assert result.exit_code == 1
    assert (f"Error: cannot approve 'charity-2099-future': it fails the check: [published] date {future} "
            "is in the future") in result.output
    assert path.read_bytes() == before


def test_approve_unknown_id(mini_env):
    result = run("approve", "nope-2024-none")
    assert result.exit_code == 1
    assert f"Error: no source 'nope-2024-none' in {sources_dir(mini_env)}" in result.output


def test_retire_keeps_vetted_on_and_leaves_the_index(mini_env):
    path = sources_dir(mini_env) / "regulator-2024-nudify-codes.md"
    body_before = path.read_bytes().split(b"\n---\n", 1)[1]
    result = run("retire", "regulator-2024-nudify-codes")
    assert result.exit_code == 0, result.output
    source = parse_source(path)
    assert (source.status, source.vetted_on, source.last_checked) == ("retired", dt.date(2026, 11, 21), TODAY)
    assert path.read_bytes().split(b"\n---\n", 1)[1] == body_before
    assert "regulator-2024-nudify-codes" not in {s.id for s in load_sources(path.parent, statuses=("approved",))}


def test_a_failed_write_leaves_the_original_and_no_temp_file(mini_env, monkeypatch):
    directory = sources_dir(mini_env)
    before = listing(directory)

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(curation.os, "replace", broken_replace)
    with pytest.raises(OSError):
        curation.change_status(directory.parent, "regulator-2024-nudify-codes", "retired")
    assert listing(directory) == before


def test_edit_front_matter_keeps_comments_crlf_and_body():
    text = ("---\r\nid: x-2024-y\r\n# a comment\r\nstatus: pending\r\nvetted_on: null\r\n---\r\n"
            "Body line one.\r\n\r\n---\r\nstatus: not front matter\r\n")
    edited = edit_front_matter(text, {"status": "approved", "vetted_on": "2026-01-02", "last_checked": "2026-01-02"})
    assert edited == ("---\r\nid: x-2024-y\r\n# a comment\r\nstatus: approved\r\nvetted_on: 2026-01-02\r\n"
                      "last_checked: 2026-01-02\r\n---\r\nBody line one.\r\n\r\n---\r\nstatus: not front matter\r\n")
    with pytest.raises(CorpusError, match="missing YAML front matter"):
        edit_front_matter("no front matter", {"status": "approved"})


# ---------------------------------------------------------------------------- list
def test_list_filters_and_json(mini_env):
    write_source(sources_dir(mini_env), "charity-2025-pending-advice", status="pending", title="Pending advice",
                 publisher="Example Charity", jurisdiction="[UK, INT]", topics="[sextortion]", type="guidance",
                 published="2025-02-01", body="Example Charity says young people should stop contact. " * 5)
    ids = lambda *args: [row["id"] for row in json.loads(run("list", "--json", *args).output)]  # noqa: E731
    assert len(ids()) == 6
    assert ids("-j", "uk") == ["charity-2024-sextortion-advice", "charity-2025-pending-advice",
                               "ukgov-2023-pseudo-photographs", "watchdog-2023-forum-study"]
    assert ids("--topic", "sextortion", "--status", "pending") == ["charity-2025-pending-advice"]
    assert ids("--type", "regulation") == ["regulator-2024-nudify-codes"]
    assert ids("-j", "INT") == ["charity-2025-pending-advice"]
    row = json.loads(run("list", "--json", "--type", "regulation").output)[0]
    assert row == {"id": "regulator-2024-nudify-codes", "status": "approved", "type": "regulation",
                   "jurisdiction": ["AU"], "topics": ["australia", "nudify-apps"],
                   "title": "Codes covering nudify services", "publisher": "Example Regulator",
                   "url": "https://example.org/regulator-2024-nudify-codes", "published": "2024-06-20",
                   "vetted_on": "2026-11-21", "last_checked": "2026-11-21", "extract": False, "words": 45}
    text = run("list", "--status", "pending")
    assert text.exit_code == 0 and text.output.endswith("1 sources.\n")
    assert run("list", "--topic", "made-up").exit_code == 2


def test_list_skips_a_malformed_file_with_a_warning(mini_env):
    broken = sources_dir(mini_env) / "broken-2024-file.md"
    broken.write_text("no front matter here\n")
    result = run("list", "--json")
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == 5
    assert result.stderr == (f"Warning: skipped {broken}: missing YAML front matter (the file must start with a "
                             "'---' block) (run `vetted corpus check`)\n")


# ---------------------------------------------------------------------------- check
def test_check_reports_dates_urls_staleness_and_pending_schema_errors(mini_corpus):
    directory = mini_corpus / "sources"
    write_source(directory, "stale-2023-copy-url", title="Stale", publisher="Example", jurisdiction="UK",
                 topics="[uk-law]", type="news", published="2023-01-01",
                 body="An unrelated text about the law of another place and its history. " * 4)
    stale = directory / "stale-2023-copy-url.md"
    stale.write_text(stale.read_text()
                     .replace("url: https://example.org/stale-2023-copy-url",
                              "url: https://www.example.org/watchdog-2023-forum-study/")
                     .replace("last_checked: 2026-11-21", "last_checked: 2023-06-01"))
    broken = write_source(directory, "pending-2024-broken", status="pending", title="Broken", publisher="Example",
                          jurisdiction="UK", topics="[not-a-topic]", type="news", published="2024-01-01",
                          body="Words about the rules for reporting in this country today. " * 4)
    today = dt.date(2026, 11, 21)
    assert findings_for(mini_corpus, stale.name, today) == [("warning", "last_checked")]
    _, findings = check_corpus(mini_corpus, today)
    assert [f.message for f in findings if f.field == "url"] == [
        "same url as stale-2023-copy-url: one original should have one source"]
    assert findings_for(mini_corpus, broken.name, today) == [("error", "topics.0")]
    assert findings_for(mini_corpus, "watchdog-2023-forum-study.md", dt.date(2026, 11, 1)) == [
        ("warning", "url"), ("error", "vetted_on"), ("error", "last_checked")]  # dated after "today"


def test_check_flags_help_entries_that_are_stale(mini_corpus):
    help_file = mini_corpus / "help" / "services.yaml"
    help_file.write_text(help_file.read_text().replace('checked: "2026-11-21"\n  - id: thoughts-line-uk',
                                                       'checked: "2024-01-01"\n  - id: thoughts-line-uk'))
    assert findings_for(mini_corpus, "services.yaml", dt.date(2026, 11, 21)) == [("warning", "kids-line-uk.checked")]


def test_check_of_an_approved_extract_is_an_error(mini_corpus):
    path = mini_corpus / "sources" / "watchdog-2023-forum-study.md"
    path.write_text(path.read_text().replace("status: approved", "status: approved\nextract: true"))
    _, findings = check_corpus(mini_corpus, dt.date(2026, 11, 21))
    [finding] = [f for f in findings if f.file == str(path)]
    assert finding.level == "error"
    assert "an unreviewed extract cannot be approved" in finding.message


def test_shipped_corpus_passes_the_check():
    from bot.settings import PROJECT_ROOT

    sources, findings = check_corpus(PROJECT_ROOT / "corpus")
    assert [f for f in findings if f.level == "error"] == []
    assert len(sources) >= 77
