"""Benchmark the cost models on the shipped dataset: held-out-family and held-out-seed error
per target, training time, and single-query latency (batch 1, one core), plus a learning
curve. Writes bench/results/costmodel.json and out/costmodel.html.

    python tools/bench/costmodel.py [--data corpora/costdata] [--seeds 5] [--neural-seeds 1]
                                     [--models roofline,lightgbm,tfidf,textcnn,transformer]

The tabular models are scored over every split with --seeds seeds; the text models, which
take minutes to train on one core, over --neural-seeds seeds and --neural-folds family
folds (families grouped), said so in the result.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from compiler_lab.machine import fingerprint  # noqa: E402
from costmodel.dataset.samples import load_samples  # noqa: E402
from costmodel.eval.evaluate import (  # noqa: E402
    Split,
    evaluate,
    family_splits,
    learning_curve,
    noise_floor,
    seed_split,
)
from costmodel.eval.report import write_html  # noqa: E402
from costmodel.models.registry import create  # noqa: E402

NEURAL = {"textcnn", "transformer"}


def grouped_family_splits(samples, folds: int) -> list[Split]:
    """Families dealt into `folds` groups, each group held out whole."""
    fams = sorted({s.family for s in samples if s.family != "generated"})
    groups = [fams[i::folds] for i in range(folds)]
    return [
        Split(
            "families:" + "+".join(g),
            [s for s in samples if s.family not in g],
            [s for s in samples if s.family in g],
        )
        for g in groups
        if g
    ]


def query_latency(kind: str, samples, n: int = 200) -> dict[str, float]:
    """Batch-1 predict latency, one thread, on texts the model has not cached."""
    torch.set_num_threads(1)
    model = create(kind, {"threads": 1}).fit(samples[: min(len(samples), 2000)])
    texts = [s.text for s in samples[-n:]]
    model.predict(texts[:2])
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
    ap.add_argument("--data", default=str(ROOT / "corpora/costdata"))
    ap.add_argument("--models", default="roofline,lightgbm,tfidf,textcnn,transformer")
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--neural-seeds", type=int, default=1)
    ap.add_argument("--neural-folds", type=int, default=3)
    ap.add_argument("-o", "--out", default=str(ROOT / "bench/results/costmodel.json"))
    args = ap.parse_args()
    samples = load_samples(Path(args.data))
    families = family_splits(samples)
    seeds = seed_split(samples)
    result = {
        "machine": fingerprint(),
        "samples": len(samples),
        "noise_floor_latency_cv": noise_floor(samples),
        "splits": {"families": [s.name for s in families], "seeds": seeds.name},
        "models": {},
    }
    report = {"noise_floor": result["noise_floor_latency_cv"], "models": {}}
    for kind in args.models.split(","):
        neural = kind in NEURAL
        splits = grouped_family_splits(samples, args.neural_folds) if neural else families
        n_seeds = args.neural_seeds if neural else args.seeds
        t0 = time.monotonic()
        fam = evaluate(kind, splits, n_seeds, progress=print)
        gen = evaluate(kind, [seeds], n_seeds, progress=print)
        curve = learning_curve(kind, seeds)
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
        report["models"][kind] = {"summary": row["held_out_families"],
                                  "predictions": fam.predictions, "curve": curve}  # fmt: skip
        Path(args.out).write_text(json.dumps(result, indent=1) + "\n")
        print(kind, json.dumps(row["held_out_families"]["targets"].get("latency_s")))
    lat = {k: v["held_out_families"]["targets"].get("latency_s", {}).get("mape")
           for k, v in result["models"].items()}  # fmt: skip
    result["latency_mape_by_model"] = lat
    if lat.get("transformer") and lat.get("lightgbm"):
        best = min(v for k, v in lat.items() if k in ("lightgbm", "roofline") and v)
        result["transformer_vs_best_baseline"] = round(1 - lat["transformer"] / best, 3)
    Path(args.out).write_text(json.dumps(result, indent=1) + "\n")
    write_html(report, ROOT / "out" / "costmodel.html")
    print(json.dumps({k: v for k, v in result.items() if k != "models"}, indent=1))


if __name__ == "__main__":
    main()
