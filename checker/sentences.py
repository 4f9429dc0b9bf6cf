"""Sentence splitting: spaCy parses each report once, in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from checker.records import Report, Sentence

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
