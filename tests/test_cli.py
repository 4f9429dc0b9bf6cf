"""The CLI end to end on the bundled fixtures, with the real models."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from checker.cli import cli
from checker.evaluate import read_key

from .conftest import FIXTURES

EVENTS = FIXTURES / "events"
ANSWERS = FIXTURES / "answers"
CONFLICT_FIELDS = {"id", "kind", "severity", "scope", "explanation", "claims"}
CLAIM_FIELDS = {"report", "sentence", "start", "end", "surface", "value", "attributed_to"}


@pytest.fixture(scope="module")
def run(fixtures_check):
    return fixtures_check


@pytest.fixture(scope="module")
def data(run) -> dict:
    _, out = run
    return json.loads((out / "results.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def scores() -> list[dict]:
    """Each keyed event scored as `checker eval` scores it (same library run)."""
    from checker.evaluate import score_event
    from checker.pipeline import check

    result = check([EVENTS])
    return [score_event(e, read_key(ANSWERS / f"{e.event}.yaml")) for e in result.events
            if (ANSWERS / f"{e.event}.yaml").exists()]


def test_check_on_fixtures_exits_1_and_writes_the_three_outputs(run) -> None:
    result, out = run
    assert result.exit_code == 1, result.output
    assert (out / "results.json").is_file()
    assert (out / "conflicts.csv").is_file()
    assert (out / "index.html").is_file()


def test_results_json_has_every_contract_field(data: dict) -> None:
    assert data["checker_version"]
    assert data["events"]
    for event in data["events"]:
        assert {"event", "reports", "conflicts"} <= set(event)
        for report in event["reports"]:
            assert {"id", "source", "published", "title", "path"} <= set(report)
        for conflict in event["conflicts"]:
            assert CONFLICT_FIELDS <= set(conflict)
            assert conflict["kind"] in {"numeric", "date", "attribution"}
            assert conflict["scope"] in {"cross-report", "within-report"}
            for claim in conflict["claims"]:
                assert CLAIM_FIELDS <= set(claim)


def test_claim_offsets_point_at_the_sentence_in_the_report_text(data: dict) -> None:
    from checker.config import Settings
    from checker.ingest import load_events

    texts = {(name, r.id): r.text for name, reports in load_events([EVENTS], Settings()).events for r in reports}
    for event in data["events"]:
        for conflict in event["conflicts"]:
            for claim in conflict["claims"]:
                text = texts[(event["event"], claim["report"])]
                assert text[claim["start"] : claim["end"]] == claim["sentence"]
                assert text[claim["surface_start"] : claim["surface_end"]] == claim["surface"]


def test_all_three_conflict_kinds_appear_on_the_fixtures(data: dict) -> None:
    kinds = {c["kind"] for e in data["events"] for c in e["conflicts"] if c["status"] == "open"}
    assert kinds == {"numeric", "date", "attribution"}


#: Recall when this floor was set was 14 of 18; with the blind events it is 777
#: of 1,062 (0.732, session 50; each blind batch is added as written, so it lowers the figure
#: until its misses are understood); the target is 0.95. The floor only guards
#: against regressions: `checker eval fixtures/events` reports the figure and
#: lists what is missed.
RECALL_FLOOR = 0.65


def test_planted_conflicts_are_found_at_least_as_well_as_measured(scores: list[dict]) -> None:
    planted = sum(s["planted"] for s in scores)
    found = sum(s["found"] for s in scores)
    assert planted >= 18
    assert found / planted >= RECALL_FLOOR, [m for s in scores for m in s["missed"]]


def test_no_planted_trap_is_flagged(scores: list[dict]) -> None:
    assert sum(s["traps"] for s in scores) >= 30
    assert [m for s in scores for m in s["trap_hits"]] == []


def test_every_event_has_an_answer_key(scores: list[dict], data: dict) -> None:
    assert len(scores) == len(data["events"]) >= 6


def test_conflicts_csv_has_one_row_per_conflict(run, data: dict) -> None:
    _, out = run
    frame = pd.read_csv(out / "conflicts.csv")
    assert list(frame["id"]) == [c["id"] for e in data["events"] for c in e["conflicts"]]


def test_summary_names_the_report(run) -> None:
    result, out = run
    assert "index.html" in result.output
    assert "conflict" in result.output


def test_summary_prints_long_event_names_whole(run) -> None:
    result, _ = run
    assert "australia-shark-attack-beach-closures " in result.output


def test_empty_folder_exits_2_with_a_message_and_writes_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["check", str(empty), "--out", str(out)])
    assert result.exit_code == 2
    assert "empty" in result.output
    assert "Traceback" not in result.output
    assert not out.exists()


def test_missing_path_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "nope" in result.output


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["check", str(EVENTS), "--format", "pdf", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "pdf" in result.output


def test_format_json_writes_only_results_json(tmp_path: Path) -> None:
    one = EVENTS / "nk-troops"
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["check", str(one), "--format", "json", "--out", str(out), "-q"])
    assert result.exit_code in (0, 1), result.output
    assert sorted(p.name for p in out.iterdir()) == ["results.json"]


def test_fail_on_high_ignores_lower_severities(tmp_path: Path, data: dict) -> None:
    severities = {c["severity"] for e in data["events"] for c in e["conflicts"] if c["status"] == "open"}
    # JSON only: the exit code is what is tested, and rendering every event's page again takes most of a minute.
    result = CliRunner().invoke(cli, ["check", str(EVENTS), "--fail-on", "high", "--format", "json",
                                      "--out", str(tmp_path), "-q"])
    assert result.exit_code == (1 if "high" in severities else 0)


def test_claims_command_prints_the_extracted_values() -> None:
    result = CliRunner().invoke(cli, ["claims", str(EVENTS / "nk-troops"), "--format", "csv", "--kind", "quantity"])
    assert result.exit_code == 0, result.output
    assert "3,000" in result.output
    assert "troops" in result.output


def test_baseline_dismisses_a_conflict_and_changes_the_exit_code(tmp_path: Path) -> None:
    one = EVENTS / "nk-troops"
    first = CliRunner().invoke(cli, ["check", str(one), "--format", "json", "--out", str(tmp_path / "a"), "-q"])
    assert first.exit_code == 1
    conflicts = json.loads((tmp_path / "a" / "results.json").read_text())["events"][0]["conflicts"]
    decisions = {"decisions": [{"fingerprint": c["fingerprint"], "event": "nk-troops", "conflict": c["id"],
                                "status": "dismissed", "note": "checked"} for c in conflicts]}
    baseline = tmp_path / "decisions.json"
    baseline.write_text(json.dumps(decisions))
    second = CliRunner().invoke(
        cli, ["check", str(one), "--format", "json", "--baseline", str(baseline), "--out", str(tmp_path / "b"), "-q"]
    )
    assert second.exit_code == 0, second.output
    again = json.loads((tmp_path / "b" / "results.json").read_text())["events"][0]["conflicts"]
    assert {c["status"] for c in again} <= {"dismissed", "update"}
    assert "dismissed" in second.output
