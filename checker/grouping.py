"""Grouping a mixed feed into events by what the reports are about.

Each report is represented by the embedding of its title and lead (first
~60 words): wire rewrites of one story share both, while different stories
on the same beat rarely do. Reports are grouped by average-linkage
agglomerative clustering on cosine distance, cut at
``Settings.group_distance``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

import numpy as np
from sklearn.cluster import AgglomerativeClustering

from checker.config import Settings
from checker.models import Embedder
from checker.records import Report

_LEAD_WORDS = 60
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")
_STOP = frozenset(
    "that this with from have been were said says will would about after into their there they them what when which "
    "while more than also over first year years last week".split()
)


def lead_text(report: Report) -> str:
    """Title plus the first words of the text: what a report is about."""
    words = report.text.split()[:_LEAD_WORDS]
    return f"{report.title}. {' '.join(words)}" if report.title else " ".join(words)


def group_reports(
    events: Sequence[tuple[str, list[Report]]], embedder: Embedder, settings: Settings
) -> list[tuple[str, list[Report]]]:
    """Split events without a name (``""``) into events of similar reports; keep named ones."""
    named = [(name, reports) for name, reports in events if name]
    pool = [r for name, reports in events if not name for r in reports]
    if not pool:
        return list(events)
    labels = cluster_labels([lead_text(r) for r in pool], embedder, settings.group_distance,
                            [r.published for r in pool], settings.group_days,
                            settings.group_grace_days, settings.group_day_distance)
    groups: dict[int, list[Report]] = {}
    for report, label in zip(pool, labels):
        groups.setdefault(label, []).append(report)
    taken = {name for name, _ in named}
    out = list(named)
    for members in sorted(groups.values(), key=lambda g: min(r.id for r in g)):
        name = _name_for(members, taken)
        taken.add(name)
        out.append((name, sorted((replace(r, event=name) for r in members), key=lambda r: r.id)))
    return sorted(out, key=lambda e: e[0])


def cluster_labels(
    texts: list[str], embedder: Embedder, distance: float,
    published: Sequence[dt.date | None] | None = None, days: int = 0,
    grace_days: int = 0, per_day: float = 0.0,
) -> list[int]:
    """A group number per text, by average linkage on cosine distance.

    Two texts published more than ``days`` apart (both dated; 0 turns this
    off) are kept apart whatever their words: the rice price cap of one
    September is not the rice export curbs of the September before. Closer
    than that, each day apart beyond ``grace_days`` adds ``per_day`` to their
    distance: one story's coverage comes out within days of itself.
    """
    if len(texts) == 1:
        return [0]
    vectors = np.asarray(embedder.encode(texts), dtype=np.float64)
    dist = np.clip(1.0 - vectors @ vectors.T, 0.0, 2.0)
    if published is not None and days > 0:
        ordinal = np.array([d.toordinal() if d is not None else np.nan for d in published], dtype=np.float64)
        apart = np.abs(ordinal[:, None] - ordinal[None, :])
        # An undated report (NaN) stays by its words alone.
        dist = dist + np.where(np.isnan(apart), 0.0, np.clip(apart - grace_days, 0.0, None) * per_day)
        dist[apart > days] = 2.0  # NaN compares False
    np.fill_diagonal(dist, 0.0)
    model = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average", distance_threshold=distance)
    return [int(x) for x in model.fit(dist).labels_]


def _name_for(reports: list[Report], taken: set[str]) -> str:
    # A readable, stable name from the words the group's titles share.
    words: Counter[str] = Counter()
    for r in reports:
        words.update({w.lower() for w in _WORD.findall(r.title or r.text[:200])} - _STOP)
    top = [w for w, _ in sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:3]]
    base = "-".join(top) or "event"
    name, n = base, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    return name
