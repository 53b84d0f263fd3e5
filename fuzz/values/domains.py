"""Per-op domain losses (log of <=0, division by ~0, pow overflow, acos outside [-1, 1], ...)
and the gradient descent on a graph's float inputs that minimizes the loss of the first op
that went non-finite: the second step of the value search (`search.py`)."""

from __future__ import annotations

import math
from collections.abc import Callable

import torch

from compiler_lab.ir import argcodec, opnames
from compiler_lab.ir.graph import Graph
from compiler_lab.ir.inputs import make_values
from fuzz.values.finite import run_tracking


def _loss_positive(x: torch.Tensor, margin: float = 1e-2) -> torch.Tensor:
    return torch.relu(margin - x).sum()


def _loss_unit(x: torch.Tensor) -> torch.Tensor:
    return torch.relu(x.abs() - 0.99).sum()


def _loss_nonzero(x: torch.Tensor) -> torch.Tensor:
    return torch.relu(0.1 - x.abs()).sum()


def _loss_bounded(x: torch.Tensor, bound: float = 10.0) -> torch.Tensor:
    return torch.relu(x.abs() - bound).sum()


#: base op name -> (argument index, loss on that argument)
DOMAIN_LOSSES: dict[str, list[tuple[int, Callable[[torch.Tensor], torch.Tensor]]]] = {
    "log": [(0, _loss_positive)],
    "log2": [(0, _loss_positive)],
    "log10": [(0, _loss_positive)],
    "sqrt": [(0, _loss_positive)],
    "rsqrt": [(0, _loss_positive)],
    "log1p": [(0, lambda x: torch.relu(-0.9 - x).sum())],
    "lgamma": [(0, _loss_positive)],
    "digamma": [(0, _loss_positive)],
    "polygamma": [(1, _loss_positive)],
    "mvlgamma": [(0, lambda x: torch.relu(3 - x).sum())],
    "acos": [(0, _loss_unit)],
    "asin": [(0, _loss_unit)],
    "atanh": [(0, _loss_unit)],
    "erfinv": [(0, _loss_unit)],
    "acosh": [(0, lambda x: torch.relu(1.01 - x).sum())],
    "reciprocal": [(0, _loss_nonzero)],
    "div": [(1, _loss_nonzero)],
    "remainder": [(1, _loss_nonzero)],
    "fmod": [(1, _loss_nonzero)],
    "floor_divide": [(1, _loss_nonzero)],
    "pow": [(0, _loss_positive), (1, _loss_bounded)],
    "exp": [(0, _loss_bounded)],
    "exp2": [(0, _loss_bounded)],
    "expm1": [(0, _loss_bounded)],
    "cosh": [(0, _loss_bounded)],
    "sinh": [(0, _loss_bounded)],
    "logit": [(0, lambda x: torch.relu(x.abs() - 0.45).sum())],
    "xlogy": [(1, _loss_positive)],
}


def descend(graph: Graph, seed: int, steps: int = 20) -> dict[str, tuple[float, float]] | None:
    """Ranges of the float inputs that minimize the domain loss of the first non-finite op
    (None: no float input, no loss to follow, or no derivative)."""
    values = make_values(graph, seed)
    leaves = {}
    for spec in graph.inputs:
        t = values[spec.name]
        if t.is_floating_point() and t.numel() > 0:
            leaf = t.detach().double().requires_grad_(True)
            leaves[spec.name] = leaf
    if not leaves:
        return None
    opt = torch.optim.Adam(list(leaves.values()), lr=0.2)
    for _ in range(steps):
        current = dict(values)
        for name, leaf in leaves.items():
            current[name] = leaf.to(values[name].dtype)
        try:
            _, bad, env = run_tracking(graph, current)
        except Exception:
            return None
        if bad is None:
            break
        base = opnames.base_name(bad.op).rstrip("_").removeprefix("_foreach_")
        base = base.removeprefix("special_")
        losses = []
        for index, fn in DOMAIN_LOSSES.get(base, []):
            refs = argcodec.refs(bad.args[index]) if index < len(bad.args) else []
            losses += [fn(env[r].double()) for r in refs if env[r].is_floating_point()]
        if not losses:  # unknown op: shrink magnitudes everywhere
            losses = [sum(leaf.pow(2).mean() for leaf in leaves.values())]
        loss = sum(losses)
        if not loss.requires_grad:
            return None
        opt.zero_grad()
        try:
            loss.backward()
        except Exception:  # no derivative for this op/dtype: leave it to the fallback
            return None
        opt.step()
    ranges = {}
    for name, leaf in leaves.items():
        lo, hi = float(leaf.detach().min()), float(leaf.detach().max())
        if not (math.isfinite(lo) and math.isfinite(hi)):
            return None
        if hi - lo < 1e-3:
            hi = lo + 1e-3
        ranges[name] = (lo, hi)
    return ranges
