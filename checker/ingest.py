"""Ingest: turn the paths a user gives into events of ``Report`` records.

A folder of report files is one event named after the folder; a folder of
such folders is a batch, one event per folder at any depth. A report file
given directly belongs to the event named after its parent folder. Feed
exports (``.jsonl``, ``.csv``) carry their event in a column. Every problem
with an input is an ``InputError`` whose message starts with the path (and
line, for feeds), says what is wrong and what to do; with ``skip_bad`` a bad
file or feed line is skipped and recorded instead. Inputs are only read.

Reading a file's bytes and decoding them into clean text (encodings, binary
files, HTML extraction) is ``checker.decoding``'s; this module walks the
paths and parses the formats into ``Report`` records. Every name stays
importable from here.
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import json
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from checker.config import Settings

# Re-exported: the tests and other stages import some of these names from here.
from checker.decoding import (  # noqa: F401 - re-exported
    _ANSI,
    _BOMS,
    _CONTROL,
    _DATE,
    _HTML_DATE_KEYS,
    _MAGIC,
    _NEWLINES,
    _WESTERN_PUNCT,
    _bomless_utf16,
    _declared_date,
    _decode,
    _guess,
    _html_report,
    _looks_western,
    _read_bytes,
    _too_big,
    clean_text,
)
from checker.errors import InputError
from checker.lexicon import WEEKDAYS
from checker.records import Report

REPORT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json")
FEED_SUFFIXES = (".jsonl", ".csv")
FEED_COLUMNS = ("event", "id", "source", "published", "title", "url", "text")
_FORMATS = "reports (.txt, .md, .html, .htm, .json) or feeds (.jsonl, .csv)"
# Folders that archivers and tools leave beside real data.
_IGNORED_DIRS = {"__MACOSX", "__pycache__", "node_modules"}


@dataclass(frozen=True)
class Ingested:
    """Events of reports read from the given paths, sorted by name then id."""

    events: list[tuple[str, list[Report]]] = field(default_factory=list)
    #: One message per skipped file or feed line (``skip_bad=True`` only).
    skipped: list[str] = field(default_factory=list)
    #: Observations that are not errors, e.g. an event with a single report.
    notes: list[str] = field(default_factory=list)


def load_events(
    paths: Sequence[Path], settings: Settings, *, skip_bad: bool = False, group_events: bool = False
) -> Ingested:
    """Read every report under ``paths`` into events; raise InputError on bad input.

    ``skip_bad`` skips (and records) bad files and feed lines instead of
    raising; a path that does not exist is still an error. ``group_events``
    lets feed rows lack an event: they get event ``""`` for a later stage.
    """
    reader = _Reader(settings, skip_bad=skip_bad, group_events=group_events)
    for given in paths:
        path = Path(given)
        if not os.path.lexists(path):
            raise InputError(f"{path}: no such file or folder; check the path")
        if path.is_symlink() and not path.exists():
            raise InputError(f"{path}: {_link_problem(path)}")
        if path.is_dir():
            if not reader.folder(path, frozenset()):
                reader.fail(InputError(f"{path}: no reports found in this folder; expected {_FORMATS}"))
        elif path.is_file():
            reader.file(path, _name(Path(os.path.abspath(path)).parent))
        else:
            raise InputError(f"{path}: not a regular file or folder; give files or folders of {_FORMATS}")
    return reader.result()


class _Reader:
    """Reports gathered so far, keyed by event, and the skip policy."""

    def __init__(self, settings: Settings, *, skip_bad: bool, group_events: bool) -> None:
        self.settings = settings
        self.skip_bad = skip_bad
        self.group_events = group_events
        self.events: dict[str, dict[str, tuple[Report, str]]] = {}
        self.seen: set[str] = set()
        self.skipped: list[str] = []
        self.notes: list[str] = []

    def fail(self, error: InputError) -> None:
        """Raise ``error``, or record it when bad inputs are skipped."""
        if not self.skip_bad:
            raise error
        self.skipped.append(str(error))

    def add(self, report: Report, where: str) -> None:
        """Add a report to its event, refusing duplicate ids and oversized events."""
        bucket = self.events.setdefault(report.event, {})
        if report.id in bucket:
            first = bucket[report.id][1]
            self.fail(InputError(
                f"{where}: report id {report.id!r} is already used by {first} in event {report.event!r}; "
                "rename one of them (a report's id is its file name without the extension, or the feed's id column)"
            ))
            return
        limit = self.settings.max_reports_per_event
        # Event "" is still to be grouped: the grouping stage applies the limit.
        if report.event and len(bucket) >= limit:
            raise InputError(_too_many(where, report.event, limit))
        bucket[report.id] = (report, where)

    def folder(self, path: Path, ancestors: frozenset[str]) -> int:
        """Read a folder: its report files form an event, its subfolders are read in turn.

        Returns how many reports, feeds and reported problems it held: 0 means
        nothing for the checker at all.
        """
        real = os.path.realpath(path)
        if real in ancestors:
            self.fail(InputError(f"{path}: symbolic link loops back to {real}; remove the link"))
            return 1
        try:
            entries = sorted(os.scandir(path), key=lambda e: e.name)
        except OSError as exc:
            hint = "make it readable (chmod u+rx) or remove it" if isinstance(exc, PermissionError) else "check the path"
            self.fail(InputError(f"{path}: cannot list this folder ({exc.strerror}); {hint}"))
            return 1
        names = {e.name for e in entries}
        # Any one output of a run marks the folder (--format json writes only results.json).
        if names & {"results.json", "conflicts.csv", "checker.css"}:
            if not ancestors:  # given on the command line: surely a mistake
                raise InputError(f"{path}: this is a checker output folder (results.json); give the folder of reports instead")
            self.notes.append(f"{path}: looks like a checker output folder (results.json); ignored")
            return 1
        found = 0
        reports: list[Path] = []
        feeds: list[Path] = []
        folders: list[Path] = []
        for entry in entries:
            if entry.name.startswith(".") or entry.name in _IGNORED_DIRS:
                continue
            child = Path(entry.path)
            suffix = child.suffix.lower()
            if entry.is_dir():
                folders.append(child)
            elif entry.is_file():
                if suffix in REPORT_SUFFIXES:
                    reports.append(child)
                elif suffix in FEED_SUFFIXES:
                    feeds.append(child)
            elif entry.is_symlink() and suffix in REPORT_SUFFIXES + FEED_SUFFIXES + ("",):
                self.fail(InputError(f"{child}: {_link_problem(child)}"))
                found += 1
        event = _name(Path(os.path.abspath(path)))
        if len(reports) > self.settings.max_reports_per_event:
            # Fail before reading thousands of files.
            raise InputError(_too_many(str(path), event, self.settings.max_reports_per_event, len(reports)))
        for file in reports + feeds:
            self.file(file, event)
        found += len(reports) + len(feeds)
        for folder in folders:
            inside = self.folder(folder, ancestors | {real})
            if not inside:
                self.notes.append(f"{folder}: no report files in this folder; ignored")
            found += inside
        return found

    def file(self, path: Path, event: str) -> None:
        """Read one report file or feed; a file reached twice is read once."""
        real = os.path.realpath(path)
        if real in self.seen:
            return
        self.seen.add(real)
        suffix = path.suffix.lower()
        try:
            if suffix in FEED_SUFFIXES:
                self.feed(path)
                return
            if suffix not in REPORT_SUFFIXES:
                raise InputError(f"{path}: {suffix or 'a file without extension'} is not a supported format; give {_FORMATS}")
            report = read_report(path, event, self.settings)
        except InputError as exc:
            self.fail(exc)
            return
        self.add(report, str(path))

    def feed(self, path: Path) -> None:
        """Read a .jsonl or .csv feed export, one report per row."""
        text = _decode(_read_bytes(path, None), path)
        rows = _jsonl_rows(path, text) if path.suffix.lower() == ".jsonl" else _csv_rows(path, text, self)
        if not rows:
            raise InputError(f"{path}: the feed has no rows; add rows with at least a text column")
        for line, row in rows:
            if isinstance(row, InputError):
                self.fail(row)
                continue
            try:
                report = _row_report(row, path, line, self.settings, self.group_events)
            except InputError as exc:
                self.fail(exc)
                continue
            self.add(report, f"{path} line {line}")

    def result(self) -> Ingested:
        """Sorted events and the notes about them."""
        events: list[tuple[str, list[Report]]] = []
        for name in sorted(self.events):
            reports = [self.events[name][rid][0] for rid in sorted(self.events[name])]
            if not reports:
                continue
            if len(reports) == 1 and name:
                self.notes.append(f"event {name} has a single report: nothing to compare across reports")
            reports = [_dated_by_opening(r, reports, self.notes) for r in reports]
            events.append((name, reports))
        if not events:
            reason = f" ({len(self.skipped)} skipped; first: {self.skipped[0]})" if self.skipped else ""
            raise InputError(f"no reports could be read from the given paths{reason}; give {_FORMATS}")
        return Ingested(events=events, skipped=list(self.skipped), notes=list(self.notes))


#: "Today, Saturday, gas technicians worked ...": an undated transcript's opening naming its own day.
_TODAY_IS = re.compile(r"\b(?:[Tt]oday|[Tt]onight|[Tt]his (?:morning|afternoon|evening)),?\s+(?:is\s+)?"
                       r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
#: How far (days) before the first and after the last dated report an undated one may fall.
_UNDATED_REACH = (3, 3)


def _dated_by_opening(report: Report, reports: list[Report], notes: list[str]) -> Report:
    """An undated report whose opening names its day ("Today, Saturday, ..."),
    dated to that day nearest the middle of the event's dated reports.

    Without it a radio transcript's "this evening" and "last night" float
    free of the days the other reports give. The note says it was inferred.
    """
    if report.published is not None:
        return report
    dated = sorted(r.published for r in reports if r.published is not None)
    m = _TODAY_IS.search(report.text[:600])
    if not dated or m is None:
        return report
    weekday = WEEKDAYS[m.group(1).lower()]
    first = dated[0] - dt.timedelta(days=_UNDATED_REACH[0])
    days = [first + dt.timedelta(days=i) for i in range((dated[-1] - first).days + _UNDATED_REACH[1] + 1)]
    # Coverage gathers around its middle: of two Saturdays in reach, the one
    # nearer the middle dated report (two are never as near: they are a week apart).
    middle = dated[len(dated) // 2]
    day = min((d for d in days if d.weekday() == weekday), key=lambda d: abs((d - middle).days))
    notes.append(f"event {report.event} report {report.id} gives no date; read as {day.isoformat()}, "
                 f"the {m.group(1)} nearest the event's other reports ({m.group(0)!r})")
    return replace(report, published=day)


def read_report(path: Path, event: str, settings: Settings) -> Report:
    """Read one report file (.txt, .md, .html/.htm or .json) of ``event``."""
    data = _read_bytes(path, settings.max_report_bytes)
    raw = _decode(data, path)
    suffix = path.suffix.lower()
    meta: dict[str, Any] = {}
    if suffix == ".md":
        meta, raw = _front_matter(path, _NEWLINES.sub("\n", raw))
    elif suffix == ".json":
        meta = _json_report(path, raw)
        raw = meta.pop("text")
    elif suffix in (".html", ".htm"):
        meta, raw = _html_report(path, raw)
    fields = _fields(meta, str(path))
    text = clean_text(raw)
    if not text:
        what = "has front matter but no text after it" if suffix == ".md" and meta else "has no text (only whitespace)"
        raise InputError(f"{path}: {what}; add the report's text or remove the file")
    return Report(id=_name(path, stem=True), event=event, text=text, path=str(path), **fields)


def _name(path: Path, *, stem: bool = False) -> str:
    """An event or report name from a path, NFC (macOS stores file names as NFD)."""
    name = path.stem if stem else path.name
    return unicodedata.normalize("NFC", name or str(path))


def _too_many(where: str, event: str, limit: int, count: int | None = None) -> str:
    has = f"{count} reports, more than" if count is not None else "more reports than"
    return (f"{where}: event {event!r} has {has} max_reports_per_event ({limit}); "
            "split the event or use --workers/--scheduler (and raise max_reports_per_event in [tool.checker])")


def _link_problem(path: Path) -> str:
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop (the link resolves to itself); remove the link"
    return f"broken symbolic link to {os.readlink(path)}; fix or remove the link"


def _front_matter(path: Path, text: str) -> tuple[dict[str, Any], str]:
    """Split optional YAML front matter (between '---' lines) from a Markdown body."""
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return {}, text
    for end in range(1, len(lines)):
        if lines[end].rstrip() in ("---", "..."):
            break
    else:
        raise InputError(f"{path}: front matter opened with '---' on line 1 is never closed; "
                         "add a '---' line after it, or remove the first line")
    try:
        meta = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 2}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"{path}: invalid YAML front matter ({where}{problem}); "
                         "fix it or remove the block between the '---' lines") from None
    except ValueError as exc:
        # PyYAML turns 2024-13-45 into a date and fails outside its error tree.
        raise InputError(f"{path}: invalid date in the front matter ({exc}); write dates as YYYY-MM-DD") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError(f"{path}: front matter is a {_kind(meta)}, not 'key: value' lines; "
                         "write it as title:, source:, published: YYYY-MM-DD, url:")
    return meta, "\n".join(lines[end + 1:])


def _json_report(path: Path, raw: str) -> dict[str, Any]:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
                         "fix the file or save the report as .txt") from None
    except RecursionError:
        raise InputError(f"{path}: JSON nested too deeply; a report is one object with a \"text\" field") from None
    if isinstance(obj, list):
        raise InputError(f"{path}: is a JSON list, not one report object; "
                         "put several reports in a .jsonl feed, one object per line")
    if not isinstance(obj, dict):
        raise InputError(f"{path}: is a JSON {_kind(obj)}, not an object; write {{\"text\": \"...\", \"title\": ...}}")
    if not isinstance(obj.get("text"), str):
        keys = ", ".join(sorted(map(str, obj))) or "none"
        raise InputError(f"{path}: has no \"text\" field holding the report's text (keys found: {keys}); add one")
    return dict(obj)


def _fields(meta: dict[str, Any], where: str) -> dict[str, Any]:
    """title, source, url and published from front matter, JSON or a feed row; other keys ignored."""
    out: dict[str, Any] = {"published": _date(meta.get("published"), where)}
    for key in ("title", "source", "url"):
        value = meta.get(key)
        if isinstance(value, (dict, list)):
            raise InputError(f"{where}: {key} is a {_kind(value)}; write it as plain text")
        out[key] = "" if value is None else clean_text(str(value))
    return out


def _date(value: Any, where: str) -> dt.date | None:
    """A publication date from a YAML/JSON value or text in YYYY-MM-DD form."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        match = _DATE.fullmatch(value.strip())
        if match:
            try:
                return dt.date(*map(int, match.groups()))
            except ValueError:
                pass
    raise InputError(f"{where}: published {value!r} is not a date; write it as YYYY-MM-DD, e.g. 2024-11-04")


def _kind(value: Any) -> str:
    return {list: "list", dict: "mapping", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number" if isinstance(value, (int, float)) else type(value).__name__)


def _jsonl_rows(path: Path, text: str) -> list[tuple[int, dict[str, Any] | InputError]]:
    rows: list[tuple[int, dict[str, Any] | InputError]] = []
    # Raw CRs cannot occur inside valid JSON strings, so any CR is a line end;
    # U+2028 and friends can, so str.splitlines is not used.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            rows.append((number, InputError(f"{path} line {number}: not valid JSON ({exc.msg} at column {exc.colno}); "
                                            "fix or remove the line")))
            continue
        except RecursionError:
            obj = None
        if isinstance(obj, dict):
            rows.append((number, obj))
        else:
            rows.append((number, InputError(f"{path} line {number}: expected a JSON object {{\"event\": ..., \"text\": ...}}, "
                                            f"found a {_kind(obj)}; fix or remove the line")))
    return rows


def _csv_rows(path: Path, text: str, reader: _Reader) -> list[tuple[int, dict[str, Any] | InputError]]:
    text = _NEWLINES.sub("\n", text)
    first = text.split("\n", 1)[0]
    # Spreadsheets in many locales export with ";" or tabs.
    delimiter = next((d for d in (",", ";", "\t", "|") if "text" in _header(first, d)), ",")
    old_limit = csv.field_size_limit()
    # Larger than any accepted report, so the size check below gives the message.
    csv.field_size_limit(max(old_limit, 4 * reader.settings.max_report_bytes + 1))
    try:
        parser = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
        try:
            header = [column.strip().lower() for column in next(parser)]
        except (StopIteration, csv.Error):
            header = []
        if "text" not in header:
            found = ", ".join(c for c in header if c) or "none"
            raise InputError(f"{path}: no 'text' column in the header (columns found: {found}); "
                             f"the first line must name the columns, e.g. {','.join(FEED_COLUMNS)}")
        if "event" not in header and not reader.group_events:
            raise InputError(f"{path}: no 'event' column in the header; add one naming each row's event, "
                             "or use --group-events to let the checker group reports")
        rows: list[tuple[int, dict[str, Any] | InputError]] = []
        while True:
            start = parser.line_num + 1
            try:
                cells = next(parser)
            except StopIteration:
                break
            except csv.Error as exc:
                rows.append((start, InputError(f"{path} line {start}: {exc}; check the quotes in this row "
                                               "(a field opened with \" must be closed, and a \" inside a field doubled)")))
                break  # the rest of the file cannot be re-synchronised
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) > len(header):
                rows.append((start, InputError(f"{path} line {start}: {len(cells)} fields but the header has {len(header)}; "
                                               "quote fields that contain the delimiter")))
                continue
            rows.append((start, dict(zip(header, cells))))
        return rows
    finally:
        csv.field_size_limit(old_limit)


def _header(line: str, delimiter: str) -> list[str]:
    try:
        return [column.strip().lower() for column in next(csv.reader([line], delimiter=delimiter), [])]
    except csv.Error:
        return []


def _row_report(row: dict[str, Any], path: Path, line: int, settings: Settings, group_events: bool) -> Report:
    """A Report from one feed row; ``line`` is where the row starts in the file."""
    where = f"{path} line {line}"
    raw = row.get("text")
    if not isinstance(raw, str):
        raise InputError(f"{where}: no \"text\" value holding the report's text; add it or remove the line")
    if len(raw.encode("utf-8", "surrogatepass")) > settings.max_report_bytes:
        raise InputError(_too_big(where, len(raw.encode("utf-8", "surrogatepass")), settings.max_report_bytes))
    text = clean_text(raw)
    if not text:
        raise InputError(f"{where}: the text is empty; fill it in or remove the line")
    event_value = row.get("event")
    event = "" if event_value is None else clean_text(str(event_value))
    if not event and not group_events:
        raise InputError(f"{where}: no event; give every row an event, or use --group-events to let the checker group reports")
    rid_value = row.get("id")
    rid = "" if rid_value is None else clean_text(str(rid_value))
    return Report(id=rid or f"{event or _name(path, stem=True)}-{line}", event=event, text=text,
                  path=str(path), **_fields(row, where))
