"""Find date and time expressions in a sentence and resolve them to day intervals.

Resolution rules (fixtures/extraction/dates.jsonl follows them):

* Everything relative is resolved against the report's publication date;
  without one, relative expressions (and day-month dates with no year) get
  ``resolved=False`` and no interval.
* Weekdays ("on Tuesday"): news convention, the most recent such day on or
  before publication. When the clause looks ahead ("will", "is expected to",
  "is due to", a present-tense schedule such as "polls close", or a deadline
  such as "until Friday") it is the first such day after publication.
  "last Tuesday" is the most recent strictly before, "next Tuesday" the
  first strictly after, "this Tuesday" the one in the publication's week
  (weeks run Monday to Sunday).
* Months and day-months without a year ("in March", "Nov. 5"): the next
  occurrence in a forward-looking clause, the most recent one in a past
  clause, else the occurrence nearest to publication. A past clause's
  day-month up to two months after publication keeps the coming date when
  the last one is over half a year back, so a month slip ("Dec. 5" for
  "Nov. 5") shows as one month, not eleven; a bare month in a past clause
  is always the last one. A sentence that opens with one calendar year
  ("Last year, ... on 14 November", "In 2024 ...") or gives it right after
  the day ("on 14 November last year") puts its yearless dates in that year. A named weekday ("Wednesday, Nov. 6")
  picks the year in which it falls on that weekday.
* "last/this/next week|month|year" are whole calendar periods; "earlier
  this month" runs from the period's start to publication, "later this
  year" from publication to the period's end. "N days ago" is a day, "N
  weeks ago" the calendar week holding that day. "the past N days" runs from
  N days before publication to publication. "early/mid/late March" are days
  1-10, 11-20, 21-end; "early/mid/late 2026" are Jan-Apr, May-Aug, Sep-Dec.
  "the end of the month" is days 21-end, "the end of the year" December;
  in a past clause, a part still ahead of publication is the last period's.
  Seasons are meteorological (summer = June-August).
* "by/until/till December" sets ``deadline``; the interval is still December.
* Clock times ("14:05 local time", "8 p.m. EST") have granularity "time",
  ``time`` "HH:MM" and ``tz``; they take their day from the only day-level
  date in the same sentence, else they are unresolved.
* Cheap rules handle the forms above; dateparser (with RELATIVE_BASE) is
  only asked about spaCy DATE entities the rules did not cover.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

from checker import lexicon as lx
from checker.speakers import TITLE_WORDS
from checker.models import doc_text
from checker.records import DateRef

Interval = tuple[dt.date, dt.date]
_D = dt.timedelta

# Live pages head their days in capitals ("SATURDAY 20 MARCH"): full names count in capitals too.
_MONTH = (r"(?P<mon>(?:January|February|March|April|May|June|July|August|September|"
          r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JANUARY|FEBRUARY|MARCH|"
          r"APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\.?)")
_MONTH2 = _MONTH.replace("?P<mon>", "?P<mon2>")
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DAY2 = _DAY.replace("?P<day>", "?P<day2>")
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_WEEKDAY = (r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY"
            r"|FRIDAY|SATURDAY|SUNDAY)")
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_NUMW = r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)"
_UNIT = r"(?P<unit>hour|day|week|month|year)s?"
_ZONE_NAMES = "|".join(r"\s+".join(n.split()) for n in sorted(
    [*lx.ZONE_NAMES, *(f"{p} time" for p in lx.PLACE_ZONES)], key=len, reverse=True))
_TZ = rf"(?:\s+(?P<tz>local\s+time|(?i:{_ZONE_NAMES})\b|[A-Z]{{2,4}}\b))?"
_NOT_NUM_AFTER = r"(?![\d,]\d|\d)"
_OPT_YEAR = rf"(?:(?:\s*,\s*|\s+){_YEAR})?"  # "May 23, 2019", tokenised "May 23 , 2019", unspaced "May 23,2019"
_TO = r"\s*(?:-|–|to|and|or|through|until|till)\s*"  # "20 or 21 October": one of the two days; "February 9 through 12"
_ORDINALS = "|".join(sorted(lx.ORDINAL_DAYS, key=len, reverse=True))
_FULL_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_POSITION = r"early|mid-|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of"
_HOLIDAY_NAMES = (r"Christmas\s+Day|Christmas\s+Eve|Christmas|New\s+Year's\s+Day|New\s+Year's\s+Eve"
                  r"|Halloween|Boxing\s+Day")
_AMPM = r"(?P<ap>[ap])\.?\s?m\b\.?"

#: "the first month" to "the twelfth month".
_MONTH_ORDINALS = tuple(w for w, n in sorted(lx.ORDINAL_DAYS.items(), key=lambda x: x[1]) if n <= 12)
_RULES: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(rx)) for name, rx in [
    ("iso", rf"(?<![\d-]){_YEAR}-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?![\d-])"),
    ("us", r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<year>\d{4})(?![\d/])"),
    ("eu", r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<year>\d{4})(?![\d.])"),
    # "between 2 February and 6 March": one span across two months.
    ("day_month_range", rf"(?i:between|from)\s+{_DAY}\s+(?:of\s+)?{_MONTH}\s*(?i:and|to|until|till|-|–)\s*"
                        rf"{_DAY2}\s+(?:of\s+)?{_MONTH2}{_OPT_YEAR}{_NOT_NUM_AFTER}"),
    ("day_range", rf"(?i:between\s+)?\b{_DAY}{_TO}{_DAY2}\s+(?:of\s+)?{_MONTH}{_OPT_YEAR}{_NOT_NUM_AFTER}"),
    ("range_day", rf"(?i:between\s+)?\b{_MONTH}\s+{_DAY}{_TO}(?:{_MONTH2}\s+)?{_DAY2}{_OPT_YEAR}{_NOT_NUM_AFTER}"),
    ("month_day", rf"(?:{_WEEKDAY},?\s+)?\b{_MONTH}\s+{_DAY}{_OPT_YEAR}{_NOT_NUM_AFTER}"),
    ("day_month", rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?\b{_DAY}\s+(?:of\s+)?{_MONTH}{_OPT_YEAR}\b"),
    ("day_word", rf"(?i:the\s+)(?P<dw>{_ORDINALS})\s+of\s+{_MONTH}{_OPT_YEAR}\b"),
    ("month_year", rf"(?:(?P<pos>early|mid-?|late)\s*)?\b{_MONTH}(?:\s+of)?\s+{_YEAR}\b"),
    # "in the first month of 1966": a month by its place in the year.
    ("ordinal_month", rf"(?i:the\s+(?P<mo>{'|'.join(_MONTH_ORDINALS)})\s+month\s+of\s+){_YEAR}\b"),
    # "the year after 2006", "the year prior to 2004": the year next to one named.
    ("next_year", rf"(?i:the\s+year\s+(?P<dir>after|following|before|preceding|prior\s+to)\s+){_YEAR}\b"),
    ("month", rf"(?:(?P<pos>{_POSITION})\s*)?\b(?P<mon>{_FULL_MONTHS})\b(?!\s+\d)"),
    ("year_range", r"(?i:between|from)\s+(?P<year>1[89]\d\d|20\d\d)\s*(?:and|to|-|–)\s*(?P<year2>1[89]\d\d|20\d\d)\b"),
    # "the dzud of 2023-24", "the 2009/10 season": a winter, season or fiscal
    # year across two calendar years (only consecutive ones: "2023-45" is no date).
    ("year_pair", r"(?<![\w.,$£€/-])(?P<year>1[89]\d\d|20\d\d)[-–/](?P<yy>\d\d)(?![\w%/-]|[.,]\d)"),
    # "between January 2021 and December 2024": one span of months.
    ("month_year_range", rf"(?i:between|from)\s+{_MONTH}\s+{_YEAR}\s*(?i:and|to|until|till|-|–)\s*{_MONTH2}\s+"
                         r"(?P<year2>1[89]\d\d|20\d\d)\b"),
    # "between January and November", "January–November 2025", "Jan-Nov": one
    # span of months (a tally over it is not the opening month's). Bare "and"
    # or "to" must follow "between" or "from": "in January and November" may
    # name two months.
    ("month_range", rf"(?i:between|from|over|during)\s+{_MONTH}\s*(?i:and|to|until|till|through|-|–)\s*{_MONTH2}"
                    rf"(?!\s+\d{{1,2}}\b){_OPT_YEAR}\b"),
    ("month_span", rf"\b{_MONTH}\s*(?:-|–|through)\s*{_MONTH2}(?!\s+\d{{1,2}}\b){_OPT_YEAR}\b"),
    ("decade", r"(?:the\s+)?(?P<pos>early\s+|mid-|late\s+)?\b(?P<year>1[89]\d0|20\d0)'?s\b"),
    ("part_year", rf"(?i:(?P<pos>early|mid|late|the\s+end\s+of|the\s+start\s+of))[\s-]*{_YEAR}\b"),
    ("quarter", rf"(?i:(?:the\s+)?(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter"
                rf"|\b(?P<qq>Q[1-4]))(?:\s+(?:of\s+)?{_YEAR})?\b"),
    ("half", rf"(?i:(?:the\s+)?(?P<hw>first|second|1st|2nd)\s+half|\b(?P<hh>H[12]))(?:\s+(?:of\s+)?{_YEAR})?\b"),
    ("season", rf"(?i:(?P<rel>last|this|next|the)\s+)?(?P<season>spring|summer|autumn|fall|winter)"
               rf"(?:\s+of)?(?:\s+{_YEAR})?\b"),
    ("year", r"(?<![\w.,$£€/-])(?P<year>1[89]\d\d|20\d\d)(?![\w%/-]|[.,]\d)"),
    # "the night from Tuesday to Wednesday", "between Monday and Thursday": one span.
    ("weekday_range", rf"(?i:from|between)\s+{_WEEKDAY}{_PART}\s*(?i:to|and|until|till|-|–)\s*"
                      rf"{_WEEKDAY.replace('?P<wd>', '?P<wd2>')}{_PART}"),
    # "launched a week ago on Monday": that weekday of the week before.
    ("week_ago_day", rf"(?i:\b(?:a|one)\s+week\s+ago\s+(?:on\s+|last\s+)?){_WEEKDAY}\b"),
    ("weekday", rf"(?i:(?P<rel>last|next|this|coming|every|each)\s+)?\b{_WEEKDAY}(?:'s|(?![a-z])){_PART}"
                r"(?P<bl>\s+before\s+last)?(?P<lw>\s+(?:of\s+)?last\s+week)?"),
    ("relday", r"(?i)\b(?:(?P<w>today|tonight|yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?"
               r"|(?P<lastnight>last\s+night)|this\s+(?P<part>morning|afternoon|evening))\b"),
    ("period", r"(?i)\b(?:(?P<side>earlier|later)\s+)?(?P<rel>this|last|next)\s+(?P<unit>week|month|year|weekend)\b"),
    ("past_n", rf"(?i)\b(?:the\s+)?(?:past|last|previous)\s+(?:{_NUMW}\s+)?{_UNIT}\b"),
    ("ago", rf"(?i)\b{_NUMW}\s+{_UNIT}\s+ago\b"),
    ("in_n", rf"(?i)\bin\s+{_NUMW}\s+{_UNIT}(?:'?\s+time)?\b"),
    ("weekend", r"(?i)\bthe\s+weekend\b"),
    ("end_of", r"(?i)\bthe\s+(?P<pos>end|start|beginning|middle)\s+of\s+(?:the\s+|this\s+)?"
               r"(?P<unit>week|month|year)\b"),
    ("holiday", rf"\b(?P<h>{_HOLIDAY_NAMES})\b"),
    ("clock", rf"(?<![\d:.])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?:\s*{_AMPM})?{_TZ}"),
    ("ampm", rf"(?<![\d.:])(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<mi>[0-5]\d))?\s*{_AMPM}{_TZ}"),
    ("military", r"(?<![\d:])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?P<tz>GMT|UTC|Z|hrs|local\s+time)\b"),
    ("noon", r"(?i)\b(?P<w>noon|midday|midnight)\b"),
]]
_MONTH_PREPS = frozenset({
    "in", "by", "until", "till", "since", "from", "last", "next", "this", "of",
    "before", "after", "during", "through", "throughout", "early", "late", "mid",
    "to", "and", "or", "between", "end", "start", "beginning",
})
_DEADLINE_BEFORE = re.compile(r"(?i)\b(?:by|until|till|til|through|thru|no\s+later\s+than|not\s+later\s+than)\s+$")
#: "from July" as the start of what an offer gives, not "from July to September".
_EFFECTIVE_FROM = re.compile(r"\bfrom\s+(?:the\s+(?:start|beginning)\s+of\s+)?$", re.IGNORECASE)
_AHEAD_FOR = re.compile(r"\b(?:forward\s+for|(?:delay|postponement|deferral)\s+(?:to|until))\s+"
                        r"(?:[A-Z][a-z]+\s+(?:and|or)\s+)?$", re.IGNORECASE)
_FROM_TO = re.compile(r"\s*(?:to|until|till|through|and|-|–)\b", re.IGNORECASE)
_OFFER_VERBS = frozenset({"offer", "propose", "table", "agree", "promise", "pledge", "demand", "seek", "approve"})
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
_WHEN_FOLLOWS = re.compile(r"\s*,\s*when\s", re.IGNORECASE)
_BOUND_BEFORE = re.compile(r"(?i)\b(after|before)\s+$")
#: "By the end of the final round on Monday 21 September, 4,120 had been
#: carried out": the day ends the span the figure covers, as "by Monday" does.
_DEADLINE_END_OF = re.compile(r"(?i)\bby\s+the\s+(?:end|close)\s+of\s+(?:[\w'’-]+\s+){1,4}?on\s+$")
_UP_TO = re.compile(r"(?i)\b(?:before|until|till|by)\s+$")
_DAY_OF_TIME = re.compile(r"[\s,]*(?:\([a-z ]+\)\s*)?(?:on\s+)?")
_NOT_UNTIL = re.compile(r"(?i)\b(?:not|n't|never)\b[^.;]*\b(?:until|till)\s+$")
_TZ_NAMES = frozenset(z.upper() for z in lx.TIME_ZONES if " " not in z) | {"Z"}
_WORD_NUMS = {**lx.UNITS, **lx.TENS, "a": 1, "an": 1}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_HOLIDAYS = {"christmas day": (12, 25), "christmas": (12, 25), "christmas eve": (12, 24),
             "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
             "boxing day": (12, 26)}


def _month_days(y: int, m: int) -> Interval:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def _week(d: dt.date) -> Interval:
    monday = d - _D(days=d.weekday())
    return monday, monday + _D(days=6)


def _shift_months(d: dt.date, n: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 + n
    return k // 12, k % 12 + 1


def _month_num(name: str) -> int:
    return lx.MONTHS[name.rstrip(".").lower()]


#: A past-tense date this close after publication is a slip or a time-zone
#: edge, not a date from almost a year before: "Dec. 5" in a past clause of a
#: 4 November report is read as the coming December, so the month slip shows.
_SLIP_DAYS = 62
_HALF_YEAR = 183


def _pick_year(make: Callable[[int], Interval], pub: dt.date, orient: str,
               weekday: int | None = None, slip: bool = True) -> Interval:
    """Choose the year of a yearless date: forward, backward or nearest to
    publication. ``slip`` keeps a past clause's coming day when it is near
    (see the module's docstring); a bare month is never a slip of a day
    ("Izumi lost 61,000 hens in January", in November, is last January)."""
    options = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            options.append(make(y))
        except ValueError:  # 29 February
            continue
    if weekday is not None:  # "Wednesday, Nov. 6" names its own year
        fitting = [o for o in options if o[0].weekday() == weekday]
        options = fitting or options

    def distance(o: Interval) -> int:
        return 0 if o[0] <= pub <= o[1] else min(abs((o[0] - pub).days), abs((o[1] - pub).days))
    before = [o for o in options if o[0] <= pub]
    after = [o for o in options if o[1] >= pub]
    if orient == "future" and after:
        return after[0]
    if orient == "past" and before:
        if slip and after and distance(after[0]) <= _SLIP_DAYS and distance(before[-1]) > _HALF_YEAR:
            return after[0]
        return before[-1]
    return min(options, key=distance)


def _part(pos: str, lo: dt.date, hi: dt.date, unit: str) -> Interval:
    """Narrow a month or year to its early, middle or late part, or its end."""
    words = re.sub(r"[\s-]+", " ", pos.lower()).split()
    # "the end of", "mid-", "early": the position word is the one that matters.
    key = next((w for w in words if w in ("early", "start", "beginning", "mid", "middle", "late", "end")), "middle")
    if unit == "month":
        last = hi.day
        return {"early": (lo, lo.replace(day=10)), "start": (lo, lo.replace(day=10)),
                "beginning": (lo, lo.replace(day=10)), "mid": (lo.replace(day=11), lo.replace(day=20)),
                "middle": (lo.replace(day=11), lo.replace(day=20)), "late": (lo.replace(day=21), hi),
                "end": (lo.replace(day=21), hi.replace(day=last))}[key]
    y = lo.year
    return {"early": (dt.date(y, 1, 1), dt.date(y, 4, 30)), "start": (dt.date(y, 1, 1), dt.date(y, 1, 31)),
            "beginning": (dt.date(y, 1, 1), dt.date(y, 1, 31)), "mid": (dt.date(y, 5, 1), dt.date(y, 8, 31)),
            "middle": (dt.date(y, 5, 1), dt.date(y, 8, 31)), "late": (dt.date(y, 9, 1), dt.date(y, 12, 31)),
            "end": (dt.date(y, 12, 1), dt.date(y, 12, 31))}[key]


# --- which way the clause looks ----------------------------------------------------


def verb_above(tok: Token) -> Token | None:
    """The nearest verb (or copula) above a token: shared with the quantity extractor."""
    t = tok
    for _ in range(12):  # news parses are shallow; the bound only stops cycles
        if t.pos_ in ("VERB", "AUX") and t is not tok and not _aged(t) and not according(t):
            return t
        if t.head.i == t.i:
            return t if t.pos_ in ("VERB", "AUX") else None
        t = t.head
    return None


def _aged(t: Token) -> bool:
    """"children aged 10 to 14": a participle that only gives an age, never the clause's verb."""
    return t.lower_ == "aged" and t.dep_ in ("acl", "amod")


def according(token: Token) -> bool:
    """The "according" of "According to the operator, Boreal Line
    Expeditions, 134 passengers and 64 crew members were on board", which
    the parser may make the head of the figures after its source (as
    conjuncts of the source's name): a figure's act is the clause's verb,
    never the sourcing phrase."""
    return token.lower_ == "according" and token.dep_ == "prep" and token.head.i != token.i


def closes_relative_clause(span: Span) -> Token | None:
    """The verb of a relative clause a date set off by commas closes ("the
    driver, who was arrested in Sagamu, Ogun State, on Thursday, would be
    arraigned ... on Monday"), which the parser may hang on the main verb
    after it; None when the date is not so placed."""
    doc = span.doc
    left = set_off_start(span)
    if left < 2 or doc[left - 1].text != "," or span.end >= len(doc) or doc[span.end].text != ",":
        return None
    before = doc[left - 2]
    relative = next((t for t in [before, *before.ancestors] if t.dep_ == "relcl"), None)
    if relative is None or relative.pos_ != "VERB" or relative.i > left \
            or max(t.i for t in relative.subtree) < left - 2:
        return None
    main = relative.head.head  # the clause the relative's noun is an argument of
    return relative if main.i > span.end and main.pos_ in ("VERB", "AUX") else None


def set_off_start(span: Span) -> int:
    """Where the words before a date ("late on") begin: after the comma at most three words back."""
    left = span.start
    while left > 0 and span.start - left < 3 and span.doc[left - 1].text != ",":
        left -= 1
    return left


def orientation(verb: Token | None, depth: int = 0) -> str:
    """"future", "past" or "neutral": which way a clause's verb looks from publication."""
    if verb is None or depth > 3:
        return "neutral"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & {"will", "shall", "'ll", "wo", "would"} or verb.lower_ in ("will", "shall"):
        return "future"
    if verb.lemma_.lower() in lx.EXPECT_VERBS and verb.tag_ in ("VBN", "VBZ", "VBP", "VBG") \
            and not (verb.lemma_.lower() == "go" and not any(c.dep_ == "xcomp" for c in verb.children)):
        # "going to reopen on Friday" looks ahead; "had gone into the cave on
        # July 15" is a going, in the past.
        return "future"
    if any(c.dep_ == "acomp" and c.lower_ in lx.EXPECT_ADJECTIVES for c in verb.children):
        return "future"
    if "to" in words and verb.head.i != verb.i:
        head = verb.head
        if head.lemma_.lower() in lx.EXPECT_VERBS or head.lower_ in lx.EXPECT_ADJECTIVES:
            # "had planned to fly to Paris on Wednesday": a plan of the past, for a day before now.
            # "KMEC had earlier said it expected every area back by midnight on Tuesday", likewise.
            above = verb_above(head) if head.dep_ in ("ccomp", "xcomp") else None
            had = [v for v in (head, above) if v is not None and any(c.dep_ == "aux" and c.lower_ == "had"
                                                                     for c in v.children)]
            return "past" if had else "future"
        return orientation(verb_above(verb) or head, depth + 1)
    if words & {"could", "may", "might", "should", "must", "can", "ca"}:
        # "The operator had told passengers on Sunday that the line could
        # reopen on Monday evening": a prospect of the past.
        teller = verb_above(verb) if verb.dep_ in ("ccomp", "xcomp") else None
        told = teller is not None and any(c.dep_ == "aux" and c.lower_ == "had" for c in teller.children)
        return "past" if told else "future"
    if verb.dep_ == "conj" and not auxes and verb.head.i != verb.i and verb.tag_ != "VBD":
        # "will start ... and stall by October"; a verb in the past tense
        # ("is investigating, and hundreds attended a rally on Saturday") keeps its own.
        return orientation(verb.head, depth + 1)
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes) or words & {"has", "have", "'ve", "'s"} \
            and verb.tag_ == "VBN":
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "past" if verb.lemma_.lower() in lx.FRAME_BOUNDARY_VERBS | lx.LOOKING_BACK_VERBS else "future"
    if verb.tag_ == "VBN" and not auxes and verb.dep_ == "acl" and verb.head.i == verb.i - 1 \
            and (verb.head.ent_type_ in ("PERSON", "ORG", "NORP") or verb.head.lemma_.lower() in TITLE_WORDS):
        # "the emergency decree the governor signed on Tuesday": a relative
        # clause in the past whose subject the parser took for the noun a
        # participle describes.
        return "past"
    if verb.tag_ == "VBN" and not auxes:
        # "hopes to declare the fire contained on Wednesday": a state given
        # to an object (a small clause, or a participle on the object) looks
        # the way the verb that gives it does.
        giver = verb.head if verb.dep_ in ("ccomp", "xcomp", "oprd") else \
            verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else None
        # A giver that looks ahead only by its present tense ("customs data
        # show 3.42 million t of coal crossed in September") reports a past
        # deed; the participle's own past stands.
        if giver is not None and giver.i != verb.i and giver.pos_ == "VERB" \
                and orientation(giver, depth + 1) == "future" and not _told_in_present(giver):
            return "future"
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl"):
        return "past"
    if verb.tag_ == "VBG" and not auxes and not (verb.dep_ == "pcomp" and verb.head.lower_ in _BEFORE_THE_VERB):
        # "With three aircraft flying on Saturday, the airline plans to ...";
        # "plans to operate 30 flights, before returning to its full timetable
        # on Monday": a gerund has no tense of its own and looks ahead when
        # the clause that governs it does (not "after cancelling 38 flights
        # on Tuesday, the airline will ...", which looks back from there).
        above = verb_above(verb)
        if above is not None and above.i != verb.i and orientation(above, depth + 1) == "future":
            return "future"
    return "neutral"


#: Prepositions whose gerund tells what came before the governing act.
_BEFORE_THE_VERB = frozenset({"after", "since", "following", "upon", "on"})


def _told_in_present(verb: Token | None) -> bool:
    """A verb whose clause looks ahead only by its present tense ("closes",
    "is admitted"), with no "will", modal, verb of expecting or "to" before it."""
    if verb is None:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("MD", "TO") or a.lower_ in ("to", "going") for a in auxes) or verb.lower_ in ("will", "shall"):
        return False
    if verb.lemma_.lower() in lx.EXPECT_VERBS or any(c.dep_ == "acomp" and c.lower_ in lx.EXPECT_ADJECTIVES
                                                     for c in verb.children):
        return False
    return verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes)


_YEARLESS_DAYS = frozenset({"day_month_range", "day_range", "range_day", "month_day", "day_month", "day_word"})


# --- resolution --------------------------------------------------------------------


class _Ctx:
    """Per-match context: publication date and the clause's orientation."""

    def __init__(self, pub: dt.date | None, orient: str, deadline: bool, year: int | None = None) -> None:
        self.pub = pub
        self.orient = "future" if deadline and orient != "past" else orient
        self.deadline = deadline
        #: The year the text last gave with a month, for a yearless date in an undated report.
        self.year = year


_Resolved = tuple[str, Interval | None] | None  # (granularity, interval); None: not a date


def _resolve(name: str, m: re.Match[str], c: _Ctx) -> _Resolved:
    """Granularity and interval of one rule match; None when it is not a date."""
    g = m.groupdict()
    pub = c.pub
    year = int(g["year"]) if g.get("year") else None
    if name in ("iso", "us", "eu"):
        try:
            d = dt.date(int(g["year"]), int(g["m"]), int(g["d"]))
        except ValueError:
            return None
        return "day", (d, d)
    if name in ("day_month_range", "day_range", "range_day", "month_day", "day_month", "day_word"):
        mon = _month_num(g["mon"])
        mon2 = _month_num(g["mon2"]) if g.get("mon2") else mon
        d1 = lx.ORDINAL_DAYS[g["dw"].lower()] if g.get("dw") else int(g["day"])
        d2 = int(g.get("day2") or d1)
        weekday = lx.WEEKDAYS[g["wd"].lower()] if g.get("wd") else None

        def make(y: int) -> Interval:
            return dt.date(y, mon, d1), dt.date(y, mon2, d2)
        try:
            make(2024)  # a leap year: rejects "31 June", keeps "29 February"
            if year or pub is None and c.year:
                span = make(year or c.year)  # type: ignore[arg-type]
            elif pub is None:
                return "day", None
            else:
                span = _pick_year(make, pub, c.orient, weekday)
        except ValueError:
            return None
        return ("day", span) if span[0] <= span[1] else None
    if name in ("month_year", "month"):
        month = _one_month(_month_num(g["mon"]), year, c)
        if month is None:
            return "month", None
        return "month", _part(g["pos"], month[0], month[1], "month") if g.get("pos") else month
    if name == "ordinal_month":
        return "month", _month_days(int(g["year"]), lx.ORDINAL_DAYS[g["mo"].lower()])
    if name == "next_year":
        y = int(g["year"]) + (1 if g["dir"].lower() in ("after", "following") else -1)
        return "year", (dt.date(y, 1, 1), dt.date(y, 12, 31))
    if name == "decade":
        y = int(g["year"])
        return "year", (dt.date(y, 1, 1), dt.date(y + 9, 12, 31))
    if name == "part_year":
        return "year", _part(g["pos"], dt.date(year or 1, 1, 1), dt.date(year or 1, 12, 31), "year")
    if name == "year_range":
        return "year", (dt.date(int(g["year"]), 1, 1), dt.date(int(g["year2"]), 12, 31))
    if name == "year_pair":
        second = int(g["year"]) // 100 * 100 + int(g["yy"])
        if second != int(g["year"]) + 1:
            return None
        return "year", (dt.date(int(g["year"]), 1, 1), dt.date(second, 12, 31))
    if name == "month_year_range":
        opening = _month_days(int(g["year"]), _month_num(g["mon"]))
        closing = _month_days(int(g["year2"]), _month_num(g["mon2"]))
        return ("month", (opening[0], closing[1])) if opening[0] <= closing[1] else None
    if name in ("month_range", "month_span"):
        opens, closes = _month_num(g["mon"]), _month_num(g["mon2"])
        final = _one_month(closes, year, c)
        if final is None:
            return "month", None
        # "November–February" runs over the new year.
        return "month", (_month_days(final[0].year - (opens > closes), opens)[0], final[1])
    if name in ("quarter", "half"):
        return _quarter_or_half(name, g, year, c)
    if name == "season":
        return _season(g, year, c)
    if name == "year":
        return "year", (dt.date(year or 1, 1, 1), dt.date(year or 1, 12, 31))
    if pub is None:
        return _relative_granularity(name, g), None
    if name == "weekday" and (g.get("rel") or "").lower() in ("every", "each"):
        return None  # recurring, not one day
    if name == "weekday":
        if g.get("bl"):
            # "the Sunday before last": the one before last Sunday.
            before_last = _weekday(lx.WEEKDAYS[g["wd"].lower()], "past", pub, c.orient) - _D(days=7)
            return "day", (before_last, before_last)
        if g.get("lw"):
            # "on Monday last week": that day of the calendar week before the report's.
            that_day = pub - _D(days=pub.weekday() + 7 - lx.WEEKDAYS[g["wd"].lower()])
            return "day", (that_day, that_day)
        return "day", (_weekday(lx.WEEKDAYS[g["wd"].lower()], (g.get("rel") or "").lower(), pub, c.orient),) * 2
    if name == "week_ago_day":
        week_back = _weekday(lx.WEEKDAYS[g["wd"].lower()], "", pub, "past") - _D(days=7)
        return "day", (week_back, week_back)
    if name == "weekday_range":
        first = _weekday(lx.WEEKDAYS[g["wd"].lower()], "", pub, c.orient)
        return "day", (first, first + _D(days=(lx.WEEKDAYS[g["wd2"].lower()] - first.weekday()) % 7))
    if name == "relday":
        w = (g.get("w") or "").lower()
        shift = {"yesterday": -1, "tomorrow": 1}.get(w, -1 if g.get("lastnight") else 0)
        return "day", (pub + _D(days=shift),) * 2
    if name == "period":
        return _period(g, pub)
    if name in ("past_n", "ago", "in_n"):
        return _offset(name, g, pub)
    if name == "weekend":
        sat = pub - _D(days=(pub.weekday() - 5) % 7)
        if c.orient == "future" and sat <= pub - _D(days=1):
            sat += _D(days=7)
        return "day", _weekend(sat)
    if name == "end_of":
        unit = g["unit"].lower()
        if unit == "week":
            week_start, week_end = _week(pub)
            pos = (g["pos"] or "").lower()
            if any(w in pos for w in ("start", "beginning", "early")):
                return "week", (week_start, week_start + _D(days=2))  # "since the start of the week": Monday on
            if any(w in pos for w in ("mid", "middle")):
                return "week", (week_start + _D(days=2), week_start + _D(days=4))
            return "week", (week_start + _D(days=4), week_end)
        if unit == "month":
            lo, hi = _month_days(pub.year, pub.month)
        else:
            lo, hi = dt.date(pub.year, 1, 1), dt.date(pub.year, 12, 31)
        part = _part(g["pos"], lo, hi, unit)
        if c.orient == "past" and part[0] > pub:
            # "It lifted the bank's gold stock to 526.7 tonnes at the end of
            # the month", on 7 March: the end of a month already past, February's.
            last = lo - _D(days=1)
            lo, hi = _month_days(last.year, last.month) if unit == "month" else (
                dt.date(pub.year - 1, 1, 1), dt.date(pub.year - 1, 12, 31))
            part = _part(g["pos"], lo, hi, unit)
        return unit, part
    if name == "holiday":
        mon, day = _HOLIDAYS[re.sub(r"\s+", " ", g["h"].lower())]
        span = _pick_year(lambda y: (dt.date(y, mon, day),) * 2, pub, c.orient)
        return "day", span
    return None


def _one_month(mon: int, year: int | None, c: _Ctx) -> Interval | None:
    """A month's days, in the year given, carried over or nearest publication; None when none is known."""
    if year or c.pub is None and c.year:
        return _month_days(year or c.year, mon)  # type: ignore[arg-type]
    if c.pub is None:
        return None
    return _pick_year(lambda y: _month_days(y, mon), c.pub, c.orient, slip=False)


def _relative_granularity(name: str, g: dict[str, str | None]) -> str:
    unit = (g.get("unit") or "").lower()
    return "day" if unit in ("", "hour", "day", "weekend") or name in ("weekday", "weekday_range", "week_ago_day") else unit


def _weekday(wd: int, rel: str, pub: dt.date, orient: str) -> dt.date:
    back = pub - _D(days=(pub.weekday() - wd) % 7)  # on or before publication
    if rel == "past":  # the latest before the report's day
        return back if back < pub else back - _D(days=7)
    if rel == "last":
        # "last Monday" in Tuesday's paper is the week before's: yesterday
        # would have been "yesterday" or "on Monday".
        return back if back < pub - _D(days=1) else back - _D(days=7)
    if rel in ("next", "coming"):
        return back + _D(days=7)
    if rel == "this":
        return _week(pub)[0] + _D(days=wd)
    if orient == "future":
        # "will brief the committee on Tuesday" in Tuesday's paper is today.
        return back if back == pub else back + _D(days=7)
    return back


def _weekend(saturday: dt.date) -> Interval:
    """A weekend as news counts it: from Friday evening ("Friday night's
    crash", "two climbers died this weekend") to Sunday."""
    return saturday - _D(days=1), saturday + _D(days=1)


def _period(g: dict[str, str | None], pub: dt.date) -> _Resolved:
    unit, rel, side = (g["unit"] or "").lower(), (g["rel"] or "").lower(), (g.get("side") or "").lower()
    step = {"last": -1, "this": 0, "next": 1}[rel]
    if unit == "weekend":
        sat = _week(pub)[0] + _D(days=5 + 7 * step)
        return "day", _weekend(sat)
    if unit == "week":
        lo, hi = _week(pub + _D(days=7 * step))
    elif unit == "month":
        lo, hi = _month_days(*_shift_months(pub, step))
    else:
        lo, hi = dt.date(pub.year + step, 1, 1), dt.date(pub.year + step, 12, 31)
    if side == "earlier":
        hi = min(hi, pub)
    elif side == "later":
        lo = max(lo, pub)
    return unit, (lo, hi)


def _count(word: str | None) -> int | None:
    if word is None:
        return 1
    w = word.lower()
    return int(w) if w.isdigit() else _WORD_NUMS.get(w)


def _offset(name: str, g: dict[str, str | None], pub: dt.date) -> _Resolved:
    n = _count(g.get("n"))
    unit = (g["unit"] or "").lower()
    if n is None:
        return None
    days = {"hour": n / 24, "day": n, "week": 7 * n, "month": 30 * n, "year": 365 * n}[unit]
    if name == "past_n":
        lo = pub - _D(days=max(1, round(days + 0.49)))
        return ("day" if unit in ("hour", "day") else unit), (lo, pub)
    sign = 1 if name == "in_n" else -1
    target = pub + _D(days=sign * round(days))
    if unit in ("day", "hour"):
        return "day", (target, target)
    if unit == "week":
        return "week", _week(target)
    if unit == "month":
        y, mo = _shift_months(pub, sign * n)
        return "month", _month_days(y, mo)
    return "year", (dt.date(pub.year + sign * n, 1, 1), dt.date(pub.year + sign * n, 12, 31))


_QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                  "final": 4, "last": 4}


def _quarter_or_half(name: str, g: dict[str, str | None], year: int | None, c: _Ctx) -> _Resolved:
    """"the fourth quarter of 2024", "Q4", "the first half of 2025", "H1": three or six months."""
    if name == "quarter":
        short = g.get("qq")
        n = int(short[1]) if short else _QUARTER_WORDS[(g.get("q") or "").lower()]
        first, months = 3 * (n - 1) + 1, 3
    else:
        short = g.get("hh")
        n = int(short[1]) if short else _QUARTER_WORDS[(g.get("hw") or "").lower()]
        first, months = 6 * (n - 1) + 1, 6

    def make(y: int) -> Interval:
        return dt.date(y, first, 1), _month_days(y, first + months - 1)[1]

    if year:
        return "month", make(year)
    if c.pub is None:
        return "month", None
    return "month", _pick_year(make, c.pub, c.orient)


def _season(g: dict[str, str | None], year: int | None, c: _Ctx) -> _Resolved:
    first, last = _SEASONS[(g["season"] or "").lower()]
    rel = (g.get("rel") or "").lower()

    def make(y: int) -> Interval:
        end_year = y + 1 if last < first else y
        return dt.date(y, first, 1), _month_days(end_year, last)[1]
    if year:
        return "month", make(year)
    if rel in ("", "the"):
        return None  # "the fall of Kabul", "for the summer": not dates we can place
    if c.pub is None:
        return "month", None
    pub = c.pub
    options = [make(y) for y in (pub.year - 2, pub.year - 1, pub.year, pub.year + 1)]
    if rel == "last":
        return "month", [o for o in options if o[1] < pub][-1]
    if rel == "next":
        return "month", next(o for o in options if o[0] > pub)
    current = [o for o in options if o[0] <= pub <= o[1]]
    if current:
        return "month", current[0]
    return "month", _pick_year(make, pub, c.orient)


def _clock(name: str, m: re.Match[str]) -> tuple[str, str] | None:
    g = m.groupdict()
    if name == "noon":
        return ("00:00" if g["w"].lower() == "midnight" else "12:00"), ""
    h, mi = int(g["h"]), int(g.get("mi") or 0)
    ap = (g.get("ap") or "").lower()
    if ap == "p" and h < 12:
        h += 12
    elif ap == "a" and h == 12:
        h = 0
    tz = re.sub(r"\s+", " ", g.get("tz") or "")
    if tz.lower() == "local time":
        tz = "local"
    elif tz.lower() in lx.ZONE_NAMES:
        tz = lx.ZONE_NAMES[tz.lower()].upper()
    elif tz.lower().removesuffix(" time") in lx.PLACE_ZONES:
        pass  # "Cairo time", as written: its offset depends on the day (see ``zone_offset``)
    elif tz and tz.upper() not in _TZ_NAMES:
        return (f"{h:02d}:{mi:02d}", "") if name != "military" else None
    return f"{h:02d}:{mi:02d}", tz


_CLOCK_RULES = frozenset({"clock", "ampm", "military", "noon"})


_Match = tuple[int, int, str, "re.Match[str]"]

#: A verb that moves a date, before "from X to Y": the old date and the new,
#: not a span ("Beinn Ruadh has moved from December 2026 to July 2027").
_MOVED_BEFORE = re.compile(r"(?i)\b(?:moved|moving|moves|pushed\s+back|put\s+back|postponed|delayed|slipped|shifted"
                           r"|brought\s+forward|rescheduled|changed|slid)\s*$")


#: A change just before "from July to September" measures it between the two
#: months ("Prices rose 2.8 percent from July to September"), not over a span.
_CHANGED_BEFORE = re.compile(r"(?i)\b(?:rose|risen|rises?|fell|fallen|falls?|increased|decreased|climbed|jumped|dropped"
                             r"|declined|grew|grown|slipped|eased|surged|plunged|soared|slumped|up|down)\b(?:[^.,;]|[.,](?=\d)){0,40}$")


# Cached because a sentence is matched twice: `claims` asks for its live-page
# stamp (stamp_day) before `find_dates` reads its dates.
@lru_cache(maxsize=256)
def _matches(text: str) -> tuple[_Match, ...]:
    """Rule matches, longest first, without overlaps."""
    found = [(m.start(), m.end(), name, m) for name, rx in _RULES for m in rx.finditer(text)
             if not (name.endswith("_range") and _MOVED_BEFORE.search(text, 0, m.start()))
             and not (name == "month_range" and _CHANGED_BEFORE.search(text, 0, m.start()))]
    found.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    taken: list[_Match] = []
    for f in found:
        if all(f[1] <= t[0] or f[0] >= t[1] for t in taken):
            taken.append(f)
    return tuple(sorted(taken, key=lambda x: x[0]))


def first_clock(text: str) -> str:
    """The first clock time a text gives, as "HH:MM" ("6 p.m." -> "18:00"), or ""."""
    for _, _, name, m in _matches(text or ""):
        if name in _CLOCK_RULES and (clock := _clock(name, m)) is not None:
            return clock[0]
    return ""


def _tokens(sent: Span, start: int, end: int) -> list[Token]:
    return [t for t in sent if t.idx < end and t.idx + len(t.text) > start]


def _head(toks: list[Token]) -> Token:
    inside = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in inside or t.head.i == t.i), toks[-1])


def _is_count(tok: Token) -> bool:
    """A bare "2000" modifying a plural noun is a count, not a year."""
    return tok.dep_ == "nummod" and tok.head.tag_ == "NNS" and tok.head.i > tok.i


_DATELINE_BEFORE = re.compile(r"^\s*[A-Z][\w.' -]{1,40},\s*$")
_DATELINE_AFTER = re.compile(r"^\s*(?:\(|[-–—])")
#: A live page's entry stamp after its day: "Thursday 28 May, 19:15 — Nearly
#: 2,900 people have now been treated": when the entry was posted.
#: ... or a stamp on its own: "**Saturday 09:30.**".
_STAMP_ALONE = re.compile(r"^,?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?[\s*._]*$")
_STAMP_AFTER = re.compile(r"^\**,?\s*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?\**\s*[-–—]\s")


_DAY_PARTS = frozenset({"hour", "hours", "morning", "afternoon", "evening", "night"})


def _modifies_noun(tok: Token) -> bool:
    """Whether a date phrase hangs on a noun ("the price on Friday", "Friday's
    closing price") rather than a verb."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        # "in the early hours of Friday": a part of the day, which the verb
        # dates; so is "will reopen in stages from Wednesday", a noun in the
        # verb's own phrase ("the price on Friday" is the subject's).
        noun = head.head
        return noun.pos_ in ("NOUN", "PROPN") and not (head.lower_ == "of" and noun.lemma_.lower() in _DAY_PARTS) \
            and not (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB"
                     and noun.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in noun.children))
    return tok.dep_ in ("npadvmod", "compound", "nmod", "poss") and head.pos_ in ("NOUN", "PROPN")


def _attached_to_person_or_place(tok: Token) -> bool:
    """Whether the noun a date phrase hangs on is someone or somewhere ("before a
    judge on Wednesday", "in Hermosillo on Wednesday"), which a day cannot
    date, rather than a value or a thing ("the price on Friday")."""
    noun = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    return noun.ent_type_ in ("PERSON", "GPE", "LOC", "FAC", "ORG") or noun.lemma_.lower() in _WHO_NOUNS


def _scheduled(tok: Token) -> bool:
    """Whether the noun a date phrase hangs on is a scheduled happening ("will
    present a plan at its regular meeting on Wednesday"): the day is the
    happening's, ahead as the verb that plans it is."""
    noun = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    return noun.lemma_.lower() in _SCHEDULED_NOUNS


_LAST_OR_NEXT = re.compile(r"\b(last|next)\s+$", re.IGNORECASE)
#: "announced for", "set for", "called for" just before a weekday: the day a plan is set for.
_SET_FOR = re.compile(r"\b(?:announced|set|called|scheduled|planned|fixed|slated|pencilled|penciled|"
                      r"booked|convened|timed)\s+for\s+(?:on\s+)?$", re.IGNORECASE)
_SCHEDULED_NOUNS = frozenset("meeting hearing session vote briefing summit conference debate trial auction ballot "
                             "election referendum ceremony launch sitting schedule timetable".split())

#: People and bodies someone appears before or meets.
_WHO_NOUNS = lx.PERSON_NOUNS | frozenset(
    "judge magistrate court tribunal jury committee panel parliament congress senate council board lawmaker "
    "minister president regulator investigator prosecutor".split()
)


def _names_year(tok: Token) -> bool:
    """"Budget 2027", "Euro 2024", "Vision 2030": a year that is part of a name,
    or "a package for 2027", "the forecast for 2026": the period a thing is for."""
    if tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    if prev.lower_ == "for" and prev.i > 0 and prev.doc[prev.i - 1].pos_ == "NOUN":
        return True
    return prev.text[:1].isupper() and prev.lower_ not in _NOT_NAME_WORDS \
        and not _MONTH_NAME.fullmatch(prev.text)


#: Capitalised words before a year that do not make it a name ("In 2021", "Since 2019").
_NOT_NAME_WORDS = frozenset({"in", "by", "since", "until", "from", "before", "after", "during", "the", "of", "and",
                             "or", "for", "to", "at", "on", "early", "late", "mid", "fiscal", "summer", "winter",
                             "spring", "autumn", "fall", "christmas", "easter"})


def _entry_stamp(text: str, matches: Sequence[_Match],
                 published: dt.date | None) -> tuple[dt.date, int] | None:
    """The day a live page's entry was posted, and where its stamp ends
    ("**Friday, 07:45** – A second debris flow came down ... this morning"):
    the entry's "today" and "this morning" are that day, not the page's."""
    for start, end, name, m in matches:
        if text[:start].strip(" *") and not _WEEKDAY_ABBREVIATION.fullmatch(text[:start]):
            return None
        if name in _CLOCK_RULES:
            continue
        stamp = _STAMP_AFTER.match(text[end:]) or _STAMP_ALONE.match(text[end:])
        if stamp is None:
            return None
        res = _resolve(name, m, _Ctx(published, "past", False, None))
        if res is not None and res[1] is not None and res[1][0] == res[1][1]:
            return res[1][0], end + stamp.end()
        return None
    return None


#: A short weekday before a stamp's day ("Fri 6 Mar, 19:30 -").
_WEEKDAY_ABBREVIATION = re.compile(r"[\s*]*(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+")


def yearless_stamp(text: str) -> str:
    """The surface of an entry stamp an undated live page opens with ("Fri 6
    Mar, 19:30 -"), whose day no year resolves here, or ""."""
    for start, end, name, m in _matches(text):
        if text[:start].strip(" *") and not _WEEKDAY_ABBREVIATION.fullmatch(text[:start]):
            return ""
        if name in _CLOCK_RULES:
            continue
        if name not in _YEARLESS or m.groupdict().get("year"):
            return ""
        return text[start:end] if _STAMP_AFTER.match(text[end:]) or _STAMP_ALONE.match(text[end:]) else ""
    return ""


def yearless_heading(text: str) -> str:
    """A line that is nothing but a day without its year ("MONDAY 16
    NOVEMBER", "**Tuesday, 17 November**"): a section of an undated live
    page, the day its entries' "today" and "last night" are read from. Its
    surface, or ""."""
    core = text.strip().strip("*#_ ").strip().rstrip(":").strip("*_ ")
    for name, rule in _RULES:
        if name in ("day_month", "month_day") and (m := rule.fullmatch(core)) and not m.groupdict().get("year"):
            return core
    return ""


def from_entry_day(ref: DateRef, day: dt.date) -> DateRef:
    """A relative day or weekday of an undated page ("last night", "today",
    "Friday night") read from the day of the entry it stands in: on a page whose stamps give no year,
    the stamp still gives the day the words are relative to."""
    if ref.resolved:
        return ref
    # A weekday too: "By Friday night 61 people had been rescued", in the
    # entries under "SATURDAY 17 OCTOBER", is the Friday on or before that day.
    name, m = "relday", _RELDAY.fullmatch(ref.surface.strip())
    if m is None:
        name, m = "weekday", _WEEKDAY_DAY.fullmatch(ref.surface.strip())
    if m is None:
        return ref
    res = _resolve(name, m, _Ctx(day, "neutral", ref.deadline))
    if res is None or res[1] is None:
        return ref
    lo, hi = res[1]
    return replace(ref, granularity=res[0], earliest=lo, latest=hi, resolved=True)  # type: ignore[arg-type]


#: An ordinal or superlative that makes a later "in N months" the span it counts within.
_NTH_BEFORE = re.compile(r"(?i)\bthe\s+(?:second|third|fourth|fifth|sixth|first|latest|biggest|largest|worst|"
                         r"highest|lowest|deadliest|[a-z]+est)\b(?:(?!\b(?:and|but|will|would|shall)\b)[^.;:,])*$")
_RELDAY = dict(_RULES)["relday"]
_WEEKDAY_DAY = dict(_RULES)["weekday"]


def stamp_clock(text: str) -> str:
    """The clock time of a live page's entry stamp opening ``text`` ("**12:30
    p.m.** – ...", "**Friday, 07:45** – ..."), as "HH:MM", or ""."""
    stamp = _clock_stamp(text)
    return stamp[0] if stamp else ""


def _clock_stamp(text: str) -> tuple[str, int] | None:
    """A stamp's clock time and where the stamp ends."""
    matches = _matches(text)
    for at, (start, end, name, m) in enumerate(matches):
        # "Thu 15 Oct, 07:20 - ...": a short weekday before the stamp's day is part of it.
        lead = text[:start].strip(" *,")
        if lead and lead.lower().rstrip(".") not in lx.WEEKDAYS and not (
                at == 1 and matches[0][1] <= start and not text[matches[0][1]:start].strip(" *,")):
            return None
        if name not in _CLOCK_RULES:
            continue
        after = _CLOCK_STAMP_AFTER.match(text[end:])
        if after is None and text[end:].strip(" *_"):
            return None
        clock = _clock(name, m)
        return (clock[0], end + (after.end() if after else len(text) - end)) if clock is not None else None
    return None


#: What follows a stamp's clock: bold's end and a dash ("**12:30 p.m.** – "),
#: or a colon ("9.30am: Police now say ...").
_CLOCK_STAMP_AFTER = re.compile(r"^(?:\s+[A-Z]{2,5})?\**\s*(?:[-–—]\s|:(?:\s|$))")


def stamp_day(sent: Span, published: dt.date | None) -> dt.date | None:
    """The day of a live page's entry stamp opening ``sent``, if it has one."""
    stamp = _entry_stamp(sent.text, _matches(sent.text), published)
    return stamp[0] if stamp else None


def find_dates(sent: Span, published: dt.date | None, entry: dt.date | None = None) -> list[DateRef]:
    """Date and time expressions of a sentence, resolved against ``published``,
    or against ``entry``, the day of the live page's entry the sentence is in.

    Offsets are into the text of ``sent.doc`` (``token.idx`` based).
    """
    text, base = sent.text, sent.start_char
    refs: list[DateRef] = []
    matches: Sequence[_Match] = _matches(text)
    stamp = _entry_stamp(text, matches, published)
    # The stamp itself ("**Friday, 07:45** –", "**12:30 p.m.** –") dates the entry, not an event.
    clocked = _clock_stamp(text) if stamp is None else None
    matches = [x for x in matches if (stamp is None or x[0] >= stamp[1]) and (clocked is None or x[0] >= clocked[1])]
    published = stamp[0] if stamp else entry or published
    fallback = [r for r in _fallback(sent, published, matches) if stamp is None or r.start - base >= stamp[1]]
    claimed = [(r.start - base, r.end - base) for r in fallback]
    for start, end, name, m in matches:
        toks = _tokens(sent, base + start, base + end)
        if not toks or any(a < end and start < b for a, b in claimed):
            continue
        head = _head(toks)
        if name == "year" and (_is_count(head) or _names_year(toks[0])):
            continue
        if name == "month":
            prev = _WORD_BEFORE.search(text, max(0, start - 40), start)
            if not m.group("pos") and not (prev and prev.group(1).lower() in _MONTH_PREPS):
                continue  # "May" the modal, "March" the verb
        short = "qq" if name == "quarter" else "hh"
        if name in ("quarter", "half") and not (m.group("year") or m.group(short)) and not _BUSINESS.search(text):
            continue  # "early in the fourth quarter", "in the first half": a game's, not a year's
        if name in ("clock", "ampm", "military", "noon") and _ANAPHORIC_DAY.match(text[end:]):
            continue  # "at 7am that day": a day named in another sentence, which this one cannot resolve
        if name == "clock" and _ZONE_OFFSET_BEFORE.search(text, max(0, start - 5), start):
            continue  # "Nepal Time, UTC+5:45": a zone's offset, not a time of day
        if name == "noon" and text[:start].endswith("(") and text[end:].startswith(")") and refs \
                and refs[-1].granularity == "time":
            continue  # "until 12:00 (noon) on Thursday": the clock time told again
        if _DATELINE_BEFORE.match(text[:start]) and _DATELINE_AFTER.match(text[end:]):
            continue  # "LISBON, Oct 13 (Reuters) -": the dateline dates the copy, not the event
        deadline = bool(_DEADLINE_BEFORE.search(text, max(0, start - 40), start)
                        or _DEADLINE_END_OF.search(text, max(0, start - 60), start))
        if not deadline and refs and refs[-1].deadline and refs[-1].granularity == "time" \
                and _DAY_OF_TIME.fullmatch(text, refs[-1].end - base, start):
            deadline = True  # "until 22:59 GMT on Thursday": the day of a deadline's time is ahead too
        if deadline and _NOT_UNTIL.search(text, max(0, start - 60), start):
            deadline = False  # "did not resume until Friday": it resumed on Friday
        bound = _BOUND_BEFORE.search(text, max(0, start - 12), start)
        surface = text[start:end]
        if bound and surface.endswith(("'s", "’s")):
            bound = None  # "missing after Tuesday's fire": the day is the fire's, what is after it is not dated
        if bound and _WHEN_FOLLOWS.match(text, end):
            bound = None  # "watched closely after 2024, when the dzud killed 7.1 million animals": 2024's
        if refs and refs[-1].granularity == "day" and text[refs[-1].end - base:start].strip() == "," \
                and surface.lower().startswith("the "):
            continue  # "on Saturday 28 February, the last day at the old prices": the same day, described
        if name in _CLOCK_RULES:
            clock = _clock(name, m)
            if clock is None:
                continue
            if surface.lower() == "midnight" and _UP_TO.search(text, max(0, start - 30), start):
                # "shortly before midnight on Tuesday", "by midnight on Tuesday":
                # the end of the day named, not its first minute ("shortly
                # after midnight on Tuesday").
                clock = ("23:59", clock[1])
            refs.append(DateRef(surface, base + start, base + end, "time", None, None, False,
                                deadline, clock[0], clock[1]))
            continue
        verb = verb_above(head)
        if (own := sent.doc.char_span(base + start, base + end, alignment_mode="expand")) is not None \
                and (relative := closes_relative_clause(own)) is not None:
            verb = relative  # "the driver, who was arrested ... on Thursday, would be arraigned": the arrest's day
        if name == "relday" and surface.lower() == "today" and verb is not None \
                and any(c.dep_ == "aux" and c.lower_ in ("can", "may") for c in verb.children):
            continue  # "mule accounts, which today can take days to reach the bank": nowadays, no day
        orient = orientation(verb)
        if orient == "future" and not deadline and _SINCE_BEFORE.search(text, 0, start):
            # "For Kedungsari, shut since the evening of 8 May": what has held
            # since a day began before the report, whatever the parse makes of
            # a verbless clause.
            orient = "past"
        if name == "month" and not m.groupdict().get("year") and orient == "past" and _EFFECTIVE_FROM.search(text, 0, start) \
                and not _FROM_TO.match(text, end) and verb is not None and verb.lemma_.lower() in _OFFER_VERBS:
            # "Deutsche Bahn has offered 5.2 percent, the first 2.8 percent
            # from July": what an offer starts paying is ahead, though the
            # offer was made.
            orient = "future"
        if name == "month" and not m.groupdict().get("year") and orient == "past" \
                and _AHEAD_FOR.search(text, max(0, start - 60), start):
            # "members had sold about 1.1 million tonnes forward for November
            # and December", "the call for a delay to January": months ahead,
            # whatever the tense of the selling or the calling.
            orient = "future"
        if name == "in_n" and (orient != "future" or _NTH_BEFORE.search(text, max(0, start - 80), start)):
            # "rents rose 65% in five years", "their second call in a week": a
            # duration; so is "It is the second furnace closure at Glanrhyd in
            # 18 months", whatever tense the copula gives.
            continue
        if name == "in_n" and verb is not None and verb.tag_ in ("VBZ", "VBP") and any(
                c.lower_ == "what" for c in verb.children):
            continue  # "what a normal fire does in four days": what such things do, not a day ahead
        if name == "weekday" and _modifies_noun(head) \
                and not (orient == "future" and (_attached_to_person_or_place(head) or _scheduled(head))) \
                and not (deadline and orient == "past"):
            # "the closing price on Friday" dates the price, not the verb's plan;
            # "is expected to appear before a judge on Wednesday" dates the
            # appearing (the parser hangs the day on the nearest noun). A
            # deadline in a past clause keeps the past: "had removed 18,000 cubic
            # metres from around the bow by Wednesday evening" is the Wednesday before.
            orient = "neutral"
        if orient == "future" and name in _YEARLESS_DAYS and not deadline and _told_in_present(verb):
            # "- 26 September: a 71-year-old patient is admitted": a timeline
            # told in the present. A plain present tense looks ahead only as
            # far as a schedule does, so its yearless day is the nearest one,
            # not the one eleven months on.
            orient = "neutral"
        if name == "weekday" and orient != "future" and not deadline and _SET_FOR.search(text, 0, start) \
                and not m.groupdict().get("rel") and not text.startswith("'s", end):
            # "the strike it has announced for Monday", "talks set for
            # Thursday": the day a plan is set for lies ahead, whatever the
            # tense of the setting.
            orient = "future"
        if name == "past_n" and _PREVIOUS_DAY.fullmatch(surface) and (anchor := next(
                (r for r in reversed(refs) if r.granularity == "day" and r.earliest and r.earliest == r.latest), None)):
            # "confirmed ... on 26 July, in a sample taken the previous day":
            # the day before the one the sentence names, not before the report.
            assert anchor.earliest is not None
            day = anchor.earliest - _D(days=1)
            refs.append(DateRef(surface, base + start, base + end, "day", day, day, True, deadline))
            continue
        year = _year_so_far(sent.doc, base + start) if published is None else None
        res = _resolve(name, m, _Ctx(published, orient, deadline, year))
        if name == "month" and not m.groupdict().get("year") and published is not None and res is not None \
                and res[1] is not None and res[1][0] <= published <= res[1][1] \
                and (step := _LAST_OR_NEXT.search(text, 0, start)) is not None:
            # "Last November", said in November, is a year ago; "next
            # November" a year on: this month would be "this November".
            ahead = 1 if step.group(1).lower() == "next" else -1
            res = (res[0], _month_days(published.year + ahead, res[1][0].month))
        if name == "weekday" and published is not None and stamp is None and entry is None \
                and res is not None and res[1] == (published, published) and orient != "future" \
                and not (m.group("rel") or m.group("bl")) and _names_week_before(sent.doc.text, published):
            # A weekly dated Tuesday 21 July that opens "on 14 July" (or "last
            # Tuesday") and then writes "Tuesday's shutdown": the Tuesday it
            # has been telling of, not the day it went to press.
            week_before = published - _D(days=7)
            res = ("day", (week_before, week_before))
        if res is not None and res[1] is not None and bound:
            # "unveiled after 24 May 2019": any day after it, not that day.
            lo, hi = res[1]
            word = bound.group(1).lower()
            if word == "after":
                res = (res[0], (hi + dt.timedelta(days=1), dt.date.max))
            elif surface.lower().startswith(("the end of", "end of")):
                # "before the end of 2026": by the end, so any day up to its last.
                res = (res[0], (dt.date.min, hi))
            else:
                res = (res[0], (dt.date.min, lo - dt.timedelta(days=1)))
        if res is not None:
            gran, span = res
            first, last = span if span is not None else (None, None)
            refs.append(DateRef(surface, base + start, base + end, gran, first, last,  # type: ignore[arg-type]
                                span is not None, deadline))
    refs += fallback
    refs = _the_alternatives_year(_in_the_year_given(sorted(refs, key=lambda r: r.start), text, base), text, base)
    refs = _listed_days_year(refs, text, base)
    refs = _numbered_weekdays(refs, text, base, published)
    return _place_time_days(_attach_times(_deadline_days(refs, text, base), sent), text)


@lru_cache(maxsize=64)
def _names_week_before(text: str, pub: dt.date) -> bool:
    """Whether a report's opening names the day a week before its own date
    ("14 July", "July 14", "last Tuesday"), as the day its story is about, and
    the report never names its own date. A day a week back named further down
    is background ("Cote d'Ivoire raised its price on 25 September"), which
    says nothing of what a bare weekday means."""
    def named(day: dt.date) -> re.Pattern[str]:
        months = "|".join(re.escape(k) for k, v in lx.MONTHS.items() if v == day.month)
        # Not as the first day of a span ("between December 7 and 13"): a
        # week told through, not the day the story is about.
        return re.compile(rf"(?i)\b(?:{day.day}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{months})\b"
                          rf"|(?:{months})\.?\s+{day.day}(?:st|nd|rd|th)?\b(?!\d))"
                          r"(?!\s*(?:and|to|until|till|through|-|–)\s*\d)")
    week_before = pub - _D(days=7)
    last = re.compile(rf"(?i)\blast\s+{week_before.strftime('%A')}\b")
    # The lead and the paragraph after it: a day named further down ("Ravaka
    # made landfall ... on 1 March", a week before a Monday's trade report
    # whose "On Monday the government ... launched" is that Monday) is background.
    opening = "\n\n".join([p for p in text[:_OPENING].split("\n\n") if p.strip()][:2])
    return bool(named(week_before).search(opening) or last.search(opening)) and not named(pub).search(text)


_OPENING = 600  # about the first two sentences of a report


def _numbered_weekdays(refs: list[DateRef], text: str, base: int, pub: dt.date | None) -> list[DateRef]:
    """"The first 90 beds open on Friday (20)": a weekday with its day of the
    month in brackets, as Brazilian and Portuguese copy writes it, is the one
    nearest publication that falls on that day of the month."""
    if pub is None:
        return refs
    out = []
    for r in refs:
        m = _DAY_IN_BRACKETS.match(text, r.end - base)
        weekday = _WEEKDAY_NAME.fullmatch(r.surface.strip())
        if r.granularity == "day" and m and weekday:
            wd = lx.WEEKDAYS[weekday.group().lower()]
            fits = [pub + _D(days=k) for k in range(-21, 22)
                    if (pub + _D(days=k)).weekday() == wd and (pub + _D(days=k)).day == int(m.group(1))]
            if fits:
                day = min(fits, key=lambda d: abs((d - pub).days))
                r = replace(r, earliest=day, latest=day, resolved=True)
        out.append(r)
    return out


_DAY_IN_BRACKETS = re.compile(r"\s*\((\d{1,2})\)")


def _in_the_year_given(refs: list[DateRef], text: str, base: int) -> list[DateRef]:
    """"Last year, Typhoon Rosal made landfall on 14 November": a yearless
    month or day-month in a sentence that gives one calendar year is in that
    year, whichever year the resolver would otherwise pick."""
    given = [r for r in refs if r.granularity == "year" and r.earliest is not None and r.latest is not None
             and (r.earliest.month, r.earliest.day, r.latest.month, r.latest.day) == (1, 1, 12, 31)
             and r.earliest.year == r.latest.year]
    if len({r.earliest.year for r in given if r.earliest is not None}) != 1:
        return refs
    year, at = given[0].earliest.year, given[0].start  # type: ignore[union-attr]
    # "Last year, ..." or "In 2024 ...": at most one word before the year (not
    # "the aircraft, built in 1981, had passed its check on 2 February").
    opens = len(text[:at - base].split()) <= 1
    out = []
    for r in refs:
        # The year opens the clause ("Last year, ...", "In 2024 ...") or follows
        # the day at once ("on 14 November last year"); a later "in 2027" may be
        # another clause's.
        if r.granularity in ("day", "month") and r.earliest is not None and r.latest is not None \
                and (opens or 0 <= at - r.end <= 1) \
                and r.earliest.year == r.latest.year != year and _MONTH_NAME.search(r.surface) \
                and not _YEAR_IN.search(r.surface) and not _WEEKDAY_NAME.search(r.surface):
            r = _in_year(r, year)
        out.append(r)
    # "since March last year": the relative year is the month's, not a date of its own.
    return [r for r in out if not (r in given and not _YEAR_IN.search(r.surface) and any(
        o is not r and 0 <= r.start - o.end <= 1 and _MONTH_NAME.search(o.surface) for o in out))]


def _listed_days_year(refs: list[DateRef], text: str, base: int) -> list[DateRef]:
    """"4 March, 7 March and 8 March 2027": days listed one after another
    share the year written after the last of them."""
    out = list(refs)
    year: int | None = None  # the year of the run of listed days that follows
    for i in range(len(out) - 1, -1, -1):
        r = out[i]
        month = _MONTH_NAME.search(r.surface)
        if r.granularity != "day" or not month or _WEEKDAY_NAME.search(r.surface):
            year = None
            continue
        if _YEAR_IN.search(r.surface):
            year = r.earliest.year if r.earliest is not None else None
            continue
        day = re.search(r"\b(\d{1,2})\b", r.surface)
        if year is None or not day or not _LIST_JOIN.fullmatch(text[r.end - base:out[i + 1].start - base]):
            year = None
            continue
        try:
            # Read afresh: a report without a date leaves the yearless day unresolved.
            when = dt.date(year, _month_num(month.group(0)), int(day.group(1)))
        except ValueError:
            year = None
            continue
        out[i] = replace(r, earliest=when, latest=when, resolved=True)
    return out


#: What stands between days listed in one run: "4 March, 7 March and 8 March".
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)")


def _in_year(ref: DateRef, year: int) -> DateRef:
    """A yearless date put in ``year`` (unchanged where that year has no such day: 29 February)."""
    assert ref.earliest is not None and ref.latest is not None
    try:
        return replace(ref, earliest=ref.earliest.replace(year=year), latest=ref.latest.replace(year=year))
    except ValueError:
        return ref


def _the_alternatives_year(refs: list[DateRef], text: str, base: int) -> list[DateRef]:
    """"to arrive in late 2027 rather than in July": a yearless month set
    against a date of the same sentence as its alternative is in that date's year."""
    out: list[DateRef] = []
    for r in refs:
        dated = [o for o in out if o.earliest is not None and _YEAR_IN.search(o.surface)]
        if dated and r.earliest is not None and r.latest is not None and r.earliest.year == r.latest.year \
                and not _YEAR_IN.search(r.surface) and _MONTH_NAME.search(r.surface) \
                and _ALTERNATIVE_BEFORE.search(text, 0, r.start - base):
            r = _in_year(r, dated[-1].earliest.year)  # type: ignore[union-attr]
        out.append(r)
    return out


_ALTERNATIVE_BEFORE = re.compile(r"(?i)\b(?:rather\s+than|instead\s+of)(?:\s+(?:in|on|by))?\s*$")


_LAST_YEAR_AFTER = re.compile(r"\s*,?\s*last year\b", re.IGNORECASE)
_LAST_YEAR_OPENING = re.compile(r"^\W*last year\b", re.IGNORECASE)
_YEAR_IN = re.compile(r"\b\d{4}\b|'\d{2}\b")
_MONTH_NAME = re.compile(r"\b(?:" + "|".join(sorted(lx.MONTHS, key=len, reverse=True)) + r")\b\.?", re.IGNORECASE)
_WEEKDAY_NAME = re.compile(r"\b(?:" + "|".join(sorted(lx.WEEKDAYS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _place_time_days(refs: list[DateRef], text: str) -> list[DateRef]:
    """"At 1.52 a.m. on Tuesday, Mauritius time" and "late on Monday
    (Johannesburg time)" tell one moment: a day told in a place's own time
    may be the day before or after in another report's reckoning, unless a
    clock in a zone this module knows pins the moment."""
    places = {m.group(1).lower() for m in _PLACE_TIME.finditer(text)} - _KNOWN_TIMES
    # A clock in a place's time whose zone is known ("16:25 Cairo time") is one
    # moment already (see ``_attach_times``); its day need not widen.
    clocked = {r.tz.lower().removesuffix(" time") for r in refs if r.granularity == "time" and r.tz}
    if not places - clocked:
        return refs
    one = dt.timedelta(days=1)
    return [replace(r, earliest=r.earliest - one, latest=r.latest + one)
            if r.granularity in ("day", "time") and r.earliest is not None and r.earliest == r.latest
            and r.latest is not None and not r.tz else r
            for r in refs]


#: "Mauritius time", "(Johannesburg time)": a place's local time.
_PLACE_TIME = re.compile(r"(?<![\w.])([A-Z][a-z]+(?: [A-Z][a-z]+)?) time\b")
#: Words before "time" that name no place ("This time", "Eastern time" is a zone).
_KNOWN_TIMES = frozenset({"this", "every", "each", "the", "over", "about", "contact", "some", "any", "that", "last",
                          "next", "first", "by", "at", "in", "on", "eastern", "central", "pacific", "mountain",
                          "atlantic"}) | frozenset(
    n.removesuffix(" time") for n in lx.ZONE_NAMES if n.endswith(" time")) | frozenset({"local"})


def _deadline_days(refs: list[DateRef], text: str, base: int) -> list[DateRef]:
    """"by 9am today", "by noon on Friday": the day is part of the deadline."""
    out = list(refs)
    for i in range(1, len(out)):
        prev, ref = out[i - 1], out[i]
        between = text[prev.end - base : ref.start - base]
        if prev.deadline and prev.granularity == "time" and not ref.deadline and _DAY_OF_TIME.fullmatch(between):
            out[i] = replace(ref, deadline=True)
    return out


#: A month named with its year ("19 March 2020", "March 19, 2020", "March 2020").
_MONTH_WITH_YEAR = re.compile(
    rf"(?:\b{_DAY2}\s+(?:of\s+)?)?{_MONTH}(?:\s+{_DAY})?\s*,?\s+{_YEAR}\b")


#: Words that make a quarter or half without a year part of a calendar year:
#: a company's or an economy's, not a game's.
_BUSINESS = re.compile(
    r"(?i)\b(?:fiscal|financial|results?|earnings|revenue|sales|profits?|loss(?:es)?|growth|gdp|economy|"
    r"quarterly|deal|transaction|acquisition|merger|takeover|closes?|closing|completed?|shares?|dividends?|"
    r"guidance|forecasts?|outlook|output|inflation|deliveries|shipments|launch|expected)\b"
)


def _year_so_far(doc: Doc, pos: int) -> int | None:
    """The year of the last date written with month and year before ``pos`` in its paragraph.

    A text without a publication date that has named "19 March 2020" goes on
    with "on 20 March", "by 3 April": the year carries over until another is
    named. A bare year ("the 2016 Olympics") names an event, not the current
    year, so it does not carry over.
    """
    # Found once per document: a long undated report may hold thousands of dates.
    if _YEARS_KEY not in doc.user_data:
        # "the June 2024 attack on Synnovis": a month and year before a noun
        # name an earlier event, as a bare year does; they do not carry over.
        text = doc_text(doc)
        # Nor does a baseline: "since it opened in August 2023", "a quarter
        # less than in November 2024".
        doc.user_data[_YEARS_KEY] = [(m.end(), int(m.group("year"))) for m in _MONTH_WITH_YEAR.finditer(text)
                                     if not _NAMING_ARTICLE.search(text, max(0, m.start() - 6), m.start())
                                     and not _SINCE_BEFORE.search(text, max(0, m.start() - 30), m.start())
                                     and not _COMPARED_BEFORE.search(text, max(0, m.start() - 40), m.start())]
    named = doc.user_data[_YEARS_KEY]
    i = bisect.bisect_right(named, pos, key=lambda found: found[0])
    if not i:
        return None
    end, year = named[i - 1]
    # Within its paragraph: "Alvorada paid €3.5m for him in August 2022" is an
    # aside, and "prices rose in May" paragraphs later is the story's May.
    return year if "\n\n" not in doc_text(doc)[end:pos] else None


_PREVIOUS_DAY = re.compile(r"(?:the\s+)?previous\s+day", re.IGNORECASE)
_ZONE_OFFSET_BEFORE = re.compile(r"(?:UTC|GMT)\s*[+−–-]\s*$", re.IGNORECASE)
_ANAPHORIC_DAY = re.compile(r"\s*(?:on\s+)?(?:that|the same|the next|the following|the previous)\s+"
                            r"(?:day|morning|afternoon|evening|night)\b", re.IGNORECASE)
_YEARS_KEY = "checker.dates.month_years"
_NAMING_ARTICLE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\b[^.;,]{0,24}$", re.IGNORECASE)
#: A comparison's baseline: "less than in November 2024", "compared with the same month of 2024".
_COMPARED_BEFORE = re.compile(r"\b(?:than|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:in\s+)?"
                              r"(?:the\s+same\s+(?:month|period|week|quarter)\s+(?:of|in)\s+)?$", re.IGNORECASE)


_FULL_MONTH_NAME = re.compile(r"\b(?:January|February|March|April|May|June|July|August|"
                         r"September|October|November|December)\b")


def _fallback(sent: Span, published: dt.date | None,
              matches: Sequence[_Match]) -> list[DateRef]:
    """dateparser, for spaCy DATE entities naming a month that no rule read as a date.

    Such an entity wins over the rule matches inside it ("November the 5th,
    2024" would otherwise be read as the year 2024 alone).
    """
    out = []
    for ent in sent.ents:
        s, e = ent.start_char - sent.start_char, ent.end_char - sent.start_char
        if ent.label_ != "DATE":
            continue
        month = _FULL_MONTH_NAME.search(ent.text)
        if month is None:
            continue
        ms, me = s + month.start(), s + month.end()
        inside = [x for x in matches if x[0] < e and s < x[1]]
        if any(x[0] <= ms and me <= x[1] and x[2] not in ("month",) for x in inside) or any(
                x[2] == "month" and x[0] <= ms and me <= x[1] and x[1] - x[0] >= e - s for x in inside):
            continue
        has_year = bool(re.search(r"\b(?:1[89]\d\d|20\d\d)\b", ent.text))
        if published is None and not has_year:
            continue
        orient = orientation(verb_above(ent.root))
        parsed = _dateparser(ent.text, published, "future" if orient == "future" else "past")
        if parsed is None:
            continue
        gran, day = parsed
        span = (day, day) if gran == "day" else _month_days(day.year, day.month) if gran == "month" \
            else (dt.date(day.year, 1, 1), dt.date(day.year, 12, 31))
        out.append(DateRef(ent.text, ent.start_char, ent.end_char, gran, span[0], span[1], True,  # type: ignore[arg-type]
                           bool(_DEADLINE_BEFORE.search(sent.text, max(0, s - 40), s))))
    return out


@lru_cache(maxsize=4096)
def _dateparser(text: str, base: dt.date | None, prefer: str) -> tuple[str, dt.date] | None:
    import dateparser  # imported lazily: most sentences never need it

    settings: dict[str, object] = {"PREFER_DATES_FROM": prefer, "REQUIRE_PARTS": [], "RETURN_TIME_AS_PERIOD": False}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    data = dateparser.date.DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    if data is None or data.date_obj is None or data.period not in ("day", "month", "year"):
        return None
    return data.period, data.date_obj.date()


def _day_of_bracketed_zone(refs: list[DateRef], sent: Span, day: dt.date) -> bool:
    """Whether the sentence's one day stands in brackets with a time in a named
    zone ("(2250 GMT on Sunday)"), while another time stands outside them."""
    text = sent.doc.text
    def bracket(r: DateRef) -> int:
        opening = text.rfind("(", sent.start_char, r.start)
        return opening if opening >= 0 and ")" not in text[opening:r.start] else -1
    the_day = next((r for r in refs if r.granularity == "day" and r.earliest == r.latest == day), None)
    if the_day is None or bracket(the_day) < 0:
        return False
    inside = [r for r in refs if r.granularity == "time" and bracket(r) == bracket(the_day)]
    outside = [r for r in refs if r.granularity == "time" and bracket(r) < 0]
    return any(r.tz and r.tz.isupper() for r in inside) and bool(outside)


def _attach_times(refs: list[DateRef], sent: Span | None = None) -> list[DateRef]:
    """Give clock times the day of the sentence's only day-level date, when
    both hang on one verb: "was suspended at 5:45 p.m. and will resume on
    Sunday" gives no day of the suspension."""
    days = {(r.earliest, r.latest, r.resolved) for r in refs if r.granularity == "day" and r.earliest == r.latest}
    if len(days) > 1 and sent is not None and (paired := _paired_times(refs, sent)):
        # "runs from 23:01 GMT on Tuesday until 22:59 GMT on Thursday": each
        # clock time has its own day, written beside it.
        done = {}
        for time, day_ref in paired:
            for r in _attach_times([time, day_ref], sent):
                done[(r.start, r.end)] = r
        return [done.get((r.start, r.end), r) for r in refs]
    if len(days) > 1 and sent is not None:
        # "which the office rated on Thursday, touched down at 04:14 UTC on 22
        # April": the day of the clock time is the one on its own verb.
        verbs = {_verb_index(sent, r) for r in refs if r.granularity == "time"} - {None}
        days = {(r.earliest, r.latest, r.resolved) for r in refs if r.granularity == "day"
                and r.earliest == r.latest and _verb_index(sent, r) in verbs}
    if len(days) != 1:
        return refs
    (day, _, resolved), = days
    day_verbs = {_verb_index(sent, r) for r in refs if r.granularity == "day" and (r.earliest, r.latest) == (day, day)} \
        if sent is not None else {None}

    def same_clause(r: DateRef) -> bool:
        return None in day_verbs or sent is None or _verb_index(sent, r) in day_verbs | {None}

    if sent is not None and day is not None and _day_of_bracketed_zone(refs, sent, day):
        # "left the track at about 1:50 a.m. local time (2250 GMT on Sunday)":
        # Sunday is Greenwich's day; the local clock's may be the next or the one before.
        return [(replace(r, earliest=day, latest=day, resolved=resolved) if r.tz.isupper() else
                 replace(r, earliest=day - _D(days=1), latest=day + _D(days=1), resolved=resolved))
                if r.granularity == "time" else r for r in refs]
    refs = [replace(r, earliest=day, latest=day, resolved=resolved) if r.granularity == "time" and same_clause(r) else r
            for r in refs]
    zoned = [r for r in refs if r.granularity == "time" and r.time and day is not None
             and zone_offset(r.tz, day) is not None]
    # "Thursday 16 April, at 05:10 local time (02:10 GMT)": the day is the local one.
    local = any(r.granularity == "time" and "local" in r.surface.lower() for r in refs)
    # "at 10:00 Brasília time" is the day where it happened, as "local time" is.
    local = local or any(r.tz.lower().removesuffix(" time") in lx.PLACE_ZONES for r in zoned)
    # So is "21:30 IST" in a story told in India; "left Pasir Gudang in
    # southern Malaysia at 10:50 pm IST" gives an Indian reader's clock for a
    # moment abroad, whose local day may be the next.
    local = local or any(r.tz.lower() in lx.HOME_ZONES and not _abroad(sent, lx.HOME_ZONES[r.tz.lower()][1])
                         for r in zoned)
    # "at 18:00 BST (17:00 UTC) on Thursday 8 October": a zone given beside
    # GMT is the local clock, and the day is its day.
    universal = {r.tz.lower() in _UNIVERSAL_ZONES for r in zoned}
    local = local or universal == {True, False}
    if resolved and day is not None and zoned and not local:
        # "at 17:15 GMT on Monday" is Monday in Greenwich: where it happened it
        # may be Tuesday (01:15 in Manila), and reports there say so; "00:14
        # CET on Wednesday" is 23:14 on Tuesday in Iceland. Local clocks run
        # from 10 hours behind GMT to 13 ahead, so only a time that late (or
        # that early) can fall on another day.
        hours, minutes = (int(x) for x in zoned[0].time.split(":"))
        moment = dt.datetime(day.year, day.month, day.day, hours, minutes) \
            - dt.timedelta(hours=zone_offset(zoned[0].tz, day) or 0.0)
        first = (moment - dt.timedelta(hours=_BEHIND)).date()
        last = (moment + dt.timedelta(hours=_AHEAD)).date()
        refs = [replace(r, earliest=first, latest=last, local=day)
                if r.granularity == "time" or r.granularity == "day" and r.earliest == r.latest == day else r
                for r in refs]
    return refs


def _abroad(sent: Span | None, home: str) -> bool:
    """Whether a sentence names a country other than ``home``."""
    if sent is None:
        return False
    return any(e.label_ == "GPE" and (name := e.text.lower()) in lx.COUNTRIES and name != home for e in sent.ents)


def _paired_times(refs: list[DateRef], sent: Span) -> list[tuple[DateRef, DateRef]]:
    """Each clock time with the day written right beside it ("23:01 GMT on
    Tuesday", "Thursday at 22:59"), or nothing unless every time has one and
    one of them names its zone."""
    text = sent.doc.text
    days = [r for r in refs if r.granularity == "day" and r.earliest == r.latest]
    times = [r for r in refs if r.granularity == "time"]
    if not any(t.tz for t in times):
        return []  # only a zone's clock can put its day elsewhere; unzoned times keep the sentence's reading
    pairs = []
    for t in times:
        beside = next((d for d in days if d.start >= t.end and _TIME_THEN_DAY.fullmatch(text[t.end:d.start])
                       or t.start >= d.end and _DAY_THEN_TIME.fullmatch(text[d.end:t.start])), None)
        if beside is None:
            return []
        pairs.append((t, beside))
    return pairs if len({id(d) for _, d in pairs}) == len(pairs) else []


_TIME_THEN_DAY = re.compile(r"\s*,?\s*(?:on\s+)?(?:the\s+)?")
_DAY_THEN_TIME = re.compile(r"\s*,?\s*(?:at\s+)?")


def utc_window(d: DateRef) -> tuple[dt.datetime, dt.datetime] | None:
    """The moments in GMT a clock time on a known day may be: one moment in a
    named zone ("06:00 EAT" on 18 June is 03:00 GMT), or any moment the
    world's clocks allow without one ("6 a.m. on Wednesday")."""
    if not d.time or not d.resolved:
        return None
    day = d.local or (d.earliest if d.earliest is not None and d.earliest == d.latest else None)
    if day is None:
        return None
    hours, minutes = (int(x) for x in d.time.split(":"))
    moment = dt.datetime(day.year, day.month, day.day, hours, minutes)
    offset = zone_offset(d.tz, day)
    if offset is not None:
        moment -= dt.timedelta(hours=offset)
        return moment, moment
    return moment - dt.timedelta(hours=_AHEAD), moment + dt.timedelta(hours=_BEHIND)


@lru_cache(maxsize=4096)
def zone_offset(tz: str, day: dt.date) -> float | None:
    """Hours a named zone ("EAT") or a place's clock ("Cairo time", with its
    summer time on ``day``) runs ahead of GMT; None for an unknown zone."""
    key = tz.lower()
    if key in lx.ZONE_OFFSETS:
        return lx.ZONE_OFFSETS[key]
    place = lx.HOME_ZONES[key][0] if key in lx.HOME_ZONES else lx.PLACE_ZONES.get(key.removesuffix(" time"))
    if place is None:
        return None
    try:
        offset = dt.datetime(day.year, day.month, day.day, 12, tzinfo=ZoneInfo(place)).utcoffset()
    except ZoneInfoNotFoundError:
        return None
    return offset.total_seconds() / 3600 if offset is not None else None


def moments_apart(a: DateRef, b: DateRef) -> int:
    """Days between two clock times that cannot be one moment, else 0: "6
    a.m. on Wednesday" and "06:00 EAT on Thursday 18 June" are a day apart
    wherever the first was written, though the second's day, told in a zone,
    may be the 17th somewhere."""
    wa, wb = utc_window(a), utc_window(b)
    if wa is None or wb is None:
        return 0
    slack = dt.timedelta(hours=_CLOCK_SLACK)
    if wa[1] + slack < wb[0] or wb[1] + slack < wa[0]:
        da, db = a.local or a.earliest, b.local or b.earliest
        assert da is not None and db is not None
        return max(1, abs((da - db).days))
    return 0


#: Hours two reports' clock times of one moment may differ by ("about 6 a.m.", "just before six").
_CLOCK_SLACK = 2


def _verb_index(sent: Span, ref: DateRef) -> int | None:
    span = sent.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    verb = verb_above(span.root) if span is not None else None
    return verb.i if verb is not None else None


#: Zones that are no place's own clock.
_UNIVERSAL_ZONES = frozenset({"gmt", "utc", "z"})
#: Hours the local clocks of populated places run behind and ahead of GMT.
_BEHIND, _AHEAD = 10, 13


def format_date(d: DateRef) -> str:
    """Human-readable date: "Tuesday (2024-11-05)", "by December (2024-12-01–2024-12-31)"."""
    clock = f"{d.time} {d.tz}".strip()
    if not d.resolved or d.earliest is None or d.latest is None:
        detail = f"{clock}, day unknown" if d.time else "unresolved"
    else:
        days = d.earliest.isoformat() if d.earliest == d.latest else f"{d.earliest.isoformat()}–{d.latest.isoformat()}"
        detail = f"{days} {clock}".strip()
    return f"{'by ' if d.deadline else ''}{d.surface} ({detail})"


#: Rules that name a day or month without saying which year.
_YEARLESS = frozenset(
    {"day_range", "range_day", "month_day", "day_month", "day_word", "month", "month_range", "month_span"})


#: How far past the event's reports a yearless date of an undated report may
#: lie before it is taken for the past instead.
_FAR_AHEAD_DAYS = 60
_AHEAD_CUE = re.compile(r"\b(?:will|would|shall|due|expected|expects?|scheduled|planned|plans?|next|until|by)\b",
                        re.IGNORECASE)


def anchor_yearless(ref: DateRef, before: str, around: dt.date, after: str = "") -> DateRef:
    """Place a yearless day or month of an undated report ("on 10 March") in
    the year nearest ``around``, the publication date of the event's other
    reports: reports of one event are written within days of each other.

    ``before`` is the sentence text before the date, for "after"/"before";
    with ``after``, the text after it, a "last year" opening the sentence or
    right after the date ("in November last year") puts it in the year
    before ``around``'s. Relative dates ("on Tuesday", "yesterday") stay
    unresolved: they need the report's own day, which no other report gives.
    """
    if ref.resolved:
        return ref
    for name, rule in _RULES:
        m = rule.fullmatch(ref.surface) if name in _YEARLESS else None
        if m and not m.groupdict().get("year"):
            break
    else:
        return ref
    if _LAST_YEAR_AFTER.match(after) or _LAST_YEAR_OPENING.match(before):
        res = _resolve(name, m, _Ctx(None, "neutral", ref.deadline, around.year - 1))
    else:
        res = _resolve(name, m, _Ctx(around, "neutral", ref.deadline, None))
    if res is None or res[1] is None:
        return ref
    if res[1][0] > around + dt.timedelta(days=_FAR_AHEAD_DAYS) and not _AHEAD_CUE.search(before):
        # "Last season it peaked at 345 yen in March", in an undated November
        # blog: a month months away is the past the story looks back on,
        # unless the sentence looks ahead ("will reopen in March").
        past = _resolve(name, m, _Ctx(around, "past", ref.deadline, None))
        if past is not None and past[1] is not None and past[1][1] <= around:
            res = past
    assert res[1] is not None
    lo, hi = res[1]
    bound = _BOUND_BEFORE.search(before[-12:])
    if bound and bound.group(1).lower() == "after":
        lo, hi = hi + dt.timedelta(days=1), dt.date.max
    elif bound:
        lo, hi = dt.date.min, lo - dt.timedelta(days=1)
    return replace(ref, granularity=res[0], earliest=lo, latest=hi, resolved=True)  # type: ignore[arg-type]
