"""bot.fetch against a real HTTP server on 127.0.0.1 and real files: what is extracted, and the
exact error for every way a fetch can fail."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from bot import fetch
from bot.errors import FetchError
from tests.loopback import PDF_DOC, closed_port_url, no_proxy, site  # noqa: F401 (fixtures)

pytestmark = pytest.mark.unit

TODAY = dt.date(2026, 11, 21)


def test_html_page_gives_text_title_date_and_publisher(site):
    extract = fetch.fetch(f"{site}/article.html", today=TODAY)
    assert extract.kind == "html"
    assert extract.title == "Watchdog publishes first-quarter figures"
    assert extract.published == dt.date(2024, 3, 5)
    assert extract.publisher == "Example Watchdog"
    assert extract.origin == f"{site}/article.html"
    assert extract.content_type == "text/html"
    assert "Its analysts assessed 1,234 reports in the first quarter" in extract.text
    assert "\n\nThe chief executive of the Example Watchdog" in extract.text  # paragraphs kept apart
    assert "Copyright" not in extract.text and "Home" not in extract.text  # boilerplate dropped
    assert extract.fetched_on == TODAY


def test_pdf_gives_text_and_info_metadata(site):
    extract = fetch.fetch(f"{site}/report.pdf", today=TODAY)
    assert extract.kind == "pdf"
    assert extract.title == "Annual report on synthetic imagery"
    assert extract.publisher == "Example Regulator"
    assert extract.published == dt.date(2024, 6, 20)
    assert "received 512 complaints about nudify services" in extract.text
    assert extract.size == len(PDF_DOC)
    assert extract.sha256 == hashlib.sha256(PDF_DOC).hexdigest()


def test_octet_stream_that_is_a_pdf_is_read_as_pdf(site):
    assert fetch.fetch(f"{site}/download", today=TODAY).kind == "pdf"


def test_page_without_a_date_has_none(site):
    assert fetch.fetch(f"{site}/undated.html", today=TODAY).published is None


def test_date_in_the_future_is_dropped(site):
    assert fetch.fetch(f"{site}/article.html", today=dt.date(2024, 1, 1)).published is None


@pytest.mark.parametrize("path, message", [
    ("/missing", "HTTP 404 Not Found fetching {site}/missing"),
    ("/logo.png", "unsupported content type 'image/png' at {site}/logo.png: "
                  "only HTML, PDF, plain text or Markdown can be added"),
    ("/empty", "{site}/empty is empty"),
    ("/blank.html", "no text could be extracted from {site}/blank.html (is it an empty page?)"),
    ("/big.html", "{site}/big.html is 5,500,033 bytes, over the 5,242,880-byte limit"),
])
def test_fetch_errors_name_the_url_and_the_cause(site, path, message):
    with pytest.raises(FetchError) as caught:
        fetch.fetch(f"{site}{path}")
    assert caught.value.message == message.format(site=site)
    assert caught.value.exit_code == 1


def test_oversize_body_without_content_length_is_cut_off(site):
    with pytest.raises(FetchError, match=r"big-stream.html is over the 5,000-byte limit$"):
        fetch.fetch_url(f"{site}/big-stream.html", max_bytes=5_000)


def test_connection_refused(closed_port_url):
    with pytest.raises(FetchError) as caught:
        fetch.fetch(closed_port_url)
    assert caught.value.message == f"could not connect to {closed_port_url}: Connection refused"


def test_timeout(site):
    with pytest.raises(FetchError) as caught:
        fetch.fetch(f"{site}/slow.html", timeout=0.5)
    assert caught.value.message == f"timed out after 0.5s fetching {site}/slow.html"


def test_local_markdown_file_takes_its_heading_as_title(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# Guidance for schools\n\nSchools should record every incident.\r\n\r\n\r\nThen tell parents.\n")
    extract = fetch.fetch(str(path), today=TODAY)
    assert (extract.kind, extract.title, extract.published) == ("text", "Guidance for schools", None)
    assert extract.text == "# Guidance for schools\n\nSchools should record every incident.\n\nThen tell parents."


def test_local_pdf_file(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(PDF_DOC)
    extract = fetch.fetch(str(path), today=TODAY)
    assert (extract.kind, extract.origin, extract.title) == ("pdf", str(path), "Annual report on synthetic imagery")


@pytest.mark.parametrize("name, content, message", [
    ("slides.pptx", b"data", "unsupported file type '.pptx': only .html, .htm, .pdf, .txt or .md files can be added"),
    ("blank.txt", b"  \n\n ", "{path} is empty"),
    ("broken.pdf", b"%PDF-1.4 not really a pdf", "{path} is not a readable PDF"),
])
def test_local_file_errors(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(FetchError) as caught:
        fetch.fetch(str(path))
    assert caught.value.message.startswith(message.format(path=path))


def test_missing_local_file(tmp_path):
    with pytest.raises(FetchError, match="^file not found: .*nowhere.html$"):
        fetch.fetch(str(tmp_path / "nowhere.html"))


def test_local_file_over_the_limit(tmp_path):
    path = tmp_path / "long.txt"
    path.write_bytes(b"word " * 300)
    with pytest.raises(FetchError, match=r"long.txt is 1,500 bytes, over the 1,000-byte limit$"):
        fetch.fetch(str(path), max_bytes=1_000)


def test_clean_text_normalises_whitespace_and_blank_lines():
    assert fetch.clean_text("  a  b \r\n\r\n\r\n\r\nc\x00d\n") == "a b\n\ncd"
