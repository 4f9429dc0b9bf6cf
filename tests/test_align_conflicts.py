"""Alignment and verdicts on hand-built claims, with a fake embedder.

The fake embedder maps each sentence to a fixed vector, so these tests pin
the structural rules and the verdict logic, not the model.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import numpy as np
import pytest

from checker.align import Aligner, compatible
from checker.config import Settings
from checker.conflicts import PairVerdict, build_conflicts, fingerprint, judge_pairs
from checker.records import Attribution, Claim, DateRef, Frame, Quantity, Report, Sentence

SETTINGS = Settings()


def quantity(report: str, sentence: int, value: float, low: float | None = None, high: float | None = None, *,
             counted: str = "troops", subject: str = "", predicate: str = "", frame: Frame = Frame(),
             speaker: str = "") -> Claim:
    q = Quantity(value=value, low=value if low is None else low, high=value if high is None else high,
                 surface=f"{value:,.0f} {counted}", start=0, end=5, counted=counted, subject=subject,
                 predicate=predicate)
    att = Attribution(speaker=speaker, speaker_surface=speaker.title(), cue="said") if speaker else None
    return Claim(id=f"{report}/c{sentence}", report=report, sentence=sentence, kind="quantity", quantity=q,
                 frame=frame, attribution=att)


def date_claim(report: str, sentence: int, day: dt.date, *, deadline: bool = False) -> Claim:
    d = DateRef(surface=day.isoformat(), start=0, end=5, granularity="day", earliest=day, latest=day, deadline=deadline)
    return Claim(id=f"{report}/c{sentence}", report=report, sentence=sentence, kind="date", date=d)


def statement(report: str, sentence: int, speaker: str, *, conduit: str = "") -> Claim:
    att = Attribution(speaker=speaker, speaker_surface=speaker.title(), cue="said", conduit=conduit)
    return Claim(id=f"{report}/s{sentence}", report=report, sentence=sentence, kind="statement", attribution=att,
                 context="North Korea's troops must leave Russia at once")


def same_vectors(n: int) -> np.ndarray:
    """Every claim embedded identically: only structure can keep them apart."""
    return np.tile(np.eye(1, 8, 0, dtype=np.float32), (n, 1))


def run(claims: list[Claim], vectors: np.ndarray | None = None, published: dict[str, dt.date] | None = None,
        texts: dict[tuple[str, int], str] | None = None):
    vectors = same_vectors(len(claims)) if vectors is None else vectors
    reports = {c.report: Report(id=c.report, event="e", text="x", published=(published or {}).get(c.report)) for c in claims}
    sentences = {(c.report, c.sentence): Sentence(c.report, c.sentence, 0, 1, f"sentence {c.report} {c.sentence}") for c in claims}
    sentences.update({key: Sentence(key[0], key[1], 0, 1, text) for key, text in (texts or {}).items()})
    aligner = Aligner(SETTINGS).fit(claims, vectors, {r: rep.published for r, rep in reports.items()})
    verdicts = judge_pairs(claims, aligner.pairs_, reports, sentences, SETTINGS)
    return build_conflicts("e", claims, verdicts, aligner.labels_.tolist(), reports, sentences, SETTINGS)


def test_disjoint_counts_of_the_same_thing_conflict() -> None:
    conflicts = run([quantity("a", 1, 3000, 2700, 3300), quantity("b", 1, 12000)])
    assert [c.kind for c in conflicts] == ["numeric"]
    assert conflicts[0].scope == "cross-report"
    assert conflicts[0].severity == "high"


def test_overlapping_hedges_do_not_conflict() -> None:
    assert run([quantity("a", 1, 3000, 2700, 3300), quantity("b", 1, 3000)]) == []
    assert run([quantity("a", 1, 10000, 10001, float("inf")), quantity("b", 1, 12000)]) == []


def test_rounding_within_tolerance_does_not_conflict() -> None:
    assert run([quantity("a", 1, 1_480_000), quantity("b", 1, 1_500_000, 1_350_000, 1_650_000)]) == []


def test_different_counted_things_never_align() -> None:
    assert run([quantity("a", 1, 3000, counted="troops"), quantity("b", 1, 12000, counted="km")]) == []


def test_expected_and_actual_figures_do_not_align() -> None:
    expected = Frame(modality="expected")
    assert run([quantity("a", 1, 3000), quantity("b", 1, 10000, frame=expected)]) == []


def test_incremental_and_total_figures_do_not_align() -> None:
    another = Frame(aggregation="incremental")
    total = Frame(aggregation="total")
    assert run([quantity("a", 1, 1500, frame=another), quantity("b", 1, 3000, frame=total)]) == []


def test_different_subjects_do_not_align() -> None:
    claims = [quantity("a", 1, 3000, subject="north korea", predicate="send"),
              quantity("b", 1, 12000, subject="russia", predicate="lose")]
    assert run(claims) == []


def test_two_named_sources_with_different_estimates_are_disclosed_not_conflicting() -> None:
    claims = [quantity("a", 1, 5000, speaker="police"), quantity("a", 2, 50000, speaker="organisers")]
    assert run(claims) == []


def test_a_reports_rough_figure_beside_a_sourced_one_is_disclosed() -> None:
    rough = replace(quantity("a", 1, 20000, 20000, 99999, counted="people"),
                    quantity=Quantity(20000, 20000, 99999, "Tens of thousands", 0, 5, hedge="vague", counted="people"))
    sourced = quantity("a", 2, 150000, counted="people", speaker="organisers")
    assert run([rough, sourced]) == []
    assert [c.kind for c in run([replace(rough, quantity=replace(rough.quantity, hedge=""))]
                                 + [sourced])] == ["numeric"]


def test_a_partitives_whole_meets_a_count_of_the_groups_size_not_of_what_some_did() -> None:
    total = Frame(aggregation="total")
    whole = replace(quantity("a", 2, 56, counted="passengers", frame=total),
                    quantity=replace(quantity("a", 2, 56, counted="passengers").quantity, whole=True))
    carried = quantity("a", 1, 62, counted="passengers", predicate="carry")
    stayed_away = quantity("a", 1, 21, counted="passengers", predicate="stay")
    assert [c.kind for c in run([carried, whole])] == ["numeric"]
    assert run([stayed_away, whole]) == []


def test_a_figure_a_partitives_own_sentence_gives_as_the_part_is_not_a_rival_of_the_whole() -> None:
    # "Bleaching was recorded on 684 of the 1,047 reefs" / "the total number
    # of bleached reefs, 684": the second report gives the part, not the whole.
    total, part = Frame(aggregation="total"), Frame(aggregation="part")
    of_the = quantity("a", 1, 1047, counted="reef", frame=total)
    whole = replace(of_the, quantity=replace(of_the.quantity, whole=True))
    bleached = quantity("a", 1, 684, counted="reef", predicate="bleach", frame=part)
    elsewhere = quantity("b", 1, 684, counted="reef", predicate="unchanged", frame=total)
    assert run([whole, bleached, elsewhere]) == []
    # A figure the whole's sentence does not give still contradicts it.
    other = quantity("b", 1, 1200, counted="reef", predicate="unchanged", frame=total)
    assert [c.kind for c in run([whole, bleached, other])] == ["numeric"]
    # "Of the city's 52,418 registered voters, 24,937 cast a ballot" / "a total
    # of 24,937 voters took part": a part the parser frames as a plain count.
    of_the = quantity("a", 1, 52418, counted="voters", frame=total)
    registered = replace(of_the, quantity=replace(of_the.quantity, whole=True))
    cast = quantity("a", 1, 24937, counted="voters", predicate="cast")
    took_part = quantity("b", 1, 24937, counted="voters", frame=total)
    assert run([registered, cast, took_part]) == []


def test_a_part_in_a_state_is_a_count_of_that_state_a_part_picked_by_a_verb_is_not() -> None:
    part = Frame(aggregation="part")
    nine_of_them = quantity("a", 1, 9, counted="children", predicate="in intensive care", frame=part)
    five_children = quantity("b", 1, 5, counted="children", predicate="in intensive care")
    assert [c.kind for c in run([nine_of_them, five_children])] == ["numeric"]
    # "412 of the 690 flights" were cancelled; 470 were cancelled at the whole airport.
    of_the_flights = quantity("a", 1, 412, counted="flights", predicate="cancel", frame=part)
    all_flights = quantity("b", 1, 470, counted="flights", predicate="cancel")
    assert run([of_the_flights, all_flights]) == []


def test_two_sentences_of_one_report_can_conflict_within_it() -> None:
    conflicts = run([quantity("a", 1, 3000), quantity("a", 4, 12000)])
    assert [(c.kind, c.scope) for c in conflicts] == [("numeric", "within-report")]


def test_a_higher_later_toll_is_an_update_not_an_open_conflict() -> None:
    claims = [quantity("a", 1, 40, counted="deaths"), quantity("b", 1, 52, counted="deaths")]
    published = {"a": dt.date(2024, 3, 4), "b": dt.date(2024, 3, 5)}
    conflicts = run(claims, published=published)
    assert [(c.status, c.severity) for c in conflicts] == [("update", "low")]
    assert "The later report gives a higher figure" in conflicts[0].explanation


def test_more_people_treated_in_a_later_report_is_an_update() -> None:
    claims = [quantity("a", 1, 96, counted="people", predicate="treat"),
              quantity("b", 1, 112, counted="people", predicate="treat")]
    conflicts = run(claims, published={"a": dt.date(2026, 4, 22), "b": dt.date(2026, 4, 23)})
    assert [c.status for c in conflicts] == ["update"]


def test_a_figure_a_later_report_says_brings_the_total_to_is_an_update() -> None:
    from checker.lexicon import UPDATE_CUE

    assert UPDATE_CUE.search("The exercise added 16 million shares, bringing the total sold to 176 million.")
    assert UPDATE_CUE.search("Two more deaths took the toll to 14.")
    assert not UPDATE_CUE.search("The company sold 160 million shares in total.")


def test_a_vague_figure_beside_a_reports_own_count_tells_no_second_fact() -> None:
    # "Hundreds of passengers walked out" beside "386 passengers" does not make
    # another report's 368 one of the wire's own figures.
    hundreds = replace(quantity("a", 2, 200, 200, 999, counted="passengers"),
                       quantity=Quantity(200, 200, 999, "Hundreds", 0, 8, hedge="vague", counted="passengers"))
    claims = [quantity("a", 1, 386, counted="passengers"), hundreds, quantity("b", 1, 368, counted="passengers")]
    conflicts = run(claims)
    assert [sorted(c.id for c in conflict.claims) for conflict in conflicts] == [["a/c1", "b/c1"]]


def test_counts_at_two_clock_times_of_an_unknown_day_do_not_align() -> None:
    at = [DateRef(surface=t, start=0, end=5, granularity="time", time=t) for t in ("12:40", "15:15")]
    claims = [replace(quantity("a", 1, 5, counted="hostages", predicate="release"), date=at[0]),
              replace(quantity("a", 2, 8, counted="hostages", predicate="release"), date=at[1])]
    assert not compatible(*claims)
    assert compatible(claims[0], replace(claims[1], date=at[0]))


@pytest.mark.parametrize("early, status", [
    ("Rescuers had pulled 48 people out alive by Tuesday afternoon", "update"),
    ("The ministry has confirmed 48 people rescued since July 9", "update"),
    ("So far 48 people have been pulled out alive", "update"),
    ("At present 48 people are staying in relief camps", "update"),
    ("Rescuers pulled 48 people out alive", "open"),
])
def test_a_larger_later_count_grows_a_count_given_as_it_stood_at_a_time(early: str, status: str) -> None:
    claims = [replace(quantity("a", 1, 48, counted="people"), context=early), quantity("b", 1, 112, counted="people")]
    published = {"a": dt.date(2025, 8, 12), "b": dt.date(2025, 8, 17)}
    assert [c.status for c in run(claims, published=published)] == [status]


def test_a_moving_count_in_an_undated_report_may_be_another_days_count() -> None:
    claims = [quantity("a", 1, 41, counted="missing"), quantity("b", 1, 21, counted="missing")]
    conflicts = run(claims, published={"a": dt.date(2025, 8, 12)})
    assert [c.status for c in conflicts] == ["update"]
    assert "later report" not in conflicts[0].explanation and "without a date" in conflicts[0].explanation
    assert [c.status for c in run(claims, published={})] == ["open"]


def test_crews_on_a_fire_move_both_ways_from_day_to_day() -> None:
    claims = [quantity("a", 1, 170, counted="firefighter"), quantity("b", 1, 140, counted="firefighter")]
    published = {"a": dt.date(2026, 8, 13), "b": dt.date(2026, 8, 14)}
    assert [c.status for c in run(claims, published=published)] == ["update"]
    # The same day's two figures still disagree.
    assert [c.status for c in run(claims, published={"a": dt.date(2026, 8, 13), "b": dt.date(2026, 8, 13)})] == ["open"]


def test_a_state_that_still_holds_on_a_later_day_is_an_update() -> None:
    claims = [quantity("a", 1, 9, counted="injuries"),
              replace(quantity("b", 1, 5, counted="injuries"), context="Five of the injured remain in intensive care")]
    published = {"a": dt.date(2025, 3, 12), "b": dt.date(2025, 3, 13)}
    assert [c.status for c in run(claims, published=published)] == ["update"]


def test_a_count_that_was_already_rising_grows_into_a_later_larger_count() -> None:
    claims = [replace(quantity("a", 1, 280, counted="firefighters"), context="Some 280 firefighters, up from 230 on Saturday"),
              quantity("b", 1, 400, counted="firefighters")]
    published = {"a": dt.date(2026, 1, 11), "b": dt.date(2026, 1, 14)}
    assert [c.status for c in run(claims, published=published)] == ["update"]


def test_a_running_count_against_an_undated_report_may_be_another_days_count() -> None:
    claims = [replace(quantity("a", 1, 14600, counted="hectares"), context="had burned 14,600 hectares by Sunday afternoon"),
              quantity("b", 1, 24000, counted="hectares")]
    assert [c.status for c in run(claims, published={"a": dt.date(2026, 1, 11)})] == ["update"]


def test_an_undated_reports_count_against_a_count_already_rising_is_an_update() -> None:
    claims = [replace(quantity("a", 1, 15, counted="crew"), context="police have now questioned 15, up from seven"),
              quantity("b", 1, 7, counted="crew")]
    assert [c.status for c in run(claims, published={"a": dt.date(2026, 2, 17)})] == ["update"]


def test_a_numbered_instance_is_the_one_another_report_calls_the_next() -> None:
    inc = Frame(aggregation="incremental")
    third = replace(date_claim("a", 1, dt.date(2026, 3, 24)), predicate="call", frame=inc,
                    context="the eight unions called a third national strike day on Tuesday, March 24")
    the_next = replace(date_claim("b", 1, dt.date(2026, 3, 25)), predicate="call",
                       context="The unions have called the next strike day for Wednesday 25 March")
    assert [c.kind for c in run([third, the_next])] == ["date"]
    # One more of a kind is still not the one the other clause dates.
    second = replace(date_claim("a", 1, dt.date(2026, 3, 13)), predicate="arrest", frame=inc,
                     context="police arrested a second suspect on Friday")
    the_suspect = replace(date_claim("b", 1, dt.date(2026, 3, 12)), predicate="arrest",
                          context="police arrested the suspect on Thursday")
    assert run([second, the_suspect]) == []


def test_an_order_issued_and_an_order_lifted_are_two_dates() -> None:
    issued = replace(date_claim("a", 1, dt.date(2026, 1, 9)), predicate="issue")
    lifted = replace(date_claim("b", 1, dt.date(2026, 1, 16)), predicate="lift")
    assert run([issued, lifted]) == []


def test_one_spokesman_speaking_on_two_days_about_two_things_is_not_a_date_conflict() -> None:
    def said(report: str, day: dt.date, sentence: str) -> Claim:
        return replace(date_claim(report, 1, day), predicate="say", entities=("PERSON:pieter jan maes",),
                       sentence_key=sentence)

    wednesday = said("a", dt.date(2026, 3, 11), "this was prepared down to the minute pieter jan maes spokesman "
                     "for the prosecutor s office told reporters on wednesday")
    friday = said("b", dt.date(2026, 3, 13), "prosecutor s spokesman pieter jan maes said on friday that "
                  "investigators were checking whether the gang had inside help")
    thursday = said("c", dt.date(2026, 3, 12), "investigators are checking whether the gang had help from inside "
                    "maes said on thursday")
    assert run([wednesday, friday]) == []
    # The same statement reported with two days is a date conflict.
    assert [c.kind for c in run([friday, thursday])] == ["date"]
    # A statement revising a figure is a later statement, whatever words it shares.
    tuesday = said("d", dt.date(2026, 3, 10), "gunmen attacked the convoy on monday killing at least four people "
                   "the programme said on tuesday")
    later = said("e", dt.date(2026, 3, 11), "the number of people killed in monday s attack on the convoy has "
                 "risen to six up from four the programme said on wednesday")
    assert [c.kind for c in run([tuesday, replace(later, sentence_key=later.sentence_key.replace(
        "has risen to six up from four", "was six"))])] == ["date"]
    assert run([tuesday, later]) == []


def test_two_people_of_different_ages_arrested_on_two_days_are_two_arrests() -> None:
    def arrest(report: str, day: dt.date, sentence: str) -> Claim:
        return replace(date_claim(report, 1, day), predicate="arrest", sentence_key=sentence)

    rotterdam = arrest("a", dt.date(2026, 3, 14), "on saturday 14 march a 29 year old man was arrested in rotterdam")
    lille = arrest("a", dt.date(2026, 3, 15), "on 15 march a 38 year old man was arrested near lille")
    again = arrest("b", dt.date(2026, 3, 13), "police arrested a 29 year old man in rotterdam on friday")
    assert run([rotterdam, lille]) == []
    assert [c.kind for c in run([rotterdam, again])] == ["date"]


def test_days_of_two_different_tallies_are_not_one_event_misdated() -> None:
    monday = [date_claim("a", 1, dt.date(2026, 1, 12)), quantity("a", 1, 4800, counted="schools")]
    tuesday = [date_claim("b", 1, dt.date(2026, 1, 13)), quantity("b", 1, 6150, counted="schools")]
    assert [c.kind for c in run([*monday, *tuesday]) if c.kind == "date"] == []
    # The same tally on two days is one event misdated.
    again = [date_claim("c", 1, dt.date(2026, 1, 13)), quantity("c", 1, 4800, counted="schools")]
    assert [c.kind for c in run([*monday, *again]) if c.kind == "date"] == ["date"]


def test_the_day_an_event_was_suspended_is_not_the_day_it_began() -> None:
    from checker.align import _names_event_of

    began = replace(date_claim("a", 1, dt.date(2026, 1, 12)), predicate="strike",
                    context="The teachers' strike that kept kids at home since Monday")
    suspended = replace(date_claim("b", 1, dt.date(2026, 1, 14)), predicate="suspend",
                        context="the court suspended the strike on Wednesday")
    assert not _names_event_of(began, suspended)


def test_an_acronym_skips_the_small_words_of_the_name() -> None:
    from checker.align import _acronym

    assert _acronym("tceq", "texas commission on environmental quality")
    assert not _acronym("tcq", "texas commission on environmental quality")
    assert _acronym("sq", "surete du quebec")  # the Sûreté du Québec


def test_two_bodies_whose_words_only_share_a_length_are_two_bodies() -> None:
    from checker.align import _one_body

    assert _one_body("state rail accident investigation commission", "state commission for railway accident investigation")
    assert not _one_body("caribbean exporters association", "sociedad portuaria de purto valdivieso")


def test_dissimilar_sentences_do_not_align() -> None:
    vectors = np.eye(2, 8, dtype=np.float32)  # orthogonal: similarity 0
    assert run([quantity("a", 1, 3000), quantity("b", 1, 12000)], vectors) == []


def test_dates_a_day_apart_conflict() -> None:
    conflicts = run([date_claim("a", 1, dt.date(2024, 11, 5)), date_claim("b", 1, dt.date(2024, 11, 6))])
    assert [(c.kind, c.severity) for c in conflicts] == [("date", "medium")]


def test_a_deadline_is_not_compared_with_an_event_date() -> None:
    claims = [date_claim("a", 1, dt.date(2024, 12, 31), deadline=True), date_claim("b", 1, dt.date(2024, 11, 6))]
    assert run(claims) == []


def test_same_statement_by_two_speakers_is_an_attribution_conflict() -> None:
    conflicts = run([statement("a", 1, "yoon suk yeol"), statement("b", 1, "mark rutte")])
    assert [c.kind for c in conflicts] == ["attribution"]


def test_same_statement_by_the_same_speaker_is_not_a_conflict() -> None:
    assert run([statement("a", 1, "yoon suk yeol"), statement("b", 1, "yoon")]) == []


def test_a_conduit_is_not_a_second_speaker() -> None:
    claims = [statement("a", 1, "yoon suk yeol", conduit="yonhap"), statement("b", 1, "yonhap")]
    assert run(claims) == []


def test_a_statement_too_short_to_identify_is_never_compared() -> None:
    short = [statement("a", 1, "yoon suk yeol"), statement("b", 1, "mark rutte")]
    short = [Claim(**{**c.__dict__, "context": '"top priority"'}) for c in short]
    assert run(short) == []


def test_an_unnamed_source_never_contradicts_a_named_one() -> None:
    assert run([statement("a", 1, "yoon suk yeol"), statement("b", 1, "south korean president")]) == []


def test_copies_of_one_sentence_align_value_by_value() -> None:
    one = quantity("a", 1, 5, counted="catches")
    hundred = quantity("b", 1, 100, counted="catches")
    copies = [Claim(**{**one.__dict__, "sentence_key": "wayne had five catches", "position": 0}),
              Claim(**{**hundred.__dict__, "sentence_key": "wayne had five catches", "position": 1})]
    assert run(copies) == []


def test_claims_in_one_sentence_never_align() -> None:
    assert not compatible(quantity("a", 1, 3000), quantity("a", 1, 12000))


def test_one_outlier_against_three_reports_is_one_conflict_listing_all() -> None:
    claims = [quantity("a", 1, 3000), quantity("b", 1, 3000), quantity("c", 1, 3000), quantity("d", 1, 12000)]
    conflicts = run(claims)
    assert len(conflicts) == 1
    assert {c.report for c in conflicts[0].claims} == {"a", "b", "c", "d"}


def test_conflict_ids_and_fingerprints_are_stable() -> None:
    claims = [quantity("a", 1, 3000), quantity("b", 1, 12000)]
    first, second = run(claims), run(list(reversed(claims)))
    assert [c.fingerprint for c in first] == [c.fingerprint for c in second]
    assert first[0].id == "e/1"


def test_fingerprint_ignores_whitespace_changes() -> None:
    claim = quantity("a", 1, 3000)
    s1 = {("a", 1): Sentence("a", 1, 0, 1, "North Korea sent  3,000 troops.")}
    s2 = {("a", 1): Sentence("a", 1, 0, 1, "North Korea sent 3,000\ntroops.")}
    assert fingerprint("numeric", [claim], s1) == fingerprint("numeric", [claim], s2)


@pytest.mark.parametrize("n", [5, 40])
def test_top_k_candidates_match_all_pairs_on_small_buckets(n: int) -> None:
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(n, 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    claims = [quantity(f"r{i}", 1, 100 * (i + 1)) for i in range(n)]
    full = Aligner(SETTINGS).fit(claims, vectors).pairs_
    topk = Aligner(SETTINGS.replace(all_pairs_limit=2, top_k=n - 1)).fit(claims, vectors).pairs_
    assert full.equals(topk)


def test_values_one_sentence_lists_side_by_side_are_two_facts() -> None:
    # "the 13-inch and 15-inch models" in one report: another report's 13 and
    # a third's 15 are two models, not a disagreement.
    listed = [quantity("a", 1, 13, counted="inch"), quantity("a", 1, 15, counted="inch")]
    assert run([*listed, quantity("b", 1, 13, counted="inch"), quantity("c", 1, 15, counted="inch")]) == []


def test_listed_values_chain_into_one_family() -> None:
    # 2,880 and 1,800 listed together, 1,800 and 5,184,000 listed together:
    # 2,880 against 5,184,000 is a third measure of the same screen.
    claims = [
        quantity("a", 1, 2880, counted="pixels"), quantity("a", 1, 1800, counted="pixels"),
        quantity("b", 1, 1800, counted="pixels"), quantity("b", 1, 5_184_000, counted="pixels"),
        quantity("c", 1, 2880, counted="pixels"), quantity("d", 1, 5_184_000, counted="pixels"),
    ]
    assert run(claims) == []


def test_two_reports_setting_rival_values_beside_one_shared_value_still_disagree() -> None:
    # "designed for 1,100 inmates, held 1,780" / "holds 1,870 inmates in space
    # built for 1,100": each figure of the inmates held sits beside the same
    # capacity, which does not make 1,780 and 1,870 two facts.
    claims = [
        quantity("a", 1, 1100, counted="prisoners", predicate="design"),
        quantity("a", 1, 1780, counted="prisoners", predicate="hold"),
        quantity("b", 1, 1870, counted="prisoners", predicate="hold"),
        quantity("b", 1, 1100, counted="prisoners", predicate="build"),
    ]
    flagged = run(claims)
    assert [sorted(c.quantity.value for c in conflict.claims) for conflict in flagged] == [[1780, 1870]]


def test_values_listed_in_different_frames_still_conflict_elsewhere() -> None:
    # "800 laid off so far, 5,000 planned" does not make "5,000 laid off" right.
    planned = Frame(modality="expected")
    claims = [quantity("a", 1, 800, counted="workers"), quantity("a", 1, 5000, counted="workers", frame=planned),
              quantity("b", 1, 5000, counted="workers")]
    assert [c.kind for c in run(claims)] == ["numeric"]


def test_values_credited_to_two_sources_in_one_sentence_do_not_hide_a_conflict() -> None:
    # "police said 22,000, organisers 45,000": a third report giving the
    # police 45,000 still contradicts the first.
    claims = [quantity("a", 1, 22000, counted="people", speaker="police"),
              quantity("a", 1, 45000, counted="people", speaker="organisers"),
              quantity("b", 1, 45000, counted="people", speaker="police")]
    conflicts = run(claims)
    assert [c.kind for c in conflicts] == ["numeric"]
    assert {(c.report, c.quantity.value) for c in conflicts[0].claims} >= {("a", 22000), ("b", 45000)}


def test_dates_of_two_named_storms_are_two_facts() -> None:
    a = replace(date_claim("a", 1, dt.date(2005, 8, 29)), entities=("EVENT:hurricane katrina",))
    b = replace(date_claim("b", 1, dt.date(1998, 9, 25)), entities=("EVENT:hurricane georges",))
    assert not compatible(a, b)
    assert compatible(a, replace(b, entities=("EVENT:hurricane katrina",)))


def test_statements_with_an_inferred_speaker_are_not_attribution_conflicts() -> None:
    named = statement("a", 1, "salazar")
    inferred = replace(statement("b", 1, "gerry scherlinck"), speaker_label="PRON")
    assert compatible(named, statement("c", 1, "gerry scherlinck"))
    assert not compatible(named, inferred)


def test_an_acronym_and_the_full_name_are_one_speaker() -> None:
    assert not compatible(statement("a", 1, "amd"), statement("b", 1, "advanced micro devices"))


def test_a_newspaper_reporting_is_a_conduit_not_a_rival_source() -> None:
    assert not compatible(statement("a", 1, "usgs"), statement("b", 1, "santa rosa press democrat"))


def test_a_verb_of_one_kind_of_event_aligns_dates_a_generic_verb_does_not() -> None:
    # Clauses only moderately alike (cosine 0.7, under the 0.80 for dates):
    # "died on Friday" / "died on Saturday" is one death, but "announced plans
    # on Tuesday" / "announced its intention on 27 February" two announcements.
    vectors = np.array([[1.0, 0.0], [0.7, np.sqrt(1 - 0.49)]], dtype=np.float32)

    def dated(predicate: str) -> list[Claim]:
        return [replace(date_claim("a", 1, dt.date(2024, 3, 1)), predicate=predicate),
                replace(date_claim("b", 1, dt.date(2024, 3, 2)), predicate=predicate)]

    assert [c.kind for c in run(dated("die"), vectors)] == ["date"]
    assert run(dated("announce"), vectors) == []


def test_figures_in_conditions_are_never_compared() -> None:
    conditional = Frame(modality="conditional")
    claims = [quantity("a", 1, 2, counted="servers", frame=conditional),
              quantity("b", 1, 10, counted="servers", frame=conditional)]
    assert run(claims) == []


def _apart(similarity: float) -> np.ndarray:
    return np.array([[1.0, 0.0], [similarity, np.sqrt(1 - similarity**2)]], dtype=np.float32)


def test_one_named_source_giving_two_figures_is_a_conflict_even_in_other_words() -> None:
    # "Police put the turnout at 22,000" / "the PSP police estimated 45,000":
    # the clauses differ (cosine 0.5), the source is the same.
    claims = [quantity("a", 1, 22000, counted="protesters", speaker="police"),
              quantity("b", 1, 45000, counted="protesters", speaker="psp police")]
    assert [c.kind for c in run(claims, _apart(0.5))] == ["numeric"]
    unsourced = [quantity("a", 1, 22000, counted="protesters"), quantity("b", 1, 45000, counted="protesters")]
    assert run(unsourced, _apart(0.5)) == []


def test_a_verb_of_one_kind_ties_dates_a_month_apart_but_not_years_apart() -> None:
    def dated(first: dt.date, second: dt.date) -> list[Claim]:
        return [replace(date_claim("a", 1, first), predicate="destroy"),
                replace(date_claim("b", 1, second), predicate="destroy")]

    month_slip = dated(dt.date(2024, 10, 12), dt.date(2024, 11, 12))
    assert [c.kind for c in run(month_slip, _apart(0.6))] == ["date"]
    assert run(dated(dt.date(2003, 2, 10), dt.date(2012, 8, 7)), _apart(0.6)) == []


def test_hedges_that_touch_at_one_round_figure_do_not_conflict() -> None:
    def hedged(claim: Claim, hedge: str) -> Claim:
        assert claim.quantity is not None
        return replace(claim, quantity=replace(claim.quantity, hedge=hedge))

    over = hedged(quantity("a", 1, 100e9, 100e9 * (1 + 1e-9), float("inf"), counted="dollars"), "over")
    nearly = hedged(quantity("b", 1, 100e9, 90e9, 100e9, counted="dollars"), "nearly")
    assert run([over, nearly]) == []
    assert [c.kind for c in run([over, quantity("b", 1, 80e9, 72e9, 88e9, counted="dollars")])] == ["numeric"]


def test_an_exact_count_just_past_a_round_hedge_is_a_conflict() -> None:
    # "7,028 confirmed cases" against "less than 7,000 cases": the exact count
    # is not on the hedge's side of the round figure, however close.
    under = quantity("b", 1, 7000, 0, 7000, counted="cases")
    assert under.quantity is not None
    under = replace(under, quantity=replace(under.quantity, hedge="less than"))
    assert [c.kind for c in run([quantity("a", 1, 7028, counted="cases"), under])] == ["numeric"]


def test_a_report_that_states_both_values_as_two_facts_makes_them_no_rivals() -> None:
    # Report a says seven bullets hit him and, further down, that one entered
    # his shoulder: report b's "seven" is no rival of a's "one".
    claims = [quantity("a", 1, 7, counted="bullets"), quantity("a", 5, 1, counted="bullets"),
              quantity("b", 1, 7, counted="bullets")]
    conflicts = run(claims)
    assert all(c.scope == "within-report" for c in conflicts)


def _at_similarity(similarity: float) -> np.ndarray:
    """Two claims embedded at the given cosine similarity."""
    return np.array([[1.0, 0.0], [similarity, (1 - similarity ** 2) ** 0.5]], dtype=np.float32)


def test_figures_that_differ_by_two_digits_trading_places_are_compared_in_unlike_words() -> None:
    # "The plant employs 6,410 people" / "its workforce of 6,140": the slip
    # keeps the figure's story, not its wording (similarity 0.3).
    employs, workforce = quantity("a", 1, 6410, counted="workers"), quantity("b", 1, 6140, counted="workers")
    assert [c.kind for c in run([employs, workforce], _at_similarity(0.3))] == ["numeric"]
    # Other digits, or only two significant ones (37 and 73), need the usual similarity.
    assert run([employs, quantity("b", 1, 6150, counted="workers")], _at_similarity(0.3)) == []
    assert run([quantity("a", 1, 37, counted="workers"), quantity("b", 1, 73, counted="workers")],
               _at_similarity(0.3)) == []
    # A hedge, or sentences about nothing alike, keeps them apart.
    about = quantity("b", 1, 6140, 6100, 6180, counted="workers")
    assert about.quantity is not None
    assert run([employs, replace(about, quantity=replace(about.quantity, hedge="about"))], _at_similarity(0.3)) == []
    assert run([employs, workforce], _at_similarity(0.1)) == []


def test_one_act_told_by_two_verbs_of_its_kind_on_two_days_is_misdated() -> None:
    docked = replace(date_claim("a", 1, dt.date(2026, 3, 9)), predicate="dock")
    berthed = replace(date_claim("b", 1, dt.date(2026, 3, 10)), predicate="berth")
    assert [c.kind for c in run([docked, berthed], _at_similarity(0.6))] == ["date"]
    # A ship that sailed on one day and berthed on the next did two things.
    assert run([replace(docked, predicate="sail"), berthed], _at_similarity(0.6)) == []
    # Results presented on one day and unveiled on another: one press conference misdated.
    presented, unveiled = replace(docked, predicate="present"), replace(berthed, predicate="unveil")
    assert [c.kind for c in run([presented, unveiled], _at_similarity(0.6))] == ["date"]


def test_one_of_the_events_own_outlets_relays_and_is_no_rival_speaker() -> None:
    from checker.pipeline import _outlets_of_the_event

    paper = Report(id="el-oriental", event="e", text="x", source="El Oriental")
    live = Report(id="live", event="e", text="x")
    relayed = statement("live", 1, "el oriental")
    association = statement("b", 1, "aesc")
    assert [c.kind for c in run([relayed, association])] == ["attribution"]
    marked = _outlets_of_the_event([relayed, association], [paper, live])
    assert [c.speaker_label for c in marked] == ["OUTLET", ""]
    assert run(marked) == []


def test_a_day_nothing_happened_is_no_rival_of_the_day_it_did() -> None:
    crossed = replace(date_claim("a", 1, dt.date(2026, 10, 15)), predicate="cross")
    none_crossed = replace(date_claim("b", 1, dt.date(2026, 10, 12)), predicate="cross", frame=Frame(negated=True))
    assert run([crossed, none_crossed]) == []
    assert [c.kind for c in run([crossed, replace(none_crossed, frame=Frame())])] == ["date"]


def test_a_months_share_alone_is_no_places_share() -> None:
    from checker.align import _PLACE_ALONE

    assert _PLACE_ALONE.search("In Canterbury alone, 1,105 appointments were postponed")
    assert not _PLACE_ALONE.search("In September alone, 3.24 million tonnes of coal went through")


def test_two_goods_that_fetch_a_price_per_kilo_are_two_prices() -> None:
    def price(report: str, value: float, good: str) -> Claim:
        c = quantity(report, 1, value, counted="per kilo", subject=good, predicate="fetch")
        return replace(c, predicate="fetch")

    olives, oil = price("a", 1.9, "olives"), price("b", 10.5, "extra virgin oil")
    assert run([olives, oil]) == []
    # One good's two prices do conflict.
    assert [c.kind for c in run([price("a", 12.5, "olive oil"), oil])] == ["numeric"]


def test_a_ship_grounded_on_a_named_shoal_is_in_the_area_another_report_names() -> None:
    shoal = replace(quantity("a", 1, 421, counted="passengers"), entities=("GPE:kalvskar",),
                    context="The ferry, with 421 passengers aboard, ran aground on the Kalvskär shoal.")
    islands = replace(quantity("b", 1, 412, counted="passengers"), entities=("GPE:aland islands",),
                      context="A ferry with 412 passengers ran aground in the Aland Islands.")
    assert [c.kind for c in run([shoal, islands])] == ["numeric"]
    # A place named as a place, not as a spot, still sets the clauses apart.
    town = replace(shoal, context="The ferry, with 421 passengers aboard, ran aground near Kalvskar.")
    assert run([town, islands]) == []


def test_passengers_listed_after_a_count_of_people_are_the_count_of_passengers() -> None:
    listed = quantity("a", 1, 412, counted="passengers", frame=Frame(aggregation="part"))
    assert listed.quantity is not None
    listed = replace(listed, quantity=replace(listed.quantity, surface="412"),
                     context="There were 498 people on board: 412 passengers and 86 crew members.")
    plain = replace(quantity("b", 1, 421, counted="passengers"), context="The ferry, with 421 passengers aboard")
    assert [c.kind for c in run([listed, plain])] == ["numeric"]
    # A part picked out by a narrowing verb is not the count of its kind, nor
    # are those who did something, nor a part by place.
    hurt = replace(listed, context="Of the 498 people on board, 412 passengers were hurt.")
    assert run([hurt, plain]) == []
    left = replace(listed, context="In all, 501 people left the ship: all 412 passengers and 64 crew members.")
    assert run([left, plain]) == []
    staff = quantity("a", 1, 410, counted="people", frame=Frame(aggregation="part"))
    assert staff.quantity is not None
    at_vienna = replace(staff, quantity=replace(staff.quantity, surface="410"),
                        context="Ostalpen Air employs 612 people: 410 at Vienna Airport, 148 at the Graz base.")
    assert run([at_vienna, replace(quantity("b", 1, 600, counted="people"))]) == []


def test_a_total_for_a_month_is_the_months_plain_count_told_by_a_verb_of_its_kind() -> None:
    october = DateRef(surface="October", start=0, end=7, granularity="month", earliest=dt.date(2026, 10, 1),
                      latest=dt.date(2026, 10, 31))
    total = replace(quantity("a", 1, 874, counted="ships", predicate="transit", frame=Frame(aggregation="total")),
                    date=october, predicate="transit", context="A total of 874 vessels transited the canal in October 2026")
    plain = replace(quantity("b", 1, 847, counted="ships", predicate="pass"), date=october, predicate="pass",
                    context="847 vessels passed through the canal in October")
    assert [c.kind for c in run([total, plain])] == ["numeric"]
    # A total still running is not the month's count.
    running = replace(total, context="A total of 874 vessels have transited the canal so far in October")
    assert run([running, plain]) == []


def test_figures_of_two_seasons_are_two_facts() -> None:
    def oil(report: str, value: float, surface: str, context: str) -> Claim:
        c = quantity(report, 1, value, counted="oil")
        assert c.quantity is not None
        return replace(c, quantity=replace(c.quantity, surface=surface), context=context)

    next_crop = oil("a", 340_000, "340,000 t", "ONH's first estimate for the 2026/27 crop is 340,000 t of oil")
    harvest = oil("b", 500_000, "500,000 tonnes", "The ministry puts the 2025/26 harvest at 500,000 tonnes of oil")
    assert run([next_crop, harvest]) == []
    same_season = replace(next_crop, context="ONH's first estimate for the 2025/26 crop is 340,000 t of oil")
    assert [c.kind for c in run([same_season, harvest])] == ["numeric"]


def test_a_figure_an_inventory_shows_is_the_figure_held() -> None:
    shown = quantity("a", 1, 1_860_000, counted="wheat", predicate="show")
    held = quantity("b", 1, 1_680_000, counted="wheat", predicate="hold")
    assert [c.kind for c in run([replace(shown, predicate="show"), replace(held, predicate="hold")])] == ["numeric"]
    # Two verbs of different deeds still keep their figures apart.
    sold = quantity("b", 1, 1_680_000, counted="wheat", predicate="sell")
    assert run([replace(held, report="a", predicate="hold"), replace(sold, predicate="sell")]) == []
    # What evidence shows is a stock held, not what was exported.
    exported = quantity("b", 1, 5_200_000, counted="wheat", predicate="export")
    assert run([replace(shown, predicate="show"), replace(exported, predicate="export")]) == []


def test_a_figure_of_another_kind_of_event_sets_no_value_apart() -> None:
    # Report b also says "more than 20 passengers were injured": that is no
    # second figure of passengers on board, so a's 147 still meets b's 174.
    claims = [quantity("a", 1, 147, counted="passengers", predicate="carry"),
              quantity("b", 1, 174, counted="passengers", predicate="carry"),
              quantity("b", 4, 20, 20.000001, float("inf"), counted="passengers", predicate="injure")]
    assert [c.scope for c in run(claims) if 1 in {x.sentence for x in c.claims}] == ["cross-report"]


def test_a_report_in_its_own_voice_discloses_a_sources_other_figure() -> None:
    # "Tens of thousands marched" and "organisers said 150,000" in report a:
    # report b's organisers' 150,000 is the figure a already set apart.
    claims = [quantity("a", 1, 50000, 20000, 99999, counted="protesters"),
              quantity("a", 4, 150000, counted="protesters", speaker="organisers"),
              quantity("b", 1, 150000, counted="protesters", speaker="organisers")]
    assert [c for c in run(claims) if c.scope == "cross-report"] == []


def test_another_sources_figure_in_the_report_does_not_excuse_a_sources_own() -> None:
    # Report a gives the police's 22,000 and the organisers' 45,000; report b
    # says the police counted 45,000: the police figure still disagrees.
    claims = [quantity("a", 1, 22000, counted="protesters", speaker="police"),
              quantity("a", 4, 45000, counted="protesters", speaker="organisers"),
              quantity("b", 1, 45000, counted="protesters", speaker="police")]
    assert [c.scope for c in run(claims)] == ["cross-report"]


def test_a_measured_bound_and_its_figure_still_conflict() -> None:
    # "more than 58 reviews" excludes 58; the hedge bounds a measured figure.
    more = quantity("a", 1, 58, 59, float("inf"), counted="reviews")
    more = replace(more, quantity=replace(more.quantity, hedge="more than"))
    assert [c.kind for c in run([more, quantity("b", 1, 58, counted="reviews")])] == ["numeric"]


def test_a_figure_of_he_is_not_set_against_a_named_persons() -> None:
    he = quantity("a", 1, 9, counted="carries", subject="he")
    charles = replace(quantity("b", 1, 22, counted="carries", subject="jamaal charles"),
                      entities=("PERSON:jamaal charles",))
    assert run([he, charles]) == []
    assert [c.kind for c in run([replace(he, entities=("PERSON:jamaal charles",), quantity=replace(
        he.quantity, subject="jamaal charles")), charles])] == ["numeric"]


def test_a_figure_dated_long_before_its_report_is_history_not_the_storys_figure() -> None:
    old = replace(quantity("a", 1, 3.0, counted="quake"), date=DateRef(
        surface="June 2012", start=0, end=9, granularity="month", earliest=dt.date(2012, 6, 1),
        latest=dt.date(2012, 6, 30)))
    now = quantity("b", 1, 4.4, counted="quake")
    published = {"a": dt.date(2013, 3, 14), "b": dt.date(2013, 3, 14)}
    assert run([old, now], published=published) == []
    assert [c.kind for c in run([old, now])] == ["numeric"]  # without report dates, nothing says so
    # An undated report is as recent as the event's dated ones: its dated figure is history too.
    assert run([old, now], published={"b": dt.date(2013, 3, 14)}) == []
    # An outbreak on another ship in February, told in an April story, is
    # history too: a month before the report is long enough.
    february = replace(old, date=replace(old.date, surface="February", earliest=dt.date(2026, 2, 1),
                                         latest=dt.date(2026, 2, 28)))
    assert run([february, now], published={"a": dt.date(2026, 4, 18), "b": dt.date(2026, 4, 20)}) == []
    # A date opening the sentence dates each figure of it ("On 19 February,
    # gunmen looted six trucks ... and one driver was killed").
    opening = replace(date_claim("a", 1, dt.date(2026, 2, 19)), sentence_key="on 19 february gunmen looted trucks")
    opening = replace(opening, date=replace(opening.date, surface="19 February"))
    one = quantity("a", 1, 1, counted="quake")
    assert run([one, now, opening], published={"a": dt.date(2026, 4, 18), "b": dt.date(2026, 4, 20)}) == []
    # The one month a sentence gives dates its figures ("a blaze in October at
    # the Lindale plant, which injured four workers"), against dated ones too.
    october = replace(date_claim("a", 1, dt.date(2025, 10, 1)), sentence_key="the fire follows a blaze in october")
    october = replace(october, date=replace(october.date, surface="October", granularity="month",
                                            latest=dt.date(2025, 10, 31)))
    dated_now = replace(now, date=replace(october.date, surface="Tuesday", earliest=dt.date(2026, 3, 10),
                                          latest=dt.date(2026, 3, 10)))
    assert run([one, dated_now, october], published={"a": dt.date(2026, 3, 12), "b": dt.date(2026, 3, 12)}) == []
    # "since January" counts up to now: not history.
    since = replace(february, date=replace(february.date, surface="January"), sentence_key="48 quakes since january")
    assert [c.kind for c in run([since, now], published={"a": dt.date(2026, 4, 18), "b": dt.date(2026, 4, 20)})] \
        == ["numeric"]
    # ... but "the deadliest since 2012, when 16 people died" is 2012's figure.
    when = replace(since, sentence_key="the deadliest since january when 48 quakes struck")
    assert run([when, now], published={"a": dt.date(2026, 4, 18), "b": dt.date(2026, 4, 20)}) == []
    # ... nor a figure of last week.
    last_week = replace(old, date=replace(old.date, surface="last week", earliest=dt.date(2026, 4, 6),
                                          latest=dt.date(2026, 4, 12)))
    assert [c.kind for c in run([last_week, now], published={"a": dt.date(2026, 4, 18), "b": dt.date(2026, 4, 20)})] \
        == ["numeric"]


def test_dates_tied_by_a_verb_of_one_kind_need_alike_clauses_or_more_evidence() -> None:
    # "a crowd gathered tonight" / "200 people attended the vigil on Wednesday":
    # clauses only loosely alike (0.45) and nothing else in common.
    def dated(predicate: str, **extra) -> list[Claim]:
        return [replace(date_claim("a", 1, dt.date(2013, 3, 11)), predicate=predicate, **extra),
                replace(date_claim("b", 1, dt.date(2013, 3, 13)), predicate="attend" if predicate == "gather" else predicate,
                        **extra)]

    assert run(dated("gather"), _apart(0.45)) == []
    assert [c.kind for c in run(dated("gather"), _apart(0.6))] == ["date"]
    # The same event noun ("the flood hit", "floods killed") or a shared place is enough.
    assert [c.kind for c in run(dated("flood"), _apart(0.45))] == ["date"]
    assert [c.kind for c in run(dated("gather", entities=("GPE:lisbon",)), _apart(0.45))] == ["date"]


def test_an_event_noun_modifying_another_noun_does_not_name_the_event() -> None:
    crash = replace(date_claim("a", 1, dt.date(2026, 3, 14)), predicate="crash",
                    context="Saturday night's bus crash at Kiambiru")
    visit = replace(date_claim("b", 1, dt.date(2026, 3, 15)), predicate="visit",
                    context="who visited the crash site on Sunday")
    medical = replace(date_claim("b", 2, dt.date(2026, 7, 11)), predicate="medical",
                      context="who was at the park for the medical on Saturday 11 July")
    underwent = replace(date_claim("a", 2, dt.date(2026, 7, 12)), predicate="undergo",
                        context="underwent his medical at the park on Sunday 12 July")
    assert run([crash, visit], _apart(0.4)) == []
    assert [c.kind for c in run([medical, underwent], _apart(0.4))] == ["date"]


def test_days_one_sentence_lists_are_two_facts_but_not_chained_through_others() -> None:
    boy_a, girl_a = date_claim("a", 1, dt.date(2026, 2, 19)), date_claim("a", 1, dt.date(2026, 3, 2))
    girl_b = date_claim("b", 1, dt.date(2026, 3, 2))
    # "A boy died on 19 February and a girl on 2 March": report b's 2 March is the girl's.
    assert run([boy_a, girl_a, girl_b]) == []
    # A third report's 19 February is still a rival of b's 2 March for the same death.
    assert [c.kind for c in run([date_claim("c", 1, dt.date(2026, 2, 19)), girl_b])] == ["date"]


def test_one_name_with_a_letter_doubled_or_not_is_one_speaker_of_a_quote() -> None:
    # A radio transcript's "NIILAS AIKIO" and a paper's "Niillas Aikio": one herder, spelled two ways.
    paper, radio = statement("a", 1, "niillas aikio"), statement("b", 1, "niilas aikio")
    paper, radio = (replace(c, speaker_label="PERSON", attribution=replace(c.attribution, quote="The fire took the summer "
                    "pasture and the lichen that would have fed the herd.")) for c in (paper, radio))
    assert not compatible(paper, radio)
    assert compatible(paper, replace(radio, attribution=replace(radio.attribution, speaker="anneli aikio")))


def test_two_bodies_give_the_same_advice_but_not_the_same_quote() -> None:
    dsp, ministry = statement("a", 1, "public health directorate"), statement("b", 1, "ministry of health")
    dsp, ministry = (replace(c, speaker_label="ORG", attribution=replace(c.attribution, cue="asks"))
                     for c in (dsp, ministry))
    assert not compatible(dsp, ministry)  # "the DSP asks parents ...", "the ministry asks parents ..."
    quoted = [replace(c, attribution=replace(c.attribution, quote="Ring your doctor first.")) for c in (dsp, ministry)]
    assert compatible(*quoted)


def test_two_quotes_on_one_topic_are_two_statements_one_quote_edited_is_one() -> None:
    def quoted(report: str, speaker: str, words: str) -> Claim:
        c = statement(report, 1, speaker)
        return replace(c, attribution=replace(c.attribution, quote=words), context=words, speaker_label="PERSON")

    obama = quoted("a", "obama", "For more than three decades, the Act has successfully protected our nation's "
                                 "most threatened wildlife.")
    locke = quoted("b", "locke", "For decades, the Act has protected threatened species and their habitats.")
    edited = quoted("b", "locke", "For more than three decades, the Act has protected our nation's most "
                                  "threatened wildlife.")
    assert not compatible(obama, locke)
    assert compatible(obama, edited)


def test_a_quotation_over_several_sentences_credited_to_another_speaker_is_one_conflict() -> None:
    def quoted(report: str, sentence: int, speaker: str, words: str) -> Claim:
        c = statement(report, sentence, speaker)
        return replace(c, id=f"{report}/s{sentence}", attribution=replace(c.attribution, quote=words), context=words,
                       speaker_label="PERSON")

    first, second = "Do not eat these cheeses today.", "Throw them away or take them back to the shop."
    claims = [quoted("a", 3, "femke rijnders", first), quoted("a", 4, "femke rijnders", second),
              quoted("b", 7, "jan vermeersch", first), quoted("b", 8, "jan vermeersch", second)]
    vectors = np.array([[1, 0], [0, 1], [1, 0], [0, 1]], dtype=np.float32)
    conflicts = run(claims, vectors)
    assert [(c.kind, len(c.claims)) for c in conflicts] == [("attribution", 4)]


def test_an_acronym_names_a_body_so_it_is_no_rival_of_a_person() -> None:
    firm = replace(statement("a", 1, "idc"), attribution=Attribution(speaker="idc", speaker_surface="IDC", cue="according to"))
    assert not compatible(firm, statement("b", 1, "lisa su"))
    assert compatible(firm, replace(statement("b", 1, "gartner"), speaker_label="ORG"))


def test_a_post_written_as_an_acronym_is_a_role_not_a_body() -> None:
    police = replace(statement("a", 1, "nypd"), attribution=Attribution(speaker="nypd", speaker_surface="NYPD", cue="said"))
    da = replace(statement("b", 1, "da"), attribution=Attribution(speaker="da", speaker_surface="DA", cue="said"))
    assert not compatible(police, da)


def test_one_report_giving_two_unnamed_sources_figures_discloses_a_disagreement() -> None:
    claims = [quantity("a", 1, 40, counted="injured", speaker="officials"),
              quantity("a", 3, 60, counted="injured", speaker="witnesses")]
    assert run(claims) == []
    assert [c.scope for c in run([claims[0], replace(claims[1], report="b")])] == ["cross-report"]


def test_a_spokesman_of_one_body_is_a_rival_of_another_body() -> None:
    kala = replace(statement("a", 1, "piotr kala"), speaker_label="PERSON",
                   speaker_affiliation="lodz regional prosecutor office")
    commission = replace(statement("b", 1, "state commission for railway accident investigation"), speaker_label="ORG")
    prosecutor = replace(statement("c", 1, "lodz regional prosecutor office"), speaker_label="ORG")
    assert compatible(kala, commission)
    assert not compatible(kala, prosecutor)
    assert not compatible(replace(kala, speaker_affiliation=""), commission)


def test_two_descriptions_of_one_body_are_one_body() -> None:
    chairman = replace(statement("a", 1, "marek zulawski"), speaker_label="PERSON",
                       speaker_affiliation="state commission for railway accident investigation")
    head = replace(statement("b", 1, "state rail accident investigation commission"), speaker_label="ORG")
    assert not compatible(chairman, head)


def test_a_toll_an_undated_report_says_stands_now_is_an_update_of_an_earlier_count() -> None:
    earlier = replace(quantity("a", 1, 27, counted="cases"), context="the agency had counted 27 cases")
    now = replace(quantity("b", 1, 40, 40, float("inf"), counted="cases"), context="the agency now counts more than 40 cases")
    assert [c.status for c in run([earlier, now], published={"a": dt.date(2026, 3, 17)})] == ["update"]
    then = replace(now, context="the agency counted more than 40 cases")
    assert [c.status for c in run([earlier, then], published={"a": dt.date(2026, 3, 17)})] == ["open"]


def _half_alike() -> np.ndarray:
    # Cosine 0.5: above the floor for structural matches, far below date_similarity.
    return np.array([[1, 0, 0, 0, 0, 0, 0, 0], [0.5, 0.866, 0, 0, 0, 0, 0, 0]], dtype=np.float32)


def test_a_dated_event_noun_named_by_the_other_clause_ties_the_dates() -> None:
    since = replace(date_claim("a", 5, dt.date(2026, 2, 10)), predicate="fault", context="Since the fault on 10 February")
    detected = replace(date_claim("a", 1, dt.date(2026, 2, 11)), predicate="detect",
                       context="The fault on EstFin 3 was detected at 14:17 on Wednesday 11 February")
    assert [c.kind for c in run([since, detected], _half_alike())] == ["date"]


def test_a_clause_dating_a_stage_of_the_event_is_not_its_date() -> None:
    began = replace(date_claim("a", 1, dt.date(2025, 11, 3)), predicate="strike", context="Since the strike began on Monday")
    third_day = replace(date_claim("b", 1, dt.date(2025, 11, 5)), predicate="enter",
                        context="The strike entered its third day on Wednesday")
    assert run([began, third_day], _half_alike()) == []


def test_a_count_given_as_of_a_time_grows_into_a_later_larger_count() -> None:
    claims = [replace(quantity("a", 1, 96, counted="aftershocks"), context="BMKG had recorded 96 aftershocks by 18:00 local time"),
              quantity("b", 1, 214, counted="aftershocks")]
    assert [c.status for c in run(claims, published={"a": dt.date(2026, 4, 16), "b": dt.date(2026, 4, 18)})] == ["update"]


def test_a_provisional_count_and_the_certified_one_are_an_update_either_way() -> None:
    claims = [replace(quantity("a", 1, 170_896, counted="votes"), context="Sensini received 170,896 votes in the provisional count"),
              replace(quantity("b", 1, 170_561, counted="votes"), context="According to the certified results, Sensini received 170,561 votes")]
    assert [c.status for c in run(claims, published={"a": dt.date(2026, 5, 25), "b": dt.date(2026, 6, 4)})] == ["update"]


def test_a_figure_whose_sentence_points_back_at_a_preliminary_result_is_revised_by_design() -> None:
    claims = [quantity("a", 2, 29, counted="votes"), quantity("b", 2, 9, counted="votes")]
    texts = {("a", 1): "According to the preliminary result, Völkel received 12,391 votes and Brückner 12,362.",
             ("a", 2): "The difference is 29 votes.",
             ("b", 1): "The new numbers after the recount: Völkel 12,384, Brückner 12,375.",
             ("b", 2): "That is a margin of nine votes."}
    published = {"a": dt.date(2026, 4, 29), "b": dt.date(2026, 5, 5)}
    assert [c.status for c in run(claims, published=published, texts=texts)] == ["update"]
    # A sentence that does not point back takes nothing from the one before.
    texts[("a", 2)] = "Turnout was low, and 29 votes were cast by post."
    assert [c.status for c in run(claims, published=published, texts=texts)] == ["open"]


def test_a_count_in_the_present_perfect_is_a_running_total_as_so_far_is() -> None:
    so_far = replace(quantity("a", 1, 2340, counted="people", predicate="report", frame=Frame(aggregation="total")),
                     context="So far 2,340 people in the UK have reported buying fake tickets")
    perfect = replace(quantity("b", 1, 1200, counted="people", predicate="report"),
                      context="1,200 people across the UK have reported buying fake tickets")
    published = {"a": dt.date(2026, 5, 19), "b": dt.date(2026, 5, 20)}
    assert [c.kind for c in run([so_far, perfect], published=published)] == ["numeric"]
    # A plain past count may be one day's: it stays apart from the running total.
    past = replace(perfect, context="1,200 people reported buying fake tickets on Tuesday")
    assert run([so_far, past], published=published) == []


def test_vehicles_trapped_stuck_or_caught_are_one_count() -> None:
    trapped = quantity("a", 1, 7460, counted="vehicles", predicate="trap")
    stuck = quantity("b", 1, 4800, 4700, 4900, counted="vehicles", predicate="stick")
    assert [c.kind for c in run([trapped, stuck])] == ["numeric"]
    freed = quantity("b", 1, 4800, 4700, 4900, counted="vehicles", predicate="free")
    assert run([trapped, freed]) == []


def test_an_infinitive_dated_after_the_report_is_still_ahead() -> None:
    appeared = replace(date_claim("a", 1, dt.date(2026, 5, 22)), predicate="appear",
                       context="Both appeared at the magistrates' court on Friday 22 May.")
    to_appear = replace(date_claim("a", 2, dt.date(2026, 6, 18)), predicate="appear",
                        context="both were remanded in custody to appear at the Crown Court on 18 June")
    published = {"a": dt.date(2026, 5, 26)}
    assert run([appeared, to_appear], published=published) == []
    # Dated before the report came out, the same words date what already happened.
    earlier = replace(to_appear, date=replace(to_appear.date, earliest=dt.date(2026, 5, 21), latest=dt.date(2026, 5, 21)))
    assert [c.kind for c in run([appeared, earlier], published=published)] == ["date"]


def test_a_thing_both_dated_clauses_name_ties_one_verbs_dates() -> None:
    first = replace(date_claim("a", 1, dt.date(2026, 4, 17)), predicate="reopen",
                    context="The road from Palu reopened on Friday 17 April")
    later = replace(date_claim("a", 6, dt.date(2026, 4, 18)), predicate="reopen", context="Since the road reopened on 18 April")
    assert [c.kind for c in run([first, later], _half_alike())] == ["date"]
    other = replace(later, context="Since the airport reopened on 18 April")
    assert run([first, other], _half_alike()) == []


def test_defendants_sentenced_and_one_acquitted_are_two_counts() -> None:
    sentenced = quantity("a", 1, 4, counted="defendant", predicate="give")
    acquitted = quantity("b", 1, 1, counted="defendant", predicate="acquit")
    assert run([sentenced, acquitted]) == []


def test_an_event_noun_in_the_plural_names_the_same_event() -> None:
    searches = replace(date_claim("a", 1, dt.date(2021, 6, 15)), predicate="detain",
                       context="On 15 June 2021, in searches in Gdansk, officers detained six people.")
    later = replace(date_claim("a", 7, dt.date(2021, 7, 15)), predicate="search",
                    context="after the searches of 15 July 2021")
    assert [c.kind for c in run([searches, later], _half_alike())] == ["date"]


def test_two_parts_of_one_group_picked_by_different_verbs_are_two_subsets() -> None:
    shown = quantity("a", 1, 14, counted="survivor", predicate="show", frame=Frame(aggregation="part"))
    children = quantity("b", 1, 5, counted="survivor", predicate="be", frame=Frame(aggregation="part"))
    assert run([shown, children]) == []


def test_a_state_that_still_holds_in_an_undated_report_is_an_update() -> None:
    claims = [replace(quantity("a", 1, 20, 20, float("inf"), counted="people"), context="more than 20 people were in the sea"),
              replace(quantity("b", 1, 18, counted="people"), context="about 18 people are still in the sea")]
    assert [c.status for c in run(claims, published={"a": dt.date(2026, 4, 18)})] == ["update"]
    claims[1] = replace(claims[1], context="about 18 people are in the sea")
    assert [c.status for c in run(claims, published={"a": dt.date(2026, 4, 18)})] == ["open"]


def test_a_running_count_in_an_undated_report_against_an_earlier_days_figure_is_an_update() -> None:
    sfax = replace(quantity("a", 2, 14, counted="deaths"), date=DateRef(
        surface="9 April", start=0, end=7, granularity="day", earliest=dt.date(2026, 4, 9), latest=dt.date(2026, 4, 9)))
    monday = replace(quantity("a", 1, 11, counted="deaths"), context="Eleven bodies had been recovered by Monday")
    assert [c.status for c in run([monday, sfax])] == ["update"]


def test_the_running_count_by_a_named_day_in_an_undated_report_is_an_update() -> None:
    early = quantity("a", 1, 1900, counted="appointments")
    late = replace(quantity("b", 1, 9800, counted="appointments"), context="By 19 March the trust had cancelled 9,800")
    assert [c.status for c in run([early, late], published={"a": dt.date(2026, 3, 16)})] == ["update"]


def test_a_running_count_a_report_dates_after_another_count_is_an_update_whichever_says_so() -> None:
    # An earlier plain count, then a dated later report's "by 19 March 9,800":
    # the later one is given as it stood, so the count grew.
    early = quantity("a", 1, 1900, counted="appointments")
    day = DateRef(surface="19 March", start=0, end=8, granularity="day",
                  earliest=dt.date(2026, 3, 19), latest=dt.date(2026, 3, 19))
    late = replace(quantity("b", 1, 9800, counted="appointments"), date=day,
                   context="By 19 March the trust had cancelled 9,800")
    published = {"a": dt.date(2026, 3, 16), "b": dt.date(2026, 3, 21)}
    assert [c.status for c in run([early, late], published=published)] == ["update"]
    plain = replace(late, date=None, context="the trust had cancelled 9,800")
    assert [c.status for c in run([early, plain], published=published)] == ["open"]


def test_more_people_found_affected_in_a_later_report_is_an_update() -> None:
    early = replace(quantity("a", 1, 18400, counted="user"), context="18,400 users held balances in the affected wallet")
    late = replace(quantity("b", 1, 31250, counted="user"), context="31,250 held balances in the affected wallet")
    published = {"a": dt.date(2026, 5, 11), "b": dt.date(2026, 5, 13)}
    assert [c.status for c in run([early, late], published=published)] == ["update"]
    # Fewer affected later is no growth: the reports disagree.
    assert [c.status for c in run([late, replace(early, report="c", id="c/c1")],
                                  published={"b": dt.date(2026, 5, 11), "c": dt.date(2026, 5, 13)})] == ["open"]


def test_one_days_reports_set_a_count_dated_the_day_before_against_a_later_one() -> None:
    # Thursday's paper: "by Wednesday evening 238 ships were waiting"; Thursday's
    # statement: 312 waiting when she was refloated.
    wednesday = DateRef(surface="Wednesday evening", start=0, end=17, granularity="day",
                        earliest=dt.date(2026, 2, 11), latest=dt.date(2026, 2, 11))
    evening = replace(quantity("a", 1, 238, counted="ships", predicate="wait"), date=wednesday,
                      context="By Wednesday evening 238 ships were waiting")
    refloated = quantity("b", 1, 312, counted="ships", predicate="wait")
    published = {"a": dt.date(2026, 2, 12), "b": dt.date(2026, 2, 12)}
    assert [c.status for c in run([evening, refloated], published=published)] == ["update"]


def test_the_day_someone_spoke_is_not_the_date_of_what_they_spoke_about() -> None:
    led = replace(date_claim("a", 1, dt.date(2018, 6, 1)), predicate="lead",
                  context="Mayor Andrej Pungercar, who has led the municipality since 2018")
    spoke = replace(date_claim("b", 1, dt.date(2026, 10, 18)), predicate="speak",
                    context="Mayor Andrej Pungercar, speaking on Sunday")
    assert run([led, spoke]) == []
    said = replace(date_claim("c", 1, dt.date(2026, 10, 19)), predicate="say",
                   context="Mayor Andrej Pungercar said on Monday")
    assert [c.kind for c in run([said, spoke])] == ["date"]


def test_a_time_and_a_day_of_one_sentence_against_another_day_are_one_conflict() -> None:
    day = date_claim("a", 1, dt.date(2026, 3, 9))
    time = replace(day, id="a/c1t", date=replace(day.date, surface="6 a.m.", granularity="time"))
    other = date_claim("b", 4, dt.date(2026, 3, 10))
    conflicts = run([time, day, other])
    assert len(conflicts) == 1 and len(conflicts[0].claims) == 3
    # The explanation gives the day, which the reader compares with the other day.
    assert "6 a.m." not in conflicts[0].explanation and "2026-03-09" in conflicts[0].explanation


def test_the_last_time_of_one_deed_is_one_event_however_far_apart_the_dates() -> None:
    earlier = replace(date_claim("a", 1, dt.date(2023, 5, 15)), predicate="inspect",
                      context="it was last inspected in May 2023")
    later = replace(date_claim("b", 1, dt.date(2024, 5, 14)), predicate="inspect",
                    context="It was last inspected by the water agency on 14 May 2024")
    assert [c.kind for c in run([earlier, later], _half_alike())] == ["date"]
    # Two inspections a year apart are two events.
    plain = replace(earlier, context="it was inspected in May 2023")
    assert run([plain, later], _half_alike()) == []


def test_one_event_noun_ties_dates_even_in_sentences_about_other_things() -> None:
    # Cosine 0.2: the clause "since the fault on 10 February" goes on about contacts with the grid.
    far = np.array([[1, 0, 0, 0, 0, 0, 0, 0], [0.2, 0.98, 0, 0, 0, 0, 0, 0]], dtype=np.float32)
    detected = replace(date_claim("a", 1, dt.date(2026, 2, 11)), predicate="fault",
                       context="The fault on EstFin 3 was detected at 14:17 on Wednesday 11 February")
    since = replace(date_claim("b", 5, dt.date(2026, 2, 10)), predicate="fault",
                    context="Since the fault on 10 February, the operator has been in daily contact with the grid")
    assert [c.kind for c in run([detected, since], far)] == ["date"]
    # A clause dating something else, as far from the first, is not compared.
    contact = replace(since, predicate="contact")
    assert run([detected, contact], far) == []


def _reading(report: str, value: float, place: str) -> Claim:
    claim = quantity(report, 1, value, counted="", predicate="record")
    assert claim.quantity is not None
    return replace(claim, quantity=replace(claim.quantity, unit="degC"), entities=(f"GPE:{place}",))


def test_two_temperatures_read_at_one_named_place_are_one_reading() -> None:
    # Cosine 0.5 is far below the bar for bare amounts; the place and the verb carry it.
    conflicts = run([_reading("a", 47.8, "montoro"), _reading("b", 48.1, "montoro")], _half_alike())
    assert [c.kind for c in conflicts] == ["numeric"]
    assert run([_reading("a", 46.3, "seville"), _reading("b", 48.1, "montoro")], _half_alike()) == []


def test_a_larger_later_count_of_admissions_is_an_update_whatever_noun_it_counts() -> None:
    claims = [quantity("a", 1, 6, counted="people", predicate="admit"),
              quantity("b", 1, 14, counted="people", predicate="admit")]
    published = {"a": dt.date(2026, 6, 11), "b": dt.date(2026, 6, 12)}
    assert [c.status for c in run(claims, published=published)] == ["update"]
    # Fewer admitted later is no growth.
    assert [c.status for c in run(claims, published={"a": published["b"], "b": published["a"]})] == ["open"]


def test_a_toll_an_undated_report_gives_as_it_stands_is_an_update() -> None:
    earlier = quantity("a", 1, 6, counted="deaths")
    dead = replace(quantity("b", 1, 9, counted="deaths"), context="Nine people are dead")
    assert [c.status for c in run([earlier, dead], published={"a": dt.date(2026, 11, 11)})] == ["update"]


def test_a_common_verb_with_the_same_object_on_both_sides_ties_two_close_dates() -> None:
    since = replace(date_claim("a", 1, dt.date(2026, 6, 9)), predicate="issue",
                    context="since the health unit issued the advisory on Tuesday, June 9")
    issued = replace(date_claim("b", 1, dt.date(2026, 6, 10)), predicate="issue",
                     context="On Wednesday, June 10, the health unit issued a boil-water advisory covering the town")
    assert [c.kind for c in run([since, issued], _half_alike())] == ["date"]
    # The same verb with different objects: two acts.
    statement = replace(issued, context="On Wednesday, June 10, the mayor issued an apology to residents")
    assert run([since, statement], _half_alike()) == []


def test_a_common_verb_in_an_irregular_past_form_still_shows_its_object() -> None:
    # "made landfall" on two days: the object is found after "made", not only after "make...".
    tuesday = replace(date_claim("a", 1, dt.date(2026, 3, 10)), predicate="make",
                      context="Cyclone Idris made landfall at around 01:30 local time on Tuesday")
    wednesday = replace(date_claim("b", 1, dt.date(2026, 3, 11)), predicate="make",
                        context="The storm made landfall in the early hours of Wednesday near Beira")
    assert [c.kind for c in run([tuesday, wednesday], _half_alike())] == ["date"]
    statement = replace(wednesday, context="The governor made an appeal for calm on Wednesday")
    assert run([tuesday, statement], _half_alike()) == []


def test_different_verbs_done_to_different_things_date_two_acts() -> None:
    handed = replace(date_claim("a", 1, dt.date(2026, 5, 19)), predicate="hand",
                     context="the ministry had handed the investigation to the CBI on Tuesday")
    registered = replace(date_claim("b", 1, dt.date(2026, 5, 20)), predicate="register",
                         context="The CBI, which registered its own case on Wednesday")
    assert run([handed, registered]) == []
    # One verb's object named by the other ("handed over the case") may be one act misdated.
    transferred = replace(registered, predicate="transfer", context="The ministry transferred the investigation on Wednesday")
    assert [c.kind for c in run([handed, transferred])] == ["date"]


def test_a_count_over_several_days_is_not_one_days_count() -> None:
    day = DateRef(surface="January 13", start=0, end=10, granularity="day", earliest=dt.date(2026, 1, 13),
                  latest=dt.date(2026, 1, 13), resolved=True)
    first_day = replace(quantity("a", 1, 48, counted="train", predicate="cancel"), date=day,
                        context="A total of 48 trains were cancelled on January 13")
    two_days = replace(quantity("b", 1, 82, counted="train", predicate="cancel"),
                       context="In all, 82 trains were cancelled over two days")
    assert run([first_day, two_days]) == []
    # Without the span, the two counts of one day's cancellations disagree.
    undated = replace(two_days, context="In all, 82 trains were cancelled")
    assert [c.kind for c in run([first_day, undated])] == ["numeric"]


def test_every_one_of_a_thing_is_not_those_of_one_place() -> None:
    every = quantity("a", 1, 312, counted="branch", predicate="stay")
    every = replace(every, quantity=replace(every.quantity, surface="312"),
                    context="all 312 of our branches stayed open until 20:00 on Friday")
    leeds = replace(quantity("b", 1, 14, counted="branch", predicate="stay"), entities=("GPE:leeds",),
                    context="Kingsmere's 14 branches in Leeds stayed open until 8 p.m. on Friday")
    assert run([every, leeds]) == []
    # Without "all", the two counts of the branches kept open disagree.
    some = replace(every, context="312 of our branches stayed open until 20:00 on Friday")
    assert [c.kind for c in run([some, leeds])] == ["numeric"]
    # "Across the country" is every place too.
    country = replace(quantity("a", 1, 412, counted="rhinos", predicate="poach"),
                      context="Across the country, 412 rhinos were poached last year")
    limpopo = replace(quantity("b", 1, 38, counted="rhinos", predicate="poach"), entities=("GPE:limpopo",),
                      context="38 rhinos were poached in Limpopo")
    assert run([country, limpopo]) == []


def test_things_people_were_left_stranded_in_are_not_all_the_things_there_are() -> None:
    stranded = quantity("a", 1, 23, counted="cabin", predicate="hang")
    fleet = quantity("b", 1, 64, counted="cabin", predicate="have")
    assert run([stranded, fleet]) == []


def test_two_increments_of_a_repeated_deed_are_two_events_whatever_their_verb() -> None:
    two = replace(date_claim("a", 1, dt.date(2026, 11, 11)), predicate="recover", frame=Frame(aggregation="incremental"),
                  context="Two more bodies were recovered on Wednesday evening")
    three = replace(date_claim("b", 1, dt.date(2026, 11, 13)), predicate="recover", frame=Frame(aggregation="incremental"),
                    context="divers recovered three more bodies on Friday")
    assert run([two, three], _half_alike()) == []


def test_people_brought_ashore_are_never_all_those_on_board() -> None:
    ashore = quantity("a", 1, 300, 270, 300, counted="people", predicate="bring")
    aboard = quantity("b", 1, 332, 332, float("inf"), counted="people", predicate="be")
    assert run([ashore, aboard]) == []


def _hospital_count(report: str, value: float, source: str, predicate: str, hedge: str = "") -> Claim:
    claim = replace(quantity(report, 1, value, counted="workers", predicate=predicate, speaker=source),
                    speaker_label="PERSON")
    assert claim.quantity is not None
    return replace(claim, quantity=replace(claim.quantity, hedge=hedge))


def test_two_officials_exact_counts_of_one_thing_in_two_reports_are_one_fact() -> None:
    collector = _hospital_count("a", 23, "tushar dholakia", "take")
    superintendent = _hospital_count("b", 32, "meenal trivedi", "bring")
    assert [c.kind for c in run([collector, superintendent])] == ["numeric"]
    # One report giving both discloses the disagreement.
    assert run([collector, replace(superintendent, report="a", sentence=2)]) == []
    # An estimate is its source's own ("about 32"): two sources, two facts.
    estimate = _hospital_count("b", 32, "meenal trivedi", "bring", hedge="about")
    assert run([collector, estimate]) == []


def test_one_wrong_date_against_several_reports_is_one_card() -> None:
    blog = date_claim("blog", 1, dt.date(2025, 3, 10))
    others = [date_claim(r, 1, dt.date(2025, 3, 11)) for r in ("a", "b", "c", "d")]
    claims = [blog, *others]
    reports = {c.report: Report(id=c.report, event="e", text="x") for c in claims}
    sentences = {(c.report, c.sentence): Sentence(c.report, c.sentence, 0, 1, f"sentence {c.report}") for c in claims}
    verdicts = [PairVerdict(0, i, 0.6, 1.0, False) for i in range(1, 5)]
    # The alignment put the blog's claim in a fact with report "a" only; the
    # other three pairs are outside any fact, but all four name one wrong date.
    labels = [0, 0, -1, -1, -1]
    conflicts = build_conflicts("e", claims, verdicts, labels, reports, sentences, SETTINGS)
    assert [sorted(c.report for c in conflict.claims) for conflict in conflicts] == [["a", "b", "blog", "c", "d"]]


@pytest.mark.parametrize("a, b, same", [
    ("proclaim", "proclamation", True),
    ("inspect", "inspection", True),
    ("resign", "resignation", True),
    ("station", "state", False),
    ("announce", "announce", False),  # equal predicates are matched as equal, not as noun and verb
])
def test_a_verb_and_the_noun_made_from_it_name_one_act(a: str, b: str, same: bool) -> None:
    from checker.align import nominal_of

    assert nominal_of(a, b) is same


def test_taking_and_pocketing_a_sum_are_one_deed() -> None:
    took = quantity("a", 1, 38.5e6, counted="bribe", predicate="take")
    pocketed = quantity("b", 1, 83.5e6, counted="bribe", predicate="pocket")
    assert compatible(took, pocketed)


@pytest.mark.parametrize("counted, first, second, apart", [
    # Holding and conducting an exam at some centres are one deed.
    ("centre", ("hold", 2317), ("conduct", 2137), "close"),
    # Timber burned and timber destroyed by a fire are one loss.
    ("cubic metre", ("burn", 14800), ("destroy", 18400), "save"),
])
def test_two_verbs_of_one_deed_tell_one_count(counted, first, second, apart) -> None:
    one = quantity("a", 1, first[1], counted=counted, predicate=first[0])
    other = quantity("b", 1, second[1], counted=counted, predicate=second[0])
    assert compatible(one, other)
    assert not compatible(one, replace(other, quantity=replace(other.quantity, predicate=apart)))


def test_two_stages_of_one_plan_are_two_facts() -> None:
    first = replace(quantity("a", 1, 850, counted="position", predicate="reduce"),
                    sentence_key="in the first phase the group reduced its workforce by approximately 850 positions")
    second = replace(quantity("b", 1, 290, counted="position", predicate="include"),
                     sentence_key="the 290 norwegian positions included in the second phase")
    assert not compatible(first, second)
    assert compatible(first, replace(second, sentence_key="the 290 norwegian positions included in the first phase"))
    # Later stages, and stages numbered after their noun, count as well.
    seventh = replace(first, sentence_key="voting ends with the seventh phase on march 6")
    numbered = replace(second, sentence_key="poll diary, phase 3: just over 61% of 2.16 crore voted")
    assert not compatible(seventh, numbered)
    assert compatible(seventh, replace(numbered, sentence_key="phase seven closes the polls"))


def test_counts_beside_one_same_count_are_one_fact_whatever_the_verbs() -> None:
    # Neither "leave" nor "depart" is in the lexicon: alone, two verbs of
    # unknown kinds keep counts apart ("sent" is not "lost").
    left = quantity("a", 1, 2847, counted="passengers", predicate="leave")
    departed = quantity("b", 1, 2947, counted="passengers", predicate="depart")
    assert run([left, departed]) == []
    # Each sentence also gives 1,162 crew members: one list of who was aboard.
    crew = [quantity("a", 1, 1162, counted="crew", predicate="leave"),
            quantity("b", 1, 1162, counted="crew", predicate="depart")]
    conflicts = run([left, departed, *crew])
    assert [(c.kind, sorted(cl.quantity.value for cl in c.claims)) for c in conflicts] == [("numeric", [2847, 2947])]
    # A different other count beside each is no such evidence.
    crew[1] = quantity("b", 1, 1190, counted="crew", predicate="depart")
    assert [c for c in run([left, departed, *crew]) if c.claims[0].quantity.counted == "passengers"] == []


def test_two_digits_traded_tie_counts_told_by_verbs_the_lexicon_does_not_know() -> None:
    # A slip in copying one figure keeps its digits: "left with 2,847
    # passengers" / "departed with 2,874 passengers" is one load misprinted.
    left = quantity("a", 1, 2847, counted="passengers", predicate="leave")
    departed = quantity("b", 1, 2874, counted="passengers", predicate="depart")
    assert [c.kind for c in run([left, departed])] == ["numeric"]
    # Not a verb of an outcome: those hurt are never those aboard.
    hurt = quantity("b", 1, 2874, counted="passengers", predicate="injure")
    assert run([left, hurt]) == []
    # Nor two figures of one report, nor figures too short to be copied wrong.
    assert run([left, replace(departed, report="a", id="a/c2", sentence=2)]) == []
    assert run([quantity("a", 1, 48, counted="passengers", predicate="leave"),
                quantity("b", 1, 84, counted="passengers", predicate="depart")]) == []


def test_a_company_named_with_its_legal_form_is_a_body_not_an_attorney_general() -> None:
    from checker.align import speaker_kind

    assert speaker_kind("halvoren ag", "Halvoren AG") == "org"
    assert speaker_kind("ag", "the AG") == "role"
    # An acronym the tagger took for a name is still a body ("The union, SINCTAP, says").
    assert speaker_kind("sinctap", "SINCTAP", "PERSON") == "org"
    # Two companies' own estimates are two facts, not one count misreported.
    halvoren = quantity("a", 1, 400, 401, float("inf"), counted="workers", speaker="halvoren ag")
    halvoren = replace(halvoren, quantity=replace(halvoren.quantity, hedge="more than"))
    corvanta = quantity("b", 1, 250, counted="workers", speaker="corvanta")
    assert not compatible(halvoren, corvanta)


def test_statements_whose_figures_disagree_are_two_estimates_not_one_statement_credited_twice() -> None:
    berg, lind = statement("a", 1, "anna berg"), statement("b", 1, "jonas lind")
    assert [c.kind for c in run([berg, lind])] == ["attribution"]
    dollars = [quantity("a", 1, 1.4e9, 1.35e9, 1.45e9, counted=""), quantity("b", 1, 2.3e9, 2.25e9, 2.35e9, counted="")]
    dollars = [replace(q, quantity=replace(q.quantity, unit="USD")) for q in dollars]
    assert [c.kind for c in run([berg, lind, *dollars]) if c.kind == "attribution"] == []
    # The same figure in both sentences leaves the statement one, credited twice.
    same = [dollars[0], replace(dollars[0], report="b", id="b/c1")]
    assert [c.kind for c in run([berg, lind, *same]) if c.kind == "attribution"] == ["attribution"]


@pytest.mark.parametrize("similarity, confidence, severity", [
    (1.0, 1.0, "high"),    # the same clause
    (0.35, 0.5, "high"),   # the lowest similarity a match with the structure's support takes
    (0.2, 0.38, "medium"),  # dated clauses tied only by the event they name: one step lower
])
def test_confidence_is_the_strength_of_the_match_and_a_weak_match_lowers_severity(
        similarity: float, confidence: float, severity: str) -> None:
    a, b = date_claim("a", 1, dt.date(2025, 3, 1)), date_claim("b", 1, dt.date(2025, 3, 20))
    reports = {c.report: Report(id=c.report, event="e", text="x") for c in (a, b)}
    sentences = {(c.report, c.sentence): Sentence(c.report, c.sentence, 0, 1, f"sentence {c.report}") for c in (a, b)}
    verdicts = [PairVerdict(0, 1, similarity, 19.0, False)]  # 19 days apart: "high" on its own
    (conflict,) = build_conflicts("e", [a, b], verdicts, [0, 0], reports, sentences, SETTINGS)
    assert (conflict.confidence, conflict.severity) == (confidence, severity)


def test_a_report_dating_a_count_weeks_back_tells_another_occasion_than_its_undated_count() -> None:
    earlier = DateRef(surface="24 September", start=0, end=12, granularity="day", earliest=dt.date(2026, 9, 24),
                      latest=dt.date(2026, 9, 24), resolved=True)
    then = replace(quantity("a", 1, 6, counted="flight", predicate="divert"), date=earlier)
    now = replace(quantity("a", 2, 35, counted="flight", predicate="divert"))
    published = {"a": dt.date(2026, 10, 14)}
    assert run([then, now], published=published) == []
    # A day of the story itself is the undated count's own time.
    yesterday = replace(earlier, earliest=dt.date(2026, 10, 13), latest=dt.date(2026, 10, 13))
    assert [c.kind for c in run([replace(then, date=yesterday), now], published=published)] == ["numeric"]


# --- rules from blind batch 16, end to end on small events ------------------

def _check_event(tmp_path, reports: dict[str, str]):
    from checker.pipeline import check

    event = tmp_path / "event"
    event.mkdir()
    for name, text in reports.items():
        (event / name).write_text(text, encoding="utf-8")
    return check([event], Settings()).events[0]


def _open(result) -> list[tuple[str, tuple[str, ...]]]:
    return [(c.kind, tuple(sorted({x.quantity.surface if x.quantity else x.date.surface if x.date else x.report
                                   for x in c.claims})))
            for c in result.conflicts if c.status == "open"]


def test_two_reports_listing_the_same_other_count_beside_rival_figures_conflict_though_one_says_were(tmp_path):
    result = _check_event(tmp_path, {
        "wire.md": "---\npublished: 2026-01-27\n---\n\nSome 10,249 patients waited longer than four hours. "
                   "Of those, 3,742 were in an emergency department for more than eight hours and 1,508 for more "
                   "than 12 hours.\n",
        "bulletin.md": "---\npublished: 2026-01-29\n---\n\nOf the 24,816 attendances, 3,472 patients spent more "
                       "than eight hours in the department, and 1,508 spent more than 12 hours.\n",
    })
    assert ("numeric", ("3,472", "3,742")) in _open(result)


#: Small events that must stay quiet, each a trap a rule of session 16 keeps apart.
QUIET = {
    # What is to come after an event ("gas from the eruption will drift") does not date the event.
    "aftermath-to-come": {
        "wire.json": '{"title": "Eruption", "published": "2026-03-15", "text": "Saturday\'s eruption is the 13th on '
                     'the Reykjanes peninsula since 2021."}',
        "release.md": "---\npublished: 2026-03-15\n---\n\nThe Meteorological Office forecasts that gas from the "
                      "eruption will drift north-east on Sunday and Monday, towards Vogar.\n",
    },
    # Tickets sold over eighteen draws are not one draw's, whatever each sold across.
    "over-several-draws": {
        "review.md": "---\npublished: 2026-03-19\n---\n\nFor that draw alone, 41.6 million tickets were sold, "
                     "according to the consortium. Across the whole run, about 412 million tickets were sold over "
                     "the 18 draws, its spokeswoman said.\n",
    },
    # ... whatever the one draw's tickets were sold across.
    "over-several-draws-across-countries": {
        "review.md": "---\npublished: 2026-03-19\n---\n\nAcross the whole run, about 412 million tickets were sold "
                     "over the 18 draws, the consortium's spokeswoman told the Review.\n",
        "wire.md": "---\npublished: 2026-03-14\n---\n\nSome 41.6 million tickets were sold across the nine "
                   "participating countries for Friday's draw, according to the consortium that runs the draws.\n",
        "blog.md": "---\npublished: 2026-03-14\n---\n\nAccording to the consortium, 41.6 million tickets were sold "
                   "across the nine countries for Friday's draw.\n",
    },
    # The next of a series is not the one another clause dates.
    "next-of-a-series": {
        "paper.md": "---\npublished: 2026-01-28\n---\n\nPublic Health Scotland's next weekly figures are due on "
                    "Tuesday 3 February.\n",
        "blog.md": "---\npublished: 2026-01-30\n---\n\nThe weekly figures from Public Health Scotland, published on "
                   "Tuesday 27 January, cover the week ending Sunday 18 January.\n",
    },
    # Figures a week back and a year back are two facts.
    "a-week-and-a-year-back": {
        "wire.md": "---\npublished: 2026-01-27\n---\n\nOnly 58.7% of patients were seen within four hours. "
                   "A week earlier the figure was 61.2%.\n",
        "blog.md": "---\npublished: 2026-01-28\n---\n\nOnly 58.7% of patients were seen within four hours. "
                   "In the same week last year the figure was 64.8%.\n",
    },
    # Two increments told by one verb are two happenings.
    "two-increments": {
        "release.md": "---\npublished: 2026-07-22\n---\n\nOf these, 3,170 people were taken off the beaches by sea. "
                      "A further 16,290 people were moved by road, in 96 buses.\n",
        "local.md": "---\npublished: 2026-07-23\n---\n\nPolice moved another 4,560 people on Tuesday, from Agia "
                    "Eleni and Kastri, bringing the total to nearly 19,500.\n",
    },
    # A report taking parts of two groups does not contradict itself.
    "parts-of-two-groups": {
        "local.md": "---\npublished: 2026-01-30\n---\n\nFigures published on Tuesday by Public Health Scotland show "
                    "that 614 of the 1,392 patients who attended ARI's emergency department that week, or 44.1 per "
                    "cent, were admitted, transferred or discharged within four hours.\n\nAcross NHS Grampian as a "
                    "whole, 1,303 of 2,486 patients, 52.4 per cent, were dealt with within the target time.\n",
    },
    # A board that is next due to meet is not the meeting due tomorrow.
    "next-due-to-meet": {
        "herald.md": "---\npublished: 2026-11-17\n---\n\nThe sale needs the approval of Lega Serie A, whose board is "
                     "next due to meet on 3 December.\n",
        "local.md": "---\npublished: 2026-11-18\n---\n\nThe sale needs the approval of Lega Serie A. Its "
                    "representatives are due to meet the club's management tomorrow.\n",
    },
    # Two moves from two starting points.
    "moves-since-and-on-the-day": {
        "review.md": "---\npublished: 2026-11-20\n---\n\nMaplecrest shares have fallen 6.3% since Monday's close.\n",
        "blog.md": "Maplecrest's bad week\n\nIts shares fell almost 5% on the day the news came out.\n",
    },
    # Within one report a labelled list line is one party's part of the total.
    "a-list-under-its-total": {
        "release.md": "---\npublished: 2026-11-17\n---\n\nThe files taken contained 1,184,000 records relating to "
                      "347,260 customers and 418,640 accounts:\n\nCanada: 285,890 customers and 342,910 accounts\n\n"
                      "- United States (Maplecrest Bank USA): 61,370 customers and 75,730 accounts\n\nMaplecrest "
                      "Financial Group Inc. serves about 7.2 million personal, business and commercial customers in "
                      "Canada and the United States.\n",
    },
    # Sums paid for two things.
    "paid-for-two-things": {
        "monitor.md": "---\npublished: 2026-11-20\n---\n\nCrestline pays Bellandi Holding €175 million (about $189 "
                      "million) for 72% of the shares. \u201cAt €385 million Crestline has paid for the stadium plan "
                      "as much as for the club,\u201d said Federica Lanzoni, a partner at a Milan advisory firm.\n",
    },
    # Those who signed up, or were affected, are not all the bank's customers.
    "signed-up-and-all-customers": {
        "ledger.md": "---\npublished: 2026-11-18\n---\n\nMaplecrest, which has about 7.2 million customers in "
                     "Canada and the U.S., said the stolen files held names and addresses.\n\nBy Tuesday night, "
                     "18,500 customers had signed up, the bank said.\n",
        "blog.md": "Breach diary\n\nAbout 347,000 customers are affected, most of them in Canada.\n",
    },
    # Last season's record is not this season's count.
    "last-season": {
        "wire.md": "---\npublished: 2026-11-16\n---\n\nLast season Japan culled a record 19.3 million birds in 91 "
                   "outbreaks across 27 prefectures.\n",
        "paper.md": "---\npublished: 2026-11-17\n---\n\nIt is the eighth outbreak this season, and it brings the "
                    "number of birds culled since October to about 2.08 million.\n",
    },
    # The lines of a list of cases, each labelled with its city, are different farms.
    "a-list-of-cases": {
        "release.md": "---\npublished: 2026-11-18\n---\n\nAt 05:10 on 18 November 2026, genetic testing "
                      "confirmed avian influenza at a broiler farm in Akune City, which keeps 38,600 birds.\n\n"
                      "In the 2025-2026 season, 19.3 million birds were culled in 91 cases in 27 prefectures.\n\n"
                      "Cases confirmed this week:\n\n"
                      "- 7th case, Izumi City, Kagoshima Prefecture: layer farm, 47,300 birds.\n\n"
                      "- 8th case, Hokota City, Ibaraki Prefecture: layer farm, 864,000 birds.\n",
    },
    # Two meetings' turnouts: the votes beside them differ by half again, so two groups.
    "two-meetings": {
        "release.md": "---\npublished: 2026-11-17\n---\n\nAt the extraordinary general meeting of BRB held in "
                      "Payerne, 1,212 shareholders representing 2,193,553 votes took part.\n\nAt the extraordinary "
                      "general meeting of Aaretal Bank held in Thun, 1,847 shareholders representing 4,750,525 "
                      "votes took part.\n",
    },
    # A rate after a bracketed conversion is still a rate: the offer per worker is no total.
    "per-worker-after-brackets": {
        "wire.md": "---\npublished: 2026-03-03\n---\n\nThe carmaker is offering a redundancy fund worth 190 "
                   "million euros ($222 million), or about 60,500 euros ($70,800) per worker on average.\n",
        "blog.md": "---\npublished: 2026-03-17\n---\n\nThe carmaker has raised its redundancy fund to about $275 "
                   "million, from an opening offer of \u20ac190 million.\n",
    },
    # A total "since" a day sums the nights after it; its day dates none of them.
    "a-total-since-a-day": {
        "ministry.md": "---\npublished: 2026-03-05\n---\n\nDuring the night of 4-5 March, law enforcement "
                       "officers detained 58 persons for petty hooliganism and for disobeying police orders, under "
                       "Articles 166 and 173 of the Code of Administrative Offences.\n\n"
                       "In total, 149 persons have been detained since 2 March.\n",
    },
    # Staff at five plants are not the staff of the one plant.
    "several-plants-and-one": {
        "release.md": "---\npublished: 2026-03-03\n---\n\nThe Ghent plant employs 3,140 people.\n\nThe group "
                      "employs 21,000 people at five plants in Europe.\n",
    },
    # Those evacuated as a precaution are not those rescued from the fire.
    "evacuated-and-rescued": {
        "wire.md": "---\npublished: 2026-11-18\n---\n\nPolice evacuated 436 residents from the tower block as a "
                   "precaution.\n",
        "release.md": "---\npublished: 2026-11-19\n---\n\nFirefighters rescued 38 residents from the building.\n",
    },
    # "21 in Lusaka Province and 6 in Copperbelt Province" break the 27 down.
    "placed-shares": {
        "wire.md": "---\npublished: 2026-01-15\n---\n\nLUSAKA, Jan 15 - Zambia has recorded 412 suspected cholera "
                   "cases and 11 deaths since declaring an outbreak in the capital on Monday, the health ministry "
                   "said on Thursday.\n",
        "ministry.md": "---\npublished: 2026-01-18\n---\n\nSadly, 27 deaths have been recorded, 21 in Lusaka "
                       "Province and 6 in Copperbelt Province.\n",
    },
    # The figure's own estimator, not the critic quoted in its sentence, gives it.
    "an-estimate-and-its-critic": {
        "wire.md": "---\npublished: 2026-03-11\n---\n\nHarriet Moss, an economist at Corvid Economics, "
                   "estimated that the strike was costing the economy about A$95 million a day.\n",
        "ledger.md": "---\npublished: 2026-03-13\n---\n\nThe employers' association has put the figure at more "
                     "than A$150 million a day, but its estimate counts the full value of cargo, which Ms Moss said "
                     "overstated the damage.\n",
    },
    # A company the sentence only describes may be tied to the wrong name: no rival speaker.
    "a-described-company": {
        "ledger.md": "---\npublished: 2026-03-13\n---\n\nPharmalys said it would appeal the fine of €88 million. "
                     "The Leiden-based company reported the cartel in January 2022 and so avoided a fine of "
                     "€51.9 million.\n",
        "weekly.md": "---\npublished: 2026-03-20\n---\n\nSolvara Generics, which revealed the cartel, escaped a "
                     "€51.9 million fine.\n",
    },
    # Two pollsters' polls of economists are two polls.
    "two-pollsters": {
        "wire.md": "---\npublished: 2026-03-03\n---\n\nThe median forecast in a Meridian News poll of 41 economists "
                   "had been 2.2%.\n",
        "desk.md": "---\npublished: 2026-03-05\n---\n\nThe median forecast in Capital Desk's own survey of 18 "
                   "economists had been 2.3%.\n",
    },
    # Girls on the school's roll are not the girls who slept in the hostels.
    "on-the-roll": {
        "wire.md": "---\npublished: 2026-03-04\n---\n\nThe principal said the school had 412 girls on its roll, but "
                   "that a number of them had gone home for the weekend.\n",
        "paper.md": "---\npublished: 2026-03-06\n---\n\nThe principal said 368 girls slept in the hostels on "
                    "Tuesday night.\n",
    },
    # Three men arrested one day and two men the next are two arrests, exact counts that only touch.
    "three-men-and-two-men": {
        "release.md": "---\npublished: 2026-11-19\n---\n\nPolice arrested three men, aged 44 to 61, for suspected "
                      "manslaughter today.\n",
        "review.md": "---\npublished: 2026-11-20\n---\n\nThe two men arrested on Friday are a 38-year-old foreman "
                     "employed by a scaffolding subcontractor and a 47-year-old safety officer.\n",
    },
    # A market's value and one order's are hundreds of times apart: two things in one currency.
    "a-market-and-an-order": {
        "release.md": "---\npublished: 2026-06-09\n---\n\nKOSPI market capitalisation fell sharply in the "
                      "morning. At today's close it stood at 2,333.3 trillion won.\n",
        "review.md": "---\npublished: 2026-06-11\n---\n\nThe order, meant to be worth 41 billion won, was entered "
                     "with a quantity a hundred times too large, making it 4.1 trillion won (about $3 billion).\n",
    },
    # A utility's customers and those of them without power are two groups.
    "customers-and-those-without-power": {
        "release.md": "---\npublished: 2026-02-11\n---\n\nEastvale Power distributes electricity to 690,000 "
                      "customers in five counties.\n",
        "paper.md": "---\npublished: 2026-02-12\n---\n\nAt the peak of the outage, at 7 a.m. Tuesday, 421,600 "
                    "Eastvale Power customers were without electricity.\n",
    },
    # A review held again is another review, not the first one misdated.
    "a-review-held-again": {
        "release.md": "---\npublished: 2026-11-18\n---\n\nThe air quality commission will review the curbs on "
                      "19 November.\n",
        "weekly.md": "---\npublished: 2026-11-20\n---\n\nThe air quality commission is expected to review the "
                     "curbs again on Monday, 23 November.\n",
    },
    # The nine stolen and "the other six", those still missing beside three found.
    "the-other-six": {
        "brief.md": "---\npublished: 2026-03-09\n---\n\nSix of the nine objects taken remain missing.\n",
        "paper.md": "---\npublished: 2026-03-12\n---\n\n\u201cThe question now is who gave the orders, and where "
                    "the other six objects are,\u201d the director said.\n",
    },
    # A day's market close, told with its move, is not the day another verb dates.
    "a-close-and-a-move": {
        "wire.md": "---\npublished: 2026-03-17\n---\n\nThe move of customers to the Tampere data centre was "
                   "completed on Sunday. Kaamos shares closed on Monday 6.1 percent below their level before the "
                   "fire.\n",
        "ledger.md": "---\npublished: 2026-03-12\n---\n\nKaamos shares closed 9.8% lower on Tuesday.\n",
    },
    # Guests registered at a hotel and guests inside it when the fire broke out are two groups.
    "registered-and-inside": {
        "paper.md": "---\npublished: 2026-02-17\n---\n\nOf the 126 guests registered at the hotel, 93 were found "
                    "rooms on Sunday in 11 hotels in the resort, the town hall said.\n",
        "wire.md": "---\npublished: 2026-02-15\n---\n\nA total of 119 guests and 14 staff were inside when the fire "
                   "broke out, according to the prefecture.\n",
    },
    # A landing at an airport named after a person and one in Oslo are two landings.
    "two-landings": {
        "paper.md": "---\npublished: 2026-03-20\n---\n\nThe helicopter touched down at the air base beside Diori "
                    "Hamani airport at 8:15 a.m. yesterday.\n",
        "blog.md": "---\npublished: 2026-03-24\n---\n\nThe plane touched down in Oslo at 23:20 GMT on Friday "
                   "20 March.\n",
    },
    # Each figure's conversion is kept apart as the figures themselves are.
    "two-figures-converted": {
        "review.md": "---\npublished: 2026-06-11\n---\n\nHanbit Securities has raised its estimate of the shares "
                     "it sold by mistake on Tuesday to 1.37 trillion won (just under $1 billion), from the 1.2 "
                     "trillion won it gave on the day.\n\nThe order, meant to be worth 41 billion won, was entered "
                     "with a quantity a hundred times too large, making it 4.1 trillion won (about $3 billion).\n",
    },
}


@pytest.mark.parametrize("reports", QUIET.values(), ids=QUIET.keys())
def test_small_events_with_only_traps_stay_quiet(tmp_path, reports):
    assert _open(_check_event(tmp_path, reports)) == []


def test_a_measure_dated_by_its_own_clause_and_a_larger_later_one_are_an_update(tmp_path):
    result = _check_event(tmp_path, {
        "paper.md": "---\npublished: 2026-07-21\n---\n\nThe EU's Copernicus satellite service put the burnt area "
                    "at about 9,800 hectares (98 square kilometres) on Tuesday morning, much of it pine forest that "
                    "had not burned in decades.\n",
        "local.md": "---\npublished: 2026-07-23\n---\n\nSatellite mapping by the EU's Copernicus service puts the "
                    "burnt area at 124 square kilometres, most of it the pine forest that covered the southern "
                    "hills.\n",
    })
    assert [c.status for c in result.conflicts] == ["update"]


@pytest.mark.parametrize("reports, pair", [
    # Counts of clients and of customers of one arm.
    ({"wire.md": "---\npublished: 2026-11-17\n---\n\nThe Toronto-based lender said 285,890 of the affected "
                 "customers were in Canada and 61,370 were clients of its U.S. subsidiary, Maplecrest Bank USA.\n",
      "ledger.md": "---\npublished: 2026-11-18\n---\n\nMost of the affected customers are in Canada, but 63,170 "
                   "are clients of the bank\u2019s U.S. arm, Maplecrest Bank USA.\n"}, ("61,370", "63,170")),
    # A price per unit that one report says farmers receive and another that the state pays.
    ({"radio.md": "---\npublished: 2026-10-01\n---\n\nUnder the new price, farmers will receive GH₵3,480 for "
                  "every 64-kilogram bag of cocoa they sell this season.\n",
      "paper.md": "---\npublished: 2026-09-30\n---\n\nThe government will pay cocoa farmers GH₵3,840 per bag "
                  "of cocoa this season, the finance minister said.\n"}, ("GH₵3,480", "GH₵3,840")),
])
def test_one_figure_told_two_ways_with_rival_values_conflicts(tmp_path, reports, pair):
    assert ("numeric", pair) in _open(_check_event(tmp_path, reports))


def test_a_figure_its_own_sentence_says_moved_from_the_others_is_an_update(tmp_path):
    # A fall is no growing toll, but the later report says the rate fell from the earlier figure.
    result = _check_event(tmp_path, {
        "ministry.md": "---\npublished: 2026-01-18\n---\n\nThe case fatality rate stands at 2.6 per cent.\n",
        "wire.md": "---\npublished: 2026-01-24\n---\n\nThe case fatality rate has fallen to 2.2 percent from "
                   "2.6 percent last Sunday.\n",
    })
    assert [c.status for c in result.conflicts] == ["update"]


def test_a_count_by_the_same_date_as_the_sentence_before_is_a_count_as_it_stood(tmp_path):
    result = _check_event(tmp_path, {
        "paper.md": "---\npublished: 2026-01-20\n---\n\nThe Copperbelt has recorded 301 suspected cholera cases "
                    "and eight deaths since the disease reached the province a week ago, the provincial health "
                    "office said on Monday.\n",
        "review.txt": "Cholera and the mines\n\nBy 21 January the ministry had recorded 1,718 suspected cases and "
                      "39 deaths nationally. The Copperbelt had recorded 416 suspected cases and 10 deaths by the "
                      "same date, according to the provincial health office.\n",
    })
    assert ("numeric", ("301", "416")) not in _open(result)


def test_one_subject_and_verb_give_one_slot_whatever_other_measures_a_story_lists(tmp_path):
    # The blog's run from 2,560 to 2,200 metres, and the police's slide to about
    # 2,210, chain every altitude into one family of listed measures.
    result = _check_event(tmp_path, {
        "police.md": "---\npublished: 2026-02-22\n---\n\nThe slab broke away at an altitude of 2,650 metres (8,694 "
                     "feet) on a steep slope facing north-east and slid down to about 2,210 metres, according to "
                     "the police.\n",
        "paper.md": "---\npublished: 2026-02-24\n---\n\nThe slab broke away at 2,560 metres, just beneath the "
                    "ridge of Piz Sursass, and poured down the north-east-facing bowl.\n",
        "blog.md": "---\npublished: 2026-02-23\n---\n\nThe marked run descends from 2,560 metres to 2,200 metres "
                   "through the bowl.\n",
    })
    assert ("numeric", ("2,560 metres", "2,650 metres")) in _open(result)


def test_a_clock_in_a_places_time_is_one_moment_and_the_place_no_party(tmp_path):
    # 16:25 Cairo time on Thursday is 14:25 GMT on Thursday, a day after the paper's Wednesday.
    result = _check_event(tmp_path, {
        "paper.md": "---\npublished: 2026-02-13\n---\n\nThe container ship Corvina Star was refloated at 14:25 "
                    "GMT on Wednesday, ending a closure of the canal that has thrown Asia–Europe schedules into "
                    "disarray.\n",
        "authority.md": "---\npublished: 2026-02-12\n---\n\nThe Canal Authority announces that the container ship "
                        "CORVINA STAR was successfully refloated at 16:25 Cairo time today, Thursday 12 February "
                        "2026.\n",
    })
    assert any(kind == "date" and "14:25 GMT" in values for kind, values in _open(result))


def test_two_named_peoples_ages_are_two_facts_whoever_gave_them():
    from checker.quantities import AGE

    khai = quantity("wire", 3, 47, counted=AGE, subject="nguyen van khai", speaker="police")
    hoa = quantity("post", 5, 41, counted=AGE, subject="l\u01b0\u01a1ng th\u1ecb hoa", speaker="police")
    again = quantity("post", 6, 46, counted=AGE, subject="nguy\u1ec5n v\u0103n kh\u1ea3i", speaker="police")
    assert not compatible(khai, hoa)
    assert compatible(khai, again)


def test_two_days_share_closes_are_not_one_close_misdated(tmp_path):
    result = _check_event(tmp_path, {
        "wire.md": "---\npublished: 2026-05-31\n---\n\nAldmoor's London-listed shares closed at 1,053 pence on "
                   "Friday.\n",
        "ledger.md": "---\npublished: 2026-06-01\n---\n\nShares in Aldmoor Therapeutics closed 18.4% higher at "
                     "1,247p on Monday.\n",
    })
    assert [kind for kind, _ in _open(result)] == []


#: Two figures that are one count at two times: an update, shown but not failing.
UPDATES = {
    # A figure its sentence says is more than the earlier estimate.
    "more-than-the-earlier-estimate": {
        "review.md": "---\npublished: 2026-06-11\n---\n\nThe brokerage said its loss on the trade came to 62 "
                     "billion won ($45 million).\n",
        "journal.md": "---\npublished: 2026-06-16\n---\n\nThe brokerage said on Monday that its loss on the trade "
                      "came to 67 billion won ($49 million), more than the 62 billion won it estimated last "
                      "Wednesday.\n",
    },
    # A market price two weeks apart.
    "a-market-price-two-weeks-apart": {
        "wire.md": "---\npublished: 2026-03-03\n---\n\nGermany's two-year Schatz yield rose 4 basis points to 2.21%, "
                   "and the euro gained 0.3% to $1.1834 by mid-afternoon.\n",
        "later.md": "---\npublished: 2026-03-17\n---\n\nGermany's two-year yield rose 2 basis points to 2.24%.\n",
    },
    # A larger count a later report says now stands.
    "a-larger-count-that-now-stands": {
        "wire.md": "---\npublished: 2026-02-10\n---\n\nThe city opened six warming centres in Kingsmere on Monday "
                   "night.\n",
        "paper.md": "---\npublished: 2026-02-12\n---\n\nKingsmere now has 11 warming centres open.\n",
    },
    # An extent a later report says it now covers.
    "an-extent-that-now-stands": {
        "bulletin.md": "---\npublished: 2026-11-16\n---\n\nThe oil slick now covers an estimated 4.2 km².\n",
        "paper.md": "---\npublished: 2026-11-19\n---\n\nThe oil slick now covers about 6.7 square kilometres, "
                    "the coastguard said.\n",
    },
    # Figures their own clauses (or their saying) date are ordered by those days, not by their reports'.
    "ordered-by-their-own-days": {
        "trade.md": "---\npublished: 2026-02-13\n---\n\nThe utility had 2,100 line workers in the field by "
                    "Feb. 13.\n",
        "blog.md": "---\npublished: 2026-02-15\n---\n\nThe utility said on Wednesday that it had 1,850 line "
                   "workers in the field.\n",
    },
}


@pytest.mark.parametrize("reports", UPDATES.values(), ids=UPDATES.keys())
def test_one_count_at_two_times_is_an_update(tmp_path, reports):
    result = _check_event(tmp_path, reports)
    assert result.conflicts and all(c.status == "update" for c in result.conflicts)


def test_a_total_of_a_sentences_own_parts_is_no_other_group_beside_a_count():
    from checker.align import _beside_differ, _figures_by_sentence

    # "took three international staff and five Nigerien colleagues" against
    # "took seven staff, three foreigners and four Nigerien colleagues, and
    # left behind the two drivers": the seven are the three and the four.
    trade = [quantity("trade", 1, 3, counted="workers"), quantity("trade", 1, 5, counted="colleague")]
    blog = [quantity("blog", 1, 7, counted="workers"), quantity("blog", 1, 3, counted="foreigner"),
            quantity("blog", 1, 4, counted="colleague"), quantity("blog", 1, 2, counted="driver")]
    figures = _figures_by_sentence(trade + blog)
    assert not _beside_differ(trade[1], blog[2], figures)
    # Without the parts that make it, the seven staff are another group than the three.
    figures = _figures_by_sentence(trade + blog[:1] + blog[2:3])
    assert _beside_differ(trade[1], blog[2], figures)


def test_one_clock_time_and_one_figure_tie_a_collapse_told_with_two_verbs(tmp_path):
    result = _check_event(tmp_path, {
        "agency.md": "---\npublished: 2026-03-15\n---\n\nThe collapse occurred at 05:40 on Tuesday, 10 March, "
                     "about 260 metres from the western portal of the tunnel.\n",
        "trade.md": "---\npublished: 2026-03-18\n---\n\nThe roof of the tunnel gave way at about 5:40 a.m. on "
                    "Monday, 9 March, 260 metres from the western portal.\n",
    })
    assert any(kind == "date" for kind, _ in _open(result))


def test_an_unnamed_post_holder_may_be_the_named_person_but_not_another_body() -> None:
    from checker.align import speaker_kind

    assert speaker_kind("city mayor", "the city's mayor") == "role"
    assert speaker_kind("investigation office director", "the investigation office's director") == "role"
    quote = "Lisbon will not hide behind a maintenance log, and every page of it will be made public"

    def said(report: str, speaker: str, surface: str, label: str = "") -> Claim:
        att = Attribution(speaker=speaker, speaker_surface=surface, cue="said", quote=quote)
        return Claim(id=f"{report}/s1", report=report, sentence=1, kind="statement", attribution=att, context=quote,
                     speaker_label=label)

    mayor = said("a", "city mayor", "the city's mayor")
    assert not compatible(mayor, said("b", "valadares", "Valadares"))  # the mayor may be Valadares
    assert compatible(mayor, said("b", "carris", "Carris", "ORG"))  # the city is not the operator


def test_one_places_share_alone_is_not_the_count_of_a_sentence_naming_no_place() -> None:
    national = quantity("a", 1, 7064, counted="appointments", predicate="postpone")
    local = replace(quantity("b", 1, 1105, counted="appointments", predicate="postpone"),
                    entities=("GPE:canterbury",), context="In Canterbury alone, 238 planned surgeries and 1,105 "
                                                          "outpatient appointments were postponed")
    assert not compatible(national, local)
    assert compatible(national, replace(local, context="1,105 outpatient appointments were postponed"))


def test_counts_over_two_periods_are_two_tallies_though_one_period_holds_the_other() -> None:
    def dated(claim: Claim, surface: str, first: dt.date, last: dt.date) -> Claim:
        return replace(claim, date=DateRef(surface=surface, start=0, end=5, granularity="year", earliest=first,
                                           latest=last))

    five_years = dated(quantity("a", 1, 31, counted="injuries", predicate="be"), "between 2021 and 2025",
                       dt.date(2021, 1, 1), dt.date(2025, 12, 31))
    one_year = dated(quantity("b", 1, 9, counted="injuries", predicate="show"), "2025",
                     dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert not compatible(five_years, one_year)
    same_span = dated(quantity("b", 1, 29, counted="injuries", predicate="show"), "from 2021 to 2025",
                      dt.date(2021, 1, 1), dt.date(2025, 12, 31))
    assert compatible(five_years, same_span)


def test_one_event_nouns_start_told_with_one_verb_ties_its_dates_however_unlike_the_sentences() -> None:
    def began(report: str, day: dt.date, context: str) -> Claim:
        return replace(date_claim(report, 1, day), predicate="begin", context=context)

    one = began("a", dt.date(2026, 8, 4), "The stayaway, which began on Tuesday 4 August")
    other = began("b", dt.date(2026, 8, 3), "the minibus-taxi stayaway that began on Monday 3 August 2026")
    far_apart = np.array([[1.0, 0.0], [0.3, 0.954]], dtype=np.float32)  # cosine 0.3: below every threshold
    published = {"a": dt.date(2026, 8, 7), "b": dt.date(2026, 8, 7)}
    [conflict] = run([one, other], far_apart, published)
    assert conflict.kind == "date"
    match = began("b", dt.date(2026, 8, 3), "the match that began on Monday 3 August 2026")
    assert run([one, match], far_apart, published) == []


def test_last_week_may_open_on_the_sunday_before_its_monday() -> None:
    # "the fire that swept through Lapland last week" (the week of Monday 13 July) against its start on
    # Sunday 12 July: weeks open on Sunday in many calendars, so one day outside is no conflict.
    week = date_claim("a", 1, dt.date(2026, 7, 13))
    week = replace(week, date=replace(week.date, granularity="week", latest=dt.date(2026, 7, 19)))
    assert run([week, date_claim("b", 1, dt.date(2026, 7, 12))]) == []
    assert [c.kind for c in run([week, date_claim("b", 1, dt.date(2026, 7, 10))])] == ["date"]


def test_the_rest_of_a_group_counted_before_is_not_what_another_report_dates() -> None:
    # "The other eight [schools] should open on Wednesday" / "23 warming centres will open tonight".
    centres = replace(date_claim("live", 1, dt.date(2027, 1, 12)), predicate="open",
                      context="23 warming centres will open tonight in town halls")
    rest = replace(date_claim("radio", 4, dt.date(2027, 1, 20)), predicate="open",
                   context="The other eight are in villages where the gas is not yet back, and they should open on Wednesday")
    schools = replace(rest, context="The schools in the villages should open on Wednesday")
    assert not compatible(centres, rest)
    assert compatible(centres, schools)


def test_sizes_of_things_listed_one_after_the_other_are_each_their_own() -> None:
    # "Nine were turboprops with 70 seats. The other five were jets with 120 seats."
    props = replace(quantity("review", 3, 70, counted="seats"), context="Nine were ATR turboprops with 70 seats.")
    jets = replace(quantity("review", 4, 120, counted="seats"), context="The other five were Embraer jets with 120 seats.")
    assert not compatible(props, jets)
    # Another report's jets are the same jets, whatever each calls them.
    assert compatible(replace(jets, report="wire", context="The airline's jets with 120 seats flew to Croatia."),
                      replace(jets, report="blog", context="Its Embraer jets with 102 seats flew to Sardinia."))


def test_a_place_named_as_a_place_and_as_a_clock_is_still_the_clauses_place() -> None:
    # "departed Singapore Changi Airport at 11:40 p.m. Singapore time ... with 264 passengers".
    carried = replace(quantity("wire", 2, 246, counted="passengers", predicate="carry"),
                      entities=("GPE:johannesburg", "GPE:singapore"),
                      sentence_key="the flight from singapore to johannesburg was carrying 246 passengers")
    departed = replace(quantity("report", 1, 264, counted="passengers", predicate="carry"),
                       entities=("FAC:changi airport", "GPE:singapore"),
                       sentence_key="flight zu 318 departed singapore changi airport at 11 40 p m singapore time on "
                                    "monday with 264 passengers on board")
    assert compatible(carried, departed)
    # Named only as a clock, it says nothing of where the clause happened.
    clock_only = replace(departed, sentence_key="flight zu 318 departed changi airport at 11 40 p m singapore time")
    assert not compatible(carried, clock_only)


def test_a_place_named_in_full_and_by_the_start_of_its_name_is_one_place() -> None:
    # "The Kalundu Stadium treatment centre, opened on 10 January" / "opened the
    # Kalundu Stadium Cholera Treatment Centre ... on Saturday, 9 January 2027".
    short = replace(date_claim("trade", 3, dt.date(2027, 1, 10)), predicate="open",
                    entities=("LOC:kalundu stadium",))
    full = replace(date_claim("ministry", 2, dt.date(2027, 1, 9)), predicate="open",
                   entities=("FAC:kalundu stadium cholera treatment centre",))
    assert compatible(short, full)
    # Another stadium's treatment centre is another place.
    assert not compatible(short, replace(full, entities=("FAC:heroes stadium cholera treatment centre",)))


def test_a_later_round_is_not_the_round_a_report_tells_without_naming_it() -> None:
    def told(claim: Claim, context: str) -> Claim:
        assert claim.quantity is not None
        return replace(claim, context=context, quantity=replace(claim.quantity, surface=f"{claim.quantity.value:.0f}"))
    first = told(quantity("paper", 21, 64, counted="sample"), "nine of 64 samples taken from surfaces")
    second = told(quantity("trust", 32, 48, counted="sample"), "A second round of 48 environmental samples was taken")
    assert not compatible(first, second)
    assert compatible(first, told(second, "48 environmental samples were taken"))
    # A round the sentence only mentions ("before round seven") is not what the figure is made of.
    assert compatible(first, told(second, "48 environmental samples were taken before round seven"))


def test_two_units_of_one_place_named_by_their_own_words_are_two_things() -> None:
    general = replace(date_claim("trust", 22, dt.date(2028, 10, 12)), predicate="close",
                      context="- 12 October: the general ICU (14 beds) closes to new admissions.")
    cardiac = replace(date_claim("trade", 11, dt.date(2028, 10, 9)), predicate="close",
                      context="The cardiac surgery ICU has been closed to new admissions since 9 October")
    assert not compatible(general, cardiac)
    # "the ICU" may be either.
    assert compatible(general, replace(cardiac, context="The ICU has been closed to new admissions since 9 October"))


def test_the_remaining_few_are_a_remainder_though_the_clause_drops_the_word() -> None:
    def told(claim: Claim, context: str, sentence: str) -> Claim:
        assert claim.quantity is not None
        return replace(claim, context=context, sentence_key=sentence, predicate="take",
                       quantity=replace(claim.quantity, surface=f"{claim.quantity.value:.0f}", predicate="take"))
    rest = told(quantity("police", 14, 48, counted="people"), "The 48 persons were taken to the reception centre.",
                "the remaining 48 persons were taken to the reception centre")
    some = told(quantity("paper", 13, 32, counted="people"), "32 were taken to hospitals",
                "of the 71 people rescued 32 were taken to hospitals")
    assert not compatible(rest, some)


def test_a_figure_that_adds_up_a_list_in_another_report_is_their_sum() -> None:
    first, second = quantity("paper", 12, 19, counted="run"), quantity("paper", 12, 16, counted="run")
    total = replace(quantity("site", 26, 35, counted="run"), sentence_key="tamang s two fixed overs cost his side 35 runs")
    assert run([first, second, total]) == []
    # Without a word that it sums them, 35 is a rival of both.
    assert {c.kind for c in run([first, second, replace(total, sentence_key="he conceded 35 runs")])} == {"numeric"}


def test_a_place_is_only_a_partys_home_before_the_bodys_name_or_a_firms_noun() -> None:
    from checker.align import _not_affiliations

    def places(context: str, *entities: str) -> frozenset[str]:
        claim = replace(date_claim("a", 0, dt.date(2027, 10, 13)), context=context, entities=entities)
        return _not_affiliations(frozenset(e.split(":", 1)[1] for e in entities if e.startswith("GPE:")), claim)

    assert places("Germany's Baltra Energy lodged a formal objection on Thursday.",
                  "GPE:germany", "ORG:baltra energy") == frozenset()
    assert places("The Hamburg developer filed the objection on Wednesday.", "GPE:hamburg") == frozenset()
    # A place in a place, a national body, a place that acts: still where it happened.
    assert places("a cluster of cases in Lusaka's Kanyama township", "GPE:lusaka", "ORG:kanyama") == {"lusaka"}
    assert places("Zambia's health ministry said on Friday", "GPE:zambia") == {"zambia"}
    assert places("The Copperbelt has recorded 301 cases", "GPE:copperbelt") == {"copperbelt"}


def test_readings_at_two_named_gauges_are_two_readings() -> None:
    thursday = replace(date_claim("authority", 1, dt.date(2027, 6, 17)), predicate="pass",
                       context="The crest passed the Szentendre gauge at about 10:00 p.m. on Thursday, 17 June")
    friday = replace(date_claim("courier", 1, dt.date(2027, 6, 18)), predicate="pass",
                     context="Downstream, the crest passed the Vigadó tér gauge at 1 a.m. on Friday")
    again = replace(date_claim("wire", 2, dt.date(2027, 6, 17)), predicate="pass",
                    context="The crest passed the Vigadó tér gauge late on Thursday")
    assert not compatible(thursday, friday)
    assert compatible(friday, again)


def test_a_sum_the_acts_own_noun_comes_to_is_what_the_act_gave() -> None:
    # "The ministry fined CYSA 34.8 million pesos" / "the fine amounts to
    # $ 38,420,000": the fine's noun and the fining verb name one sum.
    fined = quantity("wire", 1, 34.8e6, counted="", predicate="fine")
    amounts = quantity("statement", 1, 38.42e6, counted="", subject="fine", predicate="amount")
    assert compatible(fined, amounts)
    assert not compatible(fined, replace(amounts, quantity=replace(amounts.quantity, subject="budget")))
    # A price in the sentence of "The value of these purchases amounted to"
    # is not what the value came to: only the figure's own verb counts.
    valued = quantity("statement", 5, 4710, counted="", predicate="value")
    price = replace(quantity("statement", 3, 4640, counted="", subject="value"), predicate="amount")
    assert not compatible(price, valued)


@pytest.mark.parametrize("first, second, severity", [
    (175, 157, "high"),     # two neighbouring digits swapped: a typing slip, however small the gap
    (1250, 1520, "high"),
    (175, 160, "low"),      # the same gap without the swap stays low
    (175, 571, "high"),     # far apart anyway
])
def test_swapped_digits_raise_the_severity_of_a_small_gap(first: int, second: int, severity: str) -> None:
    (conflict,) = run([quantity("a", 1, first, counted="passengers"), quantity("b", 1, second, counted="passengers")])
    assert conflict.severity == severity
    assert ("two digits swapped" in conflict.explanation) == (severity == "high" and second != 571)


def test_a_card_holding_a_typing_slip_explains_the_slip_first() -> None:
    day, slipped, span = (quantity("a", 1, 38, counted="flights"), quantity("b", 1, 83, counted="flights"),
                          quantity("c", 1, 114, counted="flights"))
    (conflict,) = run([day, slipped, span])
    assert conflict.severity == "high"
    # The widest gap is 38 against 114; the reader is first shown 38 against 83.
    assert conflict.explanation.startswith("a says 38 flights; b says 83 flights")
    assert "38 and 83 have two digits swapped" in conflict.explanation


def test_a_league_count_and_a_count_in_all_competitions_are_two_measures() -> None:
    league = replace(quantity("a", 1, 14, counted="goal", predicate="score"),
                     sentence_key="šarić scored 14 league goals last season")
    all_games = replace(quantity("b", 1, 19, counted="goal", predicate="score"),
                        sentence_key="šarić scored 19 goals and set up 11 more in all competitions last season")
    assert not compatible(league, all_games)
    assert compatible(league, replace(all_games, sentence_key="šarić scored 19 league goals last season"))


def test_a_name_the_tagger_reads_as_a_body_once_is_the_person_it_reads_elsewhere() -> None:
    from dataclasses import replace

    from checker.pipeline import _people_of_the_event

    def said(report: str, sentence: int, speaker: str, label: str) -> Claim:
        return replace(statement(report, sentence, speaker), speaker_label=label)

    # "Edgar Yupanqui of the controllers' union says": tagged a body with the
    # union, a person in the event's other sentences, and so is "Yupanqui".
    claims = [said("live", 1, "edgar yupanqui", "ORG"), said("paper", 1, "edgar yupanqui", "PERSON"),
              said("paper", 2, "edgar yupanqui", "PERSON"), said("live", 2, "yupanqui", "ORG"),
              said("weekly", 1, "sinctap", "ORG"), said("wire", 1, "cusco chamber", "PERSON"),
              said("wire", 2, "cusco chamber", "ORG"), said("wire", 3, "cusco chamber", "ORG")]
    labels = [c.speaker_label for c in _people_of_the_event(claims)]
    assert labels == ["PERSON", "PERSON", "PERSON", "PERSON", "ORG", "PERSON", "ORG", "ORG"]
    # Read as two bodies, the person and the union he speaks for were rivals.
    assert [c.kind for c in run([claims[0], claims[4]])] == ["attribution"]
    assert run(_people_of_the_event([claims[0], claims[1], claims[2], claims[4]])) == []


def test_a_companys_initials_keep_the_letters_of_its_form() -> None:
    from checker.align import _shares_speaker

    # "ÄFAB" for "Älvsjöholms Fastighets AB": the "AB" stands whole.
    assert _shares_speaker("afab", "alvsjoholms fastighets ab")
    assert not _shares_speaker("afab", "alvsjoholms fastighets")


def test_shipped_and_exported_are_one_count() -> None:
    shipped = quantity("wire", 1, 2_640_000, counted="soybeans", predicate="ship")
    exported = quantity("port", 1, 2_460_000, counted="soybeans", predicate="export")
    assert compatible(shipped, exported)
    assert not compatible(shipped, replace(exported, quantity=replace(exported.quantity, predicate="harvest"),
                                           predicate="harvest"))
