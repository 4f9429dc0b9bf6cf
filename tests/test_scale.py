"""Scale-out and feeds without event ids, with the real models."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from sklearn.metrics import adjusted_rand_score

from checker.cli import cli
from checker.config import Settings
from checker.ingest import load_events
from checker.pipeline import check, check_events

from .conftest import FIXTURES

EVENTS = FIXTURES / "events"


def _data(path: Path) -> dict:
    return json.loads((path / "results.json").read_text(encoding="utf-8"))


def test_two_dask_workers_give_the_serial_result(tmp_path: Path) -> None:
    # Separate caches: with a shared one the second run would read the first's results.
    runner = CliRunner()
    serial = runner.invoke(
        cli, ["check", str(EVENTS), "--format", "json", "--out", str(tmp_path / "s"), "-q"],
        env={"CHECKER_CACHE_DIR": str(tmp_path / "cache-s")},
    )
    parallel = runner.invoke(
        cli, ["check", str(EVENTS), "--format", "json", "--workers", "2", "--out", str(tmp_path / "p"), "-q"],
        env={"CHECKER_CACHE_DIR": str(tmp_path / "cache-p")},
    )
    assert serial.exit_code == parallel.exit_code == 1, parallel.output
    assert (tmp_path / "cache-p" / "results.sqlite3").is_file()
    assert (tmp_path / "s" / "results.json").read_bytes() == (tmp_path / "p" / "results.json").read_bytes()


def test_progress_runs_once_from_zero_to_its_total(embedder) -> None:
    events = load_events([EVENTS], Settings()).events[:2]
    calls: list[tuple[str, int, int]] = []
    check_events(events, Settings(), embedder, progress=lambda *call: calls.append(call))
    totals = {total for _, _, total in calls}
    done = [d for _, d, _ in calls]
    assert len(totals) == 1
    assert done == sorted(done)
    assert done[-1] == totals.pop()
    # Parsing, embedding and judging each move the bar, not only the first.
    assert len(set(done)) > sum(len(r) for _, r in events)
    assert {events[0][0], events[1][0], "embeddings"} <= {label for label, _, _ in calls}


def test_group_events_splits_a_mixed_feed_by_story(tmp_path: Path) -> None:
    # Every fixture report, interleaved into one feed with no event column.
    events = load_events([EVENTS], Settings()).events
    rows = [{"id": f"{name}-{r.id}", "title": r.title, "text": r.text} for name, reports in events for r in reports]
    rows = rows[::2] + rows[1::2]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = check([feed], group_events=True)
    found = {r.id: i for i, e in enumerate(result.events) for r in e.reports}
    truth = {f"{name}-{r.id}": name for name, reports in events for r in reports}
    assert sorted(found) == sorted(truth)
    ids = sorted(truth)
    # The bar. A report on another angle of its story can land apart
    # (a regional paper's "staff sent home" piece on the listeria recall joins
    # the job-cuts story), so exact equality would over-promise.
    assert adjusted_rand_score([truth[i] for i in ids], [found[i] for i in ids]) >= 0.9
    # Splitting a story costs a reader less than merging two: every group is
    # (nearly) one story's reports.
    groups: dict[int, list[str]] = {}
    for i in ids:
        groups.setdefault(found[i], []).append(truth[i])
    purity = sum(max(g.count(name) for name in set(g)) for g in groups.values()) / len(ids)
    assert purity >= 0.95


def test_a_feed_without_event_column_needs_group_events(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "text": "Police said 40 people were arrested."}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(feed), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "--group-events" in result.output
