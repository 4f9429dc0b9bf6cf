"""The view model of an event page: conflict cards, full texts and the claim matrix.

Built from the plain report data (the dict ``results.json`` holds, see
SCHEMA.md) and the report texts, as frozen dataclasses the ``event.html``
template reads: :class:`ConflictView` cards with their statements grouped by
value, :class:`ReportView` full texts split into paragraphs of
:class:`Chunk` runs with every claim marked, and :class:`MatrixRow` rows of
the claim matrix. The timelines come from ``checker.report_timeline``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from checker.report_text import (
    Segment,
    _parse_date,
    format_number,
    safe_url,
    segments,
    unique_slugs,
)
from checker.report_timeline import _timelines
from checker.speakers import same_speaker

KINDS = ("numeric", "date", "attribution")
SEVERITIES = ("high", "medium", "low")
CLAIM_KINDS = ("quantity", "date", "statement")
#: Values shown side by side in a conflict card, and statements per value, before the rest collapse.
GROUPS_SHOWN = 3
STATEMENTS_SHOWN = 2


@dataclass(frozen=True)
class SourceView:
    """A report that gives a statement, and the link to its sentence in the full text."""

    report: str
    report_anchor: str
    source: str
    published: str
    sentence_href: str


@dataclass(frozen=True)
class ClaimView:
    """One statement in a conflict card: a sentence, from one report or word for word from several."""

    sources: tuple[SourceView, ...]
    speaker: str
    surface: str
    value: str
    segments: tuple[Segment, ...]
    context: str = ""
    #: The sentence that names the speaker, when it is not this one.
    speaker_line: tuple[Segment, ...] = ()


@dataclass(frozen=True)
class ValueGroup:
    """The statements of a conflict that give one value; ``hidden`` ones start collapsed."""

    anchor: str
    label: str
    count: str
    statements: int
    shown: tuple[ClaimView, ...]
    hidden: tuple[ClaimView, ...]


@dataclass(frozen=True)
class ConflictView:
    """One conflict card; ``anchor`` is the card's element id.

    ``groups`` are the values shown side by side; ``more_groups`` start
    collapsed, and ``tally`` is set when there are any.
    """

    anchor: str
    number: str
    id: str
    kind: str
    severity: str
    confidence: str
    scope: str
    status: str
    fingerprint: str
    explanation: str
    fact_label: str
    fact_anchor: str
    report_anchors: str
    summary: str
    groups: tuple[ValueGroup, ...]
    more_groups: tuple[ValueGroup, ...]
    more_statements: int


@dataclass(frozen=True)
class MatrixRow:
    """A fact in the claim matrix: one cell per report, in report order."""

    anchor: str
    label: str
    kind: str
    consensus: str
    cells: tuple[tuple[tuple[str, ...], bool], ...]


@dataclass(frozen=True)
class Chunk:
    """Part of a paragraph: inside a known sentence or between.

    ``anchor`` is the sentence's element id on the sentence's first chunk
    only (a sentence can run across a paragraph break).
    """

    anchor: str
    in_sentence: bool
    segments: tuple[Segment, ...]
    backlinks: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ReportView:
    """A report's header and full text, split into paragraphs of chunks."""

    id: str
    anchor: str
    source: str
    published: str
    title: str
    url: str
    url_is_link: bool
    claim_count: int
    paragraphs: tuple[tuple[Chunk, ...], ...]
    has_text: bool


def _event_context(event: dict[str, Any], slug: str, texts: dict[str, str]) -> dict[str, Any]:
    name = str(event.get("event", ""))
    reports = list(event.get("reports", []))
    conflicts = list(event.get("conflicts", []))
    facts = list(event.get("facts", []))
    # Anchors for every report id, including ids only conflicts mention.
    report_ids = [str(r.get("id", "")) for r in reports]
    mentioned = [str(c.get("report", "")) for k in conflicts for c in k.get("claims", [])]
    all_ids = list(dict.fromkeys([*report_ids, *mentioned]))
    anchors = dict(zip(all_ids, (f"r-{s}" for s in unique_slugs(all_ids))))

    fact_anchors: dict[str, str] = {}
    for i, f in enumerate(facts, 1):
        fact_anchors.setdefault(str(f.get("id", "")), f"fact-{i}")
    fact_labels = {str(f.get("id", "")): str(f.get("label", "")) for f in facts}
    card_anchors = _card_anchors(conflicts)
    # Sentences to anchor in the full texts: (report, index) -> span. Every
    # extracted claim's sentence gets one, so every highlight can be linked.
    sentences: dict[tuple[str, int], tuple[int, int]] = {}
    for claim in event.get("claims", []):
        key = (str(claim.get("report", "")), int(claim.get("sentence_index", -1)))
        sentences.setdefault(key, (int(claim.get("sentence_start", -1)), int(claim.get("sentence_end", -1))))
    backlinks: dict[tuple[str, int], list[tuple[str, str]]] = {}
    views = []
    for conflict, anchor in zip(conflicts, card_anchors):
        number = anchor.removeprefix("conflict-")
        for claim in conflict.get("claims", []):
            key = (str(claim.get("report", "")), int(claim.get("sentence_index", -1)))
            start = int(claim.get("start", 0))
            end = int(claim.get("end", start + len(str(claim.get("sentence", "")))))
            if sentences.get(key, (-1, -1))[0] < 0:
                sentences[key] = (start, end)
            links = backlinks.setdefault(key, [])
            if (anchor, number) not in links:
                links.append((anchor, number))
        fact = str(conflict.get("fact", ""))
        views.append(_conflict_view(conflict, anchor, anchors, texts, fact_labels.get(fact, ""), fact_anchors.get(fact, "")))
    claims_by_report: dict[str, list[dict[str, Any]]] = {}
    for claim in event.get("claims", []):
        claims_by_report.setdefault(str(claim.get("report", "")), []).append(claim)
    report_views = []
    for report in reports:
        rid = str(report.get("id", ""))
        own = {k[1]: v for k, v in sentences.items() if k[0] == rid}
        own_links = {k[1]: v for k, v in backlinks.items() if k[0] == rid}
        url = str(report.get("url") or "")
        report_views.append(
            ReportView(
                id=rid,
                anchor=anchors[rid],
                source=str(report.get("source") or ""),
                published=str(report.get("published") or ""),
                title=str(report.get("title") or ""),
                url=url,
                url_is_link=safe_url(url),
                claim_count=len(claims_by_report.get(rid, [])),
                paragraphs=_full_text(texts.get(rid, ""), anchors[rid], own, own_links, claims_by_report.get(rid, [])),
                has_text=rid in texts,
            )
        )
    kinds_present = [k for k in KINDS if any(v.kind == k for v in views)]
    kinds_present += sorted({v.kind for v in views} - set(KINDS))
    return {
        "event": name,
        "notes": [str(n) for n in event.get("notes", [])],
        "reports": report_views,
        "conflicts": views,
        "by_kind": Counter(v.kind for v in views),
        "by_severity": Counter(v.severity for v in views),
        "by_status": Counter(v.status for v in views),
        "kinds": kinds_present,
        "severities": [s for s in SEVERITIES if any(v.severity == s for v in views)]
        + sorted({v.severity for v in views} - set(SEVERITIES)),
        "matrix": _matrix(facts, reports),
        "timelines": _timelines(facts, reports),
        "page_data": {"page": "event", "event": name, "slug": slug},
    }


def _card_anchors(conflicts: list[dict[str, Any]]) -> list[str]:
    """``conflict-N`` per card: N from ids ending in ``/N`` when all are unique.

    Ids like ``nk-troops/7`` keep their number, so a shared link survives a
    re-run; otherwise cards are numbered by position.
    """
    numbers = [m.group(1) if (m := re.search(r"/(\d+)$", str(c.get("id", "")))) else "" for c in conflicts]
    if all(numbers) and len(set(numbers)) == len(numbers):
        return [f"conflict-{int(n)}" for n in numbers]
    return [f"conflict-{i}" for i in range(1, len(conflicts) + 1)]


def _conflict_view(
    conflict: dict[str, Any], anchor: str, anchors: dict[str, str], texts: dict[str, str], fact_label: str, fact_anchor: str
) -> ConflictView:
    """A card: the conflict's statements grouped by the value they give.

    Real coverage repeats itself: wire copy reprinted word for word, ten
    outlets giving the same figure. A card that listed every statement would
    bury the disagreement, so statements giving one value form a group (a
    sentence printed by several reports is shown once, naming them all), the
    values the explanation names come first, and beyond a few groups and a
    few statements per group the rest start collapsed.
    """
    kind = str(conflict.get("kind", ""))
    explanation = str(conflict.get("explanation", ""))
    grouped: dict[str, tuple[str, list[dict[str, Any]]]] = {}
    for claim in conflict.get("claims", []):
        value = str(claim.get("value") or claim.get("surface") or "")
        key, label = _value_key(kind, value)
        if kind == "attribution":
            # "said by Floor IJsselstein" and "said by Floor Ysselstein" are one
            # speaker: the checker never sets them against each other.
            key = next((k for k in grouped if _one_speaker(k, key)), key)
        grouped.setdefault(key, (label, []))[1].append(claim)

    def order(item: tuple[int, tuple[str, list[dict[str, Any]]]]) -> tuple[int, int, int]:
        first, (_, claims) = item
        named = _named_at(explanation, kind, claims)
        return (0, named, first) if named >= 0 else (1, -len(claims), first)

    ranked = sorted(enumerate(grouped.values()), key=order)
    groups = tuple(
        _value_group(f"{anchor}-v-{n}", label, claims, anchors, texts) for n, (_, (label, claims)) in enumerate(ranked, 1)
    )
    shown = GROUPS_SHOWN if len(groups) > GROUPS_SHOWN + 1 else len(groups)
    rids = [str(c.get("report", "")) for c in conflict.get("claims", [])]
    n_claims, n_reports = len(rids), len(set(rids))
    summary = ""
    if n_claims > 2:
        summary = f"{_count(n_claims, 'statement')} from {_count(n_reports, 'report')}, {_count(len(groups), 'value')}"
    return ConflictView(
        anchor=anchor,
        number=anchor.removeprefix("conflict-"),
        id=str(conflict.get("id", "")),
        kind=kind,
        severity=str(conflict.get("severity", "")),
        confidence=f"{float(conflict.get('confidence', 0.0)):.2f}",
        scope=str(conflict.get("scope", "")),
        status=str(conflict.get("status", "open")),
        fingerprint=str(conflict.get("fingerprint", "")),
        explanation=explanation,
        fact_label=fact_label,
        fact_anchor=fact_anchor,
        report_anchors=" ".join(dict.fromkeys(anchors[r] for r in rids)),
        summary=summary,
        groups=groups[:shown],
        more_groups=groups[shown:],
        more_statements=sum(g.statements for g in groups[shown:]),
    )


# "Tuesday (2024-11-05)", "by December (2024-12-01–2024-12-31)": the days in brackets.
_RESOLVED_DATE = re.compile(r"(?P<by>by )?[^()]*\((?P<days>\d{4}-\d\d-\d\d[^()]*)\)")
_CLOCK = re.compile(r" \d\d:\d\d.*$")


def _one_speaker(a: str, b: str) -> bool:
    return a.startswith("said by ") and b.startswith("said by ") and same_speaker(a[8:], b[8:])


def _value_key(kind: str, value: str) -> tuple[str, str]:
    """Group key and heading for a value: dates by the days they resolve to.

    "Tuesday" and "November 5" in two reports are the same day once
    resolved, and the day is what a reader checks. Anything else groups by
    its value as written, ignoring case and spacing.
    """
    if kind == "date" and (m := _RESOLVED_DATE.fullmatch(value)):
        # "21:12 (2025-03-11 21:12)" is a time on the day "11 March" gives: one column.
        days = _CLOCK.sub("", m["days"])
        key = f"{m['by'] or ''}{days}"
        day = _parse_date(days) if re.fullmatch(r"\d{4}-\d\d-\d\d", days) else None
        return key, f"{key} ({day:%A})" if day else key
    return " ".join(value.lower().split()), value


def _named_at(explanation: str, kind: str, claims: list[dict[str, Any]]) -> int:
    """Where the explanation first names one of these claims' values; -1 if nowhere.

    An attribution conflict's value is its speaker, which the explanation
    names alone ("credited to Rutte"); other kinds name the value itself.
    """
    key = "attributed_to" if kind == "attribution" else "value"
    found = []
    for claim in claims:
        for term in {str(claim.get(key) or "")} - {""}:
            # Bounded, so "1 yard" is not found inside "101 yard".
            m = re.search(rf"(?<![\w.,]){re.escape(term)}(?!\w)", explanation)
            if m:
                found.append(m.start())
    return min(found, default=-1)


def _value_group(
    anchor: str, label: str, claims: list[dict[str, Any]], anchors: dict[str, str], texts: dict[str, str]
) -> ValueGroup:
    # The same sentence with the same value and speaker, in several reports, is one statement.
    merged: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for claim in claims:
        key = (" ".join(str(claim.get("sentence", "")).split()), str(claim.get("surface", "")), str(claim.get("attributed_to") or ""))
        merged.setdefault(key, []).append(claim)
    views = []
    for same in merged.values():
        first = same[0]
        start, sentence = int(first.get("start", 0)), str(first.get("sentence", ""))
        spans = [
            (int(first.get("surface_start", -1)), int(first.get("surface_end", -1)), "value", ""),
            (int(first.get("speaker_start", -1)), int(first.get("speaker_end", -1)), "speaker", ""),
        ]
        sources = []
        for claim in same:
            rid = str(claim.get("report", ""))
            href = f"#{anchors[rid]}-s-{int(claim.get('sentence_index', -1))}" if rid in texts else f"#{anchors[rid]}"
            source = SourceView(rid, anchors[rid], str(claim.get("source") or ""), str(claim.get("published") or ""), href)
            if source not in sources:
                sources.append(source)
        views.append(
            ClaimView(
                sources=tuple(sources),
                speaker=str(first.get("attributed_to") or ""),
                surface=str(first.get("surface", "")),
                value=str(first.get("value") or first.get("surface") or ""),
                segments=segments(sentence, start, spans),
                context=_context_before(texts.get(str(first.get("report", "")), ""), start, sentence),
                speaker_line=_speaker_line(first.get("speaker_sentence")),
            )
        )
    n_reports = len({str(c.get("report", "")) for c in claims})
    count = _count(n_reports, "report") if n_reports == len(claims) else f"{_count(len(claims), 'statement')} in {_count(n_reports, 'report')}"
    # Collapsing a single statement saves no room: show it.
    shown = STATEMENTS_SHOWN if len(views) > STATEMENTS_SHOWN + 1 else len(views)
    return ValueGroup(anchor, label, count, len(claims), tuple(views[:shown]), tuple(views[shown:]))


def _speaker_line(named: Any) -> tuple[Segment, ...]:
    """The sentence naming a statement's speaker, with the speaker marked."""
    if not isinstance(named, dict) or not named.get("text"):
        return ()
    span = (int(named.get("speaker_start", -1)), int(named.get("speaker_end", -1)), "speaker", "")
    return segments(str(named["text"]), int(named.get("start", 0)), [span])


def _context_before(text: str, start: int, sentence: str, limit: int = 240) -> str:
    """The text leading up to a sentence that says nothing alone (a stray closing quote mark).

    Sentence splitting sometimes leaves a quote's last mark as a sentence of
    its own; shown alone, the reader cannot tell what was said.
    """
    if sum(ch.isalnum() for ch in sentence) >= 3 or not 0 < start <= len(text):
        return ""
    line = text.rfind("\n", 0, start) + 1
    begin = max(line, start - limit)
    if begin > line:
        begin = text.find(" ", begin, start) + 1 or begin
    before = text[begin:start].strip()
    return ("…" if begin > line else "") + before


def _count(n: int, noun: str) -> str:
    return f"{format_number(n)} {noun}{'' if n == 1 else 's'}"


def _full_text(
    text: str,
    anchor: str,
    sentences: dict[int, tuple[int, int]],
    backlinks: dict[int, list[tuple[str, str]]],
    claims: list[dict[str, Any]],
) -> tuple[tuple[Chunk, ...], ...]:
    """Paragraphs (split at blank lines) of chunks, claims marked inside."""
    marks = []
    for claim in claims:
        kind = str(claim.get("kind", ""))
        title = str(claim.get("value", ""))
        if claim.get("attributed_to"):
            title += f" (attributed to {claim['attributed_to']})"
        css = f"claim-{kind}" if kind in CLAIM_KINDS else "claim-other"
        marks.append((int(claim.get("start", -1)), int(claim.get("end", -1)), css, title))
    spans = sorted((s, e, i) for i, (s, e) in sentences.items() if 0 <= s < e)
    paragraphs = []
    emitted: set[int] = set()
    linked: set[int] = set()
    for p_start, p_end in _paragraph_spans(text):
        inside = [(max(s, p_start), min(e, p_end), i) for s, e, i in spans if s < p_end and e > p_start]
        cuts = sorted({p_start, p_end, *(s for s, _, _ in inside), *(e for _, e, _ in inside)})
        chunks = []
        for a, b in pairwise(cuts):
            index = next((i for s, e, i in inside if s <= a and b <= e), None)
            sentence_anchor = ""
            links: tuple[tuple[str, str], ...] = ()
            if index is not None:
                if index not in emitted:
                    emitted.add(index)
                    sentence_anchor = f"{anchor}-s-{index}"
                if index not in linked and b == min(sentences[index][1], p_end):
                    linked.add(index)
                    links = tuple(backlinks.get(index, ()))
            chunks.append(Chunk(sentence_anchor, index is not None, segments(text[a:b], a, marks), links))
        paragraphs.append(tuple(chunks))
    return tuple(paragraphs)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in re.finditer(r"\n[^\S\n]*\n\s*", text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _matrix(facts: list[dict[str, Any]], reports: list[dict[str, Any]]) -> list[MatrixRow]:
    report_ids = [str(r.get("id", "")) for r in reports]
    rows = []
    for i, fact in enumerate(facts, 1):
        cells = fact.get("cells") or {}
        disagreeing = {str(r) for r in fact.get("disagreeing", [])}
        rows.append(
            MatrixRow(
                anchor=f"fact-{i}",
                label=str(fact.get("label", "")),
                kind=str(fact.get("kind", "")),
                consensus=str(fact.get("consensus") or ""),
                cells=tuple((tuple(str(v) for v in cells.get(r, [])), r in disagreeing) for r in report_ids),
            )
        )
    return rows
