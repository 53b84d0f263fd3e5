"""Benchmark how the cost models decide: on a dataset with schedule variants (v4), each model
is trained on the held-out splits (every real family in turn, and the top generator seeds)
and judged on how it ranks each held-out workload's variants: Kendall's tau within the
workload, the top-1 and top-5 scores, and the speed-ups over IREE's default its first pick,
its best of five and the true best would give; beside the per-row error, the training time
and the time to rank one workload's variants through the serving API. Writes
bench/results/decisions.json.

    python tools/bench/decisions.py [--data DIR] [--models roofline,lightgbm,lightgbm-rank]
                                    [--seeds 2]

The text models are left out by default: minutes per training on one core, and the v4
collection is small; say `--models ...,textcnn` to include them.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from compiler_lab.machine import fingerprint  # noqa: E402
from costmodel.dataset.samples import load_samples  # noqa: E402
from costmodel.dataset.stats import decisions as spread  # noqa: E402
from costmodel.eval.evaluate import evaluate, family_splits, seed_split  # noqa: E402
from costmodel.models.registry import create  # noqa: E402
from costmodel.serve.api import Predictor  # noqa: E402

DECISION_KEYS = ("workloads", "kendall_within_workload", "top1_score", "top5_score",
                 "top1_speedup", "top5_speedup", "best_speedup")  # fmt: skip
ROW_KEYS = ("mape", "median_ape", "spearman")


def rank_latency(kind: str, samples, repeats: int = 50) -> dict[str, float] | None:
    """Seconds to rank one workload's variants through `Predictor.rank` (new texts: the
    caches are cleared each time, as a pass asks about new MLIR)."""
    from costmodel.features.extract import features

    by: dict[str, list] = {}
    for s in samples:
        if s.workload:
            by.setdefault(s.workload, []).append(s)
    groups = [g for g in by.values() if len(g) >= 4][:repeats]
    if not groups:
        return None
    predictor = Predictor(create(kind, {"threads": 1}).fit(samples), kind)
    times = []
    for g in groups:
        predictor.cache.clear()
        features.cache_clear()
        t0 = time.perf_counter()
        predictor.rank([s.text for s in g])
        times.append(time.perf_counter() - t0)
    return {"p50_s": round(statistics.median(times), 5), "variants_median":
            statistics.median(len(g) for g in groups)}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default=str(ROOT / "corpora/costdata-v4"))
    ap.add_argument("--models", default="roofline,lightgbm,lightgbm-rank")
    ap.add_argument("--seeds", type=int, default=2)
    args = ap.parse_args()
    samples = load_samples(Path(args.data))
    splits = family_splits(samples) + [seed_split(samples)]
    out: dict = {
        "command": "python tools/bench/decisions.py " + " ".join(sys.argv[1:]),
        "machine": fingerprint(),
        "data": args.data,
        "samples": len(samples),
        "splits": [s.name for s in splits],
        "spread": spread(
            [
                {
                    "workload": s.workload,
                    "level": s.level,
                    "is_default": s.is_default,
                    "metrics": s.targets,
                }
                for s in samples
                if s.workload
            ]
        ),  # fmt: skip
        "models": {},
    }
    for kind in args.models.split(","):
        t0 = time.monotonic()
        result = evaluate(kind, splits, args.seeds, {"threads": 1},
                          progress=lambda m: print(m, flush=True))  # fmt: skip
        latency = result.summary()["targets"].get("latency_s", {})
        out["models"][kind] = {
            "decisions": {k: latency.get(k) for k in DECISION_KEYS},
            "per_row": {k: latency.get(k) for k in ROW_KEYS},
            "train_seconds_median": result.summary()["train_seconds_median"],
            "rank_query": rank_latency(kind, samples),
            "seconds": round(time.monotonic() - t0, 1),
        }
        print(kind, json.dumps(out["models"][kind]), flush=True)
    path = ROOT / "bench/results/decisions.json"
    path.write_text(json.dumps(out, indent=1) + "\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
