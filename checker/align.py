"""Alignment: which claims state the same fact.

Two claims are aligned when their sentences are close in embedding space AND
their structure is compatible: the same counted thing and unit, the same
frame (actual vs expected, total vs incremental), no clash of participants,
and, for figures, no two different named sources (two attributed estimates
are a disclosed disagreement, not an error). Statements are aligned when
their content (the quote, or the sentence without its speaker) is nearly the
same.

Candidate pairs are generated per bucket (claims of one kind counting one
thing), so the work grows with the size of the buckets, not of the event;
inside a large bucket only each claim's top-k neighbours are considered.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import combinations
from typing import NamedTuple

import numpy as np
import pandas as pd
from sklearn.cluster import AgglomerativeClustering

from checker.lexicon import (
    APPROX, DURATION_UNITS, HEDGES, MARKET_NOUNS, MEASURE_UNITS, MONEY_UNITS, MONTHS, OUTCOME_VERBS, PRICED_NOUNS,
    RUNNING_PHRASES, SOME_DOLLAR, UNITS, UPDATE_CUE, WEEKDAYS, approx_width, canonical_unit,
)
from checker.attribution import EVIDENCE_NOUNS, ORG_WORDS, TITLE_WORDS, is_outlet, normalise_speaker, same_speaker
from checker.claims import DATELINE, EVENT_NOUNS, PHASE_VERBS, verb_forms
from checker.lexicon import IRREGULAR_FORMS, IRREGULAR_NOMINALS, NOMINAL_SUFFIXES
from checker.speakers import GENERIC_ORG_HEADS, NAME_PARTICLES
from checker.config import Settings
from checker.quantities import AGE, canonical, digits_swapped, is_state, parse_number, rounding_step
from checker.records import Attribution, Claim, DateRef, Frame, Quantity

#: Distance given to pairs whose structure rules out the same fact.
_APART = 2.0


def _unaccented(text: str) -> str:
    """Text without its accents ("Mátra" -> "Matra"), as the tagger's names are folded."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def bucket_of(claim: Claim) -> str:
    """Claims can only align inside the same bucket."""
    if claim.frame.modality == "conditional":
        return ""  # "if the application needs 10 servers" states no fact
    if claim.quantity is not None:
        q = claim.quantity
        # A quantity with no counted noun and no unit cannot be matched safely.
        if not q.counted and not q.unit:
            return ""
        counted = _counted_key(claim)
        return f"q|{q.state}{' ' if q.state else ''}{counted}|{canonical(q)[0]}"
    if claim.date is not None:
        d = claim.date
        if not d.resolved or d.earliest is None:
            return ""
        return "d|deadline" if d.deadline else "d"
    att = claim.attribution
    if att is not None and att.speaker and len(_WORD.findall(claim.context)) >= _MIN_STATEMENT_WORDS:
        return "s"
    return ""


def _counted_key(claim: Claim) -> str:
    """What a claim's figure counts, as claims are matched on it."""
    q = claim.quantity
    assert q is not None
    if q.predicate in _VOTING_VERBS and (q.counted in _VOTERS or _chamber_members(claim)) and not q.whole \
            and claim.frame.aggregation != "total":
        # "Of the 127 legislators present, 96 voted in favour" gives the
        # votes "96 in favour, 32 against" gives: those who voted a way
        # are that way's votes.
        return "votes"
    if q.unit and (q.counted in MEASURE_UNITS or f"{q.counted}s" in MEASURE_UNITS):
        # "7.92 million kilograms of the 11.64 million kilograms on offer": the
        # unit named again says nothing of what is weighed.
        return ""
    return q.counted


def _chamber_members(claim: Claim) -> bool:
    """"47 members of the Riigikogu voted in favour": members of a named
    body that votes, which is a chamber unless it is a union's ballot."""
    q = claim.quantity
    return q is not None and q.counted == "member" and bool(_MEMBERS_OF_NAMED.search(claim.context or "")) \
        and not _UNION.search(claim.context or "")


_MEMBERS_OF_NAMED = re.compile(r"\bmembers\s+of\s+(?:the\s+)?[A-Z][\w-]+")
_UNION = re.compile(r"\bunion|\bstrike\b|\bballot\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]{2,}")
#: Verbs of casting a vote one way, and those who cast them, by their counted keys.
_VOTING_VERBS = frozenset({"vote", "oppose", "abstain", "back", "support", "reject"})
#: (A chamber's members only: a union's or a company's members vote in a ballot
#: whose counts other reports may give for another union or company.)
_VOTERS = frozenset({"legislator", "deputy", "senator", "lawmaker", "mp", "councillor", "councilor",
                     "delegate", "representative", "congressman", "congresswoman", "peer"})


#: Shorter statements ("a 'top priority'", a lone quote mark) are too common
#: to identify one statement.
_MIN_STATEMENT_WORDS = 5


def _shares_speaker(a: str, b: str) -> bool:
    """Same speaker, one of a joint statement's speakers ("nordhavn and lumeo"),
    or a less specific name of the same body ("navy" and "indian navy")."""
    parts_a, parts_b = a.split(" and "), b.split(" and ")
    if any(same_speaker(x, y) for x in parts_a for y in parts_b):
        return True
    wa, wb = set(a.split()), set(b.split())
    return bool(wa and wb) and (wa <= wb or wb <= wa) or _acronym(a, b) or _acronym(b, a) \
        or _doubled_apart(a, b)


def _doubled_apart(a: str, b: str) -> bool:
    """"Niillas Aikio" and "Niilas Aikio": one name with a letter doubled or
    not, in a name of two parts or more; one speaker, spelled two ways, when
    both are credited with one statement."""
    ta, tb = a.split(), b.split()
    return len(ta) == len(tb) >= 2 and ta != tb and [_undoubled(t) for t in ta] == [_undoubled(t) for t in tb]


def _undoubled(token: str) -> str:
    return re.sub(r"(.)\1+", r"\1", token)


def _one_body(a: str, b: str) -> bool:
    """Two descriptions of one body: most of their words shared, allowing
    short forms ("state rail accident investigation commission" and "state
    commission for railway accident investigation")."""
    wa = {w for w in a.split() if w not in ("of", "the", "for", "and")}
    wb = {w for w in b.split() if w not in ("of", "the", "for", "and")}
    if not wa or not wb:
        return False
    # (Of two words of one length, min and max by length are the same word:
    # only a shorter word can be the other's short form.)
    shared = {x for x in wa if any(x == y or len(x) != len(y) and len(min(x, y, key=len)) >= 4 and
                                   max(x, y, key=len).startswith(min(x, y, key=len)) for y in wb)}
    return len(shared) >= 0.6 * min(len(wa), len(wb)) and len(shared) >= 2


def _shorter_description(a: str, b: str) -> bool:
    """Whether every word of one body's name of two words or more is in the
    other's ("health department" in "city health department"; "ministry of
    foreign affairs" in "egypt foreign ministry")."""
    wa = set(normalise_speaker(a).split()) - _NAME_FILLERS
    wb = set(normalise_speaker(b).split()) - _NAME_FILLERS
    short, long = sorted((wa, wb), key=len)
    return len(short) >= 2 and short < long


#: Words a body's name may drop: "the Ministry of Foreign Affairs" is "the foreign ministry".
_NAME_FILLERS = frozenset({"of", "the", "for", "and", "affairs"})


def _acronym(short: str, long: str) -> bool:
    """ "amd" for "advanced micro devices", "usgs" for "us geological survey",
    "sq" for "surete du quebec" (the particles of a French or Spanish name too)."""
    words = [w for w in long.split() if w not in ("of", "the", "and", "for", "on", "in", "at", "to")
             and w not in NAME_PARTICLES]
    return len(words) >= 2 and " " not in short and (
        short == "".join(w[0] for w in words)
        # "ÄFAB" for "Älvsjöholms Fastighets AB": a company form's letters stand whole.
        or words[-1] in _COMPANY_FORMS and short == "".join(w[0] for w in words[:-1]) + words[-1])


#: Company forms written as initials at the end of a name ("AB", "AS", "SA").
_COMPANY_FORMS = frozenset("ab as asa sa ag nv bv oy oyj spa srl plc llc gmbh".split())


def _newsroom(speaker: str) -> bool:
    """An outlet: a known one, or a name built like a newspaper's ("Santa Rosa Press Democrat")."""
    words = speaker.split()
    return is_outlet(speaker) or len(words) >= 2 and words[-1] in _MASTHEAD_WORDS


#: Last words of newspaper and broadcaster names.
_MASTHEAD_WORDS = frozenset(
    "times post herald tribune journal gazette chronicle democrat examiner observer telegraph courier "
    "inquirer dispatch bulletin register sentinel star globe mirror express independent guardian".split()
)


def speaker_kind(speaker: str, surface: str = "", label: str = "") -> str:
    """"org" (a named body or outlet), "role" (someone or something unnamed:
    "the president", "the office", "official data", "a witness") or "person".
    ``label`` is the speaker mention's entity label, when the parser gave one."""
    words = speaker.split()
    if label == "PERSON" and len(words) == 1 and re.fullmatch(r"[A-Z]{3,7}", surface.strip()) \
            and words[0] not in TITLE_WORDS and words[0] not in _ROLE_NOUNS:
        # "The union, SINCTAP, says": the tagger may take an acronym for a
        # name, but no person is called by capitals alone.
        return "org"
    if label == "PERSON" and words and not any(w in ORG_WORDS for w in words):
        return "person"
    if len(words) > 1 and words[-1] in _COMPANY_SUFFIXES:
        return "org"  # "Halvoren AG" is a company, not an attorney general
    if label in ("GPE", "FAC", "NORP") and len(words) >= 3 and words[-1] not in _UNNAMED \
            and words[-1] not in _ROLE_NOUNS and words[-1] not in TITLE_WORDS:
        # "Data Infrastructure Ireland", tagged a place: a body, not a person;
        # "South Korean and American officials" stay unnamed people.
        return "org"
    if 2 <= len(words) <= 4 and len(surface.split()) == 1 and normalise_speaker(surface) == words[-1] \
            and not any(w in ORG_WORDS or w in _PLACE_BODIES for w in words):
        # '"...," Bhatta said', after "spokesman Bishnu Prasad Bhatta": a full
        # name met again by its last word is a person's, whatever entity the
        # tagger made of the bare surname.
        return "person"
    named = label == "ORG" or len(surface.split()) > 2 and surface.split()[-1][:1].isupper()
    if not words or all(w in _UNNAMED for w in words) or words[-1] in EVIDENCE_NOUNS and not named:
        return "role"  # "official data", "an investigation"; not "the Commission for Accident Investigation"
    if _ACRONYM.fullmatch(surface.strip()) and words[-1] not in TITLE_WORDS and words[-1] not in _ROLE_NOUNS:
        return "org"  # "IDC", "USGS", "NATO": acronyms name bodies ("the DA", "the CEO" are posts)
    if label == "ORG" and words[-1] not in _UNNAMED and words[-1] not in _ROLE_NOUNS and words[-1] not in TITLE_WORDS:
        return "org"
    if _post_of(speaker, surface):
        return "role"  # "the city's mayor", "the investigation office's director": whoever holds the post
    if is_outlet(speaker) or any(w in ORG_WORDS or w in _PLACE_BODIES for w in words):
        return "org"
    if surface and not any(w[:1].isupper() for w in surface.split()[1:]) and surface.split()[0].lower() in _COMMON_SPEAKERS:
        return "role"
    if surface and not any(w[:1].isupper() for w in surface.split()):
        return "role"  # "a local barber", "witnesses": names are capitalised
    if words[-1] in TITLE_WORDS or words[-1] in _ROLE_NOUNS:
        return "role"
    return "person"


def _unnamed_one(claim: Claim, att: Attribution) -> bool:
    """"..., a hauliers' association said": a body the writer leaves unnamed,
    which may be the one another report names."""
    surface = att.speaker_surface
    if not surface or any(w[:1].isupper() for w in surface.split()):
        return False
    # The claim's context leaves the speaker's mention out ("..., a said."), or keeps it.
    return bool(re.search(rf"\b(?:a|an)\s+(?:{re.escape(surface)}|{re.escape(att.cue)})\b", claim.context or ""))


def _post_of(speaker: str, surface: str) -> str:
    """The body an unnamed post-holder speaks for ("city" for "the city's
    mayor", "investigation office" for "the investigation office's
    director"), or "" when the speaker is not such a post, written in lower case."""
    words = speaker.split()
    if len(words) < 2 or words[-1] not in TITLE_WORDS or not surface or any(w[:1].isupper() for w in surface.split()):
        return ""
    return " ".join(words[:-1]) if re.search(r"['’]s\s+\w+\s*$", surface) else ""


_ACRONYM = re.compile(r"[A-Z]{2,6}\d?")
#: The legal form after a company's name.
_COMPANY_SUFFIXES = frozenset("ag se sa nv bv plc gmbh ltd llc asa oyj ab spa kg".split())
#: Share of words two quotes must have in common to be one quote, lightly edited.
_SAME_QUOTE_WORDS = 0.5


#: Words in a row two quotes must share to be one quote, however each is cut.
_QUOTE_RUN = 8


def _described_body(surface: str) -> bool:
    """A body told by what it is ("the ministry", "agriculture ministry",
    "the state environmental agency"), not by its name."""
    words = [w for w in surface.split() if w.lower() not in ("the", "a", "an")]
    return bool(words) and not any(w[:1].isupper() for w in words)


def _third_partys_act(a: Claim, b: Claim) -> bool:
    """"China and South Korea suspended imports of Danish pork, the Danish
    Pork Council said" / "South Korea has suspended imports ..., Yonhap
    reports, citing the agriculture ministry": an act of a named party that
    neither speaker is, which any number of sources may report."""
    def actors(c: Claim) -> set[str]:
        m = _ACTOR_OPENS.match(c.context or "")
        return {n.strip().lower() for n in re.split(r",|\band\b", m.group(1))} - {""} if m else set()
    shared = actors(a) & actors(b)
    speakers = [x.attribution.speaker for x in (a, b) if x.attribution is not None]
    return any(not any(same_speaker(n, s) for s in speakers) for n in shared)


#: A clause that opens with a named party and its act ("South Korea has
#: suspended", "China and South Korea suspended"), after a live page's stamp.
_ACTOR_OPENS = re.compile(r"(?:\d{1,2}[:.]\d{2}\s*[-–—]\s*)?((?:[A-Z][\w'-]+)(?:(?:\s+|,\s+|\s+and\s+)[A-Z][\w'-]+)*)"
                          r"\s+(?:has\s+|have\s+|had\s+)?[a-z]+ed\b")


def _one_quote(a: Claim, b: Claim) -> bool:
    """Two statements quoting one run of at least ``_QUOTE_RUN`` words alike."""
    qa = a.attribution.quote if a.attribution else ""
    qb = b.attribution.quote if b.attribution else ""
    if not qa or not qb:
        return False
    wa, wb = _WORD.findall(qa.lower()), _WORD.findall(qb.lower())
    runs = {tuple(wb[i : i + _QUOTE_RUN]) for i in range(len(wb) - _QUOTE_RUN + 1)}
    return any(tuple(wa[i : i + _QUOTE_RUN]) in runs for i in range(len(wa) - _QUOTE_RUN + 1))


def _shared_words(a: str, b: str) -> float:
    """Words two texts share, over the words of either (Jaccard on lower-cased words)."""
    wa, wb = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


#: Cues of advice and appeals, which several bodies give alike.
_DIRECTIVE = re.compile(r"(?i)(?:ask|urg|advis|recommend|call|appeal)")

#: Sources that name no one in particular ("the office", "the companies", "officials").
_UNNAMED = frozenset(
    "office ministry department agency company companies firm group government authority authorities official union "
    "officials source sources statement report committee council administration body data".split()
)
#: Words that make a name a body, not a person ("City of Palmer", "Orange County").
_PLACE_BODIES = frozenset("city county state town village borough district province region municipality".split())
#: Common nouns that can open a sentence, capitalised, as a speaker ("Dozens chanted").
_COMMON_SPEAKERS = frozenset(
    "dozens hundreds thousands people witnesses witness residents protesters neighbours neighbors "
    "friends relatives family survivors officers police officials sources organisers organizers".split()
)
_ROLE_NOUNS = frozenset({"official", "officials", "source", "sources", "aide", "adviser", "advisor", "analyst",
                         "da", "ag", "cfo", "coo", "cto", "pm", "mp"})


def compatible(a: Claim, b: Claim, verbs: bool = True) -> bool:
    """Whether the structure of two claims allows them to state the same fact.

    With ``verbs`` false, two counts' verbs of different kinds do not by
    themselves keep the counts apart (see ``Aligner._compatible``).
    """
    if a.report == b.report and a.sentence == b.sentence:
        return False
    if a.sentence_key and a.sentence_key == b.sentence_key and a.position != b.position:
        # Two copies of one sentence ("connected on 1 of 13 passes"): each
        # value is the same fact as the value in the same place, no other.
        return False
    if a.kind == "date" and (_time_before_marked(a, b) or _time_before_marked(b, a)):
        # "The Luzon grid was last on red alert on April 22" / "put the Luzon
        # grid on red alert ... on Tuesday": the time before, marked as such.
        return False
    if a.kind == "date" and _MISSING_STATE.search(a.context or "") and _MISSING_STATE.search(b.context or ""):
        # "Nine people were missing on Monday" / "five people still missing
        # last night": a state read on two days, not an event dated twice
        # ("went missing on Monday" is the event, and keeps its day).
        return False
    if a.kind == "date" and a.predicate == b.predicate and _since_the_day(a) != _since_the_day(b):
        # "owed 1.48 billion shillings for cane delivered since March" / "she
        # delivered 40 tonnes of cane to the mill in April": when a run of
        # deliveries began, and the month of one (not "has been out of
        # service since Tuesday morning" / "was taken out of service on
        # Monday": the state the act began).
        return False
    if a.kind == "date" and a.frame.negated != b.frame.negated:
        # "No loaded coal truck crossed into China on Monday" / "1,520 trucks
        # crossed into China yesterday": a day something did not happen is
        # not the day it did.
        return False
    if a.kind == "date" and _under_way(a) and _under_way(b):
        # "About 1,200 soldiers were working on the embankments on Wednesday"
        # / "more than 6,000 people were working on the defences on
        # Thursday": what was going on each day, not one act dated twice.
        return False
    if a.kind == "statement":
        sa, sb = a.attribution, b.attribution
        assert sa is not None and sb is not None
        # Only statements credited to different speakers are interesting; a
        # conduit relaying the speaker is not a second speaker.
        if _shares_speaker(sa.speaker, sb.speaker):
            return False
        # A speaker the sentence does not name ("he said") was inferred from
        # the story around it; a wrong guess is not the report's error.
        if "PRON" in (a.speaker_label, b.speaker_label):
            return False
        # So was one a description names ("The Leiden-based company reported
        # the cartel"), tied by the report's context to a name it does not contain.
        if _guessed(sa) or _guessed(sb):
            return False
        # An outlet reporting on its own ("Yonhap reported ...") may be the
        # conduit of the other report's speaker, not a rival source.
        if _newsroom(sa.speaker) or _newsroom(sb.speaker) or "OUTLET" in (a.speaker_label, b.speaker_label):
            return False
        if sa.conduit and same_speaker(sa.conduit, sb.speaker):
            return False
        if sb.conduit and same_speaker(sb.conduit, sa.speaker):
            return False
        if not sa.quote and not sb.quote and _third_partys_act(a, b):
            return False
        # "the South Korean president" or "the office" may be whoever the other
        # report names, and a person may be speaking for the body the other
        # report names: only two people, or two bodies, contradict each other.
        ka = "role" if _unnamed_one(a, sa) else speaker_kind(sa.speaker, sa.speaker_surface, a.speaker_label)
        kb = "role" if _unnamed_one(b, sb) else speaker_kind(sb.speaker, sb.speaker_surface, b.speaker_label)
        if {ka, kb} == {"person", "org"}:
            # A person named as speaking for another body ("the prosecutor's
            # spokesman" against "the investigation commission") is a rival.
            person, body = (a, sb.speaker) if ka == "person" else (b, sa.speaker)
            told = b if ka == "person" else a
            assert person.attribution is not None
            if person.attribution.speaker.split()[-1:] and \
                    person.attribution.speaker.split()[-1] in _key(told.sentence_key or "").split():
                # "According to Correio Nacional, Ricardo Lamounier ... said":
                # the body relays the person its own sentence names.
                return False
            own = person.speaker_affiliation
            return bool(own) and not _shares_speaker(own, body) and not _one_body(own, body)
        if {ka, kb} == {"role", "org"}:
            # "the city's mayor" against "Carris": the post's body is a rival
            # of another body, not of a person who may hold the post.
            holder, other = (sa, sb) if ka == "role" else (sb, sa)
            post = _post_of(holder.speaker, holder.speaker_surface)
            if post and sa.quote and sb.quote and _shared_words(sa.quote, sb.quote) >= _SAME_QUOTE_WORDS:
                return not _shares_speaker(post, other.speaker) and not _one_body(post, other.speaker)
        if sa.quote and sb.quote and _shared_words(sa.quote, sb.quote) < _SAME_QUOTE_WORDS and not _one_quote(a, b):
            # "For decades, the Act has protected threatened species" (Locke)
            # and "for more than three decades, the Act has successfully
            # protected our most threatened wildlife" (Obama): one topic, two
            # quotes. A quote reported twice keeps most of its words, or, cut
            # short, a run of them ("These numbers tell the world that Kenya
            # is winning").
            return False
        if ka == kb == "org" and _shorter_description(sa.speaker, sb.speaker):
            # "the health department" / "the city's health department": one
            # body, named more fully in one report.
            return False
        if ka == kb == "org" and not sa.quote and not sb.quote \
                and (_described_body(sa.speaker_surface) or _described_body(sb.speaker_surface)):
            # "Pressure in the line was back to normal at 1:40 p.m., the
            # ministry said" / "The hospital says the line pressure was back
            # to normal at 13:40": a fact in the reports' own words, credited
            # to a body one of them only describes, which may be the other's
            # or report it too ("according to the association's results" /
            # "According to the Harbor Marathon Association"). Two bodies
            # named ("according to IDC" / "Gartner") stay rivals.
            return False
        if ka == kb == "org" and not (sa.quote and sb.quote) and _DIRECTIVE.match(sa.cue) and _DIRECTIVE.match(sb.cue):
            # "The DSP asks parents to ring their doctor first" and "the
            # ministry asks parents to telephone their doctor": bodies take up
            # each other's advice; only their words, quoted, belong to one.
            return False
        return {ka, kb} in ({"person"}, {"org"})
    if a.report == b.report and a.list_item and b.list_item and a.list_item.split(":")[0] == b.list_item.split(":")[0] \
            and a.list_item != b.list_item:
        # Two items of one bulleted list ("- 120,000 dirhams for each house
        # rebuilt", "- 50,000 dirhams for each house repaired") are two things.
        return False
    if a.report == b.report and abs(a.sentence - b.sentence) == 1 \
            and _POINTS_BACK.match(max(a, b, key=lambda c: c.sentence).sentence_key):
        # "59 people have been treated for injuries. Of these, 41 were treated
        # at Wellington Regional Hospital": the group of the sentence before,
        # and a part of it.
        return False
    if a.report != b.report and a.kind == "quantity" and b.kind == "quantity" \
            and any(_POINTS_BACK.match(part.sentence_key) and not _POINTS_BACK.match(other.sentence_key)
                    and _verb_of(part) not in ("", "be") and _verb_of(part) != _verb_of(other)
                    for part, other in ((a, b), (b, a))):
        # "Of those, 14 were admitted to the regional specialist hospital" /
        # "19 people had been taken to hospital": a part of its own report's
        # group that a narrower verb picks out, not another report's count
        # (but "Of these, 38,200 were homeowners claims" names a kind, which
        # another report may count).
        return False
    if a.report == b.report and a.list_item and b.list_item and a.list_item.split(":")[0] != b.list_item.split(":")[0] \
            and a.sentence_key.split()[:2] == b.sentence_key.split()[:2]:
        # One line of two lists, each under its own heading ("Hull 811 ... -
        # Expected delivery: end of September 2026", "Hull 812 ... - Expected
        # delivery: July 2027"): the same field of two things.
        return False
    if a.report == b.report and a.kind == "quantity" and source_of(a) and source_of(b) \
            and not _shares_speaker(source_of(a), source_of(b)):
        # One report giving two sources' figures (police 22,000, organisers
        # 45,000) discloses a disagreement; it does not contradict itself.
        return False
    if a.report == b.report and a.kind == "quantity" and any(
            _ELSEWHERE.match(x.sentence_key) and y.sentence < x.sentence for x, y in ((a, b), (b, a))):
        # "In Kruger National Park, 146 rhinos were poached" and, later,
        # "Elsewhere, 38 rhinos were poached in Limpopo outside Kruger": the
        # counts of places other than the one told before.
        return False
    if a.report != b.report and a.kind in ("quantity", "date") and bool(_ELSEWHERE.match(a.sentence_key)) \
            != bool(_ELSEWHERE.match(b.sentence_key)):
        # "Farther up the coast, nine vessels were waiting to load grain at
        # Prince Rupert" / "47 vessels are waiting to load grain": a count the
        # one report turns away to another place for is not the story's own;
        # nor is the day of what happened there ("Elsewhere, the fire in
        # Castelo Branco ... was declared under control on Thursday").
        return False
    if a.kind == "quantity" and a.quantity is not None and b.quantity is not None \
            and a.quantity.unit in ("%", "pp") and b.quantity.unit in ("%", "pp") and _opening_group(a) != _opening_group(b):
        # "Among youth aged 15 to 24, the unemployment rate fell 0.6
        # percentage points to 13.9%" / "In Ontario, the unemployment rate
        # fell 0.3 percentage points to 7.1%" / "the unemployment rate fell to
        # 6.6%": a release's rates for groups and places it breaks out.
        return False
    if a.kind == "quantity" and bool(_RECOUNTED.match(a.sentence_key)) != bool(_RECOUNTED.match(b.sentence_key)):
        # "Counting ships waiting for coal, potash and other cargoes, 62
        # vessels were at anchor" / "47 vessels are waiting to load grain": a
        # sentence that opens by widening (or narrowing) what it counts counts
        # another group.
        return False
    if a.kind == "quantity" and _per_item(a) != _per_item(b) and a.quantity is not None \
            and a.quantity.unit in MONEY_UNITS:
        # "runs about US$27,500 a day for a typical Panamax" / "were running up
        # nearly US$1.5 million a day between them": one ship's rate, and the
        # fleet's.
        return False
    if a.kind == "quantity" and _sets_against_the_other(a, b):
        # "The IEA put the first-quarter surplus at 1.8 million bpd, twice the
        # Secretariat's figure": a sentence that names the other source's
        # figure as another discloses the disagreement.
        return False
    if a.report == b.report and a.kind == "quantity" and bool(source_of(a)) != bool(source_of(b)) \
            and "vague" in (a.quantity.hedge if a.quantity else "", b.quantity.hedge if b.quantity else ""):
        # "Tens of thousands marched ... organisers said 150,000 took part": the
        # writer's own rough figure beside the one it credits to a source.
        return False
    if a.report == b.report and a.quantity is not None and b.quantity is not None \
            and a.quantity.whole and b.quantity.whole:
        # "614 of the 1,392 patients who attended ARI" and "across NHS
        # Grampian, 1,303 of 2,486 patients": a report taking parts of two
        # groups, not giving one group's size twice.
        return False
    if _different_parties(a, b) or _different_stages(a, b):
        return False
    if a.kind == "quantity" and (_counted_parties_and_one(a, b) or _counted_parties_and_one(b, a)):
        # "Three European importers have now rejected 31 containers" /
        # "Hanse Frucht GmbH says it has rejected five containers": what
        # several parties did together, and what one of them did.
        return False
    if a.kind == "quantity" and (_summed_over_places(a, b) or _summed_over_places(b, a)):
        return False
    if "gauge" in (a.context or "") and "gauge" in (b.context or "") \
            and (ga := _GAUGE.search(a.context or "")) and (gb := _GAUGE.search(b.context or "")) \
            and ga.group(1).lower() != gb.group(1).lower():
        # "The crest passed the Szentendre gauge at about 10:00 p.m. on
        # Thursday" / "the crest passed the Vigadó tér gauge at 1 a.m. on
        # Friday": readings at two stations.
        return False
    if a.kind == "quantity" and _class_agent(a) != _class_agent(b):
        # "employs about 1,450 people" / "620 workers employed by contractors":
        # those a class of others employs are not the company's own.
        return False
    if a.kind == "quantity" and _compared_class(a) != _compared_class(b):
        # "The two ferries being built" / "seven smaller ferries for short
        # crossings": a class set against another is not the same things.
        return False
    if a.kind == "quantity" and (_different_times(a, b) or _span_and_day(a, b) or _part_of_day(a, b)
                                 or _all_and_local(a, b) or _bought_different(a, b) or _across_several(a, b)
                                 or _carried_by_several(a) and _aboard(b) or _carried_by_several(b) and _aboard(a)
                                 or _sum_of_named(a, b) or _sum_of_named(b, a)):
        return False
    if a.kind == "date":
        # A date is compared whatever the frame: "will brief on Tuesday" and
        # "briefed on Wednesday" date the same briefing. Events are named by
        # many verbs ("marched on Saturday", "the march that filled Lisbon on
        # 12 November"), so only verbs of known, different kinds keep dates apart.
        # ... but the day "two more" came up is not the day the first three did.
        increments = [c.frame.aggregation == "incremental" for c in (a, b)]
        if _a_week_apart(a, b):
            return False
        if _hoped_then_done(a, b) or _hoped_then_done(b, a):
            # "We aim to resume services on Friday afternoon" / "reopened its
            # line on Saturday morning": a hope that slipped, not another day.
            return False
        if a.predicate in EVENT_NOUNS and b.predicate in _AFTERMATH or b.predicate in EVENT_NOUNS \
                and a.predicate in _AFTERMATH:
            # "closed since the washout on Saturday" / "reopened its main line
            # on Thursday": the event, and the undoing of what it did.
            return False
        if _reading_day(a) or _reading_day(b):
            # "at Friday's rate of R18.05 to the dollar", "Tuesday's close": the
            # day of a market reading, not of anything the story tells.
            return False
        if (fa := _closing_figures(a)) and (fb := _closing_figures(b)) and not fa & fb:
            # "Hajdú's shares closed on Monday at 4,750 forints" / "Hajdú closed
            # at HUF 4,905 on Wednesday": a market closes every day, each day
            # at its own level.
            return False
        if _another_like_it(a) != _another_like_it(b):
            # "reports that a smaller fire broke out in the same building on 28
            # May": another happening of the story's kind, not the one dated.
            return False
        if _graded_apart(a, b):
            # "cut the county to D" / "had already cut the county's rating ...
            # to BB+ from BBB, on 24 February": two rating actions.
            return False
        if (ta := _new_tally(a)) and (tb := _new_tally(b)) and ta[0] == tb[0] and ta[1] != tb[1]:
            # "In the 24 hours to 18:00 on Sunday, 131 new suspected cases" /
            # "recorded 84 new suspected cases on Sunday": two days' tallies,
            # each dated to its own day.
            return False
        if (ma := _more_found(a)) and (mb := _more_found(b)) and ma != mb:
            # "Rescuers found four more bodies on Friday" / "found the bodies
            # of two more miners this morning": two finds, each of its own day.
            return False
        if bool(_THE_OTHER_N.search(a.context or "")) != bool(_THE_OTHER_N.search(b.context or "")):
            # "The other eight [schools] ... should open on Wednesday": a rest
            # of a group counted before, not what another report dates.
            return False
        if _earlier_reading_day(a, b) or _earlier_reading_day(b, a):
            # "quoted at around 78 cents on Thursday, up from about 71 cents on
            # Monday" / "quoted at about 71 cents on Monday": the earlier
            # reading the first sentence names, not a rival day for it.
            return False
        if _one_move(a.predicate, b.predicate) and _origin(a) and _origin(b) and _origin(a) != _origin(b):
            # "a convoy of ambulances ... left Rudraprayag for Jodhpur on
            # Wednesday night" / "The group had left Jodhpur on Saturday":
            # departures from two places.
            return False
        # "Oil began moving through the repaired section again on Sunday" /
        # "resumed pumping on Saturday": one restart, told two ways.
        restart = _restarted(a) and _restarted(b)
        filing = _one_filing(a, b)
        return (increments[0] == increments[1] or _one_instance(a, b) or _one_instance(b, a)) \
            and not (_known_different(a.predicate, b.predicate) and not _ordered_act(a, b) and not _ordered_act(b, a)
                     and not restart and not filing) \
            and not ((_speech_and_deed(a.predicate, b.predicate) or _two_acts(a, b))
                     and not _same_odd_clock(a, b) and not _one_mark(a, b) and not _same_disclosure(a, b)
                     and not _act_in_participle(a, b) and not _act_in_participle(b, a)
                     and not _one_announcement(a, b)
                     # "was restored" / "returned to service": the service is no object.
                     and not (restart and "return" in (a.predicate, b.predicate)) and not filing) \
            and not _two_statements(a, b) and _the_next(a) == _the_next(b) and (_again(a) == _again(b) or restart) \
            and _running_since(a) == _running_since(b) and not _partial_and_full(a, b) \
            and not _time_before(a, b) and not _time_before(b, a) and not _first_and_last(a, b)
    qa, qb = a.quantity, b.quantity
    assert qa is not None and qb is not None
    pa, pb = qa.predicate or a.predicate, qb.predicate or b.predicate
    if a.report == b.report and abs(a.sentence - b.sentence) <= 2 \
            and (ea := _equipped(a)) and (eb := _equipped(b)) and ea[:4] != eb[:4]:
        # "Nine were turboprops with 70 seats. The other five were jets with
        # 120 seats.": a fleet listed type by type, each size its own thing's.
        return False
    if (oa := _fitted_owner(a)) and (ob := _fitted_owner(b)) and oa[:4] != ob[:4]:
        # "The general ICU, with 14 beds" / "The hospital, which has 780
        # beds": the fittings of two things, each its owner's.
        return False
    if _across_the_whole(a) and _speakers_own_act(b) or _across_the_whole(b) and _speakers_own_act(a):
        # "Across the airport, 70 flights were cancelled" / "Kenya Airways
        # says it has cancelled 10 flights today": everyone's count, and what
        # one party says it did itself.
        return False
    if _place_item_apart(a, b) or _place_item_apart(b, a):
        # "46 cases had now been confirmed in six countries ...: 19 in Belgium,
        # 13 in France" / "31 confirmed, now in five countries, with the
        # Netherlands added": one place's line of a breakdown, and a count
        # that is not that place's.
        return False
    if (stretches := (_day_of_a_span(a), _day_of_a_span(b)))[0] != stretches[1] \
            and not (stretches[0] and not stretches[1] and _one_day(b) or stretches[1] and not stretches[0] and _one_day(a)):
        # "about 15,200 members voted on the first day" / "27,874 of the
        # 41,300 members voted": one day's share of a count, and the whole
        # (but "On Tuesday, 1,840 ... were cancelled" may be that first day).
        return False
    if pa == pb and pa in _GROUP_SIZE_VERBS and qa.subject and qb.subject \
            and _picked_by_state(qa.subject) != _picked_by_state(qb.subject):
        # "The derailed wagons were carrying roughly 840 tonnes" / "Train 7412
        # was carrying 3,582 tonnes": what the ones a state picks out hold,
        # and what the whole holds.
        return False
    if (_of_its_own(a) or _of_its_own(b)) and source_of(a) and source_of(b) \
            and not _shares_speaker(source_of(a), source_of(b)):
        # "Renfe said 112 of its trains were halted" / "CP says 46 of its
        # trains are halted": each owner's own things.
        return False
    if _own_and_anothers(a, b) or _own_and_anothers(b, a):
        return False
    if _own_share_of_more(a, b) or _own_share_of_more(b, a):
        return False
    if _holders_share_of_more(a, b) or _holders_share_of_more(b, a):
        return False
    if (part_a := _part_named(a)) and (part_b := _part_named(b)) and part_a != part_b:
        # "260 extra beds by the end of January, 40 of them in Limerick" /
        # "260 additional beds, 190 of them in acute hospitals": two parts of one whole.
        return False
    if _under_care(a) != _under_care(b) and pa in _TAKEN_IN and pb in _TAKEN_IN:
        # "1,412 people were hospitalised with flu" / "41 people with flu were
        # admitted to intensive care": the few in intensive care, and all in hospital.
        return False
    if (ill_a := _illness(a)) and (ill_b := _illness(b)) and ill_a != ill_b:
        # "1,412 people were hospitalised with flu" / "296 people were
        # hospitalised with COVID-19": the sick of two diseases.
        return False
    if _one_of_several(a, b) or _one_of_several(b, a):
        # "there were 63 people on the two buses" / "the Dhaulagiri Deluxe bus
        # ... was carrying 34 persons": the load of all, and of one.
        return False
    if pa in _TAKEN_IN and pb in _TAKEN_IN and bool(_CARE.search(a.context or "")) != bool(_CARE.search(b.context or "")):
        # "15 people had been taken to hospital" / "four cayucos brought 511
        # people to El Hierro": taken to care, and brought ashore.
        return False
    if _orders_apart(a, b):
        # "a Machala company that shipped about 2.3 million boxes last year" /
        # "It shipped 372.4 million boxes worth $3.86 billion in 2025": a
        # figure a hundred times another's, in other digits, is of something
        # else (a part, another party); no one misreports 372.4 as 2.3.
        return False
    if _said_of_some(a) or _said_of_some(b):
        # "with some carrying more than 200 people": what holds for some of
        # many, not a figure of one of them.
        return False
    if (oa := _ordinal_item(a)) and (ob := _ordinal_item(b)) and oa != ob:
        # "The fourth, carrying 88 people" / "The second cayuco ... with 147
        # people aboard": the loads of two boats a story numbers in turn.
        return False
    if _before_figure(a, _RESTORED_TO) and _before_figure(b, _RESTORED_TO) \
            and not ((da := _as_told(a.date)) and da == _as_told(b.date)):
        # "two further lines restarted on Monday evening, lifting output to
        # 49,000 cubic metres a day" / "22:30 - Confirmed: line 3 restarted
        # at 22:15, and output is back up to 21,000": a level climbing back,
        # read at two moments.
        return False
    if _closing_figures(a) and _closing_figures(b) and qa.unit == qb.unit \
            and (qa.unit in MONEY_UNITS or qa.unit == "%") \
            and (a.report == b.report and a.sentence_key != b.sentence_key or a.report != b.report) \
            and not ((da := _as_told(a.date)) and da == _as_told(b.date)):
        # "Hajdu closed at 3,880 forints on Friday" / "17:06 - Hajdu closes at
        # 4,810 forints": a market closes every day; two closes are one
        # reading only on one told day.
        return False
    if _RESPECTIVELY.search(a.context or "") and _BETWEEN_THEM.search(b.context or "") \
            or _RESPECTIVELY.search(b.context or "") and _BETWEEN_THEM.search(a.context or ""):
        # "applied for short-time work for 45 and 28 employees respectively" /
        # "14 watch firms with 610 employees between them": each party's own
        # figure, and a sum over several.
        return False
    if (_MARKET.search(a.context or "") or _MARKET.search(b.context or "")) \
            and _moment_of_trading(a) != _moment_of_trading(b):
        # "Shares in Jurassia Group were down 3.6 percent at 1030 GMT" /
        # "Jurassia Group shares are down 2.9% in the first minutes" / "lost
        # 4.2 percent yesterday": a price read at moments of a session.
        return False
    if bool(_LIVING_ON.search(a.context or "")) != bool(_LIVING_ON.search(b.context or "")):
        # "Nearly 100,000 people on Lanzarote are living on eight hours of mains
        # water a day" / "About 160,000 people live on Lanzarote": those in a
        # state, and all who live there.
        return False
    if bool(_AT_LEAST_ONCE.search(a.context or "")) != bool(_AT_LEAST_ONCE.search(b.context or "")):
        # "about 2.1 million electricity customers had lost power at least
        # once" / "cutting power ... to about 740,000 customers in Nairobi,
        # ...": all ever hit over the days, and those hit at one time.
        return False
    if _before_figure(a, _CAPACITY_OF) != _before_figure(b, _CAPACITY_OF) \
            or _before_figure(a, _LONG_RUN_AVERAGE) != _before_figure(b, _LONG_RUN_AVERAGE):
        # "a total live storage capacity of 54.79 BCM" / "Live storage
        # available is 10.52 BCM"; "the average of the last ten years is 76.15
        # BCM": what a thing can hold, and a baseline, are not what it holds now.
        return False
    measure_a, measure_b = _extreme_or_average(a), _extreme_or_average(b)
    if measure_a and measure_b and measure_a != measure_b:
        # "The daily average in NO2 is 418.90 euros per MWh" / "The most
        # expensive hour tomorrow in NO2 is 08-09, at 1,240.55 euros per MWh":
        # a day's average and its dearest hour are two measures.
        return False
    if (scope_a := _scope(a)) and (scope_b := _scope(b)) and scope_a != scope_b:
        # "The 43 reservoirs the commission monitors in the southern region" /
        # "the 161 reservoirs tracked nationwide" / "The 14 reservoirs
        # monitored in the state": one region's count, the nation's, a state's.
        return False
    if (head_a := _relative_head(a)) and (head_b := _relative_head(b)) and not same_speaker(head_a, head_b) \
            and not _named_within(head_a, head_b):
        # "Karolina-Wschód, which employs about 4,300 people" / "GSW, which
        # runs five mines in the region and employs about 21,000 people": what
        # a clause says of one named body, and of another.
        return False
    if {_competitions(a), _competitions(b)} == {"all", "league"}:
        # "scored 14 league goals last season" / "scored 19 goals and set up
        # 11 more in all competitions": a league's count and a season's.
        return False
    if (ea := _named_employer(a)) and (eb := _named_employer(b)) and not _one_employer(ea, eb):
        # "The Haapakoski mill currently employs 436 people" / "Metsäkari ...
        # employs about 6,800 people": one site's staff, and the group's.
        return False
    if _industry_wide(a) != _industry_wide(b):
        # "The watch industry employs about 65,300 people in Switzerland" /
        # "240 of its 1,150 staff in Switzerland": a whole trade's count, and
        # one firm's.
        return False
    if _measured_in(a) != _measured_in(b):
        # "chocolate exports fell 2.7 percent in volume" / "Exports to Hong
        # Kong fell by 18.6%": a change in volume is not one in value.
        return False
    if (tax_a := _tax_basis(a)) and (tax_b := _tax_basis(b)) and tax_a != tax_b:
        # "4.83 kroner per kWh before VAT" / "With VAT, yesterday's average came
        # to 6.03 kroner per kWh": a price without its tax, and with it.
        return False
    if (ra := _set_against(a)) and (rb := _set_against(b)) and not ra & rb:
        # "only 0.4% above the offer" / "24% above Friday's level": a gap to
        # two different marks.
        return False
    if (ka := _kind_word(a)) and (kb := _kind_word(b)) and ka != kb:
        # "120 phosphate trains had been cancelled" / "20 passenger trains
        # cancelled": two kinds of one counted thing.
        return False
    if (na := _named_thing(a)) and (nb := _named_thing(b)) and na[1] == nb[1] and na[0] != nb[0]:
        # "The Dhaulagiri Deluxe bus ... was carrying 34 persons" / "The
        # Bindhyabasini Yatayat bus ... was carrying 29 persons": two buses.
        return False
    if a.frame != b.frame and not _whole_and_count(a, b) and not _part_and_count(a, b, pa, pb) \
            and not _total_and_perfect(a, b, pa, pb) and not _one_tally(a, b) and not _one_dated_payment(a, b, pa, pb) \
            and not _one_period_tally(a, b) and not _one_agreed_price(a, b, pa, pb) and not _total_slipped(a, b) \
            and not _one_sum(a, b):
        return False
    if verbs and _contrasting_predicates(pa, pb) and not (_crew_size(a) and _crew_size(b)) \
            and not (_aboard(a) and _aboard(b)) and not _one_workforce(a, b) and not _one_vote_against_the_same(a, b) \
            and not (size_modifier(a) and size_modifier(b)) and not _counts_the_act(a, b) \
            and not _one_price(qa, qb, pa, pb) and not _one_agreed_price(a, b, pa, pb) and not _one_named_amount(a, b) and not _one_cargo(qa, qb, pa, pb) \
            and not ((_opens_as_the_group(a) or _opens_as_the_group(b)) and _whole_and_count(a, b)) \
            and not _one_reference(a, b) and not _one_priced_item(a, b) and not _one_fall_of(qa, qb) \
            and not _affected_and_left(a, b) and not _affected_and_left(b, a) \
            and not _supply_cut_to(a, b) and not _supply_cut_to(b, a) \
            and not _act_and_its_sum(a, b) and not _act_and_its_sum(b, a) \
            and not _imposed_act(a, b) and not _imposed_act(b, a) \
            and not _ayes_told_two_ways(a, b) and not _ayes_told_two_ways(b, a) \
            and not _a_places_share(a, b) and not _a_places_share(b, a) \
            and not _all_moved_off(a, b) and not _all_moved_off(b, a) \
            and not _one_standing_group(a, b):
        return False
    if qa.counted == qb.counted == AGE and qa.subject and qb.subject and not same_speaker(qa.subject, qb.subject):
        # "Nguyen Van Khai, 47" and "Lương Thị Hoa, 41": two people's ages,
        # whoever the police were that gave both.
        return False
    if qa.whole and qa.predicate and not _same_kind_of_verb(qa.predicate, pb) and not _opens_as_the_group(b) \
            or qb.whole and qb.predicate and not _same_kind_of_verb(qb.predicate, pa) and not _opens_as_the_group(a):
        # "Of the 126 guests registered at the hotel" and "119 guests ... were
        # inside": a group a verb narrows is that verb's, not any count's.
        return False
    if _in_a_state(a) and _verb_of(b) in _NETWORK_VERBS or _in_a_state(b) and _verb_of(a) in _NETWORK_VERBS:
        # "distributes electricity to 690,000 customers" and "421,600
        # customers were without electricity": a body's whole group and
        # those of it in a state; so are "the 2.4 million customers connected
        # to our network" and "68,000 ESB customers in Mayo were without power".
        return False
    if _base_and_reached(a, b) or _base_and_reached(b, a):
        return False
    if a.kind == "quantity" and (_level_changed(a) and _changed_by(b) or _level_changed(b) and _changed_by(a)):
        # "national output had fallen by about 162,000 b/d from some 468,000
        # b/d" / "the halt had cut national oil production by about 162,000
        # barrels a day": the level a change started from is not the change;
        # nor is the level it came to ("reduced the city's supply to 1,160
        # million litres a day" / "cut its draw by 290 million litres a day").
        return False
    if _one_party_of_many(a, b) or _one_party_of_many(b, a):
        # "Thai Airways said 27 of its flights were cancelled ..., more than
        # any other airline" / "86 flights were cancelled": one party's count
        # among others', not the count of all.
        return False
    if _moved_off(a, b) or _moved_off(b, a):
        # "61 passengers have crossed to the Nordica Dawn" / "134 passengers
        # and 64 crew members were on board": those moved off so far, not the load.
        return False
    if (pa in _PENDING or pb in _PENDING) and pa != pb:
        # "46 deaths are under investigation" / "seven more deaths were
        # confirmed": deaths not yet put down to the cause are no count of those that were.
        return False
    if _routes_differ(a, b) or _periods_differ(qa.subject, qb.subject):
        # "between Brighton and London Terminals" / "between Reading and London
        # Paddington"; "an annual season ticket" / "a monthly season ticket".
        return False
    if _baseline(a.sentence_key) != _baseline(b.sentence_key) or _usual(a) != _usual(b):
        # "On a normal March day we see about 120 patients": the usual, not
        # what the story's day brought ("saw 386 patients with suspected dengue").
        return False
    if (pa in _BAR_VERBS) != (pb in _BAR_VERBS) and a.kind == "quantity":
        # "Removal requires 87 votes" / "There were 96 votes in favour": the
        # bar a count must clear is not the count.
        return False
    if _margin(a) != _margin(b):
        # "passed with nine votes to spare" / "96 votes in favour": how far a
        # count cleared a bar is not the count.
        return False
    if _remainder(a) != _remainder(b):
        # "The other ten people taken to hospital in Sweden": those left once
        # some were named, not a count another report gives of the group;
        # "three were hurt in the collision itself", not the twelve hurt in all.
        return False
    if _scales_apart(qa, qb) and not (pa and pa == pb) and not (qa.subject and qa.subject == qb.subject):
        # "it stood at 2,333.3 trillion won" (the market's value) and "making
        # it 4.1 trillion won" (one order): a misprint changes digits, or once
        # a scale word; figures hundreds of times apart, told with other verbs
        # of other subjects, are two things that share a unit.
        return False
    if a.frame.aggregation == b.frame.aggregation == "part" and (
            pa != pb and not _groups(pa) & _groups(pb) or not pa or pa in _LIGHT_VERBS):
        # "photographs shown to 14 of the survivors", "five of the survivors are
        # children": two subsets of one group, unless one verb (or two of one
        # kind: "holders of 64.1 per cent of the bonds had tendered" / "had
        # accepted") picks both.
        return False
    # Subjects are compared only when both are names: a description ("the
    # Danish company") may well be the named party of the other report.
    # A speaker is a name too: "Nusa Air said it had cancelled 118 flights";
    # not an unnamed one ("the Company expects", in the company's own release).
    # A body's bare noun ("the Commission has approved", which the tagger
    # takes for a name) is a description too: the commission the other names.
    names_a, names_b = _names(a) | _named_source(a), _names(b) | _named_source(b)
    if qa.subject in names_a and qb.subject in names_b and not _shares_speaker(qa.subject, qb.subject) \
            and qa.subject not in ORG_WORDS and qb.subject not in ORG_WORDS:
        return False
    if _named_apart(a, b) or _one_and_many(qa.subject, qb.subject):
        return False
    if _one_member(a) != _one_member(b) and qa.subject != qb.subject:
        # "The meatpacking plant ... sent its 420 workers home ..., one of six
        # plants around the country to do so" / "About 1,700 workers sent
        # home": one member's count and the count of all.
        return False
    if _act_noun(qa.subject) and _act_noun(qb.subject) and qa.subject != qb.subject:
        # "admission required 52 votes" / "Removal requires 87 votes": what
        # two acts of one procedure each need.
        return False
    if pa == pb and pa in _FETCHING_VERBS and qa.counted.startswith("per ") and qb.counted.startswith("per ") \
            and _priced_apart(qa.subject, qb.subject):
        # "Olives themselves were fetching about 1.9 dinars a kilo" / "extra
        # virgin oil fetched an average of 10.5 dinars a kilo": two goods' prices.
        return False
    if qa.subject and qb.subject and (_counted_subject(a) or _counted_subject(b)) \
            and not set(qa.subject.split()) & set(qb.subject.split()):
        # "Rotterdam ... handled 13.4 million TEU" / "two terminals that
        # handled 6.8 million TEU between them": a group the sentence counts
        # is not the named place or body.
        return False
    # "he managed nine carries" against "Charles had 22 carries": whoever
    # "he" is, the parse cannot tell; one person's figure is not compared
    # with another's on a guess.
    persons_a = {e.split(":", 1)[1] for e in a.entities if e.startswith("PERSON:")}
    persons_b = {e.split(":", 1)[1] for e in b.entities if e.startswith("PERSON:")}
    if qa.subject in _PERSONAL and persons_b and qb.subject in persons_b or \
            qb.subject in _PERSONAL and persons_a and qa.subject in persons_a:
        return False
    # Two sources' own estimates (police and organisers) are two facts, and a
    # report giving both discloses a disagreement rather than making an error;
    # the same source's figure reported differently is a conflict. Unnamed
    # sources ("officials") may be either, so they do not keep figures apart.
    src_a, src_b = source_of(a), source_of(b)
    # ... but two figures each given as an estimate ("a study ... estimates
    # $4.6 billion", "an economist estimated about $2.9 billion") are two
    # estimates, whoever made them.
    unnamed = "role" in {speaker_kind(src_a), speaker_kind(src_b)} and not (_estimated(a) and _estimated(b))
    if src_a and src_b and not _shares_speaker(src_a, src_b) and not unnamed \
            and not _speaks_for(a, src_b) and not _speaks_for(b, src_a) \
            and (a.report == b.report or _estimate(a) or _estimate(b)):
        return False
    return True


def _act_and_its_sum(a: Claim, b: Claim) -> bool:
    """"The fine amounts to $ 38,420,000" / "fined CYSA 34.8 million pesos":
    a sum the act's own noun comes to is what the act's verb gives."""
    qa, qb = a.quantity, b.quantity
    # The figures' own verbs only: "at an average purchase price of USD 4,640"
    # in the sentence of "The value of these purchases amounted to" is no value.
    return qa is not None and qb is not None and qa.predicate in _COMING_TO and bool(qa.subject) \
        and qa.subject.split()[-1] == qb.predicate


def _imposed_act(imposed: Claim, act: Claim) -> bool:
    """"imposed an administrative fine of PLN 4.6 million on Sudety Mining" /
    "fined Sudety Mining 6.4 million zloty": a verb of imposing whose figure
    is the sum of the other verb's act, by its noun."""
    qi, qa = imposed.quantity, act.quantity
    verb = (qa.predicate if qa else "") or act.predicate
    if qi is None or (qi.predicate or imposed.predicate) not in _IMPOSING_VERBS or not verb:
        return False
    around = _around_figure(imposed)
    m = re.search(r"\b([a-z]+)\s+of\s+(?:[a-z]{2,3}\s+)?$", around[0]) if around is not None else None
    return m is not None and (m.group(1) == verb or _noun_of_act(verb, m.group(1)))


#: Verbs that set a sum an act is of: "imposed a fine of", "levied a penalty of".
_IMPOSING_VERBS = frozenset({"impose", "levy", "issue", "hand", "order", "announce"})


#: Verbs by which a named sum comes to its amount.
_COMING_TO = frozenset({"amount", "total", "come", "stand", "reach"})


def _one_named_amount(a: Claim, b: Claim) -> bool:
    """Two amounts whose own words name the one thing they measure, as well
    defined as a count of a named thing, whatever verbs the sentences use:

    * a sum "of" the stock of money it measures, the same noun with the same
      modifiers, words for money owed read as one ("there is also unpaid
      interest of 1.27 billion US dollars" / "past-due interest of US$1.72
      billion"; "the remaining past-due interest" is another stock);
    * the largest part of one whole ("The biggest chunk, €308 million of
      that" / "The largest share of the fine, €380 million");
    * one stock's close over one session ("Corrib's shares closed down 12.4%"
      / "They closed down 14.2% at €9.06").
    """
    key = _amount_key(a)
    if key is None or key != _amount_key(b):
        return False
    if key == _LARGEST_PART:
        return _one_whole(a, b)
    return not key[0].startswith("close ") or _one_stock(a, b)


def _amount_key(claim: Claim) -> tuple[str, frozenset[str]] | None:
    """What an amount's own words say it measures (see :func:`_one_named_amount`), or None."""
    return _measured_noun(claim) or _largest_part_of(claim) or _close_move(claim) or _tax_claimed(claim) \
        or _confiscated_from(claim) or _named_change(claim) or _distance_offshore(claim)


def _distance_offshore(claim: Claim) -> tuple[str, frozenset[str]] | None:
    """How far out to sea a spot lies: "lay 4.7km off the island's shore",
    "found the fault ..., 7.4km from its shore", whatever verb the parser
    hangs the figure on."""
    q = claim.quantity
    around = _around_figure(claim)
    if q is None or around is None or q.unit not in _LENGTH_UNITS or not _OFFSHORE.match(around[1]):
        return None
    return "distance off", frozenset({"shore"})


_LENGTH_UNITS = frozenset({"km", "m", "mi", "nmi"})
#: "off the island's shore", "from its shore", "out from the Vallasay coast".
_OFFSHORE = re.compile(r"\s+(?:out\s+)?(?:off|from)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+)?"
                       r"(?:shore|coast|coastline)\b")


def _named_change(claim: Claim) -> tuple[str, frozenset[str]] | None:
    """A percentage change named with the thing it changes: "an average
    increase of 9.86 per cent in electricity tariffs", "a 9.68% average
    increase in electricity tariffs" are the one rise, whatever verb gives it
    and whatever other rises the sentence lists beside it."""
    q = claim.quantity
    around = _around_figure(claim)
    if q is None or q.unit != "%" or around is None:
        return None
    before, after = around
    if (m := _CHANGE_OF.search(before)) and (thing := _CHANGED_THING.match(after)):
        average, change = m.group(1), m.group(2)
    elif _A_BEFORE.search(before) and (thing := _CHANGE_IN.match(after)):
        average, change = thing.group(1), thing.group(2)
    else:
        return None
    words = thing.group("thing").split()
    if any(w in MONTHS or w in _DATE_NOUNS for w in words):
        return None  # "an increase of 4.7% in September" names when, not what
    kind = "fall" if change in _FALLS else "rise"
    return f"{'average ' if average else ''}{kind} in", frozenset(words)


_RISES = ("increase", "increases", "rise", "rises", "hike", "hikes", "jump", "jumps")
_FALLS = ("cut", "cuts", "reduction", "reductions", "fall", "falls", "decline", "declines", "drop", "drops")
_CHANGE_WORDS = "|".join(_RISES + _FALLS)
#: "an average increase of" right before a percentage.
_CHANGE_OF = re.compile(rf"\b(average\s+)?({_CHANGE_WORDS})\s+of\s+"
                        r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$")
_A_BEFORE = re.compile(r"\b(?:a|an|the)\s+$")
#: What a change is in, up to the next clause or list item.
_THING = (r"(?P<thing>(?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*)"
          r"(?=\s+(?:and|for|from|to|with|effective|on|at|by|in|over|since)\b|\s*[,.;:)]|$)")
_CHANGED_THING = re.compile(rf"\s+in\s+(?!the\b){_THING}")
_CHANGE_IN = re.compile(rf"\s+(average\s+)?({_CHANGE_WORDS})\s+in\s+(?!the\b){_THING}")
#: Nouns of time an "in" phrase may date a change by.
_DATE_NOUNS = frozenset({"year", "years", "quarter", "quarters", "month", "months", "week", "weeks", "day", "days"})


def _confiscated_from(claim: Claim) -> tuple[str, frozenset[str]] | None:
    """A sum a court takes from one named party, told by the verb or by its
    noun: "ordered €16.3 million to be confiscated from Obenauer" / "ordered
    the confiscation of €13.6 million from Obenauer"."""
    q = claim.quantity
    around = _around_figure(claim)
    if q is None or around is None or q.unit not in MONEY_UNITS or q.counted:
        return None
    # The clause may stop at the figure ("The judges ordered €16.3 million ."):
    # the infinitive after it is read from the whole sentence.
    m = _TAKEN_FROM_AFTER.match(around[1]) or _TAKEN_FROM_AFTER.match(_key_after_figure(claim))
    if m is None and _TAKING_OF.search(around[0]):
        m = _FROM_AFTER.match(around[1])
    return ("confiscated from", frozenset({m.group(1)})) if m else None


def _key_after_figure(claim: Claim) -> str:
    """The words of a claim's sentence key after its figure's first mention, or ""."""
    q = claim.quantity
    figure = " ".join(_KEY_WORDS.findall(q.surface.lower())) if q is not None else ""
    at = claim.sentence_key.find(figure) if figure else -1
    return " " + claim.sentence_key[at + len(figure):].strip() if at >= 0 else ""


_TAKING_OF = re.compile(r"\b(?:confiscation|forfeiture|seizure)\s+of\s*$")
_TAKEN_FROM_AFTER = re.compile(r"^\s+(?:to\s+be\s+|be\s+|was\s+|were\s+)?(?:confiscated|forfeited|seized)\s+from\s+"
                               r"([a-z][\w'’-]+)")
_FROM_AFTER = re.compile(r"^\s+from\s+([a-z][\w'’-]+)")


def _tax_claimed(claim: Claim) -> tuple[str, frozenset[str]] | None:
    """A sum of taxes a body claims, told as what is owed or as the claim:
    "owes 354 billion CFA francs in unpaid taxes, royalties and penalties" /
    "notified SOMIDIA of a claim of 345 billion CFA francs in respect of taxes"."""
    q = claim.quantity
    around = _around_figure(claim)
    if q is None or around is None or q.unit not in MONEY_UNITS or q.counted:
        return None
    subject = set(q.subject.split())
    if {"tax", "claim"} <= subject:
        # "The tax claim against Northmere's Malian subsidiary ... stands at 345 billion CFA francs".
        return "tax claimed", frozenset()
    claimed = (q.predicate or claim.predicate) == "owe" or _CLAIM_OF.search(around[0])
    if not claimed or not _TAXES_AFTER.match(around[1]):
        return None
    return "tax claimed", frozenset()


_CLAIM_OF = re.compile(r"\b(?:claim|demand|bill|assessment)\s+(?:of|for)\s*$")
#: Taxes named right after the sum ("in unpaid taxes", "in respect of taxes", "(about $575 million) in back taxes").
_TAXES_AFTER = re.compile(r"^(?:[^,;.]*?\))?\s*(?:in|for|of)\s+(?:respect\s+of\s+)?(?:[a-z-]+\s+){0,2}?"
                          r"(?:tax|taxes|royalties)\b")


def _one_stock(a: Claim, b: Claim) -> bool:
    """Whether two closes are of one stock, as far as their subjects say."""
    # Whose shares, where both subjects say ("Corrib's shares"); "the shares" says no one's.
    words = [{w.removesuffix("'s").removesuffix("’s") for w in c.quantity.subject.split()}
             if c.quantity is not None else set() for c in (a, b)]
    wa, wb = (w - MARKET_NOUNS for w in words)
    # What closed: a company's shares are not the index ("The benchmark AEX index ended 0.4% lower").
    ia, ib = ({_INSTRUMENT.get(w, w) for w in w & MARKET_NOUNS} for w in words)
    return (not (wa and wb) or bool(wa & wb)) and (not (ia and ib) or bool(ia & ib))


def _close_move(claim: Claim) -> tuple[str, frozenset[str]] | None:
    q = claim.quantity
    around = _around_figure(claim)
    if q is None or around is None or q.unit != "%":
        return None
    # The direction before the figure, or after it: "the shares closed 13.1 percent lower on Friday".
    move = _CLOSE_MOVE.search(around[0]) \
        or (_CLOSE_DIRECTION_AFTER.match(around[1]) if _CLOSED_BEFORE.search(around[0]) else None)
    if move is None or q.subject and not set(q.subject.split()) & MARKET_NOUNS:
        return None
    return "close " + _DIRECTION[move.group(1)], frozenset()


_CLOSE_MOVE = re.compile(r"\b(?:closed|ended|finished)\s+(?:the\s+(?:day|session)\s+)?(down|up|lower|higher)\s*(?:by\s+)?$")
#: Market nouns that name one instrument: a company's shares and its stock.
_INSTRUMENT = {"share": "shares", "stock": "shares", "stocks": "shares", "index": "index"}
_CLOSED_BEFORE = re.compile(r"\b(?:closed|ended|finished)\s*$")
_CLOSE_DIRECTION_AFTER = re.compile(r"^\s*(lower|higher|down|up)\b")
_DIRECTION = {"down": "down", "lower": "down", "up": "up", "higher": "up"}


def _one_whole(a: Claim, b: Claim) -> bool:
    """Two largest parts are of one whole unless both name their wholes and the wholes differ."""
    wholes = [whole.group(1) if (whole := _WHOLE_OF.search((c.context or "").lower())) else "" for c in (a, b)]
    return not all(wholes) or wholes[0] == wholes[1]


def _largest_part_of(claim: Claim) -> tuple[str, frozenset[str]] | None:
    q = claim.quantity
    words = q.subject.split() if q is not None else []
    if q is None or q.unit not in MONEY_UNITS or len(words) != 2 or words[0] not in _LARGEST or words[1] not in _PART_NOUNS:
        return None
    return _LARGEST_PART


_LARGEST = frozenset("largest biggest greatest".split())
_LARGEST_PART = ("largest part", frozenset[str]())
_PART_NOUNS = frozenset("share chunk part portion slice".split())
_WHOLE_OF = re.compile(r"\b(?:share|chunk|part|portion|slice) of (?:the|its|their) ([a-z]+)")


def _measured_noun(claim: Claim) -> tuple[str, frozenset[str]] | None:
    """The noun a sum measures through "of", and the words that narrow it."""
    q = claim.quantity
    around = _around_figure(claim)
    if q is None or around is None or q.unit not in MONEY_UNITS or q.counted:
        return None
    found = _MEASURED_OF.search(around[0])
    done = None
    if not found and (found := _MEASURED_AFTER.match(around[1])):
        # "€780 million of deposits were withdrawn": what was done to part of
        # the stock, not the stock ("€9.8 billion of deposits").
        done = _DONE_TO_IT.match(around[1], found.end())
    if not found:
        return None
    noun = found.group(2)
    noun = noun[:-2] if noun.endswith("ses") else noun.rstrip("s") if noun != "arrears" else noun
    narrowing = found.group(1).split()
    # "faces a shortfall of": what comes before the article is the clause's verb.
    cut = max((k + 1 for k, w in enumerate(narrowing) if w in ("a", "an", "the")), default=0)
    words = frozenset("owed" if w in _OWED else w for w in narrowing[cut:]) - _NOT_NARROWING
    return noun, words | ({done.group(1)} if done else set())


#: Stocks and flows of money, named without an article ("unpaid interest of
#: $1.27 billion", "pre-tax profit of €212 million").
_MEASURED_NOUNS = ("interest", "principal", "debt", "debts", "arrears", "revenue", "revenues", "profit", "profits",
                   "loss", "losses", "turnover", "earnings", "income", "sales", "deposits",
                   "shortfall", "shortfalls", "deficit", "deficits", "gap")
#: ... or "all deposits, totalling €9.8 billion"; "inherited €8.9bn of deposits".
_MEASURED_OF = re.compile(
    rf"(?:^|[\s,(])((?:[a-z-]+\s+){{0,2}}?)({'|'.join(_MEASURED_NOUNS)})"
    rf"(?:\s+of|,?\s+(?:totalling|totaling|amounting\s+to|worth))\s*$")
_DONE_TO_IT = re.compile(r",?\s+(?:were|was|had been|have been|has been|are|is)\s+([a-z]+)")
_MEASURED_AFTER = re.compile(rf"\s+(?:of|in)\s+((?:[a-z-]+\s+){{0,2}}?)({'|'.join(_MEASURED_NOUNS)})\b")
#: Words for money due and not paid: one stock, however a report calls it.
_OWED = frozenset("unpaid past-due overdue outstanding accrued accumulated".split())
#: Words before such a noun that do not narrow it ("a funding shortfall" is
#: the shortfall a body names).
_NOT_NARROWING = frozenset("a an the its their this that and also of in with total all funding".split())


def _one_member(claim: Claim) -> bool:
    """Whether a count's sentence says its subject is one of several ("one of
    six plants around the country to do so")."""
    q = claim.quantity
    return q is not None and bool(q.subject) and _ONE_OF_SEVERAL.search(claim.sentence_key) is not None


_ONE_OF_SEVERAL = re.compile(r"\bone of (?:the )?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                             r"|\d+|several|many|dozens of) [a-z]+s\b(?! of\b)")


def _one_and_many(a: str, b: str) -> bool:
    """"The meatpacking plant ... sent its 420 workers home" / "Six meatpacking
    plants ... sent about 1,700 workers home": one of a kind and several of it
    are two subjects, whose counts are a part and a whole."""
    if not a or not b or a == b:
        return False
    one, many = (a, b) if len(a) < len(b) else (b, a)
    return many in (f"{one}s", f"{one}es")


def _named_apart(a: Claim, b: Claim) -> bool:
    """"Madrid Metro evacuated about 38,000 passengers" / "The Lisbon Metro has
    evacuated about 4,200": subjects named alike but for their first word, a
    name on both sides, are two bodies (the tagger may know neither as one)."""
    qa, qb = a.quantity, b.quantity
    if qa is None or qb is None:
        return False
    wa, wb = qa.subject.split(), qb.subject.split()
    if len(wa) != 2 or len(wb) != 2 or wa[1] != wb[1] or wa[0] == wb[0]:
        return False
    return all(re.search(rf"\b{re.escape(w[0]).capitalize()} {re.escape(w[1]).capitalize()}\b", c.context or "")
               for w, c in ((wa, a), (wb, b)))


#: Verbs that move a load: "brought 24,500 tonnes of rice into Manila", "42,500 MT of rice arrived".
_CARGO_VERBS = frozenset({"bring", "arrive", "deliver", "unload", "ship", "carry", "land", "import", "discharge"})


def _one_cargo(a: Quantity, b: Quantity, pa: str, pb: str) -> bool:
    """A weighed or measured load of one stuff, told by two verbs of moving it:
    a ship's cargo, not people brought ashore."""
    return a.unit == b.unit and a.unit in _STUFF_UNITS and bool(a.counted) and a.counted == b.counted \
        and pa in _CARGO_VERBS and pb in _CARGO_VERBS


def _one_price(a: Quantity, b: Quantity, pa: str, pb: str) -> bool:
    """"Farmers will receive GH₵3,480 for every bag" / "the government will pay
    cocoa farmers GH₵3,840 per bag": a price per unit is what one side pays
    and the other gets, one fact told from either side."""
    return a.counted == b.counted and a.counted.startswith("per ") and {pa, pb} <= _PRICE_VERBS


_PRICE_VERBS = frozenset({"pay", "receive", "get", "earn", "fetch", "be", "cost", "sell", "buy"})


def _one_priced_item(a: Claim, b: Claim) -> bool:
    """Two sums of money for one sized item both sentences name ("A 5-kilogram
    bag averaged 4,682 yen" / "A 5-kilogram bag sold for an average of 4,862
    yen"): its price, whichever verb tells it."""
    if a.quantity is None or b.quantity is None or a.quantity.unit not in MONEY_UNITS \
            or a.quantity.unit != b.quantity.unit:
        return False
    ia, ib = _PRICED_ITEM.findall(a.sentence_key), _PRICED_ITEM.findall(b.sentence_key)
    return len(set(ia)) == 1 and set(ia) == set(ib)


#: A sized item a price is given for, as a sentence key spells it: "5 kilogram bag".
_PRICED_ITEM = re.compile(r"\b(\d+(?: \d+)?) (kilogram|kg|kilo|litre|liter|pound|lb|gram|ounce|oz|gallon) "
                          r"(bag|bottle|sack|pack|packet|can|box|loaf|carton|tin|jar|tank)\b")


def _scales_apart(a: Quantity, b: Quantity) -> bool:
    """Whether two figures are at least a hundred times apart."""
    (unit_a, lo_a, hi_a), (unit_b, lo_b, hi_b) = canonical(a), canonical(b)
    if unit_a != unit_b or min(lo_a, lo_b) <= 0:
        return False
    return max(lo_a, lo_b) >= _SCALE_APART * min(hi_a, hi_b)


_SCALE_APART = 100


def _guessed(attribution: Attribution) -> bool:
    """Whether a speaker is a company the sentence only describes ("The
    Leiden-based company reported the cartel"), tied by the report's context
    to a name the description does not contain, which may be the wrong one."""
    words = re.findall(r"\w+", attribution.speaker_surface.lower())
    if not words or words[-1] not in _COMPANY_NOUNS or not attribution.speaker:
        return False
    return normalise_speaker(attribution.speaker_surface) != attribution.speaker \
        and not set(words) & set(attribution.speaker.split())


_COMPANY_NOUNS = frozenset({"company", "firm", "group", "maker", "drugmaker", "carmaker", "manufacturer", "lender",
                            "carrier", "operator", "producer", "insurer"})


def _named_source(claim: Claim) -> set[str]:
    source = source_of(claim)
    return {source} if source and speaker_kind(source) != "role" else set()


def _workforce(claim: Claim) -> str | None:
    """The employer of a figure that gives a whole workforce ("The county
    employs 4,370 people" -> "county"; "roughly 3,600 of the County's 4,730
    employees" -> "county"; "its 612 employees" -> "its"), or None."""
    q = claim.quantity
    if q is None or q.counted != "workers" or q.unit or claim.frame.aggregation in ("part", "incremental"):
        return None
    if (q.predicate or claim.predicate) == "employ" and q.subject and q.subject not in _PRONOUNS:
        return q.subject.split()[-1]
    around = _around_figure(claim)
    if around is None or not _STAFF_AFTER.match(around[1]):
        return None
    m = _EMPLOYER_BEFORE.search(around[0])
    return (m.group(1) or "its") if m else None


_STAFF_AFTER = re.compile(r"\s+(?:employees|workers|staff|people on (?:its|the) payroll)\b")
_EMPLOYER_BEFORE = re.compile(r"(?:\b([a-z]+)['’]s|\b(?:its|their))\s+(?:total\s+)?$")


def _one_workforce(a: Claim, b: Claim) -> bool:
    """"The county employs 4,370 people" / "of the County's 4,730 employees":
    one employer's whole staff, told by its verb or by the group a part is
    taken from."""
    wa, wb = _workforce(a), _workforce(b)
    return wa is not None and wb is not None and (wa == wb or "its" in (wa, wb))


def _crew_size(claim: Claim) -> bool:
    """A figure that gives the size of a ship's or plane's crew: "a crew of 28",
    "its 23 crew members", "all 25 crew", "the 14 crew members" (never what some
    of them did: "two crew members were injured" has its own verb)."""
    q = claim.quantity
    if q is None or q.counted != "crew" or q.unit or claim.frame.aggregation in ("part", "incremental"):
        return False
    around = _around_figure(claim)
    if around is None:
        return False
    before, after = around
    if not (after.lstrip().startswith("crew") or before.rstrip().endswith("crew of")):
        return False  # "the 16 Filipino crew members": a part of the crew, by nationality
    if _WHOLE_CREW_BEFORE.search(before):
        return True  # the phrase itself gives the size, whatever the verb says of the crew
    verb = q.predicate or claim.predicate
    return (not verb or verb in _LIGHT_VERBS or verb in _GROUP_SIZE_VERBS) and bool(_CREW_BEFORE.search(before))


def _counts_the_act(a: Claim, b: Claim) -> bool:
    """Two counts of how often one act happened: "had discharged untreated
    sewage 1,816 times" counts discharges, as "found 1,186 discharges" does,
    whatever verb the parser gives the second."""
    qa, qb = a.quantity, b.quantity
    if qa is None or qb is None or not qa.counted or qa.counted != qb.counted:
        return False
    return qa.counted in (qa.predicate or a.predicate, qb.predicate or b.predicate)


def size_modifier(claim: Claim) -> bool:
    """A figure joined to its noun as a modifier ("the 2,400-seat stand", "a
    300-bed hospital") gives the size of a thing, whatever the verb of the
    sentence says happened to it ("was put up", "collapsed")."""
    return bool(_sized_words(claim))


def _sized_words(claim: Claim) -> frozenset[str]:
    """The words after a size modifier ("temporary", "stand" in "the 2,400-seat
    temporary stand"), or none when the figure is not one."""
    q = claim.quantity
    around = _around_figure(claim)
    if q is not None and around is not None and not q.counted and q.unit in MONEY_UNITS:
        # "The province's Rs5.2 billion relief package is paying for 212
        # camps" / "The Rs2.5bn relief package announced on Monday": the
        # value of one thing, whatever is done with it.
        # "The special fund of 5.2 billion dirhams", "a fund endowed with
        # 2.5 billion dirhams": the same, the thing named first.
        if of := _PRICED_OF.search(around[0]):
            return frozenset(of.group(2).split()) | {of.group(3)}
        words = _KEY_WORDS_AFTER.match(around[1])
        named = words.group(1).split() if words else []
        at = next((i for i, w in enumerate(named) if w in _PRICED_NOUNS), None)
        if at is None or not _SIZE_DETERMINER.search(around[0]):
            return frozenset()
        return frozenset(named[: at + 1])
    if q is None or not q.counted or q.unit or around is None:
        return frozenset()
    before, after = around
    word = _HYPHEN_NOUN.match(after)
    if not (word and word.group(1)[:4] == q.counted.lower()[:4] and _SIZE_DETERMINER.search(before)):
        return frozenset()
    return frozenset(re.findall(r"[a-z]{3,}", word.group(2))) - _FUNCTION_WORDS


#: Things a sum of money is the value of ("a $2bn deal", "the R$11.8bn settlement").
_PRICED_NOUNS = PRICED_NOUNS
_KEY_WORDS_AFTER = re.compile(r"^((?:\s+[a-z]+){1,3})")
_PRICED_OF = re.compile(
    r"(?:^|\b(a|an|the|its|their|this|that)|['’]s)\s+((?:[a-z-]+\s+){0,3}?)"
    rf"({'|'.join(sorted(_PRICED_NOUNS))})\s+(?:of|worth|endowed with|totall?ing|valued at)\s*$")
_FUNCTION_WORDS = frozenset("the and that which who had has have been was were are its their for with from".split())


def _equipped(claim: Claim) -> str:
    """The noun a "with N ..." phrase gives the size of ("turboprops with 70
    seats" -> "turboprops"), or ""."""
    around = _around_figure(claim)
    m = _WITH_FIGURE.search(around[0]) if around is not None else None
    return m.group(1) if m else ""


_WITH_FIGURE = re.compile(r"\b([a-z]{3,})\s+with\s+(?:about\s+|some\s+|around\s+)?$")


def _fitted_owner(claim: Claim) -> str:
    """The noun a count of fittings belongs to ("icu" in "the general ICU,
    with 14 beds", "hospital" in "the hospital, which has 780 beds", "nuovo"
    in "Ospedale Sant'Ambrogio Nuovo (780 beds)"), or ""."""
    q = claim.quantity
    if q is None or q.counted not in _FITTINGS:
        return ""
    around = _around_figure(claim)
    m = _FITTED.search(around[0]) if around is not None else None
    return m.group(1) if m else ""


#: What a building, vessel or ward is fitted with, counted as its size.
_FITTINGS = frozenset({"bed", "seat", "room", "berth", "cabin", "bay", "gate", "platform", "runway", "lane", "ward"})
_FITTED = re.compile(r"\b([a-z][\w'’-]*)(?:,\s*(?:which|that)\s+(?:has|had|have)|,?\s+with|\s*\(|\s+(?:has|had|have))"
                     r"\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|more than\s+)?$")


def _same_sized_thing(a: Claim, b: Claim) -> bool:
    """"The 3,600-seat temporary grandstand" / "the 6,300-seat grandstand": one
    thing's size, by the noun both sizes modify, unless two named parties each
    made one ("the ministry formed a seven-member committee", "the fire
    service said it had formed a five-member committee")."""
    qa, qb = a.quantity, b.quantity
    assert qa is not None and qb is not None
    if qa.subject and qb.subject and not same_speaker(qa.subject, qb.subject):
        return False
    # "a seven-member committee" and "a five-member committee" bring in two new
    # things; "the 2,400-seat stand" is one the story already knows.
    if not (_definite_size(a) or _definite_size(b)):
        return False
    return bool(_sized_words(a) & _sized_words(b))


def one_size(a: Claim, b: Claim) -> bool:
    """Two sizes given of one thing the story knows ("the 2,400-seat stand",
    "the 4,200-seat stand"): no day changes them, so no later report updates them."""
    # A sum is not such a size: a fund of $5 million may be topped up to $7 million.
    return size_modifier(a) and size_modifier(b) and (_definite_size(a) or _definite_size(b)) \
        and not (a.quantity is not None and a.quantity.unit)


def _aboard(claim: Claim) -> bool:
    """A count of those a vessel carries: "84 people were on board", "the
    boat was carrying 48 people", "with 473 passengers aboard"."""
    q = claim.quantity
    around = _around_figure(claim)
    if q is None or around is None or q.unit or q.whole or claim.frame.aggregation in ("part", "incremental"):
        return False  # "one of 287 passengers aboard": a whole some part is picked from
    if _NARROWED.match(around[1]):
        return False  # "287 passengers aboard the Azurine Celeste who had reported symptoms"
    verb = q.predicate or claim.predicate
    if verb in ("be", "") and _BOARD_OPENS.search(around[0]):
        return True  # "On board were 134 passengers and 64 crew"
    if verb == "carry" and (q.subject in _VESSELS or _IT_CARRIED.search(around[0]) or _ordinal_item(claim)
                            or _VESSEL_NAMED.search(around[0])):
        # "On the night of the accident it was carrying 117 passengers"; "The
        # Sea Amira, a 34-metre vessel ..., was carrying 27 passengers".
        return True
    if (_WITH_BEFORE.search(around[0]) or _WITH_LISTED_BEFORE.search(around[0])) and _ON_BOARD_LISTED.match(around[1]):
        # "was bound upstream for Vienna with 171 passengers and 49 crew on
        # board": what the "with" phrase says is aboard, whatever the verb.
        return True
    return verb in ("be", "have", "") and bool(_ON_BOARD.match(around[1]))


def _level_changed(claim: Claim) -> bool:
    """Whether a figure is a level a change started from or came to: "had
    fallen by about 162,000 b/d from some 468,000 b/d", "rose to 9.1% from 8.4%"."""
    around = _around_figure(claim)
    return around is not None and (_FROM_LEVEL.search(around[0]) is not None or _TO_LEVEL.search(around[0]) is not None)


def _changed_by(claim: Claim) -> bool:
    """Whether a figure is the size of a change: "had cut national oil
    production by about 162,000 barrels a day"."""
    around = _around_figure(claim)
    return around is not None and _BY_CHANGE.search(around[0]) is not None


_CHANGE_VERB = (r"\b(?:fell|fallen|falls?|rose|risen|rises?|cut|cuts|dropped|drops?|increased|decreased|reduced|lowered|raised|"
                r"declined|grew|grown|climbed|slumped|jumped|plunged|surged)\b[^.;]{0,60}?")
_HEDGE_BEFORE = r"(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$"
#: A change's verb, then "from" right before the figure.
_FROM_LEVEL = re.compile(_CHANGE_VERB + r"\bfrom\s+" + _HEDGE_BEFORE)
#: A change's verb, then "to" right before the figure.
_TO_LEVEL = re.compile(_CHANGE_VERB + r"\bto\s+" + _HEDGE_BEFORE)
#: A change's verb, then "by" right before the figure.
_BY_CHANGE = re.compile(_CHANGE_VERB + r"\bby\s+" + _HEDGE_BEFORE)


def _one_party_of_many(one: Claim, other: Claim) -> bool:
    """Whether ``one``'s sentence sets its party's count against all others'
    ("more than any other airline") and ``other``'s sentence does not name
    that party: a share of the whole, not the whole."""
    if " than any other " not in one.sentence_key or one.quantity is None:
        return False
    party = one.quantity.subject or source_of(one)
    return bool(party) and party not in other.sentence_key


def _moved_off(load: Claim, moved: Claim) -> bool:
    """Whether ``moved`` counts people taken off the vessel whose load
    ``load`` gives ("61 passengers have crossed to the Nordica Dawn" / "134
    passengers ... were on board"): a part of the load until the figure is
    told as all of them ("all 134 passengers were evacuated")."""
    around = _around_figure(moved)
    return _taken_off(moved) and _aboard(load) and around is not None and not _WHOLE_BEFORE.search(around[0])


def _taken_off(claim: Claim) -> bool:
    """"have crossed to the Nordica Dawn", "had been taken off the ship",
    "were taken ashore": a verb of moving people off a vessel."""
    verb = _verb_of(claim)
    return verb in _MOVED_OFF or verb == "take" and _TAKEN_OFF.search(claim.context or "") is not None


_TAKEN_OFF = re.compile(r"\b(?:taken|took|takes|taking)\s+(?:off|ashore|from)\b", re.IGNORECASE)


def _all_moved_off(load: Claim, moved: Claim) -> bool:
    """"All 143 passengers were evacuated to the sister ship" / "On board were
    134 passengers": everyone taken off is the load, whatever the verbs."""
    around = _around_figure(moved)
    return _taken_off(moved) and _aboard(load) and around is not None and _ALL_BEFORE.search(around[0]) is not None


#: Verbs of taking people off a vessel, a few at a time.
_MOVED_OFF = frozenset("cross move transfer evacuate ferry airlift shuttle disembark winch rescue".split())
#: "all 134 passengers", "the 134 passengers": the figure told as the whole group.
_WHOLE_BEFORE = re.compile(r"\b(?:all|the|its|her|every\s+one\s+of\s+the)\s*$")
_ALL_BEFORE = re.compile(r"\b(?:all|all\s+the|every\s+one\s+of\s+the)\s*$")
#: What carries people on a journey.
_VESSELS = frozenset("boat ship ferry vessel plane aircraft airliner jet bus coach train flight".split())
_NARROWED = re.compile(r"^(?:\s+[\w'’-]+){0,6}?\s+(?:who|that|which)\b")
_IT_CARRIED = re.compile(r"\b(?:it|she)\s+(?:was|is|had been|has been)\s+carrying\s*$")
_WITH_BEFORE = re.compile(r"\bwith\s*$")
#: "with 27 guests and 31 crew on board": the second of a "with" phrase's listed load.
_WITH_LISTED_BEFORE = re.compile(r"\bwith\s+[\d,]+\s+[a-z-]+(?:\s+members)?\s+(?:and|plus)\s*$")
#: A vessel the carrying subject is called: "The Sea Amira, a 34-metre vessel , was carrying".
_VESSEL_NAMED = re.compile(rf"\b(?:{'|'.join(sorted(_VESSELS))})\b[^.;]*\b(?:was|is|had been|has been)\s+carrying\s*"
                           r"(?:[\d,]+\s+[a-z-]+(?:\s+members)?\s+(?:and|plus)\s*)?$")
_BOARD_OPENS = re.compile(r"\b(?:on\s+board|aboard)\s+(?:were|was)\s*$")
#: "passengers and four crew members aboard": what follows a figure of a listed load.
_LOAD_LISTED = r"\s+[a-z-]+(?:\s+(?:and|plus)\s+(?:[\d,]+|[a-z-]+)\s+[a-z-]+(?:\s+members)?)?"
_ON_BOARD_LISTED = re.compile(rf"^{_LOAD_LISTED}\s+(?:on board|aboard|onboard)\b")
_ON_BOARD = re.compile(rf"^(?:(?:\s+[\w'’-]+){{0,2}}?|{_LOAD_LISTED})\s+(?:(?:were|was|are|is)\s+)?(?:on board|aboard|onboard)\b")


def _one_persons_age(a: Claim, b: Claim) -> bool:
    """"Rhys Galloway, 64, a carpenter" / "Rhys Galloway, 46, was killed": one
    named person's age, however different the sentences."""
    qa, qb = a.quantity, b.quantity
    return qa is not None and qb is not None and qa.counted == qb.counted == AGE \
        and bool(qa.subject) and same_speaker(qa.subject, qb.subject)


def _definite_size(claim: Claim) -> bool:
    around = _around_figure(claim)
    if around is not None and (of := _PRICED_OF.search(around[0])):
        return of.group(1) in ("the", "its", "their") or of.group(0).startswith(("'", "’"))
    return around is not None and bool(re.search(r"(?:\b(?:the|its|their)|['’]s)\s*$", around[0]))


def _per_item(claim: Claim) -> bool:
    """Whether a sum is told per item of a group ("US$27,500 a day for each
    Panamax", "for a typical Panamax, US$27,500 a day", "$40 per ticket")."""
    around = _around_figure(claim)
    if around is None:
        return False
    return bool(_PER_ITEM_AFTER.match(around[1]) or _PER_ITEM_BEFORE.search(around[0]))


_PER_ITEM_AFTER = re.compile(r"^\s+(?:(?:a|per)\s+(?:day|week|month|year|night|hour)\s+)?"
                             r"(?:for\s+(?:each|every|a\s+single|a\s+typical|one|an\s+average|the\s+average)|per|each)\s+[a-z\d]")
_PER_ITEM_BEFORE = re.compile(r"\bfor\s+(?:each|every|a\s+single|a\s+typical)\s+[a-z-]+,?\s*(?:[a-z]+\s+){0,3}$")


def _part_named(claim: Claim) -> str:
    """Where or what a part of a whole is ("40 of them in Limerick" ->
    "in limerick"), when its clause names it right after "of them", else ""."""
    around = _around_figure(claim)
    m = _OF_THEM_IN.match(around[1]) if around is not None and claim.frame.aggregation == "part" else None
    return m.group(1).strip() if m else ""


_OF_THEM_IN = re.compile(r"^\s+of\s+(?:them|these|those|which|it)\s+((?:in|at|for|on|from|to)\s+[^,;.()]+)")


def _under_care(claim: Claim) -> bool:
    return bool(_INTENSIVE_CARE.search(claim.context or ""))


_INTENSIVE_CARE = re.compile(r"\b(?:intensive|critical)\s+care\b|\bICUs?\b")


def _illness(claim: Claim) -> str:
    """The illness a count of the sick is of ("hospitalised with flu" -> "flu"), else ""."""
    m = _WITH_ILLNESS.search(claim.context or "")
    return _ILLNESS_NAMES.get(m.group(1).lower(), m.group(1).lower()) if m else ""


_WITH_ILLNESS = re.compile(r"\b(?:people|patients|children|adults|hospitali[sz]ed|admitted|ill|sick|diagnosed|infected)"
                           r"\s+with\s+(flu|influenza|covid(?:-19)?|rsv|measles|cholera|dengue|malaria|mpox|norovirus"
                           r"|pneumonia|tuberculosis|ebola)\b", re.IGNORECASE)
_ILLNESS_NAMES = {"influenza": "flu", "covid-19": "covid"}


def _said_after_the_day_differs(a: Claim, b: Claim) -> bool:
    """"Maria Öhrström, who chairs the municipal executive board, said on
    Sunday that the roof "was not cleared in time"" / "... said on Thursday
    that a new rink would cost around SEK 120 million": what follows the day
    (or else comes before it) is what was said; a description of the speaker
    both sentences give is not."""
    if a.date is None or b.date is None:
        return False
    def said(c: Claim) -> set[str]:
        # What was said runs after "said on Sunday", or else before it ("...,
        # she said on Sunday"); the speaker's description stays out.
        assert c.date is not None
        own = set(normalise_speaker(c.attribution.speaker).split()) if c.attribution is not None else set()
        key, day = _unaccented(c.sentence_key), " ".join(_unaccented(c.date.surface).lower().split())
        at = key.find(day)
        parts = [key[at + len(day):], key[:at]] if at >= 0 else [key]
        for part in parts:
            words = {w for w in part.split() if len(w) > 3 and w not in own and w not in _SAYING_WORDS}
            if len(words) >= 4:
                return words
        return set()
    wa, wb = said(a), said(b)
    return len(wa) >= 4 and len(wb) >= 4 and len(wa & wb) < 0.25 * min(len(wa), len(wb))


def _one_standing_group(a: Claim, b: Claim) -> bool:
    """"began checking ... the first of the town's 36 registered tour
    operators" / "will visit all 63 tour operators registered in Uyuni": a
    group a register defines, whatever is done to it."""
    return bool(_standing_of(a) & _standing_of(b))


def _standing_of(claim: Claim) -> set[str]:
    q = claim.quantity
    if q is None or not q.counted:
        return set()
    # The sentence, not the clause kept as context, which drops the participle.
    return {m.group(1) or m.group(2) for m in _standing_pattern(q.counted.split()[-1]).finditer(claim.sentence_key)}


@lru_cache(maxsize=1024)
def _standing_pattern(noun: str) -> re.Pattern[str]:
    """"registered tour operators", "operators registered in": a standing participle beside ``noun``
    (compiled once per noun: asked for every pair whose verbs differ)."""
    n = re.escape(noun)
    return re.compile(rf"\b({_STANDING})\s+(?:[a-z-]+\s+)?{n}\w*|\b{n}\w*\s+({_STANDING})\b")


#: Participles that define a standing group ("registered", "licensed"), not an act done to it.
_STANDING = "registered|licensed|listed|enrolled|accredited|certified|authori[sz]ed|insured"


def _since_the_day(claim: Claim) -> bool:
    """Whether a date claim is the start of a span its clause runs from ("since March")."""
    d = claim.date
    return d is not None and bool(d.surface) and re.search(
        rf"\bsince\s+(?:early\s+|late\s+|mid-?)?{re.escape(d.surface)}", claim.context or "", re.IGNORECASE) is not None


def _around_figure(claim: Claim) -> tuple[str, str] | None:
    """The words of a claim's clause before and after its figure, lower-cased,
    or None when the clause does not hold the figure as written."""
    q, context = claim.quantity, claim.context or ""
    if q is None or q.surface not in context:
        return None
    at = context.find(q.surface)
    return context[:at].lower(), context[at + len(q.surface):].lower()


#: Verbs of opening again ("Lines 4, 5 and 6 resumed service", "reopened on Wednesday").
_REOPENING = frozenset({"reopen", "resume", "restart", "restore", "reinstate"})
#: Verbs that undo what an event did ("the line reopened", "service resumed", "the ban was lifted").
_AFTERMATH = _REOPENING | {"lift"}
#: A sentence opening that widens or narrows the group its figures count.
def _opening_group(claim: Claim) -> str:
    """The group or place a sentence opens by narrowing to ("Among youth aged
    15 to 24," -> "youth aged 15 to 24"; "In Ontario," -> "ontario"), or ""."""
    m = _OPENING_GROUP.match(claim.context or "")
    if m is None or _DATE_WORDS.search(m.group(2)):
        return ""
    return m.group(2).lower()


#: "Among youth aged 15 to 24,", "In Ontario,": a sentence narrowing to a group or a place.
_OPENING_GROUP = re.compile(r"(Among|In)\s+((?:the\s+)?[A-Za-z][\w' -]{1,50}?),\s")
_DATE_WORDS = re.compile(r"(?i)\b(?:january|february|march|april|may|june|july|august|september|october|november"
                         r"|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|year|month|week|quarter"
                         r"|half|today|total|all|addition|contrast|particular|short|sum|general|fact|practice|turn"
                         r"|response|comparison|\d{4})\b")


_RECOUNTED = re.compile(r"(?:counting|including|excluding|not counting|leaving out|leaving aside|setting aside) ")
#: A sentence opening that turns to other places than the story's own.
_ELSEWHERE = re.compile(r"(?:elsewhere|(?:farther|further) (?:up|down|along|north|south|east|west|inland|afield|away))\b")
#: A sentence opening that points back at the group the sentence before counted.
_POINTS_BACK = re.compile(r"(?:of|among) (?:these|those|them|whom)\b")


def _counted_subject(claim: Claim) -> bool:
    """Whether a figure's subject is a group its sentence counts, told by a
    relative clause ("two terminals that handled ...")."""
    q = claim.quantity
    return q is not None and bool(q.subject) and _counted_before_relative(q.subject, claim.sentence_key)


@lru_cache(maxsize=1 << 14)
def _counted_before_relative(subject: str, sentence_key: str) -> bool:
    # Cached: compatible() asks for every pair, and each subject makes its own pattern.
    return bool(re.search(rf"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|both) {re.escape(subject)} "
                          rf"(?:that|which)\b", sentence_key))


def _another_like_it(claim: Claim) -> bool:
    """Whether a date's clause tells of another happening of a kind ("a
    smaller fire", "an earlier leak", "another strike")."""
    m = _ANOTHER_LIKE.search(claim.context or "")
    return m is not None and m.group(1).lower() in EVENT_NOUNS


_ANOTHER_LIKE = re.compile(r"\b(?:(?:a|an)\s+(?:smaller|larger|bigger|earlier|previous|prior|separate|similar|minor)"
                           r"|another)\s+([a-z]+)\b", re.IGNORECASE)
_INSOLVENCY = re.compile(r"\b(?:bankruptcy|insolvency|receivership|chapter (?:7|9|11|15))\b")


def _graded_apart(a: Claim, b: Claim) -> bool:
    """Two moves of a credit rating with different ends: the grade moved to
    differs, or the grade moved from."""
    ga, gb = _grades(a), _grades(b)
    return any(end in ga and end in gb and ga[end] != gb[end] for end in ("to", "from"))


def _grades(claim: Claim) -> dict[str, str]:
    return {m.group(1): m.group(2) for m in _GRADE.finditer(claim.context or "")}


_GRADE = re.compile(r"\b(to|from)\s+(AAA|AA[+-]?|A[+-]|BBB[+-]?|BB[+-]?|B[+-]?|CCC[+-]?|CC|SD|RD|D|Aaa|Aa[1-3]|A[1-3]"
                    r"|Baa[1-3]|Ba[1-3]|B[1-3]|Caa[1-3]|Ca)(?=\s*(?:[,.;)]|(?:from|on|in|last|this|after|before)\b|$))")


def _new_tally(claim: Claim) -> tuple[str, str] | None:
    """The thing and the figure of a day's new count in a date's clause ("131
    new suspected cases" -> ("cases", "131")), or None."""
    m = _NEW_TALLY.search(claim.context or "")
    return (m.group(2), m.group(1).replace(",", "")) if m else None


_NEW_TALLY = re.compile(r"\b(\d[\d,]*)\s+new\s+(?:[a-z]+\s+)?([a-z]+s)\b")


def _more_found(claim: Claim) -> str:
    """How many more a date's clause says were found or added ("found four
    more bodies", "the bodies of two more miners"), as digits, or ""."""
    m = _N_MORE.search(claim.context or "")
    if m is None:
        return ""
    n = m.group(1).lower().replace(",", "")
    return str(UNITS.get(n, n))


_N_MORE = re.compile(r"\b(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+more\s+"
                     r"(?!than\b)[a-z]", re.IGNORECASE)


def _a_week_apart(a: Claim, b: Claim) -> bool:
    """"searched from first light on Sunday" (in a review published eight days
    later, read as the Sunday just gone) / "from first light on Sunday, 12
    April": a bare weekday names a day by its name only, and a day of that
    name a week off is the same day, told in the week the story happened."""
    da, db = a.date, b.date
    if da is None or db is None or da.earliest is None or db.earliest is None or da.latest is None \
            or db.latest is None or da.granularity != "day" or db.granularity != "day":
        return False
    # The bare one is the later: read back from a report written in the week after
    # ("on Tuesday and Wednesday", two days in a row, as well as one).
    later, earlier = (da, db) if da.earliest > db.earliest else (db, da)
    assert later.earliest is not None and later.latest is not None
    assert earlier.earliest is not None and earlier.latest is not None
    if not _BARE_WEEKDAYS.fullmatch(later.surface.strip()):
        return False
    week = dt.timedelta(days=7)
    touches_now = later.earliest <= earlier.latest and earlier.earliest <= later.latest
    return not touches_now and later.earliest - week <= earlier.latest and earlier.earliest <= later.latest - week


def _hoped_then_done(hope: Claim, done: Claim) -> bool:
    """A day someone aims, hopes or plans to do a thing on, and a later day
    another clause says it was done: the plan slipped."""
    dh, dd = hope.date, done.date
    if dh is None or dd is None or dh.latest is None or dd.earliest is None or dd.earliest <= dh.latest:
        return False
    if done.frame.modality != "actual" or not hope.predicate or not done.predicate:
        return False

    def hoped(claim: Claim) -> bool:
        # The clause may start at the infinitive ("to resume services ..."):
        # the sentence's words hold the verb of hoping before it. A turn
        # between them ("was expected to be released before June 2018 but
        # ended up being released before June 2019") ends the hope.
        text = claim.sentence_key or claim.context or ""
        hoping = _hoping_to(claim.predicate.split(" ")[0])
        at = text.lower().find(claim.date.surface.lower()) if claim.date is not None else -1
        before = list(hoping.finditer(text, 0, at)) if at > 0 else []
        if before:
            return not _TURN.search(text, before[-1].end(), at)
        # "The union had first called the strike for January 5, ... but pushed
        # it back by a week": a day first set, then moved.
        return bool(hoping.search(text)) or bool(_FIRST_SET.search(text))

    return hoped(hope) and not hoped(done)


_HOPING = r"\b(?:aim(?:s|ed|ing)?|hop(?:e|es|ed|ing)|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|expect(?:s|ed|ing)?" \
    r"|target(?:s|ed|ing)?)"


#: A day first set for something: "first called the strike for January 5".
_FIRST_SET = re.compile(r"(?i)\b(?:first|originally|initially)\s+(?:called|set|scheduled|planned|slated|fixed|announced)"
                        r"\b[^.;]{0,40}?\bfor\b")
#: Words that turn from what was hoped to what happened.
_TURN = re.compile(r"(?i)\b(?:but|instead|eventually|finally|ended\s+up|in\s+the\s+end)\b")


@lru_cache(maxsize=1024)
def _hoping_to(verb: str) -> re.Pattern[str]:
    """"aims to resume", "hoped to be reopened", "hoped the cable car could
    reopen": a verb of hoping before ``verb``."""
    return re.compile(rf"{_HOPING}\s+(?:to|(?:that\s+)?(?:[\w-]+\s+){{0,4}}?(?:could|would|will|might|can))\s+"
                      rf"(?:be\s+)?{verb_forms(verb)}\b")


#: The days of the week by name, and a part of one ("Friday afternoon").
_WEEKDAY_NAMES = "|".join(d for d in WEEKDAYS if d.endswith("day"))
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_BARE_WEEKDAY = re.compile(f"(?:{_WEEKDAY_NAMES})(?:'s)?{_PART_OF_DAY}", re.IGNORECASE)
#: ... or two of them joined: "Tuesday and Wednesday".
_BARE_WEEKDAYS = re.compile(f"(?:{_WEEKDAY_NAMES})(?:'s)?{_PART_OF_DAY}(?:\\s+and\\s+(?:on\\s+)?(?:{_WEEKDAY_NAMES}))?",
                            re.IGNORECASE)


def _class_agent(claim: Claim) -> str:
    """The class of doers a participle after the counted noun names, when it
    is a bare plural ("contractors" in "620 workers employed by contractors"), or ""."""
    q = claim.quantity
    if q is None or not re.fullmatch(r"[a-z]+s", q.subject):
        return ""
    return q.subject if _done_by(q.subject, claim.sentence_key) else ""


@lru_cache(maxsize=1 << 14)
def _done_by(subject: str, sentence_key: str) -> bool:
    return bool(re.search(rf"\b[a-z]+ed by {subject}\b", sentence_key))


def _compared_class(claim: Claim) -> str:
    """The comparative right after a count ("smaller" in "seven smaller
    ferries"), or ""."""
    around = _around_figure(claim)
    m = _COMPARATIVE_AFTER.match(around[1]) if around is not None else None
    return m.group(1) if m else ""


_COMPARATIVE_AFTER = re.compile(r"\s+(smaller|larger|bigger|newer|older|cheaper|faster|slower|shorter|longer"
                                r"|lighter|heavier|wider|narrower)\s+[a-z]")


_HYPHEN_NOUN = re.compile(r"-([a-z]+)\s+((?:[a-z]+[\s,]+){0,2}[a-z]+)")
_SIZE_DETERMINER = re.compile(r"(?:^|\b(?:a|an|the|its|their|this|that)|['’]s)\s*$")
# "six boats with 27 crew members": the crews the boats carry.
_WHOLE_CREW_BEFORE = re.compile(r"(?:\bcrew of|\ball(?: of (?:its|their|the))?|\b(?:boats?|ships?|vessels?|trawlers?)\s+with)\s*$")
_CREW_BEFORE = re.compile(r"\b(?:its|their|the|'s)\s*$")


def _same_subject_and_verb(a: Claim, b: Claim) -> bool:
    """"The wreckage lies at 3,530 metres" / "the main wreckage lies at an
    elevation of 3,350 metres": one subject noun and one verb, not a light one."""
    qa, qb = a.quantity, b.quantity
    assert qa is not None and qb is not None
    va, vb = qa.predicate or a.predicate, qb.predicate or b.predicate
    if not va or va != vb or va in _LIGHT_VERBS or va in _GENERIC_VERBS:
        return False
    sa, sb = qa.subject.split(), qb.subject.split()
    return bool(sa and sb) and sa[-1] == sb[-1] and sa[-1] not in _PERSONAL


def _estimated(claim: Claim) -> bool:
    """Whether the claim's source gives its figure as an estimate ("estimated", "projects")."""
    return claim.attribution is not None and claim.attribution.cue.split(" ")[0].lower() in _ESTIMATE_CUES


def _estimate(claim: Claim) -> bool:
    """A figure given as someone's estimate: hedged ("about 40,000"), put at a
    figure ("police put the turnout at 22,000") or of a crowd, which no one
    counts ("45,000 marched"). Two exact counts by two officials ("23 injured
    taken to hospital", "32 injured brought to hospital") are one fact."""
    q = claim.quantity
    assert q is not None
    predicate = q.predicate or claim.predicate
    # "expects 41,300 tonnes ..., against 58,600 tonnes in 2025": a year's
    # record beside a forecast is not forecast by the one who expects.
    record = claim.frame.modality == "actual" and not q.hedge and claim.date is not None \
        and claim.date.granularity == "year"
    cue = claim.attribution.cue.split(" ")[0].lower() if claim.attribution is not None else ""
    if claim.frame.modality == "expected" or cue in _ESTIMATE_CUES and not (record and cue in _FORECAST_CUES):
        return True  # "the council estimated that spending will grow by 7.8%": a forecast
    return bool(q.hedge) or predicate in _ESTIMATE_VERBS or bool(_groups(predicate) & _groups("attend"))


_ESTIMATE_CUES = frozenset({"estimated", "estimates", "estimate", "projected", "projects", "forecast", "forecasts",
                            "expects", "expected", "predicted", "predicts", "calculated", "calculates", "reckons"})
#: The cues of those that look ahead.
_FORECAST_CUES = frozenset({"projected", "projects", "forecast", "forecasts", "expects", "expected", "predicted",
                            "predicts"})


def _speaks_for(claim: Claim, body: str) -> bool:
    """Whether the person a claim credits speaks for ``body``: "airport
    spokesman Kelvin Shaw said" gives the airport's figure."""
    own = claim.speaker_affiliation
    return bool(own) and (_shares_speaker(own, body) or _one_body(own, body))


#: Subjects that stand for a person named elsewhere.
_PERSONAL = frozenset({"he", "she", "him", "her"})


#: Verbs by which a subject gives a figure as its own estimate ("police put the turnout at 22,000").
_ESTIMATE_VERBS = frozenset({"put", "estimate", "count", "give", "place", "say", "report", "claim", "number",
                             # "The OPEC Secretariat sees the market in surplus by about 0.9 million bpd"
                             "see", "forecast", "project"})


def _part_and_count(a: Claim, b: Claim, pa: str, pb: str) -> bool:
    """"Nine of them were in intensive care" and "five children were in
    intensive care": a part picked out by a state a person is in is a count
    of those in that state, as the plain count is. Not so for a part picked
    out by a verb, which a modifier narrows ("38 were injured, nine of them
    critically"; "412 of the 690 flights" against the 470 cancelled in all)."""
    if {a.frame.aggregation, b.frame.aggregation} != {"part", ""}:
        return False
    if replace(a.frame, aggregation="") != replace(b.frame, aggregation=""):
        return False
    part, plain = (a, b) if a.frame.aggregation == "part" else (b, a)
    if pa == pb and pa and pa not in _LIGHT_VERBS and _of_its_own(part):
        # "Renfe said 112 of its trains were halted" / "142 trains were
        # halted": a part of an owner's things the text never counts is just
        # the owner's count, told by the same verb.
        return True
    if pa and pa not in _LIGHT_VERBS and " " not in pa \
            and (pa == pb or _same_kind_of_verb(pa, pb) and _of_a_standing_group(part)) \
            and _picked_by_its_verb(part, _verb_of(part)) and not _IN_ALL.search(plain.context or ""):
        # "It cancelled 212 of them" / "221 flights were cancelled on
        # Monday": the part a verb picks from a group is the count of what
        # that verb did, unless the other figure is one "in all". A verb of
        # the same kind does the same when the group is a standing one it
        # numbers ("cutting 1,460 of the 3,820 jobs" / "1,640 jobs will go");
        # not "Of those [taken to hospital], 14 were admitted", a narrower act.
        return True
    if _affected_and_left(part, plain):
        return True
    if _a_places_share(part, plain):
        return True
    if _breakdown_by_kind(part):
        # "There were 498 people on board: 412 passengers and 86 crew
        # members" / "with 421 passengers and 86 crew aboard": the part of
        # the people that is passengers is the count of passengers.
        return True
    if pa == pb and pa in _VOTING_VERBS:
        # "Of the 127 legislators present, 23 voted against" / "32 against":
        # the votes one side cast, however many were present.
        return True
    return pa == pb and is_state(pa)


def _a_places_share(part: Claim, plain: Claim) -> bool:
    """"Kruger National Park accounted for 164 of the rhinos killed" / "In
    Kruger National Park, 146 rhinos were poached": the named place's share
    is that place's own count, whatever verb the count has. (Not "tankers
    [account] for six" of the ships waiting: no place the other names.)"""
    q = part.quantity
    return q is not None and q.predicate == "account" and bool(q.subject) \
        and any(same_speaker(q.subject, n) for n in _names(plain))


def _breakdown_by_kind(claim: Claim) -> bool:
    """A part listed after a colon that follows a count of the people on
    board: the people broken down by kind ("There were 498 people on
    board: 412 passengers"), not those who did something ("501 people left
    the ship: all 437 passengers and 64 crew members") nor a breakdown by
    place ("612 people: 410 at Vienna Airport")."""
    around = _around_figure(claim)
    q = claim.quantity
    return around is not None and q is not None and q.counted not in ("people", "person") \
        and _PEOPLE_ON_BOARD_THEN_COLON.search(around[0]) is not None and _KIND_AFTER.match(around[1]) is not None


_PEOPLE_ON_BOARD_THEN_COLON = re.compile(
    r"\b(?:there\s+were|had)\s+\d[\d,]*\s+(?:people|persons)\s+(?:on\s+board|aboard)\s*:\s*(?:[^:;.]*\band\s+)?$")
#: A kind noun right after the figure ("412 passengers"), not a place ("410 at Vienna Airport").
_KIND_AFTER = re.compile(r"\s+(?!(?:at|in|on|from|of|to|for)\b)[a-z]+")


def _picked_by_its_verb(claim: Claim, verb: str) -> bool:
    """"cancelled 212 of them", "212 of the flights were cancelled", "41 of
    the train's 60 wagons left the rails": a part whose own clause holds its
    verb right beside it (not "nine of them critically", which borrows the
    verb of the group before it)."""
    around = _around_figure(claim)
    if around is None or claim.quantity is None or claim.quantity.subject and not _GROUP_AT_A_PLACE.match(around[1]):
        # "St. Barnabas Hospital ... treated 14 of them": one doer's part of
        # what many did, not the count of all they did. A subject that is
        # only where the group is ("1,460 of the 3,820 jobs at the site") is
        # no doer.
        return False
    forms = verb_forms(verb)
    # "41 of the train's 60 wagons left the rails": the part's own verb, active,
    # right after a group its owner numbers.
    return bool(re.search(rf"{forms}\s+$", around[0]) and _OF_A_GROUP.match(around[1])
                or re.match(rf"{_OF_A_GROUP.pattern}\s+(?:were|was|had been|have been|has been)\s+{forms}"
                            rf"(?!\s+{_NARROWING})", around[1])
                or re.match(rf"{_OF_AN_OWNED_GROUP.pattern}\s+{forms}(?!\s+{_NARROWING})", around[1]))


_GROUP_AT_A_PLACE = re.compile(r"\s+of\s+(?:the|its|their)\s+\d[\d,]*\s+[a-z]+\s+(?:at|in)\s")

def _of_a_standing_group(part: Claim) -> bool:
    """"1,460 of the 3,820 jobs": a part of a group the clause numbers."""
    around = _around_figure(part)
    return around is not None and re.match(r"\s+of\s+(?:the|its|their)\s+\d", around[1]) is not None


#: Adverbs that narrow what a verb did to some of a group: "two of them were
#: hurt badly enough to need hospital treatment" are not all those hurt.
_NARROWING = r"(?:badly|seriously|severely|critically|gravely|fatally|slightly)\b"


_OF_A_GROUP = re.compile(r"^\s+of\s+(?:them|those|these|the\s+(?:\d[\d,]*\s+)?[a-z]+(?!['’]))\b")
#: A group its owner numbers: "of the train's 60 wagons".
_OF_AN_OWNED_GROUP = re.compile(r"^\s+of\s+the\s+[a-z]+['’]s\s+\d[\d,]*\s+[a-z]+\b")
_IN_ALL = re.compile(r"\b(?:in all|in total|altogether|overall)\b", re.IGNORECASE)


def _said_of_some(claim: Claim) -> bool:
    """Whether a quantifier is the subject of the figure's participle ("with some carrying")."""
    around = _around_figure(claim)
    return around is not None and bool(_SOME_DOING.search(around[0]))


#: A quantifier as the subject of the figure's participle: "with some carrying".
_SOME_DOING = re.compile(r"\b(?:some|many|several|most|others|a few)\s+(?:of\s+them\s+)?[a-z]+ing\s+"
                         r"(?:(?:more|fewer|less)\s+than\s+|over\s+|up\s+to\s+|about\s+|around\s+)?$")


def _ordinal_item(claim: Claim) -> str:
    """The ordinal by which a count's clause picks out one of several things
    before its figure ("The second, which had sailed from Nouadhibou, ...
    carrying 174 people" -> "second"), else ""; not an ordinal of time or of
    a part ("the second day", "the first of them")."""
    q = claim.quantity
    if q is None or q.unit:
        return ""
    # The sentence, not the clause: the ordinal may open a sentence whose
    # figure sits in a later clause.
    return _ordinal_before(claim.sentence_key or "", q.surface)


@lru_cache(maxsize=1 << 14)
def _ordinal_before(key: str, surface: str) -> str:
    # Cached: compatible() asks for every pair of counts.
    at = key.find(" ".join(re.findall(r"\w+", surface.lower())))
    m = _ORDINAL_ITEM.search(key[:at]) if at > 0 else None
    return m.group(1) if m else ""


_ORDINAL_ITEM = re.compile(
    r"\b(?:the|a|an)\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"
    r"(?!\s+(?:of|time|times|day|days|week|weeks|month|months|year|years|half|quarter|round|phase|stage|night|"
    r"morning|afternoon|evening|wave|reading|count|estimate|figure|tally|update|report|place|largest|"
    r"biggest|highest|lowest|most|such|consecutive|straight|successive)\b)")


def _named_thing(claim: Claim) -> tuple[str, str] | None:
    """The name and noun of a thing a count's clause opens with ("The
    Dhaulagiri Deluxe bus" -> ("dhaulagiri deluxe", "bus")), else None."""
    if claim.quantity is None or claim.quantity.unit:
        return None
    m = _NAMED_THING.match(claim.context or "")
    return (m.group(1).lower(), m.group(2)) if m else None


#: A clause opening with a named thing: "The Dhaulagiri Deluxe bus travelling ...".
_NAMED_THING = re.compile(r"^(?:[^,]{0,60},\s+){0,2}?[Tt]he\s+((?:[A-Z][\w'-]+\s+){1,3}?)"
                          r"(?!(?:said|says|has|had|have|was|were|is|are|will|would|puts?|reported|estimated|counted)\b)"
                          r"([a-z]{3,})\b")


def _one_of_several(whole: Claim, one: Claim) -> bool:
    """Whether ``whole`` counts what is on or in several things ("on the two
    buses") and ``one`` what is on one of them ("the Dhaulagiri Deluxe bus")."""
    if whole.quantity is None or whole.quantity.unit or one.quantity is None \
            or (m := _ON_SEVERAL.search(whole.sentence_key or "") or _SEVERAL_CARRYING.search(whole.sentence_key or "")) \
            is None or _ON_SEVERAL.search(one.sentence_key or "") or _SEVERAL_CARRYING.search(one.sentence_key or ""):
        return False
    if _ordinal_item(one) and not _ordinal_item(whole):
        return True  # "two cayucos carrying a total of 359 people" / "A second boat ... with 147 people aboard"
    plural = m.group(1).lower()
    singulars = {plural[:-1]} | ({plural[:-2]} if plural.endswith("es") else set()) \
        | ({plural[:-3] + "y"} if plural.endswith("ies") else set())
    return any(re.search(rf"\b(?:the|a|an|one|its|each)\s+(?:[\w-]+\s+){{0,3}}{re.escape(w)}\b", one.context or "",
                         re.IGNORECASE) for w in singulars if len(w) >= 3)


#: Several carriers and what they brought: "four wooden boats carrying 511 people".
_SEVERAL_CARRYING = re.compile(r"\b(?:two|three|four|five|six|both)\s+(?:[a-z]+\s+){0,2}?([a-z]+s)\s+"
                               r"(?:carrying|carried|with|bringing|brought)\b")
#: A load across several named things: "on the two buses", "aboard both boats", "one of the buses".
_ON_SEVERAL = re.compile(r"\b(?:(?:on|in|aboard|across)\s+(?:the\s+|all\s+|those\s+|these\s+)?(?:two|three|four|five|both)"
                         r"|one\s+of\s+the)\s+([a-z]+s)\b", re.IGNORECASE)


def _own_and_anothers(own: Claim, other: Claim) -> bool:
    """"Tobu Railway said 64 of its own trains had been cancelled" / "Tokyo
    Metro had cancelled 412 trains": one owner's things, and what another
    named party did to its own."""
    doer = _named_doer(other)
    return _of_its_own(own) and bool(source_of(own)) and bool(doer) and not source_of(other) \
        and not _shares_speaker(source_of(own), doer)


def _own_share_of_more(own: Claim, other: Claim) -> bool:
    """"Kenya Airways ... said 12,800 of its passengers were affected" / "An
    estimated 31,600 passengers were affected": one party's own share, and a
    larger count that no one's own words narrow to that party."""
    party = source_of(own)
    if not (_of_its_own(own) and party) or source_of(other) or _of_its_own(other) \
            or any(w in other.sentence_key.split() for w in party.split() if len(w) > 3):
        return False
    assert own.quantity is not None and other.quantity is not None
    return canonical(other.quantity)[1] > canonical(own.quantity)[2]


def _holders_share_of_more(own: Claim, other: Claim) -> bool:
    """"University Hospital Limerick has 128 patients on trolleys" / "1,014
    patients were on trolleys in Irish hospitals": what one named holder has,
    and a larger count that names no holder, nor this one."""
    holder = _named_doer(own)
    if not holder or own.predicate != "have" or _named_doer(other) \
            or re.search(rf"\b{re.escape(holder)}\b", other.sentence_key):
        return False
    # The other names many of the holder's kind ("in Irish hospitals") or
    # another of them ("University Hospital Limerick" against Sligo's); "The
    # ship was carrying 1,436 containers" may be the holder's own load.
    kinds = {w for w in holder.split() if len(w) > 3}
    words = set(other.sentence_key.split())
    if not any(w in words or f"{w}s" in words for w in kinds):
        return False
    assert own.quantity is not None and other.quantity is not None
    return canonical(other.quantity)[1] > canonical(own.quantity)[2]


def _named_doer(claim: Claim) -> str:
    """The subject of a figure's verb when the sentence names it with capitals
    ("Tokyo Metro had cancelled 412 trains"), else ""."""
    q = claim.quantity
    if q is None or not q.subject or q.subject in _PRONOUNS:
        return ""
    return q.subject if _named_in(q.subject, claim.context or "") else ""


@lru_cache(maxsize=1 << 14)
def _named_in(subject: str, context: str) -> bool:
    """Whether ``context`` writes ``subject`` with capitals (cached: asked for every pair)."""
    m = re.search(r"\b" + r"\s+".join(map(re.escape, subject.split())) + r"\b", context, re.IGNORECASE)
    # A sentence's first word is capitalised whatever it is ("Holders of
    # 53.8 per cent of the bonds"): alone there, it names no one.
    return m is not None and all(w[:1].isupper() for w in m.group().split()) \
        and (m.start() > 0 or len(m.group().split()) > 1)


def _of_its_own(claim: Claim) -> bool:
    around = _around_figure(claim)
    return around is not None and bool(_OF_ITS_OWN.match(around[1]))


_OF_ITS_OWN = re.compile(r"^\s+of\s+(?:its|their)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:were|was|are|is|have|has|had)\b")
#: A part of what an owner has, however many: "of our 6.8 million customers".
_OF_AN_OWNERS = re.compile(r"^\s+of\s+(?:its|their|our)\s+(?:[\d.,]+\s+(?:million\s+|billion\s+)?)?[a-z]+")
#: A count told by the harm it was left in: "left 3.4 million customers unable
#: to use their cards", "leaving 40,000 homes without power".
_LEFT_WITHOUT = re.compile(r"\b(?:left|leaving|leaves)\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:unable|without|stranded|cut\s+off)\b",
                           re.IGNORECASE)


def _affected_and_left(part: Claim, plain: Claim) -> bool:
    """"About 4.3 million of our 6.8 million customers were affected" / "left
    3.4 million customers unable to use their cards": those a failure
    reached, told by the harm it left them in."""
    around = _around_figure(part)
    return _verb_of(part) == "affect" and around is not None and bool(_OF_AN_OWNERS.match(around[1])) \
        and bool(_LEFT_WITHOUT.search(plain.context or ""))


def _supply_cut_to(affected: Claim, cut: Claim) -> bool:
    """"In total, 2.36 million customers were affected" / "The breakdown cut
    supply to 2.63 million customers": those a failure reached, told by the
    supply it cut them off from."""
    return _verb_of(affected) == "affect" and bool(_CUT_SUPPLY_TO.search(cut.context or ""))


_CUT_SUPPLY_TO = re.compile(r"\bcut(?:s|ting)?\s+(?:off\s+)?(?:the\s+)?(?:supply|supplies|power|electricity|water|gas)"
                            r"\s+to\b", re.IGNORECASE)


def _total_and_perfect(a: Claim, b: Claim, pa: str, pb: str) -> bool:
    """"So far 2,340 people have reported buying fake tickets" and "2,430
    people have reported buying fake tickets": a count in the present perfect
    is a running total as it stands, as one marked "so far" is, and so is one
    given "as of" a day."""
    if {a.frame.aggregation, b.frame.aggregation} != {"total", ""} \
            or replace(a.frame, aggregation="") != replace(b.frame, aggregation=""):
        return False
    plain = a if a.frame.aggregation == "" else b
    if _AS_OF_DAY.search(plain.context or "") and not _contrasting_predicates(pa, pb):
        # "As of Monday, NEMA counted 3,721,900 dead animals": a count as it
        # stood on a day is the running total as of then.
        return True
    if pa != pb or not pa:
        return False
    verb = pa.split(" ")[0]
    if re.search(rf"\b(?:have|has)\s+(?:been\s+)?{verb_forms(verb)}", plain.context or ""):
        return True
    if _same_day_and_verb(a, b) and not any(_SINCE.search(c.context or "") for c in (a, b)):
        # "A total of 184 flights ... have been cancelled today" / "On
        # Wednesday 148 flights ... were cancelled": one day's tally, however
        # told; not "since Monday, a total of 1,003", a tally from that day on.
        return True
    if _one_measured_act(a, b):  # with the one verb checked above
        return True
    # Reported speech shifts it back: "the committee said it had allocated 3.72 million tickets".
    return plain.attribution is not None and plain.attribution.start >= 0 \
        and bool(re.search(rf"\b(?:it|they|we)\s+had\s+{verb_forms(verb)}", plain.context or ""))


def _one_measured_act(a: Claim, b: Claim) -> bool:
    """"In total, 1,860 metres of cable were cut" / "the gang cut 1,680
    metres of cable": what one finished act measured (a length, a weight, a
    volume), summed or not, undated in both. Not a headcount, which grows as
    more are counted ("In total, 43 people were treated")."""
    qa, qb = a.quantity, b.quantity
    return qa is not None and qb is not None and qa.unit == qb.unit and qa.unit in _MEASURED \
        and a.date is None and b.date is None and not any(_SINCE.search(c.context or "") for c in (a, b))


#: Units of what an act measures out: length, weight, volume, area.
_MEASURED = frozenset(set(MEASURE_UNITS.values()) - {"mph", "km/h", "kn", "degC", "degF", "deg", "MW", "GW"})


def _same_day_and_verb(a: Claim, b: Claim) -> bool:
    """"51,000 UAE dirhams paid ... on 15 December" / "AED 15,000 was paid on
    15 December 2027": one verb on one named day, a sum's own deed."""
    va, vb = _verb_of(a), _verb_of(b)
    if not va or va != vb or va in _LIGHT_VERBS or any(c.date is None or c.date.deadline or re.search(
            rf"\bby (?:the end of )?{re.escape(_key(c.date.surface))}", c.sentence_key) for c in (a, b)):
        return False  # "had treated 9,600 hectares by 9 March": a running count's day, not a deed's
    days = [_as_told(c.date) for c in (a, b)]
    return days[0] is not None and days[0] == days[1] and days[0][0] == days[0][1]


def _one_agreed_price(a: Claim, b: Claim, pa: str, pb: str) -> bool:
    """"GMB will pay US$351 per tonne for 250 000 tonnes" and "provides for
    250,000 tonnes at a price of US$315 per tonne": a deal's price per unit,
    told as what one side will pay or as a term of the deal, is one price.
    Only a paying verb looks ahead: "prices are forecast to rise to $420 a
    tonne" stays a forecast of another price."""
    qa, qb = a.quantity, b.quantity
    if qa is None or qb is None or qa.unit != qb.unit or qa.unit not in MONEY_UNITS or qa.hedge or qb.hedge \
            or qa.counted != qb.counted or not qa.counted.startswith("per ") \
            or {a.frame.modality, b.frame.modality} != {"expected", "actual"} \
            or replace(a.frame, modality="actual") != replace(b.frame, modality="actual"):
        return False
    ahead = pa if a.frame.modality == "expected" else pb
    # "the producer price of US$390 per tonne" is another price than the deal's.
    return ahead in _PAYING_VERBS and _price_name(a) == _price_name(b)


def _price_name(claim: Claim) -> str:
    """The kind of price a clause names ("producer" in "the producer price of"), or ""."""
    m = _NAMED_PRICE.search(claim.context or "")
    return m.group(1).lower() if m and m.group(1).lower() not in ("a", "the", "its", "their") else ""


_NAMED_PRICE = re.compile(r"\b([A-Za-z-]+)\s+price\s+(?:of|at)\b")


#: Verbs that tell a price as what is paid or charged for each unit.
#: (A wider list, with "cost", "buy", "sell", "receive", "supply" and
#: "deliver", was shadowed by a later definition for many sessions; restored
#: in session 44 it set a union's costing of its demands against
#: management's and a state buying price against a market average.)
_PAYING_VERBS = frozenset({"pay", "spend", "offer", "bid", "charge"})
#: Verbs whose subject is the good a price is for ("oil fetched 10.5 dinars a kilo").
_FETCHING_VERBS = frozenset({"fetch", "cost", "trade"})


def _priced_apart(sa: str, sb: str) -> bool:
    """Two named goods with no word in common ("olives", "extra virgin oil")."""
    wa = {w.removesuffix("s") for w in sa.split()} - {"it", "they", "that", "which"}
    wb = {w.removesuffix("s") for w in sb.split()} - {"it", "they", "that", "which"}
    return bool(wa) and bool(wb) and not wa & wb and not (set(sa.split()) | set(sb.split())) & _PRONOUNS


def _one_dated_payment(a: Claim, b: Claim, pa: str, pb: str) -> bool:
    """"a further AED 15,000 was paid on 15 December 2027" and "51,000 UAE
    dirhams paid ... on 15 December": a sum paid on one day by one verb is
    one payment, though one report tells it as the second of two."""
    qa, qb = a.quantity, b.quantity
    if qa is None or qb is None or {a.frame.aggregation, b.frame.aggregation} != {"incremental", ""} \
            or replace(a.frame, aggregation="") != replace(b.frame, aggregation=""):
        return False
    return qa.unit == qb.unit and qa.unit in MONEY_UNITS and pa == pb and _same_day_and_verb(a, b)


def _one_tally(a: Claim, b: Claim) -> bool:
    """"A total of 23 persons were transferred to hospital" and "32 were taken
    to hospitals ... on Monday": "a total of" before a count in the simple
    past sums what one act did, as the plain count in the past tells it; not
    a running total ("have been listed", "so far")."""
    if {a.frame.aggregation, b.frame.aggregation} != {"total", ""} \
            or replace(a.frame, aggregation="") != replace(b.frame, aggregation=""):
        return False
    total, plain = (a, b) if a.frame.aggregation == "total" else (b, a)
    opening = _IN_TOTAL.match(total.context or "")
    # The opening "In all," is the sum itself, not a running total's "in all".
    if not (_A_TOTAL_OF.search(total.context or "") or opening) \
            or _RUNNING.search((total.context or "")[opening.end() if opening else 0:]):
        return False
    if total.quantity is not None and plain.quantity is not None and total.quantity.unit == plain.quantity.unit \
            and total.quantity.unit in MONEY_UNITS and total.predicate == plain.predicate == "owe":
        # "The airline owes a total of 184 million euros" / "it owes €148.3
        # million to its creditors": what is owed now is one sum, all of it.
        return True
    if plain.quantity is not None and plain.quantity.defined or _OWNED_COUNT.search(plain.context or ""):
        # "The 54 residents of Syväjoki were evacuated" / "A total of 140
        # residents were evacuated": one village's people, a part of the sum.
        return False
    # So does one of those somewhere at one past moment ("A total of 186
    # persons were on board" / "The platform had 168 people on board when
    # the gas alarm went off").
    # "In total, 2.36 million customers were affected" / "The breakdown cut
    # supply to 2.63 million customers": the act told in the active too, when
    # no day narrows it ("Governments pledged $2.46 billion on Monday" is the
    # first day's share of "pledged a total of USD 4.26 billion").
    return all((_SIMPLE_PAST.search(c.context or "") or _THERE_THEN.search(c.context or "")
                or _active_past(c) and total.date is None and plain.date is None)
               and not _PERFECT.search(c.context or "") for c in (total, plain))


def _active_past(claim: Claim) -> bool:
    """Whether a clause tells its figure's verb in the simple past, active
    ("The fraud affected 4,316 customer accounts"): a past form of it not
    after an auxiliary ("has affected", "will cut") or "to"."""
    verb = _verb_of(claim)
    if not verb or " " in verb:
        return False
    stem = verb[:-1] if verb.endswith(("e", "y")) else verb
    forms = {f"{stem}ied" if verb.endswith("y") else f"{stem}ed", *IRREGULAR_FORMS.get(verb, ())}
    if verb in _SAME_IN_THE_PAST:
        forms.add(verb)
    return bool(re.search(rf"(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!\bwill )(?<!\bwould )(?<!\bto )(?<!\bbeen )"
                          rf"\b(?:{'|'.join(map(re.escape, sorted(forms)))})\b", claim.context or ""))


#: Verbs whose simple past is their base form.
_SAME_IN_THE_PAST = frozenset({"cut", "hit", "put", "set", "shut", "cost", "hurt", "let", "spread", "quit"})
#: "In total, 2.36 million customers were affected": a sum opening its clause, as "a total of" is.
_IN_TOTAL = re.compile(r"\s*(?:[Ii]n\s+total|[Ii]n\s+all)\s*,")


def _one_period_tally(a: Claim, b: Claim) -> bool:
    """"Over January to November the total was roughly 10.6 million bags" and
    "Between January and November the country produced 10.46 million bags":
    a count over one span of months is that span's total, said so or not."""
    if {a.frame.aggregation, b.frame.aggregation} != {"total", ""} \
            or replace(a.frame, aggregation="") != replace(b.frame, aggregation=""):
        return False
    da, db = a.date, b.date
    total = a if a.frame.aggregation == "total" else b
    # "A total of 874 vessels transited the canal in October 2026" / "847
    # vessels passed through the canal in October": a month's count too,
    # unless the total is one still running ("so far").
    month = da is not None and db is not None and da.granularity == db.granularity == "month" \
        and not _RUNNING.search(total.context or "")
    return da is not None and db is not None and da.earliest is not None and da.latest is not None \
        and (da.earliest, da.latest) == (db.earliest, db.latest) and (_period(da) or _period(db) or month)


_A_TOTAL_OF = re.compile(r"\b[Aa] total of\b")
#: A count a named owner narrows: "54 residents of Syväjoki", "Syväjoki, with 54 residents,".
_OWNED_COUNT = re.compile(r"\b\d[\d,.]*\s+[a-z]+\s+of\s+[A-Z]|\b[A-Z][\w-]+,\s+with\s+\d[\d,.]*\s+[a-z]+")
_RUNNING = re.compile(r"\b(?:" + "|".join(RUNNING_PHRASES) + r")\b", re.IGNORECASE)
_SIMPLE_PAST = re.compile(r"\b(?:were|was)\s+(?:\w+\s+)?\w+ed\b|\b(?:were|was)\s+(?:taken|brought|flown|driven)\b")
_PERFECT = re.compile(r"\b(?:have|has|had)\s+(?:now\s+)?been\b")
#: Those somewhere at a past moment: "were inside", "was on board", "had 168 people on board".
_THERE_THEN = re.compile(r"\b(?:were|was)\s+(?:inside|aboard|on\s+board|in\s+the\s+\w+)\b"
                         r"|\bhad\s+\d[\d,.]*\s+\w+\s+(?:on\s+board|aboard|inside)\b")


def _whole_and_count(a: Claim, b: Claim) -> bool:
    """"Most of the 56 passengers" against "carrying 62 passengers": the whole of
    a partitive is the group itself, as an unmarked count of it is."""
    qa, qb = a.quantity, b.quantity
    if qa is None or qb is None or a.frame.modality != b.frame.modality or a.frame.negated != b.frame.negated:
        return False
    if {a.frame.aggregation, b.frame.aggregation} != {"total", ""}:
        return False
    whole, count = (qa, b) if a.frame.aggregation == "total" else (qb, a)
    whole_claim = a if whole is qa else b
    # Only a count that gives the group's size ("carrying 62"), not one that
    # says what some of them did ("2,100 stayed away" is a part of 5,400 staff)
    # ... or one the same verb does to all of them ("would keep all of
    # Lakeshore's 1,460 employees" / "will keep the bank's 1,640 employees").
    # Nor a definite group after a preposition ("wafers in process in the
    # seven fabs"): the part the story has already picked out ("seven of its
    # 11 wafer fabs"), not the whole's size.
    verb = _verb_of(count)
    around = _around_figure(count)
    if around is not None and (_PICKED_OUT.search(around[0]) or _OTHER_BEFORE.search(around[0])):
        # ... nor "the other six objects", those left beside some already named.
        return False
    if _in_a_state(count):
        # "421,600 customers were without electricity": those in a state, a
        # part of the utility's 690,000 customers, not the group's size.
        return False
    return whole.whole and (verb in _LIGHT_VERBS or verb in _GROUP_SIZE_VERBS or bool(verb) and bool(
        re.search(rf"{verb_forms(verb)}\s+all\s+(?:of\s+)?", whole_claim.context)) or _opens_as_the_group(count)
        # "one of about 258,000 Washington workers who now earn less than the
        # new minimum" / "about 285,000 workers ... earn less than $18.07": a
        # whole its own clause defines by the count's verb is the group counted.
        or bool(verb) and verb not in _LIGHT_VERBS and bool(
            re.search(rf"\b(?:who|that|which)\s+(?:[a-z]+\s+){{0,2}}{verb_forms(verb)}\b", whole_claim.sentence_key))
        # "3.1 percent of the 11,482 pickers its researchers interviewed" /
        # "which surveyed 11,842 pickers": the base of a share, which its own
        # verb defines as the other clause's verb does, is that clause's group
        # (not "Of the 412 trains cancelled by mid-afternoon" against the day's 437).
        or bool(verb) and verb not in _LIGHT_VERBS and bool(whole.predicate) and _same_kind_of_verb(whole.predicate, verb)
        and _before_figure(whole_claim, _SHARE_OF))


#: The words before the base of a share: "3.1 percent of the", "40% of its".
_SHARE_OF = re.compile(r"(?:\bper\s*cent|\bpercent|%)\s+of\s+(?:the|its|their|all)\s+$", re.IGNORECASE)


def _same_designation(a: Claim, b: Claim) -> bool:
    """"trawlers had taken 125,380 tonnes from subarea 48.1" / "The catch in
    Subarea 48.1 totalled 152,380 tonnes": an amount of one numbered area,
    unit or site, named alike on both sides and by no other number."""
    da, db = _areas_named(a), _areas_named(b)
    return bool(da) and da == db


def _areas_named(claim: Claim) -> frozenset[tuple[str, str]]:
    """The numbered areas next to ``claim``'s figure, with no other figure
    between: "the trigger level at 620,000 tonnes and the limit of 155,000
    tonnes in Subarea 48.1" names the subarea's limit, not the trigger level."""
    text, q = claim.context or "", claim.quantity
    if q is None or (at := text.find(q.surface)) < 0:
        return frozenset()
    named = set()
    for m in _NUMBERED_AREA.finditer(text):
        between = text[m.end():at] if m.end() <= at else text[at + len(q.surface):m.start()]
        if not re.search(r"\d", between):
            named.add((m.group(1).lower(), m.group(2).upper()))
    return frozenset(named)


#: Numbered areas, units and sites: "Subarea 48.1", "Block 15", "Unit 3", "Hull 811".
_NUMBERED_AREA = re.compile(r"\b(subarea|area|zone|block|field|unit|reactor|hull|turbine|well|platform|sector|berth"
                          r"|pier|gate|runway|terminal|line|route)\s+([A-Z]?\d+(?:\.\d+)?[A-Z]?)\b", re.IGNORECASE)


def _one_reference(a: Claim, b: Claim) -> bool:
    """Two heights or depths from one reference ("sent a column of ash 5,600
    metres above the summit" / "The eruption column was observed at
    approximately 6,500 m above the summit"): one measure, whatever verb
    gives it."""
    ra, rb = _reference(a), _reference(b)
    if ra is None or ra != rb:
        return False
    # "erupted at 23:16 on Monday, 13 July, producing an ash column about 9,000
    # metres above the summit" / "A second eruption at 06:05 today produced an
    # ash column about 6,500 metres above the summit": two eruptions' columns.
    if _ANOTHER_ONE.search(a.sentence_key) or _ANOTHER_ONE.search(b.sentence_key):
        return False
    da, db = _as_told(a.date), _as_told(b.date)
    return da is None or db is None or not (da[1] < db[0] or db[1] < da[0])


_ANOTHER_ONE = re.compile(r"\b(?:second|third|fourth|fifth|another|new|further|fresh|later|earlier) "
                          r"(?:eruption|explosion|blast|burst|quake|earthquake|aftershock|column|plume|launch|dive)\b")


def _reference(claim: Claim) -> tuple[str, str] | None:
    q = claim.quantity
    # Not a range ("grey columns 800 to 1,500 m above the summit"): the spread
    # of many readings, not the one measure.
    if q is None or canonical(q)[0] not in ("m", "km") or q.hedge == "range":
        return None
    after = claim.sentence_key.partition(_key(q.surface))[2]
    m = _REFERENCE.match(after)
    return (m.group(1), m.group(2)) if m else None


def _closing_figures(claim: Claim) -> frozenset[str]:
    """The levels a clause says a market closed at ("Hajdú closed on Friday at
    HUF 4,870", "closing at 4,145 per dollar"), or none: a price, not a clock
    time ("the runway was closed at 20:52"). A day's peak of demand is read
    every day too ("Consumption peaked at 25,710 megawatts on Tuesday")."""
    context = claim.context or ""
    return frozenset(m.group(1).replace(",", "") for m in (*_CLOSED_AT.finditer(context), *_DEMAND_PEAKED_AT.finditer(context)))


_DEMAND_PEAKED_AT = re.compile(r"\b(?:demand|consumption|use|usage|load)\b[^.;]{0,40}?\bpeak(?:s|ed)\s+at\s+"
                               r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?(\d[\d,]*(?:\.\d+)?)(?![\d:.])",
                               re.IGNORECASE)
_CLOSED_AT = re.compile(r"\b(?:clos(?:e|es|ed|ing)|end(?:s|ed)?\s+the\s+(?:day|session))\b(?:\s+[\w.%,]+){0,3}?\s+at\s+"
                        r"(?:[A-Z]{2,3}\s?|R|C?\$|US\$|€|£)?(\d[\d,]*(?:\.\d+)?)(?![\d:.]|\s*(?:[ap]\.?m\b|GMT|UTC|hrs?\b|local))")


def _tax_basis(claim: Claim) -> str:
    """"with" or "without" when the words right after a figure, or a clause's
    opening, say whether it includes a tax ("before VAT", "With VAT, ..."), or ""."""
    q, context = claim.quantity, claim.context or ""
    if q is None or (at := context.find(q.surface)) < 0:
        return ""
    after = re.split(r",|;|\bor\b|\band\b", context[at + len(q.surface):at + len(q.surface) + 40], maxsplit=1)[0]
    m = _TAX_AFTER.search(after) or _TAX_OPENING.match(context[:at])
    if m is None:
        return ""
    return "with" if m.group(1).lower() in ("with", "including", "incl", "inc", "after") else "without"


_TAX_AFTER = re.compile(r"\b(with|including|incl|inc|before|excluding|excl|ex|after|without)\.?\s+(?:VAT|GST|tax|taxes)\b",
                        re.IGNORECASE)
_TAX_OPENING = re.compile(r"\s*(With|Including|Before|Excluding|After|Without)\s+(?:VAT|GST|tax|taxes)\s*,", re.IGNORECASE)


def _measured_in(claim: Claim) -> str:
    """What a change is measured in, when the words right after its figure
    say ("fell 2.7% by volume", "rose 3.9 percent in value"), or ""."""
    q, context = claim.quantity, claim.context or ""
    if q is None or q.unit != "%" or (at := context.find(q.surface)) < 0:
        return ""
    m = _MEASURED_IN.match(context, at + len(q.surface))
    return m.group(1).lower() if m else ""


def _moment_of_trading(claim: Claim) -> str:
    """The moment within a trading day a market figure is read at, when its
    clause says ("at 1030 GMT", "in the first minutes", "in early trade"), or ""."""
    if claim.quantity is None:
        return ""
    if claim.date is not None and claim.date.granularity == "time" and claim.date.time:
        return claim.date.time
    m = _IN_THE_SESSION.search(claim.context or "")
    return "early" if m else ""


_MARKET = re.compile(r"\b(?:shares?|stocks?|index|bourse)\b", re.IGNORECASE)
_IN_THE_SESSION = re.compile(r"\bin\s+(?:the\s+)?(?:first|early|opening)\s+(?:minutes|hour|trade|trading|deals)\b"
                             r"|\bat\s+the\s+open(?:ing)?\b|\bintraday\b", re.IGNORECASE)
_AT_LEAST_ONCE = re.compile(r"\bat\s+(?:least\s+once|some\s+point)\b"
                            # "104 firefighters have worked at the terminal in shifts": all who
                            # took a turn, never those "at the scene" at one time
                            r"|\bin\s+(?:shifts|rotation|relays)\b", re.IGNORECASE)
_LIVING_ON = re.compile(r"\b(?:are|were|is|was)\s+(?:now\s+|still\s+)?living\s+(?:on|with|without)\b", re.IGNORECASE)


def _kind_word(claim: Claim) -> str:
    """The noun between a figure and what it counts that names a kind of it
    ("120 phosphate trains", "20 passenger trains"), or ""; words that only
    size, place or qualify the things ("more", "new", "injured") name none."""
    q, around = claim.quantity, _around_figure(claim)
    if q is None or around is None or not q.counted or q.unit:
        return ""
    m = _KIND_BEFORE_NOUN.match(around[1])
    if m is None or not m.group(2).startswith(q.counted[:-1] if len(q.counted) > 3 else q.counted):
        return ""
    word = m.group(1)
    return "" if word in _NO_KIND or word.endswith(("ed", "ly", "est", "ing")) or word == m.group(2) else word


_KIND_BEFORE_NOUN = re.compile(r"\s+([a-z]+)\s+([a-z]+)")
_NO_KIND = frozenset(
    "more other new additional extra further fewer small smaller large larger big bigger local foreign total daily "
    "weekly monthly annual separate different same such similar full young old older elderly dead missing remaining "
    "current former active known regular normal usual main major minor key top senior junior female male "
    "adult domestic international national regional private public own previous earlier later first last next "
    "few many several all some most both".split())


def _before_figure(claim: Claim, pattern: re.Pattern[str]) -> bool:
    """Whether the words of the clause right before a figure match ``pattern``."""
    q, context = claim.quantity, claim.context or ""
    if q is None or (at := context.find(q.surface)) < 0:
        return False
    return bool(pattern.search(context[max(0, at - 80):at]))


#: A level a recovery brings something back to: "lifting output to", "is back up to".
_RESTORED_TO = re.compile(r"\b(?:lifting|lifted|lifts|back\s+up|back|restored|restoring|bringing|raising|raised)\b"
                          r"[^.;]{0,40}?\bto\s+(?:about\s+|some\s+|nearly\s+|around\s+)?$", re.IGNORECASE)
_CAPACITY_OF = re.compile(r"\bcapacity\s+(?:of|is|was|stands\s+at|stood\s+at)\s+(?:about\s+|some\s+|nearly\s+|around\s+"
                          r"|roughly\s+|almost\s+)?$", re.IGNORECASE)
_LONG_RUN_AVERAGE = re.compile(r"\b(?:[a-z]+-year|long-term|long-run|historical)\s+average\s+(?:of\s+)?$"
                               r"|\baverage\s+(?:of|for|over)\s+the\s+(?:last|past|previous)\s+[a-z\d]+\s+years\s+"
                               r"(?:is|was|of|at|stood\s+at)\s+$", re.IGNORECASE)


def _extreme_or_average(claim: Claim) -> str:
    """"extreme" when a clause reads a figure at its highest or lowest hour or
    day ("the most expensive hour", "the peak hour"), "average" when it gives
    an average and no extreme, else ""."""
    context = claim.context or ""
    if _EXTREME_SPELL.search(context):
        return "extreme"
    return "average" if _AVERAGE.search(context) else ""


_EXTREME_SPELL = re.compile(r"\b(?:most\s+expensive|cheapest|dearest|highest|lowest|peak|busiest)\s+"
                            r"(?:single\s+)?(?:hour|half-hour|day|week|month)\b", re.IGNORECASE)
_AVERAGE = re.compile(r"\baverage\b|\baveraged\b", re.IGNORECASE)


def _scope(claim: Claim) -> str:
    """The part of a country a sentence says its counts cover: a region by its
    compass word ("in the southern region", "the 43 southern reservoirs"),
    "national" ("tracked nationwide", "across the country") or "state" ("in
    the state"); "" when it names none, or more than one."""
    key = claim.sentence_key
    found = {m.group(1) for m in _REGION_WORD.finditer(key)}
    if _NATIONWIDE.search(key) or _IN_THE_COUNTRY.search(key) or _NATIONAL_FIGURE.search(key):
        found.add("national")
    if _IN_THE_STATE.search(key):
        found.add("state")
    return found.pop() if len(found) == 1 else ""


_REGION_WORD = re.compile(r"\b(southern|northern|eastern|western|central|north eastern|north western|south eastern"
                          r"|south western)\s+(?:region|regions|zone|states|(?:region s\s+)?(?:\d+\s+)?reservoirs)\b")
_IN_THE_COUNTRY = re.compile(r"\b(?:in|across)\s+the\s+country\b")
_NATIONAL_FIGURE = re.compile(r"\bnational\s+(?:bulletin|total|figure|level|average|count|tally)\b")
_IN_THE_STATE = re.compile(r"\b(?:in|across)\s+the\s+state\b")

def _relative_head(claim: Claim) -> str:
    """The name a figure's relative clause describes ("GSW, which runs five
    mines in the region and employs about 21,000 people" -> "gsw"), folded, or ""."""
    q = claim.quantity
    if q is None or not q.subject or not (key := _key(q.subject)) \
            or not re.search(rf"(?:^|\s){re.escape(key)} which\b", claim.sentence_key):
        return ""
    return _unaccented(q.subject)


def _place_item_apart(item: Claim, other: Claim) -> bool:
    """Whether ``item`` is a line of a breakdown by place ("19 in Belgium, 13
    in France") and ``other`` names no such place."""
    q, context = item.quantity, item.context or ""
    if q is None or q.surface not in context:
        return False
    at = context.find(q.surface)
    # "Belgium, with 21 cases, and France, with 15"
    m = _PLACE_WITH.search(context, 0, at) or (_IN_A_PLACE.match(context, at + len(q.surface))
                                               if item.frame.aggregation == "part" else None)
    place = m.group(1).lower() if m is not None else ""
    if place not in _parties(item.entities)[1]:
        return False
    return place not in _parties(other.entities)[1] and place not in other.sentence_key


#: A figure's place right after it: "13 in France", "eight cases in the UK".
#: Or right before it: "France, with 15".
_PLACE_WITH = re.compile(r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*),\s+with\s+$")
_IN_A_PLACE = re.compile(r"\s+(?:[a-z]+\s+)?in\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)")


def _one_day(claim: Claim) -> bool:
    """Whether a figure's clause dates it to a single day."""
    d = claim.date
    return d is not None and d.earliest is not None and d.earliest == d.latest


def _across_the_whole(claim: Claim) -> bool:
    """A count its clause opens by widening to a whole place or system
    ("Across the airport, 70 flights were cancelled"; "network-wide")."""
    return bool(_ACROSS_THE_WHOLE.search(claim.context or ""))


_ACROSS_THE_WHOLE = re.compile(
    r"^\W*across\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:airport|country|network|region|system|industry|sector"
    r"|city|state|province|island)\b|\b(?:airport|network|system|industry|nation|country)-wide\b", re.IGNORECASE)


def _speakers_own_act(claim: Claim) -> bool:
    """A count of what a speaker says it did itself: "Kenya Airways says it
    has cancelled 10 flights" (the figure's verb takes the sayer for subject)."""
    q = claim.quantity
    return q is not None and bool(q.subject) and q.subject not in _PRONOUNS \
        and bool(re.match(r"\W*(?:it|they|we)\s", claim.context or "", re.IGNORECASE))


def _day_of_a_span(claim: Claim) -> str:
    """The stretch of a longer span a count's clause keeps to ("on the first
    day", "in the first 24 hours", "on day two"), lowercased, or ""."""
    # Told as a phrase of time or in apposition ("On Sunday, its first day of
    # regular service"): the stretch itself is what is compared.
    m = _STRETCH_OF_A_SPAN.search(claim.context or "")
    return " ".join(w for w in m.group().lower().split() if w not in ("on", "in", "during", "over", "the", "its")) \
        if m else ""


_STRETCH_OF_A_SPAN = re.compile(
    r"\b(?:(?:on|in|during|over)\s+)?(?:the|its)\s+(?:first|second|third|opening|final)\s+(?:\d+\s+)?"
    r"(?:day|days|night|nights|hours?|morning|evening|weekend)\b|\bon\s+day\s+(?:one|two|three|four|five|\d+)\b",
    re.IGNORECASE)


def _picked_by_state(subject: str) -> str:
    """The participle that picks some of a plural subject out ("derailed
    wagons" -> "derailed"; "the six damaged pens" -> "damaged"), or ""."""
    m = _PARTICIPLE_PICKS.search(subject)
    return m.group(1) if m else ""


_PARTICIPLE_PICKS = re.compile(r"(?:^|\s)([a-z]+ed)\s+[a-z]+s$")


def _named_employer(claim: Claim) -> str:
    """The employer a staff count's verb names ("The Haapakoski mill currently
    employs 436 people" -> "haapakoski mill"), unaccented, or ""."""
    q = claim.quantity
    if q is None or q.counted != "workers" or (q.predicate or claim.predicate) != "employ" \
            or not q.subject or q.subject in _PRONOUNS:
        return ""
    return _unaccented(q.subject)


def _one_employer(a: str, b: str) -> bool:
    """Whether two employers' names may be one body: they share a word, or one
    is a bare description ("the company") that any named employer may be."""
    wa, wb = set(a.split()) - {"the", "its"}, set(b.split()) - {"the", "its"}
    return bool(wa & wb) or any(len(w) == 1 and next(iter(w)) in GENERIC_ORG_HEADS | _COMPANY_NOUNS for w in (wa, wb)) \
        or _shares_speaker(a, b)  # "Ardmhor Marine Engineering" / "AME"


def _industry_wide(claim: Claim) -> bool:
    """A count a whole trade is its subject of ("the watch industry employs ...")."""
    q = claim.quantity
    return q is not None and bool(q.subject) and q.subject.split()[-1] in ("industry", "sector")


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_BETWEEN_THEM = re.compile(r"\b(?:between|among)\s+(?:them|themselves)\b|\bcombined\b", re.IGNORECASE)
_MEASURED_IN = re.compile(r"\s*(?:in|by)\s+(volume|value|tonnage|units)\b", re.IGNORECASE)


def _set_against(claim: Claim) -> frozenset[str]:
    """The words of the mark a figure is told above or below ("24% above
    Friday's level" -> {"friday", "level"}), or none."""
    q, context = claim.quantity, claim.context or ""
    if q is None or (at := context.find(q.surface)) < 0:
        return frozenset()
    m = _SET_AGAINST.match(context, at + len(q.surface))
    return frozenset(re.findall(r"[^\W\d_]+", m.group(1).lower())) - _NOT_MARKS if m else frozenset()


_SET_AGAINST = re.compile(r"\s*(?:percent\s+|per cent\s+|[a-z]+\s+)?(?:above|below)\s+((?:[^\W\d_]+(?:['’]s)?\s*){1,3})")
_NOT_MARKS = frozenset({"the", "a", "an", "its", "their", "s", "of", "and", "on", "in", "at", "that", "this", "it",
                        "those"})


#: What a height or depth is measured from, right after its figure: "above the summit", "below sea level".
_REFERENCE = re.compile(r"\s*(?:(?:m|metres|meters|km|kilometres|kilometers|ft|feet)\s+)?(above|below|beneath|under)\s+"
                        r"(?:the\s+)?(sea level|sea bed|seabed|surface|summit|crater|ground|peak|vent|waterline)\b")


def _opens_as_the_group(claim: Claim) -> bool:
    """"The 12 foreign cave divers, from five countries, worked alongside ...":
    a sentence that opens on the group by its size names all of it, whatever it
    then did (not a group its own clause picks out: "The 12 divers who reached
    the chamber"), nor the few it then names ("The two British divers Rhys
    Hallworth and Owen Pritchard surfaced ...")."""
    q = claim.quantity
    return q is not None and not q.defined and not q.unit and claim.sentence_key.startswith(f"the {_key(q.surface)} ") \
        and not any(e.startswith("PERSON:") for e in claim.entities)


def _in_a_state(claim: Claim) -> bool:
    around = _around_figure(claim)
    return _verb_of(claim) == "be" and around is not None and bool(_IN_A_STATE.match(around[1]))


_IN_A_STATE = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+(?:were|was|are|is|remain(?:ed)?)\s+(?:still\s+|now\s+)?"
                         r"(?:without|in|out|off|under|on(?!\s+board)|at|trapped|stranded|missing)\b")
_PENDING = frozenset({"under investigation"})


def _route(claim: Claim) -> tuple[frozenset[str], frozenset[str]] | None:
    """The ends of the route a figure's clause names before it ("An annual
    season ticket between Reading and London Paddington will cost £5,468"),
    each as its words; None when it names none."""
    q, context = claim.quantity, claim.context or ""
    if q is None or q.surface not in context:
        return None
    return _route_ends(context[:context.find(q.surface)])


@lru_cache(maxsize=1 << 14)
def _route_ends(before: str) -> tuple[frozenset[str], frozenset[str]] | None:
    if "between" not in before and "from" not in before:
        return None
    found = [m for m in _ROUTE.finditer(before) if not {m.group(1).lower(), m.group(2).lower()} & _CALENDAR_NAMES]
    if not found:
        return None
    ends = found[-1].group(1, 2)
    return frozenset(ends[0].lower().split()), frozenset(ends[1].lower().split())


def _routes_differ(a: Claim, b: Claim) -> bool:
    """Two routes, unless each end of one is an end of the other, named more
    or less fully ("London Liverpool Street", "Liverpool Street")."""
    ra, rb = _route(a), _route(b)
    if ra is None or rb is None:
        return False
    return not all(any(x <= y or y <= x for y in rb) for x in ra)


_ROUTE = re.compile(r"\b(?:between|from)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:and|to)\s+"
                    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")
_CALENDAR_NAMES = frozenset(WEEKDAYS) | frozenset(MONTHS)


def _periods_differ(sa: str, sb: str) -> bool:
    """"an annual season ticket" and "a monthly season ticket": one kind of
    thing, for two periods."""
    pa, pb = set(sa.split()) & _PERIOD_WORDS, set(sb.split()) & _PERIOD_WORDS
    return bool(pa and pb) and pa != pb


_PERIOD_WORDS = frozenset({"annual", "yearly", "monthly", "weekly", "daily", "quarterly", "hourly"})


@lru_cache(maxsize=1 << 14)
def _baseline(sentence_key: str) -> bool:
    return bool(_BASELINE.search(sentence_key))


_BASELINE = re.compile(r"\b(?:a|an|the) (?:normal|typical|usual|average|ordinary)(?: [a-z]+)? (?:day|week|month|year|night|"
                       r"weekend|season|shift|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


def _usual(claim: Claim) -> bool:
    """A figure told as what is usual ("a port that normally has about 15
    grain ships waiting"), not what the story's day brought."""
    around = _around_figure(claim)
    return around is not None and bool(_USUALLY_BEFORE.search(around[0]))


_USUALLY_BEFORE = re.compile(r"\b(?:normally|usually|typically|ordinarily)\s+(?:[a-z]+\s+){0,2}?"
                             r"(?:(?:about|around|some|roughly|up to|only)\s+)?$")


@lru_cache(maxsize=1 << 14)
def _other_or_remaining(surface: str, sentence_key: str) -> bool:
    return bool(re.search(rf"\b(?:other|remaining)\s+{re.escape(surface)}\b", sentence_key))


def _remainder(claim: Claim) -> bool:
    """A part picked out of a group the story counts: "the other ten", or
    those of one cause ("Three were hurt in the collision itself")."""
    around, q = _around_figure(claim), claim.quantity
    if q is not None and _other_or_remaining(q.surface.lower(), claim.sentence_key):
        return True  # "The remaining 48 persons", where the clause drops the adjective
    return around is not None and (bool(_OTHER_BEFORE.search(around[0])) or bool(_ITSELF.search(around[1])))


def _act_noun(subject: str) -> bool:
    """A subject that is one noun naming an act ("admission", "removal", "approval")."""
    return bool(_ACT_NOUN.fullmatch(subject))


_ACT_NOUN = re.compile(r"[a-z]{3,}(?:sion|tion|val|ment)")


#: Verbs that set the bar a count must reach.
_BAR_VERBS = frozenset({"require", "need"})


def _margin(claim: Claim) -> bool:
    """A count by which another cleared a bar: "nine votes to spare", "a margin of 12"."""
    around, q = _around_figure(claim), claim.quantity
    if q is not None and q.predicate == "spare" and re.search(
            rf"\b{re.escape(q.surface.lower())}(?:\s+[\w-]+){{0,2}}\s+to spare\b", claim.sentence_key):
        return True  # the parser hangs "with nine votes to spare" on "spare", which the clause then drops
    return around is not None and (bool(_TO_SPARE.match(around[1])) or bool(_MARGIN_OF.search(around[0])))


_TO_SPARE = re.compile(r"^(?:\s+[\w-]+){0,2}\s+to spare\b")
_MARGIN_OF = re.compile(r"\b(?:margin|majority|lead)\s+of\s+(?:just\s+|only\s+)?$")
_ITSELF = re.compile(r"^[^,;:.]*?\b(?:in|at|by|during|from|on)\s+the\s+[\w-]+(?:\s+[\w-]+)?\s+itself\b")


_THE_OTHER_N = re.compile(r"\b[Tt]he (?:other|remaining) (?:\d[\d,]*|" + "|".join(UNITS) + r")\b")
_OTHER_BEFORE = re.compile(r"\b(?:other|remaining)\s*$", re.I)
_PICKED_OUT = re.compile(r"\b(?:in|at|across|from|on|among|between)\s+(?:the|its|their)\s*$", re.I)


#: Verbs that give the size of a group: "carrying 62 passengers", "employs 5,400".
_GROUP_SIZE_VERBS = frozenset({"carry", "hold", "employ", "seat", "number", "count", "comprise",
                               "serve", "supply", "distribute"})
#: A network's whole group of customers: "connected to our network".
_NETWORK_VERBS = _GROUP_SIZE_VERBS | {"connect"}


def source_of(claim: Claim) -> str:
    """Who gives a figure: the subject of the verb that puts it at its value,
    else the attributed speaker, else the subject of another estimate verb.

    The figure's own clause comes first: in "The Port Operators' Association
    has put the figure at more than A$150 million a day, but its estimate
    counts the full value of cargo, which Ms Moss said overstated the real
    damage", the association gives the figure, and Moss only judges it. An
    estimate owned by a body ("The POA's own analysis ... puts the cost at")
    is that body's."""
    q = claim.quantity
    if q is not None and q.subject and q.predicate in _PUTTING_VERBS and q.subject not in _PRONOUNS:
        owned = _OWNED_ESTIMATE.match(q.subject)
        return owned.group(1) if owned else q.subject
    if claim.attribution is not None and claim.attribution.speaker:
        return claim.attribution.speaker
    if q is not None and q.subject and q.predicate in _ESTIMATE_VERBS:
        return q.subject
    if q is not None and q.subject and q.predicate in ("show", "suggest") \
            and (owned := _OWNED_ESTIMATE.match(q.subject)) and owned.group(1) not in _PRONOUNS:
        return owned.group(1)  # "The Secretariat's own figures show the market in surplus by 0.7 million bpd"
    return ""


_PRONOUNS = _PERSONAL | {"it", "they", "we", "i", "you", "who", "which", "that"}
#: Verbs whose subject sets a figure ("police put the turnout at 22,000").
_PUTTING_VERBS = frozenset({"put", "estimate", "place"})
_OWNED_ESTIMATE = re.compile(r"^(.+?)['’]s (?:own )?(?:analysis|estimate|figures?|count|calculations?|model|study|data)$")


def _one_object(a: Claim, b: Claim) -> bool:
    """Whether what one clause's verb is done to is named in the other clause
    too, the dates left out: "launched this Tuesday, 12 May, Operation Ghost
    Key" / "launched Operation Ghost Key on Wednesday"; "signed on 16 November
    in Milan a share purchase agreement" / "The share purchase agreement,
    signed in Milan on Sunday"."""
    def words(text: str) -> frozenset[str]:
        return frozenset(w.lower().removesuffix("s") for w in _CONTENT_WORD.findall(text)) \
            - _STOCK_NOUNS - _OBJECT_STOP - _CALENDAR_WORDS
    ta, tb = _undated(a), _undated(b)
    return bool((_objects(a.predicate, ta) & words(tb) or _objects(b.predicate, tb) & words(ta)) - _PREPOSITIONS)


def _undated(c: Claim) -> str:
    """A claim's clause without its day and places: "in Lusaka" is where, not what."""
    text = c.context or ""
    if c.date is not None and c.date.surface:
        text = re.sub(rf"(?:\b(?:on|this|last)\s+)?{re.escape(c.date.surface)},?", " ", text)
    return re.sub(r"\s+", " ", _PLACE_PHRASE.sub(" ", text))


def _whole_object_named(a: Claim, b: Claim) -> bool:
    """Whether every word of what one clause's verb is done to stands in the
    other clause too, in the same number: "declared a state of catastrophe"
    / "a constitutional state of exception of catastrophe was declared". Not
    "granted a provisional suspension" / "granted ... a definitive
    suspension", nor "her flight ... was cancelled" / "cancelled 812 flights":
    two of a kind."""
    ta, tb = _undated(a), _undated(b)
    forms_a = {w.lower() for w in _CONTENT_WORD.findall(ta)}
    forms_b = {w.lower() for w in _CONTENT_WORD.findall(tb)}

    def within(objects: frozenset[str], forms: set[str], own: set[str]) -> bool:
        # Each object word's own forms (singular or plural) stand in the other clause.
        return bool(objects - _PREPOSITIONS) and all(
            {f for f in own if f.removesuffix("s") == o} & forms for o in objects - _PREPOSITIONS)
    return within(_objects(a.predicate, ta), forms_b, forms_a) or within(_objects(b.predicate, tb), forms_a, forms_b)


#: Words after a verb that say when, not what ("did not resume until 00:47").
_SPAN_WORDS = frozenset("until since after before from till".split())


#: A place phrase ("in Milan", "at Port Ellis").
_PLACE_PHRASE = re.compile(r"\b(?:[Ii]n|[Aa]t|near|outside)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,?")
#: Words after a verb that are no object ("broke through into the tunnel").
_PREPOSITIONS = frozenset("through into onto upon down over across along around toward towards against during "
                          "within without between among behind beyond near".split())


def _one_story(a: Claim, b: Claim) -> bool:
    """Evidence beyond the verb that two dated clauses tell one event: the
    event named by the same noun ("the flood hit", "flash floods killed"), a
    participant or place both name, one source for both, or both a plan (a
    story has few deals to close, but many past deaths, vigils and votes)."""
    if a.predicate in EVENT_NOUNS and a.predicate == b.predicate or nominal_of(a.predicate, b.predicate):
        return True
    if (_names(a) | _filed_at(a)) & (_names(b) | _filed_at(b)) or same_source(a, b):
        return True
    if (_the_things(a.context) | _antecedent_thing(a)) & (_the_things(b.context) | _antecedent_thing(b)):
        # "the road reopened on Friday 17 April" / "since the road reopened on
        # 18 April"; "The motion, which opposition MPs tabled on Tuesday" /
        # "The motion was submitted on 9 March".
        return True
    if a.predicate and " " not in a.predicate and a.predicate == b.predicate and any(
            _subject_named(x, y, w) for x, y in ((a, b), (b, a)) for w in _the_things(x.context)):
        # "Los Cabos International Airport reopened to departing flights on
        # Friday" / "Since the airport reopened on 15 October": the thing one
        # clause names with "the" is the other sentence's, by its name.
        return True
    if _acts_named(a.sentence_key) & _acts_named(b.sentence_key):
        return True  # "culling at the Izumi farm was completed on Wednesday" / "Culling completed at 19:40 on Tuesday"
    if a.predicate and a.predicate == b.predicate and (thing := _direct_object(a)) and thing == _direct_object(b):
        return True  # "The ministry declared the outbreak on 9 May" / "declared an outbreak of SVD ... on Friday, 8 May"
    if a.predicate and " " not in a.predicate and a.predicate not in _GENERIC_VERBS \
            and (a.predicate == b.predicate or _groups(a.predicate) & _groups(b.predicate)):
        # "declared a municipal emergency on Thursday 16 April" / "declared a
        # state of emergency on Wednesday"; "lodged a formal objection on
        # Thursday" / "filed the objection on Wednesday".
        shared = (_objects(a.predicate, a.context) & _objects(b.predicate, b.context)) - _PREPOSITIONS
        if a.predicate == b.predicate and shared or shared - _SPAN_WORDS:
            return True
    if set(_LAST_GROUP.findall(a.context.lower())) & set(_LAST_GROUP.findall(b.context.lower())):
        return True  # "the last three were brought out on Wednesday" / "... at 07:15 on Thursday"
    if a.predicate == b.predicate == "take effect" and set(_UNTIL_MONTH.findall(a.sentence_key)) \
            & set(_UNTIL_MONTH.findall(b.sentence_key)):
        # "The cuts take effect on February 1 and will remain in place until
        # the end of June" / "with effect from 1 January 2029 until 30 June
        # 2029": one measure, known by the end both give it.
        return True
    return a.frame.modality == b.frame.modality == "expected"


#: The month a period runs until ("until the end of June", "until 30 June 2029").
#: The twelve month names in full (MONTHS lists them first, then their abbreviations).
_FULL_MONTHS = "|".join(list(MONTHS)[:12])
_UNTIL_MONTH = re.compile(rf"\buntil (?:the end of |at least )?(?:\d{{1,2}} )?({_FULL_MONTHS})\b")


def _subject_named(x: Claim, y: Claim, thing: str) -> bool:
    """"Since the airport reopened" / "Los Cabos International Airport
    reopened": the thing that did the act in one clause ends the name of the
    one that did it in the other."""
    verb = rf"(?:was |were |has |had |has been |had been )?{verb_forms(x.predicate)}\b"
    return bool(re.search(rf"\bthe {re.escape(thing)} {verb}", x.context or "", re.IGNORECASE)) \
        and bool(re.search(rf"\b[a-z]+ {re.escape(thing)} {verb}", y.sentence_key)) \
        and not re.search(rf"\bthe {re.escape(thing)} {verb}", y.sentence_key)


def _direct_object(claim: Claim) -> str | None:
    """The noun right after a one-word verb and its article ("declared the
    outbreak", "declared an outbreak of SVD"), or None."""
    return None if " " in claim.predicate else _noun_after(claim.predicate, claim.context or "")


@lru_cache(maxsize=1 << 14)
def _noun_after(verb: str, context: str) -> str | None:
    found = re.search(rf"\b{verb_forms(verb)}\s+(?:the|an?)\s+([a-z]{{4,}})\b", context)
    return found.group(1) if found else None


#: A group a story picks out by its place in a sequence: "the last three", "the first two".
_LAST_GROUP = re.compile(r"\bthe (?:first|last|final|remaining) (?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b")


def _two_acts(a: Claim, b: Claim) -> bool:
    """Different verbs done to different things: "handed the investigation to
    the CBI on Tuesday" and "registered its own case on Wednesday" date two
    acts, however alike the clauses read."""
    pa, pb = a.predicate, b.predicate
    if not pa or not pb or pa == pb or nominal_of(pa, pb) or _groups(pa) & _groups(pb) \
            or pa in _LIGHT_VERBS or pb in _LIGHT_VERBS or " " in pa + pb:
        return False
    # Stock nouns count here: "its own case" is a thing registered all the same.
    oa, ob = _objects(pa, a.context, True), _objects(pb, b.context, True)
    if _told_act(a, b):
        return False  # "referred the dispute on Thursday" / "announced the referral on Friday"
    if ob & _intransitive_subject(a, oa) or oa & _intransitive_subject(b, ob):
        return False  # "The first complaint came in on Friday" / "the company receives the first complaint"
    return bool(oa and ob) and not oa & ob


def _intransitive_subject(claim: Claim, objects: frozenset[str]) -> frozenset[str]:
    """The noun right before a verb that takes no object of its own ("The
    first complaint came in"), lower-cased; empty for a verb with an object
    ("Prosecutors asked a judge") or a relative's ("which registered its own case")."""
    context = claim.context or ""
    # The last match: the verb's forms are matched loosely ("com[a-z]*" also
    # takes "complaint"), and the subject comes before the verb.
    matches = list(re.finditer(verb_forms(claim.predicate), context, re.IGNORECASE)) if claim.predicate else []
    verb = matches[-1] if matches else None
    if verb is None or objects - {verb.group(0).lower()}:
        return frozenset()
    words = re.findall(r"[A-Za-z]+", context[:verb.start()])
    return frozenset(words[-1:]) - _OBJECT_STOP - {"which", "that", "who"}


def _told_act(a: Claim, b: Claim) -> bool:
    """"Sandhu on Thursday referred the dispute" / "announced the referral
    ... on Friday morning": a verb of telling whose object names the other
    clause's act dates that act."""
    for x, y in ((a, b), (b, a)):
        if y.predicate in _TELLING_VERBS and x.predicate and any(
                _noun_of_act(x.predicate, m.group(1).lower())
                for m in re.finditer(rf"{verb_forms(y.predicate)}\s+(?:the|a|an|its|his|her|their)\s+"
                                     rf"(?:[£$€]?\d[\d.,]*\s+(?:(?:million|billion)\s+)?)?([a-z]+)"
                                     rf"(?=\s+(?:at|on|in|to|by|for|with|from)\b|\s*[,.;]|\s*$)", y.context or "")):
            # The act is the telling's whole object ("announced the referral
            # at a news conference"), not a word of one ("a staged
            # restoration plan" is a plan), nor one whose "of" names its own
            # party ("announces his nomination of Dr. Regina Benjamin" is not
            # "nominated Francis S. Collins").
            return True
    return False


def _act_by_light_verb(light: Claim, act: Claim) -> bool:
    """"Lindroos put her proposal to the two sides on Wednesday evening" /
    "the 5.4 percent ... Kaisa Lindroos proposed on the evening of Thursday
    11 February": a verb that leaves the act to its object, whose object is
    the other clause's act by its noun, dates that act."""
    if light.predicate not in _LIGHT_ACT_VERBS or not act.predicate or act.predicate in _LIGHT_ACT_VERBS:
        return False
    m = re.search(rf"{verb_forms(light.predicate)}\s+(?:(?:the|a|an|its|his|her|their|our)\s+)?([a-z-]+)(?:\s+([a-z]+))?",
                  light.context or "", re.IGNORECASE)
    # The object's noun, or the word after its one modifier ("a formal offer",
    # "signed Government Decree 7-2026" for "decreed").
    return m is not None and any(
        w and (w.lower() == act.predicate or _noun_of_act(act.predicate, w.lower()) or nominal_of(act.predicate, w.lower()))
        for w in m.groups())


#: Verbs whose object names the act done: "put her proposal", "made an offer", "signed the decree". Not
#: "give" ("Congress gave final approval" is not the Senate's approving) nor "hold".
_LIGHT_ACT_VERBS = frozenset({"put", "make", "submit", "present", "deliver", "issue", "sign"})


def _noun_of_act(verb: str, noun: str) -> bool:
    """Whether ``noun`` names the act of ``verb`` ("referral" of "refer",
    "suspension" of "suspend")."""
    if noun in _ACT_NOUNS.get(verb, ()):
        return True
    return len(verb) >= 4 and noun.startswith(verb.rstrip("e")[:max(4, len(verb) - 2)]) \
        and noun.endswith(("al", "tion", "sion", "ment", "ance", "ence")) and noun != verb


#: Nouns of acts not formed from their verbs: "fined" and "announced the
#: penalty" ("fin" is how the tagger lemmatises "fined").
_ACT_NOUNS = {"fine": frozenset({"penalty", "fine"}), "fin": frozenset({"penalty", "fine"}),
              "penalise": frozenset({"penalty"}), "penalize": frozenset({"penalty"})}


def _first_and_last(a: Claim, b: Claim) -> bool:
    """"The first worker reached the surface at 21:52 on Saturday" / "The last
    worker reached the surface at 04:35 on Sunday"; "the first cayuco ...
    reached La Restinga on Saturday morning" / "another cayuco ... reached La
    Restinga": members of a series told apart by their place in it."""
    def marks(c: Claim) -> set[str]:
        # The clause may be a relative one ("when it reached La Restinga"):
        # then the sentence says which member "it" is.
        return {(m.group(1) or m.group(2)).lower() for m in _PLACE_IN_SERIES.finditer(c.context or "")} \
            or {(m.group(1) or m.group(2)).lower() for m in _PLACE_IN_SERIES.finditer(c.sentence_key)}
    ma, mb = marks(a), marks(b)
    return bool(ma and mb) and ma != mb


_PLACE_IN_SERIES = re.compile(r"\b(?:the\s+(first|last|second|third)|(another))\s+[a-z]{3,}", re.IGNORECASE)


def _time_before(last: Claim, other: Claim) -> bool:
    """"Vallasay's cable last failed in October 2019" / "the subsea cable
    failed at 04:52 on Sunday 6 December": the time before the story's, told
    by the same verb, months earlier, not the story's act misdated."""
    da, db = last.date, other.date
    if not last.predicate or last.predicate != other.predicate or da is None or db is None \
            or da.latest is None or db.earliest is None or (db.earliest - da.latest).days <= _MONTHS_BEFORE:
        return False
    marked = re.compile(rf"\blast\s+(?:been\s+)?{verb_forms(last.predicate)}", re.IGNORECASE)
    return marked.search(last.context or "") is not None and marked.search(other.context or "") is None


#: How long before the story's act a "last" time must lie to be the time before it.
_MONTHS_BEFORE = 60


def _again(claim: Claim) -> bool:
    """"CAQM is expected to review the curbs again on Monday, 23 November": a
    repeat of an act is another instance, not the first one misdated. The
    clause kept as context may end before the word ("six of those whales were
    found stranded again": the context stops at "found"), so the sentence is
    read after the verb too."""
    if _AGAIN.search(claim.context or ""):
        return True
    key = claim.sentence_key or ""
    # The substring test first: most sentences say neither, and the pattern is built per verb.
    return bool(claim.predicate) and ("again" in key or "once more" in key) and bool(re.search(
        rf"{verb_forms(claim.predicate)}\s+(?:[a-z-]+\s+){{0,2}}(?:again|once more)\b", key))


_AGAIN = re.compile(r"\b(?:again|once more|for a second time|a second time)\b", re.IGNORECASE)


def _restarted(claim: Claim) -> bool:
    """A restart, by its verb ("resumed pumping", "was restored") or told as
    a start again ("began moving ... again") or a bringing back ("brought its
    terminal operating system back online")."""
    verb, context = claim.predicate, claim.context or ""
    return verb in _REOPENING or verb in ("begin", "start") and _AGAIN.search(context) is not None \
        or verb == "bring" and re.search(r"\bback\b", context) is not None \
        or verb == "return" and _BACK_IN_SERVICE.search(context) is not None


#: "returned to service at 10:50", "returned to normal operation": a restart.
_BACK_IN_SERVICE = re.compile(r"\breturn[a-z]*\s+to\s+(?:full\s+|normal\s+)?(?:service|operation|traffic)\b",
                              re.IGNORECASE)


def _the_next(claim: Claim) -> bool:
    """"The next weekly figures are due on Tuesday 3 February": the next one
    of a series is not the one another clause dates ("the figures, published
    on Tuesday 27 January"). "Next week" and "the next day" are dates, not this."""
    if claim.predicate and " " not in claim.predicate and "next " in claim.sentence_key and re.search(
            rf"\bnext (?:due |set |scheduled |expected )?(?:to )?{verb_forms(claim.predicate)}\b", claim.sentence_key):
        return True  # "whose board is next due to meet on 3 December"
    return any(not {w.removesuffix("s") for w in m.group().split()[1:2]} & (_CALENDAR_WORDS | _PARTS_OF_DAY)
               for m in _NEXT.finditer((claim.context or "").lower()))


_NEXT = re.compile(r"\bnext\s+(?:[a-z\d-]+\s+){0,2}?([a-z]+)(?=\s+(?:is|are|was|were|will|would|has|have|had|due|on|at|in)\b"
                   r"|\s*:)")
_PARTS_OF_DAY = frozenset("day week month year weekend morning afternoon evening night time".split())


def _act_in_participle(x: Claim, y: Claim) -> bool:
    """"spent two hours at the works yesterday, meeting union representatives"
    / "met union representatives at the works on Wednesday": one clause's act,
    done to the same object, told by the other sentence's participle."""
    if not y.predicate or " " in y.predicate or y.predicate in _LIGHT_VERBS or x.predicate == y.predicate:
        return False
    m = re.search(rf"{verb_forms(y.predicate)}\s+(?:the\s+|its\s+|their\s+)?([a-z]{{3,}}(?:\s+[a-z]{{3,}})?)",
                  (y.context or "").lower())
    if m is None or m.group(1).split()[0] in _PREPOSITIONS | _SPAN_WORDS:
        return False
    stem = y.predicate[:-1] if y.predicate.endswith("e") and not y.predicate.endswith("ee") else y.predicate
    return re.search(rf"\b{re.escape(stem)}{re.escape(stem[-1]) + '?'}ing\s+(?:the\s+|its\s+|their\s+)?"
                     rf"{re.escape(m.group(1))}\b", x.sentence_key or "") is not None


def _same_act(a: Claim, b: Claim) -> bool:
    """"since the health unit issued the advisory on Tuesday, June 9" / "on
    Wednesday, June 10, the health unit issued a boil-water advisory": a verb
    too common to tie two dates alone, with the same object on both sides;
    so is any verb whose clauses name other parties or places ("customs
    officers opened the container on Wednesday" / "officers opened the
    40-foot container at the Lach Huyen terminal on Tuesday")."""
    if not a.predicate or a.predicate in _LIGHT_VERBS - _ACT_LIGHT_VERBS or a.predicate != b.predicate and not any(
            a.predicate in s and b.predicate in s for s in _ONE_ACT_VERBS):
        return False
    if _done_to(a.predicate, a.context) & _done_to(b.predicate, b.context):
        return True  # "The repoll held on Sunday" / "The repoll will be held on Saturday"
    # "The first colour panorama ..., released at a briefing on Friday" /
    # "EDSO released the first colour panorama": done to, or the object.
    # "The first three carcasses were found" / "discovered the carcasses":
    # what the passive is done to is what the active verb takes.
    shared = (_objects(a.predicate, a.context) | _antecedent(a.predicate, a.sentence_key)
              | _described(a.predicate, a.context) | _done_to(a.predicate, a.context)) \
        & (_objects(b.predicate, b.context) | _antecedent(b.predicate, b.sentence_key)
           | _described(b.predicate, b.context) | _done_to(b.predicate, b.context))
    if {a.predicate, b.predicate} <= _PUTTING_OUT:
        # Every body releases "figures": one release is one named set of them
        # ("the supply and demand statistics" / "its February supply and demand data").
        shared -= _DATA_NOUNS
    # "the Bylderup herd tomorrow and the Hellevad herd on Saturday" /
    # "finished culling the herd at Bjerndrup ... on Thursday": one noun for
    # things each clause names by its own place is no one thing.
    return any(not (na := _object_names(n, a.context)) or not (nb := _object_names(n, b.context)) or na & nb
               for n in shared)


def _object_names(noun: str, context: str) -> set[str]:
    """The names an object is told apart by: "the Hellevad herd", "the herd at Bjerndrup"."""
    word = rf"{re.escape(noun)}s?"
    before = re.findall(rf"\b([A-Z][\w'-]+)\s+{word}\b", context or "")
    after = re.findall(rf"\b{word}\s+(?:at|in|near|of)\s+(?:the\s+)?([A-Z][\w'-]+)", context or "", re.IGNORECASE)
    return {n.lower() for n in before + after if n[0].isupper() and n.lower() not in _NOT_NAMES}


#: Capitalised words before a noun that open a sentence rather than name a thing.
_NOT_NAMES = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "both", "each", "one"})


#: Verbs that put out a set of figures, and the nouns any such set goes by
#: (as the object readers key words: lower case, a final "s" dropped, so
#: "news" is "new").
_PUTTING_OUT = frozenset({"release", "publish"})
_DATA_NOUNS = frozenset({"figure", "data", "statistic", "number", "result", "report", "estimate", "latest",
                         "official", "monthly", "new"})


#: Verbs that tell one act when done to one thing ("suspended trading in the
#: shares on Friday afternoon" / "since the CMVM halted trading on Thursday").
#: Not "close" and "shut": "schools have been shut since last Wednesday" and
#: "Lusaka's City Market, closed since Jan. 17" share a city, not an act.
_ONE_ACT_VERBS = (frozenset({"suspend", "halt", "freeze"}),
                  # "the show-cause notice the regulator issued" / "served its show-cause notice"
                  frozenset({"issue", "serve"}),
                  # "The first three carcasses were found on Saturday" / "a
                  # monitoring team discovered the carcasses of three lionesses"
                  frozenset({"find", "discover"}),
                  # "MPOB today released the supply and demand statistics" /
                  # "published its February supply and demand data on Wednesday"
                  frozenset({"release", "publish"}))


@lru_cache(maxsize=1 << 14)
def _described(verb: str, context: str) -> frozenset[str]:
    """Content words of the noun a participle after a comma describes: "The
    first colour panorama from the mast camera, released at a briefing"."""
    m = re.search(rf"\b[Tt]he\s+((?:[\w'-]+\s+){{0,6}}?[\w'-]+),\s+{verb_forms(verb)}\b", context or "")
    if m is None:
        return frozenset()
    words = {w.lower().removesuffix("s") for w in _CONTENT_WORD.findall(m.group(1))}
    return frozenset(words - _CALENDAR_WORDS - _STOCK_NOUNS - _OBJECT_STOP - _ORDER_WORDS)


#: Words that rank a thing, not name it: "the first colour panorama".
_ORDER_WORDS = frozenset({"first", "second", "third", "last", "next", "final", "latest", "new"})


@lru_cache(maxsize=1 << 14)
def _done_to(verb: str, context: str) -> frozenset[str]:
    """Content words of a passive verb's subject, what the act was done to:
    "The repoll will be held on Saturday", "the repoll held on Sunday"."""
    out: set[str] = set()
    for m in re.finditer(rf"\b((?:[A-Za-z][\w'-]*\s+){{1,3}}?)(?:(?:will|would|has|have|had)\s+)?(?:be|been|was|were|is|are)\s+"
                         rf"{verb_forms(verb)}\b|\b[Tt]he\s+([a-z]{{4,}})\s+{verb_forms(verb)}\b", context or ""):
        words = m.group(1) or m.group(2) or ""
        out |= {w.lower().removesuffix("s") for w in _CONTENT_WORD.findall(words)}
    # "Villaret, who was discharged from hospital on Tuesday": the name the
    # relative pronoun stands for.
    for m in re.finditer(rf"\b((?:[A-Z][\w'-]*\s+){{0,2}}[A-Z][\w'-]*),\s+(?:who|which|that)\s+"
                         rf"(?:(?:has|have|had)\s+)?(?:be|been|was|were|is|are)\s+{verb_forms(verb)}\b", context or ""):
        out |= {w.lower().removesuffix("s") for w in _CONTENT_WORD.findall(m.group(1))}
    return frozenset(out - _CALENDAR_WORDS - _STOCK_NOUNS - _OBJECT_STOP)


@lru_cache(maxsize=1 << 14)
def _antecedent(verb: str, sentence_key: str) -> frozenset[str]:
    """Content words of what a relative clause's verb was done to: "the serious
    shortage protocol which the department issued" -> serious, shortage, protocol;
    so too with "that", or with no pronoun ("the show-cause notice the
    Directorate General of Civil Aviation issued")."""
    out: set[str] = set()
    for m in re.finditer(rf"((?:[a-z]+ ){{0,2}}[a-z]+)(?: which| that|(?= the ))(?: [a-z]+){{0,8}}? {verb_forms(verb)}\b",
                         sentence_key):
        out |= {w.removesuffix("s") for w in re.findall(r"\b[a-z]{4,}\b", m.group(1))}
    return frozenset(out - _STOCK_NOUNS - _OBJECT_STOP - _CALENDAR_WORDS)


#: Light verbs whose object names the act: "gave notice on Thursday".
_ACT_LIGHT_VERBS = frozenset({"give", "have", "put"})


@lru_cache(maxsize=1 << 14)
def _objects(verb: str, context: str, stock: bool = False) -> frozenset[str]:
    """Content words in the three words after a regular form of ``verb``
    ("issued a boil-water advisory covering" -> boil, water, advisory, covering)."""
    out: set[str] = set()
    forms = verb_forms(verb)
    # Capitalised words name the thing too ("a Serious Shortage Protocol"),
    # but only as shared evidence: to tell two acts apart ("stock") they would
    # set the name of a train against what it did.
    word = r"\b[a-z]{4,}\b" if stock else r"\b[A-Za-z][a-z]{3,}\b"
    # Up to three words after any figures and brackets ("announced a ¥45bn
    # (£233m) pledge": the pledge; "stole £88m worth of precious stones").
    # Not a noun of the verb ("a track inspector on foot"), nor a passive's
    # agent ("walked by a track inspector"): neither is what the act was done to.
    # A particle is part of the verb ("slipped away from their captors").
    for m in re.finditer(rf"{forms}(?<!or)(?<!ors)(?<!ion)(?<!ions)\s+(?!by\b)(?:(?:away|off|out|back)\s+)?"
                         rf"(?:(?:the|a|an|its|their|his|her|this|that)\s+)?{_FIGURES}((?:[\w'-]+\s*){{1,3}})",
                         context or ""):
        out |= {w.lower().removesuffix("s") for w in re.findall(word, m.group(1))}
    out = {_OBJECT_SYNONYMS.get(w, w) for w in out - _CALENDAR_WORDS}
    return frozenset(out - _OBJECT_STOP if stock else out - _STOCK_NOUNS - _OBJECT_STOP)


#: Objects named two ways: "announced the walkout" / "announced a strike".
_OBJECT_SYNONYMS = {"walkout": "strike", "stoppage": "strike"}


#: A word long enough to name a thing ("catastrophe", not "of").
_CONTENT_WORD = re.compile(r"\b[A-Za-z][a-z]{3,}\b")
_CALENDAR_WORDS = frozenset(w.removesuffix("s") for w in (*MONTHS, *WEEKDAYS))
_OBJECT_STOP = frozenset(
    "that this with from into over under after before about than them they their which what worth".split())
#: Figures and brackets before an object's words: "£88m", "(£233m)", "45".
_FIGURES = r"(?:(?:[^\s\w]*\d\S*|\([^)]*\))\s+)*"


def nominal_of(a: str, b: str) -> bool:
    """Whether one predicate is the other's noun: "proclaim" and
    "proclamation", "inspect" and "inspection", "resign" and "resignation"."""
    if not a or not b or a == b:
        return False
    if IRREGULAR_NOMINALS.get(a) == b or IRREGULAR_NOMINALS.get(b) == a:
        return True  # "died on 11 June" / "his death on 11 July"
    verb, noun = sorted((a, b), key=len)
    if noun.startswith(verb) and noun[len(verb):] in _PARTICLES:
        return True  # "washed out the track" / "the washout"; "shut down" / "the shutdown"
    if not noun.endswith(NOMINAL_SUFFIXES) or " " in verb or " " in noun:
        return False
    stem = 0
    while stem < len(verb) and verb[stem] == noun[stem]:
        stem += 1
    return stem >= 5 and stem >= 0.75 * len(verb)


#: Particles that make a phrasal verb's noun when written onto it ("washout", "shutdown").
_PARTICLES = frozenset({"out", "down", "up", "off", "over", "away"})


@lru_cache(maxsize=1 << 14)
def _the_things(context: str) -> frozenset[str]:
    """The things a clause names with "the" ("the road", "the bridge"), but
    not the bodies and places every story keeps naming ("the government")."""
    return frozenset(w for w in re.findall(r"\b[Tt]he ([a-z]{3,})\b", context) if w not in _STOCK_NOUNS)


def _antecedent_thing(claim: Claim) -> frozenset[str]:
    """The thing a relative clause is about, named with "the" just before it
    ("the motion, which opposition MPs tabled on Tuesday")."""
    context = claim.context or ""
    m = _RELATIVE_OPENING.match(context)
    if m is None:
        return frozenset()
    key = claim.sentence_key or ""
    at = key.find(" " + context[m.end():].split(" ", 1)[0].lower()) if context[m.end():] else -1
    before = re.search(r"\bthe ([a-z]{3,})\s*,?\s*(?:which|that)\s*$", key[:at]) if at > 0 else None
    return frozenset({before.group(1)}) - _STOCK_NOUNS if before else frozenset()


_RELATIVE_OPENING = re.compile(r"\s*(?:which|that)\s+", re.IGNORECASE)


def _acts_named(context: str) -> frozenset[str]:
    """The acts a clause names by their "-ing" noun ("culling", "flooding"),
    leaving out the words of time, saying and stock that merely end so."""
    return frozenset(w for w in re.findall(r"\b([a-z]{3,}ing)\b", context.lower()) if w not in _NOT_ACTS)


_NOT_ACTS = frozenset("""
morning evening during according including following regarding nothing something anything everything thing
bring spring string king ring wing being having saying making going getting taking giving coming starting
ending beginning remaining building meeting ceiling warning briefing funding ruling hearing finding outstanding
pending leading rising falling
""".split())


#: Nouns that many clauses of one story name with "the": no evidence of one event.
_STOCK_NOUNS = frozenset("""
company government police ministry agency group firm union council office country city state region province
town authorities authority army military court president minister people family families area report
statement same first last next other new end start beginning week month year day morning afternoon evening
night time number total toll death deaths dead case cases plan deal talks move news world rest most
""".split())


#: Nouns an event noun can modify without naming the event: "visited the crash
#: site on Sunday" dates the visit, not the crash.
_SCENE_NOUNS = r"(?:site|scene|area|zone|victims?|survivors?|investigators?|investigation|inquiry|report|toll)\b"


def _same_happening(a: Claim, b: Claim) -> bool:
    """"The first closure came on Monday evening" / "the first closure began at
    18:31 UTC on Tuesday 13 October": one named happening, in the same words,
    and a verb that only says when it happened."""
    if a.predicate not in _HAPPENING_VERBS or b.predicate not in _HAPPENING_VERBS:
        return False
    subjects = [_happening_subject(c.predicate, c.context) for c in (a, b)]
    return bool(subjects[0]) and subjects[0] == subjects[1]


@lru_cache(maxsize=1 << 14)
def _happening_subject(verb: str, context: str) -> str:
    m = re.search(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:[a-z]+\s+){{0,2}}([a-z]{{4,}}))\s+(?:had\s+)?{verb_forms(verb)}\b",
                  context or "")
    return m.group(1) if m and m.group(2) not in _STOCK_NOUNS else ""


#: Verbs that say no more of a happening than when it came about.
_HAPPENING_VERBS = frozenset({"come", "begin", "start", "happen", "occur", "take place", "unfold"})


def _names_event_of(a: Claim, b: Claim) -> bool:
    """Whether a dated event named by a noun ("the fault on 10 February", "the
    search") is named in the other clause too ("the fault was detected on 11
    February", "in searches in Gdansk", "the search was called off on Friday")."""
    for x, y in ((a, b), (b, a)):
        # ... unless that clause dates a stage of it ("the strike entered its third day on Wednesday").
        # Nor a day of it ("on Sept. 14, the second day of the strike").
        # Nor a clause of what is to come ("gas from the eruption will drift
        # north-east on Sunday"): it dates an aftermath, not the event it names.
        if x.predicate in EVENT_NOUNS and y.predicate not in PHASE_VERBS \
                and not (y.frame.modality == "expected" != x.frame.modality) \
                and not re.search(rf"\bdays? (?:of|into) the {re.escape(x.predicate)}", y.context or "") \
                and not re.search(rf"\b(?:hours?|days?|weeks?|months?|years?) (?:before|after|ahead of) "
                                  rf"(?:the|(?:last |this )?[A-Za-z]+['’]s) {re.escape(x.predicate)}", y.context or "") \
                and re.search(rf"\b(?:[Tt]he|his|her|its|their|in|during|after|before|[a-z]+ed)(?: [a-z]+ic| [a-z]+ful)? "
                              rf"{re.escape(x.predicate)}(?:e?s)?\b(?! {_SCENE_NOUNS})", y.context or ""):
            return True
    return False


def _one_move(a: str, b: str) -> bool:
    """Whether two verbs tell one departure, or one arrival."""
    return any(a in group and b in group for group in _MOVES)


_MOVES = (frozenset({"depart", "leave", "sail", "set sail", "set off", "set out", "take off"}),
          frozenset({"arrive", "dock", "land", "berth", "tow"}))


def _destination(claim: Claim) -> str:
    """The named place an arrival is at ("arrived in Ísafjörður", "was towed
    into Isafjordur"), folded, or ""."""
    m = _INTO_PLACE.search(claim.context or "")
    if m is None:
        return ""
    return _unaccented(m.group(1).lower()) \
        .replace("ð", "d").replace("þ", "th")


_INTO_PLACE = re.compile(r"\b(?:arrived|arrives|arriving|docked|docks|berthed|landed|towed)\s+(?:\w+\s+){0,3}?"
                         r"(?:in|into|at)\s+(?:the\s+port\s+of\s+)?([A-Z\u00C0-\u00DE][\w'’-]+)")


def _origin(claim: Claim) -> str:
    """The named place a departure is from ("set out from Jodhpur", "left Jodhpur"), or ""."""
    m = _FROM_PLACE.search(claim.context or "")
    return m.group(1).lower() if m else ""


_FROM_PLACE = re.compile(r"\b(?:from|left|leaving|departed|departing)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")


def _same_disclosure(a: Claim, b: Claim) -> bool:
    """"NBIM published its first-quarter figures on Thursday, 22 April" / "Norges
    Bank Investment Management presented the figures in Oslo on Wednesday 21
    April": one body's results made public, told with two verbs of publishing."""
    if a.predicate not in _DISCLOSING or b.predicate not in _DISCLOSING:
        return False
    ma, mb = _DISCLOSED.search(a.context or ""), _DISCLOSED.search(b.context or "")
    if ma is None or mb is None:
        return False
    if ma.group(1).lower() == mb.group(1).lower():
        return True
    # "published its September crop report" / "released the September
    # edition": one month's issue of a publication, named two ways.
    months = [set(_MONTH_WORD.findall(m.group(0).lower())) for m in (ma, mb)]
    return bool(months[0] & months[1])


#: What is signed once: "the agreement", "the deal" (its own word, not "a").
def _one_signing(a: Claim, b: Claim) -> bool:
    """Both clauses sign a law (or its decree) by one office named alike."""
    sa, sb = a.sentence_key or "", b.sentence_key or ""
    if not (_LAW_SIGNED.search(sa) and _LAW_SIGNED.search(sb)):
        return False
    oa, ob = set(_SIGNING_OFFICE.findall(sa)), set(_SIGNING_OFFICE.findall(sb))
    return len(oa) == 1 and oa == ob


#: A law, or the decree that enacts it, signed.
_LAW_SIGNED = re.compile(r"\bsign(?:ed|s)?\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+){0,2}?(?:law|bill|decree|act|legislation)\b")
#: Offices that sign laws.
_SIGNING_OFFICE = re.compile(r"\b(president|governor|king|queen|prime minister|chancellor|mayor|emperor)\b")
_AGREEMENT = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(agreement|deal|contract|accord|treaty)\b")
_DISCLOSING = frozenset({"publish", "present", "release", "unveil", "report", "post"})
_DISCLOSED = re.compile(r"\b(?:published|presented|released|unveiled|reported|posted|publishes|presents|releases|"
                        r"unveils|reports|posts)\s+(?:[\w-]+\s+){0,3}?(figures|results|earnings|accounts|report|data|"
                        r"edition|issue|bulletin|survey|statistics)\b",
                        re.IGNORECASE)
_MONTH_WORD = re.compile(rf"\b({_FULL_MONTHS})\b")


def _one_announcement(a: Claim, b: Claim) -> bool:
    """"City Hall said on Thursday that the line would reopen on Monday,
    November 2" / "City Hall announced today that the cable car will reopen
    to passengers on Monday, 2 November 2026": one announcement, told by
    "say" and "announce", whose message names one day for one act."""
    if not ({a.predicate, b.predicate} <= _SPEECH_VERBS | _ANNOUNCING) or a.predicate == b.predicate:
        return False
    found = [_THAT_MESSAGE.search(c.sentence_key or "") for c in (a, b)]
    said = [m.group(1) for m in found if m is not None]
    if len(said) < 2:
        return False
    days = [{(m.group(1) or m.group(4), m.group(2) or m.group(3)) for m in _DAY_OF_MONTH.finditer(t)} for t in said]
    verbs = [set(_LONG_WORD.findall(t)) - _MESSAGE_FILLER for t in said]
    return bool(days[0] & days[1]) and bool(verbs[0] & verbs[1])


_ANNOUNCING = frozenset({"announce", "confirm", "declare"})
_THAT_MESSAGE = re.compile(r"\bthat\s+(.+)$")
_DAY_OF_MONTH = re.compile(rf"\b(?:(\d{{1,2}})\s+({_FULL_MONTHS})|({_FULL_MONTHS})\s+(\d{{1,2}}))\b")
_LONG_WORD = re.compile(r"[a-z]{4,}")
_MESSAGE_FILLER = frozenset({*MONTHS, *WEEKDAYS, "will", "would", "with", "from", "that", "this", "after", "before",
                             "their", "have", "been", "when", "then", "than", "into", "which"})


def _same_start_or_end(a: Claim, b: Claim) -> bool:
    """"The stayaway, which began on Tuesday 4 August" / "the minibus-taxi
    stayaway that began on Monday 3 August": one event's start (or end), told
    of the same event noun with the same verb, however unlike the sentences."""
    if a.predicate != b.predicate or a.predicate not in _BOUNDARY_VERBS:
        return False
    ma, mb = _BOUNDARY_OF.search(a.context or ""), _BOUNDARY_OF.search(b.context or "")
    return ma is not None and mb is not None and ma.group(1).lower() == mb.group(1).lower() \
        and ma.group(1).lower() in EVENT_NOUNS | _STOPPAGE_NOUNS | _OPERATION_NOUNS


_BOUNDARY_VERBS = frozenset({"begin", "start", "end", "finish"})
# "The clean-up of dead herring in Hvalvogsfjörður began": the noun may take an "of" phrase.
_BOUNDARY_OF = re.compile(r"\b([A-Za-z-]+)(?:\s+of(?:\s+[\w'’-]+){1,5}?)?(?:\s*,)?\s+(?:which\s+|that\s+)?"
                          r"(?:had\s+|has\s+)?(?:began|begun|begins|started|starts|ended|ends|finished|finishes)\b")
#: Operations a story follows from start to end ("the clean-up began on Wednesday").
_OPERATION_NOUNS = frozenset({"clean-up", "cleanup", "evacuation", "rescue", "recovery", "salvage", "cull",
                              "airlift", "count", "recount"})
#: Stoppages a story names as its event ("the stayaway began on Monday").
_STOPPAGE_NOUNS = frozenset({"stayaway", "walkout", "lockout", "boycott", "shutdown", "blockade", "stoppage",
                             "sit-in", "standoff", "siege", "curfew", "closure"})


def same_source(a: Claim, b: Claim) -> bool:
    """Whether one named source gives both figures ("police put the turnout at
    22,000", "the PSP police estimated 45,000"): its own figure for one thing."""
    sa, sb = source_of(a), source_of(b)
    return bool(sa and sb) and _shares_speaker(sa, sb) and "role" not in {speaker_kind(sa), speaker_kind(sb)}


#: A named measuring station: "the Szentendre gauge", "the Vigadó tér gauge".
_GAUGE = re.compile(r"\b([A-Z][\w'’-]+(?:\s+[a-zé][\w'’-]*)?)\s+(?:gauge|gauging station|tide gauge)\b")


def _under_way(claim: Claim) -> bool:
    """Whether a clause tells its verb in the progressive ("were working")."""
    verb = claim.predicate
    if not verb or " " in verb or "ing" not in (claim.context or ""):
        return False
    return _progressive(verb).search(claim.context or "") is not None


@lru_cache(maxsize=1024)
def _progressive(verb: str) -> re.Pattern[str]:
    """"were working", "is closing": a verb's progressive, once compiled per verb."""
    stem = verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb
    return re.compile(rf"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?{re.escape(stem)}\w?ing\b", re.IGNORECASE)


def _one_peak(a: Claim, b: Claim) -> bool:
    """"It had peaked at 863 cm at 1 a.m. on Friday" / "reached its highest
    value of the current flood, 836 cm, at 1:00 a.m. on Friday": a peak is
    one value at one moment, which two clauses giving that moment tell alike."""
    da, db = a.date, b.date
    if da is None or db is None or not da.time or da.time != db.time or da.tz != db.tz \
            or (da.earliest, da.latest) != (db.earliest, db.latest) or da.earliest is None or da.earliest != da.latest:
        return False
    qa, qb = a.quantity, b.quantity
    return qa is not None and qb is not None and qa.unit == qb.unit != "" \
        and all(_PEAK.search(c.context or "") for c in (a, b))


def _swapped_digits(a: Claim, b: Claim) -> bool:
    """"Net outflows were €212 million" / "customers pulled €221m": two
    exact figures of three significant digits or more with two digits
    traded (:func:`checker.quantities.digits_swapped`). Across reports only;
    a report listing both wrote them apart on purpose."""
    qa, qb = a.quantity, b.quantity
    if a.report == b.report or qa is None or qb is None or qa.hedge or qb.hedge \
            or qa.low != qa.high or qb.low != qb.high or qa.unit != qb.unit:
        return False
    short = all(len(f"{v:.0f}".rstrip("0")) < 3 for v in (qa.value, qb.value))
    return not short and digits_swapped(qa.value, qb.value)


def _swapped_pairs(claims: list[Claim], members: list[int], vectors: np.ndarray,
                   floor: float) -> list[tuple[int, int, float]]:
    """Pairs of :func:`_swapped_digits` figures whose sentences are at least
    ``floor`` alike: the slip keeps the figure's story, not its wording."""
    by_digits: dict[tuple[str, str], list[int]] = {}
    for i in members:
        q = claims[i].quantity
        if q is not None and not q.hedge and q.low == q.high and q.value == int(q.value):
            by_digits.setdefault(("".join(sorted(f"{q.value:.0f}")), q.unit), []).append(i)
    out = []
    for group in by_digits.values():
        for n, a in enumerate(group):
            for b in group[n + 1:]:
                if _swapped_digits(claims[a], claims[b]) and (s := float(vectors[a] @ vectors[b])) >= floor:
                    out.append((min(a, b), max(a, b), round(s, 6)))
    return out


def _peak_pairs(claims: list[Claim], members: list[int], vectors: np.ndarray) -> list[tuple[int, int, float]]:
    """Pairs of :func:`_one_peak` figures, however unlike their sentences: a
    crest's two accounts may share little more than its moment."""
    at: dict[tuple[object, ...], list[int]] = {}
    for i in members:
        c = claims[i]
        if c.date is not None and c.date.time and c.quantity is not None and _PEAK.search(c.context or ""):
            at.setdefault((c.date.time, c.date.tz, c.date.earliest, c.date.latest, c.quantity.unit), []).append(i)
    return [(a, b, round(float(vectors[a] @ vectors[b]), 6))
            for group in at.values() for n, a in enumerate(group) for b in group[n + 1:] if _one_peak(claims[a], claims[b])]


_PEAK = re.compile(r"\b(?:peak(?:ed|s)?|crest(?:ed|s)?|highest|maximum)\b", re.IGNORECASE)


def _summed_over_places(whole: Claim, part: Claim) -> bool:
    """"evacuated 181 homes in Szentendre and Győr" / "Szentendre ordered 124
    homes ... to be evacuated": a count over places the clause lists, and one
    of them alone (the tagger may miss a place's name, so the words decide)."""
    m = _PLACE_LIST.search(whole.context or "")
    if m is None:
        return False
    places = [p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(1)) if p]
    named = [p for p in places if re.search(rf"\b{re.escape(p)}\b", part.context or "")]
    return 0 < len(named) < len(places)


#: "in Szentendre and Győr", "in Lyon, Grenoble and Annecy": a clause's places, listed.
_PLACE_LIST = re.compile(r"\bin\s+((?:[A-Z][\w'’-]+,\s+)*[A-Z][\w'’-]+,?\s+and\s+[A-Z][\w'’-]+)")


def _named_subject(claim: Claim) -> str:
    """A count's subject when the clause names a place or market by it
    ("Istria", "The UK"): a name the tagger found, or a country's acronym,
    and no body's head noun."""
    q = claim.quantity
    if q is None or not q.subject or q.subject in _PRONOUNS:
        return ""
    words = q.subject.split()
    if words[-1] in ORG_WORDS:
        return ""  # "the Commission", "the Ministry": a body a report may name another way
    names = {e.split(":", 1)[1] for e in claim.entities}
    # The tagger's names are folded ("Mátra" is "matra").
    plain = _unaccented(q.subject)
    if plain not in names:
        # A capital alone may open a sentence ("Site A-12 holds"). An acronym
        # may name a country ("The UK") or a body ("The PURC", which other
        # reports call "the Commission"): only the tagger's place tells.
        if not all(re.search(rf"\b{re.escape(w.upper())}\b", claim.context or "") for w in words) \
                or not any(e.split(":", 1)[0] == "GPE" for e in claim.entities):
            return ""
    return q.subject


def _time_before_marked(before: Claim, other: Claim) -> bool:
    """Whether ``before``'s clause marks its day as a time before ("was last
    on red alert on April 22", "was previously placed on Red Alert on 22
    April") and the other clause, unmarked, dates a later day."""
    db, do = before.date, other.date
    if db is None or do is None or db.latest is None or do.earliest is None or db.latest >= do.earliest:
        return False
    if _level_before_day(before) and not _level_before_day(other):
        # "cut its forecast to 18.9 million tonnes on Thursday, from 20.5
        # million tonnes a week ago": the day of the level it moved from.
        return True
    return _MARKED_BEFORE.search(before.context or "") is not None \
        and _MARKED_BEFORE.search(other.context or "") is None


def _level_before_day(claim: Claim) -> bool:
    """Whether a date follows "from" and a figure in its clause: the day of the earlier level."""
    d = claim.date
    return d is not None and bool(d.surface) and re.search(
        rf"\bfrom\s+(?:about\s+|around\s+|some\s+)?\S*\d[\d.,]*\s*(?:[a-z%]+\s+){{0,3}}?{re.escape(d.surface)}",
        claim.context or "", re.IGNORECASE) is not None


#: "was last", "had previously been": an earlier time (not "was last seen",
#: which dates a disappearance).
_MARKED_BEFORE = re.compile(r"\b(?:was|were|had been|has been|had|was\s+also)\s+(?:last|previously)\s+"
                            r"(?!seen|heard|spotted|sighted|contacted)", re.IGNORECASE)


_MISSING_STATE = re.compile(r"\b(?:(?:were|was|are|is|remain(?:ed|s)?|been)\s+(?:still\s+)?|still\s+)missing\b",
                            re.IGNORECASE)


def _counted_parties_and_one(group: Claim, one: Claim) -> bool:
    """Whether ``group``'s doers are a counted number of parties ("three
    importers in three countries had rejected 31 containers") and ``one``'s
    a single named party ("Hanse Frucht GmbH says it has rejected")."""
    qg, qo = group.quantity, one.quantity
    if qg is None or qo is None or not qg.subject or not qo.subject or not qg.subject.endswith("s"):
        return False
    if not re.search(rf"\b(?:{_TWO_OR_MORE})\s+{re.escape(qg.subject)}\b", group.context or "", re.IGNORECASE):
        return False
    # The one party is named: a body or person the clause names, or the
    # source its figure is credited to ("Hanse Frucht GmbH says it has ...").
    return not set(qg.subject.split()) & set(qo.subject.split()) \
        and (any(e.split(":", 1)[0] in ("ORG", "PERSON") and same_speaker(e.split(":", 1)[1], qo.subject)
                 for e in one.entities)
             or one.attribution is not None and same_speaker(one.attribution.speaker, qo.subject))


#: Counts of two or more: "three importers", "12 airlines".
_TWO_OR_MORE = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+"


def _different_parties(a: Claim, b: Claim) -> bool:
    """Clauses about different people, or different places, state different facts
    ("Rait died on Friday", "Buckley fell on Saturday"; "1,200 jobs in Gießen",
    "1,800 jobs in Germany"), unless they share one of them."""
    for i, (xa, xb) in enumerate(zip(_parties(a.entities), _parties(b.entities))):
        # A dateline's place may still be the one the other clause names, and
        # so may a name the tagger gave another label ("the station at
        # Montoro", an organisation; "the town of Montoro", a place).
        if i == 1:
            # "16:25 Cairo time" tells a clock, not where the clause happened.
            xa, xb = _not_clocks(xa, a), _not_clocks(xb, b)
            # "Germany's Baltra Energy", "the Hamburg developer": where a party
            # comes from, not where the clause happened.
            xa, xb = _not_affiliations(xa, a), _not_affiliations(xb, b)
            # "the Izumi egg farm", tagged a body: a site is where its clause happened.
            xa, xb = xa or _sites(a), xb or _sites(b)
            # "ran aground on the Kalvskär shoal": a spot somewhere in the
            # area another clause names ("in Finland's Aland Islands"), no rival place.
            xa, xb = xa - _spots(a), xb - _spots(b)
        wa, wb = (xa | _filed_at(a) | _names(a), xb | _filed_at(b) | _names(b)) if i == 1 else (xa, xb)
        if xa and xb and not any(same_speaker(x, y) or i == 1 and _named_within(x, y) for x in wa for y in wb) \
                and not (i == 1 and (_tagged_otherwise(xa, b) or _tagged_otherwise(xb, a))):
            return True
    # "Istria, which counted 19.6 million nights" / "The UK contributed 2.3
    # million nights": counts whose doers are two names (a region, a market),
    # whatever labels the tagger gave them.
    na, nb = _named_subject(a), _named_subject(b)
    if na and nb and not same_speaker(na, nb) and not _named_within(na, nb):
        return True
    # "- Germany: EUR 460 million", "- Netherlands: EUR 180 million": the
    # lines of a list, each labelled with its party (which the parser may
    # not tag as a name).
    la, lb = _LINE_LABEL.match(a.context or ""), _LINE_LABEL.match(b.context or "")
    if la and lb and not same_speaker(la.group(1).lower(), lb.group(1).lower()):
        return True
    # "... relating to 347,260 customers and 418,640 accounts:" and the list
    # below it, "Canada: 285,890 customers and 342,910 accounts": within one
    # report a labelled line is one party's part of what the rest counts.
    if a.report == b.report and bool(la) != bool(lb):
        return True
    # "Capital Desk's own survey of 18 economists", "a Meridian News poll of
    # 41 economists": two pollsters' polls.
    pa, pb = _pollster(a.context), _pollster(b.context)
    if pa and pb and not same_speaker(pa, pb):
        return True
    # "The Conservative share fell 9.8 points" / "Labour fell 6.5 points":
    # two parties' (or firms') moves in a share, each its own.
    if a.quantity is not None and b.quantity is not None and _share_move(a) and _share_move(b):
        ga, gb = _groups_named(a), _groups_named(b)
        if ga and gb and not any(same_speaker(x, y) for x in ga for y in gb):
            return True
    # "a 29-year-old man was arrested", "a 38-year-old man was arrested": two people.
    ages_a, ages_b = _ages(a.sentence_key), _ages(b.sentence_key)
    return bool(ages_a and ages_b) and not ages_a & ages_b


def _sets_against_the_other(a: Claim, b: Claim) -> bool:
    """One figure's sentence names the other's source's own figure ("twice the
    Secretariat's figure", "above the ministry's estimate"). A figure's
    source may be the subject that puts it ("Exfruta valued the fruit at
    US$510 million" / "ODEPA says ... about US$430 million ..., against
    Exfruta's figure for the same day")."""
    sa = source_of(a) or (a.quantity.subject if a.quantity is not None else "")
    sb = source_of(b) or (b.quantity.subject if b.quantity is not None else "")
    if not sa or not sb or same_speaker(sa, sb):
        return False
    for x, other in ((a, sb), (b, sa)):
        word = other.split()[-1]
        if len(word) >= 4 and re.search(rf"\b{re.escape(word)}(?:'s| s|s)? (?:own )?(?:figure|estimate|forecast|number)s?\b",
                                        x.sentence_key):
            return True
    return False


def _one_fall_of(qa: Quantity, qb: Quantity) -> bool:
    """"recorded 421 mm of rain" / "412 millimetres of rain fell": a depth of
    rain or snow at a gauge is one measure, whether the gauge records it or
    the rain falls."""
    return qa.counted == qb.counted and qa.counted in ("rain", "rainfall", "snow", "snowfall") \
        and bool(qa.unit) and canonical_unit(qa.unit) == canonical_unit(qb.unit) == "m"


def _one_majority(a: Claim, b: Claim) -> bool:
    """Two winners' majorities, one named as its owner's ("Okafor-Price's
    majority of 6,726") and one in a sentence naming the same winner ("Helen
    Okafor-Price ... won ..., a majority of 6,276"): one lead in one count.
    Owners named on both sides must be the same."""
    qa, qb = a.quantity, b.quantity
    if qa is None or qb is None or not qa.counted == qb.counted == "majority":
        return False
    oa, ob = _majority_owner(a), _majority_owner(b)
    if oa and ob:
        return oa == ob
    owner, other = (oa, b) if oa else (ob, a)
    return bool(owner) and bool(re.search(rf"\b{re.escape(owner)}\b", other.sentence_key)) and any(
        owner in e.split(":", 1)[1] for e in other.entities if e.split(":", 1)[0] in ("PERSON", "GPE", "ORG"))


def _majority_owner(claim: Claim) -> str:
    """Whose a majority is, when the words before it say ("Okafor-Price's majority of")."""
    q = claim.quantity
    context = claim.context or ""
    at = context.find(q.surface) if q is not None else -1
    m = _OWNED_MAJORITY.search(context[:at]) if at > 0 else None
    return " ".join(m.group(1).lower().replace("-", " ").split()) if m else ""


_OWNED_MAJORITY = re.compile(r"\b([A-Z][\w-]+)(?:'s|’s)?\s+majority\s+of\s+$")


def _share_move(claim: Claim) -> bool:
    """A change told in points ("fell 9.8 points", "up 2.1 percentage points")."""
    q = claim.quantity
    return q is not None and (q.counted in ("point", "points", "percentage point") or q.unit == "pp")


def _groups_named(claim: Claim) -> frozenset[str]:
    """The parties, firms and peoples a clause names (ORG, NORP)."""
    return frozenset(e.split(":", 1)[1] for e in claim.entities if e.split(":", 1)[0] in ("ORG", "NORP"))


def _named_within(x: str, y: str) -> bool:
    """"Kalundu Stadium" and "the Kalundu Stadium Cholera Treatment Centre": a
    place of two words or more that begins the other's name, which is in it."""
    short, long = sorted((x.split(), y.split()), key=len)
    return 2 <= len(short) < len(long) and long[:len(short)] == short


def _one_instance(inc: Claim, other: Claim) -> bool:
    """"called a third national strike day on Tuesday, March 24" and "called
    the next strike day for Wednesday 25 March": the numbered instance is the
    one the other clause names as the next (or by the same number), so their
    days date one happening, though the first is one more of its kind."""
    if inc.frame.aggregation != "incremental" or other.frame.aggregation == "incremental":
        return False
    m = _NUMBERED_INSTANCE.search(inc.context or "")
    if m is None:
        return False
    head = m.group(2).split()[-1].lower()
    n = re.search(rf"\bthe (?:next|{m.group(1)})\s+((?:[\w-]+\s+){{0,2}}[\w-]+)", other.context or "", re.IGNORECASE)
    return n is not None and len(head) >= 3 and head in n.group(1).lower().split()


_NUMBERED_INSTANCE = re.compile(r"\ba (second|third|fourth|fifth|sixth)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)", re.IGNORECASE)


def _sites(claim: Claim) -> frozenset[str]:
    """Names the tagger made bodies that the clause uses as a site's: "the
    Izumi egg farm where the first outbreak was confirmed"."""
    context = claim.context or ""
    return frozenset(n for e in claim.entities if e.startswith("ORG:") and (n := e.split(":", 1)[1])
                     and re.search(rf"\b{re.escape(n)}\s+(?:[a-z-]+\s+)?{_SITE_NOUNS}", context, re.IGNORECASE))


def _spots(claim: Claim) -> frozenset[str]:
    """Place names the clause gives as a spot's: "the Kalvskär shoal" (names
    are keyed without accents, so the clause is read without them too)."""
    return _spot_names(claim.entities, claim.context or "")


@lru_cache(maxsize=1 << 14)
def _spot_names(entities: tuple[str, ...], context: str) -> frozenset[str]:
    # Cached: _different_parties asks for every pair, and each name makes its own pattern.
    plain = _unaccented(context)
    return frozenset(n for e in entities if e.split(":", 1)[0] in ("GPE", "LOC", "FAC")
                     and (n := e.split(":", 1)[1])
                     and re.search(rf"\b{re.escape(n)}\s+{_SPOT_NOUNS}", plain, re.IGNORECASE))


#: Nouns of small spots within a wider area: where a ship grounds, a road is blocked.
_SPOT_NOUNS = r"(?:shoal|reef|sandbank|rocks?|skerry|junction|interchange|crossroads|roundabout|pier|quay|jetty)s?\b"


#: Nouns of places where things are made, grown or kept.
_SITE_NOUNS = r"(?:farm|plant|mine|factory|site|works|refinery|smelter|mill|quarry|depot|warehouse)s?\b"


def _tagged_otherwise(places: frozenset[str], claim: Claim) -> bool:
    """Whether every one of ``places`` is named in ``claim``'s sentence inside
    a name the tagger gave another label ("Liverpool", a city, in one
    sentence; "London Liverpool Street", an organisation, in the other)."""
    others = [f" {' '.join(_KEY_WORDS.findall(e.split(':', 1)[1]))} " for e in claim.entities
              if e.split(":", 1)[0] not in ("GPE", "LOC", "FAC")]
    return bool(places) and bool(others) and all(
        any(f" {' '.join(_KEY_WORDS.findall(p))} " in o for o in others) for p in places)


def _not_clocks(places: frozenset[str], claim: Claim) -> frozenset[str]:
    """``places`` without those the sentence names only as a clock ("Cairo time")."""
    if not places:
        return places
    # "departed Singapore Changi Airport at 11:40 p.m. Singapore time": named as a place too.
    key = f" {claim.sentence_key} "
    return frozenset(p for p in places if f" {p} time " not in key or key.count(f" {p} ") > key.count(f" {p} time "))


def _not_affiliations(places: frozenset[str], claim: Claim) -> frozenset[str]:
    """``places`` without those the clause names only as a party's home: a
    possessive before a body's name ("Germany's Baltra Energy") or a word
    before a firm's noun ("the Hamburg developer"). "Zambia's health
    ministry", "Lusaka's Kanyama township" and "the Copperbelt has recorded"
    keep their places."""
    if not places:
        return places
    return _homes_left_out(places, claim.context or "", claim.entities)


@lru_cache(maxsize=1 << 14)
def _homes_left_out(places: frozenset[str], context: str, entities: tuple[str, ...]) -> frozenset[str]:
    """:func:`_not_affiliations` on what it reads of the claim: asked for every
    pair, with patterns built per place, so cached."""
    orgs = {e.split(":", 1)[1] for e in entities if e.startswith("ORG:")}
    kept = set()
    for p in places:
        name = rf"(?i:{re.escape(p)})"
        said = re.findall(rf"\b{name}\b", context)
        # Only a firm's or body's home: "Lusaka's Kanyama township" is a place in a place.
        # (The long tails are matched by patterns compiled once: built into
        # each place's pattern, they overflowed the regex cache.)
        owned = [m for at in re.finditer(rf"\b{name}['’]s ", context)
                 if (m := _OWNER_NAMED.match(context, at.end())) is not None
                 and " ".join(m.group(1).lower().split()) in orgs]
        homes = len(owned) + sum(1 for at in re.finditer(rf"\b(?i:the) {name}[- ]", context)
                                 if _BASED_OR_FIRM.match(context, at.end()))
        if not said or homes < len(said):
            kept.add(p)
    return frozenset(kept)


#: Nouns of places inside places ("Lusaka's Kanyama township").
_PLACE_NOUNS = "(?:township|district|province|region|county|city|town|village|suburb|area|neighbou?rhood|state|" \
               "municipality|valley|island|port|airport)"
#: Nouns for a firm or body that a place word before them says where it comes from.
_FIRM_NOUNS = "developer|company|firm|group|operator|utility|carrier|airline|bank|lender|insurer|maker|" \
              "manufacturer|producer|supplier|contractor|consortium|investor|startup|start-up|shipowner|owner"
#: The body a place's possessive names ("Germany's Baltra Energy"), not a place in it.
_OWNER_NAMED = re.compile(rf"((?:[A-Z][\w'’-]*\b\s?)+)(?!\s*{_PLACE_NOUNS}\b)")
#: What makes "the Hamburg ..." a firm's home: "the Hamburg-based", "the Hamburg developer".
_BASED_OR_FIRM = re.compile(rf"(?:based\b|(?i:{_FIRM_NOUNS})\b)")


#: A list line's label: "- Germany: ", "* New Zealand: ", "- United States
#: (Maplecrest Bank USA): ", "- 7th case, Izumi City, Kagoshima Prefecture: ",
#: or a bare "Canada: " opening its line.
_LINE_LABEL = re.compile(r"^\s*(?:[-*•–]\s*)?(?:\d+(?:st|nd|rd|th)\s+[a-z]+,\s+)?"
                         r"([A-Z][\w'’.]*(?:,? [A-Z][\w'’.]*){0,4})(?:\s*\([^)]*\))?:\s")


@lru_cache(maxsize=1 << 14)
def _pollster(context: str) -> str:
    """Who ran the poll a clause's figure comes from ("Capital Desk's own
    survey", "a Meridian News poll"), or ""."""
    m = _POLL.search(context or "")
    return (m.group(1) or m.group(2) or "").lower() if m else ""


_POLL = re.compile(r"(?:\b([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})['’]s (?:own )?|\b[Aa]n? ([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}) )"
                   r"(?:survey|poll|study|census)\b")


@lru_cache(maxsize=1 << 14)
def _ages(sentence: str) -> frozenset[str]:
    return frozenset(_AGE.findall(sentence or ""))


_AGE = re.compile(r"\b(\d{1,3}) year old\b")


@lru_cache(maxsize=1 << 14)
def _parties(entities: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """The people, the places and the named things among ``entities`` (cached:
    alignment asks for every pair of claims in a bucket)."""
    return tuple(
        frozenset(e.split(":", 1)[1] for e in entities if e.split(":", 1)[0] in labels)
        for labels in (("PERSON",), ("GPE", "LOC", "FAC"), _THINGS)
    )


#: Named things a fact is about: "destroyed by Hurricane Katrina" and "destroyed
#: by Hurricane Georges" are two storms, whatever the verb.
_THINGS = ("EVENT", "WORK_OF_ART", "LAW", "PRODUCT")


def _different_stages(a: Claim, b: Claim) -> bool:
    """"In the first phase ... 850 positions" and "the 290 positions included
    in the second phase": two stages of one plan (phases, rounds, waves) are
    two facts."""
    sa, sb = _stage(a.sentence_key), _stage(b.sentence_key)
    if sa is not None and sb is not None and sa[1] == sb[1] and sa[0] != sb[0]:
        return True
    # "The driver of the line 15 tram ... two years of service" and "The
    # driver of the line 7 tram ... 23 years": two numbered vehicles or lines.
    da, db = _designation(a.sentence_key), _designation(b.sentence_key)
    if da is not None and db is not None and da[0] == db[0] and da[1] != db[1]:
        return True
    # "the NO2 average comes to 4.83 kroner" / "the NO1 zone, the average was
    # 4.64 kroner": two areas, units or models a code of letters and a
    # number tells apart (price zones, reactor units, aircraft types).
    ca, cb = _code(a.context or a.sentence_key), _code(b.context or b.sentence_key)
    if ca is not None and cb is not None and ca[0] == cb[0] and ca[1] != cb[1]:
        return True
    # "A second round of 48 environmental samples" and "nine of 64 samples
    # taken from surfaces": a later round is not the one a report tells
    # without naming it.
    if a.kind == "quantity" and _later_round(a) != _later_round(b):
        return True
    # "the general ICU (14 beds) closes" / "The cardiac surgery ICU has been
    # closed ... since 9 October": two units of one place, by the word before
    # the noun both name.
    ua, ub = _unit_named(a.context or ""), _unit_named(b.context or "")
    return ua is not None and ub is not None and ua[1] == ub[1] and ua[0] != ub[0]


def _later_round(claim: Claim) -> bool:
    """A figure a later round, batch or wave is made of ("a second round of 48 samples")."""
    around = _around_figure(claim)
    return around is not None and bool(_LATER_ROUND_OF.search(around[0]))


_LATER_ROUND_OF = re.compile(r"\b(?:second|third|fourth|fifth|2nd|3rd|[4-9]th|another|new|further|fresh)\s+"
                             r"(?:round|batch|wave|tranche|phase|set)\s+of\s+(?:about\s+|some\s+|around\s+)?$")


@lru_cache(maxsize=1 << 14)
def _unit_named(context: str) -> tuple[str, str] | None:
    """The one unit of a place a clause names, as (its modifier, its noun):
    ("general", "icu") for "the general ICU"; none when it names several or
    names one without a modifier of its own."""
    found = {(m.group(1).lower(), m.group(2).lower().removesuffix("s")) for m in _UNIT.finditer(context)
             if m.group(1).lower() not in _NOT_A_UNITS_NAME}
    return next(iter(found)) if len(found) == 1 else None


_UNIT = re.compile(r"(?<![-\w])([a-z]+)\s+(icu|ward|wing|terminal|runway|reactor|tower|pavilion|grandstand|meeting)\b",
                   re.IGNORECASE)
#: Words before a unit's noun that do not tell one unit (or meeting) from
#: another ("the whole ward", "its regular meeting").
_NOT_A_UNITS_NAME = frozenset("the a an its their this that these those his her our your same other whole entire "
                              "affected damaged new old one each every both either neither which "
                              "regular scheduled special next last first second final monthly weekly annual yearly "
                              "quarterly extraordinary day closed door private public full open previous latest "
                              "earlier later planned temporary permanent main".split())


@lru_cache(maxsize=1 << 14)
def _designation(sentence: str) -> tuple[str, str] | None:
    """The one numbered line, flight or vehicle a sentence names ("the line 15
    tram", "Flight 302", "Lines 4, 5 and 6" by its first); none when it names several."""
    found = {(m.group(1).lower().removesuffix("s"), m.group(2).upper()) for m in _DESIGNATION.finditer(sentence or "")}
    return next(iter(found)) if len(found) == 1 else None


_DESIGNATION = re.compile(r"\b(lines?|flights?|routes?|bus|train|tram|platforms?|gates?|runways?|berths?|piers?|reactors?)\s+"
                          r"(?:no\.?\s*)?(\d{1,4}[A-Za-z]?)\b(?![.,:]\d)", re.IGNORECASE)


@lru_cache(maxsize=1 << 14)
def _code(text: str) -> tuple[str, str] | None:
    """The one code of capitals and a number a clause names ("NO2", "SE3",
    "A321"), as (letters, number); none when it names several or none."""
    found = {(m.group(1), m.group(2)) for m in _CODE.finditer(text or "")}
    return next(iter(found)) if len(found) == 1 else None


_CODE = re.compile(r"(?<![\w.-])([A-Z]{1,4})(\d{1,3})(?![\w.,:/-]?\d|\w)")


@lru_cache(maxsize=1 << 14)
def _stage(sentence: str) -> tuple[str, str] | None:
    """The one stage a sentence names ("in the first phase"); none when it names
    several, unless it moves to one of them ("moved from Stage 2 ... to Stage 4")."""
    found = {(_ORDINAL.get(m.group(1).lower(), m.group(1).lower()), m.group(2).lower().rstrip("s"))
             for m in _STAGE.finditer(sentence or "")}
    found |= {(_ORDINAL.get(m.group(2).lower(), m.group(2).lower()), m.group(1).lower())
              for m in _STAGE_AFTER.finditer(sentence or "")}
    if len(found) > 1:
        to = {(_ORDINAL.get(m.group(2).lower(), m.group(2).lower()), m.group(1).lower())
              for m in _TO_STAGE.finditer(sentence or "")}
        return next(iter(to)) if len(to) == 1 else None
    return next(iter(found)) if found else None


#: The stage a move goes to: "to Stage 4", "into phase two".
_TO_STAGE = re.compile(r"\b(?:to|into)\s+(phase|round|stage|wave|tranche|leg)\s+([1-9]|10|one|two|three|four|five|six"
                       r"|seven|eight|nine|ten)\b(?![.,]\d)", re.IGNORECASE)
#: Ordinals and numbers of stages, as one key: "fourth", "4th", "Phase 4", "phase four".
_ORDINAL = {w: str(i) for i, ws in enumerate(
    [(), ("first", "1st", "one"), ("second", "2nd", "two"), ("third", "3rd", "three"), ("fourth", "4th", "four"),
     ("fifth", "5th", "five"), ("sixth", "6th", "six"), ("seventh", "7th", "seven"), ("eighth", "8th", "eight"),
     ("ninth", "9th", "nine"), ("tenth", "10th", "ten")]) for w in ws}
_STAGE = re.compile(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|10th)"
                    r"\s+(phase|round|stage|wave|tranche|leg|week)s?\b", re.IGNORECASE)
#: "Phase 3", "round two", "Extraction, day two (23 July)", "in week 2": the stage's number after its noun.
_STAGE_AFTER = re.compile(r"\b(phase|round|stage|wave|tranche|leg|day|week)\s+([1-9]|10|one|two|three|four|five|six|seven|eight"
                          r"|nine|ten)\b(?![.,]\d)", re.IGNORECASE)


@lru_cache(maxsize=1 << 14)
def _all_of(surface: str, context: str) -> bool:
    """"All 312 of our branches", "across the country": every one of a thing.
    (Cached: asked for every pair, with a pattern per figure.)"""
    return bool(re.search(rf"\b[Aa]ll (?:the |of the )?{re.escape(surface)}\b", context) or _NATIONWIDE.search(context))


def _one_member_of(claim: Claim) -> bool:
    """"of one aircraft", "on one of the aircraft": a single member, named by "one"."""
    q = claim.quantity
    return q is not None and q.value == 1 and q.surface.lower() == "one"


def _all_and_local(a: Claim, b: Claim) -> bool:
    """"All 312 of our branches stayed open" and "its 14 branches in Leeds
    stayed open": every one of a thing, and those of one place among them;
    so are "Across the country, 412 rhinos were poached" and "38 rhinos were
    poached in Limpopo"."""
    def every(c: Claim) -> bool:
        q = c.quantity
        return q is not None and _all_of(q.surface, c.context)
    place_a, place_b = _parties(a.entities)[1], _parties(b.entities)[1]
    # "In Canterbury alone, 1,105 appointments were postponed": one place's
    # share, not the count of a sentence that names none.
    alone_a, alone_b = bool(_PLACE_ALONE.search(a.context)), bool(_PLACE_ALONE.search(b.context))
    # Two alls ("All 624 passengers walked out", "All 642 customers on board
    # were evacuated to Fordham Road station") are one whole, told twice.
    # "In our region there were 18 search warrants": a local outlet's own
    # place, a part of any count that does not say it is that place's.
    if bool(_OUR_PLACE.search(a.context or "")) != bool(_OUR_PLACE.search(b.context or "")) \
            or _county_only(a, b) or _county_only(b, a):
        return True
    # "All 1,780 homes ... on the island lost power" / "cut supply to about
    # 600 homes in the north of the island": every one, and one part's.
    region_a, region_b = bool(_REGION_OF.search(a.context or "")), bool(_REGION_OF.search(b.context or ""))
    # "the left engine of one aircraft" / "the engine mounts of all five
    # aircraft": one member of a group the report counts whole.
    if a.report == b.report and (_one_member_of(a) and every(b) or _one_member_of(b) and every(a)):
        return True
    # "which employs about 1,400 people worldwide" / "240 of its 1,150 staff
    # in Switzerland": the world over, and one country's.
    world_a, world_b = bool(_WORLDWIDE.search(a.context or "")), bool(_WORLDWIDE.search(b.context or ""))
    return every(a) and not every(b) and not place_a and bool(place_b) \
        or world_a and not world_b and bool(place_b) or world_b and not world_a and bool(place_a) \
        or every(b) and not every(a) and not place_b and bool(place_a) \
        or every(a) and region_b and not region_a or every(b) and region_a and not region_b \
        or alone_a and bool(place_a) and not place_b or alone_b and bool(place_b) and not place_a


_WORLDWIDE = re.compile(r"\b(?:worldwide|world-wide|globally|around\s+the\s+world|across\s+the\s+world)\b",
                        re.IGNORECASE)
#: "in the north of the island", "in the eastern part of the county": a region of a place.
_REGION_OF = re.compile(r"\bin\s+the\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+(?:part\s+)?of\b",
                        re.IGNORECASE)
_OUR_PLACE = re.compile(r"\b(?:in|across)\s+our\s+(?:region|area|city|town|district|province|county|state|"
                        r"community|valley|island|municipality)\b", re.IGNORECASE)
#: "Of the 617 new cars registered in the county in March": the place the
#: story has named, a part of the country's count (read in the sentence key,
#: since the parse may cut the clause from the figure's).
_THE_PLACE = re.compile(r"\b(?:in|across) (the|[a-z]+) (county|province|district|municipality)\b")


def _county_only(a: Claim, b: Claim) -> bool:
    """Whether ``a``'s sentence counts "in the county" (or "in Isiolo county")
    and ``b``'s names no such place: the county's share, not the whole's. Not
    when ``b`` names the same county otherwise ("Harlow County saw 31 people
    lose their lives last year" / "Fewer than two dozen people were murdered
    in Harlow County last year")."""
    m = _THE_PLACE.search(a.sentence_key)
    if m is None or _THE_PLACE.search(b.sentence_key):
        return False
    # Not a county that only places the subject right before its verb ("a
    # single failed weld on a steam pipe in Narok County knocked 213 megawatts
    # off Kenya's national grid").
    at = a.sentence_key.find(_key(a.quantity.surface)) if a.quantity is not None else -1
    verb = _verb_of(a)
    if 0 < m.start() < at and verb and re.match(rf"\s*{verb_forms(verb)}", a.sentence_key[m.end():]):
        return False
    return m.group(1) == "the" or f"{m.group(1)} {m.group(2)}" not in b.sentence_key
#: "In Canterbury alone", not "In September alone" (a month's share of a period, no place's).
_PLACE_ALONE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Ff]or|[Aa]cross)\s+(?:the\s+)?"
                          r"(?!(?:January|February|March|April|May|June|July|August|September|October|November"
                          r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                          r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+alone\b")


#: Words that give a count for the whole country, which names no place.
_NATIONWIDE = re.compile(r"\b(?:nationwide|nationally|countrywide|across the country|across the nation)\b",
                         re.IGNORECASE)


def _sum_of_named(whole: Claim, one: Claim) -> bool:
    """"the two contact herds at Bylderup and Hellevad, 3,200 pigs between
    them" / "Culling of 2,300 pigs has begun at a contact farm at Bylderup":
    what named parties hold between them is no count of one of them."""
    if not _HELD_TOGETHER.search(whole.context or "") or _HELD_TOGETHER.search(one.context or ""):
        return False
    names = _names(whole)
    told = {n for n in names if re.search(rf"\b{re.escape(n)}\b", one.sentence_key or "")}
    return len(names) >= 2 and len(told) == 1


#: A figure held by several together: "3,200 pigs between them", "a combined 412 beds".
_HELD_TOGETHER = re.compile(r"\bbetween\s+them\b|\bbetween\s+the\s+(?:two|three|four|five)\b|\bcombined\b"
                            r"|\btogether\b", re.IGNORECASE)


def _competitions(claim: Claim) -> str:
    """Which games a player's or a side's figure counts: "all" competitions, the "league", or unsaid."""
    text = claim.sentence_key or ""
    if re.search(r"\ball (?:competitions|matches|games)\b", text):
        return "all"
    return "league" if re.search(r"\bleague\b", text) else ""


def _carried_by_several(claim: Claim) -> bool:
    """"the nine [sailings] completed by Friday night carried 2,450
    passengers": what a counted number of trips or vessels carried between
    them, never the load aboard one ("There were 68 passengers on board")."""
    around = _around_figure(claim)
    q = claim.quantity
    return q is not None and around is not None and q.predicate in _CARRYING \
        and _SEVERAL_CARRIED.search(around[0]) is not None


_CARRYING = frozenset({"carry", "transport", "ferry", "fly", "move", "bring", "take"})
#: A number of several, in words or figures ("nine", "75"), for the patterns of things held by several.
_SEVERAL_N = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|[1-9]\d+)"
#: A subject that numbers its trips or vessels, right before the verb of carrying.
_SEVERAL_CARRIED = re.compile(
    rf"\b(?:the|all|its|their|these|those)\s+{_SEVERAL_N}\b(?:\s+[a-z-]+){{0,2}}\s+"
    r"(?:carried|transported|ferried|flew|moved|brought|took|have\s+carried|had\s+carried)\s+$")


def _one_sum(a: Claim, b: Claim) -> bool:
    """"the total came to 61 batches and about 130 tonnes" / "The 61 batches
    amount to about 310 tonnes": both figures are what a verb of summing
    gives, so one marked as a total and one not are still one sum."""
    if {a.frame.aggregation, b.frame.aggregation} != {"total", ""} \
            or replace(a.frame, aggregation="") != replace(b.frame, aggregation=""):
        return False
    return all((around := _around_figure(c)) is not None and bool(_SUMS_TO.search(around[0]))
               and not _STILL_RUNNING.search(c.context or "") for c in (a, b))


#: Verbs of summing before a figure: "amount to", "came to", "add up to", "totalled".
_SUMS_TO = re.compile(r"\b(?:amount(?:s|ed|ing)?\s+to|c(?:ame|omes?|oming)\s+to|add(?:s|ed)?\s+up\s+to"
                      r"|total(?:s|led|ed|ling))\b")


def _total_slipped(a: Claim, b: Claim) -> bool:
    """"A total of 287 residents from 124 households left their homes" /
    "whose 278 residents had been evacuated": a figure told as a total and
    one told plainly, with two digits traded, are one figure copied wrong
    (not "a further 121 turbines" against 112, an increment)."""
    kinds = {a.frame.aggregation, b.frame.aggregation}
    # A total still running ("have transited so far in October") is not the
    # month's count, whatever its digits.
    running = {bool(_STILL_RUNNING.search(c.context or "")) for c in (a, b)}
    # Nor is one day's figure ("pledged $2.46 billion on Monday") the total
    # of them all ("pledged a total of USD 4.26 billion").
    one_day = {c.date is not None and c.date.earliest is not None and c.date.earliest == c.date.latest
               for c in (a, b)}
    return kinds == {"total", ""} and replace(a.frame, aggregation="") == replace(b.frame, aggregation="") \
        and len(running) == 1 and len(one_day) == 1 and _swapped_digits(a, b)


_STILL_RUNNING = re.compile(r"\b(?:so\s+far|to\s+date|thus\s+far|until\s+now|up\s+to\s+now|since)\b",
                            re.IGNORECASE)


def _across_several(a: Claim, b: Claim) -> bool:
    """"It employs 21,000 people at five plants in Europe" and "The Ghent
    plant employs 3,140 people": a count over several sites is not the count
    of the one site the other clause names."""
    def several(claim: Claim) -> str:
        m = _SEVERAL.search(claim.context or "")
        return m.group(1).lower() if m else ""

    def holders(claim: Claim) -> list[str]:
        # "About 250,000 pigs are kept on the 75 farms in the two zones";
        # "another 61 farms with some 214,000 pigs": held by several.
        found = [m.group(1).lower() for m in _SEVERAL.finditer(claim.context or "")]
        if (around := _around_figure(claim)) is not None:
            found += [m.group(1).lower() for m in (_HELD_ON_SEVERAL.match(around[1]), _SEVERAL_WITH.search(around[0]))
                      if m is not None]
        return [p for p in found if p not in _TIMES_OVER]

    # "The farm held 16,100 pigs": one holder's count, not what several hold.
    for claim, other in ((a, b), (b, a)):
        if not holders(other) and any(re.search(rf"\b(?:the|a|one|this|that|its)\s+{re.escape(p[:-1])}\b",
                                                other.context or "", re.IGNORECASE) for p in holders(claim)):
            return True
    sa, sb = several(a), several(b)
    if sa == sb:
        return False
    # "19 branches had been attacked in four states" and "attacked six bank
    # branches" in Ibadan: a count over several places is not one place's.
    for plural, other in ((sa, b), (sb, a)):
        if plural in _PLACE_KINDS and _parties(other.entities)[1] and not several(other):
            return True
    # "about 412 million tickets were sold over the 18 draws" / "41.6 million
    # tickets were sold across the nine countries for Friday's draw": each
    # side may count over several of something; the draws are what differ.
    for plural, other in ((sa, b), (sb, a)):
        singular = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
        if plural and re.search(rf"\b{re.escape(singular)}\b", other.context or "", re.IGNORECASE):
            return True
    return False


#: Kinds of places a count may span: "in four states", "across three provinces".
_PLACE_KINDS = frozenset({"states", "provinces", "regions", "districts", "counties", "cities", "towns", "countries",
                          "municipalities", "prefectures"})
#: ... nor "over the 18 draws" the count of one draw.
_HELD_ON_SEVERAL = re.compile(r"\s+(?:[a-z]+\s+){1,3}?(?:on|at)\s+(?:all\s+)?(?:its\s+|their\s+|the\s+)?"
                              rf"{_SEVERAL_N}\s+"
                              r"(?:[a-z]+\s+)?([a-z]+s)\b", re.IGNORECASE)
_SEVERAL_WITH = re.compile(rf"\b{_SEVERAL_N}\s+"
                           r"(?:[a-z]+\s+)?([a-z]+s)\s+with\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|"
                           r"more\s+than\s+|over\s+)?$", re.IGNORECASE)
#: Plurals of time a count is spread over, not holders of it.
_TIMES_OVER = frozenset({"days", "nights", "weeks", "months", "years", "hours", "occasions", "times", "shifts"})
_SEVERAL = re.compile(r"\b(?:(?:at|across|in)\s+(?:all\s+)?(?:(?:its|their|the)\s+)?|over\s+the\s+)"
                      rf"{_SEVERAL_N}\s+"
                      r"(?:[a-z]+\s+)?([a-z]+s)\b", re.IGNORECASE)


def _own_span(claim: Claim) -> bool:
    """Whether a span of days in the clause is its figure's: not one told after
    a later figure ("all 38 of today's flights are cancelled too, 76 in two
    days": the two days are the 76's)."""
    m = _OVER_DAYS.search(claim.context or "")
    if m is None:
        return False
    around = _around_figure(claim)
    if around is None or len(around[0]) >= m.start():
        return True
    before, after = around
    between = after[:max(0, m.start() - len(before) - len(claim.quantity.surface if claim.quantity else ""))]
    return not re.search(r"\d", between)


#: "all 38 of today's flights", "the 34 flights on Saturday's timetable": one day's.
_DAYS_OWN = re.compile(rf"^\s*(?:[a-z]+\s+){{0,3}}?(?:of|on|in)\s+(?:today|yesterday|tonight|{_WEEKDAY_NAMES})(?:['’]|\s)s\b",
                       re.IGNORECASE)


#: A sentence opening on the time the sentence before gives, as a count's "by".
_BY_THEN = re.compile(r"by (?:then|that (?:point|time|stage))\b")


def _span_and_day(a: Claim, b: Claim) -> bool:
    """"In all, 82 trains were cancelled over two days" and "48 trains were
    cancelled on January 13": a count over several days is not one day's."""
    def one_day(c: Claim) -> bool:
        # "2,350 trucks were turned away ... today alone": one day's, whether or not it is dated.
        # So is a live page's "cancelled 104 flights today", which its undated page leaves unresolved.
        # Not the day a period ends ("spent 6.38 trillion yen in the month to June 28").
        # Nor a count "By then" (the time the sentence before gives) had reached.
        return c.date is not None and c.date.earliest is not None and c.date.earliest == c.date.latest \
            and not re.search(rf"\b(?:to|until|till|through|by)\s+{re.escape(c.date.surface)}", c.context or "") \
            and not _BY_THEN.match(c.sentence_key or "") \
            or bool(_DAY_ALONE.search(c.context)) or bool(_DAY_TIMETABLE.search(c.sentence_key or "")) \
            or c.date is None and bool(_TODAY.search(c.sentence_key)) or bool(_DAYS_OWN.search(_after_figure(c))) \
            or c.date is not None and not c.date.resolved and bool(_ONE_NAMED_DAY.fullmatch(c.date.surface.strip()))
    def over_days(c: Claim) -> bool:
        # "Across the two evenings, 56 flights have been diverted and 181
        # have been cancelled": an opening span covers every clause. So does
        # a span of days the clause dates its figure to ("Between 9 and 11
        # February we cancelled 186 trains"), but not one night across two
        # dates ("During the night of 4-5 March, officers detained 58").
        # A participle clause hangs on the clause before it, and its span:
        # "counted 255 cancelled movements over the two days, affecting about 35,000 passengers".
        d = c.date
        return bool(_own_span(c) or _OVER_DAYS.match(c.sentence_key)
                    or _PARTICIPLE_CLAUSE.match(c.context or "") and _OVER_DAYS.search(c.sentence_key)
                    or _OVER_N_DAYS.match(" ".join(_after_figure(c).split()[:6]))) \
            or d is not None and d.granularity == "day" and d.earliest is not None and d.latest is not None \
            and d.earliest < d.latest and not d.deadline \
            and ((d.latest - d.earliest).days > 1 or not _NIGHT.search(c.context or ""))

    sa, sb = over_days(a), over_days(b)
    return sa and not sb and one_day(b) or sb and not sa and one_day(a)


#: A span of days right after a count's noun and verb: "[318] flights cancelled across the two days".
_OVER_N_DAYS = re.compile(r"(?:[a-z]+\s+){1,2}(?:over|across|during|in|within)\s+(?:the\s+)?(?:first\s+|past\s+|last\s+)?"
                          r"(?:two|three|four|five|six|seven|several|both|\d+)\s+(?:days|evenings|nights)\b")


def _after_figure(claim: Claim) -> str:
    """The sentence's words after a count, up to the next figure: "318 flights
    cancelled across the two days: 164 on Monday and 154 on Tuesday" gives
    "flights cancelled across the two days", the span the parser may have left
    out of the count's clause."""
    q = claim.quantity
    return _words_after(claim.sentence_key, q.surface) if q is not None else ""


@lru_cache(maxsize=1 << 14)
def _words_after(sentence_key: str, surface: str) -> str:
    # Cached: ``compatible`` asks for every candidate pair of counts.
    words = sentence_key.split()
    figure = _key(surface).split()
    for i in range(len(words) - len(figure) + 1):
        if figure and words[i:i + len(figure)] == figure:
            rest = words[i + len(figure):]
            end = next((k for k, w in enumerate(rest) if w[0].isdigit()), len(rest))
            return " ".join(rest[:end])
    return ""


_NIGHT = re.compile(r"\b(?:night|overnight)\b", re.IGNORECASE)
_PARTICIPLE_CLAUSE = re.compile(r"[a-z]+ing\b")
#: "184 flights cancelled today, around 26,000 passengers affected": the
#: sentence's day is each of its figures'.
_TODAY = re.compile(r"\btoday\b")
_ONE_NAMED_DAY = re.compile(f"(?:today|yesterday|tonight|{_WEEKDAY_NAMES}){_PART_OF_DAY}", re.IGNORECASE)
#: One day's timetable: "cancelled all 83 flights scheduled for yesterday",
#: "Of the 38 flights on Friday's timetable, ... 16 have been cancelled".
_DAY_TIMETABLE = re.compile(rf"\b(?:scheduled|planned|timetabled|due)\s+(?:for|on)\s+"
                            rf"(?:today|yesterday|tomorrow|the\s+day|{_WEEKDAY_NAMES})\b"
                            rf"|\b(?:on|in)\s+(?:today|yesterday|tonight|{_WEEKDAY_NAMES})(?:['’]|\s)s\s+"
                            r"(?:schedule|timetable|programme|program)\b", re.IGNORECASE)
_DAY_ALONE = re.compile(rf"\b(?:today|yesterday|tonight|{_WEEKDAY_NAMES})\s+alone\b", re.IGNORECASE)
#: "over two days", "over the three days", "in the first two days", "across both days".
_MONTH_NAMES = "(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_OVER_DAYS = re.compile(r"\b(?:over|across|during|in|within)\s+(?:the\s+)?(?:first\s+|past\s+|last\s+)?"
                        r"(?:two|three|four|five|six|seven|several|both|\d+)\s+(?:days|evenings|nights|weeks)\b"
                        # "212 flights to and from the city's airport over the week"
                        r"|\b(?:over|across|during)\s+the\s+(?:past\s+|last\s+|whole\s+)?week\b"
                        # "on Tuesday and Wednesday", "between Tuesday and Thursday", "Between
                        # last Monday and Thursday", "Between Monday, 9 March and 18:00 hours today"
                        rf"|\b(?:on|over|across|between|from)\s+(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                        rf"(?:,?\s+\d{{1,2}}\s+{_MONTH_NAMES})?\s+(?:and|to|until)"
                        r"\s+(?:[\d:.]+\s+(?:hours\s+)?)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|now)\b"
                        # "cancelled 29 flights during the disruption": the whole of the story's
                        # event (not "During the closure", which may be one evening's)
                        r"|\b(?:during|throughout)\s+the\s+(?:disruption|crisis|strike|rationing)\b"
                        # "between March 16 and Thursday", "between 9 and 11 February"
                        rf"|\bbetween\s+(?:{_MONTH_NAMES}\s+\d{{1,2}}|\d{{1,2}}(?:\s+{_MONTH_NAMES})?"
                        rf"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+and\s+(?:{_MONTH_NAMES}\s+\d{{1,2}}"
                        rf"|\d{{1,2}}\s+{_MONTH_NAMES}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE)


def _part_of_day(a: Claim, b: Claim) -> bool:
    """"1,260 trucks had been turned back by noon on Tuesday" and "3,418
    trucks were turned back on 17 November": a count as it stood part-way
    through a day is not the whole day's."""
    for x, y in ((a, b), (b, a)):
        dx, dy = x.date, y.date
        if dx is None and _BY_DAY_PART.search(x.context) and not (dy is not None and dy.time) \
                and not _BY_CLOCK.search(y.context) and not _BY_DAY_PART.search(y.context):
            # "Thirteen buildings had been evacuated by mid-morning" and "the
            # 17 buildings evacuated on Tuesday": a count part-way through the
            # story's day, against one that gives no hour.
            return True
        if dx is None or dy is None or not dx.time or dy.time or not (dx.resolved and dy.resolved):
            continue
        if dx.earliest is None or dx.latest is None or dy.earliest is None or dy.earliest != dy.latest:
            continue
        # "As of Monday, NEMA counted 3,721,900 dead animals": a count as it
        # stood that day, which the one "as of 08:00 on Monday" only times more finely.
        if dx.earliest <= dy.earliest <= dx.latest and _BY_CLOCK.search(x.context) \
                and not _in_part_of_day(dx.time, dy.surface) and not _AS_OF_DAY.search(y.context):
            return True
    return False


#: A count as it stood at a part of the day the story is told in: "by mid-morning", "by early evening".
_BY_DAY_PART = re.compile(r"\b(?:by|as of|as at)\s+(?:the\s+)?(?:(?:early|late|mid)[- ]?)?"
                          r"(?:morning|afternoon|evening|night|nightfall|dusk|dawn|daybreak|lunchtime"
                          r"|end\s+of\s+the\s+day)\b", re.IGNORECASE)


_AS_OF_DAY = re.compile(r"\b(?:as of|as at)\s+(?!\d{1,2}(?::\d\d|\s*[ap]\.?m))", re.IGNORECASE)


def _in_part_of_day(clock: str, surface: str) -> bool:
    """Whether ``clock`` ("06:00") falls in the part of the day ``surface``
    names ("Wednesday morning"): "as of 6:00 a.m." is that morning's count."""
    hour = int(clock.split(":")[0]) if clock[:2].strip(":").isdigit() else -1
    part = next((p for p in _DAY_PARTS if p in surface.lower()), None)
    return part is not None and _DAY_PARTS[part][0] <= hour < _DAY_PARTS[part][1]


#: Parts of a day, by the hours they cover.
_DAY_PARTS = {"morning": (0, 12), "afternoon": (12, 18), "evening": (17, 24), "night": (18, 24)}


#: A count as it stood at a clock time: "by noon", "as of 6 p.m.", "by 13:00".
_BY_CLOCK = re.compile(r"\b(?:by|as of|as at|up to|until)\s+(?:about\s+|around\s+)?"
                       r"(?:noon|midday|\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d\d)", re.IGNORECASE)


def _different_times(a: Claim, b: Claim) -> bool:
    """Figures dated to different times are about different events ("in July a
    thief stole £88m", "in May thieves stole £910,000")."""
    da, db = a.date, b.date
    if da is not None and db is not None and da.time and db.time and da.tz == db.tz and da.time != db.time \
            and (da.earliest, da.latest) == (db.earliest, db.latest):
        # "At 12:40 p.m., five hostages were released" and "at 3:15 p.m.,
        # eight": two moments of one day (known or not), two releases.
        return True
    if a.kind == "quantity" and _moved_since(a) != _moved_since(b):
        # "Shares have fallen 6.3% since Monday's close" / "fell almost 5% on
        # the day the news came out": two moves, from two starting points.
        return True
    if a.kind == "quantity" and _looking_back(a) != _looking_back(b):
        # "A week earlier the figure was 61.2%" / "In the same week last year
        # the figure was 64.8%": one figure a week back, one a year back.
        return True
    ya, yb = _relative_year(a), _relative_year(b)
    if ya and yb and ya != yb:
        # "eight elephants had been killed on the tracks this year" / "more than
        # 400 elephants died last year", in an undated page: two years, whatever days.
        return True
    if da is None or db is None or not (da.resolved and db.resolved) or da.earliest is None or db.earliest is None:
        return False
    assert da.latest is not None and db.latest is not None
    if (_period(da) or _period(db)) and (da.earliest, da.latest) != (db.earliest, db.latest):
        # "31 crane injuries between 2021 and 2025" / "nine in 2025": tallies
        # over two periods, though one holds the other.
        return True
    return da.latest < db.earliest or db.latest < da.earliest


_RELATIVE_YEAR = re.compile(r"(?i)\b(this|last|next)\s+year\b")


def _relative_year(claim: Claim) -> str:
    """"this", "last" or "next" when the claim's clause names its year so."""
    m = _RELATIVE_YEAR.search(claim.context or "")
    return m.group(1).lower() if m else ""


def _bought_different(a: Claim, b: Claim) -> bool:
    """Whether two sums are paid for different things: the words after "for"
    in each clause share nothing ("Crestline pays €175 million for its
    shares" / "at €385 million Crestline has paid for the stadium plan")."""
    fa, fb = _paid_for(a), _paid_for(b)
    return bool(fa and fb) and not fa & fb


def _paid_for(claim: Claim) -> frozenset[str]:
    q = claim.quantity
    assert q is not None
    if q.unit not in MONEY_UNITS - {SOME_DOLLAR} or (q.predicate or claim.predicate) not in _PAYING_VERBS:
        return frozenset()
    m = _FOR.search(claim.context or "")
    if m is None:
        return frozenset()
    return frozenset(w.removesuffix("s") for w in re.findall(r"[a-z]{4,}", m.group(1).lower())) - _OBJECT_STOP


_FOR = re.compile(r"\bfor\s+((?:[\w%'’-]+\s+){0,3}[\w%'’-]+)")


def _moved_since(claim: Claim) -> str:
    """The starting point a move is measured from ("since Monday's close"), for a verb of moving."""
    q = claim.quantity
    assert q is not None
    if (q.predicate or claim.predicate) not in _MOVING_VERBS:
        return ""
    context = claim.context or ""
    at = context.find(q.surface)
    if at >= 0 and _REACHED_LEVEL.search(context[:at]):
        # "stocks dropped to 1,142,350 tonnes ..., the lowest level since
        # April 2023": the level reached, whatever the move was measured from.
        return ""
    m = _SINCE.search(context)
    return re.sub(r"['’]s$", "", m.group(1).lower()) if m else ""


_MOVING_VERBS = frozenset("fall rise drop climb gain lose slip jump decline increase decrease grow sink plunge surge "
                          "tumble slump soar edge ease".split())
_SINCE = re.compile(r"\bsince\s+([\w'’]+)", re.IGNORECASE)
#: A figure the move reached ("fell to 1,412,350 tonnes"), not its size.
_REACHED_LEVEL = re.compile(r"\bto\s+(?:a\s+|an\s+)?(?:[A-Z]{0,3}[$€£¥]|RM|Rs\.?)?\s*$")


def _looking_back(claim: Claim) -> str:
    """How far back the words before a figure set it ("a week earlier" ->
    "week"; "last year", "a year ago" -> "year"; "the last major epidemic" ->
    "epidemic"), or "" for the story's present."""
    around = _around_figure(claim)
    # "... 24% down on a year earlier, and 10.64 million bags in
    # January–November": a conjunct of its own is not set back by the one before.
    m = _BACK.search(_LAST_CONJUNCT.split(around[0])[-1]) if around is not None else None
    if m is None and claim.quantity is not None:
        # "... infected more than 20,000 people and killed more than 700": the
        # second verb's clause has lost its subject, the figure has not.
        m = _BACK.search(claim.quantity.subject)
    return next(g for g in m.groups() if g) if m else ""


_LAST_CONJUNCT = re.compile(r",\s+(?:and|while|but|whereas)\s+|;\s+")
_BACK = re.compile(r"\b(?:a|one|the)\s+(day|week|month|year|season)\s+(?:earlier|before)\b"
                   r"|\blast\s+(year|season)\b|\ba\s+(year)\s+ago\b"
                   # "On a year-over-year basis, the rate was down 0.3 points from 6.9%".
                   r"|\b(year)[- ](?:over|on)[- ]year\b"
                   r"|\bthe\s+previous\s+(day|week|month|year|season)\b"
                   # "Zambia's last major epidemic ... killed more than 700": an
                   # earlier occurrence of the kind of event the story is about.
                   r"|(?:['’]s|\bthe|\bits|\btheir|\ban?)\s+(?:last|previous|prior|earlier)\s+"
                   r"(?:(?:major|big|large|serious|deadly|similar|comparable)\s+)?"
                   r"(outbreak|epidemic|pandemic|fire|blaze|flood|flooding|earthquake|quake|eruption|crisis|strike"
                   r"|collapse|default|bankruptcy|rescue|disaster|attack|spill|storm|cyclone|hurricane|typhoon"
                   r"|heatwave|drought|famine|recession|shipwreck|crash|derailment|landslide|avalanche)\b",
                   re.IGNORECASE)


_TEMPERATURE = "q||degC"


def _same_place(a: Claim, b: Claim) -> bool:
    """Whether both claims name a place or party and one name is the same ("the
    station at Montoro", "in the town of Montoro"); a dateline's places count,
    and so does a ship's or a product's name, whatever label the tagger gave
    it in each sentence ("the Nordica Star" a work of art in one, an ORG in
    the other)."""
    na, nb = _names(a) | _filed_at(a) | _titles(a), _names(b) | _filed_at(b) | _titles(b)
    return any(same_speaker(x, y) for x in na for y in nb)


def _titles(claim: Claim) -> set[str]:
    """The names of things a claim's clause names: ships, products, works."""
    return {e.split(":", 1)[1] for e in claim.entities if e.split(":", 1)[0] in ("WORK_OF_ART", "PRODUCT")}


def _names(claim: Claim) -> set[str]:
    named = frozenset(e.split(":", 1)[1] for e in claim.entities if e.split(":", 1)[0] in _PARTIES)
    return set(_not_affiliations(_not_clocks(named, claim), claim))


def _filed_at(claim: Claim) -> set[str]:
    return {e.split(":", 1)[1] for e in claim.entities if e.startswith(f"{DATELINE}:")}


#: The labels of who and where a fact is about (named things are compared on their own).
_PARTIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


#: Verbs that report the same kind of event. Two predicates from different
#: groups ("sent" vs "lost") rule out the same fact; a verb in no group
#: decides nothing, because parses of real news attach numbers to all sorts
#: of verbs ("had 21 crew members on board", "of its 23 crew, two were taken").
#: Verbs of taking people somewhere, to hospital above all.
_TAKEN_IN = frozenset({"take", "bring", "rush", "admit", "hospitalise", "hospitalize", "airlift", "transport",
                       "transfer"})
#: Where the sick and hurt are taken.
_CARE = re.compile(r"\b(?:hospitals?|clinics?|medical\s+cent(?:re|er)s?|health\s+cent(?:re|er)s?|infirmary)\b",
                   re.IGNORECASE)
_PREDICATE_GROUPS = (
    frozenset({"send", "deploy", "dispatch", "move", "station", "transfer", "mass", "ship"}),
    frozenset({"kill", "die", "perish", "lose", "claim", "dead"}),
    frozenset({"injure", "wound", "hurt", "injured", "wounded"}),
    frozenset({"arrest", "detain"}),
    # "the minister, who toured the site on Monday" / "visited the industrial park on Tuesday"
    # "walked through the ruins of Tala Amara last Wednesday" is his visit.
    frozenset({"visit", "tour", "walk"}),
    # "the attackers took seven staff", "gunmen abducted them" (not "seize",
    # which is also what police do to goods: "seized 148,500 bottles").
    frozenset({"abduct", "kidnap", "take", "snatch", "capture", "grab"}),
    frozenset({"release", "free", "liberate"}),
    # "The first three carcasses were found on Saturday" / "a monitoring team
    # ... discovered the carcasses of three adult lionesses"
    frozenset({"detect", "discover", "spot", "notice", "uncover", "find"}),
    # "investigators found 742 kilograms of amphetamine", "seized 724 kilograms": what a search turned up.
    frozenset({"seize", "find", "confiscate", "impound", "intercept"}),
    # "the body was located on Monday", "rescue teams recovered the body on Sunday"
    frozenset({"locate", "recover", "retrieve"}),
    frozenset({"convict", "sentence", "jail", "imprison"}),
    frozenset({"acquit", "clear"}),
    frozenset({"miss", "missing"}),
    # Not "rescue": "Police evacuated 436 residents" as a precaution, and
    # "Firefighters rescued 38 residents from the building" are two groups.
    # "All 624 passengers walked out through the tunnel" are those evacuated
    # on foot ("walk out" with its particle is a strike, and stays apart).
    frozenset({"evacuate", "displace", "flee", "walk"}),
    # "left 7,460 vehicles trapped", "about 4,800 vehicles were stuck", "4,760 vehicles were caught"
    frozenset({"trap", "strand", "stick", "stuck", "catch"}),
    # "took 38.5 million pesos in bribes", "pocketed 83.5 million pesos in bribes"
    frozenset({"take", "pocket", "receive", "accept", "collect", "embezzle", "steal", "siphon", "skim"}),
    # "taken to hospital", "brought to the hospital", "rushed to hospital", "admitted"
    _TAKEN_IN,
    # "247 workers will be let go in the first phase" / "274 employees will
    # leave the company by the end of July": the jobs a cut takes.
    frozenset({"cut", "lay off", "eliminate", "shed", "axe", "go", "lose", "let go", "dismiss",
               "leave employer"}),
    frozenset({"hire", "employ", "recruit"}),
    # "The Chamber approved the reform by 101 votes to 47" / "backed the bill
    # by 101 votes to 47"; "the Senate had passed it on Tuesday".
    frozenset({"approve", "pass", "adopt", "back", "endorse", "ratify"}),
    # "AEMET's station in Chiva collected 487 litres per square metre" / "measured 487 litres".
    frozenset({"measure", "record", "collect", "log", "observe"}),
    # "Holders of 64.1 per cent of the bonds had tendered" / "holders of 61.4
    # per cent of its bonds had accepted its debt exchange offer".
    frozenset({"tender", "accept", "participate"}),
    # "will support 2,430 permanent jobs", "expected to create 2,340 jobs"
    frozenset({"create", "support", "generate", "sustain", "employ"}),
    frozenset({"buy", "acquire", "pay", "purchase", "value", "sell"}),
    # "the exam was held at 2,317 centres", "was conducted at 2,137 centres"
    frozenset({"hold", "conduct", "stage", "host", "organise", "organize"}),
    # "Mátra, which already holds 16.9 percent of Hajdú" / "Mátra already owns
    # 19.6 percent of Hajdú": a stake.
    frozenset({"own", "hold", "control"}),
    # "The first worker was brought up at 21:52" / "the first three men were lifted out on Thursday".
    frozenset({"bring", "lift", "hoist", "winch", "haul"}),
    # "took 231 MW off Kenya's grid" / "knocked 213 megawatts off Kenya's national grid".
    frozenset({"knock", "take"}),
    frozenset({"close", "complete", "finalize", "finalise", "conclude"}),
    # "the shares began trading on Wednesday", "trading opened on Thursday"
    frozenset({"begin", "start", "commence", "open", "debut", "launch", "kick off"}),
    # "Sapporo then took 65 votes" / "won the run-off by 56 votes"; "won
    # 2,652,709 votes" / "received 2,625,709 votes".
    frozenset({"win", "take", "receive", "get", "secure", "poll", "garner", "obtain"}),
    # "had asked for a ransom of 520 bitcoin" / "has demanded 250 bitcoin"
    frozenset({"demand", "ask", "seek", "request"}),
    # "Obenauer's defence lodged an appeal on Wednesday" / "his lawyers filed
    # theirs on Thursday"; "the motion opposition MPs tabled on Tuesday" / "was
    # submitted on 9 March".
    frozenset({"file", "lodge", "submit", "table"}),
    # "1,720 people ... signed in at evacuation centres" / "1,270 people had registered"
    frozenset({"register", "sign", "sign in", "check in", "enrol", "enroll"}),
    # "normally handles around 146,000 barrels a day" / "normally loads about 164,000 barrels"
    frozenset({"handle", "load", "process"}),
    # "Paranaguá shipped 2.64 million tonnes of soybeans in February" / "the
    # Port of Paranaguá exported 2.46 million tonnes": a port's exports.
    frozenset({"ship", "export"}),
    # "the bookkeeper recorded 73 separate payments" / "she processed 37 payments to a trust"
    frozenset({"record", "process", "log", "book", "execute"}),
    # "Some 14,800 cubic metres of sawn timber burned in the kilns" / "the
    # fire ... destroyed 18,400 cubic metres of sawn timber".
    frozenset({"destroy", "wipe out", "flatten", "level", "raze", "demolish", "obliterate", "sweep away", "bury",
               "burn", "gut"}),
    frozenset({"impose", "issue", "declare", "introduce", "order"}),
    frozenset({"lift", "cancel", "revoke", "rescind", "withdraw", "end"}),
    # "grounded its flights on Thursday, January 22" / "suspended its five
    # weekly freighter services to Amsterdam from Friday 23 January"
    frozenset({"suspend", "ground", "halt", "pause", "idle"}),
    # "which surveyed 11,842 pickers across nine regions" / "the 11,482
    # pickers its researchers interviewed": a survey's respondents.
    frozenset({"survey", "interview", "poll", "question", "speak", "talk"}),
    # "Lines 4, 5 and 6 resumed service on Tuesday", "reopened on Wednesday"
    _REOPENING,
    frozenset({"attend", "march", "join", "gather", "protest", "turn out", "take part", "rally",
               "demonstration"}),
    frozenset({"rise", "jump", "gain", "climb", "surge", "increase", "raise", "hike", "lift", "go up"}),
    frozenset({"fall", "drop", "decline", "slide", "plunge", "decrease", "cut", "lower", "reduce", "trim", "slash",
               "go down"}),
    # "The vessel docked at Arica on Monday" / "berthed at the port of Arica this afternoon"
    frozenset({"dock", "berth", "moor", "tie up"}),
    # "The results were presented on Tuesday 3 November" / "unveiled the figures on Monday"
    frozenset({"present", "unveil", "reveal"}),
    # "874 vessels transited the canal" / "847 vessels passed through the canal"
    frozenset({"transit", "pass", "cross", "go through", "sail through"}),
)


#: Predicates that say what happened to the counted people ("two crew members
#: were injured"); such a count is never the same fact as a count with any
#: other predicate ("the ship had 21 crew members").
_OUTCOMES = frozenset(
    {"kill", "die", "perish", "dead", "injure", "wound", "hurt", "injured", "wounded", "arrest", "detain", "miss",
     "missing", "evacuate", "displace", "rescue", "convict", "sentence", "jail", "imprison", "acquit", "clear",
     # left stranded: "134 passengers hanging in 23 cabins" is never "the lift has 64 cabins"
     "strand", "trap", "hang", "find alive",
     # "nearly 300 brought ashore alive" is never "332 on board"
     "bring", "admit", "hospitalise", "hospitalize", "airlift",
     # "Seventy-one people were taken off alive" is never "about 85 people were on board"
     "take off",
     # "347,000 customers are affected" is never "the bank has 7.2 million customers",
     # nor is "18,500 customers had signed up"
     "affect", "impact", "compromise", "expose", "sign up", "register", "enrol", "enroll", "apply",
     # "close to 10,000 passengers had their journeys disrupted" is never "149 passengers on board"
     "disrupt"}
)


def _known_different(a: str, b: str) -> bool:
    groups_a, groups_b = _groups(a), _groups(b)
    if groups_a & groups_b:
        return False  # "suspended trading" / "halted trading": one stop, told two ways
    if (a in _STOPPING) != (b in _STOPPING) and (groups_a or groups_b):
        return True  # "trains stopped moving on Thursday", "began moving again on Monday"
    return bool(groups_a and groups_b) and not groups_a & groups_b


def _one_begun_act(a: Claim, b: Claim) -> bool:
    """"The blockades, which growers began on Tuesday" / "Growers began
    blocking Highway 80 ... on Monday": the start of one act, named by a noun
    in one clause and a verb in the other."""
    if a.predicate != b.predicate or a.predicate not in ("begin", "start"):
        return False
    def acts(c: Claim) -> set[str]:
        words = {(m.group(1) or m.group(2)).lower() for m in _BEGUN.finditer(c.sentence_key)}
        return {w[:5] for w in words if len(w) >= 5}
    return bool(acts(a) & acts(b))


#: The act a start is of: "began blocking", "started to strike", "the blockades, which growers began".
_BEGUN = re.compile(r"\b(?:began|begun|begins|started|starts)\s+(?:to\s+)?([a-z]+)"
                    r"|\b([a-z]+?)s?,?\s+(?:which|that)\s+(?:[a-z]+\s+){0,2}(?:began|started)\b", re.IGNORECASE)


def _ordered_act(order: Claim, act: Claim) -> bool:
    """"A Budapest court on Saturday ordered the formal arrest" / "was
    detained ... by a Budapest court on Sunday"; "ordered the preventive
    suspension" / "was suspended on Wednesday": an order dates the act it
    orders, which the other clause tells with its own verb."""
    if order.predicate != "order" or not act.predicate:
        return False
    m = _ORDERED_THE.search(order.context or "")
    if m is None:
        return False
    noun = m.group(1).lower()
    verb = act.predicate
    return noun == verb or nominal_of(verb, noun) or any(verb in group and noun in group for group in _PREDICATE_GROUPS)


#: "ordered the formal arrest", "ordered his preventive suspension": the act an order names.
_ORDERED_THE = re.compile(r"\bordered\s+(?:the|a|an|his|her|their|its)\s+(?:[a-z]+\s+)?([a-z]{4,})\b", re.IGNORECASE)


#: Verbs of stopping, kept apart from the dates of any known kind of event (a
#: stop is not a start); not a group of their own, since a count's verb
#: ("stopped between stations with 2,140 passengers") seldom names its event.
_STOPPING = frozenset({"stop", "halt", "cease", "quit"})


#: Verbs of speaking: "the mayor, speaking on Sunday" dates what he said,
#: not the event he spoke about ("who has led the municipality since 2018").
#: Verbs that make something known, whose content may carry a day of its own.
_TELLING_VERBS = frozenset("announce declare confirm unveil publish report decide order".split())
_SPEECH_VERBS = frozenset(
    "say speak tell add describe comment state explain insist warn stress remark reply respond testify recall".split()
)


_ONCE = re.compile(r"\b(last|first)\s+(?:been\s+)?([a-z]+)", re.IGNORECASE)


def _one_death(a: Claim, b: Claim) -> bool:
    """"Sir Geoffrey Marle, ..., who died on 11 June" / "Sir Geoffrey's death
    on 11 July": a person named in both sentences dies once, however little
    else the clauses share."""
    if not {a.predicate, b.predicate} <= {"die", "death"}:
        return False
    people = {e.split(":", 1)[1].split()[-1] for c in (a, b) for e in c.entities if e.startswith("PERSON:")}
    # The tagger may miss a titled name ("Dame Ruth's death"): the possessor is the one who died.
    people |= {m.lower() for c in (a, b) for m in re.findall(r"\b([A-Z][a-z]+)['’]s death\b", c.context or "")}
    return any(all(re.search(rf"\b{re.escape(w)}\b", c.sentence_key) for c in (a, b)) for w in people)


def _once(a: Claim, b: Claim) -> bool:
    """Both clauses date the last (or the first) time of one verb: one event;
    or of one act told by two verbs, where one clause names the other's act
    ("last inspected on Friday" / "last been walked by a track inspector")."""
    def marks(c: Claim) -> set[str]:
        stem = c.predicate[:4]
        return {m.group(1).lower() for m in _ONCE.finditer(c.context) if stem and m.group(2).lower().startswith(stem)}

    def names(c: Claim, act: str) -> bool:
        return len(act) >= 5 and bool(re.search(rf"\b{re.escape(act)}(?:or|ors|ion|ions)\b", c.context, re.IGNORECASE))

    one_act = a.predicate == b.predicate or names(a, b.predicate) or names(b, a.predicate)
    return one_act and bool(marks(a) & marks(b))


def _one_restart(a: Claim, b: Claim) -> bool:
    """"Petrocondor restarted pumping on the pipeline on Friday morning" /
    "pumping on the pipeline resumed at 06:15 today": one act started again,
    whether the parser takes the act or the restarting as the verb."""
    def restarts(c: Claim) -> set[str]:
        return {(m.group(1) or m.group(2)).lower() for m in _RESTARTED_ACT.finditer(c.sentence_key)}
    acts = restarts(a) & restarts(b)
    return bool(acts) and {a.predicate, b.predicate} <= _REOPENING | {w.removesuffix("ing") for w in acts} | {
        w[:-3] + "e" for w in acts}


#: "restarted pumping", "pumping on the line resumed": an act named by its
#: gerund beside a verb of starting again, within a few words.
#: So is a plural noun of an act: "Inspections restarted last Thursday" /
#: "resumed phytosanitary inspections of Hass avocados".
_RESTARTED_ACT = re.compile(
    r"\b(?:restart|resum|reopen)[a-z]*\s+(?:[a-z]+\s+)?([a-z]{3,}(?:ing|ions))\b"
    r"|\b([a-z]{3,}(?:ing|ions))\b(?=(?:\s+[\w()'’-]+){0,8}?\s+(?:restart|resum)[a-z]*\b)",
    re.IGNORECASE)


def _one_body_set_up(a: Claim, b: Claim) -> bool:
    """"ordered a fact-finding committee on Tuesday" / "the fact-finding
    committee, appointed by the Ministry of Transport on 13 April": one body
    named alike, set up once, whichever verb tells it."""
    if a.predicate not in _SETTING_UP or b.predicate not in _SETTING_UP:
        return False
    def bodies(c: Claim) -> set[str]:
        return {m.group(0) for m in _BODY.finditer(c.sentence_key)}
    return bool(bodies(a) & bodies(b))


#: Verbs of setting up a body ("set up" is read as "set").
_SETTING_UP = frozenset({"appoint", "order", "set", "form", "establish", "create", "convene", "constitute", "name"})
#: A body named with the word before it: "fact finding committee", "independent inquiry".
_BODY = re.compile(r"\b[a-z]{4,}\s+(?:committee|commission|inquiry|panel|taskforce|tribunal)\b")


def _one_first(a: Claim, b: Claim) -> bool:
    """"The first complaint came in on Friday evening" / "the company receives
    the first complaint": the first of a kind comes once, whoever tells it;
    not the first of one place a "where" names ("six in Aysén, where the
    first dead fish were reported on Saturday")."""
    def firsts(c: Claim) -> set[str]:
        if _WHERE_FIRST.search(c.context or ""):
            return set()
        return {m.group(1).lower() for m in _FIRST_THING.finditer(c.context or "")} - _FIRST_OF_TIME
    return bool(firsts(a) & firsts(b))


_WHERE_FIRST = re.compile(r"\bwhere\s+the\s+first\b", re.IGNORECASE)


#: "the first complaint": what a clause names as the first of its kind.
_FIRST_THING = re.compile(r"\bthe\s+first\s+([a-z]{4,})\b", re.IGNORECASE)
#: "the first time", "the first week": the first of a span of time, which every story has.
_FIRST_OF_TIME = frozenset({"time", "week", "weeks", "days", "month", "months", "year", "years", "half", "quarter",
                            "phase", "stage", "round", "hours", "night", "morning", "evening", "weekend"})


def _two_statements(a: Claim, b: Claim) -> bool:
    """Both dates are of someone speaking, about different things: "'This was
    prepared down to the minute,' Maes told reporters on Wednesday" and "Maes
    said on Friday that investigators were checking ..." are two statements,
    whatever day each was made. One statement reported twice keeps some of
    its words."""
    if a.predicate not in _SPEECH_VERBS or b.predicate not in _SPEECH_VERBS:
        return False
    if UPDATE_CUE.search(a.sentence_key) or UPDATE_CUE.search(b.sentence_key):
        # "The toll has risen to six, up from four, WFP said on Wednesday": a
        # statement revising a figure is a later one than the figure's.
        return True
    wa, wb = _said(a), _said(b)
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) < _SAME_STATEMENT_WORDS or _said_after_the_day_differs(a, b)


def _said(claim: Claim) -> frozenset[str]:
    """The content words of a sentence of saying: not its speaker's name, role
    or the day, which two statements of one spokesman share."""
    names = {w for e in claim.entities for w in e.split(":", 1)[1].split()}
    return frozenset(w for w in _WORD.findall(claim.sentence_key) if len(w) > 3) - names - _SAYING_WORDS


#: Words two reports of one statement share at the least (Jaccard on content words).
_SAME_STATEMENT_WORDS = 0.2
#: Words of any sentence of saying.
_SAYING_WORDS = frozenset(
    "said says told tells saying added adds according spokesman spokeswoman spokesperson reporters statement "
    "that this with from have been were will would about their there they them what when which while also "
    "monday tuesday wednesday thursday friday saturday sunday today yesterday office".split()
)


#: "up from about 71 cents on Monday": the day of the figure a move started from.
_UP_FROM_DAY = re.compile(rf"\b(?:up|down)\s+from\s+[^,;]{{0,40}}?\bon\s+({_WEEKDAY_NAMES})\b", re.IGNORECASE)


def _earlier_reading_day(late: Claim, early: Claim) -> bool:
    """Whether ``late``'s sentence gives ``early``'s day as the day of the
    figure it moved from."""
    m = _UP_FROM_DAY.search(late.sentence_key or "")
    return m is not None and early.date is not None and early.date.surface.lower().startswith(m.group(1).lower())


#: A vote's tally as "by 98 votes to 76".
_VOTES_TO = re.compile(r"\bby\s+(\d[\d,]*)\s+votes?\s+to\s+(\d[\d,]*)\b", re.IGNORECASE)


def _one_vote_against_the_same(a: Claim, b: Claim) -> bool:
    """Two tallies of the ayes, each "by N votes to M" (or "N votes in favour,
    M against") with the same M, by verbs of one kind or with the same
    abstentions: one vote, whose ayes the two reports give apart ("approved
    it by 241 votes to 38, with 17 abstentions" / "cleared the lower house
    with 214 votes in favour, 38 against and 17 abstentions")."""
    qa, qb = a.quantity, b.quantity
    ta, tb = _tally(a), _tally(b)
    if qa is None or qb is None or ta is None or tb is None or ta[1] != tb[1] \
            or ta[0] != qa.value or tb[0] != qb.value:
        return False
    return bool(_groups(_verb_of(a)) & _groups(_verb_of(b))) or _verb_of(a) == _verb_of(b) \
        or ta[2] is not None and ta[2] == tb[2]


def _ayes_told_two_ways(voters: Claim, votes: Claim) -> bool:
    """"Only 43 MPs backed the motion" / "the motion of no confidence won 47
    votes": the members who voted for a thing, and the votes it won, are one
    count of ayes."""
    qa, qb = voters.quantity, votes.quantity
    if qa is None or qb is None or _counted_key(voters) != "votes" or _verb_of(voters) not in _AYE_VERBS \
            or _NAY.search(voters.context or ""):
        return False
    if _counted_key(votes) == "votes" and qb.counted != "votes":
        # "43 MPs backed the motion" / "47 members of the Riigikogu voted in
        # favour of the motion": the ayes, by two verbs of voting for.
        return _verb_of(votes) in _AYE_VERBS and not _NAY.search(votes.context or "")
    return qb.counted == "votes" and qb.predicate in _VOTES_WON


_AYE_VERBS = frozenset({"vote", "back", "support"})
_NAY = re.compile(r"\b(?:against|abstain(?:ed)?|no)\b")
_VOTES_WON = frozenset({"win", "receive", "get", "secure", "garner", "obtain", "draw"})


def _tally(claim: Claim) -> tuple[float | None, float | None, float | None] | None:
    """The ayes, noes and abstentions a clause gives, or None."""
    context = claim.context or ""
    m = _VOTES_TO.search(context) or _VOTES_FOR_AGAINST.search(context)
    if m is None:
        return None
    abstained = _ABSTENTIONS.match(context, m.end())
    return parse_number(m.group(1)), parse_number(m.group(2)), \
        parse_number(abstained.group(1)) if abstained else None


#: "214 votes in favour, 38 against"; and the abstentions after a tally.
_VOTES_FOR_AGAINST = re.compile(r"\b(\d[\d,]*)\s+votes?\s+in\s+favou?r\b,?\s+(?:and\s+)?(\d[\d,]*)\s+against\b",
                                re.IGNORECASE)
_ABSTENTIONS = re.compile(r"[^.;]{0,40}?\b(\d[\d,]*)\s+abstentions?\b", re.IGNORECASE)


def _announced_and_said(a: Claim, b: Claim) -> bool:
    """One clause announces, the other says: the same announcement when the
    two sentences give what was announced alike (see ``Aligner._compatible``)."""
    pa, pb = a.predicate, b.predicate
    return pa != pb and "announce" in (pa, pb) and (pa in _SPEECH_VERBS or pb in _SPEECH_VERBS)


def _released_and_said(a: Claim, b: Claim) -> bool:
    """One clause releases figures, the other says them: "The figures, which
    INE released on Wednesday, showed 11.4 million" / "11.4 million
    international tourists came to Spain in July, the National Statistics
    Institute said on Tuesday" (see ``Aligner._compatible``)."""
    pa, pb = a.predicate, b.predicate
    return pa != pb and bool({pa, pb} & _RELEASING) and (pa in _SPEECH_VERBS or pb in _SPEECH_VERBS)


#: Verbs of putting out figures.
_RELEASING = frozenset({"release", "publish"})


def _one_filing(a: Claim, b: Claim) -> bool:
    """"Peñailillo's lawyers lodged a request with the regional electoral
    court on Monday" / "On Tuesday 17 November, the Regional Electoral
    Tribunal received a request from candidate Peñailillo": a document filed
    is received the same day; one act, told from either side."""
    pa, pb = a.predicate, b.predicate
    if not ({pa, pb} & _FILING and "receive" in (pa, pb)):
        return False
    def documents(c: Claim) -> set[str]:
        return set(_FILED_DOCUMENT.findall((c.context or "").lower()))
    return bool(documents(a) & documents(b))


#: Verbs of filing a document with a court or body, and what is filed.
_FILING = frozenset({"file", "lodge", "submit"})
_FILED_DOCUMENT = re.compile(r"\b(request|application|appeal|complaint|petition|objection|motion|claim|lawsuit)s?\b")


def _speech_and_deed(a: str, b: str) -> bool:
    """One date is of someone speaking, the other of a named deed: two events."""
    return bool(a and b) and (a in _SPEECH_VERBS) != (b in _SPEECH_VERBS)


@lru_cache(maxsize=4096)
def _groups(predicate: str) -> frozenset[int]:
    return frozenset(i for i, g in enumerate(_PREDICATE_GROUPS) if predicate in g)


#: Verbs that carry no event of their own ("had 21 crew", "its 1,400 jobs are")
#: or that only give someone's estimate ("police put the turnout at 22,000").
_LIGHT_VERBS = frozenset(
    {"be", "have", "include", "total", "number", "reach", "stand", "put", "estimate", "say", "give", "count", "report"}
)


def _contrasting_predicates(a: str, b: str) -> bool:
    """Whether two counts are governed by verbs that describe different events.

    The parser links a count to its verb only when the count is the verb's
    argument (see ``quantities``); otherwise the predicate is empty and
    decides nothing. Light verbs decide nothing either, except against an
    outcome ("two crew members were injured" is never "the ship had 21").
    """
    if not a or not b or a == b:
        return False
    if _groups(a) & _groups(b):
        return False
    if a.split(" ")[0] == b or b.split(" ")[0] == a:
        # "brought 36 workers down" and "to bring 63 workers down": the parse
        # may miss a particle set after the object; one verb with it and one
        # without name one deed.
        return False
    if a in _OUTCOMES or b in _OUTCOMES:
        return True
    if {a, b} <= _HOLDING_VERBS:
        return False  # "A-12 was stocked with 1.41 million fish" / "Site A-12 holds 1,140,000 Atlantic salmon"
    if {a, b} & _EVIDENCE_VERBS and {a, b} - _EVIDENCE_VERBS <= _HOLDING_VERBS:
        # "an inventory showed 1.86 million tonnes of wheat in storage" / "the
        # country holds 1.68 million tonnes": what evidence shows is a stock
        # held (not what was harvested or exported).
        return False
    return a not in _LIGHT_VERBS and b not in _LIGHT_VERBS


_EVIDENCE_VERBS = frozenset({"show", "indicate", "suggest"})
_HOLDING_VERBS = frozenset({"hold", "store", "keep", "stock"})


#: Verbs whose event is named by their object, not by the verb: "announced
#: plans to resume reviews" and "announced its intention to reverse a rule"
#: are two announcements, "received an award" in 1998 and in 2000 two awards.
_GENERIC_VERBS = frozenset(
    "announce issue receive become tell sign make get hold name serve show find see call release publish note "
    "begin start come do use know think believe want need help keep leave play win award launch introduce".split()
)


#: "Jobs went" is an event a count can be of; "went on strike on Monday" and
#: "went into its second day on Tuesday" date two different things.
_GENERIC_DATE_VERBS = _GENERIC_VERBS | {"go"}


def strong_match(a: Claim, b: Claim) -> bool:
    """Whether the structure itself says two claims are about one event: both
    values are arguments of verbs of the same kind, and none is a light verb."""
    pa = a.quantity.predicate if a.quantity is not None else a.predicate
    pb = b.quantity.predicate if b.quantity is not None else b.predicate
    if (clause := _defining_clause(a)) and clause == _defining_clause(b):
        # "The cut hits 183,400 members who hold savings in the guaranteed
        # scheme" / "The change applies to the 138,400 members who hold savings
        # in the guaranteed scheme": one group, defined the same way.
        return True
    generic = _GENERIC_DATE_VERBS if a.kind == "date" else _GENERIC_VERBS
    if not pa or not pb or pa in _LIGHT_VERBS or pb in _LIGHT_VERBS or pa in generic or pb in generic:
        return False
    if not (pa == pb or nominal_of(pa, pb) or any(pa in g and pb in g for g in _PREDICATE_GROUPS)):
        return False
    if pa != pb and (_taken_aboard(a) or _taken_aboard(b)):
        # "He took 17 people aboard his small trawler" / "nine people from the
        # boat have been admitted": picked up at sea, not taken to hospital.
        return False
    # The same verb about different named parties ("Gießen, which employs
    # 1,200", "Vossberg, which employs 42,000") is not one event.
    return not (_names(a) and _names(b)) or _same_place(a, b)


def _done_at_the_occasion(occasion: Claim, act: Claim) -> bool:
    """"The figures presented at Monday's press conference" / "the season
    presented yesterday in Zagreb": the day of the occasion at which the
    other clause's act was done is that act's day."""
    d = occasion.date
    if d is None or not occasion.predicate or occasion.predicate == act.predicate or not act.predicate \
            or " " in act.predicate or not re.search(r"['’]s$", d.surface) \
            or act.predicate in _LIGHT_VERBS or act.predicate in _GENERIC_DATE_VERBS:
        return False
    # The day owns the occasion ("Monday's press conference"), and the act's
    # verb stands right before it ("presented at"; not "the figures released
    # at 4 p.m.", where "figures" is no verb).
    return re.search(rf"{verb_forms(act.predicate)}(?<!s)\s+(?:at|during)\s+{re.escape(d.surface)}",
                     occasion.context or "", re.IGNORECASE) is not None


def _act_at_the_meeting(meeting: Claim, act: Claim) -> bool:
    """"At a meeting at the Chief Minister's House in Karachi on Monday 25 May,
    Chief Minister Zafar Ali Soomro declared a heat emergency" / "which declared
    a heat emergency on 26 May": the day of a meeting at which the clause's
    act was done is that act's day, when both clauses name one act by one
    verb and one object."""
    d = meeting.date
    if d is None or meeting.predicate not in _MEETINGS or not act.predicate or " " in act.predicate \
            or act.predicate in _LIGHT_VERBS or act.predicate in _GENERIC_DATE_VERBS:
        return False
    after = (meeting.context or "").partition(d.surface)[2]
    verb = verb_forms(act.predicate)
    told = re.search(rf"{verb}\s+((?:(?:a|an|the|its|their)\s+)?[a-z-]+(?:\s+[a-z-]+)?)", after, re.IGNORECASE)
    if told is None:
        return False
    # The act's own clause names the same object after the same verb.
    return re.search(rf"{verb}\s+{re.escape(told.group(1))}\b", act.context or "", re.IGNORECASE) is not None


#: Occasions at which acts are done: the meeting's day is the act's.
_MEETINGS = frozenset({"meeting", "session", "sitting", "briefing", "summit"})


def _taken_aboard(claim: Claim) -> bool:
    """"took 17 people aboard his trawler", "brought 29 on board": a pick-up."""
    pred = claim.quantity.predicate if claim.quantity is not None else claim.predicate
    return pred in ("take", "bring") and _ABOARD.search(claim.context) is not None


_ABOARD = re.compile(r"\b(?:aboard|on\s+board|onto)\b", re.IGNORECASE)


def _defining_clause(claim: Claim) -> str:
    """The first five words of the relative clause right after a count's noun
    ("hold savings in the guaranteed" in "183,400 members who hold savings in
    the guaranteed scheme"), or ""."""
    q = claim.quantity
    if q is None or not q.counted or q.unit:
        return ""
    return _relative_after(q.counted, claim.sentence_key)


@lru_cache(maxsize=1 << 14)
def _relative_after(counted: str, sentence_key: str) -> str:
    m = re.search(rf"\b{re.escape(counted)}\w*\s+(?:who|that|which)\s+((?:\w+\s+){{4}}\w+)", sentence_key)
    return m.group(1) if m else ""


Interval = tuple[float, float]


def co_stated(claims: list[Claim]) -> Listed:
    """Pairs of different values that one sentence states side by side.

    A writer who puts two values of one thing in one sentence ("the 13-inch
    and 15-inch models", "seven bullets, three of them from the rear",
    "14 miles from Healdsburg, at a depth of 12 miles") knows they are two
    facts: a list, a part and its whole, two measures. Elsewhere in the
    event the same two values are then not a disagreement. Values the
    sentence credits to different sources (police and organisers) are a
    disclosed disagreement instead, and values in different frames (800 so
    far, 5,000 planned) are kept apart by the frame; neither counts here.
    """
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for claim in claims:
        if claim.quantity is not None:
            by_sentence.setdefault((claim.report, claim.sentence), []).append(claim)
    out = Listed([], {})
    for key, group in by_sentence.items():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                # A year's record beside a forecast ("520 this year, ... last
                # year's 426") is listed with it, whatever the forecast's mood.
                same_frame = a.frame == b.frame or (_year_record(a) or _year_record(b)) \
                    and replace(a.frame, modality=b.frame.modality) == b.frame
                if not same_frame or source_of(a) != source_of(b):
                    continue
                if not _overlap(_interval(a), _interval(b)):
                    va, vb = _loose_interval(a), _loose_interval(b)
                    out.pairs.append((va, vb))
                    out.by_sentence.setdefault(key, []).extend((va, vb))
    return out


def _loose_interval(claim: Claim) -> Interval:
    """A listed value's interval with "about" read a tenth either way, however
    precisely the figure is given: "some 400 metres from the run" beside
    "about 2,650 metres" lists the 400 apart from a 2,560 told elsewhere."""
    q = claim.quantity
    assert q is not None
    if HEDGES.get(q.hedge.lower(), "") != "approx":
        return _interval(claim)
    _, lo, hi = canonical(replace(q, low=q.low - abs(q.low) * APPROX + approx_width(q.low),
                                  high=q.high + abs(q.high) * APPROX - approx_width(q.high)))
    return lo, hi


class Listed(NamedTuple):
    """Values stated side by side: the pairs, and each sentence's listed values."""

    pairs: list[tuple[Interval, Interval]]
    by_sentence: dict[tuple[str, int], list[Interval]]


Counts = dict[tuple[str, int], dict[str, list[Interval]]]


def _counts_by_sentence(claims: list[Claim]) -> Counts:
    """Each sentence's counts, by what they count."""
    out: dict[tuple[str, int], dict[str, list[Interval]]] = {}
    for c in claims:
        if c.quantity is not None and c.quantity.counted and c.frame.aggregation == "":
            out.setdefault((c.report, c.sentence), {}).setdefault(c.quantity.counted, []).append(_interval(c))
    return out


def _tallies_by_sentence(claims: list[Claim]) -> Counts:
    """Each sentence's counts of what happened, by what they count, for
    :func:`_counts_differ`: not a bar a count had to clear ("in search of the
    44 votes he needed to survive") or a margin it cleared it by, which a
    sentence about another day of the same vote may give."""
    return _counts_by_sentence([
        c for c in claims
        if c.quantity is not None and (c.quantity.predicate or c.predicate) not in _BAR_VERBS and not _margin(c)])


def _parts_by_sentence(claims: list[Claim]) -> Counts:
    """Each sentence's counts that are no totals, by what they count, for
    :func:`_whole_and_its_part`: the parts of a group ("684 of the 1,047
    reefs": 684; "Of the city's 52,418 registered voters, 24,937 cast a
    ballot": 24,937)."""
    out: dict[tuple[str, int], dict[str, list[Interval]]] = {}
    for c in claims:
        if c.quantity is not None and c.quantity.counted and c.frame.aggregation in ("", "part"):
            out.setdefault((c.report, c.sentence), {}).setdefault(c.quantity.counted, []).append(_interval(c))
        if c.quantity is not None and c.quantity.counted and c.frame.aggregation == "part":
            # Under its own key too: a sentence that gives a part ("about 1.3
            # million of them in Budapest") makes its plain count the whole.
            out.setdefault((c.report, c.sentence), {}).setdefault(_PARTITIVE + c.quantity.counted, []).append(_interval(c))
    return out


_PARTITIVE = "part of:"


def _whole_and_its_part(a: Claim, b: Claim, parts: Counts) -> bool:
    """"Bleaching was recorded on 684 of the 1,047 reefs" and, elsewhere, "the
    total number of bleached reefs, 684": the other figure is the part the
    whole's own sentence gives, not a second figure of the whole."""
    for whole, other in ((a, b), (b, a)):
        q = whole.quantity
        if q is None or other.quantity is None or other.quantity.counted != q.counted:
            continue
        if not q.whole and not (whole.frame.aggregation == "" and parts.get((whole.report, whole.sentence), {})
                                .get(_PARTITIVE + q.counted)):
            continue
        mine = parts.get((whole.report, whole.sentence), {}).get(q.counted, [])
        if any(_meet(part, _interval(other)) for part in mine) and not _meet(_interval(whole), _interval(other)):
            return True
    return False


def _amounts_by_sentence(claims: list[Claim]) -> Counts:
    """Each sentence's amounts of a stuff, by unit: "Last year it bought 102.6
    tonnes" and "it bought 21.4 tonnes of gold in February" date two
    purchases, as two counts of one thing date two tallies (:func:`_counts_differ`)."""
    out: dict[tuple[str, int], dict[str, list[Interval]]] = {}
    for c in claims:
        q = c.quantity
        if q is None or not q.unit or c.frame.aggregation not in ("", "total"):
            continue
        unit = canonical(q)[0]
        # Sums of money too: "the R$37.7bn Vale agreed to pay in 2021" and
        # "R$890 million paid as emergency aid between 2022 and 2024".
        if unit in _STUFF_UNITS or unit in MONEY_UNITS:
            out.setdefault((c.report, c.sentence), {}).setdefault(unit, []).append(_interval(c))
    return out


#: Units of a stuff bought, spilled or moved (mass, volume, area).
_STUFF_UNITS = frozenset({"t", "l", "m3", "km2", "m2"})


def _levels_by_sentence(claims: list[Claim]) -> Counts:
    """Each sentence's market levels and moves, by unit: "shares closed at
    1,053 pence on Friday" and "closed 18.4% higher at 1,247p on Monday" are
    two days' closes, as two counts of one thing are two tallies
    (:func:`_counts_differ`)."""
    out: dict[tuple[str, int], dict[str, list[Interval]]] = {}
    for c in claims:
        q = c.quantity
        if q is None or not q.subject or q.subject.split()[-1] not in MARKET_NOUNS:
            continue
        unit = canonical(q)[0]
        if unit in _DURATIONS:
            continue  # a span, not a level or a move
        out.setdefault((c.report, c.sentence), {}).setdefault(unit, []).append(_interval(c))
    return out


def _one_market_day(a: Claim, b: Claim, levels: Counts) -> bool:
    """"Kaamos shares closed on Monday 6.1 percent below their level" and "the
    move of customers was completed on Sunday": a day's market close, told
    with its level, is not the day of an event another verb tells."""
    if not levels:
        return False
    marked = [(c.report, c.sentence) in levels for c in (a, b)]
    return marked[0] != marked[1] and a.predicate != b.predicate


def _same_other_day(a: Claim, b: Claim, days: dict[tuple[str, int], list[tuple[dt.date, dt.date]]]) -> bool:
    """Whether the sentences of two dates each give one more single day, the
    same in both, other than the days the two dates give."""
    own = {_as_told(a.date), _as_told(b.date)}
    mine = {d for d in days.get((a.report, a.sentence), []) if d not in own and d[0] == d[1]}
    theirs = {d for d in days.get((b.report, b.sentence), []) if d not in own and d[0] == d[1]}
    return bool(mine & theirs)


def _reading_day(claim: Claim) -> bool:
    """A day named as the owner of a market reading ("Friday's rate", "Tuesday's exchange rate")."""
    d = claim.date
    if d is None or not re.search(r"(?:'s|’s)$", d.surface):
        return False
    return bool(_READING_AFTER.match(claim.context or "", claim.context.find(d.surface) + len(d.surface))
                if claim.context and d.surface in claim.context else False)


_READING_AFTER = re.compile(r"\s+(?:(?:closing|opening|official|exchange|spot|average)\s+)?"
                            r"(?:rates?|close|closing|prices?|fixing|fix|level|session|trading|quotes?)\b",
                            re.IGNORECASE)


def _partial_and_full(a: Claim, b: Claim) -> bool:
    """"The line reopened on Monday 19 October on a single track" / "Traffic on
    both tracks should resume on Wednesday 21 October": a service restored in
    part, and in full, are two steps of its return."""
    sa, sb = _service_extent(a), _service_extent(b)
    return bool(sa and sb) and sa != sb


def _service_extent(claim: Claim) -> str:
    context = claim.context or ""
    if _FULL_SERVICE.search(context):
        return "full"
    return "partial" if _PARTIAL_SERVICE.search(context) else ""


_PARTIAL_SERVICE = re.compile(r"\b(?:(?:on\s+)?(?:a\s+single|one|a\s+single\s+open)\s+(?:track|lane|runway|line)|"
                              r"single[- ]track|partially|partly|in\s+part|reduced\s+(?:service|timetable|schedule)|"
                              r"limited\s+(?:service|basis))\b", re.IGNORECASE)
_FULL_SERVICE = re.compile(r"\b(?:both\s+(?:tracks|lanes|runways|lines)|double[- ]track|all\s+(?:tracks|lanes|runways)|"
                           r"fully|in\s+full|full\s+(?:service|timetable|schedule|capacity))\b", re.IGNORECASE)


def _running_since(claim: Claim) -> bool:
    """"5,318 pilgrims had been treated ... since 18 May": the day a running
    count starts from, not the day of one happening the verb tells ("were
    treated ... on Wednesday")."""
    if claim.date is None or not claim.context:
        return False
    at = claim.context.find(claim.date.surface)
    before = claim.context[:at]
    # ... or opening the clause before its count: "Since 1 January, 31 rhinos have been poached".
    # ... or naming the count it runs: "brings the number of birds culled since October to 2,083,700".
    return at > 0 and bool(_SINCE_BEFORE.search(before)) and bool(
        _COUNT_BEFORE.search(before) or (before.strip().lower() == "since" or _NUMBER_OF.search(before))
        and _COUNT_BEFORE.search(claim.context[at:]))


_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_NUMBER_OF = re.compile(r"\b(?:number|total|tally|toll|count) of\b", re.IGNORECASE)
#: A count, or the ordinal of one more ("the sixth ... site dismantled since January").
_COUNT_BEFORE = re.compile(r"\b(?:\d[\d,.]*|\d+(?:st|nd|rd|th)|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                           r"tenth|eleventh|twelfth|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                           r"twenty|thirty|forty|fifty|dozens?|hundreds?|thousands?|millions?))\s+[a-z]",
                           re.IGNORECASE)


def _told_when(a: Claim, b: Claim) -> bool:
    """"The heat peaked on 28 May, when the centre recorded 50.4C": the day
    of ``a`` is also the day of a "when" clause with ``b``'s verb."""
    if a.date is None or not b.predicate or " " in b.predicate:
        return False
    # The "when" must follow the day itself ("on 28 May, when"), not ask a
    # question ("it is unclear when that money will be paid").
    day = _key(a.date.surface)
    if not day or f"{day} when " not in a.sentence_key:
        return False  # the common case, without compiling a pattern per pair
    return bool(re.search(rf"\b{re.escape(day)} when\b(?:\s+\S+){{0,8}}?\s+{verb_forms(b.predicate)}",
                          a.sentence_key))


def _same_odd_clock(a: Claim, b: Claim) -> bool:
    """One clock time off the hour and half-hour in both ("surrounded the house
    at about 5:15 a.m. on Wednesday" / "At approximately 5:15 a.m. today,
    Thursday, 14 May, a joint team ... searched the premises"): one moment,
    told with two verbs, whatever day each report gives it."""
    # Midnight's minute either side ("from 12:01 a.m. on Monday") is when
    # orders and lockouts take effect: many things start then.
    return _same_clock(a, b) and a.date is not None and a.date.time[-2:] not in ("00", "30") \
        and a.date.time not in ("00:01", "23:59", "12:01")


def _one_mark(a: Claim, b: Claim) -> bool:
    """Both sentences tell one level passing one mark ("slipped below 78
    centimetres at about 3 a.m. on Wednesday" / "Since Kaub crossed the 78 cm
    line on Tuesday"): one crossing, whatever verb tells it, unless the two
    pass it in opposite directions (a river rising above a mark and falling
    back below it)."""
    ma, mb = _marks(a.sentence_key), _marks(b.sentence_key)
    return any(x[1:] == y[1:] and (not x[0] or not y[0] or x[0] == y[0]) for x in ma for y in mb)


@lru_cache(maxsize=1 << 14)
def _marks(sentence_key: str) -> frozenset[tuple[str, str, str]]:
    """The marks a sentence says something passed: (direction, figure, unit)."""
    out = set()
    for m in _MARK.finditer(sentence_key):
        word, figure, unit = m.group(1), m.group(2).replace(",", ""), (m.group(3) or "").strip()
        direction = "down" if word in _MARK_DOWN else "up" if word in _MARK_UP else ""
        unit = _MARK_UNITS.get(unit, _MARK_UNITS.get(unit.removesuffix("s"), unit))
        if unit:
            out.add((direction, figure, unit))
    return frozenset(out)


_MARK = re.compile(
    r"\b(below|under|beneath|above|over|past|crossed|crosses|crossing|cross|breached|breaches|topped|tops)\s+"
    r"(?:the\s+)?(?:(?:key|critical|psychological|important)\s+)?(\d[\d,]*(?:\.\d+)?)\s*"
    r"(%|per cent|percent|cm|centimetres?|centimeters?|metres?|meters?|m|feet|foot|ft|mmhg|points?)?\b")
_MARK_DOWN = frozenset({"below", "under", "beneath"})
_MARK_UP = frozenset({"above", "over", "topped", "tops"})
_MARK_UNITS = {"centimetre": "cm", "centimeter": "cm", "metre": "m", "meter": "m", "feet": "ft", "foot": "ft",
               "per cent": "%", "percent": "%", "point": "points"}


def _same_clock(a: Claim, b: Claim) -> bool:
    """Whether two dates give one clock time, as told ("5:40 a.m." and "05:40")."""
    ta, tb = (a.date.time if a.date else ""), (b.date.time if b.date else "")
    return bool(ta) and ta == tb


def _same_beside(a: Claim, b: Claim, counts: Counts) -> bool:
    """Whether the sentences of two counts each give another count of one
    more thing, with the same value."""
    assert a.quantity is not None and b.quantity is not None
    ca, cb = counts.get((a.report, a.sentence), {}), counts.get((b.report, b.sentence), {})
    return any(
        x == y for counted in ca.keys() & cb.keys() - {a.quantity.counted, b.quantity.counted}
        for x in ca[counted] for y in cb[counted]
    )


def _beside_differ(a: Claim, b: Claim, figures: Counts) -> bool:
    """Whether the sentences of two counts each give a count of one more thing
    (``figures``, by sentence, as :func:`_figures_by_sentence` keys them) and
    those disagree: "54 boats carrying 3,412 people" and "six boats
    carrying 388 people" count two groups, as "11 boats, 612 people" in an
    island's line of a list does, and so do two meetings' 1,212 and 1,847
    shareholders. Only figures at least 1.4 times apart tell two groups: a
    report that gets both figures a little wrong ("over 280,000
    confirmed cases" in "over 750,000 tests" against 271,590 in 730,656), or
    swaps them ("10 rebounds and four points" against 10 points and four
    rebounds), tells the same group wrongly."""
    assert a.quantity is not None and b.quantity is not None
    ca, cb = figures.get((a.report, a.sentence), {}), figures.get((b.report, b.sentence), {})
    own = {f"#{a.quantity.counted}", f"#{b.quantity.counted}", canonical(a.quantity)[0], canonical(b.quantity)[0]}
    # Durations count too: "10,249 patients waited longer than four hours" and
    # "231 patients waited more than 12 hours" are two groups of patients.
    shared = {k for k in ca.keys() & cb.keys() - own if k.startswith("#") and len(k) > 1 or k in _DURATIONS}
    ia, ib = _interval(a), _interval(b)
    swapped = any(_overlap(ia, y) for c in shared for y in cb[c]) and any(_overlap(ib, x) for c in shared for x in ca[c])
    # "took seven staff, three foreigners and four Nigerien colleagues": a
    # total of the sentence's own parts is no other group.
    shared = {c for c in shared if not (_sum_of_rest(ca, c) or _sum_of_rest(cb, c))}
    return bool(shared) and not swapped and all(_far_apart(x, y) for c in shared for x in ca[c] for y in cb[c])


def _tallies_apart(a: Claim, b: Claim, figures: Counts) -> bool:
    """Whether two sentences each give more votes of a tally and not one of
    those agrees: "96 votes in favour, 23 against and 8 abstentions" and "74
    votes in favour, 38 against and 12 abstentions" are two votes' tallies.
    A report that gets one figure of a tally wrong keeps the others ("96 in
    favour, 32 against")."""
    key = _figure_key(a)
    if key != _figure_key(b) or key != "#votes":
        # Only a vote's sides are siblings for sure: elsewhere the other
        # figures of a sentence may be its whole or its parts ("Of the 71
        # rescued, 32 were taken to hospital" / "23 ..., 14 of them to Larnaca").
        return False

    def others(claim: Claim) -> list[Interval]:
        mine = list(figures.get((claim.report, claim.sentence), {}).get(key, []))
        if (own := _interval(claim)) in mine:
            mine.remove(own)
        return mine
    oa, ob = others(a), others(b)
    if not oa or not ob:
        return False
    return not any(_overlap(x, y) for x in oa for y in ob)


def _sum_of_theirs(total: Claim, other: Claim, figures: Counts) -> bool:
    """Whether ``total`` adds up figures ``other``'s sentence lists one by
    one: "Tamang's two fixed overs cost his side 35 runs" against "gave away
    19 runs in one over ... and 16 in another" is their sum, no rival of either."""
    if total.report == other.report and total.sentence == other.sentence \
            or not _SUMMING.search(total.sentence_key or total.context.lower()):
        return False
    listed = figures.get((other.report, other.sentence), {}).get(_figure_key(other), [])[:6]
    if len(listed) < 2:
        return False
    mine = _interval(total)
    return any(_meet((sum(x[0] for x in part), sum(x[1] for x in part)), mine)
               for size in range(2, len(listed) + 1) for part in combinations(listed, size))


def _adds_up_to(part: Claim, total: Claim, figures: Counts) -> bool:
    """Whether ``part``'s sentence gives counts that, with ``part``'s own,
    add up exactly to ``total``: "Researchers spoke to 9,960 pickers in the
    fields and reached another 1,522 by telephone" against "the 11,482
    pickers its researchers interviewed" gives the parts of that whole."""
    if part.report == total.report and part.sentence == total.sentence:
        return False
    qp, qt = part.quantity, total.quantity
    if qp is None or qt is None or qp.hedge or qt.hedge or qp.low != qp.high or qt.low != qt.high or qt.value < 10:
        return False
    if total.frame.aggregation == "incremental" or not re.search(r"\b(?:another|a further)\s+\d", part.sentence_key):
        # "41 more deaths are under investigation" is no whole of its own; and
        # only a sentence that adds "another 1,522" tells its counts are parts.
        return False
    # Each figure of the same thing as written: the middle of its rounding interval.
    counts = [(x[0] + x[1]) / 2 for x in figures.get((part.report, part.sentence), {}).get(_figure_key(part), [])][:6]
    if qp.value not in counts:
        return False
    rest = list(counts)
    rest.remove(qp.value)
    subsets = [extra for size in range(1, len(rest) + 1) for extra in combinations(rest, size)]
    if any(sum(extra) == qp.value for extra in subsets):
        # "A total of 23 persons were transferred to hospital, 14 of them to
        # Larnaca ... and nine to Famagusta": the figure's own breakdown, no
        # second part beside it (and 23 and nine make the 32 another report gets wrong).
        return False
    return any(qp.value + sum(extra) == qt.value for extra in subsets)


#: Words that tell a figure sums several ("two fixed overs cost 35 runs", "in all", "between them").
_SUMMING = re.compile(r"\b(?:two|three|four|both|combined|together|in all|in total|between them|altogether)\b")


def _sum_of_rest(figures: dict[str, list[Interval]], key: str) -> bool:
    """Whether a sentence's one count of ``key`` is the sum of some of its other counts."""
    if not key.startswith("#") or len(figures.get(key, [])) != 1 or math.isinf(figures[key][0][1]):
        return False
    rest = [x for k, xs in figures.items() if k != key and k.startswith("#") and len(k) > 1 for x in xs][:6]
    total = figures[key][0]
    return any(_meet((sum(x[0] for x in part), sum(x[1] for x in part)), total)
               for size in range(2, len(rest) + 1) for part in combinations(rest, size))


_DURATIONS = frozenset(DURATION_UNITS.values())


def _far_apart(x: Interval, y: Interval) -> bool:
    """Whether two figures are at least 1.4 times apart (nearest ends compared)."""
    low, high = min(x[1], y[1]), max(x[0], y[0])
    return low > 0 and high >= 1.4 * low


def _same_companion(a: Claim, b: Claim, figures: Counts) -> bool:
    """Two amounts told by one verb in sentences that give the same precise
    figure of another kind beside them ("chip exports jumped 71.3% to $1.64
    billion" / "Those to the United States jumped 71.3% to $1.46 billion"):
    one sentence told twice."""
    if a.report == b.report or not a.predicate or a.predicate != b.predicate or a.quantity is None:
        return False
    own = _figure_key(a)
    fa, fb = figures.get((a.report, a.sentence), {}), figures.get((b.report, b.sentence), {})
    return any(x == y and math.isfinite(x[0]) and _precise((x[0] + x[1]) / 2)
               for key in fa.keys() & fb.keys() if key != own for x in fa[key] for y in fb[key])


def _precise(value: float) -> bool:
    """A figure written too exactly to recur by chance: "71.3", "1,846"."""
    return value != 0 and rounding_step(value) * 50 <= abs(value)


def _figures_by_sentence(claims: list[Claim]) -> Counts:
    """Each sentence's figures, by unit, or by what they count when they have none
    ("US$1.4 billion a year" and "US$2.3 billion every year" are both dollars)."""
    out: Counts = {}
    for c in claims:
        if c.quantity is not None:
            key = _figure_key(c)
            out.setdefault((c.report, c.sentence), {}).setdefault(key, []).append(_interval(c))
    return out


def _figure_key(claim: Claim) -> str:
    assert claim.quantity is not None
    unit, _, _ = canonical(claim.quantity)
    return unit or f"#{_counted_key(claim)}"


def _figures_differ(a: Claim, b: Claim, figures: Counts) -> bool:
    """"GoldBod has estimated that gold worth about US$1.4 billion a year
    leaves Ghana illegally" and "the Centre ... estimates that gold worth
    about US$2.3 billion is smuggled out": statements whose figures of one
    thing disagree are two statements (two estimates), not one statement
    credited to two speakers."""
    fa, fb = figures.get((a.report, a.sentence), {}), figures.get((b.report, b.sentence), {})
    return any(
        not any(_overlap(x, y) for x in fa[key] for y in fb[key]) for key in fa.keys() & fb.keys()
    )


def _same_count(a: Claim, b: Claim, counts: Counts) -> bool:
    """Whether the sentences of two claims give one count of one thing alike
    ("more than 20,000 scientists" and "some 20,000 scientists")."""
    ca, cb = counts.get((a.report, a.sentence), {}), counts.get((b.report, b.sentence), {})
    return any(_meet(x, y) for counted in ca.keys() & cb.keys() for x in ca[counted] for y in cb[counted])


def _same_figure(a: Claim, b: Claim, figures: Counts, hedged: bool = False) -> bool:
    """Whether the sentences of two claims give one figure alike, of ten or
    more (a sum of money, a count), that names what the clauses are about.
    With ``hedged``, figures alike once hedges are allowed ("260 metres",
    "about 260 metres") count too."""
    fa, fb = figures.get((a.report, a.sentence), {}), figures.get((b.report, b.sentence), {})
    return any(_meet(x, y) and min(x[0], y[0]) >= 10 if hedged else x == y and x[1] >= 10
               for key in fa.keys() & fb.keys() for x in fa[key] for y in fb[key])


def _one_released_figure(a: Claim, b: Claim, figures: Counts) -> bool:
    """:func:`_same_figure` with hedges, where one side gives the figure as
    released ("11.42 million", against "more than 11.4 million"): two
    estimates alike only within their hedges ("about $350 million", "between
    $300 million and $390 million") are two bodies' own."""
    fa, fb = figures.get((a.report, a.sentence), {}), figures.get((b.report, b.sentence), {})
    def near(v: Interval) -> Interval:
        # "More than 11.4 million" is 11.42 million, not 577 against "at least 414".
        return v if math.isfinite(v[1]) else (v[0], v[0] * 1.05)
    return any(_meet(x, y) and min(x[0], y[0]) >= 10 and not (_loose(x) and _loose(y))
               for key in fa.keys() & fb.keys() for x in map(near, fa[key]) for y in map(near, fb[key]))


def _counts_differ(a: Claim, b: Claim, counts: Counts) -> bool:
    """"4,800 schools were closed on Monday" and "6,150 schools were closed on
    Tuesday": days that date different counts of one thing are the days of
    two tallies, not one event misdated."""
    ca, cb = counts.get((a.report, a.sentence), {}), counts.get((b.report, b.sentence), {})
    for counted in ca.keys() & cb.keys():
        # Met, not touched: an exact "three men" (2.5-3.5) only touches "two men".
        if not any(_meet(x, y) for x in ca[counted] for y in cb[counted]):
            return True
    return False


def _recurring_acts(claims: list[Claim]) -> frozenset[str]:
    """Verbs one sentence says were done on three or more days ("Skylark
    cancelled 305 flights on Thursday, after 388 on Wednesday, 241 on Tuesday
    and 96 on Monday"): a daily series, whose days in two reports are two
    occurrences, not one misdated. Days a report gives in several sentences
    may be stages of one story (arrests, certifications), each a fact."""
    days: dict[tuple[str, int, str], set[dt.date]] = {}
    for c in claims:
        d = c.date
        if c.kind == "date" and c.predicate and c.frame.modality == "actual" and d is not None and d.resolved \
                and d.granularity == "day" and d.earliest is not None and d.earliest == d.latest and not d.deadline:
            days.setdefault((c.report, c.sentence, c.predicate), set()).add(d.earliest)
    return frozenset(verb for (_, _, verb), seen in days.items() if len(seen) >= _RECURRING_DAYS)


#: Days one sentence gives a verb from which the verb is a daily series.
_RECURRING_DAYS = 3


def _days_by_sentence(claims: list[Claim]) -> dict[tuple[str, int], list[tuple[dt.date, dt.date]]]:
    """Each sentence's resolved days, for :func:`_days_listed`."""
    out: dict[tuple[str, int], list[tuple[dt.date, dt.date]]] = {}
    for c in claims:
        if (told := _as_told(c.date)) is not None:
            out.setdefault((c.report, c.sentence), []).append(told)
    return out


def _as_told(d: DateRef | None) -> tuple[dt.date, dt.date] | None:
    """A date's days as its sentence tells them: "14:25 GMT on Wednesday" is
    Wednesday, though a zone widens the days it may be elsewhere."""
    if d is None:
        return None
    if d.local is not None:
        return d.local, d.local
    return (d.earliest, d.latest) if d.earliest and d.latest else None


def _sole_substances(claims: list[Claim]) -> dict[str, str]:
    """Each mass or volume unit whose amounts the event counts of one thing
    only ("3.8 tonnes of ammonia", "about four tonnes of ammonia"), with
    that thing: an amount in the unit that names nothing is of it too. A
    bare amount aligns with a named one only as closely as bare amounts do."""
    seen: dict[str, set[str]] = {}
    for c in claims:
        q = c.quantity
        if q is None or not q.counted or q.state or c.frame.modality == "conditional":
            continue
        unit = canonical(q)[0]
        if unit in _SUBSTANCE_UNITS:
            seen.setdefault(unit, set()).add(_counted_key(c))
    return {unit: next(iter(keys)) for unit, keys in seen.items() if len(keys) == 1}


#: Units of mass, volume and area: amounts of some substance, or land under it.
_SUBSTANCE_UNITS = frozenset({"t", "l", "km2"})


def _dated_acts_by_sentence(claims: list[Claim]) -> DatedActs:
    """Each sentence's resolved days, for :func:`_days_listed`, with the verb
    of a state a day starts ("had stayed below 2 ppm since Thursday
    afternoon"), else ""."""
    out: DatedActs = {}
    for c in claims:
        if (told := _as_told(c.date)) is not None:
            assert c.date is not None
            since = re.search(rf"\bsince\s+(?:the\s+)?{re.escape(c.date.surface)}", c.context or "", re.IGNORECASE)
            out.setdefault((c.report, c.sentence), []).append((*told, c.predicate if since else ""))
    return out


DatedActs = dict[tuple[str, int], list[tuple[dt.date, dt.date, str]]]
#: Verbs that leave the act to their object ("the announcement made
#: yesterday"): any kind of act may be the one they date.
_ACT_NAMING_VERBS = _LIGHT_VERBS | {"make", "take", "do", "hold", "carry out"}


def _days_listed(a: Claim, b: Claim, acts: DatedActs) -> bool:
    """Whether one claim's sentence also gives the other's day: "a boy died on
    19 February and a girl on 2 March" makes another report's "2 March" the
    girl's, not a rival of the boy's "19 February". Only the sentence itself
    counts, not dates chained through other sentences: stories give many dates.

    A day a state of another kind starts from is not the other's: "The
    order was lifted at 16:00 on Friday, once the inspectorate reported that
    readings had stayed below 2 ppm since Thursday afternoon" does not make a
    weekly's "lifted on Thursday, 12 March" the day the readings fell. (Days
    of other acts a sentence lists still are: a story lists the days of many
    acts, and another report's day is as likely any of theirs.)
    """
    if a.date is None or b.date is None:
        return False
    for mine, other_claim in ((a, b), (b, a)):
        other = other_claim.date
        if (theirs := _as_told(other)) is None:
            continue
        verb = other_claim.predicate
        own = _as_told(mine.date)
        # A span around the claim's own day frames it, and lists no second
        # day ("who met the Treasurer on Thursday, has apologised more than
        # once this week"); one the day closes may be another event's ("on
        # Sunday, in the investigation into last week's armed robbery").
        # Nor does "this year" around it ("signed the law raising this year's
        # quota to 520 on Thursday"); a named year may be a fiscal year
        # whose own events the sentence dates. A span of more than a year
        # always frames ("published ... today ... for the first four months
        # of fiscal year 2026/27").
        framing = (_FRAMING_DAYS, 364, 365) if _THIS_YEAR.search(mine.sentence_key or "") else (_FRAMING_DAYS,)
        listed = [(lo, hi) for lo, hi, act in acts.get((mine.report, mine.sentence), ())
                  if (own is None or not (lo < own[0] and own[1] < hi
                                          and ((hi - lo).days in framing or (hi - lo).days > 366)))
                  and not (act and verb and act != mine.predicate and not _same_kind_of_verb(act, verb)
                           and act not in _ACT_NAMING_VERBS)]
        if any(lo <= theirs[1] and theirs[0] <= hi for lo, hi in listed):
            return True
    return False


#: "this year", "this year's": the year the story is told in.
_THIS_YEAR = re.compile(r"\bthis year\b")
#: Days a span around a claim's own day covers when it frames it: a week
#: ("this week"), not a clock time's two days in another zone, nor a month
#: ("returned to Nigeria ... this month"), which may hold the day another
#: report gives the same act.
_FRAMING_DAYS = 6


def _orders_apart(a: Claim, b: Claim) -> bool:
    """Two figures at least :data:`_ORDERS_APART` times apart whose ratio is
    no power of ten: a slip of scale ("2.3 million" for "2.3 billion", "3,000"
    for "30,000") keeps its digits."""
    (la, ha), (lb, hb) = _interval(a), _interval(b)
    if not all(math.isfinite(x) and x > 0 for x in (la, ha, lb, hb)):
        return False
    ma, mb = (la + ha) / 2, (lb + hb) / 2
    ratio = max(ma, mb) / min(ma, mb)
    if ratio < _ORDERS_APART:
        return False
    power = 10 ** round(math.log10(ratio))
    return abs(ratio / power - 1) > 0.1


#: How many times apart two figures of one counted thing are two things' figures.
_ORDERS_APART = 50


def _interval(claim: Claim) -> Interval:
    assert claim.quantity is not None
    _, lo, hi = canonical(claim.quantity)
    return lo, hi


def _meet(a: Interval, b: Interval) -> bool:
    """Overlap beyond a shared end: an exact 7 (6.5-7.5) only touches an exact 6
    (5.5-6.5), so listing 6 beside 3 does not make 7 kin of 3."""
    return a[0] < b[1] and b[0] < a[1] or a == b


def _overlap(a: Interval, b: Interval) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _listed_together(a: Claim, b: Claim, listed: Listed) -> bool:
    """Whether the event states the values of ``a`` and ``b`` as two facts.

    Lists chain: "2,880 by 1,800 pixels" in one report and "more than five
    million pixels, 2,880 by 1,800" in another make all three values one
    family of measures of the screen, none a rival of another. Not so for
    two reports that each set their own value beside the same other one
    by the same verb ("designed for 1,100 inmates, held 1,780" / "holds 1,870
    inmates in space built for 1,100"): the two are rival values of one
    slot, unless some sentence lists them together.
    """
    if not listed.pairs:
        return False
    va, vb = _interval(a), _interval(b)
    if _overlap(va, vb):
        return False
    if any(_overlap(va, x) and _overlap(vb, y) or _overlap(va, y) and _overlap(vb, x) for x, y in listed.pairs):
        return True
    if a.report != b.report and (_one_verb(_verb_of(a), _verb_of(b)) or _one_named_amount(a, b)
                                 or _one_vote_against_the_same(a, b) or _one_past_year(a, b)) \
            and _beside_the_same(va, vb, listed.by_sentence.get((a.report, a.sentence), ()),
                                 listed.by_sentence.get((b.report, b.sentence), ())):
        return False
    if a.report != b.report and _same_subject_and_verb(a, b):
        # "The slab broke away at 2,560 metres" / "The slab broke away at an
        # altitude of 2,650 metres": one subject and one verb give one slot,
        # whatever other measures in metres the story lists and chains.
        return False
    family = _families(listed.pairs)
    # A figure as written that only falls within a vague listed value ("moved
    # dozens of patients, ... two patients died") is not one of the list: the
    # vague value names no figure ("32 patients on ventilators" / "23").
    na = {n for n in family if _meet(va, n) and not (_vague(n) and not _loose(va) and n != va)}
    nb = {n for n in family if _meet(vb, n) and not (_vague(n) and not _loose(vb) and n != vb)}
    # Two values that both fall within one hedged listed value ("about 11.5
    # million bags, 300,000 below the federation's forecast") are rival
    # readings of it, not two members of its list: it tells nothing of them.
    # Nor does a bound ("watches priced above CHF 3,000", listed with "below
    # CHF 500"; "a penalty of up to €2.16 billion") that two figures both
    # fall within.
    figures = math.isfinite(va[1]) and math.isfinite(vb[1])
    shared = {n for n in na & nb if _loose(n) or figures and (not math.isfinite(n[1]) or n[0] <= 0)} \
        if a.report != b.report else set()
    return bool({family[n] for n in na - shared} & {family[n] for n in nb - shared})


def _same_kind_of_verb(a: str, b: str) -> bool:
    return a == b or bool(_groups(a) & _groups(b))


def _one_verb(a: str, b: str) -> bool:
    """The same verb, or one of its kind ("approved the bill by 118 votes to
    52" / "backed it by 181 votes to 52"), or a verb and a plain "be" ("3,742
    patients spent more than eight hours and 1,508 more than 12" / "3,472 were
    in an emergency department for more than eight hours and 1,508 for more than 12")."""
    return bool(a and b) and (_same_kind_of_verb(a, b) or "be" in (a, b))


def _base_and_reached(base: Claim, reached: Claim) -> bool:
    """"The company has about 5.1 million active customers" and "information
    belonging to 3.4 million current and former customers was accessed": the
    group a body has, and those of it a breach or fault reached."""
    return _verb_of(base) in _GROUP_SIZE_VERBS | {"have"} and not _REACHED.search(base.sentence_key) \
        and bool(_REACHED.search(reached.sentence_key))


#: What a breach or fault does to those it reaches.
_REACHED = re.compile(r"\b(?:affected|impacted|compromised|exposed|accessed|stolen|leaked|breached|hacked)\b")


def _verb_of(claim: Claim) -> str:
    return claim.quantity.predicate if claim.quantity is not None and claim.quantity.predicate else claim.predicate


def _year_record(claim: Claim) -> bool:
    """A figure told as what a whole year came to ("58,600 tonnes in 2025")."""
    d = claim.date
    return claim.frame.modality == "actual" and d is not None and d.granularity == "year" and not d.deadline


def _one_past_year(a: Claim, b: Claim) -> bool:
    """Two values each dated to one and the same year as a whole ("against
    58,600 tonnes in 2025" / "down from 56,800 tonnes last year"): the figure
    of that year, whatever verb the present figure beside it has."""
    da, db = a.date, b.date
    return da is not None and db is not None and da.granularity == db.granularity == "year" \
        and da.earliest is not None and (da.earliest, da.latest) == (db.earliest, db.latest)


def _beside_the_same(va: Interval, vb: Interval, mine: Sequence[Interval], theirs: Sequence[Interval]) -> bool:
    """Whether the sentences of two values each list some other value, the same in both."""
    others_a = [x for x in mine if not _overlap(x, va)]
    others_b = [y for y in theirs if not _overlap(y, vb)]
    return any(_overlap(x, y) for x in others_a for y in others_b)


def _families(listed: list[tuple[Interval, Interval]]) -> dict[Interval, int]:
    """Each listed value's family: values listed together, or overlapping a listed value, are kin."""
    nodes = sorted({v for pair in listed for v in pair})
    parent = list(range(len(nodes)))
    index = {v: i for i, v in enumerate(nodes)}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        parent[max(find(i), find(j))] = min(find(i), find(j))

    for x, y in listed:
        join(index[x], index[y])
    for i, x in enumerate(nodes):
        for j in range(i + 1, len(nodes)):
            if _meet(x, nodes[j]):
                join(i, j)
    return {v: find(i) for v, i in index.items()}


def _loose(value: Interval) -> bool:
    """A span wider than a tenth of its top: a hedged or vague value, not a figure as written."""
    return 0 < value[0] and math.isfinite(value[1]) and value[1] - value[0] > 0.1 * value[1]


Known = dict[str, list[tuple[Frame, str, int, Interval, str]]]


def _values_by_report(claims: list[Claim]) -> Known:
    """Each report's values of one thing, with their frame, source and sentence."""
    out: Known = {}
    for c in claims:
        predicate = _verb_of(c)
        out.setdefault(c.report, []).append((c.frame, source_of(c), c.sentence, _interval(c), predicate))
    return out


def _vague(value: Interval) -> bool:
    """"Hundreds" (200-999), "dozens": a span of more than twice its low end."""
    return 0 < value[0] and math.isfinite(value[1]) and value[1] > 2 * value[0]


def _known_apart(a: Claim, b: Claim, known: Known) -> bool:
    """Whether the report of one claim also states the other's value, elsewhere,
    as another fact: "seven bullets hit him" and, further down, "one bullet
    entered his shoulder" make another report's "one bullet" no rival of
    "seven". Within one report the two values are judged as they stand.
    """
    if a.report == b.report or not known or _one_named_amount(a, b):
        # A sum both name by what it measures ("closed down 12.4%") is that
        # thing's, whatever else in its unit a report gives ("around 16% less fuel").
        return False
    va, vb = _interval(a), _interval(b)
    if _overlap(va, vb):
        return False
    for mine, theirs in ((a, vb), (b, va)):
        # A report in its own voice that also gives a source's other figure
        # ("tens of thousands marched"; "organisers said 150,000") discloses
        # the difference; a source's figure is only set against that source's.
        source = source_of(mine)
        own = _verb_of(mine)
        for frame, said_by, sentence, value, predicate in known.get(mine.report, ()):
            # "More than 20 passengers were injured" is no second figure of
            # the passengers a flight was carrying: another kind of event.
            # A vague value that also fits the report's own figure ("hundreds
            # of passengers" beside "386 passengers") tells no second fact;
            # nor does one that fits the other's figure as written ("moved
            # dozens of patients" beside another report's "32 patients on ventilators").
            # An open bound far below ("at least one exam" beside 164 exams)
            # states no second figure; "at least four killed" beside 27 does.
            if frame == mine.frame and (not source or said_by == source) and sentence != mine.sentence \
                    and (value[1] != float("inf") or value[0] * 10 >= theirs[0]) and _meet(value, theirs) \
                    and not (_vague(value) and (_meet(value, _interval(mine)) or not _loose(theirs))) \
                    and not _subgroup(predicate, own, mine):
                return True
    return False


def _subgroup(predicate: str, own: str, claim: Claim) -> bool:
    """"More than 20 passengers were injured" counts some of the passengers
    a flight carried: what befell them, not another figure of the same
    passengers; "at least six died" and "six bodies recovered" count the same
    deaths, and "two bullets struck" is one more figure of the bullets."""
    counted = claim.quantity.counted if claim.quantity is not None else ""
    return predicate in _OUTCOMES and _contrasting_predicates(predicate, own) and OUTCOME_VERBS.get(predicate) != counted


def embedding_text(claim: Claim) -> str:
    """The text that stands for a claim in embedding space: its clause, or what is said."""
    return claim.context


#: Words as sentence keys split them (``claims``).
_KEY_WORDS = re.compile(r"[^\W_]+")
#: Days before the first report of an event from which a figure a report
#: dates is not the one its undated figures give.
_EARLIER_DAYS = 7
#: Days before its report's date from which a dated figure is history.
_HISTORY_DAYS = 30


def _planned_and_past(plan: Claim, done: Claim, published: Mapping[str, dt.date | None]) -> bool:
    """"The bank will publish its figures for March on 7 April", on 7 March,
    and "the bank published the figures on Thursday, March 5": what a report
    still expects had not happened when it was written, so a day before then
    on which the other report says it happened dates another occurrence."""
    day = published.get(plan.report)
    dp, dd = plan.date, done.date
    if plan.kind != "date" or day is None or dp is None or dd is None or dp.earliest is None or dd.latest is None:
        return False
    # "remanded in custody to appear at the Crown Court on 18 June": an
    # infinitive dated after the report is still ahead, whatever its frame.
    ahead = plan.frame.modality == "expected" or bool(plan.predicate) and " " not in plan.predicate and bool(
        re.search(rf"\bto\s+(?:be\s+)?{verb_forms(plan.predicate)}\b", plan.context or ""))
    # One report that tells both knows them apart: "Today we cancelled 305
    # flights" / "We expect to cancel fewer than 200 flights on Friday".
    return ahead and done.frame.modality == "actual" and dp.earliest > day \
        and (dd.latest < day or plan.report == done.report and dd.latest <= day)


def _after_report(a: Claim, b: Claim, published: Mapping[str, dt.date | None], coverage: dt.date | None) -> bool:
    """A count dated after the other report came out ("on Thursday evening 21
    flights were diverted", in a statement of Friday) is not the count that
    report gives without a date ("35 flights were diverted", on Wednesday):
    it could not have known it. Nor is a count dated to a day weeks before
    the story was first reported the count a report gives undated."""
    if a.kind != "quantity" or b.kind != "quantity":
        return False
    for x, y in ((a, b), (b, a)):
        day = published.get(y.report)
        if coverage is not None and y.date is None and x.date is not None \
                and x.date.resolved and x.date.latest is not None \
                and (x.report == y.report or x.date.granularity in ("day", "time")
                     and not _since(x.sentence_key, x.date.surface) and not _period(x.date)) \
                and x.date.latest < coverage - dt.timedelta(days=_EARLIER_DAYS):
            # An undated figure is its story's; the figure a report dates
            # weeks before any report of the story came out ("on 24 September,
            # when six flights were diverted"; "a boat capsized off Nouadhibou
            # on 28 September, where 19 bodies were recovered") is an earlier
            # occasion's. (Across reports only a day says so: "58,600 tonnes
            # in 2025" may be the year another report's record gives, and
            # "since 18 May" starts the span a running count covers.)
            return True
        if day is None or x.date is None or not x.date.resolved or x.date.earliest is None \
                or (y.date is not None and y.date.earliest is not None):
            continue
        if set_ahead(x, published.get(x.report)):
            # "The annual season ticket goes up to £6,174 on Sunday 1 March",
            # in a paper of 28 January: a figure set ahead of its day, which
            # a report of the day after may know as well.
            continue
        if x.frame.modality == y.frame.modality == "actual" and x.date.earliest > day \
                and x.frame.aggregation != "total" and not _RUNNING_WORDS.search(x.context):
            # ... unless the later count is a running one ("by 19 March the
            # trust had cancelled 9,800"): the same count, grown.
            return True
    return False


def set_ahead(claim: Claim, published: dt.date | None) -> bool:
    """A figure its report dates within two months after the report came out,
    told in a tense that is not past ("goes up to £6,174 on Sunday 1 March"):
    set ahead of its day. Not one a past verb tells ("which killed seven
    workers"), whose date the resolver may have put in the wrong year."""
    d, q = claim.date, claim.quantity
    if published is None or d is None or d.earliest is None or q is None or not (
            published < d.earliest <= published + dt.timedelta(days=_AHEAD_DAYS)):
        return False
    context = claim.context or ""
    if d.surface in context and _EFFECTIVE_BEFORE.search(context[:context.find(d.surface)]):
        # "has approved an average increase of 9.86 per cent ..., effective
        # Thursday, 1 January 2026": the day it takes effect, not the day of
        # the past verb, which gave the figure ahead of it.
        return True
    verb = (q.predicate or claim.predicate).split(" ")[0]
    told = re.search(rf"{verb_forms(verb)}\b", context, re.IGNORECASE) if verb else None
    return told is not None and not told.group().lower().endswith("ed") and told.group().lower() not in _PAST_FORMS


_AHEAD_DAYS = 62
#: Words that give the day a measure takes effect ("effective Thursday", "with effect from 1st January").
_EFFECTIVE_BEFORE = re.compile(r"\b(?:effective|with effect from|takes? effect (?:from|on)"
                               r"|comes? into (?:force|effect) on|(?:applies|apply|applying) from)\s+(?:on\s+)?$",
                               re.IGNORECASE)
#: Irregular past forms a figure's verb may take ("rose to", "fell to", "was").
_PAST_FORMS = frozenset("was were rose fell grew took made gave got went came stood held paid sold brought "
                        "won lost hit cut set put spent left kept struck".split())


_RUNNING_WORDS = re.compile(r"\b(?:by|as of|as at|since|so far|to date|until|up to|in all|altogether)\b", re.IGNORECASE)


def _history(claims: list[Claim], published: Mapping[str, dt.date | None]) -> list[bool]:
    """Whether each figure is dated well before its report (see :func:`_history_spans`)."""
    return [span is not None for span in _history_spans(claims, published)]


def _history_spans(
    claims: list[Claim], published: Mapping[str, dt.date | None]
) -> list[tuple[dt.date, dt.date] | None]:
    """Whether each figure is dated well before its report: "in June 2012, a 3.0
    quake struck" in a report of March 2013 is not the quake an undated figure
    of the story ("a 4.4 quake") measures. An undated report is taken to be
    as recent as the event's earliest dated report: its "In March 2025, 63
    whales stranded" is history beside a stranding covered in February 2026."""
    known = [p for p in published.values() if p is not None]
    earliest = min(known) if known else None
    opening: dict[tuple[str, int], DateRef] = {}
    days: dict[tuple[str, int], list[DateRef]] = {}
    for c in claims:
        # A count may carry the date of what it measures ("a magnitude 7.2
        # quake hit Hualien on 3 April 2024"), in place of a date claim.
        if c.kind in ("date", "quantity") and c.date is not None:
            days.setdefault((c.report, c.sentence), []).append(c.date)
            if _opens(c.sentence_key, c.date.surface):
                opening.setdefault((c.report, c.sentence), c.date)
    given: dict[tuple[str, int], set[str]] = {}
    for key, found in days.items():
        # "The fire follows a blaze in October at the Lindale plant, which
        # injured four workers": the one day or month a sentence gives dates it.
        if key not in opening and len({(d.earliest, d.latest) for d in found}) == 1 \
                and found[0].granularity in ("day", "month", "time"):
            opening[key] = found[0]
            given[key] = set()
    for c in claims:
        if (c.report, c.sentence) in given and c.quantity is not None and c.date is not None:
            given[(c.report, c.sentence)].add(c.quantity.counted)
    out = []
    for c in claims:
        pub = published.get(c.report) or earliest
        # "On 19 February, gunmen looted six trucks ... and one driver was
        # killed": a date opening the sentence dates every figure in it.
        d = c.date or opening.get((c.report, c.sentence))
        if c.date is None and c.quantity is not None and (c.report, c.sentence) in given \
                and d is not None and _conjunct_before(c, d):
            # "The catch in Subarea 48.1 totalled 152,380 tonnes, and the
            # fishery in that subarea was closed on 6 August 2026": the day
            # of the clause after "and" is that clause's, not the figure's.
            d = None
        if c.date is None and c.quantity is not None and c.quantity.counted in given.get((c.report, c.sentence), ()):
            # "Her majority of 6,726 compares with the Conservative majority of
            # 2,914 at the July 2024 general election": the day the sentence
            # gives another figure of the same thing is that figure's.
            d = None
        if d is None and c.sentence_key.startswith(_BACK_REFERENCES):
            # "In that quake Weiming scrapped about 6,900 wafers": the event of
            # the sentence before, and its date.
            d = opening.get((c.report, c.sentence - 1))
        past = bool(c.kind == "quantity" and pub and d is not None and d.latest
                    and d.latest < pub - dt.timedelta(days=_HISTORY_DAYS)
                    and not _since(c.sentence_key, d.surface) and not _period(d))
        out.append((d.earliest or d.latest, d.latest) if past and d is not None and d.latest else None)
    return out


#: A clause's context that ends where a coordinated clause begins.
_AND_FOLLOWS = re.compile(r",\s*(?:and|but|while)$")


def _conjunct_before(claim: Claim, day: DateRef) -> bool:
    """Whether ``claim``'s figure is stated in a clause that ends in ", and"
    before the clause that gives ``day``."""
    q = claim.quantity
    return q is not None and day.start > q.end and _AND_FOLLOWS.search(claim.context.strip()) is not None


def _season(claim: Claim) -> int:
    """The first year of the season ("2025/26", "2025-2026") a figure's clause
    names nearest before the figure, else first after it; 0 for none."""
    around = _around_figure(claim)
    if around is None:
        return 0
    before = _SEASON.findall(around[0])
    found = before[-1:] or _SEASON.findall(around[1])[:1]
    return int(found[0]) if found else 0


_SEASON = re.compile(r"\b(20\d\d)\s*[/–-]\s*(?:20)?\d\d\b(?!\s*(?:%|per\s?cent))")


def _periods_apart(a: Claim, b: Claim) -> bool:
    """Counts over calendar periods of different lengths ("In the first quarter
    of 2028, 30,013 new cars were registered" / "14,862 new cars were
    registered in March 2028"): a quarter's tally and a month's, however the
    month lies inside the quarter."""
    if a.kind != "quantity" or b.kind != "quantity":
        return False
    sa, sb = _season(a), _season(b)
    if sa and sb and sa != sb:
        # "ONH's first estimate for the 2026/27 crop ... is 340,000 t" / "The
        # ministry puts the 2025/26 harvest at 500,000 tonnes": two seasons.
        return True
    for one, other in ((a, b), (b, a)):
        # "carried about 1,200 people that day": a day's tally, whatever day.
        if one.date is None and other.date is not None and _days_period(other.date) \
                and _ONE_DAYS.search(one.context or ""):
            return True
    for one, other in ((a, b), (b, a)):
        # "impounded 298 taxis in July alone" / "1,634 minibus taxis were
        # impounded between January and the end of July": a month's tally
        # and several months'.
        if one.date is not None and one.date.granularity == "month" and one.date.earliest is not None \
                and one.date.latest is not None and (one.date.latest - one.date.earliest).days < 31 \
                and (other.date is None or other.date.granularity != "month") and _MONTHS_SPAN.search(other.context or ""):
            return True
    if a.date is None or b.date is None:
        return False
    if _day_in_days(a.date, b.date) or _day_in_days(b.date, a.date):
        return True
    spans = []
    for d in (a.date, b.date):
        # A range of days is a period too ("between 1 January and 31 July 2026").
        if d is None or d.granularity in ("day", "time") and d.earliest == d.latest or d.deadline \
                or not (d.earliest and d.latest):
            return False
        spans.append((d.latest - d.earliest).days + 1)
    return min(spans) >= 28 and max(spans) > 1.8 * min(spans)


#: Several months named as one span: "between January and the end of July",
#: "in the first seven months of the year", "In January and February together".
_MONTHS_SPAN = re.compile(rf"\bbetween (?:{_FULL_MONTHS}) and (?:the end of )?(?:{_FULL_MONTHS})\b"
                          rf"|\b(?:{_FULL_MONTHS}) and (?:{_FULL_MONTHS}) (?:together|combined)\b"
                          r"|\b(?:first|last|past) (?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months\b",
                          re.IGNORECASE)


def _windows_apart(a: Claim, b: Claim) -> bool:
    """Amounts over clock windows of different lengths ("31 mm of rain in the
    hour before the landing" / "more than 60 mm of rain fell between 10 p.m.
    on Tuesday and 6 a.m. on Wednesday"): an hour's reading and a night's."""
    if a.kind != "quantity" or b.kind != "quantity" or a.report == b.report and a.sentence == b.sentence:
        return False
    ha, hb = _window_hours(a.context or ""), _window_hours(b.context or "")
    return ha is not None and hb is not None and max(ha, hb) >= 2 * min(ha, hb)


@lru_cache(maxsize=1 << 14)
def _window_hours(context: str) -> float | None:
    """Hours of the window a clause measures over: "in the hour before" 1,
    "in the past 24 hours" 24, "between 10 p.m. and 6 a.m." 8; else None."""
    if _ONE_HOUR.search(context):
        return 1.0
    if (m := _N_HOURS.search(context)) is not None:
        return float(m.group(1))
    if (m := _BETWEEN_CLOCKS.search(context)) is not None:
        start, end = (int(m.group(i)) % 12 + (12 if m.group(i + 1).lower() == "p" else 0) for i in (1, 3))
        return float((end - start) % 24 or 24)
    return None


_ONE_HOUR = re.compile(r"\bin (?:the|one|a single|an) hour\b", re.IGNORECASE)
_N_HOURS = re.compile(r"\b(?:in|over|within) (?:the (?:past|last|previous) )?(\d{1,2}) hours\b", re.IGNORECASE)
_BETWEEN_CLOCKS = re.compile(r"\bbetween (\d{1,2})(?:[:.]\d\d)?\s*([ap])\.?m\.?.{0,30}? and (\d{1,2})(?:[:.]\d\d)?\s*([ap])\.?m\b",
                             re.IGNORECASE)


def _day_in_days(day: DateRef, days: DateRef) -> bool:
    """"carried about 1,200 people that day" (Tuesday) / "carried about 8,300
    people between Tuesday and Friday": one day's tally and several days'."""
    return not day.deadline and day.earliest is not None and day.earliest == day.latest and _days_period(days)


def _days_period(days: DateRef) -> bool:
    """"between Tuesday and Friday": a period of two days or more a count covers."""
    return not days.deadline and days.earliest is not None and days.latest is not None \
        and (days.latest - days.earliest).days >= 1 and days.surface.lower().startswith(("between ", "from "))


#: A count of one day: "that day", "on the day", "a day".
_ONE_DAYS = re.compile(r"\b(?:that|the\s+same|on\s+the|a|per|each)\s+day\b", re.IGNORECASE)


def _period(d: DateRef) -> bool:
    """"between January 2022 and June 2024": the period a count covers, which
    a report giving the count without it may cover too, not a past event's day."""
    return (d.surface.lower().startswith(("between ", "from ")) or _MONTH_SPAN.search(d.surface) is not None) \
        and d.earliest is not None and d.latest is not None and (d.latest - d.earliest).days > 62


#: "January–November", "Jan-Nov", "March through May": months joined as one span.
_MONTH_SPAN = re.compile(r"^[A-Za-z]+\.?\s*(?:-|–|through)\s*[A-Za-z]+")


#: Sentence openings that point back to the event of the sentence before.
_BACK_REFERENCES = ("in that ", "during that ", "at that time ", "at the time ", "that year ")


def _key(text: str) -> str:
    """Text as a sentence key spells it (see ``claims``)."""
    return " ".join(_KEY_WORDS.findall(text.lower()))


def _since(sentence_key: str, surface: str) -> bool:
    """"48 convoys since January" is counted up to now; "the deadliest since
    2012, when 16 people died" is not."""
    since = f"since {_key(surface)}"
    return since in sentence_key and f"{since} when" not in sentence_key


def _opens(sentence_key: str, surface: str) -> bool:
    """Whether a date begins its sentence ("On 19 February, ...", "In March 2025, ...")."""
    day = _key(surface)
    return bool(day) and any(sentence_key.startswith(f"{p}{day} ") for p in ("", "on ", "in "))


class Aligner:
    """Finds aligned claim pairs and groups them into facts.

    Follows scikit-learn's conventions: ``__init__`` stores settings, ``fit``
    learns ``pairs_`` (a DataFrame of aligned pairs, columns ``a``, ``b``,
    ``similarity``, indexes into the fitted claims) and ``labels_`` (a fact
    number per claim, -1 for claims aligned with nothing).
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._counts: Counts = {}
        self._figures: Counts = {}
        self._planned: Counts = {}
        self._days: dict[tuple[str, int], list[tuple[dt.date, dt.date]]] = {}

    def fit(
        self, claims: list[Claim], vectors: np.ndarray, published: Mapping[str, dt.date | None] | None = None
    ) -> Aligner:
        """Align ``claims``; ``vectors[i]`` embeds ``claims[i]`` (normalised).

        ``published`` maps report ids to their dates: a figure a report dates
        well before its own date is history, not the story's present.
        """
        published = published or {}
        past = _history_spans(claims, published)
        dated = [p for p in published.values() if p is not None]
        coverage = min(dated) if dated else None

        def apart(i: int, j: int) -> bool:
            # A figure the report dates years back (the 600-seat stand of
            # 2023) is not the story's own; one dated after the other report
            # came out is not what that report counted.
            # Two pasts apart are two histories too: a figure of February
            # 2026 and one of the "2024 episode".
            pi, pj = past[i], past[j]
            return (pi is None) != (pj is None) or pi is not None and pj is not None \
                and (pi[1] < pj[0] or pj[1] < pi[0]) or _after_report(claims[i], claims[j], published, coverage) \
                or _planned_and_past(claims[i], claims[j], published) or _planned_and_past(claims[j], claims[i], published) \
                or _periods_apart(claims[i], claims[j]) or _windows_apart(claims[i], claims[j])

        buckets: dict[str, list[int]] = {}
        sole = _sole_substances(claims)
        for i, claim in enumerate(claims):
            key = bucket_of(claim)
            if key.startswith("q||") and key[3:] in sole:
                # "put the amount released at 8.3 tonnes" in a story whose
                # only tonnes are of ammonia: the ammonia's tonnes.
                key = f"q|{sole[key[3:]]}|{key[3:]}"
            if key:
                buckets.setdefault(key, []).append(i)
        rows: list[tuple[int, int, float]] = []
        labels = np.full(len(claims), -1, dtype=int)
        next_label = 0
        # Each sentence's counts, once for the event: every bucket asks.
        counts = self._counts = _counts_by_sentence(claims)
        self._figures = _figures_by_sentence(claims)
        self._planned = _figures_by_sentence([c for c in claims if c.frame.modality == "expected"])
        self._days = _days_by_sentence(claims)
        for key in sorted(buckets):
            members = buckets[key]
            if len(members) < 2:
                continue
            # Bare amounts moved into a substance's bucket (see ``_sole_substances``).
            moved = {i for i in members if bucket_of(claims[i]) != key}
            threshold = self._threshold(key)
            strong = self._strong_allowed(key)
            # Amounts that name what they measure ("unpaid interest of",
            # "past-due interest of") align at the similarity counts need; so
            # the bucket's floor comes down only when two of them name one thing.
            named = [k for i in members if (k := _amount_key(claims[i])) is not None]
            floor = min(threshold, self._strong_floor(key, len(named) > len(set(named)))) if strong else threshold
            # Dated clauses naming one event by one noun ("the fault on 10
            # February" in a sentence about something else) may share few words.
            reach = min(floor, self.settings.date_event_similarity) if key == "d" else floor
            # A quote printed word for word over a long run is one statement
            # however each report cut its sentences ("... not a destination.
            # Once the ships ..." / "... not a destination; once the ships
            # ..."): the clauses embed further apart than one sentence retold.
            reach = min(reach, self.settings.align_similarity) if key == "s" else reach
            pairs = self._candidate_pairs(members, vectors, reach)
            numeric = key.startswith("q|")
            swapped_floor = self.settings.align_similarity_swapped
            if numeric:
                pairs = sorted(set(pairs) | set(_peak_pairs(claims, members, vectors))
                               | set(_swapped_pairs(claims, members, vectors, swapped_floor)))
            listed = co_stated([claims[i] for i in members]) if numeric else Listed([], {})
            known = _values_by_report([claims[i] for i in members]) if numeric else {}
            parts = _parts_by_sentence([claims[i] for i in members]) if numeric else {}
            days = _dated_acts_by_sentence([claims[i] for i in members]) if key == "d" else {}
            tallies = _tallies_by_sentence(claims) if key == "d" else {}
            recurring = _recurring_acts(claims) if key == "d" else frozenset()
            levels = _levels_by_sentence(claims) if key == "d" else {}
            amounts = _amounts_by_sentence(claims) if key == "d" else {}
            figures = self._figures if key == "s" else {}
            kept = [
                (a, b, s)
                for a, b, s in pairs
                if self._compatible(claims[a], claims[b], s, counts)
                and (s >= (max(threshold, self.settings.align_similarity_unit)
                           if a in moved or b in moved else threshold)
                     or strong and self._strong(claims[a], claims[b], s)
                     or key == "s" and _one_quote(claims[a], claims[b])
                     or numeric and s >= swapped_floor and _swapped_digits(claims[a], claims[b]))
                and not _listed_together(claims[a], claims[b], listed)
                and not _known_apart(claims[a], claims[b], known)
                and not _whole_and_its_part(claims[a], claims[b], parts)
                and not _days_listed(claims[a], claims[b], days)
                and not claims[a].predicate == claims[b].predicate in recurring
                and not _counts_differ(claims[a], claims[b], tallies)
                and not _counts_differ(claims[a], claims[b], levels)
                and not _counts_differ(claims[a], claims[b], amounts)
                and not _one_market_day(claims[a], claims[b], levels)
                and not (numeric and (_beside_differ(claims[a], claims[b], self._figures)
                                      or _tallies_apart(claims[a], claims[b], self._figures)
                                      or _sum_of_theirs(claims[a], claims[b], self._figures)
                                      or _sum_of_theirs(claims[b], claims[a], self._figures)
                                      or _adds_up_to(claims[a], claims[b], self._figures)
                                      or _adds_up_to(claims[b], claims[a], self._figures)))
                and not _figures_differ(claims[a], claims[b], figures)
                and not apart(a, b)
            ]
            rows.extend(kept)
            # Facts group at the lowest similarity any aligned pair needed, so
            # a fact linked through verbs of one kind stays one group.
            groups = self._facts(claims, kept, vectors, floor, counts, apart)
            for group in groups:
                labels[group] = next_label
                next_label += 1
        self.pairs_ = pd.DataFrame(rows, columns=["a", "b", "similarity"]).sort_values(["a", "b"], ignore_index=True)
        self.labels_ = labels
        return self

    def _threshold(self, bucket: str) -> float:
        if bucket == "s":
            return self.settings.statement_similarity
        if bucket.startswith("d"):
            return self.settings.date_similarity
        if bucket.startswith("q||"):
            return self.settings.align_similarity_unit
        return self.settings.align_similarity

    def _strong_allowed(self, bucket: str) -> bool:
        # A counted noun, or a date, plus a verb of the same kind is structure
        # enough; bare amounts are too many in a story to rest on a verb.
        # Temperatures are the exception: a reading belongs to a place, and
        # ``_strong`` asks for the same named place on both sides.
        # An amount known only by its unit may rest on its clause's own
        # subject and verb, both the same ("the wreckage lies at 3,530 metres").
        return bucket in ("d", _TEMPERATURE) or bucket.startswith("q|")

    def _strong_floor(self, bucket: str, named_amounts: bool = False) -> float:
        if bucket.startswith("q||") and bucket != _TEMPERATURE and not named_amounts:
            return self.settings.align_similarity
        return self.settings.align_similarity_strong

    def _strong(self, a: Claim, b: Claim, similarity: float) -> bool:
        if a.kind == "date" and a.frame.aggregation == b.frame.aggregation == "incremental":
            # "two more bodies were recovered on Wednesday", "three more on
            # Friday": each increment is an event of its own, so only clauses
            # alike enough to be one retelling tie their dates, or clauses
            # giving the same figure of what they date ("a third unit, the
            # 24-bed ward 2 Est, was closed on Saturday" / "the unit 2 Est (24
            # beds) was also closed on Sunday").
            return strong_match(a, b) and self._close(a, b) and _same_count(a, b, self._counts)
        if a.kind == "quantity" and a.frame.aggregation == b.frame.aggregation == "incremental":
            # "A further 16,290 people were moved by road" / "police moved
            # another 4,560 people on Tuesday": each increment is a happening
            # of its own, which one verb does not make one.
            return False
        if a.kind == "quantity" and (oa := _ordinal_item(a)) and oa == _ordinal_item(b) and _aboard(a) and _aboard(b):
            # "The second, which had sailed from Nouadhibou, ... carrying 174
            # people" / "The second cayuco ... with 147 people aboard": the
            # load of the one boat a story numbers.
            return True
        if a.kind == "quantity" and _one_peak(a, b):
            return True
        if a.kind == "quantity" and bucket_of(a).startswith("q||") and bucket_of(a) != _TEMPERATURE:
            # Or a sum both give as the value of one thing ("the Rs2.5bn relief package").
            # So does an amount both name by what it measures ("unpaid interest
            # of", "past-due interest of"), at the similarity counts need.
            return similarity >= self.settings.align_similarity and (
                _same_subject_and_verb(a, b) or _same_sized_thing(a, b) or _same_day_and_verb(a, b)
                or _one_reference(a, b) or _same_companion(a, b, self._figures) or _same_designation(a, b)
                or _imposed_act(a, b) or _imposed_act(b, a)) \
                or _one_named_amount(a, b)
        if similarity < self.settings.align_similarity_strong:
            return a.kind == "date" and self._close(a, b) and (
                a.predicate == b.predicate and a.predicate in EVENT_NOUNS or self._tied_by_detail(a, b)
                # "washed out the track near Spuzzum early on Sunday" / "since
                # the washout on Saturday": the event's noun and its verb.
                or nominal_of(a.predicate, b.predicate) and bool({a.predicate, b.predicate} & EVENT_NOUNS)
                or _same_start_or_end(a, b) or _one_death(a, b) or _one_restart(a, b)
                # "announced the £84.6 million penalty on Monday" / "fined
                # Downland Water a record 84.6 million pounds ... on Tuesday":
                # the telling names the act, and both give its one figure.
                or _act_by_light_verb(a, b) or _act_by_light_verb(b, a)
                or _told_act(a, b) and _same_figure(a, b, self._figures)
                or _released_and_said(a, b) and _one_released_figure(a, b, self._figures))
        if a.kind == "quantity" and same_source(a, b):
            return True
        if a.kind == "quantity" and _counts_the_act(a, b):
            return True  # "discharged untreated sewage 1,816 times" / "found 1,186 discharges"
        if a.kind == "quantity" and _one_vote_against_the_same(a, b):
            return True  # "passed by 98 votes to 76" / "approved the change by 89 votes to 76"
        if a.kind == "quantity" and (_ayes_told_two_ways(a, b) or _ayes_told_two_ways(b, a)):
            return True  # "Only 43 MPs backed the motion" / "47 members ... voted in favour of the motion"
        if a.kind == "quantity" and _crew_size(a) and _crew_size(b):
            return True  # "the ship's crew of 21" / "all 25 crew members are safe": the size of one crew
        if a.kind == "quantity" and _one_workforce(a, b):
            return True
        if a.kind == "quantity" and _same_sized_thing(a, b):
            return True
        if a.kind == "quantity" and _one_persons_age(a, b):
            return True
        if a.kind == "quantity" and _one_majority(a, b):
            return True  # "Okafor-Price's majority of 6,726" / "won ..., a majority of 6,276"
        if a.kind == "quantity" and _aboard(a) and _aboard(b):
            return True  # "the boat was carrying 48 people" / "84 people were on board": one load
        if bucket_of(a) == _TEMPERATURE and not _same_place(a, b):
            return False
        if a.kind == "date" and self._close(a, b) and a.predicate != b.predicate and _once(a, b):
            return True  # "last been walked by a track inspector" / "last inspected"
        if not strong_match(a, b):
            # "The fault on EstFin 3 was detected at 14:17 on 11 February" /
            # "Since the fault on 10 February": one side's dated event is named
            # by the other's clause, whatever verb that clause uses.
            return a.kind == "date" and self._close(a, b) and (
                _names_event_of(a, b) or _same_act(a, b) or _same_happening(a, b) or _told_act(a, b) or _one_filing(a, b)
                or _act_by_light_verb(a, b) or _act_by_light_verb(b, a)
                # "launched Operation Ghost Key on Wednesday, 13 May" / "launched
                # this Tuesday, 12 May, Operation Ghost Key": a verb whose event
                # its object names, with one object, in clauses as alike as
                # any aligned figures'.
                # So is "reach" with a place it reaches ("reached the fault site").
                or a.predicate == b.predicate and (a.predicate in _GENERIC_VERBS or a.predicate == "reach")
                and similarity >= self.settings.align_similarity and _one_object(a, b)
                # "Romania's president signed the law ... on Thursday" / "On
                # Friday, 12 June 2026, the President of Romania signed the
                # decree promulgating the Law": one office signs one law once.
                or a.predicate == b.predicate == "sign" and similarity >= self.settings.align_similarity
                and _one_signing(a, b)
                # "brought its terminal operating system back online on Friday"
                # / "its terminal operating system was restored ... today":
                # one restart, in clauses as alike as aligned figures'.
                or _restarted(a) and _restarted(b) and similarity >= self.settings.align_similarity
                # "announced a Rs 1,245-crore relief package on Thursday" and
                # "... on Friday": a verb of many events, tied by the one figure
                # both clauses give; so are two verbs of saying ("warned on
                # Monday evening" / "said late Tuesday" it expected a $412
                # million loss).
                or bool(a.predicate) and (a.predicate == b.predicate or {a.predicate, b.predicate} <= _SPEECH_VERBS
                                          or _announced_and_said(a, b) or _told_when(a, b) or _told_when(b, a))
                and _same_figure(a, b, self._figures)
                # "The figures, which INE released on Wednesday, showed 11.42
                # million" / "11.4 million ... the institute said on Tuesday".
                or _released_and_said(a, b) and _one_released_figure(a, b, self._figures)
                or _one_announcement(a, b)
                # "gave way at about 5:40 a.m. on Monday, 9 March, ... 260
                # metres from the western portal" / "The collapse occurred at
                # 05:40 on Tuesday, 10 March, about 260 metres from the western
                # portal": one clock time and one figure tell one happening.
                or _same_clock(a, b) and _same_figure(a, b, self._figures, hedged=True)
                or _one_first(a, b) or _one_body_set_up(a, b) or _one_begun_act(a, b)
                or _same_odd_clock(a, b)
                or self._tied_by_detail(a, b)
                or _same_start_or_end(a, b)
                or _done_at_the_occasion(a, b) or _done_at_the_occasion(b, a)
                or _act_at_the_meeting(a, b) or _act_at_the_meeting(b, a)
                or _act_in_participle(a, b) or _act_in_participle(b, a))
        if a.date is None or b.date is None or a.kind != "date":
            return True
        # Stories date many events with the same verbs ("killed", "destroyed"):
        # this week's fire and the one in 2003. A verb of one kind ties two
        # dates only when they are close enough to be one event misdated.
        if not self._close(a, b):
            # ... unless the verb says the event happened once: "was last
            # inspected in May 2023" and "last inspected on 14 May 2024".
            return _once(a, b)
        # A verb of one kind alone ("gathered", "attended the vigil") still
        # needs clauses as alike as any aligned figures'; with more evidence
        # that the clauses tell one event, less.
        # The same figure in both sentences ("an $85 million grant, which the
        # board approved last Friday" / "approved on April 16") is such evidence.
        # So is one verb done to one thing, named whole in both clauses:
        # "declared a state of catastrophe on Sunday" / "a constitutional state
        # of exception of catastrophe was declared" on Saturday.
        return similarity >= self.settings.align_similarity or _one_story(a, b) \
            or _same_figure(a, b, self._figures) or _one_begun_act(a, b) or _one_restart(a, b) \
            or a.predicate == b.predicate and _whole_object_named(a, b)

    def _tied_by_detail(self, a: Claim, b: Claim) -> bool:
        """Two dates whose sentences share a detail that tells one happening,
        however unlike their words."""
        # "The heat peaked on 28 May, when the centre recorded 50.4C": the
        # "when" clause and its figure are the other clause's.
        if (_told_when(a, b) or _told_when(b, a)) and _same_figure(a, b, self._figures):
            return True
        if _same_disclosure(a, b) or _one_mark(a, b):
            return True
        # "sailed from Zamboanga City at 7:30 p.m. on Friday, March 13" /
        # "departed Zamboanga City at 7:30 p.m. on Saturday, 14 March": one
        # departure from one place at one clock time, told with two verbs.
        if _same_clock(a, b) and _one_move(a.predicate, b.predicate) and _same_place(a, b):
            return True
        # "The group had set out from Jodhpur on the evening of Friday, 15 May"
        # / "The group had left Jodhpur on Saturday, 16 May": one departure
        # from one named place.
        if _one_move(a.predicate, b.predicate) and _origin(a) and _origin(a) == _origin(b):
            return True
        # "was towed into Isafjordur on Thursday morning" / "arrived in
        # Ísafjörður at 10:25 this morning": one arrival at one named place.
        if _one_move(a.predicate, b.predicate) and _destination(a) and _destination(a) == _destination(b):
            return True
        # "shipments would be limited to 450,000 tonnes a month and the measure
        # would take effect on Friday, October 2" / "will limit exports to
        # 450,000 tonnes a month from October 1": one rule, told by its figure.
        if a.predicate == b.predicate == "take effect" and _same_figure(a, b, self._figures):
            return True
        # "late on Thursday, filed for protection from its creditors in federal
        # bankruptcy court" / "filed a petition under Chapter 9 of the US
        # Bankruptcy Code": a debtor files for bankruptcy once.
        # "the 30-year agreement that the Government and Puna Blanca signed on
        # Tuesday" / "The agreement signed on 12 June": one agreement, signed once.
        if a.predicate == b.predicate == "sign" and (na := _AGREEMENT.search(a.context or "")) \
                and (nb := _AGREEMENT.search(b.context or "")) and na.group(1).lower() == nb.group(1).lower() \
                and not (_names(a) and _names(b) and not _same_place(a, b)):
            return True
        if a.predicate == b.predicate == "file" and _INSOLVENCY.search(a.sentence_key) \
                and _INSOLVENCY.search(b.sentence_key):
            return True
        # "to announce on April 15 that the cuts would last until at least July
        # 31" / "announced today, Tuesday 14 April, that the rationing will be
        # extended until at least 31 July": one verb of telling and one other
        # day both sentences give tell one announcement (not "was held on
        # Sunday" / "holding the race in mid-April", which share only the day
        # each report was written).
        return a.predicate in _TELLING_VERBS and a.predicate == b.predicate and _same_other_day(a, b, self._days)

    def _compatible(self, a: Claim, b: Claim, similarity: float, counts: Counts) -> bool:
        """:func:`compatible`, except that two counts whose sentences also give
        one other count alike are one fact whatever verbs the lexicon does not
        know tell them: "the ship left with 2,847 passengers and 1,162 crew
        members" and "departed with 2,874 passengers and 1,162 crew members";
        "42 gold bars hidden in the linings of two suitcases" and "24 gold
        bars concealed in the linings of two suitcases"."""
        if compatible(a, b):
            return True
        if a.kind == "date" and a.report != b.report and a.frame.aggregation != b.frame.aggregation \
                and _same_count(a, b, counts):
            # "The three societies, which represent 20,000 scientists, also
            # sent a letter today": one more sender in its own story, and the
            # very sending another report tells ("three societies representing
            # some 20,000 scientists sent letters last Friday").
            return compatible(replace(a, frame=b.frame), b)
        if a.kind == "date" and _announced_and_said(a, b) and _same_figure(a, b, self._planned):
            # "will climb 49 cents to $18.07 an hour on Jan. 1, the state's labor
            # department said on Thursday" / "announced on September 29 that the
            # statewide minimum wage will rise to $18.07 an hour": one plan
            # announced, whose figure both sentences give as what will be. (Not
            # "said on Monday it would ask Canberra to match its A$14.5 million
            # package" / "its A$14.5 million response, announced on 8 April".)
            return compatible(replace(a, predicate="announce"), replace(b, predicate="announce"))
        if a.kind == "date" and _released_and_said(a, b) and _one_released_figure(a, b, self._figures):
            # The figures released are the ones said: one release.
            return compatible(replace(a, predicate="release"), replace(b, predicate="release"))
        # So are two figures with two digits traded ("Paranaguá shipped 2.64
        # million tonnes of soybeans" / "exported 2.46 million tonnes of
        # soybeans"): a slip in copying one figure, told with another verb.
        if a.kind != "quantity" or similarity < self.settings.align_similarity \
                or not (_same_beside(a, b, counts) or _swapped_digits(a, b)):
            return False
        assert a.quantity is not None and b.quantity is not None
        verbs = (a.quantity.predicate or a.predicate, b.quantity.predicate or b.predicate)
        return not any(_groups(v) or v in _OUTCOMES for v in verbs) and compatible(a, b, verbs=False)

    def _close(self, a: Claim, b: Claim) -> bool:
        """Whether two dates are near enough to be one event misdated."""
        da, db = a.date, b.date
        if da is None or db is None or not (da.earliest and da.latest and db.earliest and db.latest):
            return False
        gap = max((db.earliest - da.latest).days, (da.earliest - db.latest).days, 0)
        return gap <= self.settings.date_strong_days

    def _candidate_pairs(self, members: list[int], vectors: np.ndarray, threshold: float) -> list[tuple[int, int, float]]:
        """Pairs (i < j) above ``threshold``; top-k per claim in large buckets."""
        idx = np.asarray(members)
        sub = vectors[idx]
        n = len(idx)
        k = n if n <= self.settings.all_pairs_limit else self.settings.top_k
        out: list[tuple[int, int, float]] = []
        block = 1024
        for lo in range(0, n, block):
            sims = sub[lo : lo + block] @ sub.T
            for r in range(sims.shape[0]):
                row = sims[r]
                i = lo + r
                if k < n:
                    top = np.argpartition(-row, k)[: k + 1]
                else:
                    top = np.arange(n)
                for j in top:
                    if j != i and row[j] >= threshold and (k < n or j > i):
                        a, b = (int(idx[i]), int(idx[j])) if idx[i] < idx[j] else (int(idx[j]), int(idx[i]))
                        out.append((a, b, round(float(row[j]), 6)))
        return sorted(set(out))

    def _facts(
        self,
        claims: list[Claim],
        pairs: list[tuple[int, int, float]],
        vectors: np.ndarray,
        threshold: float,
        counts: Counts,
        apart: Callable[[int, int], bool],
    ) -> list[list[int]]:
        """Groups of claims stating one fact (average linkage on cosine distance)."""
        linked = sorted({i for a, b, _ in pairs for i in (a, b)})
        if len(linked) < 2:
            return []
        if len(linked) > self.settings.all_pairs_limit:
            return _components(linked, pairs)
        idx = np.asarray(linked)
        # Real distances between every pair of linked claims, so a fact stated
        # by many reports in varied words stays one group; structure still
        # keeps incompatible claims apart.
        dist = np.clip(1.0 - vectors[idx] @ vectors[idx].T, 0.0, 2.0).astype(np.float64)
        for i, a in enumerate(linked):
            if claims[a].kind == "statement":
                # One statement is one fact whoever it is credited to: the
                # speakers are what the conflict is about.
                break
            for j in range(i + 1, len(linked)):
                if apart(a, linked[j]) or not self._compatible(claims[a], claims[linked[j]], 1.0 - dist[i, j], counts) \
                        or claims[a].kind == "quantity" and _tallies_apart(claims[a], claims[linked[j]], self._figures):
                    # Two votes' tallies stay apart in a fact as in a pair.
                    dist[i, j] = dist[j, i] = _APART
        np.fill_diagonal(dist, 0.0)
        model = AgglomerativeClustering(
            n_clusters=None, metric="precomputed", linkage="average", distance_threshold=1.0 - threshold
        ).fit(dist)
        groups: dict[int, list[int]] = {}
        for claim, label in zip(linked, model.labels_):
            groups.setdefault(int(label), []).append(claim)
        label_of = {claim: int(label) for claim, label in zip(linked, model.labels_)}
        position = {claim: i for i, claim in enumerate(linked)}
        neighbours: dict[int, set[int]] = {}
        for a, b, _ in pairs:
            neighbours.setdefault(a, set()).add(b)
            neighbours.setdefault(b, set()).add(a)
        for claim, label in list(label_of.items()):
            if len(groups[label]) > 1:
                continue
            # A claim aligned with a member of one fact, but far in words from
            # the rest ("The 4,200-seat temporary stand, a steel scaffold
            # structure, collapsed" against two plainer mentions of the
            # 2,400-seat stand), still states that fact, when nothing in its
            # structure sets it apart from any member.
            partners = {label_of[n] for n in neighbours[claim] if len(groups[label_of[n]]) > 1}
            if len(partners) == 1:
                target = partners.pop()
                if all(dist[position[claim], position[m]] < _APART for m in groups[target]):
                    groups[target].append(claim)
                    groups[label] = []
        for a, b, _ in pairs:
            # Two claims the structure tied though their words sit further
            # apart than the bucket's floor ("restarted pumping on Friday
            # morning" / "pumping ... resumed at 06:15 on Saturday"), and that
            # no fact took in, are a fact of their own.
            la, lb = label_of[a], label_of[b]
            if la != lb and groups[la] == [a] and groups[lb] == [b]:
                groups[la].append(b)
                groups[lb] = []
                label_of[b] = la
        return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: g[0])


def _components(nodes: list[int], pairs: list[tuple[int, int, float]]) -> list[list[int]]:
    parent = {n: n for n in nodes}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, _ in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for n in nodes:
        groups.setdefault(find(n), []).append(n)
    return sorted((g for g in groups.values() if len(g) > 1), key=lambda g: g[0])
