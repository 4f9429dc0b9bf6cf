"""The most two Dask workers can gain over one on this machine, for the checker's own work.

    python bench/ceiling.py fixtures/events $(ls -d ../shared/eval/ecbplus/*/)

Embeds the sentences of the given reports with the default model at one
torch thread (as a Dask worker does), once in one process and once split in
two halves run by two processes at the same time, and prints the ratio. No
scheduler, no checker: on a machine whose two cores share caches and memory
bandwidth, this bare ratio is the ceiling for ``bench.py --dask``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import json, sys, time
import torch
torch.set_num_threads(1)
from checker.models import Embedder
from checker.config import Settings
sentences = json.load(open(sys.argv[1]))[int(sys.argv[2]):int(sys.argv[3])]
model = Embedder(Settings().model, None).model
start = time.perf_counter()
model.encode(sentences, batch_size=32)
print(time.perf_counter() - start)
"""


def sentences_of(paths: list[Path]) -> list[str]:
    """The reports' sentences, split at full stops: the bare cost needs no parser."""
    from checker.config import Settings
    from checker.ingest import load_events

    return [s.strip() for _, reports in load_events(paths, Settings()).events for r in reports
            for s in re.split(r"(?<=[.!?])\s+", r.text) if len(s.split()) > 3]


def timed(path: str, ranges: list[tuple[int, int]]) -> list[float]:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "HF_HUB_OFFLINE": "1"}
    procs = [subprocess.Popen([sys.executable, "-c", CHILD, path, str(a), str(b)], stdout=subprocess.PIPE,
                              text=True, env=env) for a, b in ranges]
    return [float(p.communicate()[0].split()[-1]) for p in procs]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args()
    texts = sentences_of(args.paths)
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "sentences.json")
        Path(path).write_text(json.dumps(texts), encoding="utf-8")
        n = len(texts)
        one = timed(path, [(0, n)])[0]
        two = timed(path, [(0, n // 2), (n // 2, n)])
    print(f"{n} sentences: one process {one:.1f} s; two at once {two[0]:.1f} s and {two[1]:.1f} s")
    print(f"RATIO one / two (slower half): {one / max(two):.2f}; with perfect halves: {one / (sum(two) / 2):.2f}")


if __name__ == "__main__":
    main()
