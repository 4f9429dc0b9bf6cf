"""Render the plain report data (see SCHEMA.md) as a static HTML review report.

Data first, render second, write last: :func:`render_html` turns the dict that
``results.json`` holds, plus the report texts, into page contents; it never
writes files (the caller writes them atomically). Every piece of article text
reaches the templates as plain strings, split into :class:`Segment` runs here
so the template can wrap highlighted runs in ``<mark>``; Jinja2's autoescape
does all escaping, and no HTML is built in Python.

The page data is built in ``checker.report_views`` (event pages: conflict
cards, full texts, the claim matrix) and ``checker.report_timeline`` (the
timeline charts), from the text pieces of ``checker.report_text``; this
module renders the pages. Every name stays importable from here.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

# Re-exported: the results writer, the scripts and the tests import these names from here.
from checker.report_text import (  # noqa: F401 - re-exported
    Segment,
    _parse_date,
    format_number,
    safe_url,
    segments,
    slugify,
    unique_slugs,
)
from checker.report_timeline import (  # noqa: F401 - re-exported
    _INSET,
    _PAD_B,
    _PAD_L,
    _PAD_R,
    _PAD_T,
    _TIMELINE_H,
    _TIMELINE_W,
    Point,
    Timeline,
    _timeline,
    _timelines,
)
from checker.report_views import (  # noqa: F401 - re-exported
    _RESOLVED_DATE,
    CLAIM_KINDS,
    GROUPS_SHOWN,
    KINDS,
    SEVERITIES,
    STATEMENTS_SHOWN,
    Chunk,
    ClaimView,
    ConflictView,
    MatrixRow,
    ReportView,
    SourceView,
    ValueGroup,
    _card_anchors,
    _conflict_view,
    _context_before,
    _count,
    _event_context,
    _full_text,
    _matrix,
    _named_at,
    _paragraph_spans,
    _value_group,
    _value_key,
)

STATIC_FILES = ("checker.css", "checker.js")


def render_html(data: dict[str, Any], texts: dict[str, dict[str, str]]) -> dict[str, str | bytes]:
    """Render the review report: relative file name -> page or asset content.

    Returns ``index.html``, one ``event-<slug>.html`` per event, and the static
    assets the pages link to. Nothing is written; output is deterministic.
    """
    env = _environment()
    events = list(data.get("events", []))
    slugs = unique_slugs([str(e.get("event", "")) for e in events])
    version = str(data.get("checker_version", ""))
    pages: dict[str, str | bytes] = {}
    rows = []
    for event, slug in zip(events, slugs):
        href = f"event-{slug}.html"
        pages[href] = env.get_template("event.html").render(
            version=version, **_event_context(event, slug, texts.get(str(event.get("event", "")), {}))
        )
        rows.append(_index_row(event, href))
    pages["index.html"] = env.get_template("index.html").render(
        version=version,
        rows=rows,
        skipped=[str(s) for s in data.get("skipped", [])],
        totals=_totals(rows),
        kinds=KINDS,
        severities=SEVERITIES,
        page_data={"page": "index", "events": [r["review"] for r in rows]},
    )
    static = resources.files("checker") / "static"
    for name in STATIC_FILES:
        pages[name] = (static / name).read_text(encoding="utf-8")
    return pages


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("checker", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["num"] = format_number
    return env


def _index_row(event: dict[str, Any], href: str) -> dict[str, Any]:
    conflicts = list(event.get("conflicts", []))
    name = str(event.get("event", ""))
    return {
        "event": name,
        "href": href,
        "reports": len(event.get("reports", [])),
        "conflicts": len(conflicts),
        "by_kind": Counter(str(c.get("kind", "")) for c in conflicts),
        "by_severity": Counter(str(c.get("severity", "")) for c in conflicts),
        "updates": sum(1 for c in conflicts if c.get("status") == "update"),
        "notes": [str(n) for n in event.get("notes", [])],
        "review": {
            "event": name,
            "href": href,
            "conflicts": [
                {"conflict": str(c.get("id", "")), "fingerprint": str(c.get("fingerprint", "")), "status": str(c.get("status", "open"))}
                for c in conflicts
            ],
        },
    }


def _totals(rows: list[dict[str, Any]]) -> dict[str, Any]:
    by_kind: Counter[str] = Counter()
    by_severity: Counter[str] = Counter()
    for row in rows:
        by_kind.update(row["by_kind"])
        by_severity.update(row["by_severity"])
    return {
        "events": len(rows),
        "reports": sum(r["reports"] for r in rows),
        "conflicts": sum(r["conflicts"] for r in rows),
        "by_kind": by_kind,
        "by_severity": by_severity,
    }
