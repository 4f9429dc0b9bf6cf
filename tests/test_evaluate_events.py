"""Scoring one labelled event: what counts as finding a planted conflict or flagging a trap."""

from __future__ import annotations

from checker.evaluate import AnswerKey, KeyItem, score_event
from checker.records import Claim, Conflict, EventResult, Quantity, Sentence

WIRE = "Of those, 3,742 were in an emergency department for more than eight hours and 1,508 for more than 12 hours, up from 1,391 the week before."
BULLETIN = "Of these, 3,472 patients spent more than eight hours, and 1,508 spent more than 12 hours, 117 more than in the week before."


def _count(report: str, text: str, surface: str, sentence: int = 0) -> Claim:
    value = float(surface.replace(",", ""))
    at = text.index(surface)
    return Claim(id="", report=report, sentence=sentence, kind="quantity",
                 quantity=Quantity(value, value, value, surface, at, at + len(surface), counted="patients"))


def _result(conflicts: list[Conflict]) -> EventResult:
    sentences = [Sentence("wire", 0, 0, len(WIRE), WIRE), Sentence("bulletin", 0, 0, len(BULLETIN), BULLETIN),
                 Sentence("bulletin", 1, 0, 10, "Nothing else.")]
    return EventResult("waits", [], sentences, [], [], conflicts)


def _conflict(*claims: Claim) -> Conflict:
    return Conflict("waits/1", "waits", "numeric", "high", 1.0, "cross-report", "", tuple(claims), "fp")


KEY = AnswerKey(
    "waits",
    (KeyItem("numeric", ("bulletin", "wire"), ("3,472 patients spent", "3,742 were in"), ""),),
    (KeyItem("cumulative", ("bulletin", "wire"), ("117 more than in the week before", "up from 1,391"), ""),),
)


def test_the_card_setting_planted_figures_against_each_other_finds_them_and_flags_no_trap_in_their_sentences():
    card = _conflict(_count("bulletin", BULLETIN, "3,472"), _count("wire", WIRE, "3,742"))
    score = score_event(_result([card]), KEY)
    assert (score["found"], score["traps_flagged"], score["unplanned_flags"]) == (1, 0, 0)


def test_a_card_that_sets_a_trap_of_other_sentences_against_each_other_flags_it():
    key = AnswerKey("waits", (), KEY.traps)
    card = _conflict(_count("bulletin", BULLETIN, "3,472"), _count("wire", WIRE, "3,742"))
    score = score_event(_result([card]), key)
    assert (score["found"], score["traps_flagged"], score["unplanned_flags"]) == (0, 1, 1)
