"""Evaluation that means something: models are scored on what they have not seen.

Splits (the ones a cost model must be judged by, see docs/costmodel.md):
- leave one family out: every real architecture family in turn is held out whole, the model
  trained on everything else (the other families and the generated graphs);
- generator seeds: generated graphs whose generator seed falls in the top fifth of the
  seeds are held out (all scales of a topology share its seed, so none leaks); graphs with
  no recorded seed are split by graph instead.
Each split is trained with several seeds; figures are means over splits and seeds, with the
spread. The noise floor is the median CV of the held-out units' latency measurements: no
latency error below twice it is claimed.
"""

from __future__ import annotations

import hashlib
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from costmodel.dataset.samples import Sample
from costmodel.eval.metrics import decisions, score
from costmodel.models.registry import create


@dataclass
class Split:
    name: str
    train: list[Sample]
    test: list[Sample]


def _seed_of(s: Sample) -> int:
    if s.seed is not None:
        return int(s.seed)
    return int(hashlib.sha256(s.graph.encode()).hexdigest()[:8], 16) % 10


def family_splits(samples: list[Sample], families: list[str] | None = None) -> list[Split]:
    real = sorted({s.family for s in samples if s.family != "generated"})
    out = []
    for fam in families or real:
        test = [s for s in samples if s.family == fam]
        if test:
            out.append(Split(f"family:{fam}", [s for s in samples if s.family != fam], test))
    return out


def grouped_family_splits(samples: list[Sample], folds: int) -> list[Split]:
    """Families dealt into `folds` groups, each group held out whole: leave-one-family-out
    for models too slow to train once per family."""
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


def seed_split(samples: list[Sample], held_out: float = 0.2) -> Split:
    generated = [s for s in samples if s.family == "generated"]
    seeds = sorted({_seed_of(s) for s in generated})
    cut = seeds[int(len(seeds) * (1 - held_out))] if seeds else 0
    test = [s for s in generated if _seed_of(s) >= cut]
    held = {id(s) for s in test}
    return Split(f"seeds>={cut}", [s for s in samples if id(s) not in held], test)


@dataclass
class Result:
    model: str
    per_split: dict[str, dict[str, Any]] = field(default_factory=dict)
    train_seconds: list[float] = field(default_factory=list)
    predictions: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        by_target: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
        for split in self.per_split.values():
            for target, metrics in split["targets"].items():
                for k, v in metrics.items():
                    if isinstance(v, (int, float)) and k != "n":
                        by_target[target][k].append(v)
        return {
            "targets": {
                t: {k: round(statistics.fmean(v), 4) for k, v in m.items()}
                | {f"{k}_sd": round(statistics.pstdev(v), 4) for k, v in m.items() if len(v) > 1}
                for t, m in by_target.items()
            },
            "train_seconds_median": round(statistics.median(self.train_seconds), 2)
            if self.train_seconds
            else None,
        }


def run_split(
    kind: str, split: Split, seed: int, config: dict | None = None
) -> tuple[dict[str, Any], float, list[dict[str, Any]]]:
    """Train on the split's train part, score on its test part: (metrics, seconds, rows)."""
    t0 = time.monotonic()
    model = create(kind, (config or {}) | {"seed": seed}).fit(split.train)
    seconds = time.monotonic() - t0
    preds = model.predict([s.text for s in split.test], [s.level for s in split.test])
    targets = {}
    rows = []
    for t in model.targets:
        idx = [i for i, s in enumerate(split.test) if t in s.targets]
        if not idx:
            continue
        p = [preds[i][t] for i in idx]
        y = [split.test[i].targets[t] for i in idx]
        ranks_only = getattr(model, "ranks_only", False)  # its latency is a score: no APE
        targets[t] = (
            {"n": len(idx)} if ranks_only else score(p, y, [split.test[i].graph for i in idx])
        )
        if t == "latency_s":  # how well it decides between a workload's schedules
            ranked = decisions(
                np.asarray(p), np.asarray(y), [split.test[i].workload for i in idx],
                [split.test[i].is_default for i in idx],
            )  # fmt: skip
            targets[t] |= {k: v for k, v in ranked.items() if k != "variants_per_workload"}
        rows += [
            {"target": t, "pred": pi, "true": yi, "family": split.test[i].family}
            | ({"workload": w, "default": split.test[i].is_default} if w else {})
            for pi, yi, i in zip(p, y, idx, strict=True)
            for w in [split.test[i].workload]
        ]
    return {"targets": targets}, seconds, rows


def evaluate(
    kind: str,
    splits: list[Split],
    seeds: int = 5,
    config: dict | None = None,
    progress: Callable[[str], None] | None = None,
) -> Result:
    result = Result(kind)
    for split in splits:
        runs = []
        for seed in range(seeds):
            metrics, seconds, rows = run_split(kind, split, seed, config)
            runs.append(metrics)
            result.train_seconds.append(seconds)
            if seed == 0:
                result.predictions += [r | {"split": split.name} for r in rows]
            if progress:
                progress(f"{kind} {split.name} seed {seed}: {seconds:.1f} s")
        merged: dict[str, dict[str, Any]] = {}
        for t in {t for r in runs for t in r["targets"]}:
            vals = [r["targets"][t] for r in runs if t in r["targets"]]
            merged[t] = {
                k: round(statistics.fmean(v[k] for v in vals), 4)
                for k in vals[0]
                if all(isinstance(v.get(k), (int, float)) for v in vals)
            }
        result.per_split[split.name] = {"targets": merged, "test": len(split.test)}
    return result


def noise_floor(samples: list[Sample]) -> float | None:
    """The median CV of the samples' latency measurements."""
    cvs = [s.noise["latency_cv"] for s in samples if "latency_cv" in s.noise]
    return round(statistics.median(cvs), 4) if cvs else None


def learning_curve(
    kind: str, split: Split, fractions=(0.125, 0.25, 0.5, 1.0), config: dict | None = None
) -> list[dict[str, Any]]:
    """Held-out error against the number of training rows (by graph, so a graph's units
    stay together)."""
    graphs = sorted({s.graph for s in split.train})
    out = []
    for f in fractions:
        keep = {g for g in graphs if int(hashlib.sha256(g.encode()).hexdigest()[:8], 16)
                % 1000 < f * 1000}  # fmt: skip
        train = [s for s in split.train if s.graph in keep]
        metrics, seconds, _ = run_split(kind, Split(split.name, train, split.test), 0, config)
        out.append({"fraction": f, "train_rows": len(train), "seconds": round(seconds, 1)}
                   | {"targets": metrics["targets"]})  # fmt: skip
    return out
