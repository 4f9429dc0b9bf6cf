"""Scale-out and feeds without event ids, with the real models."""

from __future__ import annotations

import datetime as dt

import json
from pathlib import Path

from click.testing import CliRunner
from sklearn.metrics import adjusted_rand_score

from checker.cli import cli
from checker.config import Settings
from checker.grouping import group_reports
from checker.ingest import load_events
from checker.pipeline import check_events

from .conftest import FIXTURES, ROOT, SAMPLE_EVENTS

EVENTS = FIXTURES / "events"


def _data(path: Path) -> dict:
    return json.loads((path / "results.json").read_text(encoding="utf-8"))


def test_two_dask_workers_give_the_serial_result(tmp_path: Path) -> None:
    # Separate caches: with a shared one the second run would read the first's results.
    runner = CliRunner()
    # Every other sampled event: enough for both workers to get several.
    events = [str(ROOT / e) for e in SAMPLE_EVENTS[::2]]
    serial = runner.invoke(
        cli, ["check", *events, "--format", "json", "--out", str(tmp_path / "s"), "-q"],
        env={"CHECKER_CACHE_DIR": str(tmp_path / "cache-s")},
    )
    parallel = runner.invoke(
        cli, ["check", *events, "--format", "json", "--workers", "2", "--out", str(tmp_path / "p"), "-q"],
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


def test_group_events_splits_a_mixed_feed_by_story(tmp_path: Path, embedder) -> None:
    # Every fixture report, interleaved into one feed with no event column (with its date,
    # as a feed export gives it: stories a year apart are two stories however alike).
    events = load_events([EVENTS], Settings()).events
    rows = [{"id": f"{name}-{r.id}", "title": r.title, "text": r.text,
             **({"published": r.published.isoformat()} if r.published else {})}
            for name, reports in events for r in reports]
    rows = rows[::2] + rows[1::2]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    # The grouping step alone, as check(group_events=True) runs it first: checking
    # every fixture event again would only repeat what other tests cover.
    grouped = group_reports(load_events([feed], Settings(), group_events=True).events, embedder, Settings())
    found = {r.id: i for i, (_, reports) in enumerate(grouped) for r in reports}
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


def test_check_with_group_events_checks_each_story_of_a_feed_apart(tmp_path: Path) -> None:
    stories = load_events([EVENTS / "nk-troops", EVENTS / "tyrol-gondola-accident"], Settings()).events
    rows = [{"id": f"{name}-{r.id}", "title": r.title, "text": r.text} for name, reports in stories for r in reports]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in rows[::2] + rows[1::2]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(feed), "--group-events", "--format", "json",
                                      "--out", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 1, result.output
    events = _data(tmp_path / "out")["events"]
    story = {f"{name}-{r.id}": name for name, reports in stories for r in reports}
    assert sorted(r["id"] for e in events for r in e["reports"]) == sorted(story)
    # A story may be split (see above), never merged with the other one.
    assert all(len({story[r["id"]] for r in e["reports"]}) == 1 for e in events)
    assert 2 <= len(events) <= 4
    assert any(e["conflicts"] for e in events)


def test_a_feed_without_event_column_needs_group_events(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "text": "Police said 40 people were arrested."}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(feed), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "--group-events" in result.output


def test_reports_a_year_apart_are_never_one_story(embedder) -> None:
    from checker.grouping import cluster_labels

    texts = ["Government caps retail rice prices as harvest fails", "Government caps retail rice prices after poor harvest"]
    assert len(set(cluster_labels(texts, embedder, 0.5))) == 1
    dates = [dt.date(2026, 9, 15), dt.date(2027, 9, 7)]
    assert len(set(cluster_labels(texts, embedder, 0.5, dates, 90))) == 2
    assert len(set(cluster_labels(texts, embedder, 0.5, [dates[0], None], 90))) == 1


def test_look_alike_stories_weeks_apart_are_two_stories(embedder) -> None:
    from checker.grouping import cluster_labels

    texts = ["Teachers vote to accept pay deal, ending dispute",
             "Teachers back wage deal in ballot and call off strike"]
    march, may = dt.date(2026, 3, 10), dt.date(2026, 5, 17)
    assert len(set(cluster_labels(texts, embedder, 0.5, [march, may], 90))) == 1
    # Weeks apart, each day beyond a fortnight's grace adds to the distance.
    assert len(set(cluster_labels(texts, embedder, 0.5, [march, may], 90, 14, 0.004))) == 2
    # Within the grace the words alone decide.
    assert len(set(cluster_labels(texts, embedder, 0.5, [march, march + dt.timedelta(days=10)], 90, 14, 0.004))) == 1
