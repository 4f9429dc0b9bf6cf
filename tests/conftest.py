"""Shared fixtures: the real models are loaded once per test session."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Tests never read or fill the user's cache; each session gets its own.
os.environ["CHECKER_CACHE_DIR"] = tempfile.mkdtemp(prefix="checker-test-cache-")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"

#: Every sixth event of fixtures/events and the seed event, as paths relative
#: to ROOT: the tests that run whole checks many times (kills, byte identity,
#: workers) need events of every shape, not all of them, to keep CI quick.
SAMPLE_EVENTS = sorted(
    {p.relative_to(ROOT).as_posix() for p in sorted((FIXTURES / "events").iterdir())[::6] if p.is_dir()}
    | {"fixtures/events/nk-troops"}
)


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy pipeline, as the checker loads it."""
    from checker.models import load_spacy

    return load_spacy()


@pytest.fixture(scope="session")
def embedder():
    """The real bundled embedding model, without a disk cache."""
    from checker.models import Embedder

    return Embedder(cache_dir=None)
