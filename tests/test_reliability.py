"""Reliability of `python -m checker check`: repeatable bytes, and SIGKILL at any moment.

Each run here is a fresh process, as in cron or CI, so nothing is shared
through module state; CHECKER_CACHE_DIR decides whether the extraction and
embedding caches are cold or warm.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import ROOT, SAMPLE_EVENTS

pytestmark = pytest.mark.slow

EVENTS = SAMPLE_EVENTS  # relative, so report paths in the outputs are the same in every run
STAGING = ".checker-"
TIMEOUT = 600

# The real CLI, with every rename into OUT paused until the test writes a line to stdin:
# the test can then kill the process between two renames, deterministically.
PAUSED_RENAMES = """
import os, sys
out = os.path.realpath(os.environ["PAUSE_OUT"])
real_replace = os.replace

def replace(src, dst, *args, **kwargs):
    real_replace(src, dst, *args, **kwargs)
    if os.path.realpath(dst).startswith(out + os.sep):
        print("renamed", os.path.relpath(os.path.realpath(dst), out), flush=True)
        sys.stdin.readline()

os.replace = replace
from checker.cli import main
main()
"""


def command(out: Path, events: list[str] = EVENTS) -> list[str]:
    return [sys.executable, "-m", "checker", "check", *events, "--out", str(out), "-q"]


def environment(cache: Path) -> dict[str, str]:
    return {**os.environ, "CHECKER_CACHE_DIR": str(cache)}


def run(out: Path, cache: Path, events: list[str] = EVENTS) -> subprocess.CompletedProcess[str]:
    """A complete run in a fresh process; exit 0 or 1, never a traceback."""
    done = subprocess.run(command(out, events), cwd=ROOT, env=environment(cache), capture_output=True, text=True, timeout=TIMEOUT)
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr
    return done


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones included) by relative path."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def staging_folders(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(STAGING))


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two cold runs with separate caches, then a warm run on the first cache."""
    assert len(EVENTS) > 5 and all((ROOT / e).is_dir() for e in EVENTS), EVENTS
    base = tmp_path_factory.mktemp("runs")
    outs = {"cold-a": base / "a", "cold-b": base / "b", "warm": base / "c"}
    caches = {"cold-a": base / "cache-1", "cold-b": base / "cache-2", "warm": base / "cache-1"}
    for name in ("cold-a", "cold-b", "warm"):
        run(outs[name], caches[name])
        if name == "cold-a":
            # Otherwise the "warm" run would prove nothing.
            assert (caches[name] / "extraction.sqlite3").is_file()
    outs["cache"] = base / "cache-1"
    return outs


@pytest.fixture(scope="module")
def new(runs: dict[str, Path]) -> dict[str, bytes]:
    """The complete output of a run over the sample of fixtures/events."""
    return tree(runs["cold-a"])


@pytest.fixture(scope="module")
def old(runs: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A complete earlier report in OUT, from the fixtures minus one report, so old and new bytes differ."""
    base = tmp_path_factory.mktemp("old")
    events = base / "events"
    for event in EVENTS:
        shutil.copytree(ROOT / event, events / Path(event).name)
    last = sorted(p for p in events.glob("*/*") if p.is_file())[-1]
    last.unlink()
    out = base / "out"
    run(out, runs["cache"], events=[str(events / Path(e).name) for e in EVENTS])
    return out


def test_two_cold_runs_write_byte_identical_folders(runs: dict[str, Path], new: dict[str, bytes]) -> None:
    assert {"results.json", "conflicts.csv", "index.html"} <= set(new)
    assert any(name.startswith("event-") for name in new)
    assert tree(runs["cold-b"]) == new


def test_a_warm_cache_run_writes_the_same_bytes(runs: dict[str, Path], new: dict[str, bytes]) -> None:
    assert tree(runs["warm"]) == new


def test_the_old_report_differs_from_the_new_one_in_every_main_file(old: Path, new: dict[str, bytes]) -> None:
    # Without this, "old or new" below could not tell a stale file from a fresh one.
    previous = tree(old)
    for name in ("results.json", "index.html"):
        assert previous[name] != new[name]


def assert_consistent(out: Path, previous: dict[str, bytes], new: dict[str, bytes]) -> dict[str, bytes]:
    """Every visible file is entirely the previous run's or entirely the new run's."""
    files = {name: content for name, content in tree(out).items() if not name.startswith(STAGING)}
    assert set(previous) <= set(files), "a file of the previous report disappeared"
    for name, content in files.items():
        assert content in (previous.get(name), new.get(name)), f"{name} is neither the old nor the new version"
    data = json.loads(files["results.json"])
    assert data["events"]
    assert files["index.html"].rstrip().endswith(b"</html>")
    return files


def start_over(old: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(old, out)
    return out


def kill(process: subprocess.Popen[str]) -> int:
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    return process.wait(timeout=60)


@pytest.mark.parametrize("delay", [0.5, 2.0, 4.0])
def test_a_sigkill_after_a_delay_leaves_a_complete_report(
    old: Path, new: dict[str, bytes], tmp_path: Path, delay: float
) -> None:
    out = start_over(old, tmp_path)
    cache = tmp_path / "cold-cache"
    process = subprocess.Popen(command(out), cwd=ROOT, env=environment(cache), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, text=True)
    time.sleep(delay)
    kill(process)
    assert_consistent(out, tree(old), new)
    # The next run, on the cache the killed run may have been filling, writes the new report exactly.
    # Killed before it made one (still starting up), the next run is a cold run like those above.
    if cache.exists():
        run(out, cache)
        assert tree(out) == new


def test_a_sigkill_as_soon_as_staging_starts_leaves_a_complete_report(
    runs: dict[str, Path], old: Path, new: dict[str, bytes], tmp_path: Path
) -> None:
    out = start_over(old, tmp_path)
    cache = tmp_path / "cache"
    shutil.copytree(runs["cache"], cache)
    process = subprocess.Popen(command(out), cwd=ROOT, env=environment(cache), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, text=True)
    deadline = time.monotonic() + TIMEOUT
    while process.poll() is None and time.monotonic() < deadline:
        if staging_folders(out):
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.0005)
    kill(process)
    assert_consistent(out, tree(old), new)
    run(out, cache)
    assert tree(out) == new


def paused_run(out: Path, cache: Path) -> subprocess.Popen[str]:
    env = {**environment(cache), "PAUSE_OUT": str(out)}
    args = [sys.executable, "-c", PAUSED_RENAMES, *command(out)[3:]]
    return subprocess.Popen(args, cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)


def kill_after_renames(process: subprocess.Popen[str], count: int) -> list[str]:
    """Let ``count`` renames into OUT happen, then SIGKILL before the next one."""
    assert process.stdout is not None and process.stdin is not None
    renamed: list[str] = []
    while len(renamed) < count:
        line = process.stdout.readline()
        assert line, "the run ended before the expected renames"
        if line.startswith("renamed "):
            renamed.append(line.removeprefix("renamed ").strip())
            if len(renamed) < count:
                process.stdin.write("\n")
                process.stdin.flush()
    assert kill(process) == -signal.SIGKILL
    return renamed


@pytest.mark.parametrize("moment", ["after-the-first-rename", "before-index-html"])
def test_a_sigkill_between_two_renames_leaves_each_file_whole(
    runs: dict[str, Path], old: Path, new: dict[str, bytes], tmp_path: Path, moment: str
) -> None:
    out = start_over(old, tmp_path)
    cache = tmp_path / "cache"
    shutil.copytree(runs["cache"], cache)
    previous = tree(old)
    count = 1 if moment == "after-the-first-rename" else len(new) - 1
    renamed = kill_after_renames(paused_run(out, cache), count)

    files = assert_consistent(out, previous, new)
    assert "index.html" not in renamed  # the entry page is renamed last
    for name in new:
        assert files[name] == (new[name] if name in renamed else previous[name]), name
    assert len(staging_folders(out)) == 1  # SIGKILL skips the cleanup

    run(out, cache)
    assert staging_folders(out) == []  # the next successful run removes what the killed one left
    assert tree(out) == new


def test_a_staging_folder_of_a_live_run_is_left_alone(tmp_path: Path) -> None:
    from checker.results import write_outputs

    out = tmp_path / "out"
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        live = out / f"{STAGING}{sleeper.pid}-abcd1234"
        dead = out / f"{STAGING}{dead_pid()}-efgh5678"
        for folder in (live, dead):
            (folder / "results.json").parent.mkdir(parents=True)
            (folder / "results.json").write_text("{}")
        write_outputs({"results.json": "{}\n", "index.html": "<html></html>\n"}, out)
        assert staging_folders(out) == [live.name]
    finally:
        kill(sleeper)


def dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_an_hour_old_staging_folder_is_stale_even_if_its_pid_is_in_use(tmp_path: Path) -> None:
    from checker.results import write_outputs

    out = tmp_path / "out"
    reused = out / f"{STAGING}{os.getppid()}-abcd1234"
    reused.mkdir(parents=True)
    hour_ago = time.time() - 3700
    os.utime(reused, (hour_ago, hour_ago))
    write_outputs({"index.html": "<html></html>\n"}, out)
    assert staging_folders(out) == []


def test_a_users_own_dot_checker_folder_is_never_removed(tmp_path: Path) -> None:
    from checker.results import write_outputs

    out = tmp_path / "out"
    (out / ".checker-settings").mkdir(parents=True)
    hour_ago = time.time() - 3700
    os.utime(out / ".checker-settings", (hour_ago, hour_ago))
    write_outputs({"index.html": "<html></html>\n"}, out)
    assert staging_folders(out) == [".checker-settings"]
