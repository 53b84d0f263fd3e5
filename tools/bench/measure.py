"""Benchmark measurement: samples per hour per collector, and the noise floor (median CV
of latency samples; callgrind run-to-run spread on the same units).

Writes bench/results/measure.json. Usage: python tools/bench/measure.py [--graphs 24]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from compiler_lab.ir.graph import Graph
from compiler_lab.ir.inputs import make_values
from compiler_lab.machine import fingerprint
from costmodel.dataset.dataset import Dataset
from costmodel.measure import callgrind
from costmodel.measure.collect import MeasureOptions, graph_job, measure
from costmodel.measure.collectors import availability
from costmodel.measure.units import library_units

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--graphs", type=int, default=24)
    ap.add_argument("-o", "--out", default=str(ROOT / "bench/results/measure.json"))
    args = ap.parse_args(argv)
    graphs = [Graph.load(p) for p in sorted((ROOT / "corpora/examples").glob("*.json"))]
    graphs = (graphs * (args.graphs // len(graphs) + 1))[: args.graphs]
    rates = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, collectors in (
            ("latency", ("latency",)),
            ("latency+callgrind", ("latency", "callgrind")),
        ):
            out = Path(tmp) / label
            opts = MeasureOptions(out=out, collectors=collectors, workers=2, kernels=True)
            unique = {g.content_hash(): g for g in graphs}
            t0 = time.monotonic()
            summary = measure([graph_job(g, "bench", opts) for g in unique.values()], opts)
            hours = (time.monotonic() - t0) / 3600
            by = summary["rows_by_collector"]
            rates[label] = {k: round(v / hours) for k, v in by.items()} | {
                "graphs_per_hour": round(len(unique) / hours)
            }
            cvs = [
                r["noise"]["cv"] for r in Dataset(out, readonly=True).rows() if "cv" in r["noise"]
            ]
            rates[label]["median_latency_cv"] = round(statistics.median(cvs), 4) if cvs else None
        spread = {}
        if callgrind.callgrind_available().available:
            work = Path(tmp) / "cg"
            work.mkdir()
            specs = [
                library_units(
                    g,
                    make_values(g),
                    work,
                    f"u{i}",
                    time_it=False,
                    counter_cpu=callgrind.counter_cpu(),
                ).callgrind_spec
                for i, g in enumerate(graphs[:6])
            ]
            a = callgrind.run_callgrind(specs, work)
            b = callgrind.run_callgrind(specs, work)
            for key in (
                "instructions",
                "l1d_read_misses",
                "ll_data_read_misses",
                "cond_branch_mispredicts",
            ):
                pairs = [
                    (a[s["id"]][key], b[s["id"]][key])
                    for s in specs
                    if key in a[s["id"]] and key in b[s["id"]]
                ]
                rel = [abs(x - y) / max(1.0, x) for x, y in pairs]
                # small counts (a handful of misses) make large relative spreads: say so
                spread[key] = (
                    {
                        "max_rel": round(max(rel), 6),
                        "median_rel": round(statistics.median(rel), 6),
                        "max_abs": max(abs(x - y) for x, y in pairs),
                        "median_count": statistics.median(x for x, _ in pairs),
                    }
                    if pairs
                    else None
                )
    dataset = ROOT / "corpora/costdata"
    shipped = (
        Dataset(dataset, readonly=True).summary() if (dataset / "manifest.json").exists() else None
    )
    result = {
        "machine": fingerprint(),
        "rows_per_hour": rates,
        "callgrind_run_to_run_spread": spread,
        "collectors": {k: vars(v) for k, v in availability().items()},
        "shipped_dataset": shipped,
    }
    Path(args.out).write_text(json.dumps(result, indent=1, default=str) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "machine"}, indent=1, default=str))


if __name__ == "__main__":
    main(sys.argv[1:])
