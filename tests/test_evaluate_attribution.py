"""The attribution stage measured on our labelled speakers and on PolNeAR."""

from __future__ import annotations

import json

import pytest

from checker.attribution import AttributionTriple
from checker.evaluate_attribution import (
    POLNEAR_PATH,
    SPEAKERS_PATH,
    _best_triple,
    _head_word,
    _locate,
    score_polnear,
    score_speakers,
)
from checker.records import Attribution


def test_labelled_set_is_large_and_covers_null_rows():
    rows = [json.loads(line) for line in SPEAKERS_PATH.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 80
    assert sum(r["speaker"] is None for r in rows) >= 15
    assert sum(bool(r["conduit"]) for r in rows) >= 8


def test_labelled_speakers_reach_the_target_f1(nlp):
    result = score_speakers(SPEAKERS_PATH, nlp)
    assert result["n"] >= 80
    assert result["f1"] >= 0.90, result["errors"]


def test_labelled_conduits_are_mostly_found(nlp):
    assert score_speakers(SPEAKERS_PATH, nlp)["conduit_accuracy"] >= 0.8


def test_head_word_skips_possessors_and_post_modifiers():
    assert _head_word("Donald Trump's campaign manager") == "manager"
    assert _head_word("attorneys for the family") == "attorneys"
    assert _head_word("Mrs. Clinton's") == "clinton"
    assert _head_word("who") == "who"


def test_locate_finds_discontinuous_content():
    text = '"A is true," she said. "B is too."'
    spans = _locate(text, '"A is true," "B is too."')
    assert [text[s:e] for s, e in spans] == ['"A is true,"', '"B is too."']


def test_polnear_match_rule_compares_head_words():
    from checker.evaluate_attribution import _polnear_match

    text = "Kellyanne Conway said the campaign was confident."
    conway = Attribution(speaker="kellyanne conway", speaker_surface="Kellyanne Conway", cue="said", start=0, end=16)
    assert _polnear_match("Conway", conway, text)
    assert not _polnear_match("Donald Trump's campaign manager", conway, text)


def _triple(cue: str, speaker: str, content: tuple[tuple[int, int], ...]) -> AttributionTriple:
    return AttributionTriple(0, Attribution(speaker=speaker, speaker_surface=speaker, cue=cue), content)


def test_best_triple_is_the_one_whose_content_matches_the_gold_content():
    # "Yonhap reported that Yoon said the team would stay": both contents cover the gold
    # "the team would stay"; the inner cue's content is the tighter match.
    text = "Yonhap reported that Yoon said the team would stay."
    outer = _triple("reported", "Yonhap", ((16, 50),))
    inner = _triple("said", "Yoon", ((31, 50),))
    gold = [(text.index("the team"), 50)]
    assert _best_triple([outer, inner], gold) is inner
    assert _best_triple([outer, inner], [(16, 50)]) is outer


def test_best_triple_falls_back_to_the_nearest_content():
    near, far = _triple("said", "A", ((10, 20),)), _triple("said", "B", ((60, 70),))
    assert _best_triple([far, near], [(25, 30)]) is near
    assert _best_triple([], [(25, 30)]) is None


@pytest.mark.slow
@pytest.mark.skipif(not POLNEAR_PATH.exists(), reason="PolNeAR dev file not on this machine")
def test_polnear_speaker_f1_is_in_the_measured_range(nlp):
    result = score_polnear(POLNEAR_PATH, nlp)
    assert result["n"] == 600
    # Measured 2026-11-30: P 0.905, R 0.760, F1 0.826 with every triple; 0.752 with statements only.
    assert result["precision"] > 0.85
    assert 0.78 < result["f1"] < 0.95
    assert result["statements"]["f1"] > 0.70
    assert result["statements"]["f1"] < result["f1"]
