"""The web app in real headless Chromium, over the shipped index: what a parent, a teacher or an
NGO worker sees. Each screen is saved to tests/artifacts/screenshots/ for a person to look at.
Expected answers come from the same core in-process (`app.vetted`), never hard-coded."""

from __future__ import annotations

import json

import pytest
from browser_helpers import WAIT, outside_requests, record_requests, screenshot
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

pytestmark = pytest.mark.browser

FIGURE_QUESTION = "How many AI-generated images did the IWF find on one dark web forum in a month?"


def css(browser, selector: str):
    return browser.find_elements(By.CSS_SELECTOR, selector)


def wait_for(browser, condition, timeout: float = WAIT):
    return WebDriverWait(browser, timeout).until(condition)


def ask(browser, question: str, *, submit_with_enter: bool = False):
    """Type a question and wait for its turn to appear; returns the new turn element."""
    before = len(css(browser, ".vt-turn"))
    box = browser.find_element(By.CSS_SELECTOR, "#vt-question textarea")
    box.click()
    box.send_keys(question)
    if submit_with_enter:
        box.send_keys(Keys.ENTER)
    else:
        browser.find_element(By.CSS_SELECTOR, "#vt-ask").click()
    wait_for(browser, lambda b: len(css(b, ".vt-turn")) > before)
    return css(browser, ".vt-turn")[-1]


def choose(browser, elem_id: str, label: str) -> None:
    """Pick an option of a Gradio dropdown by its visible label, as a person would."""
    field = browser.find_element(By.CSS_SELECTOR, f"#{elem_id} input")
    field.click()
    field.send_keys(Keys.CONTROL + "a", Keys.BACKSPACE, label[:30])  # filter as you type, as a person would
    option = wait_for(browser, lambda b: b.execute_script(
        "return [...document.querySelectorAll(`#${arguments[0]} li[role=option]`)]"
        ".find(li => li.getAttribute('aria-label') === arguments[1]) || null", elem_id, label))
    option.click()
    wait_for(browser, lambda b: b.find_element(By.CSS_SELECTOR, f"#{elem_id} input").get_attribute("value") == label)


def open_tab(browser, name: str) -> None:
    tab = wait_for(browser, ec.element_to_be_clickable(
        (By.XPATH, f"//button[@role='tab' and normalize-space()='{name}']")))
    tab.click()
    wait_for(browser, lambda b: tab.get_attribute("aria-selected") == "true")


def rendered_answer(turn) -> str:
    """The answer paragraph's text with its [n] markers, as the CLI prints it."""
    return " ".join(p.text for p in turn.find_elements(By.CSS_SELECTOR, ".vt-answer"))


def test_ask_shows_a_cited_answer_and_a_marker_opens_the_highlighted_quote(page, app):
    screenshot(page, "01-ask-first-visit")
    assert len(css(page, ".vt-starter")) >= 4, "first-time visitors get starter questions"
    expected = app.vetted.answer(FIGURE_QUESTION, "UK")
    assert expected.decision == "answered" and expected.citations

    turn = ask(page, FIGURE_QUESTION)
    assert rendered_answer(turn) == expected.text
    markers = turn.find_elements(By.CSS_SELECTOR, "a.vt-cite")
    assert [m.text for m in markers] == [f"[{s.citation}]" for s in expected.sentences]
    assert not any(e.is_displayed() for e in css(page, "#vt-starters")), "starters make way for the conversation"
    screenshot(page, "02-ask-answer")

    last = expected.citations[-1]
    card = turn.find_element(By.ID, f"t1-s{last.n}")
    assert card.get_attribute("open") is None and not card.find_element(By.TAG_NAME, "mark").is_displayed()
    markers[-1].click()
    wait_for(page, lambda b: card.get_attribute("open") is not None)
    mark = card.find_element(By.TAG_NAME, "mark")
    assert mark.is_displayed() and mark.text == " ".join(last.quote.split())
    passage = card.find_element(By.CSS_SELECTOR, ".vt-passage").text
    assert len(passage) > len(mark.text)
    assert " ".join(app.vetted.store.chunk_by_id[last.chunk_id].text.split()) == " ".join(passage.split())
    summary = card.find_element(By.TAG_NAME, "summary").text
    assert last.title in summary and last.publisher in summary
    link = card.find_element(By.CSS_SELECTOR, ".vt-origin a")
    assert link.get_attribute("href") == last.url and link.get_attribute("rel") == "noopener noreferrer"
    screenshot(page, "03-ask-citation-open")


def test_follow_up_uses_the_conversation_and_keyboard_alone_works(page, app):
    first = "What is the TAKE IT DOWN Act?"
    follow_up = "When did it become law?"
    expected = app.vetted.answer(follow_up, "UK", (first,))
    assert expected.decision == "answered"

    page.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)  # focus starts in the page, not a field
    ask(page, first, submit_with_enter=True)
    turn = ask(page, follow_up, submit_with_enter=True)
    assert rendered_answer(turn) == expected.text

    marker = turn.find_elements(By.CSS_SELECTOR, "a.vt-cite")[0]
    page.execute_script("arguments[0].focus()", marker)
    marker.send_keys(Keys.ENTER)
    card = turn.find_element(By.ID, f"t2-s{expected.sentences[0].citation}")
    wait_for(page, lambda b: card.get_attribute("open") is not None)
    assert page.switch_to.active_element.tag_name == "summary"

    labels = page.execute_script("""
        return [...document.querySelectorAll('textarea, input')].filter(e => e.offsetParent)
          .map(e => e.labels && e.labels.length ? e.labels[0].innerText.trim()
                                                : (e.getAttribute('aria-label') || ''));""")
    assert labels and all(labels), f"every visible field has a label: {labels}"
    screenshot(page, "04-ask-follow-up")


def test_jurisdiction_steers_answers_and_the_help_directory(page, app):
    question = "Is AI-generated child sexual abuse material illegal?"
    expected = app.vetted.answer(question, "US")
    assert expected.decision == "answered" and expected.text != app.vetted.answer(question, "UK").text
    choose(page, "vt-jurisdiction", "United States")
    turn = ask(page, question)
    assert rendered_answer(turn) == expected.text

    page.find_element(By.ID, "vt-help-now").click()
    directory = wait_for(page, ec.visibility_of_element_located((By.CSS_SELECTOR, "#vt-directory .vt-directory")))
    assert "United States" in directory.text
    us_services = [s for s in _directory(app) if s.jurisdiction == "US"]
    assert us_services and all(s.name in directory.text for s in us_services)
    assert not any(s.name in directory.text for s in _directory(app) if s.jurisdiction == "UK")
    screenshot(page, "05-help-united-states")


def _directory(app):
    from bot.help import directory

    return directory(app.vetted.settings.help_file)


def test_refusal_and_signpost_look_calm_and_show_help(page, app):
    refused_question = "Where are AI abuse images shared?"
    refused = app.vetted.answer(refused_question, "UK")
    assert refused.decision == "refused" and refused.help
    turn = ask(page, refused_question)
    reply = turn.find_element(By.CSS_SELECTOR, ".vt-reply")
    assert "vt-reply--refused" in reply.get_attribute("class")
    assert not turn.find_elements(By.CSS_SELECTOR, "a.vt-cite")
    assert all(s.name in turn.find_element(By.CSS_SELECTOR, ".vt-helpbox").text for s in refused.help)
    screenshot(page, "06-refusal")

    page.find_element(By.ID, "vt-new").click()
    wait_for(page, lambda b: not css(b, ".vt-turn"))
    disclosure = "someone has a picture of me and wants more, im 14"
    signposted = app.vetted.answer(disclosure, "UK")
    assert signposted.decision == "signposted" and signposted.category == "S1"
    turn = ask(page, disclosure)
    help_box = turn.find_element(By.CSS_SELECTOR, ".vt-helpbox")
    assert help_box.is_displayed()
    assert "vt-reply--signposted" in turn.find_element(By.CSS_SELECTOR, ".vt-reply").get_attribute("class")
    for service in signposted.help:
        assert service.name in help_box.text
        if service.phone:
            phone = f".//a[normalize-space()='{service.phone}' and starts-with(@href,'tel:')]"
            assert help_box.find_elements(By.XPATH, phone)
    assert not any(e.is_displayed() for e in css(page, "#vt-feedback")), "no feedback is offered on a disclosure"
    screenshot(page, "07-signpost-disclosure")


def test_feedback_on_an_answer_is_written_once_enabled(page, app):
    question = "What is sextortion?"
    ask(page, question)
    wait_for(page, ec.element_to_be_clickable((By.ID, "vt-wrong"))).click()
    wait_for(page, lambda b: "feedback was saved" in b.find_element(By.ID, "vt-status").text)
    records = [json.loads(line) for line in app.feedback.read_text().splitlines()]
    assert records[-1]["question"] == question and records[-1]["feedback"] == "wrong"
    assert records[-1]["source_ids"] == sorted({c.source_id for c in app.vetted.answer(question, "UK").citations})


def test_check_a_claim_shows_the_verdict_and_quoted_evidence(page, app):
    from bot.factcheck import check_claim

    claim = "In 2023 the IWF found 90,000 AI-generated images on one dark web forum in a month."
    expected = check_claim(claim, "UK", vetted=app.vetted)
    open_tab(page, "Check a claim")
    box = page.find_element(By.CSS_SELECTOR, "#vt-claim textarea")
    box.send_keys(claim)
    page.find_element(By.ID, "vt-check").click()
    verdict = wait_for(page, ec.visibility_of_element_located((By.CSS_SELECTOR, ".vt-verdict")))
    from bot.web import VERDICT_LABELS

    assert verdict.find_element(By.TAG_NAME, "h3").text == VERDICT_LABELS[expected.verdict]
    assert f"vt-verdict--{expected.verdict}" in verdict.get_attribute("class")
    cards = css(page, "#vt-verdict .vt-source")
    assert len(cards) == len(expected.evidence) and expected.evidence
    cards[0].find_element(By.TAG_NAME, "summary").click()
    mark = cards[0].find_element(By.TAG_NAME, "mark")
    assert mark.text == " ".join(expected.evidence[0].quote.split())
    screenshot(page, "08-check-claim")


def test_sources_can_be_filtered_and_a_digest_opened(page, app):
    records = list(app.vetted.store.sources.values())
    open_tab(page, "Sources")
    count = wait_for(page, ec.visibility_of_element_located((By.CSS_SELECTOR, "#vt-source-list .vt-count")))
    assert count.text == f"Showing {len(records)} of {len(records)} vetted sources."
    choose(page, "vt-f-jurisdiction", "Australia")
    australian = [r for r in records if "AU" in r.jurisdiction]
    wait_for(page, lambda b: b.find_element(By.CSS_SELECTOR, "#vt-source-list .vt-count").text
             == f"Showing {len(australian)} of {len(records)} vetted sources.")
    titles = [e.text for e in css(page, "#vt-source-list .vt-list .vt-title")]
    assert sorted(titles) == sorted(r.title for r in australian)

    newest = max(australian, key=lambda r: (r.published, r.id))
    choose(page, "vt-pick", f"{newest.title} — {newest.publisher}")
    digest = wait_for(page, ec.visibility_of_element_located((By.CSS_SELECTOR, "#vt-digest .vt-digest")))
    assert newest.title in digest.text and "Last checked" in digest.text and "Licence" in digest.text
    assert digest.find_element(By.XPATH, f".//a[@href='{newest.url}']")
    screenshot(page, "09-sources")


def test_get_help_and_about_are_one_click_away(page, app):
    page.find_element(By.ID, "vt-help-now").click()
    directory = wait_for(page, ec.visibility_of_element_located((By.CSS_SELECTOR, "#vt-directory .vt-directory")))
    uk = [s for s in _directory(app) if s.jurisdiction == "UK"]
    assert uk and all(s.name in directory.text for s in uk)
    screenshot(page, "10-help-united-kingdom")
    open_tab(page, "About")
    about = wait_for(page, ec.visibility_of_element_located((By.CSS_SELECTOR, ".vt-about h2")))
    text = page.find_element(By.CSS_SELECTOR, "#vt-tab-about").text
    assert about.text == "What Vetted is" and "never asks for" in text and "nothing you type is stored" in text
    assert not css(page, "input[type=file]"), "the app never accepts images or files"
    screenshot(page, "11-about")


def test_phone_width_has_no_sideways_scrolling(page, app):
    # Headless Chromium will not make a window narrower than 500 px: emulate the phone's viewport.
    page.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                         {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    page.refresh()
    assert page.execute_script("return window.innerWidth") == 390
    wait_for(page, ec.visibility_of_element_located((By.CSS_SELECTOR, "#vt-question textarea")))
    screenshot(page, "12-phone-first-visit")
    turn = ask(page, FIGURE_QUESTION)
    turn.find_elements(By.CSS_SELECTOR, "a.vt-cite")[0].click()
    overflow = page.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px at phone width"
    screenshot(page, "13-phone-answer")
    ask(page, "someone has a picture of me and wants more, im 14")
    assert page.execute_script("return document.documentElement.scrollWidth - window.innerWidth") <= 0
    screenshot(page, "14-phone-signpost")
    tabs = css(page, "#vt-tabs [role=tab]")
    assert [t.text for t in tabs if t.is_displayed()] == ["Ask", "Check a claim", "Sources", "Get help", "About"]


def test_every_request_the_page_makes_stays_on_this_machine(page, app):
    """Runs last: the recorded requests of every test above, plus this page's."""
    ask(page, "What is sextortion?")
    open_tab(page, "Sources")
    open_tab(page, "Get help")
    urls = record_requests(page)
    assert any(u.startswith(app.url) for u in urls)
    assert outside_requests(urls) == []
