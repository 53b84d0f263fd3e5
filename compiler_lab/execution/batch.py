"""Batched differential testing: K independent graphs merged into one, so one compile (one
torch.compile, one g++ run) tests them all; a failing batch is split by bisection until
each failure is pinned to its own graph(s). Mismatches are judged per graph on its slice of
the outputs (a mismatch's culprit is findings/culprit.py's: it exposes every intermediate)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

import torch

from compiler_lab.execution import lab
from compiler_lab.findings import oracles
from compiler_lab.ir import argcodec
from compiler_lab.ir.graph import Graph, InputSpec, Node, TensorSpec
from compiler_lab.ir.inputs import make_values
from compiler_lab.sandbox.pool import Executor


@dataclass
class Merged:
    graph: Graph
    slices: list[slice]  # each member's outputs within the merged outputs
    values: dict[str, torch.Tensor]


def merge(graphs: list[Graph], seed: int = 0) -> Merged:
    """One graph computing all of `graphs` side by side (values renamed `g<i>_<name>`)."""
    inputs: list[InputSpec] = []
    nodes: list[Node] = []
    outputs: list[str] = []
    slices: list[slice] = []
    values: dict[str, torch.Tensor] = {}
    for i, g in enumerate(graphs):

        def rename(name: str, i: int = i) -> str:
            return f"g{i}_{name}"

        own = make_values(g, seed)
        for s in g.inputs:
            inputs.append(dataclasses.replace(s, name=rename(s.name)))
            values[rename(s.name)] = own[s.name]
        for n in g.nodes:
            nodes.append(
                Node(
                    rename(n.id),
                    n.op,
                    argcodec.substitute(n.args, lambda r, f=rename: argcodec.Ref(f(r))),
                    argcodec.substitute(n.kwargs, lambda r, f=rename: argcodec.Ref(f(r))),
                    [TensorSpec(rename(o.name), o.shape, o.dtype) for o in n.outputs],
                )
            )
        start = len(outputs)
        outputs += [rename(o) for o in g.outputs]
        slices.append(slice(start, len(outputs)))
    merged = Graph(
        inputs=inputs,
        nodes=nodes,
        outputs=outputs,
        name=f"batch-of-{len(graphs)}",
        meta={"batch": [g.name for g in graphs]},
    )
    return Merged(merged, slices, values)


def expose_all(graph: Graph) -> Graph:
    """The graph with every node output as a graph output, in topological order."""
    outs = [o.name for n in graph.nodes for o in n.outputs]
    return dataclasses.replace(graph, outputs=outs, name=f"{graph.name}-exposed")


def run_batched(
    graphs: list[Graph],
    backend: str,
    options: dict[str, Any],
    pool: Executor,
    seed: int = 0,
    hooks: dict[int, str] | None = None,
    k: int | None = None,
    alone: set[int] | None = None,
    should_stop=None,
    oracle: oracles.Oracle = oracles.ORACLE,
) -> tuple[list[lab.Verdict], dict[str, int]]:
    """A verdict per graph, compiling groups of up to `k` graphs merged into one.

    Groups run in waves, one lab.run per wave, so every worker compiles at once; a group
    that crashes is halved for the next wave (bisection) until each failure has its own
    graph. A member that mismatches inside a merged compile is re-run alone, and only that
    verdict counts: fusion with its neighbours or their float64 reference must not decide
    it. Returns (verdicts, stats: compiles, splits and confirms). `hooks` maps a graph index to a
    test-only hook (run alone, never merged); `alone` names graphs likely to crash (they hold
    a known crash's culprit), run alone so they do not make a whole group split."""
    hooks = hooks or {}
    single = set(hooks) | (alone or set())
    k = k or len(graphs)
    stats = {"compiles": 0, "splits": 0, "confirms": 0}
    verdicts: dict[int, lab.Verdict] = {}
    plain = [i for i in range(len(graphs)) if i not in single]
    wave: list[list[int]] = [plain[s : s + k] for s in range(0, len(plain), k)]
    wave += [[i] for i in sorted(single)]
    while wave:
        requests, merges = [], []
        for group in wave:
            if len(group) == 1:
                i = group[0]
                requests.append(lab.LabRequest(graphs[i], backend, options, hook=hooks.get(i)))
                merges.append(None)
            else:
                merged = merge([graphs[i] for i in group], seed)
                requests.append(
                    lab.LabRequest(merged.graph, backend, options, values=merged.values)
                )
                merges.append(merged)
        stats["compiles"] += len(requests)
        next_wave: list[list[int]] = []
        results = lab.run(requests, pool, seed=seed, should_stop=should_stop, oracle=oracle)
        if should_stop is not None and should_stop():  # the caller discards this batch
            return [], stats
        for group, merged, v in zip(wave, merges, results, strict=True):
            if merged is None:
                verdicts[group[0]] = v
            elif v.verdict in ("ok", "mismatch") and v.actual is not None:
                for i, sl in zip(group, merged.slices, strict=True):
                    judged = _judge_slice(graphs[i], backend, options, v, sl, seed, oracle)
                    if judged.verdict == "mismatch":
                        stats["confirms"] += 1  # must also show alone, or it is not kept
                        next_wave.append([i])
                    else:
                        verdicts[i] = judged
            elif v.verdict == "skipped" and v.stage != oracle.reference.backend:
                stats["splits"] += 1  # unsupported by design: find which member(s)
                next_wave += [[i] for i in group]
            else:
                stats["splits"] += 1
                mid = len(group) // 2
                next_wave += [group[:mid], group[mid:]]
        wave = next_wave
    return [verdicts[i] for i in range(len(graphs))], stats


def _judge_slice(
    graph: Graph,
    backend: str,
    options: dict[str, Any],
    v: lab.Verdict,
    sl: slice,
    seed: int,
    oracle: oracles.Oracle,
) -> lab.Verdict:
    truth = v.truth[sl] if v.truth is not None else None
    return lab.output_verdict(graph, backend, options, v.actual[sl], v.expected[sl], truth,
                              v.timings, oracle, values=make_values(graph, seed))  # fmt: skip
