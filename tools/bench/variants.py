"""Benchmark schedule variants: variants measured per hour with both cores in use (two
workers), the spread of each workload's variants (best and worst over IREE's default, the
default's rank), spills across variants, variant findings, and how a dispatch's benchmark-
module latency compares with the whole model's for models of one dispatch.

Measures a fixed set of workloads with `clab measure --variants N`'s own code path and
measures every dispatch of four small architectures (corpora/modules); writes the `variants`
section of bench/results/measure.json (the rest is kept).
Usage: python tools/bench/variants.py [--variants 8]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from compiler_lab.ir.builder import GraphBuilder
from compiler_lab.ir.graph import Graph
from compiler_lab.machine import fingerprint
from costmodel.dataset.dataset import Dataset
from costmodel.dataset.stats import decisions
from costmodel.measure.collect import MeasureOptions, graph_job, measure

ROOT = Path(__file__).resolve().parents[2]


def _conv(cin: int, cout: int, hw: int, k: int, groups: int = 1) -> Graph:
    b = GraphBuilder(f"conv{cin}x{cout}@{hw}k{k}g{groups}")
    x = b.input("x", [1, cin, hw, hw])
    w = b.weight("w", [cout, cin // groups, k, k])
    pad = [k // 2, k // 2]
    y = b.call("aten.convolution.default", x, w, None, [1, 1], pad, [1, 1], False, [0, 0], groups)
    return b.build([y])


def _matmul(m: int, k: int, n: int) -> Graph:
    b = GraphBuilder(f"mm{m}x{k}x{n}")
    x, w = b.input("x", [m, k]), b.weight("w", [k, n])
    return b.build([b.call("aten.mm.default", x, w)])


def _bmm(batch: int, m: int, k: int, n: int) -> Graph:
    b = GraphBuilder(f"bmm{batch}x{m}x{k}x{n}")
    x, w = b.input("x", [batch, m, k]), b.input("y", [batch, k, n])
    return b.build([b.call("aten.bmm.default", x, w)])


def workloads() -> list[Graph]:
    """Single-op models at sizes real networks use (so each has one dispatch to compare
    with the whole model), and the example graphs."""
    ops = [
        _matmul(512, 512, 512), _matmul(128, 768, 768), _matmul(64, 3072, 768),
        _matmul(384, 1024, 256), _bmm(12, 128, 64, 128), _bmm(8, 64, 256, 64),
        _conv(64, 64, 56, 3), _conv(32, 64, 56, 1), _conv(128, 128, 28, 3),
        _conv(96, 96, 56, 3, groups=96), _conv(256, 64, 28, 1),
    ]  # fmt: skip
    examples = [Graph.load(p) for p in sorted((ROOT / "corpora/examples").glob("*.json"))]
    return ops + examples


def in_model_vs_benchmark(rows: list[dict]) -> dict:
    """For models with one dispatch: the dispatch's benchmark-module latency over the whole
    model's call (IREE's own decisions only)."""
    graphs, dispatches = {}, {}
    for r in rows:
        if r["collector"] != "latency" or "latency_s" not in r["metrics"]:
            continue
        if r["unit"] == "graph" and r["level"] == "flow":
            graphs[r["unit_id"]] = r["metrics"]["latency_s"]
        elif r["unit"] == "dispatch" and r["level"] == "dispatch":
            dispatches.setdefault(r["unit_id"].split(":")[0], []).append(r["metrics"]["latency_s"])
    ratios = [d[0] / graphs[g] for g, d in dispatches.items() if g in graphs and len(d) == 1]
    if not ratios:
        return {}
    return {
        "models": len(ratios),
        "median": round(statistics.median(ratios), 3),
        "min": round(min(ratios), 3),
        "max": round(max(ratios), 3),
    }


def small_architectures() -> dict[str, dict]:
    """Each of corpora/modules/small_architectures.py's models: its IREE dispatches, and how
    many measured (`clab cost predict --module ... --measure`'s path)."""
    from costmodel.serve.lowering import module_dispatches

    src = ROOT / "corpora/modules/small_architectures.py"
    out = {}
    for name in ("separable_cnn", "tiny_unet", "gru_tagger", "moe_mlp"):
        found = module_dispatches(f"{src}:{name}", measure=True)
        failed = [d.get("error", "") for d in found if d.get("latency_s") is None]
        out[name] = {"dispatches": len(found), "measured": len(found) - len(failed),
                     "errors": sorted(set(failed))[:3]}  # fmt: skip
    return out


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--variants", type=int, default=8)
    ap.add_argument("-o", "--out", default=str(ROOT / "bench/results/measure.json"))
    args = ap.parse_args(argv)
    graphs = workloads()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "variants"
        opts = MeasureOptions(out=out, levels=("flow", "dispatch", "configured"),
                              collectors=("latency",), workers=2, kernels=False,
                              variants=args.variants)  # fmt: skip
        t0 = time.monotonic()
        measure([graph_job(g, "bench", opts) for g in graphs], opts)
        hours = (time.monotonic() - t0) / 3600
        data = Dataset(out, readonly=True)
        rows = list(data.rows())
        findings = {k: v for k, v in data.manifest["errors"].items() if "variant finding" in k}
    variant_rows = [r for r in rows if r["level"] == "configured" and "workload" in r]
    timed = [r for r in variant_rows if "latency_s" in r["metrics"]]
    spills = [r["metrics"]["spills"] for r in timed if "spills" in r["metrics"]]
    section = {
        "command": f"python tools/bench/variants.py --variants {args.variants}",
        "graphs": len(graphs),
        "variants_per_dispatch": args.variants,
        "workers": 2,
        "hours": round(hours, 4),
        "variants_measured": len(timed),
        "variants_failed": len(variant_rows) - len(timed),
        "variants_per_hour": round(len(timed) / hours),
        "spread": decisions(rows),
        "spills_nonzero_share": round(sum(1 for s in spills if s) / len(spills), 3)
        if spills
        else None,
        "variant_findings": findings,
        "benchmark_over_whole_model": in_model_vs_benchmark(rows),
        "small_architectures": small_architectures(),
        "machine": fingerprint(),
    }
    path = Path(args.out)
    result = json.loads(path.read_text()) if path.exists() else {}
    result["variants"] = section
    path.write_text(json.dumps(result, indent=1, default=str) + "\n")
    print(json.dumps({k: v for k, v in section.items() if k != "machine"}, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
