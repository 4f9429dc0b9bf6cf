"""The static HTML review report: what ``checker.report.render_html`` renders.

The index page of a small fixed sample is compared with a golden file,
``tests/golden/index.html``. After an intended change to the templates,
regenerate it and review the diff before committing::

    CHECKER_REGEN_GOLDEN=1 python -m pytest tests/test_report.py

Browser behaviour (filters, keyboard, export) is in ``test_browser.py``.
"""

from __future__ import annotations

import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markupsafe
import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.report import format_number, render_html, safe_url, segments, slugify, unique_slugs

from .conftest import FIXTURES
from .report_sample import (
    CROWDED_EVENT,
    HOSTILE_EVENT,
    WIRE_SENTENCE,
    XSS_PAYLOADS,
    big_event_data,
    crowded_event_data,
    sample_data,
)

GOLDEN = Path(__file__).parent / "golden" / "index.html"
CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Node:
    """An element of a parsed page: tag, attributes, children and text."""

    def __init__(self, tag: str, attrs: dict[str, str | None]) -> None:
        self.tag, self.attrs, self.children, self.parts = tag, attrs, [], []

    def text(self) -> str:
        return "".join(p if isinstance(p, str) else p.text() for p in self.parts)

    def iter(self):
        yield self
        for child in self.children:
            yield from child.iter()

    def find_all(self, tag: str, **attrs: str) -> list[Node]:
        return [n for n in self.iter() if n.tag == tag and all(n.attrs.get(k.rstrip("_")) == v for k, v in attrs.items())]

    def by_id(self, id_: str) -> Node:
        (node,) = [n for n in self.iter() if n.attrs.get("id") == id_]
        return node

    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    def with_class(self, name: str) -> list[Node]:
        return [n for n in self.iter() if name in n.classes()]

    def marks_outside(self, name: str) -> list[str]:
        """Text of every ``mark`` below this node with no ancestor of class ``name``."""
        if name in self.classes():
            return []
        if self.tag == "mark":
            return [self.text()]
        return [t for child in self.children for t in child.marks_outside(name)]


class TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, dict(attrs))
        self.stack[-1].children.append(node)
        self.stack[-1].parts.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, dict(attrs))
        self.stack[-1].children.append(node)
        self.stack[-1].parts.append(node)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].parts.append(data)


def parse(html: str) -> Node:
    builder = TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


@pytest.fixture(scope="module")
def sample() -> tuple[dict[str, Any], dict[str, dict[str, str]]]:
    return sample_data(hostile=True)


@pytest.fixture(scope="module")
def pages(sample) -> dict[str, str | bytes]:
    return render_html(*sample)


def html_pages(pages: dict[str, str | bytes]) -> dict[str, str]:
    return {name: str(body) for name, body in pages.items() if name.endswith(".html")}


def event_page(pages: dict[str, str | bytes], event: str) -> str:
    return str(pages[f"event-{slugify(event)}.html"])


def test_renders_index_one_page_per_event_and_the_assets(pages):
    assert set(pages) == {
        "index.html",
        "event-harbour-fire.html",
        f"event-{slugify(HOSTILE_EVENT)}.html",
        f"event-{slugify('../../etc/passwd')}.html",
        "checker.css",
        "checker.js",
    }


def test_render_writes_no_files(sample, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    render_html(*sample)
    assert list(tmp_path.iterdir()) == []


def test_two_renders_are_byte_identical(sample, pages):
    assert render_html(*sample) == pages


def test_index_page_matches_golden_file():
    data, texts = sample_data(hostile=False)
    html = str(render_html(data, texts)["index.html"])
    if os.environ.get("CHECKER_REGEN_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(html, encoding="utf-8")
    assert html == GOLDEN.read_text(encoding="utf-8"), "run CHECKER_REGEN_GOLDEN=1 pytest tests/test_report.py and review the diff"


def test_index_links_every_event_with_counts_by_kind_and_severity(sample, pages):
    root = parse(str(pages["index.html"]))
    rows = root.find_all("tbody")[0].find_all("tr")
    assert [r.find_all("a")[0].attrs["href"] for r in rows] == [f"event-{slugify(e['event'])}.html" for e in sample[0]["events"]]
    harbour = [c.text() for c in rows[0].children]
    # event, reports, conflicts, numeric, date, attribution, high, medium, low, updates, reviewed
    assert harbour[:10] == ["harbour-fire", "3", "5", "3", "1", "1", "2", "1", "2", "1"]


def test_index_table_headers_are_sort_buttons_with_scope(pages):
    root = parse(str(pages["index.html"]))
    headers = root.find_all("thead")[0].find_all("th")
    assert all(h.attrs.get("scope") == "col" and h.attrs.get("aria-sort") == "none" for h in headers)
    assert all(h.find_all("button") for h in headers)


def test_every_conflict_has_a_card_with_its_id_and_anchor(sample, pages):
    for event in sample[0]["events"]:
        root = parse(event_page(pages, event["event"]))
        cards = [n for n in root.find_all("article") if "card" in n.classes()]
        assert [c.attrs["data-conflict"] for c in cards] == [c["id"] for c in event["conflicts"]]
        assert [c.attrs["id"] for c in cards] == [f"conflict-{c['id'].rsplit('/', 1)[1]}" for c in event["conflicts"]]
        assert [c.attrs["data-fingerprint"] for c in cards] == [c["fingerprint"] for c in event["conflicts"]]


def test_conflict_card_shows_outlet_date_speaker_and_values(pages):
    card = parse(event_page(pages, "harbour-fire")).by_id("conflict-1")
    text = " ".join(card.text().split())
    for expected in ("Coastal Wire", "2025-03-12", "fire chief Maria Okafor", "Daily Ledger", "2025-03-13",
                     "the fire service", "High severity", "Confidence 0.91", "about 120 (108–132) firefighters"):
        assert expected in text


def test_value_and_speaker_are_marked_inside_the_sentence(pages):
    card = parse(event_page(pages, "harbour-fire")).by_id("conflict-1")
    sentence = card.find_all("blockquote")[0]
    assert sentence.text() == "Around 120 firefighters were sent to the scene, fire chief Maria Okafor told reporters."
    marks = {m.text(): m.attrs["class"] for m in sentence.find_all("mark")}
    assert marks == {"Around 120 firefighters": "value", "fire chief Maria Okafor": "speaker"}


def test_statement_links_to_its_sentence_anchor_in_the_full_text(pages):
    root = parse(event_page(pages, "harbour-fire"))
    link = next(a for a in root.by_id("conflict-1").find_all("a") if a.text() == "sentence in full text")
    target = root.by_id(link.attrs["href"][1:])
    assert link.attrs["href"] == "#r-coastal-wire-0312-s-1"
    assert target.text() == "Around 120 firefighters were sent to the scene, fire chief Maria Okafor told reporters."


def squash(text: str) -> str:
    return " ".join(text.split())


def card_text(card: Node) -> str:
    return squash(card.text())


@pytest.fixture(scope="module")
def crowded() -> tuple[dict[str, Any], Node]:
    data, texts = crowded_event_data()
    return data, parse(str(render_html(data, texts)[f"event-{CROWDED_EVENT}.html"]))


def group_heads(node: Node) -> list[tuple[str, str]]:
    return [
        (h.find_all("span", class_="value-label")[0].text(), h.find_all("span", class_="value-count")[0].text())
        for h in node.find_all("h4")
    ]


def shown_groups(card: Node) -> Node:
    return next(d for d in card.children if d.tag == "div" and "values" in d.classes())


def test_statements_giving_one_value_share_a_group_and_named_values_come_first(crowded):
    card = crowded[1].by_id("conflict-1")
    # The explanation names "about 4,000" and "400": those lead; the rest follow by count.
    assert group_heads(shown_groups(card)) == [
        ("about 4,000 (3,600–4,400) people", "7 reports"), ("400 people", "1 report"), ("40,000 people", "1 report"),
    ]


def test_values_beyond_the_first_three_start_collapsed_and_are_all_tallied(crowded):
    card = crowded[1].by_id("conflict-1")
    (more,) = [d for d in card.find_all("details") if "more-values" in d.classes()]
    assert squash(more.find_all("summary")[0].text()) == "2 more values (2 statements)"
    assert [label for label, _ in group_heads(more)] == ["nearly 14,000 (12,600–14,000) people", "4,400 people"]
    tally = card.find_all("p", class_="card-summary")[0]
    assert squash(tally.text()).startswith("11 statements from 10 reports, 5 values: about 4,000")
    assert [a.attrs["href"] for a in tally.find_all("a")] == [f"#conflict-1-v-{n}" for n in range(1, 6)]


def test_a_sentence_printed_word_for_word_by_several_reports_is_shown_once_naming_each(crowded):
    card = crowded[1].by_id("conflict-1")
    quotes = [q for q in card.find_all("blockquote") if q.text() == WIRE_SENTENCE]
    assert len(quotes) == 1
    statement = next(s for s in card.with_class("statement") if quotes[0] in s.children)
    sources = statement.find_all("p", class_="sources")[0]
    assert squash(sources.text()).startswith("Same sentence in 6 reports: Outlet 0 (2025-06-03), Outlet 1 (2025-06-03)")
    assert [a.attrs["href"] for a in sources.find_all("a")] == [f"#r-outlet-{r}-s-0" for r in range(6)]


def test_statements_beyond_two_per_value_start_collapsed():
    data, texts = crowded_event_data()
    # Make the six wire copies differ, so the value has seven distinct statements.
    for n, claim in enumerate(data["events"][0]["conflicts"][0]["claims"][:6]):
        claim["sentence"] += f" (Edition {n}.)"
    card = parse(str(render_html(data, texts)[f"event-{CROWDED_EVENT}.html"])).by_id("conflict-1")
    group = card.by_id("conflict-1-v-1")
    visible = [s for s in group.children if "statement" in s.classes()]
    (hidden,) = group.find_all("details")
    assert len(visible) == 2 and len(hidden.with_class("statement")) == 5
    assert squash(hidden.find_all("summary")[0].text()) == "5 more statements giving this value"


def test_a_value_with_one_statement_over_the_limit_is_not_collapsed(crowded):
    # Three statements: collapsing one would save no room.
    data, texts = crowded_event_data()
    claims = data["events"][0]["conflicts"][0]["claims"]
    claims[1]["sentence"] += " (Late edition.)"
    card = parse(str(render_html(data, texts)[f"event-{CROWDED_EVENT}.html"])).by_id("conflict-1")
    group = card.by_id("conflict-1-v-1")
    assert len(group.with_class("statement")) == 3 and group.find_all("details") == []


def test_dates_group_by_the_day_they_resolve_to(crowded):
    card = crowded[1].by_id("conflict-2")
    assert group_heads(card) == [("2025-06-03 (Tuesday)", "4 reports"), ("2025-06-04 (Wednesday)", "1 report")]
    group = card.by_id("conflict-2-v-1")
    assert {m.text() for m in group.find_all("mark")} == {"Tuesday", "June 3"}
    assert "Reads as June 3 (2025-06-03)" in card_text(group)


def test_a_time_is_shown_under_the_day_it_falls_on():
    data, texts = crowded_event_data()
    conflict = next(c for c in data["events"][0]["conflicts"] if c["kind"] == "date")
    first = conflict["claims"][0]
    conflict["claims"].append(dict(first, report="outlet-9", value="9 p.m. (2025-06-03 21:00)", surface="9 p.m."))
    card = parse(str(render_html(data, texts)[f"event-{CROWDED_EVENT}.html"])).by_id("conflict-2")
    assert group_heads(card) == [("2025-06-03 (Tuesday)", "5 reports"), ("2025-06-04 (Wednesday)", "1 report")]


def test_one_speaker_spelled_two_ways_is_one_side_of_an_attribution_card():
    data, texts = crowded_event_data()
    conflict = next(c for c in data["events"][0]["conflicts"] if c["kind"] == "attribution")
    conflict["claims"] = [dict(c, value=c["value"].replace("Ana Ruiz", "Floor IJsselstein")) for c in conflict["claims"]]
    conflict["claims"].append(dict(conflict["claims"][0], report="outlet-1", value="said by Floor Ysselstein"))
    card = parse(str(render_html(data, texts)[f"event-{CROWDED_EVENT}.html"])).by_id("conflict-3")
    assert group_heads(card) == [("said by Floor IJsselstein", "2 reports"), ("said by Tom Hale", "1 report")]


def test_a_sentence_that_is_only_a_quote_mark_is_shown_after_the_text_before_it(crowded):
    group = crowded[1].by_id("conflict-3-v-1")
    (context,) = group.with_class("context")
    assert squash(context.text()) == "“We have tents for everyone. Nobody sleeps outside tonight."
    assert [m.text() for m in group.find_all("mark")] == ["”"]


def test_every_claim_sits_in_an_anchored_sentence_of_the_full_text(crowded):
    data, root = crowded
    texts = crowded_event_data()[1][CROWDED_EVENT]
    for claim in data["events"][0]["claims"]:
        sentence = root.by_id(f"r-{claim['report']}-s-{claim['sentence_index']}")
        assert sentence.text() == texts[claim["report"]][claim["sentence_start"]:claim["sentence_end"]]
        assert claim["surface"] in sentence.text()
    for report in root.find_all("div", class_="fulltext"):
        assert report.marks_outside("sentence-anchor") == []


def test_update_is_labelled_and_baseline_dismissal_shown(pages):
    root = parse(event_page(pages, "harbour-fire"))
    update, dismissed = root.by_id("conflict-4"), root.by_id("conflict-5")
    assert "Update: a later report revises the figure" in update.text()
    assert "status-update" in update.classes()
    assert "Dismissed by baseline" in dismissed.text()
    assert dismissed.attrs["data-baseline"] == "dismissed"


def test_full_text_keeps_paragraphs_and_marks_claims(sample, pages):
    root = parse(event_page(pages, "harbour-fire"))
    report = root.by_id("r-coastal-wire-0312")
    paragraphs = report.find_all("div", class_="fulltext")[0].find_all("p")
    assert len(paragraphs) == 3
    text = sample[1]["harbour-fire"]["coastal-wire-0312"]
    assert [p.text().split(" ↩")[0] for p in paragraphs][2] == text.split("\n\n")[2]
    marked = {m.text() for m in report.find_all("mark")}
    assert {"late on Tuesday", "Around 120 firefighters", "Three people", "14", "€40 million"} <= marked


def test_matrix_has_a_row_per_fact_and_marks_disagreeing_cells(sample, pages):
    root = parse(event_page(pages, "harbour-fire"))
    row = root.by_id("fact-1")
    cells = row.find_all("td")
    assert [("disagree" in c.classes()) for c in cells[:3]] == [False, True, False]
    assert cells[1].find_all("span", class_="cell-value")[0].text() == "more than 300"
    assert cells[3].text() == "about 120"
    assert len(root.find_all("table", class_="matrix")[0].find_all("tbody")[0].find_all("tr")) == 5


def test_timelines_only_for_quantity_facts_with_two_numbers(pages):
    root = parse(event_page(pages, "harbour-fire"))
    figures = root.find_all("figure", class_="timeline")
    assert [f.attrs["id"] for f in figures] == ["timeline-1", "timeline-4", "timeline-5"]
    assert all(f.find_all("svg") for f in figures)


def test_timeline_places_later_dates_right_and_larger_values_higher(pages):
    figure = parse(event_page(pages, "harbour-fire")).by_id("timeline-1")
    points = {p.find_all("text")[0].text(): p for p in figure.find_all("g")}
    wire, ledger = points["120 · Coastal Wire"].find_all("circle")[0], points["300 · Daily Ledger ≠"].find_all("path")[0]
    ledger_x, ledger_y = (float(v) for v in re.match(r"M([\d.]+) ([\d.]+)", ledger.attrs["d"]).groups())
    assert float(wire.attrs["cx"]) < ledger_x
    assert float(wire.attrs["cy"]) > ledger_y + 7  # the path starts at the diamond's top corner
    assert "Harbour Watch (blog): 120" in figure.text()  # undated report listed, not plotted


def test_every_page_has_the_content_security_policy(pages):
    for name, html in html_pages(pages).items():
        metas = [m for m in parse(html).find_all("meta") if m.attrs.get("http-equiv") == "Content-Security-Policy"]
        assert [m.attrs["content"] for m in metas] == [CSP], name


def test_only_the_json_block_and_checker_js_are_scripts(pages):
    for name, html in html_pages(pages).items():
        scripts = parse(html).find_all("script")
        assert [(s.attrs.get("type"), s.attrs.get("src")) for s in scripts] == [("application/json", None), (None, "checker.js")], name


def test_hostile_payloads_never_become_markup(pages):
    for name, html in html_pages(pages).items():
        lowered = html.lower()
        assert "<script>alert" not in lowered and "<img src=x" not in lowered and "<svg/onload" not in lowered, name
        for node in parse(html).iter():
            assert not [a for a in node.attrs if a.startswith("on")], (name, node.tag, node.attrs)
            for attr in ("href", "src", "action", "formaction", "data"):
                value = (node.attrs.get(attr) or "").strip().lower()
                assert not value.startswith(("javascript:", "data:", "vbscript:")), (name, node.tag, value)
        assert {n.tag for n in parse(html).iter()} <= {
            "#root", "html", "head", "meta", "title", "link", "script", "body", "a", "header", "nav", "p", "h1", "h2",
            "h3", "ul", "li", "span", "main", "section", "div", "table", "caption", "thead", "tbody", "tr", "th", "td",
            "button", "input", "footer", "strong", "article", "fieldset", "legend", "label", "select", "option", "dl",
            "dt", "dd", "time", "blockquote", "mark", "figure", "figcaption", "svg", "line", "text", "polyline",
            "g", "circle", "path", "code", "dialog", "kbd", "h4", "details", "summary",
        }, name


def test_every_payload_appears_escaped_in_the_hostile_event(pages):
    html = event_page(pages, HOSTILE_EVENT)
    for payload in XSS_PAYLOADS:
        assert str(markupsafe.escape(payload)) in html, payload


def test_page_data_json_round_trips_hostile_event_name(pages):
    html = event_page(pages, HOSTILE_EVENT)
    (block,) = [s for s in parse(html).find_all("script") if s.attrs.get("type") == "application/json"]
    assert "</" not in block.text() and "<" not in block.text()
    assert json.loads(block.text())["event"] == HOSTILE_EVENT


def test_template_syntax_in_data_is_not_evaluated(pages):
    html = event_page(pages, HOSTILE_EVENT)
    assert "{{ 7*7 }} {% raw %}${7*7}" in html
    assert "Payload 28: 49" not in html


def test_report_urls_are_links_only_for_http_and_https(pages):
    hrefs = {a.attrs.get("href") for name, html in html_pages(pages).items() for a in parse(html).find_all("a")}
    assert "https://coastalwire.example/2025/03/12/north-quay-fire" in hrefs
    assert 'https://example.org/a?q="><script>window.__xss=1</script>' in hrefs  # escaped as an attribute
    assert not [h for h in hrefs if h and not h.startswith(("#", "http://", "https://", "event-", "index.html"))]
    harbour = parse(event_page(pages, "harbour-fire")).by_id("r-harbour-watch")
    assert [s.text() for s in harbour.find_all("span", class_="unlinked-url")] == ["harbourwatch.example/quay"]


def test_assets_are_local_and_no_cdn_is_referenced(pages):
    for name, html in html_pages(pages).items():
        root = parse(html)
        assets = [n.attrs.get("src") for n in root.iter() if n.attrs.get("src")]
        assets += [n.attrs["href"] for n in root.find_all("link")]
        assert sorted(assets) == ["checker.css", "checker.js"], name
    for body in pages.values():
        for cdn in ("cdn.", "unpkg.com", "jsdelivr", "googleapis", "cdnjs", "bootstrapcdn", "fonts.g"):
            assert cdn not in str(body)
    assert "http" not in str(pages["checker.js"]) and "http" not in str(pages["checker.css"])


@pytest.mark.parametrize(
    "names",
    [
        ["../x", "..\\x", "x", "X", "<img>", "<IMG>", "", " ", "con", "a/b", "a?b", "a b", "Köln", "koln", "x" * 300],
        ["same", "same", "same"],
        ["x-2", "x", "x"],
    ],
)
def test_slugs_are_file_name_safe_and_unique(names):
    slugs = unique_slugs(names)
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", s) and len(s) <= 64 for s in slugs), slugs
    assert len(set(slugs)) == len(names)


def test_clean_names_keep_their_slug():
    assert slugify("nk-troops") == "nk-troops"
    assert slugify("Nk-Troops") != "nk-troops"


def test_segments_split_text_at_mark_edges_and_merge_overlaps():
    text = "Yoon said 3,000 troops left."
    out = segments(text, 100, [(110, 122, "value", ""), (100, 104, "speaker", ""), (110, 115, "speaker", "")])
    assert [(s.text, s.marks) for s in out] == [
        ("Yoon", ("speaker",)), (" said ", ()), ("3,000", ("speaker", "value")), (" troops", ("value",)), (" left.", ()),
    ]


def test_segments_clip_spans_outside_the_text_and_ignore_missing_ones():
    out = segments("abc", 10, [(5, 11, "value", ""), (-1, -1, "speaker", ""), (12, 99, "value", "")])
    assert [(s.text, s.marks) for s in out] == [("a", ("value",)), ("b", ()), ("c", ("value",))]


@given(
    text=st.text(max_size=40),
    offset=st.integers(0, 50),
    spans=st.lists(st.tuples(st.integers(-5, 100), st.integers(-5, 100), st.sampled_from(["value", "speaker"])), max_size=6),
)
def test_segments_always_rebuild_the_text_exactly(text, offset, spans):
    out = segments(text, offset, [(a, b, m, "") for a, b, m in spans])
    assert "".join(s.text for s in out) == text
    assert all(s.text for s in out)
    assert all(x.marks != y.marks for x, y in zip(out, out[1:]))


def test_index_lists_skipped_files_and_event_notes(pages):
    root = parse(str(pages["index.html"]))
    (section,) = [n for n in root.find_all("section") if n.attrs.get("aria-labelledby") == "notices-h"]
    text = squash(section.text())
    assert "1 file was skipped (unreadable; not checked): fixtures/events/harbour-fire/scan.pdf: not a report file" in text
    assert "harbour-fire: Harbour Watch has no publication date" in text
    hostile = f"event-{slugify(HOSTILE_EVENT)}.html"
    assert [a.attrs["href"] for a in section.find_all("a")] == ["event-harbour-fire.html", hostile, hostile]


def test_event_without_conflicts_or_reports_says_so_and_offers_no_review_controls(pages):
    root = parse(event_page(pages, "../../etc/passwd"))
    empties = [squash(p.text()) for p in root.find_all("p", class_="empty")]
    assert empties == [
        "No conflicts: no reports were read for this event.",
        "No facts were aligned across these reports.",
        "No quantity is given by two or more reports.",
        "No reports were read for this event.",
    ]
    assert root.find_all("button") == [b for b in root.find_all("button") if b.attrs.get("data-action") == "close-help"]


def test_missing_report_text_is_stated_not_an_error(sample):
    data, _ = sample
    html = str(render_html(data, {})["event-harbour-fire.html"])
    assert html.count("The full text of this report is not available.") == 3
    assert 'href="#r-coastal-wire-0312"' in html


def test_urls_are_linkable_only_with_an_http_scheme():
    assert safe_url("https://a.example/x") and safe_url("http://a.example")
    assert not any(map(safe_url, ["javascript:alert(1)", "HTTPS://a", "//a.example", "a.example", "https://a b", ""]))


def test_numbers_are_formatted_for_people():
    assert [format_number(v) for v in (3000.0, 2.5, 40e6, 0.125, -12.0)] == ["3,000", "2.5", "40,000,000", "0.125", "-12"]


def test_event_with_two_thousand_conflicts_renders_every_card():
    data, texts = big_event_data(2000)
    html = str(render_html(data, texts)["event-storm-surge.html"])
    assert len(re.findall(r'<article id="conflict-\d+" class="card', html)) == 2000
    assert 'id="conflict-2000"' in html


def test_templates_and_static_files_ship_as_package_data():
    pyproject = (Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert '"templates/*.html", "static/*"' in pyproject
    package = Path(__file__).parents[1] / "checker"
    assert {p.name for p in (package / "static").iterdir()} == {"checker.css", "checker.js"}


@pytest.fixture(scope="module")
def fixtures_run(fixtures_check) -> tuple[dict[str, Any], Path]:
    """The real pipeline over the bundled fixtures (the session's one run, conftest.py)."""
    result, out = fixtures_check
    assert result.exit_code == 1, result.output  # the fixtures plant conflicts
    return json.loads((out / "results.json").read_text(encoding="utf-8")), out


def test_every_conflict_of_the_fixtures_has_a_card_showing_each_statement(fixtures_run):
    data, out = fixtures_run
    assert sum(len(e["conflicts"]) for e in data["events"]) > 0
    for event in data["events"]:
        root = parse((out / f"event-{slugify(event['event'])}.html").read_text(encoding="utf-8"))
        cards = {c.attrs["data-conflict"]: c for c in root.find_all("article") if "card" in c.classes()}
        assert sorted(cards) == sorted(c["id"] for c in event["conflicts"])
        for conflict in event["conflicts"]:
            statements = {squash(q.text()) for q in cards[conflict["id"]].find_all("blockquote")}
            for claim in conflict["claims"]:
                assert any(squash(claim["sentence"]) in s for s in statements), (conflict["id"], claim["sentence"])


def test_every_claim_of_the_fixtures_is_highlighted_inside_its_anchored_sentence(fixtures_run):
    data, out = fixtures_run
    for event in data["events"]:
        root = parse((out / f"event-{slugify(event['event'])}.html").read_text(encoding="utf-8"))
        anchors = {r["id"]: f"r-{s}" for r, s in zip(event["reports"], unique_slugs([r["id"] for r in event["reports"]]))}
        assert event["claims"]
        quoted = {(c["report"], c["sentence_index"]): c["sentence"] for k in event["conflicts"] for c in k["claims"]}
        for claim in event["claims"]:
            sentence = root.by_id(f"{anchors[claim['report']]}-s-{claim['sentence_index']}")
            assert claim["sentence_start"] <= claim["start"] < claim["end"] <= claim["sentence_end"]
            assert sentence.find_all("mark"), claim["id"]
            if claim["kind"] != "statement":  # a statement's surface is its speaker, who may be named elsewhere
                assert claim["surface"] in sentence.text(), claim["id"]
            if (claim["report"], claim["sentence_index"]) in quoted:
                assert squash(sentence.text()) == squash(quoted[(claim["report"], claim["sentence_index"])])
        for fulltext in root.find_all("div", class_="fulltext"):
            assert fulltext.marks_outside("sentence-anchor") == []
