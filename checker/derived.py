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
from functools import lru_cache
from typing import TYPE_CHECKING

from checker.quantities import canonical
from checker.records import Claim, EventResult, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Implied:
    """A figure of the claim that what the evidence dates cannot allow."""

    evidence: int | None  # index of the evidence's claim in the event's claims, if it is one
    claim_sentence: int  # index of the claim's sentence in its report
    note: str  # what each text says, for a reader


def implied_conflicts(result: EventResult, evidence: str = "a", claim: str = "b") -> list[Implied]:
    """Lengths and ages the claim (report ``claim``) gives that the evidence's
    dates (report ``evidence``) rule out."""
    sentences = {(s.report, s.index): s for s in result.sentences}
    return _lengths(result.claims, sentences, evidence, claim) + _ends(result.claims, sentences, evidence, claim) \
        + _ages(result, sentences, evidence, claim) + _told_ages(result, evidence, claim) \
        + _outside_life(result, sentences, evidence, claim) + _ordinals(result, evidence, claim) \
        + _ordinal_against_ordinal(result, evidence, claim) \
        + _yearless(result.claims, sentences, evidence, claim)


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
    birth, death = life_days(claims, sentences, evidence)
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


#: An age told beside the person: "The man, 53, was arrested".
_TOLD_AGE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){0,2}[a-z]+|\b[A-Z][a-z]+),\s+(\d{1,3}),\s")


def _told_ages(result: EventResult, evidence: str, claim: str) -> list[Implied]:
    """The one age the claim gives ("was older than 54 years old at the
    time") against the one age the evidence tells ("The man, 53, was
    arrested")."""
    told = [float(m.group(1)) for s in result.sentences if s.report == evidence for m in _TOLD_AGE.finditer(s.text)]
    given = [(s.index, m) for s in result.sentences if s.report == claim for m in _AGE.finditer(s.text)]
    if len(told) != 1 or len(given) != 1:
        return []
    (index, m), age = given[0], told[0]
    low, high = _age_bounds(m)
    if m.group("decade") is None and (high < age or low > age):
        return [Implied(None, index, f"{m.group(0).strip()} against {age:.0f}")]
    return []


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


def life_days(claims: Sequence[Claim], sentences: dict[tuple[str, int], Sentence],
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


@lru_cache(maxsize=256)
def _parsed(text: str) -> Doc:
    """One parse of a claim's sentence, shared by the age and the life checks."""
    from checker.models import load_spacy

    return load_spacy()(text)


def _lemmas(text: str) -> frozenset[str]:
    return frozenset(t.lemma_.lower() for t in _parsed(text))


# --- deeds outside a life -----------------------------------------------------------

#: Verbs of what a person does in person, which a life's dates bound.
_DEEDS = frozenset({"develop", "invent", "write", "compose", "paint", "found", "start", "begin", "marry",
                    "discover", "design", "build", "direct", "perform", "record", "play", "coach", "win"})


def _outside_life(result: EventResult, sentences: dict[tuple[str, int], Sentence],
                  evidence: str, claim: str) -> list[Implied]:
    """A deed the claim dates for a person of the evidence ("Johan Gustav
    developed Kjeldahl method in 1901", "David Scott probably started his acting
    career before January 4,1963") wholly after the death, or before the birth,
    that the evidence dates ("(16 August 1849 – 18 July 1900)", "born January 4,
    1963"). The deed's doer must be a name the evidence gives its subject."""
    claims = result.claims
    birth, death = life_days(claims, sentences, evidence)
    if birth is None:
        return []
    subject = _name_words(sentences[(evidence, claims[birth].sentence)].text)
    out = []
    for c in claims:
        if c.report != claim or c.date is None or c.predicate not in _DEEDS or c.frame.negated \
                or c.frame.modality != "actual" or c.date.earliest is None or c.date.latest is None \
                or not c.date.resolved or c.date.deadline:
            continue
        doer = _doer(sentences[(c.report, c.sentence)].text, c.predicate)
        if not doer or not doer & subject:
            continue
        if c.date.latest < _days(claims[birth])[0]:
            out.append(Implied(birth, c.sentence, f"{c.predicate} {c.date.surface} before birth"))
        elif death is not None and c.date.earliest > _days(claims[death])[1]:
            out.append(Implied(death, c.sentence, f"{c.predicate} {c.date.surface} after death"))
    return out


def _name_words(text: str) -> frozenset[str]:
    """The capitalised words of the evidence's sentence that names its subject."""
    return frozenset(w for w in re.findall(r"\b[A-Z][a-z]+\b", text) if w.lower() not in _NOT_NAMES)


_NOT_NAMES = frozenset({"the", "a", "an", "he", "she", "it", "they", "his", "her", "in", "on", "born"})


def _doer(text: str, verb: str) -> frozenset[str]:
    """The capitalised words of the active subject of ``verb`` in ``text``."""
    for tok in _parsed(text):
        if tok.lemma_.lower() == verb and tok.pos_ in ("VERB", "AUX"):
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None:
                return frozenset()
            return frozenset(t.text for t in subj.subtree if t.text[:1].isupper() and t.lower_ not in _NOT_NAMES)
    return frozenset()


# --- ordinals -------------------------------------------------------------------------

#: "its 39th season", "the 26th consecutive year", "Wisconsin's 8th congressional
#: district"; not a named edition ("the 71st Academy Awards" is not 71 awards).
_ORDINAL = re.compile(r"\b(\d{1,4})(?:st|nd|rd|th)\s+((?:[a-z-]+\s+){0,2}[a-z]+)")
_IN_A_ROW = frozenset({"consecutive", "straight", "successive"})


def _ordinals(result: EventResult, evidence: str, claim: str) -> list[Implied]:
    """A count the claim gives of a thing the evidence numbers: the 39th season
    means at least 39 seasons ("has less than 30 seasons"), and the 26th
    consecutive year exactly 26 in a row ("over 26 consecutive years")."""
    nth = [(int(m.group(1)), m.group(2).lower().split()) for s in result.sentences if s.report == evidence
           for m in _ORDINAL.finditer(s.text)]
    out = []
    for c in result.claims:
        q = c.quantity
        if c.report != claim or q is None or not q.counted or q.unit or c.frame.negated \
                or c.frame.modality != "actual":
            continue
        _, low, high = canonical(q)
        strict_low = q.hedge.lower() in ("over", "more than", "above")
        for n, words in nth:
            if plural_stem(q.counted) not in {plural_stem(w) for w in words}:
                continue
            in_a_row = bool(_IN_A_ROW & set(words))
            in_a_row_claim = in_a_row and q.hedge.lower() not in ("at least", "nearly", "almost")
            if high < n or in_a_row_claim and (low > n or strict_low and low == n):
                out.append(Implied(None, c.sentence, f"{q.surface} against the {n}th"))
    return out


#: What a rank is a place in: "the 97th overall pick", "4th on the table". Not
#: the members of a series ("the 4th edition", "the 25th season"), of which a
#: text may name any.
_RANKS = frozenset({"pick", "place", "table", "position", "seed", "rank", "spot", "finish"})


def _ordinal_against_ordinal(result: EventResult, evidence: str, claim: str) -> list[Implied]:
    """The one rank the claim gives ("as the 96th pick", "was 10th on the
    table") against the one rank of that kind the evidence gives ("with the
    97th overall pick", "finished ... 4th on the table")."""
    def nths(report: str) -> list[tuple[int, int, str]]:
        return [(s.index, int(m.group(1)), rank) for s in result.sentences if s.report == report
                for m in _ORDINAL.finditer(s.text)
                for rank in [next((w for w in m.group(2).lower().split() if w in _RANKS), "")] if rank]

    theirs, ours = nths(evidence), nths(claim)
    out = []
    for index, n, noun in ours:
        same = [m for _, m, other in theirs if plural_stem(other) == plural_stem(noun)]
        if len(same) == 1 and same[0] != n and sum(1 for _, _, o in ours if plural_stem(o) == plural_stem(noun)) == 1:
            out.append(Implied(None, index, f"the {n}th {noun} against the {same[0]}th"))
    return out


def plural_stem(word: str) -> str:
    """A noun without a plural "s", as counted nouns and verbs are compared ("reviews" / "review")."""
    return word[:-1] if word.endswith("s") else word


# --- days without a year ------------------------------------------------------------

#: A day of the year far from the year's ends, about which a yearless day is placed.
_MIDYEAR = (7, 1)


def _yearless(claims: Sequence[Claim], sentences: dict[tuple[str, int], Sentence],
              evidence: str, claim: str) -> list[Implied]:
    """A day the claim gives without a year ("developed fever and fatigue
    after January 20") against the one day the evidence gives for the same
    verb ("had developed fever and fatigue on 16 January"), read in the
    evidence's year, or in any one year when it gives none either."""
    from checker.dates import anchor_yearless

    def placed(c: Claim, year: int) -> tuple[dt.date, dt.date] | None:
        assert c.date is not None
        if c.date.resolved:
            return _days(c) if c.date.earliest is not None and c.date.latest is not None else None
        sent = sentences[(c.report, c.sentence)]
        ref = anchor_yearless(c.date, sent.text[:max(0, c.date.start - sent.start)], dt.date(year, *_MIDYEAR))
        return (ref.earliest, ref.latest) if ref.resolved and ref.earliest and ref.latest else None

    out = []
    for c in claims:
        if c.report != claim or c.kind != "date" or c.date is None or c.date.resolved or c.date.granularity != "day" \
                or not c.predicate or c.date.deadline or c.frame.negated or c.frame.modality != "actual":
            continue
        same = [(i, e) for i, e in enumerate(claims) if e.report == evidence and e.kind == "date" and e.date is not None
                and e.predicate == c.predicate and e.date.granularity == "day" and not e.date.deadline
                and not e.frame.negated]
        if len(same) != 1:
            continue
        x, e = same[0]
        assert e.date is not None
        year = e.date.earliest.year if e.date.resolved and e.date.earliest is not None \
            and dt.date.min < e.date.earliest else 2001
        theirs, ours = placed(e, year), placed(c, year)
        if theirs is None or ours is None:
            continue
        if ours[1] < theirs[0] or ours[0] > theirs[1]:
            out.append(Implied(x, c.sentence, f"{c.date.surface} against {e.date.surface}"))
    return out
