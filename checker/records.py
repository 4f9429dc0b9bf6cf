"""Typed records passed between the pipeline's stages.

Every character offset (``start``/``end``) is into the owning report's
``text``, so a claim can be highlighted in the full text and in its sentence.
Intervals are closed: ``low <= value <= high``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

ConflictKind = Literal["numeric", "date", "attribution"]
Scope = Literal["cross-report", "within-report"]
Severity = Literal["low", "medium", "high"]
Granularity = Literal["time", "day", "week", "month", "year"]


@dataclass(frozen=True)
class Report:
    """One article, press release or wire item about an event."""

    id: str
    event: str
    text: str
    source: str = ""
    published: dt.date | None = None
    title: str = ""
    url: str = ""
    path: str = ""


@dataclass(frozen=True)
class Sentence:
    """A sentence of a report, with its span in the report's text."""

    report: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Quantity:
    """A stated count or amount, as an interval after hedges and scale words.

    ``value`` is the number as written ("around 3,000" -> 3000); ``low`` and
    ``high`` are the bounds the wording allows (hedge "around" -> 2700..3300).
    ``counted`` is the canonical key of what is counted ("troops" for
    soldiers/troops/forces/personnel), ``""`` when unknown.
    ``unit`` is a currency code ("USD"), "%" or a unit of measure ("km").
    ``subject`` is who or what the count is about (the agent of the verb,
    normalised), ``predicate`` the lemma of the governing verb ("send").
    ``whole`` marks the whole of a partitive ("most of the 56 passengers"):
    the group, counted by the writer, that the sentence takes a part of.
    ``state`` is "still" for a count of those still in a state ("1.1 million
    customers were still without power"), which falls as the count of all who
    fell into it does not; such counts meet only each other. It is how badly
    a verb of harm hurt those counted ("serious" for "seven were seriously
    injured"), a part of all those hurt, or the other verb of two joined by
    "or" ("or damage" for "70 homes had been destroyed or damaged"), likewise
    met only by its like.
    ``defined`` marks a definite group its own clause defines (below).
    """

    value: float
    low: float
    high: float
    surface: str
    start: int
    end: int
    hedge: str = ""
    unit: str = ""
    counted: str = ""
    subject: str = ""
    predicate: str = ""
    whole: bool = False
    state: str = ""
    #: A definite group its own clause defines ("the 68 residents who were
    #: evacuated on Tuesday are still in Hetta"): its size stays as the
    #: clause fixed it, whatever state the sentence puts the group in.
    defined: bool = False


@dataclass(frozen=True)
class DateRef:
    """A date or time expression resolved to an interval of days.

    ``earliest``/``latest`` are inclusive. ``resolved`` is False for relative
    expressions in a report without a publication date: those are never
    compared. ``deadline`` marks "by December" (an upper bound, not the day).
    ``time`` holds "14:05" for clock times, with ``tz`` when stated. A time
    given in a zone ("06:00 EAT today") may fall on another day elsewhere, so
    its days are widened; ``local`` keeps the day as stated.
    """

    surface: str
    start: int
    end: int
    granularity: Granularity
    earliest: dt.date | None = None
    latest: dt.date | None = None
    resolved: bool = True
    deadline: bool = False
    time: str = ""
    tz: str = ""
    local: dt.date | None = None


@dataclass(frozen=True)
class Attribution:
    """Who asserts a sentence's content.

    ``speaker`` is the normalised key used for comparison ("yoon suk yeol");
    ``speaker_surface`` is how this report names them. ``conduit`` is the
    outlet or agency relaying the statement ("Yonhap"), never compared as a
    speaker. ``quote`` is the directly quoted text, when there is one.
    """

    speaker: str
    speaker_surface: str
    cue: str
    start: int = -1
    end: int = -1
    conduit: str = ""
    quote: str = ""


@dataclass(frozen=True)
class Frame:
    """How a claim is framed: what would make two values not comparable.

    ``aggregation`` is "total" for a marked total or a partitive's whole,
    "incremental" for a count added to others ("1,500 more", "fourteen cases
    have been added", "our crew also recovered two") or the size of a level's
    move ("will rise by 15 euros", against the level "will rise to 314
    euros"), "part" for a part of a group counted elsewhere, else "".
    """

    modality: Literal["actual", "expected", "conditional", "previous", "capacity"] = "actual"
    negated: bool = False
    aggregation: Literal["", "total", "incremental", "part"] = ""


@dataclass(frozen=True)
class Claim:
    """A checkable fact stated in one sentence: a quantity, a date or a statement.

    ``kind`` "statement" is a sentence with an attribution but neither a
    quantity nor a date: it can only take part in attribution conflicts.
    """

    id: str
    report: str
    sentence: int
    kind: Literal["quantity", "date", "statement"]
    frame: Frame = field(default_factory=Frame)
    quantity: Quantity | None = None
    date: DateRef | None = None
    attribution: Attribution | None = None
    entities: tuple[str, ...] = ()
    #: Lemma of the verb that governs the value ("send", "brief"), or "".
    predicate: str = ""
    #: The words of the clause that states the value: what the claim is embedded by.
    context: str = ""
    #: Rank of this claim among the claims of its kind in its sentence (0, 1, ...).
    position: int = 0
    #: Entity label of the speaker's mention (ORG, PERSON, ...), "OUTLET" for
    #: one of the event's own sources, or "".
    speaker_label: str = ""
    #: The sentence's words, lowercased, without punctuation: equal for copies
    #: of one sentence in several reports ("AK-47" and "AK 47" alike).
    sentence_key: str = ""
    #: The body a named speaker speaks for, when the sentence says
    #: ("prosecutor's office spokesman Piotr Kala" -> "prosecutor office").
    speaker_affiliation: str = ""
    #: For a figure a source gives, the day the sentence says it was given
    #: ("BNPB said on Friday 17 April that 27 had died"), when its own clause has none.
    stated: DateRef | None = None
    #: The clock time ("12:30") of the live page's entry the claim is in
    #: ("**12:30 p.m.** – The FDNY now says 19 people were injured"), or "".
    entry_time: str = ""
    #: "list:item" for a claim in a bulleted list's item (the sentence indexes
    #: of the list's first item and of this one), or "".
    list_item: str = ""

    @property
    def start(self) -> int:
        """Start of the claim's value in the report's text."""
        if self.quantity is not None:
            return self.quantity.start
        if self.date is not None:
            return self.date.start
        if self.attribution is not None and self.attribution.start >= 0:
            return self.attribution.start
        return -1

    @property
    def end(self) -> int:
        """End of the claim's value in the report's text."""
        if self.quantity is not None:
            return self.quantity.end
        if self.date is not None:
            return self.date.end
        if self.attribution is not None and self.attribution.end >= 0:
            return self.attribution.end
        return -1


@dataclass(frozen=True)
class Conflict:
    """An aligned group of claims whose values cannot all be true."""

    id: str
    event: str
    kind: ConflictKind
    severity: Severity
    confidence: float
    scope: Scope
    explanation: str
    claims: tuple[Claim, ...]
    fingerprint: str
    fact: str = ""
    status: Literal["open", "update", "dismissed"] = "open"


@dataclass(frozen=True)
class Fact:
    """Claims judged to state the same fact, one group of the alignment."""

    id: str
    label: str
    kind: Literal["quantity", "date", "statement"]
    claims: tuple[Claim, ...]


@dataclass
class EventResult:
    """Everything the checker found in one event."""

    event: str
    reports: list[Report]
    sentences: list[Sentence]
    claims: list[Claim]
    facts: list[Fact]
    conflicts: list[Conflict]
    notes: list[str] = field(default_factory=list)


@dataclass
class CheckResult:
    """The result of one ``checker.check`` call."""

    events: list[EventResult]
    skipped: list[str] = field(default_factory=list)
    #: Observations on the input that are not errors (single-report events...).
    notes: list[str] = field(default_factory=list)
    #: Seconds per stage of this run (not part of results.json: runs differ).
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def conflicts(self) -> list[Conflict]:
        """All conflicts over all events, in event order."""
        return [c for e in self.events for c in e.conflicts]
