"""How good a cost model's predictions are, per target: MAPE and median APE (how far),
Spearman's rho (how well it ranks everything), Kendall's tau within a graph (how well it
ranks the units one compile decides between) and pairwise ranking accuracy."""

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


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)
