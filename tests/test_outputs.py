"""Writing outputs: all or nothing, never a half-written report."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.errors import OutputError
from checker.results import write_outputs


def test_outputs_land_in_the_folder_and_no_staging_folder_remains(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_outputs({"results.json": "{}\n", "index.html": "<p>x</p>", "sub/page.html": "p"}, out)
    assert (out / "results.json").read_text() == "{}\n"
    assert (out / "sub" / "page.html").read_text() == "p"
    assert [p.name for p in out.iterdir() if p.name.startswith(".checker-")] == []


def test_out_pointing_at_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    target.write_text("keep me")
    with pytest.raises(OutputError, match="must be a folder"):
        write_outputs({"results.json": "{}"}, target)
    assert target.read_text() == "keep me"


def test_out_folder_that_cannot_be_created_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="writable --out"):
        write_outputs({"results.json": "{}"}, blocker / "sub")


def test_a_failed_write_keeps_the_previous_report(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_outputs({"results.json": "old", "index.html": "old"}, out)

    with pytest.raises(TypeError):
        write_outputs({"results.json": "new", "index.html": 12345}, out)  # type: ignore[dict-item]
    assert (out / "results.json").read_text() == "old"
    assert (out / "index.html").read_text() == "old"
