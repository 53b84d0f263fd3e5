"""Benchmark rule inference: ops with (validated) rules, precision histogram, seconds per op
(p50/p99/max) and the total, from a library built by `clab rules infer`; and how often the
validated rules of the ops generation uses hold on calls drawn independently of validation,
both over the generator's domain and by plain uniform sampling (dims 1..12, attributes ±2).

Writes bench/results/rules.json. Usage:
  python tools/bench/rules.py [--rules corpora/rules]           summarize the shipped run
  python tools/bench/rules.py --rerun --out /tmp/rules          infer from scratch, timed
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from compiler_lab.machine import fingerprint
from fuzz.infer.library import infer_library
from fuzz.infer.rules import load_library

ROOT = Path(__file__).resolve().parents[2]


def independent_check(rules: list, n: int, workers: int) -> dict:
    """Valid share of predicate-accepted calls, per sampler, over the usable ops' rules;
    and the ops whose own share falls below 0.99."""
    from compiler_lab.sandbox.calls import Call
    from compiler_lab.sandbox.pool import SandboxConfig, WorkerPool, default_cache_dir
    from fuzz.gen.library import _usable
    from fuzz.infer.check import DomainShare, domain_share

    by_op: dict[str, list] = {}
    for r in rules:
        if _usable(r.op):
            by_op.setdefault(r.op, []).append(r.to_json())
    out = {}
    with WorkerPool(workers, SandboxConfig(default_cache_dir(), timeout_s=120)) as pool:
        for sampler in ("generator", "uniform"):
            requests = [Call(domain_share, DomainShare(rs, n, sampler)) for rs in by_op.values()]
            accepted = valid = 0
            low = []
            for op, resp in zip(by_op, pool.call_many(requests), strict=True):
                if not resp.ok:
                    continue
                a, v = resp.result.accepted, resp.result.valid
                accepted, valid = accepted + a, valid + v
                if a and v / a < 0.99:
                    low.append(op)
            out[sampler] = {
                "ops": len(by_op),
                "calls": accepted,
                "valid": valid,
                "valid_share": round(valid / accepted, 4) if accepted else None,
                "ops_below_0.99": len(low),
                "examples_below_0.99": sorted(low)[:20],
            }
    return out


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rules", default=str(ROOT / "corpora/rules"))
    ap.add_argument("--traces", default=str(ROOT / "corpora/traces"))
    ap.add_argument("--rerun", action="store_true")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("-o", "--out", default=str(ROOT / "bench/results/rules.json"))
    ap.add_argument("--domain-samples", type=int, default=25, help="calls per rule (0: skip)")
    args = ap.parse_args(argv)
    rules_dir = Path(args.rules)
    wall = None
    if args.rerun:
        t0 = time.monotonic()
        infer_library(Path(args.traces), rules_dir, workers=args.workers)
        wall = time.monotonic() - t0
    rules, meta = load_library(rules_dir)
    validated = [r for r in rules if r.validated]
    samples = [r.validation.get("samples", 0) for r in validated]
    per_op_samples: dict[str, int] = {}
    for r in validated:
        per_op_samples[r.op] = per_op_samples.get(r.op, 0) + r.validation.get("samples", 0)
    result = {
        "machine": fingerprint(),
        "ops_attempted": meta.get("ops_attempted"),
        "ops_with_rules": meta.get("ops_with_rules"),
        "ops_with_validated_rules": meta.get("ops_with_validated_rules"),
        "ops_with_validated_rules_and_200_samples": sum(
            1 for n in per_op_samples.values() if n >= 200
        ),
        "rules": meta.get("rules"),
        "validated_rules": meta.get("validated_rules"),
        "precision_histogram": meta.get("precision_histogram"),
        "median_samples_per_validated_rule": sorted(samples)[len(samples) // 2] if samples else 0,
        "seconds_per_op": meta.get("op_seconds"),
        "wall_seconds": round(wall, 1) if wall is not None else meta.get("wall_seconds_this_run"),
        "failed_units": meta.get("failed_units"),
        "workers": args.workers,
    }
    if args.domain_samples:
        result["independent_check"] = independent_check(
            validated, args.domain_samples, args.workers
        )
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "machine"}, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
