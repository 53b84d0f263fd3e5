"""Benchmark the lab: cases per minute per backend with 2 warm workers on the shipped
examples, and what the first compile in a fresh worker costs.

Writes bench/results/lab.json. Usage: python tools/bench/lab.py [--workers 2] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from compiler_lab import backends
from compiler_lab.execution import lab
from compiler_lab.ir.builder import GraphBuilder
from compiler_lab.ir.graph import Graph
from compiler_lab.machine import fingerprint
from compiler_lab.sandbox.pool import SandboxConfig, WorkerPool, default_cache_dir

ROOT = Path(__file__).resolve().parents[2]


def first_compile(backend: str, graphs: list[Graph], cache_dir: Path) -> dict[str, float]:
    """Wall time of the first and second case in one new worker (includes worker start)."""
    with WorkerPool(1, SandboxConfig(cache_dir, timeout_s=600)) as pool:
        t0 = time.perf_counter()
        pool.workers[0].request({"kind": "ping"})
        start = time.perf_counter() - t0
        times = []
        for g in graphs[:2]:
            t0 = time.perf_counter()
            lab.run([lab.LabRequest(g, backend)], pool)
            times.append(time.perf_counter() - t0)
    return {
        "worker_start_s": round(start, 2),
        "first_case_s": round(times[0], 2),
        "second_case_s": round(times[1], 2),
    }


def throughput(backend: str, graphs: list[Graph], workers: int, rounds: int) -> dict:
    """Cases per minute on graphs the workers have never compiled: each round gets fresh
    workers with an empty Inductor cache, warmed on an unrelated graph first."""
    rates, verdicts = [], {}
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as inductor_cache:
            config = SandboxConfig(
                default_cache_dir(), timeout_s=600, inductor_cache_dir=Path(inductor_cache)
            )
            with WorkerPool(workers, config) as pool:
                lab.run([lab.LabRequest(warmup_graph(i), backend) for i in range(workers)], pool)
                t0 = time.perf_counter()
                out = lab.run([lab.LabRequest(g, backend) for g in graphs], pool)
                dt = time.perf_counter() - t0
        rates.append(len(graphs) / dt * 60)
        for v in out:
            verdicts[v.verdict] = verdicts.get(v.verdict, 0) + 1
    return {
        "cases_per_min": round(statistics.median(rates), 1),
        "rates": [round(x, 1) for x in rates],
        "verdicts": verdicts,
    }


def warmup_graph(i: int) -> Graph:
    b = GraphBuilder(f"warmup{i}")
    x = b.input("x", [3 + i, 5])
    return b.build([b.call("aten.sigmoid.default", b.call("aten.exp.default", x))])


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("-o", "--out", default=str(ROOT / "bench/results/lab.json"))
    args = ap.parse_args(argv)
    graphs = [Graph.load(p) for p in sorted((ROOT / "corpora/examples").glob("*.json"))]
    result: dict = {
        "machine": fingerprint(),
        "examples": len(graphs),
        "workers": args.workers,
        "note": "each case = eager + eager-float64 reference + the backend, in sandboxed "
        "workers; each round starts fresh workers with an empty Inductor cache, warmed on "
        "an unrelated graph, so every example is a first compile in a warm process",
        "throughput": {},
        "first_compile": {},
    }
    for b in ["eager", *backends.DEFAULT_BACKENDS]:
        result["throughput"][b] = throughput(b, graphs, args.workers, args.rounds)
        print(b, result["throughput"][b], flush=True)
    for b in backends.DEFAULT_BACKENDS:
        result["first_compile"][b] = {
            "warm_disk_cache": first_compile(b, graphs, default_cache_dir())
        }
        with tempfile.TemporaryDirectory() as cold:
            result["first_compile"][b]["cold_disk_cache"] = first_compile(b, graphs, Path(cold))
        print(b, result["first_compile"][b], flush=True)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=1) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main(sys.argv[1:])
