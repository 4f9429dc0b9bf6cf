"""On-disk cache of each report's extraction, so re-runs skip spaCy.

A report's sentences and claims depend only on its text, id, event and
publication date and on the code and pipeline that extracted them, so that
is the key. Entries live in one SQLite file in the cache folder: SQLite makes
it safe for two runs to share the folder, and a broken or unwritable cache
only costs time, never a failed run.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from functools import lru_cache
from pathlib import Path

from checker import __version__
from checker.records import Claim, Report, Sentence

Extraction = tuple[list[Sentence], list[Claim]]

#: Modules whose code decides what a report's extraction is.
_EXTRACTION_MODULES = (
    "records", "sentences", "claims", "quantities", "dates", "frames", "attribution", "lexicon", "models",
)


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of the extraction code, so an edited extractor never reads stale entries."""
    digest = hashlib.sha1(__version__.encode())
    here = Path(__file__).parent
    for name in _EXTRACTION_MODULES:
        path = here / f"{name}.py"
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def report_key(report: Report, pipeline: str) -> str:
    """The cache key of one report's extraction."""
    parts = [code_version(), pipeline, report.event, report.id, str(report.published), report.text]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


class ExtractionCache:
    """Sentences and claims per report key, in ``<folder>/extraction.sqlite3``."""

    def __init__(self, folder: Path | None) -> None:
        self.path = folder / "extraction.sqlite3" if folder is not None else None

    def _connect(self) -> sqlite3.Connection | None:
        if self.path is None:
            return None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            con = sqlite3.connect(self.path, timeout=30)
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("CREATE TABLE IF NOT EXISTS extraction (key TEXT PRIMARY KEY, data BLOB)")
            return con
        except (OSError, sqlite3.Error):
            return None

    def get_many(self, keys: list[str]) -> dict[str, Extraction]:
        """The cached extractions among ``keys``."""
        con = self._connect()
        if con is None or not keys:
            return {}
        out: dict[str, Extraction] = {}
        try:
            for i in range(0, len(keys), 500):
                chunk = keys[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for key, blob in con.execute(f"SELECT key, data FROM extraction WHERE key IN ({marks})", chunk):
                    try:
                        out[key] = pickle.loads(blob)
                    except Exception:  # noqa: BLE001 - a stale entry is a miss, whatever broke it
                        continue
        except sqlite3.Error:
            return {}
        finally:
            con.close()
        return out

    def put_many(self, items: dict[str, Extraction]) -> None:
        """Store extractions; failures are ignored (the cache is an optimisation)."""
        con = self._connect()
        if con is None or not items:
            return
        try:
            with con:
                con.executemany(
                    "INSERT OR REPLACE INTO extraction VALUES (?, ?)",
                    [(k, pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL)) for k, v in items.items()],
                )
        except sqlite3.Error:
            pass
        finally:
            con.close()
