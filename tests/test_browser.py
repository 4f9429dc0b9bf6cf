"""The HTML review report driven in headless Chromium, from file:// URLs.

Needs Debian's chromium (``apt-get install chromium``) and Playwright for
Python; the tests fail, not skip, when chromium is missing. Run them with
``python -m pytest tests/test_browser.py -m browser``.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect
from .report_sample import CROWDED_EVENT, HOSTILE_EVENT, XSS_PAYLOADS, big_event_data, crowded_event_data, sample_data

from checker.report import render_html, slugify

pytestmark = pytest.mark.browser

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]
# Records any dialog or alert call, so a payload that runs is seen even if it
# never opens a dialog.
TRAPS = """
window.__dialogs = [];
for (const name of ["alert", "confirm", "prompt", "print"]) {
  const original = window[name];
  window[name] = function (...args) { window.__dialogs.push([name, String(args[0])]); return original.apply(this, args); };
}
"""


def write(pages: dict[str, str | bytes], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, body in pages.items():
        (folder / name).write_text(body, encoding="utf-8") if isinstance(body, str) else (folder / name).write_bytes(body)
    return folder


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("chromium is not installed: run `apt-get install -y chromium` (Debian) to run the browser tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return write(render_html(*sample_data(hostile=True)), tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="module")
def big_site(tmp_path_factory) -> Path:
    return write(render_html(*big_event_data(2000)), tmp_path_factory.mktemp("big"))


@pytest.fixture(scope="module")
def crowded_site(tmp_path_factory) -> Path:
    return write(render_html(*crowded_event_data()), tmp_path_factory.mktemp("crowded"))


class Watched:
    """A page with console errors, page errors and dialogs recorded."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: self.errors.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        page.on("dialog", self._dialog)
        page.add_init_script(TRAPS)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, url: str) -> Any:
        self.page.goto(url)
        # Locator waits run in Playwright's own world: the page's CSP forbids
        # the eval that wait_for_function would need.
        expect(self.page.locator("html.js")).to_have_count(1)
        return self.page


@pytest.fixture
def watched(browser) -> Iterator[Watched]:
    # A fresh context per test: its own localStorage, nothing carried over.
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    w = Watched(context.new_page())
    yield w
    context.close()
    assert w.errors == []
    assert w.dialogs == []


def url(folder: Path, name: str) -> str:
    return (folder / name).as_uri()


def harbour(watched: Watched, site: Path) -> Any:
    return watched.open(url(site, "event-harbour-fire.html"))


def visible_cards(page: Any) -> list[str]:
    return page.eval_on_selector_all("article.card:not([hidden])", "els => els.map(e => e.id)")


def test_pages_load_with_no_console_or_page_error(watched, site):
    for name in sorted(p.name for p in site.glob("*.html")):
        page = watched.open(url(site, name))
        assert page.evaluate("document.readyState") == "complete"
        assert page.locator("main").count() == 1
    assert watched.errors == []


def test_kind_filter_hides_the_other_kinds(watched, site):
    page = harbour(watched, site)
    page.get_by_role("checkbox", name="Numeric").uncheck()
    assert visible_cards(page) == ["conflict-2", "conflict-3"]
    assert page.locator("#result-count").inner_text() == "Showing 2 of 5 conflicts"


def test_severity_filter_hides_cards_of_that_severity(watched, site):
    page = harbour(watched, site)
    page.get_by_role("checkbox", name="High").uncheck()
    page.get_by_role("checkbox", name="Low").uncheck()
    assert visible_cards(page) == ["conflict-2"]


def test_report_filter_keeps_cards_quoting_that_report(watched, site):
    page = harbour(watched, site)
    page.get_by_role("combobox", name="Report").select_option("r-harbour-watch")
    assert visible_cards(page) == ["conflict-5"]


def test_search_filters_cards_after_typing(watched, site):
    page = harbour(watched, site)
    page.get_by_role("searchbox", name="Search").fill("okafor")
    expect(page.locator("article.card[hidden]")).to_have_count(3)
    assert visible_cards(page) == ["conflict-1", "conflict-3"]
    page.get_by_role("searchbox", name="Search").fill("")
    expect(page.locator("article.card[hidden]")).to_have_count(0)


def test_no_match_message_when_filters_hide_everything(watched, site):
    page = harbour(watched, site)
    page.get_by_role("searchbox", name="Search").fill("no such words anywhere")
    page.locator("#no-match").wait_for(state="visible")
    assert visible_cards(page) == []


def test_j_and_k_move_focus_between_visible_conflicts(watched, site):
    page = harbour(watched, site)
    page.get_by_role("checkbox", name="Date").uncheck()
    page.locator("body").focus()
    focused = []
    for key in "jjjk":
        page.keyboard.press(key)
        focused.append(page.evaluate("document.activeElement.id"))
    assert focused == ["conflict-1", "conflict-3", "conflict-4", "conflict-3"]
    assert page.evaluate("location.hash") == "#conflict-3"


def test_c_and_d_set_the_review_status_shown_in_the_card(watched, site):
    page = harbour(watched, site)
    page.keyboard.press("j")
    page.keyboard.press("c")
    page.keyboard.press("j")
    page.keyboard.press("d")
    assert page.locator("#conflict-1 .review-state").inner_text() == "Confirmed"
    assert page.locator("#conflict-2 .review-state").inner_text() == "Dismissed"
    assert page.locator("#conflict-1 button.confirm").get_attribute("aria-pressed") == "true"
    page.reload()
    assert page.locator("#conflict-1 .review-state").inner_text() == "Confirmed"
    assert page.locator("#conflict-3 .review-state").inner_text() == "Not reviewed"


def test_review_filter_moves_on_when_the_current_card_is_reviewed(watched, site):
    page = harbour(watched, site)
    page.get_by_role("combobox", name="Review").select_option("open")
    page.locator("body").focus()
    page.keyboard.press("j")
    page.keyboard.press("c")
    assert "conflict-1" not in visible_cards(page)
    assert page.evaluate("document.activeElement.id") == "conflict-2"


def test_question_mark_opens_help_and_escape_closes_it(watched, site):
    page = harbour(watched, site)
    page.keyboard.press("?")
    assert page.locator("#help").is_visible()
    assert "Next / previous conflict" in page.locator("#help").inner_text()
    page.keyboard.press("Escape")
    assert not page.locator("#help").is_visible()


def test_slash_focuses_search(watched, site):
    page = harbour(watched, site)
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "search"


def test_export_downloads_the_decisions_as_json(watched, site):
    page = harbour(watched, site)
    page.locator("#conflict-3 button.confirm").click()
    page.locator("#conflict-3 input[data-action=note]").fill("Checked with the mayor's office")
    page.locator("#conflict-3 input[data-action=note]").press("Tab")
    with page.expect_download() as info:
        page.get_by_role("button", name="Export decisions").click()
    download = info.value
    assert download.suggested_filename == "checker-decisions-harbour-fire.json"
    decisions = json.loads(Path(download.path()).read_text(encoding="utf-8"))["decisions"]
    data, _ = sample_data()
    conflicts = {c["id"]: c for c in data["events"][0]["conflicts"]}
    assert decisions == [
        {"fingerprint": conflicts["harbour-fire/3"]["fingerprint"], "event": "harbour-fire", "conflict": "harbour-fire/3",
         "status": "confirmed", "note": "Checked with the mayor's office"},
        # Baseline dismissals stay in the file so the next run keeps them.
        {"fingerprint": conflicts["harbour-fire/5"]["fingerprint"], "event": "harbour-fire", "conflict": "harbour-fire/5",
         "status": "dismissed", "note": ""},
    ]


def test_import_restores_decisions_from_a_file(watched, site, tmp_path):
    data, _ = sample_data()
    first = data["events"][0]["conflicts"][0]
    upload = tmp_path / "decisions.json"
    upload.write_text(json.dumps({"decisions": [
        {"fingerprint": first["fingerprint"], "event": "harbour-fire", "conflict": first["id"], "status": "dismissed", "note": "dup"},
        {"fingerprint": "", "event": "harbour-fire", "status": "dismissed"},
    ]}), encoding="utf-8")
    page = harbour(watched, site)
    page.locator("#import-file").set_input_files(str(upload))
    expect(page.locator("#io-status")).to_contain_text("Imported 1 decision")
    assert page.locator("#conflict-1 .review-state").inner_text() == "Dismissed"
    assert page.locator("#conflict-1 input[data-action=note]").input_value() == "dup"


def test_index_counts_reviewed_conflicts_and_exports_all_events(watched, site):
    page = harbour(watched, site)
    page.locator("#conflict-2 button.dismiss").click()
    page = watched.open(url(site, "index.html"))
    assert page.locator("td.reviewed").first.inner_text() == "2 / 5"
    with page.expect_download() as info:
        page.get_by_role("button", name="Export all decisions").click()
    decisions = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))["decisions"]
    assert [(d["conflict"], d["status"]) for d in decisions] == [("harbour-fire/2", "dismissed"), ("harbour-fire/5", "dismissed")]


def test_index_table_sorts_by_mouse_and_by_keyboard(watched, site):
    page = watched.open(url(site, "index.html"))
    names = "els => els.map(e => e.textContent.trim())"
    page.get_by_role("button", name="Conflicts").click()
    assert page.eval_on_selector_all("tbody th", names)[0] == "harbour-fire"
    assert page.locator("th", has=page.get_by_role("button", name="Conflicts")).get_attribute("aria-sort") == "descending"
    page.get_by_role("button", name="Event").focus()
    page.keyboard.press("Enter")
    # Sorted for people (locale collation: punctuation before letters).
    assert page.eval_on_selector_all("tbody th", names) == ["../../etc/passwd", HOSTILE_EVENT, "harbour-fire"]
    page.keyboard.press("Enter")
    assert page.eval_on_selector_all("tbody th", names)[0] == "harbour-fire"


def test_sentence_link_opens_the_sentence_in_the_full_text(watched, site):
    page = harbour(watched, site)
    page.locator("#conflict-1").get_by_role("link", name="sentence in full text").first.click()
    assert page.evaluate("location.hash") == "#r-coastal-wire-0312-s-1"
    assert page.locator(":target").inner_text().startswith("Around 120 firefighters")


def test_conflict_anchor_in_the_url_selects_that_conflict(watched, site):
    page = watched.open(url(site, "event-harbour-fire.html") + "#conflict-4")
    assert page.evaluate("document.activeElement.id") == "conflict-4"
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.id") == "conflict-5"


def test_focus_is_visible_when_tabbing(watched, site):
    page = harbour(watched, site)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"


def test_print_style_hides_the_controls(watched, site):
    page = harbour(watched, site)
    page.emulate_media(media="print")
    assert not page.locator(".toolbar").is_visible()
    assert not page.locator("#conflict-1 .review").is_visible()
    assert page.locator("#conflict-1 .explanation").is_visible()


def test_two_thousand_conflicts_load_and_filter(watched, big_site):
    page = watched.open(url(big_site, "event-storm-surge.html"))
    assert page.locator("article.card").count() == 2000
    page.get_by_role("searchbox", name="Search").fill("case-0042")
    expect(page.locator("article.card:not([hidden])")).to_have_count(1)
    assert visible_cards(page) == ["conflict-43"]
    page.get_by_role("searchbox", name="Search").fill("")
    page.get_by_role("checkbox", name="Numeric").uncheck()
    assert page.locator("#result-count").inner_text() == "Showing 1,333 of 2,000 conflicts"
    page.locator("body").focus()
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.id") == "conflict-2"


def test_xss_payloads_are_shown_as_text_and_none_runs(watched, site):
    page = watched.open(url(site, f"event-{slugify(HOSTILE_EVENT)}.html"))
    # Interact enough to trigger handlers a payload might have attached.
    page.mouse.move(300, 300)
    page.keyboard.press("j")
    page.get_by_role("searchbox", name="Search").fill("alert")
    page.wait_for_timeout(300)
    report = page.locator("article.report").first
    text = " ".join(report.inner_text().split())
    for payload in XSS_PAYLOADS:
        assert " ".join(payload.split()) in text, payload
    assert page.locator("h1").inner_text() == HOSTILE_EVENT
    assert page.evaluate("window.__xss") is None
    assert page.evaluate("window.__dialogs") == []
    assert page.evaluate("document.querySelectorAll('script').length") == 2
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed, svg script, style, base').length") == 0
    assert page.evaluate(
        "[...document.querySelectorAll('*')].flatMap(e => [...e.attributes]).filter(a => a.name.startsWith('on')).length"
    ) == 0
    assert page.evaluate(
        "[...document.querySelectorAll('a[href]')].filter(a => !/^(https?:|file:)/.test(a.href)).length"
    ) == 0
    for other in ("index.html", "event-harbour-fire.html"):
        watched.open(url(site, other))
        assert page.evaluate("window.__xss") is None
    assert watched.dialogs == []


def test_escaping_alone_stops_the_payloads_with_csp_switched_off(browser, site):
    # The CSP is the second line of defence; with it bypassed, nothing may run either.
    context = browser.new_context(bypass_csp=True)
    w = Watched(context.new_page())
    try:
        for name in ("index.html", f"event-{slugify(HOSTILE_EVENT)}.html"):
            page = w.open(url(site, name))
            page.mouse.move(200, 400)
            assert page.evaluate("window.__xss") is None
            assert page.evaluate("window.__dialogs") == []
        assert w.dialogs == [] and w.errors == []
    finally:
        context.close()


def test_import_of_a_file_without_decisions_says_what_is_wrong(watched, site, tmp_path):
    upload = tmp_path / "notes.json"
    upload.write_text('{"conflicts": []}', encoding="utf-8")
    page = harbour(watched, site)
    page.locator("#import-file").set_input_files(str(upload))
    expect(page.locator("#io-status")).to_contain_text('Could not import notes.json: no "decisions" list')
    assert page.locator("#conflict-1 .review-state").inner_text() == "Not reviewed"


def crowded(watched: Watched, site: Path, fragment: str = "") -> Any:
    return watched.open(url(site, f"event-{CROWDED_EVENT}.html") + fragment)


def test_collapsed_values_open_from_the_tally_link(watched, crowded_site):
    page = crowded(watched, crowded_site)
    group = page.locator("#conflict-1-v-5")
    assert not group.is_visible()
    page.locator("#conflict-1 .card-summary").get_by_role("link", name="4,400 people").click()
    expect(group).to_be_visible()
    assert page.evaluate("location.hash") == "#conflict-1-v-5"
    assert page.locator("#conflict-1 details.more-values").get_attribute("open") is not None


def test_a_link_into_a_collapsed_value_opens_it(watched, crowded_site):
    page = crowded(watched, crowded_site, "#conflict-1-v-4")
    expect(page.locator("#conflict-1-v-4")).to_be_visible()
    assert page.locator("#conflict-1-v-4").bounding_box()["y"] < 900


def test_the_summary_toggles_the_collapsed_values(watched, crowded_site):
    page = crowded(watched, crowded_site)
    page.locator("#conflict-1 details.more-values > summary").click()
    expect(page.locator("#conflict-1-v-4")).to_be_visible()
    page.locator("#conflict-1 details.more-values > summary").click()
    expect(page.locator("#conflict-1-v-4")).to_be_hidden()


def test_printing_opens_every_collapsed_statement_and_closes_them_after(watched, crowded_site):
    page = crowded(watched, crowded_site)
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.locator("details:not([open])").count() == 0
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert page.locator("details[open]").count() == 0


def test_search_finds_a_card_by_words_in_its_collapsed_statements(watched, crowded_site):
    page = crowded(watched, crowded_site)
    page.get_by_role("searchbox", name="Search").fill("another count")
    expect(page.locator("article.card[hidden]")).to_have_count(2)
    assert visible_cards(page) == ["conflict-1"]
