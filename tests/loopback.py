"""A real HTTP server on 127.0.0.1 (a thread started by the test) and a hand-made PDF, for the
fetch and curation tests. No network beyond loopback."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

PARAGRAPHS = [
    "The Example Watchdog said on Tuesday that reports of AI-generated imagery to its hotline had risen sharply.",
    "Its analysts assessed 1,234 reports in the first quarter and found that most came from a small number of sites.",
    "The chief executive of the Example Watchdog called on platforms to adopt safety by design before release.",
    "The report recommends that parents talk to children about image-based abuse and where to report it.",
]

HTML_PAGE = ("""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Watchdog figures | Example Watchdog</title>
<meta property="og:title" content="Watchdog publishes first-quarter figures">
<meta property="og:site_name" content="Example Watchdog">
<meta property="article:published_time" content="2024-03-05T09:00:00Z">
</head><body><nav><a href="/">Home</a></nav><main><article>
<h1>Watchdog publishes first-quarter figures</h1>
""" + "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS) + """
</article></main><footer>Copyright Example Watchdog</footer></body></html>""").encode("utf-8")

PDF_LINES = [
    "Example Regulator annual report on synthetic imagery.",
    "The Example Regulator received 512 complaints about nudify services in the year.",
    "It registered new industry standards that apply to generative AI services in Australia.",
    "The standards require services to deter the creation of synthetic abuse material.",
    "The Example Regulator can seek civil penalties in court against services that breach them.",
]


def make_pdf(lines: list[str], *, title: str, author: str, creation: str = "D:20240620120000Z") -> bytes:
    """A minimal valid one-page PDF with real text (Helvetica) and an Info dictionary."""

    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "72 740 Td", *(f"({esc(line)}) Tj T*" for line in lines), "ET"]
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Title ({esc(title)}) /Author ({esc(author)}) /CreationDate ({creation}) >>".encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


PDF_DOC = make_pdf(PDF_LINES, title="Annual report on synthetic imagery", author="Example Regulator")


@dataclass(frozen=True)
class Route:
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    body: bytes = b""
    send_length: bool = True
    delay: float = 0.0


ROUTES = {
    "/article.html": Route(body=HTML_PAGE),
    "/report.pdf": Route(content_type="application/pdf", body=PDF_DOC),
    "/download": Route(content_type="application/octet-stream", body=PDF_DOC),
    "/missing": Route(status=404, body=b"<html><body>Not here</body></html>"),
    "/logo.png": Route(content_type="image/png", body=b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
    "/empty": Route(body=b""),
    "/blank.html": Route(body=b"<!doctype html><html><head><title>Blank</title></head><body></body></html>"),
    "/short.html": Route(body=b"<html><head><title>Short page</title></head><body><article>"
                              b"<p>Only a few words are here.</p></article></body></html>"),
    "/undated.html": Route(body=HTML_PAGE.replace(
        b'<meta property="article:published_time" content="2024-03-05T09:00:00Z">\n', b"")),
    "/big.html": Route(body=b"<html><body><p>" + b"word " * (1_100_000) + b"</p></body></html>"),
    "/big-stream.html": Route(body=b"<html><body><p>" + b"word " * 2_000 + b"</p></body></html>", send_length=False),
    "/slow.html": Route(body=HTML_PAGE, delay=3.0),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's naming)
        route = ROUTES.get(self.path)
        if route is None:
            self.send_error(404)
            return
        if route.delay:
            time.sleep(route.delay)
        self.send_response(route.status)
        if route.content_type:
            self.send_header("Content-Type", route.content_type)
        if route.send_length:
            self.send_header("Content-Length", str(len(route.body)))
        self.end_headers()
        try:
            self.wfile.write(route.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading at its size limit

    def log_message(self, *args):
        pass


@pytest.fixture
def no_proxy(monkeypatch):
    """Loopback requests go straight to 127.0.0.1, never through a proxy set in the environment."""
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def site(no_proxy):
    """Base URL of a real HTTP server on 127.0.0.1 serving ROUTES; stopped after the test."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def closed_port_url(no_proxy):
    """A loopback URL on which nothing listens (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/article.html"
