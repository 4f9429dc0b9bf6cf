"""Alignment: which claims state the same fact.

Two claims are aligned when their sentences are close in embedding space AND
their structure is compatible: the same counted thing and unit, the same
frame (actual vs expected, total vs incremental), no clash of participants,
and, for figures, no two different named sources (two attributed estimates
are a disclosed disagreement, not an error). Statements are aligned when
their content (the quote, or the sentence without its speaker) is nearly the
same.

Candidate pairs are generated per bucket (claims of one kind counting one
thing), so the work grows with the size of the buckets, not of the event;
inside a large bucket only each claim's top-k neighbours are considered.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.cluster import AgglomerativeClustering

from checker.attribution import is_outlet, same_speaker
from checker.config import Settings
from checker.records import Claim

#: Distance given to pairs whose structure rules out the same fact.
_APART = 2.0


@dataclass(frozen=True)
class ClaimText:
    """The text each claim is embedded by."""

    claim: Claim
    text: str


def bucket_of(claim: Claim) -> str:
    """Claims can only align inside the same bucket."""
    if claim.quantity is not None:
        q = claim.quantity
        # A quantity with no counted noun and no unit cannot be matched safely.
        if not q.counted and not q.unit:
            return ""
        return f"q|{q.counted}|{q.unit}"
    if claim.date is not None:
        d = claim.date
        if not d.resolved or d.earliest is None:
            return ""
        return "d|deadline" if d.deadline else "d"
    if claim.attribution is not None and claim.attribution.speaker:
        return "s"
    return ""


def compatible(a: Claim, b: Claim) -> bool:
    """Whether the structure of two claims allows them to state the same fact."""
    if a.report == b.report and a.sentence == b.sentence:
        return False
    if a.kind == "statement":
        sa, sb = a.attribution, b.attribution
        assert sa is not None and sb is not None
        # Only statements credited to different speakers are interesting; a
        # conduit relaying the speaker is not a second speaker.
        if same_speaker(sa.speaker, sb.speaker):
            return False
        # An outlet reporting on its own ("Yonhap reported ...") may be the
        # conduit of the other report's speaker, not a rival source.
        if is_outlet(sa.speaker) or is_outlet(sb.speaker):
            return False
        if sa.conduit and same_speaker(sa.conduit, sb.speaker):
            return False
        if sb.conduit and same_speaker(sb.conduit, sa.speaker):
            return False
        return True
    if a.frame.modality != b.frame.modality or a.frame.negated != b.frame.negated:
        return False
    if a.frame.aggregation != b.frame.aggregation:
        return False
    if a.predicate and b.predicate and a.predicate != b.predicate and a.kind == "date":
        return False
    if a.kind == "quantity":
        qa, qb = a.quantity, b.quantity
        assert qa is not None and qb is not None
        if qa.subject and qb.subject and not same_speaker(qa.subject, qb.subject):
            return False
        if qa.predicate and qb.predicate and qa.predicate != qb.predicate and not _same_predicate(qa.predicate, qb.predicate):
            return False
        sa = a.attribution.speaker if a.attribution else ""
        sb = b.attribution.speaker if b.attribution else ""
        if sa and sb and not same_speaker(sa, sb):
            return False
    return True


#: Verbs that report the same event for counts.
_PREDICATE_GROUPS = (
    frozenset({"send", "deploy", "dispatch", "move", "station", "transfer"}),
    frozenset({"kill", "die", "dead", "perish", "claim"}),
    frozenset({"injure", "wound", "hurt"}),
    frozenset({"arrest", "detain", "hold"}),
    frozenset({"cut", "lay", "eliminate", "shed", "axe", "layoff"}),
    frozenset({"buy", "acquire", "pay", "purchase"}),
    frozenset({"attend", "march", "join", "gather", "protest", "turn"}),
)


def _same_predicate(a: str, b: str) -> bool:
    return any(a in group and b in group for group in _PREDICATE_GROUPS)


def embedding_text(claim: Claim, sentence_text: str, sentence_start: int) -> str:
    """The text that stands for a claim in embedding space."""
    att = claim.attribution
    if claim.kind == "statement" and att is not None:
        if att.quote:
            return att.quote
        if att.start >= 0:
            # Remove the speaker so that "Yoon said X" and "Rutte said X" embed alike.
            lo, hi = att.start - sentence_start, att.end - sentence_start
            if 0 <= lo < hi <= len(sentence_text):
                return (sentence_text[:lo] + sentence_text[hi:]).strip()
    return sentence_text


class Aligner:
    """Finds aligned claim pairs and groups them into facts.

    Follows scikit-learn's conventions: ``__init__`` stores settings, ``fit``
    learns ``pairs_`` (a DataFrame of aligned pairs, columns ``a``, ``b``,
    ``similarity``, indexes into the fitted claims) and ``labels_`` (a fact
    number per claim, -1 for claims aligned with nothing).
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def fit(self, claims: list[Claim], vectors: np.ndarray) -> Aligner:
        """Align ``claims``; ``vectors[i]`` embeds ``claims[i]`` (normalised)."""
        buckets: dict[str, list[int]] = {}
        for i, claim in enumerate(claims):
            key = bucket_of(claim)
            if key:
                buckets.setdefault(key, []).append(i)
        rows: list[tuple[int, int, float]] = []
        labels = np.full(len(claims), -1, dtype=int)
        next_label = 0
        for key in sorted(buckets):
            members = buckets[key]
            if len(members) < 2:
                continue
            threshold = self._threshold(key)
            pairs = self._candidate_pairs(members, vectors, threshold)
            kept = [(a, b, s) for a, b, s in pairs if compatible(claims[a], claims[b])]
            rows.extend(kept)
            groups = self._facts(members, kept, vectors, threshold)
            for group in groups:
                labels[group] = next_label
                next_label += 1
        self.pairs_ = pd.DataFrame(rows, columns=["a", "b", "similarity"]).sort_values(["a", "b"], ignore_index=True)
        self.labels_ = labels
        return self

    def _threshold(self, bucket: str) -> float:
        if bucket == "s":
            return self.settings.statement_similarity
        if bucket.startswith("d"):
            return self.settings.date_similarity
        return self.settings.align_similarity

    def _candidate_pairs(self, members: list[int], vectors: np.ndarray, threshold: float) -> list[tuple[int, int, float]]:
        """Pairs (i < j) above ``threshold``; top-k per claim in large buckets."""
        idx = np.asarray(members)
        sub = vectors[idx]
        n = len(idx)
        k = n if n <= self.settings.all_pairs_limit else self.settings.top_k
        out: list[tuple[int, int, float]] = []
        block = 1024
        for lo in range(0, n, block):
            sims = sub[lo : lo + block] @ sub.T
            for r in range(sims.shape[0]):
                row = sims[r]
                i = lo + r
                if k < n:
                    top = np.argpartition(-row, k)[: k + 1]
                else:
                    top = np.arange(n)
                for j in top:
                    if j != i and row[j] >= threshold and (k < n or j > i):
                        a, b = (int(idx[i]), int(idx[j])) if idx[i] < idx[j] else (int(idx[j]), int(idx[i]))
                        out.append((a, b, round(float(row[j]), 6)))
        return sorted(set(out))

    def _facts(
        self, members: list[int], pairs: list[tuple[int, int, float]], vectors: np.ndarray, threshold: float
    ) -> list[list[int]]:
        """Groups of claims stating one fact (average linkage on cosine distance)."""
        linked = sorted({i for a, b, _ in pairs for i in (a, b)})
        if len(linked) < 2:
            return []
        if len(linked) > self.settings.all_pairs_limit:
            return _components(linked, pairs)
        pos = {c: i for i, c in enumerate(linked)}
        dist = np.full((len(linked), len(linked)), _APART)
        np.fill_diagonal(dist, 0.0)
        for a, b, s in pairs:
            dist[pos[a], pos[b]] = dist[pos[b], pos[a]] = 1.0 - s
        model = AgglomerativeClustering(
            n_clusters=None, metric="precomputed", linkage="average", distance_threshold=1.0 - threshold
        ).fit(dist)
        groups: dict[int, list[int]] = {}
        for claim, label in zip(linked, model.labels_):
            groups.setdefault(int(label), []).append(claim)
        return sorted((g for g in groups.values() if len(g) > 1), key=lambda g: g[0])


def _components(nodes: list[int], pairs: list[tuple[int, int, float]]) -> list[list[int]]:
    parent = {n: n for n in nodes}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, _ in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for n in nodes:
        groups.setdefault(find(n), []).append(n)
    return sorted((g for g in groups.values() if len(g) > 1), key=lambda g: g[0])
