"""Benchmark the generator: valid 10-op graphs per second in one process, distinct ATen
ops in 100 and in 1,000 graphs, distinct (producer, consumer) op pairs, and the dtype mix.

Writes bench/results/gen.json. Usage: python tools/bench/gen.py [--graphs 1000] [--seed 0]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from compiler_lab.machine import fingerprint
from fuzz.gen.config import GenConfig
from fuzz.gen.generator import Generator
from fuzz.gen.library import load
from fuzz.values.checker import SandboxedValueSearch

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--graphs", type=int, default=1000)
    ap.add_argument("--max-nodes", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("-o", "--out", default=str(ROOT / "bench/results/gen.json"))
    args = ap.parse_args(argv)
    t0 = time.monotonic()
    library = load(str(ROOT / "corpora/rules"), str(ROOT / "corpora/traces"))
    load_s = time.monotonic() - t0
    ops: Counter = Counter()
    pairs: set = set()
    dtypes: Counter = Counter()
    nodes = []
    ops_at_100 = None
    with SandboxedValueSearch() as values:
        gen = Generator(library, GenConfig(max_nodes=args.max_nodes), seed=args.seed, values=values)
        gen.generate("warmup")
        t0 = time.monotonic()
        for i in range(args.graphs):
            g = gen.generate(f"b{i}")
            ops.update(g.ops())
            nodes.append(len(g.nodes))
            producer = {o.name: n.op for n in g.nodes for o in n.outputs}
            for n in g.nodes:
                pairs.update((producer[r], n.op) for r in n.input_names() if r in producer)
            dtypes.update(s.dtype for s in g.inputs)
            if i + 1 == 100:
                ops_at_100 = len(ops)
        seconds = time.monotonic() - t0
        crashes = values.crashes
    result = {
        "machine": fingerprint(),
        "graphs": args.graphs,
        "max_nodes": args.max_nodes,
        "mean_nodes": round(sum(nodes) / len(nodes), 2),
        "graphs_per_second": round(args.graphs / seconds, 2),
        "seconds": round(seconds, 1),
        "library_load_seconds": round(load_s, 2),
        "library": {
            "symbolic_rules": len(library.symbolic),
            "concrete_ops": len(library.concrete),
            "ops": len(library.ops()),
        },
        "distinct_ops_in_100": ops_at_100,
        "distinct_ops_in_all": len(ops),
        "distinct_op_pairs": len(pairs),
        "input_dtype_mix": dict(dtypes.most_common()),
        "generator_stats": {
            k: dict(v) if isinstance(v, Counter) else v for k, v in vars(gen.stats).items()
        },
        "eager_crashes_in_value_search": len(crashes),
        "note": "one process generating; eager value checks run in one sandboxed worker",
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "machine"}, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
