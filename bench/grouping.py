"""Measure --group-events: pool events into one feed and regroup them.

    python bench/grouping.py ../shared/eval/ecbplus [--distance 0.5]

The folders are the ground truth; prints the adjusted Rand index and purity
of the grouping, and the same over a sweep of distances so the documented
default can be checked rather than assumed.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import replace
from pathlib import Path

from sklearn.metrics import adjusted_rand_score

from checker.config import Settings
from checker.grouping import cluster_labels, lead_text
from checker.ingest import load_events
from checker.models import Embedder, default_cache_dir


def purity(truth: list[str], labels: list[int]) -> float:
    """Share of reports whose group's majority event is their own."""
    groups: dict[int, Counter[str]] = {}
    for t, label in zip(truth, labels):
        groups.setdefault(label, Counter())[t] += 1
    return sum(c.most_common(1)[0][1] for c in groups.values()) / len(truth)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--distance", type=float, default=Settings().group_distance)
    args = parser.parse_args()
    # Only the event folders: a README beside them is not a report.
    folders = sorted(p for p in args.folder.iterdir() if p.is_dir())
    events = load_events(folders, Settings()).events
    pool = [replace(r, event="") for _, reports in events for r in reports]
    truth = [name for name, reports in events for _ in reports]
    embedder = Embedder(cache_dir=default_cache_dir())
    texts = [lead_text(r) for r in pool]
    print(f"{len(pool)} reports from {len(events)} events")
    for distance in sorted({args.distance, 0.3, 0.4, 0.5, 0.6, 0.7}):
        labels = cluster_labels(texts, embedder, distance)
        mark = "  <- setting" if distance == args.distance else ""
        print(
            f"distance {distance:.2f}: groups {len(set(labels)):3d}  ARI {adjusted_rand_score(truth, labels):.3f}"
            f"  purity {purity(truth, labels):.3f}{mark}"
        )


if __name__ == "__main__":
    main()
