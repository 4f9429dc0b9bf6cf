"""Attribution: who asserts each sentence's content, and who holds which content.

Rules over the spaCy parse, no extra model. For every sentence the stage
looks for a cue (a reporting or belief verb, "according to", "was quoted as
saying", a transcript "NAME:" or a "-- Name" sign-off), takes the cue's
subject as the speaker mention and resolves it within the report: titles are
dropped, surnames and role descriptions ("the president") are tied to the
full name seen earlier, pronouns to an earlier speaker of the same sentence or
else the latest compatible speaker or subject, and organisation descriptions
to one key through a small alias table plus aliases the report itself defines
("the National Intelligence Service (NIS)", "X, the spy agency,"). A direct
quote that spans several sentences gives all of them the speaker of its frame
('"A. B," she said.'), and a bare quote sentence after an attributed one
continues it. News outlets that relay a
statement ("Yonhap reported that Yoon said") are kept as the conduit, never
as the speaker, unless no one else is named.

``Attribution.speaker`` is ``""`` when the mention could not be resolved (an
unresolved pronoun): such a speaker must not be compared.

``attribute`` gives the checker one statement speaker per sentence.
``attributions_in`` gives every (source, cue, content span) triple of a
sentence, each flagged as a statement or not: attitudes and intentions
("plans to", "supports", "is critical of", "his decision to", "that worries
residents"), negated cues ("has not said") and purposes ("went to the floor
to argue") name a source of the content but do not assert it, so they never
reach ``attribute``.

The stage is split by what each part owns; every name stays importable from
here. ``checker.speakers``: speaker names and their comparison keys
(``normalise_speaker``, ``same_speaker``, ``is_outlet``, titles,
organisation words, aliases). ``checker.mentions``: resolving a mention to a
speaker within the report. ``checker.quotes``: direct quotes and their
spread over sentences. ``checker.cue_grammar``: the cue vocabulary and the
parse tests around cues. ``checker.cues``: finding a sentence's cues, their
speakers and content. This module: one pass over a report that yields the
``Attribution`` records.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple, TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Re-exported: other stages, the evaluation and the tests import these names from here.
from checker.cue_grammar import (  # noqa: F401 - re-exported
    _QUOTE_MARKS,
    ARTIFACT_NOUNS,
    ATTITUDE_VERBS,
    BELIEF_VERBS,
    BLOCKING_GOVERNORS,
    CLAUSE_ONLY,
    COGNITION_VERBS,
    CUE_NOUNS,
    CUE_VERBS,
    EVIDENCE_NOUNS,
    HOLDER_NOUNS,
    INTENT_VERBS,
    LIGHT_NOUNS,
    LIGHT_VERBS,
    NEEDS_COMPLEMENT,
    NON_SOURCE_NOUNS,
    PSYCH_VERBS,
    QUOTE_ONLY,
    RAISING_VERBS,
    RECIPIENT_PASSIVES,
    REPORTING_VERBS,
    SPEECH_VERBS,
    STANCE_ADJECTIVES,
    STANCE_VERBS,
    _char_runs,
    _depth,
    _evidence_subject,
    _fronted_subject,
    _holds_content,
    _is_passive,
    _merge_spans,
    _noun_content,
    _purpose_infinitive,
    _subject,
    _verb_as_noun,
    _verb_lemma,
)
from checker.cues import (  # noqa: F401 - re-exported
    _CONTENT_DEPS,
    _CONTENT_PREPS,
    _choose,
    _clausal_descendant,
    _Cue,
    _Resolver,
)
from checker.mentions import (  # noqa: F401 - re-exported
    _NAME_LINKS,
    _NOT_NAMES,
    _NP_LEFT,
    MOUTHPIECE_NOUNS,
    PRONOUNS,
    RELATIVES,
    _antecedent,
    _is_name_tok,
    _Memory,
    _Mention,
    _name_run,
    _np_tokens,
    _Person,
    _split_title,
    _text,
)
from checker.models import doc_text
from checker.quotes import (  # noqa: F401 - re-exported
    _CLOSE_QUOTES,
    _OPEN_QUOTES,
    _TOGGLE_QUOTES,
    _in_quote,
    _inherit,
    _own_frame,
    _quote_spans,
    _quoted_share,
    _sentence_quote,
    _spread_quotes,
)
from checker.records import Attribution
from checker.speakers import (  # noqa: F401 - re-exported
    _ALIAS_KEYS,
    _OUTLET_KEYS,
    ALIASES,
    CONDUIT_NOUNS,
    FEMALE_TITLES,
    GENERIC_ORG_HEADS,
    GENERIC_WORDS,
    KNOWN_OUTLETS,
    MALE_TITLES,
    ORG_WORDS,
    PLURALS,
    STAMP_ZONES,
    TITLE_WORDS,
    TRANSLITERATIONS,
    _base_normalise,
    _part_of_name,
    _strip_accents,
    is_outlet,
    normalise_speaker,
    same_speaker,
)


class AttributionTriple(NamedTuple):
    """One attribution in a sentence: who, through which cue, asserts or holds which content.

    ``content`` is the character spans of the attributed content in
    ``doc.text`` (the cue's clause, object or framed quote). ``statement`` is
    False for attitudes and intentions ("plans to", "wants", "supports"):
    the source holds the content, it does not assert it as fact.
    """

    sentence: int
    attribution: Attribution
    content: tuple[tuple[int, int], ...]
    statement: bool = True


def attribute(doc: Doc) -> list[Attribution | None]:
    """Attribute every sentence of ``doc.sents``: one entry per sentence, None when unattributed.

    Only statements count (a plan is not an assertion). ``start``/``end`` are
    the speaker mention's characters in ``doc.text``, or -1 when the speaker
    comes from another sentence (a quote's frame).
    """
    return _analyse(doc)[0]


def attributions_in(doc: Doc, *, statements_only: bool = False) -> list[list[AttributionTriple]]:
    """Every attribution of every sentence of ``doc.sents``, with its content span.

    Where ``attribute`` keeps one speaker per sentence, this keeps each cue:
    "X said A, though she acknowledged B" gives two triples. A sentence that
    only inherits a quote's speaker gets one triple whose content is its
    quoted text. ``statements_only`` drops attitudes and intentions.
    """
    triples = _analyse(doc)[1]
    if statements_only:
        return [[t for t in row if t.statement] for row in triples]
    return triples


def _without_time_stamp(m: _Mention) -> _Mention:
    """"17:45 - HX Copper Serbia now estimates ...": a live entry's time
    stamp, which the tagger may fold into the name that opens the entry, is
    no part of who speaks."""
    stamp = _TIME_STAMP.match(m.surface)
    if stamp is None or stamp.end() == len(m.surface):
        return m
    surface = m.surface[stamp.end():]
    # The mention's offsets may cover less than its surface (the tagger's
    # name inside a longer phrase): move its start only within them.
    start = m.start + stamp.end() if m.start + stamp.end() < m.end else m.start
    # A key the story resolved ("Gowda" as the minister named before) stays.
    key = m.key if m.key != normalise_speaker(m.surface) else normalise_speaker(surface)
    return replace(m, key=key, surface=surface, start=start)


_TIME_STAMP = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[-–—]\s*)?"
                         # "11:52 IST - Gowda on ...": the tagger may keep the stamp's zone and dash.
                         rf"|(?:{'|'.join(sorted(z.upper() for z in STAMP_ZONES))})\s*[-–—]\s*")


def _analyse(doc: Doc) -> tuple[list[Attribution | None], list[list[AttributionTriple]]]:
    """One pass over the report: the chosen statement per sentence, and every cue's triple."""
    text = doc_text(doc)
    spans = _quote_spans(text)
    res = _Resolver(doc, text, spans)
    sents = list(doc.sents)
    out: list[Attribution | None] = []
    triples: list[list[AttributionTriple]] = []
    for si, sent in enumerate(sents):
        cues = res.cues(sent)
        chosen = _choose([c for c in cues if c.statement])
        res.register(sent)
        quote = _sentence_quote(text, sent, spans)
        row: list[AttributionTriple] = []
        for c in cues:
            conduit = chosen[1] if chosen is not None and c is chosen[0] else c.conduit
            m = _without_time_stamp(c.mention)
            a = Attribution(speaker=m.key, speaker_surface=m.surface, cue=c.cue, start=m.start, end=m.end,
                            conduit=conduit, quote=quote if c.statement else "")
            row.append(AttributionTriple(si, a, res.content(c, sent), c.statement))
        triples.append(row)
        if chosen is None:
            out.append(None)
            continue
        m = _without_time_stamp(chosen[0].mention)
        if m.kind == "outlet":
            res.mem.last_outlet = m.surface
        elif chosen[1]:
            res.mem.last_outlet = chosen[1]
        res.remember_speaker(m)
        out.append(next(t.attribution for c, t in zip(cues, row) if c is chosen[0]))
    _spread_quotes(text, sents, spans, out)
    for si, sent in enumerate(sents):
        inherited = out[si]
        if inherited is not None and inherited.start < 0 and not any(t.statement for t in triples[si]):
            inside = tuple((max(s, sent.start_char), min(e, sent.end_char)) for s, e in spans
                           if s < sent.end_char and e > sent.start_char)
            triples[si].append(AttributionTriple(si, inherited, inside or ((sent.start_char, sent.end_char),)))
    return out, triples
