"""Screenshot an event page of an HTML review report, for the docs.

Usage::

    python scripts/screenshot.py reports/ docs/report.png
    python scripts/screenshot.py reports/ docs/report.png --event nk-troops --full-page
    python scripts/screenshot.py --sample docs/report.png

RESULTS is a folder written by ``checker check --out``. Unless ``--event``
names one, the page shown is the event that best shows what the report does:
the most kinds of conflict, then the most reports, then the most conflicts
(for the bundled fixtures, ``nk-troops``). A folder holding only
``results.json`` is rendered first (without report texts). ``--sample``
renders the invented sample event of the test suite instead. Needs Playwright
and a Chromium: Debian's ``chromium`` when installed, else Playwright's own.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, pick the page, write the PNG; 2 on bad input."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("results", nargs="?", type=Path, help="folder written by checker check --out")
    parser.add_argument("png", type=Path, help="PNG file to write")
    parser.add_argument("--event", help="event name to show (default: the most kinds of conflict, then most reports)")
    parser.add_argument("--sample", action="store_true", help="render the test suite's sample event instead")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=1400)
    parser.add_argument("--full-page", action="store_true", help="capture the whole page, not the first screen")
    args = parser.parse_args(argv)
    if args.sample == (args.results is not None):
        parser.error("give either a RESULTS folder or --sample")

    with tempfile.TemporaryDirectory() as tmp:
        try:
            page = _page(args, Path(tmp))
        except (OSError, ValueError, KeyError) as err:
            print(f"error: {err}", file=sys.stderr)
            return 2
        args.png.parent.mkdir(parents=True, exist_ok=True)
        _shoot(page, args.png, args.width, args.height, args.full_page)
    print(f"wrote {args.png} from {page}")
    return 0


def _page(args: argparse.Namespace, tmp: Path) -> Path:
    from checker.report import render_html, slugify

    if args.sample:
        sys.path.insert(0, str(ROOT / "tests"))
        from report_sample import sample_data

        _write(render_html(*sample_data(hostile=False)), tmp)
        page = tmp / f"event-{slugify(args.event or 'harbour-fire')}.html"
        if not page.is_file():
            raise ValueError(f"the sample has no event {args.event!r}; it has harbour-fire")
        return page
    folder: Path = args.results
    results = folder / "results.json"
    data: dict[str, Any] | None = json.loads(results.read_text(encoding="utf-8")) if results.is_file() else None
    if not list(folder.glob("event-*.html")):
        if data is None:
            raise ValueError(f"{folder} has neither event pages nor results.json; run `checker check PATH --out {folder}` first")
        print("note: no HTML in the folder; rendering results.json without report texts", file=sys.stderr)
        _write(render_html(data, {}), tmp)
        folder = tmp
    if args.event:
        name = args.event
    elif data is not None and data.get("events"):
        name = max(data["events"], key=_showcase)["event"]
    else:
        return min(folder.glob("event-*.html"))
    page = folder / f"event-{slugify(name)}.html"
    if not page.is_file():
        raise ValueError(f"no page for event {name!r} in {folder} (looked for {page.name})")
    return page


def _showcase(event: dict[str, Any]) -> tuple[int, int, int]:
    conflicts = event.get("conflicts", [])
    return len({c.get("kind") for c in conflicts}), len(event.get("reports", [])), len(conflicts)


def _write(pages: dict[str, str | bytes], folder: Path) -> None:
    for name, body in pages.items():
        target = folder / name
        if isinstance(body, bytes):
            target.write_bytes(body)
        else:
            target.write_text(body, encoding="utf-8")


def _shoot(page: Path, png: Path, width: int, height: int, full_page: bool) -> None:
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium")
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=executable,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
        )
        try:
            # The page's CSP forbids the style tag below; the context may bypass it.
            context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=1, bypass_csp=True)
            tab = context.new_page()
            tab.goto(page.resolve().as_uri())
            tab.wait_for_load_state("load")
            if full_page:
                # Cards off screen skip rendering (content-visibility), and
                # a full-page capture would show them blank.
                tab.add_style_tag(content=".card { content-visibility: visible !important; }")
            tab.screenshot(path=str(png), full_page=full_page)
        finally:
            browser.close()


if __name__ == "__main__":
    sys.exit(main())
