"""Benchmark: the checker's cost over the bare cost of its two models.

Usage (from the repository root, with the package installed):

    python bench/bench.py fixtures/events $(ls -d ../shared/eval/ecbplus/*/)      # real-size set
    python bench/bench.py --scale 200,2000 fixtures/events/nk-troops             # one growing event
    python bench/bench.py --dask fixtures/events $(ls -d ../shared/eval/ecbplus/*/)

Every timing runs in a fresh process, as a user's run does, and is reported
as a ratio to the bare model cost of the same text (spaCy parse of every
report plus embedding of every sentence, each in its own fresh process),
because these machines are too noisy for absolute seconds to mean much.
With ``--repeat N`` each measurement is taken N times, interleaved, and the
fastest is used: on a shared machine the fastest run is the one least
slowed by others; ``--wait-idle S`` also waits (up to S seconds) for the
other processes to leave the CPUs idle before each run. Peak memory is the largest resident set of the measured
process itself (``wait4``), not of the benchmark.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PY = sys.executable

BARE_PARSE = """
import json, sys
from checker.models import load_spacy
texts = json.load(open(sys.argv[1]))
nlp = load_spacy()
sents = [s.text.strip() for d in nlp.pipe(texts, batch_size=16) for s in d.sents if s.text.strip()]
json.dump(sents, open(sys.argv[2], "w"))
"""

# The library's own call, with its default batching: the bare model cost.
BARE_EMBED = """
import json, sys
from checker.models import Embedder
sents = json.load(open(sys.argv[1]))
Embedder(cache_dir=None).model.encode(sents, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
"""

# The same distributed code path for any number of workers, so one worker and
# two are compared like for like (``--workers 1`` on the CLI runs in-process).
DASK_RUN = """
import sys
from pathlib import Path
from checker.config import Settings
from checker.distributed import check_distributed
from checker.ingest import load_events
if __name__ == "__main__":
    events = load_events([Path(p) for p in sys.argv[2:]], Settings()).events
    check_distributed(events, Settings(), workers=int(sys.argv[1]))
"""


class Measured:
    """Seconds and peak resident memory (MB) of one fresh process."""

    def __init__(self, seconds: float, peak_mb: float, code: int) -> None:
        self.seconds, self.peak_mb, self.code = seconds, peak_mb, code


#: Seconds to wait for an idle machine before each measured run (``--wait-idle``); 0 = do not wait.
WAIT_IDLE = 0.0


def busy_share(seconds: float = 1.0) -> float:
    """Share of all CPUs busy over the next ``seconds`` (Linux /proc/stat)."""

    def sample() -> tuple[int, int]:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        return sum(fields), fields[3] + fields[4]

    total0, idle0 = sample()
    time.sleep(seconds)
    total1, idle1 = sample()
    return 1 - (idle1 - idle0) / max(1, total1 - total0)


def wait_idle() -> None:
    """Wait (up to WAIT_IDLE seconds) until other processes leave the CPUs alone for 5 s."""
    if not WAIT_IDLE or not Path("/proc/stat").exists():
        return
    deadline, quiet = time.monotonic() + WAIT_IDLE, 0
    while quiet < 5 and time.monotonic() < deadline:
        quiet = quiet + 1 if busy_share() < 0.1 else 0
    if quiet < 5:
        print(f"  (machine still busy after {WAIT_IDLE:.0f}s; measuring anyway)", flush=True)


def run(cmd: list[str], env: dict[str, str] | None = None) -> Measured:
    """Run ``cmd`` in a fresh process; exit codes 0 and 1 are both success (1 = conflicts found)."""
    wait_idle()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # wait4 gives this child's own peak RSS; reading stderr first avoids a full pipe blocking it.
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    proc.returncode = code
    if code not in (0, 1):
        sys.exit(f"command failed ({code}): {' '.join(cmd)}\n{err[-2000:]}")
    return Measured(elapsed, usage.ru_maxrss / 1024, code)


def load() -> str:
    return "load average %.1f %.1f %.1f" % os.getloadavg()


def load_texts(paths: list[Path]) -> list[str]:
    from checker.config import Settings
    from checker.ingest import load_events

    return [r.text for _, reports in load_events(paths, Settings()).events for r in reports]


def bare_cost(texts: list[str], work: Path) -> tuple[Measured, Measured, int]:
    """The bare spaCy parse and the bare embedding of every sentence, and the sentence count."""
    (work / "texts.json").write_text(json.dumps(texts))
    parse = run([PY, "-c", BARE_PARSE, str(work / "texts.json"), str(work / "sents.json")])
    sents = json.loads((work / "sents.json").read_text())
    embed = run([PY, "-c", BARE_EMBED, str(work / "sents.json")])
    return parse, embed, len(sents)


def checker_run(paths: list[Path], out: Path, cache: Path, extra: list[str] | None = None) -> Measured:
    return run([PY, "-m", "checker", "check", *map(str, paths), "--out", str(out), "--quiet", *(extra or [])],
               env={"CHECKER_CACHE_DIR": str(cache)})


def stage_timings(paths: list[Path], cache: Path) -> dict[str, float]:
    code = (
        "import json, sys; from pathlib import Path; from checker.pipeline import check; "
        "r = check([Path(p) for p in sys.argv[1:]]); print(json.dumps(r.timings))"
    )
    proc = subprocess.run([PY, "-c", code, *map(str, paths)], env={**os.environ, "CHECKER_CACHE_DIR": str(cache)},
                          capture_output=True, text=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def fastest(runs: list[Measured]) -> Measured:
    return min(runs, key=lambda m: m.seconds)


def secs(runs: list[Measured]) -> str:
    return " ".join(f"{m.seconds:.1f}" for m in runs)


def real_size(paths: list[Path], repeat: int) -> None:
    texts = load_texts(paths)
    words = sum(len(t.split()) for t in texts)
    print(load(), flush=True)
    parses, embeds, colds, warms = [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for i in range(repeat):
            parse, embed, n_sents = bare_cost(texts, work)
            parses.append(parse)
            embeds.append(embed)
            cache = work / f"cache-{i}"
            colds.append(checker_run(paths, work / "out", cache))
            warms.append(checker_run(paths, work / "out", cache))
            print(f"  round {i + 1}: parse {parse.seconds:.1f}s embed {embed.seconds:.1f}s "
                  f"cold {colds[-1].seconds:.1f}s warm {warms[-1].seconds:.2f}s", flush=True)
        timings = stage_timings(paths, work / "cache-stages")
    parse_s, embed_s = fastest(parses).seconds, fastest(embeds).seconds
    bare, cold, warm = parse_s + embed_s, fastest(colds), fastest(warms)
    print(f"reports: {len(texts)}  words: {words}  sentences: {n_sents}")
    print(f"bare model cost: parse {parse_s:.1f}s + embed {embed_s:.1f}s = {bare:.1f}s   (runs: {secs(parses)} | {secs(embeds)})")
    print(f"checker cold: {cold.seconds:.1f}s   reports/s: {len(texts) / cold.seconds:.1f}   "
          f"peak RSS {max(m.peak_mb for m in colds):.0f} MB   (runs: {secs(colds)})")
    print(f"checker warm: {warm.seconds:.2f}s   peak RSS {max(m.peak_mb for m in warms):.0f} MB   (runs: {secs(warms)})")
    print("stages (in-process, cold): " + ", ".join(f"{k} {v:.2f}s" for k, v in timings.items()))
    print(f"RATIO end-to-end / bare models: {cold.seconds / bare:.2f}   (target <= 1.3)")
    print(f"RATIO warm / cold:              {warm.seconds / cold.seconds:.3f}  (target <= 0.1)")
    print(load())


_NUMBER = re.compile(r"\d[\d,]*")


def synthetic_event(source: Path, n_reports: int, dest: Path) -> int:
    """Write ``n_reports`` variants of the source reports into ``dest``; returns their sentence count.

    Each variant shuffles the source's paragraphs and moves its numbers, so
    every report is new text to the caches. Paragraph breaks always end a
    sentence, so a variant has the sentences of its paragraphs, counted once
    per paragraph with the real pipeline.
    """
    from checker.config import Settings
    from checker.ingest import load_events
    from checker.models import load_spacy

    reports = [r for _, rs in load_events([source], Settings()).events for r in rs]
    paragraphs = {p for r in reports for p in r.text.split("\n") if p.strip()}
    nlp = load_spacy()
    per_paragraph = {p: sum(1 for s in doc.sents if s.text.strip()) for p, doc in zip(paragraphs, nlp.pipe(paragraphs))}
    rng = random.Random(7)
    dest.mkdir(parents=True)
    sentences = 0
    for i in range(n_reports):
        base = reports[i % len(reports)]
        paras = [p for p in base.text.split("\n") if p.strip()]
        rng.shuffle(paras)
        text = "\n\n".join(_NUMBER.sub(lambda m: str(int(m.group().replace(",", "")) + rng.randint(0, 3)), p) for p in paras)
        sentences += sum(per_paragraph[p] for p in paras)
        meta = f"---\nsource: Outlet {i}\npublished: 2024-11-0{4 + i % 4}\n---\n\n"
        (dest / f"r{i:05d}.md").write_text(meta + text, encoding="utf-8")
    return sentences


def scaling(source: Path, sizes: list[int], repeat: int) -> None:
    rows = []
    print(load(), flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            work = Path(tmp) / f"n{n}"
            event = work / "synthetic"
            n_sents = synthetic_event(source, n, event)
            runs = [checker_run([event], work / "out", work / f"cache-{i}") for i in range(repeat)]
            best = fastest(runs)
            rows.append((n, n_sents, best.seconds))
            print(f"{n} reports, {n_sents} sentences: {best.seconds:.1f}s (runs: {secs(runs)}), "
                  f"peak RSS {max(m.peak_mb for m in runs):.0f} MB", flush=True)
    for (n0, s0, t0), (n1, s1, t1) in zip(rows, rows[1:]):
        print(f"RATIO time({n1}) / time({n0}) = {t1 / t0:.2f} for {n1 / n0:.1f}x the reports, "
              f"{s1 / s0:.1f}x the sentences (target <= 11 for 10x)")
    print(load())


def dask_speedup(paths: list[Path], repeat: int) -> None:
    serial, one, two = [], [], []
    same = True
    print(load(), flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for i in range(repeat):
            serial.append(checker_run(paths, work / "s", work / f"cs{i}"))
            two.append(checker_run(paths, work / "p", work / f"cp{i}", ["--workers", "2"]))
            same &= (work / "s" / "results.json").read_bytes() == (work / "p" / "results.json").read_bytes()
            one.append(run([PY, "-c", DASK_RUN, "1", *map(str, paths)], env={"CHECKER_CACHE_DIR": str(work / f"c1{i}")}))
            print(f"  round {i + 1}: serial {serial[-1].seconds:.1f}s  one Dask worker {one[-1].seconds:.1f}s  "
                  f"two Dask workers {two[-1].seconds:.1f}s", flush=True)
    s, o, t = fastest(serial).seconds, fastest(one).seconds, fastest(two).seconds
    print(f"serial (in-process): {s:.1f}s  one Dask worker: {o:.1f}s  two Dask workers: {t:.1f}s")
    print(f"results.json of the serial and two-worker runs byte-identical: {same}")
    print(f"RATIO one Dask worker / two: {o / t:.2f} (target >= 1.7)")
    print(f"RATIO serial in-process / two Dask workers: {s / t:.2f}")
    print(load())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--scale", help="comma-separated report counts for one synthetic event, e.g. 200,2000")
    parser.add_argument("--dask", action="store_true", help="measure two Dask workers against one and a serial run")
    parser.add_argument("--repeat", type=int, default=1, help="take each measurement N times and use the fastest")
    parser.add_argument("--wait-idle", type=float, default=0, metavar="SECONDS",
                        help="before each run, wait up to SECONDS for other processes to leave the CPUs idle")
    args = parser.parse_args()
    global WAIT_IDLE
    WAIT_IDLE = args.wait_idle
    if args.scale:
        scaling(args.paths[0], [int(x) for x in args.scale.split(",")], args.repeat)
    elif args.dask:
        dask_speedup(args.paths, args.repeat)
    else:
        real_size(args.paths, args.repeat)


if __name__ == "__main__":
    main()
