"""Attribution cues: finding them in a sentence, with their speaker and their content.

A cue is a reporting or belief verb, "according to", "citing", "was quoted
as saying", a transcript "NAME:" or a "-- Name" sign-off, and, for
attitudes and intentions that name a source without asserting the content,
an attitude verb, a cue noun ("his decision to") or a stance predicate ("is
critical of"). ``_Resolver`` adds cue finding to the mention resolver of
``checker.mentions``: ``cues`` gives every cue of a sentence with its
resolved speaker, ``content`` the character spans it attributes, and
``_choose`` picks the sentence's statement speaker and the outlet relaying it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from checker.cue_grammar import (
    BLOCKING_GOVERNORS,
    CLAUSE_ONLY,
    CUE_NOUNS,
    CUE_VERBS,
    HOLDER_NOUNS,
    LIGHT_NOUNS,
    LIGHT_VERBS,
    NEEDS_COMPLEMENT,
    NON_SOURCE_NOUNS,
    OTHER_VERB_PARTICLES,
    PSYCH_VERBS,
    QUOTE_ONLY,
    RECIPIENT_PASSIVES,
    SPEECH_VERBS,
    STANCE_ADJECTIVES,
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
from checker.mentions import PRONOUNS, _is_name_tok, _Mention, _MentionResolver, _text
from checker.quotes import _in_quote
from checker.speakers import normalise_speaker

# Dependents of a cue that hold its content: "said that ...", "plans to ...", "denounced the test".
_CONTENT_DEPS = frozenset("ccomp xcomp parataxis dobj attr oprd dative".split())
_CONTENT_PREPS = frozenset("for of about on out over against to".split())


#: Reporting verbs that, with an "-ing" complement, tell of an experience
#: ("reported buying fake tickets", "described seeing the drone").
_EXPERIENCE_VERBS = frozenset({"report", "describe", "recall"})


@dataclass
class _Cue:
    token: Token
    cue: str
    mention: _Mention
    depth: int
    sourcing: bool = False  # "citing X", "according to X": a source of the main clause
    conduit: str = ""
    statement: bool = True  # False for attitudes and intentions ("plans to", "supports")
    spans: tuple[tuple[int, int], ...] = ()  # content found with the cue, when the cue's shape fixes it


#: What an owner's figures are called after "by" ("by the ministry's count").
_SOURCE_COUNTS = frozenset({"count", "tally", "estimate", "reckoning", "calculation", "figure"})


class _Resolver(_MentionResolver):
    """Finds a sentence's attribution cues and resolves their speakers in the report."""

    # -- cues ---------------------------------------------------------------
    def cues(self, sent: Span) -> list[_Cue]:
        """Every attribution cue of a sentence outside its quotes, with its speaker."""
        found: list[_Cue] = []
        for t in sent:
            if _in_quote(t, self.spans):
                continue
            cue = self._cue(t, sent)
            if cue is None and t.pos_ == "NOUN" and t.lemma_.lower() in CUE_NOUNS:
                cue = self._noun_cue(t)
            if cue is None and t.pos_ in ("VERB", "AUX"):
                cue = self._predicate_cue(t)
            if cue is not None and cue.mention.surface:
                found.append(self._relayed_aside(cue) or cue)
        transcript = self._transcript(sent)
        if transcript is not None:
            # "PRESENTER: The agency's senior director, Sofía Brandán, explained
            # the decision, and I quote: ...": the line's speaker reads out
            # another's words, which the sentence credits to the person it
            # names before the verb (the parser may make the label its subject).
            for k, c in enumerate(found):
                if c.mention.start != transcript.mention.start:
                    continue
                # The tagger may take a foreign name for a place: a run of
                # proper nouns set off by commas before the verb is a name too.
                person = next((e for e in sent.ents if e.start > transcript.token.i and e.end <= c.token.i and (
                    e.label_ == "PERSON" or all(t.pos_ == "PROPN" for t in e) and e.start > 0
                    and e.doc[e.start - 1].text == "," and e.end < len(e.doc) and e.doc[e.end].text == ",")), None)
                named = self.mention(person.root) if person is not None else None
                if named is not None and named.surface:
                    found[k] = replace(c, mention=named)
            if any(c.mention.start != transcript.mention.start for c in found):
                transcript = None
        # A cue that asserts nothing ("defending the decision") leaves the
        # quote after the colon to the person it names.
        frame = transcript or self._signoff(sent) or (
            None if any(c.statement for c in found) else self._colon_frame(sent))
        if frame is not None:
            found.append(frame)
        self._same_sentence_antecedents(found)
        return found

    def _same_sentence_antecedents(self, cues: list[_Cue]) -> None:
        """'Figueroa said ..., though she acknowledged ...': a pronoun cue takes the speaker of
        an earlier cue of its sentence at the same or a higher level, when compatible."""
        for c in cues:
            word = self.text[c.mention.start:c.mention.end].lower()
            if word not in ("he", "she", "they", "it"):
                continue
            want = ("person",) if word in ("he", "she") else ("org", "group", "place", "desc", "outlet")
            prior = [p for p in cues if p is not c and p.mention.end <= c.mention.start and p.depth <= c.depth
                     and p.mention.kind in want and p.mention.key
                     and self.text[p.mention.start:p.mention.end].lower() not in PRONOUNS]
            if word in ("he", "she"):
                g = "m" if word == "he" else "f"
                prior = [p for p in prior if getattr(self.mem.person(p.mention.key), "gender", "") in ("", g)]
            if prior:
                m = max(prior, key=lambda p: p.mention.start).mention
                c.mention = _Mention(m.key, m.surface, c.mention.start, c.mention.end, m.kind)

    def _relayed_aside(self, cue: _Cue) -> _Cue | None:
        """"Chidinma Ezeoke gave the line of the day, as Continental Press
        reported it: ...": an "as ... reported" aside (or an outlet's "as ...
        said") relays what the clause it hangs on credits to its subject."""
        v = cue.token
        if cue.mention.kind != "outlet" and v.lemma_.lower() not in _RELAYING_VERBS or v.dep_ != "advcl" \
                or not any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children):
            return None
        subject = next((c for c in v.head.children if c.dep_ == "nsubj" and not _in_quote(c, self.spans)), None)
        m = self.mention(subject) if subject is not None else None
        if m is None or m.kind != "person" or not m.key:
            return None
        return _Cue(v.head, cue.cue, m, _depth(v.head), conduit=cue.mention.surface, statement=cue.statement)

    def _predicate_cue(self, v: Token) -> _Cue | None:
        """Attitudes said with a predicate rather than a cue verb; never statements.

        "X is critical of / a supporter of / against Y", "X expressed concern that
        Y", "X made the case for Y", and psychological verbs whose object holds
        the attitude ("that worries environmentalists", "leaders were unsettled by").
        """
        kids = list(v.children)
        lemma = v.lemma_.lower()
        if any(c.dep_ == "neg" for c in kids):
            return None
        doc = v.doc
        if lemma in PSYCH_VERBS:
            if _is_passive(v):  # "leaders were unsettled by the protests"
                holder = next((c for c in kids if c.dep_ == "nsubjpass"), None)
                cause = next((o for c in kids if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
            else:  # "that worries environmentalists"
                holder = next((c for c in kids if c.dep_ == "dobj"), None)
                cause = next((c for c in kids if c.dep_ == "nsubj"), None)
            if holder is None or cause is None or any(c.dep_ in ("ccomp", "xcomp") for c in kids):
                return None
            m = self.mention(holder)
            spans = _char_runs(doc, [x.i for x in cause.subtree])
            return _Cue(v, v.text, m, _depth(v), statement=False, spans=spans) if m is not None else None
        subj = _subject(v, self.spans)
        if subj is None:
            return None
        comp: list[Token] = []
        if lemma in ("be", "become", "remain") or v.lower_.replace("\u2019", "'") in ("'s", "'re", "'m"):
            for c in kids:
                if c.dep_ == "acomp" and c.lemma_.lower() in STANCE_ADJECTIVES:
                    comp = [g for g in c.children if g.dep_ in ("prep", "ccomp", "xcomp")]
                elif c.dep_ == "attr" and c.lemma_.lower() in HOLDER_NOUNS:
                    comp = [g for g in c.children if g.dep_ == "prep" and g.lower_ in ("of", "for")]
                elif c.dep_ == "prep" and c.lower_ == "against":
                    comp = [c]
                if comp:
                    break
        elif lemma in LIGHT_VERBS:
            obj = next((c for c in kids if c.dep_ == "dobj" and c.lemma_.lower() in LIGHT_NOUNS), None)
            if obj is not None:
                comp = [g for g in obj.children
                        if g.dep_ in ("acl", "prep", "ccomp") and g.lower_ not in ("by", "in", "at")]
        if not comp:
            return None
        m = self.mention(subj)
        if m is None:
            return None
        spans = _char_runs(doc, [x.i for c in comp for x in c.subtree if not (x.i == c.i and x.dep_ == "prep")])
        if not spans:
            return None
        # The cue is the predicate up to its content: "is critical of", "expressed concern".
        cue_text = self.text[v.idx:spans[0][0]].strip() if spans[0][0] > v.idx else v.text
        return _Cue(v, cue_text, m, _depth(v), statement=False, spans=spans)

    def _noun_cue(self, n: Token) -> _Cue | None:
        """'Obama's announcement of', 'his decision to act', 'a plan by the ministry to': a holder and a content.

        Never a statement: a noun names the act, the sentence need not assert its content.
        """
        holder = next((c for c in n.children if c.dep_ == "poss"), None)
        if holder is None:
            by = next((c for c in n.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            holder = next((o for o in by.children if o.dep_ == "pobj"), None) if by is not None else None
        spans = _noun_content(n)
        if holder is None or not spans:
            return None
        m = self.mention(holder)
        return _Cue(n, n.text, m, _depth(n), statement=False, spans=spans) if m is not None else None

    def _relayed_speaker(self, t: Token, relay: Token, m: _Mention) -> _Cue | None:
        """"According to Cordillera Press, Oruro deputy Rodrigo Salvatierra
        said: ...": the parser hangs the speaker on the relay as an apposition
        and leaves the verb of speech without a subject. The person speaks;
        the relay is the conduit."""
        verb = t.head
        if verb.i == t.i or verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        speaker = next((a for a in relay.children if a.dep_ == "appos" and a.i < verb.i), None)
        said = self.mention(speaker) if speaker is not None else None
        if said is None or said.kind != "person":
            return None
        return _Cue(verb, verb.text, said, _depth(verb), conduit=m.surface)

    def _cue(self, t: Token, sent: Span) -> _Cue | None:
        lower, lemma = t.lower_, _verb_lemma(t)
        if lower == "according":
            for to in t.children:
                objs = [o for o in to.children if o.dep_ == "pobj"] if to.lower_ == "to" else []
                # "according to show insiders" is sometimes parsed as a verb phrase.
                objs += [d for o in to.children if o.dep_ == "pcomp" and to.lower_ == "to"
                         for d in o.children if d.dep_ == "dobj"]
                if objs and objs[0].lemma_.lower() not in NON_SOURCE_NOUNS:
                    m = self.mention(objs[0])
                    if m is not None:
                        return self._relayed_speaker(t, objs[0], m) or _Cue(t, "according to", m, _depth(t), sourcing=True)
            return None
        if lower == "by" and t.dep_ in ("prep", "agent"):
            # "437 trains were cancelled, by Tokyo Metro's count": the owner of
            # the count gives the clause's figure, as "according to" would.
            count = next((o for o in t.children if o.dep_ == "pobj" and o.lemma_.lower() in _SOURCE_COUNTS), None)
            owner = next((c for c in count.children if c.dep_ == "poss"), None) if count is not None else None
            m = self.mention(owner) if owner is not None and owner.pos_ == "PROPN" else None
            return _Cue(t, "by", m, _depth(t), sourcing=True) if m is not None else None
        if lower in ("citing", "quoting") and t.head.i != t.i and t.head.lemma_.lower() in CUE_VERBS:
            objs = [o for o in t.children if o.dep_ == "dobj"]
            m = self.mention(objs[0]) if objs else None
            return _Cue(t, lower, m, _depth(t), sourcing=True) if m is not None else None
        if t.pos_ not in ("VERB", "AUX") and not _verb_as_noun(t):
            return None
        if t.dep_ in ("amod", "compound"):
            return None
        if lemma in _NAMING_VERBS and any(c.lower_ == "what" for c in t.children):
            # "marched ..., in what organisers called the largest protest": the
            # source only names the event; the rest of the sentence is the writer's.
            return None
        if any(c.dep_ == "prt" and c.lower_ in OTHER_VERB_PARTICLES.get(lemma, ()) for c in t.children):
            return None
        if lemma in _EXPERIENCE_VERBS and any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in t.children):
            # "2,340 people have reported buying fake tickets": they told of
            # what befell them; the count is the story's, not their claim.
            return None
        if lemma in NEEDS_COMPLEMENT:
            parts = [c for c in t.children if c.lower_ in NEEDS_COMPLEMENT[lemma] and c.dep_ in ("prep", "prt")]
            if parts:
                cue_text = f"{t.text} {parts[0].text}"
            elif lemma == "call" and any(c.dep_ == "oprd" for c in t.children):
                cue_text = t.text  # "called the report inaccurate": a judgement
            elif lemma == "speak" and self._quote_after_colon(t, sent):
                cue_text = t.text  # "spoke briefly to reporters outside the court: "There is a core ...""
            else:
                return None
        elif lemma in CUE_VERBS or _holds_content(t, lemma):
            cue_text = t.text
        else:
            return None
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in BLOCKING_GOVERNORS:
            return None
        children = list(t.children)
        has_clause = any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in children) or self._frames_quote(t, sent)
        # "has not said when": the source withholds the content; it names a source, not a statement.
        statement = (lemma in CUE_VERBS or lemma in NEEDS_COMPLEMENT) and not any(c.dep_ == "neg" for c in children)
        if lemma in CLAUSE_ONLY and not has_clause and not _evidence_subject(t, self.spans):
            # "questioned his health", "the video shows an officer": a stance or a
            # depiction of something, not an assertion of a proposition. "The delays
            # worried residents" is left to _predicate_cue: the object holds the worry.
            if not any(c.dep_ == "dobj" for c in children) or lemma in PSYCH_VERBS:
                return None
            statement = False
        if lemma in QUOTE_ONLY and not self._frames_quote(t, sent):
            return None
        if lemma == "add" and not has_clause:
            return None  # "which would add 4,000 koruna to the wage": a sum, not a remark
        # "who's called for": the parser reads "'s" as a passive auxiliary; a verb with an
        # active subject is not passive.
        passive = _is_passive(t)
        conduit = ""
        if lemma == "quote":
            if passive:
                subj = next((c for c in children if c.dep_ == "nsubjpass"), None)
                agent = self._agent(t)
                conduit = agent.surface if agent is not None else self.mem.last_outlet
                cue_text = "was quoted as saying"
            else:
                subj = next((c for c in children if c.dep_ == "dobj"), None)
                by = next((c for c in children if c.dep_ == "nsubj"), None)
                conduit = by.text if by is not None else ""
        elif passive:
            if lemma in RECIPIENT_PASSIVES:
                return None
            agent = self._agent(t)
            if agent is None:
                return None
            return _Cue(t, cue_text, agent, _depth(t), statement=statement)
        else:
            subj = _subject(t, self.spans)
            if subj is not None and subj.pos_ == "VERB" and subj.lower_ in _POSTS:
                subj = self._after_quote(t, sent)  # "operations head Captain Edgardo Lumbres told"
            if subj is None and _purpose_infinitive(t):
                # "took to Twitter to accuse", "used blunt language to denounce": the
                # subject's act, but framed as a purpose, not reported as done.
                subj, statement = _subject(t.head, self.spans), False
            if subj is None:
                subj = _fronted_subject(t, sent) or self._trailing_np(t, sent) or self._after_quote(t, sent)
            if subj is not None and subj.pos_ == "NOUN":
                # '"...," finance chief Tomás Geraghty told analysts': the parser
                # may make the post the subject and the name its object.
                named = [c for c in subj.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON" and c.i < t.i]
                subj = named[0] if named else subj
        if subj is None:
            return None
        subj = self._trailing_subject(t, subj, sent)
        m = self.mention(subj)
        if m is None:
            return None
        if not conduit:
            conduit = self._recipient_outlet(t)
        return _Cue(t, cue_text, m, _depth(t), conduit=conduit, statement=statement)

    def _agent(self, v: Token) -> _Mention | None:
        # "quoted as saying by Interfax" hangs the agent under "saying".
        near = list(v.children) + [g for c in v.children if c.dep_ == "prep" for p in c.children for g in p.children]
        for c in near:
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and v.lemma_ == "quote"):
                objs = [o for o in c.children if o.dep_ == "pobj"]
                if objs and objs[0].ent_type_ not in ("DATE", "TIME"):  # "reported by March 20" names no one
                    return self.mention(objs[0])
        return None

    def _frames_quote(self, v: Token, sent: Span) -> bool:
        """True when the verb frames a quote: '"...," she said', 'he said: "..."'."""
        return bool(self._framed_quotes(v, sent))

    def _quote_after_colon(self, v: Token, sent: Span) -> bool:
        """'spoke briefly to reporters outside the court: "..."': a quote a
        colon opens after the verb's own short phrase."""
        text, end = self.text, v.idx + len(v)
        return any(end <= s < sent.end_char and text[end:s].rstrip().endswith(":") and len(text[end:s].split()) <= 8
                   for s, _ in self.spans)

    def _framed_quotes(self, v: Token, sent: Span) -> list[tuple[int, int]]:
        """The quotes a verb frames: ending just before it or opening just after it."""
        text, end, found = self.text, v.idx + len(v), []
        for s, e in self.spans:
            if sent.start_char <= e <= v.idx and len(text[e:v.idx].split()) <= 6 \
                    or end <= s < sent.end_char and len(text[end:s].split()) <= 3:
                found.append((max(s, sent.start_char), min(e, sent.end_char)))
        return found

    def content(self, cue: _Cue, sent: Span) -> tuple[tuple[int, int], ...]:
        """Character spans of what a cue attributes: its clause, object or framed quote.

        "according to X" and "citing X" attribute the clause they modify; a
        transcript name the text after its colon; a sign-off the quote before
        its dash. A verb with no complement found attributes the rest of its
        sentence.
        """
        if cue.spans:
            return cue.spans
        t, doc = cue.token, sent.doc
        mention = set(range(cue.mention.start, cue.mention.end))
        if cue.cue == ":":
            return _char_runs(doc, [x.i for x in sent if x.i > t.i])
        if cue.cue in ("\u2015", "\u2014", "--"):
            # The quote the dash closes, even when the sentence splitter cut it off.
            closed = [(s, e) for s, e in self.spans if e <= t.idx + len(t)]
            if closed:
                return (closed[-1],)
            return _char_runs(doc, [x.i for x in sent if x.i < t.i])
        if cue.sourcing:
            head = t.head if t.head.i != t.i else None
            inner = {x.i for x in t.subtree}
            pool = head.subtree if head is not None else sent
            return _char_runs(doc, [x.i for x in pool if x.i not in inner and x.i != t.i])
        keep: set[int] = set()
        for c in t.children:
            # "said on Saturday" dates the cue; "called for a four-day week" is content.
            dated = c.dep_ == "prep" and c.lower_ not in cue.cue.lower().split() \
                and any(o.ent_type_ in ("DATE", "TIME") for o in c.children)
            if c.idx in mention or dated:
                continue
            if c.dep_ in _CONTENT_DEPS or (c.dep_ in ("prep", "prt") and c.lower_ in _CONTENT_PREPS):
                # The preposition or particle itself ("called for", "pointed out") is part of the cue.
                bare = c.dep_ in ("prep", "prt")
                keep.update(x.i for x in c.subtree if x.idx not in mention and not (bare and x.i == c.i))
        quoted: list[tuple[int, int]] = []
        # A quote is this cue's content only when the cue has no clause of its own
        # ('"...," he told the group, adding that ...': the quote is told's).
        if not any(c.dep_ in ("ccomp", "xcomp") for c in t.children):
            quoted = self._framed_quotes(t, sent)
        if not keep and not quoted:
            # "..., officials said": the cue hangs off its content; take what lies outside it.
            own = {x.i for x in t.subtree}
            keep = {x.i for x in sent if x.i not in own and x.idx not in mention}
        return _merge_spans(list(_char_runs(doc, sorted(keep))) + quoted)

    def _recipient_outlet(self, v: Token) -> str:
        """"told the BBC", "in an interview with Al Jazeera": the outlet that relays it."""
        for c in v.children:
            cands = []
            if c.dep_ in ("dobj", "dative") and v.lemma_ == "tell":
                cands.append(c)
            if c.dep_ == "prep" and c.lower_ in ("in", "to"):
                for o in c.children:
                    if o.dep_ == "pobj":
                        cands.append(o)
                        for p in o.children:
                            if p.dep_ == "prep" and p.lower_ in ("with", "to"):
                                cands.extend(x for x in p.children if x.dep_ == "pobj")
            for o in cands:
                if o.pos_ in ("PROPN", "NOUN"):
                    m = self._single(o)
                    if m is not None and m.kind == "outlet":
                        return m.surface
        return ""

    def _trailing_subject(self, v: Token, subj: Token, sent: Span) -> Token:
        """Repair '..., who confirmed X, the Yonhap news agency reported.' misparses.

        When the cue closes the sentence and a plain noun phrase sits between
        the last comma and the cue, that phrase is the speaker, whatever the
        parser attached it to.
        """
        if subj.i > v.i:
            return subj
        np = self._trailing_np(v, sent)
        breaks = (",", "\u201d", '"', "''")
        if np is not None and any(sent.doc[j].text in breaks for j in range(subj.i + 1, v.i)):
            return np
        return subj

    def _after_quote(self, v: Token, sent: Span) -> Token | None:
        """'"... shoulder to shoulder," the state's civil defence chief,
        Brigadier Hassan Idris Kambal, told the Northern Courier': when the
        parser makes a quoted word the verb's subject, or leaves it none, the
        speaker is the phrase between the quote's end and the verb (its name,
        if it has one)."""
        # ... or makes the phrase an apposition inside the quote and leaves the
        # verb with no subject ('"... no off switch," Tessera's chief executive,
        # Callum Reid, warned').
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        # ... or reads a post as a verb ('"...," Trans-Sulu operations head
        # Captain Edgardo Lumbres told reporters': "head" governing the name).
        post_as_verb = [c for c in subjects if c.pos_ == "VERB" and c.lower_ in _POSTS]
        if subjects and not any(c.dep_ == "nsubj" and _in_quote(c, self.spans) for c in subjects) \
                and not (post_as_verb and v.i > 0 and sent.doc[v.i - 1].ent_type_ == "PERSON"):
            return None
        k = v.i - 1
        while k > sent.start and sent.doc[k].text not in ("\u201d", '"', "''"):
            k -= 1
        toks = [t for t in sent.doc[k + 1:v.i] if not t.is_punct]
        ok = {"DET", "ADJ", "NOUN", "PROPN", "PART", "ADP"}
        if k <= sent.start or not toks or len(toks) > 12 or any(t.pos_ not in ok and t not in post_as_verb for t in toks):
            return None
        persons = [t for t in toks if t.ent_type_ == "PERSON"]
        if not persons:
            # '"...," Thapa, of the Centre for Labour Mobility Studies in
            # Lalitpur, told SAN': a name, then where the person is from.
            adp = next((i for i, t in enumerate(toks) if t.pos_ == "ADP"), len(toks))
            if any(t.pos_ == "PROPN" for t in toks[:adp]):
                toks = toks[:adp]
        nouns = [t for t in toks if t.pos_ in ("NOUN", "PROPN")]
        return persons[-1] if persons else nouns[-1] if nouns else None

    def _trailing_np(self, v: Token, sent: Span) -> Token | None:
        """Head of the noun phrase between the last comma and a sentence-closing cue."""
        if v.tag_ in ("VBN", "VBG") or any(c.dep_ in ("ccomp", "dobj") and c.i > v.i for c in v.children):
            return None
        k = v.i - 1
        while k > sent.start and sent.doc[k].text not in (",", "\u201d", '"', "''"):
            k -= 1
        if k <= sent.start:
            return None
        toks = [t for t in sent.doc[k + 1:v.i] if t.dep_ not in ("aux", "auxpass", "advmod", "neg")]
        ok = {"DET", "ADJ", "NOUN", "PROPN", "ADP", "PART", "NUM", "PUNCT", "CCONJ"}
        if not toks or any(t.pos_ not in ok for t in toks) or not any(t.pos_ in ("NOUN", "PROPN") for t in toks):
            return None
        inside = {t.i for t in toks}
        heads = [t for t in toks if t.head.i not in inside and t.pos_ in ("NOUN", "PROPN")]
        return heads[0] if heads else None

    def _transcript(self, sent: Span) -> _Cue | None:
        """'WALLACE: Governor, ...': an upper-case name and a colon open the sentence."""
        toks = [t for t in sent if not (t.is_punct and t.text in ('"', "\u201c", "''", "``"))][:5]
        for i, t in enumerate(toks[1:], 1):
            if t.text == ":":
                name = toks[:i]
                upper = all(x.text.isupper() and x.is_alpha for x in name)
                # A headline's "Sanders: Clinton needs to ...": a named person or body, then a clause.
                headline = all(_is_name_tok(x) for x in name) \
                    and any(x.ent_type_ in ("PERSON", "ORG") for x in name) \
                    and any(x.pos_ in ("VERB", "AUX") for x in sent if x.i > t.i)
                if upper or headline:
                    surface = _text(name)
                    return _Cue(t, ":", self._named(surface, name[0].idx), 0)
                return None
        return None

    def _colon_frame(self, sent: Span) -> _Cue | None:
        """'Mayor Mariana Estrada didn't sugarcoat it on Monday: "We are not going
        to ..."': a clause whose subject is a person, a colon, then a quote."""
        colon = next((t for t in sent if t.text == ":" and not _in_quote(t, self.spans)), None)
        if colon is None:
            return None
        after = colon.idx + len(colon)
        quote = next(((s, e) for s, e in self.spans if after <= s <= after + 3 and s < sent.end_char), None)
        if quote is None:
            return None
        # The parser may hang the clause on the quote's verb: take the first
        # verb before the colon that has a subject.
        subj = next((c for v in sent if v.i < colon.i and v.pos_ in ("VERB", "AUX")
                     for c in v.children if c.dep_ == "nsubj" and c.i < colon.i), None)
        if subj is None:
            # "PURC's Dr Nkansah-Boateng, defending the decision again this
            # afternoon: "Every cedi ..."": a name and what the person was
            # doing, then the quote (a live page's shorthand).
            # The parser may also make the name the subject of the quote's own
            # verb, or a stamp's apposition ("10:32 - The minister, speaking
            # to reporters ...: "A single ...").
            subj = next((t for t in sent if t.i < colon.i and t.dep_ in ("ROOT", "nsubj", "appos")
                         and t.pos_ in ("PROPN", "NOUN")
                         and any(c.dep_ == "acl" and c.tag_ == "VBG" and c.i < colon.i for c in t.children)), None)
        mention = self.mention(subj) if subj is not None else None
        label = sent[: colon.i - sent.start]
        if (mention is None or mention.kind != "person") and not any(t.tag_ in _FINITE for t in label):
            # "11:12 - ÖAB chief Juergen Poeltl: "For a hundred years ..."",
            # "11:52 IST - Gowda on the city's rationing: "We would rather
            # ..."": a label of no verb, a person's name, then the quote.
            # (The tagger may glue a stamp's zone to the name, "IST - Gowda":
            # a name the story has given a person is that person.)
            # The label's head, not a name after a preposition ("12:10 - On
            # Reisacher: "..."), the topic, nor the body a name belongs to
            # ("Meranti IB's Faizal Rahman"). A label may say what the person
            # was doing, with no finite verb ("11:00 - Shilongo, after walking
            # the northern rim of the pit: "I came to see ..."").
            # The parser may make the name the subject of the quote's passive
            # ("08:20 - CORPAC executive president Mariela Castañeda, speaking
            # on radio: "Safety was never compromised ..."").
            mention = next((m for t in label if t.pos_ == "PROPN"
                            and t.dep_ in ("ROOT", "nsubj", "nsubjpass", "appos", "dep")
                            and not (t.i > 0 and t.doc[t.i - 1].pos_ == "ADP")
                            and ((m := self.mention(t)) is not None and m.kind == "person" and m.surface
                                 or self.mem.person(normalise_speaker(t.text)) is not None
                                 and (m := self._named(t.text, t.idx)) is not None)), None)
        if mention is None or mention.kind != "person":
            # "The tone had been set on the first day by the founder's grandson,
            # chairman Marc Ghysels: "We would rather ..."": the person a
            # passive's "by" names, right before the colon, sets the quote.
            # (The parser may hang the "by" on another word: the words from
            # it to the colon, with no verb, are the agent.)
            doc, by = sent.doc, next((t for t in reversed(label) if t.lower_ == "by"), None)
            named = doc[colon.i - 1]
            if by is not None and named.ent_type_ == "PERSON" and any(t.tag_ == "VBN" for t in doc[sent.start:by.i]) \
                    and not any(t.pos_ in ("VERB", "AUX") for t in doc[by.i + 1:colon.i]) \
                    and (m := self.mention(named)) is not None and m.kind == "person":
                mention = m
        if mention is None or mention.kind != "person" or not mention.surface:
            return None
        return _Cue(colon, ":", mention, 0, spans=((max(quote[0], sent.start_char), min(quote[1], sent.end_char)),))

    def _signoff(self, sent: Span) -> _Cue | None:
        """'"..." -- Christina Lastra.': a dash and a name close a quote."""
        for t in sent:
            # The tokenizer can glue the dash to the closing quote mark ('.”― Name').
            dash = t.text.lstrip("\"'\u201d")
            if dash in ("\u2015", "\u2014", "--") and any(e <= t.idx + len(t) for s, e in self.spans):
                # The splitter may also cut the name off the dash: read on to the line's full stop.
                name: list[Token] = []
                for x in sent.doc[t.i + 1:max(sent.end, t.i + 8)]:
                    if x.text in (".", "!", "?") or "\n" in x.text:
                        break
                    if not (x.is_punct or x.is_space):
                        name.append(x)
                if name and len(name) <= 5 and all(_is_name_tok(x) or x.is_title for x in name):
                    return _Cue(t, dash, self._named(_text(name), name[0].idx), 0)
        return None

    def _named(self, surface: str, start: int) -> _Mention:
        key = normalise_speaker(surface)
        known = self.mem.person(key)
        return _Mention(known.key if known else key, surface, start, start + len(surface), "person")



#: Tags of a finite verb: a label before a colon that has one is a clause, not a name.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Verbs by which a source names or characterises something ("what police
#: called a targeted attack").
_NAMING_VERBS = frozenset({"call", "describe", "term", "dub", "label", "characterise", "characterize"})

def _choose(cues: list[_Cue]) -> tuple[_Cue, str] | None:
    """Pick the sentence's speaker cue and the conduit relaying it."""
    if not cues:
        return None
    main_pool = [c for c in cues if not c.sourcing] or cues
    main = min(main_pool, key=lambda c: (c.depth, c.token.i))
    conduit = main.conduit
    # "The Akita Hokuu Shimpo reported that Noriko Takeda said ...": whoever
    # reports what another said relays it, outlet or not.
    if main.mention.kind == "outlet" or main.token.lemma_.lower() in _RELAYING_VERBS:
        inner = [c for c in cues if c is not main and c.mention.kind != "outlet" and c.mention.key
                 and (c.sourcing or _clausal_descendant(c.token, main.token))]
        if inner:
            best = min(inner, key=lambda c: (c.depth, c.token.i))
            return best, best.conduit or main.mention.surface
    if main.token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in main.token.children):
        # "64 aircraft were damaged by hail, according to the airport, although
        # brokers said most of the damage ...": the concession's speaker is
        # not the source of the clause it concedes to.
        root = main.token.sent.root
        sourced = [c for c in cues if c.sourcing and c.mention.key and c.token.head.i == root.i
                   and main.token.head.i == root.i]
        if sourced:
            return min(sourced, key=lambda c: c.token.i), conduit
    outer = [c for c in cues if c.sourcing and c is not main and c.token.head.i == main.token.i]
    for c in outer:
        if c.mention.kind == "outlet" or (main.token.lemma_.lower() in SPEECH_VERBS and main.mention.kind == "person"):
            # "the coast guard said X, according to Kyodo"; "Yoon said X, according to his office".
            conduit = conduit or c.mention.surface
        elif c.mention.key:
            # "According to the WHO, 12 countries have reported cases": the WHO asserts it all.
            return c, conduit
    return main, conduit


#: Marks of a clause conceding something to the main one.
_CONCESSIVE = frozenset({"although", "though", "while", "whereas"})


#: Verbs by which one source passes on what another said.
#: Verbs of passing on another's words ("Worth repeating what HCCI chief Ayanda
#: Mokoena said this week: ..."): the one whose saying they take is the speaker.
_RELAYING_VERBS = frozenset({"report", "quote", "repeat", "recall", "echo"})


def _clausal_descendant(t: Token, ancestor: Token) -> bool:
    """True when ``t`` sits in the content clause of ``ancestor`` (not in a noun's relative clause)."""
    while t.i != ancestor.i:
        if t.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "parataxis", "pcomp", "prep") or t.head.i == t.i:
            return False
        t = t.head
    return True


#: Posts the parser may read as verbs before a name ("operations head Captain Edgardo Lumbres").
_POSTS = frozenset({"head", "chief", "boss", "director", "manager"})
