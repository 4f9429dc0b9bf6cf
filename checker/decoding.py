"""From a report file's bytes to clean text: size limit, binary files, encodings, HTML.

``_read_bytes`` refuses files over the size limit before reading them;
``_decode`` refuses binary formats by their magic bytes and decodes the rest
(byte-order mark, then UTF-8, then BOM-less UTF-16, then the most likely
legacy encoding, Western cp1252 winning ties); ``_html_report`` takes an
HTML page's article text and declared metadata with trafilatura; and
``clean_text`` normalises what any format gives (line ends, control
characters, NFC). Every problem is an ``InputError`` that names the file,
says what is wrong and what to do. Parsing formats into ``Report`` records is
``checker.ingest``'s.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path
from typing import Any

from checker.errors import InputError

# Checked before any decoding: these formats are never text, whatever their name.
_MAGIC = (
    (b"%PDF-", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.epub file)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a GZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office (.doc/.xls) file"),
)
# UTF-32 first: its little-endian mark starts with UTF-16's.
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
    (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8"),
    (b"\xfe\xff", "utf-16", "UTF-16"),
    (b"\xff\xfe", "utf-16", "UTF-16"),
)
# Line and paragraph separators become newlines so later stages see breaks.
_NEWLINES = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff]")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
# Non-ASCII punctuation that Western cp1252 text commonly carries.
_WESTERN_PUNCT = set("\u201c\u201d\u2018\u2019\u201a\u201e\u2013\u2014\u2026\u2022\u20ac\u2122\u00b0\u00ab\u00bb"
                     "\u00a7\u00a9\u00ae\u00a3\u00a5\u00a2\u00b7\u00d7\u00a0\u00bf\u00a1\u00bd\u00b2")
_HTML_DATE_KEYS = ("article:published_time", "og:published_time", "datepublished", "pubdate",
                   "publishdate", "dc.date.issued", "dc.date", "date")
# Terminal colour codes pasted from logs: "[0m" would otherwise read as a number.
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


def clean_text(text: str) -> str:
    """LF line ends, no control characters but newline and tab, NFC, stripped."""
    text = _CONTROL.sub("", _NEWLINES.sub("\n", _ANSI.sub("", text)))
    return unicodedata.normalize("NFC", text).strip()


def _read_bytes(path: Path, limit: int | None) -> bytes:
    """The file's bytes, refusing files over ``limit`` before reading them."""
    try:
        size = path.stat().st_size
        if limit is not None and size > limit:
            raise InputError(_too_big(path, size, limit))
        with path.open("rb") as handle:
            # Read at most one byte past the limit: stat can lie (growing files).
            data = handle.read(-1 if limit is None else limit + 1)
    except PermissionError:
        raise InputError(f"{path}: permission denied; make the file readable (chmod u+r) or remove it") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror}); check it or remove it") from None
    if limit is not None and len(data) > limit:
        raise InputError(_too_big(path, len(data), limit))
    if not data:
        raise InputError(f"{path}: the file is empty; add the report's text or remove the file")
    return data


def _too_big(where: Path | str, size: int, limit: int) -> str:
    return (f"{where}: {size:,} bytes is more than max_report_bytes ({limit:,}); "
            "use --max-report-bytes to raise the limit, or split the file")


def _decode(data: bytes, path: Path) -> str:
    """Bytes to text: BOM, then UTF-8, then the most likely legacy encoding."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{path}: looks like {kind}, not text; convert it to .txt or remove it")
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise InputError(f"{path}: starts with a {label} byte-order mark but is not valid {label}; "
                                 "re-save it as UTF-8") from None
    if b"\x00" in data:
        codec = _bomless_utf16(data)
        if codec:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                text = ""
            # Binary with NULs on every other byte decodes too, into controls and unassigned code points.
            if sum(unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") for ch in text) < 0.02 * len(text):
                return text
        raise InputError(f"{path}: contains NUL bytes (first at byte {data.index(0)}), so it looks like a binary file, "
                         "not text; convert it to .txt or remove it")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _guess(data, path)


def _bomless_utf16(data: bytes) -> str:
    """'utf-16-le'/'utf-16-be' when NULs sit on every other byte, as in mostly-Latin UTF-16."""
    even, odd = data[0::2], data[1::2]
    if len(data) < 4:
        return ""
    if odd.count(0) > 0.7 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.7 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return ""


def _guess(data: bytes, path: Path) -> str:
    """Decode non-UTF-8 bytes, preferring cp1252 when it fits as well as anything.

    charset-normalizer ties cp1250 with cp1252 on French or German text and
    guesses wildly on short text; Western cp1252/Latin-1 files are by far the
    most common legacy case, so they win ties and low-evidence guesses.
    """
    from charset_normalizer import from_bytes

    try:
        western: str | None = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    # Mostly-ASCII text with a few Latin accents is Western: charset-normalizer
    # reads a short "Zürich" as cp850 ("Z³rich"). Cyrillic or Greek cp125x
    # text decodes to a mass of accented letters and fails this test.
    if western is not None and _looks_western(western) and len(data) < 4096:
        return western
    matches = list(from_bytes(data))
    if matches:
        best = matches[0]
        for match in matches:
            if (match.encoding in ("cp1252", "latin_1", "iso8859_15") and match.chaos <= best.chaos + 0.01
                    and match.coherence >= best.coherence - 0.01):
                return western if western is not None else str(match)
        if best.coherence >= 0.1 or western is None or not _looks_western(western):
            return str(best)
    if western is not None and _looks_western(western):
        return western
    raise InputError(f"{path}: cannot tell the text encoding (not UTF-8 and no other encoding fits); re-save it as UTF-8")


def _looks_western(text: str) -> bool:
    """True when non-ASCII characters are Latin letters or punctuation scattered in ASCII words."""
    letters = sum(ch.isalpha() for ch in text)
    foreign = [ch for ch in text if ord(ch) > 127]
    for ch in foreign:
        if ch not in _WESTERN_PUNCT and not (ch.isalpha() and ord(ch) < 0x250):
            return False
    accented = sum(ch.isalpha() for ch in foreign)
    return accented <= 0.3 * max(letters, 1)


def _html_report(path: Path, html: str) -> tuple[dict[str, Any], str]:
    """Article text and metadata of an HTML page, with trafilatura."""
    import trafilatura

    try:
        text = trafilatura.extract(html, favor_recall=True, include_comments=False, include_tables=True)
        if not text or not text.strip():
            text = trafilatura.baseline(html)[1]
        if not text or not text.strip():
            text = trafilatura.html2txt(html)
        tree = trafilatura.load_html(html)
        info = trafilatura.extract_metadata(tree, extensive=False) if tree is not None else None
    except Exception as exc:  # noqa: BLE001 - lxml and trafilatura raise many types on broken markup
        raise InputError(f"{path}: cannot parse the HTML ({type(exc).__name__}: {exc}); save the article's text as .txt") from None
    if not text or not text.strip():
        raise InputError(f"{path}: no article text found in the HTML; save the article's text as .txt instead")
    meta: dict[str, Any] = {}
    if info is not None:
        meta = {"title": info.title or "", "source": info.sitename or "", "url": info.url or ""}
    # trafilatura's own date can be a guess (a copyright year becomes 1 January):
    # only a publication date the page declares in its meta tags is taken.
    if tree is not None:
        meta["published"] = _declared_date(tree)
    return meta, text


def _declared_date(tree: Any) -> dt.date | None:
    found: dict[str, str] = {}
    for node in tree.iterfind(".//meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        if key in _HTML_DATE_KEYS and key not in found:
            found[key] = (node.get("content") or "").strip()
    for key in _HTML_DATE_KEYS:
        match = _DATE.match(found.get(key, ""))
        if match:
            try:
                return dt.date(*map(int, match.groups()))
            except ValueError:
                continue
    return None
