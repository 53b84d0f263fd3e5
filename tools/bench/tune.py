"""Benchmark `clab cost tune`: the end-to-end speed-up over IREE's defaults of the schedules
it keeps, by strategy with the same measurement budget (the model's top k, k random picks)
and, where asked, every candidate (the limit).

The models tuned are corpora/modules/small_architectures.py's four, written outside the
project: no family of theirs is in the cost dataset, so a model trained on the whole dataset
is judged on families it never saw (leave-the-family-out by construction). With
`--families`, the dataset's own real families are tuned instead (the smallest size of each,
costmodel/measure/architectures.py), each by LightGBM trained on the dataset without that
family's rows (leave-one-family-out). Each dispatch
gets IREE's default plus k measurements; the tuned model is checked against eager and timed
beside IREE's own build (a slower or wrong build falls back to the defaults: speed-up 1).
Writes its run into bench/results/tune.json (runs.families or runs.outside; other
strategies than the default pair, such as the exhaustive limit, under their own key).

Usage: python tools/bench/tune.py [--model DIR] [--data DIR] [-k 3] [--candidates 32]
                                  [--strategies model,random] [--only NAME,...]
                                  [--families all|NAME,...]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from compiler_lab.machine import fingerprint  # noqa: E402
from compiler_lab.sandbox.pool import SandboxConfig, WorkerPool, default_cache_dir  # noqa: E402
from costmodel.dataset.samples import load_samples  # noqa: E402
from costmodel.measure.architectures import ARCHITECTURES  # noqa: E402
from costmodel.models.registry import create, load  # noqa: E402
from costmodel.tune.tune import CALL_TIMEOUT_S, tune  # noqa: E402

MODULES = ("separable_cnn", "tiny_unet", "gru_tagger", "moe_mlp")
DEFAULT_DATA = str(ROOT / "corpora/costdata")
DEFAULT_STRATEGIES = "model,random"


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


#: a module file whose FUNC builds the smallest size of the architecture family FUNC
_FAMILY_MODULE = """
from costmodel.measure.architectures import ARCHITECTURES, build


def __getattr__(family):
    return lambda: build(ARCHITECTURES[family][0])
"""


def _lofo(args: argparse.Namespace, work: Path):
    """(name, module spec, model, model name) for each real family asked for: the family's
    smallest architecture, and LightGBM trained on the dataset without that family."""
    samples = load_samples(Path(args.data))
    real = sorted({s.family for s in samples if s.family in ARCHITECTURES})
    wanted = real if args.families == "all" else args.families.split(",")
    unknown = sorted(set(wanted) - set(real))
    if unknown:
        raise SystemExit(f"--families: not real families of {args.data}: {', '.join(unknown)}")
    src = work / "families.py"
    src.write_text(_FAMILY_MODULE)
    for family in wanted:
        rest = [s for s in samples if s.family != family]
        t0 = time.monotonic()
        model = create("lightgbm", {"threads": 1}).fit(rest)
        print(f"{family}: lightgbm on {len(rest)} samples without it, "
              f"{time.monotonic() - t0:.0f} s")  # fmt: skip
        name = f"lightgbm trained on {args.data} without {family} ({len(rest)} samples)"
        yield family, f"{src}:{family}", load(model.save(work / family)), name


def _fixed(args: argparse.Namespace, work: Path):
    """(name, module spec, model, model name) for each of the outside architectures."""
    src = ROOT / "corpora/modules/small_architectures.py"
    model, model_name = _model(args, work)
    for name in args.only.split(","):
        yield name, f"{src}:{name}", model, model_name


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model")
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("-k", type=int, default=3)
    ap.add_argument("--candidates", type=int, default=32)
    ap.add_argument("--strategies", default=DEFAULT_STRATEGIES)
    ap.add_argument("--only", default=",".join(MODULES))
    ap.add_argument("--families", help="leave-one-family-out over the dataset's real families")
    args = ap.parse_args()
    if args.families and args.data == DEFAULT_DATA:
        args.data = str(ROOT / "corpora/costdata-v4")  # the dataset with schedule variants
    results: dict[str, dict] = {}
    load_before = os.getloadavg()[0]  # timing beside other work is noisier: say so
    with tempfile.TemporaryDirectory() as tmp:
        cases = _lofo(args, Path(tmp)) if args.families else _fixed(args, Path(tmp))
        config = SandboxConfig(default_cache_dir(), timeout_s=CALL_TIMEOUT_S)
        with WorkerPool(1, config) as pool:
            for name, spec, model, model_name in cases:
                results[name] = {}
                for strategy in args.strategies.split(","):
                    t0 = time.monotonic()
                    report = tune({"module": spec}, pool, model, model_name, args.k,
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
        "load_1min": {"before": round(load_before, 2), "after": round(os.getloadavg()[0], 2)},
        "model": f"lightgbm trained on {args.data} without the family tuned (leave-one-family-out)"
        if args.families
        else model_name,
        "tuned": "the dataset's real families, smallest size"
        if args.families
        else "corpora/modules/small_architectures.py (families outside the dataset)",
        "k": args.k,
        "candidates": args.candidates,
        "summary": summary,
        "models": results,
    }
    # one file, a run of each kind: the real families (leave-one-family-out) and the
    # architectures outside the dataset; a run replaces only its own kind's
    path = ROOT / "bench/results/tune.json"
    kept = json.loads(path.read_text()) if path.is_file() else {}
    runs = kept.get("runs", {}) if isinstance(kept.get("runs"), dict) else {}
    kind = "families" if args.families else "outside"
    if args.strategies != DEFAULT_STRATEGIES:  # e.g. the exhaustive limit, run apart
        kind += f":{args.strategies}"
    runs[kind] = out
    path.write_text(json.dumps({"runs": runs}, indent=1) + "\n")
    print(json.dumps(summary, indent=1))
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
