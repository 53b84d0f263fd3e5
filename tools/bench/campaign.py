"""Benchmark campaigns: differential tests per minute with 2 workers on 10-op graphs.

The default rows are what `clab fuzz` does out of the box (every op of the library, every
dtype, mismatches localized): Inductor alone, and the three backends of `make run`. The
subset rows (42 common ops in float32, no localization) ablate batching and wrapper modes
and compare backends on graphs they all take; they are labelled as such. The new-mlir rows
are the StableHLO → XLA and TOSA paths, each alone at its defaults.

Writes bench/results/campaign.json, keeping the rows of the part not run.
The new-oracles rows are decision fuzzing on make run's campaign, and Inductor's training
and dynamic-shape modes, each with the buckets it found (to be judged by a reader).
The judged rows are the issue's two 10-minute campaigns at the defaults (Inductor; torch-mlir,
IREE and XLA), kept to be reduced and judged bucket by bucket (the judgement is added to
the row by hand: `judged`).
Usage: python tools/bench/campaign.py [--tests 384]
                 [--rows all|default|subset|new-mlir|new-oracles|judged]
                 [--keep DIR]   (keep each row's store, to judge its findings)
(batched rows run --tests; the one-compile-per-graph and single-MLIR-backend rows a quarter)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from compiler_lab.findings import kinds
from compiler_lab.machine import fingerprint
from compiler_lab.storage.store import Store
from fuzz.campaign.campaign import Campaign
from fuzz.campaign.config import CampaignConfig
from fuzz.campaign.report import op_classes
from fuzz.gen.library import load

ROOT = Path(__file__).resolve().parents[2]
#: ops the three compilers all take, so rates compare like with like
OPS = [
    "add",
    "sub",
    "mul",
    "div",
    "relu",
    "gelu",
    "sigmoid",
    "tanh",
    "exp",
    "neg",
    "abs",
    "mm",
    "bmm",
    "addmm",
    "linear",
    "convolution",
    "max_pool2d_with_indices",
    "avg_pool2d",
    "_softmax",
    "sum",
    "mean",
    "amax",
    "cat",
    "permute",
    "transpose",
    "reshape",
    "view",
    "expand",
    "unsqueeze",
    "squeeze",
    "slice",
    "clamp",
    "where",
    "maximum",
    "pow",
    "sqrt",
    "native_layer_norm",
    "embedding",
    "index_select",
    "constant_pad_nd",
    "sin",
    "cos",
]


#: where `--keep` puts each row's store (none: a temporary folder)
KEEP: dict[str, str] = {}


def run(label: str, backends: list[str], tests: int | None, subset: bool = True, **kw: Any) -> dict:
    """One campaign on a fresh store and a cold Inductor cache. `subset`: the 42 ops above in
    float32 without localization; otherwise what `clab fuzz` does by default (all ops, all
    dtypes, mismatches localized)."""
    library = load(str(ROOT / "corpora/rules"), str(ROOT / "corpora/traces"))
    restricted = {"dtypes": ("float32",), "localize": False} if subset else {}
    with tempfile.TemporaryDirectory() as tmp:
        keep = KEEP.get("dir")  # --keep: the store and its cases stay, for judging findings
        folder = Path(keep) / re.sub(r"[^\w.-]+", "_", label)[:60] if keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        cfg = CampaignConfig(
            store=folder / "b.db",
            seed=77,
            backends=backends,
            max_tests=tests,
            max_nodes=10,
            workers=2,
            budget_s=kw.pop("budget_s", 3600),
            inductor_cache_dir=Path(tmp) / "inductor",  # cold: no hits from earlier runs
            **restricted,
            **kw,
        )
        t0 = time.monotonic()
        p = Campaign(cfg, library.restrict(OPS, None) if subset else library).run()
        minutes = (time.monotonic() - t0) / 60
        store = Store(cfg.store, readonly=True)
        roots = len(store.bucket_groups())
        found = [
            {"key": b["key"], "headline": kinds.headline(b), "tests": b["count"]}
            for b in store.buckets()
        ]
        arms = store.backend_verdicts()
        classes = op_classes(store)
        store.close()
    skipped = p.verdicts.get("skipped", 0)
    out = {
        "label": label,
        "subset": subset,
        "backends": backends,
        "tests": p.new_tests,
        "tests_per_min": round(p.new_tests / minutes, 1),
        "non_skipped_per_min": round((p.new_tests - skipped) / minutes, 1),
        "skipped_share": round(skipped / max(1, p.new_tests), 3),
        "minutes": round(minutes, 2),
        "verdicts": dict(p.verdicts),
        "buckets": roots,
        "compiles": p.compiles,
        "splits": p.splits,
        "mismatches_rerun_alone": p.confirms,
        "final_k": p.k,
        "seconds_by_phase": {k: round(v, 1) for k, v in p.seconds.most_common()},
        "verdicts_by_arm": arms,
        "op_classes": classes,
        "buckets_found": found,
    }
    print(out, flush=True)
    return out


def _subset_rows(tests: int) -> list[dict]:
    label = "subset (42 ops, float32): "
    return [
        run(label + "inductor, batched, wrapper modes alternating", ["inductor"], tests),
        run(
            label + "inductor, batched, cpp_wrapper=True",
            ["inductor"],
            tests,
            options={"inductor": {"cpp_wrapper": True}},
        ),
        run(
            label + "inductor, batched, cpp_wrapper=False",
            ["inductor"],
            tests,
            options={"inductor": {"cpp_wrapper": False}},
        ),
        run(
            label + "inductor, one compile per graph (no batching)",
            ["inductor"],
            tests // 4,
            batching=False,
        ),
        run(label + "torch-mlir", ["torch-mlir"], tests // 4),
        run(label + "iree", ["iree"], tests // 4),
        run(label + "aot_eager (ceiling of the harness)", ["aot_eager"], tests),
    ]


def _default_rows(tests: int) -> list[dict]:
    return [
        run("inductor, defaults (clab fuzz --backends inductor)", ["inductor"], tests,
            subset=False),
        run("inductor+torch-mlir+iree, defaults (make run's campaign)",
            ["inductor", "torch-mlir", "iree"], tests // 4, subset=False),
    ]  # fmt: skip


def _new_mlir_rows(tests: int) -> list[dict]:
    """The two MLIR paths added as plug-ins, each alone, at their defaults."""
    return [
        run(f"{b}, defaults (clab fuzz --backends {b})", [b], tests // 4, subset=False)
        for b in ("xla", "torch-mlir-tosa")
    ]


def _new_oracle_rows(tests: int) -> list[dict]:
    """The oracles beyond eager at the defaults: decision fuzzing on make run's campaign,
    training graphs and dynamic shapes on Inductor."""
    return [
        run("inductor+torch-mlir+iree, defaults, --decisions (decision fuzzing on)",
            ["inductor", "torch-mlir", "iree"], tests // 4, subset=False, decisions=True),
        run("inductor, defaults, --mode train", ["inductor"], tests // 4, subset=False,
            mode="train"),
        run("inductor, defaults, --dynamic", ["inductor"], tests // 4, subset=False,
            mode="dynamic"),
    ]  # fmt: skip


def _judged_rows(tests: int) -> list[dict]:
    """The issue's two 10-minute campaigns at the defaults, by budget, not by test count."""
    return [
        run("inductor, defaults, 10 minutes (clab fuzz --backends inductor --budget 10m)",
            ["inductor"], None, subset=False, budget_s=600),
        run("torch-mlir+iree+xla, defaults, 10 minutes "
            "(clab fuzz --backends torch-mlir,iree,xla --budget 10m)",
            ["torch-mlir", "iree", "xla"], None, subset=False, budget_s=600),
    ]  # fmt: skip


GROUPS = {
    "default": _default_rows,
    "subset": _subset_rows,
    "new-mlir": _new_mlir_rows,
    "new-oracles": _new_oracle_rows,
    "judged": _judged_rows,
}


def _group(row: dict) -> str:
    return row.get("group") or ("subset" if row.get("subset") else "default")


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--tests", type=int, default=384)
    ap.add_argument("-o", "--out", default=str(ROOT / "bench/results/campaign.json"))
    ap.add_argument("--rows", choices=("all", *GROUPS), default="all")
    ap.add_argument("--keep", help="keep each row's store and cases under this folder")
    args = ap.parse_args(argv)
    if args.keep:
        KEEP["dir"] = args.keep
    out = Path(args.out)
    kept = json.loads(out.read_text()).get("runs", []) if out.exists() else []
    rows = []
    for group, make in GROUPS.items():
        if args.rows in ("all", group):
            rows += [r | {"group": group} for r in make(args.tests)]
        else:
            rows += [r for r in kept if _group(r) == group]
    lab_json = ROOT / "bench/results/lab.json"
    first = json.loads(lab_json.read_text())["first_compile"] if lab_json.exists() else {}
    result = {
        "machine": fingerprint(),
        "workers": 2,
        "graph_nodes": 10,
        "runs": rows,
        "cold_worker_cost_s": {
            b: v.get("cold_disk_cache", {}).get("first_case_s") for b, v in first.items()
        },
        "note": "tests/min counts differential tests (eager + float64 eager + the backend). "
        "Warm workers are always on here; what a cold start costs per worker is "
        "cold_worker_cost_s (from bench/results/lab.json).",
    }
    out.write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
