"""Is a graph a valid test with the lab's values: every output finite in eager and in the
float64 run the oracle takes as truth, each value as declared, no input written behind the
schema's back, and no value on a discontinuity (`stability.py`)? And where not, the first
node at fault."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import torch

from compiler_lab.ir import dtypes
from compiler_lab.ir.graph import Graph, Node
from compiler_lab.ir.inputs import make_values, to_float64
from compiler_lab.ir.interpret import NodeError, interpret
from compiler_lab.sandbox.calls import sandbox_call
from fuzz.values.stability import fragile_node


def all_finite(outputs: list[torch.Tensor]) -> bool:
    return all(
        bool(torch.isfinite(t).all()) for t in outputs if t.is_floating_point() or t.is_complex()
    )


def run_tracking(graph: Graph, values: dict[str, torch.Tensor], track: bool = False):
    """Interpret the graph node by node; returns (outputs, first non-finite node or None,
    env)."""
    bad: list[Node] = []

    def look(node: Node, outs: list[torch.Tensor]) -> bool:
        if not bad and not all_finite(outs):
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
            outputs, bad, env = run_tracking(graph, values, track=special)
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
    return first_bad_float64(graph, values) is None and fragile_node(graph, values, env) is None


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


def first_bad_float64(graph: Graph, values: dict[str, torch.Tensor]) -> str | None:
    """The first node non-finite in the float64 run (None too if that run cannot be made:
    the oracle then has no truth to disagree with)."""
    try:
        with torch.no_grad():
            _, bad, _ = run_tracking(graph, to_float64(values))
    except Exception:
        return None
    return bad.id if bad is not None else None


def first_fault(graph: Graph, seed: int = 0) -> str | None:
    """The id of the first node that raises or goes non-finite in eager, or else in the
    float64 run, or else whose output changes in kind under a few ulps of rounding."""
    values = make_values(graph, seed)
    stopped: list[str] = []

    def look(node: Node, outs: list[torch.Tensor]) -> bool:
        if not all_finite(outs):
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
    return first_bad_float64(graph, values) or fragile_node(graph, values, env)


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
