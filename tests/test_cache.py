"""Re-runs reuse earlier work: extraction, embeddings and whole event results."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from checker.align import embedding_text
from checker.cache import event_key
from checker.config import Settings
from checker.ingest import load_events
from checker.models import Embedder
from checker.pipeline import check, check_events
from checker.records import Report

from .conftest import FIXTURES

EVENT = FIXTURES / "events" / "elbe-collision"


class CountingModel:
    """The real model, recording every text it is asked to encode."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.texts: set[str] = set()

    def encode(self, texts: list[str], **kwargs: Any) -> np.ndarray:
        self.texts.update(texts)
        return self.model.encode(texts, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.model, name)


def counting_embedder(cache: Path, embedder: Embedder) -> tuple[Embedder, CountingModel]:
    counter = CountingModel(embedder.model)
    wrapped = Embedder(cache_dir=cache)
    wrapped._model = counter
    return wrapped, counter


class NoModel:
    """Fails the test if any model is used."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"the embedding model was used ({name})")


def reports() -> list[Report]:
    return [r for _, rs in load_events([EVENT], Settings()).events for r in rs]


def test_adding_one_report_encodes_only_that_reports_claims(tmp_path: Path, embedder: Embedder) -> None:
    *first, added = reports()
    settings = Settings()
    before, _ = counting_embedder(tmp_path, embedder)
    [old] = check_events([("elbe", first)], settings, before, cache_dir=tmp_path)

    after, counter = counting_embedder(tmp_path, embedder)
    [new] = check_events([("elbe", [*first, added])], settings, after, cache_dir=tmp_path)

    old_texts = {embedding_text(c) for c in old.claims}
    expected = {embedding_text(c) for c in new.claims if c.report == added.id} - old_texts
    assert expected
    assert counter.texts == expected


def test_a_warm_rerun_loads_neither_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, embedder: Embedder
) -> None:
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path))
    cold = check([EVENT], embedder=counting_embedder(tmp_path, embedder)[0])

    def no_spacy() -> None:
        raise AssertionError("spaCy was loaded")

    monkeypatch.setattr("checker.pipeline.load_spacy", no_spacy)
    warm_embedder = Embedder(cache_dir=tmp_path)
    warm_embedder._model = NoModel()
    warm = check([EVENT], embedder=warm_embedder)
    assert warm.events == cold.events
    assert cold.events[0].conflicts


def test_a_warm_rerun_with_workers_starts_no_cluster(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, embedder: Embedder
) -> None:
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path))
    cold = check([EVENT], embedder=counting_embedder(tmp_path, embedder)[0])

    def no_cluster(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a Dask cluster was started")

    monkeypatch.setattr("checker.distributed.check_distributed", no_cluster)
    warm = check([EVENT], workers=2)
    assert warm.events == cold.events


def test_the_event_key_changes_with_anything_the_result_depends_on() -> None:
    rs = reports()
    settings = Settings()
    key = event_key("elbe", rs, settings, "model", "pipeline")
    assert event_key("elbe", list(rs), Settings(), "model", "pipeline") == key
    changed = [
        event_key("elbe", rs[:-1], settings, "model", "pipeline"),
        event_key("elbe", rs[::-1], settings, "model", "pipeline"),
        event_key("elbe", [replace(rs[0], source="Other outlet"), *rs[1:]], settings, "model", "pipeline"),
        event_key("elbe", [replace(rs[0], text=rs[0].text + " 4 ships."), *rs[1:]], settings, "model", "pipeline"),
        event_key("elbe", rs, settings.replace(align_similarity=0.6), "model", "pipeline"),
        event_key("elbe", rs, settings, "other-model", "pipeline"),
        event_key("elbe", rs, settings, "model", "other-pipeline"),
        event_key("other", rs, settings, "model", "pipeline"),
    ]
    assert key not in changed
    assert len(set(changed)) == len(changed)


def test_a_texts_vector_does_not_depend_on_the_texts_encoded_with_it(embedder: Embedder) -> None:
    texts = [
        "Two ships collided on the Elbe.",
        "The container ship Lumeo was carrying 2,000 containers when it hit the tanker near Hamburg.",
        "Police said 40 people were arrested.",
        "No one was hurt.",
        "The river was closed to traffic for six hours on Tuesday while divers inspected the hull.",
    ]
    together = embedder.encode(texts)
    for i, text in enumerate(texts):
        assert np.array_equal(embedder.encode([text])[0], together[i])
    assert np.array_equal(embedder.encode(texts[1:3])[1], together[2])
