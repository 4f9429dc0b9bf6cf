"""Outputs: plain data first (results.json), then CSV and HTML, written atomically."""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from checker import __version__
from checker.claims import claim_surface, claim_value, speaker_of
from checker.errors import OutputError
from checker.records import CheckResult, Claim, Conflict, EventResult, Fact, Sentence
from checker.sentences import SpeakerLines

FORMATS = ("json", "csv", "html")
CSV_COLUMNS = [
    "id",
    "event",
    "kind",
    "severity",
    "confidence",
    "scope",
    "status",
    "reports",
    "values",
    "attributed_to",
    "explanation",
    "fingerprint",
]


def build_data(result: CheckResult) -> dict[str, Any]:
    """The plain, JSON-ready data of a run: exactly what results.json holds."""
    events = [_event_data(e) for e in result.events]
    conflicts = [c for e in result.events for c in e.conflicts]
    return {
        "checker_version": __version__,
        "summary": {
            "events": len(result.events),
            "reports": sum(len(e.reports) for e in result.events),
            "conflicts": len(conflicts),
            "by_kind": dict(sorted(Counter(c.kind for c in conflicts).items())),
            "by_severity": dict(sorted(Counter(c.severity for c in conflicts).items())),
            "by_status": dict(sorted(Counter(c.status for c in conflicts).items())),
        },
        "skipped": list(result.skipped),
        "events": events,
    }


def _speaker_sentence_data(lines: SpeakerLines, claim: Claim) -> dict[str, Any] | None:
    """The sentence naming a claim's speaker, when another one does, with the mention's offsets."""
    att, named = claim.attribution, lines.of(claim)
    if att is None or named is None:
        return None
    if att.start >= 0:
        start, end = att.start, att.end
    else:
        at = named.text.find(att.speaker_surface)
        start, end = named.start + at, named.start + at + len(att.speaker_surface)
    return {"text": named.text, "sentence_index": named.index, "start": named.start, "end": named.end,
            "speaker_start": start, "speaker_end": end}


def _event_data(event: EventResult) -> dict[str, Any]:
    sentences = {(s.report, s.index): s for s in event.sentences}
    reports = {r.id: r for r in event.reports}
    fact_of = {c.id: f.id for f in event.facts for c in f.claims}
    lines = SpeakerLines(event.sentences)

    def claim_data(c: Claim) -> dict[str, Any]:
        s = sentences[(c.report, c.sentence)]
        r = reports[c.report]
        att = c.attribution
        return {
            "report": c.report,
            "source": r.source,
            "published": r.published.isoformat() if r.published else None,
            "sentence": s.text,
            "sentence_index": s.index,
            "start": s.start,
            "end": s.end,
            # A speaker named in an earlier sentence is written here as "she":
            # the surface is what the offsets hold; ``attributed_to`` names her.
            # A sentence of a quotation whose speaker another sentence of it
            # names has no speaker of its own to point at: surface "", -1.
            "surface": (r.text[c.start : c.end] if c.start >= 0 else "") if c.kind == "statement"
            else claim_surface(c),
            "surface_start": c.start,
            "surface_end": c.end,
            "value": claim_value(c),
            "attributed_to": speaker_of(c),
            "speaker_start": att.start if att and s.start <= att.start < s.end else -1,
            "speaker_end": att.end if att and s.start <= att.start < s.end else -1,
            # The sentence that names the speaker, when another one does
            # ("Governor Ilze Vitola said at a briefing:" over the quote).
            "speaker_sentence": _speaker_sentence_data(lines, c),
        }

    return {
        "event": event.event,
        "notes": list(event.notes),
        "reports": [
            {
                "id": r.id,
                "source": r.source,
                "published": r.published.isoformat() if r.published else None,
                "title": r.title,
                "url": r.url,
                "path": r.path,
            }
            for r in event.reports
        ],
        "conflicts": [
            {
                "id": c.id,
                "kind": c.kind,
                "severity": c.severity,
                "confidence": c.confidence,
                "scope": c.scope,
                "status": c.status,
                "fingerprint": c.fingerprint,
                "fact": c.fact,
                "explanation": c.explanation,
                "claims": [claim_data(x) for x in c.claims],
            }
            for c in event.conflicts
        ],
        "facts": [_fact_data(f, event) for f in event.facts if len({c.report for c in f.claims}) > 1 or f.kind != "statement"],
        "claims": [_claim_row(c, sentences[(c.report, c.sentence)], fact_of.get(c.id, "")) for c in event.claims],
    }


def _claim_row(c: Claim, sentence: Sentence, fact: str) -> dict[str, Any]:
    start, end = _own_span(c, sentence)
    return {
        "id": c.id,
        "report": c.report,
        "sentence_index": c.sentence,
        "sentence_start": sentence.start,
        "sentence_end": sentence.end,
        "kind": c.kind,
        "start": start,
        "end": end,
        "surface": claim_surface(c),
        "value": claim_value(c),
        "attributed_to": speaker_of(c),
        "fact": fact,
    }


def _own_span(claim: Claim, sentence: Sentence) -> tuple[int, int]:
    """The claim's offsets; for a statement whose speaker an earlier sentence
    names ("Gonçalves said" two sentences up), its quote, or else its sentence."""
    if claim.start >= 0:
        return claim.start, claim.end
    quote = (claim.attribution.quote if claim.attribution else "").strip()
    at = sentence.text.find(quote) if quote else -1
    if at >= 0:
        return sentence.start + at, sentence.start + at + len(quote)
    return sentence.start, sentence.end


def _fact_data(fact: Fact, event: EventResult) -> dict[str, Any]:
    cells: dict[str, list[str]] = {}
    numbers: dict[str, float] = {}
    for c in fact.claims:
        cells.setdefault(c.report, [])
        value = claim_surface(c) if c.kind != "statement" else speaker_of(c)
        if value not in cells[c.report]:
            cells[c.report].append(value)
        if c.quantity is not None and c.report not in numbers:
            numbers[c.report] = c.quantity.value
    per_report = Counter(tuple(sorted(_norm(v) for v in vals)) for vals in cells.values())
    consensus = None
    disagreeing: list[str] = []
    if per_report:
        top, count = per_report.most_common(1)[0]
        if count * 2 > len(cells):
            consensus = next(vals[0] for vals in cells.values() if tuple(sorted(_norm(v) for v in vals)) == top)
            disagreeing = sorted(r for r, vals in cells.items() if tuple(sorted(_norm(v) for v in vals)) != top)
    conflicted = {c.report for x in event.conflicts if x.fact == fact.id for c in x.claims}
    if consensus is None:
        disagreeing = sorted(conflicted)
    data: dict[str, Any] = {
        "id": fact.id,
        "kind": fact.kind,
        "label": fact.label,
        "cells": dict(sorted(cells.items())),
        "consensus": consensus,
        "disagreeing": disagreeing,
    }
    if fact.kind == "quantity":
        data["numbers"] = dict(sorted(numbers.items()))
    return data


def _norm(value: str) -> str:
    return " ".join(value.lower().split())


def conflicts_frame(result: CheckResult) -> pd.DataFrame:
    """One row per conflict, the columns of conflicts.csv."""
    rows = [_conflict_row(c) for e in result.events for c in e.conflicts]
    return pd.DataFrame(rows, columns=CSV_COLUMNS)


def _conflict_row(c: Conflict) -> dict[str, Any]:
    return {
        "id": c.id,
        "event": c.event,
        "kind": c.kind,
        "severity": c.severity,
        "confidence": c.confidence,
        "scope": c.scope,
        "status": c.status,
        "reports": ";".join(dict.fromkeys(x.report for x in c.claims)),
        "values": " | ".join(claim_surface(x) for x in c.claims),
        "attributed_to": " | ".join(speaker_of(x) for x in c.claims),
        "explanation": c.explanation,
        "fingerprint": c.fingerprint,
    }


def claims_frame(result: CheckResult) -> pd.DataFrame:
    """Every extracted claim as a table row: what the checker compared."""
    rows = []
    for e in result.events:
        sentences = {(s.report, s.index): s.text for s in e.sentences}
        fact_of = {c.id: f.id for f in e.facts for c in f.claims}
        for c in e.claims:
            rows.append(
                {
                    "event": e.event,
                    "report": c.report,
                    "sentence_index": c.sentence,
                    "kind": c.kind,
                    "surface": claim_surface(c),
                    "value": claim_value(c),
                    "counted": c.quantity.counted if c.quantity else "",
                    "frame": "/".join(
                        p
                        for p in (c.frame.modality, "negated" if c.frame.negated else "", c.frame.aggregation)
                        if p
                    ),
                    "speaker": speaker_of(c),
                    "conduit": c.attribution.conduit if c.attribution else "",
                    "fact": fact_of.get(c.id, ""),
                    "sentence": sentences[(c.report, c.sentence)],
                }
            )
    columns = ["event", "report", "sentence_index", "kind", "surface", "value", "counted", "frame", "speaker", "conduit", "fact", "sentence"]
    return pd.DataFrame(rows, columns=columns)


def render_outputs(result: CheckResult, formats: Iterable[str] = FORMATS) -> dict[str, str | bytes]:
    """File name -> content of every output, built in memory before any write."""
    formats = set(formats)
    data = build_data(result)
    files: dict[str, str | bytes] = {}
    if "json" in formats:
        files["results.json"] = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    if "csv" in formats:
        files["conflicts.csv"] = conflicts_frame(result).to_csv(index=False, lineterminator="\n")
    if "html" in formats:
        from checker.report import render_html

        texts = {e.event: {r.id: r.text for r in e.reports} for e in result.events}
        files.update(render_html(data, texts))
    return files


def write_outputs(files: dict[str, str | bytes], out_dir: Path) -> list[Path]:
    """Write every file into ``out_dir`` so that a crash never leaves a half-written report.

    Everything is written into a temporary folder beside ``out_dir`` first;
    only then is each file renamed into place (a rename is atomic), with
    ``index.html`` last so the entry page never points at missing pages.
    Staging folders left behind by killed runs are removed after a success.
    """
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"{out_dir}: --out must be a folder, and this is a file; choose another path")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        # The process id in the name tells a later run whether the writer is still alive.
        staging = Path(tempfile.mkdtemp(prefix=f"{_STAGING}{os.getpid()}-", dir=out_dir))
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot write here ({exc.strerror}); choose a writable --out folder") from exc
    written = []
    try:
        for name, content in files.items():
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                with open(target, "w", encoding="utf-8", newline="\n") as fh:
                    fh.write(content)
        order = sorted(files, key=lambda n: (n == "index.html", n))
        for name in order:
            final = out_dir / name
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / name, final)
            written.append(final)
    except OSError as exc:
        raise OutputError(f"{out_dir}: writing the report failed ({exc}); nothing was half-written") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    _remove_stale_staging(out_dir)
    return written


_STAGING = ".checker-"
# What tempfile.mkdtemp makes of the prefix below: nothing else in --out is ever removed.
_STAGING_NAME = re.compile(r"\.checker-(\d+)-[a-z0-9_]{8}")
#: A staging folder this old is stale even if its process id is in use again.
_STAGING_MAX_AGE = 3600.0


def _remove_stale_staging(out_dir: Path) -> None:
    """Delete staging folders of runs that died mid-write (a SIGKILL skips every ``finally``).

    A folder whose writer is still running is kept, so two runs writing to
    one folder at the same time do not break each other.
    """
    now = time.time()
    try:
        entries = list(os.scandir(out_dir))
    except OSError:
        return
    for entry in entries:
        match = _STAGING_NAME.fullmatch(entry.name)
        try:
            if not match or not entry.is_dir(follow_symlinks=False):
                continue
            old = now - entry.stat(follow_symlinks=False).st_mtime > _STAGING_MAX_AGE
        except OSError:
            continue
        if old or not _process_alive(int(match.group(1))):
            shutil.rmtree(entry.path, ignore_errors=True)


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        # os.kill(pid, 0) would terminate the process on Windows: rely on the age alone.
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by another user
    return True
