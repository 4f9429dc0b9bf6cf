"""How a claim is framed: expected or actual, negated, running total or increment.

The frame decides which values may be compared: "3,000 sent so far" and
"10,000 expected by December" state different facts, as do "another 1,500"
and "3,000 in total". Rules (fixtures/extraction/frames.jsonl follows them):

* The claim's clause is found by climbing the dependency tree from the value
  to the verbs above it. Climbing stops at a reporting verb ("said"): the
  report act frames nothing. It does not carry negation across coordinated or
  adverbial clauses ("No soldiers were killed, but 14 were injured").
* expected: a modal or future auxiliary on a verb above the value ("will",
  "could", "would", "may"); an infinitive under a plan or expectation verb or
  adjective ("expects to cut", "is set to", "likely to"); a plan verb with
  the value as its complement ("is scheduled for Nov. 5"); a planned
  modifier ("a planned 1,200 job cuts", "a target of 50,000"); or a deadline
  ("by December") in a clause that is not in the past tense.
* conditional: the value's clause is a condition or an open question ("if
  the application needs 10 servers", "unless", "whether"); it states no fact.
* negated: "not"/"never" on a verb above the value (except "did not confirm",
  which leaves it unconfirmed, see :func:`is_unconfirmed`), a denying verb
  above it ("denied", "refused", "rejected claims"), "no" on a noun above it
  ("no evidence that"), or "not" right before the value ("not 10 percent").
* total: the group a part is taken from ("two of the three victims"); and
  part: a part of a group counted elsewhere ("including three", "three of
  them"); a part is only compared with other parts.
* total: "in total", "so far", "a total of", "cumulative", "to date",
  "altogether", a toll or tally in the clause. incremental: "another",
  "additional", "a further", "extra", "N more" in the value's own phrase.
  A cue in the value's own phrase wins over one elsewhere in the clause.
"""

from __future__ import annotations

import re
from typing import Literal, TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from checker import lexicon as lx
from checker.dates import orientation
from checker.quantities import fronted_whole, is_figure, partitive_whole
from checker.records import Frame

_TOTAL_RX = re.compile(
    # Not after a superlative: "The largest so far ... covered 62 square
    # kilometres" ranks one swarm; it sums nothing.
    r"(?<!\best )(?<!\blargest )(?<!\bbiggest )(?<!\bhighest )(?<!\bworst )(?<!\bdeadliest )"
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(lx.TOTAL_PHRASES, key=len, reverse=True)) + r")\b"
)
#: "together with" sums only figures: "Together with the 850 positions that
#: went last year", not "took 78 girls ..., together with the vice-principal".
_TOGETHER_WITH_FIGURE = re.compile(r"\btogether with (?:(?:the|its|their|about|some|another) )?"
                                   r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten"
                                   # "Together with the first wave, ... will have closed 122 pharmacies".
                                   r"|(?:first|second|third|earlier|previous|last) (?:wave|round|phase|stage|tranche)s?)\b")
_MONTHS = frozenset(lx.MONTHS)
_CLAUSE_DEPS = frozenset({"conj", "advcl", "ccomp", "xcomp", "relcl", "acl", "parataxis"})


def _anchor(sent: Span, start: int, end: int) -> Token | None:
    toks = [t for t in sent if t.idx < end and t.idx + len(t.text) > start]
    if not toks:
        return None
    inside = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
    numeric = [t for t in heads if is_figure(t) or t.pos_ == "NUM"]
    return (numeric or heads or toks)[-1]


def _nominal(anchor: Token) -> Token:
    """The noun a number counts ("3,000" -> "troops"), else the number itself."""
    t = anchor
    while t.head.pos_ == "NUM" and t.head.i > t.i:
        t = t.head
    if t.dep_ in ("nummod", "quantmod", "compound", "amod", "advmod", "npadvmod") \
            and t.head.pos_ in ("NOUN", "PROPN") and t.head.i > t.i:
        return t.head
    return t


def _path(start: Token) -> list[tuple[Token, str]]:
    """Tokens above ``start`` with the dependency by which each was reached."""
    out: list[tuple[Token, str]] = []
    t = start
    for _ in range(20):
        if t.head.i == t.i:
            break
        out.append((t.head, t.dep_))
        t = t.head
    return out


def _is_reporting(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lx.FRAME_BOUNDARY_VERBS or tok.lower_ == "according"


def _infinitive_expected(verb: Token) -> bool:
    """"expects to cut", "is set to cut", "likely to recruit", "going to close"."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    # "is designed to produce 35,000 tonnes a year": what it will do once built
    # ("designed for 1,100 inmates" and "designed to hold 300" are capacities).
    if head.lemma_.lower() in lx.EXPECT_VERBS or head.lower_ in lx.EXPECT_ADJECTIVES or head.lemma_.lower() == "design":
        return True
    if head.lemma_.lower() in _PERMITTING_VERBS and head.tag_ in ("VBZ", "VBP"):
        return True  # "the deal allows it to produce up to 240,000 tonnes": what it may do, as "may produce"
    return any(c.dep_ in ("acomp", "oprd") and c.lower_ in lx.EXPECT_ADJECTIVES for c in head.children)


#: Verbs whose present tense grants a future act ("allows it to produce").
_PERMITTING_VERBS = frozenset({"allow", "permit", "entitle", "authorise", "authorize", "enable"})


def _has_deadline(verb: Token) -> bool:
    """"by December", "by the end of the year" attached to the verb."""
    for c in verb.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "until"):
            for p in c.children:
                if p.dep_ == "pobj" and (p.ent_type_ == "DATE" or p.lower_ in _MONTHS or p.lower_ == "end"):
                    return True
    return False


def _expected(anchor: Token, noun: Token, chain: list[Token]) -> bool:
    mods = [t for t in (*noun.children, *anchor.children)
            if t.dep_ in ("amod", "compound", "nmod", "advmod") and t.i < noun.i]
    if any(t.lower_ in lx.EXPECT_MODIFIERS for t in mods) and not _called_off(chain):
        return True  # "a planned 1,200 job cuts"; but "1,480 planned operations were cancelled" were
    if any(t.lower_ == "scheduled" for t in mods) and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return True  # "cancelled 240 of its 1,050 scheduled flights": the timetable, not what flew
    owner = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if owner is not None and owner.head.lemma_.lower() in lx.EXPECT_NOUNS:
        return True
    if owner is not None and _given_subject(owner.head, chain):
        # "The special fund of 5.2 billion dirhams announced on Friday will
        # pay ...": the size of a thing the sentence takes as given, not
        # what its verb will do.
        return False
    for i, verb in enumerate(chain):
        if i > 0 and _across_semicolon(chain[i - 1], verb):
            break  # "forced it to postpone 164 exams; they will now be sat in June": two sentences, parsed as one
        auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if auxes & lx.FUTURE_AUX or _infinitive_expected(verb):
            return True
        # "plans 5,000", "is considering sending 2,000", "800 planned"; but not
        # an active subject ("3,000 officials expect ...").
        if verb.lemma_.lower() in lx.EXPECT_VERBS - {"go"} and not (
                i == 0 and noun.dep_ == "nsubj" and verb.tag_ != "VBN") and not (
                i == 0 and verb.lemma_.lower() == "seek" and noun.dep_ == "dobj"):
            # ("31 applications, seeking a combined 1,870 MW": the size of a
            # request, as "they ask for 1,780 MW" tells it; "seeks to cut" aims.)
            return True
        if _has_deadline(verb) and orientation(verb) != "past":
            return True
        if verb.lemma_.lower() in lx.NEGATING_VERBS and any(c.dep_ == "neg" for c in verb.children):
            return True  # "did not rule out": left open
        if i == 0 and _scheduled_present(verb):
            return True
        if verb.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lower_ in _TIMETABLE_WORDS for c in verb.children):
            return True  # "the next figures are due on Tuesday 3 February": a timetable
        if i == 0 and verb.lemma_.lower() == "be" and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in lx.EXPECT_NOUNS for c in verb.children):
            return True  # "The ticketing target for the whole tournament is 2.4 million tickets": an aim
        if i > 0 and verb.lemma_.lower() in _REQUIRING_VERBS and chain[i - 1].dep_ == "ccomp":
            return True  # "the standard requires that 95% of patients are seen": a norm, not a result
    return bool(not chain and _has_deadline(noun))


def _called_off(chain: list[Token]) -> bool:
    """Whether the clause's verb says its planned things were called off
    ("were cancelled", "called off", "postponed"): done, to what was planned."""
    if not chain or orientation(chain[0]) != "past":
        return False
    verb = chain[0]
    lemma = verb.lemma_.lower()
    return lemma in _CALLING_OFF or lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


#: Verbs that call off what was planned.
_CALLING_OFF = frozenset({"cancel", "postpone", "scrap", "axe", "suspend", "delay", "reschedule", "drop", "shelve"})


def _given_subject(owner: Token, chain: list[Token]) -> bool:
    """Whether ``owner`` is a sum's holder ("fund", "package") that is the
    active subject of the clause's verb and already there: named with "the"
    or by what was done to it ("announced")."""
    if not chain or owner.dep_ != "nsubj" or owner.head.i != chain[0].i or owner.lemma_.lower() not in lx.PRICED_NOUNS:
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children) \
        or any(c.dep_ == "acl" and c.tag_ == "VBN" for c in owner.children)


def _across_semicolon(lower: Token, upper: Token) -> bool:
    """Whether a semicolon of ``upper``'s stands between it and the clause
    ``lower`` that the parser hung on it."""
    lo, hi = sorted((lower.i, upper.i))
    return any(c.dep_ == "punct" and c.text == ";" and lo < c.i < hi for c in upper.children)


#: Words after "is" that make what follows a timetable.
_TIMETABLE_WORDS = frozenset({"due", "scheduled", "slated", "expected", "set", "planned", "projected", "forecast",
                             "poised", "likely"})
#: Verbs whose "that" clause is a rule to meet.
_REQUIRING_VERBS = frozenset({"require", "stipulate", "mandate", "demand", "oblige"})


def _scheduled_present(verb: Token) -> bool:
    """"Payments go up by €12 a week from January": the present tense of a
    timetable, as "will go up" is (not "rose from January")."""
    # The tagger often reads a plural subject's present verb as the base form.
    present = verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children)
    if not present or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        g.ent_type_ == "DATE" or g.lower_ in _SCHEDULE_WORDS for g in c.subtree if g.i != c.i) for c in verb.children)


#: Words after "from" that name a coming time ("from next month", "from January").
_SCHEDULE_WORDS = frozenset({"next", "january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december", "monday", "tuesday", "wednesday",
                             "thursday", "friday", "saturday", "sunday", "tomorrow"})


def _hedge_no(tok: Token) -> bool:
    """"no" in "no more than 200" is a hedge, not a negation."""
    nxt = [t.lower_ for t in tok.doc[tok.i + 1: tok.i + 3]]
    return len(nxt) == 2 and nxt[0] in ("more", "fewer", "less") and nxt[1] == "than"


_NOT_UNTIL = re.compile(r"(?:\bnot\b|n't|\bnever\b)[^;]*\b(?:until|till|since)\b[^;]*$", re.IGNORECASE)


def _negated(anchor: Token, noun: Token, path: list[tuple[Token, str]]) -> bool:
    if _NOT_UNTIL.search(anchor.doc.text[anchor.sent.start_char : anchor.idx]):
        # "did not reopen until 04:50 on Thursday": the day it did reopen;
        # "has not bowled since his suspension on February 24": the day of the suspension.
        return False
    if anchor.i > anchor.sent.start and anchor.nbor(-1).lower_ in ("not", "never"):
        return True
    if noun.i > noun.sent.start and noun.nbor(-1).lower_ == "not" and noun.i - 1 < anchor.i:
        return True
    if any((c.dep_ == "det" and c.lower_ in ("no", "neither") or c.dep_ == "neg") and not _hedge_no(c)
           for t in (anchor, noun) for c in t.children):
        return True  # "not 10 percent", "no 3,000 troops"
    # A day or time is the date of the verb it hangs on: "was dismissed at a
    # board meeting on Monday" dates the dismissal, which did happen.
    dated = anchor.ent_type_ in ("DATE", "TIME")
    seen_verb = False
    for tok, dep in path:
        if dep in ("conj", "advcl") or dated and dep == "relcl" \
                or _is_reporting(tok) and tok.lemma_.lower() != "claim":
            # A denied report ("did not say") is unconfirmed, not negated; the
            # day of a relative clause ("The committee, which heard his appeal
            # on Saturday, rejected it") is of the clause's own verb.
            return False
        lemma = tok.lemma_.lower()
        negs = [c for c in tok.children if c.dep_ == "neg"]
        # "Rule" negates only as "rule out": "the ballots were ruled on one at a time".
        if lemma in lx.NEGATING_VERBS and tok.pos_ in ("VERB", "AUX") and (seen_verb or not dated) \
                and (lemma != "rule" or any(c.lower_ == "out" for c in tok.children)) \
                and (lemma != "decline" or any(c.dep_ == "xcomp" or c.dep_ == "dobj" and not any(
                    t.like_num for t in c.subtree) for c in tok.children)):
            # "Decline" refuses only a deed or a thing ("declined to comment",
            # "declined the offer"): "stocks declined by 14.6 per cent to
            # 1,412,350 tonnes", "exports declined 5%" are falls.
            return not negs  # "did not rule out cutting 3,000": possible, not denied
        seen_verb = seen_verb or tok.pos_ in ("VERB", "AUX")
        if negs and lemma not in lx.CONFIRM_VERBS:
            return True
        if tok.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") and any(
                d.dep_ == "det" and d.lower_ == "no" and not _hedge_no(d) for d in c.children) for c in tok.children):
            return True  # "No loaded coal truck crossed into China on Monday": nothing crossed that day
        if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("no", "neither") and not _hedge_no(c)
                                      for c in tok.children):
            return True
        if lemma == "be" and any(c.dep_ == "expl" for c in tok.children) and any(
                c.dep_ in ("attr", "nsubj") and any(d.lower_ == "no" for d in c.children) for c in tok.children):
            return True
    return False


def _clause_tokens(verb: Token | None, fallback: Token) -> list[Token]:
    """Tokens of the verb's own clause, without clauses headed by other verbs."""
    root = verb if verb is not None else fallback
    out = []
    stack = [root]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.pos_ in ("VERB", "AUX") and c.dep_ in _CLAUSE_DEPS and c is not root:
                continue
            stack.append(c)
    return sorted(out, key=lambda t: t.i)


def _together_before(verb: Token) -> bool:
    """Whether "together" opens ``verb``'s clause, before its subject ("the
    CRU says together they ask": the parser may hang the word on "says")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    start = subject.left_edge.i if subject is not None and subject.i < verb.i else verb.i
    before = [t for t in verb.doc[max(start - 2, 0):start] if not t.is_punct]
    return bool(before) and before[-1].lower_ == "together" and before[-1].dep_ == "advmod"


def _aggregation(anchor: Token, noun: Token, verb: Token | None) -> Literal["", "total", "incremental", "part"]:
    if part := _partitive(anchor, noun):
        return part
    np = {t.i: t for t in noun.subtree if t.i <= noun.i} if noun is not anchor else {}
    np.update({t.i: t for t in anchor.subtree})
    nxt = anchor.nbor(1) if anchor.i + 1 < len(anchor.doc) else None
    after = nxt.nbor(1).lower_ if nxt is not None and nxt.i + 1 < len(anchor.doc) else ""
    if nxt is not None and nxt.lower_ == "more":
        # "another 1,500 more", and "1,508 ..., 117 more than in the week
        # before": the size of a rise, never the level.
        return "incremental"
    last = max((*anchor.subtree, noun), key=lambda t: t.i)
    if last.i + 1 < len(last.doc) and (more := last.nbor(1)).lower_ == "more" \
            and (more.i + 1 >= len(last.doc) or more.nbor(1).lower_ not in ("than", "or")):
        return "incremental"  # "tens of thousands of dollars more per call": a difference
    if verb is not None and any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children) \
            and noun.dep_ in ("dobj", "nsubjpass") and not _another_act(verb):
        return "incremental"  # "our crew also recovered two bodies": in addition to the others
    if noun.lemma_.lower() in _NEW_COUNTS and any(
            c.dep_ == "amod" and c.lower_ == "new" for c in noun.children):
        return "incremental"  # "nine new cases were confirmed": the day's cases, on top of the total
    for t in sorted(np.values(), key=lambda x: x.i):
        # "another 12", "an additional 300", "12 additional officers"; not
        # "A$1.5 million for additional drone surveillance", where the word
        # belongs to the thing paid for.
        if t.lower_ in lx.INCREMENT_WORDS and (t.i < anchor.i or t.head.i == noun.i) \
                and not (t.lower_ == "another" and _another_place(anchor)) \
                or (t.lower_ == "more" and t.i > anchor.i and t.nbor(1).lower_ != "than"
                    and t.nbor(-1).lower_ != "or"):  # "of magnitude 3 or more": a bound
            return "incremental"
    if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and any(
            t.lower_ in lx.INCREMENT_WORDS for t in noun.head.subtree if t.i < noun.head.i):
        return "incremental"  # "a further 180 operations and 2,200 appointments": both further
    if noun.dep_ == "dobj" and verb is not None and noun.head.i == verb.i and any(
            c.dep_ == "nsubj" and any(t.lower_ in lx.INCREMENT_WORDS and t.i < c.i for t in c.subtree)
            and any(is_figure(t) for t in c.subtree) for c in verb.children):
        return "incremental"  # "a further 17 governments pledged USD 1.80 billion": what the further ones gave
    if verb is not None and any(t.lower_ == "alone" for t in verb.doc[max(verb.sent.start, verb.i - 3):verb.i]):
        # "Prairie Shield said it alone had received 31,200 claims": one party's
        # share (read off the words: the parser hangs "alone" anywhere).
        return "part"
    by = next((t for t in (anchor, noun) if t.dep_ == "pobj" and t.head.lower_ == "by"), None)
    if by is not None and by.head.head.lemma_.lower() in _CHANGE_VERBS \
            and not any(c.dep_ == "dobj" for c in by.head.head.children):
        # "will rise by 15 euros a week": the change, not the level it reaches
        # ("will rise to 314.30 euros").
        return "incremental"
    if noun.dep_ in ("nsubjpass", "dobj") and noun.head.lemma_.lower() in _ADDING_VERBS:
        # "Fourteen cases have been added since then" ("add" is also a verb
        # of saying, so it is not in the clause's verb chain).
        return "incremental"
    owner = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if owner is not None and owner.head.lemma_.lower() in lx.TOTAL_NOUNS:
        return "total"
    clause = _clause_tokens(verb, noun)
    # "with 2,184 km² (37.6% of the total)": the total a share is of belongs
    # to the share, not to the figure beside it.
    others = _other_figures(clause, anchor, noun)
    marked = [m.group() for m in _TOTAL_RX.finditer(" ".join(t.lower_ for t in clause if t.i not in others))]
    # "The final tally, 96 in favour, 32 against": a vote's count, each side
    # counted once, not a running total.
    vote = any(t.lower_ in _VOTE_SIDES for t in clause)
    marked = [m for m in marked if not (vote and m == "tally")]
    if any(m != "together with" for m in marked) \
            or marked and _TOGETHER_WITH_FIGURE.search(" ".join(t.lower_ for t in clause)):
        return "total"
    if verb is not None and verb.dep_ == "conj" and _OPENS_TOTAL.match(verb.sent.text):
        # "In all, the search covered roughly 9,000 square kilometres, and 23
        # vessels took part": the opening words sum every clause they head.
        return "total"
    if verb is not None and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) \
            and any(c.dep_ == "prep" and c.lower_ == "since" and not any(t.lower_ in _DAYS_AND_HOURS for t in c.subtree)
                    for c in verb.children):
        # "6,482 Ukrainians have now come back ... since the full-scale
        # invasion": everything since a start, not one day's number. "Had been
        # evacuated since Sunday evening" counts this story's own days, which
        # other reports may count without saying so.
        return "total"
    if verb is not None and any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in lx.TOTAL_NOUNS
                                and not (vote and c.lemma_.lower() == "tally") for c in verb.children):
        return "total"  # "taking the week's total to 3,500"
    if verb is not None and noun.dep_ != "nsubj" and _together_before(verb):
        # "together they ask for 1,780 MW", "Together, the two firms employ
        # 5,000": what several add up to. After its verb the word gathers
        # ("brought together 300 delegates").
        return "total"
    if verb is not None and noun.dep_ == "pobj" and noun.head.lower_ == "to" and any(
            c.dep_ in ("nsubj", "nsubjpass") and any(m.dep_ in ("amod", "compound") and m.lower_ == "total"
                                                     for m in c.children) for c in verb.children):
        return "total"  # "Total volume sold came to 34,862 tonnes": the sum a total subject comes to
    return ""


#: A sentence opening on a sum: "In all, ...", "Altogether, ...".
_OPENS_TOTAL = re.compile(r"\s*(?:in all|in total|altogether|overall),", re.IGNORECASE)


#: Words that tell the sides of a vote.
_VOTE_SIDES = frozenset({"favour", "favor", "against", "abstentions", "abstained", "abstention"})


_DAYS_AND_HOURS = frozenset({*lx.WEEKDAYS, "morning", "afternoon", "evening", "night", "dawn", "noon", "midnight",
                             "yesterday", "today", "tonight", "weekend"})

def _other_figures(clause: list[Token], anchor: Token, noun: Token) -> set[int]:
    """Tokens of the phrases of the clause's other figures ("37.6% of the total")."""
    out: set[int] = set()
    for n in clause:
        if not is_figure(n) or n.i == anchor.i:
            continue
        phrase = n.head  # "37.6 %": the figure's noun or unit, with what hangs on it
        if phrase.i in (noun.i, anchor.i) or phrase.pos_ in ("VERB", "AUX"):
            continue
        tokens = {t.i for t in phrase.subtree}
        if phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.pos_ == "NOUN":
            # "with combined savings of DKK 128 billion": the words of the
            # thing the figure measures are that figure's.
            tokens |= {t.i for t in phrase.head.head.subtree}
        if anchor.i not in tokens:
            out |= tokens
    return out


#: Verbs of a level moving, whose "by" gives the size of the move (with an
#: object, "cut its workforce by 5,000", the "by" figure is the count itself).
_CHANGE_VERBS = frozenset({"rise", "increase", "go", "grow", "climb", "jump", "fall", "drop", "decline", "decrease",
                           "gain", "slip", "ease", "edge"})
#: Tallies whose "new" ones are the latest day's, added to the running total.
_NEW_COUNTS = frozenset({"case", "infection", "death", "admission", "arrest", "hospitalisation", "hospitalization"})
#: Verbs whose object is what was added to a total.
_ADDING_VERBS = frozenset({"add"})


def _capacity(verb: Token) -> bool:
    """"licensed to carry 51 passengers", "designed to hold 300", "can seat 80":
    what something may or can hold, not what it holds."""
    if any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in verb.children) and \
            verb.lemma_.lower() in _CAPACITY_VERBS:
        return True
    head = verb.head
    return verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and head.lower_ in _CAPACITY_WORDS and verb.lemma_.lower() in _CAPACITY_VERBS


#: Verbs that say how much something holds.
_CAPACITY_VERBS = frozenset({"carry", "hold", "seat", "accommodate", "take", "house", "serve", "handle", "transport",
                             "load"})
#: Words before "to carry" that make it a permission or a design.
_CAPACITY_WORDS = frozenset({"licensed", "licenced", "allowed", "permitted", "authorised", "authorized", "designed",
                             "built", "certified", "rated", "able", "approved", "registered"})


def _previous_level(verb: Token) -> bool:
    """"The key rate had stood at 7.75%": a level in the past perfect is the one
    before the news, not a rival account of the level now."""
    return verb.lemma_.lower() in _LEVEL_VERBS and verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _earlier_estimate(noun: Token) -> bool:
    """"its initial estimate was that about 90,000 fish had escaped", "The
    Company's preliminary estimate ... was approximately 90,000 fish", "up
    from its first estimate of about 90,000": a figure the text gives as an
    estimate since superseded, not a rival of the count that replaced it."""
    tok = noun
    for _ in range(6):
        subjects = (c for c in tok.children if c.dep_ == "nsubj") if tok.lemma_.lower() == "be" else ()
        for t in (tok, *subjects):
            words = {c.lower_ for c in t.children if c.dep_ == "amod"} if t.lemma_.lower() in _ESTIMATE_NOUNS else set()
            # A preliminary estimate is superseded only when told in the past:
            # "The preliminary estimate of damage to the highway is 184 million
            # soms" is the estimate there is.
            if words & _EARLIER_WORDS or words & _PROVISIONAL_WORDS and tok.tag_ == "VBD":
                return True
        if tok.head.i == tok.i or _is_reporting(tok.head):
            return False
        tok = tok.head
    return False


_ESTIMATE_NOUNS = frozenset({"estimate", "count", "figure", "tally", "assessment"})
_EARLIER_WORDS = frozenset({"initial", "first", "original", "earlier"})
_PROVISIONAL_WORDS = frozenset({"preliminary", "provisional"})


#: Verbs that give a level rather than an event.
_LEVEL_VERBS = frozenset({"stand", "be", "hover", "sit", "remain", "hold", "stay"})


def _conditional(chain: list[Token]) -> bool:
    """"If the application needs 10 servers", "unless 500 jobs go", "how
    many kids did you kill today": a condition or a question asserts nothing
    about the value."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for verb in chain for c in verb.children) \
        or any(_question(verb) for verb in chain)


def _question(verb: Token) -> bool:
    """A clause with a question word and its auxiliary before the subject."""
    aux = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not aux or not subj or aux[0].i > subj[0].i:
        return False
    return any(t.tag_ in ("WDT", "WP", "WRB") and t.i < aux[0].i for t in verb.subtree)


def _another_place(anchor: Token) -> bool:
    """"The lockout covers 6,200 employees at Montreal-based Laurentian
    National. Another 3,140 were locked out at Prairie Pacific": "another"
    adds a second named place's count to the first's, so the figure is that
    place's whole count."""
    sent, doc = anchor.sent, anchor.doc
    if sent.start == 0:
        return False
    ours = _named_places(doc[anchor.i: sent.end])
    before = doc[doc[sent.start - 1].sent.start: sent.start]
    theirs = _named_places(before)
    return bool(ours) and bool(theirs) and not ours & theirs and any(
        is_figure(t) and t.ent_type_ not in ("DATE", "TIME") for t in before)


def _named_places(span: Span) -> set[str]:
    """The names after "at" or "in" in a span ("at Prairie Pacific" -> "prairie pacific")."""
    out = set()
    for t in span:
        if t.lower_ in ("at", "in") and t.dep_ == "prep":
            name = [c for c in t.subtree if c.i > t.i and c.pos_ == "PROPN"]
            if name:
                out.add(" ".join(c.lower_ for c in name))
    return out


def _another_act(verb: Token) -> bool:
    """"Workers found 64 ballots that had not been counted ... The board also
    rejected 71 absentee ballots": "also" adds an act of another verb, whose
    figure is that act's whole count, not an increment of one counted before.
    Only when the sentence before counts with another verb and none of the
    verb's own figures comes before it in the two sentences."""
    sent, doc = verb.sent, verb.doc
    window = doc[doc[sent.start - 1].sent.start if sent.start > 0 else sent.start: verb.i]
    lemma = verb.lemma_.lower()
    if lemma in _TALLYING_VERBS:
        return False  # "The ministry also counts 57 houses damaged": another tally of the same things
    return any(is_figure(t) and t.ent_type_ not in ("DATE", "TIME") for t in window) \
        and not any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() == lemma for t in window)


#: Verbs of keeping or giving a tally, whose "also" adds to what is tallied.
_TALLYING_VERBS = frozenset({"count", "put", "report", "record", "list", "register", "estimate", "tally"})


def _partitive(anchor: Token, noun: Token) -> Literal["", "total", "part"]:
    """"two of the three victims died": three is the whole group, not those who
    died; "seven bullets, including three from the rear", "three of them":
    three is a part of a group counted elsewhere."""
    if partitive_whole(noun):
        return "total"
    if anchor.dep_ in ("pobj", "nsubj", "dobj", "appos", "conj") and anchor.head.lower_ == "including":
        return "part"
    if noun.dep_ == "pobj" and noun.head.lower_ == "including":
        return "part"
    prev = anchor.doc[max(anchor.i - 2, 0): anchor.i]
    before = [t for t in anchor.doc[max(anchor.i - 6, 0): anchor.i]]
    while before and (before[-1].lower_ in _HEDGE_WORDS or before[-1].like_num):
        before.pop()
    if [t.lower_ for t in before[-2:]] in (["of", "which"], ["of", "whom"]):
        return "part"  # "587 million plants in the ground, of which about 112 million are ready"
    if anchor.dep_ == "conj" and anchor.head.like_num and anchor.head.i + 2 < len(anchor.doc) \
            and anchor.doc[anchor.head.i + 1].lower_ == "of" and anchor.doc[anchor.head.i + 2].lower_ in ("them", "which", "whom"):
        return "part"  # "Eleven vessels were diverted, five of them to San Vicente and four to Coquimbo"
    if len(prev) == 2 and prev[0].lower_ == "the" and prev[1].lower_ in _SEQUENCE_WORDS:
        return "part"  # "the last three workers trapped": the end of a group counted elsewhere
    nxt = anchor.doc[anchor.i + 1: anchor.i + 3]
    if anchor.i > 0 and anchor.doc[anchor.i - 1].lower_ in ("all", "both") and nxt and nxt[0].lower_ == "of":
        return ""  # "pulled all 36 of its inspectors out": the whole group, however it is phrased
    if len(nxt) == 2 and nxt[0].lower_ == "of" and nxt[1].lower_ in (
            "them", "whom", "which", "those", "these", "the", "its", "their", "our", "his", "her") \
            and not (_SCALED_SUM.match(anchor.doc[max(anchor.i - 1, 0): anchor.i + 1].text)
                     and any(c.dep_ == "pobj" and c.lemma_.lower() in _MONEY_FORMS for c in nxt[0].children)):
        # "three of them", "14 of the survivors", "5,210 of its members": some
        # of a group. Not "N2.46 trillion of the old notes": the sum those notes make.
        return "part"
    # "five of the nine trapped men are out": the part of a whole that is counted
    # in the same phrase (its own claim, marked "total").
    if nxt and nxt[0].lower_ == "of" and any(
            c.dep_ == "pobj" and any(n.dep_ == "nummod" for n in c.children) for c in nxt[0].children):
        return "part"
    if _after_counted_colon(anchor, noun) or _bracketed_after_name(anchor) or _placed_share(anchor):
        return "part"
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lemma_.lower() in _PEAK_NOUNS \
            and anchor.head.head.dep_ == "pobj" and anchor.head.head.head.lower_ == "with":
        # "gave 2,259 doses in its first four days, with a peak of 655 on
        # Wednesday": the best day of the clause's span, a part of its sum.
        return "part"
    if anchor.dep_ == "nsubj" and any(
            c.dep_ == "prep" and c.lower_ == "of" and c.i < anchor.i
            and any(p.dep_ == "pobj" and any(n.dep_ == "nummod" for n in p.children) for p in c.children)
            for c in [*anchor.children, *anchor.head.children]):
        # "Of the 102 people at work at the plant, 35 were on the second
        # floor": the clause's subject is a part of the group it opens with.
        return "part"
    if noun.i == anchor.i and any(t.lower_ in _VOTE_SIDES for t in anchor.sent) \
            and fronted_whole(anchor.sent, anchor) is not None:
        # "Of the 197 deputies present, 101 voted in favour, 89 against and
        # seven abstained": every side of the vote is a part of those present,
        # however the parser hangs each number.
        return "part"
    for t in anchor.doc[anchor.i + 1: anchor.i + 4]:
        if t.is_punct or t.pos_ == "VERB":
            break  # "38.5 million pesos, delivered in cash": how the whole was paid
        if t.lower_ == "in" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ in _PAYMENT_FORMS:
            return "part"  # "$281 million in cash and the rest in stock": one form of a price
    return ""


#: What a sum may be counted in: "N2.46 trillion of the old notes" is a sum, not some notes.
_MONEY_FORMS = frozenset({"note", "banknote", "cash", "currency", "coin"})
_SCALED_SUM = re.compile(r"\S*\d\S*\s+(?:million|billion|trillion|bn|mn|tn)$|(?:[$€£¥₦]|[A-Z]{1,3}\$?)\s?\d")
#: Hedges between "of which" and its figure ("of which about 112 million").
_HEDGE_WORDS = frozenset({"about", "around", "some", "nearly", "almost", "roughly", "approximately", "just", "over",
                          "than", "more", "fewer", "less", "only", "at", "least", "up", "to"})
#: What a "with a ... of N" phrase names as the best of a span's days ("with a peak of 655").
_PEAK_NOUNS = frozenset({"peak", "high", "maximum", "record"})
#: Words that pick out part of a group by its place in a sequence ("the last three").
_SEQUENCE_WORDS = frozenset({"first", "last", "final", "remaining"})


def _after_counted_colon(anchor: Token, noun: Token) -> bool:
    """"In all, 38 flights were affected: 26 were delayed, eight diverted": a
    figure after a colon that follows a count in the same sentence breaks that
    count down (a colon after no figure, "Police said: 12 died", introduces
    the statement itself). The passengers or the crew of those on board
    ("198 persons were on board: 134 passengers and 64 crew") are all of
    their kind, as another report counts them ("with 134 passengers
    aboard"); other kinds stay parts ("18 vehicles: nine cars, five buses")."""
    sent = anchor.sent
    colon = next((t for t in reversed(sent[: anchor.i - sent.start]) if t.text == ":"), None)
    if colon is None:
        return False
    before = [t for t in sent[: colon.i - sent.start] if t.pos_ == "NUM" and t.ent_type_ not in ("DATE", "TIME")]
    if not before:
        return False
    whole = before[-1].head if before[-1].dep_ == "nummod" and ":" not in before[-1].text else None
    return not (noun is not anchor and whole is not None and whole.lemma_.lower() in ("person", "people")
                and noun.lemma_.lower() in ("passenger", "crew"))


def _placed_share(anchor: Token) -> bool:
    """"27 deaths have been recorded, 21 in Lusaka Province and 6 in
    Copperbelt Province": a bare figure listed after a counted one, each with
    the place it is counted in, breaks that count down."""
    doc, sent = anchor.doc, anchor.sent
    if anchor.i < 1 or anchor.i + 2 >= sent.end or doc[anchor.i - 1].lower_ not in (",", "and"):
        return False
    after, place = doc[anchor.i + 1], doc[anchor.i + 2]
    if place.lower_ == "the" and anchor.i + 3 < sent.end:
        place = doc[anchor.i + 3]
    return after.lower_ in ("in", "at") and place.pos_ == "PROPN" and any(
        is_figure(t) and t.ent_type_ not in ("DATE", "TIME") and t.i < anchor.i - 1 for t in sent)


def _bracketed_after_name(anchor: Token) -> bool:
    """"The cuts fall on Sweden (640 positions), Finland (520) and Norway": a
    figure in brackets right after a name gives that place's or body's share."""
    doc = anchor.doc
    return anchor.i >= 2 and doc[anchor.i - 1].text == "(" and doc[anchor.i - 2].pos_ == "PROPN"


#: Forms a price is paid in; a sum in one of them may be part of the price.
_PAYMENT_FORMS = frozenset({"cash", "stock", "shares", "equity", "debt", "bonds"})


#: Conjunctions of a clause that tells what happened before or as the main one.
_PAST_CLAUSE_MARKS = frozenset({"after", "since", "because", "when", "before", "as"})


def frame_of(sent: Span, anchor_start: int, anchor_end: int) -> Frame:
    """The frame of the claim whose value sits at ``[anchor_start, anchor_end)``.

    Offsets are into the text of ``sent.doc``, like ``Quantity.start``/``end``
    and ``DateRef.start``/``end``; a value outside the sentence gets the
    default frame (actual, not negated, no aggregation).
    """
    anchor = _anchor(sent, anchor_start, anchor_end)
    if anchor is None:
        return Frame()
    noun = _nominal(anchor)
    path = _path(noun)
    chain: list[Token] = []
    for tok, dep in path:
        if _is_reporting(tok):
            break
        if tok.pos_ in ("VERB", "AUX"):
            if dep == "conj" and chain and (chain[-1].tag_ == "VBD" or any(
                    c.dep_ in ("aux", "auxpass") for c in chain[-1].children)):
                # A coordinated verb with its own auxiliary or tense is its own
                # clause: "was expected to be released before May 2011 but
                # ended up being released before May 2012" says what happened.
                break
            chain.append(tok)
            if tok.tag_ == "VBD" and tok.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in _PAST_CLAUSE_MARKS for c in tok.children):
                # "agreed to buy gas from Romania, after a supplier cut off
                # nearly 37,000 households": a clause in the past tense that
                # says what had happened is not what the plan above will do.
                break
    verb = chain[0] if chain else None
    if _conditional(chain):
        modality: Literal["actual", "expected", "conditional", "previous", "capacity"] = "conditional"
    elif verb is not None and _previous_level(verb) or _earlier_estimate(noun):
        modality = "previous"
    elif verb is not None and _capacity(verb):
        modality = "capacity"
    elif partitive_whole(noun) and noun.dep_ == "pobj" and is_figure(noun.head.head) and not _expected(anchor, noun, []):
        # "expected to include unpaid furloughs for roughly 3,600 of the
        # County's 4,730 employees": the plan picks its part from a group that
        # is already there; the whole is a fact, whatever becomes of the part
        # (unless its own words make it a plan: "240 of its 1,050 scheduled flights").
        # "will keep all of the bank's 1,460 employees" keeps the whole: it is the plan's.
        modality = "actual"
    elif _owned_workforce(anchor, noun):
        # "said it could no longer pay the wages owed to its 1,436
        # employees": what the employer can do is in doubt, its staff is not.
        modality = "actual"
    elif _size_of_a_standing_sum(noun):
        # "The government's new package of 83 billion tugrik ... will mostly
        # pay for hay": what the package will do is ahead, its size is not.
        modality = "actual"
    else:
        modality = "expected" if _expected(anchor, noun, chain) else "actual"
    return Frame(modality=modality,
                 negated=_negated(anchor, noun, path),
                 aggregation=_aggregation(anchor, noun, verb))


def _owned_workforce(anchor: Token, noun: Token) -> bool:
    """"its 1,436 employees", "the yard's 1,346 workers": an employer's whole staff."""
    return anchor.dep_ == "nummod" and anchor.head.i == noun.i and noun.lower_ in _STAFF_NOUNS \
        and any(c.dep_ == "poss" and c.i < anchor.i for c in noun.children)


#: Nouns for an employer's staff.
_STAFF_NOUNS = frozenset({"employees", "workers", "staff", "staffers", "workforce"})


def _size_of_a_standing_sum(noun: Token) -> bool:
    """Whether a sum is the size of a package, fund or deal that already
    stands as the subject of its clause ("the government's new package of
    83 billion tugrik will pay for hay"), not one a verb ahead makes ("will
    receive a package of $5 billion")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    owner = noun.head.head
    return owner.lemma_.lower() in lx.PRICED_NOUNS and owner.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "its", "their") for c in owner.children)


def is_unconfirmed(sent: Span, anchor_start: int, anchor_end: int) -> bool:
    """Whether the value is reported as unverified ("reportedly", "did not confirm")."""
    anchor = _anchor(sent, anchor_start, anchor_end)
    if anchor is None:
        return False
    noun = _nominal(anchor)
    for tok, _dep in [(noun, ""), *_path(noun)]:
        if any(c.lower_ in lx.UNCONFIRMED_CUES for c in tok.children):
            return True
        if tok.lemma_.lower() in lx.CONFIRM_VERBS and any(c.dep_ == "neg" for c in tok.children):
            return True
    return any(t.lower_ in lx.UNCONFIRMED_CUES for t in noun.subtree)
