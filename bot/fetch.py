"""Fetch: read one public document (a URL or a local file) and extract its text and provenance.

In:   an http(s) URL (standard-library urllib, with a timeout and a size limit) or a local
      .html/.htm, .pdf, .txt or .md file.
Out:  an `Extract` — the original's text, title, publication date and publisher where found,
      and provenance (where it came from, when, content type, size, SHA-256).
Fails: `FetchError` with one clear line: unreachable host, HTTP error, timeout, unsupported
      content type, a document over the size limit, or one with no extractable text.

Used by `vetted corpus add`. trafilatura (HTML) and pypdf (PDF) are imported only when needed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

from bot.errors import FetchError

MAX_BYTES = 5 * 1024 * 1024
TIMEOUT_SECONDS = 20.0
USER_AGENT = "vetted-corpus-curation/0.1 (+manual curation of public sources)"

_CONTENT_TYPES = {
    "text/html": "html", "application/xhtml+xml": "html",
    "application/pdf": "pdf", "application/x-pdf": "pdf",
    "text/plain": "text", "text/markdown": "text", "text/x-markdown": "text",
}
_SUFFIXES = {".html": "html", ".htm": "html", ".pdf": "pdf", ".txt": "text", ".md": "text", ".markdown": "text"}


@dataclass(frozen=True)
class Document:
    """Raw bytes of one document and what kind they are ("html", "pdf" or "text")."""

    data: bytes
    kind: str
    origin: str  # the final URL, or the local path
    content_type: str
    charset: str | None = None


@dataclass(frozen=True)
class Extract:
    """The original's text plus what could be read about where it came from."""

    text: str
    title: str | None
    published: dt.date | None
    publisher: str | None
    kind: str
    origin: str
    content_type: str
    size: int
    sha256: str
    fetched_on: dt.date

    @property
    def words(self) -> int:
        return len(self.text.split())


def is_url(target: str) -> bool:
    return bool(re.match(r"^https?://", target, re.IGNORECASE))


def fetch(target: str, *, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_BYTES,
          today: dt.date | None = None) -> Extract:
    """Fetch a URL or read a file, then extract it."""
    document = fetch_url(target, timeout=timeout, max_bytes=max_bytes) if is_url(target) \
        else read_file(Path(target), max_bytes=max_bytes)
    return extract(document, today=today)


def fetch_url(url: str, *, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_BYTES) -> Document:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError(f"not an http(s) URL: {url}")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,
                                                   "Accept": "text/html, application/pdf, text/plain;q=0.8"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (scheme checked)
            final_url = response.geturl()
            headers: Message = response.headers
            content_type = headers.get_content_type()
            length = headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(f"{url} is {int(length):,} bytes, over the {max_bytes:,}-byte limit")
            data = response.read(max_bytes + 1)
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchError(f"HTTP {exc.code} {exc.reason} fetching {url}") from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise FetchError(f"timed out after {timeout:g}s fetching {url}") from exc
        text = getattr(reason, "strerror", None) or str(reason)
        raise FetchError(f"could not connect to {url}: {text}") from exc
    except (socket.timeout, TimeoutError) as exc:
        raise FetchError(f"timed out after {timeout:g}s fetching {url}") from exc
    except (OSError, ValueError) as exc:
        raise FetchError(f"could not fetch {url}: {exc}") from exc
    if len(data) > max_bytes:
        raise FetchError(f"{url} is over the {max_bytes:,}-byte limit")
    kind = _CONTENT_TYPES.get(content_type)
    if kind is None and content_type == "application/octet-stream" and data.startswith(b"%PDF-"):
        kind = "pdf"
    if kind is None:
        raise FetchError(f"unsupported content type '{content_type}' at {url}: "
                         "only HTML, PDF, plain text or Markdown can be added")
    _require_content(data, url)
    return Document(data=data, kind=kind, origin=final_url, content_type=content_type,
                    charset=headers.get_content_charset())


def read_file(path: Path, *, max_bytes: int = MAX_BYTES) -> Document:
    kind = _SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise FetchError(f"unsupported file type '{path.suffix or path.name}': "
                         "only .html, .htm, .pdf, .txt or .md files can be added")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise FetchError(f"{path} is {size:,} bytes, over the {max_bytes:,}-byte limit")
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise FetchError(f"file not found: {path}") from exc
    except OSError as exc:
        raise FetchError(f"cannot read {path}: {exc.strerror}") from exc
    _require_content(data, str(path))
    content_type = {"html": "text/html", "pdf": "application/pdf", "text": "text/plain"}[kind]
    return Document(data=data, kind=kind, origin=str(path), content_type=content_type)


def _require_content(data: bytes, origin: str) -> None:
    if not data.strip():
        raise FetchError(f"{origin} is empty")


def extract(document: Document, *, today: dt.date | None = None) -> Extract:
    """Pull text and metadata out of a document; no extractable text is a FetchError."""
    today = today or dt.date.today()
    if document.kind == "html":
        text, title, published, publisher = _extract_html(document)
    elif document.kind == "pdf":
        text, title, published, publisher = _extract_pdf(document)
    else:
        text, title, published, publisher = _extract_text(document)
    text = clean_text(text)
    if not text:
        raise FetchError(f"no text could be extracted from {document.origin}")
    if published is not None and published > today:
        published = None  # a date in the future is a page artefact, not a publication date
    return Extract(
        text=text, title=_one_line(title), published=published, publisher=_one_line(publisher),
        kind=document.kind, origin=document.origin, content_type=document.content_type,
        size=len(document.data), sha256=hashlib.sha256(document.data).hexdigest(), fetched_on=today,
    )


def _extract_html(document: Document) -> tuple[str, str | None, dt.date | None, str | None]:
    import trafilatura

    content: bytes | str = document.data
    if document.charset:
        try:
            content = document.data.decode(document.charset, errors="replace")
        except LookupError:
            pass
    url = document.origin if is_url(document.origin) else None
    result = trafilatura.bare_extraction(content, url=url, with_metadata=True, include_comments=False,
                                         include_tables=True)
    if result is None or not (result.text or "").strip():
        raise FetchError(f"no text could be extracted from {document.origin} (is it an empty page?)")
    # trafilatura ends each block with one newline; Markdown needs a blank line between paragraphs.
    return result.text.replace("\n", "\n\n"), result.title, _parse_date(result.date), result.sitename


def _extract_pdf(document: Document) -> tuple[str, str | None, dt.date | None, str | None]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(document.data))
        if reader.is_encrypted:
            raise FetchError(f"{document.origin} is an encrypted PDF; save an unencrypted copy first")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
    except FetchError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise FetchError(f"{document.origin} is not a readable PDF ({exc})") from exc
    title = publisher = None
    published = None
    if meta is not None:
        title = meta.title
        publisher = meta.author
        try:
            created = meta.creation_date
        except (ValueError, TypeError):
            created = None
        published = created.date() if created else None
    return "\n\n".join(pages), title, published, publisher


def _extract_text(document: Document) -> tuple[str, str | None, dt.date | None, str | None]:
    text = document.data.decode(document.charset or "utf-8", errors="replace")
    title = None
    for line in text.splitlines():
        if line.strip():
            heading = re.match(r"^#{1,6}\s+(.+?)\s*#*\s*$", line.strip())
            title = heading.group(1) if heading else None
            break
    return text, title, None, None


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _one_line(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


def clean_text(text: str) -> str:
    """Normalise line endings and whitespace; keep paragraphs apart by one blank line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
