"""Attribution: who asserts each sentence's content.

Rules over the spaCy parse, no extra model. For every sentence the stage
looks for a cue (a reporting or belief verb, "according to", "was quoted as
saying", a transcript "NAME:" or a "-- Name" sign-off), takes the cue's
subject as the speaker mention and resolves it within the report: titles are
dropped, surnames and role descriptions ("the president") are tied to the
full name seen earlier, pronouns to the latest compatible speaker or subject,
and organisation descriptions to one key through a small alias table plus
aliases the report itself defines ("the National Intelligence Service (NIS)",
"X, the spy agency,"). A direct quote that spans several sentences gives all
of them the speaker of its frame ('"A. B," she said.'), and a bare quote
sentence after an attributed one continues it. News outlets that relay a
statement ("Yonhap reported that Yoon said") are kept as the conduit, never
as the speaker, unless no one else is named.

``Attribution.speaker`` is ``""`` when the mention could not be resolved (an
unresolved pronoun): such a speaker must not be compared.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

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
    charge boast brag counter insist lament concur object protest speculate
    shout tell inform assure reiterate repeat affirm testify describe show find
    """.split()
)
# Belief and expectation verbs: the subject holds the content to be true.
BELIEF_VERBS = frozenset("believe expect think fear suspect doubt hope worry feel".split())
CUE_VERBS = REPORTING_VERBS | BELIEF_VERBS
# Cues that need a particle or a complement to be reporting ("called for").
NEEDS_COMPLEMENT = {"call": ("for",), "point": ("out",), "speak": ("of", "about")}
# Evidential cues only count with a clause ("polls show that ..."), not an object.
CLAUSE_ONLY = frozenset("show find project describe feel post charge repeat".split())
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
# Head nouns that mark a news outlet ("the Yonhap news agency").
CONDUIT_NOUNS = frozenset(
    "newspaper broadcaster daily tabloid weekly magazine television tv radio "
    "outlet wire network channel website".split()
)
KNOWN_OUTLETS = frozenset(
    """yonhap kyodo reuters associated press ap afp agence france presse bbc cnn
    al jazeera interfax tass ria novosti xinhua kcna nhk bloomberg guardian
    new york times washington post wall street journal financial times fox news
    nbc abc cbs msnbc npr politico axios usa today anadolu dpa efe ansa pti
    sky news itv france 24 deutsche welle dw haaretz times of israel le monde
    der spiegel nikkei korea herald korea times chosun ilbo joongang ilbo
    yomiuri asahi straits times south china morning post the hill breitbart
    huffington post huffpost new york post los angeles times the times
    daily telegraph telegraph independent economist time newsweek""".split("\n")
)
# Words that open a title before a name; everything up to the last one goes.
TITLE_WORDS = frozenset(
    """president vice prime minister secretary general sec gen lt lieutenant col
    colonel maj major capt captain sgt sergeant cpl corporal adm admiral cmdr
    commander dr mr mrs ms miss mx sir dame lord lady prof professor sheriff gov
    governor sen senator rep representative mayor judge justice chief king queen
    prince princess pope rev reverend chancellor ambassador commissioner director
    chairman chairwoman chair ceo spokesman spokeswoman spokesperson leader
    deputy envoy premier attorney officer inspector superintendent detective
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
_OUTLET_KEYS = frozenset(_base_normalise(o) for line in KNOWN_OUTLETS for o in [line] if o.strip())
_OUTLET_KEYS = frozenset(
    _base_normalise(part)
    for part in re.split(r"\s{2,}|\n", " ".join(KNOWN_OUTLETS))
    if part.strip()
) | frozenset(
    _base_normalise(w) for w in """yonhap kyodo reuters bbc cnn interfax tass xinhua kcna nhk
    bloomberg guardian msnbc npr politico axios anadolu dpa efe ansa pti nikkei breitbart
    huffpost newsweek""".split()
) | frozenset(
    _base_normalise(p) for p in ("associated press", "agence france presse", "al jazeera",
                                 "ria novosti", "new york times", "washington post",
                                 "wall street journal", "financial times", "fox news",
                                 "usa today", "sky news", "deutsche welle", "times of israel",
                                 "korea herald", "korea times", "south china morning post",
                                 "huffington post", "new york post", "los angeles times",
                                 "daily telegraph", "the times", "abc news", "cbs news",
                                 "nbc news", "france 24", "le monde", "der spiegel", "afp", "ap")
)


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
    m = re.match(r"^(?:the )?[\w .-]+?'s (.+)$", _strip_accents(name).replace("\u2019", "'"))
    if m and (m.group(1)[:1].isupper() or _base_normalise(m.group(1)) in _ALIAS_KEYS):
        inner = normalise_speaker(m.group(1))
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
    if cut and rest and not any(t in ORG_WORDS for t in rest):
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
    is a generic noun ("ministry" vs "health ministry" do not match).
    """
    na, nb = normalise_speaker(a), normalise_speaker(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    ta, tb = na.split(), nb.split()
    if len(ta) > len(tb):
        ta, tb = tb, ta
    if len(ta) == 1 and len(tb) <= 4 and ta[0] not in GENERIC_WORDS and "and" not in tb:
        return ta[0] in (tb[0], tb[-1]) and not any(t in ORG_WORDS for t in tb)
    return False


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
    kind: str  # person, org, outlet, desc, pronoun
    tokens: tuple[int, ...] = ()


@dataclass
class _Cue:
    token: Token
    cue: str
    mention: _Mention
    depth: int
    sourcing: bool = False  # "citing X", "according to X": a source of the main clause
    conduit: str = ""


class _Memory:
    """What the report has said so far about people, bodies and outlets."""

    def __init__(self) -> None:
        self.persons: list[_Person] = []
        self.orgs: list[str] = []  # keys, most recent last
        self.aliases: dict[str, str] = {}  # normalised alias -> key
        self.outlets: set[str] = set()
        self.last_outlet = ""
        self.subjects: list[list[_Mention]] = []  # per sentence, subject mentions

    def person(self, key: str) -> _Person | None:
        toks = key.split()
        for p in reversed(self.persons):
            if p.key == key:
                return p
        if len(toks) == 1:
            for p in reversed(self.persons):
                pt = p.key.split()
                if len(pt) > 1 and toks[0] in (pt[0], pt[-1]):
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

    def add_org(self, key: str) -> None:
        if key in self.orgs:
            self.orgs.remove(key)
        self.orgs.append(key)
        toks = key.split()
        if len(toks) >= 2:
            initials = "".join(t[0] for t in toks if t not in ("of", "the", "for", "and", "on", "de"))
            if len(initials) >= 2:
                self.aliases.setdefault(initials, key)


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
