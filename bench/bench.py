"""Benchmark: the checker's cost over the bare cost of its two models.

Usage (from the repository root, with the package installed):

    python bench/bench.py fixtures/events ../shared/eval/ecbplus      # real-size set
    python bench/bench.py --scale 200,2000 fixtures/events/nk-troops  # one growing event
    python bench/bench.py --dask fixtures/events ../shared/eval/ecbplus

Every timing runs in a fresh process, as a user's run does, and is reported
as a ratio to the bare model cost of the same text (spaCy parse of every
report plus embedding of every sentence, each in its own fresh process),
because these machines are too noisy for absolute seconds to mean much.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PY = sys.executable

BARE_PARSE = """
import json, sys, time
from checker.models import load_spacy
texts = json.load(open(sys.argv[1]))
nlp = load_spacy()
sents = [s.text.strip() for d in nlp.pipe(texts, batch_size=16) for s in d.sents if s.text.strip()]
json.dump(sents, open(sys.argv[2], "w"))
"""

BARE_EMBED = """
import json, sys
from checker.models import Embedder
sents = json.load(open(sys.argv[1]))
Embedder(cache_dir=None).encode(sents)
"""


def run(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall seconds of a fresh process, and its exit code."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    return elapsed, proc.returncode


def peak_child_mb() -> float:
    """Largest resident set of any child so far, in MB."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def load_texts(paths: list[Path]) -> list[str]:
    from checker.config import Settings
    from checker.ingest import load_events

    return [r.text for _, reports in load_events(paths, Settings()).events for r in reports]


def bare_cost(texts: list[str], work: Path) -> tuple[float, float, int]:
    """Seconds for the bare spaCy parse and the bare embedding, and the sentence count."""
    (work / "texts.json").write_text(json.dumps(texts))
    parse_s, _ = run([PY, "-c", BARE_PARSE, str(work / "texts.json"), str(work / "sents.json")])
    sents = json.loads((work / "sents.json").read_text())
    embed_s, _ = run([PY, "-c", BARE_EMBED, str(work / "sents.json")])
    return parse_s, embed_s, len(sents)


def checker_run(paths: list[Path], work: Path, cache: Path, extra: list[str] | None = None) -> float:
    out = work / "out"
    seconds, _ = run([PY, "-m", "checker", "check", *map(str, paths), "--out", str(out), "--quiet", *(extra or [])],
                     env={"CHECKER_CACHE_DIR": str(cache)})
    return seconds


def stage_timings(paths: list[Path], cache: Path) -> dict[str, float]:
    code = (
        "import json, sys; from pathlib import Path; from checker.pipeline import check; "
        "r = check([Path(p) for p in sys.argv[1:]]); print(json.dumps(r.timings))"
    )
    proc = subprocess.run([PY, "-c", code, *map(str, paths)], env={**os.environ, "CHECKER_CACHE_DIR": str(cache)},
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def real_size(paths: list[Path]) -> None:
    texts = load_texts(paths)
    words = sum(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        parse_s, embed_s, n_sents = bare_cost(texts, work)
        bare = parse_s + embed_s
        cache = work / "cache"
        cold = checker_run(paths, work, cache)
        peak = peak_child_mb()
        warm = checker_run(paths, work, cache)
        timings = stage_timings(paths, work / "cache-stages")
    print(f"reports: {len(texts)}  words: {words}  sentences: {n_sents}")
    print(f"bare model cost: parse {parse_s:.1f}s + embed {embed_s:.1f}s = {bare:.1f}s")
    print(f"checker cold: {cold:.1f}s   reports/s: {len(texts) / cold:.1f}   peak RSS of a child: {peak:.0f} MB")
    print(f"checker warm: {warm:.1f}s")
    print(f"stages (in-process, cold): " + ", ".join(f"{k} {v:.2f}s" for k, v in timings.items()))
    print(f"RATIO end-to-end / bare models: {cold / bare:.2f}   (target <= 1.3)")
    print(f"RATIO warm / cold:              {warm / cold:.3f}  (target <= 0.1)")


_NUMBER = re.compile(r"\d[\d,]*")


def synthetic_event(source: Path, n_reports: int, dest: Path) -> int:
    """Write ``n_reports`` variants of the source reports into ``dest``; returns sentences written (approx.)."""
    from checker.config import Settings
    from checker.ingest import load_events

    reports = [r for _, rs in load_events([source], Settings()).events for r in rs]
    rng = random.Random(7)
    dest.mkdir(parents=True)
    sentences = 0
    for i in range(n_reports):
        base = reports[i % len(reports)]
        # Vary numbers and sentence order so each report is new text to the caches.
        paras = [p for p in base.text.split("\n") if p.strip()]
        rng.shuffle(paras)
        text = "\n\n".join(_NUMBER.sub(lambda m: str(int(m.group().replace(",", "")) + rng.randint(0, 3)), p) for p in paras)
        sentences += text.count(". ") + len(paras)
        meta = f"---\nsource: Outlet {i}\npublished: 2024-11-0{4 + i % 4}\n---\n\n"
        (dest / f"r{i:05d}.md").write_text(meta + text, encoding="utf-8")
    return sentences


def scaling(source: Path, sizes: list[int]) -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            work = Path(tmp) / f"n{n}"
            event = work / "synthetic"
            approx = synthetic_event(source, n, event)
            seconds = checker_run([event], work, work / "cache")
            rows.append((n, approx, seconds, peak_child_mb()))
            print(f"{n} reports, ~{approx} sentences: {seconds:.1f}s, peak RSS so far {rows[-1][3]:.0f} MB", flush=True)
    for (n0, _, t0, _), (n1, _, t1, _) in zip(rows, rows[1:]):
        print(f"RATIO time({n1}) / time({n0}) = {t1 / t0:.2f} for {n1 / n0:.0f}x the reports (target <= 11 for 10x)")


def dask_speedup(paths: list[Path]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        one = checker_run(paths, work, work / "c1", ["--workers", "1"])
        shutil.copy(work / "out" / "results.json", work / "serial.json")
        # --workers 1 runs in-process; compare against a one-worker cluster too.
        two = checker_run(paths, work, work / "c2", ["--workers", "2"])
        same = (work / "out" / "results.json").read_bytes() == (work / "serial.json").read_bytes()
    print(f"serial: {one:.1f}s  two Dask workers: {two:.1f}s  identical results: {same}")
    print(f"RATIO serial / two workers: {one / two:.2f} (target >= 1.7)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--scale", help="comma-separated report counts for one synthetic event, e.g. 200,2000")
    parser.add_argument("--dask", action="store_true", help="measure two Dask workers against a serial run")
    args = parser.parse_args()
    if args.scale:
        scaling(args.paths[0], [int(x) for x in args.scale.split(",")])
    elif args.dask:
        dask_speedup(args.paths)
    else:
        real_size(args.paths)


if __name__ == "__main__":
    main()
