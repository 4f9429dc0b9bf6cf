"""Benchmark: the checker's cost over the bare cost of its two models.

Usage (from the repository root, with the package installed):

    python bench/bench.py fixtures/events $(ls -d ../shared/eval/ecbplus/*/)      # real-size set
    python bench/bench.py --scale 200,2000 fixtures/events/nk-troops             # one growing event
    python bench/bench.py --dask --standing fixtures/events $(ls -d ../shared/eval/ecbplus/*/)
    python bench/bench.py --dask --add-synthetic 4:100 fixtures/events $(ls -d ../shared/eval/ecbplus/*/)

Every timing runs in a fresh process, as a user's run does, and is reported
as a ratio to the bare model cost of the same text (spaCy parse of every
report plus embedding of every sentence, each in its own fresh process),
because these machines are too noisy for absolute seconds to mean much.
With ``--repeat N`` each measurement is taken N times, interleaved, and the
fastest is used: on a shared machine the fastest run is the one least
slowed by others; ``--wait-idle S`` also waits (up to S seconds) for the
other processes to leave the CPUs idle before each run; each run also
reports the share of the CPUs other processes took while it ran. On a
machine others keep busy, ``nice -n -10 python bench/bench.py ...`` (as root)
keeps them from skewing the comparison. Peak memory is the largest resident
set of the measured process itself (``wait4``), not of the benchmark.

``--dask`` compares one Dask worker with two through the same command (the
CLI with ``--scheduler`` on a fresh local cluster made as ``--workers N``
makes it), checks that every run's results.json is byte-identical to the
serial run's, and with ``--standing`` also times the CLI on a cluster that is
already up with its models loaded. ``--add-synthetic K:N`` adds K synthetic
events of N reports each (variants of the first K fixture events) to the batch.
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
from collections.abc import Callable
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

# The CLI on a fresh local cluster of N workers, made as ``--workers N`` makes
# it: the same command for one worker and two (``--workers 1`` on the CLI
# runs in-process, without Dask). Timed as a whole: cluster start, each
# worker loading both models, the check, the outputs, the shutdown.
DASK_RUN = """
import sys
from dask.distributed import LocalCluster
from checker.cli import cli
if __name__ == "__main__":
    n, out, paths = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    code = 0
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        try:
            cli.main(["check", *paths, "--out", out, "--quiet", "--scheduler", cluster.scheduler_address])
        except SystemExit as exc:
            code = exc.code
    sys.exit(code)
"""


class Measured:
    """Seconds, peak resident memory (MB) and CPU seconds of one fresh process.

    ``others`` is the share of the machine's CPUs that other processes used
    while it ran: on a shared machine, the noise in ``seconds``.
    """

    def __init__(self, seconds: float, peak_mb: float, code: int, cpu: float = 0.0, others: float = 0.0) -> None:
        self.seconds, self.peak_mb, self.code, self.cpu, self.others = seconds, peak_mb, code, cpu, others


#: Seconds to wait for an idle machine before each measured run (``--wait-idle``); 0 = do not wait.
WAIT_IDLE = 0.0


def _cpu_ticks() -> tuple[int, int]:
    """All CPU time and idle time so far, in clock ticks (Linux /proc/stat)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return sum(fields), fields[3] + fields[4]


def busy_share(seconds: float = 1.0) -> float:
    """Share of all CPUs busy over the next ``seconds``."""
    total0, idle0 = _cpu_ticks()
    time.sleep(seconds)
    total1, idle1 = _cpu_ticks()
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


def run(cmd: list[str], env: dict[str, str] | None = None, helpers: Callable[[], float] | None = None) -> Measured:
    """Run ``cmd`` in a fresh process; exit codes 0 and 1 are both success (1 = conflicts found).

    ``helpers()`` gives the CPU seconds used so far by processes that work
    for ``cmd`` without being its children (a standing cluster's workers),
    so that their work is not counted as other processes' load.
    """
    wait_idle()
    start = time.perf_counter()
    total0, idle0 = _cpu_ticks()
    helped0 = helpers() if helpers else 0.0
    proc = subprocess.Popen(cmd, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # wait4 gives this child's own peak RSS, and its CPU time with that of the
    # processes it reaped (Dask's workers); reading stderr first avoids a full pipe blocking it.
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    total1, idle1 = _cpu_ticks()
    code = os.waitstatus_to_exitcode(status)
    proc.returncode = code
    if code not in (0, 1):
        sys.exit(f"command failed ({code}): {' '.join(cmd)}\n{err[-2000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    helped = helpers() - helped0 if helpers else 0.0
    busy = (total1 - total0 - (idle1 - idle0)) / os.sysconf("SC_CLK_TCK") - helped
    capacity = elapsed * (os.cpu_count() or 1)
    return Measured(elapsed, usage.ru_maxrss / 1024, code, cpu, max(0.0, busy - cpu) / capacity)


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


def checker_run(
    paths: list[Path], out: Path, cache: Path, extra: list[str] | None = None, helpers: Callable[[], float] | None = None
) -> Measured:
    return run([PY, "-m", "checker", "check", *map(str, paths), "--out", str(out), "--quiet", *(extra or [])],
               env={"CHECKER_CACHE_DIR": str(cache)}, helpers=helpers)


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
    """Each run's seconds, with the share of the CPUs other processes took meanwhile."""
    return " ".join(f"{m.seconds:.1f}" + (f" [others {m.others:.0%}]" if m.others >= 0.05 else "") for m in runs)


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


def _warm_worker() -> None:
    # Everything a worker's first task would import and load.
    import checker.pipeline  # noqa: F401
    from checker.align import Aligner  # noqa: F401
    from checker.claims import extract_claims  # noqa: F401
    from checker.conflicts import judge_pairs  # noqa: F401
    from checker.distributed import _worker_embedder
    from checker.models import load_spacy

    load_spacy()
    _worker_embedder("").model


def _cpu_seconds() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def on_cluster(paths: list[Path], workers: int, cache: Path, out: Path) -> Measured:
    """A CLI run sent to a standing cluster of ``workers`` processes whose models are already loaded."""
    from dask.distributed import Client, LocalCluster

    # Workers read the cache folder from their own environment, set at spawn.
    saved = os.environ.get("CHECKER_CACHE_DIR")
    os.environ["CHECKER_CACHE_DIR"] = str(cache)
    try:
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
            with Client(cluster) as client:
                client.run(_warm_worker)

                def helpers() -> float:
                    # The workers, and this process, which runs the scheduler.
                    own = os.times()
                    return own.user + own.system + sum(client.run(_cpu_seconds).values())

                return checker_run(paths, out, cache, ["--scheduler", cluster.scheduler_address], helpers)
    finally:
        if saved is None:
            os.environ.pop("CHECKER_CACHE_DIR", None)
        else:
            os.environ["CHECKER_CACHE_DIR"] = saved


def dask_speedup(paths: list[Path], repeat: int, standing: bool) -> None:
    """One Dask worker against two, cold and (with ``standing``) on a cluster that is already up."""
    from checker.config import Settings
    from checker.ingest import load_events

    events = load_events(paths, Settings()).events
    n_reports = sum(len(reports) for _, reports in events)
    runs: dict[str, list[Measured]] = {k: [] for k in ("serial", "workers2", "cold1", "cold2", "warm1", "warm2")}
    outputs: dict[str, bytes] = {}  # the first results.json, which every run must match
    same = True
    print(load(), flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)

        def dask_cold(n: int, i: int) -> Measured:
            return run([PY, "-c", DASK_RUN, str(n), str(work / f"o{n}"), *map(str, paths)],
                       env={"CHECKER_CACHE_DIR": str(work / f"c{n}-{i}")})

        for i in range(repeat):
            # Interleaved, and a fresh cache folder for every run: each is a cold run.
            runs["serial"].append(checker_run(paths, work / "serial", work / f"cs-{i}"))
            runs["cold1"].append(dask_cold(1, i))
            runs["cold2"].append(dask_cold(2, i))
            runs["workers2"].append(checker_run(paths, work / "workers2", work / f"cw-{i}", ["--workers", "2"]))
            if standing:
                runs["warm1"].append(on_cluster(paths, 1, work / f"cl1-{i}", work / "warm1"))
                runs["warm2"].append(on_cluster(paths, 2, work / f"cl2-{i}", work / "warm2"))
            names = ["serial", "o1", "o2", "workers2", *(["warm1", "warm2"] if standing else [])]
            for name in names:
                data = (work / name / "results.json").read_bytes()
                same &= data == outputs.setdefault("reference", data)
            print(f"  round {i + 1}: serial {runs['serial'][-1].seconds:.1f}s  one worker {runs['cold1'][-1].seconds:.1f}s  "
                  f"two workers {runs['cold2'][-1].seconds:.1f}s  --workers 2 {runs['workers2'][-1].seconds:.1f}s"
                  + (f"  standing cluster of one {runs['warm1'][-1].seconds:.1f}s, of two {runs['warm2'][-1].seconds:.1f}s"
                     if standing else "") + f"  ({load()})", flush=True)
    best = {k: fastest(v).seconds for k, v in runs.items() if v}
    print(f"events: {len(events)}, reports: {n_reports}, characters: {sum(len(r.text) for _, rs in events for r in rs)}")
    print(f"serial in-process (checker check): {best['serial']:.1f}s   (runs: {secs(runs['serial'])})")
    print(f"checker check --workers 2:         {best['workers2']:.1f}s   (runs: {secs(runs['workers2'])})")
    print(f"fresh cluster, one worker:         {best['cold1']:.1f}s   (runs: {secs(runs['cold1'])})")
    print(f"fresh cluster, two workers:        {best['cold2']:.1f}s   (runs: {secs(runs['cold2'])})")
    if standing:
        print(f"standing cluster, models loaded (--scheduler): one worker {best['warm1']:.1f}s   (runs: {secs(runs['warm1'])}), "
              f"two workers {best['warm2']:.1f}s   (runs: {secs(runs['warm2'])})")
    print(f"results.json byte-identical across every run above: {same}")
    print(f"RATIO fresh cluster, one worker / two: {best['cold1'] / best['cold2']:.2f} (target >= 1.7)")
    if standing:
        print(f"RATIO standing cluster, one worker / two: {best['warm1'] / best['warm2']:.2f}")
    print(f"RATIO serial in-process / --workers 2: {best['serial'] / best['workers2']:.2f}")
    print(load())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--scale", help="comma-separated report counts for one synthetic event, e.g. 200,2000")
    parser.add_argument("--dask", action="store_true", help="measure two Dask workers against one and a serial run")
    parser.add_argument("--standing", action="store_true",
                        help="with --dask, also measure a cluster that is already up with its models loaded")
    parser.add_argument("--repeat", type=int, default=1, help="take each measurement N times and use the fastest")
    parser.add_argument("--wait-idle", type=float, default=0, metavar="SECONDS",
                        help="before each run, wait up to SECONDS for other processes to leave the CPUs idle")
    parser.add_argument("--add-synthetic", metavar="K:N",
                        help="add K synthetic events of N reports each (variants of the first K fixture events)")
    args = parser.parse_args()
    global WAIT_IDLE
    WAIT_IDLE = args.wait_idle
    with tempfile.TemporaryDirectory() as tmp:
        paths = list(args.paths)
        if args.add_synthetic:
            k, n = (int(x) for x in args.add_synthetic.split(":"))
            sources = sorted(p for p in (Path(__file__).resolve().parent.parent / "fixtures" / "events").iterdir() if p.is_dir())
            for source in sources[:k]:
                synthetic_event(source, n, Path(tmp) / f"synthetic-{source.name}")
                paths.append(Path(tmp) / f"synthetic-{source.name}")
        if args.scale:
            scaling(paths[0], [int(x) for x in args.scale.split(",")], args.repeat)
        elif args.dask:
            dask_speedup(paths, args.repeat, args.standing)
        else:
            real_size(paths, args.repeat)


if __name__ == "__main__":
    main()
