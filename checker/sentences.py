"""Sentence splitting: spaCy parses each report once, in batches."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from checker.records import Claim, Report, Sentence

T = TypeVar("T")

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def parse_tagged(
    items: Iterable[tuple[T, Report]], nlp: Language, *, batch_size: int = 16
) -> Iterator[tuple[tuple[T, Report], Doc]]:
    """Each (tag, report) with its parsed text, in input order, through ``nlp.pipe``."""
    pairs = ((report.text, (tag, report)) for tag, report in items)
    for doc, item in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield item, doc


def split(report: Report, doc: Doc) -> list[Sentence]:
    """The report's sentences; ``index`` is the position in ``doc.sents``.

    Blank "sentences" (runs of whitespace) keep their index but are dropped,
    so indexes agree with every other stage that walks ``doc.sents``.
    """
    out = []
    for index, sent in enumerate(doc.sents):
        text = sent.text.strip()
        if not text:
            continue
        lead = len(sent.text) - len(sent.text.lstrip())
        start = sent.start_char + lead
        out.append(Sentence(report=report.id, index=index, start=start, end=start + len(text), text=text))
    return out


class SpeakerLines:
    """The sentence that names a claim's speaker when it is not the claim's own.

    A quotation's speaker is often named in a line of its own ("Governor Ilze
    Vitola said at a briefing:") or in the sentence that opens the quote; a
    reader checking who said it needs that sentence beside the quoted one.
    Built once per event: the sentences are indexed by report, so each lookup
    reads one report's sentences, not the event's.
    """

    def __init__(self, sentences: Iterable[Sentence]) -> None:
        self._by_report: dict[str, list[Sentence]] = {}
        for s in sentences:
            self._by_report.setdefault(s.report, []).append(s)
        self._by_index = {(s.report, s.index): s for own in self._by_report.values() for s in own}
        for own in self._by_report.values():
            own.sort(key=lambda s: s.start)
        self._starts = {report: [s.start for s in own] for report, own in self._by_report.items()}

    def of(self, claim: Claim) -> Sentence | None:
        att = claim.attribution
        if att is None:
            return None
        if att.start >= 0:
            own = self._by_report.get(claim.report, [])
            at = bisect_right(self._starts.get(claim.report, []), att.start) - 1
            if at < 0 or not own[at].start <= att.start < own[at].end:
                return None
            return None if own[at].index == claim.sentence else own[at]
        # A later sentence of one quotation keeps no offsets of its speaker: the
        # nearest sentence before it (or the one after) that names them.
        if not att.speaker_surface:
            return None
        for index in (claim.sentence - 1, claim.sentence - 2, claim.sentence - 3, claim.sentence + 1):
            near = self._by_index.get((claim.report, index))
            if near is not None and att.speaker_surface in near.text:
                return near
        return None
