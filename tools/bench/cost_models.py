"""Benchmark the cost models on the shipped dataset: held-out-family and held-out-seed error
per target, training time, and single-query latency (batch 1, one core), plus a learning
curve. Writes bench/results/costmodel.json and out/costmodel.html.

    python tools/bench/cost_models.py [--data corpora/costdata-v4] [--seeds 5] [--neural-seeds 1]
                                     [--models roofline,lightgbm,tfidf,textcnn,transformer]
                                     [--merge OTHER.json ...]

Each model trains on one core, so two runs on disjoint --models can share a 2-core machine:
run one with `-o A.json`, then the other with `--merge A.json`.

Everything runs on one core (one thread). The feature models (roofline, LightGBM) are
scored over every family split with --seeds seeds; the token models (TF-IDF, text-CNN,
transformer), which take minutes per training on one core, over --neural-seeds seeds and
--neural-folds family folds (families grouped), said so in the result.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from compiler_lab.machine import fingerprint  # noqa: E402
from costmodel.dataset.samples import load_samples  # noqa: E402
from costmodel.eval.evaluate import (  # noqa: E402
    evaluate,
    family_splits,
    grouped_family_splits,
    learning_curve,
    noise_floor,
    seed_split,
)
from costmodel.eval.report import write_html  # noqa: E402
from costmodel.features.extract import features  # noqa: E402
from costmodel.models.registry import create  # noqa: E402

#: models that take minutes per training on one core: scored over grouped family folds with
#: --neural-seeds seeds, and their learning curve reuses the held-out-seed run as its last point
SLOW = {"tfidf", "textcnn", "transformer"}
ONE_CORE = {"threads": 1}
#: each model's held-out predictions and curve, for the HTML report of merged runs
PARTS = ROOT / "out" / "costmodel_parts"


def query_latency(kind: str, samples, n: int = 200) -> dict[str, float]:
    """Batch-1 predict latency, one thread, on texts neither the model nor the feature
    parser has seen (the parse cache is cleared: a pass asks about new MLIR). How long a
    model trained does not change how long it takes to predict, so text models are fitted
    for one epoch here."""
    torch.set_num_threads(1)
    config = ONE_CORE | ({"epochs": 1} if kind in ("textcnn", "transformer") else {})
    model = create(kind, config).fit(samples[: min(len(samples), 2000)])
    texts = [s.text for s in samples[-n:]]
    model.predict(texts[:2])
    features.cache_clear()
    times = []
    for t in texts:
        t0 = time.perf_counter()
        model.predict([t])
        times.append(time.perf_counter() - t0)
    times.sort()
    return {"p50_ms": round(times[len(times) // 2] * 1e3, 3),
            "p99_ms": round(times[int(0.99 * len(times))] * 1e3, 3)}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default=str(ROOT / "corpora/costdata-v4"))
    ap.add_argument("--models", default="roofline,lightgbm,tfidf,textcnn,transformer")
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--neural-seeds", type=int, default=1)
    ap.add_argument("--neural-folds", type=int, default=3)
    ap.add_argument("-o", "--out", default=str(ROOT / "bench/results/costmodel.json"))
    ap.add_argument(
        "--merge",
        nargs="*",
        default=[],
        help="results of runs on other models (other cores) to merge in",
    )
    ap.add_argument("--requery", action="store_true",
                    help="measure the merged models' query latency again, here")  # fmt: skip
    args = ap.parse_args()
    samples = load_samples(Path(args.data))
    families = family_splits(samples)
    seeds = seed_split(samples)
    result = {
        "command": "python tools/bench/" + Path(__file__).name + " " + " ".join(sys.argv[1:]),
        "data": os.path.relpath(Path(args.data).resolve(), ROOT),
        "machine": fingerprint(),
        "samples": len(samples),
        "noise_floor_latency_cv": noise_floor(samples),
        "splits": {"families": [s.name for s in families], "seeds": seeds.name},
        "models": {},
    }
    for other in args.merge:
        result["models"] |= json.loads(Path(other).read_text())["models"]
    if args.requery:  # on an otherwise idle core, after runs that shared the machine
        for kind, row in result["models"].items():
            row["query_latency"] = query_latency(kind, samples)
    for kind in [m for m in args.models.split(",") if m]:
        slow = kind in SLOW
        splits = grouped_family_splits(samples, args.neural_folds) if slow else families
        n_seeds = args.neural_seeds if slow else args.seeds
        t0 = time.monotonic()
        fam = evaluate(kind, splits, n_seeds, ONE_CORE, progress=print)
        gen = evaluate(kind, [seeds], n_seeds, ONE_CORE, progress=print)
        if slow:  # the whole training set is the held-out-seed run just done (seed 0)
            curve = learning_curve(kind, seeds, (0.125, 0.25, 0.5), ONE_CORE)
            curve.append({"fraction": 1.0, "train_rows": len(seeds.train),
                          "seconds": round(gen.train_seconds[0], 1),
                          "targets": gen.per_split[seeds.name]["targets"]})  # fmt: skip
        else:
            curve = learning_curve(kind, seeds, config=ONE_CORE)
        row = {
            "held_out_families": fam.summary(),
            "held_out_seeds": gen.summary(),
            "per_family": {k: v for k, v in fam.per_split.items()},
            "learning_curve": curve,
            "seeds": n_seeds,
            "family_splits": len(splits),
            "query_latency": query_latency(kind, samples),
            "wall_s": round(time.monotonic() - t0, 1),
        }
        result["models"][kind] = row
        PARTS.mkdir(parents=True, exist_ok=True)
        (PARTS / f"{kind}.json").write_text(json.dumps(
            {"summary": row["held_out_families"], "predictions": fam.predictions, "curve": curve}
        ))  # fmt: skip
        Path(args.out).write_text(json.dumps(result, indent=1) + "\n")
        print(kind, json.dumps(row["held_out_families"]["targets"].get("latency_s")))
    lat = {k: v["held_out_families"]["targets"].get("latency_s", {}).get("mape")
           for k, v in result["models"].items()}  # fmt: skip
    result["latency_mape_by_model"] = lat
    if lat.get("transformer") and lat.get("lightgbm"):
        best = min(v for k, v in lat.items() if k in ("lightgbm", "roofline") and v)
        result["transformer_vs_best_baseline"] = round(1 - lat["transformer"] / best, 3)
    Path(args.out).write_text(json.dumps(result, indent=1) + "\n")
    parts = {k: json.loads((PARTS / f"{k}.json").read_text())
             for k in result["models"] if (PARTS / f"{k}.json").exists()}  # fmt: skip
    write_html({"noise_floor": result["noise_floor_latency_cv"], "models": parts},
               ROOT / "out" / "costmodel.html")  # fmt: skip
    print(json.dumps({k: v for k, v in result.items() if k != "models"}, indent=1))


if __name__ == "__main__":
    main()
