"""The command line: parse options, call the library, print, choose the exit code.

Exit codes: 0 no open conflict at or above --fail-on, 1 conflicts found,
2 bad usage or unreadable input (nothing written), and also an unexpected
internal error, so that a crash is never read as "conflicts found".
"""

from __future__ import annotations

import os
import sys
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

import click

from checker import __version__
from checker.config import SEVERITIES, Settings, load_settings
from checker.errors import CheckerError, OutputError

EXIT_CLEAN, EXIT_CONFLICTS, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it

_SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}


def _settings(config: Path | None, **overrides: Any) -> Settings:
    return load_settings(config, **overrides)


def model_options(f: Any) -> Any:
    """Options shared by every command that runs the pipeline."""
    f = click.option(
        "--config",
        type=click.Path(dir_okay=False, path_type=Path),
        help="TOML file with a [tool.checker] table (default: ./pyproject.toml if present).",
    )(f)
    f = click.option(
        "--model",
        metavar="NAME_OR_PATH",
        help="sentence-transformers model name or folder, loaded offline (default: bundled all-MiniLM-L6-v2).",
    )(f)
    return f


class _Group(click.Group):
    """Turns every CheckerError into a one-line message and exit code 2.

    Anything else that escapes is a bug: it still exits 2, with its traceback,
    because Python's own exit code for a crash (1) means "conflicts found".
    Ctrl-C exits 130 for the same reason (click would exit 1).
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CheckerError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(EXIT_ERROR)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except Exception as exc:  # noqa: BLE001 - the last line of defence for the exit-code contract
            traceback.print_exc(file=sys.stderr)
            click.echo(
                f"error: internal error ({type(exc).__name__}: {exc}); this is a bug in the checker, "
                "please report it with the traceback above",
                err=True,
            )
            ctx.exit(EXIT_ERROR)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="checker")
def cli() -> None:
    """Find where reports of one event disagree: numbers, dates, who said what.

    \b
    Typical use:
      checker check fixtures/events --out reports/     # check a batch, write the report
      checker claims fixtures/events/nk-troops         # see what was extracted
      checker eval fixtures/events                     # score against answer keys
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out", "out_dir", default="reports", show_default=True, type=click.Path(path_type=Path),
    help="Folder for results.json, conflicts.csv and the HTML report (index.html).",
)
@click.option(
    "--format", "formats", default="json,csv,html", show_default=True,
    help="Comma-separated outputs to write: json, csv, html. A summary is always printed.",
)
@click.option(
    "--fail-on", type=click.Choice(SEVERITIES), default=None,
    help="Lowest severity that makes the exit code 1 (default: low, i.e. any conflict).",
)
@click.option(
    "--baseline", type=click.Path(dir_okay=False, path_type=Path),
    help="Decisions JSON exported from the HTML report: dismissed conflicts no longer fail the run.",
)
@click.option("--skip-bad", is_flag=True, help="Skip unreadable files with a warning instead of stopping.")
@click.option("--group-events", is_flag=True, help="Group a feed without an event column into events by similarity.")
@click.option("--max-report-bytes", type=int, help="Largest report accepted (default 5,000,000).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Check events in parallel on a local Dask cluster of N worker processes.")
@click.option("--scheduler", metavar="tcp://HOST:PORT", help="Send the events to an existing Dask scheduler.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar; only the summary.")
@model_options
def check(
    paths: tuple[Path, ...],
    out_dir: Path,
    formats: str,
    fail_on: str | None,
    baseline: Path | None,
    skip_bad: bool,
    group_events: bool,
    max_report_bytes: int | None,
    workers: int,
    scheduler: str | None,
    quiet: bool,
    config: Path | None,
    model: str | None,
) -> None:
    """Check reports for conflicts and write the results to --out.

    PATHS are report files, folders of reports (one event each), folders of
    such folders (a batch), or .jsonl/.csv feeds with an "event" column.

    \b
    Exit codes: 0 no conflicts at or above --fail-on, 1 conflicts found,
                2 bad usage or unreadable input (nothing is written).
    """
    from checker.pipeline import check as run_check
    from checker.results import FORMATS, render_outputs, write_outputs

    chosen = [f.strip().lower() for f in formats.split(",") if f.strip()]
    unknown = sorted(set(chosen) - set(FORMATS))
    if unknown or not chosen:
        raise click.BadParameter(f"unknown format {', '.join(unknown) or '(none)'}; choose from json, csv, html", param_hint="--format")
    settings = _settings(config, model=model, fail_on=fail_on, max_report_bytes=max_report_bytes)
    _check_out_dir(out_dir)
    with _progress(quiet) as progress:
        result = run_check(
            list(paths), settings, skip_bad=skip_bad, baseline=baseline, group_events=group_events,
            workers=workers, scheduler=scheduler, progress=progress,
        )
    files = render_outputs(result, chosen)
    write_outputs(files, out_dir)
    for message in result.notes:
        click.echo(f"note: {message}", err=True)
    for message in result.skipped:
        click.echo(f"warning: skipped {message}", err=True)
    _summary(result, out_dir, chosen)
    threshold = _SEVERITY_RANK[settings.fail_on]
    failing = [c for c in result.conflicts if c.status == "open" and _SEVERITY_RANK[c.severity] >= threshold]
    sys.exit(EXIT_CONFLICTS if failing else EXIT_CLEAN)


def _check_out_dir(out_dir: Path) -> None:
    """Refuse an --out folder that cannot be created before the run, not after it."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"{out_dir}: --out must be a folder, and this is a file; choose another path")
    existing = next((p for p in (out_dir, *out_dir.absolute().parents) if p.exists()), None)
    if existing is not None and not existing.is_dir():
        raise OutputError(f"{out_dir}: cannot create this folder because {existing} is a file; choose another --out")
    if existing is not None and not os.access(existing, os.W_OK | os.X_OK):
        raise OutputError(f"{out_dir}: cannot write in {existing} (permission denied); choose a writable --out folder")


#: Widest event name the summary prints whole; longer ones end in "…".
_NAME_WIDTH = 60


def _summary(result: Any, out_dir: Path, formats: list[str]) -> None:
    total = Counter(c.kind for c in result.conflicts if c.status == "open")
    # Names as long as the longest (up to a line's width), so none is cut short.
    width = min(max([32, *(len(e.event) for e in result.events)]), _NAME_WIDTH)
    click.echo(f"{'event':{width}} {'reports':>7} {'numeric':>8} {'date':>5} {'attrib.':>8} {'updates':>8}")
    for e in result.events:
        open_ = Counter(c.kind for c in e.conflicts if c.status == "open")
        updates = sum(c.status == "update" for c in e.conflicts)
        name = e.event if len(e.event) <= width else e.event[:width - 1] + "…"
        click.echo(
            f"{name:{width}} {len(e.reports):>7} {open_['numeric']:>8} {open_['date']:>5} "
            f"{open_['attribution']:>8} {updates:>8}"
        )
    dismissed = sum(c.status == "dismissed" for c in result.conflicts)
    updates = sum(c.status == "update" for c in result.conflicts)
    n = sum(total.values())
    line = f"{n} open conflict{'s' if n != 1 else ''} in {len(result.events)} event{'s' if len(result.events) != 1 else ''}"
    extra = [f"{updates} update{'s' if updates != 1 else ''} shown but not failing"] if updates else []
    if dismissed:
        extra.append(f"{dismissed} dismissed by the baseline")
    if extra:
        line += f" ({'; '.join(extra)})"
    click.echo(line)
    if "html" in formats:
        click.echo(f"report: {out_dir / 'index.html'}")
    elif formats:
        click.echo(f"written to {out_dir}/")


class _progress:
    """A progress bar on stderr for long batches; silent off a terminal or with --quiet."""

    def __init__(self, quiet: bool) -> None:
        self.enabled = not quiet and sys.stderr.isatty()
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> Any:
        if not self.enabled:
            return None
        from rich.progress import Progress

        self._bar = Progress(transient=True)
        self._bar.start()

        def update(event: str, done: int, total: int) -> None:
            if self._task is None:
                self._task = self._bar.add_task("checking", total=total)
            self._bar.update(self._task, completed=done, description=f"checking {event}"[:60])

        return update

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--kind", type=click.Choice(["quantity", "date", "statement"]), help="Only claims of this kind.")
@model_options
def claims(paths: tuple[Path, ...], fmt: str, kind: str | None, config: Path | None, model: str | None) -> None:
    """Print the claims extracted from reports, to see why a conflict was or was not raised."""
    from checker.pipeline import check as run_check
    from checker.results import claims_frame

    settings = _settings(config, model=model)
    frame = claims_frame(run_check(list(paths), settings))
    if kind:
        frame = frame[frame["kind"] == kind]
    if fmt == "json":
        click.echo(frame.to_json(orient="records", force_ascii=False, indent=2))
    elif fmt == "csv":
        click.echo(frame.to_csv(index=False, lineterminator="\n"), nl=False)
    else:
        import pandas as pd

        with pd.option_context("display.max_rows", None, "display.max_colwidth", 40, "display.width", 200):
            click.echo(frame.drop(columns=["sentence"]).to_string(index=False) if len(frame) else "no claims found")


@cli.command(name="eval")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--extraction", is_flag=True, help="Also score the extractors on fixtures/extraction.")
@click.option("--limit", type=int, help="Score only the first N pairs of each pair file.")
@model_options
def eval_(paths: tuple[Path, ...], extraction: bool, limit: int | None, config: Path | None, model: str | None) -> None:
    """Score the checker on labelled events and pair files.

    \b
    PATHS may be:
      a folder of events with answer keys (fixtures/events; keys in fixtures/answers),
      a .jsonl pair file with a, b, label, kind (e.g. ../shared/eval/external/anli_test.jsonl),
      fixtures/extraction (the labelled extraction set), or a PolNeAR attribution file.
    """
    from checker.evaluate import evaluate_paths

    settings = _settings(config, model=model)
    for title, table in evaluate_paths(list(paths), settings, limit=limit, extraction=extraction):
        click.echo(f"\n== {title}")
        click.echo(table.to_string(index=False))


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="checker")
