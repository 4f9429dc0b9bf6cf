"""Speaker mentions: who a noun phrase or pronoun in a report stands for.

``_MentionResolver`` turns the parse head of a cue's subject into a
``_Mention`` with a speaker key, resolved within the report as it is read:
titles are dropped, surnames and role descriptions ("the president") are tied
to the full name seen earlier, pronouns to the latest compatible speaker or
subject, and organisation descriptions to one key through the alias table of
``checker.speakers`` plus aliases the report itself defines ("the National
Intelligence Service (NIS)", "X, the spy agency,"). ``_Memory`` is what the
report has said so far. The cue finder in ``checker.cues`` builds on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

from checker.models import doc_ents, doc_text
from checker.quotes import _in_quote
from checker.speakers import (
    _ALIAS_KEYS,
    CONDUIT_NOUNS,
    FEMALE_TITLES,
    GENERIC_ORG_HEADS,
    MALE_TITLES,
    NAME_PARTICLES,
    ORG_WORDS,
    PERSON_NOUNS,
    PORTFOLIO_WORDS,
    TITLE_WORDS,
    _base_normalise,
    _part_of_name,
    is_outlet,
    normalise_speaker,
)

# Roles that speak for a body: "a spokesman for the ministry" -> the ministry.
MOUTHPIECE_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson statement communique release letter memo "
    "spokespeople".split()
)
#: What a body finds or counts, which speaks for it when it is named as the
#: owner ("the ministry's inspection", "the agency's figures").
FINDINGS_NOUNS = frozenset(
    "inspection inspections survey count tally data figure figures record records census audit analysis "
    "estimate estimates calculation calculations review findings".split()
)
PRONOUNS = frozenset("he she they it we i you".split())
RELATIVES = frozenset("who which that whom".split())
_NOT_NAMES = frozenset("DATE TIME CARDINAL ORDINAL MONEY PERCENT QUANTITY".split())
_NAME_LINKS = frozenset(("of", "for", "de"))
#: The names of central banks: "Croatian National Bank", "Reserve Bank of India", "Bank of England".
_A_CENTRAL_BANK = re.compile(r"\b(?:national|central|reserve|people s|peoples)\s+bank\b|^bank of [a-z]+$")
#: Tokens after a name run within which an office's comma is looked for.
_OFFICE_GAP = 8
_NP_LEFT = frozenset("compound amod det poss nmod nummod quantmod case flat punct".split())


@dataclass
class _Person:
    key: str
    surface: str
    roles: set[str] = field(default_factory=set)
    gender: str = ""


@dataclass
class _Mention:
    """A resolved speaker mention inside one sentence."""

    key: str
    surface: str
    start: int
    end: int
    kind: str  # person, org, place, outlet, desc, group, pronoun
    subject: bool = False


class _Memory:
    """What the report has said so far about people, bodies and outlets."""

    def __init__(self) -> None:
        self.persons: list[_Person] = []
        self.orgs: list[tuple[str, str]] = []  # (normalised name, key), most recent last
        self.aliases: dict[str, str] = {}  # normalised alias -> key
        self.outlets: set[str] = set()
        self.last_outlet = ""
        self.subjects: list[list[_Mention]] = []  # per sentence, subject mentions

    def person(self, key: str) -> _Person | None:
        toks = key.split()
        for p in reversed(self.persons):
            if p.key == key:
                return p
        for p in reversed(self.persons):
            if _part_of_name(toks, p.key.split()):
                return p
        return None

    def add_person(self, key: str, surface: str, roles: set[str], gender: str) -> None:
        if not key:
            return
        found = self.person(key)
        if found is not None and len(found.key.split()) >= len(key.split()):
            self.persons.remove(found)
            found.roles |= roles
            found.gender = found.gender or gender
            self.persons.append(found)
            return
        self.persons.append(_Person(key, surface, set(roles), gender))


def _roles_of(title: list[Token]) -> set[str]:
    """The role words of a title; a deputy's post is its own ("Vice-Minister
    of Finance" holds "vice minister", not "minister": "the Minister" later
    in the text is someone else)."""
    words = [w for tt in title for w in [_base_normalise(tt.text)] if w]
    roles = set(words)
    for before, word in zip(words, words[1:]):
        if before in _DEPUTY_WORDS:
            roles.discard(word)
            roles.add(f"{before} {word}")
    return roles


#: Words that make a post the deputy of the one they name.
_DEPUTY_WORDS = frozenset({"vice", "deputy", "assistant", "under", "junior", "associate"})

#: Words that say whose body a description names, not which body it is.
_OWNER_WORDS = frozenset({"city", "state", "country", "nation", "national", "local", "regional", "federal", "its", "their"})

def _is_name_tok(tok: Token) -> bool:
    if tok.ent_type_ in _NOT_NAMES or not any(c.isalpha() for c in tok.text):
        return False
    # The small parser tags some common nouns PROPN ("the interior ministry");
    # English names are capitalised, so a lowercase word is not one.
    if tok.lower_ in ("bin", "ibn", "bint") and tok.ent_type_ == "PERSON":
        return True  # "Prince Khalid bin Mansour Al Saud": a patronymic inside the name
    if not tok.text[:1].isupper() and not _after_name_hyphen(tok):
        return False
    return tok.pos_ == "PROPN" or (tok.ent_type_ in ("PERSON", "ORG") and tok.pos_ != "DET")


def _after_name_hyphen(tok: Token) -> bool:
    """"Chung Min-seok", "Yoon Suk-yeol": the syllable after the hyphen of a
    Korean given name is written lowercase but is still part of the name."""
    doc = tok.doc
    return tok.ent_type_ == "PERSON" and tok.i >= 2 and doc[tok.i - 1].text == "-" \
        and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_ and doc[tok.i - 2].text[:1].isupper()


def _is_hyphen(tok: Token) -> bool:
    # The small model tags the hyphen of "Min-seok" PROPN as often as HYPH.
    return tok.tag_ == "HYPH" or (tok.text == "-" and not tok.whitespace_)


def _name_run(h: Token) -> list[Token]:
    """The contiguous proper-name tokens around ``h`` ("Lt. Col. Mark Jensen")."""
    doc, lo, hi = h.doc, h.i, h.i
    while lo - 1 >= 0:
        t = doc[lo - 1]
        if _is_name_tok(t) and t.dep_ in ("compound", "flat", "nmod", "amod", "nsubj") and t.head.i >= lo - 1:
            lo -= 1
        elif _is_hyphen(t) and lo - 2 >= 0 and _is_name_tok(doc[lo - 2]):
            lo -= 1
        elif _is_name_tok(t) and t.dep_ == "conj" and lo - 3 >= 0 and doc[lo - 2].lower_ in ("and", "&") \
                and _is_name_tok(doc[lo - 3]) and doc[lo - 3].dep_ in ("compound", "nmod") and doc[lo - 3].head.i >= lo:
            lo -= 3  # "Marine and Freshwater Research Institute": one body's name with "and" inside
        elif t.lower_ in _NAME_LINKS and t.dep_ == "prep" and lo - 2 >= 0 and _is_name_tok(doc[lo - 2]) \
                and t.head.i == lo - 2 and doc[lo - 2].text[:1].isupper() and doc[lo].text[:1].isupper():
            lo -= 2
        elif _particle_between(doc, lo - 2, lo):
            lo -= 2
        else:
            break
    while hi + 1 < len(doc):
        t = doc[hi + 1]
        if _is_hyphen(t) and hi + 2 < len(doc) and _is_name_tok(doc[hi + 2]) and doc[hi + 2].head.i <= hi + 2:
            hi += 1
        elif _is_name_tok(t) and t.dep_ in ("compound", "flat", "appos") and lo <= t.head.i <= hi + 1:
            hi += 1
        elif _particle_between(doc, hi, hi + 2):
            hi += 2
        elif t.lower_ in _NAME_LINKS and t.dep_ == "prep" and t.head.i == hi and doc[hi].text[:1].isupper() \
                and not (t.lower_ != "de" and _a_persons_name(doc[lo:hi + 1])):
            objs = [o for o in t.children if o.dep_ == "pobj" and _is_name_tok(o) and o.text[:1].isupper()]
            if not objs or any(not (_is_name_tok(x) or x.tag_ == "HYPH") for x in doc[hi + 2:objs[0].i + 1]):
                break
            hi = objs[0].i
        else:
            break
    return list(doc[lo:hi + 1])


def _particle_between(doc: Doc, i: int, j: int) -> bool:
    """Whether tokens ``i`` and ``j`` are two capitalised names with a name
    particle between them ("Cortiça do Alentejo"). The English parser reads
    "do" as a verb and "da" as anything, so the particle is known by its spelling."""
    return 0 <= i and j < len(doc) and j == i + 2 and doc[i + 1].lower_ in NAME_PARTICLES \
        and doc[i + 1].text.islower() and all(_is_name_tok(doc[k]) and doc[k].text[:1].isupper() for k in (i, j))


def _a_persons_name(run: Span) -> bool:
    """"Dr J Cowie", "Anna Berg", "Mayor Ana Ruiz": a person named, whom "of
    RCEM Scotland" places rather than names ("Minister of Health" and "Bank
    of England" are names that run on)."""
    last = run[-1]
    if last.ent_type_ == "PERSON":
        return True
    words = [t.lower_.rstrip(".") for t in run]
    return any(w in TITLE_WORDS for w in words[:-1]) and words[-1] not in TITLE_WORDS \
        and words[-1] not in ORG_WORDS and not last.text.isupper()


def _office_holder(run: list[Token]) -> list[Token] | None:
    """The person who holds an office named by ``run`` ("Norway's Minister of
    International Development, Marte Kvåle Dahl,"): the name in apposition,
    or else a person named after the office's comma. The office may run on
    past the name run ("... Planning and Urban Development,"), and the
    parser may miss the apposition."""
    appos = next((c for x in run for c in x.children if c.dep_ == "appos" and _is_name_tok(c)), None)
    if appos is not None:
        return _name_run(appos)
    doc, end = run[0].doc, run[-1].i
    comma = next((x.i for x in doc[end + 1: end + 1 + _OFFICE_GAP] if x.text == ","), None)
    ents: list[Any] = list(doc_ents(doc))  # spaCy's stubs type them as tokens
    near = [e for e in ents if comma is not None and e.label_ == "PERSON" and comma < e.start <= comma + 4]
    if not near:
        return None
    # The fullest name: "Arc." before it is an honorific.
    holder: Any = max(near, key=lambda e: (e.end - e.start, e.start))
    return list(holder)


def _split_title(run: list[Token]) -> tuple[list[Token], list[Token]]:
    """Split "South Korean President Yoon Suk Yeol" into title part and name."""
    cut = 0
    for i, t in enumerate(run[:-1]):
        if _base_normalise(t.text) in TITLE_WORDS:
            cut = i + 1
    # "Minister for Health Padraig O Suilleabhain": the portfolio after the
    # title's "for" or "of" is the title's too, up to the holder's name.
    end = cut
    while cut and end < len(run) - 1 and (run[end].lower_ in ("for", "of", "and", ",") and end + 1 < len(run)
                                          or run[end].lower_ in PORTFOLIO_WORDS):
        end += 1
    if end > cut and run[end - 1].lower_ in PORTFOLIO_WORDS and run[cut].lower_ in ("for", "of"):
        cut = end
    return run[:cut], run[cut:]


def _text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    return tokens[0].doc[tokens[0].i:tokens[-1].i + 1].text


def _np_tokens(h: Token, with_preps: bool) -> list[Token]:
    """Head ``h`` with its left modifiers and, for common nouns, one "of/for" phrase."""
    keep = {h.i}
    for c in h.lefts:
        if c.dep_ in _NP_LEFT or (c.dep_ == "punct" and c.tag_ == "HYPH"):
            keep.update(t.i for t in c.subtree)
    if with_preps:
        for c in h.rights:
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "from", "at", "with"):
                clauses = {t.i for r in c.subtree if r.dep_ in ("relcl", "acl") for t in r.subtree}
                keep.update(t.i for t in c.subtree if t.i not in clauses)
                break
    lo, hi = min(keep), max(keep)
    toks = list(h.doc[lo:hi + 1])
    while toks and toks[0].dep_ == "det" and toks[0].lower_ in ("the", "a", "an", "some", "two", "three"):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    return toks


def _antecedent(rel: Token) -> Token | None:
    """The noun a relative pronoun stands for: its clause's head, else the noun before it."""
    if rel.head.dep_ == "relcl" and rel.head.head.pos_ in ("NOUN", "PROPN"):
        return rel.head.head
    # Not across the sentence's start: "... after the dawn raids. Which tells
    # you ..." makes no speaker of the raids.
    first = rel.sent.start
    i = rel.i - 1
    while i >= first and rel.doc[i].is_punct:
        i -= 1
    return rel.doc[i] if i >= first and rel.doc[i].pos_ in ("NOUN", "PROPN") else None


class _MentionResolver:
    """Builds speaker mentions from parse heads and resolves them in the report."""

    def __init__(self, doc: Doc, text: str, spans: list[tuple[int, int]]) -> None:
        self._offices: dict[int, set[str]] = {}
        self.doc = doc
        self.text = text  # Doc.text is rebuilt on every access
        self.spans = spans
        self.mem = _Memory()

    # -- mentions ---------------------------------------------------------
    def mention(self, h: Token) -> _Mention | None:
        if h.lower_ in RELATIVES and not h.text.isupper():
            ante = _antecedent(h)
            if ante is None:
                return None
            h = ante
        if (h.pos_ == "PRON" or h.lower_ in PRONOUNS) and not (h.text.isupper() and len(h) > 1):
            return self._pronoun(h)
        if h.pos_ not in ("NOUN", "PROPN") and not h.ent_type_:
            return None
        conj = [c for c in h.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
        if len(conj) == 1 and h.ent_type_ != "PERSON" and not list(h.lefts) \
                and any(_base_normalise(t.text) not in TITLE_WORDS for t in _split_title(_name_run(conj[0]))[0]):
            # "Lands and Natural Resources Minister Emmanuel Armah-Darkwa": the
            # first conjunct is part of a portfolio, not a second speaker.
            return self._single(conj[0])
        if conj and not any(c.dep_ == "cc" for t in [h, *conj] for c in t.children):
            # "said Dr J.K. Dhillon, Civil Surgeon, Ludhiana": commas without
            # "and" set a title beside the name, not a second speaker.
            conj = []
        named = [c for c in h.children if c.dep_ == "appos" and _is_name_tok(c)]
        if conj and named and all(c.i < named[0].i for c in conj):
            # "the state's Secretary of Environment and Sustainability, José
            # Raimundo Teles": the "and" is inside the portfolio, and the name
            # after it is the one speaker's.
            conj = []
        if len(conj) == 1 and h.lower_ in TITLE_WORDS and _is_name_tok(conj[0]) \
                and _split_title(_name_run(conj[0]))[0]:
            # "Korea Exchange Chairman and CEO Chung Min-seok": the first
            # conjunct is a bare title and the second carries both the next
            # title and the name; one person holds the two offices.
            return self._single(conj[0])
        if conj:
            parts = [m for m in (self._single(t) for t in [h, *conj]) if m is not None]
            # "CEO and co-founder Andrew Feldman" coordinates titles, not speakers.
            if len(parts) >= 2 and not any(set(p.key.split()) <= TITLE_WORDS for p in parts):
                return _Mention(" and ".join(p.key for p in parts), " and ".join(p.surface for p in parts),
                                min(p.start for p in parts), max(p.end for p in parts), "group")
        return self._single(h)

    def _single(self, h: Token) -> _Mention | None:
        titled = next((c for c in h.children if c.dep_ == "appos" and c.lemma_.lower() in TITLE_WORDS), None)
        holder = next((c for c in titled.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                       and _is_name_tok(c)), None) if titled is not None else None
        if holder is not None:
            # "PAM (the Pambansang Alyansa ng Magpapalay) chairperson Editha
            # Lacsamana put it bluntly": the body's officer, named, speaks.
            return self._name(holder)
        if _is_name_tok(h):
            return self._name(h)
        if h.dep_ == "appos" and _is_name_tok(h.head) and h.lemma_.lower() in TITLE_WORDS:
            # "Ines Villasenor, the former Chilean environment minister, ...":
            # the description is of the person just named, not of an earlier
            # minister.
            return self._name(h.head)
        lemma = h.lemma_.lower()
        appos = [c for c in h.children if c.dep_ == "appos" and _is_name_tok(c)]
        if not appos and lemma in TITLE_WORDS:
            # "the director of the Netherlands Polar Institute, Pieter
            # Hoogendijk,": the parser hangs the name on the body the title
            # is of; the name is the title holder's.
            appos = [c for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"
                     for c in o.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and _is_name_tok(c)]
        if appos:
            m = self._name(appos[0])
            if m.kind == "person":
                self.mem.add_person(m.key, m.surface, {lemma}, "")
            return m
        if lemma in MOUTHPIECE_NOUNS:
            body = self._body_of(h)
            if body is not None:
                return body
        if lemma in FINDINGS_NOUNS:
            # "According to the ministry's inspection of 100 training hospitals":
            # whoever made the findings gives them, not what they looked at.
            owner = next((c for c in h.lefts if c.dep_ == "poss"), None)
            found = self.mention(owner) if owner is not None else None
            if found is not None:
                return found
        toks = _np_tokens(h, with_preps=lemma not in MOUTHPIECE_NOUNS)
        if not toks:
            return None
        names = [t for t in toks if _is_name_tok(t) and t.i < h.i]
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
        if lemma in CONDUIT_NOUNS or (lemma == "agency" and any(c.lower_ == "news" for c in h.lefts)) \
                or (names and is_outlet(_text(names))):
            surface = _text(names) if names else _text(toks)
            return _Mention(normalise_speaker(surface), surface, start, end, "outlet")
        surface = _text(toks)
        definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this")) for c in h.children)
        mods = [t for t in toks if t.i < h.i and t.dep_ in ("compound", "amod") and not _is_name_tok(t)]
        phrase = " ".join([t.lower_ for t in mods] + [lemma])
        resolved = (self._named_here(h, lemma) or self._describe(phrase, lemma, surface)) if definite else None
        if resolved is not None:
            key, surf, kind = resolved
            return _Mention(key, surf, start, end, kind)
        return _Mention(normalise_speaker(surface), surface, start, end, "desc")

    def _body_of(self, h: Token) -> _Mention | None:
        """The body a spokesman or statement speaks for ("for the ministry", "police spokeswoman")."""
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "of", "from", "at", "with"):
                objs = [o for o in c.children if o.dep_ == "pobj"]
                if objs:
                    return self.mention(objs[0])
        for c in h.lefts:
            if c.dep_ == "poss":
                return self.mention(c)
        comp = [c for c in h.lefts if c.dep_ in ("compound", "nmod") and c.pos_ in ("NOUN", "PROPN")]
        if comp:
            toks = sorted({t for c in comp for t in c.subtree if t.dep_ != "det"}, key=lambda t: t.i)
            surface = _text(toks)
            key = self._org_key(surface)
            return _Mention(key, surface, toks[0].idx, toks[-1].idx + len(toks[-1]), "org")
        return None

    def _org_key(self, surface: str) -> str:
        norm = normalise_speaker(surface)
        base = _base_normalise(surface)
        for cand in (norm, base):
            if cand in self.mem.aliases:
                return normalise_speaker(self.mem.aliases[cand])
        return norm

    def _name(self, h: Token) -> _Mention:
        person = next((c for c in h.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        if person is not None and _base_normalise(h.text) in TITLE_WORDS:
            # "said BCFD Chief of Emergency Medical Services Dr. Tomás
            # Echeverría": the parser makes the title the subject and the
            # name its apposition; the name is who speaks.
            return self._name(person)
        run = _name_run(h)
        if len(run) > 1 and run[0].lower_ == "the":
            run = run[1:]
        title, name = _split_title(run)
        if title and name and name[0].lower_ in _NAME_LINKS and (holder := _office_holder(run)) is not None:
            return self._name(holder[-1])  # the office's holder speaks, not "of International Development"
        if not name:
            name = run
        if len(name) == 1 and _base_normalise(name[0].text) in TITLE_WORDS:
            # "Sheriff said": a bare title is a description of someone named earlier.
            found = self._describe(name[0].lower_, name[0].lower_, name[0].text)
            key, surf = (found[0], found[1]) if found else (normalise_speaker(name[0].text), name[0].text)
            return _Mention(key, surf, name[0].idx, name[0].idx + len(name[0]), "person" if found else "desc")
        surface = _text(name)
        start, end = name[0].idx, name[-1].idx + len(name[-1])
        key = normalise_speaker(surface)
        base = _base_normalise(surface)
        if base in self.mem.aliases:
            key = normalise_speaker(self.mem.aliases[base])
            return _Mention(key, surface, start, end, "outlet" if is_outlet(key) else "org")
        prefix = self._role_words(run[0])
        if is_outlet(surface) or key in self.mem.outlets or prefix & CONDUIT_NOUNS or "news agency" in prefix:
            return _Mention(key, surface, start, end, "outlet")
        known = self.mem.person(key)
        if known is not None:
            return _Mention(known.key, surface, start, end, "person")
        ents = {t.ent_type_ for t in name}
        words = set(key.split())
        if prefix & (TITLE_WORDS | PERSON_NOUNS) and not words & ORG_WORDS:
            # "Reefline Cruises owner Brett Calloway", tagged an organisation:
            # the noun before the name says it is a person.
            return _Mention(key, surface, start, end, "person")
        if words & ORG_WORDS or (ents & {"ORG", "FAC"} and not title):
            return _Mention(self._org_key(surface), surface, start, end, "org")
        if ents & {"GPE", "NORP", "LOC"} and not title:
            return _Mention(self._org_key(surface), surface, start, end, "place")
        return _Mention(key, surface, start, end, "person")

    def _named_here(self, h: Token, lemma: str) -> tuple[str, str, str] | None:
        """"Eleven residents have been treated at Makindu Sub-County Hospital
        ..., the hospital said": a body named earlier in the same sentence,
        by the same head noun, before any named in earlier sentences."""
        if lemma not in ORG_WORDS:
            return None
        for ent in reversed(h.sent.ents):
            if ent.label_ in ("ORG", "FAC") and ent.end <= h.i and ent.root.lemma_.lower() == lemma:
                return self._org_key(ent.text), ent.text, "org"
        return None

    def _describe(self, phrase: str, head: str, surface: str) -> tuple[str, str, str] | None:
        """Resolve "the president", "the spy agency", "the company" within the report."""
        phrase_n, head_n = _base_normalise(phrase), _base_normalise(head)
        full = normalise_speaker(surface)
        if full in _ALIAS_KEYS.values() or _base_normalise(surface) in _ALIAS_KEYS:
            return full, surface, "org"
        for cand in (phrase_n, full):
            if cand in self.mem.aliases:
                key = normalise_speaker(self.mem.aliases[cand])
                return key, surface, "org"
        for p in reversed(self.mem.persons):
            if phrase_n in p.roles or head_n in p.roles:
                return p.key, p.surface, "person"
        # "the department" may be the India Meteorological Department named
        # earlier; "the city's health department" is not: its own words must
        # be in the name too.
        words = set(phrase_n.split()) - {head_n, "the", "a", "an"} - _OWNER_WORDS
        if words == {"central"} and head_n == "bank":
            # "the central bank" after "The Croatian National Bank": a
            # country's central bank goes by many names.
            for name, key in reversed(self.mem.orgs):
                if _A_CENTRAL_BANK.search(name):
                    return key, surface, "org"
        for name, key in reversed(self.mem.orgs):
            if head_n in name.split() and head_n in ORG_WORDS and words <= set(name.split()):
                return key, surface, "org"
        if head_n in GENERIC_ORG_HEADS and self.mem.orgs:
            return self.mem.orgs[-1][1], surface, "org"
        return None

    def _pronoun(self, h: Token) -> _Mention:
        word = h.lower_
        start, end = h.idx, h.idx + len(h)
        if word in ("he", "she") and (same := self._clause_subject(h)) is not None:
            return same  # named in this very sentence: point at the name, not the pronoun
        if word in ("he", "she"):
            want = "m" if word == "he" else "f"
            for sent in reversed(self.mem.subjects[-3:]):
                ordered = [m for m in sent if m.kind == "person" and m.subject]
                ordered += [m for m in reversed(sent) if m.kind == "person" and not m.subject]
                # A name with the pronoun's gender beats a subject of unknown gender.
                ordered.sort(key=lambda m: (getattr(self.mem.person(m.key), "gender", "") != want))
                for m in ordered:
                    p = self.mem.person(m.key)
                    if p is not None and p.gender and p.gender != want:
                        continue
                    if p is not None:
                        p.gender = want
                    return _Mention(m.key, p.surface if p else m.surface, start, end, "person")
        elif word in ("it", "they"):
            owner = next((t for t in h.sent if t.i < h.i and t.dep_ == "poss" and t.tag_ in ("NNS", "NNPS")
                          and t.head.dep_ == "nsubj"), None) if word == "they" else None
            if owner is not None and (own := self.mention(owner)) is not None and own.kind in ("org", "group", "desc"):
                # "The unions' own tally is higher: they put the losses at ...":
                # the plural owner of the clause before names who "they" are.
                return _Mention(own.key, own.surface, start, end, own.kind)
            for sent in reversed(self.mem.subjects[-2:]):
                for m in sent:
                    if m.subject and m.kind in ("org", "place", "desc", "group", "outlet"):
                        return _Mention(m.key, m.surface, start, end, m.kind)
        return _Mention("", h.text, start, end, "pronoun")

    def _clause_subject(self, h: Token) -> _Mention | None:
        """"Mayor Wojcik put it best when he told evacuees": the named person
        subject of a clause above the pronoun's own, earlier in the sentence."""
        v = h.head
        while v.dep_ in ("advcl", "conj", "ccomp", "xcomp") and v.head.i != v.i:
            v = v.head
            subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < h.i and c.pos_ == "PROPN"), None)
            if subj is not None:
                m = self.mention(subj)
                return m if m is not None and m.kind == "person" else None
        return None

    # -- what a sentence teaches about the report -------------------------
    def register(self, sent: Span) -> None:
        """Remember the people, bodies, outlets and aliases a sentence names."""
        mem = self.mem
        seen: list[_Mention] = []
        covered: set[int] = set()
        # Roles of an office named before its holder, by the holder's token
        # (kept across sentences: the parser may end one at "Arc.").
        offices = self._offices
        for t in sent:
            if t.i in covered:
                continue
            if self._ends_run(t) and not _in_quote(t, self.spans):
                run = _name_run(t)
                covered.update(x.i for x in run)
                title, name = _split_title(run)
                if title and name and name[0].lower_ in _NAME_LINKS:
                    # "The Commissioner for Physical Planning and Urban
                    # Development, Arc. Fọláṣadé Ògúnlẹ́yẹ,": an office, not a
                    # name; its title is a role of the holder.
                    office = _roles_of(title)
                    offices.update((x.i, office) for x in _office_holder(run) or ())
                    continue
                if not name or (len(name) == 1 and _base_normalise(name[0].text) in TITLE_WORDS):
                    continue
                m = self._name(name[-1])
                roles = _roles_of(title)
                roles |= {r for x in run for r in offices.get(x.i, ())}
                roles |= self._role_words(run[0])
                if len(title) > 1:
                    roles.add(_base_normalise(_text(title[-2:])))
                if m.kind == "person" and (len(name) > 1 or title or t.ent_type_ == "PERSON"):
                    gender = "m" if roles & MALE_TITLES else "f" if roles & FEMALE_TITLES else ""
                    mem.add_person(m.key, m.surface, roles, gender)
                elif m.kind == "org":
                    self._add_org(m.surface, m.key)
                elif m.kind == "outlet":
                    mem.outlets.add(m.key)
                # The run's subject token is usually its last, but a misparsed
                # foreign name ("Cortiça" nsubj of "do", the particle read as a
                # verb) may hold it inside.
                names = {x.i for x in run if _is_name_tok(x)}
                m.subject = any(x.dep_ in ("nsubj", "nsubjpass") and x.head.i not in names for x in run)
                seen.append(m)
                self._aliases_after(run, m)
            elif t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and not _in_quote(t, self.spans):
                desc = self._single(t)
                if desc is not None:
                    desc.subject = True
                    seen.append(desc)
                    if desc.kind == "outlet":
                        mem.outlets.add(desc.key)
                    elif desc.kind == "desc" and t.lemma_.lower() in ORG_WORDS \
                            and any(c.dep_ in ("compound", "amod") for c in t.lefts) \
                            and not any(c.dep_ == "poss" for c in t.children):
                        # "the transport ministry plans ...": a body named in lower case, which a
                        # later "the ministry" refers to ("his office" is not a name).
                        desc.kind = "org"
                        self._add_org(desc.surface, desc.key)
        self.mem.subjects.append(seen)

    def remember_speaker(self, m: _Mention) -> None:
        """A resolved speaker counts as a subject of its sentence for later pronouns."""
        if self.mem.subjects:
            self.mem.subjects[-1].insert(0, _Mention(m.key, m.surface, m.start, m.end,
                                                     "person" if self.mem.person(m.key) else m.kind, True))

    def _ends_run(self, t: Token) -> bool:
        if not _is_name_tok(t):
            return False
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        return nxt is None or not (_is_name_tok(nxt) or (nxt.tag_ == "HYPH" and t.i + 2 < len(t.doc)
                                                          and _is_name_tok(t.doc[t.i + 2])))

    def _role_words(self, first: Token) -> set[str]:
        """Nouns just before a name that describe it ("North Korean leader Kim")."""
        roles: set[str] = set()
        i = first.i - 1
        words: list[str] = []
        while i >= 0 and first.doc[i].pos_ == "NOUN" and first.doc[i].head.i >= first.i:
            words.insert(0, first.doc[i].lower_)
            i -= 1
        if words:
            roles.add(words[-1])
            roles.add(" ".join(words))
        return roles

    def _add_org(self, surface: str, key: str) -> None:
        name = _base_normalise(surface)
        name = " ".join(w for w in name.split() if w != "the")
        self.mem.orgs = [(n, k) for n, k in self.mem.orgs if n != name] + [(name, key)]
        toks = [w for w in name.split() if w not in ("of", "the", "for", "and", "on", "de")]
        if len(toks) >= 2:
            self.mem.aliases.setdefault("".join(w[0] for w in toks), surface)

    def _aliases_after(self, run: list[Token], m: _Mention) -> None:
        """Aliases a report defines: "Name (ACR)" and "Name, the spy agency,"."""
        last, doc = run[-1], run[-1].doc
        inside = {t.i for t in run}
        head = next((t for t in run if t.head.i not in inside), last)
        if last.i + 3 < len(doc) and doc[last.i + 1].text == "(" and doc[last.i + 3].text == ")":
            acr = doc[last.i + 2].text
            if acr.isupper() and len(acr) >= 2:
                self.mem.aliases[_base_normalise(acr)] = m.surface
        elif known := _KNOWN_AS.match(doc_text(doc), last.idx + len(last.text)):
            # "the National Transportation Safety Committee, known by its Indonesian initials KNKT"
            self.mem.aliases[_base_normalise(known.group(1))] = m.surface
        for c in head.children:
            if c.dep_ == "appos" and c.pos_ == "NOUN":
                toks = [t for t in _np_tokens(c, with_preps=False) if t.dep_ != "poss" and t.dep_ != "case"
                        and t.head.dep_ != "poss"]
                desc = " ".join(t.lower_ for t in toks if t.dep_ != "det")
                p = self.mem.person(m.key) if m.kind == "person" else None
                if p is not None:
                    p.roles |= {_base_normalise(desc), c.lemma_.lower()}
                else:
                    # "Nordbank, the country's largest lender,": the report's own alias.
                    for alias in {desc, c.lemma_.lower()}:
                        self.mem.aliases.setdefault(_base_normalise(alias), m.surface)


#: "Name, known as ACR", "Name, known by its Indonesian initials ACR".
_KNOWN_AS = re.compile(r",?\s+(?:better\s+)?known\s+(?:as|by\s+(?:its|the)\s+(?:[A-Za-z]+\s+)?(?:initials|acronym|abbreviation))"
                       r"\s+([A-Z]{2,6})\b")
