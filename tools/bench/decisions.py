"""Benchmark how the cost models decide: on a dataset with schedule variants (v4), each model
is trained on the held-out splits (every real family in turn, and the top generator seeds)
and judged on how it ranks each held-out workload's variants: Kendall's tau within the
workload, the top-1 and top-5 scores, and the speed-ups over IREE's default its first pick,
its best of five and the true best would give; beside the per-row error, the training time
and the time to rank one workload's variants through the serving API. Writes
bench/results/decisions.json (or `-o`).

    python tools/bench/decisions.py [--data DIR] [--models roofline,lightgbm,lightgbm-rank]
                                    [--seeds 2] [--folds N] [--splits N] [--config JSON]
                                    [--unlabelled DIR,...] [--unlabelled-max N]
                                    [--curve 0.25,0.5] [--no-rank-query] [-o OUT]
                                    [--merge EARLIER.json ...] [--note TEXT]

A model is a kind of the registry with settings of its own after colons, named so in the
results: `transformer:pretrain_epochs=2`, `ensemble:members=lightgbm+hybrid`; `--config` is
given to every model (a model ignores settings it does not have). The text models are left
out by default: minutes per training on one core, and the v4 collection is small. For them,
`--folds N` deals the real families into N folds, each held out whole, in place of one split
per family and the seed split, and `--splits N` keeps the first N splits. `--unlabelled` adds
the texts of other datasets (every level) to each split's training side as rows with no
target, for masked-token pretraining: only texts of families the split does not hold out,
and none of its held-out texts. `--curve` trains each model again on fractions of the first
split's training graphs (a learning curve, the full split's run its last point). `--merge`
takes in the models of earlier runs on the same data and splits or some of them (models run
apart, each under a time limit), with their commands; each model says its splits.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shlex
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from compiler_lab.machine import fingerprint  # noqa: E402
from costmodel.dataset.dataset import Dataset  # noqa: E402
from costmodel.dataset.samples import Sample, load_samples  # noqa: E402
from costmodel.dataset.stats import decisions as spread  # noqa: E402
from costmodel.eval.evaluate import (  # noqa: E402
    Split,
    evaluate,
    family_splits,
    grouped_family_splits,
    learning_curve,
    seed_split,
)
from costmodel.models.registry import create, kinds  # noqa: E402
from costmodel.serve.api import Predictor  # noqa: E402
from costmodel.text.essential import decisions_first  # noqa: E402
from costmodel.text.tokens import tokenize  # noqa: E402

DECISION_KEYS = ("workloads", "kendall_within_workload", "top1_score", "top5_score",
                 "top1_speedup", "top5_speedup", "best_speedup")  # fmt: skip
ROW_KEYS = ("mape", "median_ape", "spearman")


def model_spec(spec: str) -> tuple[str, dict[str, Any]]:
    """`kind:key=value:...` as the kind and its settings (numbers where they parse)."""
    kind, *settings = spec.split(":")
    if kind not in kinds():
        raise SystemExit(f"--models: unknown {kind!r} (known: {', '.join(kinds())})")
    config: dict[str, Any] = {}
    for setting in settings:
        key, _, value = setting.partition("=")
        for parse in (int, float, str):
            try:
                config[key] = parse(value)
                break
            except ValueError:
                continue
    return kind, config


def unlabelled(roots: list[Path]) -> list[Sample]:
    """Every text of the datasets `roots`, once, as a sample with no target."""
    out: dict[str, Sample] = {}
    for root in roots:
        data = Dataset(root, readonly=True)
        texts = dict(data.texts())
        for row in data.rows():
            text = texts.get(row["mlir_hash"])
            if text is not None and text not in out:
                out[text] = Sample(text, row["level"], {}, row["family"], row["graph_hash"],
                                   row["unit_id"])  # fmt: skip
    return list(out.values())


def with_unlabelled(split: Split, extra: list[Sample], limit: int) -> Split:
    """The split, its training side given the texts of `extra` that are not of a family it
    holds out, not held-out texts and not training texts already (at most `limit`, chosen
    by hash)."""
    held = {s.family for s in split.test}
    known = {s.text for s in split.train} | {s.text for s in split.test}
    fresh = [s for s in extra if s.family not in held and s.text not in known]
    fresh.sort(key=lambda s: hashlib.sha256(s.text.encode()).hexdigest())
    return Split(split.name, split.train + fresh[:limit], split.test)


def corpus(split: Split, max_len: int, lengths: dict[str, int]) -> dict[str, int]:
    """What pretraining reads on this split: distinct training texts, measured and not, and
    their tokens (all of them, and those within `max_len`), as a transformer reads them."""
    texts = {s.text: bool(s.targets) for s in split.train}
    for t in texts:
        if t not in lengths:
            lengths[t] = len(tokenize(decisions_first(t)).tokens) + 1  # and [CLS]
    return {
        "texts": len(texts),
        "measured_texts": sum(texts.values()),
        "tokens": sum(lengths[t] for t in texts),
        "tokens_read": sum(min(lengths[t], max_len) for t in texts),
    }


def rank_latency(kind: str, samples, config: dict, repeats: int = 50) -> dict[str, float] | None:
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
    predictor = Predictor(create(kind, config).fit(samples), kind)
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
    ap.add_argument("--folds", type=int, default=0, help="family folds (0: one per family)")
    ap.add_argument("--splits", type=int, default=0, help="only the first N splits")
    ap.add_argument("--config", default="{}", help="JSON settings for every model")
    ap.add_argument("--unlabelled", default="", help="datasets whose texts pretraining reads")
    ap.add_argument("--unlabelled-max", type=int, default=100_000)
    ap.add_argument("--curve", default="", help="training fractions of a learning curve")
    ap.add_argument("--no-rank-query", action="store_true")
    ap.add_argument("-o", "--out", default=str(ROOT / "bench/results/decisions.json"))
    ap.add_argument("--merge", nargs="*", default=[], help="results of earlier runs to take in")
    ap.add_argument("--note", default="", help="what the run restricted, said in the results")
    args = ap.parse_args()
    specs = {spec: model_spec(spec) for spec in args.models.split(",") if spec}
    shared = {"threads": 1} | json.loads(args.config)
    samples = load_samples(Path(args.data))
    if args.folds:
        splits = grouped_family_splits(samples, args.folds)
    else:
        splits = family_splits(samples) + [seed_split(samples)]
    splits = splits[: args.splits or len(splits)]
    extra = unlabelled([Path(p) for p in args.unlabelled.split(",") if p])
    splits = [with_unlabelled(s, extra, args.unlabelled_max) for s in splits]
    lengths: dict[str, int] = {}
    out: dict = {
        "command": "python tools/bench/decisions.py " + shlex.join(sys.argv[1:]),
        "note": args.note or None,
        "machine": fingerprint(),
        "data": args.data,
        "samples": len(samples),
        "splits": [s.name for s in splits],
        "config": shared,
        "unlabelled": args.unlabelled or None,
        "corpus": {s.name: corpus(s, int(shared.get("max_len", 256)), lengths) for s in splits}
        if any((shared | own).get("pretrain_epochs") for _, own in specs.values())
        else None,
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
    for earlier in map(json.loads, (Path(p).read_text() for p in args.merge)):
        ours, theirs = set(out["splits"]), set(earlier["splits"])
        if earlier["data"] != out["data"] or not (ours <= theirs or theirs <= ours):
            raise SystemExit(f"--merge: {earlier['command']} ran on other data or splits")
        out.setdefault("merged", []).append(earlier["command"])
        if earlier.get("corpus"):
            out["corpus"] = (out["corpus"] or {}) | earlier["corpus"]
        out["models"] |= {k: {"splits": earlier["splits"]} | row
                          for k, row in earlier["models"].items()}  # fmt: skip
    path = Path(args.out)
    for spec, (kind, own) in specs.items():
        t0 = time.monotonic()
        config = shared | own
        result = evaluate(kind, splits, args.seeds, config,
                          progress=lambda m: print(m, flush=True))  # fmt: skip
        latency = result.summary()["targets"].get("latency_s", {})
        row = {
            "splits": [s.name for s in splits],
            "decisions": {k: latency.get(k) for k in DECISION_KEYS},
            "per_row": {k: latency.get(k) for k in ROW_KEYS},
            "per_split": {
                name: {
                    k: v["targets"].get("latency_s", {}).get(k)
                    for k in ("kendall_within_workload", "top1_score", "median_ape")
                }
                for name, v in result.per_split.items()
            },
            "train_seconds_median": result.summary()["train_seconds_median"],
            "rank_query": None if args.no_rank_query else rank_latency(kind, samples, config),
        }
        if args.curve:
            fractions = tuple(float(f) for f in args.curve.split(","))
            first = splits[0]
            row["curve"] = learning_curve(kind, first, fractions, config) + [
                {"fraction": 1.0, "train_rows": len(first.train),
                 "targets": result.per_split[first.name]["targets"]}]  # fmt: skip
        out["models"][spec] = row | {"seconds": round(time.monotonic() - t0, 1)}
        print(spec, json.dumps(out["models"][spec]), flush=True)
        path.write_text(json.dumps(out, indent=1) + "\n")  # after each model: a long run
    path.write_text(json.dumps(out, indent=1) + "\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
