"""Scoring one labelled event: what counts as finding a planted conflict or flagging a trap."""

from __future__ import annotations

from checker.evaluate import AnswerKey, KeyItem, score_event
from checker.records import Attribution, Claim, Conflict, EventResult, Quantity, Sentence
from checker.sentences import SpeakerLines

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


PAPER = "The paper put the number who waited more than eight hours at 3,472."


def _with_paper(conflicts: list[Conflict], claims: list[Claim]) -> EventResult:
    result = _result(conflicts)
    result.sentences.append(Sentence("paper", 0, 0, len(PAPER), PAPER))
    result.claims.extend(claims)
    return result


def test_the_planted_figure_set_against_a_third_report_with_the_keys_other_value_is_found_elsewhere_not_strictly():
    bulletin, wire, paper = (_count("bulletin", BULLETIN, "3,472"), _count("wire", WIRE, "3,742"),
                             _count("paper", PAPER, "3,472"))
    score = score_event(_with_paper([_conflict(wire, paper)], [bulletin, wire, paper]), KEY)
    assert (score["found"], score["found_any"], score["unplanned_flags"]) == (0, 1, 0)


def test_a_third_report_that_gives_neither_key_value_does_not_stand_in_for_the_keys_other_sentence():
    bulletin, wire = _count("bulletin", BULLETIN, "3,472"), _count("wire", WIRE, "3,742")
    paper = _count("paper", PAPER.replace("3,472", "3,900"), "3,900")
    score = score_event(_with_paper([_conflict(wire, paper)], [bulletin, wire, paper]), KEY)
    assert (score["found"], score["found_any"], score["unplanned_flags"]) == (0, 0, 1)


def test_a_trap_in_the_sentences_that_set_the_planted_error_against_a_third_report_is_not_flagged():
    # The paper gives the bulletin's right 3,472; the card sets the wire's
    # wrong 3,742 against it. A trap about other figures of those very two
    # sentences is not what the card shows.
    bulletin, wire, paper = (_count("bulletin", BULLETIN, "3,472"), _count("wire", WIRE, "3,742"),
                             _count("paper", PAPER, "3,472"))
    key = AnswerKey("waits", KEY.conflicts,
                    (KeyItem("hedge", ("paper", "wire"), ("waited more than eight hours", "up from 1,391"), ""),))
    score = score_event(_with_paper([_conflict(wire, paper)], [bulletin, wire, paper]), key)
    assert (score["found_any"], score["traps_flagged"], score["unplanned_flags"]) == (1, 0, 0)


def test_a_key_may_name_the_line_that_names_the_speaker_of_a_quoted_sentence():
    from checker.records import Attribution

    line = "Governor Ilze Vitola said at a briefing:"
    quote = '"Nobody needs to stand in a queue."'
    other = '"Nobody needs to stand in a queue," Ozols said.'
    wire_text = f"{line} {quote}"
    sentences = [Sentence("wire", 0, 0, len(line), line), Sentence("wire", 1, len(line) + 1, len(wire_text), quote),
                 Sentence("paper", 0, 0, len(other), other)]
    vitola = Claim(id="wire/c1", report="wire", sentence=1, kind="statement", attribution=Attribution(
        "ilze vitola", "Ilze Vitola", "said", line.index("Ilze"), line.index("Ilze") + len("Ilze Vitola")))
    ozols = Claim(id="paper/c0", report="paper", sentence=0, kind="statement", attribution=Attribution(
        "ozols", "Ozols", "said", other.index("Ozols"), other.index("Ozols") + 5))
    card = Conflict("q/1", "q", "attribution", "high", 1.0, "cross-report", "", (vitola, ozols), "fp")
    key = AnswerKey("q", (KeyItem("attribution", ("paper", "wire"), ("queue,\" Ozols said", "Ilze Vitola said at a"),
                                  ""),), ())
    result = EventResult("q", [], sentences, [vitola, ozols], [], [card])
    assert score_event(result, key)["found"] == 1


def test_the_line_naming_a_speaker_is_found_by_offset_or_by_name_in_the_sentences_before() -> None:
    lines = SpeakerLines([
        Sentence(report="wire", index=0, start=0, end=40, text="Governor Ilze Vitola said at a briefing:"),
        Sentence(report="wire", index=1, start=41, end=70, text='"The bank is solvent," she said.'),
        Sentence(report="wire", index=2, start=71, end=99, text='"Nobody needs to queue."'),
        Sentence(report="paper", index=0, start=0, end=40, text="Governor Ilze Vitola said at a briefing:"),
    ])
    by_offset = Attribution(speaker="ilze vitola", speaker_surface="Ilze Vitola", cue="said", start=9, end=20)
    by_name = Attribution(speaker="ilze vitola", speaker_surface="Ilze Vitola", cue="said")
    quoted = Claim(id="c1", report="wire", sentence=1, kind="statement", attribution=by_offset)
    later = Claim(id="c2", report="wire", sentence=2, kind="statement", attribution=by_name)
    own_line = Claim(id="c3", report="wire", sentence=0, kind="statement", attribution=by_offset)
    unsaid = Claim(id="c4", report="wire", sentence=2, kind="statement")

    assert lines.of(quoted).index == 0 and lines.of(quoted).report == "wire"
    assert lines.of(later).index == 0
    # The speaker named in the claim's own sentence needs no second line, nor does a claim without one.
    assert lines.of(own_line) is None and lines.of(unsaid) is None
