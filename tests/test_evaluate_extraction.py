"""The extraction scorer: targets on the labelled set, and that it notices mistakes."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from checker.errors import InputError
from checker.evaluate_extraction import extraction_table, score_dates, score_frames, score_quantities

LABELLED = Path(__file__).resolve().parent.parent / "fixtures" / "extraction"


@pytest.fixture(scope="module")
def table():
    return extraction_table(LABELLED).set_index("field")


def write(path: Path, rows: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


# --- targets on the labelled set ------------------------------------------------------


def test_quantity_value_f1_meets_target(table):
    assert table.loc["quantity value", "f1"] >= 0.95


def test_quantity_bound_f1_meets_target(table):
    assert table.loc["quantity bounds", "f1"] >= 0.95


def test_date_resolution_accuracy_meets_target(table):
    assert table.loc["date resolution", "accuracy"] >= 0.95


def test_frame_accuracy_meets_target(table):
    assert table.loc["frame", "accuracy"] >= 0.90


def test_labelled_sets_are_the_size_the_spec_asks_for():
    def rows(name: str) -> int:
        return sum(1 for line in (LABELLED / name).read_text(encoding="utf-8").splitlines() if line.strip())
    assert rows("quantities.jsonl") >= 120 and rows("dates.jsonl") >= 80 and rows("frames.jsonl") >= 50


def test_table_has_one_row_per_field_and_the_documented_columns(table):
    assert list(table.reset_index().columns) == ["field", "n", "precision", "recall", "f1", "accuracy"]
    assert table.index.is_unique
    assert {"quantity value", "quantity bounds", "quantity counted", "date resolution", "frame"} <= set(table.index)


# --- the scorer notices mistakes ------------------------------------------------------


def test_a_wrong_value_counts_as_a_miss_and_a_spurious_prediction(tmp_path):
    path = write(tmp_path / "q.jsonl", [{"text": "Russia lost 3,000 soldiers.", "quantities": [
        {"surface": "3,000", "value": 2000, "low": 2000, "high": 2000, "hedge": "", "unit": "", "counted": "troops"}]}])
    scores = score_quantities(path)
    assert (scores["value"]["precision"], scores["value"]["recall"]) == (0.0, 0.0)


def test_wrong_bounds_lower_bound_f1_but_not_value_f1(tmp_path):
    path = write(tmp_path / "q.jsonl", [{"text": "North Korea sent around 3,000 troops.", "quantities": [
        {"surface": "around 3,000", "value": 3000, "low": 3000, "high": 3000, "hedge": "around", "unit": "",
         "counted": "troops"}]}])
    scores = score_quantities(path)
    assert scores["value"]["f1"] == 1.0 and scores["bounds"]["f1"] == 0.0


def test_a_null_high_means_unbounded(tmp_path):
    path = write(tmp_path / "q.jsonl", [{"text": "More than 150 people were killed.", "quantities": [
        {"surface": "More than 150", "value": 150, "low": 150, "high": None, "hedge": "more than", "unit": "",
         "counted": "deaths"}]}])
    assert score_quantities(path)["bounds"]["f1"] == 1.0


def test_a_sentence_with_no_gold_quantity_penalises_a_prediction(tmp_path):
    path = write(tmp_path / "q.jsonl", [{"text": "Russia lost 3,000 soldiers.", "quantities": []}])
    assert score_quantities(path)["value"]["precision"] == 0.0


def test_a_wrongly_resolved_date_lowers_resolution_accuracy(tmp_path):
    path = write(tmp_path / "d.jsonl", [{"text": "The troops arrived yesterday.", "published": "2024-11-04", "dates": [
        {"surface": "yesterday", "earliest": "2024-11-02", "latest": "2024-11-02", "granularity": "day",
         "deadline": False, "resolved": True}]}])
    scores = score_dates(path)
    assert scores["detection"]["f1"] == 1.0 and scores["resolution"] == 0.0


def test_a_wrong_frame_lowers_frame_accuracy(tmp_path):
    path = write(tmp_path / "f.jsonl", [{"text": "The army will deploy 5,000 troops.", "anchor": "5,000",
                                         "modality": "actual", "negated": False, "aggregation": ""}])
    scores = score_frames(path)
    assert (scores["frame"], scores["negated"]) == (0.0, 1.0)


def test_a_missing_file_leaves_its_rows_out(tmp_path):
    write(tmp_path / "frames.jsonl", [{"text": "The army will deploy 5,000 troops.", "anchor": "5,000",
                                       "modality": "expected", "negated": False, "aggregation": ""}])
    table = extraction_table(tmp_path)
    assert list(table["field"]) == ["frame", "frame modality", "frame negated", "frame aggregation"]
    assert math.isnan(table.loc[0, "f1"]) and table.loc[0, "accuracy"] == 1.0


def test_an_anchor_missing_from_its_text_is_an_input_error(tmp_path):
    path = write(tmp_path / "f.jsonl", [{"text": "The army will deploy troops.", "anchor": "5,000",
                                         "modality": "expected", "negated": False, "aggregation": ""}])
    with pytest.raises(InputError, match="anchor"):
        score_frames(path)


def test_a_line_that_is_not_json_is_an_input_error(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text('{"text": "ok", "quantities": []}\n{not json\n', encoding="utf-8")
    with pytest.raises(InputError, match=":2:"):
        score_quantities(path)
