"""Input ranges that make a generated graph finite in eager (bounded by iterations, so the
result is deterministic).

A graph stores value *ranges*, and the lab draws values from them deterministically, so the
search adjusts ranges, not values. Steps:
  1. integer index inputs are given ranges inside the dims they index;
  2. if eager gives NaN/Inf, a per-op domain loss (log of <=0, division by ~0, pow
     overflow, acos outside [-1, 1], ...) at the first op that went non-finite is minimized
     by gradient descent on the float inputs, and their ranges are set to what it found;
     the oracle's float64 run of the graph must be finite too, and no output may change
     in kind when every float value moves by a few ulps (`stability.py`);
  3. otherwise, fall back to sampling narrower, positive ranges.
"""

from __future__ import annotations

import dataclasses
import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import torch

from compiler_lab.ir import argcodec, dtypes, opnames
from compiler_lab.ir.graph import Graph, Node, dangling
from compiler_lab.ir.inputs import make_values, to_float64
from compiler_lab.ir.interpret import NodeError, interpret
from compiler_lab.sandbox.calls import sandbox_call
from fuzz.values.stability import fragile_node

_INDEX_ARG_WORDS = ("index", "indices", "idx", "target")


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


def _finite(outputs: list[torch.Tensor]) -> bool:
    return all(
        bool(torch.isfinite(t).all()) for t in outputs if t.is_floating_point() or t.is_complex()
    )


def _run(graph: Graph, values: dict[str, torch.Tensor], track: bool = False):
    """Interpret the graph node by node; returns (outputs, first non-finite node or None,
    env)."""
    bad: list[Node] = []

    def look(node: Node, outs: list[torch.Tensor]) -> bool:
        if not bad and not _finite(outs):
            bad.append(node)
            return not track
        return False

    env = interpret(graph, dict(values), look)
    return [env[n] for n in graph.outputs if n in env], (bad[0] if bad else None), env


def eager_finite(graph: Graph, seed: int = 0) -> bool:
    """Does eager produce only finite outputs with the lab's values for `seed`, and so does
    the float64 run the oracle takes as truth, and are the values off every discontinuity
    (`stability.fragile_node`)? Values at a domain edge (pow(-1, x) where x is an integer
    only by rounding) would make any compiler's honest rounding look like a bug.
    A graph fed ±inf/NaN on purpose (the `special` pattern, only over ops defined on them)
    need not be finite, but must still run and be off every discontinuity."""
    special = any(s.pattern == "special" for s in graph.inputs)
    try:
        with torch.no_grad():
            values = make_values(graph, seed)
            outputs, bad, env = _run(graph, values, track=special)
    except Exception:
        return False
    if len(outputs) != len(graph.outputs) or not _as_declared(graph, env):
        return False
    if _mutated(graph, values, seed):
        return False
    if special:
        return fragile_node(graph, values, env) is None
    if bad is not None:
        return False
    return _first_bad_float64(graph, values) is None and fragile_node(graph, values, env) is None


def _mutated(graph: Graph, values: dict[str, torch.Tensor], seed: int) -> bool:
    """Did the run write into an input that another op then reads? Some kernels do what
    their schema does not say (native_batch_norm in training mode updates running_mean and
    running_var in place): a later op reading that input sees what eager wrote, while a
    compiler that trusts the schema reads the original, and every such graph would be
    reported as a mismatch. An input only its writer reads changes no result."""
    fresh = make_values(graph, seed)
    readers = {n: sum(n in node.input_names() for node in graph.nodes) for n in fresh}
    return any(not _same(values[n], fresh[n]) and readers[n] > 1 for n in fresh)


def _same(a: torch.Tensor, b: torch.Tensor) -> bool:
    """Equal element by element, NaN equal to NaN."""
    if a.is_floating_point() or a.is_complex():
        return bool(torch.all((a == b) | (torch.isnan(a) & torch.isnan(b))))
    return torch.equal(a, b)


def _as_declared(graph: Graph, env: dict[str, torch.Tensor]) -> bool:
    """Does eager give every value the shape and dtype the graph declares (from torch's
    meta kernels)? Where the two disagree (multilabel_margin_loss on a 0-dim input: meta
    says [1], the kernel []) the graph is invalid: torch contradicts itself, and every
    compiler that follows the meta kernel would be reported."""
    for spec in graph.values().values():
        t = env.get(spec.name)
        if t is None or tuple(t.shape) != spec.shape or dtypes.to_torch(spec.dtype) != t.dtype:
            return False
    return True


def _first_bad_float64(graph: Graph, values: dict[str, torch.Tensor]) -> str | None:
    """The first node non-finite in the float64 run (None too if that run cannot be made:
    the oracle then has no truth to disagree with)."""
    try:
        with torch.no_grad():
            _, bad, _ = _run(graph, to_float64(values))
    except Exception:
        return None
    return bad.id if bad is not None else None


def index_ranges(graph: Graph) -> Graph:
    """Integer inputs used as indices get ranges inside every dim of the indexed tensors."""
    specs = graph.values()
    limits: dict[str, int] = {}
    for node in graph.nodes:
        try:
            schema = opnames.resolve(node.op)._schema
        except opnames.UnknownOp:
            continue
        names = [a.name for a in schema.arguments]
        data_dims = [d for r in node.input_names() for d in specs[r].shape if d > 0]
        bound = min(data_dims) if data_dims else 1
        positional = list(zip(names, node.args, strict=False)) + list(node.kwargs.items())
        for arg_name, value in positional:
            if any(w in arg_name for w in _INDEX_ARG_WORDS) or node.op.startswith("aten.embedding"):
                for ref in argcodec.refs(value):
                    if not specs[ref].dtype.startswith(("int", "uint")):
                        continue
                    limits[ref] = min(limits.get(ref, bound), bound)
    inputs = []
    for spec in graph.inputs:
        if spec.name in limits:
            spec = dataclasses.replace(spec, range=(0.0, float(max(0, limits[spec.name] - 1))))
        inputs.append(spec)
    return dataclasses.replace(graph, inputs=inputs)


def _with_ranges(graph: Graph, ranges: dict[str, tuple[float, float]]) -> Graph:
    inputs = [
        dataclasses.replace(s, range=ranges[s.name]) if s.name in ranges else s
        for s in graph.inputs
    ]
    return dataclasses.replace(graph, inputs=inputs)


def _gradient_step(graph: Graph, seed: int, steps: int = 20) -> Graph | None:
    """Minimize the domain loss of the first non-finite op over the float inputs."""
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
            _, bad, env = _run(graph, current)
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
    return _with_ranges(graph, ranges)


def _conservative(graph: Graph, rng: random.Random) -> Graph:
    ranges = {}
    for spec in graph.inputs:
        if (
            spec.dtype in ("bool",)
            or spec.range is not None
            and spec.dtype.startswith(("int", "uint"))
            and spec.range[0] >= 0
        ):
            continue
        if spec.dtype.startswith(("int", "uint")):
            ranges[spec.name] = (1.0, float(rng.randint(1, 3)))
        else:
            lo = rng.choice([0.1, 0.5, 1.0])
            ranges[spec.name] = (lo, lo + rng.choice([0.5, 1.0, 2.0]))
    return _with_ranges(graph, ranges)


def first_fault(graph: Graph, seed: int = 0) -> str | None:
    """The id of the first node that raises or goes non-finite in eager, or else in the
    float64 run, or else whose output changes in kind under a few ulps of rounding."""
    values = make_values(graph, seed)
    stopped: list[str] = []

    def look(node: Node, outs: list[torch.Tensor]) -> bool:
        if not _finite(outs):
            stopped.append(node.id)
            return True
        return False

    try:
        with torch.no_grad():
            env = interpret(graph, dict(values), look)
    except NodeError as err:
        return err.node.id
    if stopped:
        return stopped[0]
    return _first_bad_float64(graph, values) or fragile_node(graph, values, env)


def prune(graph: Graph, node_id: str) -> Graph | None:
    """`graph` without `node_id` and everything downstream of it (None if nothing is left);
    values no node consumes any more become the outputs."""
    dead = {node_id}
    dead_values: set[str] = set()
    nodes = []
    for node in graph.nodes:
        if node.id in dead or dead_values & set(node.input_names()):
            dead.add(node.id)
            dead_values |= {o.name for o in node.outputs}
            continue
        nodes.append(node)
    if not nodes:
        return None
    used = {r for n in nodes for r in n.input_names()}
    inputs = [s for s in graph.inputs if s.name in used]
    return dataclasses.replace(graph, inputs=inputs, nodes=nodes, outputs=dangling(nodes))


def find_ranges(
    graph: Graph,
    rng: random.Random,
    rounds: int = 3,
    seeds: tuple[int, ...] = (0,),
    prunes: int = 2,
) -> Graph | None:
    """`graph` with input ranges that give finite eager outputs, or None. Bounded by
    iterations, not time, so the same graph and seed always give the same ranges. When no
    ranges work, the first faulty op and what depends on it are cut (up to `prunes` times)
    rather than losing the whole graph."""
    found = _search(graph, rng, rounds, seeds)
    if found is not None or prunes <= 0:
        return found
    fault = first_fault(index_ranges(graph), seeds[0])
    smaller = prune(graph, fault) if fault is not None else None
    if smaller is None:
        return None
    return find_ranges(smaller, rng, rounds, seeds, prunes - 1)


def _search(graph: Graph, rng: random.Random, rounds: int, seeds: tuple[int, ...]) -> Graph | None:
    graph = index_ranges(graph)

    def ok(g: Graph) -> bool:
        return all(eager_finite(g, s) for s in seeds)

    if ok(graph):
        return graph
    candidate = graph
    for _ in range(rounds):
        stepped = _gradient_step(candidate, seeds[0])
        if stepped is None:
            break
        candidate = stepped
        if ok(candidate):
            return candidate
    for _ in range(4):
        fallback = _conservative(graph, rng)
        if ok(fallback):
            return fallback
    return None


@dataclass(frozen=True)
class RangeSearch:
    """A graph (JSON) to find finite-making input ranges for, and the search's seed."""

    graph: dict[str, Any]
    seed: int = 0


@dataclass(frozen=True)
class Ranged:
    """The graph with the ranges found (JSON), or None: none found."""

    graph: dict[str, Any] | None = None


@sandbox_call(RangeSearch, Ranged)
def search_json(req: RangeSearch) -> Ranged:
    """Sandbox entry point: the graph with finite-making ranges, or None."""
    import warnings

    warnings.filterwarnings("ignore")
    found = find_ranges(Graph.from_json(req.graph), random.Random(req.seed))
    return Ranged(found.to_json() if found is not None else None)


@dataclass(frozen=True)
class Graphs:
    graphs: list[dict[str, Any]]


@dataclass(frozen=True)
class Finite:
    finite: list[bool]


@sandbox_call(Graphs, Finite)
def check_many(req: Graphs) -> Finite:
    """Sandbox entry point: is each graph finite in eager with the lab's seed-0 values?"""
    import warnings

    warnings.filterwarnings("ignore")
    return Finite([eager_finite(Graph.from_json(g)) for g in req.graphs])
