"""Benchmark triage: reduction ratio and wall time per case on injected Inductor bugs in
generated graphs of up to 50 ops. Goal: any <=50-node graph down to <=3 ops in < 2 min.

Writes bench/results/triage.json. Usage: python tools/bench/triage.py [--nodes 50]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from compiler_lab.execution import lab
from compiler_lab.findings.keys import bucket_key, localize
from compiler_lab.machine import fingerprint
from compiler_lab.sandbox.pool import SandboxConfig, WorkerPool, default_cache_dir
from compiler_lab.triage.reduce import Reducer
from fuzz.gen.config import GenConfig
from fuzz.gen.generator import Generator
from fuzz.gen.library import load

ROOT = Path(__file__).resolve().parents[2]
BUGS = [
    ("relu", "cpp.inject_relu_bug_TESTING_ONLY", "accuracy"),
    ("relu", "cpp.inject_relu_bug_TESTING_ONLY", "compile_error"),
    ("relu", "cpp.inject_relu_bug_TESTING_ONLY", "runtime_error"),
    ("log1p", "cpp.inject_log1p_bug_TESTING_ONLY", "accuracy"),
    ("log1p", "cpp.inject_log1p_bug_TESTING_ONLY", "compile_error"),
]
OTHER_OPS = [
    "add",
    "mul",
    "sub",
    "tanh",
    "sigmoid",
    "mm",
    "sum",
    "permute",
    "neg",
    "exp",
    "abs",
    "cat",
]


def graph_with(op: str, nodes: int, seed: int):
    library = load(str(ROOT / "corpora/rules"), str(ROOT / "corpora/traces")).restrict(
        [op, *OTHER_OPS], None
    )
    gen = Generator(library, GenConfig(max_nodes=nodes, dtypes=("float32",)), seed=seed)
    best = None
    for i in range(40):
        g = gen.generate(f"{op}-{i}")
        if f"aten.{op}.default" in g.ops() and (best is None or len(g.nodes) > len(best.nodes)):
            best = g
            if len(g.nodes) >= nodes - 3:
                break
    return best


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--nodes", type=int, default=50)
    ap.add_argument("-o", "--out", default=str(ROOT / "bench/results/triage.json"))
    args = ap.parse_args(argv)
    results = []
    with WorkerPool(2, SandboxConfig(default_cache_dir(), timeout_s=300)) as pool:
        for i, (op, key, mode) in enumerate(BUGS):
            g = graph_with(op, args.nodes, seed=100 + i)
            options = {key: mode}
            t0 = time.monotonic()
            (v,) = lab.run([lab.LabRequest(g, "inductor", options)], pool)
            bucket = bucket_key(v, localize(v, pool))
            if bucket is None:
                results.append(
                    {
                        "bug": f"{op}:{mode}",
                        "nodes_before": len(g.nodes),
                        "reproduced": False,
                        "verdict": v.verdict,
                    }
                )
                continue
            r = Reducer("inductor", options, bucket, pool, deadline_s=300).reduce(g, v)
            wall = time.monotonic() - t0
            results.append(
                {
                    "bug": f"{op}:{mode}",
                    "bucket": bucket,
                    "nodes_before": r.nodes_before,
                    "nodes_after": r.nodes_after,
                    "ops_after": r.graph.ops(),
                    "ratio": round(r.nodes_before / max(1, r.nodes_after), 1),
                    "wall_s": round(wall, 1),
                    "candidates": r.candidates,
                    "goal_met": r.nodes_after <= 3 and wall < 120,
                }
            )
            print(results[-1], flush=True)
    summary = {
        "machine": fingerprint(),
        "cases": results,
        "all_goal_met": all(r.get("goal_met") for r in results),
        "median_wall_s": sorted(r.get("wall_s", 0) for r in results)[len(results) // 2],
    }
    Path(args.out).write_text(json.dumps(summary, indent=1) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
