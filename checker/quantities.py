"""Find stated counts and amounts in a sentence, as intervals.

Conventions (the labelled set in fixtures/extraction/quantities.jsonl follows them):

* ``value`` is the number as written; for a range or a vague amount it is the
  lower end ("2,000-2,500" -> 2000; "hundreds" -> 200).
* Exact numbers are points (``low == high == value``). Hedges widen them by
  the rules in :mod:`checker.lexicon` ("about 3,000" -> 2,700..3,300; "more
  than 150" -> 150..inf; "up to 600" -> 0..600). Ranges keep their ends.
* Vague amounts: "hundreds" -> 200..999, "tens of thousands" ->
  20,000..99,999, "several hundred" -> 300..900, "a few thousand" -> 2,000..5,000.
* Strict hedges keep the written value as their bound ("more than 150" ->
  150..inf): records hold closed intervals with ``low <= value <= high``.
* ``unit`` is a currency code, "%", "pp", a unit of measure ("km"),
  "magnitude" for earthquakes, or a time unit for durations ("lasted 12
  days" -> "days"); ``counted`` is then the "of" complement when there is
  one ("2,000 tonnes of grain" -> "grain"), else "".
* ``counted`` is the canonical key of the noun the number modifies (synonym
  groups in :mod:`checker.lexicon`), else its lemma. A generic noun
  ("people", "others") or a bare number takes the outcome of its verb
  ("300 people were killed" -> "deaths"); a count noun gives what it counts
  ("the death toll rose to 412" -> "deaths"); an elided noun is the previous
  count's ("destroyed 2,340 homes and damaged another 5,100" -> "homes").
* ``subject`` is the lowercased subject (or passive "by" agent) of the
  governing verb, "" for pronouns or when the count is itself the subject;
  ``predicate`` is that verb's lemma with its particle ("lay off").
* Not quantities: standalone years (1900-2100, or older after "in" or
  "since"), ordinals, clock times, ages
  ("38-year-old", "aged 71", "John Smith, 52,"; ages are skipped rather than
  given a unit, because they are facts about one person, not counts),
  identifiers ("Article 5", "F-16", "No. 10"), phone numbers, dates
  ("5 November"), decades ("the 1990s"), scores ("7-0"), ratios ("1 in 5"),
  fractions ("two-thirds"), idioms ("a 40-year high"), and date offsets
  ("three days ago", "in two weeks", "the past 24 hours").
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from checker import lexicon as lx
from checker.dates import verb_above
from checker.models import doc_text
from checker.records import Quantity


def _alt(words: Iterable[str]) -> str:
    """Regex alternation, longest first so "per cent" wins over "per"."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


_NUMBER_WORDS = {**lx.UNITS, **lx.TENS}
_WORD = _alt([*lx.UNITS, *lx.TENS, *lx.SCALE_WORDS])
_SYMBOLS = "|".join(re.escape(s) for s in sorted(lx.CURRENCY_SYMBOLS, key=len, reverse=True))
_CODES = "|".join(sorted(lx.CURRENCY_CODES | set(lx.CODE_UNITS)))
#: Symbols that may stand a space away from their number ("US$ 5 million"); the
#: rand's "R" and the naira's "N" may not.
_SPACED_SYMBOLS = "|".join(re.escape(s) for s in sorted(lx.CURRENCY_SYMBOLS, key=len, reverse=True)
                           if s not in ("R", "N"))
_MONTHS = _alt([*(m.capitalize() for m in lx.MONTHS), *(m.upper() for m in lx.MONTHS if len(m) > 3)])

#: A rand amount written against its "R" ("R3.25 billion", "R48.50", "R5,000"),
#: not a road or a model ("the R511", "R2"); so too a naira amount against its
#: "N" ("N2.46 trillion"), not a mask or a road ("N95", "the N1").
#: The rupee's "Rs" names no road: any figure against it is rupees ("Rs2.5bn").
_RAND_DIGIT = (r"(?<=(?<![A-Za-z])[RN])(?=\d[\d,.]*\s*(?:million|billion|trillion|bn|m|tn)\b"
               r"|\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+\.\d\d\b)\d|(?<=(?<![A-Za-z])Rs)\d")
#: "a quarter of a billion barrels", "two thirds of a million": a share of one scale word.
_FRACTION = r"(?:a\s+quarter|three[\s-]quarters|a\s+third|two[\s-]thirds|half)"
_FRACTIONS = {"a quarter": 0.25, "three quarters": 0.75, "a third": 1 / 3, "two thirds": 2 / 3, "half": 0.5}
_START = re.compile(rf"""(?ix)
    (?P<vmult>\b(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)\b)
  | (?P<vquant>\b(?:several|a\s+few|a\s+couple(?:\s+of)?)\s+(?:dozen|hundred|thousand|million|billion)\b)
  | (?P<vplural>\b(?:dozens|hundreds|thousands|millions|billions)\b|\bscores(?=\s+of\b))
  | (?P<article>\b(?:{_FRACTION}\s+of\s+an?|half\s+an?|an?)\s+(?=(?:dozen|hundred|thousand|million|billion|trillion)\b))
  | (?P<word>(?<![-\w])(?:{_WORD})\b)
  | (?P<digit>(?<![\w.,/:\-])\d|{_RAND_DIGIT})""")
#: Thousands set off by spaces ("250 000 tonnes", "N$500 000", a narrow
#: no-break space in French style): a run of three-digit groups that no
#: further digit group follows ("12 555 01 12" is a phone number).
_SPACED_GROUPS = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![ \u00a0\u202f]?\d)(?![.,]\d)"
_DIGITS = re.compile(rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{_SPACED_GROUPS}|\d+(?:\.\d+)?)"
                     r"(?:(?P<abbr>k|K|m|mn|mln|bn|b|tn|trn)(?![A-Za-z0-9]))?"
                     # No letters may follow, except a unit written against it
                     # ("8GB", "2.7GHz", "48.1C", "1,247p", "116km/h", "40kg"), or a
                     # word glued to it by lost spacing ("62,241fans"; see models._glued_words).
                     r"(?!(?!(?i:gb|mb|tb|kb|ghz|mhz|km|kg|cm|mm|ft|mw|gw)(?![A-Za-z])|[CF](?![A-Za-z0-9])|p(?![A-Za-z0-9])"
                     r"|(?!(?:bis|ter)\b)[a-z]{3,}(?![A-Za-z0-9]))"
                     r"[A-Za-z0-9_]|[.,:]\d|/(?!(?:10|100|5)(?![/.,]?\d))\d)")
_SCALE_AFTER = re.compile(rf"\s+({_alt(lx.SCALE_WORDS_AFTER_DIGITS)})\b", re.I)
_ARTICLE = re.compile(rf"(?i)({_FRACTION}\s+of\s+an?|half\s+an?|an?)\s+")
_WORD_STEP = re.compile(rf"(\s+and\s+|\s*-\s*|\s+)({_WORD})\b", re.I)
_FIRST_WORD = re.compile(rf"()({_WORD})\b", re.I)
_RATIO = re.compile(rf"(?i)\s+(?:in|out\s+of)\s+(?:\d|an?\b|{_WORD})")
#: "one ticket in seven", "two patients in every ten" (not "40 people in two buses", "5 deaths in 2024").
_NOUN_RATIO = re.compile(rf"(?i)\s+[a-z]+\s+(?:in|out\s+of)\s+(?:every\s+)?(?:{_WORD}|\d{{1,3}})\b(?![\d,.]\d)"
                         # the second number stands alone: "in seven had been sold", "in ten."
                         r"(?=\s*[,.;:)]|\s*$|\s+(?:had|have|has|was|were|is|are|will|would|could|can|did|do|does|got)\b)")
_RANGE_CONN = re.compile(r"(?i)(\s*[-–—]\s*|\s+to\s+|\s+or\s+)")
_AND = re.compile(r"(?i)\s+and\s+")
_CUR_SYMBOL = re.compile(rf"\s*({_SYMBOLS})")
_AFTER = [  # (regex, table) tried in order on the text after the number
    (re.compile(rf"(?i)\s*({_alt(lx.PERCENT_WORDS)})(?![A-Za-z])"), lx.PERCENT_WORDS),
    # A pressure before the currency it starts like: "14.50 pounds per square inch".
    (re.compile(r"(?i)\s+(pounds?\s+per\s+square\s+inch)\b"), {"pounds per square inch": "psi",
                                                               "pound per square inch": "psi"}),
    (re.compile(rf"(?i)\s+({_alt(lx.CURRENCY_WORDS)})\b"), lx.CURRENCY_WORDS),
    (re.compile(rf"\s*\b({_CODES})\b"), {**{c.lower(): c for c in lx.CURRENCY_CODES},
                                         **{c.lower(): u for c, u in lx.CODE_UNITS.items()}}),
    (re.compile(rf"(?i)(?:\s*-\s*|\s*)({_alt(lx.MEASURE_UNITS)})(?![A-Za-z])"), lx.MEASURE_UNITS),
    # "42,500 MT of rice": metric tonnes, as trade statements write them; in
    # capitals only ("36 Mt of CO2" is megatonnes).
    (re.compile(r"\s+(MT)(?![A-Za-z])"), {"mt": "t"}),
    # "3.42 million t of coal", "around 350,000 t": tonnes as trade copy
    # abbreviates them; lower case and spaced only ("T-shirts" are no unit).
    (re.compile(r" (t)(?![\w'’-])"), {"t": "t"}),
    # A bare "m" is metres where a dimension follows ("approximately 6,500 m
    # above the summit", "a 30 m deep shaft", "4 m north-west of the town");
    # elsewhere it may be millions.
    (re.compile(r"\s*(m)(?=\s+(?:above|below|beneath|under|high|tall|deep|long|wide|thick|away"
                r"|(?:north|south)(?:-?(?:east|west))?|east|west)\b)"), {"m": "m"}),
    (re.compile(rf"(?i)(?:\s+|-)({_alt(lx.DURATION_UNITS)})\b"), lx.DURATION_UNITS),
    (re.compile(rf"(?i)\s*-?({_alt(lx.COMPACT_UNITS)})(?![A-Za-z])"), lx.COMPACT_UNITS),
    # "1,247p": pence against the number, as share prices are written.
    (re.compile(r"(p)(?![A-Za-z0-9])"), {"p": "GBX"}),
    # "48.1C", "4°C", "39 °F": a capital scale letter against the number or after a degree sign.
    (re.compile(r"(?:\s?°\s?)?([CF])(?![A-Za-z0-9])"), {k.lower(): v for k, v in lx.TEMPERATURE_MARKS.items()}),
]
_DURATION_AFTER = next(rx for rx, table in _AFTER if table is lx.DURATION_UNITS)
#: Pesos named after a "$" sum, in brackets or not ("$ 38,420,000 (Uruguayan pesos)").
_PESOS_AFTER = re.compile(r"(?i)\s*\(?\s*(?:[A-Z][a-z]+\s+)?pesos?\b\)?")
_OF_CURRENCY = re.compile(rf"(?i)\s+of\s+({_alt(lx.CURRENCY_WORDS)})\b")
_FRACTION_AFTER = re.compile(r"(?i)(?:\s+|-)(?:halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\b")
_MAGNITUDE_AFTER = re.compile(r"(?i)-magnitude\b|\s+on\s+the\s+richter\s+scale\b")
_HYPHEN_WORD = re.compile(r"-([A-Za-z]+)\b(-\d)?")
#: "the 2641-rated grandmaster" gives his rating, as "rated 2614" does.
_HYPHEN_NOUNS = {"rated": "rating"}
_AGE_AFTER = re.compile(r"(?i)(?:-|\s)years?(?:-|\s)old\b|\s*-?\s*year-old")
_CLOCK_AFTER = re.compile(rf"(?i)\s*(?:[ap]\.?\s?m\b\.?|o'clock|h\b|hrs\b)|\s+(?:{_alt(lx.TIME_ZONES)})\b")
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b")
_APPOSITIVE_AFTER = re.compile(r"\s*(?:,|\band\b|\))")
_LABEL_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*\s+$")
_WORD_AFTER = re.compile(r"\s+(?:from\s+now|([A-Za-z]+))")
# Patterns that end where the number starts; searched in a short window.
#: A verb that "up" follows as its particle, right before "up to N": "goes up to", "was pushed up to".
_RISE_VERB = re.compile(r"(?i)\b(?:go|goes|going|gone|went|move[sd]?|moving|push(?:es|ed)?|pushing|"
                        r"ramp(?:s|ed)?|ramping|step(?:s|ped)?|stepping|back)\s+$")
_HEDGE_BEFORE = re.compile(rf"(?i)(?:^|(?<=[\s(\"“‘']))({_alt(lx.HEDGES)})\s+$")
_CUR_BEFORE = re.compile(rf"(?:(?<![A-Za-z])(?:([RN])|({_SPACED_SYMBOLS})\s?)|\b({_CODES})\s+)$")
_BETWEEN_BEFORE = re.compile(r"(?i)\bbetween\s+$")
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+$")
_AGE_BEFORE = re.compile(r"(?i)\b(?:aged|age|ages|the\s+ages?\s+of)\s+(?:between\s+)?(?:\d{1,3}\s*(?:to|and|-|–)\s*)?$")  # "aged 78 to 94"
_APPOSITIVE_BEFORE = re.compile(rf"(?:\b[A-Z][\w'’-]+|\b(?:{'|'.join(lx.PERSON_NOUNS)}))\s*,\s+$")
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s+$")
# "March 11 and 12", "March 11-12,": the second day of a month too.
_SECOND_DAY_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:and|to|through|until|till|-|–)\s*$")
_SECOND_DAY_AFTER = re.compile(r"(?:st|nd|rd|th)?\s*(?:[,.;:)]|$|\d{4})")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\s+$")
_MASKS = [  # phone numbers, numeric dates and clock times
    re.compile(r"\+\d{1,3}(?:[\s.-]\(?\d{1,4}\)?){2,}"),
    re.compile(r"(?<![\d,.])(?:\(\d{2,4}\)\s?)?\d{2,4}(?:[ .-]\d{2,4}){2,}(?![\d,])"),
    re.compile(r"\(\d{3}\)\s?\d{3}[\s.-]\d{4}"),
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}([/.])\d{1,2}\1\d{2,4}\b|\b\d{1,2}:\d{2}\b"),
]
_SHORT_PHONE = re.compile(r"\b\d{3}-\d{4}\b")
_SPACED_NUMBER = re.compile(_SPACED_GROUPS)
_PHONE_CUE = re.compile(rf"(?i)\b(?:{'|'.join(lx.PHONE_CUES)})\b")
_ID_NOUNS = frozenset(w.rstrip(".") for w in lx.ID_NOUNS)


def _tail(rx: re.Pattern[str], text: str, pos: int) -> re.Match[str] | None:
    """``rx`` (anchored with ``$``) ending at ``pos``, searched in a short window."""
    return rx.search(text, max(0, pos - 48), pos)


def _word_before(text: str, pos: int) -> str:
    m = _tail(_WORD_BEFORE, text, pos)
    return m.group(1).lower() if m else ""


def _id_listed(text: str, pos: int) -> bool:
    """Whether the number at ``pos`` is one of a list of identifiers ("Articles 166 and 173")."""
    m = _tail(_ID_LIST, text, pos)
    if m is not None and m.group(1).lower()[:-1] in _ID_NOUNS:
        return True
    # The list's first: "Articles 166 and ...".
    return _word_before(text, pos)[:-1] in _ID_NOUNS and _word_before(text, pos).endswith("s") \
        and bool(_LIST_GOES_ON.match(text, pos))


#: Identifiers listed after one plural noun: "Articles 166 and 173", "sections 4, 5 and 9".
_LIST_GOES_ON = re.compile(r"\d+\s*(?:,\s*\d|,?\s*(?:and|or|&)\s+\d)")
_ID_LIST = re.compile(r"\b([A-Za-z]+s)\s+\d+(?:\s*,\s*\d+)*\s*(?:,|,?\s*and|,?\s*or|&)\s*$")


def _key(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower())


@dataclass
class _Num:
    """A number core: local offsets, value and how it was written."""

    start: int
    end: int
    value: float
    kind: str  # "digit", "word" or "vague"
    high: float = 0.0
    integer: bool = False  # digits without separators, decimals or scale
    scaled: bool = False
    digits: float = 0.0  # the written digits before any scale ("3 billion" -> 3)


def _parse_words(text: str, pos: int) -> _Num | None:
    """Longest valid number-word phrase at ``pos`` ("two hundred and fifty")."""
    start, total, current, last, top = pos, 0.0, 0.0, "start", math.inf
    article = _ARTICLE.match(text, pos)
    share = 1.0
    if article and (fraction := re.match(r"(.+?)\s+of\s+an?$", " ".join(article.group(1).lower().replace("-", " ").split()))):
        share = _FRACTIONS[fraction.group(1)]  # "a quarter of a billion"
    elif article and article.group(1).lower().startswith("half"):
        share = 0.5  # "half a million"
    half = share != 1.0
    if article:
        current, last, pos = 1.0, "article", article.end()
    m, sep, end = _FIRST_WORD.match(text, pos), "", -1
    while m:
        w = m.group(2).lower()
        if w in _NUMBER_WORDS:
            tens = w in lx.TENS
            after_tens = last == "tens" and not tens and 0 < _NUMBER_WORDS[w] < 10 and sep != "and"
            if not (last in ("start", "hundred", "scale", "and") or after_tens):
                break
            current, last = current + _NUMBER_WORDS[w], "tens" if tens else "unit"
        elif w in ("hundred", "dozen"):
            if last not in ("unit", "tens", "article"):
                break
            current, last = current * (100 if w == "hundred" else 12), w
        else:
            scale = lx.SCALE_WORDS[w]
            if last not in ("unit", "tens", "hundred", "dozen", "article") or scale >= top:
                break
            total, current, last, top = total + current * scale, 0.0, "scale", scale
        end = m.end()
        m = _WORD_STEP.match(text, end)
        sep = m.group(1).strip().lower() if m else ""
        if sep == "and":
            if last not in ("hundred", "scale"):
                break
            last = "and"
    if end < 0 or last in ("article", "start"):
        return None
    value = (total + current) * share
    if last in ("unit", "tens") and not half and (point := _POINT_WORDS.match(text, end)):
        # "four point seven percent", as radio transcripts spell a decimal.
        digits = [_DIGIT_WORDS[w.lower()] for w in point.group(1).split()]
        value, end = value + float("0." + "".join(digits)), point.end()
    return _Num(start, end, value, "word", digits=value)


_DIGIT_WORDS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())}
_POINT_WORDS = re.compile(r"(?i)\s+point\s+((?:zero|one|two|three|four|five|six|seven|eight|nine)"
                          r"(?:\s+(?:zero|one|two|three|four|five|six|seven|eight|nine))*)\b")


def _parse_digits(text: str, pos: int) -> _Num | None:
    """Digits with separators, decimals and a scale ("1.5 million", "10k")."""
    m = _DIGITS.match(text, pos)
    if not m or (len(m.group("n")) > 1 and m.group("n")[0] == "0" and m.group("n")[1] != "."):
        return None  # "0800", "0143": codes and times, not counts
    raw, end, scale = m.group("n"), m.end(), 1.0
    if m.group("abbr"):
        scale = lx.SCALE_ABBREVIATIONS[m.group("abbr").lower()]
    elif s := _SCALE_AFTER.match(text, end):
        scale, end = lx.SCALE_WORDS_AFTER_DIGITS[s.group(1).lower()], s.end()
    elif (s := _SPACED_ABBREVIATION.match(text, end)) and _CURRENCY_SIGN_BEFORE.search(text, 0, pos):
        # "€6.5 m", "$2 bn": a sum's scale, spaced off as some outlets print it.
        scale, end = lx.SCALE_ABBREVIATIONS[s.group(1).lower()], s.end()
    digits = float(_SEPARATORS.sub("", raw))
    return _Num(pos, end, digits * scale, "digit", integer=raw.isdigit() and scale == 1,
                scaled=scale != 1, digits=digits)


_SPACED_ABBREVIATION = re.compile(r" (m|mn|bn)\b")
_SEPARATORS = re.compile(r"[, \u00a0\u202f]")
_CURRENCY_SIGN_BEFORE = re.compile(r"[$€£¥]\s?$")


def _parse_vague(m: re.Match[str]) -> _Num:
    """"tens of thousands", "several hundred", "dozens" as wide intervals."""
    words = m.group(0).lower().split()
    if m.group("vmult"):
        size = lx.VAGUE_MULTIPLES[words[0]] * lx.VAGUE_PLURALS[words[-1]]
        low, high = 2 * size, 10 * size - 1
    elif m.group("vquant"):
        lo, hi = lx.VAGUE_QUANTIFIERS[" ".join(words[:-1])]
        low, high = lo * lx.SCALE_WORDS[words[-1]], hi * lx.SCALE_WORDS[words[-1]]
    else:
        low, high = 2 * lx.VAGUE_PLURALS[words[0]], 10 * lx.VAGUE_PLURALS[words[0]] - 1
    return _Num(m.start(), m.end(), low, "vague", high=high)


def _parse_at(text: str, pos: int) -> _Num | None:
    return _parse_digits(text, pos) if pos < len(text) and text[pos].isdigit() else _parse_words(text, pos)


def parse_number(text: str) -> float | None:
    """Parse a number as written ("3,000", "1.5 million", "10k", "twelve hundred").

    A leading currency symbol and a trailing "%" are ignored. Returns None
    when ``text`` is not one number; never raises.
    """
    if not isinstance(text, str):
        return None
    s = re.sub(r"(?i)\s*(%|percent|per cent)$", "", re.sub(rf"^\s*(?:{_SYMBOLS})\s*", "", text)).strip()
    num = _parse_at(s, 0) if s else None
    return num.value if num is not None and num.end == len(s) and math.isfinite(num.value) else None


def digits_swapped(a: float, b: float, *, neighbouring: bool = False) -> bool:
    """Two whole figures written with the same digits save two that trade
    places ("€212 million" / "€221m"), the commonest slip in copying a
    figure. With ``neighbouring`` the two must stand side by side (175 and
    157, not 1,310 and 1,013)."""
    if a == b or a != int(a) or b != int(b):
        return False
    da, db = f"{a:.0f}", f"{b:.0f}"
    if len(da) != len(db):
        return False
    differ = [k for k in range(len(da)) if da[k] != db[k]]
    return len(differ) == 2 and da[differ[0]] == db[differ[1]] and da[differ[1]] == db[differ[0]] \
        and (not neighbouring or differ[1] == differ[0] + 1)


@dataclass
class _Cand:
    """A quantity found in the text, before the parse is consulted."""

    start: int
    end: int
    value: float
    low: float
    high: float
    hedge: str = ""
    unit: str = ""
    counted: str = ""  # from "15-member"
    strong: bool = False  # "3,000-strong force"
    year_like: bool = False
    one_word: bool = False


def _candidates(text: str) -> list[_Cand]:
    """Scan a sentence's text for quantity expressions (sentence offsets)."""
    phone_cue = bool(_PHONE_CUE.search(text))
    # "12 500 000 euros" has a phone number's shape; a sentence that names no
    # line to call reads it as a sum.
    masks = [(m.start(), m.end()) for rx in _MASKS for m in rx.finditer(text)
             if phone_cue or not _SPACED_NUMBER.fullmatch(m.group())]
    if phone_cue:
        masks += [(m.start(), m.end()) for m in _SHORT_PHONE.finditer(text)]
    out: list[_Cand] = []
    pos = 0
    while m := _START.search(text, pos):
        if m.group("vmult") or m.group("vquant") or m.group("vplural"):
            num: _Num | None = _parse_vague(m)
        else:
            num = _parse_at(text, m.start())
        if num is None:
            pos = m.end()
            continue
        pos = num.end
        if any(a < num.end and num.start < b for a, b in masks):
            continue
        if phone_cue and num.kind == "digit" and _SPACED_NUMBER.match(text, num.start, num.end):
            continue  # "call the line on 116 006": a number to dial
        cand, resume = _expand(text, num)
        if cand is not None:
            out.append(cand)
        pos = max(pos, resume)
    return out


#: "fifteen games later", "two fights ago", "one season after posting": a
#: span of time counted in events, not a count of them.
_LATER_AFTER = re.compile(
    r"(?i)\s+[a-z]+\s+(?:later|earlier|ago|afterwards?)\b"
    r"|\s+(?:seasons?|games?|matches|match|fights?|rounds?|races?|laps?|terms?)\s+(?:after|before|prior)\b"
)
#: Nouns after "N-M" that make it a record or a score, not a range.
_RECORD_AFTER = re.compile(r"(?i)\s+(?:halftime\s+)?(?:season|record|mark|lead|start|finish|win|victory|loss|defeat)\b")


_GAP_AFTER = re.compile(r"(?i)\s+(?:fewer|more|less)\s+than\b")
#: A live entry's stamp opening its line: "12.50 - ", "**21.05** – ".
_STAMP_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")
_STAMP_DASH = re.compile(r"\**\s*[-–—]\s")
_LINE_START = re.compile(r"(?:^|\n)[\s*]*$")
_HOUR_ENDS = re.compile(r"\s*(?:[.,;:!?)]|$|o'clock\b|in the (?:morning|evening)\b|tonight\b)")
_AND_CREW = re.compile(r"\s+passengers\s+and\s+crew(?:\s+members)?\b(?!\s+members\s+of)", re.IGNORECASE)
_IN_YEAR = re.compile(r"\s+in\s+(?:19|20)\d\d\b(?![,.]?\d)")


def _not_a_count(text: str, num: _Num) -> int | None:
    """Where to resume when the number is a time, date, age, fraction or ratio; else None."""
    s, e = num.start, num.end
    if later := _LATER_AFTER.match(text, e):
        return later.end()  # "fifteen games later", "one season after": when, not how many
    if num.kind != "vague" and _CLOCK_AFTER.match(text, e):
        return e
    if num.kind == "digit" and _STAMP_CLOCK.fullmatch(text, s, e) and _LINE_START.search(text, 0, s) \
            and (_STAMP_DASH.match(text, e) or not text[e:].strip(" *-–—")):
        # A live entry's stamp, "12.50 - Sligo University Hospital has 51
        # patients" (or the stamp the parser cut off as a sentence of its own).
        return e
    if num.kind == "digit" and (_tail(_MONTH_BEFORE, text, s) or _MONTH_AFTER.match(text, e)):
        return e
    if num.kind == "digit" and num.value <= 31 and _tail(_SECOND_DAY_BEFORE, text, s) and _SECOND_DAY_AFTER.match(text, e):
        return e
    if _AGE_AFTER.match(text, e) or _tail(_AGE_BEFORE, text, s) or _FRACTION_AFTER.match(text, e):
        return e
    if (ratio := _RATIO.match(text, e) or _NOUN_RATIO.match(text, e)) \
            and not (num.value >= 100 and _IN_YEAR.match(text, e)):
        return ratio.end()  # "1 in 5 adults", "about one ticket in seven"; not "6,580 in 2021"
    if _word_before(text, s) in lx.PHONE_VERBS:
        return e
    if num.value <= 24 and _word_before(text, s) in ("until", "till") and _HOUR_ENDS.match(text, e):
        return e  # "its longer morning peak runs again today until ten.": an hour, not a count
    if num.integer and num.value <= 120 and _tail(_APPOSITIVE_BEFORE, text, s) and _APPOSITIVE_AFTER.match(text, e):
        return e  # "John Smith, 52, said"
    if _GAP_AFTER.match(text, e) and not _tail(_CUR_BEFORE, text, s):
        # "won 47 votes, four fewer than the 51 it needed", "832 more than the
        # 6,580 recorded in 2021": the gap between two counts, not a count of
        # what they count (a sum "GH₵24.04 more than it pays today" stays).
        return e
    return None


#: A mark on a scale after its figure: "7.1/10", "42 out of 100".
_RATING_AFTER = re.compile(r"(?:\s*/\s*|\s+out\s+of\s+)(10|100|5)\b(?![/.,]?\d)")
#: Words before a figure that make "N/10" a mark rather than a day.
_RATING_BEFORE = re.compile(r"(?i)\b(?:rating|rated|score|scored|scores|average|grade|graded|marks?)\b[^.;\d]{0,40}$")


def _expand(text: str, num: _Num) -> tuple[_Cand | None, int]:
    """Grow a number core into a quantity (range, hedge, currency, unit).

    Returns the quantity (None when the number is not a count) and where
    scanning resumes, so the second number of a score is skipped too.
    """
    rating = _RATING_AFTER.match(text, num.end)
    if rating and not _RATING_BEFORE.search(text, max(0, num.start - 60), num.start):
        if rating.group(0).lstrip().startswith("/"):
            return None, rating.end()  # "on 7/10": a day, not a rating
        rating = None  # "21 out of 100 schools": a part, told as such below
    skip = None if rating else _not_a_count(text, num)
    if skip is not None:
        return None, skip
    low, high, value = num.value, num.high if num.kind == "vague" else num.value, num.value
    start, end, unit = num.start, num.end, ""
    hedge = "vague" if num.kind == "vague" else ""
    # Years of history come before 1900 ("looted by British soldiers in 1897"),
    # but only after a word that takes years is an older number a year.
    before = _WORD_BEFORE_NUMBER.search(text, max(0, num.start - 20), num.start)
    year_like = num.integer and (1900 <= num.value <= 2100 or 1000 <= num.value < 1900 and before is not None
                                 and before.group(1).lower() in _OLD_YEAR_WORDS
                                 and text[num.start:num.end].isdigit())
    if cur := _tail(_CUR_BEFORE, text, start):
        symbol = cur.group(1) or cur.group(2) or ""
        code = cur.group(3) or ""
        unit, start = lx.CURRENCY_SYMBOLS.get(symbol, lx.CODE_UNITS.get(code, code)), cur.start()
    # Ranges: "2,000-2,500", "30 to 40", "two or three", "between 20 and 25".
    between = _tail(_BETWEEN_BEFORE, text, start)
    conn = (_AND if between else _RANGE_CONN).match(text, end) if num.kind != "vague" else None
    if conn:
        sym = _CUR_SYMBOL.match(text, conn.end())
        second = _parse_at(text, sym.end() if sym else conn.end())
        if second is not None:
            unit = unit or (lx.CURRENCY_SYMBOLS[sym.group(1)] if sym else "")
            a, b, word = num.value, second.value, conn.group(0).strip().lower()
            if second.scaled and not num.scaled:
                a *= second.value / second.digits  # "$2-3 billion"
            if num.integer and second.integer and 1900 <= a <= 2100 and (1900 <= b <= 2100 or b < 100):
                return None, second.end  # "2008 to 2016", "2015-16": years
            if num.kind == "digit" and _MONTH_AFTER.match(text, second.end):
                return None, second.end  # "from 9 to 19 July": days
            if word == "to" and _tail(_FROM_BEFORE, text, start):
                unit = unit or _unit_after(text, second.end)[0]  # "from 40 to 55 dollars": two values
            elif word in ("-", "–") and _RECORD_AFTER.match(text, second.end):
                return None, second.end  # "a 2-13 season", "a 13-3 halftime lead": a record or score
            elif b > a and (word != "or" or b <= 10 * a):
                low, high, value, end, hedge, year_like = a, b, a, second.end, "range", False
                start = between.start() if between else start
            elif word == "to" and b < a and (num.scaled or unit):
                pass  # "R$890 million to 3,140 residents": a sum and whom it went to
            elif word == "to" and _VOTED_BEFORE.search(text[max(0, start - 30):start]):
                pass  # "voted 20 to nine": the ayes, and the noes after them as their own count
            elif word != "or":
                return None, second.end  # "7-0", "52 to 48": scores and votes
    # Hedge words before the number (or before its currency symbol).
    h = _tail(_HEDGE_BEFORE, text, start)
    if h and h.group(1).lower() == "over" and _DURATION_AFTER.match(text, end) \
            and _word_before(text, h.start(1)) not in lx.DURATION_HEDGE_VERBS:
        h = None  # "over two years": during, not more than
    if h and h.group(1).lower() == "over" and _word_before(text, h.start(1)) in lx.ACROSS_VERBS:
        h = None  # "ran over 11 sessions": across, not more than
    if h and h.group(1).lower() == "over" and _word_before(text, h.start(1)) in lx.OVER_PARTICLE_VERBS:
        h = None  # "handed over 12 objects": the verb's particle, not more than
    if h and _key(h.group(1)) == "up to" and _RISE_VERB.search(text, 0, h.start(1)):
        h = None  # "the allowance goes up to 450,000 dong", "output is back up to 21,000": the level it rises to, not a ceiling
    if h and h.group(1).lower() in ("passes", "passed") and _PASSED_AT.match(text, end):
        h = None  # "passed 134,200 km from Earth's centre": how far off it passed, not a mark it topped
    if h and not between:
        phrase = _key(h.group(1))
        hedge, start = lx.HEDGE_CANONICAL.get(phrase, phrase), h.start(1)
        low, high = lx.hedge_bounds(lx.HEDGES[phrase], low, high)
    if not hedge and (bound := _OR_MORE_AFTER.match(text, end)):
        # "when twenty or more jobs are at stake": a bound, as "at least 20" is.
        more = bound.group(1).lower() in ("more", "over", "above")
        hedge = f"or {bound.group(1).lower()}"
        low, high = lx.hedge_bounds("at_least" if more else "at_most", low, high)
    low, high = float(f"{low:.12g}"), float(f"{high:.12g}")  # no float noise from "about"
    # What follows: a unit, a currency, a duration, "-magnitude", "-strong".
    cand = _Cand(start, end, value, low, high, hedge, unit)
    number_end = end
    suffix, after_end = _unit_after(text, end)
    if unit == "USD" and (pesos := _PESOS_AFTER.match(text, end)) and lx.BARE_DOLLAR.search(text[max(0, start - 3):start + 2]):
        # "$ 38,420,000 (Uruguayan pesos)": the peso's sign is the dollar's.
        cand.unit = lx.CURRENCY_WORDS["pesos"]
        suffix, after_end = "", pesos.end()
    if suffix in ("degC", "degF") and text[end:after_end] in ("C", "F") and _LABEL_BEFORE.search(text[max(0, start - 30):start]):
        return None, after_end  # "Section 3C", "Gate 5F": a label, not a temperature
    magnitude = _MAGNITUDE_AFTER.match(text, end)
    if rating:
        # "an average rating of 7.1/10", "a score of 42 out of 100": a mark on a scale.
        cand.unit, cand.end = f"/{rating.group(1)}", rating.end()
    elif magnitude or _word_before(text, start) == "magnitude":
        cand.unit, cand.end = "magnitude", magnitude.end() if magnitude else end
    elif suffix:
        cand.unit, cand.end = cand.unit or suffix, after_end
        if suffix in lx.DURATION_UNITS.values() and _date_like_duration(text, start, number_end, after_end):
            return None, after_end
        if cand.unit in ("degC", "degF", "deg") and (minus := _MINUS_BEFORE.search(text, 0, cand.start)):
            # "fell to minus 17.8 degrees Celsius": below zero, as "-17.8C" is.
            cand.value, cand.low, cand.high, cand.start = -cand.value, -cand.high, -cand.low, minus.start()
    elif num.kind == "vague" and (of := _OF_CURRENCY.match(text, end)):
        cand.unit, cand.end = lx.CURRENCY_WORDS[_key(of.group(1))], of.end()
    elif hy := _HYPHEN_WORD.match(text, end):
        if hy.group(2):
            return None, hy.end()  # "24-cv-1187": an identifier
        cand.strong = hy.group(1).lower() == "strong"
        cand.counted = "" if cand.strong else _HYPHEN_NOUNS.get(hy.group(1).lower(), hy.group(1).lower())
    # Identifiers: "Article 5", "No. 10", "Route 66", and each of a list of
    # them: "under Articles 166 and 173".
    if num.integer and not cand.unit and not hedge and (
            _word_before(text, start).rstrip(".") in _ID_NOUNS or _id_listed(text, start)):
        return None, cand.end
    cand.one_word = num.kind == "word" and text[num.start:num.end].lower() == "one" and not hedge
    # "the most in any year since at least 2016": a hedged year after a word
    # that takes years is still a year, not "at least 2016" of something.
    cand.year_like = year_like and not cand.unit and (
        not hedge or hedge != "range" and text[num.start:num.end].isdigit()
        and _word_before(text, start) in _HEDGED_YEAR_WORDS)
    return cand, cand.end


def _unit_after(text: str, pos: int) -> tuple[str, int]:
    """Unit written right after the number, and where it ends."""
    for rx, table in _AFTER:
        if m := rx.match(text, pos):
            unit = table[_key(m.group(1))]
            if unit in ("m3", "ft3") and (rate := _PER_SECOND_AFTER.match(text, m.end())):
                # "5,800 cubic metres of water per second": a flow, as "per second" says.
                return f"{unit}/s", rate.end()
            return unit, m.end()
    return "", pos


_SHORT_AFTER = re.compile(r"\s+[a-z-]+\s+short\b(?!-)")
_MINUS_BEFORE = re.compile(r"(?i)\bminus\s+$")
_PER_SECOND_AFTER = re.compile(r"(?i)\s+of\s+[a-z]+(?:\s+[a-z]+)?\s+(?:per|a|each)\s+second\b")


def _date_like_duration(text: str, start: int, number_end: int, end: int) -> bool:
    """"three days ago", "in two weeks", "the past 24 hours", "a 40-year high"."""
    nxt = _WORD_AFTER.match(text, end)
    word = "" if nxt is None else (nxt.group(1) or "now").lower()
    if text[number_end:end].lstrip().startswith("-") and word in lx.DURATION_IDIOMS:
        return True
    return word in lx.DATE_OFFSET_AFTER or word == "now" or \
        _word_before(text, start) in lx.DATE_PERIOD_BEFORE | {"in"}


# --- the parse: what is counted, by whom -----------------------------------------


def _tokens(sent: Span, start: int, end: int) -> list[Token]:
    return [t for t in sent if t.idx < end and t.idx + len(t.text) > start]


def _anchor(toks: list[Token]) -> Token:
    """The syntactic head of the quantity's tokens."""
    inside = {t.i for t in toks}
    outside = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
    nominal = [t for t in outside if t.head.pos_ in ("NOUN", "PROPN") and t.head.i > t.i]
    if nominal:
        return nominal[0]
    return outside[-1] if outside else toks[-1]


def canonical_counted(tok: Token) -> str:
    """Canonical key for a counted noun: synonym group, else its lemma."""
    if tok.lower_ == "head":
        # "3,271,900 head of livestock", "400 head of cattle": the animals.
        of = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"), None)
        if of is not None:
            return canonical_counted(of)
    mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.i == tok.i - 1]
    if mods:
        phrase = f"{mods[0].lower_} {tok.lower_}"
        if phrase in lx.COUNTED_SYNONYMS:
            return lx.COUNTED_SYNONYMS[phrase]
        if tok.lower_ in lx.UNMODIFIED_ONLY and mods[0].dep_ == "amod" and mods[0].lower_ not in ("strong", "dead"):
            return tok.lemma_.lower()  # "3 international bodies"
        if tok.lemma_.lower() == "force" and mods[0].lower_ in lx.NON_MILITARY_FORCES:
            return tok.lemma_.lower()
        if tok.lemma_.lower() == "population" and mods[0].pos_ == "NOUN" and mods[0].lower_ in lx.COUNTED_SYNONYMS:
            return canonical_counted(mods[0])  # "the student population" counts students
        if tok.lemma_.lower() in lx.NATIONAL_NOUNS and mods[0].dep_ == "amod" and mods[0].text[:1].isupper():
            # "21 German nationals", "27 Polish citizens": the people of a
            # nation, as "12 Germans" and "27 Poles" count them.
            return _nationality(mods[0])
    for form in (tok.lower_, tok.lemma_.lower()):
        if form in lx.COUNTED_SYNONYMS:
            return lx.COUNTED_SYNONYMS[form]
    if tok.text[:1].isupper() and tok.lower_ in lx.NATIONALITY_NOUNS:
        return _nationality(tok)
    return _singular(tok)


def _singular(tok: Token) -> str:
    """A noun's lemma; where the small model left a plural as its own lemma
    ("164 of the rhinos killed", but "146 rhinos" elsewhere), its singular."""
    lemma = tok.lemma_.lower()
    if lemma != tok.lower_ or not lemma.endswith("s") or lemma in lx.COUNTED_SYNONYMS:
        return lemma
    # The same word elsewhere in the report, lemmatised ("rhinos" tagged a
    # singular here, "rhino" in the next sentence).
    other = next((t.lemma_.lower() for t in tok.doc if t.lower_ == tok.lower_ and t.lemma_.lower() != lemma), None)
    if other is not None:
        return other
    if tok.tag_ != "NNS":
        return lemma
    if lemma.endswith("ies") and len(lemma) > 4:
        return lemma[:-3] + "y"
    if lemma.endswith(("ches", "shes", "sses", "xes")):
        return lemma[:-2]
    if lemma.endswith("s") and not lemma.endswith(("ss", "us", "is")):
        return lemma[:-1]
    return lemma


def _nationality(tok: Token) -> str:
    """One key for a nation's people, however named: "Poles" and "Polish"
    are "polish"; "German" is "german", as the lemma of "Germans" is."""
    return lx.NATIONALITY_NOUNS.get(tok.lower_, tok.lower_)


def _governor(tok: Token) -> Token | None:
    """The nearest verb (or copula) above a token, or the verb that puts a
    figure "at" its value: "puts the loss from buying back the shares at 62
    billion won", where the parser hangs the "at" on the nearer verb."""
    verb = verb_above(tok)
    if verb is not None and tok.head.lower_ == "at":
        return put_at(verb) or verb
    return verb


def put_at(verb: Token) -> Token | None:
    """The verb above ``verb`` that puts a figure "at" a value, when ``verb`` is none."""
    if verb.lemma_.lower() in _PUT_AT_VERBS:
        return None
    return next((v for v in verb.ancestors if v.pos_ == "VERB" and v.lemma_.lower() in _PUT_AT_VERBS), None)


def _short_by(noun: Token) -> str:
    """"hospitals are about 4,000 nurses short": a shortfall, measured by the
    adjective the count modifies, not a number of nurses who did anything."""
    return noun.head.lower_ if noun.dep_ == "npadvmod" and noun.head.lower_ in ("short", "shy") else ""


def _put_at_figure(head: Token, verb: Token) -> bool:
    """"Organisers put the crowd that marched ... at about 3,000": the "at" the
    parser hung on the relative clause's verb gives the putting verb its figure."""
    at = head.head
    if not (at.lower_ == "at" and head.dep_ == "pobj" and verb.lemma_.lower() in _PUT_AT_VERBS):
        return False
    if at.head.dep_ == "relcl":
        return at.head.head.head.i == verb.i
    # "He put the energy an object of this kind would release in the
    # atmosphere at 3 to 5 megatons": the parser may read the bare relative
    # clause as a second verb; the "at" is the putting verb's when it has none.
    return at.head.dep_ == "conj" and at.head.head.i == verb.i \
        and not any(c.lower_ == "at" for c in verb.children)


#: A distance something passed at: "passed 134,200 km from", "passes 3 miles off".
_PASSED_AT = re.compile(r"\s*(?:km|kilomet(?:re|er)s|miles?|nautical miles|metres|meters|m|feet|ft)\b\.?\s+"
                        r"(?:from|of|above|over|below|off|away)\b", re.IGNORECASE)

#: Verbs that set a figure at a value: "puts the loss at", "valued the deal at".
_PUT_AT_VERBS = frozenset({"put", "value", "estimate", "peg", "place", "set", "fix"})


def _outcome(verb: Token | None) -> str:
    """What a count governed by this verb counts ("killed" -> "deaths")."""
    if verb is None:
        return ""
    if verb.lemma_.lower() in lx.OUTCOME_VERBS:
        return lx.OUTCOME_VERBS[verb.lemma_.lower()]
    if verb.lower_ in lx.OUTCOME_VERBS:
        return lx.OUTCOME_VERBS[verb.lower_]
    for c in verb.children:
        if c.dep_ in ("prt", "dobj") and f"{verb.lemma_.lower()} {c.lower_}" in lx.OUTCOME_VERBS:
            return lx.OUTCOME_VERBS[f"{verb.lemma_.lower()} {c.lower_}"]
    for c in verb.children:
        if c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_ in lx.OUTCOME_VERBS:
            return lx.OUTCOME_VERBS[c.lower_]
    return ""


def _defined_group(noun: Token) -> bool:
    """Whether ``noun`` is a definite group its own clause defines ("the 68
    residents who were evacuated", "all 40 patients taken to hospital")."""
    definite = any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "all", "those", "these") for c in noun.children)
    return definite and any(c.dep_ in ("relcl", "acl") for c in noun.children)


def _sick(noun: Token, verb: Token | None) -> str:
    """"sick" when the counted people are the sick among them ("186 sick
    passengers", "97 passengers had reported symptoms", "people fell ill");
    "still sick" when they are those still sick ("23 passengers who still had
    symptoms"), a count that falls as people recover while the count of all
    who fell sick only rises; else ""."""
    verbs = [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    if verb is not None and verb.i not in {v.i for v in verbs}:
        verbs.append(verb)
    still = any(c.dep_ == "advmod" and c.lower_ == "still" for v in verbs for c in v.children) \
        or any(v.lemma_.lower() == "remain" for v in verbs)
    state = "still sick" if still else "sick"
    if any(c.dep_ == "amod" and c.lower_ in lx.SICK_WORDS for c in noun.children):
        return state
    for v in verbs:
        if v.lemma_.lower() == "sicken":
            return state
        for c in v.children:
            if c.dep_ in ("acomp", "oprd", "advmod") and c.lower_ in lx.SICK_WORDS:
                return state  # "fell ill", "became sick", "remain unwell"
            if c.dep_ == "dobj" and c.lower_ in lx.SICK_OBJECTS and v.lemma_.lower() in lx.SICK_VERBS:
                return state
    return ""


def _of_noun(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN", "ADJ", "VERB"):
                    return _noun_after_demonym(p) or p
    return None


def _noun_after_demonym(adj: Token) -> Token | None:
    """"42,500 MT of Vietnamese 5% broken rice": the parser may take the
    demonym for the object of "of" and hang the noun elsewhere."""
    if adj.pos_ not in ("ADJ", "PROPN") or not adj.text[:1].isupper():
        return None
    for t in adj.doc[adj.i + 1 : adj.i + 5]:
        if t.pos_ in ("PUNCT", "VERB", "ADP", "AUX", "CCONJ"):
            return None
        if t.pos_ == "NOUN" and t.dep_ not in ("compound", "nmod", "nummod", "npadvmod"):
            # A name the parser took for the object keeps it unless the noun
            # after it was hung elsewhere, as a second object ("Thai ... rice").
            return t if adj.pos_ == "ADJ" or t.dep_ == "conj" else None
    return None


def _state_phrase(tok: Token) -> tuple[Token, Token] | None:
    """The preposition and noun of a state phrase on ``tok`` ("in Russian
    captivity", "under arrest"): a state from ``lexicon.STATE_NOUNS``."""
    return next(((c, p) for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "under", "on")
                 for p in c.children if p.dep_ == "pobj"
                 and p.lemma_.lower() in (lx.ROLL_NOUNS if c.lower_ == "on" else lx.STATE_NOUNS)), None)


def _held_in(tok: Token) -> str:
    """The state a "in"/"under" phrase on ``tok`` names ("in Russian captivity" -> "captivity")."""
    phrase = _state_phrase(tok)
    return phrase[1].lemma_.lower() if phrase is not None else ""


def _count_noun(tok: Token) -> str:
    """"the death toll", "the number of patients" -> what they count."""
    mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.i == tok.i - 1]
    if mods and f"{mods[0].lower_} {tok.lower_}" in lx.COUNTED_SYNONYMS:
        return lx.COUNTED_SYNONYMS[f"{mods[0].lower_} {tok.lower_}"]
    if tok.lemma_.lower() in lx.COUNT_NOUNS:
        of = _of_noun(tok)
        if of is not None and of.lower_ in lx.GENERIC_NOUNS:
            # "the number of people killed by the cyclone" counts deaths.
            for c in of.children:
                if c.dep_ in ("acl", "relcl", "amod") and (outcome := _outcome(c)):
                    return outcome
        if of is not None:
            # "the number of Ukrainians in Russian captivity": those held, not
            # all Ukrainians (the parser may hang "in" on the verb instead).
            held = _held_in(of) or (_held_in(tok.head) if tok.dep_ == "dobj" else "")
            return f"{canonical_counted(of)} in {held}" if held else canonical_counted(of)
        for c in tok.lefts:
            if c.dep_ in ("compound", "amod") and c.lower_ in lx.COUNTED_SYNONYMS:
                return lx.COUNTED_SYNONYMS[c.lower_]
        return lx.COUNT_NOUN_DEFAULTS.get(tok.lemma_.lower(), "")
    return ""


def _tally_noun(noun: Token) -> str:
    """"the total deaths", "overall cases": a noun made its own running tally."""
    if any(m.lower_ in _TALLY_WORDS for m in noun.lefts if m.dep_ in ("amod", "compound")):
        return canonical_counted(noun)
    return ""


def _counted_with(noun: Token) -> str:
    """The opposite one figure counts together with its own noun: "departures"
    in "165 arrivals and departures" (not in "86 departures and 79 arrivals").
    Only opposites: "212 employees and contractors" are the 221 workers
    another report counts, not a pair of counts."""
    if noun.pos_ != "NOUN" or noun.i + 2 >= len(noun.doc) or noun.doc[noun.i + 1].lower_ not in ("and", "or"):
        return ""
    other = noun.doc[noun.i + 2]
    if other.dep_ != "conj" or other.head.i != noun.i or other.pos_ != "NOUN" \
            or frozenset({noun.lemma_.lower(), other.lemma_.lower()}) not in _OPPOSITES:
        return ""
    return canonical_counted(other)


#: Things counted in opposite directions, which a report may count apart.
_OPPOSITES = frozenset(frozenset(pair) for pair in (
    ("arrival", "departure"), ("import", "export"), ("birth", "death"), ("entry", "exit"), ("inflow", "outflow"),
    ("landing", "takeoff"), ("admission", "discharge"),
))


#: Units of electric power, whose "capacity" names nothing more than the unit.
_POWER_UNITS = frozenset({"MW", "GW"})


def _named_by_copula(toks: list[Token]) -> Token | None:
    """The noun a copula names an amount as: "1,150 tonnes was cork"."""
    for t in toks:
        verb = t.head
        if t.dep_ == "nsubj" and verb.lemma_.lower() == "be" and verb.i > t.i:
            return next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.i > verb.i), None)
    return None


def _copula_attribute(anchor: Token, inside: set[int]) -> Token | None:
    """The noun after "were" when a bare figure opens its own clause: "two were visitors"."""
    doc = anchor.doc
    end = max(inside)
    if end + 2 >= len(doc):
        return None
    be = doc[end + 1]
    if be.lemma_.lower() != "be" or be.pos_ not in ("AUX", "VERB"):
        return None
    return next((c for c in be.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.i > be.i), None)


def _counted(sent: Span, anchor: Token, toks: list[Token], cand: _Cand, previous: str) -> str:
    """What a quantity counts: its noun, its "of" complement, its verb, or the previous count's."""
    if cand.unit in lx.CURRENCY_CODES:
        return ""
    inside = {t.i for t in toks}
    if cand.strong or anchor.head.lower_ == "strong":  # "a 3,000-strong force"
        after = anchor.head if anchor.head.lower_ == "strong" else anchor
        return next((canonical_counted(t) for t in sent if t.i > after.i and t.pos_ in ("NOUN", "PROPN")), "")
    if cand.counted:
        return cand.counted
    if cand.unit:  # "2,000 tonnes of grain"; a unit alone counts nothing
        of = next((o for o in map(_of_noun, toks) if o is not None and o.i not in inside), None)
        counted = canonical_counted(of) if of is not None else ""
        if not counted and (named := _named_by_copula(toks)) is not None:
            counted = canonical_counted(named)  # "Of that, 1,150 tonnes was cork already stripped"
        # "1,870 MW of maximum import capacity" counts what "1,780 MW" does:
        # power is all a megawatt can measure.
        return "" if cand.unit in _POWER_UNITS and counted == "capacity" else counted
    if (nxt := _outcome_noun(anchor, inside)) is not None:
        return _outcome(nxt)  # "the 75 injured", "the 23 dead": the outcome stands for its people
    if _BARE_VOTE.match(doc_text(anchor.doc), anchor.idx + len(anchor.text)) and anchor.i == max(inside) \
            and previous in ("", lx.COUNTED_SYNONYMS.get("votes", "vote")):
        # "96 in favour, 32 against and eight abstentions": the bare numbers
        # of a tally are votes, not the noun the list ends on. (After a
        # counted noun, "22,363 of its members had voted in favour and 6,089
        # against", the count of that noun goes on.)
        return lx.COUNTED_SYNONYMS.get("votes", "vote")
    before = doc_text(anchor.doc)[max(0, anchor.idx - 60):anchor.idx]
    if anchor.i == max(inside) and (_NOES_AFTER.search(before) or _VOTED_BEFORE.search(before) and re.match(
            r"\s+to\s+[\w,.-]+", doc_text(anchor.doc)[anchor.idx + len(anchor.text):])):
        return lx.COUNTED_SYNONYMS.get("votes", "vote")  # "voted 20 to nine": a vote's score, in votes
    h = anchor  # "23 of 30 drones": climb through numbers stacked on each other
    while h.head.pos_ == "NUM" and h.head.i not in inside and h.head.i > h.i:
        h = h.head
    noun: Token | None = None
    if h.head.i not in inside and h.head.i > h.i and h.head.pos_ in ("NOUN", "PROPN") and h.dep_ in _MODIFIER_DEPS:
        noun = h.head
        if noun.dep_ == "compound" and noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.head.i == noun.i + 1 \
                and noun.head.pos_ == "NOUN" and noun.head.tag_ == "NNS":
            # "63 server racks": the parser may hang the count on the word
            # that says which kind; the plural after it is what is counted.
            noun = noun.head
    if noun is None and h.head.i not in inside and h.head.i > h.i and h.head.pos_ == "ADJ" and h.dep_ in _MODIFIER_DEPS:
        # "about 640 inpatient and day-case procedures": the parser may make
        # the first of two coordinated kinds the head; the plural they share counts.
        noun = next((c for c in h.head.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.tag_ == "NNS"), None)
        doc = h.doc
        if noun is None and h.head.i + 1 < len(doc) and doc[h.head.i + 1].lower_ in ("and", "or"):
            for t in doc[h.head.i + 2: h.head.i + 7]:
                if t.pos_ == "NOUN" and t.tag_ == "NNS":
                    noun = t
                    break
                if t.pos_ in ("VERB", "AUX", "NUM") or t.is_punct and t.tag_ != "HYPH":
                    break
    if noun is None and anchor.dep_ == "conj" and (own := _copula_attribute(anchor, inside)) is not None:
        # "three were patients and two were visitors": the parser may hang
        # "two" on "patients"; the clause the figure opens says what it counts.
        noun = own
    noun = noun or next((o for o in map(_of_noun, toks) if o is not None), None) or _antecedent(anchor)
    if noun is None:  # the parse missed it: "N [adjectives] noun"
        nxt = next((t for t in sent if t.i > max(inside) and not (t.pos_ == "ADJ" or t.dep_ == "amod")), None)
        if nxt is not None and nxt.pos_ == "NOUN" and nxt.tag_ in ("NNS", "NN") and nxt.dep_ != "npadvmod":
            noun = nxt
    verb = _governor(noun if noun is not None else anchor)
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.lemma_.lower() in _REMAINS:
        return canonical_counted(noun.head.head)  # "the bodies of 1,000 soldiers" are bodies, not troops
    after_times = noun.nbor(1) if noun is not None and noun.i + 1 < len(noun.doc) else None
    if noun is not None and noun.lower_ == "times" and verb is not None and verb.pos_ == "VERB" \
            and verb.lemma_.lower() not in ("be", "have") \
            and not (after_times is not None and (after_times.tag_ in ("JJR", "RBR") or after_times.lower_ in ("as", "the"))):
        # "discharged untreated sewage 1,816 times" counts discharges, as
        # "1,186 discharges" does: how often the verb happened.
        return verb.lemma_.lower()
    if noun is not None:
        generic = noun.lower_ in lx.GENERIC_NOUNS or noun.lemma_.lower() in lx.GENERIC_NOUNS
        key = (_outcome(verb) if generic else "") or _per(noun, canonical_counted(noun))
        if (state := _sick(noun, verb)) and key not in lx.SICK_ALREADY:
            return state if generic else f"{state} {key}"
        return key
    if out := _outcome(verb):
        return out
    if verb is not None and verb.lower_ == "rated":
        return _HYPHEN_NOUNS["rated"]  # "Vondráček, rated 2614 on the September list"
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.pos_ == "NOUN":
        owner = anchor.head.head  # "a population of 2.7 million", "a death toll of 300"
        if key := _count_noun(owner) or lx.COUNTED_SYNONYMS.get(owner.lower_, ""):
            return key
    if verb is not None:
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        if anchor.dep_ == "pobj" and anchor.head.lower_ == "at" and objects:  # "put the crowd at 45,000"
            return _count_noun(objects[0]) or canonical_counted(objects[0])
        if verb.lemma_.lower() in ("number", "total") and verb.dep_ == "acl":  # "forces numbering 11,000"
            return canonical_counted(verb.head)
        for c in verb.children:  # "the toll rose to 412", "the total cases were higher than 5"
            if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and (key := _count_noun(c) or _tally_noun(c)):
                return key
        if anchor.dep_ == "pobj" and anchor.head.lower_ == "to":
            # "brought the number of Ukrainians freed ... to 6,428" (the parser
            # may hang "to" on "freed", the number's own clause).
            owners = [c for c in verb.children if c.dep_ == "dobj"]
            if verb.dep_ in ("acl", "relcl"):
                owners.append(verb.head)
            for c in owners:
                if c.pos_ == "NOUN" and (key := _count_noun(c)):
                    return key
                if c.pos_ == "NOUN" and (key := _tally_noun(c)):
                    return key  # "bringing the total deaths to 45"
        if anchor.dep_ == "nsubj" and verb.lemma_.lower() == "be":
            # "63,170 are clients of the bank's U.S. arm": the noun after "are" is what is counted.
            attr = next((c for c in verb.children if c.dep_ == "attr" and c.tag_ in ("NNS", "NNPS")), None)
            if attr is not None:
                return canonical_counted(attr)
        if key := _level_of(anchor, verb):
            return key
    if (whole := fronted_whole(sent, anchor)) is not None:
        # "Of the 197 deputies present in the 200-seat house, 101 voted in
        # favour, 89 against": the bare numbers count the whole's deputies.
        return canonical_counted(whole)
    if not previous and (noun := _elided(anchor, verb)) is not None:
        return canonical_counted(noun)
    return previous


def fronted_whole(sent: Span, anchor: Token) -> Token | None:
    """The counted noun of a partitive that opens the sentence before ``anchor``
    ("Of the 197 deputies present, ..."), when ``anchor`` is a bare number."""
    toks = [t for t in sent if t.i < anchor.i]
    if len(toks) < 4 or toks[0].lower_ != "of" or not any(t.text == "," for t in toks):
        return None
    # "Of the approximately 380 HGP staff who ...": a collective noun counts too.
    noun = next((t for t in toks[1:6] if t.pos_ == "NOUN" and (t.tag_ == "NNS" or t.tag_ == "NN" and any(
        c.dep_ == "nummod" for c in t.children))), None)
    if noun is None or not any(c.dep_ == "nummod" for c in noun.children):
        return None
    comma = next(t.i for t in toks if t.text == ",")
    if any(t.tag_ == "NNS" and any(c.dep_ == "nummod" for c in t.children) for t in toks if t.i > comma):
        return None  # "Of the 24,816 attendances, 3,472 patients ..., and 1,508": the list's own noun
    return noun


_REMAINS = frozenset({"body", "bodies", "remains", "corpse"})
#: A vote told as a score: "voted 20 to nine", "by 20 votes to 11", "by a vote of 20 to 11".
_VOTED_BEFORE = re.compile(r"\b(?:voted|by|vote of)\s+$", re.IGNORECASE)
_NOES_AFTER = re.compile(r"\b(?:voted|by|vote of)\s+[\w,.-]+\s+(?:votes?\s+)?to\s+$", re.IGNORECASE)
#: The words after a tally's bare number: "96 in favour,", "32 against and".
_BARE_VOTE = re.compile(r"\s+(?:in favou?r|against)\b(?=\s*(?:[,;.)]|and\b|with\b|$))", re.IGNORECASE)

#: Words before a bare number that take the noun of the count before it:
#: "another 3,140", "of these, 7,813", "of them, 40".
_ELIDED_LEAD = re.compile(r"(?:\banother|\bof\s+(?:these|them|those|whom),?)\s*$", re.IGNORECASE)


def _elided(anchor: Token, verb: Token | None) -> Token | None:
    """The noun a bare number leaves out, from the sentence before: "Laurentian
    National locked out 6,200 workers. Prairie Pacific locked out 3,410." (the
    same verb) and "8,816 trainees had signed ... Of these, 7,813 had left"
    (a word pointing back). Light verbs ("was", "had") point at nothing."""
    doc, sent = anchor.doc, anchor.sent
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    lead = doc_text(doc)[sent.start_char:anchor.idx]
    pointed = bool(_ELIDED_LEAD.search(lead))
    # A word pointing back takes even a generic noun ("14,900 people had been
    # evacuated ... Of those, 3,170 were taken off by boat"); a verb alone does not.
    counts = [n for n in map(_noun_after, before) if n is not None and (pointed or n.lower_ not in lx.GENERIC_NOUNS)]
    # "trainees at 100 hospitals": a count inside a phrase qualifies the one it follows.
    counts = [t for t in counts if t.dep_ != "pobj"] or counts
    if not counts:
        return None
    if pointed:
        # "48,612 runners from 156 nations registered. Of these, 44,807
        # started": "these" are the subject's, not the last count's.
        subjects = [t for t in counts if t.dep_ in ("nsubj", "nsubjpass")]
        heads = [t for t in counts if not (t.dep_ == "pobj" and t.head.lower_ in _QUALIFYING_PREPS)]
        return (subjects or heads or counts)[-1]
    if verb is None or verb.lemma_.lower() in _LIGHT_ELIDED:
        return None
    same = [t for t in counts if (v := _governor(t)) is not None and v.lemma_.lower() == verb.lemma_.lower()]
    return same[-1] if same else None


def _noun_after(tok: Token) -> Token | None:
    """The plural noun a number counts, read off the words ("8,816 trainee
    doctors"), since the parse may hang the number elsewhere ("By Friday 8,816")."""
    if tok.tag_ != "CD":
        return None
    for nxt in tok.doc[tok.i + 1:tok.i + 4]:
        if nxt.tag_ == "NNS":
            return nxt
        if nxt.tag_ not in ("NN", "JJ", "VBN", "VBG"):
            return None
    return None


#: Prepositions whose counted noun qualifies another count: "runners from 156 nations".
_QUALIFYING_PREPS = frozenset({"from", "in", "at", "across", "on", "with"})
_LIGHT_ELIDED = frozenset({"be", "have", "say", "include", "give", "get", "make", "take"})


def _antecedent(anchor: Token) -> Token | None:
    """"37 children were being treated. Nine of them were in intensive care":
    the group "them" stands for, the last counted plural noun before it in
    this sentence or the one before."""
    doc = anchor.doc
    if anchor.i + 2 >= len(doc) or doc[anchor.i + 1].lower_ != "of" or doc[anchor.i + 2].lower_ not in ("them", "those"):
        return None
    sent = anchor.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for tok in reversed(doc[start:anchor.i]):
        if tok.tag_ == "NNS" and any(c.dep_ == "nummod" for c in tok.children):
            return tok
    return None


def _per(noun: Token, counted: str) -> str:
    """"220 pixels per inch" counts pixels per inch, a density, not pixels."""
    doc = noun.doc
    if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "per" and doc[noun.i + 2].pos_ == "NOUN":
        return f"{counted} per {doc[noun.i + 2].lemma_.lower()}"
    # "25,000 barrels of oil per day", "62,000 barrels of oil a day": a rate, never the
    # 330,000 barrels lost in all.
    at = noun.i + 1
    if at + 1 < len(doc) and doc[at].lower_ == "of" and doc[at + 1].pos_ == "NOUN":
        at += 2
    if at + 1 < len(doc) and doc[at].lower_ in ("per", "a", "an", "each", "every") \
            and doc[at + 1].lemma_.lower() in _RATE_PERIODS:
        return f"{counted} per {doc[at + 1].lemma_.lower()}"
    return counted


def _each_period(verb: Token) -> str:
    """The period a clause's "each day" or "every week" makes its figures a rate over."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "npadvmod", "advmod", "nsubjpass") and c.lemma_.lower() in _RATE_PERIODS \
                and any(d.lower_ in ("each", "every") for d in c.children):
            return c.lemma_.lower()
    return ""


#: Periods a count per unit of time is given over.
_RATE_PERIODS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "night", "shift"})


def _level_of(anchor: Token, verb: Token) -> str:
    """"the cases reached 919", "arrests rose to 40": a bare number that is the
    level of a verb of level counts the verb's plural subject."""
    if verb.lemma_.lower() not in lx.LEVEL_VERBS:
        return ""
    direct = anchor.dep_ == "dobj" and anchor.head.i == verb.i
    via = anchor.dep_ == "pobj" and anchor.head.lower_ in ("to", "at") and anchor.head.head.i == verb.i
    if not (direct or via):
        return ""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.tag_ == "NNS"), None)
    if subj is None or subj.lower_ in lx.GENERIC_NOUNS or subj.lemma_.lower() in lx.GENERIC_NOUNS:
        return ""
    return canonical_counted(subj)


_MODIFIER_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "nmod", "advmod", "npadvmod", "appos"})


def _phrase(tok: Token) -> str:
    """A noun with its compounds and possessors, lowercased ("seoul's spy agency")."""
    # Not "based" of "London-based Alpbridge Capital": where a body comes from.
    keep = [t for t in tok.subtree
            if t.i <= tok.i and (t is tok or t.dep_ in ("compound", "amod", "poss", "case", "flat", "nmod"))
            and all(a.i in {x.i for x in tok.subtree} for a in [t])
            and not (t.dep_ == "amod" and t.lower_ == "based")]
    words: list[str] = []
    for t in keep:
        if t.dep_ == "case" and words:
            words[-1] += t.lower_
        else:
            words.append(t.lower_)
    return " ".join(words)


def _subject(verb: Token, counted_toks: set[int]) -> str:
    """The agent of ``verb``: its subject, the "by" agent of a passive, or its head's."""
    v: Token | None = verb
    for _ in range(4):
        if v is None:
            return ""
        agent = next((p for c in v.children if c.dep_ == "agent" for p in c.children
                      if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")
                      and not (p.lower_ in lx.MONTHS and p.text[:1].isupper())  # "reported by March 20"
                      and not (p.lower_ in _MEANS and not any(d.dep_ in ("det", "poss") for d in p.children))), None)
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        if subj is not None and subj.dep_ == "nsubjpass" and agent is not None:
            subj = agent
        if subj is not None:
            if subj.lower_ in ("he", "she"):
                return subj.lower_  # someone named elsewhere; alignment will not guess who
            if subj.lower_ in ("which", "who", "that") and v.dep_ == "relcl" and v.head.i not in counted_toks:
                return _phrase(v.head)  # "UNICEF, which has sent 17 convoys"
            if subj.lower_ in ("it", "they", "we") and v.dep_ == "ccomp" and v.head.lemma_.lower() in _SAYING \
                    and (speaker := _saying_subject(v.head)) is not None:
                # "Nusa Air said it had cancelled 118 flights"; "The FSCD put the
                # damage at 420 million taka and said it had formed a committee".
                return _phrase(speaker)
            if subj.i in counted_toks or subj.pos_ in ("PRON", "NUM"):
                return ""
            author = next((o for c in subj.children if c.dep_ == "prep" and c.lower_ == "by"
                           for o in c.children if o.dep_ == "pobj"), None)
            if author is not None and subj.lemma_.lower() in _WORKS:
                # "Satellite mapping by the EU's Copernicus service puts the
                # area at 124 square kilometres": the service gives the figure.
                return _phrase(author)
            return _phrase(subj)
        if v.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp") and v.head.i != v.i:
            v = v.head
        elif v.dep_ == "relcl":
            return _phrase(v.head)
        else:
            return ""
    return ""


#: Nouns of a "by" phrase that tell how, not who: "counted again by hand".
_MEANS = frozenset("hand road rail air sea phone telephone email post mail car bus train boat ship "
                   "helicopter plane foot".split())
#: Works whose author ("by ...") is who gives their figures.
_WORKS = frozenset("mapping analysis survey count estimate study modelling modeling tally assessment".split())


def _saying_subject(say: Token) -> Token | None:
    """The named subject of a verb of saying, or of the verb it is joined to."""
    for v in (say, say.head if say.dep_ == "conj" else None):
        if v is None:
            continue
        found = next((c for c in v.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
        if found is not None:
            return found
    return None


#: Verbs after which "it" or "they" is their own subject: "Nusa Air said it had cancelled".
_SAYING = frozenset({"say", "announce", "report", "confirm", "state", "tell", "add"})

_CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative", "npadvmod", "acomp", "advmod"})
_PASS_THROUGH = frozenset({"conj", "appos", "nummod", "quantmod", "compound", "amod", "nmod"})


def _is_argument(tok: Token, verb: Token) -> bool:
    """Whether the counted phrase is an argument of ``verb`` ("sent 3,000 troops",
    "the toll rose to 41"), not tucked inside another phrase ("of its 23 crew
    members, two were taken"), where the verb says nothing about the count."""
    t = tok
    for _ in range(6):
        if t.head.i == verb.i:
            return t.dep_ in _CORE_DEPS or t.dep_ == "prep"
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i == verb.i:
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ in ("dobj", "nsubjpass") \
                and t.head.head.head.i == verb.i:
            return True  # "allowed a maximum attendance of 15,000", "sent a force of 3,000"
        if t.dep_ not in _PASS_THROUGH or t.head.i == t.i:
            return False
        t = t.head
    return False


#: Words that take a part of a group: "two of the three victims", "most of the 40".
PART_HEADS = frozenset({"all", "most", "some", "half", "none", "each", "both", "several",
                        # "The last of the ship's 112 passengers were flown out on Monday".
                        "last", "first", "rest", "remainder", "majority", "many"})


#: Outings over which a record is counted: "five wins from 11 starts".
_OUTINGS = frozenset({"game", "match", "race", "start", "appearance", "outing", "fixture", "bout", "fight"})


def partitive_whole(noun: Token) -> bool:
    """Whether a counted noun is the whole a part is taken from: "two of the
    three victims", "of the 75 injured, most were discharged". What the verb
    says is said of the part, not of the whole."""
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ in ("in", "from") and noun.lemma_.lower() in _OUTINGS \
            and of.head.pos_ == "NOUN" and of.head.i < of.i and any(c.dep_ == "nummod" for c in of.head.children):
        # "seven defeats in 11 league games", "eight points from 11 matches":
        # the games played, over which the part is counted (not "30 deaths
        # in 11 provinces", where the provinces are where).
        return True
    if noun.dep_ != "pobj" or of.lower_ != "of":
        return False
    taker = of.head
    if is_figure(taker) or taker.lower_ in PART_HEADS:
        return True
    if taker.lower_ in ("percent", "cent", "%") and any(is_figure(c) for c in taker.children):
        # "about 6.1 percent of the 59.2 million head recorded in the census":
        # the base a share is taken of.
        return True
    # Fronted: "Of the 75 injured, most had been discharged".
    return taker.pos_ in ("VERB", "AUX") and of.i < noun.i and any(
        c.dep_ in ("nsubj", "nsubjpass") and (is_figure(c) or c.lower_ in PART_HEADS) for c in taker.children)


def _own_verb_agent(noun: Token) -> str:
    """The doer a participle narrowing the counted noun names: "620 workers
    employed by contractors ... have been sent home" are the contractors'
    workers, whoever sent them home."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return ""
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == noun.i + 1:
            agent = next((p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"), None)
            if agent is not None and agent.ent_type_ not in ("DATE", "TIME") and agent.pos_ != "PRON":
                return _phrase(agent)
    return ""


def _own_verb(noun: Token) -> str:
    """The verb of a clause that narrows the counted noun: "51 wins coming by
    knockout", "23 people killed in the floods" count what that verb says."""
    if noun.pos_ == "NUM" and noun.i + 1 < len(noun.doc) and noun.nbor(1).lower_ in ("that", "who", "which"):
        # "including 37 that were completely destroyed": a bare count its own
        # relative clause defines counts what that clause says, not "include".
        clause = next((c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB"), None)
        return _predicate(clause) if clause is not None and not _describes(clause) else ""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return ""
    status = next((c for c in noun.lefts if c.dep_ == "amod" and c.lower_ in _STATUS_WORDS), None)
    if status is not None:
        return status.lemma_.lower()  # "Besides the 27 confirmed deaths, 41 more are under investigation"
    doc = noun.doc
    # "300 tonnes of diesel leaked": the parser may hang the clause on the of-noun.
    of_nouns = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    # ... unless the count is a verb's object: "is carrying 34,200 tonnes of
    # fertiliser loaded in Jubail" carries them; the participle tells which.
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        of_nouns = []
    for owner in (noun, *of_nouns):
        for c in owner.children:
            # A clause set off by a comma ("300 tonnes leaked, prompting a clean-up")
            # says what followed, not which tonnes.
            # "the 241 customers who, according to Kaamos, kept their data":
            # an aside inside a relative clause still leaves it the count's.
            relative = noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in ("who", "that", "which")
            if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.i > owner.i \
                    and (relative or not any(t.is_punct for t in doc[noun.i + 1 : c.i])) and not _describes(c):
                return _predicate(c)
    return ""


def _held_state(noun: Token) -> str:
    """"with 46 more deaths under investigation", "another 14 under
    investigation": a state the count's own phrase puts it in, whatever the
    verb of the sentence."""
    phrase = _state_phrase(noun)
    if phrase is not None and phrase[1].lemma_.lower() == "investigation":
        # "27 confirmed deaths and another 14 under investigation": after a
        # conjunct, the phrase is the last conjunct's.
        if not any(c.dep_ == "conj" and c.i < phrase[0].i for c in noun.children):
            return "under investigation"
    # The parser may hang the phrase on the verb ("lists 27 deaths and another 14 under investigation").
    after = " ".join(t.lower_ for t in noun.doc[noun.i + 1 : noun.i + 3])
    return "under investigation" if after == "under investigation" else ""


#: Words that give a count's standing as a case count: "27 confirmed deaths", "1,200 suspected cases".
_STATUS_WORDS = frozenset({"confirmed", "suspected", "probable", "notified"})


def _describes(verb: Token) -> bool:
    """"bottles bearing fake labels", "bottles dressed up as grand cru": a
    participle with an object or an "as" describes what the things look like
    or hold; what happened to them is the sentence's verb ("seized"). So does a
    clause that says what they did not do ("quarantined 14 batches that had not
    left the site"), a participle of the things' history ("handed 47
    artefacts looted by British soldiers in 1897" back), and a "whose" clause
    about the object's properties."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if verb.dep_ == "relcl" and verb.head.dep_ == "dobj" and any(
            c.dep_ in ("nsubj", "nsubjpass") and any(p.lower_ == "whose" for p in c.children) for c in verb.children):
        # "set aside 41 ballots whose validity was disputed": a property of
        # the things; what was done to them is the sentence's verb.
        return True
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and any(
            c.dep_ == "prep" and c.lower_ in ("in", "since") and any(
                p.dep_ == "pobj" and p.text.isdigit() and len(p.text) == 4 for p in c.children)
            for c in verb.children):
        return True
    if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "nsubj", "nsubjpass") and verb.lemma_.lower() in _PLANNED \
            and verb.head.head.lemma_.lower() not in ("have", "get", "keep", "be"):
        # "cancelled all 83 flights scheduled for yesterday": which flights,
        # by their plan; what was done to them is the sentence's verb.
        return True
    return verb.dep_ == "acl" and any(
        c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


_PLANNED = frozenset({"schedule", "plan", "book", "timetable", "slate"})


def _outcome_noun(anchor: Token, inside: set[int]) -> Token | None:
    """The outcome word after a number that stands for its people: "injured" in "the 75 injured"."""
    nxt = anchor.nbor(1) if anchor.i + 1 < len(anchor.doc) else None
    if nxt is not None and nxt.i not in inside and nxt.pos_ in ("ADJ", "VERB") and _outcome(nxt) \
            and not (nxt.i + 1 < len(anchor.doc) and nxt.nbor(1).pos_ in ("NOUN", "PROPN")):
        return nxt
    return None


def _voted_against(anchor: Token) -> str:
    """"22,363 voted in favour and 6,089 against": the bare count before
    "against" is of those who voted no, whatever the verb of the yes vote."""
    doc = anchor.doc
    after = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else None
    then = doc[anchor.i + 2] if anchor.i + 2 < len(doc) else None
    if after is not None and after.lower_ == "against" and (then is None or then.is_punct or then.lower_ in ("and", "with")):
        return "oppose"
    if after is not None and after.lower_ == "voted" and then is not None and then.lower_ == "against":
        return "oppose"  # "96 voted in favour, 23 voted against": the no votes, as "23 against" are
    if _NOES_AFTER.search(doc_text(doc)[max(0, anchor.idx - 60):anchor.idx]):
        return "oppose"  # "voted 20 to nine", "by 20 votes to 11": the figure after "to" is the noes
    return ""


def _outcome_predicate(anchor: Token, inside: set[int]) -> str:
    """"the 75 injured" were injured, whatever the sentence's verb says of them."""
    nxt = _outcome_noun(anchor, inside)
    return nxt.lemma_.lower() if nxt is not None else ""


def _went_with(noun: Token, verb: Token | None) -> str:
    """"went into the winter with 340 animals": what someone had as they went,
    not something that went (as "160 jobs will go" did)."""
    if verb is None or verb.lemma_.lower() not in ("go", "come", "enter", "head") or noun.dep_ != "pobj":
        return ""
    prep = noun.head
    return "have" if prep.lower_ == "with" and prep.head.i == verb.i else ""


def _ranked_owner(text: str, start: int) -> str:
    """The named party a figure of a ranking belongs to ("Tesla was the largest
    brand with 3,211 new cars, followed by Volkswagen with 1,987, Toyota with
    1,402"; "Volkswagen was second with 1,987"), as "toyota's": the party's
    share, met only by that party's figure, never by the total or another's."""
    m = _RANKED_WITH.search(text, max(0, start - 80), start)
    if m is None:
        return ""
    name = m.group(1)
    # The party names a ranking: in a list of two or more ("followed by
    # Volkswagen with 1,987, Toyota with 1,402"), or with its rank given.
    listed = len(_RANKED_WITH_ANY.findall(text)) >= 2
    if not (listed or m.group(2)) or name.split()[0].lower() in _NOT_OWNERS:
        return ""
    return f"{name.lower()}'s"


#: "Toyota with 1,402", "Volkswagen was second with 1,987", "the Tesla Model Y with 2,418".
_RANKED_WITH = re.compile(
    r"\b((?:[A-Z][\w.&'-]*|[A-Z0-9][\w.-]*\d[\w.-]*)(?:\s+(?:[A-Z][\w.&'-]*|[A-Za-z]*\d[\w.-]*)){0,3})\s+"
    r"(?:(?:was|is|came|finished|ranked)\s+)?((?:first|second|third|fourth|fifth|sixth|next|last)\s+)?"
    r"with\s+(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+over\s+|over\s+)?$")
_RANKED_WITH_ANY = re.compile(r"\b[A-Z][\w.&'-]*(?:\s+[A-Z0-9][\w.&'-]*){0,3}\s+with\s+\d")
#: Capitalised words that open a sentence rather than name a party ("With", "Those with 12").
_NOT_OWNERS = frozenset({"with", "those", "the", "a", "an", "one", "each", "every", "and", "but", "some", "many",
                         "people", "patients", "families", "households", "homes", "it", "they", "he", "she", "we",
                         *(m.lower() for m in calendar.month_name[1:]), *(d.lower() for d in calendar.day_name)})


def _put_number_of(verb: Token | None) -> str:
    """"put the number of casks destroyed at 3,410": the figure is of those
    the participle after the counted noun names, as "3,410 casks were
    destroyed" is; the putting verb only gives it."""
    if verb is None or verb.lemma_.lower() not in _PUT_AT_VERBS:
        return ""
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in lx.COUNT_NOUNS and (of := _of_noun(obj)) is not None:
            # The parser hangs the participle on either noun.
            return next((c.lemma_.lower() for c in (*of.children, *obj.children) if c.dep_ == "acl" and c.tag_ == "VBN"),
                        "")
    return ""


def _act_told(noun: Token, verb: Token | None) -> str:
    """"had reported the recapture of 1,840 salmon", "confirmed the evacuation
    of 312 residents": the act the telling verb's object names is what befell
    those counted, as "recaptured 1,840" says; the telling only gives it."""
    if verb is None or verb.lemma_.lower() not in _TELLING_ACT_VERBS or noun.dep_ != "pobj" \
            or noun.head.lower_ != "of":
        return ""
    act = noun.head.head
    if act.pos_ != "NOUN" or act.dep_ not in ("dobj", "nsubjpass") or act.head.i != verb.i:
        return ""
    lemma = act.lemma_.lower()
    if lemma in lx.COUNT_NOUNS or not (lemma.endswith(lx.NOMINAL_SUFFIXES) or lemma in lx.IRREGULAR_NOMINALS
                                       or lemma in _ACTS_NAMED_AS_VERBS):
        return ""
    return lemma


#: Verbs that tell of an act their object names, and acts whose noun is the verb.
_TELLING_ACT_VERBS = frozenset({"report", "announce", "confirm", "record", "register", "log", "complete"})
_ACTS_NAMED_AS_VERBS = frozenset({"recapture", "capture", "arrest", "release", "rescue", "escape", "transfer",
                                  "return"})


def _counted_outcome(noun: Token, verb: Token | None) -> str:
    """"NEMA counted 3,721,900 dead animals", "recorded 41 injured people": a
    count of those an outcome befell, whichever verb of counting gives it."""
    if verb is None or verb.lemma_.lower() not in _COUNTING_VERBS or noun.head.i != verb.i:
        return ""
    return next((c.lower_ for c in noun.children if c.dep_ == "amod" and c.lower_ in _OUTCOME_ADJECTIVES), "")


#: Verbs that only give a count, and adjectives that say what befell those counted.
_COUNTING_VERBS = frozenset({"count", "record", "report", "register", "confirm", "find", "tally", "log"})
_OUTCOME_ADJECTIVES = frozenset({"dead", "injured", "wounded", "missing"})


def in_aside(text: str, start: int) -> bool:
    """A figure in parentheses ("Fire crews (162 firefighters with 31 vehicles)
    brought the fire under control"): it says what the noun before it is made
    of, not what the sentence's verb did."""
    opened = text.rfind("(", 0, start)
    return opened > text.rfind(")", 0, start) and text.find(")", start) > 0 \
        and not text[opened + 1 : start].strip()


#: Verbs that make others do something ("forced 13 flights to divert").
_MAKING_VERBS = frozenset({"force", "compel", "oblige", "cause", "prompt"})


#: What workers leave when their jobs go ("will leave the company").
_STAFF = frozenset({"workforce", "staff", "headcount", "payroll"})
_EMPLOYERS = frozenset({"company", "firm", "business", "group", "employer", "payroll", "workforce", "plant", "mill"})


#: Nouns of a running count that a verb can bring to a new level.
_RUNNING_COUNTS = frozenset({"number", "total", "toll", "tally", "count", "figure"})


def _narrowed_of(noun: Token) -> bool:
    """Whether the "of" noun of a count's noun has a clause of its own ("the
    number of riders forced out by the crash")."""
    of = _of_noun(noun)
    # (The parser may hang the clause on "number" itself.)
    return of is not None and any(c.dep_ in ("acl", "relcl") for x in (noun, of) for c in x.children)


def _predicate(verb: Token | None) -> str:
    if verb is None:
        return ""
    if verb.lemma_.lower() == "be":
        # "nine were missing", "two are dead": the complement is the predicate.
        for c in verb.children:
            if c.dep_ in ("acomp", "xcomp", "oprd"):
                return c.lemma_.lower()
    if verb.lemma_.lower() in ("confirm", "declare", "report", "list", "record") and (done := next(
            (c for c in verb.children if c.dep_ in ("xcomp", "oprd") and c.tag_ in ("VBN", "JJ")), None)) is not None:
        # "1,406 homes are now confirmed destroyed": what befell them, confirmed.
        return done.lemma_.lower()
    if verb.lemma_.lower() == "come" and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(t.like_num for t in c.subtree) for c in verb.children) \
            and not any(c.dep_ == "nsubj" and c.lemma_.lower() in _STAFF for c in verb.children):
        # "production came to 10.64 million bags": a level, as "reached" or
        # "totalled". ("Its workforce comes to 3,950 jobs", measured some
        # other way than a headcount, is left to its own verb.)
        return "total"
    if verb.lemma_.lower() == "bring" \
            and any(c.dep_ == "dobj" and c.lemma_.lower() in _RUNNING_COUNTS and not _narrowed_of(c) for c in verb.children) \
            and any(c.dep_ == "prep" and c.lower_ == "to" and any(t.like_num for t in c.subtree) for c in verb.children):
        # "The rescue brought the number of survivors to 86": the level the
        # count now stands at, as "stands at 68" gives it (not people
        # brought ashore). Not "bringing to eight the number of riders
        # forced out by the crash", a count of what its own clause says.
        return "total"
    if verb.lemma_.lower() == "leave" and any(c.dep_ == "dobj" and c.lemma_.lower() in _EMPLOYERS for c in verb.children):
        return "leave employer"  # "274 employees will leave the company": a job cut, not a departure
    if verb.lemma_.lower() == "let" and any(c.lower_ == "go" and c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return "let go"  # "247 workers will be let go": dismissed, not allowed something
    if verb.lemma_.lower() == "find" and any(c.lower_ == "alive" and c.dep_ in ("acomp", "oprd", "xcomp", "advmod")
                                             for c in verb.children):
        return "find alive"  # "Five miners have been found alive": survivors, not those underground
    if verb.lemma_.lower() in _FINDING_VERBS:
        # "Bleaching was recorded on 684 reefs" is "found bleaching on 648
        # reefs" (which the parser gives the verb "bleach"): what was found.
        found = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj") and c.pos_ == "NOUN"
                      and c.lower_.endswith("ing") and len(c) > 6 and c.lower_ not in _NOT_GERUNDS), None)
        if found is not None:
            # "Severe bleaching was found on 291 reefs": a kind of it, not all of it.
            kind = [c.lower_ for c in found.children if c.dep_ == "amod" and c.i < found.i]
            return " ".join([*kind, found.lower_.removesuffix("ing")])
    if verb.lemma_.lower() in _MAKING_VERBS and (done := next(
            (c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), None)
            # The parser may hang the infinitive on the object, as a noun.
            or next((x for o in verb.children if o.dep_ == "dobj" for x in o.children
                     if x.dep_ in ("relcl", "acl") and any(t.lower_ == "to" and t.dep_ in ("aux", "mark")
                                                          for t in x.children)), None)) is not None:
        # "the closure forced 13 inbound flights to divert": what they were
        # made to do is what befell them ("31 arriving flights were diverted").
        return done.lemma_.lower()
    if verb.lemma_.lower() == "have":
        # "9,000 passengers had their journeys disrupted": what was done to
        # them is the predicate, not the light "have".
        done = next((c for c in verb.children if c.tag_ == "VBN" and c.dep_ in ("ccomp", "dobj", "xcomp", "oprd")
                     and any(g.dep_ in ("poss", "nsubj") and g.lower_ in ("their", "his", "her", "its")
                             or g.dep_ == "nsubj" and any(p.lower_ in ("their", "his", "her", "its") for p in g.children)
                             for g in c.children)), None)
        if done is not None:
            return done.lemma_.lower()
    if state := _state(verb):
        return state
    if verb.lemma_.lower() == "reach":
        # "the toll reached 412" gives a level; "250 tonnes of acid reached
        # the river" tells where things went, an event of its own.
        place = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                      and not any(t.like_num for t in c.subtree)), None)
        if place is not None:
            return f"reach {place.lemma_.lower()}"
    if verb.lemma_.lower() in _ORDER_VERBS and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in _LEAVE_VERBS for c in verb.children):
        # "ordered all 86 residents to leave": the evacuation of those 86.
        return "evacuate"
    for c in verb.children:
        # "shot to death", "beaten to death": the outcome is the predicate.
        if c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ == "death" for p in c.children):
            return "kill"
        # "came to a stop", "were brought to a halt", "ground to a standstill": stopped.
        if c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ in _STOPS for p in c.children):
            return "stop"
    # "go up by €12": the parser sometimes reads the particle as an adverb.
    prt = [c.lower_ for c in verb.children
           if c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in ("up", "down", "aside") and c.i == verb.i + 1]
    if verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
        prt = ["part"]  # "took part" is attending; "taken to hospital" is not
    return " ".join([verb.lemma_.lower(), *prt])


#: Nouns of stopping after "to" ("came to a halt").
_STOPS = frozenset({"stop", "halt", "standstill", "stand"})
_ABOARD_AFTER = re.compile(r"\s+(?:customers|riders)\s+(?:on board|aboard|onboard)\b", re.IGNORECASE)
_OR_MORE_AFTER = re.compile(r"\s+or\s+(more|over|above|fewer|less)\b(?!\s+than)", re.IGNORECASE)
#: Verbs that order people away, and the going they order.
_ORDER_VERBS = frozenset({"order", "tell", "force", "instruct", "urge", "ask", "direct"})
_LEAVE_VERBS = frozenset({"leave", "evacuate", "flee", "vacate"})
#: Verbs that record what was observed ("bleaching was recorded on 684 reefs").
_FINDING_VERBS = frozenset({"record", "find", "observe", "detect", "document", "report", "see", "confirm"})
#: Nouns in "-ing" that name a thing, not an act.
_NOT_GERUNDS = frozenset({"building", "buildings", "meeting", "ceiling", "evening", "morning", "funding",
                          "warning", "briefing", "ruling", "hearing", "finding", "earnings", "housing"})


#: Verbs that put their subject in a state named by a phrase ("were in intensive care").
_STATE_VERBS = frozenset({"be", "remain", "stay", "lie", "have"})


def _state(verb: Token) -> str:
    """"Five children were in intensive care", "two remain in custody": the
    state is what the count is of, not the verb. Only states a person is
    held or treated in, or a thing kept in (``lexicon.STATE_NOUNS``), or a
    list people are on ("had 412 girls on its roll", ``lexicon.ROLL_NOUNS``):
    "3,000 troops are in Russia" keeps its light verb."""
    phrase = _state_phrase(verb) if verb.lemma_.lower() in _STATE_VERBS else None
    if phrase is None:
        return ""
    prep, noun = phrase
    mods = [m.lower_ for m in noun.lefts if m.dep_ in ("amod", "compound")]
    return " ".join([prep.lower_, *mods, noun.lemma_.lower()])


def is_state(predicate: str) -> bool:
    """Whether a predicate names a state (see :func:`_state`), not a verb."""
    return predicate.startswith(("in ", "under ", "on "))


#: "3.4 times the shares", "2.5 times higher": a multiple ("shot eleven times" counts shots).
_MULTIPLE = re.compile(r"\s*times\s+(?:the|its|their|his|her|our|that|what|as|more|less|higher|lower|larger|bigger"
                       r"|greater|smaller|oversubscribed|over)\b", re.IGNORECASE)
_OVERSUBSCRIBED = re.compile(r"oversubscribed\s+(?:by\s+)?$", re.IGNORECASE)


#: How badly a verb of harm hurt those counted: "seven were seriously
#: injured" counts some of the "dozens" injured, not all of them.
_HARM_DEGREES = {"seriously": "serious", "critically": "critical", "severely": "serious", "gravely": "serious",
                 "badly": "serious", "slightly": "slight", "lightly": "slight", "moderately": "moderate",
                 "fatally": "fatal", "mortally": "fatal"}
_HARM_VERBS = frozenset({"injure", "hurt", "wound", "burn", "harm"})


def _either_verb(verb: Token | None) -> str:
    """"close to 70 homes had been destroyed or damaged": a count of those one
    verb or another befell is not a count of either; the other verb, or ""."""
    if verb is None:
        return ""
    if verb.lemma_.lower() == "be":
        # "1,930 barges were stuck or idle", as "stranded or idle" is.
        verb = next((c for c in verb.children if c.dep_ == "acomp"), verb)
        other = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "ADJ")
                      and any(t.dep_ == "cc" and t.lower_ == "or" and verb.i < t.i < c.i for t in verb.children)), None)
        return f"or {other.lemma_.lower()}" if other is not None else ""
    other = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                  and any(t.dep_ == "cc" and t.lower_ == "or" and verb.i < t.i < c.i for t in verb.children)), None)
    return f"or {other.lemma_.lower()}" if other is not None else ""


def _harm_degree(verb: Token | None) -> str:
    if verb is None or verb.lemma_.lower() not in _HARM_VERBS:
        return ""
    return next((_HARM_DEGREES[c.lower_] for c in verb.children
                 if c.dep_ == "advmod" and c.lower_ in _HARM_DEGREES), "")


def _still_after_participle(verb: Token | None) -> bool:
    """"Nine people injured when the stand collapsed were still in hospital":
    the parser makes "injured" the verb and "were still" its complement; the
    count is of those still in hospital, not of the injured."""
    return verb is not None and verb.tag_ in ("VBN", "VBD") and any(
        c.dep_ in ("ccomp", "conj") and c.lemma_.lower() in ("be", "remain") and c.i > verb.i
        and any(g.dep_ == "advmod" and g.lower_ == "still" for g in c.children) for c in verb.children)


#: A sentence that opens on what is still so: "Still missing: six objects, tiara included."
_STILL_OPENING = re.compile(r"\s*still\s+(?:missing|unaccounted for|outstanding|in hospital|held|trapped|"
                            r"without power|closed|open)\b[^.;]*$", re.IGNORECASE)
_ALL_BUT = re.compile(r"\ball but\s+(?:about|around|some|roughly|nearly|approximately)?\s*$", re.IGNORECASE)


def find_quantities(sent: Span) -> list[Quantity]:
    """Quantities stated in a sentence, with absolute character offsets.

    Offsets are into the text of ``sent.doc`` (``token.idx`` based), so they
    are report offsets when the doc is the whole report.
    """
    text = sent.text
    base = sent.start_char
    found: list[Quantity] = []
    previous = ""
    for cand in _candidates(text):
        toks = _tokens(sent, base + cand.start, base + cand.end)
        if not toks:
            continue
        anchor = _anchor(toks)
        if cand.year_like and not _counts_year(anchor):
            continue
        if cand.one_word and not _counts_one(anchor):
            continue
        # A figure with its unit measures, whatever name stands before it:
        # "Dadu recorded 50.0 degrees on Saturday and Jacobabad 51.5 degrees".
        position = _position(toks) if not cand.unit else ""
        if not cand.unit and not position and _is_identifier(anchor, toks) or _is_age_apposition(text, cand, toks):
            continue
        if not cand.unit and _NAMED_LIST_BEFORE.search(text, 0, cand.start) and _LIST_ITEM_AFTER.match(text, cand.end):
            # "Six metro lines are closed completely today: 3bis, 5, 7bis, 10,
            # 12 and 13": the lines' numbers, not counts of lines.
            continue
        if (_FOR_EVERY_AFTER.match(text, cand.end) or _FOR_EVERY_BEFORE.search(text, 0, cand.start)) \
                and not (cand.unit in lx.CURRENCY_CODES and _PER.match(text, cand.end)):
            # "29 new shares for every 20 they hold": a ratio (1.45), not two
            # counts; but "GH₵3,480 for every 64-kilogram bag" is a price per bag.
            continue
        if not cand.unit and (_MULTIPLE.match(text, cand.end) or _OVERSUBSCRIBED.search(text, 0, cand.start)):
            # "orders of 3.4 times the shares on offer": a multiple, not a count of shares.
            cand = replace(cand, unit="times")
        if (oil := _BARRELS_A_DAY.match(text, cand.end)) and (not cand.unit or cand.unit == "MB" and oil.group(1)):
            # "180,000 b/d", "1.4 mb/d", "900,000 bpd": the oil trade's
            # shorthands for barrels a day, which the parse splits at the slash.
            scale = 1e6 if cand.unit == "MB" else 1.0
            cand = replace(cand, unit="", value=cand.value * scale, low=cand.low * scale, high=cand.high * scale)
            counted = "barrel per day"
        elif position:
            counted = position
        else:
            counted = _counted(sent, anchor, toks, cand, previous)
            if counted and not cand.unit and _SHORT_AFTER.match(text, cand.end):
                # "Skylark is about 750 pilots short": a shortfall, not a headcount.
                counted = f"{counted} short"
        noun = anchor.head if anchor.dep_ == "nummod" else anchor
        if counted and not cand.unit and not (noun.dep_ == "pobj" and noun.head.lower_ != "of" and previous):
            # "8,816 trainees at 100 training hospitals had resigned and 7,183
            # had left": a count in a place phrase is not the one a later bare
            # number elides.
            previous = counted.removesuffix(" number")  # "on lap 34 of 78": 78 laps
        if cand.unit in _DISTANCE_UNITS and re.match(rf"\s*{_CENTRE_OF}\b", text[cand.end:]):
            counted = ""  # "kilometres of the centre of the Earth" counts no centres
        if cand.unit and not counted:
            counted = _unit_counted(sent, toks, text[cand.end:], cand.unit)
        elif cand.unit and counted and not counted.startswith("per ") \
                and (rate := _RATE_AFTER.match(text, cand.end)) and cand.unit not in lx.DURATION_UNITS.values():
            # "630 tonnes of fine copper per day" is a rate, never "330,000 tonnes of copper".
            counted = f"{counted} per {rate.group(1).lower()}"
        elif cand.unit and counted and " per " not in counted and cand.unit not in lx.DURATION_UNITS.values() \
                and (period := _period_of_owner(anchor)):
            # "a combined annual capacity of 520,000 tonnes": a year's, as "a year" after it says.
            counted = f"{counted} per {period}"
        if cand.unit and not counted and cand.unit not in lx.DURATION_UNITS.values() \
                and (period := _period_of_sized(anchor)):
            counted = f"per {period}"  # "the annual harvest, which the association puts at 90,000 tonnes"
        head = anchor.head if anchor.head.pos_ in ("NOUN", "PROPN") and anchor.head.i > anchor.i else anchor
        if (noun_read_as_verb := _plural_noun_read_as_verb(head, cand.value)) is not None:
            # "reported 32,800 homeowners claims": many homeowners cannot
            # "claims"; the word is the noun counted, "homeowners" its kind.
            counted = noun_read_as_verb.lower_.removesuffix("s")
        if counted == "passengers" and _AND_CREW.match(text, cand.end):
            # "carrying 421 passengers and crew": everyone on board, as "412
            # persons were on board" counts them.
            counted = lx.COUNTED_SYNONYMS.get("people", "people")
        if counted == "customer" and _ABOARD_AFTER.match(text, cand.end):
            # "All 642 customers on board were evacuated": a transit operator's
            # word for its passengers.
            counted = "passengers"
        elif counted and not cand.unit and (other := _counted_with(noun)) and other != counted:
            # "165 arrivals and departures were cancelled": both together, not
            # the 79 arrivals another report counts apart.
            counted = lx.COUNTED_SYNONYMS.get(f"{counted} and {other}", f"{counted} and {other}")
        verb = _governor(head)
        if counted and " per " not in counted and verb is not None and (each := _each_period(verb)):
            # "Each day on the ground costs about 18 million escudos": a day's
            # cost, as "18 million escudos a day" is, not the cost of it all.
            counted = f"{counted} per {each}"
        # "1.1 million customers were still without power at 3 p.m.": those
        # left, a count that falls, not the 2.36 million who lost power;
        # "eleven remained in hospital" likewise. A count of a state already
        # ("650 were still missing") is the count of that state.
        # "The 68 residents who were evacuated on Tuesday are still in Hetta":
        # a group its own clause defines, all of it still there, is counted
        # as that clause counts it.
        still = counted.startswith("still ") or bool(counted) and not cand.unit \
            and counted not in lx.STATE_KEYS and verb is not None and not _defined_group(head) \
            and (verb.lemma_.lower() == "remain" or any(c.dep_ == "advmod" and c.lower_ == "still"
                                                        for c in verb.children)) \
            or bool(_ALL_BUT.search(text, 0, cand.start)) \
            or bool(_STILL_OPENING.match(text[:cand.start])) \
            or bool(counted) and not cand.unit and _still_after_participle(verb)  # "Still missing: six objects"
        if cand.unit == "USD" and lx.BARE_DOLLAR.search(text, cand.start, cand.end) \
                and (named := _NAMED_DOLLARS.match(text, cand.end)):
            # "fell to about $5,400 a tonne in New Zealand dollars": the
            # sign's country is named after the figure.
            cand = replace(cand, unit=_DOLLAR_COUNTRIES[" ".join(named.group(1).lower().split())])
        inside = {t.i for t in toks} | {head.i}
        whole = partitive_whole(head)
        # "Six of the nine objects are still missing": the six are what is left, not the nine.
        still = still and not whole
        found.append(Quantity(
            value=cand.value, low=cand.low, high=cand.high,
            surface=text[cand.start:cand.end], start=base + cand.start, end=base + cand.end,
            hedge=cand.hedge, unit=cand.unit, counted=counted.removeprefix("still "),
            subject=_own_verb_agent(head) or (_subject(verb, inside) if verb is not None else ""),
            whole=whole,
            state="still" if still else _harm_degree(verb) or _either_verb(verb) or _ranked_owner(text, cand.start),
            defined=_defined_group(head),
            # A whole keeps only the verb that narrows it ("Of the 126 guests
            # registered at the hotel, 93 ..."): the sentence's verb is the part's.
            predicate=_outcome_predicate(anchor, inside) or _counted_outcome(head, verb) or _held_state(head)
            or _voted_against(anchor) or _short_by(head) or _went_with(head, verb) or _put_number_of(verb)
            or _comes_to(head, verb) or _flow_reached(head, verb) or _act_told(head, verb) or (
                _own_verb(head) if whole else "" if in_aside(text, cand.start) else (
                    _own_verb(head) or (_predicate(verb) if verb is not None and (
                        _is_argument(head, verb) or _put_at_figure(head, verb)) else ""))),
        ))
    report = doc_text(sent.doc)  # quantity offsets are the report's
    found = [q for i, q in enumerate(found) if not (i and _converts(found[i - 1], q, report))]
    found = _whole_of_them(found, report)
    found = sorted(found + _named_ages(sent), key=lambda q: q.start)
    return _compound_durations(found, report)


def _whole_of_them(found: list[Quantity], report: str) -> list[Quantity]:
    """"It had counted 486 by the evening of Sunday 17 May, 272 of them by
    Nepali guides": a bare count is what the part after it, "of them", counts."""
    out = list(found)
    for i in range(len(out) - 1):
        q, part = out[i], out[i + 1]
        if not q.counted and not q.unit and part.counted and not part.unit \
                and _OF_THEM.match(report, part.end) and "," in report[q.end:part.start]:
            out[i] = replace(q, counted=part.counted)
    return out


_OF_THEM = re.compile(r"\s+of\s+them\b")
_FOR_EVERY_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+for\s+(?:every|each)\s+\d")
_FOR_EVERY_BEFORE = re.compile(r"\bfor\s+(?:every|each)\s+$")

#: Durations from longest to shortest, with each one's length in the next-longer
#: unit's terms, for "14 years and 8 months" (14 + 8/12 years).
_PER_LONGER = {"months": ("years", 12.0), "weeks": ("years", 52.0), "days": ("weeks", 7.0),
               "hours": ("days", 24.0), "minutes": ("hours", 60.0), "seconds": ("minutes", 60.0)}
_DURATION_JOIN = re.compile(r"\s*(?:,|and|,\s*and)\s*")


def _compound_durations(found: list[Quantity], text: str) -> list[Quantity]:
    """"14 years and 8 months", "2 hours, 15 minutes": one duration, in the
    longer unit, not two figures of which the second (8 months) would be
    compared with another sentence's "3 months"."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        longer = _PER_LONGER.get(q.unit)
        if prev is not None and longer is not None and prev.unit == longer[0] and not q.hedge \
                and _DURATION_JOIN.fullmatch(text[prev.end:q.start]):
            per = longer[1]
            # Read as written to the shorter unit: "14 years and 8 months" is
            # 14 years 7.5 to 8.5 months.
            slack = 0.5 if q.low == q.high else 0.0
            out[-1] = replace(
                prev, value=prev.value + q.value / per, low=prev.low + (q.low - slack) / per,
                high=prev.high + (q.high + slack) / per,
                surface=text[prev.start:q.end], end=q.end, counted=prev.counted or q.counted,
                predicate=prev.predicate or q.predicate,
            )
            continue
        out.append(q)
    return out


#: What may stand between a figure and its conversion: the rest of its unit
#: word and an opening parenthesis ("32 kilometres (20 miles)", "1,050 feet (320 metres)").
_TO_CONVERSION = re.compile(r"[^\W\d]*\.?\s*\(\s*(?:about|around|roughly|some|nearly|approximately|almost)?\s*$", re.I)


def _converts(first: Quantity, second: Quantity, text: str) -> bool:
    """Whether ``second`` is ``first`` converted into another unit, in parentheses.

    The conversion says nothing the figure does not, and kept as a claim of its
    own it would meet every other report's figure a second time. Currencies are
    kept: a report that gives only dollars is compared with the dollar figure.
    """
    if not first.unit or not second.unit or first.unit == second.unit:
        return False
    return lx.canonical_unit(first.unit) == lx.canonical_unit(second.unit) \
        and bool(_TO_CONVERSION.fullmatch(text[first.end:second.start]))


#: Dollars named by their country after a "$" figure, with no other number between.
_DOLLAR_COUNTRIES = {"new zealand": "NZD", "nz": "NZD", "australian": "AUD", "canadian": "CAD",
                     "hong kong": "HKD", "singapore": "SGD", "us": "USD", "u.s.": "USD", "american": "USD"}
_NAMED_DOLLARS = re.compile(r"[^\d.;:!?]{0,40}?\bin\s+(New\s+Zealand|NZ|Australian|Canadian|Hong\s+Kong|Singapore|"
                            r"US|U\.S\.|American)\s+dollars\b")
#: A list of numbered lines, routes or gates after a colon, up to a figure in it.
_NAMED_LIST_BEFORE = re.compile(r"\b(?:lines|routes|platforms|gates|runways|terminals|exits|wards)\b[^.:;]{0,60}:\s*"
                                r"(?:[\w-]+(?:,\s*|\s+and\s+|\s+or\s+))*$", re.IGNORECASE)
_LIST_ITEM_AFTER = re.compile(r"\s*(?:,|and\b|or\b|[.;)]|$)")
#: The oil trade's shorthands for barrels a day, after the number; a
#: leading "/d" follows an "mb" read as megabytes ("1.4 mb/d").
_BARRELS_A_DAY = re.compile(r"(/d\b)|\s*(?:b/d|bbl/d|bpd|barrels?\s+of\s+oil\s+per\s+day)\b", re.I)
_PER = re.compile(r"\s*(?:per|a|an|each|for\s+(?:every|each)(?:\s+[\d.,]+[-\s][a-z]+)?)\s+([A-Za-z][\w-]*)")
_PER_SLASH = re.compile(r"/([A-Za-z]{1,4})\b")
_PER_ABBREVIATIONS = {"ha": "hectare", "h": "hour", "hr": "hour", "d": "day", "yr": "year", "ac": "acre"}
_CONVERSION_AFTER = re.compile(r"\s*\([^()]{1,40}\)|\)")
_OF_AFTER_RATE = re.compile(r"\s+(of)\s")
_AFTER_RATE_PERIODS = frozenset("day week month year hour shift".split())
#: A rate after a measured thing: "tonnes of fine copper per day", "barrels of oil a day".
def _period_of_owner(anchor: Token) -> str:
    """The period an "annual"/"daily" noun owning the figure gives it: "an
    annual capacity of 520,000 tonnes" -> "year"."""
    tok = anchor.head if anchor.dep_ == "nummod" or anchor.head.pos_ == "NUM" else anchor
    while tok.head.pos_ == "NUM" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.pos_ != "NOUN":
        return ""
    owner = tok.head.head
    return next((_PERIOD_WORDS[m.lower_] for m in owner.lefts if m.lower_ in _PERIOD_WORDS), "")


def _period_of_sized(anchor: Token) -> str:
    """The period of an "annual" noun a relative clause sizes: "Portugal's
    annual cork harvest, which the association puts at roughly 90,000
    tonnes" -> "year"."""
    tok = anchor.head if anchor.dep_ == "nummod" or anchor.head.pos_ == "NUM" else anchor
    while tok.head.pos_ == "NUM" and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head.head
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("at", "to") or verb.dep_ != "relcl" \
            or verb.lemma_.lower() not in ("put", "estimate", "place") or verb.head.pos_ != "NOUN":
        return ""
    return next((_PERIOD_WORDS[m.lower_] for m in verb.head.lefts if m.lower_ in _PERIOD_WORDS), "")


#: Adjectives that make a measure a rate: "annual output", "daily capacity".
_PERIOD_WORDS = {"annual": "year", "yearly": "year", "daily": "day", "weekly": "week", "monthly": "month",
                 "hourly": "hour"}
_RATE_AFTER = re.compile(r"\s+of\s+(?:[a-z-]+\s+){1,3}?(?:\([A-Z]{2,6}\)\s+)?(?:per|a|an|each)\s+"
                         r"(day|week|month|year|hour|shift)\b(?!\s+(?:ago|earlier|later|before))", re.I)


def _comes_to(head: Token, verb: Token | None) -> str:
    """"Total volume sold came to 34,862 tonnes", "total spending amounted
    to $4m": the sum a total comes to, told by a verb of no event of its own."""
    if verb is not None and verb.lemma_.lower() in ("come", "amount") and head.dep_ == "pobj" \
            and head.head.lower_ == "to" and head.head.head.i == verb.i and any(
                c.dep_ in ("nsubj", "nsubjpass") and any(m.dep_ in ("amod", "compound") and m.lower_ == "total"
                                                         for m in c.children) for c in verb.children):
        # Only a subject that says it is a total: "gold holdings amounted to
        # 562.7 tonnes" is a stock, not the sum of what was bought.
        return "total"
    return ""


def _flow_reached(head: Token, verb: Token | None) -> str:
    """"Imports of palm oil during the month totalled 41,250 tonnes": the act
    a flow's noun names ("import"), for a verb of reaching that names none;
    so the imports are not set against what "the state produced". ("Expects
    maize exports to reach 35.6 million tonnes" is the forecast's.)"""
    if verb is None or verb.lemma_.lower() not in _REACHING or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or not (
            head.dep_ in ("dobj", "attr") and head.head.i == verb.i
            or head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.i == verb.i):
        return ""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or any(c.lower_ in _RATE_WORDS for c in subject.children):
        return ""  # "Average daily exports ... reached US$2.75 billion": a rate, not the month's flow
    return _FLOW_ACTS.get(subject.lemma_.lower(), "")


#: Words that make a flow a rate or a mean.
_RATE_WORDS = frozenset({"average", "daily", "weekly", "monthly", "annual", "yearly", "mean", "median"})
#: The act each flow's noun names.
_FLOW_ACTS = {"export": "export", "exports": "export", "import": "import", "imports": "import",
              "shipment": "ship", "shipments": "ship", "production": "produce", "output": "produce"}


def _beneficiary(toks: list[Token]) -> str:
    """"Payments for qualified adults will increase by €9.90 per week": whom a
    rate is for, when the subject says (core payments rise by €15 a week)."""
    verb = next((t for t in toks[0].ancestors if t.pos_ in ("VERB", "AUX")), None)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    if subj is None:
        return ""
    group = next((p for c in subj.children if c.dep_ == "prep" and c.lower_ == "for"
                  for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")), None)
    return f" for {group.lemma_.lower()}" if group is not None else ""


_DISTANCE_UNITS = frozenset({"km", "mi", "nmi", "m"})
#: "within 143,200 kilometres of the centre of the Earth": how far from the Earth.
_CENTRE_OF = r"of\s+the\s+cent(?:re|er)\s+of"
_COMPASS = r"(?:north|south|east|west)(?:-?(?:north|south))?(?:[- ]?(?:east|west))?"
#: "(20 miles) northeast of the regency's main town, Wosulo", "off Porvoo",
#: "of the centre of the Earth".
_FROM_PLACE = re.compile(
    rf"^\s*\)?\s*(?:\([^)]*\)\s*)?(?:{_COMPASS}\s+of|off|from|outside|{_CENTRE_OF})\s+(?:(?:the\s+)?[a-z'’-]+,?\s+){{0,5}}?"
    rf"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)\b(?!\s+to\b)"
)


#: Nouns of a bound set on a measure: "the threshold of 230 litres per hour", "a limit of 50 km/h".
_BOUND_NOUNS = frozenset({"threshold", "limit", "cap", "ceiling", "maximum", "minimum", "quota", "target"})


def _unit_counted(sent: Span, toks: list[Token], after: str, unit: str = "") -> str:
    """What an amount with a unit is of: "CHF 42.50 per share" -> "per share",
    "a 38% premium" -> "premium". Without this every sum in a story would be
    compared with every other (a share price with the deal's value)."""
    # A rate may follow the figure's bracketed conversion, for both figures:
    # "about 60,500 euros ($70,800) per worker".
    bracket = _CONVERSION_AFTER.match(after)
    # "above the threshold of 230 litres per hour": a bound set on the
    # measure, not a reading of it.
    first = toks[0]
    bound = first.nbor(-2).lemma_.lower() if first.i > 1 and first.nbor(-1).lower_ == "of" \
        and first.nbor(-2).lemma_.lower() in _BOUND_NOUNS else ""
    if (slash := _PER_SLASH.match(after)) and slash.group(1).lower() in _PER_ABBREVIATIONS:
        # "3.20 t/ha": what "tonnes per hectare" says.
        return f"per {_PER_ABBREVIATIONS[slash.group(1).lower()]}"
    if m := _PER.match(after) or bracket and _PER.match(after, bracket.end()):
        rate = f"per {m.group(1).lower().rstrip('s')}"
        if (of := _OF_AFTER_RATE.match(after, m.end())) and m.group(1).lower() in _AFTER_RATE_PERIODS:
            # "35,000 tonnes a year of lithium carbonate" is the "carbonate per
            # year" of "53,000 tonnes of lithium carbonate a year".
            at = sent.start_char + len(sent.text) - len(after) + of.start(1)
            word = next((t for t in sent if t.idx == at and t.lower_ == "of"), None)
            thing = next((c for c in word.children if c.dep_ == "pobj"), None) if word is not None else None
            if thing is not None and thing.pos_ in ("NOUN", "PROPN"):
                return f"{thing.lemma_.lower()} {rate}"
        return f"{bound} {rate}" if bound else f"{rate}{_beneficiary(toks)}"
    if unit in _DISTANCE_UNITS and (m := _FROM_PLACE.match(after)):
        # "23 km northeast of Wosulo", "some 40 km off Porvoo": how far from one
        # place, a fact of its own rather than any distance in the story.
        return f"from {m.group(1)}"  # the place as written: it is shown to the reader
    inside = {t.i for t in toks}
    if bound:
        return bound
    if money := _money_for(sent, min(inside), max(inside), unit):
        return money
    percent = unit == "%" or "%" in after[:1] + "".join(t.text for t in toks)
    if percent and (level := _level_noun(sent.doc[min(inside)])):
        return level
    if flow := _flow_of(sent, inside):
        return flow
    last = max(inside)
    # Only a percentage names its thing this way ("a 38% premium", "a 9
    # percent pay rise"); "a 190-metre carrier" is a length whatever it is
    # the length of.
    for nxt in sent.doc[last + 1 : min(last + 3, sent.end)]:
        if nxt.pos_ != "NOUN":
            break
        if percent and any(t.head.i == nxt.i for t in toks):
            return nxt.lemma_.lower()
    return ""


def _flow_of(sent: Span, inside: set[int]) -> str:
    """The good a trade flow of an amount is of: "maize exports of 36.5 million
    tonnes" and "expects maize exports to reach 35.6 million tonnes" count
    maize, as "exports of 36.5 million tonnes of maize" does."""
    doc = sent.doc
    heads = [doc[i] for i in sorted(inside) if doc[i].head.i not in inside]
    if not heads:
        return ""
    head = heads[-1]
    flow: Token | None = None
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in _FLOWS:
        flow = head.head.head
    elif head.dep_ in ("dobj", "attr") and head.head.lemma_.lower() in _REACHING:
        verb = head.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and verb.dep_ == "xcomp":
            # "expects maize exports to reach": the parser makes them the object of "expects".
            subject = next((c for c in verb.head.children if c.dep_ in ("dobj", "nsubj") and c.i < verb.i
                            and c.lemma_.lower() in _FLOWS), None)
        if subject is not None and subject.lemma_.lower() in _FLOWS:
            flow = subject
    if flow is None:
        return ""
    good = [c for c in flow.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN") and c.i < flow.i]
    if not good:
        # "exports of rice", "exports of all rice types": the good after "of"
        # (a kind's "types" or "varieties" name the good before them).
        of = [g for c in flow.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > flow.i
              for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and not any(t.like_num for t in g.subtree)]
        good = [next((c for c in g.children if c.dep_ == "compound" and c.pos_ == "NOUN"), g)
                if g.lemma_.lower() in _KINDS else g for g in of]
    return good[-1].lemma_.lower() if good else ""


#: Nouns that name kinds of a good named before them ("rice types").
_KINDS = frozenset({"type", "variety", "kind", "grade", "sort"})


#: Nouns of goods moving, whose amount counts the good named before them.
_FLOWS = frozenset({"export", "import", "shipment", "exports", "imports", "shipments"})
#: Verbs by which a flow reaches an amount.
#: Words that make a noun its own running tally ("the total deaths", "overall cases").
_TALLY_WORDS = frozenset({"total", "overall", "cumulative"})
_REACHING = frozenset({"reach", "total", "hit", "top", "exceed", "amount"})


def _money_for(sent: Span, first: int, last: int, unit: str) -> str:
    """What a sum is paid as, when the sentence says: "38.5 million pesos in
    bribes", "bribes totalling 38.5 million pesos" -> the plural noun. A
    story's sums are many (profits, costs, offers); two sums of one kind are a
    fact to compare. ("Shares worth EUR 40 million" is left alone: "worth"
    also values a whole, "a company worth $5bn".)"""
    if unit not in lx.CURRENCY_CODES and unit not in lx.CURRENCY_WORDS.values():
        return ""
    doc = sent.doc
    if last + 2 < sent.end and doc[last + 1].lower_ == "in" and doc[last + 2].tag_ == "NNS":
        return doc[last + 2].lemma_.lower()
    if first - 2 >= sent.start and doc[first - 1].lower_ in ("totalling", "totaling") \
            and doc[first - 2].tag_ == "NNS":
        return doc[first - 2].lemma_.lower()
    return ""


#: Verbs that set or move a rate to a level ("cut its key rate to 7.25%").
_RATE_VERBS = frozenset({
    "cut", "lower", "reduce", "raise", "hike", "lift", "increase", "keep", "hold", "leave", "set", "fix",
    "rise", "fall", "drop", "climb", "jump", "slow", "ease", "accelerate", "decline", "edge", "stand",
})


def _level_noun(first: Token) -> str:
    """"cut its key rate to 7.25%", "inflation slowed to 4.2%": the rate a
    verb sets or moves, named by its object or subject (a percentage alone
    would be compared with every other percentage of the story)."""
    prep = first.nbor(-1) if first.i > 0 else None
    if prep is None or prep.lower_ not in ("to", "at") or prep.head.pos_ != "VERB":
        return ""
    verb = prep.head
    if verb.lemma_.lower() not in _RATE_VERBS:
        return ""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"), None)
    if obj is None:  # "unemployment rose to 5.1%"
        obj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    return obj.lemma_.lower() if obj is not None else ""


def canonical(q: Quantity) -> tuple[str, float, float]:
    """The quantity's unit, low and high in the unit it is compared in.

    A figure stated without a hedge is taken as rounded at its last
    significant digit ("75%" may be 74.6%; "1.5 million" 1.46 million), which
    is how a reader takes it, except below 100: "20 cases" or "70%" is read as
    written, not as "somewhere from 15 to 25". Hedged figures already carry
    their bounds; a strict one excludes its written value ("more than 58
    reviews" is not 58, "under 465 million" is not 465 million), and for a
    count of whole things the next whole number is the bound ("fewer than 19
    medals" is at most 18).
    """
    unit, low, high = _canonical(q)
    if q.unit == "gal":
        # A gallon is 3.785 litres in the US and 4.546 in Britain and much of
        # the Commonwealth, and a report seldom says which: "nearly 50 million
        # gallons" in a British paper is "more than 220 million litres".
        high *= _IMPERIAL_GALLON / _US_GALLON
    return unit, low, high


def _canonical(q: Quantity) -> tuple[str, float, float]:
    unit = lx.canonical_unit(q.unit)

    def conv(x: float) -> float:
        return lx.to_canonical(q.unit, x) if math.isfinite(x) else x

    low, high = q.low, q.high
    if low == high and math.isfinite(low):
        # A share of a whole is given to the unit, up to all of it: "100%" is
        # every one, not "somewhere from 50% to 150%".
        written = abs(low) < _READ_AS_WRITTEN or q.unit == "%" and abs(low) <= 100
        step = 1.0 if written and float(low).is_integer() else rounding_step(low)
        return unit, conv(low - step / 2), conv(high + step / 2)
    rule = lx.HEDGES.get(q.hedge.lower(), "")
    whole = not q.unit and float(q.value).is_integer()
    if rule == "above" and math.isfinite(low):
        return unit, conv(low + 1) if whole else math.nextafter(conv(low), math.inf), conv(high)
    if rule == "below" and math.isfinite(high):
        return unit, conv(low), conv(high - 1) if whole else math.nextafter(conv(high), -math.inf)
    return unit, conv(low), conv(high)


#: Litres in a US and in an imperial gallon.
_US_GALLON = 3.78541178
_IMPERIAL_GALLON = 4.54609

#: Exact figures below this are read as written, not as rounded to their last
#: significant digit: two-digit counts and percentages are seldom rounded to tens.
_READ_AS_WRITTEN = 100


def rounding_step(value: float) -> float:
    """The place value of a number's last significant digit (3,000 -> 1,000; 75.5 -> 0.1)."""
    if value == 0 or not math.isfinite(value):
        return 1.0
    text = f"{abs(value):.6f}".rstrip("0")
    if text.endswith("."):
        digits = text[:-1]
        zeros = len(digits) - len(digits.rstrip("0"))
        return float(10**zeros)
    return 10.0 ** -len(text.split(".")[1])


_WORD_BEFORE_NUMBER = re.compile(r"\b([A-Za-z]+)\s+$")
_OLD_YEAR_WORDS = frozenset({"in", "since", "until", "till", "during", "circa"})
_HEDGED_YEAR_WORDS = frozenset({"since", "until", "till", "before", "after"})


def _counts_year(tok: Token) -> bool:
    """A bare year-like number (1900-2100, or an older year after "in") is a
    count only when it modifies a plural noun ("2000 troops")."""
    head = tok.head
    prev = tok.nbor(-1).lower_ if tok.i > tok.sent.start else ""
    return (tok.dep_ == "nummod" and head.tag_ == "NNS" and head.i > tok.i
            and prev not in lx.YEAR_PREPOSITIONS)


def _counts_one(tok: Token) -> bool:
    """"one soldier" is a count; "one of the", "no one", "one day" are not."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    prev = tok.nbor(-1).lower_ if tok.i > 0 else ""
    if nxt is None or nxt.lower_ in ("of", "another") or prev in ("no", "the", "any", "every", "each"):
        return False
    return nxt.pos_ == "NOUN" and nxt.lemma_.lower() not in lx.DURATION_UNITS


def _is_age_apposition(text: str, cand: _Cand, toks: list[Token]) -> bool:
    """"The pilot, 34, and ...": a small number set off by commas after a noun is an age."""
    first = toks[0]
    if cand.hedge or cand.unit or not first.like_num or first.i < 2 or cand.value > 120:
        return False
    comma, noun = first.nbor(-1), first.nbor(-2)
    return comma.text == "," and noun.pos_ in ("NOUN", "PROPN") and bool(_APPOSITIVE_AFTER.match(text, cand.end))


def _named_ages(sent: Span) -> list[Quantity]:
    """A named person's age in apposition ("Rhys Galloway, 46, was surfing",
    "Ana Ruiz, aged 34,"): a fact reports get wrong. Anyone else's age ("the
    pilot, 34") is left alone: nothing says whose it is."""
    out: list[Quantity] = []
    toks = list(sent)
    for i, t in enumerate(toks):
        if not (t.like_num and t.text.isdigit() and int(t.text) <= 120) or i + 1 >= len(toks) \
                or toks[i + 1].text not in (",", ")", "."):
            continue
        j = i - 1
        if j >= 0 and toks[j].lower_ == "aged":
            j -= 1
        if j < 1 or toks[j].text != "," or toks[j - 1].ent_type_ != "PERSON":
            continue
        run = [toks[j - 1]]
        while run[0].i > sent.start and run[0].nbor(-1).ent_type_ == "PERSON" and run[0].ent_iob_ == "I":
            run.insert(0, run[0].nbor(-1))
        out.append(Quantity(value=float(t.text), low=float(t.text), high=float(t.text), surface=t.text,
                            start=t.idx, end=t.idx + len(t), counted=AGE, subject=" ".join(x.lower_ for x in run)))
    return out


#: What a named person's age counts.
AGE = "age"


def is_figure(token: Token) -> bool:
    """A number that counts: spaCy's ``like_num`` also takes ordinals ("The
    first oil reached the beach on Friday"), which count nothing."""
    return bool(token.like_num) and token.tag_ not in ("JJ", "RB")


def _plural_noun_read_as_verb(head: Token, value: float) -> Token | None:
    """The word after a plural count that the parser took for its verb though
    it cannot agree with it ("32,800 homeowners claims"): a noun."""
    if value <= 1 or head.tag_ != "NNS" or head.dep_ != "nsubj" or head.i + 1 >= len(head.doc):
        return None
    nxt = head.doc[head.i + 1]
    # Only where the "verb" hangs on another verb as if a clause ("reported
    # ... claims to the department"): a sentence's own verb stays one.
    return nxt if head.head.i == nxt.i and nxt.tag_ == "VBZ" and nxt.lower_.endswith("s") \
        and nxt.dep_ != "ROOT" and nxt.head.pos_ in ("VERB", "AUX") else None


#: Nouns a number after which says which one of a race's run: "on lap 34 of 78".
_POSITION_NOUNS = frozenset({"lap"})


def _position(toks: list[Token]) -> str:
    """"lap 34": which lap a thing happened on, a fact other reports may give
    otherwise, and no count of laps ("the 78-lap race")."""
    first = toks[0]
    if first.i == 0 or not first.like_num or "," in first.text:
        return ""
    prev = first.nbor(-1)
    return f"{prev.lower_} number" if prev.lower_ in _POSITION_NOUNS else ""


def _is_identifier(anchor: Token, toks: list[Token]) -> bool:
    """"Resolution 2231", "Unit 731", "AK 47", "graphics 4000": a number naming what precedes it."""
    first = toks[0]
    if first.i == 0 or not first.like_num or "," in first.text:
        return False
    prev = first.nbor(-1)
    if prev.is_upper and prev.is_alpha and 2 <= len(prev) <= 4 and first.idx - prev.idx - len(prev) <= 1:
        return True  # a model: "AK 47 rifles", "Geforce GT 650"
    if prev.pos_ == "NOUN" and first.head.i == prev.i and not prev.is_title:
        return True  # a designation: "graphics 4000", "chapter 11"
    linked = prev.head.i == first.i or first.head.i == prev.i
    return prev.pos_ == "PROPN" and linked and prev.lower_ not in lx.MONTHS \
        and (anchor.dep_ != "nummod" or anchor.head.i < anchor.i)


def format_quantity(q: Quantity) -> str:
    """Human-readable quantity: "about 3,000 (2,700–3,300) troops"."""
    def num(x: float) -> str:
        return "∞" if math.isinf(x) else f"{int(x):,}" if x == int(x) else f"{x:,.2f}".rstrip("0").rstrip(".")

    bounds = f"{num(q.low)}–{num(q.high)}"
    unit = lx.UNIT_DISPLAY.get(q.unit, q.unit)
    written = f"{num(q.value)}%" if q.unit == "%" else f"{unit} {num(q.value)}" \
        if q.unit in lx.CURRENCY_CODES or q.unit == lx.SOME_DOLLAR else f"{num(q.value)} {unit}".strip()
    if q.hedge == "range":
        text = f"{bounds} {unit}".strip()
    elif q.hedge == "vague":
        text = f"{q.surface} ({bounds})"
    elif q.hedge:
        text = f"{q.hedge} {written} ({bounds})"
    else:
        text = written
    # Only a bare count numbers things. A rate or a measure names what it
    # measures: "64.2% turnout", "768 GB storage", not "turnouts", "storages".
    counted = q.counted if q.high == 1 or q.unit else _plural(q.counted)
    return f"{text} {counted}".strip()


def _plural(key: str) -> str:
    """A counted key a reader can read after a figure: "420 flights", not the
    lemma "420 flight"; plural keys, states ("sick", "missing") and rates
    ("per month") stay as they are."""
    words = key.split(" ")
    last = words[-1]
    if not last or "per" in words or "from" in words or last.endswith("s") or last in lx.OUTCOME_VERBS.values() \
            or last in lx.SICK_WORDS or not last.isalpha() or len(last) > 5 and last.endswith(("ed", "ing")):
        return key
    if last.endswith("y") and last[-2:-1] not in ("a", "e", "i", "o", "u"):
        last = last[:-1] + "ies"
    elif last.endswith(("ch", "sh", "x", "z")):
        last += "es"
    elif last in _IRREGULAR_PLURALS:
        last = _IRREGULAR_PLURALS[last]
    else:
        last += "s"
    return " ".join([*words[:-1], last])


_IRREGULAR_PLURALS = {"man": "men", "woman": "women", "child": "children", "person": "people", "staff": "staff",
                      "crew": "crew", "police": "police", "personnel": "personnel", "cattle": "cattle",
                      "sheep": "sheep", "fish": "fish", "aircraft": "aircraft", "people": "people",
                      "snow": "snow", "equipment": "equipment", "livestock": "livestock", "data": "data"}
