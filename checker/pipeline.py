"""The library entry point: ``check(paths, settings) -> CheckResult``.

The analysis modules (and through them spaCy, torch and scikit-learn) are
imported only when something has to be computed: a re-run whose results are
all cached loads no model and none of those libraries.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from checker.cache import ExtractionCache, ResultCache, event_key, report_key
from checker.config import Settings
from checker.errors import InputError
from checker.ingest import load_events
from checker.models import Embedder, default_cache_dir, load_spacy, spacy_pipeline_id
from checker.records import CheckResult, Claim, DateRef, EventResult, Fact, Report, Sentence

Progress = Callable[[str, int, int], None]
Events = Sequence[tuple[str, list[Report]]]


def check(
    paths: Sequence[Path],
    settings: Settings | None = None,
    *,
    skip_bad: bool = False,
    baseline: Path | None = None,
    group_events: bool = False,
    workers: int = 1,
    scheduler: str | None = None,
    embedder: Embedder | None = None,
    progress: Progress | None = None,
) -> CheckResult:
    """Check every event found under ``paths``; raises CheckerError on bad input.

    With ``workers > 1`` events run in parallel on a local Dask cluster; with
    ``scheduler`` ("tcp://host:port") on an existing one. Results are the
    same as a serial run. Events whose result is cached never reach the
    cluster, so a warm re-run starts none.
    """
    started = time.perf_counter()
    timings: dict[str, float] = {}
    settings = settings or Settings()
    dismissed = read_baseline(baseline) if baseline else set()
    ingested = load_events(list(paths), settings, skip_bad=skip_bad, group_events=group_events)
    events = list(ingested.events)
    cache_dir = default_cache_dir()
    embedder = embedder or Embedder(settings.model, cache_dir)
    if group_events:
        from checker.grouping import group_reports

        events = group_reports(events, embedder, settings)
    timings["ingest"] = time.perf_counter() - started
    if workers > 1 or scheduler:
        from checker.distributed import check_distributed

        store, keys, done = _cached_results(events, settings, embedder, cache_dir)
        todo = [(name, reports) for name, reports in events if keys[name] not in done]
        if todo:
            fresh = check_distributed(todo, settings, workers=workers, scheduler=scheduler, progress=progress)
            done.update((keys[r.event], r) for r in fresh)
        results = [done[keys[name]] for name, _ in events]
    else:
        results = check_events(events, settings, embedder, cache_dir=cache_dir, progress=progress, timings=timings)
    notes = list(ingested.notes)
    for result in results:
        result.notes.extend(n for n in notes if n.startswith(f"event {result.event} "))
        if dismissed:
            result.conflicts = [
                replace(c, status="dismissed") if c.fingerprint in dismissed else c for c in result.conflicts
            ]
    return CheckResult(events=results, skipped=list(ingested.skipped), notes=notes, timings=timings)


def check_events(
    events: Events,
    settings: Settings,
    embedder: Embedder,
    *,
    cache_dir: Path | None = None,
    progress: Progress | None = None,
    timings: dict[str, float] | None = None,
) -> list[EventResult]:
    """Extract, align and judge the claims of each event.

    With a ``cache_dir``, events checked before with the same reports,
    settings, model and code come from the result cache, and the reports of
    the others skip spaCy when their extraction is cached.
    """
    timings = {} if timings is None else timings
    store, keys, done = _cached_results(events, settings, embedder, cache_dir)
    todo = [(name, reports) for name, reports in events if keys[name] not in done]
    if todo:
        fresh = _check_uncached(todo, settings, embedder, cache_dir, progress, timings)
        store.put_many({keys[r.event]: r for r in fresh})
        done.update((keys[r.event], r) for r in fresh)
    elif progress:
        progress("", 1, 1)
    return [done[keys[name]] for name, _ in events]


def _cached_results(
    events: Events, settings: Settings, embedder: Any, cache_dir: Path | None
) -> tuple[ResultCache, dict[str, str], dict[str, EventResult]]:
    """The result cache, each event's key in it, and the cached results by key."""
    store = ResultCache(cache_dir)
    if store.path is None:
        return store, {name: name for name, _ in events}, {}
    model = getattr(embedder, "model_name", None) or settings.model
    pipeline_id = spacy_pipeline_id()
    keys = {name: event_key(name, reports, settings, model, pipeline_id) for name, reports in events}
    return store, keys, store.get_many(sorted(set(keys.values())))


def _check_uncached(
    events: Events,
    settings: Settings,
    embedder: Embedder,
    cache_dir: Path | None,
    progress: Progress | None,
    timings: dict[str, float],
) -> list[EventResult]:
    """Extract, embed and judge events whose result is not cached.

    spaCy parses every report in one ``nlp.pipe`` stream and the embedder
    encodes every claim in one call, because both models run far faster on
    large batches than event by event.
    """
    from checker.align import embedding_text

    clock = time.perf_counter()
    # Progress counts each report three times: parsed, embedded, judged.
    n_reports = sum(len(reports) for _, reports in events)
    total = 3 * n_reports

    def tick(label: str, done: int) -> None:
        if progress:
            progress(label, min(done, total), total)

    sentences: dict[str, list[Sentence]] = {name: [] for name, _ in events}
    claims: dict[str, list[Claim]] = {name: [] for name, _ in events}
    cache = ExtractionCache(cache_dir)
    pipeline_id = spacy_pipeline_id()
    keys = {(name, r.id): report_key(r, pipeline_id) for name, reports in events for r in reports}
    cached = cache.get_many(sorted(set(keys.values())))
    extracted: dict[tuple[str, str], tuple[list[Sentence], list[Claim]]] = {}
    missing = [(name, r) for name, reports in events for r in reports if keys[(name, r.id)] not in cached]
    done = n_reports - len(missing)
    if missing:
        from checker.claims import extract_claims
        from checker.sentences import parse_tagged, split

        fresh = {}
        for (name, report), doc in parse_tagged(missing, load_spacy()):
            report_sentences = split(report, doc)
            extracted[(name, report.id)] = (report_sentences, extract_claims(report, doc, report_sentences))
            fresh[keys[(name, report.id)]] = extracted[(name, report.id)]
            done += 1
            tick(name, done)
            if len(fresh) >= 256:
                # Stored as it goes, so an interrupted run keeps its work.
                cache.put_many(fresh)
                fresh = {}
        cache.put_many(fresh)
    # Named now: loading the embedding model takes a few seconds on its own.
    tick("embeddings", n_reports)
    for name, reports in events:
        for r in reports:
            report_sentences, report_claims = extracted.get((name, r.id)) or cached[keys[(name, r.id)]]
            sentences[name].extend(report_sentences)
            claims[name].extend(report_claims)
    timings["extract"] = time.perf_counter() - clock
    clock = time.perf_counter()
    texts = [embedding_text(c) for name, _ in events for c in claims[name]]
    vectors = (
        embedder.encode(texts, progress=lambda d, n: tick("embeddings", n_reports + n_reports * d // max(n, 1)))
        if texts
        else np.zeros((0, 384), dtype=np.float32)
    )
    timings["embed"] = time.perf_counter() - clock
    clock = time.perf_counter()
    results = []
    offset = 0
    done = 2 * n_reports
    for name, reports in events:
        tick(name, done)
        n = len(claims[name])
        results.append(_judge_event(name, reports, sentences[name], claims[name], vectors[offset : offset + n], settings))
        offset += n
        done += len(reports)
    tick("", done)
    timings["align"] = time.perf_counter() - clock
    return results


def _judge_event(
    event: str,
    reports: list[Report],
    sentences: list[Sentence],
    claims: list[Claim],
    vectors: np.ndarray,
    settings: Settings,
) -> EventResult:
    from checker.align import Aligner
    from checker.conflicts import build_conflicts, judge_pairs

    by_key = {(s.report, s.index): s for s in sentences}
    by_report = {r.id: r for r in reports}
    claims = _anchor_undated(claims, reports, by_key)
    claims = _local_dollars(claims, reports)
    claims = _temperature_scales(claims)
    claims = _outlets_of_the_event(claims, reports)
    claims = _defined_employers(claims, by_key)
    claims = _people_of_the_event(claims)
    aligner = Aligner(settings).fit(claims, vectors, {r.id: r.published for r in reports})
    verdicts = judge_pairs(claims, aligner.pairs_, by_report, by_key, settings)
    conflicts = build_conflicts(event, claims, verdicts, aligner.labels_.tolist(), by_report, by_key, settings)
    facts = _facts(event, claims, aligner.labels_.tolist())
    return EventResult(event=event, reports=reports, sentences=sentences, claims=claims, facts=facts, conflicts=conflicts)


def _anchor_undated(claims: list[Claim], reports: list[Report], sentences: dict[tuple[str, int], Sentence]) -> list[Claim]:
    """Yearless days and months of undated reports, placed in the year of the event's dated reports.

    Done per event, after extraction, so a report's cached extraction does
    not depend on which other reports it is checked with.
    """
    from checker.dates import anchor_yearless, from_entry_day, yearless_heading, yearless_stamp

    dated = sorted(r.published for r in reports if r.published)
    undated = {r.id for r in reports if r.published is None}
    if not dated or not undated:
        return claims
    around = dated[len(dated) // 2]
    # The days of an undated page's entries ("MONDAY 16 NOVEMBER" over them,
    # or "Fri 6 Mar, 19:30 -" opening each), placed in the event's year: the
    # days its "today" and "last night" are relative to.
    stamps: dict[str, list[tuple[int, dt.date]]] = {}
    for (report, index), sentence in sorted(sentences.items()):
        if report in undated and (surface := yearless_stamp(sentence.text) or yearless_heading(sentence.text)):
            day = anchor_yearless(DateRef(surface, 0, len(surface), "day", resolved=False), "", around)
            if day.resolved and day.earliest is not None and day.earliest == day.latest:
                stamps.setdefault(report, []).append((index, day.earliest))
    out = []
    for c in claims:
        sent = sentences[(c.report, c.sentence)]
        entry = next((day for index, day in reversed(stamps.get(c.report, [])) if index <= c.sentence), None)
        if c.date is not None and not c.date.resolved and c.report in undated:
            # Only a count's day: read as dated acts of their own, a page's
            # "landed this morning" and "showed -1.00 m this morning" met other
            # subjects' landings and other days' readings (measured in session 46).
            date = from_entry_day(c.date, entry) if entry is not None and c.kind == "quantity" else c.date
            c = replace(c, date=anchor_yearless(date, sent.text[: c.date.start - sent.start], around,
                                                sent.text[c.date.end - sent.start:]))
        if c.stated is not None and not c.stated.resolved and c.report in undated:
            stated = from_entry_day(c.stated, entry) if entry is not None and c.kind == "quantity" else c.stated
            c = replace(c, stated=anchor_yearless(stated, sent.text[: c.stated.start - sent.start], around,
                                                  sent.text[c.stated.end - sent.start:]))
        out.append(c)
    return out


def _outlets_of_the_event(claims: list[Claim], reports: list[Report]) -> list[Claim]:
    """A speaker that is one of the event's own sources ("El Oriental reports
    that 52 of the 146 stations ...", on a live page) relays that outlet's
    story: its label becomes "OUTLET", so no other speaker is its rival.
    Done per event, after extraction, because it depends on the other reports."""
    from checker.speakers import normalise_speaker

    sources = {key for r in reports if r.source and (key := normalise_speaker(r.source))}
    if not sources:
        return claims
    return [replace(c, speaker_label="OUTLET")
            if c.attribution is not None and c.attribution.speaker in sources else c for c in claims]


def _people_of_the_event(claims: list[Claim]) -> list[Claim]:
    """A speaker the tagger reads as a person in more of the event's
    sentences than as a body is a person wherever it reads otherwise ("Edgar
    Yupanqui of the controllers' union says", tagged a body with the union),
    and so is a surname alone that ends such a person's name ("Yupanqui").
    Done per event, after extraction, because it counts every report's."""
    votes: dict[str, Counter[str]] = {}
    for c in claims:
        if c.attribution is not None and c.attribution.speaker:
            votes.setdefault(c.attribution.speaker, Counter())[c.speaker_label] += 1
    people = {name for name, v in votes.items() if v["PERSON"] > v["ORG"]}
    surnames = {name.split()[-1] for name in people if len(name.split()) > 1}
    # A surname two of the event's people share names neither of them.
    shared = {w for w in surnames if sum(1 for name in people if name.split()[-1] == w) > 1}
    named = people | (surnames - shared)
    return [replace(c, speaker_label="PERSON")
            if c.attribution is not None and c.attribution.speaker in named and c.speaker_label in ("ORG", "") else c
            for c in claims]


def _defined_employers(claims: list[Claim], sentences: dict[tuple[str, int], Sentence]) -> list[Claim]:
    """"Metsäkari is a Finnish forest industry company ... Its sales in 2025
    were EUR 3.1 billion, and it employs about 6,800 people": the "it" that
    employs is the body the sentence before defines, as a release's closing
    profile of its issuer says, so the group's staff is kept apart from one
    mill's. Done here because it reads the sentence before the claim's."""
    out = []
    for c in claims:
        q = c.quantity
        if q is not None and not q.subject and (q.predicate or c.predicate) == "employ" \
                and _IT_EMPLOYS.match(c.context or "") \
                and (before := sentences.get((c.report, c.sentence - 1))) is not None \
                and (m := _DEFINED.match(before.text)) is not None:
            c = replace(c, quantity=replace(q, subject=m.group(1).lower()))
        out.append(c)
    return out


_IT_EMPLOYS = re.compile(r"it\s+(?:\w+ly\s+)?employs\b", re.IGNORECASE)
#: A sentence that defines its subject: "Metsäkari is a Finnish forest industry company".
_DEFINED = re.compile(r"((?:The\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:is|was)\s+(?:a|an|one)\b")


def _local_dollars(claims: list[Claim], reports: list[Report]) -> list[Claim]:
    """A bare "$" is the writer's own dollar: in coverage that also writes
    other countries' dollars (an Australian paper's "$95 million" beside a
    wire's "US$61 million" and "A$95 million"), the reports that never mark
    their dollars get an unspecified dollar, compared only with one another.

    A report that marks a local dollar itself ("A$95 million ($61 million)")
    uses the bare sign for the US dollar, as read, and so does one that
    writes "US$" itself (it tells dollars apart). Done per event, after
    extraction, because it depends on the other reports.
    """
    from checker import lexicon as lx

    marking = {r.id for r in reports if lx.MARKED_LOCAL_DOLLAR.search(r.text)}
    if not marking:
        return claims
    unmarked = {r.id for r in reports if r.id not in marking and "US$" not in r.text}
    out = []
    for c in claims:
        q = c.quantity
        if q is not None and q.unit == "USD" and c.report in unmarked and lx.BARE_DOLLAR.search(q.surface):
            c = replace(c, quantity=replace(q, unit=lx.SOME_DOLLAR))
        out.append(c)
    return out


def _temperature_scales(claims: list[Claim]) -> list[Claim]:
    """Bare "degrees" read in the scale the coverage uses.

    A report that marks one scale ("118.6 degrees Fahrenheit") writes its
    bare "114.6 degrees" in it too. A report that marks none is read in the
    scale that puts its figure nearer the event's marked temperatures: "47.8
    degrees" among reports of 48.1C is Celsius, "110 degrees" among them is
    Fahrenheit (43C, not 110C). Without marked temperatures in the event a
    bare "degrees" stays unresolved (it may be an angle) and meets only its kind.
    """
    from checker import lexicon as lx

    scales: dict[str, set[str]] = {}
    marked: list[float] = []
    for c in claims:
        q = c.quantity
        if q is not None and q.unit in ("degC", "degF"):
            scales.setdefault(c.report, set()).add(q.unit)
            marked.append(lx.to_canonical(q.unit, q.value))
    if not marked:
        return claims
    middle = float(np.median(marked))
    out = []
    for c in claims:
        q = c.quantity
        if q is not None and q.unit == "deg":
            own = scales.get(c.report, set())
            if len(own) == 1:
                unit = next(iter(own))
            else:
                unit = min(("degC", "degF"), key=lambda u: abs(lx.to_canonical(u, q.value) - middle))
            c = replace(c, quantity=replace(q, unit=unit))
        out.append(c)
    return out


def _facts(event: str, claims: list[Claim], labels: list[int]) -> list[Fact]:
    groups: dict[int, list[Claim]] = {}
    for claim, label in zip(claims, labels):
        if label >= 0:
            groups.setdefault(label, []).append(claim)
    facts = []
    for label in sorted(groups):
        members = tuple(groups[label])
        facts.append(Fact(id=f"{event}/f{label + 1}", label=_fact_label(members), kind=members[0].kind, claims=members))
    return facts


def _fact_label(claims: tuple[Claim, ...]) -> str:
    first = claims[0]
    if first.quantity is not None:
        q = first.quantity
        what = q.counted or q.unit or "amount"
        verb = "" if first.predicate in ("be", "have") else first.predicate
        return " ".join(p for p in (q.subject, verb, what) if p)
    if first.date is not None:
        # The clause has its asides cut out ("the tanker driver, who ..., was
        # arrested"): the commas that framed one are read as one.
        words = re.sub(r",(?:\s*,)+", ",", first.context).split()
        return f"when: {' '.join(words[:8])}…" if words else "date"
    att = first.attribution
    return f"statement ({att.speaker_surface if att else ''})"


def read_baseline(path: Path) -> set[str]:
    """Fingerprints of the conflicts a reviewer dismissed, from an exported decisions file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"{path}: baseline file not found; export decisions from the HTML report first") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a decisions file ({exc}); use the JSON the report's Export button saves") from exc
    decisions = data.get("decisions") if isinstance(data, dict) else None
    if not isinstance(decisions, list):
        raise InputError(f"{path}: no \"decisions\" list; use the JSON the report's Export button saves")
    return {
        str(d["fingerprint"])
        for d in decisions
        if isinstance(d, dict) and d.get("status") == "dismissed" and d.get("fingerprint")
    }
