"""Measure the attribution stage on our labelled speakers and on PolNeAR.

Run ``python -m checker.evaluate_attribution [speakers.jsonl] [polnear.jsonl]``
to print both figures.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from checker.attribution import (
    CUE_VERBS,
    NEEDS_COMPLEMENT,
    RELATIVES,
    AttributionTriple,
    attribute,
    attributions_in,
    normalise_speaker,
    same_speaker,
)
from checker.errors import InputError
from checker.records import Attribution

POLNEAR_PATH = Path("/work/shared/eval/external/attribution_spans/polnear_dev.jsonl")
SPEAKERS_PATH = Path(__file__).resolve().parent.parent / "fixtures" / "extraction" / "speakers.jsonl"

# Words that never carry a source's identity when picking a head word.
_HEAD_STOP = frozenset("the a an of for from at with in and mr mrs ms dr".split())


def _load_spacy() -> Any:
    from checker.models import load_spacy

    return load_spacy()


def _read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    try:
        with open(path, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: cannot read labelled rows ({exc}); give a JSONL file, one object per line") from exc


def _prf(tp: int, predicted: int, gold: int) -> dict[str, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _parse_all(texts: Iterable[str], nlp: Any) -> dict[str, list[Attribution | None]]:
    unique = list(dict.fromkeys(texts))
    docs = nlp.pipe(unique, batch_size=64)
    return {t: attribute(d) for t, d in zip(unique, docs)}


def score_speakers(path: str | Path = SPEAKERS_PATH, nlp: Any = None) -> dict[str, Any]:
    """Precision, recall and F1 of speakers on our labelled set.

    A row is a true positive when both gold and predicted speakers exist and
    ``same_speaker`` accepts them; a prediction on a null row or a wrong name
    is a false positive, a missed or wrong gold speaker a false negative.
    ``conduit_accuracy`` is over rows whose gold conduit is not empty.

    Labelling conventions of ``fixtures/extraction/speakers.jsonl``: the
    speaker is the full name as the passage first gives it (titles dropped),
    a body's key or description ("police", "senior official"); an outlet
    relaying a named speaker is the conduit, an outlet reporting on its own
    is the speaker; "was quoted as saying" takes the outlet named earlier as
    conduit; a spokesman without a name speaks for the body. Rows tagged
    ``*-heldout`` were written after the rules were tuned on the others.
    """
    rows = _read_jsonl(path)
    nlp = nlp or _load_spacy()
    attrs = _parse_all((r["text"] for r in rows), nlp)
    tp = predicted = gold = conduit_ok = conduit_n = 0
    errors = []
    for r in rows:
        out = attrs[r["text"]]
        a = out[r["sentence"]] if r["sentence"] < len(out) else None
        pred = a.speaker if a is not None else None
        want = r["speaker"]
        predicted += pred is not None
        gold += want is not None
        hit = pred is not None and want is not None and same_speaker(pred, want)
        tp += hit
        if r.get("conduit"):
            conduit_n += 1
            conduit_ok += bool(a and normalise_speaker(a.conduit) == normalise_speaker(r["conduit"]))
        if not hit and (pred is not None or want is not None):
            errors.append({"sentence": r["sentence"], "gold": want, "pred": pred,
                           "phenomenon": r.get("phenomenon", ""), "text": r["text"]})
    result: dict[str, Any] = _prf(tp, predicted, gold)
    result.update(n=len(rows), tp=tp, predicted=predicted, gold=gold,
                  conduit_accuracy=round(conduit_ok / conduit_n, 4) if conduit_n else 0.0,
                  errors=errors)
    return result


def _head_word(phrase: str) -> str:
    """Head of a source phrase: the last content word before a post-modifier.

    "Donald Trump's campaign manager" -> "manager"; "attorneys for the family"
    -> "attorneys"; "Mrs. Clinton's" -> "clinton".
    """
    s = phrase.lower().replace("\u2019", "'").strip()
    if s in RELATIVES:
        return s
    s = re.split(r"\s*(?:,|\(|\bwho\b|\bthat\b|\bwhich\b)", s)[0]
    s = re.split(r"\s+(?:of|for|from|at|with|in|on)\s+", s)[0]
    s = re.sub(r"'s?$", "", s.strip())
    words = [w for w in re.findall(r"[\w'-]+", s) if w not in _HEAD_STOP]
    return re.sub(r"'s$", "", words[-1]) if words else ""


def _content_words(phrase: str) -> set[str]:
    """Words of a source phrase outside its possessor ("Trump's manager" -> {"manager"})."""
    s = phrase.lower().replace("\u2019", "'")
    if re.search(r"'s\s+\w", s):
        s = s.split("'s", 1)[1]
    return {w.strip("'") for w in re.findall(r"[\w'-]+", s)} - _HEAD_STOP


def _locate(text: str, content: str) -> list[tuple[int, int]]:
    """Character spans of ``content`` in ``text``; discontinuous content is found piece by piece."""
    at = text.find(content)
    if at >= 0:
        return [(at, at + len(content))]
    spans, pos = [], 0
    words = content.split()
    i = 0
    while i < len(words):
        j = len(words)
        while j > i:
            piece = " ".join(words[i:j])
            k = text.find(piece, pos)
            if k >= 0:
                spans.append((k, k + len(piece)))
                pos = k + len(piece)
                break
            j -= 1
        i = j if j > i else i + 1
    return spans


def _polnear_match(gold: str, a: Attribution, text: str) -> bool:
    """Whether a predicted attribution names the gold PolNeAR source (see score_polnear)."""
    gold_head = _head_word(gold)
    gold_words = _content_words(gold)
    mention = text[a.start:a.end] if a.start >= 0 else ""
    for cand in {a.speaker_surface, a.speaker, mention} - {""}:
        head = _head_word(cand)
        if head and head in gold_words:
            return True
        if gold_head and gold_head in _content_words(cand):
            return True
    if gold_head in RELATIVES and a.start >= 0:
        # A relative pronoun names the phrase right before it: ", who said".
        after = text[a.end:a.end + 12].lower()
        return re.match(r"^[\s,]*" + gold_head + r"\b", after) is not None
    return False


def score_polnear(path: str | Path = POLNEAR_PATH, nlp: Any = None) -> dict[str, Any]:
    """Speaker precision, recall and F1 on PolNeAR attribution rows.

    Each row gives a passage, the attributed ``content`` and the gold
    ``source`` span. ``attributions_in`` runs on the passage; among the
    triples of the sentences overlapping ``content``, the prediction for the
    row is the one whose content spans overlap the gold content most
    (character Jaccard), ties going to the nearest. One prediction per row,
    so a sentence with two attributions is scored cue by cue.

    Matching rule: a prediction matches when, for its speaker surface, its
    normalised key or the mention's text in the passage, the candidate's head
    word (last content word before a post-modifier, possessive stripped) is
    one of the gold source's words outside a possessor, or the gold head word
    is one of the candidate's such words. So gold "sources" = pred "sources",
    gold "Mr. Obama" = pred "Obama", gold "she" = pred mention "she", but gold
    "Donald Trump's campaign manager" != pred "Donald Trump". A gold relative
    pronoun ("who") matches a mention that ends right before it.
    Precision = matched rows / rows with any prediction; recall = matched
    rows / all rows (the gold rows are not exhaustive, so sentences without a
    gold row are not counted).

    PolNeAR also annotates sources of plans, votes, rulings and attitudes
    ("Clinton plans", "NATO to order"). The top-level figures use every
    triple, attitudes included; ``statements`` repeats them with statement
    cues only (what ``attribute`` feeds the checker); ``sentence_level`` is
    the older rule (any of ``attribute``'s one-per-sentence speakers);
    ``reporting`` is the top-level rule on the rows whose gold cue is a
    reporting or belief verb, "according to", a colon or a dash sign-off.
    """
    rows = _read_jsonl(path)
    nlp = nlp or _load_spacy()
    unique = list(dict.fromkeys(r["text"] for r in rows))
    docs = dict(zip(unique, nlp.pipe(unique, batch_size=64)))
    triples = {t: attributions_in(d) for t, d in docs.items()}
    sentence_attrs = {t: attribute(d) for t, d in docs.items()}
    sents = {t: [(s.start_char, s.end_char) for s in d.sents] for t, d in docs.items()}
    cues = list(dict.fromkeys(r["cue"] for r in rows))
    cue_docs = dict(zip(cues, nlp.pipe(cues, batch_size=256)))
    counts: dict[str, Counter[str]] = {k: Counter() for k in ("all", "statements", "sentence_level", "reporting")}
    misses: Counter[str] = Counter()
    errors = []
    for r in rows:
        text = r["text"]
        gold = _locate(text, r["content"])
        near = [i for i, (b, e) in enumerate(sents[text]) if any(b < ge and e > gb for gb, ge in gold)]
        cands = [t for i in near for t in triples[text][i]]
        best = _best_triple(cands, gold)
        stated = _best_triple([t for t in cands if t.statement], gold)
        hit = best is not None and _polnear_match(r["source"], best.attribution, text)
        stated_hit = stated is not None and _polnear_match(r["source"], stated.attribution, text)
        counts["all"].update(n=1, tp=int(hit), predicted=int(best is not None))
        counts["statements"].update(n=1, tp=int(stated_hit), predicted=int(stated is not None))
        per_sentence = [sentence_attrs[text][i] for i in near]
        preds = [a for a in per_sentence if a is not None]
        counts["sentence_level"].update(n=1, predicted=int(bool(preds)),
                                        tp=int(any(_polnear_match(r["source"], a, text) for a in preds)))
        if _is_reporting_cue(r["cue"], cue_docs[r["cue"]]):
            counts["reporting"].update(n=1, tp=int(hit), predicted=int(best is not None))
        if not hit:
            misses["wrong" if best is not None else "none"] += 1
            errors.append({"id": r["id"], "gold": r["source"], "cue": r["cue"],
                           "pred": (best.attribution.speaker_surface, best.attribution.cue) if best else None,
                           "candidates": [(t.attribution.speaker_surface, t.attribution.cue) for t in cands]})
    result: dict[str, Any] = _figures(counts["all"])
    result.update(misses=dict(misses), errors=errors,
                  **{k: _figures(counts[k]) for k in ("statements", "sentence_level", "reporting")})
    return result


def _figures(c: Counter[str]) -> dict[str, Any]:
    out: dict[str, Any] = _prf(c["tp"], c["predicted"], c["n"])
    out.update(n=c["n"], tp=c["tp"], predicted=c["predicted"])
    return out


def _best_triple(cands: list[AttributionTriple], gold: list[tuple[int, int]]) -> AttributionTriple | None:
    """The triple whose content best matches the gold content spans (character Jaccard, then distance)."""
    if not cands:
        return None
    want = {i for b, e in gold for i in range(b, e)}

    def key(t: AttributionTriple) -> tuple[float, int]:
        have = {i for b, e in t.content for i in range(b, e)}
        union = len(want | have)
        jaccard = len(want & have) / union if union else 0.0
        gap = min((max(gb - e, b - ge, 0) for b, e in t.content for gb, ge in gold), default=10**6)
        return (-jaccard, gap)

    return min(cands, key=key)


def _is_reporting_cue(cue: str, doc: Any) -> bool:
    """A gold cue this stage is meant to find: a reporting or belief verb, "according to", ":" or a dash."""
    if cue.strip() in (":", "\u2015", "\u2014", "--") or "according" in cue.lower():
        return True
    return any(t.lemma_.lower() in CUE_VERBS or t.lemma_.lower() in NEEDS_COMPLEMENT for t in doc)


def main(argv: list[str] | None = None) -> None:
    """Print both scores; paths default to the project's fixture and the shared PolNeAR file."""
    args = list(sys.argv[1:] if argv is None else argv)
    nlp = _load_spacy()
    for name, fn, default in (("speakers", score_speakers, SPEAKERS_PATH), ("polnear", score_polnear, POLNEAR_PATH)):
        path = args.pop(0) if args else default
        if Path(path).exists():
            res = fn(path, nlp)
            print(name, {k: v for k, v in res.items() if k != "errors"})


if __name__ == "__main__":
    main()
