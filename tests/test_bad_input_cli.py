"""Bad and odd input through the real command line: exit codes, messages, nothing written.

Every unreadable input exits 2 with one "error:" line naming the file and what
to do, never a traceback, and creates no --out folder. Readable odd input
(encodings, line ends, single reports, other languages) runs the real models
and exits 0 or 1 like any other input.
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from checker.cli import cli

Build = Callable[[Path], list[str]]

# The same report text and helpers as tests/test_ingest.py (tests/ is not a package,
# so they are repeated rather than imported).
TEXT = "North Korea has sent around 3,000 troops to Russia, Seoul's spy agency said."


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def jsonl(*rows: object) -> str:
    return "".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows)


def invoke(*args: object) -> Result:
    """Run the CLI in-process; an exception escaping click is a test failure, not an exit code."""
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    return result


def check(tmp_path: Path, *args: object) -> tuple[Result, Path]:
    out = tmp_path / "out"
    return invoke("check", *args, "--out", out, "-q"), out


def refused(tmp_path: Path, *args: object) -> str:
    """The error line of a run that must exit 2 and write nothing."""
    result, out = check(tmp_path, *args)
    assert result.exit_code == 2, result.output
    assert not out.exists()
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


def event(tmp_path: Path, name: str, content: str | bytes) -> list[str]:
    """A folder holding one good report and the file under test."""
    write(tmp_path / "ev" / "good.txt", TEXT)
    write(tmp_path / "ev" / name, content)
    return [str(tmp_path / "ev")]


def config(tmp_path: Path, body: str) -> list[str]:
    return ["--config", str(write(tmp_path / "checker.toml", body))]


def _output_folder(t: Path) -> list[str]:
    write(t / "old" / "results.json", "{}")
    write(t / "old" / "index.html", "<html></html>")
    return [str(t / "old")]


def _crowd(t: Path) -> list[str]:
    for name in "abc":
        write(t / "crowd" / f"{name}.txt", TEXT)
    return [str(t / "crowd"), *config(t, "[tool.checker]\nmax_reports_per_event = 2\n")]


def _crowded_feed(t: Path) -> list[str]:
    feed = write(t / "feed.jsonl", jsonl(*({"event": "crowd", "text": TEXT} for _ in range(3))))
    return [str(feed), *config(t, "[tool.checker]\nmax_reports_per_event = 2\n")]


def _duplicate_id(t: Path) -> list[str]:
    write(t / "ev" / "a.txt", TEXT)
    write(t / "ev" / "a.md", TEXT)
    return [str(t / "ev")]


def _symlink_loop(t: Path) -> list[str]:
    write(t / "batch" / "ev" / "a.txt", TEXT)
    (t / "batch" / "ev" / "back").symlink_to(t / "batch", target_is_directory=True)
    return [str(t / "batch")]


def _self_link(t: Path) -> list[str]:
    (t / "loop.txt").symlink_to(t / "loop.txt")
    return [str(t / "loop.txt")]


def _broken_link(t: Path) -> list[str]:
    write(t / "ev" / "a.txt", TEXT)
    (t / "ev" / "gone.txt").symlink_to(t / "nowhere.txt")
    return [str(t / "ev")]


def _fifo(t: Path) -> list[str]:
    os.mkfifo(t / "pipe.txt")
    return [str(t / "pipe.txt")]


def _nothing_left(t: Path) -> list[str]:
    write(t / "ev" / "scan.txt", b"%PDF-1.4\n")
    return [str(t / "ev"), "--skip-bad"]


UNREADABLE: dict[str, tuple[Build, list[str]]] = {
    # kind: (build the input and extra options, fragments of the error line)
    "missing path": (lambda t: [str(t / "missing")], ["missing: no such file or folder", "check the path"]),
    "folder without reports": (
        lambda t: [str(write(t / "ev" / "config.yaml", "a: 1").parent)],
        ["ev: no reports found in this folder", ".txt", ".jsonl"],
    ),
    "folder with only hidden files": (
        lambda t: [str(write(t / "ev" / ".a.txt", TEXT).parent)], ["ev: no reports found", ".md"],
    ),
    "unsupported extension": (
        lambda t: [str(write(t / "ev" / "notes.docx.bak", TEXT))], ["notes.docx.bak: .bak is not a supported format", ".txt"],
    ),
    "checker output folder": (_output_folder, ["old: this is a checker output folder", "give the folder of reports instead"]),
    "empty file": (lambda t: event(t, "empty.txt", b""), ["empty.txt: the file is empty", "remove the file"]),
    "whitespace only": (
        lambda t: event(t, "blank.txt", " \n\t\r\n \u00a0\n"), ["blank.txt: has no text (only whitespace)", "add the report's text"],
    ),
    "binary": (lambda t: event(t, "blob.txt", bytes(range(256)) * 4), ["blob.txt: contains NUL bytes (first at byte 0)", "convert it to .txt"]),
    "pdf named .txt": (lambda t: event(t, "scan.txt", b"%PDF-1.7\n%\xe2\xe3\n"), ["scan.txt: looks like a PDF file, not text", "convert it to .txt"]),
    "png named .txt": (lambda t: event(t, "chart.txt", b"\x89PNG\r\n\x1a\n\x00\x00"), ["chart.txt: looks like a PNG image", "convert it"]),
    "docx named .txt": (lambda t: event(t, "memo.txt", b"PK\x03\x04\x14\x00"), ["memo.txt: looks like a ZIP archive", "remove it"]),
    "gzip named .md": (lambda t: event(t, "wire.md", b"\x1f\x8b\x08\x00"), ["wire.md: looks like a GZIP archive", "remove it"]),
    "nul inside utf-8": (
        lambda t: event(t, "nul.txt", TEXT.encode() + b"\x00" + TEXT.encode()),
        [f"nul.txt: contains NUL bytes (first at byte {len(TEXT)})", "convert it to .txt"],
    ),
    "nul on every other byte": (
        lambda t: event(t, "table.txt", bytes(b for i in range(1, 256) for b in (i, 0))), ["table.txt: contains NUL bytes", "remove it"],
    ),
    "utf-16 mark on invalid utf-16": (
        lambda t: event(t, "wide.txt", b"\xff\xfe\x00\xd8A\x00"),
        ["wide.txt: starts with a UTF-16 byte-order mark but is not valid UTF-16", "re-save it as UTF-8"],
    ),
    "over --max-report-bytes": (
        lambda t: [*event(t, "long.txt", "x" * 101), "--max-report-bytes", "100"],
        ["long.txt: 101 bytes is more than max_report_bytes (100)", "use --max-report-bytes"],
    ),
    "too many reports in an event": (_crowd, ["crowd: event 'crowd' has 3 reports, more than max_reports_per_event (2)", "split the event"]),
    "too many rows in a feed event": (_crowded_feed, ["feed.jsonl line 3: event 'crowd' has more reports", "split the event"]),
    "invalid yaml front matter": (
        lambda t: event(t, "bad.md", "---\ntitle: ok\nsource: [unclosed\n---\nBody."),
        ["bad.md: invalid YAML front matter (line", "fix it or remove the block"],
    ),
    "front matter is a list": (
        lambda t: event(t, "list.md", "---\n- title\n---\nBody."), ["list.md: front matter is a list", "published: YYYY-MM-DD"],
    ),
    "unclosed front matter": (
        lambda t: event(t, "open.md", "---\ntitle: T\n\nBody."), ["open.md: front matter opened with '---' on line 1 is never closed", "add a '---' line"],
    ),
    "published not a date": (
        lambda t: event(t, "when.md", "---\npublished: last Tuesday\n---\nBody."), ["when.md: published 'last Tuesday' is not a date", "YYYY-MM-DD"],
    ),
    "impossible date": (
        lambda t: event(t, "when.md", "---\npublished: 2024-13-45\n---\nBody."), ["when.md: invalid date in the front matter", "YYYY-MM-DD"],
    ),
    "front matter without body": (
        lambda t: event(t, "stub.md", "---\ntitle: Only a title\n---\n\n"), ["stub.md: has front matter but no text after it", "add the report's text"],
    ),
    "json number": (lambda t: event(t, "num.json", "42"), ["num.json: is a JSON number, not an object", '"text"']),
    "json list": (lambda t: event(t, "many.json", json.dumps([{"text": TEXT}])), ["many.json: is a JSON list", ".jsonl feed"]),
    "json without text": (
        lambda t: event(t, "notext.json", json.dumps({"body": TEXT})), ['notext.json: has no "text" field', "keys found: body"],
    ),
    "invalid json": (
        lambda t: event(t, "broken.json", '{"text": "a",\n "title": }'), ["broken.json: not valid JSON (line 2, column", "fix the file"],
    ),
    "jsonl broken line": (
        lambda t: [str(write(t / "feed.jsonl", jsonl({"event": "e", "text": TEXT}, "", '{"event": "e", "text": ')))],
        ["feed.jsonl line 3: not valid JSON", "fix or remove the line"],
    ),
    "jsonl row not an object": (
        lambda t: [str(write(t / "feed.jsonl", jsonl({"event": "e", "text": TEXT}, '["e", "text"]')))],
        ["feed.jsonl line 2: expected a JSON object", "found a list"],
    ),
    "jsonl row without text": (
        lambda t: [str(write(t / "feed.jsonl", jsonl({"event": "e", "title": "T"})))], ['feed.jsonl line 1: no "text" value', "add it or remove the line"],
    ),
    "jsonl row without event": (
        lambda t: [str(write(t / "feed.jsonl", jsonl({"text": TEXT})))], ["feed.jsonl line 1: no event", "--group-events"],
    ),
    "jsonl bad published": (
        lambda t: [str(write(t / "feed.jsonl", jsonl({"event": "e", "text": TEXT, "published": "04/11/2024"})))],
        ["feed.jsonl line 1: published '04/11/2024' is not a date", "YYYY-MM-DD"],
    ),
    "csv without text column": (
        lambda t: [str(write(t / "feed.csv", "event,body\ne,hello\n"))], ["feed.csv: no 'text' column in the header (columns found: event, body)", "the first line must name the columns"],
    ),
    "csv without event column": (
        lambda t: [str(write(t / "feed.csv", "id,text\nr1,hello\n"))], ["feed.csv: no 'event' column", "--group-events"],
    ),
    "csv unclosed quote": (
        lambda t: [str(write(t / "feed.csv", 'event,text\ne,fine\ne,"never closed\ne,more\n'))], ["feed.csv line 3:", "check the quotes in this row"],
    ),
    "empty csv": (lambda t: [str(write(t / "feed.csv", b""))], ["feed.csv: the file is empty", "remove the file"]),
    "csv header only": (lambda t: [str(write(t / "feed.csv", "event,text\n"))], ["feed.csv: the feed has no rows", "add rows"]),
    "csv row with too many fields": (
        lambda t: [str(write(t / "feed.csv", "event,text\ne,3,000 troops\n"))], ["feed.csv line 2: 3 fields but the header has 2", "quote fields"],
    ),
    "duplicate report id": (_duplicate_id, ["a.txt: report id 'a' is already used by", "rename one of them"]),
    "html without article text": (
        lambda t: event(t, "shell.html", "<html><head><script>x()</script></head><body><script>go()</script></body></html>"),
        ["shell.html: no article text found in the HTML", "save the article's text as .txt"],
    ),
    "symlink loop in a batch": (_symlink_loop, ["back: symbolic link loops back to", "remove the link"]),
    "self-referencing symlink": (_self_link, ["loop.txt: symbolic link loop", "remove the link"]),
    "broken symlink": (_broken_link, ["gone.txt: broken symbolic link to", "fix or remove the link"]),
    "fifo given directly": (_fifo, ["pipe.txt: not a regular file or folder", "give files or folders"]),
    "--skip-bad with nothing left": (_nothing_left, ["no reports could be read from the given paths (1 skipped", "scan.txt"]),
}


@pytest.mark.parametrize("kind", list(UNREADABLE))
def test_unreadable_input_exits_2_with_the_file_and_a_hint_and_writes_nothing(tmp_path: Path, kind: str) -> None:
    build, fragments = UNREADABLE[kind]
    args = build(tmp_path)
    line = refused(tmp_path, *args)
    for fragment in fragments:
        assert fragment in line


def test_an_unreadable_file_exits_2_naming_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod 000 does not stop root, so the refusal is simulated where ingest opens the file.
    args = event(tmp_path, "secret.txt", TEXT)
    real_open = Path.open

    def guarded(self: Path, *a: object, **k: object):  # type: ignore[no-untyped-def]
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", guarded)
    line = refused(tmp_path, *args)
    assert "secret.txt: permission denied; make the file readable (chmod u+r)" in line


# --- options and paths around the input -------------------------------------------------------


@pytest.fixture
def no_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any call to the pipeline fail the test: the CLI must refuse before running."""

    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("the pipeline ran although the command line was refused")

    monkeypatch.setattr("checker.pipeline.check", forbidden)


def good_event(tmp_path: Path) -> Path:
    write(tmp_path / "ev" / "a.txt", TEXT)
    write(tmp_path / "ev" / "b.txt", TEXT)
    return tmp_path / "ev"


def test_out_pointing_at_a_file_exits_2_and_leaves_the_file_alone(tmp_path: Path, no_run: None) -> None:
    target = write(tmp_path / "report.txt", "keep me")
    result = invoke("check", good_event(tmp_path), "--out", target, "-q")
    assert result.exit_code == 2
    assert f"{target}: --out must be a folder, and this is a file" in result.stderr
    assert target.read_text() == "keep me"


def test_out_under_a_file_exits_2_before_the_run(tmp_path: Path, no_run: None) -> None:
    blocker = write(tmp_path / "report.txt", "keep me")
    result = invoke("check", good_event(tmp_path), "--out", blocker / "sub", "-q")
    assert result.exit_code == 2
    assert f"cannot create this folder because {blocker} is a file; choose another --out" in result.stderr
    assert blocker.read_text() == "keep me"


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (None, "decisions.json: baseline file not found; export decisions from the HTML report first"),
        ("{not json", "decisions.json: not a decisions file ("),
        ('{"fingerprints": []}', 'decisions.json: no "decisions" list; use the JSON the report\'s Export button saves'),
        (b"\xff\xfe\x00", "decisions.json: not a decisions file ("),
    ],
    ids=["missing", "invalid-json", "no-decisions-list", "not-utf8"],
)
def test_a_bad_baseline_exits_2_and_writes_nothing(tmp_path: Path, content: str | bytes | None, fragment: str) -> None:
    baseline = tmp_path / "decisions.json"
    if content is not None:
        write(baseline, content)
    line = refused(tmp_path, good_event(tmp_path), "--baseline", baseline)
    assert fragment in line


def test_a_config_with_invalid_toml_exits_2_naming_the_file(tmp_path: Path, no_run: None) -> None:
    line = refused(tmp_path, good_event(tmp_path), *config(tmp_path, "[tool.checker\nfail_on = 'high'\n"))
    assert "checker.toml: cannot read TOML (" in line and "fix the file or pass --config" in line


def test_a_config_with_an_unknown_setting_exits_2_listing_the_known_ones(tmp_path: Path, no_run: None) -> None:
    line = refused(tmp_path, good_event(tmp_path), *config(tmp_path, "[tool.checker]\nalign_similarty = 0.6\n"))
    assert "unknown setting(s) align_similarty; known settings are:" in line and "align_similarity" in line


def test_a_missing_config_file_exits_2(tmp_path: Path, no_run: None) -> None:
    line = refused(tmp_path, good_event(tmp_path), "--config", tmp_path / "nowhere.toml")
    assert "nowhere.toml: no such config file" in line


@pytest.mark.parametrize(
    ("options", "fragment"),
    [
        (["--colour"], "No such option '--colour'"),
        (["--format", "pdf"], "unknown format pdf; choose from json, csv, html"),
        (["--fail-on", "critical"], "'critical' is not one of 'low', 'medium', 'high'"),
        (["--workers", "0"], "0 is not in the range x>=1"),
        (["--max-report-bytes", "lots"], "'lots' is not a valid integer"),
        (["--config", "."], "Invalid value for '--config': File '.' is a directory"),
        (["--baseline", "."], "Invalid value for '--baseline': File '.' is a directory"),
    ],
    ids=["unknown-option", "unknown-format", "unknown-severity", "zero-workers", "non-integer", "config-is-a-folder",
         "baseline-is-a-folder"],
)
def test_bad_usage_exits_2_with_clicks_message(tmp_path: Path, no_run: None, options: list[str], fragment: str) -> None:
    out = tmp_path / "out"
    result = invoke("check", good_event(tmp_path), "--out", out, *options)
    assert result.exit_code == 2, result.output
    assert fragment in result.stderr
    assert "Usage: " in result.stderr
    assert not out.exists()


def test_check_without_paths_exits_2(tmp_path: Path, no_run: None) -> None:
    result = invoke("check", "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert "Missing argument 'PATHS...'" in result.stderr


def test_an_unexpected_internal_error_exits_2_not_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Exit 1 means "conflicts found" to CI; a crash must never read as that.
    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("checker.pipeline.check", crash)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["check", str(good_event(tmp_path)), "--out", str(out), "-q"])
    assert result.exit_code == 2
    assert "error: internal error (RuntimeError: boom); this is a bug in the checker" in result.stderr
    assert "Traceback" in result.stderr
    assert not out.exists()


def test_ctrl_c_exits_130_not_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("checker.pipeline.check", interrupted)
    result = invoke("check", good_event(tmp_path), "--out", tmp_path / "out", "-q")
    assert result.exit_code == 130
    assert result.stderr == "interrupted\n"


# --- readable odd input: the real models run -------------------------------------------------

SAME = "Police in Zürich said 40 people were arrested on Tuesday."


def two_reports(tmp_path: Path, first: tuple[str, str | bytes], second: tuple[str, str | bytes] = ("plain.txt", SAME)) -> Path:
    for name, content in (first, second):
        write(tmp_path / "odd" / name, content)
    return tmp_path / "odd"


def data(out: Path) -> dict:
    return json.loads((out / "results.json").read_text(encoding="utf-8"))


def page(out: Path, slug: str = "odd") -> str:
    return (out / f"event-{slug}.html").read_text(encoding="utf-8")


def checked(tmp_path: Path, *args: object, code: int = 0) -> tuple[Result, Path]:
    result, out = check(tmp_path, *args)
    assert result.exit_code == code, result.output
    assert (out / "results.json").is_file() and (out / "conflicts.csv").is_file()
    assert (out / "index.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
    return result, out


ODD_ENCODINGS = {
    "utf-16-le with a mark": "\ufeff".encode("utf-16-le") + SAME.encode("utf-16-le"),
    "utf-16-be with a mark": "\ufeff".encode("utf-16-be") + SAME.encode("utf-16-be"),
    "utf-16 without a mark": SAME.encode("utf-16-le"),
    "utf-32": SAME.encode("utf-32"),
    "utf-8 with a mark": b"\xef\xbb\xbf" + SAME.encode(),
    "latin-1": SAME.encode("latin-1"),
    "cp1252": SAME.encode("cp1252"),
    "crlf line ends": ("Zürich police.\r\n" + SAME + "\r\n").encode(),
    "cr line ends": ("Zürich police.\r" + SAME + "\r").encode(),
    "control characters": ("\x07" + SAME + "\x08\x0c").encode(),
    "ansi colour codes": ("\x1b[1m" + SAME + "\x1b[0m").encode(),
    "nfd": unicodedata.normalize("NFD", SAME).encode(),
}


@pytest.mark.parametrize("content", list(ODD_ENCODINGS.values()), ids=list(ODD_ENCODINGS))
def test_an_oddly_encoded_report_agreeing_with_a_utf8_one_exits_0(tmp_path: Path, content: bytes) -> None:
    result, out = checked(tmp_path, two_reports(tmp_path, ("odd.txt", content)), code=0)
    assert "0 open conflicts in 1 event" in result.stdout
    assert data(out)["summary"]["reports"] == 2
    html = page(out)
    assert html.count("Zürich") >= 2  # decoded, NFC, in both reports' text
    assert unicodedata.normalize("NFD", "Zürich") not in html


def test_a_latin1_report_disagreeing_with_a_utf16_one_exits_1_with_the_conflict(tmp_path: Path) -> None:
    odd = two_reports(
        tmp_path,
        ("latin.txt", SAME.encode("latin-1")),
        ("wide.txt", "\ufeff".encode("utf-16-le") + SAME.replace("40", "400").encode("utf-16-le")),
    )
    result, out = checked(tmp_path, odd, code=1)
    (conflict,) = [c for e in data(out)["events"] for c in e["conflicts"]]
    assert conflict["kind"] == "numeric"
    assert sorted(c["report"] for c in conflict["claims"]) == ["latin", "wide"]
    assert "1 open conflict in 1 event" in result.stdout


def test_non_english_reports_are_checked_without_error(tmp_path: Path) -> None:
    korean = "북한이 러시아에 약 3,000명의 병력을 파견했다고 국가정보원이 밝혔다."
    odd = two_reports(tmp_path, ("yonhap-ko.txt", korean), ("kbs-ko.txt", korean))
    result, out = checked(tmp_path, odd, code=0)
    assert [r["id"] for r in data(out)["events"][0]["reports"]] == ["kbs-ko", "yonhap-ko"]
    assert "북한이" in page(out)


def test_a_single_report_event_exits_0_with_a_note(tmp_path: Path) -> None:
    write(tmp_path / "lonely" / "a.txt", SAME)
    result, out = checked(tmp_path, tmp_path / "lonely", code=0)
    assert "note: event lonely has a single report: nothing to compare across reports" in result.stderr
    summary = data(out)["summary"]
    assert (summary["events"], summary["reports"], summary["conflicts"]) == (1, 1, 0)


def test_a_file_name_with_spaces_and_accents_keeps_its_id(tmp_path: Path) -> None:
    name = unicodedata.normalize("NFD", "Le Monde – Séoul 4 nov.txt")
    result, out = checked(tmp_path, two_reports(tmp_path, (name, SAME)), code=0)
    assert [r["id"] for r in data(out)["events"][0]["reports"]] == ["Le Monde – Séoul 4 nov", "plain"]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("feed.jsonl", jsonl({"event": "odd", "id": "a", "text": "Zürich\u2028" + SAME}, {"event": "odd", "id": "b", "text": SAME})),
        ("feed.csv", f"Event;Id;Text\r\nodd;a;\"Zürich,\r\n{SAME}\"\r\nodd;b;{SAME}\r\n"),
    ],
    ids=["jsonl-with-line-separator", "semicolon-csv-with-multiline-cell"],
)
def test_feed_exports_in_odd_shapes_are_checked(tmp_path: Path, name: str, content: str) -> None:
    result, out = checked(tmp_path, write(tmp_path / name, content), code=0)
    assert [r["id"] for r in data(out)["events"][0]["reports"]] == ["a", "b"]
    assert data(out)["events"][0]["event"] == "odd"


def test_an_html_article_is_checked_without_its_scripts(tmp_path: Path) -> None:
    html = ("<html><head><title>T</title><script>var SCRIPTTEXT = 1;</script></head>"
            f"<body><nav>NAVTEXT</nav><article><h1>Arrests</h1><p>{SAME}</p></article></body></html>")
    result, out = checked(tmp_path, two_reports(tmp_path, ("daily.html", html)), code=0)
    assert "SCRIPTTEXT" not in page(out) and data(out)["summary"]["reports"] == 2


def test_a_batch_with_litter_is_checked_with_notes(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    write(batch / "odd" / "a.txt", SAME)
    write(batch / "odd" / "b.md", "---\ntitle: B\n---\n" + SAME)
    write(batch / "odd" / ".draft.txt", "not a report")
    write(batch / "odd" / "photo.png", b"\x89PNG\r\n\x1a\n")
    write(batch / "__MACOSX" / "odd" / "._a.txt", b"\x00\x05\x16\x07")
    (batch / "images").mkdir()
    write(batch / "old-out" / "results.json", "{}")
    write(batch / "old-out" / "index.html", "<html></html>")
    result, out = checked(tmp_path, batch, code=0)
    assert [r["id"] for r in data(out)["events"][0]["reports"]] == ["a", "b"]
    assert f"note: {batch / 'images'}: no report files in this folder; ignored" in result.stderr
    assert f"note: {batch / 'old-out'}: looks like a checker output folder (results.json); ignored" in result.stderr


def test_skip_bad_skips_a_bad_file_with_a_warning_and_still_writes_results(tmp_path: Path) -> None:
    odd = two_reports(tmp_path, ("a.txt", SAME))
    write(odd / "scan.txt", b"%PDF-1.4\n")
    result, out = checked(tmp_path, odd, "--skip-bad", code=0)
    message = f"{odd / 'scan.txt'}: looks like a PDF file, not text; convert it to .txt or remove it"
    assert f"warning: skipped {message}" in result.stderr
    assert data(out)["skipped"] == [message]
    assert data(out)["summary"]["reports"] == 2


def test_an_embedding_model_that_cannot_be_loaded_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    line = refused(tmp_path, two_reports(tmp_path, ("a.txt", SAME)), "--model", tmp_path / "no-such-model")
    assert "cannot load embedding model" in line and "no-such-model" in line and "pass --model" in line


def test_a_second_run_over_the_first_runs_output_inside_the_input_still_works(tmp_path: Path) -> None:
    odd = two_reports(tmp_path, ("a.txt", SAME))
    for _ in range(2):
        result = invoke("check", odd, "--out", odd / "report", "-q")
        assert result.exit_code == 0, result.output
    assert f"note: {odd / 'report'}: looks like a checker output folder (results.json); ignored" in result.stderr


@pytest.mark.parametrize("fmt", ["json", "csv", "html"])
def test_a_second_run_over_a_single_format_output_inside_the_input_still_works(tmp_path: Path, fmt: str) -> None:
    odd = two_reports(tmp_path, ("a.txt", SAME))
    for _ in range(2):
        result = invoke("check", odd, "--out", odd / "report", "--format", fmt, "-q")
        assert result.exit_code == 0, result.output
    assert f"note: {odd / 'report'}: looks like a checker output folder" in result.stderr
