"""Helpers shared by the browser tests and their fixtures (page requests, screenshots, waits)."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from urllib.parse import urlparse

SCREENSHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"
WAIT = 30


def record_requests(browser) -> set[str]:
    """Every URL the page has requested since the last call (performance log), kept on the driver."""
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] in ("Network.requestWillBeSent", "Network.webSocketCreated"):
            url = message["params"].get("request", {}).get("url") or message["params"].get("url", "")
            browser.requested_urls.add(url)
    return browser.requested_urls


def outside_requests(urls) -> list[str]:
    return sorted(u for u in urls if urlparse(u).scheme in ("http", "https", "ws", "wss")
                  and urlparse(u).hostname != "127.0.0.1")


def screenshot(browser, name: str) -> Path:
    """A full-page PNG in tests/artifacts/screenshots/ (git-ignored), for a person to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    metrics = browser.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics["cssContentSize"]
    shot = browser.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 6000), "scale": 1}})
    path = SCREENSHOTS / f"{name}.png"
    path.write_bytes(base64.b64decode(shot["data"]))
    return path
