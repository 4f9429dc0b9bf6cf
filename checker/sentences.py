"""Sentence splitting: spaCy parses each report once, in batches."""

from __future__ import annotations

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


def speaker_sentence(sentences: Iterable[Sentence], claim: Claim) -> Sentence | None:
    """The sentence that names a claim's speaker when it is not the claim's own.

    A quotation's speaker is often named in a line of its own ("Governor Ilze
    Vitola said at a briefing:") or in the sentence that opens the quote; a
    reader checking who said it needs that sentence beside the quoted one.
    """
    att = claim.attribution
    if att is None:
        return None
    own = [s for s in sentences if s.report == claim.report]
    if att.start >= 0:
        for s in own:
            if s.start <= att.start < s.end:
                return None if s.index == claim.sentence else s
        return None
    # A later sentence of one quotation keeps no offsets of its speaker: the
    # nearest sentence before it (or the one after) that names them.
    if not att.speaker_surface:
        return None
    by_index = {s.index: s for s in own}
    for index in (claim.sentence - 1, claim.sentence - 2, claim.sentence - 3, claim.sentence + 1):
        near = by_index.get(index)
        if near is not None and att.speaker_surface in near.text:
            return near
    return None
