"""Benchmark `clab cost tune`: the end-to-end speed-up over IREE's defaults of the schedules
it keeps, by strategy with the same measurement budget (the model's top k, k random picks)
and, where asked, every candidate (the limit).

The models tuned are corpora/modules/small_architectures.py's four, written outside the
project: no family of theirs is in the cost dataset, so a model trained on the whole dataset
is judged on families it never saw (leave-the-family-out by construction). Each dispatch
gets IREE's default plus k measurements; the tuned model is checked against eager and timed
beside IREE's own build (a slower or wrong build falls back to the defaults: speed-up 1).
Writes bench/results/tune.json.

Usage: python tools/bench/tune.py [--model DIR] [--data DIR] [-k 3] [--candidates 32]
                                  [--strategies model,random] [--only NAME,...]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from compiler_lab.machine import fingerprint  # noqa: E402
from compiler_lab.sandbox.pool import SandboxConfig, WorkerPool, default_cache_dir  # noqa: E402
from costmodel.dataset.samples import load_samples  # noqa: E402
from costmodel.models.registry import create, load  # noqa: E402
from costmodel.tune.tune import CALL_TIMEOUT_S, tune  # noqa: E402

MODULES = ("separable_cnn", "tiny_unet", "gru_tagger", "moe_mlp")


def _geomean(values: list[float]) -> float | None:
    return round(math.exp(sum(map(math.log, values)) / len(values)), 4) if values else None


def _model(args: argparse.Namespace, work: Path):
    """The model given, or LightGBM trained on the dataset (with its variants)."""
    if args.model:
        return load(Path(args.model)), args.model
    samples = load_samples(Path(args.data))
    t0 = time.monotonic()
    model = create("lightgbm").fit(samples)
    print(f"trained lightgbm on {len(samples)} samples in {time.monotonic() - t0:.0f} s")
    return load(model.save(work / "lightgbm")), f"lightgbm trained on {args.data}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model")
    ap.add_argument("--data", default=str(ROOT / "corpora/costdata"))
    ap.add_argument("-k", type=int, default=3)
    ap.add_argument("--candidates", type=int, default=32)
    ap.add_argument("--strategies", default="model,random")
    ap.add_argument("--only", default=",".join(MODULES))
    args = ap.parse_args()
    src = ROOT / "corpora/modules/small_architectures.py"
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        model, model_name = _model(args, Path(tmp))
        config = SandboxConfig(default_cache_dir(), timeout_s=CALL_TIMEOUT_S)
        with WorkerPool(1, config) as pool:
            for name in args.only.split(","):
                results[name] = {}
                for strategy in args.strategies.split(","):
                    t0 = time.monotonic()
                    report = tune({"module": f"{src}:{name}"}, pool, model, model_name, args.k,
                                  args.candidates, strategy, log=print)  # fmt: skip
                    row = report.to_json()
                    row["seconds"] = round(time.monotonic() - t0, 1)
                    row["dispatch_speedup_geomean"] = _geomean(
                        [d.speedup for d in report.dispatches if d.speedup]
                    )
                    results[name][strategy] = row
                    print(f"{name} {strategy}: {report.speedup} end to end, "
                          f"{row['dispatch_speedup_geomean']} per dispatch, "
                          f"{report.measurements} measurements, {row['seconds']} s")  # fmt: skip
    summary = {
        s: {
            "end_to_end_geomean": _geomean(
                [r[s]["speedup"] for r in results.values() if r.get(s, {}).get("speedup")]
            ),
            "dispatch_geomean": _geomean(
                [
                    r[s]["dispatch_speedup_geomean"]
                    for r in results.values()
                    if r.get(s, {}).get("dispatch_speedup_geomean")
                ]
            ),  # fmt: skip
            "refused": sum(1 for r in results.values() if r.get(s, {}).get("rejected")),
        }
        for s in args.strategies.split(",")
    }
    out = {
        "command": "python tools/bench/" + Path(__file__).name + " " + " ".join(sys.argv[1:]),
        "machine": fingerprint(),
        "model": model_name,
        "k": args.k,
        "candidates": args.candidates,
        "summary": summary,
        "models": results,
    }
    path = ROOT / "bench/results/tune.json"
    path.write_text(json.dumps(out, indent=1) + "\n")
    print(json.dumps(summary, indent=1))
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
