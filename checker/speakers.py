"""Speaker names: the comparison key of a name or description, and the word lists behind it.

Plain strings in, plain strings out, no parse: ``normalise_speaker`` turns
"President Yoon Suk-yeol", "South Korea's spy agency" or "officials" into the
key that attribution records carry and that later stages compare;
``same_speaker`` matches a surname against a full name; ``is_outlet`` tells a
news outlet (which relays) from a speaker (who asserts). The word lists here
(titles, organisation heads, outlets, aliases) are shared with the mention
resolver in ``checker.mentions`` and with the aligner.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from checker.lexicon import CLOCK_ZONES

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
# ("Me" and "Mtre" are Maître, a Quebec or French lawyer's title: "Me Castonguay";
# "Engineer Hernán Cárdenas", "Engr." and "Ing." are a title in much of the world;
# "Kombes", "AKBP", "Kompol", "Brigjen", "Irjen" and "Komjen" are Indonesian police ranks.)
TITLE_WORDS = frozenset(
    """president vice prime minister secretary general sec gen lt lieutenant col
    colonel maj major capt captain sgt sergeant cpl corporal adm admiral cmdr cdr cdre commodore
    commander dr mr mrs ms miss mx sir dame lord lady prof professor sheriff gov
    governor sen senator rep representative mayor judge justice chief king queen
    prince princess pope rev reverend chancellor ambassador commissioner director
    chairman chairwoman chair ceo spokesman spokeswoman spokesperson leader
    deputy envoy premier attorney officer executive manager founder cofounder inspector superintendent detective
    del delegate congressman congresswoman councillor councilman councilwoman
    mp speaker sheikh emir chairperson coach collector commandant magistrate prefect
    marshal constable warden registrar ombudsman treasurer bishop archbishop
    sardar shri sri smt shrimati dsp asp csp acp dcp aig igp md me mtre
    delegado delegada comisario comisaria rc engineer engr eng ing
    kombes akbp kompol brigjen irjen komjen""".split()
)
#: Words of an office's portfolio after "for" or "of" ("Minister for Health
#: Padraig O Suilleabhain", "Secretary of State for Foreign Affairs"): part of
#: the title, not of the holder's name.
PORTFOLIO_WORDS = frozenset(
    """health finance education justice defence defense foreign affairs home interior transport agriculture
    environment energy labour labor trade industry economy housing culture tourism sport sports employment
    enterprise social welfare security immigration science technology communications infrastructure public
    works fisheries food water mines mining petroleum children family families women youth equality digital
    climate rural development local government regional planning treasury commerce investment budget
    revenue lands forests forestry marine resources veterans disability innovation research skills
    migration integration state""".split()
)
#: Lower-case particles inside Romance, Dutch and German names ("Associação
#: de Produtores de Cortiça do Alentejo", "Sûreté du Québec", "Pieter van
#: Dijk"): one list for name runs, acronyms and surnames alike.
NAME_PARTICLES = frozenset("de du des da do dos das del della di la le van von der den ter ten".split())
#: Nouns that describe only people: a name right after one ("Reefline Cruises
#: owner Brett Calloway") is a person, whatever label the tagger gave it.
PERSON_NOUNS = frozenset(
    """owner founder farmer fisherman resident economist analyst scientist researcher lawyer
    driver pilot skipper nurse doctor teacher student witness survivor mother father widow
    worker engineer activist campaigner historian expert lecturer trader broker strategist
    official aide adviser advisor""".split()
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
# Familiar forms of English given names, compared as the full name when a
# surname follows ("Mick Darragh" = "Michael Darragh"). Only forms that stand
# for one full name: "Chris" or "Alex" could be several, so they are left out.
NICKNAMES = {
    "mick": "michael", "mike": "michael", "mickey": "michael", "bill": "william", "billy": "william",
    "will": "william", "bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert",
    "jim": "james", "jimmy": "james", "jamie": "james", "tom": "thomas", "tommy": "thomas",
    "dick": "richard", "rick": "richard", "ricky": "richard", "ted": "edward", "eddie": "edward",
    "tony": "anthony", "dave": "david", "davy": "david", "dan": "daniel", "danny": "daniel",
    "joe": "joseph", "joey": "joseph", "ben": "benjamin", "steve": "stephen", "andy": "andrew",
    "drew": "andrew", "matt": "matthew", "nick": "nicholas", "greg": "gregory", "pete": "peter",
    "ken": "kenneth", "kenny": "kenneth", "larry": "lawrence", "fred": "frederick", "jeff": "jeffrey",
    "liz": "elizabeth", "beth": "elizabeth", "betty": "elizabeth", "kate": "katherine",
    "cathy": "catherine", "jenny": "jennifer", "jen": "jennifer", "sue": "susan", "peggy": "margaret",
    "maggie": "margaret", "meg": "margaret", "debbie": "deborah", "becky": "rebecca", "vicky": "victoria",
    "ray": "raymond", "ron": "ronald", "ronnie": "ronald", "don": "donald", "doug": "douglas",
    "jerry": "gerald", "walt": "walter", "phil": "philip", "tim": "timothy", "ed": "edward",
    "hank": "henry",
    "jon": "jonathan", "nate": "nathan", "russ": "russell", "stan": "stanley",
    "patty": "patricia", "trish": "patricia", "barb": "barbara", "sandy": "sandra", "cindy": "cynthia",
    "pam": "pamela", "abby": "abigail",
    # Dutch and Flemish familiar forms ("VCR chairman Kees Mulder" / "Cornelis Mulder").
    "kees": "cornelis", "wim": "willem", "henk": "hendrik", "piet": "pieter", "klaas": "nicolaas",
    "joop": "johannes", "guus": "gustaaf", "sjaak": "jacobus", "ruud": "rudolf",
}
# Familiar forms that stand for several full names ("Lou" for Louis, Luis or
# Lewis): one person only when the surname after them is the same.
SHARED_NICKNAMES = {
    "lou": frozenset({"louis", "luis", "lewis", "louise", "lucas"}),
    "chris": frozenset({"christopher", "christian", "christine", "christina", "christos"}),
    "alex": frozenset({"alexander", "alexandra", "alejandro", "alexis", "alexei", "aleksandr"}),
    "sam": frozenset({"samuel", "samantha"}), "pat": frozenset({"patrick", "patricia"}),
    "max": frozenset({"maximilian", "maxwell", "maxim"}), "nico": frozenset({"nicolas", "nicola", "nicolai"}),
    "vic": frozenset({"victor", "victoria"}), "gabi": frozenset({"gabriel", "gabriela", "gabriella"}),
    "toni": frozenset({"antonia", "antonio", "antonella"}), "manny": frozenset({"manuel", "emmanuel"}),
    "pepe": frozenset({"jose"}), "paco": frozenset({"francisco"}), "sasha": frozenset({"alexander", "aleksandr"}),
    "ernie": frozenset({"ernest", "ernesto"}),
    "terri": frozenset({"teresa", "theresa"}), "terry": frozenset({"terence", "terrence", "teresa", "theresa"}),
    "tess": frozenset({"teresa", "theresa"}),
    # The English forms of Gaelic names ("Rory Bain" / "Ruaridh Bain").
    "rory": frozenset({"ruaridh", "ruairidh", "ruairi", "ruaraidh", "roderick"}),
    "hamish": frozenset({"seumas", "james"}),
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


def _strip_accents(text: str) -> str:
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return plain.translate(_LETTERS)


#: Letters that do not decompose into a base letter and an accent, written as
#: English-language outlets write them ("Þorsteinsdóttir" -> "Thorsteinsdottir").
_LETTERS = str.maketrans({"ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae",
                          "ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "Đ": "D", "œ": "oe", "Œ": "Oe", "ı": "i"})


def _base_normalise(name: str) -> str:
    """Lower-case, ASCII, no punctuation or possessives; titles stay."""
    s = _strip_accents(name).lower().replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"\([^)]*\)", " ", s)
    s = re.sub(r"'s\b|(?<=s)'(?=\s|$)", "", s)
    s = re.sub(r"(?<=\w)\.(?=\w)", "", s)  # u.s. -> us
    s = re.sub(r"(?<=[a-z])'(?=[a-z])", "", s)  # "Ng'ang'a" is "Nganga" where the marks are left out
    s = re.sub(r"[^\w\s]", " ", s.replace("-", " "))
    # "Đorđević" is "Djordjevic" in one outlet and "Dordevic" in another.
    s = re.sub(r"\bdj|(?<=r)dj", "d", s)
    return " ".join(s.split())


_ALIAS_KEYS = {_base_normalise(k): _base_normalise(v) for k, v in ALIASES.items()}


#: Time zones a live entry's stamp gives before its text ("11:34 CET - Sepic says").
#: (Not zones that are also words or names: "Cat" and "West" may open a name.)
STAMP_ZONES = CLOCK_ZONES


@functools.lru_cache(maxsize=8192)
def normalise_speaker(name: str) -> str:
    """Return the comparison key of a speaker name or description.

    Lower-case ASCII, hyphens as spaces, possessives and leading articles and
    titles dropped ("President Yoon Suk-yeol" -> "yoon suk yeol"), middle
    initials dropped, known transliterations unified, a familiar given name
    made full ("Mick Darragh" -> "michael darragh"), plural role nouns made
    singular, and the alias table applied ("NIS" -> "national intelligence service").
    """
    if (m := _ACRONYM_TITLE.match(name)) and _base_normalise(m.group(1).lower()) not in _ALIAS_KEYS \
            and not any(t in ORG_WORDS or t in GENERIC_WORDS for t in _base_normalise(m.group(2).lower()).split()):
        name = m.group(2)  # "DPO Shahid Nawaz": a post's initials before the name, a title
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
    if len(tokens) >= 2 and tokens[0] in STAMP_ZONES:
        # "11:34 CET - Sepic says": the tagger may glue a live entry's zone to the name.
        tokens = tokens[1:]
    # "of Police Bello Maigari": a mention that lost its title ("Commissioner").
    titled = bool(tokens) and tokens[0] == "of"
    tokens = tokens[1:] if titled else tokens
    while tokens and tokens[0] in ("the", "a", "an"):
        tokens = tokens[1:]
    cut = 0
    for i, tok in enumerate(tokens[:-1]):
        if tok in TITLE_WORDS or (tok in ("of", "state") and 0 < i and cut == i):
            cut = i + 1
    rest = tokens[cut:]
    titled = titled or bool(cut)
    if titled and len(rest) >= 3 and rest[0] in ORG_WORDS \
            and not any(t in ORG_WORDS or t in TITLE_WORDS for t in rest[1:]):
        # "Commissioner of Police Bello Maigari": the body the title is of, then the name.
        rest = rest[1:]
    if titled and any(t not in TITLE_WORDS for t in rest) and not any(t in ORG_WORDS for t in rest):
        tokens = rest
    tokens = [_fold(TRANSLITERATIONS.get(t, t)) for t in tokens]
    if 2 <= len(tokens) <= 4 and tokens[0] in NICKNAMES and not any(t in ORG_WORDS or t in GENERIC_WORDS for t in tokens):
        tokens[0] = NICKNAMES[tokens[0]]
    if len(tokens) >= 3:
        # Middle initials go; the Irish "Ó" ("Declan Ó Súilleabháin") is part of the surname.
        tokens = [t for t in tokens if len(t) > 1 or t == "o"]
    if tokens:
        tokens[-1] = PLURALS.get(tokens[-1], tokens[-1])
    key = " ".join(tokens)
    return _ALIAS_KEYS.get(key, key)


def _fold(token: str) -> str:
    """"Oeyvind" and "Øyvind", "Mueller" and "Müller": the ASCII spellings of ø
    and ü, folded as the accents are (longer names only, so "Joe" stays "joe";
    not "aa" for å, which would make "Jamaal" "Jamal"; nor the Spanish "que"
    of "Enrique" and "Echenique")."""
    return re.sub(r"(?<![aeiouq])(?:oe|ue)(?![aeiou])", lambda m: m.group()[0], token) if len(token) >= 5 else token


def _fold_ae(key: str) -> str:
    """"braendli" and "brandli" (Brändli): ä spelled "ae"; "ijsselstein" and
    "ysselstein": the Dutch IJ written Y; "andriy" and "andrii": a Ukrainian or
    Russian ending transliterated two ways, as are "nataliia", "nataliya" and
    "natalia"; "chatzipetrou" and "hadjipetrou": the Greek prefix Χατζη-
    romanised as Chatzi-, Hatzi-, Hadji- or Xatzi-. Folded only to compare two
    keys, so a key never reads "michal" for Michael."""
    return " ".join(re.sub(r"(?<![aeiou])ae(?![aeiou])", "a",
                           re.sub(r"i(?:i|y)a$", "ia", re.sub(r"iy$", "ii", _GREEK_HADJI.sub(
                               "hadji", t.replace("ij", "y")))))
                    if len(t) >= 5 else t for t in key.split())


_GREEK_HADJI = re.compile(r"^(?:ch|kh|h|x)a(?:tz|dj|dz|j)i(?=\w{3})")


#: Initials of a post before a person's name ("DPO Shahid Nawaz", "SSP Anita Rao").
_ACRONYM_TITLE = re.compile(r"^([A-Z]{2,5})\s+(?!(?:Greater|North|South|East|West|New|Central)\b)"
                            r"([A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)+)$")


@functools.lru_cache(maxsize=1 << 16)
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
    na, nb = _fold_ae(na), _fold_ae(nb)
    if na == nb:
        return True
    ta, tb = na.split(), nb.split()
    if len(ta) > len(tb):
        ta, tb = tb, ta
    if len(ta) == 1 and ta[0] in NICKNAMES:
        # "Charlie" against "Charlie Kafoury", which compares as "charles kafoury".
        return _part_of_name(ta, tb) or _part_of_name([NICKNAMES[ta[0]]], tb)
    if len(ta) == len(tb) >= 2 and [_h_folded(t) for t in ta] == [_h_folded(t) for t in tb]:
        return True  # "Mohamed Said Abdalla" / "Mohammed Said Abdallah"
    if len(ta) == len(tb) >= 2 and [_vowels_folded(t) for t in ta] == [_vowels_folded(t) for t in tb]:
        return True  # "Kareem Shawki" / "Karim Shawky": long vowels and a final i romanised two ways
    if len(ta) == len(tb) >= 2 and ta[1:] == tb[1:] and len(ta[0]) >= 4 \
            and _SLAVIC_END.sub("", ta[0]) == _SLAVIC_END.sub("", tb[0]):
        return True  # "Dmitry Voronin" / "Dmitri Voronin": a Russian given name's ending romanised two ways
    if len(ta) == len(tb) >= 2 and ta[1:] == tb[1:] and len(ta[0]) >= 4 \
            and _YE_START.sub("", ta[0]) == _YE_START.sub("", tb[0]):
        return True  # "Yerlan Zhaksybekov" / "Erlan Zhaksybekov", "Yelena" / "Elena": a Cyrillic "Е" romanised two ways
    if len(ta) == len(tb) >= 2 and ta[:-1] == tb[:-1] and _NORDIC_QV.sub("kv", ta[-1]) == _NORDIC_QV.sub("kv", tb[-1]):
        return True  # "Jonas Lindqvist" / "Jonas Lindkvist" / "Lindquist": one Nordic surname spelled three ways
    if len(ta) == len(tb) >= 2 and ta[:-1] == tb[:-1] and _romanised_alike(ta[-1], tb[-1]):
        return True  # "Laxmi Prasad Upadhyaya" / "Laxmi Prasad Upadhyay": one surname romanised two ways
    if len(ta) == 2 and ta[0] in _EXPANDED_PARTICLES and _part_of_name([_EXPANDED_PARTICLES[ta[0]], ta[1]], tb):
        return True  # "Ben Slama" / "Rafik Ben Slama": a name's particle, not "Benjamin"
    if len(ta) == len(tb) >= 2 and ta[1:] == tb[1:] and len(ta[-1]) >= 4 and _one_letter_dropped(ta[0], tb[0]):
        return True  # "Boniface Wanyonyi" / "Bonface Wanyonyi": a given name spelled with a letter fewer
    if 2 <= len(ta) < len(tb) and tb[:len(ta)] == ta:
        return True  # "Faizal Rahman" / "Faizal Rahman Yusof": a name without the father's name after it
    return _part_of_name(ta, tb) or _short_given_names(ta, tb) or _transliterated(ta, tb) or _name_order(ta, tb) \
        or _shared_nickname(ta, tb) or _contracted_given_names(ta, tb) or _patronymic_first(ta, tb) \
        or _patronymic_first(tb, ta) or _joined_given_names(ta, tb) or _korean_romanised(ta, tb)


def _one_letter_dropped(a: str, b: str) -> bool:
    """Whether one given name of five letters or more is the other with one
    letter left out ("boniface" / "bonface"); not one letter changed ("maria" / "mario"),
    nor a doubled one made single ("jamaal" / "jamal")."""
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    # Not a doubled letter made single: "Jamaal" and "Jamal" are two names.
    return len(short) >= 5 and any(long_[:i] + long_[i + 1:] == short and long_[i] not in long_[max(0, i - 1):i]
                                   and long_[i] not in long_[i + 1:i + 2] for i in range(len(long_)))


#: Given names a nickname was expanded to that also open surnames as particles
#: ("Ben Slama", "Ben Ali"): the particle as written.
_EXPANDED_PARTICLES = {"benjamin": "ben"}

#: The spellings of a Nordic surname's "-kvist" ("Lindqvist", "Lindkvist", "Lindquist").
_NORDIC_QV = re.compile(r"(?<=[a-z])(?:qv|qu|kv)(?=ist)")

#: The endings a Russian given name takes in different romanisations ("Dmitry",
#: "Dmitri", "Dmitriy"; "Yuri", "Yury").
#: A given name's opening "Ye" or "E", one Cyrillic letter romanised two ways.
_YE_START = re.compile(r"^y(?=e)")
_SLAVIC_END = re.compile(r"(?:iy|y|i)$")


def _joined_given_names(a: list[str], b: list[str]) -> bool:
    """"Bhanwarlal Choudhary" and "Bhanwar Lal Chaudhary": an Indian given name
    written as one word or two, and the surname romanised two ways (the same
    consonants, at most two letters apart)."""
    if len(a) != 2 or len(b) != 3 or a[0] != b[0] + b[1] or len(b[0]) < 3:
        return False
    return a[1] == b[2] or _romanised_alike(a[1], b[2], shortest=5)


def _korean_romanised(a: list[str], b: list[str]) -> bool:
    """"Baek Seong-ho" and "Paik Sung-ho": one Korean name in the Revised
    Romanisation and in an older or family spelling. The surname must be one
    of a known set of spellings of one Korean surname ("Song" and "Sung" are
    two surnames, so they are kept apart), and each syllable of the given name
    the same once the spellings' differences are folded (p/b, t/d, k/g, ch/j
    at the start; eo, eu, oo and u; ae and ai; oe and oi)."""
    if len(a) != len(b) or len(a) != 3 or a == b:
        return False
    group = _KOREAN_SURNAMES.get(a[0])
    if group is None or group != _KOREAN_SURNAMES.get(b[0]):
        return False
    return all(len(x) <= 6 and len(y) <= 6 and _korean_syllable(x) == _korean_syllable(y)
               for x, y in zip(a[1:], b[1:]))


def _korean_syllable(syllable: str) -> str:
    s = re.sub(r"^ch", "j", syllable)
    s = {"p": "b", "t": "d", "k": "g"}.get(s[:1], s[:1]) + s[1:]
    s = s.replace("eo", "o").replace("eu", "u").replace("oo", "u").replace("ai", "ae").replace("oi", "oe")
    return s.replace("u", "o")


#: Spellings of one Korean surname, each set numbered: RR, McCune-Reischauer
#: and the spellings families chose ("Lee", "Yi" and "Rhee" are one name).
_KOREAN_SURNAMES = {name: n for n, names in enumerate((
    ("baek", "paik", "paek", "baik", "back"), ("park", "bak", "pak"), ("lee", "yi", "rhee", "rhie"),
    ("choi", "choe"), ("jung", "jeong", "chung", "cheong"), ("kim", "gim"), ("kang", "gang"),
    ("cho", "jo"), ("yoon", "yun"), ("jang", "chang"), ("lim", "im", "rim"), ("oh", "o"),
    ("seo", "suh"), ("shin", "sin"), ("kwon", "gwon"), ("ahn", "an"),
    ("jeon", "chun", "jun", "chon"), ("ko", "go"), ("moon", "mun"), ("son", "sohn"), ("bae", "pae"),
    ("heo", "hur", "huh"), ("noh", "roh", "no"), ("kwak", "gwak"), ("seong", "sung"), ("hwang",),
    ("han",), ("nam",), ("hong",), ("song",), ("yang",), ("ha",), ("ryu", "yu", "yoo"),
)) for name in names}


def _patronymic_first(a: list[str], b: list[str]) -> bool:
    """"Chuluuny Gantömör" and "Gantumur Chuluun": a Mongolian name, the
    father's name in the genitive first, and the same name given first with
    the father's name after it, romanised another way."""
    if len(a) != 2 or len(b) != 2:
        return False
    father, given = a
    stem = b[1]
    if not any(father == stem + ending for ending in _GENITIVE_ENDINGS):
        return False
    other = b[0]
    return given == other or len(given) >= 4 and len(other) >= 4 and given[0] == other[0] \
        and _skeleton(given) == _skeleton(other) and _edits(given, other) <= 2


#: Endings of the Mongolian genitive a father's name takes ("Chuluun" -> "Chuluuny").
_GENITIVE_ENDINGS = ("y", "yn", "iin", "ii", "in", "n")


def _contracted_given_names(a: list[str], b: list[str]) -> bool:
    """"Malou Ybañez" and "Maria Lourdes Ybañez": two given names run together
    into one, as Filipino and Spanish families do, with the same surname."""
    if len(a) != 2 or len(b) != 3 or a[1] != b[2] or len(a[0]) < 4:
        return False
    return any(b[0].startswith(a[0][:i]) and b[1].startswith(a[0][i:])
               for i in range(2, len(a[0]) - 1))


def _shared_nickname(a: list[str], b: list[str]) -> bool:
    """"Lou Ferreira" and "Luis Ferreira": a familiar form of the other's given
    name, and the same surname."""
    if len(a) != len(b) or len(a) < 2 or a[1:] != b[1:]:
        return False
    return a[0] in SHARED_NICKNAMES.get(b[0], ()) or b[0] in SHARED_NICKNAMES.get(a[0], ())


def _name_order(a: list[str], b: list[str]) -> bool:
    """One East Asian name in two orders: "choi dong wook" (Korean order) and
    "dong wook choi" (the given name first); "yeung chi wing" and "andrew
    yeung", the surname first with the Chinese given name, then after the
    English one. Two-part names are not turned round: "Ali Ahmed" and "Ahmed
    Ali" may be two people. ``a`` is the shorter."""
    if any(t in GENERIC_WORDS or t in TITLE_WORDS or t in ORG_WORDS for t in a + b):
        return False
    if len(a) == len(b) == 3:
        return b == a[1:] + a[:1] or a == b[1:] + b[:1]
    return len(a) == 2 and len(b) == 3 and a[1] == b[0] and a[0] not in b


def _transliterated(a: list[str], b: list[str]) -> bool:
    """One name romanised two ways: "abdirahman mohamed dahir" / "abdurahman
    mohammed daahir". Every part keeps its first letter and its consonants
    (vowels and doubled letters aside) and its last letter, and differs by
    at most two letters, and at least two parts differ; "mohamed" and
    "mahmoud", alike in consonants, are two names, and so are "maria" and
    "mario", and "jamaal charles" and "jamal charles"."""
    if len(a) != len(b) or not 2 <= len(a) <= 4:
        return False
    if any(t in GENERIC_WORDS or t in TITLE_WORDS or t in ORG_WORDS for t in a + b):
        return False
    # A romanisation varies through the whole name: one part spelled two ways
    # ("Jamaal Charles", "Jamal Charles") may be two people.
    # "Abdallah" and "Abdalla": an h at the end is a romanisation's too.
    return sum(x != y for x, y in zip(a, b)) >= 2 and all(
        x == y or len(x) >= 4 and len(y) >= 4 and _h_folded(x)[-1] == _h_folded(y)[-1]
        and _skeleton(_h_folded(x)) == _skeleton(_h_folded(y)) and _edits(x, y) <= 2 for x, y in zip(a, b))


def _romanised_alike(x: str, y: str, shortest: int = 6) -> bool:
    """Two spellings of one romanised surname: the same consonants in order,
    at most two letters apart ("upadhyaya" / "upadhyay", "pokharel" /
    "pokhrel"). Only behind the same given names, and never for names shorter
    than ``shortest`` letters, where one letter makes another name. "Anna Hansen" and "Anna
    Hanson" read as one person: one quote credited to both is likelier a
    misspelling than two speakers."""
    return min(len(x), len(y)) >= shortest and x[0] == y[0] and _skeleton(x) == _skeleton(y) and _edits(x, y) <= 2


def _skeleton(token: str) -> str:
    return token[0] + re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", token[1:]))


def _edits(a: str, b: str) -> int:
    """Levenshtein distance (names are short)."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def _short_given_names(a: list[str], b: list[str]) -> bool:
    """One person's given names shortened: "kr ghimire" / "keshav raj ghimire"
    (initials), "frans kewa tukan" / "fransiskus kewa tukan" and "tina ong
    bautista" / "celestina ong bautista" (short forms),
    "lukman siregar" / "lukman hakim siregar" (a middle name dropped).
    The surname must be the same and every given name must match."""
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1] or len(a) > 4 or len(b) > 4:
        return False
    if any(t in GENERIC_WORDS or t in TITLE_WORDS or t in ORG_WORDS for t in a + b):
        return False

    def letters(given: list[str]) -> list[str]:
        # "kr" (three letters or fewer, no vowel) is initials, one letter per name.
        out: list[str] = []
        for t in given:
            out.extend(t if len(t) <= 3 and not set(t) & set("aeiouy") else [t])
        return out

    ga, gb = letters(a[:-1]), letters(b[:-1])
    for given, other in ((a[:-1], gb), (b[:-1], ga)):
        # "ak sethi" / "anirudh kumar sethi": two letters against two given
        # names with those initials are initials, vowel or not ("Ali" is a name).
        if len(given) == 1 and len(given[0]) == 2 and len(other) == 2 \
                and all(len(o) > 1 for o in other) and all(o.startswith(c) for c, o in zip(given[0], other)):
            return True
    if ga == gb:
        return False
    if len(ga) != len(gb):
        # A middle name dropped: "lukman siregar" / "lukman hakim siregar".
        fewer, more = sorted((ga, gb), key=len)
        return len(fewer) == 1 and fewer[0] == more[0] and len(fewer[0]) > 1

    for x, y in zip(ga, gb):
        short, long = sorted((x, y), key=len)
        # "Tina" for "Celestina" keeps the end; "Anna" and "Joanna" are two names.
        # "Raj" for "Rajiv", "Dan" for "Daniel": three letters with a vowel are
        # a short form, not initials, of a name a few letters longer ("Ana" and
        # "Anabela" are two names).
        if not (x == y or len(short) == 1 and long.startswith(short) or len(short) >= 4 and long.startswith(short)
                or len(short) == 3 and len(long) - len(short) <= 3 and long.startswith(short)
                or len(short) >= 4 and len(long) - len(short) >= 3 and long.endswith(short)):
            return False
    return True


def _part_of_name(short: list[str], full: list[str]) -> bool:
    """A surname or a name's first or last part: "yoon" / "soto vargas" in a longer name."""
    if short and len(short) < len(full) and (link := next((w for w in ("bin", "ibn", "bint") if w in full[1:]), "")) \
            and full[:full.index(link)] == short and not any(t in GENERIC_WORDS or t in TITLE_WORDS for t in short):
        return True  # "Khalid" / "Khalid bin Mansour Al Saud": the given name before the patronymic
    if not short or len(short) >= len(full) or len(full) > 4 or "and" in full:
        return False
    if any(t in GENERIC_WORDS or t in TITLE_WORDS for t in short) or any(t in ORG_WORDS for t in full):
        return False
    if full[:len(short)] == short or full[-len(short):] == short:
        return True
    # "Phongsak" and "Pongsak Thammarat": a part romanised with or without an h.
    loose = [_h_folded(t) for t in short]
    return all(len(t) >= 5 for t in short) and (
        [_h_folded(t) for t in full[:len(short)]] == loose or [_h_folded(t) for t in full[-len(short):]] == loose)


def _h_folded(token: str) -> str:
    """A romanised name part without the h some romanisations add after a
    consonant or at the end ("phongsak" -> "pongsak", "abdallah" -> "abdalla",
    "bishwambhar" -> "biswambar")."""
    return re.sub(r"(?<=[aeiou])h$", "", re.sub(r"(?<=[bcdgkpst])h", "", token))


def _vowels_folded(token: str) -> str:
    """A romanised name part with its long i and u, doubled consonants, final
    y and q, and w and v, written one way ("kareem" -> "karim", "shawky" ->
    "shavki", "mohammed" -> "mohamed", "tareq" -> "tarek", "jeevan" and
    "jiwan" -> "jivan", and the Russian-style "dzh" of "dzhumabaev" as the
    "j" of "jumabaev"); "hassan" and "hussein", and "jamaal" and "jamal",
    stay apart."""
    folded = re.sub(r"ee", "i", re.sub(r"o[ou]", "u", token.replace("q", "k").replace("w", "v").replace("dzh", "j")))
    return re.sub(r"y$", "i", re.sub(r"([^aeiou])\1", r"\1", folded))


def is_outlet(name: str) -> bool:
    """True when a name or key is a news outlet, which relays rather than asserts."""
    key = normalise_speaker(name)
    toks = key.split()
    return key in _OUTLET_KEYS or bool(toks and (toks[-1] in CONDUIT_NOUNS or key.endswith(_OUTLET_ENDINGS))) \
        or len(toks) >= 2 and toks[-1] in _MASTHEAD_WORDS


#: How a newsroom's own name may end ("Transoceanic News Service", "Yonhap news agency").
_OUTLET_ENDINGS = ("news agency", "news service", "wire service", "press agency")
#: The last word of a paper's name after its place or title ("The Abuja
#: Ledger", "the Ibadan Herald", "the Daily Sentinel"): a masthead, not a person.
_MASTHEAD_WORDS = frozenset(
    "ledger herald gazette tribune chronicle sentinel inquirer telegraph bulletin clarion".split()
)


_OUTLET_KEYS = frozenset(normalise_speaker(o) for o in KNOWN_OUTLETS)
