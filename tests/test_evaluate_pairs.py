"""Pair sets: the event mode and the pair mode of ``checker eval`` on labelled pairs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.align import embedding_text
from checker.config import Settings
from checker.evaluate import evaluate_pairs, pair_floor, pair_verdicts
from checker.pipeline import check_events
from checker.records import Claim, DateRef, EventResult, Quantity, Report

SETTINGS = Settings()

#: Invented pairs: a is the evidence, b the claim checked against it.
PAIRS = {
    "born-before": (
        "Marta Kovac (born 24 June 1987) is a Slovenian cyclist who rides for a French team.",
        "Marta Kovac was born before 1 June 1987.",
        "conflict",
    ),
    "born-after": (
        "Marta Kovac (born 24 June 1987) is a Slovenian cyclist who rides for a French team.",
        "Marta Kovac was born after 1 June 1987.",
        "consistent",
    ),
    "lifespan": (
        "Tomas Brandt (3 March 1921 – 9 October 1998) was a Danish architect.",
        "Tomas Brandt was born in the early 1920s.",
        "consistent",
    ),
    "negated": (
        "Tomas Brandt (3 March 1921 – 9 October 1998) was a Danish architect.",
        "Tomas Brandt, the Danish architect, did not die in 2001.",
        "consistent",
    ),
}


def as_event(name: str) -> tuple[str, list[Report]]:
    a, b, _ = PAIRS[name]
    return name, [Report(id="a", event=name, text=a), Report(id="b", event=name, text=b)]


@pytest.fixture(scope="module")
def checked(embedder) -> dict[str, tuple[EventResult, dict]]:
    results = check_events([as_event(name) for name in PAIRS], SETTINGS, embedder)
    texts = sorted({embedding_text(c) for r in results for c in r.claims})
    vectors = dict(zip(texts, embedder.encode(texts)))
    return {r.event: (r, vectors) for r in results}


def flagged(checked, name: str) -> bool:
    result, vectors = checked[name]
    return bool(pair_verdicts(result, vectors, SETTINGS))


def test_pair_mode_flags_a_claim_whose_bound_the_evidence_breaks(checked):
    assert flagged(checked, "born-before")


def test_pair_mode_leaves_a_claim_the_evidence_bears_out(checked):
    assert not flagged(checked, "born-after")


def test_a_claim_matching_a_whole_clause_is_contradicted_only_if_all_its_values_disagree(checked):
    # "1921" bears out "the early 1920s"; "1998", in the same clause, matches
    # the claim just as well but is not the only reading.
    assert not flagged(checked, "lifespan")


def test_a_negated_date_is_never_compared_in_pair_mode(checked):
    assert not flagged(checked, "negated")


def test_a_counted_figure_takes_the_structural_floor_and_a_date_the_clause_threshold():
    count = Claim(id="c", report="b", sentence=0, kind="quantity",
                  quantity=Quantity(41, 41, 41, "41", 0, 2, counted="reviews"))
    money = Claim(id="m", report="b", sentence=0, kind="quantity",
                  quantity=Quantity(5e6, 5e6, 5e6, "$5 million", 0, 9, unit="USD"))
    date = Claim(id="d", report="b", sentence=0, kind="date",
                 date=DateRef("1987", 0, 4, "year"))
    assert pair_floor(count, SETTINGS) == SETTINGS.align_similarity_strong
    assert pair_floor(money, SETTINGS) == SETTINGS.align_similarity
    assert pair_floor(date, SETTINGS) == SETTINGS.align_similarity
    assert SETTINGS.align_similarity < SETTINGS.date_similarity


def test_the_pair_table_reports_each_mode_on_its_own_rows(tmp_path: Path, embedder):
    path = tmp_path / "pairs.jsonl"
    rows = [{"id": name, "a": PAIRS[name][0], "b": PAIRS[name][1], "label": PAIRS[name][2], "kind": "date"}
            for name in ("born-before", "born-after")]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    table = evaluate_pairs(path, SETTINGS, embedder)
    assert list(table.columns[:2]) == ["mode", "kind"]
    dates = table[table["kind"] == "date"].set_index("mode")
    assert sorted(dates.index) == ["event", "pair"]
    assert dates.loc["pair", "recall"] == 1.0
    assert dates.loc["pair", "false_alarms"] == 0.0
    assert dates.loc["pair", "recall"] >= dates.loc["event", "recall"]
