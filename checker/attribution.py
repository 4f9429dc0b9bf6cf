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
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from checker.records import Attribution

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
BELIEF_VERBS = frozenset("believe expect think fear suspect doubt hope worry feel".split())
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
    see notice remember forget guess reckon trust wonder judge deem infer""".split()
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
# Evidential cues only count with a clause ("polls show that ..."), not an object.
CLAUSE_ONLY = frozenset(
    "show find project post charge repeat rule demand conclude question write".split()
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
# Roles that speak for a body: "a spokesman for the ministry" -> the ministry.
MOUTHPIECE_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson statement communique release letter memo "
    "spokespeople".split()
)
# Texts that speak for whoever issues them: "filed papers opposing", "issued a paper calling for".
ARTIFACT_NOUNS = frozenset(
    "paper papers policy filing brief petition resolution motion proposal document op-ed essay "
    "editorial post tweet ad advertisement".split()
)
# Head nouns that mark a news outlet ("the Yonhap news agency").
CONDUIT_NOUNS = frozenset(
    "newspaper broadcaster daily tabloid weekly magazine television tv radio "
    "outlet wire network channel website".split()
)
KNOWN_OUTLETS = (
    "yonhap", "kyodo", "reuters", "associated press", "ap", "afp", "agence france presse",
    "bbc", "cnn", "al jazeera", "interfax", "tass", "ria novosti", "xinhua", "kcna", "nhk",
    "bloomberg", "guardian", "new york times", "washington post", "wall street journal",
    "financial times", "fox news", "nbc", "abc", "cbs", "msnbc", "npr", "politico", "axios",
    "usa today", "anadolu", "dpa", "efe", "ansa", "pti", "sky news", "france 24",
    "deutsche welle", "haaretz", "times of israel", "le monde", "der spiegel", "nikkei",
    "korea herald", "korea times", "chosun ilbo", "joongang ilbo", "yomiuri", "asahi",
    "straits times", "south china morning post", "the hill", "breitbart", "huffington post",
    "huffpost", "new york post", "los angeles times", "times", "telegraph", "economist",
    "newsweek", "abc news", "cbs news", "nbc news",
)
# Words that open a title before a name; everything up to the last one goes.
TITLE_WORDS = frozenset(
    """president vice prime minister secretary general sec gen lt lieutenant col
    colonel maj major capt captain sgt sergeant cpl corporal adm admiral cmdr
    commander dr mr mrs ms miss mx sir dame lord lady prof professor sheriff gov
    governor sen senator rep representative mayor judge justice chief king queen
    prince princess pope rev reverend chancellor ambassador commissioner director
    chairman chairwoman chair ceo spokesman spokeswoman spokesperson leader
    deputy envoy premier attorney officer executive manager founder cofounder inspector superintendent detective
    del delegate congressman congresswoman councillor councilman councilwoman
    mp speaker sheikh emir chairperson coach""".split()
)
MALE_TITLES = frozenset("mr sir lord king prince spokesman chairman congressman councilman".split())
FEMALE_TITLES = frozenset(
    "mrs ms miss dame lady queen princess spokeswoman chairwoman congresswoman councilwoman".split()
)
# Head nouns of organisation names; "the ministry" looks for an earlier one.
ORG_WORDS = frozenset(
    """ministry department agency service bureau office council commission committee
    company corporation corp inc group firm bank party army police force forces
    command guard court parliament government administration authority union
    organization organisation association institute university hospital
    directorate regulator board fund campaign team federation alliance coalition
    tribunal assembly cabinet navy military""".split()
)
# Descriptions resolved to the latest organisation of any name.
GENERIC_ORG_HEADS = frozenset("company firm group organization organisation corporation body carrier".split())
# Nouns too generic for the surname rule of same_speaker ("ministry" vs "health ministry").
GENERIC_WORDS = ORG_WORDS | frozenset("official officials source sources report".split())
# Known transliteration variants, token by token.
TRANSLITERATIONS = {
    "qaddafi": "gaddafi", "kadhafi": "gaddafi", "gadhafi": "gaddafi", "qadhafi": "gaddafi",
    "khadafy": "gaddafi", "kaddafi": "gaddafi", "moammar": "muammar", "moamer": "muammar",
    "muammer": "muammar", "mohammed": "muhammad", "mohammad": "muhammad",
    "mohamed": "muhammad", "muhammed": "muhammad", "zelenskyy": "zelensky",
    "zelenskiy": "zelensky", "usama": "osama", "medvedev": "medvedev",
    "khamenei": "khamenei", "erdogan": "erdogan", "nasrallah": "nasrallah", "nasrullah": "nasrallah",
}
# Plural role nouns compared in the singular ("officials" = "an official").
PLURALS = {
    "officials": "official", "sources": "source", "analysts": "analyst",
    "witnesses": "witness", "residents": "resident", "experts": "expert",
    "diplomats": "diplomat", "authorities": "authority", "rebels": "rebel",
    "investigators": "investigator", "activists": "activist", "organisers": "organiser",
    "organizers": "organizer", "doctors": "doctor", "lawyers": "lawyer",
    "attorneys": "attorney", "prosecutors": "prosecutor", "economists": "economist",
}
# Alias table of common bodies: alias -> key. Reports add their own aliases.
ALIASES = {
    "nis": "national intelligence service",
    "seoul's spy agency": "national intelligence service",
    "south korea's spy agency": "national intelligence service",
    "south korean spy agency": "national intelligence service",
    "south korea's intelligence agency": "national intelligence service",
    "federal bureau of investigation": "fbi",
    "central intelligence agency": "cia",
    "department of defense": "pentagon", "defense department": "pentagon",
    "us defense department": "pentagon", "us department of defense": "pentagon",
    "dod": "pentagon",
    "un": "united nations", "u.n.": "united nations",
    "north atlantic treaty organization": "nato", "north atlantic treaty organisation": "nato",
    "eu": "european union",
    "world health organization": "who", "world health organisation": "who",
    "international atomic energy agency": "iaea", "un nuclear watchdog": "iaea",
    "korean central news agency": "kcna",
    "ap": "associated press", "afp": "agence france presse",
    "us": "united states", "usa": "united states", "united states of america": "united states",
    "uk": "united kingdom", "britain": "united kingdom",
    "the kremlin": "kremlin",
}

PRONOUNS = frozenset("he she they it we i you".split())
RELATIVES = frozenset("who which that whom".split())
_OPEN_QUOTES = ("\u201c", "``")
_CLOSE_QUOTES = ("\u201d",)
_TOGGLE_QUOTES = ('"', "''")
_NOT_NAMES = frozenset("DATE TIME CARDINAL ORDINAL MONEY PERCENT QUANTITY".split())
_NAME_LINKS = frozenset(("of", "for", "de"))
# Dependents of a cue that hold its content: "said that ...", "plans to ...", "denounced the test".
_CONTENT_DEPS = frozenset("ccomp xcomp parataxis dobj attr oprd dative".split())
_CONTENT_PREPS = frozenset("for of about on out over against to".split())
_QUOTE_MARKS = frozenset(('"', "\u201c", "\u201d", "''", "``", "'"))
_NP_LEFT = frozenset("compound amod det poss nmod nummod quantmod case flat punct".split())


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _base_normalise(name: str) -> str:
    """Lower-case, ASCII, no punctuation or possessives; titles stay."""
    s = _strip_accents(name).lower().replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"\([^)]*\)", " ", s)
    s = re.sub(r"'s\b|(?<=s)'(?=\s|$)", "", s)
    s = re.sub(r"(?<=\w)\.(?=\w)", "", s)  # u.s. -> us
    s = re.sub(r"[^\w\s]", " ", s.replace("-", " "))
    return " ".join(s.split())


_ALIAS_KEYS = {_base_normalise(k): _base_normalise(v) for k, v in ALIASES.items()}


@functools.lru_cache(maxsize=8192)
def normalise_speaker(name: str) -> str:
    """Return the comparison key of a speaker name or description.

    Lower-case ASCII, hyphens as spaces, possessives and leading articles and
    titles dropped ("President Yoon Suk-yeol" -> "yoon suk yeol"), middle
    initials dropped, known transliterations unified, plural role nouns made
    singular, and the alias table applied ("NIS" -> "national intelligence service").
    """
    raw = _strip_accents(name).lower().replace("\u2019", "'")
    whole = _base_normalise(raw)
    if whole in _ALIAS_KEYS:
        return _ALIAS_KEYS[whole]
    # "South Korea's National Intelligence Service": a proper name after a possessor.
    m = re.match(r"^(?:the )?([\w .-]+?)'s (.+)$", _strip_accents(name).replace("\u2019", "'"))
    owner_is_title = m is not None and any(w in TITLE_WORDS for w in _base_normalise(m.group(1)).split())
    if m and not owner_is_title and ((m.group(2)[:1].isupper() and len(m.group(2).split()) >= 2)
                                     or _base_normalise(m.group(2)) in _ALIAS_KEYS):
        inner = normalise_speaker(m.group(2))
        if inner:
            return inner
    tokens = whole.split()
    while tokens and tokens[0] in ("the", "a", "an"):
        tokens = tokens[1:]
    cut = 0
    for i, tok in enumerate(tokens[:-1]):
        if tok in TITLE_WORDS or (tok in ("of", "state") and 0 < i and cut == i):
            cut = i + 1
    rest = tokens[cut:]
    if cut and any(t not in TITLE_WORDS for t in rest) and not any(t in ORG_WORDS for t in rest):
        tokens = rest
    tokens = [TRANSLITERATIONS.get(t, t) for t in tokens]
    if len(tokens) >= 3:
        tokens = [t for t in tokens if len(t) > 1]
    if tokens:
        tokens[-1] = PLURALS.get(tokens[-1], tokens[-1])
    key = " ".join(tokens)
    return _ALIAS_KEYS.get(key, key)


def same_speaker(a: str, b: str) -> bool:
    """True when two speaker names or keys denote the same speaker.

    Equal keys match; so does a surname or single name against a full name
    ("yoon" vs "yoon suk yeol", first or last token) unless the single word
    is a generic noun or a title ("ministry" vs "health ministry", "minister"
    vs "prime minister" do not match).
    """
    na, nb = normalise_speaker(a), normalise_speaker(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    ta, tb = na.split(), nb.split()
    if len(ta) > len(tb):
        ta, tb = tb, ta
    return _part_of_name(ta, tb)


def _part_of_name(short: list[str], full: list[str]) -> bool:
    """A surname or a name's first or last part: "yoon" / "soto vargas" in a longer name."""
    if not short or len(short) >= len(full) or len(full) > 4 or "and" in full:
        return False
    if any(t in GENERIC_WORDS or t in TITLE_WORDS for t in short) or any(t in ORG_WORDS for t in full):
        return False
    return full[:len(short)] == short or full[-len(short):] == short


def is_outlet(name: str) -> bool:
    """True when a name or key is a news outlet, which relays rather than asserts."""
    key = normalise_speaker(name)
    toks = key.split()
    return key in _OUTLET_KEYS or bool(toks and (toks[-1] in CONDUIT_NOUNS or key.endswith("news agency")))


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


_OUTLET_KEYS = frozenset(normalise_speaker(o) for o in KNOWN_OUTLETS)


def _in_quote(tok: Token, spans: list[tuple[int, int]]) -> bool:
    return any(s <= tok.idx < e for s, e in spans)


def _depth(tok: Token) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok, d = tok.head, d + 1
    return d


def _is_name_tok(tok: Token) -> bool:
    if tok.ent_type_ in _NOT_NAMES or not any(c.isalpha() for c in tok.text):
        return False
    # The small parser tags some common nouns PROPN ("the interior ministry");
    # English names are capitalised, so a lowercase word is not one.
    if not tok.text[:1].isupper():
        return False
    return tok.pos_ == "PROPN" or (tok.ent_type_ in ("PERSON", "ORG") and tok.pos_ != "DET")


def _name_run(h: Token) -> list[Token]:
    """The contiguous proper-name tokens around ``h`` ("Lt. Col. Mark Jensen")."""
    doc, lo, hi = h.doc, h.i, h.i
    while lo - 1 >= 0:
        t = doc[lo - 1]
        if _is_name_tok(t) and t.dep_ in ("compound", "flat", "nmod", "amod", "nsubj") and t.head.i >= lo - 1:
            lo -= 1
        elif t.tag_ == "HYPH" and lo - 2 >= 0 and _is_name_tok(doc[lo - 2]):
            lo -= 1
        elif t.lower_ in _NAME_LINKS and t.dep_ == "prep" and lo - 2 >= 0 and _is_name_tok(doc[lo - 2]) \
                and t.head.i == lo - 2 and doc[lo - 2].text[:1].isupper() and doc[lo].text[:1].isupper():
            lo -= 2
        else:
            break
    while hi + 1 < len(doc):
        t = doc[hi + 1]
        if t.tag_ == "HYPH" and hi + 2 < len(doc) and _is_name_tok(doc[hi + 2]) and doc[hi + 2].head.i <= hi + 2:
            hi += 1
        elif _is_name_tok(t) and t.dep_ in ("compound", "flat", "appos") and lo <= t.head.i <= hi + 1:
            hi += 1
        elif t.lower_ in _NAME_LINKS and t.dep_ == "prep" and t.head.i == hi and doc[hi].text[:1].isupper():
            objs = [o for o in t.children if o.dep_ == "pobj" and _is_name_tok(o) and o.text[:1].isupper()]
            if not objs or any(not (_is_name_tok(x) or x.tag_ == "HYPH") for x in doc[hi + 2:objs[0].i + 1]):
                break
            hi = objs[0].i
        else:
            break
    return list(doc[lo:hi + 1])


def _split_title(run: list[Token]) -> tuple[list[Token], list[Token]]:
    """Split "South Korean President Yoon Suk Yeol" into title part and name."""
    cut = 0
    for i, t in enumerate(run[:-1]):
        if _base_normalise(t.text) in TITLE_WORDS:
            cut = i + 1
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


class _Resolver:
    """Builds speaker mentions from parse heads and resolves them in the report."""

    def __init__(self, doc: Doc, text: str, spans: list[tuple[int, int]]) -> None:
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
        if conj:
            parts = [m for m in (self._single(t) for t in [h, *conj]) if m is not None]
            # "CEO and co-founder Andrew Feldman" coordinates titles, not speakers.
            if len(parts) >= 2 and not any(set(p.key.split()) <= TITLE_WORDS for p in parts):
                return _Mention(" and ".join(p.key for p in parts), " and ".join(p.surface for p in parts),
                                parts[0].start, parts[-1].end, "group")
        return self._single(h)

    def _single(self, h: Token) -> _Mention | None:
        if _is_name_tok(h):
            return self._name(h)
        lemma = h.lemma_.lower()
        appos = [c for c in h.children if c.dep_ == "appos" and _is_name_tok(c)]
        if appos:
            m = self._name(appos[0])
            if m.kind == "person":
                self.mem.add_person(m.key, m.surface, {lemma}, "")
            return m
        if lemma in MOUTHPIECE_NOUNS:
            body = self._body_of(h)
            if body is not None:
                return body
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
        resolved = self._describe(phrase, lemma, surface) if definite else None
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
        run = _name_run(h)
        if len(run) > 1 and run[0].lower_ == "the":
            run = run[1:]
        title, name = _split_title(run)
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
        if words & ORG_WORDS or (ents & {"ORG", "FAC"} and not title):
            return _Mention(self._org_key(surface), surface, start, end, "org")
        if ents & {"GPE", "NORP", "LOC"} and not title:
            return _Mention(self._org_key(surface), surface, start, end, "place")
        return _Mention(key, surface, start, end, "person")

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
        for name, key in reversed(self.mem.orgs):
            if head_n in name.split() and head_n in ORG_WORDS:
                return key, surface, "org"
        if head_n in GENERIC_ORG_HEADS and self.mem.orgs:
            return self.mem.orgs[-1][1], surface, "org"
        return None

    def _pronoun(self, h: Token) -> _Mention:
        word = h.lower_
        start, end = h.idx, h.idx + len(h)
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
            for sent in reversed(self.mem.subjects[-2:]):
                for m in sent:
                    if m.subject and m.kind in ("org", "place", "desc", "group", "outlet"):
                        return _Mention(m.key, m.surface, start, end, m.kind)
        return _Mention("", h.text, start, end, "pronoun")

    # -- what a sentence teaches about the report -------------------------
    def register(self, sent: Span) -> None:
        """Remember the people, bodies, outlets and aliases a sentence names."""
        mem = self.mem
        seen: list[_Mention] = []
        covered: set[int] = set()
        for t in sent:
            if t.i in covered:
                continue
            if self._ends_run(t) and not _in_quote(t, self.spans):
                run = _name_run(t)
                covered.update(x.i for x in run)
                title, name = _split_title(run)
                if not name or (len(name) == 1 and _base_normalise(name[0].text) in TITLE_WORDS):
                    continue
                m = self._name(name[-1])
                roles = {w for tt in title for w in [_base_normalise(tt.text)] if w}
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
                m.subject = t.dep_ in ("nsubj", "nsubjpass")
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
                found.append(cue)
        frame = self._transcript(sent) or self._signoff(sent)
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
                        return _Cue(t, "according to", m, _depth(t), sourcing=True)
            return None
        if lower in ("citing", "quoting") and t.head.i != t.i and t.head.lemma_.lower() in CUE_VERBS:
            objs = [o for o in t.children if o.dep_ == "dobj"]
            m = self.mention(objs[0]) if objs else None
            return _Cue(t, lower, m, _depth(t), sourcing=True) if m is not None else None
        if t.pos_ not in ("VERB", "AUX") and not _verb_as_noun(t):
            return None
        if t.dep_ in ("amod", "compound"):
            return None
        if lemma in NEEDS_COMPLEMENT:
            parts = [c for c in t.children if c.lower_ in NEEDS_COMPLEMENT[lemma] and c.dep_ in ("prep", "prt")]
            if parts:
                cue_text = f"{t.text} {parts[0].text}"
            elif lemma == "call" and any(c.dep_ == "oprd" for c in t.children):
                cue_text = t.text  # "called the report inaccurate": a judgement
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
            if subj is None and _purpose_infinitive(t):
                # "took to Twitter to accuse", "used blunt language to denounce": the
                # subject's act, but framed as a purpose, not reported as done.
                subj, statement = _subject(t.head, self.spans), False
            if subj is None:
                subj = _fronted_subject(t, sent) or self._trailing_np(t, sent)
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
                if objs:
                    return self.mention(objs[0])
        return None

    def _frames_quote(self, v: Token, sent: Span) -> bool:
        """True when the verb frames a quote: '"...," she said', 'he said: "..."'."""
        return bool(self._framed_quotes(v, sent))

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


def _verb_lemma(t: Token) -> str:
    """The token's lemma, or a cue verb its inflected form plainly comes from ("hopes" lemmatised "hop")."""
    lemma = t.lemma_.lower()
    if lemma in CUE_VERBS or lemma in NEEDS_COMPLEMENT or lemma in ATTITUDE_VERBS:
        return lemma
    w = t.lower_
    for cand in (w[:-1], w[:-2], w[:-1] if w.endswith("d") else "", w[:-3] + "e", w[:-3]):
        if len(cand) > 2 and (cand in CUE_VERBS or cand in ATTITUDE_VERBS) and w.endswith(("s", "d", "ing")):
            return cand
    return lemma


def _antecedent(rel: Token) -> Token | None:
    """The noun a relative pronoun stands for: its clause's head, else the noun before it."""
    if rel.head.dep_ == "relcl" and rel.head.head.pos_ in ("NOUN", "PROPN"):
        return rel.head.head
    i = rel.i - 1
    while i >= 0 and rel.doc[i].is_punct:
        i -= 1
    return rel.doc[i] if i >= 0 and rel.doc[i].pos_ in ("NOUN", "PROPN") else None


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


def _subject(v: Token, spans: list[tuple[int, int]]) -> Token | None:
    """The subject of a cue verb, through coordination, participles and relative clauses.

    Subjects inside quotes belong to the quoted speech, not to the frame.
    """
    for _ in range(4):
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "csubj") and not _in_quote(c, spans)]
        if subjects:
            # "reasons that Trump refuses": a relative pronoun beside a real subject is the object.
            return next((c for c in subjects if c.lower_ not in RELATIVES), subjects[0])
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


def _choose(cues: list[_Cue]) -> tuple[_Cue, str] | None:
    """Pick the sentence's speaker cue and the conduit relaying it."""
    if not cues:
        return None
    main_pool = [c for c in cues if not c.sourcing] or cues
    main = min(main_pool, key=lambda c: (c.depth, c.token.i))
    conduit = main.conduit
    if main.mention.kind == "outlet":
        inner = [c for c in cues if c is not main and c.mention.kind != "outlet" and c.mention.key
                 and (c.sourcing or _clausal_descendant(c.token, main.token))]
        if inner:
            best = min(inner, key=lambda c: (c.depth, c.token.i))
            return best, best.conduit or main.mention.surface
    outer = [c for c in cues if c.sourcing and c is not main and c.token.head.i == main.token.i]
    for c in outer:
        if c.mention.kind == "outlet" or (main.token.lemma_.lower() in SPEECH_VERBS and main.mention.kind == "person"):
            # "the coast guard said X, according to Kyodo"; "Yoon said X, according to his office".
            conduit = conduit or c.mention.surface
        elif c.mention.key:
            # "According to the WHO, 12 countries have reported cases": the WHO asserts it all.
            return c, conduit
    return main, conduit


def _clausal_descendant(t: Token, ancestor: Token) -> bool:
    """True when ``t`` sits in the content clause of ``ancestor`` (not in a noun's relative clause)."""
    while t.i != ancestor.i:
        if t.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "parataxis", "pcomp", "prep") or t.head.i == t.i:
            return False
        t = t.head
    return True


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


def _analyse(doc: Doc) -> tuple[list[Attribution | None], list[list[AttributionTriple]]]:
    """One pass over the report: the chosen statement per sentence, and every cue's triple."""
    text = doc.text
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
            m = c.mention
            a = Attribution(speaker=m.key, speaker_surface=m.surface, cue=c.cue, start=m.start, end=m.end,
                            conduit=conduit, quote=quote if c.statement else "")
            row.append(AttributionTriple(si, a, res.content(c, sent), c.statement))
        triples.append(row)
        if chosen is None:
            out.append(None)
            continue
        m = chosen[0].mention
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
        if out[i] is None and prev is not None and _quoted_share(text, sents[i], spans) > 0.6:
            out[i] = _inherit(prev, _sentence_quote(text, sents[i], spans))
