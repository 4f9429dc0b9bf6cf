"""Scoring: the checker against answer keys and labelled pair sets.

Answer keys (``fixtures/answers/<event>.yaml``, format in fixtures/README.md)
name each planted conflict and trap by two sentence fragments; a conflict
"links" two fragments when one of its claims sits in a sentence of the first
report containing the first fragment, and another in the second.

Pair files are scored in two modes, each on its own rows: "event" runs each
pair as an event of two reports, exactly as ``checker check`` would; "pair"
also uses what a labelled pair says and an event does not, that its two texts
are about one subject (see :func:`pair_verdicts`).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml

from checker.align import compatible
from checker.config import Settings
from checker.conflicts import PairVerdict
from checker.derived import implied_conflicts, life_days, plural_stem
from checker.dates import moments_apart
from checker import lexicon as lx
from checker.errors import InputError
from checker.ingest import load_events
from checker.models import Embedder, default_cache_dir
from checker.pipeline import check_events
from checker.speakers import same_speaker
from checker.quantities import canonical
from checker.records import Claim, Conflict, EventResult, Report, Sentence
from checker.sentences import SpeakerLines


@dataclass(frozen=True)
class KeyItem:
    """A planted conflict or trap from an answer key."""

    kind: str
    reports: tuple[str, str]
    sentences: tuple[str, str]
    note: str


@dataclass(frozen=True)
class AnswerKey:
    """What a labelled event must and must not flag."""

    event: str
    conflicts: tuple[KeyItem, ...]
    traps: tuple[KeyItem, ...]


def read_key(path: Path) -> AnswerKey:
    """Parse one answer key file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: cannot read answer key ({exc})") from exc

    def items(rows: list[dict[str, Any]] | None, field: str) -> tuple[KeyItem, ...]:
        out = []
        for row in rows or []:
            reports, sentences = row["reports"], row["sentences"]
            out.append(KeyItem(str(row.get(field, "")), (reports[0], reports[1]), (sentences[0], sentences[1]), row.get("note", "")))
        return tuple(out)

    return AnswerKey(str(data["event"]), items(data.get("conflicts"), "kind"), items(data.get("traps"), "trap"))


def links(
    conflict: Conflict,
    item: KeyItem,
    sentences: dict[tuple[str, int], str],
    planted: frozenset[frozenset[tuple[str, int]]] = frozenset(),
    named: dict[str, str] | None = None,
) -> bool:
    """Whether ``conflict`` sets the two sentences an answer-key item names against each other.

    One claim must come from each sentence, and their values must disagree: a
    conflict listing both on the same side (two reports agreeing on 41,800
    and "about 42,000" against a third) does not flag the pair. Claim pairs
    from a sentence pair in ``planted`` are left out: a trap written into the
    very sentences of a planted conflict ("3,472 ..., and 1,508 spent more
    than 12 hours, 117 more than the week before") is not flagged by the card
    that sets the planted figures against each other.
    """
    sides = []
    for report, fragment in zip(item.reports, item.sentences):
        sides.append([c for c in conflict.claims if c.report == report and _holds(c, fragment, sentences, named)])
    return any(a is not b and disagree(a, b) and frozenset({(a.report, a.sentence), (b.report, b.sentence)}) not in planted
               for a in sides[0] for b in sides[1])


def links_elsewhere(conflict: Conflict, item: KeyItem, sentences: dict[tuple[str, int], str], claims: list[Claim],
                    named: dict[str, str] | None = None) -> bool:
    """Whether ``conflict`` sets one of the item's sentences against another report that says what the other does.

    The key names one pair of reports, but a wrong figure disagrees with
    every report that gives the right one, and a reader sees the planted
    error as well when the card sets it against the wire as against the
    press release the key names. A claim ``a`` of one key sentence must
    disagree with a claim ``b`` of the card from another report, and ``b``
    must agree with a claim of the key's other sentence that ``a`` disagrees
    with: ``b`` stands in for that sentence, value for value.
    """
    return bool(_elsewhere_pairs(conflict, item, sentences, claims, named))


def _elsewhere_pairs(conflict: Conflict, item: KeyItem, sentences: dict[tuple[str, int], str],
                     claims: list[Claim], named: dict[str, str] | None = None) -> frozenset[frozenset[tuple[str, int]]]:
    """The sentence pairs by which ``conflict`` sets one of the item's
    sentences against a report that says what the other does (see :func:`links_elsewhere`)."""
    where = [[c for c in claims if c.report == report and _holds(c, fragment, sentences, named)]
             for report, fragment in zip(item.reports, item.sentences)]
    out = set()
    for side, other in ((0, 1), (1, 0)):
        for a in conflict.claims:
            if not any(a is c for c in where[side]):
                continue
            for b in conflict.claims:
                if b.report == a.report or not disagree(a, b):
                    continue
                if any(k.kind == b.kind and disagree(a, k) and not disagree(b, k) for k in where[other]):
                    out.add(frozenset({(a.report, a.sentence), (b.report, b.sentence)}))
    return frozenset(out)


def _holds(claim: Claim, fragment: str, sentences: dict[tuple[str, int], str], named: dict[str, str] | None) -> bool:
    """Whether a key's fragment is in the claim's sentence, or, for a
    statement, in the sentence naming its speaker (``named``, by claim id),
    which the card shows beside it: a key may point at "Governor Ilze Vitola
    said at a briefing:" over the quoted words."""
    return fragment in sentences[(claim.report, claim.sentence)] \
        or claim.kind == "statement" and named is not None and claim.id in named and fragment in named[claim.id]


def _sentence_pairs(items: tuple[KeyItem, ...], sentences: dict[tuple[str, int], str]) -> frozenset[frozenset[tuple[str, int]]]:
    """The pairs of sentences the key's items name, as (report, index) pairs."""
    out = set()
    for item in items:
        where = [[k for k, text in sentences.items() if k[0] == report and fragment in text]
                 for report, fragment in zip(item.reports, item.sentences)]
        out |= {frozenset({x, y}) for x in where[0] for y in where[1]}
    return frozenset(out)


def disagree(a: Claim, b: Claim) -> bool:
    """Whether two claims' values cannot both hold (claims without values always may)."""
    if a.quantity is not None and b.quantity is not None:
        ua, la, ha = canonical(a.quantity)
        ub, lb, hb = canonical(b.quantity)
        return ua == ub and (ha < lb or hb < la)
    if a.date is not None and b.date is not None and a.date.earliest and b.date.earliest:
        first_a, last_a, first_b, last_b = a.date.earliest, a.date.latest, b.date.earliest, b.date.latest
        return last_a is not None and last_b is not None and (last_a < first_b or last_b < first_a) \
            or moments_apart(a.date, b.date) > 0
    if a.attribution is not None and b.attribution is not None and a.kind == b.kind == "statement":
        # The same speaker spelled two ways ("IJsselstein", "Ysselstein") is
        # one side of a card, as the report shows it.
        return not same_speaker(a.attribution.speaker, b.attribution.speaker)
    return True


def score_event(result: EventResult, key: AnswerKey) -> dict[str, Any]:
    """Planted conflicts found, traps flagged and unplanned flags of one event."""
    sentences = {(s.report, s.index): s.text for s in result.sentences}
    flagged = [c for c in result.conflicts if c.status == "open"]
    lines = SpeakerLines(result.sentences)
    named = {c.id: s.text for c in result.claims if c.kind == "statement"
             and (s := lines.of(c)) is not None}
    found = [item for item in key.conflicts
             if any(c.kind == item.kind and links(c, item, sentences, named=named) for c in flagged)]
    # Each card's pairs that set a planted sentence against a stand-in for the other, once.
    stand_ins = {(i, j): _elsewhere_pairs(c, item, sentences, result.claims, named)
                 for i, c in enumerate(flagged) for j, item in enumerate(key.conflicts)}
    elsewhere = [item for j, item in enumerate(key.conflicts) if item in found or any(
        c.kind == item.kind and stand_ins[(i, j)] for i, c in enumerate(flagged))]
    # The planted error set against a third report that gives the right
    # value is the planted conflict too, whatever trap those two sentences
    # also hold ("diverting 31 incoming flights" against "forced 13 inbound
    # flights to divert", in the sentences of a trap about the closure's hours).
    planted = _sentence_pairs(key.conflicts, sentences) | frozenset(
        pair for i, c in enumerate(flagged) for j, item in enumerate(key.conflicts) if c.kind == item.kind
        for pair in stand_ins[(i, j)])
    traps = [item for item in key.traps if any(links(c, item, sentences, planted, named) for c in flagged)]
    explained = [c for i, c in enumerate(flagged)
                 if any(links(c, item, sentences, named=named) or stand_ins[(i, j)] for j, item in enumerate(key.conflicts))]
    return {
        "event": result.event,
        "planted": len(key.conflicts),
        "found": len(found),
        "found_any": len(elsewhere),
        "traps": len(key.traps),
        "traps_flagged": len(traps),
        "flags": len(flagged),
        "unplanned_flags": len(flagged) - len(explained),
        "missed": [f"{i.kind}: {i.sentences[0]!r} / {i.sentences[1]!r}" for i in key.conflicts if i not in found],
        "trap_hits": [f"{i.kind}: {i.sentences[0]!r} / {i.sentences[1]!r}" for i in traps],
    }


def evaluate_events(folder: Path, settings: Settings, embedder: Embedder) -> pd.DataFrame:
    """Score every event in ``folder`` that has a key in the sibling ``answers`` folder."""
    answers = folder.parent / "answers"
    ingested = load_events([folder], settings)
    keyed = [(name, reports) for name, reports in ingested.events if (answers / f"{name}.yaml").is_file()]
    if not keyed:
        raise InputError(f"{folder}: no event has an answer key in {answers}; see fixtures/README.md")
    results = check_events(keyed, settings, embedder)
    rows = [score_event(r, read_key(answers / f"{r.event}.yaml")) for r in results]
    frame = pd.DataFrame(rows)
    total = {
        "event": "TOTAL",
        "planted": frame["planted"].sum(),
        "found": frame["found"].sum(),
        "found_any": frame["found_any"].sum(),
        "traps": frame["traps"].sum(),
        "traps_flagged": frame["traps_flagged"].sum(),
        "flags": frame["flags"].sum(),
        "unplanned_flags": frame["unplanned_flags"].sum(),
        "missed": [m for ms in frame["missed"] for m in ms],
        "trap_hits": [m for ms in frame["trap_hits"] for m in ms],
    }
    frame = pd.concat([frame, pd.DataFrame([total])], ignore_index=True)
    frame.insert(3, "recall", (frame["found"] / frame["planted"].where(frame["planted"] > 0)).round(3))
    frame.insert(5, "recall_any", (frame["found_any"] / frame["planted"].where(frame["planted"] > 0)).round(3))
    return frame


def read_pairs(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Rows of a labelled pair file (JSONL with a, b, label, kind)."""
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                rows.append({"id": str(row.get("id", n)), "a": row["a"], "b": row["b"], "label": row["label"], "kind": row.get("kind", "other")})
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise InputError(f"{path}, line {n}: not a pair row with a, b and label ({exc})") from exc
            if limit and len(rows) >= limit:
                break
    return rows


def evaluate_pairs(path: Path, settings: Settings, embedder: Embedder, limit: int | None = None) -> pd.DataFrame:
    """Conflict recall and false-alarm rate per kind on a labelled pair file, in both modes.

    Each pair becomes an event of two reports with no publication date.
    In "event" mode the pair is predicted "conflict" when the checker, run
    as on any event, raises an open cross-report conflict. In "pair" mode it
    is also predicted "conflict" when :func:`pair_verdicts` finds one (see
    there for what the pair itself is taken to vouch for), or when a figure
    of the claim contradicts what the evidence implies
    (:func:`checker.derived.implied_conflicts`).
    """
    from checker.align import embedding_text

    rows = read_pairs(path, limit)
    events = [
        (row["id"], [Report(id="a", event=row["id"], text=row["a"]), Report(id="b", event=row["id"], text=row["b"])])
        for row in rows
    ]
    results = check_events(events, settings, embedder)
    texts = [embedding_text(c) for r in results for c in r.claims if c.kind in _PAIR_KINDS]
    vectors = dict(zip(texts, embedder.encode(texts))) if texts else {}
    frames = []
    for mode in ("event", "pair"):
        for row, result in zip(rows, results):
            flagged = any(c.status == "open" and c.scope == "cross-report" for c in result.conflicts)
            if mode == "pair" and not flagged:
                flagged = bool(pair_verdicts(result, vectors, settings) or implied_conflicts(result))
            row["flagged"] = flagged
        frames.append(pair_table(pd.DataFrame(rows)).assign(mode=mode))
    out = pd.concat(frames, ignore_index=True)
    return out[["mode", *[c for c in out.columns if c != "mode"]]]


#: Claim kinds pair mode compares (statements keep the event rules).
_PAIR_KINDS = ("quantity", "date")


def pair_floor(claim: Claim, settings: Settings) -> float:
    """The similarity a claim of a labelled pair needs with its counterpart.

    One step below the threshold an open event uses for the same bucket:
    a count of a named thing takes the structural floor
    (``align_similarity_strong``) instead of ``align_similarity``; amounts
    known only by their unit, and dates, take ``align_similarity`` instead of
    ``align_similarity_unit`` and ``date_similarity``.
    """
    if claim.quantity is not None and claim.quantity.counted:
        return settings.align_similarity_strong
    return settings.align_similarity


def pair_verdicts(result: EventResult, vectors: dict[str, np.ndarray], settings: Settings) -> list[PairVerdict]:
    """Disagreements between the two texts of a labelled pair, read as a claim and its evidence.

    A labelled pair says that its two texts are about one subject, which an
    open event cannot assume: reports of one event date many happenings and
    count many things. So each figure or date of the claim (report "b") is
    set against its best-matching claims of the evidence (report "a") in the
    same bucket, among those :func:`pair_compatible` allows, when the match
    is mutual and

    * the clauses reach :func:`pair_floor`, or the structure itself says
      they report one event (:func:`checker.align.strong_match`); or
    * each is the only candidate of the other, and both hang on a verb: the
      one figure of a kind in each text, both said of something, is the
      subject's figure ("The quartet have released seven studio albums" /
      "The Lantern Keepers have fewer than 6 albums"). A bare year beside a name ("a 2011
      film") may date anything, so it takes the first way only.

    Claims of one clause are equally good matches by their embeddings
    ("grossed $48.2 million in Canada and the United States ... for a
    worldwide total of $87.7 million"); the one whose own words match the claim's ("worldwide") is
    taken when there is one (:func:`_value_words`), and otherwise the claim
    is contradicted only if it disagrees with all of them. A negated date
    ("did not live beyond 2002") says what is not so, and is never compared.
    ``vectors`` maps each claim's embedding text to its normalised vector.
    """
    from checker.align import bucket_of, embedding_text, strong_match
    from checker.conflicts import judge_pairs

    claims = result.claims
    sentences = {(s.report, s.index): s for s in result.sentences}
    keyed = [
        (i, bucket_of(c))
        for i, c in enumerate(claims)
        if c.kind in _PAIR_KINDS and not (c.kind == "date" and c.frame.negated)
    ]
    side = {r: [(i, k) for i, k in keyed if k and claims[i].report == r] for r in ("a", "b")}
    # The two days of a lifespan ("(2 May 1851 – 11 June 1907)") date a birth
    # and a death, not the deeds between them (see checker.derived).
    life = {i for i in life_days(claims, sentences, "a") if i is not None}
    sims: dict[tuple[int, int], float] = {}
    for x, kx in side["a"]:
        for y, ky in side["b"]:
            if kx != ky and not _one_thing_named_twice(claims[x], claims[y], kx, ky):
                continue
            if x in life and claims[y].predicate not in _LIFE_VERBS:
                continue
            if pair_compatible(claims[x], _counting_as(claims[y], claims[x])):
                vx, vy = vectors[embedding_text(claims[x])], vectors[embedding_text(claims[y])]
                sims[(x, y)] = round(float(vx @ vy), 6)
    best_of_y: dict[int, float] = {}
    best_of_x: dict[int, float] = {}
    for (x, y), sim in sims.items():
        best_of_y[y] = max(best_of_y.get(y, -2.0), sim)
        best_of_x[x] = max(best_of_x.get(x, -2.0), sim)
    groups: dict[int, list[tuple[int, int, float]]] = {}
    named: set[int] = set()  # claims whose own words pick one of a clause's values
    for (x, y), sim in sims.items():
        if sim == best_of_y[y]:
            groups.setdefault(y, []).append((x, y, sim))
    for y, group in groups.items():
        if len(group) > 1:
            words = _value_words(claims[y], sentences)
            # The words before the first of the listed values qualify them all
            # ("she has sold 8.4 million albums in the United States and over
            # 52 million albums worldwide"), though only the first reaches them.
            before = _words_before([claims[x] for x, _, _ in group], sentences)
            shared = [len((_value_words(claims[x], sentences) & words)
                          - (_lead_words(claims[x], sentences) & _lead_words(claims[y], sentences))
                          - before)
                      for x, _, _ in group]
            if max(shared) > 0 and shared.count(max(shared)) == 1:
                groups[y] = [group[shared.index(max(shared))]]
                named.add(y)
    candidates_of_x = Counter(x for x, _ in sims)
    candidates_of_y = Counter(y for _, y in sims)

    def only_figures(group: list[tuple[int, int, float]]) -> bool:
        x, y, _ = group[0]
        return len(group) == candidates_of_y[y] == candidates_of_x[x] == 1 \
            and bool(claims[x].predicate) and bool(claims[y].predicate)

    aligned = [
        group
        for y, group in groups.items()
        if any(sim == best_of_x[x] for x, _, sim in group)
        and (group[0][2] >= pair_floor(claims[y], settings) or only_figures(group) or y in named
             or any(strong_match(claims[x], claims[y]) for x, _, _ in group))
    ]
    if not aligned:
        return []
    pairs = pd.DataFrame([(x, y, sim) for group in aligned for x, y, sim in group], columns=["a", "b", "similarity"])
    reports = {r.id: r for r in result.reports}
    # A count at two stated times may be one count grown; a claim that gives
    # no time restates its evidence's, whose count it then contradicts.
    judgements = judge_pairs(claims, pairs, reports, sentences, settings)
    verdicts = [v for v in judgements if not v.update or _timed(claims[v.a]) != _timed(claims[v.b])]
    judged = {(v.a, v.b) for v in judgements}
    verdicts += [PairVerdict(int(x), int(y), float(sim), 0.0, False)
                 for x, y, sim in pairs.itertuples(index=False)
                 if (x, y) not in judged and _strictly_apart(claims[x], claims[y])]
    against = {y: sum(1 for v in verdicts if v.b == y) for y in groups}
    return [v for v in verdicts if against[v.b] == len(groups[v.b])]


#: Verbs a lifespan's days date.
_LIFE_VERBS = frozenset({"bear", "die", "live", "pass", ""})


def _one_thing_named_twice(a: Claim, b: Claim, ka: str, kb: str) -> bool:
    """Whether two figures of one unit count one thing, named in one text and
    not, or another way, in the other: a claim may leave out what its evidence's
    percentage is of ("received a rating of more than 91 %" / "91 % of critics
    gave the film positive reviews"), or name by its verb what the evidence
    names by its noun ("More than 198 people reviewed" / "based on 197
    reviews"; "tested more than 20,000 people" / "19,722 tests have been
    processed")."""
    qa, qb = a.quantity, b.quantity
    if qa is None or qb is None or not (ka.startswith("q|") and kb.startswith("q|")):
        return False
    _, counted_a, unit_a = ka.split("|", 2)
    _, counted_b, unit_b = kb.split("|", 2)
    if unit_a != unit_b:
        return False
    if unit_a and not (counted_a and counted_b):
        # A distance from a named place ("0.8 km west of the A1") is not
        # whichever distance the other text gives.
        return not (counted_a + counted_b).startswith("from ")
    return any(plural_stem(q.counted) and plural_stem(q.counted) == plural_stem(o.predicate)
               and o.counted in _ANYONE for q, o in ((qa, qb), (qb, qa)))


#: Counted nouns that say no more than that people were counted.
_ANYONE = frozenset({"people", "person", ""})


def _counting_as(claim: Claim, other: Claim) -> Claim:
    """``claim`` counting what ``other`` counts (see :func:`_one_thing_named_twice`)."""
    q, o = claim.quantity, other.quantity
    if q is None or o is None or q.counted == o.counted:
        return claim
    return replace(claim, quantity=replace(q, counted=o.counted))


def _strictly_apart(a: Claim, b: Claim) -> bool:
    """An exact figure against a strict bound at that very figure ("1,690 cases" /
    "less than 1,690 cases"), or two different unhedged whole counts whose
    rounding leaves them touching ("released four albums" / "one of the Jonas
    Brothers' five albums"; "120" / "121"): an open event reads the bound
    loosely, and a count as perhaps rounded, as news writes them, but a claim
    checked against its evidence says what it says."""
    qa, qb = a.quantity, b.quantity
    if qa is None or qb is None or qa.unit != qb.unit:
        return False
    if not (qa.hedge or qb.hedge or qa.unit) and qa.value != qb.value \
            and float(qa.value).is_integer() and float(qb.value).is_integer():
        return True
    for exact, bound in ((qa, qb), (qb, qa)):
        rule = lx.HEDGES.get(bound.hedge.lower(), "")
        if not exact.hedge and rule in ("above", "below") and exact.value == bound.value:
            return True
    return False


def _timed(claim: Claim) -> bool:
    return claim.date is not None and claim.date.earliest is not None


def pair_compatible(a: Claim, b: Claim) -> bool:
    """:func:`checker.align.compatible`, for a claim restating its evidence.

    What keeps the figures of an open event apart does not keep a claim from
    its evidence: the claim may credit another source or name the subject
    another way ("a tracker run by the Herald has recorded 8,412 cases" /
    "Norland reported fewer than 8,000 cases"; "With 87 caps, he is second to
    Jan Kowalski" / "Piotr Nowak has more than 88 caps"), use another verb
    ("grossed" / "earned"), and drop a total's "to date" ("has released seven studio
    albums to date" / "have fewer than 6 albums"). Everything else still counts:
    the counted thing and unit, negation and modality, parts, times. Two
    dates that hang on no verb ("a 2014 Danish drama film", "a 2016 sequel")
    may date anything, and are not compared.
    """
    if a.kind == "date" and not a.predicate and not b.predicate:
        return False
    a, b = _unsourced(a), _unsourced(b)
    if compatible(a, b, verbs=False):
        return True
    if a.kind == "quantity" and {a.frame.aggregation, b.frame.aggregation} == {"total", ""}:
        plain = a if a.frame.aggregation == "" else b
        if _BRINGING_THE_TOTAL.search(plain.sentence_key or plain.context or ""):
            # "ten cases were confirmed, ..., bringing the total to 18": the
            # figure its own clause adds to a total is not that total.
            return False
        return compatible(_plain(a), _plain(b), verbs=False)
    if a.quantity is not None and b.quantity is not None and a.quantity.unit == b.quantity.unit == "%" \
            and {a.frame.aggregation, b.frame.aggregation} == {"part", ""}:
        # A percentage is a share whether or not its clause says of what:
        # "impacting about 99.4% of the world's student population" / "has
        # affected less than 95% of students".
        return compatible(_plain(a), _plain(b), verbs=False)
    return False


#: A clause that carries a total forward: "bringing the total to", "taking the toll to".
_BRINGING_THE_TOTAL = re.compile(r"\b(?:bringing|taking|raising|pushing|lifting)\s+(?:the\s+|its\s+|their\s+)?"
                                 r"(?:[a-z]+\s+)?(?:total|tally|toll|count|number)\b", re.IGNORECASE)


def _unsourced(claim: Claim) -> Claim:
    q = claim.quantity
    if q is None:
        return replace(claim, attribution=None)
    return replace(claim, attribution=None, entities=(), quantity=replace(q, subject=""))


def _plain(claim: Claim) -> Claim:
    return replace(claim, frame=replace(claim.frame, aggregation=""))


#: Words that qualify no value in particular.
_COMMON_WORDS = frozenset("the a an of in on at for and or to by with from than less more over under about "
                          "nearly almost around some million billion thousand crore lakh".split())


def _lead_words(claim: Claim, sentences: dict[tuple[str, int], Sentence]) -> set[str]:
    """The words of a sentence before its first figure: what both texts of a
    pair say there ("The film ...") is their subject, which qualifies no value."""
    text = sentences[(claim.report, claim.sentence)].text
    lead = re.split(r"[\d$€£¥]", text, maxsplit=1)[0]
    return set(re.findall(r"[a-z]+", lead.lower()))


def _words_before(listed: list[Claim], sentences: dict[tuple[str, int], Sentence]) -> set[str]:
    """The words of one sentence before the first of its values in ``listed``."""
    spans = [(c.report, c.sentence, span.start) for c in listed if (span := c.quantity or c.date) is not None]
    if not spans or len({(r, i) for r, i, _ in spans}) > 1:
        return set()
    report, index, start = min(spans)
    sent = sentences[(report, index)]
    return set(re.findall(r"[a-z]+", sent.text[: max(0, start - sent.start)].lower()))


def _value_words(claim: Claim, sentences: dict[tuple[str, int], Sentence]) -> set[str]:
    """The words that qualify one value of a list ("$39.5 million elsewhere",
    "a worldwide total of $87.7 million"): up to three words
    before it and six after, within its stretch between commas or brackets,
    and short of the next value. A name just before a value is the sentence's
    subject, shared by all its values, and is left out."""
    span = claim.quantity or claim.date
    sent = sentences[(claim.report, claim.sentence)]
    if span is None:
        return set()
    text, start, end = sent.text, span.start - sent.start, span.end - sent.start
    if not 0 <= start <= end <= len(text):
        return set()
    left = max(text.rfind(ch, 0, start) for ch in ",;()")
    rights = [i for i in (text.find(ch, end) for ch in ",;()") if i >= 0]
    before = [w for w in text[left + 1 : start].split()[-3:] if not w[:1].isupper()]
    after: list[str] = []
    for w in text[end : min(rights) if rights else len(text)].split()[:6]:
        if any(ch.isdigit() or ch in "$€£¥" for ch in w) or w.lower() in ("and", "but", "while", "whereas"):
            break  # the next value, or the next item of a list ("... and a pulse width of")
        after.append(w)
    return {w for w in re.findall(r"[a-z]+", " ".join(before + after).lower()) if w not in _COMMON_WORDS and len(w) > 2}


def pair_table(frame: pd.DataFrame) -> pd.DataFrame:
    """Recall on conflicts and false alarms on consistent pairs, per kind and overall."""
    out = []
    groups = [(k, g) for k, g in frame.groupby("kind")] + [("numeric+date", frame[frame["kind"].isin(["numeric", "date"])]), ("all", frame)]
    for kind, g in groups:
        conflict = g[g["label"] == "conflict"]
        consistent = g[g["label"] == "consistent"]
        unrelated = g[g["label"] == "unrelated"]
        out.append(
            {
                "kind": kind,
                "conflicts": len(conflict),
                "recall": round(conflict["flagged"].mean(), 3) if len(conflict) else None,
                "consistent": len(consistent),
                "false_alarms": round(consistent["flagged"].mean(), 3) if len(consistent) else None,
                "unrelated": len(unrelated),
                "unrelated_flagged": round(unrelated["flagged"].mean(), 3) if len(unrelated) else None,
            }
        )
    return pd.DataFrame(out)


def evaluate_paths(
    paths: Sequence[Path], settings: Settings, *, limit: int | None = None, extraction: bool = False
) -> Iterator[tuple[str, pd.DataFrame]]:
    """A titled table per path: events folders, pair files, extraction sets, PolNeAR."""
    embedder = Embedder(settings.model, default_cache_dir())
    for path in paths:
        if path.is_dir() and (path / "speakers.jsonl").exists() or (path.is_dir() and path.name == "extraction"):
            yield from _extraction_tables(path)
        elif path.is_dir():
            frame = evaluate_events(path, settings, embedder)
            yield f"labelled events: {path}", frame.drop(columns=["missed", "trap_hits"])
            total = frame.iloc[-1]
            for line in total["missed"]:
                yield "missed", pd.DataFrame({"missed": [line]})
            for line in total["trap_hits"]:
                yield "trap flagged", pd.DataFrame({"trap": [line]})
        elif "polnear" in path.name:
            from checker.evaluate_attribution import score_polnear

            yield f"speakers on {path.name}", pd.DataFrame([_scalars(score_polnear(path))])
        else:
            yield f"pairs: {path.name} (mode event: as any event; mode pair: see docs/EVAL.md)", evaluate_pairs(
                path, settings, embedder, limit
            )
    if extraction:
        here = Path("fixtures/extraction")
        if here.is_dir():
            yield from _extraction_tables(here)


def _extraction_tables(folder: Path) -> Iterator[tuple[str, pd.DataFrame]]:
    from checker.evaluate_attribution import score_speakers
    from checker.evaluate_extraction import extraction_table

    yield f"extraction: {folder}", extraction_table(folder)
    speakers = folder / "speakers.jsonl"
    if speakers.exists():
        yield f"speakers: {speakers}", pd.DataFrame([_scalars(score_speakers(speakers))])


def _scalars(scores: dict[str, Any]) -> dict[str, Any]:
    """The figures of a score dict, without its error lists (print those with the module's --errors)."""
    return {k: v for k, v in scores.items() if isinstance(v, (int, float, str))}
