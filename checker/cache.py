"""On-disk caches, so re-runs skip spaCy and the aligner.

Two stores live in the cache folder, each one SQLite file: SQLite makes it
safe for two runs (or two Dask workers) to share the folder, and a broken or
unwritable cache only costs time, never a failed run.

* ``extraction.sqlite3``: each report's sentences and claims. They depend
  only on the report's text, id, event and publication date and on the code
  and pipeline that extracted them, so that is the key.
* ``results.sqlite3``: each event's whole result. It depends on every report
  of the event, the settings, the embedding model and all of the checker's
  code, so that is the key; a warm re-run then loads neither model.

(The embedding cache is the embedder's own, see ``checker.models``.)
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Generic, TypeVar

from checker import __version__
from checker.config import Settings
from checker.records import Claim, EventResult, Report, Sentence

Extraction = tuple[list[Sentence], list[Claim]]
V = TypeVar("V")

#: Modules whose code decides what a report's extraction is. The attribution
#: stage's code also lives in speakers, mentions, quotes, cue_grammar and cues.
_EXTRACTION_MODULES = (
    "records", "sentences", "claims", "quantities", "dates", "frames", "attribution", "lexicon", "models",
    "speakers", "mentions", "quotes", "cue_grammar", "cues",
)


def _digest(names: Sequence[str]) -> str:
    digest = hashlib.sha1(__version__.encode())
    here = Path(__file__).parent
    for name in names:
        path = here / f"{name}.py"
        if path.exists():
            digest.update(name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of the extraction code, so an edited extractor never reads stale entries."""
    return _digest(_EXTRACTION_MODULES)


@lru_cache(maxsize=1)
def full_code_version() -> str:
    """A digest of every module of the package: an event's result may depend on any of them."""
    here = Path(__file__).parent
    return _digest(sorted(p.stem for p in here.glob("*.py")))


def report_key(report: Report, pipeline: str) -> str:
    """The cache key of one report's extraction."""
    parts = [code_version(), pipeline, report.event, report.id, str(report.published), report.text]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def event_key(event: str, reports: Sequence[Report], settings: Settings, model: str, pipeline: str) -> str:
    """The cache key of one event's result.

    Every field of every report counts (the verdicts name sources and dates,
    not only the text), in order, since the order of reports is the order of
    claims in the result.
    """
    digest = hashlib.sha1()
    for part in (full_code_version(), pipeline, model, repr(settings), event):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x1f")
    for report in reports:
        digest.update(repr(report).encode("utf-8"))
        digest.update(b"\x1e")
    return digest.hexdigest()


class _Store(Generic[V]):
    """Pickled values by key in one table of one SQLite file."""

    table = ""
    filename = ""

    def __init__(self, folder: Path | None) -> None:
        self.path = folder / self.filename if folder is not None else None

    def _connect(self) -> sqlite3.Connection | None:
        if self.path is None:
            return None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            con = sqlite3.connect(self.path, timeout=30)
            con.execute("PRAGMA journal_mode=WAL")
            con.execute(f"CREATE TABLE IF NOT EXISTS {self.table} (key TEXT PRIMARY KEY, data BLOB)")
            return con
        except (OSError, sqlite3.Error):
            return None

    def get_many(self, keys: list[str]) -> dict[str, V]:
        """The cached values among ``keys``."""
        if self.path is None or not keys:
            return {}
        con = self._connect()
        if con is None:
            return {}
        out: dict[str, V] = {}
        try:
            for i in range(0, len(keys), 500):
                chunk = keys[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for key, blob in con.execute(f"SELECT key, data FROM {self.table} WHERE key IN ({marks})", chunk):
                    try:
                        out[key] = pickle.loads(blob)
                    except Exception:  # noqa: BLE001 - a stale entry is a miss, whatever broke it
                        continue
        except sqlite3.Error:
            return {}
        finally:
            con.close()
        return out

    def put_many(self, items: dict[str, Any]) -> None:
        """Store values; failures are ignored (the cache is an optimisation)."""
        if self.path is None or not items:
            return
        con = self._connect()
        if con is None:
            return
        try:
            with con:
                con.executemany(
                    f"INSERT OR REPLACE INTO {self.table} VALUES (?, ?)",
                    [(k, pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL)) for k, v in items.items()],
                )
        except sqlite3.Error:
            pass
        finally:
            con.close()


class ExtractionCache(_Store[Extraction]):
    """Sentences and claims per report key, in ``<folder>/extraction.sqlite3``."""

    table = "extraction"
    filename = "extraction.sqlite3"


class ResultCache(_Store[EventResult]):
    """Whole event results per event key, in ``<folder>/results.sqlite3``."""

    table = "result"
    filename = "results.sqlite3"
