"""How good a cost model's predictions are, per target: MAPE and median APE (how far),
Spearman's rho (how well it ranks everything), Kendall's tau within a graph (how well it
ranks the units one compile decides between) and pairwise ranking accuracy.

And how well it decides (`decisions`): over the schedule variants of each workload, Kendall's
tau, the top-k score (the best latency among the model's k first picks, over the true best:
1.0 when the best is among them) and the speed-ups over the compiler's default that its
first pick, its best of k, and the true best would give (as TenSet and TpuGraphs judge)."""

from __future__ import annotations

import math
import random
from collections import defaultdict
from typing import Any

import numpy as np
from scipy import stats


def ape(pred: np.ndarray, true: np.ndarray) -> np.ndarray:
    return np.abs(pred - true) / np.maximum(np.abs(true), 1e-12)


def kendall_within(pred: np.ndarray, true: np.ndarray, groups: list[str]) -> float | None:
    """Mean Kendall tau over groups (graphs) with at least 3 units of distinct cost."""
    by: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(groups):
        by[g].append(i)
    taus = []
    for idx in by.values():
        if len(idx) >= 3 and len(set(true[idx])) > 1:
            tau = stats.kendalltau(pred[idx], true[idx]).statistic
            if not math.isnan(tau):
                taus.append(tau)
    return float(np.mean(taus)) if taus else None


def pairwise_accuracy(pred: np.ndarray, true: np.ndarray, pairs: int = 20000) -> float | None:
    """Share of random pairs with different true costs that the prediction orders right."""
    if len(true) < 2:
        return None
    rng = random.Random(0)
    right = total = 0
    for _ in range(pairs):
        i, j = rng.randrange(len(true)), rng.randrange(len(true))
        if true[i] == true[j]:
            continue
        total += 1
        right += (pred[i] - pred[j]) * (true[i] - true[j]) > 0
    return right / total if total else None


def score(pred: list[float], true: list[float], groups: list[str]) -> dict[str, Any]:
    p, t = np.asarray(pred, dtype=float), np.asarray(true, dtype=float)
    if len(t) == 0:
        return {"n": 0}
    a = ape(p, t)
    rho = stats.spearmanr(p, t).statistic if len(t) > 2 and len(set(t)) > 1 else float("nan")
    return {
        "n": len(t),
        "mape": round(float(a.mean()), 4),
        "median_ape": round(float(np.median(a)), 4),
        "spearman": None if math.isnan(rho) else round(float(rho), 4),
        "kendall_within_graph": _round(kendall_within(p, t, groups)),
        "pairwise_accuracy": _round(pairwise_accuracy(p, t)),
    }


def decisions(
    pred: np.ndarray,
    true: np.ndarray,
    workloads: list[str | None],
    defaults: list[bool],
    ks: tuple[int, ...] = (1, 5),
) -> dict[str, Any]:
    """Ranking within each workload that has 2+ variants with a latency (lower is better).
    `top{k}_score`: mean of best / best-among-the-k-predicted-fastest; `top{k}_speedup`:
    geomean of default / best-among-the-k-picks (the default counted as a pick, since a
    tuner keeps it unless a pick measures faster); `best_speedup`: the same for the true
    best (the limit); `kendall_within_workload` over workloads of 3+ distinct latencies."""
    by: dict[str, list[int]] = defaultdict(list)
    for i, w in enumerate(workloads):
        if w is not None:
            by[w].append(i)
    groups = [idx for idx in by.values() if len(idx) >= 2]
    if not groups:
        return {"workloads": 0}
    taus, top = [], {k: [] for k in ks}
    speed: dict[str, list[float]] = {f"top{k}_speedup": [] for k in ks} | {"best_speedup": []}
    for idx in groups:
        p, t = pred[idx], true[idx]
        order = np.argsort(p, kind="stable")
        best = float(t.min())
        default = [t[j] for j, i in enumerate(idx) if defaults[i]]
        for k in ks:
            picked = float(t[order[:k]].min())
            top[k].append(best / picked)
            if default:
                speed[f"top{k}_speedup"].append(default[0] / min(picked, default[0]))
        if default:
            speed["best_speedup"].append(default[0] / best)
        if len(idx) >= 3 and len(set(t)) > 2:
            tau = stats.kendalltau(p, t).statistic
            if not math.isnan(tau):
                taus.append(tau)
    out: dict[str, Any] = {
        "workloads": len(groups),
        "variants_per_workload": round(float(np.mean([len(g) for g in groups])), 2),
        "kendall_within_workload": _round(float(np.mean(taus)) if taus else None),
    }
    out |= {f"top{k}_score": round(float(np.mean(v)), 4) for k, v in top.items()}
    out |= {k: _round(_geomean(v)) for k, v in speed.items()}
    return out


def _geomean(values: list[float]) -> float | None:
    return float(np.exp(np.mean(np.log(values)))) if values else None


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)
