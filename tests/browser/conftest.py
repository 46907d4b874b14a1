"""Browser fixtures: the real app (API + Gradio UI) over the shipped index, served in-process on
a free 127.0.0.1 port, and Debian's headless Chromium driven by Selenium through Debian's
chromedriver (never Selenium Manager, never a browser download)."""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from browser_helpers import WAIT, record_requests

from tests.fixtures_shipped import free_port

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars")


# Module scope: the browser tests are one module, and a headless Chromium left open behind them would
# keep polling the page on a two-core CI machine through the eval and policy-set runs.
@pytest.fixture(scope="module")
def app(shipped_index, tmp_path_factory):
    """The app that `vetted serve` runs, with feedback logging on (into a temp file)."""
    import uvicorn

    from bot.pipeline import Vetted
    from bot.settings import load_settings
    from bot.web import create_app

    feedback = tmp_path_factory.mktemp("feedback") / "feedback.jsonl"
    vetted = Vetted(load_settings(feedback_log=str(feedback)), embedder=shipped_index.embedder,
                    store=shipped_index.store)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(vetted), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the web app did not start"
        time.sleep(0.05)
    yield SimpleNamespace(url=f"http://127.0.0.1:{port}/", vetted=vetted, feedback=feedback)
    server.should_exit = True
    thread.join(timeout=15)


@pytest.fixture(scope="module")
def driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    for path in (CHROMIUM, CHROMEDRIVER):
        assert Path(path).exists(), f"{path} is missing: run `make browser` (apt-get install chromium chromium-driver)"
    profile = tempfile.mkdtemp(prefix="vetted-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument("--window-size=1280,900")
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    os.environ["SE_AVOID_STATS"] = "true"  # Selenium: never phone home
    browser = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    browser.requested_urls = set()
    try:
        yield browser
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(app, driver):
    """A fresh page load (new Gradio session) at desktop size; requests are recorded afterwards."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.set_window_size(1280, 900)
    driver.get(app.url)
    WebDriverWait(driver, WAIT).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#vt-question textarea")))
    yield driver
    record_requests(driver)
