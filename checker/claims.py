"""Claims: the checkable facts of each sentence, gathered from the extractors.

A sentence yields one claim per quantity and per date it states, and a
``statement`` claim when it is attributed to someone (only those take part in
attribution conflicts).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from functools import lru_cache
from dataclasses import replace
from typing import TYPE_CHECKING

from checker.attribution import ORG_WORDS, TITLE_WORDS, attribute, normalise_speaker
from checker.dates import (
    according,
    closes_relative_clause,
    find_dates,
    format_date,
    set_off_start,
    stamp_clock,
    stamp_day,
    yearless_stamp,
    verb_above,
)
from checker.frames import frame_of
from checker.speakers import NAME_PARTICLES
from checker.lexicon import CURRENCY_CODES, DEMONYMS, IRREGULAR_FORMS, IRREGULAR_NOMINALS, LEVEL_VERBS, NOMINAL_SUFFIXES
from checker.models import doc_ents, doc_text
from checker.quantities import AGE, find_quantities, format_quantity, in_aside, is_figure, put_at
from checker.records import Attribution, Claim, DateRef, Frame, Quantity, Report, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Entity labels that name participants and places of a fact, and the named
#: things it is about (a storm, an award, a law, a product).
PARTICIPANT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})

# "up from 40 on Monday", "compared with 12 a year earlier": the number is a
# past value quoted for contrast, not a claim about the fact now.
_PREVIOUS_VALUE = re.compile(
    # "up from the 48.6 million it put forward on Thursday", "up from an initial 40".
    r"\b(?:up|down|rising|risen|falling|fallen|rose|fell|increased|decreased)\s+from"
    r"(?:\s+(?:the|its|their|an?))?(?:\s+(?:earlier|previous|initial|original|first))?\s*$"
    # "raised its social plan to about $275 million, from an opening offer of €190 million".
    r"|\bfrom\s+(?:an?|the|its|their)\s+(?:opening|initial|original|earlier|previous|first)\s+"
    r"(?:offer|bid|proposal|estimate|figure|forecast|count|tally|price|valuation)\s+of\s*$"
    r"|\b(?:compared\s+(?:with|to)|versus|vs\.?|instead\s+of)\s*$",
    re.IGNORECASE,
)


#: The year a past value is dated to, soon after it: "5,680 at the previous census in 2021".
_PAST_YEAR_AFTER = re.compile(r"[^.;:()]{0,45}?\b(?:in|of|for)\s+((?:19|20)\d\d)\b")
#: ... or the year before the report's, named so: "down from 56,800 tonnes last year".
_LAST_YEAR_AFTER = re.compile(r"[^.;:(),]{0,30}?\b(last\s+year)\b(?!['’]s)", re.IGNORECASE)


# "down from 4.6% in January", "compared with 12 a year earlier in March".
_WORD_OR_FIGURE = r"(?:\d[\d,.]*|[^\s,;]+)"
_PREVIOUS_DATE = re.compile(
    rf"\b(?:(?:up|down|rising|risen|falling|fallen|rose|fell|increased|decreased)\s+from|compared\s+(?:with|to))"
    rf"(?:\s+{_WORD_OR_FIGURE}){{1,8}}\s+(?:in|on|at|as of|by)\s+(?:the\s+)?"
    # "down from 174,000 at 8am this morning", "from a peak of 346,000 at lunchtime yesterday".
    rf"(?:(?:\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:[ap]\.?m\.?)?|lunchtime|noon|midday|midnight|dawn)\s+(?:on\s+)?)?$"
    # "down 14% on the same quarter last year": the period compared with.
    rf"|\b(?:on|from|than|with|against)\s+the\s+same\s+(?:quarter|period|month|week|half|day|time)(?:\s+of)?\s*$"
    # "the lowest third-quarter profit since 2021", "the largest rescue since 2010": a record's baseline.
    # "the most in any year since at least 2016" too.
    rf"|\b(?:(?:low|high|larg|bigg|small|strong|weak|b|great|few|deadli|wett|hott|cold)est|the\s+most|worst|first|only)\b"
    rf"[^.;]*\bsince\s+(?:at\s+least\s+)?$",
    re.IGNORECASE,
)


#: "24% above Friday's level": the day of the level a figure is set against,
#: which dates that level (a date of its own), not the figure.
_SET_AGAINST_DAY = re.compile(r"\b(?:above|below)\s+$")


#: "In a separate accident", "Separately, ...", "chasing a separate listeria
#: cluster", "an unrelated fire", "the Palu earthquake of that year",
#: "Across the border, Moldova's ministry said ...", "Neighbouring Santa
#: Catarina has confirmed ...": the sentence is about another event or
#: another place's; so is one that opens "Not connected to Bole, but ...".
_SEPARATE = re.compile(r"\s*(?:separately\b|(?:across|over) the border\b|(?:in )?neighbou?ring\b"
                       r"|(?:not|un)\s?(?:connected|related|linked) (?:to|with)\b"
                       r"|.*?\b(?:a|an|another)(?:,)? (?:separate|unrelated)\b|.*?\b(?:unrelated to|separate from)\b"
                       # "That one was a different incident: about 700 passengers walked out ..."
                       r"|.*?\b(?:was|were|is)\s+a\s+different\s+(?:incident|event|accident|fire|case)\b"
                       r"|.*?\b(?:(?:of|in|during) that year|back then)\b"
                       # "Last week's fire on a motor yacht in Trogir's marina ... was unrelated."
                       r"|.*?\b(?:was|were|is|are)\s+(?:entirely\s+|wholly\s+|completely\s+)?unrelated\b)", re.IGNORECASE)


def extract_claims(report: Report, doc: Doc, sentences: list[Sentence]) -> list[Claim]:
    """Every claim of one report, in text order, with stable ids."""
    attributions = attribute(doc)
    text = doc_text(doc)
    wanted = {s.index for s in sentences}
    claims: list[Claim] = []
    separate_end = -1
    heading: DateRef | None = None
    section: DateRef | None = None
    people: tuple[str, ...] = ()
    before_dates: list[DateRef] = []
    # A live page's entries: "**Friday, 07:45** – ..." or a stamp on a line of
    # its own dates the sentences after it, until the next stamp.
    entry: dt.date | None = None
    # ... and the clock time of its stamp ("**12:30 p.m.** –"): two entries'
    # figures of one count are the count as it stood at two times.
    entry_time = ""
    yearless = ""
    list_start = item = -1
    last_text = ""
    for index, sent in enumerate(doc.sents):
        before_text, last_text = last_text, sent.text
        if (stamped := stamp_day(sent, report.published)) is not None:
            entry = stamped
            yearless = ""
        elif report.published is None and (surface := yearless_stamp(sent.text)):
            # "Fri 6 Mar, 19:30 - ..." on an undated page: the entry's day,
            # placed in the event's year once the event is known.
            entry, yearless = None, surface
        clock = stamp_clock(sent.text)
        if stamped is not None or clock:
            entry_time = clock
        opens = _opens_paragraph(doc, sent)
        if opens:
            heading = None
            # A bulleted list's items: "- aid of 120,000 dirhams for each house
            # rebuilt", "- 50,000 dirhams for each house repaired".
            if _BULLET.match(sent.text):
                list_start, item = (index if list_start < 0 else list_start), index
            else:
                list_start = item = -1
        people = _people_of(sent, people, opens)
        if _SEPARATE.match(sent.text) or separate_end >= 0 and "\n" not in text[separate_end:sent.start_char]:
            # "In a separate accident, four people died": another event's
            # figures, which the story's own must not be checked against; and
            # "None of its 68 passengers was hurt" or "All 72 people on board
            # got out" after it, in its paragraph, goes on about that event.
            separate_end = sent.start_char + len(sent.text.rstrip())  # a sentence may keep its trailing newlines
            continue
        separate_end = -1
        if _heading_line(doc, sent):
            # "**Tuesday 13 October**" over a statement's section dates the
            # figures below it, until the next heading ("**Both evenings**");
            # the heading itself says nothing happened.
            section = _section_day(sent, report.published)
            if section is not None and _PLACE_AND_DAY.match(sent.text[: max(0, section.start - sent.start_char)]):
                # "Split, 13 August 2026" over a statement: the day it was
                # issued, not the day of what it goes on to tell.
                section = None
                continue
            if section is not None:
                if section.time:
                    entry = section.earliest  # "**Thursday 24 September, 16:05**": a live page's stamp
                entry_time = section.time
                continue
        if index not in wanted:
            continue
        attribution = attributions[index] if index < len(attributions) else None
        found: list[Claim] = []
        # "up from 5,680 at the previous census in 2021": a past value the
        # sentence dates to an earlier year is a claim about that year, which
        # another report may give otherwise; it is kept, dated to its year.
        past_values: dict[int, DateRef] = {}
        for q in find_quantities(sent):
            before = text[sent.start_char : q.start]
            if _PREVIOUS_VALUE.search(before):
                year = _PAST_YEAR_AFTER.match(text, q.end, sent.end_char)
                last = _LAST_YEAR_AFTER.match(text, q.end, sent.end_char) if year is None else None
                if report.published is None or year is None and last is None \
                        or year is not None and int(year.group(1)) >= report.published.year:
                    continue
                y = int(year.group(1)) if year is not None else report.published.year - 1
                m = year or last
                assert m is not None
                past_values[q.start] = DateRef(m.group(1), m.start(1), m.end(1), "year", dt.date(y, 1, 1),
                                               dt.date(y, 12, 31))
            context, entities = clause_context(doc, q.start, q.end)
            if before_text and _RESTATES_BEFORE.match(sent.text):
                # "The most expensive hour tomorrow is 08-09, at 1,240.55 euros
                # per MWh. That is 14.29 kroner per kWh": the figure before, in
                # other words, and of what that sentence says it is.
                context = f"{before_text.strip()} {context}"
            # "Of the 75 injured, most were discharged, hospitals said": the
            # source and the verb speak of the part; the whole is taken as known.
            whole = q.whole
            predicate = q.predicate or ("" if whole or q.counted == AGE or in_aside(text, q.start)
                                        else governing_verb(doc, q.start, q.end))
            frame = _position_frame(frame_of(sent, q.start, q.end), q)
            if not predicate and found and _converted_from(found[-1], q, text):
                # "1.37 trillion won (just under $1 billion)": the conversion
                # is stated by the figure's verb, and is kept apart from
                # another figure's conversion just as the figures themselves
                # are; it is as actual or as planned as the figure.
                predicate, frame = found[-1].predicate, found[-1].frame
            elif not predicate and q.counted and not q.unit and in_aside(text, q.start) and (whole_of := next(
                    (c for c in reversed(found) if c.quantity is not None and c.quantity.counted == q.counted
                     and not c.quantity.unit and c.quantity.value != q.value
                     and "(" in text[c.quantity.end:q.start]), None)) is not None:
                # "412 oncology surgeries were performed over the two days (198
                # on 17 November and 214 on 18 November)": the parts in brackets
                # were done as their whole was ("Twenty-three (23)" restates, and is no part).
                predicate = whole_of.predicate
            if q.start in past_values:
                # The sentence's verb is the present figure's ("recorded 7,412
                # elephants, up from 5,680 ..."); the past value is told by the
                # whole sentence, not by its "compared with" phrase alone, and
                # is of the places and parties the present figure's clause names
                # ("412 rhinos were poached in South Africa ..., compared with 503 in 2024").
                q, predicate, context = replace(q, predicate=""), "", sent.text
                present = next((c for c in reversed(found) if c.kind == "quantity"), None)
                if present is not None:
                    entities = tuple(sorted({*entities, *present.entities}))
            found.append(
                Claim(
                    id="",
                    report=report.id,
                    sentence=index,
                    kind="quantity",
                    frame=frame,
                    quantity=q,
                    attribution=None if whole else attribution,
                    entities=entities,
                    # A figure in brackets, or a person's age, is no argument of the verb.
                    predicate=predicate,
                    context=context,
                )
            )
        dates = _joined_days(find_dates(sent, report.published, entry), text)
        if opens:
            heading = _heading(doc, sent, dates)
        stood = [_time_of_count(doc, d) for d in dates]
        # "**Saturday, March 4.**": a heading that only dates what follows it.
        only_dates = bool(dates) and not _WORDS_LEFT.search(_without(text[sent.start_char:sent.end_char],
                                                                     [d.surface for d in dates]))
        for d, stood_then in zip(dates, stood):
            if only_dates:
                continue
            if _PREVIOUS_DATE.search(text[sent.start_char : d.start]) or stood_then or _state_since(doc, d) \
                    or _baseline_since(doc, d, report.published) or _year_naming(doc, d) \
                    or _IN_ANOTHER_ZONE.search(text, max(sent.start_char, d.start - 60), d.start):
                # "down from 4.6% in January": the date of the past value; "at
                # 07:00 GMT – 11 p.m. on Monday in Seattle –": one moment on another clock.
                continue
            if d.end <= _dateline_end(doc, d.start) and _DATELINE_DAY.search(text[sent.start_char:d.start]):
                # "KLAIPEDA, Lithuania, March 3 (BPW) -": the day the copy was
                # filed, the report's own date, not a date it reports.
                continue
            if _targeted(doc, d):
                d = replace(d, deadline=True)
            context, entities = clause_context(doc, d.start, d.end)
            found.append(
                Claim(
                    id="",
                    report=report.id,
                    sentence=index,
                    kind="date",
                    frame=frame_of(sent, d.start, d.end),
                    date=d,
                    attribution=attribution,
                    entities=entities,
                    predicate=dated_event(doc, d.start, d.end),
                    context=context,
                )
            )
        if attribution is not None:
            found.append(
                Claim(
                    id="",
                    report=report.id,
                    sentence=index,
                    kind="statement",
                    attribution=attribution,
                    context=statement_content(attribution, sent.text, sent.start_char),
                )
            )
        found = _instance_dates(found, sent.text)
        label = _speaker_label(doc, attribution, sent)
        body = _affiliation(doc, attribution) if label == "PERSON" else ""
        # "56 have died, up from 47 on Wednesday evening": that day is the earlier figure's.
        # "By Tuesday evening 164 vessels were waiting": the "by" of a running
        # count is the time the count stood at, as "as of" is, not a deadline.
        kept = [(replace(d, deadline=False) if d.deadline and stood_then else d, stood_then)
                for d, stood_then in zip(dates, stood)
                if (not _PREVIOUS_DATE.search(text[sent.start_char : d.start]) or _WHEN_AFTER.match(text, d.end))
                and not _SET_AGAINST_DAY.search(text, sent.start_char, d.start)]
        current = [d for d, _ in kept]
        days = {(d.earliest, d.latest): d for d in before_dates if d.resolved and d.granularity == "day"}
        if len(days) == 1 and not any(d.earliest for d in current):
            # "Veradyne opened a portal on Tuesday morning. By 6 p.m., 3,180
            # people had applied": a count as it stood at a clock time, on the
            # one day the sentence before gives.
            (then,) = days.values()
            current = [replace(d, earliest=then.earliest, latest=then.latest, resolved=then.resolved)
                       if d.granularity == "time" and stood_then else d for d, stood_then in kept]
        found = [replace(_dated(c, current, text), speaker_label=label, speaker_affiliation=body,
                         entry_time=entry_time if c.kind == "quantity" else "",
                         list_item=f"{list_start}:{item}" if list_start >= 0 else "") for c in found]
        found = [replace(c, date=past_values[c.quantity.start])
                 if c.quantity is not None and c.quantity.start in past_values else c
                 for c in found]
        # ... and its year is not the present figure's ("expects 52,000 tonnes
        # this season, down from 74,100 tonnes last year").
        taken = {(d.start, d.end) for d in past_values.values()}
        found = [replace(c, date=None) if c.quantity is not None and c.quantity.start not in past_values
                 and c.date is not None and (c.date.start, c.date.end) in taken else c for c in found]
        # "expects 41,300 tonnes this summer, against 58,600 tonnes in 2025":
        # what a year before the report's own came to is a record, whatever
        # the sentence forecasts beside it.
        found = [replace(c, frame=replace(c.frame, modality="actual")) if _past_year_in_forecast(c, report.published)
                 else c for c in found]
        # The entry's stamp dates its figures as a heading does ("**Saturday,
        # 11:05** – The lake now holds about 2.6 million cubic metres").
        entry_day = DateRef(f"{entry:%A} {entry.day} {entry:%B}", sent.start_char, sent.start_char, "day", entry, entry) \
            if entry is not None and section is None else None
        if entry_day is None and yearless and section is None:
            entry_day = DateRef(yearless, sent.start_char, sent.start_char, "day", resolved=False)
        for day in (heading, section, entry_day):
            if day is not None:
                found = [replace(c, date=day) if c.kind == "quantity" and c.date is None else c for c in found]
        lead = sent.text.lstrip().lower()
        opening = next((d for d in current if not d.deadline and d.time and lead.startswith(
            tuple(f"{p}{d.surface.lower()}" for p in ("", "at ", "at about ", "at around ", "around ", "about ", "by ",
                                                     "as of ")))), None)
        if opening is None:
            # "On Thursday evening 21 flights were diverted and 72 were
            # cancelled": the opening day dates every clause of the sentence.
            opening = next((d for d in current if not d.deadline and d.granularity == "day" and d.resolved
                            and lead.startswith(f"on {d.surface.lower()}")), None)
        if opening is None:
            # "In 2017, after two weak monsoons, southern storage fell to 12.7
            # per cent": an opening year dates the sentence's figures too.
            opening = next((d for d in current if not d.deadline and d.granularity == "year" and d.resolved
                            and lead.startswith(f"in {d.surface.lower()},")), None)
        if opening is not None:
            # "At 9:50 p.m., the four suspects surrendered and the remaining ten
            # hostages were released": the opening time dates the whole sentence.
            found = [replace(c, date=opening) if c.kind == "quantity" and c.date is None else c for c in found]
        if _THEN.match(sent.text) and len(days) == 1:
            # "On Wednesday, April 15, the team notified the CDC. At that point
            # 97 passengers had reported symptoms": the point is that Wednesday.
            (then,) = days.values()
            found = [replace(c, date=then) if c.kind == "quantity" and c.date is None else c for c in found]
        # Not a day a state began ("It had been shut ... since 7 p.m. on
        # Sunday"): a clock time in the next sentence ("at 4:20 a.m.") is no
        # hour of that day.
        before_dates = [d for d in current if not _SINCE_A_DAY.search(text, max(0, d.start - 30), d.start)]
        if people and _PRONOUN_SUBJECT.match(sent.text):
            # "He died there at 7:40 p.m.": the person the sentence before named.
            found = [replace(c, entities=tuple(sorted({*c.entities, *people}))) if c.kind != "statement" else c
                     for c in found]
        found.sort(key=lambda c: (c.start if c.start >= 0 else sent.start_char, c.kind))
        ranks: dict[str, int] = {}
        key = " ".join(_WORDS.findall(sent.text.lower()))
        for claim in found:
            ranks[claim.kind] = ranks.get(claim.kind, -1) + 1
            claims.append(replace(claim, position=ranks[claim.kind], sentence_key=key))
    return [_with_id(c, f"{report.event}/{report.id}/c{i + 1}") for i, c in enumerate(claims)]


#: "since" and up to three words before a date ("since 7 p.m. on Sunday"): the start of a state.
_SINCE_A_DAY = re.compile(r"\bsince\s+(?:[\w:.]+\s+){0,3}$", re.IGNORECASE)


#: A sentence opening on the time of the sentence before: "At that point ...",
#: "That night ...".
_THEN = re.compile(r"\s*(?:at that (?:point|time|stage|moment)|by then|by that (?:point|time|stage)|at the time"
                   r"|that (?:night|evening|day|morning|afternoon))\b",
                   re.IGNORECASE)


#: A sentence whose subject is a personal pronoun: "He died there ...".
_PRONOUN_SUBJECT = re.compile(r"\s*(?:He|She)\b")


def _past_year_in_forecast(claim: Claim, published: dt.date | None) -> bool:
    """A figure in a forecasting clause that its sentence dates to a whole year
    before the report's year."""
    d = claim.date
    return claim.kind == "quantity" and claim.frame.modality == "expected" and published is not None \
        and d is not None and d.granularity == "year" and d.latest is not None and d.latest.year < published.year


def _heading_line(doc: Doc, sent: Span) -> bool:
    """A line of a few words on its own, without a full stop: a section heading."""
    core = sent.text.strip().strip("*#_ ").strip()
    if not core or core[-1] in ".!?:;,\"”'" or len(core.split()) > 8:
        return False
    text = doc_text(doc)
    before = text[: sent.start_char].rstrip(" \t")
    after = text[sent.start_char + len(sent.text.rstrip()) :].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def _section_day(sent: Span, published: dt.date | None) -> DateRef | None:
    """The day a heading names, when it is nothing but a day ("Tuesday 13 October")."""
    dates = find_dates(sent, published)
    if len(dates) == 2 and dates[1].granularity == "time" and dates[1].earliest == dates[0].earliest:
        # "**Thursday 24 September, 16:05**": the day of a live page's entry, with its time.
        rest = sent.text.replace(dates[0].surface, " ").replace(dates[1].surface, " ").strip().strip("*#_ ,")
        return replace(dates[0], time=dates[1].time) if not rest.split() else None
    if len(dates) != 1 or dates[0].granularity != "day" or not dates[0].resolved:
        return None
    rest = sent.text.replace(dates[0].surface, " ").strip().strip("*#_ ,")
    return dates[0] if len(rest.split()) <= 1 else None


def _opens_paragraph(doc: Doc, sent: Span) -> bool:
    lead = len(sent.text) - len(sent.text.lstrip())
    return sent.start == 0 or "\n" in doc_text(doc)[max(0, sent.start_char - 2) : sent.start_char + lead]


def _people_of(sent: Span, before: tuple[str, ...], opens: bool) -> tuple[str, ...]:
    """The people a sentence names, or, for a sentence of the same paragraph
    that names none, those of the sentence before (what "he" may stand for)."""
    named = tuple(sorted({f"PERSON:{normalise_speaker(e.text)}" for e in sent.ents if e.label_ == "PERSON"}))
    return named or (() if opens else before)


def _heading(doc: Doc, sent: Span, dates: list[DateRef]) -> DateRef | None:
    """The day a timeline paragraph opens with ("Wednesday 11 February: Six of
    the whales ..."): it dates the paragraph's figures that give no day of
    their own, as a log's entries are dated, until the paragraph ends."""
    lead = len(sent.text) - len(sent.text.lstrip())
    first = dates[0] if dates else None
    if first is not None and first.start - sent.start_char == lead and first.granularity == "day" \
            and first.resolved and doc_text(doc)[first.end : first.end + 1] == ":":
        return first
    return None


def _instance_dates(found: list[Claim], text: str) -> list[Claim]:
    """"Two more miners were brought up on Friday": the date of one more
    instance of a repeated event (the first three came up on Wednesday), so
    it takes the frame of its count and meets only dates of other increments."""
    # Verbs without their particle: a count's predicate keeps it ("pick up"),
    # a date's may not ("pick").
    more = {c.predicate.split()[0] for c in found
            if c.kind == "quantity" and c.frame.aggregation == "incremental" and c.predicate}
    return [replace(c, frame=replace(c.frame, aggregation="incremental"))
            if c.kind == "date" and (bool(c.predicate) and c.predicate.split()[0] in more or _another(c, text)) else c
            for c in found]


def _another(claim: Claim, text: str) -> bool:
    """"Agents on Thursday arrested another city official": the verb's object
    is one more of its kind, so the day is another instance's."""
    if not claim.predicate or not claim.context:
        return False
    if not _ANOTHER_WORDS.search(claim.context) and not _REPEAT_WORDS.search(text):
        return False  # each pattern below needs one of these words; compiling them per claim is slow
    if re.match(rf"\W*(?:another|a (?:{_ORDINALS})|one more)\b[^.;]*?\b(?:was|were|had been|has been)\s+"
                rf"{verb_forms(claim.predicate)}", claim.context, re.IGNORECASE):
        return True  # "Another suspect, a truck driver, was arrested on Thursday"
    if re.search(rf"(?:^\W*|[–—]\s*)(?:another|a (?:{_ORDINALS})|one more)\b[^.;]*?\b{verb_forms(claim.predicate)}\b",
                 claim.context, re.IGNORECASE):
        return True  # "**Friday, 07:45** – A second, smaller debris flow came down the valley at 00:40"
    if re.search(rf"\balso\s+(?:been\s+)?{verb_forms(claim.predicate)}", claim.context, re.IGNORECASE):
        return True  # "the surgical unit was also closed on Sunday": one more closure
    if re.search(rf"\b(?:follow[- ]?up|repeat|further)\s+{re.escape(claim.predicate)}s?\b", text, re.IGNORECASE):
        # "A follow-up inspection on Wednesday 11 March": not the first
        # inspection (the clause kept as context drops the hyphenated word).
        return True
    return bool(re.search(rf"{verb_forms(claim.predicate)}\s+(?:another|a (?:{_ORDINALS})|one more)\b",
                          claim.context, re.IGNORECASE))


#: Ordinals that make an instance one more of its kind: "a tenth, a 21-year-old man, was arrested".
_ORDINALS = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_ANOTHER_WORDS = re.compile(rf"\b(?:another|{_ORDINALS}|one more|also)\b", re.IGNORECASE)
_REPEAT_WORDS = re.compile(r"\b(?:follow[- ]?up|repeat|further)\b", re.IGNORECASE)


def verb_forms(lemma: str) -> str:
    """A pattern for the forms of a verb ("issue" -> issue, issued, issues,
    issuing; "make" -> also made; "strike" -> also struck)."""
    regular = rf"{re.escape(lemma[:-1] if lemma.endswith('e') else lemma)}[a-z]*"
    irregular = IRREGULAR_FORMS.get(lemma, ())
    return rf"\b(?:{'|'.join((regular, *irregular))})" if irregular else rf"\b{regular}"


def _speaker_label(doc: Doc, att: Attribution | None, sent: Span | None = None) -> str:
    """The named-entity label of the speaker's mention: "AMD" is a body, "Lu" a person.

    "PRON" when the sentence does not name the speaker ("he said", or a quote
    whose speaker comes from an earlier sentence): the name was inferred.
    Not so for a sentence inside one quotation that another of its sentences
    frames ('"... for longer. In this disease, every month counts," said
    Ibáñez'): the quotation marks, not a guess, say who speaks.
    """
    if att is None:
        return ""
    if att.start < 0:
        if sent is not None and _in_long_quotation(doc_text(doc), sent.start_char, sent.end_char):
            framing = [e.label_ for e in doc_ents(doc) if normalise_speaker(e.text) == att.speaker]
            if framing:
                return framing[0]
        return "PRON"
    mention = doc.char_span(att.start, att.end, alignment_mode="expand")
    # The tagger may take a surname it does not know for a nationality
    # ("Lienlaf added", after "said Matías Lienlaf Cayupán"): a named person is no demonym.
    if mention is not None and all(t.pos_ == "PRON" or t.is_punct or t.lower_ in _INFERRED or _demonym(t)
                                   for t in mention) \
            and not (_surname(mention) and mention.text.lower() not in DEMONYMS and _named_person(doc, mention.text)):
        # A pronoun whose person the same sentence names before it is not a guess.
        named = [e for e in mention.sent.ents if e.end <= mention.start and e.label_ == "PERSON"
                 and att.speaker and normalise_speaker(e.text).split()[-1:] == att.speaker.split()[-1:]]
        return "PERSON" if named or _previous_subject(mention, att.speaker) else "PRON"
    if mention is not None and _titled_name(doc, mention):
        return "PERSON"
    if mention is not None and _surname(mention) and _named_person(doc, mention.text):
        # "Dumaguit said", tagged a body, after "Felipe Dumaguit, regional
        # director"; "Nkansah-Ofori said" after "Commissioner Seth Kwame Nkansah-Ofori".
        return "PERSON"
    labels = {e.label_ for e in doc_ents(doc) if e.start_char < att.end and att.start < e.end_char}
    for label in ("PERSON", "ORG", "GPE", "NORP"):
        if label in labels:
            return label
    return ""


def _previous_subject(mention: Span, speaker: str) -> bool:
    """"Minister Verónica Salinas ... has spent two days at the site. Speaking
    to reporters, she said": the pronoun opens the next sentence after one
    whose subject is the named person, the plainest reference there is."""
    sent = mention.sent
    if sent.start == 0 or not speaker:
        return False
    before = sent.doc[sent.start - 1].sent
    root = before.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    names = [e for e in before.ents if e.label_ == "PERSON" and subject.i in range(e.start, e.end)]
    return any(normalise_speaker(e.text).split()[-1:] == speaker.split()[-1:] for e in names)


def _named_person(doc: Doc, surname: str) -> bool:
    """Whether the text names someone with this surname as a person: a
    first name before it and a role in apposition after ("Felipe Dumaguit,
    regional director of MARINA") or a title before ("Commodore Ramon
    Villacorta"), or the parser's PERSON label on the full name or on the
    first names before it ("Seth Kwame Nkansah-Ofori")."""
    for m in re.finditer(re.escape(surname), doc_text(doc)):
        name = doc.char_span(m.start(), m.end())
        if name is None or name.start == 0:
            continue
        # "Interior CS Daniel ole Sankale": a name's particle stands between
        # the first name and the surname.
        first = name.start - 1
        while first > 0 and doc[first].lower_ in _NAME_PARTICLES:
            first -= 1
        if not doc[first].is_title:
            continue
        if any(t.ent_type_ == "PERSON" for t in name) or doc[first].ent_type_ == "PERSON":
            return True
        after = doc[name.end : name.end + 5]
        if len(after) > 1 and after[0].text == "," and any(t.lower_ in TITLE_WORDS for t in after[1:]):
            return True
        if first >= 1 and (doc[first - 1].lower_ in TITLE_WORDS or doc[first - 1].text in _SHORT_TITLES):
            return True
    return False


#: Words between a given name and a surname: "Daniel ole Sankale", "Pieter van Dijk",
#: and the particles of Arabic, Malay and Maasai names besides the European ones.
_NAME_PARTICLES = NAME_PARTICLES | {"ole", "bin", "binti", "al", "el"}
#: Titles written as capitals ("Interior CS Daniel ole Sankale", "Kenya's CS").
_SHORT_TITLES = frozenset({"CS", "PS", "MP", "MEP", "MK", "MLA", "CEO", "CFO", "DG"})


def _surname(mention: Span) -> bool:
    """A mention that can be a surname alone: one capitalised word, or a
    hyphenated pair ("Nkansah-Ofori")."""
    words = [t for t in mention if t.text not in ("-", "–")]
    return 1 <= len(words) <= 2 and all(t.is_title for t in words) \
        and (len(words) == 1 or len(mention) == 3 and mention[1].text in ("-", "–"))


def _titled_name(doc: Doc, mention: Span) -> bool:
    """A capitalised name after a title ("chief executive Marketa Kubickova",
    "District Collector Ananya Menon") or before one ("Lerato Mahlangu, Chief
    Executive Officer"): a person, whatever label the parser gives names it
    has not seen."""
    words = [t for t in mention if not t.is_punct and t.pos_ != "DET"]
    if not words or not words[-1].text[:1].isupper() or words[-1].lower_ in ORG_WORDS | TITLE_WORDS:
        return False
    if any(t.lower_ in ORG_WORDS or t.lower_ == "'s" for t in words):
        return False
    first = words[0]
    before = doc[first.i - 1] if first.i > 0 else None
    if first.lower_ in TITLE_WORDS and len(words) >= 2 or before is not None and before.lower_ in TITLE_WORDS:
        return True
    if before is not None and before.text == "," and first.i >= 2 and doc[first.i - 2].lower_ in TITLE_WORDS \
            and 2 <= len(words) <= 4 and all(t.text[:1].isupper() for t in words):
        return True  # "the centre's director, Marc-Antoine Reymond, told ...": a title in apposition
    if len(words) >= 2 and _office_before(doc, first.i):
        return True
    # ... or before one: "said Lerato Mahlangu, Chief Executive Officer of
    # Azuline Airways", "said Rubén Perdomo, the Canary government's spokesman".
    after = doc[mention.end : mention.end + 7]
    if not (2 <= len(words) <= 4 and all(t.is_title for t in words) and len(after) > 1 and after[0].text == ","):
        return False
    appos = list(itertools.takewhile(lambda t: not t.is_punct, after[1:]))
    return any(t.lower_ in TITLE_WORDS for t in appos[:5] if t.pos_ != "DET")


def _office_before(doc: Doc, at: int) -> bool:
    """"Director of Education Ritu Aggarwal", "Minister of State for Health Ana
    Ruiz": a title and the capitalised office it heads, just before a name."""
    i = at - 1
    seen_of = False
    while i >= 0 and at - i <= 6:
        t = doc[i]
        if t.lower_ in ("of", "for"):
            seen_of = True
        elif t.lower_ in TITLE_WORDS and t.text[:1].isupper():
            return seen_of
        elif not (t.is_title or t.lower_ in ("the", "and")):
            return False
        i -= 1
    return False


def _affiliation(doc: Doc, att: Attribution | None) -> str:
    """The body a named person speaks for, from the words around the name:
    "prosecutor's office spokesman Piotr Kala", "Piotr Kala, a spokesman for
    the prosecutor's office"."""
    if att is None or att.start < 0:
        return ""
    mention = doc.char_span(att.start, att.end, alignment_mode="expand")
    if mention is None:
        return ""
    root = mention.root
    before = [t for t in root.subtree if t.i < mention.start and not t.is_punct]
    role = next((t for t in root.children if t.dep_ == "appos"), None)
    if role is not None:  # "Kala, a spokesman for the prosecutor's office"
        before = [t for p in role.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "at")
                  for t in p.subtree if t.i > p.i]
    words = [t.text for t in before if t.lower_ not in TITLE_WORDS and t.pos_ not in ("DET", "ADP")]
    if not any(t.lower_ in TITLE_WORDS for t in [*before, *(role.subtree if role is not None else [])]):
        return ""  # no post named, so no body: "Polish Piotr Kala"
    return normalise_speaker(" ".join(words)) if words else ""


#: Mentions that point back to a speaker named earlier ("the two men said").
def _in_long_quotation(text: str, start: int, end: int) -> bool:
    """Whether a sentence is part of a quotation that runs over several
    sentences: one its paragraph opened before it and left open, or one it
    opens and does not close."""
    para = text.rfind("\n", 0, start) + 1
    before, inside = text[para:start], text[start:end]

    def open_after(chunk: str) -> bool:
        return chunk.count('"') % 2 == 1 or chunk.count("\u201c") > chunk.count("\u201d")

    return open_after(before) or open_after(inside)


_INFERRED = frozenset({"the", "two", "three", "both", "men", "women", "pair", "duo", "latter", "former"})


def _demonym(tok: Token) -> bool:
    """"the Dutchman said", "the Serb told reporters": a nationality standing
    for someone the story named before, as a pronoun does."""
    return tok.ent_type_ == "NORP" or tok.lower_ in DEMONYMS


#: What may stand between a figure and its own day: "420 flights on Tuesday".
#: A day's possessive owning the figure's noun: "yesterday's record of ".
_OWNS_FIGURE = re.compile(r"['’]s?\s+(?:[a-z-]+\s+){1,2}of\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?")
#: A sentence that restates the figure before it: "That is 14.29 kroner per kWh".
_RESTATES_BEFORE = re.compile(r"\s*(?:That|This)\s+(?:is|was|works\s+out\s+(?:to|at)|equals|comes\s+to)\s+"
                              r"(?:about\s+|roughly\s+|around\s+|nearly\s+|almost\s+|some\s+)?[\d$€£]")
#: A comparison's period right before a date: "17% more than in ".
_THAN_IN = re.compile(r"\bthan\s+(?:in|on|at|during)\s+(?:the\s+)?$")
#: The figure a change came from, after this one: ", down from", "up from".
_FROM_EARLIER = re.compile(r"[^.;]{0,60}?\b(?:down|up)\s+from\b")
_DIGIT = re.compile(r"\d")
_DAY_AFTER = re.compile(r"\s*(?:[A-Za-z]+\s+|\d+-[a-z]+\s+){0,2}(?:on|in)\s+", re.IGNORECASE)  # "1.02 million 60-kg bags in November"


def _joined_days(dates: list[DateRef], text: str) -> list[DateRef]:
    """Two days in a row joined by "and" ("produced less than 4 percent of their
    capacity on Tuesday and Wednesday") as one span: what held on both days."""
    out: list[DateRef] = []
    for d in dates:
        prev = out[-1] if out else None
        if prev is not None and prev.granularity == d.granularity == "day" and not prev.time and not d.time \
                and prev.resolved and d.resolved and prev.earliest is not None and prev.latest is not None \
                and d.earliest is not None and not prev.deadline and not d.deadline \
                and _AND_THE_NEXT_DAY.fullmatch(text[prev.end:d.start]):
            if d.earliest == prev.latest + dt.timedelta(days=1):
                out[-1] = replace(prev, surface=text[prev.start:d.end], end=d.end, latest=d.latest)
                continue
            if d.earliest == prev.latest - dt.timedelta(days=6):
                # "on Tuesday and Wednesday", past, in a Wednesday's report: the
                # Wednesday a week back, so the Tuesday before it, not yesterday.
                out[-1] = replace(prev, surface=text[prev.start:d.end], end=d.end,
                                  earliest=prev.earliest - dt.timedelta(days=7), latest=d.latest)
                continue
        out.append(d)
    return out


#: What joins two days told as one span: " and ", " and on ".
_AND_THE_NEXT_DAY = re.compile(r"\s+and\s+(?:on\s+)?")


def _dated(claim: Claim, dates: list[DateRef], text: str = "") -> Claim:
    """A figure with the date its own clause gives, if one: figures of different
    times are different facts ("in July ... £88m", "in May ... £910,000")."""
    if claim.kind != "quantity" or not dates or not claim.context:
        return claim
    # Unresolved days and months too: an undated report's "Thursday 9 April"
    # or "Over January to November" gets its year per event (pipeline._anchor_undated).
    mine = [d for d in dates if d.surface in claim.context and (d.resolved or d.granularity in ("day", "month") or d.time)
            and not d.deadline]
    if not mine and text and claim.quantity is not None:
        # "Its own count peaked at 712 patients waiting in emergency
        # departments at 8am on Tuesday": the participle that describes the
        # counted ones is when they were counted, though its clause is not the
        # figure's own.
        end = claim.quantity.end
        for d in sorted(dates, key=lambda d: d.start):
            if d.start < end or d.deadline or not (d.resolved or d.granularity == "day" or d.time):
                continue
            if _COUNTED_DOING.fullmatch(text, end, d.start) or mine and _DATE_JOIN.fullmatch(text, mine[-1].end, d.start):
                mine.append(d)
            elif mine:
                break
    if len(mine) > 1 and (mine[0].resolved and len({(d.earliest, d.latest) for d in mine}) == 1
                          or len({(d.earliest, d.latest) for d in mine if d.resolved}) == 1
                          and all(d.resolved or d.time for d in mine)):
        # "as of 10 a.m. on Friday, June 12": a time and its day are one date,
        # which keeps the clock time ("by noon on Tuesday" is not the whole day);
        # so are "as of 6 p.m. yesterday", whose clock the day after it resolves.
        day = next((d for d in mine if d.granularity == "day" and d.resolved), mine[0])
        clock = next((d for d in mine if d.time), None)
        mine = [replace(day, time=clock.time, tz=clock.tz) if clock is not None and not day.time else day]
    if text and claim.quantity is not None:
        # "since December 2025, when 17,845 cars were registered ahead of the
        # changes at the start of 2026": the figure of a "when" clause is its
        # date's, not a date later in the clause.
        start = claim.quantity.start
        mine = [d for d in dates if d.resolved and not d.deadline and d.end <= start
                and _WHEN_BETWEEN.fullmatch(text[d.end : start])][-1:] or mine
        # "since June 2025, when a speedboat caught fire near Hvar and four
        # people were injured": any figure of the "when" clause, when nothing
        # else dates it.
        mine = mine or [d for d in dates if d.resolved and not d.deadline and d.end <= start
                        and _WHEN_LATER.fullmatch(text[d.end : start])][-1:]
        # "When Southern Cove Salmon lost about 120,000 fish near Dover in
        # 2019, its shares fell 4 per cent in a week": the main clause after
        # an opening "when" clause happened then, when nothing else dates it.
        mine = mine or [d for d in dates if d.resolved and not d.deadline and d.end <= start
                        and _OPENING_WHEN.search(text, max(0, d.start - 200), d.start)
                        and _AFTER_OPENING.fullmatch(text[d.end : start])][-1:]
    if len(mine) > 1 and text and claim.quantity is not None:
        # "The average for today, Thursday, was set at 4.23 kroner, down from
        # yesterday's record of 4.83 kroner": the day owning the figure's noun
        # is its day, and a day after the figure's "down from" is the earlier one's.
        start, end = claim.quantity.start, claim.quantity.end
        owner = [d for d in mine if d.end <= start and _OWNS_FIGURE.fullmatch(text[d.end:start])]
        turn = _FROM_EARLIER.match(text, end)
        before = [d for d in mine if turn is not None and d.start < turn.start()]
        if owner:
            mine = owner[-1:]
        elif before and len({(d.earliest, d.latest) for d in before}) == 1:
            mine = [next((d for d in before if d.granularity == "day"), before[0])]
        else:
            # "In February 2027, ... exported 2.46 million tonnes, 17% more than
            # in February 2026": the period compared with is not the figure's.
            mine = [d for d in mine if not (d.start > end and _THAN_IN.search(text, end, d.start))] or mine
    if len(mine) > 1 and text and claim.quantity is not None:
        # "cancelled 420 flights on Tuesday, 460 on Wednesday": in a list, the
        # day right after a figure is its own.
        end = claim.quantity.end
        mine = [d for d in mine if d.start >= end and _DAY_AFTER.fullmatch(text[end : d.start])] or mine
    if len(mine) > 1 and text and claim.quantity is not None:
        # "lost 7.1 million animals in the dzud of 2023-24 and about 10.3
        # million in 2009-10": in a list of figures each with its date, the
        # date before the next figure is this one's.
        end = claim.quantity.end
        ahead = [d for d in mine if d.start >= end and not _DIGIT.search(text, end, d.start)]
        if len(ahead) == 1 and any(d.start > ahead[0].end and _DIGIT.search(text, ahead[0].end, d.start)
                                   for d in mine):
            mine = ahead
    if not mine and claim.quantity is not None and _WHEN_CLAUSE.match(claim.context):
        # "closed Aalborg Airport on 24 September, when six flights were
        # diverted": the clause happened when the one it hangs on did.
        # So is "the strongest month since December 2025, when 17,845 cars
        # were registered": that month's tally.
        earlier = [d for d in dates if d.resolved and d.granularity in ("day", "month") and not d.deadline
                   and d.end <= claim.quantity.start]
        mine = earlier[-1:]
    if len(mine) == 1 and text and claim.quantity is not None and mine[0].start > claim.quantity.end \
            and _COMPARED_FIGURE.search(text, claim.quantity.end, mine[0].start):
        # "Okafor-Price's majority of 6,726 compares with the Conservative
        # majority of 2,914 at the July 2024 general election": the date is
        # the figure compared with, not this one.
        mine = []
    if not mine and text and claim.quantity is not None and claim.frame.modality == "actual" \
            and _HAD_DONE.search(claim.context):
        # "had restored supply to 81% of the 186,000 customers who lost power
        # by Saturday night.": a pluperfect's closing "by" day is the day its
        # figure stood, wherever the parser hangs it.
        end = claim.quantity.end
        mine = [replace(d, deadline=False) for d in dates if d.start > end and (d.resolved or d.granularity == "day")
                and _BY_BEFORE.search(text, max(0, d.start - 4), d.start) and _SENTENCE_END.match(text, d.end)][-1:]
    if not mine and text and claim.quantity is not None and claim.frame.modality == "actual":
        # "By Friday night 61 people had been rescued and 9 bodies recovered":
        # a "by" day opening the sentence is the day each running count in it
        # stood, the elided "had been" of a later one too.
        start = claim.quantity.start
        mine = [replace(d, deadline=False) for d in dates if d.end <= start and (d.resolved or d.granularity == "day")
                and _BY_OPENS.search(text, max(0, d.start - 6), d.start)
                and _SENTENCE_START.search(text, 0, max(0, d.start - 3))][:1]
        if mine and any(d.start > mine[0].end and d.end <= start for d in dates):
            mine = []  # another day nearer the figure
    if len(mine) == 1:
        return replace(claim, date=mine[0])
    said = [d for d in dates if not d.deadline and d.granularity == "day" and d.surface not in claim.context]
    if not mine and claim.attribution is not None and len(said) == 1:
        return replace(claim, stated=said[0])
    return claim


#: A counted noun and a participle describing it, up to a date of its clause
#: ("712 patients waiting in emergency departments at "): no figure or clause break between.
_COUNTED_DOING = re.compile(r"\s+(?:[A-Za-z'-]+\s+){1,3}?[a-z]+ing\b[^\d,;.:()\n]*?\s(?:at|on|in)\s+")
_DATE_JOIN = re.compile(r"\s*(?:,|on|,\s+on)?\s*")
_WHEN_CLAUSE = re.compile(r"\s*(?:when|while)\s", re.IGNORECASE)
_COMPARED_FIGURE = re.compile(r"\b(?:compares?|compared|against|versus|than)\b[^.;]*?\d")
_HAD_DONE = re.compile(r"\bhad\s+(?:been\s+)?[a-z]+ed\b")
_BY_BEFORE = re.compile(r"\bby\s+$")
_BY_OPENS = re.compile(r"\bBy\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n]\s*|^\W*\d{1,2}[:.]\d{2}\s*[-–—]\s*)$")
_SENTENCE_END = re.compile(r"\s*(?:[.!?]|$)")
#: A clock time in a zone, then a dash or bracket opening the same moment told
#: on another clock ("published on Tuesday at 07:00 GMT – 11 p.m. on Monday in Seattle").
_IN_ANOTHER_ZONE = re.compile(r"\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC|[A-Z]{2,4}T)\s*[–—(]\s*(?:\d{1,2}(?:[:.]\d{2})?\s*"
                              r"(?:[ap]\.?m\.?)?\s*(?:on\s+)?)?$")
#: A statement's dateline: a place and a comma before its day ("Split, 13 August 2026").
_PLACE_AND_DAY = re.compile(r"\s*[*_]*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,\s*$")
_WHEN_LATER = re.compile(r",\s*when\s[^;:\"“”]*", re.IGNORECASE)
#: A sentence that opens with a "when" clause, up to its date; and the words from the date to a figure of the main clause.
_OPENING_WHEN = re.compile(r"(?:^|[.!?]\s+|\n\s*)When\s(?:[^.;,:\"“”\n]|(?<=\d)[.,](?=\d))*$")
_AFTER_OPENING = re.compile(r",\s+(?:[^,;.:\"“”\n]|(?<=\d)[.,](?=\d)){0,80}")
_WHEN_BETWEEN = re.compile(r",?\s*when\s+(?:(?:about|some|nearly|almost|around|a total of|only|just)\s+)?", re.IGNORECASE)
#: "the deadliest since 2012, when 16 people died": the baseline is told as
#: an event of its own, whose figures that date is the date of.
_BULLET = re.compile(r"\s*[-*•–—]\s+\S")
_WHEN_AFTER = re.compile(r",?\s*when\s", re.IGNORECASE)


def _converted_from(prev: Claim, q: Quantity, text: str) -> bool:
    """Whether ``q`` gives ``prev``'s figure in another currency or unit, in brackets."""
    p = prev.quantity
    return p is not None and bool(p.unit) and bool(q.unit) and p.unit != q.unit \
        and bool(re.fullmatch(r"\s*\(\s*(?:[a-z]+\s+){0,2}", text[p.end:q.start]))


def _targeted(doc: Doc, d: DateRef) -> bool:
    """"ahead of the MTA's target of the Monday morning peak": a day a plan
    aims at, like "by Monday", not a day something happened."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(3):
        while tok.dep_ in ("compound", "nmod", "amod", "poss") and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head  # "the Monday morning peak"
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "for"):
            return False
        owner = tok.head.head
        if owner.lemma_.lower() in _TARGET_NOUNS:
            return True
        tok = owner
    return False


#: Nouns whose "of" or "for" gives the day a plan aims at.
_TARGET_NOUNS = frozenset({"target", "deadline", "goal", "aim", "timetable", "timeline"})


def _year_naming(doc: Doc, d: DateRef) -> bool:
    """"approved the 2027 state budget": a bare year before a noun names the
    thing (the budget for 2027), it does not date what was done to it."""
    if d.granularity != "year" or not re.fullmatch(r"\d{4}", d.surface):
        return False
    span = doc.char_span(d.start, d.end)
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    return tok.dep_ in ("compound", "nummod", "amod", "nmod") and tok.head.pos_ in ("NOUN", "PROPN") \
        and tok.head.i > tok.i


def governing_verb(doc: Doc, start: int, end: int, date: bool = False) -> str:
    """Lemma of the nearest verb above the text at ``start:end``, or ``""``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return ""
    token = _date_root(span) if date else span.root
    if date and (between := _set_off_before_verb(span)) is not None:
        token = between
    if date and (relative := closes_relative_clause(span)) is not None:
        token = relative
    at = not date and span.root.head.lower_ == "at"
    for _ in range(8):  # parse trees of news sentences are shallow; stop on cycles
        if date and token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ == "to" \
                and token.head.head.pos_ == "VERB":
            # "reopened to departing flights at 2 p.m. on Friday": the parser
            # reads the adjective as a gerund; the reopening is what is dated.
            token = token.head.head
        if token.pos_ == "VERB" and token.lower_ == "aged" and token.dep_ in ("acl", "amod"):
            token = token.head  # "children aged 10 to 14 ... in 521 municipalities": an age, not the verb
            continue
        if according(token):
            token = token.head  # see dates.according
            continue
        if token.pos_ == "VERB":
            if date and (before := _verb_before_a_later_anchor(token, span)) is not None:
                token = before
            lemma = token.lemma_.lower()
            if at and (putter := put_at(token)) is not None:
                return putter.lemma_.lower()  # see quantities.put_at
            # "went up 430%" rises and "went down" falls; a bare "go" is jobs
            # going. The parser may read the particle as an adverb.
            if lemma == "go" and (up := next((c.lower_ for c in token.children if c.i == token.i + 1
                                              and c.lower_ in ("up", "down")), "")):
                return f"go {up}"
            if lemma in ("set", "take") and (prt := next((c.lower_ for c in token.children if c.dep_ == "prt"
                                                         and c.lower_ in ("out", "off")), "")):
                return f"{lemma} {prt}"  # "set out from Jodhpur", "took off from Jijiga": a departure
            if lemma in ("declare", "put") and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
                return "extinguish"  # a fire "declared out" or "put out" is one "declared extinguished"
            return lemma
        if token.head.i == token.i:
            if date and token.pos_ in ("NOUN", "PROPN"):
                # "Police on Monday named Mr Ellery": the parser may read the
                # sentence as a noun with a participle after it; that verb is
                # what the day dates.
                acl = next((c for c in token.children if c.dep_ == "acl" and c.pos_ == "VERB"
                            and c.i > span.end - 1 and not any(t.pos_ == "VERB" for t in token.doc[token.i:c.i])), None)
                if acl is not None:
                    return acl.lemma_.lower()
            break
        token = token.head
    return ""


def _verb_before_a_later_anchor(verb: Token, span: Span) -> Token | None:
    """The verb before a date whose clause the parser made the date's own, when
    that clause only anchors it and comes after it: "named Luis Aranda as
    prime minister on Sunday, two days after she was sworn in" dates the
    naming (the parser may read "named" as a participle and the "after"
    clause as the sentence's main one); None otherwise."""
    if not any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since") and c.i >= span.end for c in verb.children):
        return None
    return next((t for t in reversed(span.doc[span.sent.start if span.sent is not None else 0: span.start])
                 if t.pos_ == "VERB" and t.dep_ not in ("aux", "auxpass")), None)


def _set_off_before_verb(span: Span) -> Token | None:
    """The verb a date set off by commas after "and" goes with ("approved
    unpaid furloughs and, late on Thursday, filed for protection"), which the
    parser may hang on the verb before; None when the date is not so placed."""
    doc = span.doc
    left = set_off_start(span)
    if left < 2 or doc[left - 1].text != "," or doc[left - 2].lower_ not in ("and", "but", "then"):
        return None
    if span.end + 1 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].pos_ != "VERB":
        return None
    return doc[span.end + 1]


def _date_root(span: Span) -> Token:
    """Where a date hangs in its sentence: the word of it a preposition takes
    ("announced on Monday, 4 May 2026", which the parser may split between
    "on" and the main verb), else the span's root."""
    inside = range(span.start, span.end)
    for t in span:
        if t.dep_ == "pobj" and t.head.i not in inside and t.head.dep_ == "prep":
            return t
    return span.root


def _period_covered(token: Token) -> bool:
    """Whether a date is the period "for" which a release gives its figures
    ("released the statistics ... for the month of February 2026")."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in _PERIOD_NOUNS:
        token = token.head.head  # "the month of February"
    prep = token.head if token.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "for" and prep.head.pos_ == "VERB" \
        and prep.head.lemma_.lower() in _RELEASING_VERBS


#: Verbs that put out figures "for" the period they cover.
_RELEASING_VERBS = frozenset({"release", "publish", "report", "post", "issue"})
_PERIOD_NOUNS = frozenset({"month", "quarter", "year", "week", "period", "season", "half"})


def _opening_occasion(event: Token, date: Span) -> Token | None:
    """The main verb after a sentence-opening "In dawn raids on Wednesday,"
    (the occasion and its day, set off by a comma), or None."""
    opener = event.head if event.dep_ == "pobj" else None
    doc = event.doc
    if opener is None or opener.lower_ not in ("in", "during") or opener.i != opener.sent.start \
            or date.end >= len(doc) or doc[date.end].text != ",":
        return None
    verb = opener.head
    return verb if verb.pos_ == "VERB" and verb.i > date.end else None


def dated_event(doc: Doc, start: int, end: int) -> str:
    """What a date dates: the event noun when the verb only describes it
    ("the march that filled Lisbon on 12 November" dates the march; "the
    flash flood hit on Saturday" dates the flood), else the governing verb."""
    verb = governing_verb(doc, start, end, date=True)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return verb
    if _WITH_EFFECT.search(doc.text, max(0, start - 40), start):
        return "take effect"  # "with effect from 1 January 2029", "effective from Monday"
    root = token = _date_root(span)
    prep = token.head if token.dep_ == "pobj" else None
    if _period_covered(token):
        # "released the supply and demand statistics ... for the month of
        # February 2026": the month the figures cover, not the day of release.
        return ""
    if prep is not None and prep.dep_ == "prep" and prep.head.pos_ == "NOUN" and prep.head.lower_.endswith("ing") \
            and prep.head.lower_[:-3] in EVENT_NOUNS and not _object_of_object(prep.head):
        return prep.head.lower_[:-3]  # "The flooding of Shaft No. 4 on 18 April" dates the flood
    if prep is not None and prep.dep_ == "prep" and prep.head.lemma_.lower() in EVENT_NOUNS \
            and (prep.head.pos_ != "VERB" or prep.head.tag_ == "VBG") and not _object_of_object(prep.head):
        if (opener := _opening_occasion(prep.head, span)) is not None:
            # "In dawn raids on Wednesday, officers arrested five suspects":
            # the act the sentence tells was done in the dated occasion.
            return opener.lemma_.lower()
        return prep.head.lemma_.lower()  # "since the fault on 10 February" dates the fault
    if prep is not None and prep.lower_ in ("on", "in") and prep.head.pos_ == "NOUN" and prep.head.i < prep.i \
            and (prep.head.lemma_.lower().endswith(NOMINAL_SUFFIXES) or prep.head.lemma_.lower() in IRREGULAR_NOMINALS) \
            and not _object_of_object(prep.head) \
            and (any(c.dep_ == "poss" for c in prep.head.children) or root.i + 1 < len(doc) and doc[root.i + 1].lower_ == "of"):
        # "since his suspension on February 24" dates the suspension; so does
        # "came after the death on 30 May of Ioana Mureșan" the death.
        return prep.head.lemma_.lower()
    if prep is not None and prep.lower_ == "on" and prep.i >= 1 and prep.nbor(-1).lemma_.lower() == "death" \
            and any(c.dep_ == "poss" for c in prep.nbor(-1).children):
        # "within a week of Sir Geoffrey's death on 11 July": the parser may
        # hang the day on the main verb, but a person's death is what it dates.
        return "death"
    if prep is not None and prep.lower_ == "of" and prep.head.pos_ == "NOUN" and prep.head.i < prep.i \
            and prep.head.lemma_.lower().endswith(NOMINAL_SUFFIXES) and not _object_of_object(prep.head):
        return prep.head.lemma_.lower()  # "the proclamation of 4 June" dates the proclaiming
    if prep is not None and prep.dep_ == "prep" and prep.head.dep_ == "pobj" and prep.head.head.dep_ == "prep":
        # "since his arrest at his home on Monday": the parser hangs the day on the place.
        event = prep.head.head.head
        if event.pos_ == "NOUN" and event.lemma_.lower() in EVENT_NOUNS and not _object_of_object(event):
            return event.lemma_.lower()
    if prep is not None and prep.i >= 2 and prep.nbor(-1).text == "," and prep.nbor(-2).pos_ == "NOUN" \
            and prep.nbor(-2).lemma_.lower() in EVENT_NOUNS:
        return prep.nbor(-2).lemma_.lower()  # "the viaduct's last inspection, on 22 October," dates the inspection
    head = token.head
    if token.dep_ in ("compound", "nmod", "npadvmod", "amod", "poss") and head.pos_ == "NOUN" \
            and head.lemma_.lower() in EVENT_NOUNS and head.i > token.i:
        return head.lemma_.lower()  # "under the Aug. 12 evacuation order" dates the order
    if token.dep_ == "poss" and head.pos_ == "NOUN" and head.i > token.i:
        return head.lemma_.lower()  # "a target below Friday's close" dates the close, not the target
    # The nearest verb, or copula ("the next decision is due on 28 May").
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    if token.dep_ in ("relcl", "acl") and token.head.lower_ == "talks":
        # "The talks, which will now take place on Thursday": a meeting of the
        # sides, as another report calls it (the plural only: "the talk of
        # the town" is no event).
        return "meeting"
    if token.dep_ in ("relcl", "acl") and token.head.lemma_.lower() in EVENT_NOUNS:
        return token.head.lemma_.lower()
    if token.dep_ == "acl" and token.lemma_.lower() in _DOING_VERBS and token.head.dep_ == "pobj" \
            and token.head.head.lower_ == "of" and token.head.head.head.lemma_.lower() in EVENT_NOUNS:
        # "a meeting of the board held on Sunday": the parser hangs "held" on
        # the board, but what is held is the meeting.
        return token.head.head.head.lemma_.lower()
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in _ASPECT_VERBS:
        # "trains stopped moving on Thursday", "began moving again on Monday":
        # the stopping and the starting are the events, not the moving.
        return token.head.lemma_.lower()
    if token.lemma_.lower() == "be" and (attended := _attended_event(token)):
        return attended  # "who was at Hatherley Park for the medical on Saturday" dates the medical
    if token.lemma_.lower() in _DOING_VERBS:
        for child in token.children:
            if child.dep_ == "dobj" and child.lemma_.lower() in EVENT_NOUNS | _ACT_OBJECTS:
                # "carried out searches on 14 October" dates the searches;
                # "made their first visit ... on Thursday", the visit.
                return child.lemma_.lower()
    if token.lemma_.lower() in _VERB_DATED:
        # "the strike entered its third day on Wednesday" dates a day of it, not
        # the strike; "the order was lifted on Friday", the lifting.
        return verb
    if token.lemma_.lower() == "be" and any(a.dep_ == "attr" and a.head.i == token.i for a in root.ancestors):
        return verb  # "the arrests were the talk of the town on Thursday" dates the talk, not the arrests
    if token.lemma_.lower() == "strike" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _STRUCK_AGREEMENTS for c in token.children):
        return "agree"  # "the deal was struck on Sept. 14" is an agreement, not a strike
    if _takes_effect(token) or _applies_from(token, prep):
        return "take effect"  # "will come into force on Monday 2 March" / "take effect on Sunday 1 March"
    if token.lemma_.lower() in ("follow", "precede") and (
            thing := next((c for c in token.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)) is not None:
        # "The decision follows the interruption of gas deliveries ... at 01:00
        # on 12 January": the day is the interruption's, not the decision's.
        return thing.lemma_.lower()
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in EVENT_NOUNS:
            return child.lemma_.lower()
        if child.dep_ in ("nsubj", "nsubjpass") and token.lemma_.lower() in _PLANNING_VERBS \
                and child.lower_ in _NOMINAL_EVENTS:
            return _NOMINAL_EVENTS[child.lower_]  # "closing is expected in the fourth quarter" dates the closing
    return verb


#: The words right before a date a rule or cut starts to apply from.
_WITH_EFFECT = re.compile(r"\b(?:with\s+effect|effective)\s+(?:from|on|as\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


def _takes_effect(verb: Token) -> bool:
    """"take effect", "come into force", "enter into force", "go into effect":
    one happening, a rule or price starting to apply, told by many idioms."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "effect" for c in verb.children)
    return lemma in ("come", "enter", "go", "be") and any(
        c.dep_ == "prep" and c.lower_ == "into" and any(p.lower_ in ("force", "effect") for p in c.children)
        for c in verb.children)


def _applies_from(verb: Token, prep: Token | None) -> bool:
    """"Thailand will limit exports of white rice to 450,000 tonnes a month
    from October 1": the day a rule to come starts to apply is the day it
    takes effect."""
    return prep is not None and prep.lower_ == "from" and prep.head.i == verb.i \
        and verb.lemma_.lower() in _RULE_VERBS and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "shall", "'ll") for c in verb.children)


#: Verbs of a rule or price set for the future ("will cap", "will be held to").
_RULE_VERBS = frozenset("limit cap ban restrict hold apply charge impose require allow permit prohibit raise cut "
                        "lower increase reduce".split())


#: What one "strikes" when one agrees: "struck a deal", "a compromise was struck".
_STRUCK_AGREEMENTS = frozenset("deal agreement bargain accord pact compromise settlement".split())


#: Verbs of starting and stopping whose verb complement ("stopped moving") is not the event.
_ASPECT_VERBS = frozenset("stop begin start cease halt resume quit".split())


#: Verbs whose object names the event they do ("carried out searches", "staged a protest").
_DOING_VERBS = frozenset("carry conduct launch stage mount hold make".split())
#: Acts a light verb's object names, each also its own verb ("made a visit" is visiting).
_ACT_OBJECTS = frozenset("visit inspection raid search tour arrest check survey".split())


#: Verbs that put an order or measure in force or out of it: the date is the verb's.
_ISSUING_VERBS = frozenset("issue impose declare introduce lift revoke rescind withdraw cancel".split())


def _attended_event(copula: Token) -> str:
    """The event someone "was at" or "was in X for": the copula's place or
    purpose phrase, down two prepositions ("at the park for the medical")."""
    preps = [c for c in copula.children if c.dep_ == "prep" and c.lower_ in ("at", "for")]
    for _ in range(2):
        nouns = [p for prep in preps for p in prep.children if p.dep_ == "pobj"]
        for noun in nouns:
            if noun.pos_ in ("NOUN", "ADJ") and noun.lemma_.lower() in EVENT_NOUNS:  # "the medical" may tag ADJ
                return noun.lemma_.lower()
        preps = [c for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ in ("at", "for")]
    return ""


def _object_of_object(noun: Token) -> bool:
    """"certified the result of the election on 3 June": an event noun deep in
    a verb's object, where the date usually belongs to the verb and only the
    parser hangs it on the nearest noun."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _DISCLOSING_VERBS:
        return True  # "when it first announced the attack on Monday": the announcing was on Monday
    of = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return of is not None and of.head.dep_ in ("dobj", "nsubjpass", "pobj") and of.head.head.pos_ == "VERB"


#: Verbs that make an event known, whose date is theirs, not the event's.
_DISCLOSING_VERBS = frozenset({"announce", "confirm", "report", "disclose", "reveal", "acknowledge", "publicise",
                               "publicize", "discover", "detect", "spot", "notice", "uncover", "declare"})


#: Nouns that name a newsworthy event, which a date can date whatever the verb.
EVENT_NOUNS = frozenset(
    "flood storm typhoon hurricane cyclone earthquake quake tremor fire blaze wildfire explosion blast attack "
    "bombing shooting crash collision accident landslide eruption tsunami march protest rally demonstration "
    "strike riot election vote referendum summit raid derailment sinking hack breach decision meeting hearing "
    "trial verdict ruling fault outage failure breakdown blackout spill leak search incident order medical inspection "
    "arrest washout".split()
)


#: Verbs that give a figure as it stood when measured ("the fire was mapped at
#: 11,200 hectares on Monday", "the service had 170 firefighters on the fire
#: on Thursday"): their date is the measurement's, not the event's.
_MEASURING_VERBS = frozenset({"estimate", "map", "measure", "put", "have", "read",
                              # "the 53 ships waiting on Wednesday": a queue counted on a day
                              "wait", "queue", "remain"})
_COUNT_TIME_VERBS = LEVEL_VERBS | _MEASURING_VERBS


def _time_of_count(doc: Doc, d: DateRef) -> bool:
    """"had burned 9,800 hectares by 9am today", "as of Saturday 18 April, 41
    have died", "the toll rose to 27 on Friday", "was mapped at 11,200 hectares
    on Monday": the time a running count stood, not the date of an event."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is not None and _DAY_AND_FIGURE.fullmatch(span.sent.text.replace(d.surface, "", 1)):
        # "Wednesday, 1 September: 97 cm", a line of a table of readings.
        return True
    verb = verb_above(span.root) if span is not None else None
    if span is None or verb is None:
        return False
    if _READING_OF_DAY.match(doc_text(doc)[d.end:d.end + 30]):
        # "could load only about 1,200 tonnes at Wednesday's level": the day
        # a level was read, which dates the figure, not an event.
        return True
    if _PERIOD_ENDING.search(doc_text(doc)[max(0, d.start - 40) : d.start]) or verb.lemma_.lower() in ("cover", "span"):
        # "in the week ending Sunday 18 January, 24,816 attendances": the
        # period a statistic covers, which dates its figures; two periods
        # ("the record low, in the week ending 1 January 2023") are two facts.
        # So are the days a bulletin "covers" ("weeks 1 to 10 (4 January to 14 March)").
        return True
    if d.deadline and _OPENING_BY.match(doc_text(doc)[span.sent.start_char : d.start]) \
            and any(is_figure(t) and t.idx >= d.end for t in span.sent):
        # "By 6 p.m. MST, 3,180 people had applied, the company said": a count
        # the sentence opens by dating, however the parser hangs the clause.
        return True
    as_of = bool(_AS_OF.search(doc_text(doc)[max(0, d.start - 40) : d.start]))
    # "expects to harvest 165,000 tonnes in 2027": a year, quarter or month that
    # scopes a forecast figure is the figure's period, not the date of an event
    # ("approved a $14m bond in 2010" keeps its date).
    period = d.granularity in ("year", "quarter", "half", "month") and \
        frame_of(span.sent, d.start, d.end).modality == "expected"
    # "Volunteers were stood down on Wednesday": a particle makes another verb of "stand".
    level = verb.lemma_.lower() in _COUNT_TIME_VERBS and not any(c.dep_ == "prt" for c in verb.children)
    if level and verb.lemma_.lower() == "put" and not any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children):
        # "put the toll at 27 on Friday" sets a level; "put her proposal to
        # the two sides on Wednesday evening" is an act.
        level = False
    inside = {t.i for t in span}
    if d.granularity in ("year", "quarter", "half") and any(
            is_figure(t) and t.i not in inside and _own_figure(t, verb) and t.head.tag_ == "NNS" and t.dep_ == "nummod"
            for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") for t in c.subtree):
        # "has handled 41 ransomware cases so far this year", "handled 58
        # incidents in the whole of 2025": the year over which many things
        # are counted, not the date of one event ("approved a $14m bond in
        # 2010" keeps its date).
        return True
    if not (d.deadline or as_of or period or level):
        return False
    if level and verb.dep_ == "acl" and any(is_figure(c) and c.dep_ == "nummod" for c in verb.head.children):
        return True  # "the 53 ships waiting on Wednesday": the day the ships the verb describes were counted
    # "did not reach the fault site until Tuesday 15 December, nine days
    # after the failure": a span of time counts no level the verb reached.
    return any(is_figure(t) and t.i not in inside and _own_figure(t, verb) and t.head.lemma_.lower() not in _SPANS
               for c in verb.children if c.dep_ in ("dobj", "prep", "nsubj", "nsubjpass")
               for t in c.subtree if c.i not in inside)


#: Nouns of a span of time, whose figures count no level.
_SPANS = frozenset({"minute", "hour", "day", "week", "month", "year"})
_PERIOD_ENDING = re.compile(
    r"\b(?:week|weeks|month|months|year|quarter|period|fortnight|half|season|days)\s+(?:ending|ended|to)\s+$",
    re.IGNORECASE)
_OPENING_BY = re.compile(r"\s*(?:by|as of)\s+$", re.IGNORECASE)
def _without(text: str, surfaces: list[str]) -> str:
    for surface in surfaces:
        text = text.replace(surface, " ", 1)
    return text


#: A word a sentence has beside its dates ("to" joins two of them in a heading).
_WORDS_LEFT = re.compile(r"\b(?!(?:to|and|from|until|till)\b)[^\W\d_]{2,}")
#: What is left of a line of a table once its day is taken out: ": 97 cm".
_DAY_AND_FIGURE = re.compile(r"\W*[-–—:]\s*(?:about\s+)?\d[\d,.]*\s*[^\W\d]{0,15}\.?\s*")
#: What follows a possessive day that names a reading of that day: "Wednesday's level".
_READING_OF_DAY = re.compile(r"(?:['’]s)?\s+(?:water\s+|river\s+)?(?:levels?|readings?)\b", re.IGNORECASE)


def _own_figure(token: Token, verb: Token) -> bool:
    """Whether a figure belongs to ``verb``'s clause, not to a clause inside it
    ("after long days ... in temperatures that reached 27°C")."""
    head = token.head
    while head.i != verb.i and head.head.i != head.i:
        if head.pos_ in ("VERB", "AUX"):
            return False
        head = head.head
    return head.i == verb.i


def _state_since(doc: Doc, d: DateRef) -> bool:
    """"Ambulance diversions, in place since Sunday, were lifted on Thursday":
    a "since" hung on a noun or adjective gives when a state began, in passing,
    not the date of the clause's event."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj":
        return False
    prep = span.root.head
    return prep.lower_ == "since" and prep.head.pos_ not in ("VERB", "AUX")


_TOTAL_WORDS = re.compile(r"\b(?:in total|in all|a total of|altogether|all told|cumulative)\b", re.IGNORECASE)


def _baseline_since(doc: Doc, d: DateRef, published: dt.date | None = None) -> bool:
    """"shares have risen 6.1% since the close on Monday 20 April": the day a
    change is measured from, not the date of an event."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(3):  # "since Monday", "since the close on Monday"
        if tok.dep_ == "pobj" and tok.head.lower_ == "since":
            verb = tok.head.head
            if verb.pos_ not in ("VERB", "AUX"):
                return False
            # "Since 24 February 2022, a total of 6,482 Ukrainians have been
            # returned": the start of a running count kept for years, not the
            # day of a return ("evacuated since Sunday evening" dates this
            # story's evacuation).
            long_ago = published is not None and d.latest is not None and (published - d.latest).days > 90
            # So is one the sentence calls a total ("In total, 149 persons have
            # been detained since 2 March"): the nights it sums have days of their own.
            counting = (long_ago or bool(_TOTAL_WORDS.search(span.sent.text))) and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) and any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(is_figure(t) for t in c.subtree)
                for c in verb.children)
            return counting or verb.lemma_.lower() in LEVEL_VERBS | _CHANGE_VERBS
        tok = tok.head
        if tok.head.i == tok.i:
            break
    return False


_CHANGE_VERBS = frozenset({"gain", "lose", "slide", "plunge", "surge", "soar", "tumble", "slump", "add", "shed"})


#: "As of 20:00 WITA on", "as at": the time a figure stood.
_AS_OF = re.compile(r"\bas (?:of|at)\s+(?:[\w:.]+\s+){0,4}$", re.IGNORECASE)


#: Verbs that only say when something is planned: their subject is what they date.
_PLANNING_VERBS = frozenset({"expect", "schedule", "plan", "set", "slate", "be", "anticipate", "forecast", "due"})
#: Nouns naming the act of a verb ("closing is expected in May" is when it closes).
_NOMINAL_EVENTS = {"closing": "close", "completion": "complete", "signing": "sign", "opening": "open",
                   "launch": "launch", "announcement": "announce", "delivery": "deliver", "release": "release"}

#: Verbs that date a stage of an event, not the event: "the strike widened on
#: Tuesday", "went into its second day on Tuesday", "ended on Friday".
PHASE_VERBS = frozenset(
    "enter go widen spread escalate intensify continue extend drag stretch end finish conclude stop halt pause "
    "resume restart recommence reopen ease subside grow expand reach mark last contain control extinguish suspend "
    "postpone adjourn".split()
)
#: Verbs whose clause dates the verb itself, even with an event noun as subject.
_VERB_DATED = PHASE_VERBS | _ISSUING_VERBS

_WORDS = re.compile(r"[^\W_]+")


def statement_content(att: Attribution, sentence: str, sentence_start: int) -> str:
    """What is said: the quote, or the sentence without its speaker, so that
    "Yoon said X" and "Rutte said X" read alike."""
    if att.quote:
        return att.quote.strip()
    lo, hi = att.start - sentence_start, att.end - sentence_start
    if att.start >= 0 and 0 <= lo < hi <= len(sentence):
        return " ".join((sentence[:lo] + sentence[hi:]).split())
    return sentence.strip()


_PLACE_OF = re.compile(
    r"\b(?:city|town|village|municipality|district|county|province|prefecture|region|state|port)\s+of\s+$",
    re.IGNORECASE)
_IN_PLACE = re.compile(r"\b[Ii]n\s+(?:the\s+)?$")
_INITIALS_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]?[A-Z]{1,6})\)")
_KNOWN_AS_AFTER = re.compile(
    r"(?:\s*\([^()]{0,60}\))?\s*,?\s+(?:better|also|professionally)\s+known\s+"
    r"(?:as|by\s+(?:his|her|their|the)\s+(?:stage|ring|pen|professional)\s+name)\s+[\"“]?"
    r"([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})")

#: Clauses hanging off a verb that state other facts than the value's own.
_OTHER_CLAUSES = frozenset({"advcl", "ccomp", "parataxis", "relcl", "acl"})


def _position_frame(frame: Frame, q: Quantity) -> Frame:
    """A position ("on lap 43 of the 78-lap race") is no part of a whole."""
    return replace(frame, aggregation="") if q.counted.endswith(" number") and frame.aggregation == "part" else frame


def clause_context(doc: Doc, start: int, end: int) -> tuple[str, tuple[str, ...]]:
    """The value's clause, and the participants and places it names as "LABEL:name"."""
    text, keep = _clause(doc, start, end)
    filed = _dateline_end(doc, start)
    found = set()
    full = doc_text(doc)
    for e in doc_ents(doc):
        if e.label_ in PARTICIPANT_LABELS and any(t.i in keep for t in e) and e.text not in CURRENCY_CODES:
            # (Not "CHF", which the tagger may take for a body: a unit.)
            label = e.label_ if e.start_char >= filed else DATELINE
            if label in ("ORG", "PERSON") and _PLACE_OF.search(full, max(0, e.start_char - 40), e.start_char) \
                    or label == "ORG" and _IN_PLACE.search(full, max(0, e.start_char - 10), e.start_char) \
                    and not any(w in ORG_WORDS for w in e.text.lower().split()):
                # "in the city of Izumi", "forest in Pará": a place, whatever
                # the tagger made of the name.
                label = "GPE"
            elif label in ("ORG", "PERSON") and _FACILITY_AFTER.match(full, e.end_char):
                # "beside Diori Hamani airport": a place named after a person.
                label = "FAC"
            elif label == "GPE" and " " not in e.text and _acts_as_a_body(full, e.text):
                # "Ofwat announced the £84.6 million penalty", tagged a place:
                # a name that speaks and acts but is never where anything is
                # is a body.
                label = "ORG"
            elif label == "PERSON" and " " not in e.text and e.text.lower() in _places_named(doc):
                # "Asahikawa itself had 58 cm of snow": a one-word name the
                # report calls a place elsewhere is that place here too.
                label = "GPE"
            found.add(f"{label}:{normalise_speaker(e.text)}")
            # "the National Institute for Space Research (INPE)": the
            # bracketed initials are its name too, as other reports give it.
            if short := _INITIALS_AFTER.match(full, e.end_char):
                found.add(f"{label}:{normalise_speaker(short.group(1))}")
            # "Dhanya Nair (born 1985), better known by her stage name Navya
            # Nair": the name others know the person by is theirs too.
            if label == "PERSON" and (known := _KNOWN_AS_AFTER.match(full, e.end_char)):
                found.add(f"{label}:{normalise_speaker(known.group(1))}")
    found.update(_route_ends(doc, keep))
    found.update(_list_head(doc, start))
    return text, tuple(sorted(f for f in found if not f.endswith(":")))


@lru_cache(maxsize=4096)
def _acts_as_a_body(text: str, name: str) -> bool:
    """Whether a report has ``name`` say or decide things ("Ofwat said",
    "Ofwat announced") and never puts anything in, at or near it."""
    word = re.escape(name)
    return bool(re.search(rf"\b{word}\s+(?:said|says|announced|told|added|fined|ruled|found|ordered|warned)\b", text)) \
        and not re.search(rf"\b(?:in|at|from|across|near|to|into|outside|inside|around)\s+(?:the\s+)?{word}\b", text)


def _places_named(doc: Doc) -> frozenset[str]:
    """The one-word names a report's tagger labels places, lowercased."""
    places = doc.user_data.get(_PLACES_KEY)
    if places is None:
        places = doc.user_data[_PLACES_KEY] = frozenset(
            e.text.lower() for e in doc_ents(doc) if e.label_ in ("GPE", "LOC") and " " not in e.text)
    return frozenset(places)


_PLACES_KEY = "checker.places"


#: A facility noun after a name: "Diori Hamani airport", "Jomo Kenyatta International Airport".
_FACILITY_AFTER = re.compile(r"\s+(?:international\s+)?(?:airport|air\s+base|airbase|airfield|railway\s+station|"
                             r"station|port|harbour|harbor|stadium|bridge|prison)\b", re.IGNORECASE)


#: A list item headed by a name: "- Gregory Pahl: 51,208 votes", "Aurélio
#: Bastos Quintela: 14 years and 8 months of imprisonment".
_LIST_HEAD = re.compile(r"\s*[-–•*]?\s*((?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’.-]*)\s*:\s")


def _list_head(doc: Doc, start: int) -> set[str]:
    """The name heading a list item is who its figures are about, whether or
    not the parser, which reads such lines poorly, found the name."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return set()
    m = _LIST_HEAD.match(span.sent.text)
    if m is None:
        return set()
    name = m.group(1)
    if name.isupper():
        return set()  # "EVACUATION ALERT: The alert issued on Monday ...": a heading, not a name
    label = "ORG" if any(w.lower() in ORG_WORDS for w in name.split()) else "PERSON"
    return {f"{label}:{normalise_speaker(name)}"}


#: The label of a place named in a dateline: evidence that two clauses share a
#: place, never that they name different ones.
DATELINE = "DATELINE"


def _dateline_end(doc: Doc, start: int) -> int:
    """Where the dateline of the value's sentence ends ("BEIRA, Mozambique, March
    10 (IOW) -", "Chur/Valmora -"), or the sentence's start: the places a
    dateline names are where the copy was filed, not where the fact happened."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return 0
    sent = span.sent
    m = _DATELINE.match(sent.text)
    if m is None or not _DATELINE_MARK.search(m.group(1)):
        return sent.start_char
    return sent.start_char + m.end()


#: A sentence-opening run of capitalised words, figures and brackets before a dash.
_DATELINE = re.compile(r"\s*((?:[A-Z0-9(][\w.'’()/]*,?\s+){0,7}?[A-Z0-9(][\w.'’()/]*)\s+[-–—](?:\s+|\s*$)")
#: A dateline's place before its day: "KLAIPEDA, Lithuania, ".
_DATELINE_DAY = re.compile(r"^\s*[*_]*[A-Z][A-Z'’.-]{2,}(?:\s+[A-Z][A-Z'’.-]*)*,(?:\s+[A-Z][\w'’.-]*)*,?\s*$")
#: What marks such a run as a dateline: a place in capitals, two places, or an agency in brackets.
_DATELINE_MARK = re.compile(r"\b[A-Z]{3,}\b|/|\(")


#: Nouns of a route named by its two ends ("the Nairobi-Nakuru highway").
_ROUTE_NOUNS = frozenset({"highway", "road", "motorway", "expressway", "freeway", "railway", "line", "route",
                          "corridor", "pipeline", "link", "border", "crossing", "flight", "service"})


def _route_ends(doc: Doc, keep: set[int]) -> set[str]:
    """"the Nairobi-Nakuru highway": the parser tags only the first end as a
    place, and a report saying "the highway to Nakuru" would seem elsewhere."""
    out = set()
    for t in (doc[i] for i in keep):
        if t.text in ("-", "–") and 0 < t.i < len(doc) - 2:
            left, right, noun = doc[t.i - 1], doc[t.i + 1], doc[t.i + 2]
            if left.ent_type_ in ("GPE", "LOC") and right.text[:1].isupper() and noun.lower_ in _ROUTE_NOUNS:
                out.add(f"{left.ent_type_}:{normalise_speaker(right.text)}")
    return out


def _clause(doc: Doc, start: int, end: int) -> tuple[str, set[int]]:
    """The clause text and token indexes for the value at ``start:end``.

    A sentence often joins several facts ("North Korea sent 3,000 troops, and
    Seoul expects 10,000 by December"); embedding only the value's own
    clause keeps the other facts from deciding what it aligns with.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "", set()
    inside = {t.i for t in span}
    verb = span.root
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") and not according(verb) or verb.head.i == verb.i:
            break
        verb = verb.head
    between = _set_off_before_verb(span)
    if between is not None:
        # "... and, late on Thursday, filed for protection": the date and the verb after it.
        verb = between
        inside |= {t.i for t in doc[set_off_start(span): span.end]}
    elif (relative := closes_relative_clause(span)) is not None:
        # "the driver, who was arrested in Sagamu, Ogun State, on Thursday,":
        # the relative clause the date closes.
        verb = between = relative
        inside |= {t.i for t in doc[set_off_start(span): span.end]}
    anchor = None
    if between is None and verb.pos_ == "VERB" and (earlier := _verb_before_a_later_anchor(verb, span)) is not None:
        # "dismissed the director, Dr Nikolay Tsvetkov, on Thursday, after
        # inspectors reported ...": the parser hangs the day on the "after"
        # clause, which only anchors it; the clause is the dismissal's.
        anchor, verb = verb, earlier
        inside |= {t.i for t in doc[set_off_start(span): span.end]}
    keep = {t.i for t in verb.subtree} | (inside if between is not None else set())
    if anchor is not None:
        keep = (keep - {t.i for t in anchor.subtree}) | inside
    for tok in verb.subtree:
        if tok.i == verb.i or tok.i not in keep:
            continue
        if tok.dep_ == "acl" and tok.head.dep_ == "dobj" and tok.head.head.i == verb.i and tok.tag_ == "VBG":
            continue  # "signed an executive order rescinding X": which order, not another fact
        if tok.dep_ in ("csubj", "csubjpass") and tok.head.i == verb.i:
            continue  # "repairing the Konstal will cost 1.2 million": what costs it, not another fact
        if tok.dep_ in _OTHER_CLAUSES or tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            sub = {t.i for t in tok.subtree}
            if len(sub) == 1 and tok.pos_ not in ("VERB", "AUX"):
                continue  # "made landfall" parsed with "landfall" as a clause: a one-word object, not another fact
            if not inside & sub:
                keep -= sub
    # A value inside a relative clause is about the noun the clause hangs on
    # ("the plant in Gießen, which employs 1,200 people").
    if verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i:
        noun = verb.head
        keep |= {t.i for t in noun.subtree if t.i < verb.i and t.i not in {x.i for x in verb.subtree}}
    words = [doc[i] for i in sorted(keep) if not doc[i].is_space]
    parts: list[str] = []
    for prev, tok in zip([None, *words], words):
        if prev is not None and (tok.i != prev.i + 1 or prev.whitespace_):
            parts.append(" ")
        parts.append(tok.text)
    text = re.sub(r"(?:\s*[,;:–—-])+\s*(?=[.!?]?$)", "", "".join(parts)).strip()
    if len(text.split()) < 3:
        sent = doc[span.start].sent
        return sent.text.strip(), {t.i for t in sent}
    return text, keep


def _with_id(claim: Claim, claim_id: str) -> Claim:
    return replace(claim, id=claim_id)


def claim_value(claim: Claim) -> str:
    """The claim's value in words a reader understands."""
    if claim.quantity is not None:
        return format_quantity(claim.quantity)
    if claim.date is not None:
        return format_date(claim.date)
    if claim.attribution is not None:
        return f"said by {claim.attribution.speaker_surface or claim.attribution.speaker}"
    return ""


def claim_surface(claim: Claim) -> str:
    """The claim's value as written in the report."""
    if claim.quantity is not None:
        return claim.quantity.surface
    if claim.date is not None:
        return claim.date.surface
    if claim.attribution is not None:
        return claim.attribution.speaker_surface
    return ""


def speaker_of(claim: Claim) -> str:
    """How the report names who asserts the claim, or ``""``."""
    if claim.attribution is None:
        return ""
    return claim.attribution.speaker_surface or claim.attribution.speaker
