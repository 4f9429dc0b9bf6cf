"""Verdicts: which aligned claims cannot all be true, and how bad that is."""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from checker import lexicon as lx
from checker.align import bucket_of, one_size, set_ahead
from checker.claims import claim_surface, claim_value
from checker.dates import first_clock, moments_apart
from checker.config import Settings
from checker.quantities import AGE, canonical, digits_swapped, is_state, parse_number, rounding_step
from checker.records import Claim, Conflict, DateRef, Quantity, Report, Sentence

_SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}

#: Counted things whose later, larger figures are usually updates, not errors.
_RISING_TOLLS = frozenset({"deaths", "injuries", "casualties", "arrests", "cases", "excess deaths", "signature"})
#: Verbs of a recovery counted as it goes on: "Five of the nine buildings
#: have reopened" on Monday, "Eight of the nine" on Wednesday.
_RECOVERY_VERBS = frozenset({"reopen", "restore", "reconnect"})
#: Verbs whose counts only grow as a story develops, whatever noun they count
#: ("six have been admitted to hospital", "14 had been admitted by Friday").
_RISING_PREDICATES = frozenset({"admit", "hospitalise", "hospitalize", "die", "kill", "injure", "hurt", "wound",
                                "arrest", "infect", "sicken", "charge", "treat", "rescue",
                                # "Seventeen villages have been evacuated" on Tuesday, "22 villages"
                                # the next day: those moved out as a fire spreads
                                "evacuate", *_RECOVERY_VERBS})
#: Taken to hospital: a count that only grows ("seven people were taken to hospital").
_TO_HOSPITAL = re.compile(r"\b(?:taken|brought|rushed|airlifted|flown|admitted)\s+to\s+(?:a\s+|the\s+)?hospitals?\b"
                          r"|\breceived\s+hospital\s+treatment\b", re.IGNORECASE)
#: Verbs of one rising count, told two ways ("19 passengers were injured" / "23 passengers were hurt").
_RISING_SYNONYMS = {"hurt": "injure", "wound": "injure", "hospitalize": "hospitalise"}
#: Ratios of two counts that grow as a story develops, so move either way.
_RUNNING_RATE = re.compile(r"\b(?:fatality|mortality|death|positivity|attack|occupancy|infection|vaccination)\s+rate\b",
                           re.IGNORECASE)
#: Counted things that move both ways as a story develops (the missing are found).
_MOVING_COUNTS = frozenset({"missing", "displaced", "hostages", "evacuated",
                            # crews sent to a fire or a rescue, added and stood down day by day
                            # (keys are lemmas where no synonym group names the noun)
                            "firefighter", "rescuer"})



@dataclass(frozen=True)
class PairVerdict:
    """One aligned pair whose values disagree."""

    a: int
    b: int
    similarity: float
    gap: float  # relative gap for numbers, days for dates, 0 for statements
    update: bool


def _interval_gap(lo1: float, hi1: float, lo2: float, hi2: float, tolerance: float) -> float:
    """Relative distance between two intervals; 0 when they overlap within tolerance."""
    lo1, hi1 = lo1 - abs(lo1) * tolerance, hi1 + abs(hi1) * tolerance
    lo2, hi2 = lo2 - abs(lo2) * tolerance, hi2 + abs(hi2) * tolerance
    if hi1 < lo2:
        gap = lo2 - hi1
    elif hi2 < lo1:
        gap = lo1 - hi2
    else:
        return 0.0
    scale = max(abs(v) for v in (lo1, hi1, lo2, hi2) if math.isfinite(v))
    return gap / scale if scale else 1.0


_DEICTIC = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.IGNORECASE)
_DEICTIC_DATED = re.compile(r"\b(?:today|tonight)\s*,?\s*(?:[A-Z][a-z]+day\b,?\s*)?"
                            r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,}|[A-Z][a-z]{2,}\.?\s+\d{1,2}\b)")
_ABSOLUTE = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)


#: "at midnight on", right before a date.
_MIDNIGHT_BEFORE = re.compile(r"\bmidnight\s+(?:on\s+)?$", re.IGNORECASE)


#: A dateline at the head of a report, naming the place it was written and
#: its day: "Santa Cruz de Tenerife, Thursday 13 August 2026",
#: "**Press release — Rabat, 19 October 2026**", "LUSAKA, 11 January 2027 –".
_HEAD_DATELINE = re.compile(
    r"^[*_\s]*(?:[A-Za-z .]{3,30}\s*[—–-]\s*)?[A-Z][\w'’.-]*(?:[ -](?:(?:de|del|la|da|do|di|of|el|am|sur|upon)\s)*[A-Z][\w'’.-]*){0,3},\s+"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]{2,8})\.?|(?P<month2>[A-Z][a-z]{2,8})\.?\s+(?P<day2>\d{1,2}),?)"
    r"\s+(?P<year>\d{4})\b", re.MULTILINE)


def written_where_it_happened(report: Report) -> bool:
    """Whether a report opens with a dateline giving its own day of publication.

    A press release or wire item headed "La Paz, 10 March 2026, 22:30" was
    written on that day at that place, so its "today" is that day: no zone
    lies between the writer and the act, as it may for a paper abroad.
    """
    if report.published is None:
        return False
    for m in _HEAD_DATELINE.finditer(report.text[:400]):
        month = lx.MONTHS.get((m["month"] or m["month2"]).lower().rstrip("."))
        day = int(m["day"] or m["day2"])
        if month is not None and (int(m["year"]), month, day) == (
                report.published.year, report.published.month, report.published.day):
            return True
    return False


def _issuers_own_act(claim: Claim, reports: dict[str, Report]) -> bool:
    """Whether a claim's clause opens on its report's own source, as a press
    release tells its issuer's act: "Nepal Rastra Bank has today published
    ...", in Nepal Rastra Bank's release, is done on the release's own day."""
    report = reports.get(claim.report)
    source = report.source.strip().lower() if report is not None else ""
    return bool(source) and re.sub(r"^the\s+", "", (claim.context or "").lower()).startswith(source)


def _date_bounds(claim: Claim, local: bool = False) -> tuple[dt.date, dt.date]:
    d = claim.date
    assert d is not None and d.earliest is not None and d.latest is not None
    deictic = not local and (_DEICTIC.search(d.surface) or d.granularity == "time" and _DEICTIC.search(claim.context))
    if deictic and _DEICTIC_DATED.search(claim.context):
        deictic = None  # "at 5:15 a.m. today, Thursday, 14 May": the report names the day
    if _MIDNIGHT_BEFORE.search(claim.context or "", 0, max(0, (claim.context or "").find(d.surface))) \
            and d.surface in (claim.context or "") and d.latest < dt.date.max:
        # "took effect at midnight on Wednesday": the night between that day
        # and the next, which another report may call the next day.
        return d.earliest, d.latest + dt.timedelta(days=1)
    if deictic and d.earliest > dt.date.min:
        # A report's date is often its own time zone's or its upload's:
        # "today" in a report dated the 10th may be the 9th where it happened
        # (an Australian paper's "this morning" for a shooting in Michigan on
        # Monday). A report headed by a dateline of its own day needs none.
        return d.earliest - dt.timedelta(days=1), d.latest
    return d.earliest, d.latest


def _date_gap(a: Claim, b: Claim, local: frozenset[str] = frozenset()) -> float:
    """Days between two dates; `local` names reports whose "today" is their
    own dateline's day."""
    da, db = a.date, b.date
    assert da is not None and db is not None
    if da.surface.lower() == db.surface.lower() and not _ABSOLUTE.search(da.surface):
        # Two reports both saying "on Monday" about one event mean the same
        # Monday; a copy published a week later only resolves it differently.
        return 0.0
    (lo_a, hi_a), (lo_b, hi_b) = _date_bounds(a, a.report in local), _date_bounds(b, b.report in local)
    if hi_a < lo_b:
        return float((lo_b - hi_a).days)
    if hi_b < lo_a:
        return float((lo_a - hi_b).days)
    # Days widened for a zone ("06:00 EAT today" may be the 17th somewhere)
    # still leave two clock times that no zone makes one moment.
    return float(moments_apart(da, db))


#: Relative gap under which two hedged figures only touch.
_TOUCHING = 0.01


def _round_hedge(q: Quantity) -> bool:
    """A hedged round figure ("over $100 billion", "nearly 3,000"): its hedge
    says which side of a round number, not a measured bound ("more than 58")."""
    return bool(q.hedge) and q.value > 0 and rounding_step(q.value) * 10 > q.value


def judge_pairs(
    claims: Sequence[Claim],
    pairs: pd.DataFrame,
    reports: dict[str, Report],
    sentences: dict[tuple[str, int], Sentence],
    settings: Settings,
) -> list[PairVerdict]:
    """The aligned pairs whose values cannot both hold."""
    out = []
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for claim in claims:
        if claim.quantity is not None:
            by_sentence.setdefault((claim.report, claim.sentence), []).append(claim)
    raised = _raised_figures(by_sentence, sentences)
    local = frozenset(r.id for r in reports.values() if written_where_it_happened(r))
    for a, b, sim in pairs.itertuples(index=False):
        ca, cb = claims[a], claims[b]
        update = False
        if ca.kind == "quantity":
            qa, qb = ca.quantity, cb.quantity
            assert qa is not None and qb is not None
            _, lo_a, hi_a = canonical(qa)
            _, lo_b, hi_b = canonical(qb)
            if _one_cap(ca, cb):
                # "allows it to produce up to 240,000 tonnes a year" / "up to
                # 204,000 tonnes": two accounts of one limit, compared at the limit.
                lo_a, lo_b = hi_a, hi_b
            # Rounding is in canonical(); the tolerance covers converted units.
            tolerance = settings.numeric_tolerance if lx.converted(qa.unit) != lx.converted(qb.unit) else 0.0
            gap = _interval_gap(lo_a, hi_a, lo_b, hi_b, tolerance)
            if gap == 0.0 or gap < _TOUCHING and (_round_hedge(qa) and qb.hedge or _round_hedge(qb) and qa.hedge):
                # "over $100 billion" and "nearly $100 billion" disagree only
                # on which side of one round figure the sum lies; an exact
                # count ("7,028 cases") is not "less than 7,000" however close.
                continue
            told = _moved_from(ca, cb, by_sentence, sentences) or _moved_from(cb, ca, by_sentence, sentences) \
                or _told_up_from(ca, cb, by_sentence, sentences) or _told_up_from(cb, ca, by_sentence, sentences)
            # "14 cattle and 73 goats" a week after "14 cattle and 37 goats":
            # a count whose digits another report gives in another order is a
            # slip of the keyboard, not a count grown, unless a report says it moved.
            update = told or not _transposed(qa, qb) and (_parts_of_moved_wholes(ca, cb, by_sentence, sentences) \
                or _superseded(ca, cb, by_sentence) or _superseded(cb, ca, by_sentence) \
                or _raised_to(ca, cb, raised, reports) or _raised_to(cb, ca, raised, reports) \
                or _is_update(ca, cb, reports, sentences) and not _counted_at_one_moment(ca, cb, by_sentence) \
                or _moves_on_in_its_sentence(ca, cb, by_sentence, sentences) \
                or _moves_on_in_its_sentence(cb, ca, by_sentence, sentences) \
                or _undated_as_later(ca, cb, by_sentence, reports) or _undated_as_later(cb, ca, by_sentence, reports))
        elif ca.kind == "date":
            own = frozenset(c.report for c in (ca, cb) if _issuers_own_act(c, reports))
            gap = _date_gap(ca, cb, local | own)
            if gap == 0.0 or gap <= 1.0 and "week" in (ca.date.granularity if ca.date else "",
                                                        cb.date.granularity if cb.date else ""):
                # Many calendars open the week on Sunday: "the fire that swept
                # through Lapland last week" (read on Friday 24 July) may have
                # started on Sunday 12 July.
                continue
            update = _moved_again(ca, cb, sentences) or _moved_again(cb, ca, sentences)
        else:
            gap = 0.0
        out.append(PairVerdict(int(a), int(b), float(sim), gap, update))
    return out


def _transposed(a: Quantity, b: Quantity) -> bool:
    """Two exact whole counts of two digits or more written with the same
    digits in another order (37 and 73, 1,310 and 1,130)."""
    if a.hedge or b.hedge or a.low != a.high or b.low != b.high or a.value == b.value:
        return False
    da, db = f"{a.value:.0f}", f"{b.value:.0f}"
    return a.value == int(a.value) and b.value == int(b.value) and len(da) == len(db) >= 2 and sorted(da) == sorted(db)


def _moved_again(late: Claim, early: Claim, sentences: dict[tuple[str, int], Sentence]) -> bool:
    """"the restart of Ruohosaari 2 is pushed back by another week, to Monday 2
    February": a date its own sentence says was put back once more, so an
    earlier date of the plan that the other sentence does not say moved again
    is the plan before, not a contradiction."""
    def again(c: Claim) -> bool:
        return _MOVED_AGAIN.search(sentences[(c.report, c.sentence)].text) is not None
    dl, de = late.date, early.date
    return dl is not None and de is not None and dl.earliest is not None and de.latest is not None \
        and dl.earliest > de.latest and again(late) and not again(early)


_MOVED_AGAIN = re.compile(
    r"\b(?:pushed|put|set)\s+back\s+(?:again|once\s+more|a\s+second\s+time|(?:by\s+)?(?:another|a\s+further))\b"
    r"|\b(?:postponed|delayed|deferred|moved|rescheduled|pushed\s+back|put\s+back)\s+"
    r"(?:again|once\s+more|a\s+second\s+time|(?:by\s+)?(?:another|a\s+further))\b"
    r"|\b(?:again|once\s+more|a\s+second\s+time)\s+(?:postponed|delayed|deferred|moved|rescheduled|pushed\s+back)\b"
    # "The case will now be heard on Thursday 30 September instead of next
    # Tuesday": the new day names the one it replaces.
    r"|\bnow\b[^.;]{0,60}?\binstead\s+of\s+(?:next|last|this|the|on)?\s*(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|\d)",
    re.IGNORECASE)


#: A count told as it stood at a time of the day: "stands at 22,800 signatures this afternoon".
_AS_IT_STOOD = re.compile(r"\b(?:stands|stood)\s+at\b[^.;]{0,60}?\bthis\s+(?:morning|afternoon|evening)\b"
                          r"|\bso\s+far\b", re.IGNORECASE)
def _moves_on_in_its_sentence(early: Claim, late: Claim, by_sentence: dict[tuple[str, int], list[Claim]],
                              sentences: dict[tuple[str, int], Sentence]) -> bool:
    """Whether ``early``'s own sentence tells its rising toll grown to ``late``'s
    figure: "The fire department's first count was 16 injured; three more
    people came forward later, bringing the total to 19" against another
    report's 19."""
    assert early.quantity is not None and late.quantity is not None
    if early.quantity.counted not in _RISING_TOLLS:
        return False
    text = sentences[(early.report, early.sentence)].text
    at = text.find(early.quantity.surface)
    if at < 0:
        return False
    for other in by_sentence.get((early.report, early.sentence), []):
        q = other.quantity
        assert q is not None
        there = text.find(q.surface, at + len(early.quantity.surface))
        # "three more people came forward ..., bringing the total to 19": the
        # toll's later figure may count "people" as the sentence last named them.
        if other is not early and there > 0 and q.counted in (early.quantity.counted, "people", "") \
                and _one_value(q, late.quantity) and _GROWN_TO.search(text, at, there + len(q.surface)):
            return True
    return False


#: What takes a toll on to a later figure in the same sentence.
_GROWN_TO = re.compile(r"\b(?:bringing|brought|taking|took|raising|raised|pushing|pushed)\s+(?:the\s+)?"
                       r"(?:total|toll|number|count|tally)\b|\b(?:later|since)\b", re.IGNORECASE)


def _undated_as_later(dated: Claim, undated: Claim, by_sentence: dict[tuple[str, int], list[Claim]],
                      reports: dict[str, Report]) -> bool:
    """Whether an undated report's larger toll is the one a report dated after
    ``dated``'s gives ("Nineteen people were hurt", on an undated live page,
    against the wire's 16 of Wednesday, when Saturday's paper says 19): the
    toll as it later stood, not a rival count."""
    qd, qu = dated.quantity, undated.quantity
    assert qd is not None and qu is not None
    when = _when(dated, reports)
    if when is None or _when(undated, reports) is not None or qu.counted not in _RISING_TOLLS \
            or canonical(qu)[1] <= canonical(qd)[2]:
        return False
    return any(c.report not in (dated.report, undated.report) and (day := _when(c, reports)) is not None
               and day > when and c.quantity is not None and c.quantity.counted == qu.counted
               and _one_value(c.quantity, qu)
               for (report, _), found in by_sentence.items() for c in found)


def _superseded(early: Claim, other: Claim, by_sentence: dict[tuple[str, int], list[Claim]]) -> bool:
    """Whether ``early``'s live page gives ``other``'s figure for the same count
    in a later entry of the same day ("**12:30 p.m.** – 19 people were injured",
    then "**6:20 p.m.** – 26 people injured", against another report's 26)."""
    if not early.entry_time or early.report == other.report:
        return False
    assert early.quantity is not None and other.quantity is not None
    key = bucket_of(early)
    return any(c.entry_time > early.entry_time and _own_day(c) == _own_day(early) and bucket_of(c) == key
               and c.quantity is not None and _one_value(c.quantity, other.quantity)
               for (report, _), found in by_sentence.items() if report == early.report for c in found)


def _is_update(a: Claim, b: Claim, reports: dict[str, Report], sentences: dict[tuple[str, int], Sentence]) -> bool:
    """Whether two figures are one count at two times rather than a contradiction.

    A later report giving a larger toll, or saying it revises the figure; a
    count the earlier report gave as it stood at a time ("so far", "by
    Tuesday") or as already rising ("up from 230"), given larger later; a
    state that "still" holds on the later day; and, against a report of
    unknown date, a count that moves both ways or one given as it stood.
    Where both figures carry their own days (or the days they were said),
    those order them, not their reports' dates.
    """
    if one_size(a, b) or a.quantity is not None and a.quantity.counted == AGE:
        return False  # a size or a person's age: no day of a story changes them
    if a.report == b.report and a.entry_time and b.entry_time and a.entry_time != b.entry_time \
            and (_own_day(a) == _own_day(b) or _own_day(a) is None or _own_day(b) is None):
        # A live page's entries at two clock times: the count as it stood at
        # each ("121 tonnes collected in Poland, 57 of them today" at 18:45 on
        # Tuesday, "evening count: 236 tonnes" at 19:20 on Friday).
        return True
    pa, pb = _when(a, reports), _when(b, reports)
    assert a.quantity is not None and b.quantity is not None
    if _first_and_later_reading(a, b, sentences) or _first_and_later_reading(b, a, sentences):
        return True
    if _level_set_against(a, sentences) != _level_set_against(b, sentences):
        # "That is 12 more than the 19 cases reported yesterday": the figure
        # the count has grown from, an earlier day's.
        return True
    ends = _period_end(a, sentences), _period_end(b, sentences)
    if ends[0] and ends[1]:
        # "fell to $3.38 billion at the end of February from $4.71 billion at
        # the end of September" / "had fallen to $3.83 billion by the end of
        # February": a stock at a period's close, one moment if one period.
        return ends[0] != ends[1]
    if (pa is None) != (pb is None):
        dated = a if pa is not None else b
        if a.quantity.counted in _MOVING_COUNTS and b.quantity.counted in _MOVING_COUNTS \
                or _reading(a, sentences) and _reading(b, sentences):
            return True
        if any(_STILL.search(f"{c.context} {sentences[(c.report, c.sentence)].text}")
               and not (c.quantity and c.quantity.defined) for c in (a, b)):
            return True  # "18 people are still in the sea": a state as it stood on some day
        larger = a if canonical(a.quantity)[1] > canonical(b.quantity)[2] else b
        assert larger.quantity is not None
        if larger.quantity.counted in _RISING_TOLLS and _NOW.search(
                f"{larger.context} {sentences[(larger.report, larger.sentence)].text}") \
                or _stands_now(larger, sentences[(larger.report, larger.sentence)]):
            # "the agency now counts more than 40 cases", "nine people are dead",
            # "eleven beaches ... are now closed": the count as it stands.
            return True
        if all(_RESTORED.search(sentences[(c.report, c.sentence)].text) for c in (a, b)) \
                or _taken_to_hospital_undated(a, b):
            # "55 percent ... have it back this morning", in an undated
            # bulletin, and "had restored supply to 81%" by Saturday night:
            # one restoration, counted at two times; so are those taken to hospital.
            return True
        dated_text = f"{dated.context} {sentences[(dated.report, dated.sentence)].text}"
        undated = b if dated is a else a
        smaller = a if canonical(a.quantity)[2] < canonical(b.quantity)[1] else b
        if smaller is undated and undated.quantity is not None and undated.quantity.counted in _RISING_TOLLS \
                and _AS_IT_STOOD.search(sentences[(undated.report, undated.sentence)].text):
            # "The coastal petition ... stands at 22,800 signatures this
            # afternoon", on an undated live page, against "passed 25,000
            # signatures on Thursday evening": a rising count as it stood then.
            return True
        if smaller is undated and undated.entry_time and _PERFECT_SO_FAR.search(undated.context or ""):
            # "380 residents of Kizil-Tash have been evacuated", in a live
            # page's entry, against "evacuated more than 600 residents" in a
            # later paper: the count as it stood at the entry's time.
            return True
        if lx.NOW_GIVES.search(sentences[(undated.report, undated.sentence)].text):
            # "It now puts the number of declined card transactions at 2.9
            # million", on an undated page: the figure as revised since.
            return True
        # "Eleven bodies had been recovered by Monday" against a figure of a
        # known earlier day: one count at two times, whichever side says so.
        # So is an undated figure its own sentence gives as risen or fallen
        # from an earlier one ("52,000 bottles, up from about 41,000 last night").
        undated_text = f"{undated.context} {sentences[(undated.report, undated.sentence)].text}"
        return a.quantity.unit != "%" and (_running(dated, sentences) or _running(undated, sentences)
                                           or bool(lx.UPDATE_CUE.search(dated_text))
                                           or bool(lx.UPDATE_CUE.search(undated_text)))
    if _same_moment(a, b):
        # "As of 6 p.m. on Wednesday, 6,135 people had been evacuated" and "as
        # of 18:00 WITA today, 6,315": one count at one time, whenever reported.
        return False
    if (by := _brought_by(a, sentences)) and by == _brought_by(b, sentences):
        # "It brought the number of Ukrainians freed ... to 6,428" and "the
        # swap brought the total ... to 6,482": the count as one event left
        # it, whenever reported.
        return False
    # "Since 3 October, 386 patients have been screened": the day the count
    # started from, not the day it stood at.
    own_a, own_b = (_day_of(c.date or c.stated) if not _counted_since(c, sentences) else None for c in (a, b))
    if own_a is not None and own_b is not None and own_a != own_b:
        # "The company said on Wednesday that it had 1,850 line workers", in
        # Sunday's blog, and "2,100 line workers by Feb. 13" in Friday's
        # paper: the figures' own days order them, not their reports'.
        pa, pb = own_a, own_b
    # "The annual season ticket goes up to £6,174 on Sunday 1 March", in a
    # paper of 28 January: a figure its report sets ahead of its day stands
    # from that day, after a report of 29 January that says it "now" costs more.
    if own_a is not None and set_ahead(a, pa):
        pa = own_a
    if own_b is not None and set_ahead(b, pb):
        pb = own_b
    if pa is not None and pa == pb:
        # One day's reports: "by Wednesday evening 238 ships were waiting" in
        # Thursday's paper is an earlier count than its undated 312.
        pa, pb = _own_day(a) or pa, _own_day(b) or pb
    if pa is not None and pa == pb and (_later_that_day(a, b, sentences) or _so_far_and_all(a, b, sentences)
                                        or _so_far_and_all(b, a, sentences)):
        return True
    if pa is None or pb is None or pa == pb:
        return False
    early, late = (a, b) if pa < pb else (b, a)
    assert early.quantity is not None and late.quantity is not None
    if late.quantity.counted in _MOVING_COUNTS:
        return True
    if all(_RUNNING_RATE.search(f"{c.context} {sentences[(c.report, c.sentence)].text}") for c in (early, late)) \
            and early.quantity.unit == late.quantity.unit == "%":
        # "a case fatality rate of 2.7 percent" on 8 January and "of 2.6
        # percent" on 11 January: a ratio of two running counts moves either way.
        return True
    if _reading(early, sentences) and _reading(late, sentences) and not (own_a is not None and own_a == own_b):
        # "the gauge at Duisburg-Ruhrort read 196 cm on Wednesday" / "189 cm
        # on Friday"; a cabin's pressure on two days: a level read at two
        # times, which moves either way (two readings of one day are rivals).
        return True
    if _market_level(early) and _market_level(late):
        # "Germany's two-year yield rose 4 basis points to 2.21%" on 3 March and
        # "rose 2 basis points to 2.24%" on 17 March: a price moves every day.
        return True
    if _STILL.search(late.context or sentences[(late.report, late.sentence)].text) and not late.quantity.defined:
        # "five of the injured remain in intensive care": a state as it stands
        # on the later day, which may have changed either way since.
        return True
    if any(_REVISED_COUNT.search(f"{c.context} {sentences[(c.report, c.sentence)].text} {_referred_to(c, sentences)}")
           for c in (early, late)) and not all(_ROLL_CALL.search(sentences[(c.report, c.sentence)].text)
                                               for c in (early, late)):
        # "the provisional count", "according to the certified results": a count
        # that is revised by design, in either direction.
        return True
    if _now_and_then(late, early, sentences) or _now_and_then(early, late, sentences):
        # "there are now 121 persons on board" / "There were 186 people on board
        # when the alarm sounded": as things stand against as they stood then.
        return True
    # Compared as one unit: "about 9,800 hectares" is less than 124 km².
    if sum(canonical(late.quantity)[1:]) <= sum(canonical(early.quantity)[1:]):
        return False
    text = sentences[(late.report, late.sentence)].text
    # "The region now has 46 warming centres open": a larger count a later
    # report gives as it now stands has grown since the earlier one.
    if late.quantity.counted in _RISING_TOLLS or lx.UPDATE_CUE.search(text) or _AFFECTED.search(late.context or text) \
            or _stands_now(late, sentences[(late.report, late.sentence)]) \
            or late.quantity.predicate in _RISING_PREDICATES \
            and _RISING_SYNONYMS.get(late.quantity.predicate, late.quantity.predicate) \
            == _RISING_SYNONYMS.get(early.quantity.predicate, early.quantity.predicate) \
            or bool(_CONFIRMED_SO_FAR.search(f"{late.context} {text}")) \
            or all(_RESTORED.search(sentences[(c.report, c.sentence)].text) for c in (early, late)) \
            or _taken_to_hospital_undated(early, late):
        # "64% ... had been reconnected" on Friday night, "had restored supply
        # to 83%" by Saturday night: crews only add to what they have restored.
        # "Four people had been taken to hospital" / "Seven people were taken
        # to hospital" a day later: those taken only grow (but "took 32 injured
        # people to hospital on Tuesday" is one day's act, as another report may count it).
        return True
    # "48 rescued by Tuesday afternoon", "so far", "280, up from 230 on
    # Saturday": the earlier report gave a running count, and a larger count
    # later is that count grown.
    early_text = f"{early.context} {sentences[(early.report, early.sentence)].text}"
    # "By 19 March the trust had cancelled 9,800": a later count given as it
    # stood is the earlier count grown, whichever report says so.
    return _running(early, sentences) or _running(late, sentences) or bool(lx.UPDATE_CUE.search(early_text)) \
        or _measured_then(early)


#: A count told in the present perfect: what has been done so far ("have been evacuated").
_PERFECT_SO_FAR = re.compile(r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+)?been\s+[a-z]+ed\b", re.IGNORECASE)


def _level_set_against(claim: Claim, sentences: dict[tuple[str, int], Sentence]) -> bool:
    """Whether a figure is the earlier level a change is measured from ("12
    more than the 19 cases reported yesterday", "three fewer than on Monday's
    41")."""
    assert claim.quantity is not None
    text = sentences[(claim.report, claim.sentence)].text
    return re.search(rf"\b(?:more|fewer|less|higher|lower)\s+than\s+(?:the\s+)?{re.escape(claim.quantity.surface)}\b"
                     rf"[^.;]{{0,40}}?\b(?:yesterday|the day before|last\s+(?:week|night)|on\s+(?:mon|tues|wednes|thurs"
                     rf"|fri|satur|sun)day)\b", text, re.IGNORECASE) is not None


def _taken_to_hospital_undated(a: Claim, b: Claim) -> bool:
    """Both count those taken to hospital, neither on a resolved day of its own.

    "Four people had been taken to hospital" / "Seven people were taken to
    hospital" a day later: those taken only grow; but "took 32 injured people
    to hospital on Tuesday" is one day's act, which another report may count.
    """
    return all(_TO_HOSPITAL.search(c.context or "") and not (c.date and c.date.resolved) for c in (a, b))


def _one_cap(a: Claim, b: Claim) -> bool:
    """Two limits yet to apply, each told "up to" (or "a maximum of"): the
    limit is the figure, not anything below it."""
    qa, qb = a.quantity, b.quantity
    return qa is not None and qb is not None and a.frame.modality == b.frame.modality == "expected" \
        and all(lx.HEDGES.get(q.hedge.lower(), lx.HEDGES.get(f"a {q.hedge.lower()}", "")) == "at_most"
                and _GRANTED.search(c.sentence_key) for q, c in ((qa, a), (qb, b)))


#: Words that make an "up to" a limit someone grants, not a product's range of
#: models ("up to 16GB of RAM" on one model, "up to 8 GB" on another).
_GRANTED = re.compile(r"\b(?:allows?|allowed|permits?|permitted|may|entitles?|entitled|licen[cs]ed|authori[sz]ed)\b",
                      re.IGNORECASE)


def _counted_at_one_moment(a: Claim, b: Claim, by_sentence: dict[tuple[str, int], list[Claim]]) -> bool:
    """"had lost nine of their 11 league matches" and "have lost seven of
    their 11 league games"; "5,318 pilgrims had been treated ..., 1,260 of
    them for heat stroke" and "treated 5,318 pilgrims ..., 1,206 of them":
    parts of one whole, alike in both sentences, are counted at one moment,
    whenever the reports came out."""
    assert a.quantity is not None and b.quantity is not None
    counted = a.quantity.counted
    if a.frame.aggregation != "part" or b.frame.aggregation != "part":
        return False
    days = _day_of(a.date or a.stated), _day_of(b.date or b.stated)
    if None not in days and days[0] != days[1] or all(_RESTORED.search(c.context or "") for c in (a, b)) \
            or a.quantity.predicate == b.quantity.predicate in _RECOVERY_VERBS:
        # "64% of the 210,000" said on Friday night, "83% of" them by Saturday
        # night; shares of those cut off that have their power back: counts
        # that move as crews work.
        return False
    top = max(a.quantity.value, b.quantity.value)

    def others(c: Claim) -> set[float]:
        # The whole each part is taken from: "of their 11", "5,318 ..., 1,206
        # of them"; larger than the parts (not the 23 of "up from 146 and 23").
        return {o.quantity.value for o in by_sentence.get((c.report, c.sentence), [])
                if o.quantity is not None and o is not c and o.quantity.counted == counted and not o.quantity.unit
                and o.frame.aggregation not in ("part", "incremental") and o.quantity.value > top}

    shared = others(a) & others(b)
    return bool(counted) and bool(shared - {a.quantity.value, b.quantity.value})


def _raised_figures(by_sentence: dict[tuple[str, int], list[Claim]],
                    sentences: dict[tuple[str, int], Sentence]) -> list[tuple[Quantity, list[Quantity]]]:
    """Figures some report says a thing was raised to, each with the other
    figures of its sentence ("added a further $2 million to the fund on
    Thursday, bringing it to $7 million")."""
    out = []
    for key, claimed in by_sentence.items():
        text = sentences[key].text
        found = [c.quantity for c in claimed if c.quantity is not None]
        for q in found:
            at = text.find(q.surface)
            if at > 0 and _RAISED_TO.search(text, max(0, at - 80), at):
                out.append((q, [o for o in found if o is not q]))
    return out


_RAISED_TO = re.compile(r"\b(?:bringing|brought|brings|raising|raised|raises|lifting|lifted|taking|took|topping|"
                        r"increasing|increased)\b(?:\s+[\w'’-]+){0,4}?\s+to\s+$", re.IGNORECASE)


def _raised_to(late: Claim, early: Claim, raised: list[tuple[Quantity, list[Quantity]]],
               reports: dict[str, Report]) -> bool:
    """Whether the event tells how ``early``'s figure was raised to ``late``'s:
    a report after the rise gives "the $7 million recovery fund", one before
    it "a $5 million fund", and a third says "a further $2 million ...,
    bringing it to $7 million" (or "from $5 million"). The rise, or the
    figure it started from, must be in that sentence: a figure the story
    only says was reached is no revision of another."""
    assert late.quantity is not None and early.quantity is not None
    when_late, when_early = _when(late, reports), _when(early, reports)
    if when_late is None or when_early is None or when_late <= when_early:
        return False
    unit, low_late, high_late = canonical(late.quantity)
    _, low_early, high_early = canonical(early.quantity)
    if low_late <= high_early:
        return False
    # The rise, in the compared unit, may be anywhere between these.
    rise = (low_late - high_early, high_late - low_early)
    first = early.quantity

    def told(o: Quantity) -> bool:
        unit_o, low_o, high_o = canonical(o)
        return _one_value(first, o) or unit_o == unit and low_o <= rise[1] and rise[0] <= high_o

    return any(_one_value(late.quantity, to) and any(told(o) for o in others) for to, others in raised)


_DOWN_FROM = re.compile(r"[^.;]{0,40}?\b(?:up|down)\s+from\s+(\d[\d,]*(?:\.\d+)?)\b(?!\s*(?:%|per|million|billion))")


def _moved_from(late: Claim, early: Claim, by_sentence: dict[tuple[str, int], list[Claim]],
                sentences: dict[tuple[str, int], Sentence]) -> bool:
    """Whether ``late``'s own sentence says its figure moved from ``early``'s.

    "The case fatality rate has fallen to 2.2 percent from 2.6 percent",
    "raised its social plan to about $275 million, from an opening offer of
    €190 million": the report itself tells the two figures as one measure
    before and after, in either direction and whatever the reports' dates.
    The earlier figure may be given in another unit than ``early``'s, when
    ``early``'s sentence gives both ("190 million euros ($222 million)").
    """
    assert late.quantity is not None and early.quantity is not None
    text = sentences[(late.report, late.sentence)].text
    mine = by_sentence.get((late.report, late.sentence), [])
    start = text.find(late.quantity.surface)
    if start < 0:
        return False
    end = start + len(late.quantity.surface)
    # The report's offsets are not the sentence's: place each figure by its surface after ``late``'s.
    befores = []
    for other in mine:
        assert other.quantity is not None
        at = text.find(other.quantity.surface, end)
        if other is not late and at >= 0 and _FROM_FIGURE.fullmatch(text[end:at]):
            befores.append(other.quantity)
    if not befores:
        # "178 ballots were invalid, down from 184 on election night": a
        # previous figure, which is no claim of its own, told right after.
        told = _DOWN_FROM.match(text, end)
        return told is not None and float(told.group(1).replace(",", "")) == early.quantity.value \
            and early.quantity.low == early.quantity.high
    theirs = [early.quantity] + [c.quantity for c in by_sentence.get((early.report, early.sentence), [])
                                 if c.quantity is not None and _bracketed(c.quantity, early.quantity)]
    return any(_one_value(x, y) for x in befores for y in theirs)


def _told_up_from(late: Claim, early: Claim, by_sentence: dict[tuple[str, int], list[Claim]],
                  sentences: dict[tuple[str, int], Sentence]) -> bool:
    """Whether ``late``'s report says, in any sentence, that its figure rose
    or fell from ``early``'s: "Of the 26 patients, 19 are colonised" in a
    statement that also writes "26 patients have tested positive ..., up from
    the 23 reported on 16 October" updates another report's "Of the 23 patients"."""
    assert late.quantity is not None and early.quantity is not None
    if early.quantity.low != early.quantity.high or late.report == early.report:
        return False
    for (report, index), found in by_sentence.items():
        if report != late.report:
            continue
        text = sentences[(report, index)].text
        for c in found:
            q = c.quantity
            assert q is not None
            if q.counted != late.quantity.counted or not _one_value(q, late.quantity):
                continue
            at = text.find(q.surface)
            told = _UP_FROM_LATER.match(text, at + len(q.surface)) if at >= 0 else None
            if told is not None and parse_number(told.group(1)) == early.quantity.value:
                return True
            # "had brought 14 miners out alive by Tuesday evening, three more
            # than in the afternoon": the rise, and so the earlier figure.
            rise = _MORE_THAN_BEFORE.match(text, at + len(q.surface)) if at >= 0 else None
            if rise is not None and (step := parse_number(rise.group(1))) is not None \
                    and q.value + (step if rise.group(2).lower() == "fewer" else -step) == early.quantity.value:
                return True
    return False


def _parts_of_moved_wholes(a: Claim, b: Claim, by_sentence: dict[tuple[str, int], list[Claim]],
                           sentences: dict[tuple[str, int], Sentence]) -> bool:
    """"Of the 23 patients, 17 are colonised" and "Of the 26 patients, 19 are
    colonised": parts of a whole that one report says grew from the other's
    are the part as it stood with each."""
    def whole(c: Claim) -> Claim | None:
        assert c.quantity is not None
        return next((o for o in by_sentence.get((c.report, c.sentence), []) if o is not c and o.quantity is not None
                     and o.quantity.counted == c.quantity.counted and o.frame.aggregation != "part"
                     and o.quantity.value > c.quantity.value), None)
    if a.frame.aggregation != "part" or b.frame.aggregation != "part":
        return False
    wa, wb = whole(a), whole(b)
    return wa is not None and wb is not None and (_told_up_from(wa, wb, by_sentence, sentences)
                                                  or _told_up_from(wb, wa, by_sentence, sentences))


def _alt_words(words: Iterable[str]) -> str:
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


#: The rest of a clause, after its figure, that names the figure it moved
#: from: "patients have tested positive ... since 2 October, up from the 23",
#: "up from five on Saturday".
_UP_FROM_LATER = re.compile(r"[^.;]{0,100}?\b(?:up|down)\s+from\s+(?:the\s+)?"
                            r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?(\d[\d,]*(?:\.\d+)?|"
                            + _alt_words(lx.TENS) + r"(?:-" + _alt_words(lx.UNITS) + r")?|" + _alt_words(lx.UNITS)
                            + r")\b"
                            r"(?!\s*(?:%|per|million|billion))")


#: The rest of a clause, after its figure, that gives its rise since an
#: earlier time of the day or week: ", three more than in the afternoon".
_MORE_THAN_BEFORE = re.compile(
    r"[^.;]{0,60}?\b(\d[\d,]*|" + _alt_words(lx.UNITS) + r")\s+(more|fewer)\s+than\s+(?:in|on|at|by)\s+(?:the\s+)?"
    r"(?:morning|afternoon|evening|night|day\s+before|previous\s+day|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE)


#: What stands between a figure and the one it moved from: "to 2.2 percent from
#: 2.6 percent", "46, up from 38", ", from an opening offer of €190 million",
#: "67 billion won ($49 million), more than the 62 billion won it estimated".
_FROM_FIGURE = re.compile(r"\s*(?:\([^()]{1,40}\)|\))?\s*,?\s*(?:(?:(?:up|down)\s+)?from"
                          r"|(?:more|less|higher|lower|larger|smaller)\s+than)\s+(?:(?:an?|the|its|their|his|her)\s+)?"
                          r"(?:[a-z'’-]+\s+){0,3}?(?:of\s+)?", re.IGNORECASE)


def _bracketed(a: Quantity, b: Quantity) -> bool:
    """Whether one figure gives the other in brackets: "190 million euros ($222 million)"."""
    return 0 <= b.start - a.end <= 3 or 0 <= a.start - b.end <= 3


def _one_value(a: Quantity, b: Quantity) -> bool:
    """Whether two figures, in one unit, can be the same value."""
    unit_a, lo_a, hi_a = canonical(a)
    unit_b, lo_b, hi_b = canonical(b)
    return unit_a == unit_b and _interval_gap(lo_a, hi_a, lo_b, hi_b, 0.0) == 0.0


def _reading(claim: Claim, sentences: dict[tuple[str, int], Sentence]) -> bool:
    """A level an instrument reads: a pressure, or a height a gauge gives or a
    level verb moves ("the gauge at Kaub read 78 cm", "The Rhine at Kaub has
    fallen to 69 centimetres", "cabin pressure was 743 mmHg")."""
    q = claim.quantity
    assert q is not None
    unit = lx.canonical_unit(q.unit)
    if unit == "kPa":
        return True
    return unit == "m" and ((q.predicate or claim.predicate) in _MOVING_LEVEL_VERBS
                            or bool(_GAUGED.search(f"{claim.context} {sentences[(claim.report, claim.sentence)].text}")))


#: Verbs that move a level ("has fallen to 69 centimetres"), not those that
#: give a thing's height ("The crane stood 62 metres tall").
_MOVING_LEVEL_VERBS = frozenset({"fall", "drop", "rise", "climb", "decline", "sink", "recede"})
#: Words that make a height a reading of a level.
_GAUGED = re.compile(r"\b(?:gauge|water level|river level|level of the|reading|read|down to)\b", re.IGNORECASE)


def _market_level(claim: Claim) -> bool:
    """A market price or yield as it stood on its report's day ("the euro gained
    0.3% to $1.1834"), with no day of its own in its clause."""
    assert claim.quantity is not None
    words = claim.quantity.subject.split()
    return claim.date is None and bool(words) and words[-1] in lx.MARKET_NOUNS



def _measured_then(claim: Claim) -> bool:
    """"Copernicus put the burnt area at about 9,800 hectares on Tuesday": a
    measure dated by its own clause, which a later, larger one has overtaken."""
    assert claim.quantity is not None
    verb = claim.quantity.predicate or claim.predicate
    # A figure in brackets has no verb of its own: "(98 square kilometres)" is put at by the clause's.
    measured = verb in _MEASURING if verb else bool(_MEASURING_FORMS.search(claim.context or ""))
    return measured and _own_day(claim) is not None


_MEASURING = frozenset({"put", "map", "measure", "estimate", "assess", "calculate"})
_MEASURING_FORMS = re.compile(r"\b(?:puts?|mapped|measured|estimated|assessed|calculated)\b", re.IGNORECASE)


def _same_moment(a: Claim, b: Claim) -> bool:
    """Whether two figures' own clauses date them to one day and one clock time
    ("as of 6 p.m. on Wednesday", "as of 18:00 WITA today")."""
    da, db = _own_day(a), _own_day(b)
    if da is None or da != db:
        return False
    assert a.date is not None and b.date is not None
    # A day alone is no moment: "by 1 p.m. on Tuesday, 61" and "84 on Tuesday"
    # are two counts, and a count that moves within a day may differ by the hour.
    ta, tb = a.date.time or first_clock(a.context), b.date.time or first_clock(b.context)
    if not ta and not tb:
        # "had reported damage by Thursday evening", twice: a count as it
        # stood at one part of one day.
        return (part := _stood_at_part(a)) is not None and part == _stood_at_part(b)
    return bool(ta) and ta == tb


def _stood_at_part(claim: Claim) -> str | None:
    """The part of the day a count is given "by" or "as of" ("by Thursday
    evening" gives "evening"), or None."""
    d = claim.date
    if d is None or d.surface.split()[-1].lower() not in _DAY_PARTS:
        return None
    told = re.search(rf"\b(?:[Bb]y|[Aa]s of|[Aa]s at)\s+{re.escape(d.surface)}", claim.context or "")
    return d.surface.split()[-1].lower() if told else None


_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "midday", "noon"})


def _when(claim: Claim, reports: dict[str, Report]) -> dt.date | None:
    """When a figure was given: its report's date or, in a report without one,
    the day its own sentence names ("BNPB said on Friday 17 April that 27 had died")."""
    published = reports[claim.report].published
    if published is not None:
        return published
    return _day_of(claim.date or claim.stated)


def _own_day(claim: Claim) -> dt.date | None:
    """The day a figure's own clause gives it ("by Wednesday evening 238 ..."), if any."""
    return _day_of(claim.date)


def _day_of(d: DateRef | None) -> dt.date | None:
    if d is not None and d.resolved and d.granularity in ("day", "time") and d.latest is not None:
        return d.latest
    return None


def _period_end(claim: Claim, sentences: dict[tuple[str, int], Sentence]) -> str:
    """The period whose close a figure is told at, from the words right after
    it: "$3.38 billion at the end of February" -> "february"."""
    assert claim.quantity is not None
    sentence = sentences[(claim.report, claim.sentence)]
    m = _PERIOD_END_AFTER.match(sentence.text, max(0, claim.quantity.end - sentence.start))
    return m.group(1).lower() if m else ""


_PERIOD_END_AFTER = re.compile(r"\s+(?:at|by|as of|as at)\s+the\s+(?:end|close)\s+of\s+(?:the\s+)?"
                               r"([A-Za-z]+|Q[1-4])\b", re.IGNORECASE)


def _first_and_later_reading(first: Claim, later: Claim, sentences: dict[tuple[str, int], Sentence]) -> bool:
    """"The leak rate was first estimated at 140 litres per hour" and "the leak
    had grown to about 300 litres an hour", "peaked at 310": a first reading
    and a larger later one of a measure that moved, whatever day each report
    came out."""
    assert first.quantity is not None and later.quantity is not None
    return bool(_FIRST_READING.search(sentences[(first.report, first.sentence)].text)) \
        and bool(_LATER_READING.search(sentences[(later.report, later.sentence)].text)) \
        and canonical(later.quantity)[1] > canonical(first.quantity)[2]


_FIRST_READING = re.compile(
    r"\b(?:(?:first|initially|originally)\s+(?:estimated|measured|put|reported|recorded|assessed|sounded)"
    r"|initial (?:estimate|reading|measurement)|first (?:estimate|reading|measurement))\b", re.IGNORECASE)
_LATER_READING = re.compile(
    r"\b(?:peaked at|(?:had |has )?(?:grown|grew|rose|risen|climbed|increased) to|a new (?:measurement|reading|estimate)"
    r"|a later (?:measurement|reading|estimate))\b", re.IGNORECASE)


def _later_that_day(a: Claim, b: Claim, sentences: dict[tuple[str, int], Sentence]) -> bool:
    """"Two trams collided ..., injuring 32 people" and, the same day, "as of
    20:00, 34 people were injured": a larger count told as it stood at a clock
    time is the day's count grown since the untimed one."""
    assert a.quantity is not None and b.quantity is not None
    timed = [bool(_AS_OF_CLOCK.search(sentences[(c.report, c.sentence)].text)) for c in (a, b)]
    if timed[0] == timed[1]:
        return False
    later, other = (a, b) if timed[0] else (b, a)
    assert later.quantity is not None and other.quantity is not None
    return canonical(later.quantity)[1] > canonical(other.quantity)[2]


def _so_far_and_all(part: Claim, whole: Claim, sentences: dict[tuple[str, int], Sentence]) -> bool:
    """"As of this statement, 12 inbound flights have been diverted" and, the
    same day, "A total of 17 inbound flights were diverted while the runway
    was closed": a count as it stood, and a larger one over the whole span."""
    assert part.quantity is not None and whole.quantity is not None
    whole_text = f"{whole.context} {sentences[(whole.report, whole.sentence)].text}"
    return _running(part, sentences) and not _running(whole, sentences) and bool(_WHOLE_SPAN.search(whole_text)) \
        and canonical(whole.quantity)[1] > canonical(part.quantity)[2]


#: A count over the whole of a happening: "a total of", "while the runway was closed".
_WHOLE_SPAN = re.compile(r"\b(?:a total of|in all|in total|altogether|while the|during the|throughout the)\b",
                         re.IGNORECASE)


#: A tally of what has been confirmed so far, which grows as checks go on:
#: "teams have confirmed 1,140 homes destroyed", "1,406 homes are now confirmed destroyed".
_CONFIRMED_SO_FAR = re.compile(r"\b(?:(?:have|has)\s+(?:now\s+)?(?:been\s+)?|now\s+)confirmed\b", re.IGNORECASE)


#: A count's clock time: "as of 20:00", "as at 6 p.m.", "by 4 a.m.".
_AS_OF_CLOCK = re.compile(r"\b(?:as (?:of|at)|by)\s+(?:\d{1,2}[:.]\d\d|\d{1,2}(?::\d\d)?\s*[ap]\.?m\b)", re.IGNORECASE)


def _referred_to(claim: Claim, sentences: dict[tuple[str, int], Sentence]) -> str:
    """The sentence before a claim's, when the claim's sentence opens by
    pointing back at it ("According to the preliminary result, ... 12,391
    votes ... and 12,362. The difference is 29 votes.") or is a line of the
    list it opens; else ""."""
    own = sentences[(claim.report, claim.sentence)].text
    before = sentences.get((claim.report, claim.sentence - 1))
    # A line of a list the sentence before opens ("The official result of the
    # scrutiny is as follows:" / "Verónica Huenchullán Rivas: 96,731 votes").
    return before.text if before is not None and (_POINTS_BACK.match(own.lstrip())
                                                  or before.text.rstrip().endswith(":")) else ""


#: Openings that point back at the sentence before: "That is a margin of nine votes."
_POINTS_BACK = re.compile(r"(?:That|This|It|The (?:difference|margin|gap|lead))\b")


def _running(claim: Claim, sentences: dict[tuple[str, int], Sentence]) -> bool:
    """A count given as it stood at a time ("so far", "by Tuesday afternoon"),
    in its clause or in the words the sentence opens with ("Since 3 October,
    386 patients have been screened and 1,140 swabs analysed": the swabs too)."""
    sent = sentences[(claim.report, claim.sentence)]
    text = sent.text
    if claim.quantity is not None and sent.start <= claim.quantity.start <= sent.end \
            and _SO_FAR_RIGHT_BEFORE.search(text, max(0, claim.quantity.start - sent.start - 30),
                                            claim.quantity.start - sent.start):
        # "Vesturlaks has so far let 22 contract workers go": the words before
        # the figure that the clause the parser cut for it leaves out.
        return True
    if _SO_FAR.search(claim.context or text) or _OPENS_RUNNING.match(text):
        return True
    if _PARTIAL_TALLY.search(text) or _PARTIAL_TALLY.search(_referred_to(claim, sentences)):
        # "With 598 tables in (97.7%), Huenchullan has 94,512 votes"; a line
        # under "First Servel bulletin, with 158 of 612 tables counted:": a
        # tally as it stood while the count went on.
        return True
    # "By last night, 54 flights had been cancelled since the crisis began.
    # Another 145 were delayed and 18 diverted": the sentence goes on with the one before.
    before = sentences.get((claim.report, claim.sentence - 1))
    return bool(_GOES_ON.match(text)) and before is not None \
        and bool(_SO_FAR.search(before.text) or _OPENS_RUNNING.match(before.text))


#: A tally taken part of the way through a count: "with 158 of 612 tables counted",
#: "with 598 tables in", "with 40% of precincts reporting" (not "with all 612 tables counted").
_PARTIAL_TALLY = re.compile(
    r"\bwith\s+(?:[\d.,]+\s*(?:%|percent|per\s+cent)\s+of\s+(?:the\s+)?|[\d,]+\s+(?:of\s+(?:the\s+)?[\d,]+\s+)?)"
    r"(?:[a-z]+\s+){0,2}?(?:tables|precincts|polling\s+stations|stations|districts|ballot\s+boxes|ballots|votes|"
    r"constituencies|wards|counties|municipalities)\s+(?:counted|in|reporting|processed|tallied)\b",
    re.IGNORECASE)
#: A sentence that adds to the one before: "Another 145 were delayed", "A further 12 ...".
_GOES_ON = re.compile(r"\W*(?:another|a further)\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                      r"|twelve|[a-z]+teen|[a-z]+ty)\b)", re.IGNORECASE)


#: "so far" and its kin a few words before a figure ("has so far let 22 ... go").
_SO_FAR_RIGHT_BEFORE = re.compile(r"\b(?:so far|to date|thus far|until now)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _counted_since(claim: Claim, sentences: dict[tuple[str, int], Sentence]) -> bool:
    d = claim.date
    # "Since 3 October", "since the fires broke out on Monday 10 August".
    return d is not None and re.search(rf"\bsince\s+(?:the\s+)?(?:[a-z]+\s+){{0,5}}?(?:on\s+|in\s+)?{re.escape(d.surface)}",
                                       f"{claim.context} {sentences[(claim.report, claim.sentence)].text}",
                                       re.IGNORECASE) is not None


#: A sentence that opens on the moment its counts stand at ("Since 3 October,", "So far,", "As of Friday,").
#: So does a span up to the report's day: "Between Monday, 9 March and 18:00 hours today,".
_OPENS_RUNNING = re.compile(r"^\W*(?:since\s+[^,]{1,40}|so far|to date|as (?:of|at)\s+[^,]{1,40}"
                            r"|between\s+.{1,40}?\s+and\s+(?:[^,]{1,20}\s)?(?:today|now|tonight)),", re.IGNORECASE)


#: A chamber's vote told by its sides ("96 in favour, 32 against"): its final tally is its result, not a revision.
_ROLL_CALL = re.compile(r"\b(?:in favou?r|against|abstained|abstentions?)\b", re.IGNORECASE)
_REVISED_COUNT = re.compile(
    r"\b(?:provisional|preliminary|partial (?:count|results?|returns)|certified|early returns"
    r"|final (?:count|tally|results?|figures?)|official (?:results?|count|tally|scrutiny))\b",
    re.IGNORECASE,
)
#: A count as it stands on the report's day: "now has", "are now".
_NOW_STANDS = re.compile(r"\b(?:now|currently)\b", re.IGNORECASE)
#: A toll as it stands: as above, or "are dead", "have died".
_NOW = re.compile(rf"{_NOW_STANDS.pattern}|\b(?:(?:are|is) dead|ha(?:ve|s) (?:died|been killed))\b", re.IGNORECASE)


def _now_and_then(now: Claim, then: Claim, sentences: dict[tuple[str, int], Sentence]) -> bool:
    """A count as it stands ("there are now 121", "that leaves 24 people on the
    platform") and one tied to the moment something happened ("168 people on
    board when the gas alarm went off"): two moments, whichever report is later."""
    own = sentences[(now.report, now.sentence)]
    stands = _stands_now(now, own) or bool(_LEFT_AFTER.search(now.context or own.text))
    return stands and bool(_AT_THAT_MOMENT.search(f"{then.context} {sentences[(then.report, then.sentence)].text}"))


#: What is left once some are taken away: "that leaves 24 people", "24 are still on board".
_LEFT_AFTER = re.compile(r"\b(?:leaves|left behind|still|remain|remains|remaining)\b", re.IGNORECASE)


def _stands_now(claim: Claim, sentence: Sentence) -> bool:
    """"The region now has 46 warming centres open", "there are now 1,850 line
    workers", "eleven beaches ... are now closed": a count of what is, as it
    stands on the report's day (not "staff have now visited all 41 homes
    destroyed", a deed now done)."""
    assert claim.quantity is not None
    verb = claim.quantity.predicate or claim.predicate
    if (verb in _STANDING_VERBS or is_state(verb)) and bool(_NOW_STANDS.search(claim.context or sentence.text)):
        return True
    after = sentence.text[max(0, claim.quantity.end - sentence.start):]
    if claim.quantity.whole and _PRESENT_PART.match(after):
        # "35 of the 46 are children under ten": the group as it stands, whose
        # parts are told in the present.
        return True
    return bool(_NOW_IN_STATE.match(after))


#: The rest of a partitive's clause after its whole, in the present: "[of the 46] are children".
_PRESENT_PART = re.compile(r"\s+(?:[a-z]+\s+)?(?:are|is|remain)\b", re.IGNORECASE)


#: ... and an extent as it now stands ("Lava now covers about 5.9 square kilometres").
_STANDING_VERBS = frozenset({"be", "have", "remain", "stand", "number", "total", "cover", "span"})
#: A count tied to the moment something happened: "when the alarm sounded", "at the time of the incident".
_AT_THAT_MOMENT = re.compile(r"\bwhen\b[^.;,]{0,60}?\b(?:[a-z]{3,}ed|went off|struck|hit|broke out|began|rang|sank|"
                             r"blew)\b|\bat the time of the\b", re.IGNORECASE)
#: The rest of a count's clause when it says what the counted things now are:
#: "[eleven] beaches in Sur are now closed", "[40] stations are currently shut".
_NOW_IN_STATE = re.compile(r"[^.;,]{0,80}?\b(?:are|is|remain)\s+(?:now|currently)\s+(?:closed|shut|open|"
                           r"off[- ]limits|out of (?:service|action)|cut off|under water|flooded)\b", re.IGNORECASE)
#: Those a breach or fault is found to reach, a count that grows as it is
#: investigated ("31,250 held balances in the affected wallet").
#: Service brought back, a count that only grows as crews work.
_RESTORED = re.compile(r"\b(?:restored|reconnected|back on supply|have (?:it|power|supply) back)\b", re.IGNORECASE)
_AFFECTED = re.compile(r"\b(?:affected|impacted|compromised|exposed)\b", re.IGNORECASE)


def _brought_by(claim: Claim, sentences: dict[tuple[str, int], Sentence]) -> str:
    """"event" when a count is what the story's one event "brought" it to
    ("the swap brought the total to 6,482", "It brought the number ... to
    6,428"), else "". Not a subject dated by a day ("Tuesday's strikes
    brought the toll to 40"), which names one of several events."""
    text = sentences[(claim.report, claim.sentence)].text
    m = _BROUGHT.search(text)
    if m is None or claim.quantity is None or claim.quantity.surface not in text[m.end():]:
        return ""
    subject = m.group(1).lower()
    if any(day in subject for day in lx.WEEKDAYS if len(day) > 4) or re.search(r"\d", subject):
        return ""
    return "event" if subject in ("it", "this", "that") or subject.split()[-1] in _EVENT_SUBJECTS else ""


_BROUGHT = re.compile(r"\b(it|this|that|the(?: [\w'’-]+){1,3})\s+(?:brought|brings|has brought|took|takes)\b",
                      re.IGNORECASE)
#: Nouns for the one event a story reports, which "brought" a running count to its figure.
_EVENT_SUBJECTS = frozenset({"swap", "exchange", "release", "handover", "transfer", "deal", "operation", "seizure"})

_STILL = re.compile(r"\b(?:still|remain|remains|remained)\b", re.IGNORECASE)

#: A count given as it stood at a time: "so far", "by Tuesday afternoon", "by then",
#: "by the same date" (one the sentence before names),
#: "since July 9" (counted from then until the report's day).
_SO_FAR = re.compile(
    r"\b(?:so far|to date|thus far|as (?:of|at)\b|until now|at present|at the moment|since\b"
    r"|by (?:then|now|nightfall|midday|noon|midnight|(?:the same|that) (?:date|day|time|point)"
    r"|(?:last|this)\s+(?:night|evening|morning|afternoon)|yesterday|tonight"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|\d{1,2}:\d\d\b|the (?:end|close) of"
    r"|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b))",
    re.IGNORECASE,
)


def build_conflicts(
    event: str,
    claims: Sequence[Claim],
    verdicts: Iterable[PairVerdict],
    labels: Sequence[int],
    reports: dict[str, Report],
    sentences: dict[tuple[str, int], Sentence],
    settings: Settings,
) -> list[Conflict]:
    """Group disagreeing pairs into conflicts, one per scope, ordered by severity."""
    verdicts = list(verdicts)
    # One conflict per fact (a group of the alignment) and scope. Joining
    # disagreeing pairs transitively instead would chain every yardage of a
    # football report into one "conflict".
    groups: dict[tuple[int, int, bool], list[PairVerdict]] = {}

    def fact_of(v: PairVerdict) -> int:
        return labels[v.a] if labels[v.a] == labels[v.b] and labels[v.a] >= 0 else -1

    # Pairs the alignment did not put in one fact are grouped around the claim
    # they share most ("10 March" in one blog against four reports' 11 March):
    # one card for one wrong statement, star-shaped, so nothing chains.
    degree: dict[int, int] = {}
    for v in verdicts:
        if fact_of(v) < 0:
            degree[v.a] = degree.get(v.a, 0) + 1
            degree[v.b] = degree.get(v.b, 0) + 1
    for v in verdicts:
        within = claims[v.a].report == claims[v.b].report
        fact = fact_of(v)
        hub = v.b if degree.get(v.b, 0) > degree.get(v.a, 0) else v.a
        key = (fact, hub if fact < 0 else -1, within)
        groups.setdefault(key, []).append(v)
    # ... and join the conflict of a fact that already holds that claim.
    in_fact = {(i, key[2]): key for key, group in groups.items() if key[0] >= 0 for v in group for i in (v.a, v.b)}
    for key in [k for k in groups if k[0] < 0]:
        home = in_fact.get((key[1], key[2]))
        if home is not None:
            groups[home] = groups[home] + groups.pop(key)
    drafts = []
    merged = _one_per_sentence_pair(_one_per_quotation(groups, claims), claims)
    # A fact's figures that cannot both hold and those a later count updates
    # are two cards: "1,206 vs 1,260 treated for heat stroke" is open, and
    # the 1,388 a later report gives is an update of both, not a third side.
    split = [(key[2], part) for key, group in merged.items() for part in _open_and_updates(group, claims) if part]
    for within, group in split:
        members = sorted({i for v in group for i in (v.a, v.b)}, key=lambda i: _claim_order(claims[i], reports))
        group_claims = tuple(claims[i] for i in members)
        kind = {"quantity": "numeric", "date": "date", "statement": "attribution"}[group_claims[0].kind]
        confidence = _confidence(group, claims, settings)
        severity = _severity(kind, group, settings, claims)
        if confidence < 0.5:
            # Matched on structure with wording further apart than any match on
            # wording alone allows: the reader should weigh it less.
            severity = _SEVERITY_BELOW[severity]
        update = all(v.update for v in group)
        fact = labels[members[0]]
        drafts.append(
            Conflict(
                id="",
                event=event,
                kind=kind,  # type: ignore[arg-type]
                severity="low" if update else severity,  # type: ignore[arg-type]
                confidence=confidence,
                scope="within-report" if within else "cross-report",
                explanation=_explain(kind, group, claims, reports, update),
                claims=group_claims,
                fingerprint=fingerprint(kind, group_claims, sentences),
                fact=f"{event}/f{fact + 1}" if fact >= 0 else "",
                status="update" if update else "open",
            )
        )
    drafts.sort(key=lambda c: (c.status != "open", _SEVERITY_ORDER[c.severity], -c.confidence, c.fingerprint))
    from dataclasses import replace

    return [replace(c, id=f"{event}/{i + 1}") for i, c in enumerate(drafts)]


def _open_and_updates(group: list[PairVerdict], claims: Sequence[Claim]) -> tuple[list[PairVerdict], list[PairVerdict]]:
    """A fact's open pairs, and apart from them the updates of values no open
    pair sets against each other. An update between the very values an open
    pair disputes (one report's 3.38 against another's 3.83) stays on the
    open card: the reader should see every report on each side."""
    def value(c: Claim) -> object:
        if c.quantity is not None:
            return canonical(c.quantity)[1:]  # "US$3.38 billion" and "$3.38 billion" alike
        return (c.date.earliest, c.date.latest) if c.date is not None else claim_value(c)

    def values(v: PairVerdict) -> frozenset[object]:
        return frozenset(value(claims[i]) for i in (v.a, v.b))

    open_pairs = [v for v in group if not v.update]
    disputed = {values(v) for v in open_pairs}
    moved = [v for v in group if v.update and (not open_pairs or values(v) not in disputed)]
    kept = open_pairs + [v for v in group if v.update and v not in moved]
    return kept, moved


def _one_per_quotation(
    groups: dict[tuple[int, int, bool], list[PairVerdict]], claims: Sequence[Claim]
) -> dict[tuple[int, int, bool], list[PairVerdict]]:
    """Attribution conflicts over the sentences of one quotation, merged into one.

    A quotation running over several sentences is one claim per sentence,
    and each sentence credited to other speakers by another report is its own
    disagreement; a reader sees one misattributed quotation. Groups are merged
    when they set the same speakers of the same reports against each other in
    sentences no more than two apart.
    """
    def speakers(group: list[PairVerdict]) -> frozenset[tuple[str, str]]:
        return frozenset((claims[i].report, claims[i].attribution.speaker)  # type: ignore[union-attr]
                         for v in group for i in (v.a, v.b))

    def one_quotation(a: list[PairVerdict], b: list[PairVerdict]) -> bool:
        # The same speakers (one report may quote only part of it) in nearby sentences.
        sa, sb = speakers(a), speakers(b)
        if not (sa <= sb or sb <= sa):
            return False
        at = {(claims[i].report, claims[i].sentence) for v in a for i in (v.a, v.b)}
        bt = {(claims[i].report, claims[i].sentence) for v in b for i in (v.a, v.b)}
        shared = {r for r, _ in at} & {r for r, _ in bt}
        return all(any(abs(s1 - s2) <= 2 for r1, s1 in at if r1 == r for r2, s2 in bt if r2 == r) for r in shared)

    out: dict[tuple[int, int, bool], list[PairVerdict]] = {}
    for key, group in groups.items():
        if claims[group[0].a].kind == "statement":
            same = next((k for k, g in out.items() if k[2] == key[2] and claims[g[0].a].kind == "statement"
                         and one_quotation(g, group)), None)
            if same is not None:
                out[same] = out[same] + group
                continue
        out[key] = group
    return out


def _one_per_sentence_pair(
    groups: dict[tuple[int, int, bool], list[PairVerdict]], claims: Sequence[Claim]
) -> dict[tuple[int, int, bool], list[PairVerdict]]:
    """Date disagreements between the same sentences, merged into one.

    "walked off at 6 a.m. on Monday 9 March" holds a time and a day, each a
    claim of its own; against "walked off on 10 March" both disagree, and a
    reader sees one disagreement between two sentences, not two.
    """
    def places(group: list[PairVerdict]) -> frozenset[tuple[str, int]]:
        return frozenset((claims[i].report, claims[i].sentence) for v in group for i in (v.a, v.b))

    out: dict[tuple[int, int, bool], list[PairVerdict]] = {}
    seen: dict[tuple[frozenset[tuple[str, int]], bool], tuple[int, int, bool]] = {}
    for key, group in groups.items():
        if claims[group[0].a].kind == "date":
            where = (places(group), key[2])
            if where in seen:
                out[seen[where]] = out[seen[where]] + group
                continue
            seen[where] = key
        out[key] = group
    return out


def _claim_order(claim: Claim, reports: dict[str, Report]) -> tuple[str, str, int, int]:
    published = reports[claim.report].published
    return (published.isoformat() if published else "9999", claim.report, claim.sentence, claim.start)


def transposed(a: float, b: float) -> bool:
    """Two figures of 10 or more with two neighbouring digits swapped (175
    and 157).

    Such a pair is a typing slip in one report far more often than two
    honest estimates, however small the gap between them; severity should
    not hide it among the small disagreements.
    """
    return a >= 10 and b >= 10 and digits_swapped(a, b, neighbouring=True)


def _transposed_pair(group: list[PairVerdict], claims: Sequence[Claim]) -> PairVerdict | None:
    for v in group:
        qa, qb = claims[v.a].quantity, claims[v.b].quantity
        if not v.update and qa is not None and qb is not None and transposed(qa.value, qb.value):
            return v
    return None


def _severity(kind: str, group: list[PairVerdict], settings: Settings, claims: Sequence[Claim]) -> str:
    worst = max(v.gap for v in group)
    if kind == "numeric":
        if _transposed_pair(group, claims) is not None:
            return "high"
        return "high" if worst >= settings.high_gap else "medium" if worst >= 0.1 else "low"
    if kind == "date":
        return "high" if worst >= 7 else "medium"
    return "high"


_SEVERITY_BELOW = {"high": "medium", "medium": "low", "low": "low"}


def _confidence(group: list[PairVerdict], claims: Sequence[Claim], settings: Settings) -> float:
    # How far the best pair's clauses sit above the lowest similarity at which
    # a match is accepted with the structure's support, mapped to 0.5..1; pairs
    # below it (dated clauses tied only by the event they name) fall under 0.5.
    kind = claims[group[0].a].kind
    threshold = settings.statement_similarity if kind == "statement" else settings.align_similarity_strong
    best = max(v.similarity for v in group)
    score = 0.5 + 0.5 * (best - threshold) / max(1e-9, 1.0 - threshold)
    return round(min(1.0, max(0.0, score)), 2)


def _who(claim: Claim, reports: dict[str, Report]) -> str:
    report = reports[claim.report]
    when = f", {report.published.isoformat()}" if report.published else ""
    if not report.source or report.source == report.id:
        return f"{report.id}{' (' + when[2:] + ')' if when else ''}"
    return f"{report.source} ({report.id}{when})"


def _explain(
    kind: str, group: list[PairVerdict], claims: Sequence[Claim], reports: dict[str, Report], update: bool
) -> str:
    # Explain the widest disagreement; the card shows every statement anyway.
    # Between a time and its day, equally far from the other date, the day
    # reads better ("Monday 9 March" rather than "6 a.m.").
    def clock(v: PairVerdict) -> bool:
        return any((d := claims[i].date) is not None and d.granularity == "time" for i in (v.a, v.b))

    # A typing slip the card's severity rests on is what it explains first.
    slip = _transposed_pair(group, claims) if kind == "numeric" and not update else None
    v = slip or max(group, key=lambda v: (v.gap, not clock(v), v.similarity))
    a, b = claims[v.a], claims[v.b]
    if a.report == b.report:
        lead = f"{_who(a, reports)} gives two incompatible accounts in one report: "
        sides = f"one sentence says {claim_value(a)!s}, another says {claim_value(b)}"
    else:
        lead = ""
        sides = f"{_who(a, reports)} says {claim_value(a)}; {_who(b, reports)} says {claim_value(b)}"
    if kind == "numeric":
        if update:
            pa, pb = reports[a.report].published, reports[b.report].published
            rising = a.quantity is not None and b.quantity is not None and a.quantity.value < b.quantity.value
            why = ("The later report gives a higher figure" if pa and pb and pa != pb and (pa < pb) == rising
                   else "The figures read as one count at different times (a count given as it stood, a state that "
                   "still holds later, or a report without a date)")
            return f"{lead}{sides}. {why}, which reads as an update rather than an error; shown with low severity."
        if slip is not None:
            xa, xb = claims[slip.a].quantity, claims[slip.b].quantity
            assert xa is not None and xb is not None
            return (f"{lead}{sides}. Even allowing for hedges and rounding, the two figures cannot both hold; "
                    f"{xa.value:.0f} and {xb.value:.0f} have two digits swapped, as a typing slip "
                    "leaves them, so the severity is raised however small the gap.")
        return f"{lead}{sides}. Even allowing for hedges and rounding, the two figures cannot both hold."
    if kind == "date":
        days = int(v.gap)
        return f"{lead}{sides}. The dates are at least {days} day{'s' if days != 1 else ''} apart for the same event."
    qa = a.attribution.speaker_surface if a.attribution else "?"
    qb = b.attribution.speaker_surface if b.attribution else "?"
    what = "the same quote" if a.attribution and a.attribution.quote else "the same statement"
    where = "in one report" if a.report == b.report else f"in {_who(a, reports)} and {_who(b, reports)}"
    return f"{what.capitalize()} is credited to {qa} and to {qb} {where}; at most one of them said it."


def fingerprint(kind: str, claims: Sequence[Claim], sentences: dict[tuple[str, int], Sentence]) -> str:
    """A conflict's identity, stable across runs while its statements are unchanged."""
    parts = sorted(
        f"{c.report}\x1f{' '.join(sentences[(c.report, c.sentence)].text.split())}\x1f{claim_surface(c)}"
        for c in claims
    )
    return hashlib.sha1("\x1e".join([kind, *parts]).encode("utf-8")).hexdigest()
