"""The culprit of a mismatch: the first op whose own output is wrong, which names its bucket.

The first value that differs from eager's is often not where the bug is. Inductor computes a
vectorized expm1 as exp(x) - 1, which gives 0 for tiny x: an error far below the oracle's
absolute tolerance there, so expm1's value passes, and a later op (`x != 0`, a logical_and,
a large factor) turns it into the mismatch; a bucket named by that later op hides the bug.

So the graph is run with every value exposed (`batch.expose_all`), and each node, in
topological order, is judged on its own: the compiler's value of the node against the node's
op run on the compiler's own values of its inputs (so error from upstream is not blamed on
it), as the lab's oracle runs a graph (eager in the node's dtypes, the reference, and eager
in float64, the truth), by the oracle's judge, once values with another right answer of the
op are settled (findings.settle). A float output whose float64 value stays below one is
judged in units of its own size (scaled by a power of two, which is exact): the oracle's
absolute tolerance is meant for values of order one, where error carried in from earlier ops
lands; an op given its own inputs carries none in, and 0 for 1e-10 is wholly wrong.

The culprit is the first node wrong on its own. Where none is (error accumulated across ops
that each stayed within rounding), it is the first op whose value differs from eager's, as
before localization judged ops on their own, and its evidence says so. Where every node
was judged and none is wrong on its own (`conditioned`), the graph is ill-conditioned, not
miscompiled: a zero's sign that a later atan2 or bitcast turns into 2π or a byte, a float32
ulp that a float64 output's tolerance is too tight for; keys.localize makes that verdict ok.
"""

from __future__ import annotations

import math
import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import torch

from compiler_lab.execution.outputs import load_outputs
from compiler_lab.findings import oracles
from compiler_lab.findings.settle import settle
from compiler_lab.ir import dtypes, tensorio
from compiler_lab.ir.graph import Graph, InputSpec, Node
from compiler_lab.sandbox.calls import sandbox_call

if TYPE_CHECKING:
    from compiler_lab.execution.lab import Verdict
    from compiler_lab.sandbox.pool import Executor

#: the key in a mismatch's timings (its evidence bag) that holds its culprit's facts
EVIDENCE = "culprit"


@dataclass(frozen=True)
class Culprit:
    """The op a mismatch is blamed on: node `node`, running `op`; `own`: its output is wrong
    on its own inputs (else it is the first that differs, the error accumulated upstream);
    `reason`: what is wrong with it."""

    op: str
    node: str
    own: bool
    reason: str
    #: not `own`, and every node was judged: the difference is the graph's conditioning
    conditioned: bool = False

    def evidence(self) -> dict[str, Any]:
        return {"op": self.op, "node": self.node, "own": self.own, "reason": self.reason}


def locate(v: Verdict, pool: Executor, oracle: oracles.Oracle = oracles.ORACLE) -> Culprit | None:
    """The culprit of mismatch `v` (its graph run again with every value exposed, on the
    verdict's input values), or None where that run shows no mismatch in a graph value (it
    is right, or only results past the outputs differ: a gradient, a second size)."""
    from compiler_lab.execution import batch, lab

    exposed = batch.expose_all(v.graph)
    scratch = tempfile.TemporaryDirectory(
        prefix=f"run-{os.getpid()}-culprit-", dir=lab.runs_dir(pool)
    )
    with scratch as tmp:
        actual = Path(tmp) / "actual.npz"
        request = lab.LabRequest(exposed, v.backend, v.options, values=v.values or None,
                                 keep_outputs=str(actual))  # fmt: skip
        (run,) = lab.run([request], pool, oracle=oracle)
        first = run.comparison.output if run.comparison is not None else -1
        if run.verdict != "mismatch" or not 0 <= first < len(exposed.outputs):
            return None
        exposed.save(Path(tmp) / "graph.json")
        tensorio.save(Path(tmp) / "values.npz", run.values)
        files = NodeValues(str(Path(tmp) / "graph.json"), str(Path(tmp) / "values.npz"),
                           str(actual), oracle.name)  # fmt: skip
        reply = pool.call(judge_nodes, files)
    own = reply.result if reply.ok else None
    if own is not None and own.node:
        node = next(n for n in exposed.nodes if n.id == own.node)
        return Culprit(node.op, node.id, True, own.reason)
    node = _producer(exposed, exposed.outputs[first])
    if own is None:
        why = f"the judgement of each op on its own failed ({reply.why()[:200]})"
    else:
        why = "no op is wrong on its own inputs: the error accumulated across ops"
        if own.unjudged:
            why += f" ({own.unjudged} op(s) could not be run on the compiler's values)"
    conditioned = own is not None and not own.unjudged
    return Culprit(node.op, node.id, False, f"{why}; the first whose value differs: {run.reason}",
                   conditioned)  # fmt: skip


def _producer(graph: Graph, name: str) -> Node:
    """The node computing value `name` of `graph`."""
    return next(n for n in graph.nodes if any(o.name == name for o in n.outputs))


@dataclass(frozen=True)
class NodeValues:
    """A graph with every value an output (`batch.expose_all`) as files: the graph, its
    input values, the compiler's outputs, and the name of the oracle that judges."""

    graph: str
    values: str
    actual: str
    oracle: str = oracles.ORACLE.name


@dataclass(frozen=True)
class OwnJudgement:
    """The first node wrong on its own ("" for none), why, and how many nodes could not be
    judged (their op failed on the compiler's values, or a value they read is malformed)."""

    node: str = ""
    reason: str = ""
    unjudged: int = 0


@sandbox_call(NodeValues, OwnJudgement)
def judge_nodes(files: NodeValues) -> OwnJudgement:
    """In a worker: the first node of the graph whose compiler value is wrong on its own."""
    graph = Graph.load(files.graph)
    oracle = oracles.get(files.oracle)
    computed = dict(zip(graph.outputs, load_outputs(files.actual), strict=False))
    specs = graph.values()
    env = tensorio.load(files.values)  # the values consumers read: declared shape and dtype
    env |= {
        name: t
        for name, t in computed.items()
        if tuple(t.shape) == specs[name].shape and dtypes.name_of(t.dtype) == specs[name].dtype
    }
    unjudged = 0
    for node in graph.nodes:
        names = list(dict.fromkeys(node.input_names()))
        got = [computed.get(o.name) for o in node.outputs]
        if any(n not in env for n in names) or any(g is None for g in got):
            unjudged += 1
            continue
        inputs = {n: env[n] for n in names}
        judged = judge_node(node, {n: specs[n] for n in names}, inputs, got, oracle)
        if judged is None:
            unjudged += 1
        elif not judged.ok:
            return OwnJudgement(node.id, judged.reason, unjudged)
    return OwnJudgement(unjudged=unjudged)


def judge_node(
    node: Node,
    specs: dict[str, Any],
    inputs: dict[str, torch.Tensor],
    got: list[torch.Tensor],
    oracle: oracles.Oracle = oracles.ORACLE,
) -> oracles.Comparison | None:
    """The oracle's judgement of `got`, a compiler's outputs of `node`, against the node's
    op run on `inputs` (the compiler's values of its inputs, whose specs are `specs`) by
    eager and by eager in float64; None where eager cannot run it."""
    from compiler_lab import backends

    alone = Graph(
        inputs=[InputSpec(n, s.shape, s.dtype) for n, s in specs.items()],
        nodes=[node],
        outputs=[o.name for o in node.outputs],
        name=f"{node.id}-alone",
    )
    runs = [oracles.EagerOracle.reference, oracles.EagerOracle.truth]
    reference, truth = (
        backends.get(r.backend, r.options)
        .execute(alone, {n: t.clone() for n, t in inputs.items()})
        .outputs
        for r in runs
    )
    if reference is None or len(reference) != len(got):
        return None
    got = settle(alone, lambda: inputs, reference, got)
    if truth is None or len(truth) != len(got):
        return oracle.judge(reference, None, got)
    scaled = [in_own_units(g, r, t) for g, r, t in zip(got, reference, truth, strict=True)]
    judged = oracle.judge([s[1] for s in scaled], [s[2] for s in scaled], [s[0] for s in scaled])
    power = scaled[judged.output][3] if 0 <= judged.output < len(scaled) else 0
    if judged.ok or not power:
        return judged
    return replace(judged, reason=f"{judged.reason} (in units of 2^-{power}, the output's size)")


def in_own_units(
    got: torch.Tensor, reference: torch.Tensor, truth: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, int]:
    """(got, reference, truth) times 2^k, and k: the power of two that brings the truth's
    largest finite magnitude to [1, 2) where it is below one (never past the dtype's smallest
    normal number), so the oracle's absolute tolerance is relative to the op's own output;
    exact. Other values and dtypes as they are (k = 0)."""
    floats = reference.is_floating_point() and truth.is_floating_point()
    if not floats or got.dtype != reference.dtype or truth.numel() == 0:
        return got, reference, truth, 0
    finite = truth[torch.isfinite(truth)]
    largest = float(finite.abs().max()) if finite.numel() else 0.0
    if not 0.0 < largest < 1.0:
        return got, reference, truth, 0
    power = -math.floor(math.log2(max(largest, torch.finfo(reference.dtype).tiny)))
    factor = 2.0**power
    return got * factor, reference * factor, truth * factor, power
