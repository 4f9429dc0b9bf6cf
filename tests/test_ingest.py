"""Specification of the ingest stage: paths in, events of Reports out."""

from __future__ import annotations

import datetime as dt
import json
import os
import time
import unicodedata
from pathlib import Path

import pytest

from checker.config import Settings
from checker.errors import InputError
from checker.ingest import Ingested, load_events
from checker.records import Report

SETTINGS = Settings()
TEXT = "North Korea has sent around 3,000 troops to Russia, Seoul's spy agency said."


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def load(*paths: Path, settings: Settings = SETTINGS, **options: bool) -> Ingested:
    return load_events(list(paths), settings, **options)


def error(*paths: Path, settings: Settings = SETTINGS, **options: bool) -> str:
    """The message of the InputError (exactly that type) that loading raises."""
    with pytest.raises(InputError) as caught:
        load(*paths, settings=settings, **options)
    assert type(caught.value) is InputError
    return str(caught.value)


def only(result: Ingested) -> Report:
    (report,) = [r for _, reports in result.events for r in reports]
    return report


def read_one(tmp_path: Path, name: str, content: str | bytes) -> Report:
    """Load one report file given directly."""
    return only(load(write(tmp_path / "ev" / name, content)))


def event_names(result: Ingested) -> list[tuple[str, list[str]]]:
    return [(name, [r.id for r in reports]) for name, reports in result.events]


# --- layout: folders, batches, files ---------------------------------------------------------


def test_a_folder_of_reports_is_one_event_named_after_the_folder(tmp_path: Path) -> None:
    write(tmp_path / "nk-troops" / "yonhap.txt", TEXT)
    write(tmp_path / "nk-troops" / "reuters.txt", TEXT)
    assert event_names(load(tmp_path / "nk-troops")) == [("nk-troops", ["reuters", "yonhap"])]


def test_a_folder_of_folders_is_a_batch_with_one_event_per_subfolder(tmp_path: Path) -> None:
    write(tmp_path / "batch" / "b-event" / "x.txt", TEXT)
    write(tmp_path / "batch" / "a-event" / "y.txt", TEXT)
    write(tmp_path / "batch" / "a-event" / "z.txt", TEXT)
    assert event_names(load(tmp_path / "batch")) == [("a-event", ["y", "z"]), ("b-event", ["x"])]


def test_a_nested_batch_folder_reads_events_at_any_depth(tmp_path: Path) -> None:
    write(tmp_path / "batch" / "asia" / "nk-troops" / "a.txt", TEXT)
    write(tmp_path / "batch" / "europe" / "strike" / "b.txt", TEXT)
    assert event_names(load(tmp_path / "batch")) == [("nk-troops", ["a"]), ("strike", ["b"])]


def test_reports_beside_subfolders_form_an_event_named_after_the_top_folder(tmp_path: Path) -> None:
    write(tmp_path / "top" / "loose.txt", TEXT)
    write(tmp_path / "top" / "sub" / "inner.txt", TEXT)
    assert event_names(load(tmp_path / "top")) == [("sub", ["inner"]), ("top", ["loose"])]


def test_a_report_file_given_directly_belongs_to_its_parent_folder_event(tmp_path: Path) -> None:
    report = read_one(tmp_path, "wire.txt", TEXT)
    assert (report.event, report.id, report.text) == ("ev", "wire", TEXT)
    assert report.path.endswith("wire.txt")


def test_the_same_event_given_by_two_paths_merges(tmp_path: Path) -> None:
    write(tmp_path / "monday" / "strike" / "a.txt", TEXT)
    write(tmp_path / "tuesday" / "strike" / "b.txt", TEXT)
    assert event_names(load(tmp_path / "monday", tmp_path / "tuesday")) == [("strike", ["a", "b"])]


def test_a_file_reached_by_two_paths_is_read_once(tmp_path: Path) -> None:
    report = write(tmp_path / "ev" / "a.txt", TEXT)
    write(tmp_path / "ev" / "b.txt", TEXT)
    assert event_names(load(tmp_path / "ev", report)) == [("ev", ["a", "b"])]


def test_hidden_files_hidden_folders_and_other_extensions_are_ignored(tmp_path: Path) -> None:
    write(tmp_path / "ev" / "a.txt", TEXT)
    write(tmp_path / "ev" / ".draft.txt", "not a report")
    write(tmp_path / "ev" / ".git" / "notes.txt", "not a report")
    write(tmp_path / "ev" / "meta.yaml", "a: [")
    write(tmp_path / "ev" / "photo.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    result = load(tmp_path / "ev")
    assert event_names(result) == [("ev", ["a"])]
    assert result.skipped == []


def test_a_folder_with_only_hidden_files_has_no_reports(tmp_path: Path) -> None:
    write(tmp_path / "ev" / ".a.txt", TEXT)
    message = error(tmp_path / "ev")
    assert message.startswith(str(tmp_path / "ev"))
    assert "no reports found" in message and ".txt" in message


def test_a_folder_with_no_report_files_is_an_error_that_lists_the_formats(tmp_path: Path) -> None:
    write(tmp_path / "ev" / "config.yaml", "a: 1")
    write(tmp_path / "ev" / "logo.png", b"\x89PNG\r\n\x1a\n")
    message = error(tmp_path / "ev")
    assert "ev: no reports found" in message and ".jsonl" in message


def test_a_path_that_does_not_exist_is_fatal_even_when_skipping_bad_files(tmp_path: Path) -> None:
    message = error(tmp_path / "missing", skip_bad=True)
    assert message == f"{tmp_path / 'missing'}: no such file or folder; check the path"


def test_a_file_with_an_unsupported_extension_given_directly_is_an_error(tmp_path: Path) -> None:
    message = error(write(tmp_path / "ev" / "notes.docx.bak", TEXT))
    assert "notes.docx.bak: .bak is not a supported format" in message and ".txt" in message


def test_a_folder_given_twice_is_read_once(tmp_path: Path) -> None:
    write(tmp_path / "ev" / "a.txt", TEXT)
    write(tmp_path / "ev" / "b.txt", TEXT)
    assert event_names(load(tmp_path / "ev", tmp_path / "ev")) == [("ev", ["a", "b"])]


def test_an_empty_subfolder_of_a_batch_gets_a_note(tmp_path: Path) -> None:
    write(tmp_path / "batch" / "ev" / "a.txt", TEXT)
    write(tmp_path / "batch" / "ev" / "b.txt", TEXT)
    (tmp_path / "batch" / "images").mkdir()
    result = load(tmp_path / "batch")
    assert result.notes == [f"{tmp_path / 'batch' / 'images'}: no report files in this folder; ignored"]


def test_a_checker_output_folder_given_directly_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "out" / "results.json", "{}")
    write(tmp_path / "out" / "index.html", "<html></html>")
    message = error(tmp_path / "out", skip_bad=True)
    assert "out: this is a checker output folder (results.json); give the folder of reports instead" in message


def test_a_checker_output_folder_inside_a_batch_is_ignored_with_a_note(tmp_path: Path) -> None:
    write(tmp_path / "batch" / "ev" / "a.txt", TEXT)
    write(tmp_path / "batch" / "out" / "results.json", '{"checker_version": "0.1.0", "events": []}')
    write(tmp_path / "batch" / "out" / "conflicts.csv", "id,kind\n")
    result = load(tmp_path / "batch")
    assert event_names(result) == [("ev", ["a"])]
    assert any("out: looks like a checker output folder" in note for note in result.notes)


# --- empty, binary and oversized files --------------------------------------------------------


def test_an_empty_file_is_an_error(tmp_path: Path) -> None:
    message = error(write(tmp_path / "ev" / "empty.txt", b""))
    assert "empty.txt: the file is empty" in message and "remove the file" in message


def test_a_whitespace_only_file_is_an_error(tmp_path: Path) -> None:
    message = error(write(tmp_path / "ev" / "blank.txt", " \n\t\r\n  \u00a0\n"))
    assert "blank.txt: has no text (only whitespace)" in message and "add the report's text" in message


def test_a_binary_file_named_txt_is_an_error(tmp_path: Path) -> None:
    message = error(write(tmp_path / "ev" / "blob.txt", bytes(range(256)) * 4))
    assert "blob.txt: contains NUL bytes (first at byte 0)" in message
    assert "looks like a binary file, not text; convert it to .txt or remove it" in message


def test_a_pdf_renamed_to_txt_is_named_as_a_pdf(tmp_path: Path) -> None:
    message = error(write(tmp_path / "ev" / "scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"))
    assert message == f"{tmp_path / 'ev' / 'scan.txt'}: looks like a PDF file, not text; convert it to .txt or remove it"


def test_a_png_renamed_to_txt_is_named_as_an_image(tmp_path: Path) -> None:
    message = error(write(tmp_path / "ev" / "chart.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
    assert "chart.txt: looks like a PNG image, not text; convert it to .txt or remove it" in message


def test_a_docx_renamed_to_txt_is_named_as_a_zip_file(tmp_path: Path) -> None:
    message = error(write(tmp_path / "ev" / "memo.txt", b"PK\x03\x04\x14\x00\x06\x00word/document.xml"))
    assert "memo.txt: looks like a ZIP archive (or a .docx/.xlsx/.epub file)" in message


def test_nul_bytes_in_the_middle_of_utf8_text_make_it_binary(tmp_path: Path) -> None:
    message = error(write(tmp_path / "ev" / "nul.txt", TEXT.encode() + b"\x00\x00" + TEXT.encode()))
    assert f"nul.txt: contains NUL bytes (first at byte {len(TEXT)})" in message
    assert "convert it to .txt or remove it" in message


def test_a_50_mb_report_fails_fast_on_the_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "ev" / "huge.txt"
    big.parent.mkdir()
    with big.open("w", encoding="utf-8") as handle:
        handle.write(("word " * 1_000_000) * 10)
    assert big.stat().st_size == 50_000_000
    started = time.perf_counter()
    message = error(big)
    assert time.perf_counter() - started < 1.0
    assert "huge.txt: 50,000,000 bytes is more than max_report_bytes (5,000,000)" in message
    assert "use --max-report-bytes" in message


def test_a_report_just_over_a_lowered_limit_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "ev" / "a.txt", "x" * 101)
    message = error(path, settings=SETTINGS.replace(max_report_bytes=100))
    assert "a.txt: 101 bytes is more than max_report_bytes (100)" in message


def test_a_one_megabyte_single_line_is_accepted(tmp_path: Path) -> None:
    line = ("The ministry said 40 people were arrested. " * 24_000)[:1_000_000]
    report = read_one(tmp_path, "long.txt", line)
    assert report.text == line.strip()
    assert len(report.text) > 999_000


def test_too_many_reports_in_one_event_is_an_error_with_a_hint(tmp_path: Path) -> None:
    for name in "abc":
        write(tmp_path / "crowd" / f"{name}.txt", TEXT)
    message = error(tmp_path / "crowd", settings=SETTINGS.replace(max_reports_per_event=2))
    assert "crowd: event 'crowd' has 3 reports, more than max_reports_per_event (2)" in message
    assert "split the event or use --workers/--scheduler" in message


def test_too_many_feed_rows_in_one_event_is_an_error_naming_the_line(tmp_path: Path) -> None:
    rows = "".join(json.dumps({"event": "crowd", "text": TEXT}) + "\n" for _ in range(3))
    message = error(write(tmp_path / "feed.jsonl", rows), settings=SETTINGS.replace(max_reports_per_event=2))
    assert "feed.jsonl line 3: event 'crowd' has more reports than max_reports_per_event (2)" in message


# --- encodings and line ends ------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_a_byte_order_mark_is_read(tmp_path: Path, codec: str) -> None:
    bom = "\ufeff".encode(codec)
    report = read_one(tmp_path, "wide.txt", bom + "Zürich: 3 000 soldats, dit Séoul.".encode(codec))
    assert report.text == "Zürich: 3 000 soldats, dit Séoul."


def test_utf16_without_a_byte_order_mark_is_read_not_called_binary(tmp_path: Path) -> None:
    report = read_one(tmp_path, "wide.txt", "Troops were sent on Tuesday.".encode("utf-16-le"))
    assert report.text == "Troops were sent on Tuesday."


def test_binary_with_nuls_on_every_other_byte_is_not_taken_for_utf16(tmp_path: Path) -> None:
    message = error(write(tmp_path / "ev" / "table.txt", bytes(b for i in range(1, 256) for b in (i, 0))))
    assert "table.txt: contains NUL bytes (first at byte 1)" in message and "convert it to .txt or remove it" in message


def test_utf32_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    report = read_one(tmp_path, "wide.txt", "Zürich".encode("utf-32"))
    assert report.text == "Zürich"


def test_utf8_with_a_byte_order_mark_loses_the_mark(tmp_path: Path) -> None:
    report = read_one(tmp_path, "bom.txt", b"\xef\xbb\xbf" + TEXT.encode())
    assert report.text == TEXT


def test_latin1_text_is_read_not_refused(tmp_path: Path) -> None:
    report = read_one(tmp_path, "latin.txt", "Zürich".encode("latin-1"))
    assert report.text == "Zürich"


def test_latin1_french_is_not_mistaken_for_central_european(tmp_path: Path) -> None:
    text = "Café crème à Genève: la façade a été rénovée."
    assert read_one(tmp_path, "fr.txt", text.encode("latin-1")).text == text


def test_cp1252_smart_quotes_are_read_as_quotes(tmp_path: Path) -> None:
    text = "He said \u201cno\u201d \u2013 it\u2019s over\u2026"
    assert read_one(tmp_path, "quotes.txt", text.encode("cp1252")).text == text


def test_cyrillic_in_cp1251_is_read_as_cyrillic(tmp_path: Path) -> None:
    text = "Северная Корея отправила в Россию около трёх тысяч военнослужащих, сообщила разведка."
    assert read_one(tmp_path, "ru.txt", text.encode("cp1251")).text == text


def test_crlf_line_ends_become_lf(tmp_path: Path) -> None:
    report = read_one(tmp_path, "dos.txt", b"First line.\r\nSecond line.\r\n")
    assert report.text == "First line.\nSecond line."


def test_cr_line_ends_become_lf(tmp_path: Path) -> None:
    report = read_one(tmp_path, "mac.txt", b"First line.\rSecond line.\r")
    assert report.text == "First line.\nSecond line."


def test_control_characters_are_removed_but_tabs_and_newlines_kept(tmp_path: Path) -> None:
    report = read_one(tmp_path, "ctl.txt", "a\x07b\tc\x1b[0m\nd\x0ce")
    assert report.text == "ab\tc\nd\ne"  # the colour code goes whole, not just its ESC


def test_text_is_nfc_normalised(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Zürich Séoul")
    assert read_one(tmp_path, "nfd.txt", decomposed).text == "Zürich Séoul"


def test_a_non_english_report_is_accepted_as_written(tmp_path: Path) -> None:
    text = "북한이 러시아에 약 3,000명의 병력을 파견했다고 국가정보원이 밝혔다."
    assert read_one(tmp_path, "yonhap-ko.txt", text).text == text


def test_a_file_name_with_spaces_and_non_ascii_gives_an_nfc_id(tmp_path: Path) -> None:
    name = unicodedata.normalize("NFD", "Le Monde – Séoul 4 nov.txt")
    report = read_one(tmp_path, name, TEXT)
    assert report.id == "Le Monde – Séoul 4 nov"
    assert unicodedata.is_normalized("NFC", report.id)


# --- Markdown front matter --------------------------------------------------------------------


def test_markdown_front_matter_gives_title_source_published_and_url(tmp_path: Path) -> None:
    report = read_one(tmp_path, "yonhap.md", "---\ntitle: Troops sent\nsource: Yonhap\npublished: 2024-11-04\n"
                                               "url: https://example.org/a\n---\n" + TEXT + "\n")
    assert (report.title, report.source, report.url) == ("Troops sent", "Yonhap", "https://example.org/a")
    assert report.published == dt.date(2024, 11, 4)
    assert report.text == TEXT


def test_a_quoted_published_string_and_a_timestamp_are_dates(tmp_path: Path) -> None:
    quoted = read_one(tmp_path / "a", "a.md", '---\npublished: "2024-11-04"\n---\nBody.')
    stamped = read_one(tmp_path / "b", "b.md", "---\npublished: 2024-11-04T22:10:00+09:00\n---\nBody.")
    assert quoted.published == stamped.published == dt.date(2024, 11, 4)


def test_unknown_front_matter_keys_are_ignored(tmp_path: Path) -> None:
    report = read_one(tmp_path, "a.md", "---\ntitle: T\ntags: [war, korea]\nauthor: {name: X}\n---\nBody.")
    assert (report.title, report.text) == ("T", "Body.")


def test_markdown_without_front_matter_is_all_text(tmp_path: Path) -> None:
    assert read_one(tmp_path, "a.md", "# Heading\n\nBody.").text == "# Heading\n\nBody."


def test_invalid_yaml_front_matter_is_an_error_with_its_line(tmp_path: Path) -> None:
    message = error(write(tmp_path / "ev" / "bad.md", "---\ntitle: ok\nsource: [unclosed\n---\nBody."))
    assert "bad.md: invalid YAML front matter (line" in message
    assert "fix it or remove the block between the '---' lines" in message


def test_front_matter_that_is_a_list_is_an_error(tmp_path: Path) -> None:
    message = error(write(tmp_path / "ev" / "list.md", "---\n- title\n- source\n---\nBody."))
    assert "list.md: front matter is a list, not 'key: value' lines" in message
    assert "published: YYYY-MM-DD" in message


def test_unclosed_front_matter_is_an_error(tmp_path: Path) -> None:
    message = error(write(tmp_path / "ev" / "open.md", "---\ntitle: T\n\nBody without a closing line."))
    assert "open.md: front matter opened with '---' on line 1 is never closed" in message
    assert "add a '---' line" in message


def test_published_that_is_not_a_date_names_the_expected_format(tmp_path: Path) -> None:
    message = error(write(tmp_path / "ev" / "when.md", "---\npublished: last Tuesday\n---\nBody."))
    assert "when.md: published 'last Tuesday' is not a date; write it as YYYY-MM-DD" in message


def test_an_impossible_front_matter_date_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    message = error(write(tmp_path / "ev" / "when.md", "---\npublished: 2024-13-45\n---\nBody."))
    assert "when.md: invalid date in the front matter" in message and "YYYY-MM-DD" in message


def test_markdown_with_front_matter_and_no_body_is_an_error(tmp_path: Path) -> None:
    message = error(write(tmp_path / "ev" / "stub.md", "---\ntitle: Only a title\n---\n\n"))
    assert "stub.md: has front matter but no text after it; add the report's text" in message


# --- JSON reports -----------------------------------------------------------------------------


def test_a_json_report_gives_text_and_metadata(tmp_path: Path) -> None:
    report = read_one(tmp_path, "ap.json", json.dumps(
        {"text": TEXT, "title": "T", "source": "AP", "published": "2024-11-05", "extra": [1]}))
    assert (report.id, report.text, report.source, report.published) == ("ap", TEXT, "AP", dt.date(2024, 11, 5))


def test_json_that_is_not_an_object_is_an_error(tmp_path: Path) -> None:
    message = error(write(tmp_path / "ev" / "num.json", "42"))
    assert "num.json: is a JSON number, not an object" in message and '"text"' in message


def test_a_json_list_points_to_the_jsonl_feed_format(tmp_path: Path) -> None:
    message = error(write(tmp_path / "ev" / "many.json", json.dumps([{"text": TEXT}])))
    assert "many.json: is a JSON list" in message and ".jsonl feed, one object per line" in message


def test_json_without_text_is_an_error_listing_its_keys(tmp_path: Path) -> None:
    message = error(write(tmp_path / "ev" / "notext.json", json.dumps({"body": TEXT, "title": "T"})))
    assert 'notext.json: has no "text" field' in message and "keys found: body, title" in message


def test_invalid_json_is_an_error_with_line_and_column(tmp_path: Path) -> None:
    message = error(write(tmp_path / "ev" / "broken.json", '{"text": "a",\n "title": }'))
    assert "broken.json: not valid JSON (line 2, column" in message and "fix the file" in message


# --- JSONL feeds ------------------------------------------------------------------------------


def jsonl(*rows: object) -> str:
    return "".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows)


def test_a_jsonl_feed_gives_events_from_its_event_field(tmp_path: Path) -> None:
    feed = write(tmp_path / "feed.jsonl", jsonl(
        {"event": "strike", "id": "afp-1", "source": "AFP", "published": "2024-11-04", "text": TEXT},
        {"event": "flood", "text": "Rivers rose."},
    ))
    result = load(feed)
    assert event_names(result) == [("flood", ["flood-2"]), ("strike", ["afp-1"])]
    assert result.events[1][1][0].published == dt.date(2024, 11, 4)


def test_a_jsonl_broken_line_is_an_error_naming_line_3(tmp_path: Path) -> None:
    feed = write(tmp_path / "feed.jsonl", jsonl({"event": "e", "text": "a"}, "", '{"event": "e", "text": '))
    message = error(feed)
    assert "feed.jsonl line 3: not valid JSON" in message and "fix or remove the line" in message


def test_a_jsonl_row_that_is_not_an_object_is_an_error(tmp_path: Path) -> None:
    message = error(write(tmp_path / "feed.jsonl", jsonl({"event": "e", "text": "a"}, '["e", "text"]')))
    assert "feed.jsonl line 2: expected a JSON object" in message and "found a list" in message


def test_a_jsonl_row_without_text_is_an_error(tmp_path: Path) -> None:
    message = error(write(tmp_path / "feed.jsonl", jsonl({"event": "e", "title": "no text"})))
    assert 'feed.jsonl line 1: no "text" value' in message and "add it or remove the line" in message


def test_a_jsonl_row_without_event_is_an_error_unless_grouping(tmp_path: Path) -> None:
    feed = write(tmp_path / "feed.jsonl", jsonl({"text": TEXT}))
    message = error(feed)
    assert "feed.jsonl line 1: no event" in message and "--group-events" in message
    grouped = load(feed, group_events=True)
    assert event_names(grouped) == [("", ["feed-1"])]


def test_a_jsonl_row_with_a_bad_published_value_names_its_line(tmp_path: Path) -> None:
    message = error(write(tmp_path / "feed.jsonl", jsonl({"event": "e", "text": "a", "published": "04/11/2024"})))
    assert "feed.jsonl line 1: published '04/11/2024' is not a date; write it as YYYY-MM-DD" in message


def test_a_jsonl_text_may_hold_a_line_separator_character(tmp_path: Path) -> None:
    feed = write(tmp_path / "feed.jsonl", '{"event": "e", "text": "one\u2028two"}\n')
    assert only(load(feed)).text == "one\ntwo"


# --- CSV feeds --------------------------------------------------------------------------------


def test_a_csv_feed_with_a_quoted_multiline_text_is_read(tmp_path: Path) -> None:
    feed = write(tmp_path / "feed.csv", 'event,id,source,text\r\nstrike,afp-1,AFP,"Line one,\r\nline ""two"""\r\n')
    report = only(load(feed))
    assert (report.event, report.id, report.source, report.text) == ("strike", "afp-1", "AFP", 'Line one,\nline "two"')


def test_a_semicolon_csv_from_a_spreadsheet_is_read(tmp_path: Path) -> None:
    feed = write(tmp_path / "feed.csv", "Event;Text\nstrike;Workers walked out, 5,000 of them.\n")
    assert only(load(feed)).text == "Workers walked out, 5,000 of them."


def test_a_csv_without_a_text_column_is_an_error_listing_the_columns(tmp_path: Path) -> None:
    message = error(write(tmp_path / "feed.csv", "event,body\ne,hello\n"))
    assert "feed.csv: no 'text' column in the header (columns found: event, body)" in message


def test_a_csv_without_an_event_column_is_an_error_unless_grouping(tmp_path: Path) -> None:
    feed = write(tmp_path / "feed.csv", "id,text\nr1,hello\n")
    assert "feed.csv: no 'event' column" in error(feed) and "--group-events" in error(feed)
    assert event_names(load(feed, group_events=True)) == [("", ["r1"])]


def test_a_csv_with_an_unclosed_quote_is_an_error_naming_the_row(tmp_path: Path) -> None:
    feed = write(tmp_path / "feed.csv", 'event,text\ne,fine\ne,"never closed\ne,more\n')
    message = error(feed)
    assert "feed.csv line 3:" in message and "check the quotes in this row" in message


def test_an_empty_csv_is_an_error(tmp_path: Path) -> None:
    assert "feed.csv: the file is empty" in error(write(tmp_path / "feed.csv", b""))


def test_a_csv_with_only_a_header_has_no_rows(tmp_path: Path) -> None:
    message = error(write(tmp_path / "feed.csv", "event,text\n"))
    assert "feed.csv: the feed has no rows" in message


def test_a_csv_row_with_too_many_fields_is_an_error(tmp_path: Path) -> None:
    message = error(write(tmp_path / "feed.csv", "event,text\ne,3,000 troops\n"))
    assert "feed.csv line 2: 3 fields but the header has 2; quote fields that contain the delimiter" in message


# --- duplicates and notes ---------------------------------------------------------------------


def test_a_duplicate_report_id_in_one_event_names_both_files(tmp_path: Path) -> None:
    write(tmp_path / "ev" / "a.txt", TEXT)
    write(tmp_path / "ev" / "a.md", TEXT)
    message = error(tmp_path / "ev")
    assert message.startswith(str(tmp_path / "ev" / "a.txt"))
    assert f"report id 'a' is already used by {tmp_path / 'ev' / 'a.md'}" in message
    assert "rename one of them" in message


def test_an_event_with_a_single_report_gets_a_note_not_an_error(tmp_path: Path) -> None:
    write(tmp_path / "lonely" / "a.txt", TEXT)
    assert load(tmp_path / "lonely").notes == ["event lonely has a single report: nothing to compare across reports"]


# --- HTML -------------------------------------------------------------------------------------

PAGE = """<!doctype html><html><head><title>Troops sent | Daily</title>
<meta property="og:site_name" content="Daily News">
<meta property="article:published_time" content="2024-11-04T08:00:00+09:00">
<style>body {{ color: red }} .STYLETEXT {{}}</style>
<script>var tracker = "SCRIPTTEXT";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">NAVTEXT World</a></nav>
<article><h1>North Korea sent troops</h1>{body}</article>
<footer>Copyright 2024</footer></body></html>"""
PARAGRAPHS = ("<p>North Korea has sent around 3,000 troops to Russia, Seoul's spy agency said on Tuesday.</p>"
              "<p>The National Intelligence Service said more soldiers would follow by December.</p>")


def test_html_article_text_leaves_out_script_style_and_navigation(tmp_path: Path) -> None:
    report = read_one(tmp_path, "daily.html", PAGE.format(body=PARAGRAPHS))
    assert "North Korea has sent around 3,000 troops to Russia" in report.text
    assert "SCRIPTTEXT" not in report.text and "STYLETEXT" not in report.text and "NAVTEXT" not in report.text


def test_html_metadata_gives_title_source_and_declared_date(tmp_path: Path) -> None:
    report = read_one(tmp_path, "daily.htm", PAGE.format(body=PARAGRAPHS))
    assert (report.title, report.source, report.published) == ("North Korea sent troops", "Daily News", dt.date(2024, 11, 4))


def test_html_without_a_declared_date_has_no_guessed_date(tmp_path: Path) -> None:
    page = PAGE.format(body=PARAGRAPHS).replace("article:published_time", "x")
    assert read_one(tmp_path, "daily.html", page).published is None


def test_html_with_nothing_extractable_is_an_error(tmp_path: Path) -> None:
    page = "<html><head><script>var SCRIPTTEXT = 1;</script></head><body><script>go()</script></body></html>"
    message = error(write(tmp_path / "ev" / "shell.html", page))
    assert "shell.html: no article text found in the HTML; save the article's text as .txt" in message


# --- links, permissions, skipping, determinism ------------------------------------------------


def test_a_symlink_loop_is_an_error_not_endless_recursion(tmp_path: Path) -> None:
    write(tmp_path / "batch" / "ev" / "a.txt", TEXT)
    (tmp_path / "batch" / "ev" / "back").symlink_to(tmp_path / "batch", target_is_directory=True)
    message = error(tmp_path / "batch")
    assert f"{tmp_path / 'batch' / 'ev' / 'back'}: symbolic link loops back to" in message
    assert "remove the link" in message


def test_a_self_referencing_symlink_given_directly_is_an_error(tmp_path: Path) -> None:
    link = tmp_path / "loop.txt"
    link.symlink_to(link)
    message = error(link)
    assert "loop.txt: symbolic link loop" in message and "remove the link" in message


def test_a_broken_symlink_in_a_folder_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "ev" / "a.txt", TEXT)
    (tmp_path / "ev" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    message = error(tmp_path / "ev")
    assert "gone.txt: broken symbolic link to" in message and "fix or remove the link" in message


def test_an_unreadable_file_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "ev" / "secret.txt", TEXT)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who can read any file (root)")
        message = error(path)
        assert "secret.txt: permission denied; make the file readable (chmod u+r)" in message
    finally:
        path.chmod(0o644)


def test_a_permission_error_while_reading_is_an_input_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The same path as above for runs as root, where chmod 000 does not stop reading.
    path = write(tmp_path / "ev" / "secret.txt", TEXT)

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    message = error(path)
    assert message == f"{path}: permission denied; make the file readable (chmod u+r) or remove it"


def test_skip_bad_skips_a_binary_file_and_records_why(tmp_path: Path) -> None:
    write(tmp_path / "ev" / "a.txt", TEXT)
    write(tmp_path / "ev" / "b.txt", TEXT)
    write(tmp_path / "ev" / "scan.txt", b"%PDF-1.4\n")
    result = load(tmp_path / "ev", skip_bad=True)
    assert event_names(result) == [("ev", ["a", "b"])]
    assert result.skipped == [f"{tmp_path / 'ev' / 'scan.txt'}: looks like a PDF file, not text; convert it to .txt or remove it"]


def test_skip_bad_keeps_the_good_lines_of_a_jsonl_feed(tmp_path: Path) -> None:
    feed = write(tmp_path / "feed.jsonl", jsonl({"event": "e", "text": "one"}, {"event": "e", "text": "two"},
                                                 "{broken", {"event": "e", "text": "four"}))
    result = load(feed, skip_bad=True)
    assert event_names(result) == [("e", ["e-1", "e-2", "e-4"])]
    assert len(result.skipped) == 1 and result.skipped[0].startswith(f"{feed} line 3: not valid JSON")


def test_skip_bad_with_nothing_left_is_still_an_error(tmp_path: Path) -> None:
    write(tmp_path / "ev" / "scan.txt", b"%PDF-1.4\n")
    message = error(tmp_path / "ev", skip_bad=True)
    assert "no reports could be read from the given paths (1 skipped" in message and "scan.txt" in message


def test_order_is_the_same_whatever_the_creation_order(tmp_path: Path) -> None:
    def build(root: Path, order: list[str]) -> list[tuple[str, list[str]]]:
        for name in order:
            event, report = name.split("/")
            write(root / event / report, TEXT)
        return event_names(load(root))

    names = ["b/z.txt", "a/y.txt", "b/x.md", "a/w.txt", "c/v.txt"]
    first = build(tmp_path / "one", names)
    second = build(tmp_path / "two", list(reversed(names)))
    assert first == second == [("a", ["w", "y"]), ("b", ["x", "z"]), ("c", ["v"])]


def test_loading_never_modifies_the_inputs(tmp_path: Path) -> None:
    paths = [write(tmp_path / "ev" / "a.txt", b"\xef\xbb\xbfA\r\nB"), write(tmp_path / "ev" / "b.md", "---\ntitle: T\n---\nx")]
    before = [(p.read_bytes(), p.stat().st_mtime_ns) for p in paths]
    load(tmp_path / "ev")
    assert [(p.read_bytes(), p.stat().st_mtime_ns) for p in paths] == before
