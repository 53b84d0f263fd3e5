"""Delta debugging over a graph, keeping only candidates that reproduce the SAME bucket key.

1. nodes (ddmin): a removed node's consumers are reconnected to one of its inputs when
   shapes and dtypes agree, else fed a fresh graph input of the same type;
2. shapes: each input dim is halved while every node still type-checks (fake tensors);
3. attributes: integer arguments move towards 0/1 while the graph stays valid;
4. dtypes: uint8/int8 become int64 and float16/bfloat16 float32 (in inputs and the dtypes
   calls name), kept where the bug survives: a report in the plainer dtype reads plainer.
Every round's candidates run in parallel in the sandbox.
"""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compiler_lab.errors import GraphError
from compiler_lab.execution import lab
from compiler_lab.findings import oracles
from compiler_lab.findings.keys import bucket_key, localize, signature
from compiler_lab.ir import argcodec
from compiler_lab.ir.graph import Graph, InputSpec, dangling
from compiler_lab.ir.inputs import retyped
from compiler_lab.ir.validate import retype, validate_graph
from compiler_lab.sandbox.pool import Executor

#: the dtypes a reduction tries to replace by a plainer one
SIMPLER = {"uint8": "int64", "int8": "int64", "float16": "float32", "bfloat16": "float32"}


def remove_nodes(graph: Graph, drop: set[str]) -> Graph | None:
    """The graph without the nodes in `drop`, or None if nothing valid remains."""
    keep = [n for n in graph.nodes if n.id not in drop]
    if not keep:
        return None
    specs = graph.values()
    replace: dict[str, str] = {}
    fresh: list[InputSpec] = []
    for node in graph.nodes:
        if node.id not in drop:
            continue
        ins = [replace.get(r, r) for r in node.input_names()]
        for out in node.outputs:
            twin = next(
                (r for r in ins if specs[r].shape == out.shape and specs[r].dtype == out.dtype),
                None,
            )
            if twin is None:
                fresh.append(InputSpec(out.name, out.shape, out.dtype))
                twin = out.name
            replace[out.name] = twin
    nodes = []
    for node in keep:
        nodes.append(
            dataclasses.replace(
                node,
                args=argcodec.substitute(node.args, lambda r: argcodec.Ref(replace.get(r, r))),
                kwargs=argcodec.substitute(node.kwargs, lambda r: argcodec.Ref(replace.get(r, r))),
            )
        )
    produced = {o.name for n in nodes for o in n.outputs}
    outputs = [o for o in dict.fromkeys(replace.get(o, o) for o in graph.outputs) if o in produced]
    if not outputs:  # keep what the surviving nodes compute that nothing else consumes
        outputs = dangling(nodes)
    used = {r for n in nodes for r in n.input_names()}
    inputs = [s for s in [*graph.inputs, *fresh] if s.name in used]
    reduced = Graph(
        inputs=inputs, nodes=nodes, outputs=outputs, name=graph.name, meta=dict(graph.meta)
    )
    try:
        validate_graph(reduced)
    except GraphError:
        return None
    return reduced


def _retyped(graph: Graph, inputs: list[InputSpec]) -> Graph | None:
    """`graph` with new input shapes, node output shapes recomputed by torch."""
    try:
        return retype(dataclasses.replace(graph, inputs=inputs))
    except (GraphError, ValueError):
        return None


def simpler(graph: Graph, narrow: str, plain: str) -> Graph | None:
    """`graph` with dtype `narrow` replaced by `plain` (inputs and the dtypes calls name),
    node outputs recomputed by torch; None where it holds no `narrow` or torch refuses."""
    try:
        candidate = retype(retyped(graph, {narrow: plain}))
    except (GraphError, ValueError):
        return None
    return candidate if candidate.content_hash() != graph.content_hash() else None


@dataclass
class ReduceResult:
    graph: Graph
    verdict: lab.Verdict
    nodes_before: int
    nodes_after: int
    seconds: float
    candidates: int
    #: what the candidates that did not keep the bucket did instead: ok, another bucket, ...
    outcomes: Counter = field(default_factory=Counter)
    #: the dtypes replaced by plainer ones (float16 -> float32) with the bucket kept
    dtypes: dict[str, str] = field(default_factory=dict)

    def why_not_smaller(self, goal: int = 3) -> str:
        """Why the reduction stopped above `goal` nodes ('' when it reached it)."""
        if self.nodes_after <= goal:
            return ""
        seen = ", ".join(f"{n} {what}" for what, n in self.outcomes.most_common())
        return (
            f"no candidate with fewer than {self.nodes_after} nodes kept the bucket "
            f"({seen or 'none could be built'}): the bug needs these ops together"
        )


class Reducer:
    def __init__(
        self,
        backend: str,
        options: dict[str, Any],
        key: str,
        pool: Executor,
        seed: int = 0,
        deadline_s: float = 600.0,
        log: Callable[[str], None] | None = None,
        judge: Callable[[list[Graph]], list[lab.Verdict]] | None = None,
        probes: tuple[str, ...] = (),
        oracle: oracles.Oracle = oracles.ORACLE,
    ) -> None:
        """`judge`: the verdicts of candidates, when the finding needs more than the lab's
        own run to tell (a cost model's check); by default the lab runs them, judged by
        `oracle`, with `probes` (so a perf-outlier keeps its slowdown, not just its result)."""
        self.backend, self.options, self.key = backend, options, key
        self.pool, self.seed = pool, seed
        self.probes, self.oracle = probes, oracle
        self.judge = judge or self._run
        self.deadline = time.monotonic() + deadline_s
        self.tried = 0
        self.outcomes: Counter = Counter()
        self.log = log or (lambda _: None)

    def _run(self, candidates: list[Graph]) -> list[lab.Verdict]:
        return lab.run(
            [lab.LabRequest(g, self.backend, self.options, probes=self.probes) for g in candidates],
            self.pool,
            seed=self.seed,
            oracle=self.oracle,
        )

    def reproduces(self, candidates: list[Graph]) -> list[lab.Verdict | None]:
        """For each candidate: its verdict if it hits the same bucket key, else None."""
        self.tried += len(candidates)
        out: list[lab.Verdict | None] = []
        for v in self.judge(candidates):
            same_kind = v.is_finding
            same = same_kind and bucket_key(v, localize(v, self.pool, self.oracle)) == self.key
            self.outcomes["kept the bucket" if same else f"{v.verdict} elsewhere" if same_kind
                          else v.verdict] += 1  # fmt: skip
            out.append(v if same else None)
        return out

    def _first(self, candidates: list[Graph]) -> tuple[Graph, lab.Verdict] | None:
        if not candidates:
            return None
        for g, v in zip(candidates, self.reproduces(candidates), strict=True):
            if v is not None:
                return g, v
        return None

    def ddmin(self, graph: Graph, verdict: lab.Verdict) -> tuple[Graph, lab.Verdict]:
        n = 2
        while len(graph.nodes) > 1 and time.monotonic() < self.deadline:
            ids = [node.id for node in graph.nodes]
            n = min(n, len(ids))
            chunks = [ids[i * len(ids) // n : (i + 1) * len(ids) // n] for i in range(n)]
            # removing a chunk (testing its complement), smallest results first
            candidates = [c for c in (remove_nodes(graph, set(ch)) for ch in chunks) if c]
            hit = self._first(candidates)
            if hit is not None:
                graph, verdict = hit
                n = max(n - 1, 2)
                self.log(f"nodes: {len(graph.nodes)}")
                continue
            if n >= len(ids):
                break
            n = min(len(ids), n * 2)
        return graph, verdict

    def shrink_shapes(self, graph: Graph, verdict: lab.Verdict) -> tuple[Graph, lab.Verdict]:
        changed = True
        while changed and time.monotonic() < self.deadline:
            changed = False
            candidates = []
            for i, s in enumerate(graph.inputs):
                for d, size in enumerate(s.shape):
                    if size > 1 and s.value is None:  # exact values have no smaller shape
                        shape = list(s.shape)
                        shape[d] = size // 2
                        inputs = list(graph.inputs)
                        inputs[i] = dataclasses.replace(s, shape=tuple(shape))
                        cand = _retyped(graph, inputs)
                        if cand is not None:
                            candidates.append(cand)
            hit = self._first(candidates[:16])
            if hit is not None:
                graph, verdict = hit
                changed = True
        return graph, verdict

    def shrink_attributes(self, graph: Graph, verdict: lab.Verdict) -> tuple[Graph, lab.Verdict]:
        candidates = []
        for k, node in enumerate(graph.nodes):
            for j, a in enumerate(node.args):
                if type(a) is int and a not in (0, 1):
                    for smaller in (1, 0):
                        args = list(node.args)
                        args[j] = smaller
                        nodes = list(graph.nodes)
                        nodes[k] = dataclasses.replace(node, args=args)
                        cand = dataclasses.replace(graph, nodes=nodes)
                        try:
                            validate_graph(cand)
                        except GraphError:
                            continue
                        candidates.append(cand)
        hit = self._first(candidates[:16])
        return hit if hit is not None else (graph, verdict)

    def simplify_dtypes(
        self, graph: Graph, verdict: lab.Verdict
    ) -> tuple[Graph, lab.Verdict, dict[str, str]]:
        """Each narrow dtype of the graph replaced by its plainer one (SIMPLER) where the
        bucket survives; returns what was replaced too."""
        replaced = {}
        for narrow, plain in SIMPLER.items():
            candidate = simpler(graph, narrow, plain)
            hit = self._first([candidate]) if candidate is not None else None
            if hit is not None:
                (graph, verdict), replaced[narrow] = hit, plain
                self.log(f"dtype: {narrow} -> {plain}")
        return graph, verdict, replaced

    def reduce(self, graph: Graph, verdict: lab.Verdict) -> ReduceResult:
        t0 = time.monotonic()
        before = len(graph.nodes)
        graph, verdict = self.ddmin(graph, verdict)
        graph, verdict = self.shrink_shapes(graph, verdict)
        graph, verdict = self.shrink_attributes(graph, verdict)
        graph, verdict, replaced = self.simplify_dtypes(graph, verdict)
        outcomes = Counter({k: n for k, n in self.outcomes.items() if k != "kept the bucket"})
        return ReduceResult(graph, verdict, before, len(graph.nodes), time.monotonic() - t0,
                            self.tried, outcomes, replaced)  # fmt: skip


def save_reduced(
    path: Path, result: ReduceResult, bucket: str = "", store: Path | None = None
) -> tuple[Path, list[str]]:
    """Write the reduced case beside the case at `path` (as `<name>.reduced`) and, given the
    bucket and its store, record the reduction there; returns the reduced case and what to
    tell the user."""
    from compiler_lab.findings import cases
    from compiler_lab.storage.store import Store

    out = cases.write_case_at(cases.reduced_path(path), result.verdict)
    info: dict[str, Any] = {
        "nodes_before": result.nodes_before,
        "nodes_after": result.nodes_after,
        "seconds": round(result.seconds, 1),
        "candidates": result.candidates,
        "case": str(out),
    }
    if result.why_not_smaller():
        info["why_not_smaller"] = result.why_not_smaller()
    if result.dtypes:
        info["dtypes"] = result.dtypes
    merged = ""
    if bucket and store is not None:
        w = Store(store)
        root = w.set_reduced(bucket, info, signature(result.verdict))
        w.close()
        merged = f"; same root cause as {root}" if root != bucket else ""
    lines = [
        f"reduced {path.name}: {result.nodes_before} → {result.nodes_after} nodes in "
        f"{result.seconds:.1f} s ({result.candidates} candidates) → {out}{merged}"
    ]
    if result.why_not_smaller():
        lines.append(f"  not smaller: {result.why_not_smaller()}")
    if result.dtypes:
        lines.append(f"  dtypes: {dtype_changes(result.dtypes)} (the same bucket)")
    return out, lines


def dtype_changes(replaced: dict[str, str]) -> str:
    """`float16 → float32, int8 → int64`: the dtypes a reduction made plainer."""
    return ", ".join(f"{narrow} → {plain}" for narrow, plain in replaced.items())
