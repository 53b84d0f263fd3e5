"""Input ranges that make a generated graph finite in eager (bounded by iterations, so the
result is deterministic).

A graph stores value *ranges*, and the lab draws values from them deterministically, so the
search adjusts ranges, not values. Steps:
  1. integer index inputs are given ranges inside the dims they index;
  2. if eager gives NaN/Inf, a per-op domain loss (log of <=0, division by ~0, pow
     overflow, acos outside [-1, 1], ...) at the first op that went non-finite is minimized
     by gradient descent on the float inputs (`domains.py`), and their ranges are set to
     what it found; the oracle's float64 run of the graph must be finite too, and no output
     may change in kind when every float value moves by a few ulps (`finite.py`,
     `stability.py`);
  3. otherwise, fall back to sampling narrower, positive ranges.
"""

from __future__ import annotations

import dataclasses
import math
import random
from dataclasses import dataclass
from typing import Any

from compiler_lab.ir import argcodec, opnames
from compiler_lab.ir.graph import Graph, dangling
from compiler_lab.ir.inputs import default_range
from compiler_lab.sandbox.calls import sandbox_call
from fuzz.gen import contracts
from fuzz.values.domains import descend
from fuzz.values.finite import eager_finite, first_fault

_INDEX_ARG_WORDS = ("index", "indices", "idx", "target")


def index_ranges(graph: Graph) -> Graph:
    """Integer inputs used as indices get ranges inside every dim of the indexed tensors;
    inputs an op's contract bounds (shift counts, an integer linspace's ends: see
    fuzz/gen/contracts.py) get their range narrowed to it."""
    specs = graph.values()
    limits: dict[str, int] = {}
    bounded: dict[str, tuple[float, float]] = {}
    for node in graph.nodes:
        dtype_of = lambda name: specs[name].dtype  # noqa: E731
        for name, (lo, hi) in contracts.input_ranges(node.op, node.args, node.kwargs,
                                                     dtype_of).items():  # fmt: skip
            was = bounded.get(name, (-math.inf, math.inf))
            bounded[name] = (max(lo, was[0]), min(hi, was[1]))
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
        if spec.name in bounded:  # and no pattern that would put values outside
            lo, hi = spec.range or default_range(spec.dtype)
            lo, hi = max(lo, bounded[spec.name][0]), min(hi, bounded[spec.name][1])
            pattern = spec.pattern if spec.pattern in ("zeros", "constant") else None
            spec = dataclasses.replace(spec, range=(lo, max(lo, hi)), pattern=pattern)
        inputs.append(spec)
    return dataclasses.replace(graph, inputs=inputs)


def _with_ranges(graph: Graph, ranges: dict[str, tuple[float, float]]) -> Graph:
    inputs = [
        dataclasses.replace(s, range=ranges[s.name]) if s.name in ranges else s
        for s in graph.inputs
    ]
    return dataclasses.replace(graph, inputs=inputs)


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
        ranges = descend(candidate, seeds[0])
        if ranges is None:
            break
        candidate = _with_ranges(candidate, ranges)
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
