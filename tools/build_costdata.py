"""Build the cost dataset (version 4) in `corpora/costdata/`: the real architectures at
realistic sizes, then graphs from the fuzzer's cost profile, each IREE dispatch at N
schedule variants, until the time budget is spent. Two workers compile side by side and
take turns to time (compiler_lab/execution/timing.py's timing slot) on an otherwise idle
machine. Resumable: run it again and it goes on where it stopped; SIGINT or SIGTERM stops it
after the chunk in flight. Writes the collection's figures into bench/results/measure.json.

    python tools/build_costdata.py [--hours 3] [--seeds 0-9] [--per-seed 60] [--variants 8]
                                   [--workers 2] [--out DIR]

The graphs of seed s are written once to DIR/.graphs/s<s>/ (`clab gen --profile cost
--backends iree,torch-mlir --seed s`), so the split by generator seed is reproducible.
"""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import time
from itertools import zip_longest
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compiler_lab.ir.graph import Graph  # noqa: E402
from compiler_lab.machine import fingerprint  # noqa: E402
from costmodel.dataset.stats import stats  # noqa: E402
from costmodel.measure.architectures import VARIANTS  # noqa: E402
from costmodel.measure.collect import (  # noqa: E402
    MeasureOptions,
    architecture_jobs,
    graph_job,
    measure,
)

GRAPH_SHARE = 1


def _seeds(text: str) -> list[int]:
    lo, _, hi = text.partition("-")
    return list(range(int(lo), int(hi or lo) + 1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(ROOT / "corpora/costdata"))
    ap.add_argument("--hours", type=float, default=3.0)
    ap.add_argument("--seeds", default="0-9")
    ap.add_argument("--per-seed", type=int, default=60)
    ap.add_argument("--collectors", default="latency,callgrind")
    ap.add_argument("--variants", type=int, default=8, help="schedules per IREE dispatch")
    ap.add_argument("--workers", type=int, default=2, help="compile side by side, time alone")
    args = ap.parse_args()
    out = Path(args.out)
    graphs: list[tuple[Graph, int]] = []
    for seed in _seeds(args.seeds):
        folder = out / ".graphs" / f"s{seed}"
        if not folder.exists():
            subprocess.run(
                [sys.executable, "-m", "compiler_lab", "gen", "--profile", "cost",
                 "--backends", "iree,torch-mlir", "-n", str(args.per_seed), "--seed", str(seed),
                 "-o", str(folder)],
                check=True,
            )  # fmt: skip
        graphs += [(Graph.load(p), seed) for p in sorted(folder.glob("*.json"))]
    opts = MeasureOptions(
        out=out,
        collectors=tuple(args.collectors.split(",")),
        workers=args.workers,
        budget_s=args.hours * 3600,
        chunk=4,
        variants=args.variants,
    )
    variants = list(VARIANTS)
    generated = [graph_job(g, "generated", opts) for g, _ in graphs]
    models, failed = architecture_jobs([{"name": v.name} for v in variants], opts)
    print(f"{len(models)} jobs from {len(variants)} architectures; not captured: {failed}")
    # architectures and generated graphs interleaved, so a budget that runs out still
    # leaves both: GRAPH_SHARE generated graphs for every architecture job
    # round-robin over the families (their dispatch jobs come first in each), so every
    # family has units however early the budget runs out
    by_family: dict[str, list] = {}
    for job in sorted(models, key=lambda j: ":k" in j.id):
        by_family.setdefault(job.request.family, []).append(job)
    models = [j for group in zip_longest(*by_family.values()) for j in group if j is not None]
    jobs = []
    for i, job in enumerate(models):
        jobs += [job, *generated[i * GRAPH_SHARE : (i + 1) * GRAPH_SHARE]]
    jobs += generated[len(models) * GRAPH_SHARE :]
    t0 = time.monotonic()
    before = stats(out)["rows"] if (out / "manifest.json").exists() else 0
    stop: list[str] = []

    def on_signal(signum: int, frame: object) -> None:
        stop.append(signal.Signals(signum).name)
        print(f"\n{stop[0]}: stopping after this chunk (what is measured stays)", flush=True)

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    summary = measure(
        jobs, opts, lambda d, t: print(f"\r{d}/{t} jobs", end="", flush=True), lambda: bool(stop)
    )
    hours = (time.monotonic() - t0) / 3600
    figures = stats(out)
    result_path = ROOT / "bench/results/measure.json"
    result = json.loads(result_path.read_text()) if result_path.exists() else {}
    result["collection_v4"] = {
        "machine": fingerprint(),
        "hours_this_run": round(hours, 3),
        "rows_added": figures["rows"] - before,
        "rows_per_hour": round((figures["rows"] - before) / hours) if hours > 0 else None,
        "workers": args.workers,
        "variants": args.variants,
        "jobs": len(jobs),
        "summary": summary,
        "stats": figures,
    }
    result.setdefault("machine", fingerprint())
    result_path.write_text(json.dumps(result, indent=1) + "\n")
    print(f"\n{figures['rows']} rows, {figures['distinct_texts']} texts; {hours:.2f} h this run")


if __name__ == "__main__":
    main()
