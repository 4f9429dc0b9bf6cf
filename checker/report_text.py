"""Text on the report pages: numbers, dates, slugs, links and highlighted runs.

The small pieces every page is made of, each turned into plain strings here
so the templates only print them: ``format_number`` (also the templates'
``num`` filter), ``slugify`` and ``unique_slugs`` for file names and anchors,
``safe_url`` for which URLs become links, and ``segments``, which splits a
text into :class:`Segment` runs at highlight edges so the template can wrap
them in ``<mark>`` without any HTML built in Python.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True)
class Segment:
    """A run of text with the highlight classes that cover all of it."""

    text: str
    marks: tuple[str, ...] = ()
    title: str = ""


def slugify(name: str) -> str:
    """A file-name-safe token for ``name``: ``[a-z0-9-]`` only, never empty.

    A name that is already such a token is kept as it is; any other name gets
    a short hash of the original, so ``X`` and ``x`` or ``../x`` and ``x`` differ.
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:48].strip("-")
    if base and base == name:
        return base
    digest = hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{base}-{digest}" if base else digest


def unique_slugs(names: Sequence[str]) -> list[str]:
    """Slugs for ``names`` in order, made unique by a counter on collision."""
    seen: set[str] = set()
    out = []
    for name in names:
        slug = candidate = slugify(name)
        n = 1
        while candidate in seen:
            n += 1
            candidate = f"{slug}-{n}"
        seen.add(candidate)
        out.append(candidate)
    return out


def segments(text: str, offset: int, spans: Iterable[tuple[int, int, str, str]]) -> tuple[Segment, ...]:
    """Split ``text`` (which starts at ``offset`` in its report) at span edges.

    ``spans`` are ``(start, end, mark, title)`` in report offsets; spans out
    of range are clipped and empty ones dropped, so bad offsets never fail.
    """
    n = len(text)
    clipped = []
    for start, end, mark, title in spans:
        a, b = max(start - offset, 0), min(end - offset, n)
        if start >= 0 and a < b:
            clipped.append((a, b, mark, title))
    cuts = sorted({0, n, *(a for a, _, _, _ in clipped), *(b for _, b, _, _ in clipped)})
    out: list[Segment] = []
    for a, b in pairwise(cuts):
        covering = [(m, t) for s, e, m, t in clipped if s <= a and b <= e]
        marks = tuple(sorted({m for m, _ in covering}))
        title = "; ".join(dict.fromkeys(t for _, t in covering if t))
        if out and out[-1].marks == marks and out[-1].title == title:
            out[-1] = Segment(out[-1].text + text[a:b], marks, title)
        else:
            out.append(Segment(text[a:b], marks, title))
    return tuple(out)


def safe_url(url: str) -> bool:
    """True when ``url`` may be rendered as a link (http or https only)."""
    return url.startswith(("http://", "https://")) and not any(ch.isspace() for ch in url)


def format_number(value: float) -> str:
    """A number for people: thousands separators, no trailing ``.0``."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def _parse_date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
