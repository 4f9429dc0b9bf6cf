"""Pair sets: the event mode and the pair mode of ``checker eval`` on labelled pairs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.align import embedding_text
from checker.config import Settings
from checker.derived import implied_conflicts
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
    # Another source and verb, a total without its "to date": still the subject's one figure.
    "albums-to-date": (
        "The quartet have released seven studio albums to date.",
        "The Lantern Keepers have fewer than 6 albums.",
        "conflict",
    ),
    "albums-to-date-agree": (
        "The quartet have released seven studio albums to date.",
        "The Lantern Keepers have more than 5 albums.",
        "consistent",
    ),
    "tally-other-source": (
        "A tracker run by the Herald, which collects figures from county offices, has recorded 8,412 cases, "
        "96 deaths and 1,730 recoveries.",
        "Norland reported fewer than 8,000 cases, fewer than 90 deaths and fewer than 1,700 recoveries.",
        "conflict",
    ),
    # A list in one clause: the value the claim's own words name is its match.
    "box-office-list": (
        "The film has grossed $ 48.2 million in Canada and the United States and $ 39.5 million elsewhere, "
        "for a worldwide total of $ 87.7 million, against a budget of $ 20 million.",
        "The film earned less than $ 87.5 million worldwide.",
        "conflict",
    ),
    "box-office-list-agree": (
        "The film has grossed $ 48.2 million in Canada and the United States and $ 39.5 million elsewhere, "
        "for a worldwide total of $ 87.7 million, against a budget of $ 20 million.",
        "The film earned more than $ 87.5 million worldwide.",
        "consistent",
    ),
    # The evidence names someone else in passing; the claim names the subject "he" stands for.
    "caps-named-in-passing": (
        "With 87 caps, he is the side's second most capped player, after Jan Kowalski.",
        "Piotr Nowak has more than 88 caps.",
        "conflict",
    ),
    # A claim that gives no time restates the time of its evidence's count.
    "undated-claim": (
        "Norland had 6,214 confirmed cases as of 2 May 2021 and a total of 95 deaths.",
        "Norland recorded fewer than 6,000 cases.",
        "conflict",
    ),
    "undated-claim-agree": (
        "Norland had 6,214 confirmed cases as of 2 May 2021 and a total of 95 deaths.",
        "Norland recorded more than 6,000 cases.",
        "consistent",
    ),
    # The figure a clause adds to a total is not the total the other text gives.
    "added-to-total-agree": (
        "On 3 May 2021, seven cases were recorded in Norland, among them the deputy mayor, bringing the total to 25.",
        "Norland recorded 7 new cases on 3rd May 2021, bringing the total to 25.",
        "consistent",
    ),
    # A strict bound at the evidence's own figure excludes it.
    "strict-bound": (
        "As of 29 April, Norland had 1,690 confirmed cases, 20 of them in the capital.",
        "Norland had confirmed fewer than 1,690 cases.",
        "conflict",
    ),
    # One county both texts name, though only one says "in" it.
    "named-county": (
        "Harlow County saw 31 people killed in homicides in 2030, one of its quietest years on record.",
        "Fewer than two dozen people were slain in Harlow County in 2030.",
        "conflict",
    ),
    # The words before a list's first value qualify every value of it: the
    # claim's "worldwide" picks the second, not the first that follows "sold".
    "listed-values": (
        "By June 2031, the trio had sold 6.2 million records in Canada and over 41 million records worldwide.",
        "The Larkspur Trio has sold fewer than 40 million records worldwide.",
        "conflict",
    ),
    "listed-values-agree": (
        "By June 2031, the trio had sold 6.2 million records in Canada and over 41 million records worldwide.",
        "The Larkspur Trio has sold more than 40 million records worldwide.",
        "consistent",
    ),
    # "100%" is all of them, not a round hundred that might be 50 or 150.
    "all-of-them": (
        "On the review site, the documentary holds a rating of 100%, based on 23 reviews.",
        "Tidewater has a rating of under 96% on the review site.",
        "conflict",
    ),
    # Two bare years beside names date different things.
    "bare-years": (
        "Harbour Lights is a 2014 Danish drama film directed by Ida Holm.",
        "Harbour Lights 2 is a 2016 sequel.",
        "consistent",
    ),
    # A small whole count against its neighbour: four is not five.
    "neighbour-counts": (
        "The quintet released four albums: Lanterns (2011), Tidewater (2013), Crows (2015) and Salt (2018).",
        "Salt is one of the quintet's five albums.",
        "conflict",
    ),
    # Lengths and ages the evidence's dates imply (checker.derived).
    "served-for": (
        "Ilse Varga (born 2 May 1931) served as the city's harbour master from 4 June 1975 to 20 May 1976.",
        "Ilse Varga served as harbour master for three years.",
        "conflict",
    ),
    "served-for-agree": (
        "Ilse Varga (born 2 May 1931) served as the city's harbour master from 4 June 1975 to 20 May 1976.",
        "Ilse Varga served as harbour master for about a year.",
        "consistent",
    ),
    "broadcast-years": (
        "Radio Kestrel was a community station in Lund which broadcast from 1991 to 1994.",
        "Radio Kestrel was broadcast for more than 6 years.",
        "conflict",
    ),
    "age-at-death": (
        "Pavel Onegin (12 March 1950 – 14 March 2012) was a Czech sculptor.",
        "Pavel Onegin died at age 64.",
        "conflict",
    ),
    "age-at-death-agree": (
        "Pavel Onegin (12 March 1950 – 14 March 2012) was a Czech sculptor.",
        "Pavel Onegin died at the age of 62.",
        "consistent",
    ),
    "started-on": (
        "The 31st Vardo Film Festival was held in Tromso from 9 to 18 June 2028, with 212 films shown.",
        "The Vardo Film Festival started on 18 June 2028.",
        "conflict",
    ),
    "started-on-agree": (
        "The 31st Vardo Film Festival was held in Tromso from 9 to 18 June 2028, with 212 films shown.",
        "The Vardo Film Festival started on 9 June 2028.",
        "consistent",
    ),
    "age-on-a-dated-act": (
        "Rosa Lind (born 9 October 1948) is a Swedish poet. She was nominated for the Nordic Prize in 1990.",
        "Rosa Lind was nominated for the Nordic Prize at the age of 45.",
        "conflict",
    ),
    # What the figures count, named in one text and not, or another way, in the other.
    "share-left-unnamed": (
        "The review site reports that 84 % of critics gave the play a positive review.",
        "The play received a rating of more than 84 % on the review site.",
        "conflict",
    ),
    "noun-and-verb": (
        "On the aggregator the documentary holds a score of 61 % based on 73 reviews.",
        "More than 74 people reviewed the documentary on the aggregator.",
        "conflict",
    ),
    "noun-and-verb-agree": (
        "On the aggregator the documentary holds a score of 61 % based on 73 reviews.",
        "More than 70 people reviewed the documentary on the aggregator.",
        "consistent",
    ),
    "distance-from-a-place": (
        "Wendling lies 0.6 km east of the B12 and 9 mi north of Harburg.",
        "Wendling is only 9 miles from Harburg.",
        "consistent",
    ),
    "mark-out-of-100": (
        "On Metrics the novel has a weighted score of 58 out of 100 based on 19 critics.",
        "The novel has an average score of less than 57.5 % on Metrics.",
        "conflict",
    ),
    "ended-up-released": (
        "First due out on 3 May 2019, the game was delayed and finally released on 18 October 2019.",
        "The game was expected to be released before June 2018 but ended up being released before June 2019.",
        "conflict",
    ),
    "stage-name": (
        "Ritu Menon (born 1988), better known by her stage name Ritu Varma, is an Indian actress.",
        "The actress Ritu Varma was born before 1986.",
        "conflict",
    ),
    # Ordinals, ages told beside a name, deeds outside a life, days without a year.
    "nth-season": (
        "The 2026 Harbour City Gulls season was the franchise's 41st season in the league.",
        "The Harbour City Gulls have played fewer than 35 seasons in the league.",
        "conflict",
    ),
    "nth-season-agree": (
        "The 2026 Harbour City Gulls season was the franchise's 41st season in the league.",
        "The Harbour City Gulls have played more than 35 seasons in the league.",
        "consistent",
    ),
    "nth-in-a-row": (
        "It was the cooperative's 18th consecutive year with a profit.",
        "The cooperative has had over 18 consecutive years with a profit.",
        "conflict",
    ),
    "named-edition": (
        "The film was entered for the 64th Golden Reel Awards but was not nominated.",
        "The film won 3 Golden Reel Awards.",
        "consistent",
    ),
    "told-age": (
        "Officers said the driver, 47, was charged with dangerous driving on Sunday.",
        "The driver was older than 50 years old at the time.",
        "conflict",
    ),
    "told-age-agree": (
        "Officers said the driver, 47, was charged with dangerous driving on Sunday.",
        "The driver was older than 40 years old at the time.",
        "consistent",
    ),
    "deed-after-death": (
        "Anton Weiss (2 May 1851 – 11 June 1907) was an Austrian engineer who designed the Weiss turbine.",
        "Anton Weiss designed the Weiss turbine in 1912.",
        "conflict",
    ),
    "deed-in-life": (
        "Anton Weiss (2 May 1851 – 11 June 1907) was an Austrian engineer who designed the Weiss turbine.",
        "Anton Weiss designed the Weiss turbine in 1889.",
        "consistent",
    ),
    "deed-before-birth": (
        "Lena Ostberg (born March 3, 1971) is a Swedish actress and director.",
        "Lena Ostberg probably started her acting career before March 3,1971.",
        "conflict",
    ),
    "yearless-day": (
        "The first patient, who arrived on 23 May, had developed a cough on 12 May.",
        "The first patient developed a cough after May 15.",
        "conflict",
    ),
    "share-said-of-whom": (
        "School closures in 170 countries were impacting about 98.7 % of the world's student population.",
        "The closures affected less than 94 % of students.",
        "conflict",
    ),
    "rank-against-rank": (
        "He was drafted by the Harbour City Gulls in the second round with the 41st overall pick of the draft.",
        "He was drafted by the Gulls in the second round as the 44th pick.",
        "conflict",
    ),
    "edition-against-edition": (
        "The 2027 Lakeside Relay was the 6th edition of the race. The defending champion is Ana Ruiz.",
        "Ana Ruiz won the 5th edition of the Lakeside Relay.",
        "consistent",
    ),
    "yearless-day-agree": (
        "The first patient, who arrived on 23 May, had developed a cough on 12 May.",
        "The first patient developed a cough after May 10.",
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
    return bool(pair_verdicts(result, vectors, SETTINGS) or implied_conflicts(result))


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


@pytest.mark.parametrize("name", ["albums-to-date", "tally-other-source", "box-office-list", "caps-named-in-passing",
                                  "undated-claim", "strict-bound", "listed-values", "all-of-them"])
def test_pair_mode_sets_a_claim_against_its_evidence_whoever_it_credits_and_however_it_words_it(checked, name):
    assert flagged(checked, name)


@pytest.mark.parametrize("name", ["albums-to-date-agree", "box-office-list-agree", "bare-years",
                                  "undated-claim-agree", "listed-values-agree", "added-to-total-agree"])
def test_pair_mode_still_leaves_what_the_evidence_allows_or_does_not_speak_of(checked, name):
    assert not flagged(checked, name)


def test_pair_mode_sets_counts_of_one_named_county_against_each_other(checked):
    # A count "in Harlow County" is the county's, and so is "Harlow County saw 31".
    assert flagged(checked, "named-county")


def test_pair_mode_reads_small_whole_counts_as_written(checked):
    assert flagged(checked, "neighbour-counts")


@pytest.mark.parametrize("name", ["served-for", "broadcast-years", "started-on", "age-at-death", "age-on-a-dated-act"])
def test_pair_mode_checks_a_length_or_an_age_against_the_days_the_evidence_dates(checked, name):
    assert implied_conflicts(checked[name][0])


@pytest.mark.parametrize("name", ["served-for-agree", "started-on-agree", "age-at-death-agree"])
def test_a_length_or_an_age_the_dates_allow_is_left_alone(checked, name):
    assert not implied_conflicts(checked[name][0])


@pytest.mark.parametrize("name", ["share-left-unnamed", "noun-and-verb", "mark-out-of-100", "ended-up-released",
                                  "stage-name", "share-said-of-whom"])
def test_pair_mode_matches_one_thing_however_each_text_names_it(checked, name):
    assert flagged(checked, name)


@pytest.mark.parametrize("name", ["noun-and-verb-agree", "distance-from-a-place"])
def test_pair_mode_still_leaves_a_count_the_other_allows_or_a_distance_from_elsewhere(checked, name):
    assert not flagged(checked, name)


@pytest.mark.parametrize("name", ["nth-season", "nth-in-a-row", "told-age", "deed-after-death",
                                  "deed-before-birth", "yearless-day", "rank-against-rank"])
def test_pair_mode_reads_ordinals_told_ages_lives_and_yearless_days(checked, name):
    assert implied_conflicts(checked[name][0])


@pytest.mark.parametrize("name", ["nth-season-agree", "named-edition", "told-age-agree", "deed-in-life",
                                  "yearless-day-agree", "edition-against-edition"])
def test_what_an_ordinal_an_age_a_life_or_a_yearless_day_allows_is_left_alone(checked, name):
    assert not flagged(checked, name)
