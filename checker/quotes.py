"""Direct quotes: where they are in a report, and whose they are across sentences.

``_quote_spans`` finds the character spans of quotes in a report's text,
multi-paragraph quotes included; ``_spread_quotes`` gives a quote's speaker to
every sentence the quote covers ('"A. B," she said.') and continues a bare
quote sentence after an attributed one. The cue finder in ``checker.cues``
reads the spans to skip cues inside quotes and to find the quote a verb frames.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from checker.records import Attribution
from checker.speakers import same_speaker

_OPEN_QUOTES = ("\u201c", "``")
_CLOSE_QUOTES = ("\u201d",)
_TOGGLE_QUOTES = ('"', "''")


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of direct quotes, marks included.

    Straight quotes toggle; a quote still open at a paragraph break continues
    when the next paragraph opens with a quote mark (the news convention for
    multi-paragraph quotes) and is closed there otherwise.
    """
    spans: list[tuple[int, int]] = []
    start = -1
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n" and start >= 0:
            j = i
            while j < n and text[j].isspace():
                j += 1
            if text.startswith(_OPEN_QUOTES + _TOGGLE_QUOTES, j):
                i = j + (2 if text.startswith(("``", "''"), j) else 1)
                continue
            spans.append((start, i))
            start = -1
        two = text[i:i + 2]
        width = 2 if two in ("``", "''") else 1
        mark = two if width == 2 else ch
        if start < 0 and mark in _CLOSE_QUOTES and (i == 0 or text[i - 1].isspace()) \
                and text[i + 1:i + 2].isalnum():
            mark = _OPEN_QUOTES[0]  # a closing mark typed where a quote opens
        if mark in _OPEN_QUOTES and start < 0:
            start = i
        elif mark in _CLOSE_QUOTES and start >= 0:
            spans.append((start, i + 1))
            start = -1
        elif mark in _TOGGLE_QUOTES:
            if start < 0:
                start = i
            else:
                spans.append((start, i + width))
                start = -1
        i += width
    if start >= 0:
        spans.append((start, n))
    return [s for s in spans if s[1] - s[0] > 2]


def _in_quote(tok: Token, spans: list[tuple[int, int]]) -> bool:
    return any(s <= tok.idx < e for s, e in spans)


def _sentence_quote(text: str, sent: Span, spans: list[tuple[int, int]]) -> str:
    parts = []
    for s, e in spans:
        lo, hi = max(s, sent.start_char), min(e, sent.end_char)
        if lo < hi:
            parts.append(text[lo:hi].strip(" \n\"\u201c\u201d'`"))
    return " ".join(p for p in parts if p)


def _quoted_share(text: str, sent: Span, spans: list[tuple[int, int]]) -> float:
    chars = [i for i in range(sent.start_char, sent.end_char) if text[i].isalnum()]
    if not chars:
        return 0.0
    inside = sum(1 for i in chars if any(s <= i < e for s, e in spans))
    return inside / len(chars)


def _own_frame(a: Attribution | None) -> bool:
    """An attribution made in its own sentence (not inherited from a quote's frame)."""
    return a is not None and a.start >= 0


def _inherit(a: Attribution, quote: str) -> Attribution:
    return Attribution(speaker=a.speaker, speaker_surface=a.speaker_surface, cue=a.cue,
                       conduit=a.conduit, quote=quote)


def _spread_quotes(text: str, sents: list[Span], spans: list[tuple[int, int]],
                   out: list[Attribution | None]) -> None:
    """Give a quote's speaker to every sentence the quote covers, and continue bare quotes.

    The quote's frame is an attributed sentence it covers or, when the
    sentence splitter cut the frame off ('"..."' / 'Trump said.'), the
    sentence that starts right after the quote closes.
    """
    for s, e in spans:
        covered = [i for i, st in enumerate(sents) if st.start_char < e and st.end_char > s]
        if not covered:
            continue
        framed = [i for i in covered if _own_frame(out[i])]
        nxt = covered[-1] + 1
        gap = text[e:sents[nxt].start_char] if nxt < len(sents) else "\n"
        after = out[nxt] if nxt < len(out) else None
        if not framed and not gap.strip() and "\n" not in gap and text[e - 1] in "\"\u201d'" \
                and after is not None and after.start >= 0 and after.start - sents[nxt].start_char < 60:
            framed = [nxt]
        if not framed:
            continue
        src = out[framed[-1]] if framed[-1] >= covered[-1] else out[framed[0]]
        if src is None:
            continue
        for i in covered:
            if out[i] is None:
                out[i] = _inherit(src, _sentence_quote(text, sents[i], spans))
    for i in range(1, len(sents)):
        prev = out[i - 1]
        if out[i] is None and prev is not None and _quoted_share(text, sents[i], spans) > 0.6 \
                and not _names_another(sents[i], spans, prev):
            out[i] = _inherit(prev, _sentence_quote(text, sents[i], spans))


def _names_another(sent: Span, spans: list[tuple[int, int]], prev: Attribution) -> bool:
    """Whether a sentence names, outside its quote, a person other than the
    previous speaker: 'ECB board member Agnes Leclere struck a calmer note in
    Vienna: "..."' is hers, not the economist's quoted before it."""
    def outside(tok_start: int) -> bool:
        return not any(s <= tok_start < e for s, e in spans)

    if any(ent.label_ == "PERSON" and outside(ent.start_char) and not same_speaker(ent.text, prev.speaker)
           for ent in sent.ents):
        return True
    # The tagger may call the name a place: the named subject of the frame counts too.
    return any(t.dep_ == "nsubj" and outside(t.idx) and t.pos_ == "PROPN"
               and not same_speaker(" ".join(x.text for x in t.subtree), prev.speaker) for t in sent)
