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

#: Twelve events spread evenly over fixtures/events, and the seed event, as
#: paths relative to ROOT: the tests that run whole checks many times (kills,
#: byte identity, workers) need events of every shape, not all of them. A fixed
#: number, so that CI does not slow down as fixtures are added (every sixth
#: event, as this was at first, cost those tests ten minutes at 181 events).
SAMPLE_SIZE = 12
_ALL_EVENTS = sorted(p.relative_to(ROOT).as_posix() for p in (FIXTURES / "events").iterdir() if p.is_dir())
SAMPLE_EVENTS = sorted(
    {_ALL_EVENTS[i * (len(_ALL_EVENTS) - 1) // (SAMPLE_SIZE - 1)] for i in range(SAMPLE_SIZE)}
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


@pytest.fixture(scope="session")
def fixtures_check(tmp_path_factory: pytest.TempPathFactory):
    """`checker check fixtures/events` with every output, once per test session.

    The cold check of every fixture event is the suite's longest step (about
    470 s on two workers at 222 events), so the tests of the CLI's outputs and
    of the report's pages over the fixtures share this one run. Two workers,
    as a batch user on a small machine would run it; the results are the
    serial run's (tests/test_scale.py).
    """
    from click.testing import CliRunner

    from checker.cli import cli

    out = tmp_path_factory.mktemp("fixtures-check")
    result = CliRunner().invoke(cli, ["check", str(FIXTURES / "events"), "--out", str(out), "--quiet", "--workers", "2"])
    return result, out
