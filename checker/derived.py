"""Figures a text implies rather than states: the length of a span it dates,
a person's age on a day it dates.

"served as Minister of Land Revenue from March 1, 1946 to March 23, 1947"
never says "two years", and "(4 September 1964 – 5 September 2015)" never
says "died at 51"; yet a claim that he "served for two years", or "died at
age 52", is checked against them. The rules here read what the dated claims
of one text (the evidence) imply and set it against a figure the other text
(the claim) states. They serve pair mode (see
:func:`checker.evaluate.evaluate_pairs`), where the two texts are known to be
about one subject, so a verb is enough to tie a length or an age to a day.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from checker.quantities import canonical
from checker.records import Claim, EventResult, Sentence


@dataclass(frozen=True)
class Implied:
    """A figure of the claim that what the evidence dates cannot allow."""

    evidence: int  # index of the evidence's dated claim in the event's claims
    claim_sentence: int  # index of the claim's sentence in its report
    note: str  # what each text says, for a reader


def implied_conflicts(result: EventResult, evidence: str = "a", claim: str = "b") -> list[Implied]:
    """Lengths and ages the claim (report ``claim``) gives that the evidence's
    dates (report ``evidence``) rule out."""
    sentences = {(s.report, s.index): s for s in result.sentences}
    return _lengths(result.claims, sentences, evidence, claim) + _ends(result.claims, sentences, evidence, claim) \
        + _ages(result, sentences, evidence, claim)


# --- lengths of dated spans ------------------------------------------------------

#: Days in each unit a length of time is given in.
_DAYS_IN = {"days": 1.0, "weeks": 7.0, "months": 30.44, "years": 365.25, "decades": 3652.5}
#: Days in the granule of a date: "1993" may be any of 366 days.
_GRANULE_DAYS = {"day": 1, "week": 7, "month": 31, "quarter": 92, "season": 92, "half": 184, "year": 366}
#: What joins the two ends of one dated span: "from 1993 to 1996", "1 – 5 June".
_RANGE_WORD = re.compile(r"(?i)\b(?:to|until|till|through|thru)\b|\d\s*[-–]\s*\w")
_BETWEEN_ENDS = re.compile(r"(?i)\s*(?:to|until|till|through|thru|-|–)\s*")
_OPENS_SPAN = re.compile(r"(?i)\b(?:from|between)\s+(?:the\s+)?$")


def _lengths(claims: Sequence[Claim], sentences: dict[tuple[str, int], Sentence],
             evidence: str, claim: str) -> list[Implied]:
    """A length of time the claim gives for what a verb did ("served ... for
    two years", "was broadcast for more than 5 years") against the span the
    evidence dates for the same verb ("served ... from March 1, 1946 to
    March 23, 1947", "broadcast from 1993 to 1996"), when no length the span
    allows lies within the figure's bounds."""
    out = []
    spans = _spans(claims, sentences, evidence)
    for c in claims:
        q = c.quantity
        if c.report != claim or q is None or q.unit not in _DAYS_IN or q.counted or not c.predicate \
                or c.frame.negated or c.frame.modality != "actual":
            continue
        _, low, high = canonical(q)
        low, high = low * _DAYS_IN[q.unit], high * _DAYS_IN[q.unit]
        for x, shortest, longest in spans:
            if claims[x].predicate == c.predicate and (high < shortest or low > longest):
                out.append(Implied(x, c.sentence, f"{q.surface} against {shortest:.0f}-{longest:.0f} days"))
    return out


def _spans(claims: Sequence[Claim], sentences: dict[tuple[str, int], Sentence],
           report: str) -> list[tuple[int, float, float]]:
    """Each span ``report`` dates, as (claim index, fewest days, most days)."""
    return [(i, float((last[0] - first[1]).days), (last[1] - first[0]).days + 1.0)
            for i, first, last in _span_ends(claims, sentences, report)]


Days = tuple[dt.date, dt.date]


def _span_ends(claims: Sequence[Claim], sentences: dict[tuple[str, int], Sentence],
               report: str) -> list[tuple[int, Days, Days]]:
    """Each span ``report`` dates, as (claim index, the days its first end may
    fall on, the days its last end may fall on)."""
    dated = _dated(claims, report)
    out = []
    for i, c in dated:
        d = c.date
        assert d is not None and d.earliest is not None and d.latest is not None
        if _RANGE_WORD.search(d.surface) and d.latest > d.earliest:
            # One merged range ("from 1993 to 1996"): each end may lie anywhere in its granule.
            granule = dt.timedelta(days=_GRANULE_DAYS.get(d.granularity, 1) - 1)
            out.append((i, (d.earliest, min(d.earliest + granule, d.latest)),
                        (max(d.latest - granule, d.earliest), d.latest)))
    for (i, a), (_, b) in zip(dated, dated[1:]):
        if a.sentence != b.sentence or a.predicate != b.predicate:
            continue
        sent = sentences[(a.report, a.sentence)]
        assert a.date is not None and b.date is not None
        between = sent.text[a.date.end - sent.start:b.date.start - sent.start]
        if _BETWEEN_ENDS.fullmatch(between) and _OPENS_SPAN.search(sent.text[:a.date.start - sent.start]) \
                and _days(b)[0] > _days(a)[1]:
            # "from March 1, 1946 to March 23, 1947": two dates the parse keeps apart.
            out.append((i, _days(a), _days(b)))
    return out


#: Verbs by which a span is the subject's own: "was held from 19 July to 4 August".
_SPAN_VERBS = frozenset({"hold", "run", "last", "take", "take place", "be", "stage", "host", "happen", "occur", "air"})
#: Verbs that date the first day of a span, and the last.
_STARTING = frozenset({"start", "begin", "open", "commence", "kick off", "launch", "debut"})
_ENDING = frozenset({"end", "finish", "close", "conclude", "wrap up"})


def _ends(claims: Sequence[Claim], sentences: dict[tuple[str, int], Sentence],
          evidence: str, claim: str) -> list[Implied]:
    """The day the claim says something started (or ended) against the first
    (or last) day of the one span the evidence dates: "held ... from 19
    July to 4 August 1996" did not start on 4 August."""
    spans = _span_ends(claims, sentences, evidence)
    if len(spans) != 1 or claims[spans[0][0]].predicate not in _SPAN_VERBS:
        # Two spans: which one the claim means is not said. A span of a deed
        # ("played in the league from 1983 to 1986") is not the span of the
        # subject itself, whose start the claim may date.
        return []
    x, first, last = spans[0]
    out = []
    for c in claims:
        if c.report != claim or c.date is None or (c.predicate not in _STARTING and c.predicate not in _ENDING) \
                or not c.date.resolved or c.date.deadline or c.frame.negated or c.frame.modality != "actual" \
                or c.date.earliest is None or c.date.latest is None \
                or c.date.earliest == dt.date.min or c.date.latest == dt.date.max:
            continue
        end = first if c.predicate in _STARTING else last
        if c.date.latest < end[0] or c.date.earliest > end[1]:
            out.append(Implied(x, c.sentence, f"{c.predicate} {c.date.surface} against {end[0]}-{end[1]}"))
    return out


def _dated(claims: Sequence[Claim], report: str) -> list[tuple[int, Claim]]:
    """The resolved dates ``report`` gives as so, in order."""
    return [(i, c) for i, c in enumerate(claims)
            if c.report == report and c.date is not None and c.date.earliest is not None
            and c.date.latest is not None and c.date.resolved and not c.date.deadline
            and c.date.earliest > dt.date.min and c.date.latest < dt.date.max
            and not c.frame.negated and c.frame.modality == "actual"]


def _days(c: Claim) -> tuple[dt.date, dt.date]:
    assert c.date is not None and c.date.earliest is not None and c.date.latest is not None
    return c.date.earliest, c.date.latest


# --- ages on dated days -----------------------------------------------------------

#: An age as a claim gives it: "at age 52", "at the age of 43", "aged 30",
#: "48 years old", "a 48-year-old", "in his 60s".
_AGE = re.compile(
    r"(?i)\b(?P<bound>older\s+than|younger\s+than|over|under)?\s*"
    r"(?:at\s+(?:the\s+)?age\s+(?:of\s+)?(?P<a>\d{1,3})\b|aged\s+(?P<b>\d{1,3})\b"
    r"|(?P<c>\d{1,3})[\s-]+years?[\s-]+old\b|in\s+(?:his|her|their)\s+(?P<decade>[1-9]0)['’]?s\b)"
)
#: Words by which a claim's age is the age at death.
_DEATH_WORDS = frozenset({"die", "death", "pass", "kill"})
_LIFESPAN_DASH = re.compile(r"\s*[-–—]\s*")


def _ages(result: EventResult, sentences: dict[tuple[str, int], Sentence],
          evidence: str, claim: str) -> list[Implied]:
    """An age the claim gives a person on a day ("died at age 52", "was
    nominated ... at the age of 43") against the ages the evidence's birth
    date and its date for the same verb allow ("(4 September 1964 – 5
    September 2015)"; "born 3 November 1914 ... nominated in 1956")."""
    claims = result.claims
    birth, death = _life(claims, sentences, evidence)
    if birth is None:
        return []
    out = []
    for sent in (s for s in result.sentences if s.report == claim):
        ages = list(_AGE.finditer(sent.text))
        verbs = _lemmas(sent.text) if ages else frozenset()
        for m in ages:
            low, high = _age_bounds(m)
            moments = [death] if death is not None and verbs & _DEATH_WORDS else [
                i for i, c in _dated(claims, evidence)
                if c.predicate and c.predicate in verbs and c.predicate not in ("bear", "die")]
            for x in moments:
                if x is None:
                    continue
                youngest = _full_years(_days(claims[birth])[1], _days(claims[x])[0])
                oldest = _full_years(_days(claims[birth])[0], _days(claims[x])[1])
                if high < youngest or low > oldest:
                    out.append(Implied(x, sent.index, f"{m.group(0).strip()} against {youngest}-{oldest}"))
    return out


def _age_bounds(m: re.Match[str]) -> tuple[float, float]:
    if m.group("decade"):
        return float(m.group("decade")), float(m.group("decade")) + 9
    age = float(next(g for g in (m.group("a"), m.group("b"), m.group("c")) if g))
    bound = (m.group("bound") or "").lower().split()
    if bound and bound[0] in ("older", "over"):
        return age + 1, math.inf
    if bound and bound[0] in ("younger", "under"):
        return 0.0, age - 1
    return age, age


def _life(claims: Sequence[Claim], sentences: dict[tuple[str, int], Sentence],
          report: str) -> tuple[int | None, int | None]:
    """The evidence's dates of birth and death: "born May 1, 1894", or the
    two dates of a lifespan in brackets ("(August 29, 1859 – December 29, 1936)")."""
    dated = _dated(claims, report)
    birth = next((i for i, c in dated if c.predicate == "bear"), None)
    death = next((i for i, c in dated if c.predicate == "die"), None)
    for (i, a), (j, b) in zip(dated, dated[1:]):
        sent = sentences[(a.report, a.sentence)]
        assert a.date is not None and b.date is not None
        if a.sentence == b.sentence and _LIFESPAN_DASH.fullmatch(
                sent.text[a.date.end - sent.start:b.date.start - sent.start]) \
                and "(" in sent.text[:a.date.start - sent.start] and _days(b)[0] > _days(a)[1]:
            return (birth if birth is not None else i), (death if death is not None else j)
    return birth, death


def _full_years(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _lemmas(text: str) -> frozenset[str]:
    from checker.models import load_spacy

    return frozenset(t.lemma_.lower() for t in load_spacy()(text))
