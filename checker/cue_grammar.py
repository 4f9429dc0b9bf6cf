"""Cue grammar: which words are attribution cues, and the parse tests around them.

The vocabulary of cues (reporting and belief verbs, attitude and intention
verbs, cue nouns, stance adjectives, light-verb phrases) and the syntax the
cue finder in ``checker.cues`` asks about a cue: its subject (through
coordination, participles and relative clauses), whether it is passive,
whether an attitude verb has the complement that makes it one, and the
character runs of a content span.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

from checker.mentions import MOUTHPIECE_NOUNS, RELATIVES
from checker.quotes import _in_quote

# Lemmas of verbs whose subject asserts (or believes) the clause they govern.
REPORTING_VERBS = frozenset(
    """say tell add state claim warn deny insist note confirm announce report
    estimate quote explain argue acknowledge admit allege assert contend declare
    predict reveal suggest write tweet post testify respond reply recall vow
    pledge promise urge accuse blame cite concede disclose emphasize emphasise
    stress mention indicate maintain observe remark caution complain criticize
    criticise ask dismiss reject conclude forecast project calculate agree
    charge boast brag counter lament concur object protest speculate
    shout inform assure reiterate repeat affirm describe show find proclaim
    question yell chant exclaim scream liken condemn denounce praise rule demand
    continue""".split()
)
# Verbs of speech proper: a person saying them outranks an "according to" relay.
SPEECH_VERBS = frozenset("say tell add state claim insist warn deny write tweet declare explain argue ask".split())
# Belief and expectation verbs: the subject holds the content to be true.
BELIEF_VERBS = frozenset("believe expect think fear suspect doubt hope worry feel reckon".split())
CUE_VERBS = REPORTING_VERBS | BELIEF_VERBS
# Attitude and intention verbs: the subject holds a position on the content
# without asserting it as fact ("plans to", "wants", "supports", "knows that").
# They make triples for ``attributions_in``, never the speaker of ``attribute``.
INTENT_VERBS = frozenset(
    """plan intend want wish like seek aim try attempt strive decide choose resolve threaten
    offer propose refuse decline prefer need""".split()
)
STANCE_VERBS = frozenset(
    """support oppose favor favour back endorse welcome applaud hail defend advocate
    champion resist decry deplore lambaste assail slam blast rip mock ridicule dispute
    challenge contest approve vote veto
    articulate outline detail discuss address present highlight tout pitch promote unveil
    reference echo""".split()
)
COGNITION_VERBS = frozenset(
    """know realize realise recognize recognise understand learn discover assume presume
    suppose imagine envision envisage foresee anticipate perceive sense consider regard view
    see notice remember forget guess trust wonder judge deem infer""".split()
)
ATTITUDE_VERBS = INTENT_VERBS | STANCE_VERBS | COGNITION_VERBS
# Nouns of saying, thinking and intending that name a holder's content ("his decision to").
CUE_NOUNS = frozenset(
    """announcement statement claim assertion argument conclusion belief view idea theory
    decision determination plan proposal promise pledge vow demand call warning threat
    insistence suggestion hope fear concern criticism denial admission allegation accusation
    assessment estimate prediction opinion position stance intention desire wish goal
    comment remarks response explanation""".split()
)
# Verbs whose object holds the attitude: "that worries environmentalists".
PSYCH_VERBS = frozenset(
    """worry concern trouble alarm frighten scare anger upset bother disturb unsettle frustrate
    dismay disappoint please delight surprise shock outrage infuriate offend alienate""".split()
)
# "X is critical of Y", "X is confident that": a stance in the predicate.
STANCE_ADJECTIVES = frozenset(
    """critical supportive skeptical sceptical confident sure certain convinced aware unaware
    worried concerned hopeful optimistic pessimistic adamant opposed frustrated angry upset
    wary suspicious doubtful proud afraid fearful eager keen determined reluctant unwilling
    willing committed""".split()
)
# "X is a supporter of Y".
HOLDER_NOUNS = frozenset("supporter critic opponent advocate proponent backer champion skeptic defender".split())
# "made the case for", "expressed concern that", "issued a warning that": a light verb and a cue noun.
LIGHT_VERBS = frozenset(
    "make give issue express voice raise offer deliver lodge file level signal take have".split()
)
LIGHT_NOUNS = CUE_NOUNS - {"goal", "plan", "position"} | frozenset(
    """case reference speech argument complaint objection appeal plea request concerns doubt
    doubts question questions support opposition willingness readiness offense offence issue
    exception reservations misgivings illusions""".split()
)
# Verbs whose to-infinitive is not yet done by their subject ("is set to announce").
RAISING_VERBS = frozenset("seem appear happen tend begin start continue get have be need ought".split())
# Cues that need a particle or a complement to be reporting ("called for").
NEEDS_COMPLEMENT = {"call": ("for", "on"), "point": ("out",), "speak": ("of", "about")}
# Particles that make a cue another verb: "wrote off 6,900 wafers" is a loss,
# "wrote down the value" an accounting charge, "told them apart" no saying.
OTHER_VERB_PARTICLES = {"write": ("off", "down"), "tell": ("apart",)}
# Evidential cues only count with a clause ("polls show that ..."), not an object.
CLAUSE_ONLY = frozenset(
    "show find project post charge repeat rule demand conclude question write recall".split()
) | BELIEF_VERBS
# Evidence that "shows" or "finds" without a clause: "a poll showed her ahead".
EVIDENCE_NOUNS = frozenset(
    "poll polls survey analysis study data figures report records statistics document "
    "documents video footage tally audit review census investigation research".split()
)
# Cues that only report when they frame a direct quote ('she continued: "..."').
QUOTE_ONLY = frozenset("continue".split())
# "declined to say", "refused to confirm": the cue is withheld, not made.
BLOCKING_GOVERNORS = frozenset("decline refuse fail hesitate".split())
# Passive verbs whose grammatical subject is the recipient, not the speaker.
RECIPIENT_PASSIVES = frozenset("tell ask inform urge assure".split())
# "according to schedule" is not a source.
NON_SOURCE_NOUNS = frozenset(
    "schedule plan law rule rules tradition custom script design protocol procedure "
    "guideline guidelines instruction instructions legend".split()
)
# Texts that speak for whoever issues them: "filed papers opposing", "issued a paper calling for".
ARTIFACT_NOUNS = frozenset(
    "paper papers policy filing brief petition resolution motion proposal document op-ed essay "
    "editorial post tweet ad advertisement".split()
)
_QUOTE_MARKS = frozenset(('"', "\u201c", "\u201d", "''", "``", "'"))


def _depth(tok: Token) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok, d = tok.head, d + 1
    return d


def _char_runs(doc: Doc, indices: list[int]) -> tuple[tuple[int, int], ...]:
    """Character spans of runs of consecutive token indices, edge punctuation trimmed."""
    runs: list[list[int]] = []
    for i in sorted(set(indices)):
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    out: list[tuple[int, int]] = []
    for run in runs:
        toks = [doc[i] for i in run]
        while toks and toks[0].is_punct and toks[0].text not in _QUOTE_MARKS:
            toks = toks[1:]
        while toks and toks[-1].is_punct and toks[-1].text not in _QUOTE_MARKS:
            toks = toks[:-1]
        if toks:
            out.append((toks[0].idx, toks[-1].idx + len(toks[-1])))
    return tuple(out)


def _merge_spans(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return tuple(merged)


def _evidence_subject(v: Token, spans: list[tuple[int, int]]) -> bool:
    subj = _subject(v, spans)
    return subj is not None and subj.lemma_.lower() in EVIDENCE_NOUNS and v.lemma_.lower() in ("show", "find")


def _verb_as_noun(t: Token) -> bool:
    """'Trump claims that ...' tagged as a noun: a cue word heading a clause with a subject."""
    if t.pos_ != "NOUN" or t.dep_ not in ("ROOT", "ccomp", "conj"):
        return False
    lemma = _verb_lemma(t)
    if lemma in ATTITUDE_VERBS:
        return any(c.dep_ == "nsubj" for c in t.children) and _holds_content(t, lemma)
    return lemma in CUE_VERBS and any(c.dep_ in ("nsubj", "ccomp") for c in t.children)


def _noun_content(n: Token) -> tuple[tuple[int, int], ...]:
    """What a cue noun holds: its complement ("decision to act", "claim that ...", "views on
    trade"), or the clause an "under/in X's plan" phrase frames."""
    keep = [x.i for c in n.children
            if c.dep_ in ("acl", "ccomp") and any(g.dep_ in ("mark", "aux") and g.lower_ in ("to", "that")
                                                   for g in c.lefts)
            or (c.dep_ == "prep" and c.lower_ in ("of", "about", "on", "for", "against"))
            for x in c.subtree]
    if keep:
        return _char_runs(n.doc, keep)
    prep = n.head
    framing = n.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("under", "in")
    if framing and prep.head.pos_ in ("VERB", "AUX"):
        inner = {x.i for x in prep.subtree}
        return _char_runs(n.doc, [x.i for x in prep.head.subtree if x.i not in inner])
    return ()


def _is_passive(v: Token) -> bool:
    """A passive verb; "who's called for" (an active subject beside "'s" read as auxpass) is not."""
    return any(c.dep_ == "nsubjpass" for c in v.children) or (
        any(c.dep_ == "auxpass" for c in v.children) and not any(c.dep_ == "nsubj" for c in v.children))


def _purpose_infinitive(t: Token) -> bool:
    """'went to the floor to argue': a to-infinitive whose subject is the active clause's subject."""
    head = t.head
    if t.tag_ != "VB" or t.dep_ not in ("advcl", "xcomp") or not any(c.lower_ == "to" for c in t.lefts):
        return False
    if head.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in head.children):
        return False
    lemma = head.lemma_.lower()
    if lemma in BLOCKING_GOVERNORS | INTENT_VERBS | CUE_VERBS | RAISING_VERBS or (lemma == "go" and head.tag_ == "VBG"):
        return False  # "is going to announce": not done yet
    # "urged Congress to leave": with an object, the object does the infinitive (except "use X to").
    return lemma == "use" or not any(c.dep_ in ("dobj", "dative") for c in head.children)


def _holds_content(t: Token, lemma: str) -> bool:
    """An attitude verb with the complement that makes it one: "plans to", "supports the bill", "knows that"."""
    deps = {c.dep_ for c in t.children}
    preps = {c.lower_ for c in t.children if c.dep_ == "prep"}
    if lemma in INTENT_VERBS:
        return bool(deps & {"xcomp", "ccomp"}) or ("dobj" in deps and lemma in ("want", "seek", "propose", "offer"))
    if lemma in STANCE_VERBS:
        if lemma == "vote":
            return bool(deps & {"xcomp", "ccomp"} or preps & {"for", "against"})
        return bool(deps & {"dobj", "ccomp", "xcomp"})
    if lemma in COGNITION_VERBS:
        return bool(deps & {"ccomp", "oprd"}) or ("dobj" in deps and "as" in preps)
    return False


#: Adverbs that make "put it" a placing: "as he put it away".
_PLACING_ADVERBS = frozenset({"away", "back", "down", "aside", "off", "up", "out", "there", "here", "together"})


def _verb_lemma(t: Token) -> str:
    """The token's lemma, or a cue verb its inflected form plainly comes from ("hopes" lemmatised "hop")."""
    lemma = t.lemma_.lower()
    if lemma in CUE_VERBS or lemma in NEEDS_COMPLEMENT or lemma in ATTITUDE_VERBS:
        return lemma
    if lemma == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in t.children) \
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children) \
            and not any(c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in _PLACING_ADVERBS
                        or c.dep_ == "prep" and not any(
                o.ent_type_ in ("DATE", "TIME") or o.lower_ in ("day", "morning", "evening", "night")
                for o in c.children) for c in t.children):
        # "As Education Minister Martín Echenique put it on the day the deal
        # was signed, ...": what was said (not "as she put it in the drawer").
        return "say"
    w = t.lower_
    for cand in (w[:-1], w[:-2], w[:-1] if w.endswith("d") else "", w[:-3] + "e", w[:-3]):
        if len(cand) > 2 and (cand in CUE_VERBS or cand in ATTITUDE_VERBS) and w.endswith(("s", "d", "ing")):
            return cand
    return lemma


def _fronted_subject(v: Token, sent: Span) -> Token | None:
    """'Trump, appearing after Clinton, cited ...' when the parser lost the subject."""
    if v.dep_ != "ROOT":
        return None
    lead = []
    for t in sent:
        if t.text == "," or t.i >= v.i:
            break
        lead.append(t)
    if not lead or len(lead) > 6 or any(t.pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "PART") for t in lead):
        return None
    heads = [t for t in lead if t.pos_ in ("PROPN", "NOUN") or t.text[:1].isupper()]
    return heads[-1] if heads else None


def _past_dateline(subject: Token) -> Token | None:
    """"STUTTGART, April 14 (CPA) - German carmaker Brennauer said": the parser
    may make the dateline's place the subject, the real one its apposition or
    a second subject; a place the copy was filed from never speaks."""
    sent = subject.sent
    if not (len(sent) > 2 and sent[0].text.isupper() and len(sent[0].text) >= 3 and sent[1].text == ","):
        return subject
    dash = next((t for t in sent[:12] if t.text in ("-", "–", "—")), None)
    if dash is None or subject.i > dash.i:
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > dash.i), None)


def _subject(v: Token, spans: list[tuple[int, int]]) -> Token | None:
    """The subject of a cue verb, through coordination, participles and relative clauses.

    Subjects inside quotes belong to the quoted speech, not to the frame.
    """
    for _ in range(4):
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "csubj") and not _in_quote(c, spans)]
        if subjects:
            # "reasons that Trump refuses": a relative pronoun beside a real subject is the object.
            real = [c for c in subjects if c.lower_ not in RELATIVES] or subjects
            real = [s for s in map(_past_dateline, real) if s is not None]
            if not real:
                return None
            # "Kiambu police commander Peter Langat told": the parser may split one
            # titled name into two subjects; the one next to the verb is the head.
            if len(real) > 1 and all(c.i < v.i for c in real) and real[-1].ent_type_ == "PERSON":
                return real[-1]
            # 'The line everyone will be repeating tonight: "...," said IMARPE
            # president Javier Gamarra': a subject before the quote and a named
            # one after the verb; the name after the verb speaks.
            after = [c for c in real if c.i > v.i and c.ent_type_ == "PERSON"]
            if len(real) > 1 and after and any(c.i < v.i for c in real):
                return after[0]
            return real[0]
        if v.dep_ == "relcl":
            return v.head
        if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
            v = v.head
            continue
        # Participles share their clause's subject ("..., saying that"); an
        # infinitive does not assert ("is expected to announce", "refused to say").
        if v.dep_ in ("advcl", "xcomp", "acl", "pcomp") and v.tag_ == "VBG":
            head = v.head
            if head.pos_ in ("NOUN", "PROPN"):
                if head.lemma_.lower() in MOUTHPIECE_NOUNS | ARTIFACT_NOUNS and head.dep_ in ("dobj", "pobj") \
                        and not any(c.dep_ in ("prep", "poss") for c in head.children):
                    gov = head.head if head.dep_ == "dobj" else head.head.head
                    v = gov
                    continue
                return head
            if head.pos_ in ("VERB", "AUX"):
                v = head
                continue
        return None
    return None
