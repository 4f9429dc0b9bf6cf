"""The timeline chart of an event page: one quantity fact's values against publication date.

Plain layout data for an inline SVG that the template draws: every point,
label and tick is placed here, in the SVG's user units, so the template only
prints coordinates. Only facts with numbers from at least two reports get a
timeline; reports without a publication date are listed beside it.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from checker.report_text import _parse_date, format_number

_TIMELINE_W, _TIMELINE_H = 640, 200
_PAD_L, _PAD_R, _PAD_T, _PAD_B = 84, 40, 14, 36
_INSET = 14


@dataclass(frozen=True)
class Point:
    """A plotted value; coordinates are in the SVG's user units."""

    x: float
    y: float
    label_x: float
    label_y: float
    label_anchor: str
    label: str
    title: str
    disagrees: bool


@dataclass(frozen=True)
class Timeline:
    """Values of one quantity fact against publication date."""

    anchor: str
    fact_anchor: str
    label: str
    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    points: tuple[Point, ...]
    x_ticks: tuple[tuple[float, str], ...]
    y_ticks: tuple[tuple[float, str], ...]
    undated: tuple[str, ...]


def _timelines(facts: list[dict[str, Any]], reports: list[dict[str, Any]]) -> list[Timeline]:
    by_id = {str(r.get("id", "")): r for r in reports}
    out = []
    for i, fact in enumerate(facts, 1):
        numbers = fact.get("numbers") or {}
        if fact.get("kind") != "quantity" or len(numbers) < 2:
            continue
        disagreeing = {str(r) for r in fact.get("disagreeing", [])}
        dated, undated = [], []
        for rid, value in sorted(numbers.items()):
            if not isinstance(value, (int, float)) or not math.isfinite(value):
                continue
            report = by_id.get(rid, {})
            name = str(report.get("source") or rid)
            day = _parse_date(report.get("published"))
            if day is None:
                undated.append(f"{name}: {format_number(float(value))}")
            else:
                dated.append((day, float(value), name, rid in disagreeing))
        out.append(_timeline(f"timeline-{i}", f"fact-{i}", str(fact.get("label", "")), dated, undated))
    return out


def _timeline(
    anchor: str, fact_anchor: str, label: str, dated: list[tuple[dt.date, float, str, bool]], undated: list[str]
) -> Timeline:
    """Place values on a linear value axis against a linear day axis."""
    dated.sort()
    left, right, top, bottom = _PAD_L, _TIMELINE_W - _PAD_R, _PAD_T, _TIMELINE_H - _PAD_B
    # Markers stay clear of the axes.
    x0, x1, y0, y1 = left + _INSET, right - _INSET, top + _INSET, bottom - _INSET
    days = [d.toordinal() for d, _, _, _ in dated]
    values = [v for _, v, _, _ in dated]
    lo_day, hi_day = (min(days), max(days)) if days else (0, 0)
    lo, hi = (min(values), max(values)) if values else (0.0, 0.0)

    def x(day: int) -> float:
        return round((x0 + x1) / 2 if hi_day == lo_day else x0 + (x1 - x0) * (day - lo_day) / (hi_day - lo_day), 1)

    def y(value: float) -> float:
        return round((y0 + y1) / 2 if hi == lo else y0 + (y1 - y0) * (hi - value) / (hi - lo), 1)

    points: list[Point] = []
    for d, v, name, disagrees in dated:
        px, py = x(d.toordinal()), y(v)
        # Labels point into the plot; labels that would overlap move down
        # (or up, near the bottom) a line at a time.
        anchor_end = px > (left + right) / 2
        label_x = px - 11 if anchor_end else px + 11
        step = 13 if py < bottom - 26 else -13
        label_y = py
        while any(
            p.label_anchor == ("end" if anchor_end else "start")
            and abs(p.label_x - label_x) < 150
            and abs(p.label_y - label_y) < 13
            for p in points
        ):
            label_y += step
        points.append(
            Point(
                x=px,
                y=py,
                label_x=label_x,
                label_y=label_y,
                label_anchor="end" if anchor_end else "start",
                label=f"{format_number(v)} · {name}" + (" ≠" if disagrees else ""),
                title=f"{name}, {d.isoformat()}: {format_number(v)}",
                disagrees=disagrees,
            )
        )
    # Date labels at least 90 units apart; the latest date is always labelled.
    x_ticks: list[tuple[float, str]] = []
    for day in sorted(set(days)):
        if not x_ticks or x(day) - x_ticks[-1][0] >= 90:
            x_ticks.append((x(day), dt.date.fromordinal(day).isoformat()))
    if days and x_ticks[-1][0] != x(max(days)):
        # The first tick sits at the left edge, so this never replaces it.
        x_ticks[-1] = (x(max(days)), dt.date.fromordinal(max(days)).isoformat())
    y_ticks = tuple((y(v), format_number(v)) for v in sorted({lo, hi})) if values else ()
    return Timeline(
        anchor, fact_anchor, label, _TIMELINE_W, _TIMELINE_H, left, right, top, bottom,
        tuple(points), tuple(x_ticks), y_ticks, tuple(undated),
    )
