"""Quantities: counts and amounts as intervals, what they count, and what is not a count."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.quantities import canonical, digits_swapped, find_quantities, format_quantity, parse_number
from checker.records import Quantity


@pytest.fixture(scope="module")
def nlp():
    from checker.models import load_spacy

    return load_spacy()  # the pipeline the checker runs, with its tokenizer rules


@pytest.fixture(scope="module")
def quantities(nlp):
    def run(text: str) -> list[Quantity]:
        return [q for sent in nlp(text).sents for q in find_quantities(sent)]
    return run


def only(found: list[Quantity]) -> Quantity:
    assert len(found) == 1, found
    return found[0]


# --- numbers as written ----------------------------------------------------------


def test_digits_with_thousands_separators_are_exact_points(quantities):
    q = only(quantities("The ministry said 12,500 soldiers had been moved."))
    assert (q.value, q.low, q.high, q.surface) == (12500, 12500, 12500, "12,500")


def test_thousands_set_off_by_spaces_are_one_number(quantities):
    q = only(quantities("GMB will pay for 250 000 tonnes of white maize delivered at Chirundu."))
    assert (q.value, q.unit, q.surface) == (250_000, "t", "250 000 tonnes")
    # A phone number's shape in a sentence that names no line to call, and a
    # narrow no-break space as French-style copy prints it.
    assert [q.value for q in quantities("The fund paid 12 500 000 euros to 4\u202f300 households.")] \
        == [12_500_000, 4_300]


def test_a_spaced_lower_case_t_is_tonnes(quantities):
    q = only(quantities("Customs data show 3.42 million t of coal crossed at the border in September."))
    assert (q.value, q.unit, q.counted) == (3_420_000, "t", "coal")
    assert (only(quantities("They sold 500 T-shirts.")).unit) == ""


def test_a_namibian_dollar_amount_is_in_namibian_dollars(quantities):
    assert [(q.value, q.unit) for q in quantities("The judge set bail at N$500 000, and the scheme pays N$3,000 "
                                                  "for a cow.")] == [(500_000, "NAD"), (3_000, "NAD")]


def test_decimals_with_scale_words_are_multiplied(quantities):
    assert only(quantities("More than 1.5 million people fled.")).value == 1_500_000


def test_number_words_are_read(quantities):
    assert only(quantities("Twelve hundred passengers were stranded.")).value == 1200
    assert only(quantities("Three thousand workers joined the strike.")).value == 3000
    assert only(quantities("A dozen journalists were detained.")).value == 12


def test_scale_abbreviations_after_digits_are_read(quantities):
    assert only(quantities("The petition gathered 10k signatures.")).value == 10_000
    q = only(quantities("The fine amounted to $2bn."))
    assert (q.value, q.unit) == (2e9, "USD")


def test_currency_words_after_the_number_give_the_code(quantities):
    q = only(quantities("Tokyo pledged 45 billion yen in aid."))
    assert (q.value, q.unit) == (45e9, "JPY")


def test_pence_written_out_or_against_the_number_are_hundredths_of_a_pound(quantities):
    from checker.quantities import canonical

    spelled = only(quantities("The shares closed at 1,053 pence on Friday."))
    glued = only(quantities("The shares closed at 1,247p on Monday."))
    assert [(q.value, q.unit) for q in (spelled, glued)] == [(1053, "GBX"), (1247, "GBX")]
    unit, low, high = canonical(glued)
    assert unit == "GBP" and low <= 12.47 <= high < 12.48


def test_currency_symbols_before_the_number_give_the_code(quantities):
    assert only(quantities("Kyiv received ₩50 billion from Seoul.")).unit == "KRW"
    assert only(quantities("Investors pulled €350 million from the fund.")).unit == "EUR"
    assert only(quantities("The developer valued the project at ₦32 billion.")).unit == "NGN"
    assert only(quantities("Each family gets ₱10,000 in cash aid.")).unit == "PHP"
    assert only(quantities("The cargo was worth ₫52 billion, customs said.")).unit == "VND"


@pytest.mark.parametrize("text, value", [
    ("Cornerstone investors had committed R3.25 billion before the books opened.", 3.25e9),
    ("The offer was priced at R48.50 a share.", 48.5),
    ("Each worker gets a bonus of R5,000.", 5000),
])
def test_a_rand_amount_is_written_against_its_r(quantities, text, value):
    q = only(quantities(text))
    assert (q.value, q.unit) == (value, "ZAR")


@pytest.mark.parametrize("text, value", [
    ("The Chief Minister approved the release of Rs2.5 billion for heat relief.", 2.5e9),
    ("The Rs2.5bn relief package is being spread across 212 relief camps.", 2.5e9),
    ("Tickets cost Rs500 each.", 500),
])
def test_a_rupee_amount_may_be_written_against_its_rs(quantities, text, value):
    q = quantities(text)[0]
    assert (q.value, q.unit) == (value, "INR")


def test_a_sum_and_those_it_went_to_are_no_range(quantities):
    found = quantities("Emergency aid, a total of R$890 million to 3,140 residents, will not be deducted.")
    assert [(q.value, q.unit) for q in found] == [(890e6, "BRL"), (3140, "")]
    # A score is still no count.
    assert quantities("The vote was 52 to 48.") == []


def test_a_figure_with_its_unit_is_a_measure_whatever_name_precedes_it(quantities):
    found = quantities("Dadu recorded 50.0 degrees Celsius on Saturday and Jacobabad 51.5 degrees on Sunday.")
    assert [(q.value, q.unit) for q in found] == [(50.0, "degC"), (51.5, "deg")]


def test_cubic_metres_are_a_volume_compared_in_litres(quantities):
    q = only(quantities("The tank holds 40 cubic metres of water."))
    assert (q.unit, q.counted) == ("m3", "water")
    unit, low, high = canonical(q)  # widened by rounding
    assert unit == "l" and low < 40000 < high < 41000


def test_how_often_a_verb_happened_counts_its_act(quantities):
    q = only(quantities("The overflows had discharged untreated sewage 1,816 times in dry weather."))
    assert (q.value, q.counted) == (1816, "discharge")
    # A multiplier is no count of the act.
    assert [q.counted for q in quantities("Prices rose five times faster than wages.")] != ["rise"]


@pytest.mark.parametrize("text", ["Vondráček, the 2641-rated grandmaster on Czechia's third board, lost.",
                                  "Vondráček, rated 2614 on the September list, lost.",
                                  "Vondráček, who is rated 2614, lost his game."])
def test_a_rating_is_counted_as_a_rating(quantities, text):
    assert only(quantities(text)).counted == "rating"


def test_an_r_before_a_plain_number_is_no_rand(quantities):
    # A road, or an R a space away, is not money.
    assert [q.unit for q in quantities("Take the R511 for 12 km.")] == ["km"]
    assert [q.unit for q in quantities("The R 3 fee was waived.")] == [""]


def test_percentages_have_the_percent_unit(quantities):
    q = only(quantities("Turnout was 67.3 per cent."))
    assert (q.value, q.unit) == (67.3, "%")


# --- hedges, ranges and vague amounts ----------------------------------------------


def test_around_widens_the_value_by_ten_percent_each_way(quantities):
    q = only(quantities("North Korea sent around 3,000 troops."))
    assert (q.value, q.low, q.high, q.hedge) == (3000, 2700, 3300, "around")


def test_more_than_is_open_above_and_keeps_the_written_value_as_its_bound(quantities):
    # Records hold closed intervals (low <= value <= high), so the strict
    # "more than" keeps 150 as its lower bound.
    q = only(quantities("More than 150 people were killed."))
    assert q.low == 150 and math.isinf(q.high)


def test_fewer_than_runs_from_zero_to_the_written_value(quantities):
    q = only(quantities("Fewer than 50 people turned out."))
    assert (q.low, q.high) == (0, 50)


def test_up_to_runs_from_zero_to_the_value(quantities):
    q = only(quantities("Up to 600 workers may be furloughed."))
    assert (q.low, q.high) == (0, 600)


def test_nearly_stays_below_the_value(quantities):
    q = only(quantities("Nearly 2,000 flights were cancelled."))
    assert (q.low, q.high) == (1800, 2000)


def test_a_range_keeps_both_ends_and_is_not_a_midpoint(quantities):
    q = only(quantities("Organisers expect 2,000-2,500 runners."))
    assert (q.value, q.low, q.high, q.hedge) == (2000, 2000, 2500, "range")


def test_between_and_is_a_range(quantities):
    q = only(quantities("Between 20 and 25 migrants drowned."))
    assert (q.low, q.high) == (20, 25)


def test_a_scale_after_a_range_applies_to_both_ends(quantities):
    q = only(quantities("The strike could cost $2-3 billion."))
    assert (q.low, q.high, q.unit) == (2e9, 3e9, "USD")


def test_from_x_to_y_is_two_values_that_share_the_unit(quantities):
    found = quantities("The price rose from 40 to 55 dollars a barrel.")
    assert [(q.value, q.unit) for q in found] == [(40, "USD"), (55, "USD")]


def test_tens_of_thousands_is_a_wide_interval(quantities):
    q = only(quantities("Tens of thousands of people marched."))
    assert (q.low, q.high, q.hedge) == (20_000, 99_999, "vague")


def test_several_hundred_is_three_to_nine_hundred(quantities):
    q = only(quantities("Several hundred workers gathered."))
    assert (q.low, q.high) == (300, 900)


# --- what is counted, by whom ---------------------------------------------------------


def test_soldiers_are_counted_as_troops(quantities):
    assert only(quantities("Russia lost 3,000 soldiers.")).counted == "troops"


def test_jobs_are_counted_as_workers(quantities):
    assert only(quantities("The company will cut 1,250 jobs.")).counted == "workers"


@pytest.mark.parametrize("text, counted", [
    ("The weather service measured 52 cm of fresh snow at the station.", "snowfall"),
    ("The station had 61 cm of snow on the ground.", "snow"),
])
def test_fresh_snow_is_a_snowfall_not_the_depth_on_the_ground(quantities, text, counted):
    assert only(quantities(text)).counted == counted


def test_people_killed_are_counted_as_deaths(quantities):
    assert only(quantities("More than 150 people were killed.")).counted == "deaths"


@pytest.mark.parametrize("text, counted", [
    ("516 persons have recovered.", "recoveries"),
    ("There have been fewer than 510 recoveries in Hawaii.", "recoveries"),
    ("There is more than one case in Plovdiv.", "cases"),
    ("Officials counted 40 new infections.", "cases"),
])
def test_recoveries_and_cases_are_counted_alike_in_every_form(quantities, text, counted):
    assert only(quantities(text)).counted == counted


@pytest.mark.parametrize("text, counted, state", [
    ("The company had counted 186 sick passengers as of Thursday.", "sick passengers", ""),
    ("By then 97 passengers had reported symptoms.", "sick passengers", ""),
    ("Twenty-three passengers who still had symptoms were kept aboard.", "sick passengers", "still"),
    ("More than 200 people fell ill after the festival.", "sick", ""),
    ("The ship is carrying 2,874 passengers.", "passengers", ""),
    ("The ward admitted 40 sick patients.", "patients", ""),
])
def test_the_sick_among_a_group_are_counted_apart_from_the_group(quantities, text, counted, state):
    # A running count of the sick is not the ship's manifest, and those still
    # sick on the last day are not all who fell sick on the voyage.
    q = only(quantities(text))
    assert (q.counted, q.state) == (counted, state)


def test_those_still_in_a_state_are_counted_apart_from_all_who_were(quantities):
    # 1.1 million still without power at 3 p.m. is not the 2.36 million who lost it.
    [q] = quantities("At 3 p.m. on Tuesday, about 1.1 million customers were still without power.")
    assert (q.counted, q.state) == ("customer", "still")
    # ... but those still missing are the missing.
    assert only(quantities("About 650 were still missing on Thursday night.")).state == ""
    # ... and a group its own clause defines, all of it still somewhere, is that group.
    q = only(quantities("The 68 residents who were evacuated on Tuesday are still in Hetta."))
    assert (q.counted, q.state, q.defined, q.predicate) == ("residents", "", True, "evacuate")


@pytest.mark.parametrize("text, counted, predicate", [
    # An order to leave is the evacuation of those ordered.
    ("Police ordered all 86 residents of the village to leave.", "residents", "evacuate"),
    # A transit operator's customers on board are its passengers.
    ("All 642 customers on board were evacuated on foot.", "passengers", "evacuate"),
    # Livestock are counted by the head; a verb of counting gives the outcome its adjective names.
    ("A total of 3,271,900 head of livestock had died.", "animal", ""),
    ("The agency counted 3,721,900 dead animals.", "animal", "dead"),
    # An airport's movements are its flights.
    ("The airport had 236 movements scheduled.", "flight", "schedule"),
    # What was confirmed of them is what befell them.
    ("By Monday 1,406 homes were confirmed destroyed.", "homes", "destroy"),
    # What someone went into a season with is what they had, not something that went.
    ("The herder went into the winter with 340 animals.", "animal", "have"),
])
def test_what_is_counted_and_what_befell_it_read_through_their_wording(quantities, text, counted, predicate):
    q = only(quantities(text))
    assert (q.counted, q.predicate) == (counted, predicate)


@pytest.mark.parametrize("text, low, high", [
    ("Talks must last six weeks when twenty or more jobs are at stake.", 20, math.inf),
    ("Tickets cost $5 or less.", 0, 5),
])
def test_or_more_and_or_less_after_a_figure_bound_it(quantities, text, low, high):
    q = only(quantities(text))
    assert (q.low, q.high) == (low, high)


@pytest.mark.parametrize("text, unit, counted", [
    ("Orders reached about R26 billion, or 3.4 times the shares on offer.", "times", ""),
    ("The book was oversubscribed 2.5 times.", "times", ""),
    # How often he was shot counts the act, as "1,816 discharges" does.
    ("Gray was shot eleven times.", "", "shoot"),
])
def test_a_multiple_of_something_is_no_count_of_it(quantities, text, unit, counted):
    q = [q for q in quantities(text) if q.value < 100][0]
    assert (q.unit, q.counted) == (unit, counted)


def test_a_bare_number_takes_what_it_counts_from_its_verb(quantities):
    found = quantities("Police arrested 40 people and 40 others were injured.")
    assert [q.counted for q in found] == ["arrests", "injuries"]


def test_an_elided_noun_is_taken_from_the_previous_count(quantities):
    found = quantities("The storm destroyed 2,340 homes and damaged another 5,100.")
    assert [q.counted for q in found] == ["homes", "homes"]


def test_soldiers_and_civilians_stay_apart(quantities):
    found = quantities("Seven soldiers and three civilians were wounded.")
    assert [q.counted for q in found] == ["troops", "civilians"]


@pytest.mark.parametrize("text, unit, counted", [
    # Trade statements write metric tonnes "MT"; the load is the rice, not its origin.
    ("A cargo of 42,500 MT of Vietnamese 5% broken rice arrived on Saturday.", "t", "rice"),
    # "Mt" is megatonnes, a million times more: never read as tonnes.
    ("The plant emitted 36 Mt of carbon dioxide last year.", "", None),
])
def test_metric_tonnes_in_capitals_weigh_the_stuff_after_them(quantities, text, unit, counted):
    q = quantities(text)[0]
    assert q.unit == unit
    assert counted is None or q.counted == counted


@pytest.mark.parametrize("text, value", [
    # Radio transcripts spell decimals out.
    ("Prices rose four point seven percent in September.", 4.7),
    ("Unemployment stood at six point two five per cent.", 6.25),
])
def test_a_decimal_spelled_out_keeps_its_decimals(quantities, text, value):
    assert [(q.value, q.unit) for q in quantities(text)] == [(value, "%")]


@pytest.mark.parametrize("text, counted", [
    ("The platform normally produces about 62,000 barrels of oil a day.", "barrel per day"),
    ("The initial rate is approximately 25,000 barrels of oil per day.", "barrel per day"),
    ("Lost production is estimated at about 330,000 barrels of oil.", "barrel"),
])
def test_a_count_per_day_is_a_rate_not_a_count(quantities, text, counted):
    assert [q.counted for q in quantities(text)] == [counted]


@pytest.mark.parametrize("text, counts", [
    # "one ticket in seven" is a share of the tickets, not one ticket.
    ("Only about one seat in eight had been sold at the lowest price.", []),
    ("There were 40 people in two buses.", [40, 2]),
    ("Police arrested 12 people in 2023.", [12]),
])
def test_one_thing_in_n_is_a_ratio_not_a_count(quantities, text, counts):
    assert [q.value for q in quantities(text)] == counts


def test_a_unit_of_measure_is_not_a_counted_noun(quantities):
    q = only(quantities("Troops advanced 40 km into the region."))
    assert (q.unit, q.counted) == ("km", "")


@pytest.mark.parametrize("text, expected", [
    ("The epicentre was about 32 kilometres (20 miles) northeast of the town.", [(32, "km")]),
    ("The shaft is 1,050 feet (320 metres) deep.", [(1050, "ft")]),
    # Currencies stay: a report giving only dollars is compared with the dollar figure.
    ("The repair will cost €38 million ($45 million).", [(38e6, "EUR"), (45e6, "USD")]),
    # Two figures in one unit are two claims, parentheses or not.
    ("The team walked 12 km (and later 8 km more).", [(12, "km"), (8, "km")]),
    # Inches are a length: "(20 inches)" converts the 52 cm, it counts nothing.
    ("The station measured 52 cm (20 inches) of fresh snow.", [(52, "cm")]),
    ("Up to 20 inches of snow fell in Buffalo.", [(20, "in")]),
])
def test_a_conversion_in_parentheses_is_not_a_second_claim(quantities, text, expected):
    assert [(q.value, q.unit) for q in quantities(text)] == expected


@pytest.mark.parametrize("text, predicate", [
    ("Five children were in intensive care.", "in intensive care"),
    ("Two men remain in police custody.", "in police custody"),
    # A place is no state: the light verb stays and decides nothing.
    ("About 3,000 troops are in Russia.", "be"),
])
def test_a_count_in_a_state_has_the_state_as_its_predicate(quantities, text, predicate):
    assert only(quantities(text)).predicate == predicate


@pytest.mark.parametrize("text, predicate", [
    ("More than 9,000 passengers had their journeys disrupted.", "disrupt"),
    ("Some 300 farmers had their crops destroyed.", "destroy"),
    # What a finding verb found is what happened to them: "found bleaching on 648 reefs".
    ("Bleaching was recorded on 684 reefs.", "bleach"),
    ("Severe bleaching was found on 291 reefs.", "severe bleach"),
    # A "whose" clause gives a property of the things, not what was done to them.
    ("On election night the polling boards set aside 41 ballots whose validity was disputed.", "set aside"),
    # Owning is still the light verb: no participle says what was done to them.
    ("The airline had 21 aircraft.", "have"),
])
def test_what_was_done_to_the_counted_is_the_predicate_not_have_or_record(quantities, text, predicate):
    # "Had their journeys disrupted" is not "spent the night in the terminal".
    assert only(quantities(text)).predicate == predicate


def test_a_bare_count_before_against_is_of_those_who_voted_no(quantities):
    text = "The union said 22,363 of its members had voted in favour and 6,089 against, a yes vote of 78.6%."
    assert [(q.value, q.predicate) for q in quantities(text)] == [(22363, "vote"), (6089, "oppose"), (78.6, "vote")]


@pytest.mark.parametrize("text, predicate", [
    ("About 12,000 people took part in the march.", "take part"),
    ("Twenty-three injured workers were taken to hospital.", "take"),
])
def test_taking_part_is_attending_and_being_taken_is_not(quantities, text, predicate):
    assert only(quantities(text)).predicate == predicate


def test_n_of_them_counts_the_group_counted_in_the_sentence_before(quantities):
    found = quantities("Doctors were treating 37 children. Nine of them were in intensive care.")
    assert [(q.value, q.counted) for q in found] == [(37, "children"), (9, "children")]


def test_a_range_of_days_in_a_month_is_a_date_not_a_count(quantities):
    assert [q.surface for q in quantities("The heatwave ran from 9 to 19 July and killed 14 people.")] == ["14"]


def test_excess_deaths_are_an_estimate_not_a_count_of_the_dead(quantities):
    found = quantities("MoMo attributes 1,180 excess deaths to the heat; 14 heatstroke deaths were confirmed.")
    assert [q.counted for q in found] == ["excess deaths", "deaths"]


def test_subject_and_predicate_come_from_the_governing_verb(quantities):
    q = only(quantities("North Korea sent around 3,000 troops to Russia."))
    assert (q.subject, q.predicate) == ("north korea", "send")


def test_a_relative_clauses_subject_is_the_noun_it_hangs_on(quantities):
    q = only(quantities("UNICEF, which has sent 17 convoys of supplies since January, said it had stopped."))
    assert (q.subject, q.predicate) == ("unicef", "send")


@pytest.mark.parametrize("text, predicate", [
    ("The permit allowed a maximum attendance of 15,000 people.", "allow"),
    ("Pyongyang sent a force of 3,000 troops.", "send"),
])
def test_a_count_in_the_of_phrase_of_a_verbs_object_is_the_verbs(quantities, text, predicate):
    assert only(quantities(text)).predicate == predicate


def test_a_passive_agent_is_the_subject(quantities):
    q = only(quantities("About 1,500 troops were sent by Pyongyang last week."))
    assert q.subject == "pyongyang"


def test_a_date_after_by_is_not_an_agent(quantities):
    q = only(quantities("About 10,000 soldiers will be deployed by December."))
    assert q.subject == ""


@pytest.mark.parametrize("text", [
    "All 58 polling districts will be counted again by hand.",
    "About 1,200 tonnes of aid were moved by road.",
])
def test_how_a_thing_was_done_is_not_an_agent(quantities, text):
    # "By hand" is no source: it would set the sentence's own figures apart as two sources'.
    assert only(quantities(text)).subject == ""


def test_a_bare_level_counts_the_plural_subject_of_its_verb(quantities):
    assert only(quantities("The confirmed cases reached 412 by Friday.")).counted == "cases"


def test_a_level_verb_with_a_generic_subject_counts_nothing(quantities):
    assert only(quantities("The people reached 40.")).counted == ""


def test_a_level_with_a_unit_keeps_its_unit(quantities):
    q = only(quantities("The river rose to 12 metres."))
    assert (q.unit, q.counted) == ("m", "")


# --- not counts ---------------------------------------------------------------------


def test_a_standalone_year_is_not_a_quantity(quantities):
    assert quantities("The summit will take place in 2025 in Busan.") == []


@pytest.mark.parametrize("text", [
    "Nine workers were hurt in 2025, the most in any year since at least 2016.",
    "The rule has applied since about 1990 and will stay until at least 2030.",
])
def test_a_hedged_year_after_since_or_until_is_a_year_not_a_count(quantities, text):
    assert [q.value for q in quantities(text)] == ([9] if text.startswith("Nine") else [])


def test_a_hedged_number_after_since_that_is_no_year_is_still_a_count(quantities):
    assert only(quantities("Prices have risen since at least 2,016 shops closed.")).value == 2016


@pytest.mark.parametrize("text, unit, counted", [
    ("Farmers will receive GH₵3,480 for every 64-kilogram bag.", "GHS", "per bag"),
    ("The regulator pays GH¢60,000 a tonne.", "GHS", "per tonne"),
    ("Buyers pay $5 for each crate.", "USD", "per crate"),
])
def test_a_sum_for_every_unit_is_a_price_per_unit(quantities, text, unit, counted):
    q = only([q for q in quantities(text) if q.unit == unit])
    assert q.counted == counted


def test_new_shares_for_every_shares_held_are_a_ratio_not_counts(quantities):
    assert quantities("Holders get 29 new shares for every 20 they hold.") == []


def test_a_year_before_a_plural_noun_is_a_count(quantities):
    assert only(quantities("In 2020 2000 people protested.")).value == 2000


def test_an_ordinal_is_not_a_quantity(quantities):
    assert quantities("It was the second call; the 3rd Brigade stayed.") == []


def test_a_clock_time_is_not_a_quantity(quantities):
    assert quantities("The blast happened at 14:05 local time, not at 6.30pm or 0900 GMT.") == []


def test_about_650_is_a_count_not_a_clock_time(quantities):
    q = only(quantities("About 650 were still missing."))
    assert (q.value, q.low, q.high) == (650, 585, 715)


def test_ages_are_not_counts(quantities):
    # Only a named person's age is a claim, and it counts no one.
    found = quantities("The suspect, a 38-year-old man, and John Smith, 52, were charged.")
    assert [(q.value, q.counted, q.subject) for q in found] == [(52, "age", "john smith")]
    # Both ends of an age range: "aged 78 to 94" counts no patients.
    assert [q.value for q in quantities("The six patients who died were aged 78 to 94.")] == [6]
    assert [q.value for q in quantities("Victims aged between 18 and 25 numbered 40.")] == [40]


def test_phone_numbers_are_not_quantities(quantities):
    assert quantities("Call the hotline on 0800 555 0199 or phone (202) 555-0143.") == []
    # Digits in groups are a number to dial where the sentence says to call.
    assert quantities("Families can call the helpline on 800 555 010 or the line on 116 006.") == []
    assert quantities("The crisis information line at 12 555 01 12 is staffed around the clock.") == []


def test_identifiers_are_not_quantities(quantities):
    assert quantities("Flight MH17, Article 5 and Resolution 2231 were cited by F-16 pilots.") == []


def test_each_of_a_list_of_identifiers_is_not_a_quantity(quantities):
    found = quantities("Officers detained 58 people under Articles 166 and 173 of the code, and sections 4, 5 and 9 "
                       "of the act.")
    assert [q.surface for q in found] == ["58"]


def test_a_score_is_not_a_range_or_two_counts(quantities):
    assert quantities("The Senate voted 51-49 to confirm the nominee.") == []


def test_a_duration_is_a_quantity_but_three_days_ago_is_a_date(quantities):
    assert only(quantities("The siege lasted 12 days.")).unit == "days"
    assert quantities("The strike began three days ago.") == []


@pytest.fixture(scope="module")
def labelled_texts():
    path = Path(__file__).resolve().parent.parent / "fixtures" / "extraction"
    return [json.loads(line)["text"] for name in ("quantities.jsonl", "dates.jsonl", "frames.jsonl")
            for line in (path / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_quantity_is_a_closed_interval_around_its_value(quantities, labelled_texts):
    found = [q for text in labelled_texts for q in quantities(text)]
    assert len(found) > 200
    assert all(q.low <= q.value <= q.high for q in found)


def test_every_surface_is_the_text_at_its_offsets(nlp, labelled_texts):
    for doc in nlp.pipe(labelled_texts):
        for q in (q for sent in doc.sents for q in find_quantities(sent)):
            assert doc.text[q.start:q.end] == q.surface


# --- comparison intervals (canonical) --------------------------------------------------


def compared(quantities, text: str) -> tuple[float, float]:
    _, low, high = canonical(only(quantities(text)))
    return low, high


def test_more_than_a_count_starts_at_the_next_whole_number(quantities):
    assert compared(quantities, "The novel drew more than 58 reviews in its first week.") == (59, math.inf)


def test_fewer_than_a_count_ends_at_the_whole_number_below(quantities):
    assert compared(quantities, "The squad has won fewer than 19 trophies.") == (0, 18)


def test_a_strict_bound_on_an_amount_excludes_the_written_value(quantities):
    low, high = compared(quantities, "The album scored above 75.5% with listeners.")
    assert 75.5 < low < 75.5001 and high == math.inf


def test_a_strict_bound_and_the_same_exact_figure_do_not_overlap(quantities):
    _, low, _ = canonical(only(quantities("The novel drew more than 58 reviews in its first week.")))
    _, _, high = canonical(only(quantities("The novel drew 58 reviews in its first week.")))
    assert high < low


def test_over_after_a_verb_of_extent_is_across_not_more_than(quantities):
    heard = quantities("The hearings ran over 11 sessions, in which 46 witnesses were heard.")
    assert [(q.value, q.hedge) for q in heard] == [(11, ""), (46, "")]
    assert only(quantities("Over 11 people died in the fire.")).hedge == "over"


def test_years_and_months_are_one_duration(quantities):
    term = only(quantities("Quintela was sentenced to 14 years and 8 months in prison."))
    assert (term.surface, term.unit) == ("14 years and 8 months", "years")
    assert canonical(term)[1:] == pytest.approx((14 + 7.5 / 12, 14 + 8.5 / 12))
    assert only(quantities("The crossing took 2 hours, 15 minutes.")).value == pytest.approx(2.25)
    # Two durations of two things stay two.
    assert len(quantities("The strike lasted 3 days and 200 workers joined it.")) == 2


def test_an_inclusive_bound_keeps_the_written_value(quantities):
    assert compared(quantities, "The novel drew at least 58 reviews in its first week.") == (58, math.inf)


def test_a_strict_bound_on_a_round_figure_still_overlaps_that_figure_rounded(quantities):
    low, _ = compared(quantities, "More than 3,000 troops were sent.")
    _, high = compared(quantities, "Officials said 3,000 troops were sent.")
    assert low <= high


def test_a_two_digit_figure_is_read_as_written(quantities):
    assert compared(quantities, "Officials confirmed 20 cases in the town.") == (19.5, 20.5)


def test_a_figure_of_three_digits_or_more_is_read_as_rounded_at_its_last_significant_digit(quantities):
    assert compared(quantities, "Officials said 3,000 troops were sent.") == (2500, 3500)
    assert compared(quantities, "Officials confirmed 120 cases in the town.") == (115, 125)


# --- offsets and formatting ----------------------------------------------------------


def test_offsets_are_into_the_whole_document(quantities, nlp):
    text = "The talks ended. North Korea sent around 3,000 troops."
    q = only(quantities(text))
    assert text[q.start:q.end] == "around 3,000" == q.surface


@pytest.mark.parametrize("text", ["Outbreak passes 40 cases", "Sales topped 40 units last year."])
def test_a_figure_a_verb_says_was_passed_is_a_lower_bound(quantities, text):
    q = only(quantities(text))
    assert (q.value, q.low, q.high) == (40, 40, float("inf"))


@pytest.mark.parametrize("counted, value, shown", [
    ("flight", 420, "420 flights"), ("licence number", 746000, "746,000 licence numbers"),
    ("city", 3, "3 cities"), ("woman", 2, "2 women"), ("flight", 1, "1 flight"),
    ("sick passengers", 97, "97 sick passengers"), ("missing", 12, "12 missing"), ("bed", 24, "24 beds"),
    ("people", 2340, "2,340 people"),
])
def test_a_counted_lemma_reads_in_the_plural_after_a_figure_above_one(counted, value, shown):
    q = Quantity(value, value, value, str(value), 0, 3, counted=counted)
    assert format_quantity(q) == shown


def test_a_rate_reads_in_the_singular():
    assert format_quantity(Quantity(64.2, 64.2, 64.2, "64.2%", 0, 5, unit="%", counted="turnout")) == "64.2% turnout"


def test_a_measure_names_what_it_measures_in_the_singular():
    q = Quantity(768, 768, 768, "768 GB", 0, 6, unit="GB", counted="storage")
    assert format_quantity(q) == "768 GB storage"


def test_format_shows_hedge_bounds_and_counted():
    q = Quantity(value=3000, low=2700, high=3300, surface="about 3,000", start=0, end=11,
                 hedge="about", counted="troops")
    assert format_quantity(q) == "about 3,000 (2,700–3,300) troops"


def test_format_shows_a_range_by_its_ends():
    q = Quantity(value=2e9, low=2e9, high=3e9, surface="$2-3 billion", start=0, end=12,
                 hedge="range", unit="USD")
    assert format_quantity(q) == "2,000,000,000–3,000,000,000 USD"


def test_format_shows_an_open_bound_as_infinity():
    q = Quantity(value=150, low=150, high=math.inf, surface="more than 150", start=0, end=13,
                 hedge="more than")
    assert format_quantity(q) == "more than 150 (150–∞)"


# --- parse_number ------------------------------------------------------------------


@pytest.mark.parametrize("text, value", [
    ("3,000", 3000), ("1.5 million", 1_500_000), ("10k", 10_000), ("$2bn", 2e9),
    ("twelve hundred", 1200), ("two hundred and fifty", 250), ("half a million", 500_000),
    ("forty-five", 45), ("a dozen", 12),
])
def test_parse_number_reads_numbers_as_written(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "troops", "twenty and thirty", "3,000 troops", "a"])
def test_parse_number_returns_none_for_what_is_not_one_number(text):
    assert parse_number(text) is None


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parse_number_never_raises(text):
    result = parse_number(text)
    assert result is None or isinstance(result, float)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_an_integer_formatted_with_separators_parses_back(n):
    assert parse_number(f"{n:,}") == n


@pytest.mark.parametrize("text, expected", [
    ("Six AK 47 rifles were seized.", [(6, "", "rifle")]),
    ("It has Intel HD graphics 4000 and a 1.8 GHz processor.", [(1.8, "GHz", "")]),
    ("The laptop carries 8GB of RAM and 256 GB of flash storage.", [(8, "GB", "ram"), (256, "GB", "storage")]),
    ("The screen has 220 pixels per inch.", [(220, "", "pixel per inch")]),
])
def test_model_names_compact_units_and_densities(nlp, text, expected):
    found = find_quantities(next(nlp(text).sents))
    assert [(q.value, q.unit, q.counted) for q in found] == expected


@pytest.mark.parametrize("text", [
    "But fifteen games later the Colts stood in the playoffs.",
    "They made the playoffs one season after posting the worst record.",
    "The Chiefs finished with a 2-13 season.",
])
def test_spans_of_events_and_records_are_not_counts(nlp, text):
    assert find_quantities(next(nlp(text).sents)) == []


def test_a_range_followed_by_its_counted_thing_is_still_a_range(nlp):
    [q] = find_quantities(next(nlp("Rescuers found 30-40 homes destroyed.").sents))
    assert (q.low, q.high, q.counted) == (30, 40, "homes")


@pytest.mark.parametrize("text, predicate", [
    ("He improved to 58-3 with 51 wins coming by way of knockout.", "come"),
    ("Officials counted 23 people killed in the floods.", "kill"),
    ("Around 300 tonnes of diesel leaked, prompting a large clean-up.", "leak"),
    ("Around 300 tonnes of diesel leaked from the tanker's damaged tank.", "leak"),
    # A participle saying what the things look like or hold leaves the verb to the sentence.
    ("Investigators seized 14,500 bottles bearing the labels of classified estates.", "seize"),
    ("Gendarmes seized 41,500 bottles dressed up as classified growths.", "seize"),
    # A count that is a verb's object is that verb's, whatever clause hangs on its of-noun.
    ("The vessel is carrying 34,200 tonnes of urea fertiliser loaded in Jubail.", "carry"),
    # What the things did not do narrows them; what happened to them is the sentence's verb.
    ("The company said it had quarantined 14 batches that had not left the site.", "quarantine"),
])
def test_a_clause_narrowing_the_counted_noun_gives_the_predicate(nlp, text, predicate):
    q = [q for q in find_quantities(next(nlp(text).sents)) if q.counted][-1]
    assert q.predicate == predicate


def test_a_figure_in_brackets_after_a_noun_has_no_verb_of_its_own(quantities):
    text = "Fire crews (162 firefighters with 31 vehicles) brought the fire under control at 10:20."
    assert [(q.value, q.predicate) for q in quantities(text)] == [(162, ""), (31, "")]


@pytest.mark.parametrize("text, expected", [
    ("Police named the victim as Rhys Galloway, 64, a carpenter.", [(64, "age", "rhys galloway")]),
    ("Rhys Galloway, 46, was surfing off the beach.", [(46, "age", "rhys galloway")]),
    # Whose age "the pilot, 34" is, nothing says: no claim.
    ("The pilot, 34, was unhurt.", []),
])
def test_a_named_persons_age_in_apposition_is_a_claim_about_that_person(quantities, text, expected):
    assert [(q.value, q.counted, q.subject) for q in quantities(text)] == expected


@pytest.mark.parametrize("text, counted", [
    ("The ministry expects maize exports to reach 35.6 million tonnes this season.", "maize"),
    ("Officials forecast maize exports of 36.5 million tonnes this season.", "maize"),
    ("The ministry projects exports of 36.5 million tonnes of maize.", "maize"),
    # A harvest is no flow of goods: its tonnes are not the exports'.
    ("The exchange estimates this season's maize harvest at 58 million tonnes.", ""),
])
def test_a_trade_flows_amount_counts_the_good_it_moves(quantities, text, counted):
    assert only(quantities(text)).counted == counted


@pytest.mark.parametrize("text, expected", [
    ("Of the 75 injured, most had been discharged by Thursday.", [(75, "", "injuries", "injure")]),
    ("The bank cut its key rate by 50 basis points to 7.25%.", [(50, "bp", "", "cut"), (7.25, "%", "rate", "cut")]),
    ("Inflation slowed to 4.2% in February.", [(4.2, "%", "inflation", "slow")]),
    ("The agency put unemployment at 4.1 percent.", [(4.1, "%", "", "put")]),
])
def test_outcomes_as_nouns_partitive_wholes_and_rates(nlp, text, expected):
    found = find_quantities(next(nlp(text).sents))
    assert [(q.value, q.unit, q.counted, q.predicate) for q in found] == expected


@pytest.mark.parametrize("text, counted", [
    ("The number of people killed by Cyclone Ravena has risen to 38.", "deaths"),
    ("The number of patients rose to 40.", "patients"),
])
def test_the_number_of_people_an_outcome_befell_counts_that_outcome(nlp, text, counted):
    [q] = find_quantities(next(nlp(text).sents))
    assert q.counted == counted


def test_basis_points_compare_with_percentage_points():
    assert canonical(Quantity(50, 50, 50, "50 basis points", 0, 15, unit="bp"))[0] == "pp"


@pytest.mark.parametrize("text, counted", [
    ("Its epicentre was about 32 kilometres (20 miles) northeast of Wosulo.", "from Wosulo"),
    ("The quake was centred 14 miles north-northeast of Healdsburg.", "from Healdsburg"),
    ("It struck approximately 26 miles from Santa Rosa.", "from Santa Rosa"),
    ("The cable broke some 40 kilometres off Porvoo.", "from Porvoo"),
    ("It will come within 143,200 kilometres of the centre of the Earth.", "from Earth"),
    ("It passed 134,200 km from Earth's centre.", "from Earth"),
    ("The road runs 70 km from Palu to Wosulo.", ""),
])
def test_a_distance_from_a_named_place_counts_that_distance(quantities, text, counted):
    assert quantities(text)[0].counted == counted


def test_go_up_is_one_verb_whatever_the_parse(quantities):
    q = quantities("Core weekly social welfare payments, including the State pension, go up by 12 euros a week.")[0]
    assert q.predicate == "go up"


def test_a_rate_says_whom_it_is_for_when_its_subject_does(quantities):
    assert quantities("Payments for qualified adults will increase by 9.90 euros per week.")[0].counted == \
        "per week for adult"
    assert quantities("Core payments will rise by 15 euros per week.")[0].counted == "per week"


@pytest.mark.parametrize("text, expected", [
    ("A weather station recorded 48.1C (118.6F) on Wednesday.", [(48.1, "degC")]),
    ("Temperatures fell to 4°C (39°F) overnight.", [(4.0, "degC")]),
    ("Highs of 39 °C are expected.", [(39.0, "degC")]),
    ("It recorded 118.6 degrees Fahrenheit.", [(118.6, "degF")]),
    ("The pipe is rated to 120 degrees Celsius.", [(120.0, "degC")]),
    # A capital letter against a number after a capitalised word is a label.
    ("Passengers at Gate 5F were moved to Section 3C.", []),
])
def test_temperatures_carry_their_scale(quantities, text, expected):
    assert [(q.value, q.unit) for q in quantities(text)] == expected


def test_fahrenheit_is_compared_in_celsius_with_an_offset():
    f = Quantity(value=118.6, low=118.6, high=118.6, surface="118.6F", start=0, end=6, unit="degF")
    unit, low, high = canonical(f)
    assert unit == "degC" and 48.05 < low < 48.1 < high < 48.15
    assert format_quantity(f) == "118.6 °F"


@pytest.mark.parametrize("text, expected", [
    ("Valdés pocketed 83.5 million pesos in bribes.", ("pesos", "bribe")),
    ("The companies paid bribes totalling 38.5 million pesos.", ("pesos", "bribe")),
    # Several countries write pesos: a unit of its own, never a counted thing.
    ("The company reported a record profit of about 1.8 trillion pesos for 2025.", ("pesos", "")),
    ("The plant will cost 4.2 billion kronor.", ("SEK", "")),
    ("The firm paid $281 million in cash.", ("USD", "")),
])
def test_a_sum_names_what_it_was_paid_as_when_the_sentence_says(quantities, text, expected):
    q = only(quantities(text))
    assert (q.unit, q.counted) == expected


@pytest.mark.parametrize("text, counted", [
    ("The strike costs approximately 630 tonnes of fine copper per day.", "copper per day"),
    ("The mine produces about 330,000 tonnes of copper a year.", "copper per year"),
    ("The mine produced 328,000 tonnes of copper last year.", "copper"),
])
def test_a_measured_amount_per_day_or_year_is_a_rate(quantities, text, counted):
    assert only(quantities(text)).counted == counted


@pytest.mark.parametrize("text, counted", [
    # The same verb in the sentence before names what a bare number counts.
    ("Laurentian National locked out 6,200 workers. Prairie Pacific locked out 3,410.", "workers"),
    # A word pointing back does too, and skips a count inside a phrase ("at 100 hospitals").
    ("By Friday 8,816 trainee doctors at 100 hospitals had resigned. Of these, 7,813 had left their posts.",
     "doctor"),
])
def test_a_bare_number_takes_the_noun_the_sentence_before_counts(quantities, text, counted):
    assert quantities(text)[-1].counted == counted


def test_a_bare_number_under_another_verb_or_a_light_verb_counts_nothing_of_the_sentence_before(quantities):
    assert quantities("Police arrested 12 protesters on Monday. The fire burned 40.")[-1].counted == ""
    assert quantities("The company had 300 stores. It was 40.")[-1].counted == ""


def test_it_after_a_named_speaker_is_the_speaker(quantities):
    # "Nusa Air said it had cancelled": the airline's own count, not an unknown "it"'s.
    assert only(quantities("Nusa Air said it had cancelled 118 flights across its network.")).subject == "nusa air"
    assert only(quantities("The police said they had arrested 12 people.")).subject == ""


def test_a_rate_before_its_of_phrase_counts_the_same_thing_as_a_rate_after_it(quantities):
    before = only(quantities("The plant is designed to produce 35,000 tonnes a year of battery-grade lithium carbonate."))
    after = only(quantities("The plant will produce 53,000 tonnes of battery-grade lithium carbonate a year."))
    assert (before.unit, before.counted) == (after.unit, after.counted) == ("t", "carbonate per year")


def test_of_those_takes_even_a_generic_noun_from_the_sentence_before(quantities):
    text = "By Monday night 14,900 people had been evacuated. Of those, 3,170 were taken off the beaches by boat."
    assert quantities(text)[-1].counted == "people"
    # Without a word pointing back, a generic noun is not carried over.
    assert quantities("By Monday night 14,900 people had been evacuated. The fire burned 40.")[-1].counted == ""


def test_the_noun_after_are_is_what_a_bare_number_counts(quantities):
    assert only(quantities("Most are in Canada, but 63,170 are clients of the bank's U.S. arm.")).counted == "customer"
    assert quantities("The toll is 40. Of the dead, three were children.")[-1].counted == "children"


def test_a_count_brought_to_a_figure_counts_what_the_number_is_of(quantities):
    q = only(quantities("It brought the number of Ukrainians freed from Russian captivity since February 2022 to 6,428."))
    assert (q.value, q.counted) == (6428, "ukrainians")


def test_the_bodies_of_soldiers_are_counted_as_bodies_not_as_troops(quantities):
    bodies = only(quantities("On Friday, Ukraine received the bodies of 1,000 soldiers."))
    troops = only(quantities("Ukraine received 230 soldiers on Thursday."))
    assert bodies.counted != troops.counted


def test_square_km_hectares_and_square_kilometres_compare_as_one_area(quantities):
    km = only(quantities("Pará accounted for the largest share, with 2,184 square km."))
    assert km.unit == "km2"
    hectares = only(quantities("The Amazon lost 581,600 hectares of forest."))
    square = only(quantities("That is equivalent to 5,816 square kilometres."))
    unit_h, low_h, high_h = canonical(hectares)
    unit_s, low_s, high_s = canonical(square)
    assert unit_h == unit_s == "km2" and math.isclose(low_h, low_s) and math.isclose(high_h, high_s)


def test_so_many_for_every_so_many_is_a_ratio_not_two_counts(quantities):
    assert quantities("Broye shareholders will receive 29 new Aaretal shares for every 20 they hold.") == []
    ratio = only(quantities("Broye shareholders will receive 1.45 Aaretal shares for each share they hold."))
    assert ratio.value == 1.45


def test_the_number_of_people_held_somewhere_counts_those_held(quantities):
    held = only(quantities("The headquarters puts the number of Ukrainians in Russian captivity at about 8,100."))
    returned = only(quantities("Today, 246 Ukrainians returned home from Russian captivity."))
    assert (held.counted, returned.counted) == ("ukrainians in captivity", "ukrainians")


@pytest.mark.parametrize("text", [
    "The last of the ship's 112 passengers were flown to the Ocean Petrel on Monday.",
    "The rest of the 40 crew members stayed on board.",
    "Two of the 40 crew members stayed on board.",
])
def test_the_group_a_last_or_a_rest_is_taken_from_is_a_whole(quantities, text):
    assert [q.whole for q in quantities(text) if q.value > 2] == [True]


def test_what_is_still_so_is_the_part_not_the_whole_it_is_taken_from(quantities):
    found = quantities("Six of the nine objects, among them the tiara, are still missing.")
    assert [(q.value, q.state, q.whole) for q in found] == [(6, "still", False), (9, "", True)]
    assert [q.state for q in quantities("Still missing: six objects, tiara included.")] == ["still"]


def test_of_these_points_back_to_the_counted_group_not_to_where_it_came_from(quantities):
    found = quantities("A total of 48,612 runners from 156 nations registered for the race. Of these, 44,807 started.")
    assert [(q.value, q.counted) for q in found] == [(48612, "runner"), (156, "nation"), (44807, "runner")]


def test_bare_numbers_after_a_fronted_partitive_count_its_whole(quantities):
    found = quantities("Of the 197 deputies present in the 200-seat lower house, 101 voted in favour, 89 against and "
                       "seven abstained.")
    assert [(q.value, q.counted) for q in found] == [
        (197, "deputy"), (200, "seat"), (101, "deputy"), (89, "deputy"), (7, "deputy")]


def test_the_second_day_of_a_month_is_no_count(quantities):
    # "March 11 and 12" names two days; "March 3 and 12 delegates" still counts delegates.
    found = quantities("The strike grounded 1,658 flights over Wednesday and Thursday, March 11 and 12, the airline said.")
    assert [q.surface for q in found] == ["1,658"]
    assert [q.surface for q in quantities("Talks began on March 3 and 12 delegates came.")] == ["12"]


def test_the_bare_numbers_of_a_tally_are_votes_and_voted_against_is_a_no(quantities):
    found = quantities("The final tally, 96 in favour, 32 against and eight abstentions, cleared the threshold.")
    assert [(q.value, q.counted) for q in found][:2] == [(96, "votes"), (32, "votes")]
    found = quantities("Of the 127 legislators present, 96 voted in favour, 23 voted against and eight abstained.")
    assert [(q.value, q.predicate) for q in found if q.value == 23] == [(23, "oppose")]


@pytest.mark.parametrize("text, unit", [
    ("He was paid 51,000 UAE dirhams.", "dirhams"),
    ("A further AED 15,000 was paid.", "dirhams"),
    ("He received 1.4 million Nepali rupees.", "NPR"),
    ("He received NPR 1,400,000 in cash.", "NPR"),
    ("The fine was 300,000 Pakistani rupees.", "PKR"),
])
def test_a_currency_named_with_its_country_is_that_countrys_money(quantities, text, unit):
    assert only(quantities(text)).unit == unit


def test_a_unions_members_voting_against_are_still_counted_as_members(quantities):
    found = quantities("The union said 22,363 of its members had voted in favour and 6,089 against.")
    assert [(q.value, q.counted) for q in found] == [(22363, "member"), (6089, "member")]


@pytest.mark.parametrize("text, hedge", [
    ("The price will rise 12% over two years.", ""),
    ("The plan will cut 300 jobs over three years.", ""),
    ("The works lasted over two years.", "over"),
    ("The delay was over two years.", "over"),
])
def test_over_a_span_is_during_it_unless_a_verb_of_lasting_comes_first(quantities, text, hedge):
    assert [q.hedge for q in quantities(text) if q.unit == "years"] == [hedge]


@pytest.mark.parametrize("text, unit, kpa", [
    ("Cabin pressure was 743 mmHg.", "mmHg", 99.06),
    ("Cabin pressure was 14.37 psi.", "psi", 99.08),
    ("Cabin pressure was 14.50 pounds per square inch.", "psi", 99.97),
    ("Cabin pressure was 98.5 kilopascals.", "kPa", 98.5),
    ("The storm's central pressure fell to 952 millibars.", "hPa", 95.2),
])
def test_pressures_are_measures_compared_in_kilopascals(quantities, text, unit, kpa):
    from checker.lexicon import to_canonical

    q = only(quantities(text))
    assert q.unit == unit
    assert round(to_canonical(q.unit, q.value), 2) == pytest.approx(kpa, abs=0.01)


@pytest.mark.parametrize("text, found", [
    ("The chamber voted 20 to nine in favour of the licence.", [(20, "votes", "vote"), (9, "votes", "oppose")]),
    ("It approved the licence by 20 votes to 11 on Tuesday.", [(20, "votes", "approve"), (11, "votes", "oppose")]),
    # A score is still no count, and "from 20 to 25" is a change.
    ("Arsenal won 3 to 1.", []),
])
def test_a_vote_told_as_a_score_gives_its_ayes_and_its_noes(quantities, text, found):
    assert [(q.value, q.counted, q.predicate) for q in quantities(text)] == found


def test_a_count_in_a_year_is_no_odds_though_one_in_five_is(quantities):
    # "6,580 in 2021" counts 6,580 of something in that year; "1 in 5" and "1 in 2000" are odds.
    assert [q.value for q in quantities("Rangers counted 7,412 elephants, against 6,580 in 2021.")] == [7412, 6580]
    assert [q.value for q in quantities("One in 5 calves and 1 in 2000 adults died.")] == []


def test_passengers_and_crew_are_everyone_on_board(quantities):
    # "carrying 421 passengers and crew" counts the people a "412 persons were on board" counts.
    q = only(quantities("The ferry, carrying 421 passengers and crew, hit a rocky islet."))
    assert (q.value, q.counted) == (421, "people")
    assert [x.counted for x in quantities("There were 361 passengers and 51 crew members on board.")] == [
        "passengers", "crew"]


# --- session 33: oil rates, spelled-out millimetres, dollars named after, majorities ---


def test_the_oil_trades_shorthands_are_barrels_a_day(quantities) -> None:
    assert [(q.value, q.counted) for q in quantities("Iraq will cut 180,000 b/d and Kuwait 95,000 bpd.")] == [
        (180000.0, "barrel per day"), (95000.0, "barrel per day")]
    cut = only(quantities("The group agreed to remove 1.4 mb/d from the market."))
    assert (cut.value, cut.unit, cut.counted) == (1400000.0, "", "barrel per day")


def test_millimetres_spelled_out_are_millimetres(quantities) -> None:
    rain = only([q for q in quantities("Some 388 millimetres of rain fell on the town in two days.") if q.value == 388])
    assert rain.unit == "mm"


def test_a_dollar_sign_takes_the_country_named_after_its_figure(quantities) -> None:
    price = only([q for q in quantities("Butter fell 4 per cent to about $9,800 a tonne in New Zealand dollars.")
                  if q.value == 9800])
    assert price.unit == "NZD"
    # The country named after another figure is that figure's.
    first = quantities("Butter fetched $6,100 a tonne, or 9,800 in New Zealand dollars.")[0]
    assert (first.value, first.unit) == (6100.0, "USD")


def test_a_winners_majority_counts_the_majority_not_the_votes(quantities) -> None:
    counted = [(q.value, q.counted) for q in quantities(
        "She won 21,300 votes to 14,950 for her nearest rival, a majority of 6,350.")]
    assert counted[-1] == (6350.0, "majority")
    assert only(quantities("His majority of 4,120 compares with 900 last time.")[:1]).counted == "majority"
    # "The majority of" still takes a part of the workers.
    assert only(quantities("The majority of the 40 workers were hurt.")).counted == "workers"


def test_a_fraction_of_a_scale_word_is_that_share_of_it(quantities) -> None:
    assert only(quantities("Over the period the cut adds up to a quarter of a billion barrels.")).value == 250_000_000
    assert only(quantities("Some three quarters of a million people voted.")).value == 750_000
    assert only(quantities("Half a million people fled.")).value == 500_000


def test_numbered_lines_listed_after_a_colon_are_names_not_counts(quantities) -> None:
    found = quantities("Four metro lines are shut today: 2, 6bis, 9 and 11.")
    assert [(q.value, q.counted) for q in found] == [(4.0, "line")]
    # A count right after a colon is still a count.
    assert only(quantities("Routes affected: 14 buses were cancelled.")).value == 14


def test_a_rate_keeps_its_period_past_a_bracketed_abbreviation(quantities) -> None:
    cap = only([q for q in quantities("It may produce up to 180,000 tonnes of lithium carbonate equivalent (LCE) "
                                      "a year.") if q.value == 180000])
    assert cap.counted == "carbonate per year"


def test_those_forced_to_act_are_counted_by_the_act(quantities) -> None:
    q = only([q for q in quantities("The storm forced 22 inbound flights to divert, most of them to Porto.")
              if q.value == 22])
    assert q.predicate == "divert"


def test_minus_before_a_temperature_puts_it_below_zero(quantities):
    q = only(quantities("The temperature in Kamikawa fell to minus 17.8 degrees Celsius early on Wednesday."))
    assert (q.value, q.unit, q.surface) == (-17.8, "degC", "minus 17.8 degrees Celsius")
    assert canonical(q) == ("degC", pytest.approx(-17.85), pytest.approx(-17.75))


def test_cubic_metres_of_water_per_second_are_a_flow(quantities):
    q = only([q for q in quantities("The gates were opened, releasing as much as 5,800 cubic metres of water per "
                                    "second into the river.") if q.value == 5800])
    assert (q.unit, q.high, q.counted) == ("m3/s", 5800, "")


def test_one_figure_of_two_nouns_counts_both_together(quantities):
    both = only(quantities("At the main airport alone, 165 Skylark arrivals and departures were cancelled."))
    apart = quantities("Skylark cancelled 86 departures and 79 arrivals on Wednesday.")
    assert both.counted == "flight"  # an airport's flights, both ways
    assert [q.counted for q in apart] == ["departure", "arrival"]
    # Only opposites: all those on site are the workers another report counts.
    assert " and " not in only(quantities("All 212 employees and contractors on site were evacuated.")).counted
    assert only(quantities("Customs cleared 4,100 imports and exports on Monday.")).counted == "import and export"


@pytest.mark.parametrize("text, low, high", [
    ("The total was higher than 5 on Tuesday.", 5, math.inf),
    ("It got an average score lower than 70 in the poll.", 0, 70),
])
def test_higher_and_lower_than_are_bounds(quantities, text, low, high):
    q = only(quantities(text))
    assert (q.low, q.high) == (low, high)


def test_a_hundred_percent_is_read_as_written(quantities):
    assert canonical(only(quantities("The film holds a rating of 100% on the site."))) == ("%", 99.5, 100.5)


def test_a_figure_short_of_what_is_needed_is_a_shortfall(quantities):
    short = quantities("The guild estimates that Skylark is about 750 pilots short.")
    staff = quantities("Skylark employs 5,100 pilots.")
    assert [q.counted for q in short] == ["pilot short"]
    assert [q.counted for q in staff] == ["pilot"]


def test_a_word_glued_to_its_figure_is_split_off(quantities):
    fans = only(quantities("The biggest attendance was 62,241fans at the opening ceremony."))
    assert (fans.value, fans.counted) == (62241, "fan")
    share = quantities("Muslims make up about 15percent of the town.")[0]
    assert (share.value, share.unit) == (15, "%")
    # A numbered line is still a name, not a count.
    assert quantities("Trains on line 7bis were cancelled.") == []


def test_a_noun_made_a_running_tally_is_what_its_figure_counts(quantities):
    assert only(quantities("The blast brought the total deaths to 45.")).counted == "deaths"
    assert only(quantities("The total cases in the province were higher than 50.")).counted == "cases"


def test_a_population_named_by_its_people_counts_them(quantities):
    assert only(quantities("Closures affected 91% of the country's student population.")).counted == "students"
    assert only(quantities("About 12% of the prison population are foreign nationals.")).counted == "people"


def test_dozens_after_digits_multiply(quantities):
    assert compared(quantities, "Over 5 dozen mummies were found in the tombs.") == (61, math.inf)


def test_a_bare_m_before_a_compass_bearing_is_metres(quantities):
    q = only(quantities("The mine lies 4 m north-west of the town."))
    assert (q.value, q.unit) == (4, "m")


def test_a_naira_figure_typed_against_its_n_is_money_but_a_mask_is_not(quantities):
    q = only(quantities("N2.46 trillion of the old notes had been returned to banks by Friday."))
    assert (q.value, q.unit) == (2.46e12, "NGN")
    assert [q.value for q in quantities("The clinic handed out 5,000 N95 masks.")] == [5000]


def test_a_mark_on_a_scale_keeps_its_scale(quantities):
    q = only(quantities("The film has an average rating of 4.6/10 on the site."))
    assert (q.value, q.unit) == (4.6, "/10")
    assert only(quantities("It has a weighted average score of 42 out of 100.")).unit == "/100"
    # A day written with a slash is no mark, nor a part out of a hundred.
    assert quantities("The deal was signed on 7/10 in Lisbon.") == []
    assert all(q.unit != "/100" for q in quantities("Some 21 out of 100 schools closed."))


def test_valid_votes_are_their_own_count_not_all_votes_cast(quantities):
    assert only(quantities("The commission counted 3,104,220 valid votes.")).counted == "valid votes"
    assert only(quantities("Total votes cast: 3,162,775")).counted == "votes"


def test_an_annual_capacity_is_a_years_output(quantities):
    assert only(quantities("The mill has an annual capacity of 520,000 tonnes of paper.")).counted == "paper per year"
    assert only(quantities("The mill can make 250,000 tonnes of paper a year.")).counted == "paper per year"


def test_children_aged_so_many_give_no_verb_to_the_figures_after(quantities):
    found = quantities("The ministry began vaccinating children aged 10 to 14 in 521 municipalities.")
    assert [(q.value, q.predicate) for q in found if q.counted == "municipality"] == [(521, "")]


def test_mi_after_a_figure_is_miles(quantities):
    found = only(quantities("The village lies about 7 mi south of Harburg."))
    assert (found.unit, found.counted) == ("mi", "from Harburg")


def test_a_mark_out_of_100_compares_exactly_with_a_percentage():
    from checker.lexicon import canonical_unit, converted
    assert canonical_unit("/100") == "%"
    assert converted("/100") == converted("%")
    assert converted("mi") != converted("km")


def test_a_lap_number_is_which_lap_and_the_laps_after_it_the_race_length(quantities):
    found = quantities("Ortega was trying to pass Lind on lap 34 of 78 when the two cars touched.")
    assert [(q.value, q.counted) for q in found if q.value in (34, 78)] == [(34, "lap number"), (78, "lap")]


def test_a_plural_noun_the_parser_read_as_a_verb_is_what_is_counted(quantities):
    found = only(quantities("By Wednesday evening, insurers had reported 32,800 homeowners claims to the "
                            "state insurance department."))
    assert found.counted == "claim"


@pytest.mark.parametrize("text, low, high", [
    ("about 3,000 troops", 2700, 3300),          # one significant digit: a tenth either way
    ("about 258,000 workers", 250260, 265740),   # written to three digits: 3 %
    ("about 99.4% of students", 96.418, 102.382),
])
def test_about_is_narrower_on_a_figure_written_precisely(quantities, text, low, high):
    found = only(quantities(f"The agency said {text} were affected."))
    assert (round(found.low, 3), round(found.high, 3)) == (low, high)


@pytest.mark.parametrize("text, unit, litres", [
    ("The tanker held about 7,260 imperial gallons.", "gal_imp", 33004.6),
    ("The tanker held 8,700 US gallons.", "gal_us", 32933.1),
])
def test_a_gallon_named_us_or_imperial_is_that_gallon(quantities, text, unit, litres):
    from checker.lexicon import to_canonical
    found = only(quantities(text))
    assert found.unit == unit
    assert round(to_canonical(found.unit, found.value), 1) == litres


def test_a_telling_verbs_act_noun_is_what_befell_those_counted(quantities) -> None:
    # "reported the recapture of 1,840 salmon" is "recaptured 1,840", not a
    # report of 1,840 fish (which "held 168,400 salmon" would meet).
    assert only(quantities("As of 1 p.m., the company had reported the recapture of 1,840 salmon.")).predicate \
        == "recapture"
    assert only(quantities("Police confirmed the evacuation of 312 residents.")).predicate == "evacuation"
    assert only(quantities("The ministry announced a fund of 40 million.")).predicate == "announce"


def test_coming_to_a_stop_is_stopping(quantities) -> None:
    assert only(quantities("Seventeen trains came to a stop between stations.")).predicate == "stop"
    assert only(quantities("In all, 71 trains were brought to a halt between stations.")).predicate == "stop"


def test_those_found_alive_are_survivors(quantities) -> None:
    assert only(quantities("Five miners have been found alive in an air pocket.")).predicate == "find alive"


def test_a_bare_count_its_relative_clause_defines_counts_what_the_clause_says(quantities) -> None:
    # "including 37 that were completely destroyed" counts destroyed homes,
    # not homes "included", so it meets "73 of them were destroyed outright".
    found = quantities("In all, 212 houses have been damaged, including 37 that were completely destroyed.")
    assert [(q.value, q.predicate) for q in found] == [(212, "damage"), (37, "destroy")]


def test_coming_to_a_figure_is_reaching_it(quantities):
    came = only(quantities("Production in the first 11 months came to 10.64 million bags."))
    assert came.predicate == "total"
    # Coming to a place is not a level.
    assert only(quantities("About 300 people came to the meeting.")).predicate == "come"


def test_exports_of_a_good_count_it(quantities):
    assert only(quantities("Thailand's exports of all rice types reached 6.48 million tonnes.")).counted == "rice"
    assert only(quantities("Exports of rice reached 6.48 million tonnes.")).counted == "rice"


def test_a_hyphenated_megawatt_size_is_in_megawatts(quantities):
    q = only(quantities("The 1,130-megawatt unit shut down automatically."))
    assert (q.value, q.unit) == (1130, "MW")


def test_dinars_are_money_of_their_own(quantities):
    q = only(quantities("Each refugee will receive 14 dinars a month."))
    assert (q.value, q.unit) == (14, "dinars")


def test_a_figure_something_goes_up_to_is_its_new_level_not_a_ceiling(quantities):
    q = only(quantities("The monthly meal allowance goes up to 320,000 dong."))
    assert (q.value, q.low, q.high, q.hedge) == (320000, 320000, 320000, "")
    capped = only(quantities("Fines of up to 320,000 dong can be imposed."))
    assert (capped.low, capped.high) == (0, 320000)


def test_the_capacity_a_megawatt_figure_measures_is_no_counted_thing(quantities):
    # Power is all a megawatt measures: "of capacity" names the unit's
    # dimension again, so the figure meets a bare "1,780 MW".
    assert only(quantities("Applications seek a combined 1,870 MW of maximum import capacity.")).counted == ""
    assert only(quantities("The plant burns 2,000 tonnes of coal a day.")).counted != ""


@pytest.mark.parametrize("text, unit", [
    ("The fine amounts to $ 38,420,000 (Uruguayan pesos).", "pesos"),
    ("The ministry fined the company 34.8 million pesos.", "pesos"),
    ("The fine is about US$960,000.", "USD"),
])
def test_a_dollar_sign_before_pesos_is_the_pesos_sign(quantities, text, unit):
    assert only(quantities(text)).unit == unit


def test_a_sum_fined_is_governed_by_fining(quantities):
    # The small model's lemmatizer makes "fined" the past of "fin".
    assert only(quantities("The ministry fined the company 34.8 million pesos.")).predicate == "fine"


def test_a_flow_that_totalled_an_amount_is_the_flows_act_but_a_forecast_keeps_its_verb(quantities):
    assert only(quantities("Imports of palm oil during the month totalled 41,250 tonnes.")).predicate == "import"
    assert only(quantities("The exchange expects maize exports to reach 35.6 million tonnes.")).predicate != "export"


def test_an_average_daily_flow_is_a_rate_not_the_flows_act(quantities):
    found = quantities("Average daily exports, which take account of the number of working days, reached US$2.75 "
                       "billion.")
    assert only(found).predicate != "export"


@pytest.mark.parametrize("text, surface, unit", [
    ("Mace Head recorded a gust of 116km/h shortly after 6am.", "116km/h", "km/h"),
    ("The 10-minute mean wind reached 102km/h, storm force 10.", "102km/h", "km/h"),
    ("A 90kph gust brought the tree down.", "90kph", "km/h"),
    ("Each bale weighs 40kg.", "40kg", "kg"),
])
def test_a_unit_written_against_its_figure_is_read(quantities, text, surface, unit):
    (q,) = [q for q in quantities(text) if q.surface == surface]
    assert q.unit == unit



def test_two_digits_trading_places_are_told_from_other_differences():
    assert digits_swapped(212, 221) and digits_swapped(1310, 1013)
    assert digits_swapped(175, 157, neighbouring=True)
    assert not digits_swapped(1310, 1013, neighbouring=True)  # the swapped digits are not side by side
    assert not digits_swapped(212, 212) and not digits_swapped(123, 312)  # equal, or three digits moved
    assert not digits_swapped(21.5, 25.1) and not digits_swapped(120, 1200)  # not whole, or not the same length


@pytest.mark.parametrize("text, predicate", [
    ("The airline cancelled all 83 flights scheduled for yesterday.", "cancel"),
    ("Some 40 flights scheduled for Monday were cancelled.", "cancel"),
    # A participle of what happened to the things still counts them.
    ("Rescuers found 23 people killed in the floods.", "kill"),
])
def test_things_picked_out_by_their_plan_count_what_was_done_to_them(quantities, text, predicate) -> None:
    assert only(quantities(text)).predicate == predicate


@pytest.mark.parametrize("text, counted", [
    ("Each day on the ground costs about 18 million escudos in lost revenue.", "escudo per day"),
    ("Every week the plant loses 400 tonnes of output.", "output per week"),
    ("The grounding cost 18 million escudos.", "escudo"),
])
def test_a_clause_told_of_each_day_gives_a_rate(quantities, text, counted) -> None:
    assert only(quantities(text)).counted == counted


def test_a_count_hung_on_the_word_of_its_kind_counts_the_plural_after_it(quantities) -> None:
    assert only(quantities("The assessment found that 63 server racks in Data Hall B were damaged.")).counted == "rack"


def test_an_amount_a_copula_names_counts_that_thing(quantities) -> None:
    found = quantities("Of that, 1,150 tonnes was cork already stripped and stacked in the fields.")
    assert [(q.surface, q.counted) for q in found] == [("1,150 tonnes", "cork")]


def test_an_annual_thing_a_relative_clause_sizes_is_a_years_amount(quantities) -> None:
    found = quantities("The loss is equal to about 4 percent of Portugal's annual cork harvest, which the "
                       "association puts at roughly 90,000 tonnes.")
    assert [(q.surface, q.counted) for q in found if q.unit == "t"] == [("roughly 90,000 tonnes", "per year")]
    # A rate of growth is no amount of the annual thing it is a rate of.
    found = quantities("AMD expects revenues to grow at an average annual rate of 43% to 44% over the period.")
    assert all(" per " not in q.counted and q.counted != "per year" for q in found)


def test_a_figure_opening_its_own_clause_in_a_list_counts_that_clauses_noun(quantities) -> None:
    # The parser hangs "two" on "patients"; "two were visitors" counts visitors.
    found = quantities("The DGS said three of the confirmed cases were hospital staff, three were patients and two "
                       "were visitors.")
    assert [(q.surface, q.counted) for q in found][1:] == [("three", "patients"), ("two", "visitor")]
