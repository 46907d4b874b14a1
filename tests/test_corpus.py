from __future__ import annotations

import pytest

from bot.corpus import load_sources, parse_source
from bot.errors import CorpusError
from tests.conftest import write_source

pytestmark = pytest.mark.unit


def test_loads_the_mini_corpus(mini_corpus):
    sources = load_sources(mini_corpus / "sources")
    assert [s.id for s in sources] == sorted(s.id for s in sources)
    assert len(sources) == 5
    first = next(s for s in sources if s.id == "watchdog-2023-forum-study")
    assert first.jurisdiction == ("UK",)
    assert first.topics == ("iwf-data", "statistics")
    assert "20,254" in first.body


@pytest.mark.parametrize(
    ("replace", "by", "field"),
    [
        ("published: 2023-10-25", "published: last autumn", "published"),
        ("type: report", "type: rumour", "type"),
        ("jurisdiction: UK", "jurisdiction: Narnia", "jurisdiction"),
        ("status: approved", "status: maybe", "status"),
        ("url: https://example.org/watchdog-2023-forum-study", "url: not a url", "url"),
        ("topics: [iwf-data, statistics]", "topics: [gossip]", "topics"),
        ('publisher: "Example Watchdog"\n', "", "publisher"),
    ],
)
def test_a_malformed_field_is_named_with_the_file(mini_corpus, replace, by, field):
    path = mini_corpus / "sources" / "watchdog-2023-forum-study.md"
    text = path.read_text()
    assert replace in text
    path.write_text(text.replace(replace, by))
    with pytest.raises(CorpusError) as caught:
        load_sources(mini_corpus / "sources")
    assert str(path) in caught.value.message
    assert f"field '{field}" in caught.value.message


def test_id_must_match_file_name(mini_corpus):
    path = mini_corpus / "sources" / "renamed.md"
    (mini_corpus / "sources" / "watchdog-2023-forum-study.md").rename(path)
    with pytest.raises(CorpusError, match="field 'id'.*must match the file name 'renamed'"):
        parse_source(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "file is empty"),
        (b"\x00\x01\x02binary", "binary"),
        (b"\xff\xfe not utf-8", "not valid UTF-8"),
        (b"no front matter here at all", "missing YAML front matter"),
        (b"---\n: : :\n---\nbody", "not valid YAML"),
        (b"---\n- a list\n---\nbody", "must be a mapping"),
        (b"x" * 300_000, "over the 200,000-byte limit"),
    ],
)
def test_bad_files_get_clear_messages(tmp_path, content, message):
    path = tmp_path / "bad-source.md"
    path.write_bytes(content)
    with pytest.raises(CorpusError, match=message) as caught:
        parse_source(path)
    assert str(path) in caught.value.message


def test_approved_source_needs_vetted_on(mini_corpus):
    path = mini_corpus / "sources" / "watchdog-2023-forum-study.md"
    path.write_text(path.read_text().replace("vetted_on: 2026-11-21\n", ""))
    with pytest.raises(CorpusError, match="vetted_on"):
        parse_source(path)


def test_only_requested_statuses_are_loaded(mini_corpus):
    write_source(mini_corpus / "sources", "watchdog-2023-forum-study", status="pending")
    approved = load_sources(mini_corpus / "sources", statuses=("approved",))
    assert "watchdog-2023-forum-study" not in {s.id for s in approved}
    assert len(approved) == 4


def test_shipped_corpus_is_valid_and_large_enough():
    from bot.settings import PROJECT_ROOT

    sources = load_sources(PROJECT_ROOT / "corpus" / "sources", statuses=("approved",))
    assert len(sources) >= 45
    assert {j for s in sources for j in s.jurisdiction} >= {"UK", "US", "EU", "AU", "INT"}
