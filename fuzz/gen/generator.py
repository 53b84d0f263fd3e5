"""The hybrid graph generator.

A graph grows one operator at a time:
  forward   an op consumes tensors already in the graph (its other inputs are new
            placeholders); its dims and integer attributes come from a small z3 problem
            built from the op's rule plus the dims it is bound to (fuzz.gen.solve);
  backward  a placeholder becomes an op's output: z3 solves for inputs that produce
            exactly its shape, and the op's inputs become new placeholders;
  concrete  a recorded valid call whose input shapes match a tensor in the graph is
            replayed as is (for ops without a validated rule).
Each z3 problem is local to one insertion, so cost grows with the op, not the graph.
Ops and (producer, consumer) pairs seen least so far are favoured. Every insertion is
checked on fake tensors (torch's meta kernels) before it is kept (fuzz.gen.insert).
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from compiler_lab.errors import GraphError, LabError
from compiler_lab.ir import dtypes as lab_dtypes
from compiler_lab.ir import opnames
from compiler_lab.ir.graph import Graph, InputSpec
from compiler_lab.ir.validate import validate_graph
from fuzz.gen import priors
from fuzz.gen.config import GenConfig
from fuzz.gen.insert import Inserter
from fuzz.gen.library import ConcreteOp, OpLibrary, SymbolicOp
from fuzz.gen.solve import ShapeSolver
from fuzz.gen.state import InsertionFailed, State
from fuzz.gen.value_classes import profile_inputs
from fuzz.traces.replay import Unreplayable
from fuzz.values.search import find_ranges

#: graphs grown for one `generate` before it gives up
RETRIES = 20


class GenerationError(LabError):
    """The generator cannot make a valid graph from its library and options."""


#: how much rarer one penalty (a known bug at the op, or eager crashing on it) makes an op
PENALTY = 8


@dataclass
class GenStats:
    graphs: int = 0
    attempts: dict[str, int] = field(default_factory=lambda: Counter())
    successes: dict[str, int] = field(default_factory=lambda: Counter())
    failures: dict[str, int] = field(default_factory=lambda: Counter())
    value_search_failures: int = 0
    eager_crashes: int = 0


class Generator:
    """Generates graphs deterministically from a seed; coverage counters persist across
    graphs, so a campaign keeps favouring what it has seen least."""

    def __init__(
        self,
        library: OpLibrary,
        config: GenConfig | None = None,
        seed: int = 0,
        values: Callable[[Graph, int], Graph | None] | None = None,
    ):
        """`values(graph, seed)` finds input ranges that keep eager finite (None: give up);
        by default in-process, which only suits trusted op sets: campaigns pass the
        sandboxed search."""
        self.lib = library
        self.values = values or (lambda g, s: find_ranges(g, random.Random(s)))
        self.config = config or GenConfig()
        self.seed = seed
        self.rng = random.Random(seed)
        self.op_counts: Counter = Counter()
        self.pair_counts: Counter = Counter()
        #: ops (and producer→consumer pairs) to draw less: eager crashed on them, or they
        #: are the culprits of known bugs (budget steering)
        self.op_penalty: Counter = Counter()
        self.pair_penalty: Counter = Counter()
        self.stats = GenStats()
        self.shapes = ShapeSolver(self.config, self.rng)
        self.insert = Inserter(self.config)
        wanted = set(self.config.dtypes)
        self.start_keys = sorted(k for k in library.by_input if k[0] in wanted)
        if not self.start_keys:
            raise ValueError(f"no ops in the library take {', '.join(self.config.dtypes)}")

    # ---- graph level -------------------------------------------------------------------------
    def generate(self, name: str) -> Graph:
        """One graph; retries until one passes validation (GenerationError after many)."""
        why: Counter = Counter()
        for _ in range(RETRIES):
            state = self._grow()
            if not state.nodes:
                why["no op could be inserted"] += 1
                continue
            graph = self._to_graph(state, name)
            try:
                # structure only: every node's shapes were checked on fake tensors when it
                # was inserted, and a second fake pass would double the generator's cost
                validate_graph(graph, check_shapes=False)
            except GraphError:
                self.stats.failures["graph-validate"] += 1
                why["invalid graph"] += 1
                continue
            crashes_before = len(getattr(self.values, "crashes", []))
            graph = self._profile(graph)
            found = self.values(graph, self.rng.randrange(1 << 30))
            if found is None:
                self.stats.value_search_failures += 1
                why["no finite input values (eager)"] += 1
                if len(getattr(self.values, "crashes", [])) > crashes_before:
                    # eager itself crashed: make every op of this graph rarer from now on
                    self.stats.eager_crashes += 1
                    self.op_penalty.update(graph.ops())
                continue
            graph = found
            self._count(graph)
            self.stats.graphs += 1
            return graph
        tries = ", ".join(f"{n}x {what}" for what, n in why.most_common())
        raise GenerationError(
            f"could not generate graph {name!r} in {RETRIES} tries ({tries}): the op library, "
            f"restricted by the options and by what the backends lower, is too small for them"
        )

    def single(self, entry: SymbolicOp | ConcreteOp, name: str) -> Graph | None:
        """A one-node graph of `entry`, its tensors as inputs (for asking a backend whether
        it lowers the op; no value search). None if no valid call can be built."""
        state = State()
        try:
            if isinstance(entry, SymbolicOp):
                self.insert.symbolic(entry, self.shapes.solve(entry, state, {}), state, {})
            else:
                bound = {
                    path: state.add_placeholder(tuple(info["shape"]), info["dtype"])
                    for path, info in entry.tensors
                }
                self.insert.call(entry.op, entry.call, bound, state, expected=None)
        except (InsertionFailed, Unreplayable):
            return None
        state.secondary.clear()  # every tensor an input: nothing baked in as a weight
        return self._to_graph(state, name)

    def _grow(self) -> State:
        state = State()
        dtype, rank = self.rng.choice(self.start_keys)
        cap = min(self.config.dim_bounds[1], int(self.config.element_cap ** (1 / max(1, rank))))
        cap = max(1, cap)
        shape = tuple(self.shapes.extent(1, cap) for _ in range(rank))
        state.add_placeholder(shape, dtype)
        attempts = 0
        while len(state.nodes) < self.config.max_nodes and attempts < self.config.max_attempts:
            attempts += 1
            roll = self.rng.random()
            kind = (
                "forward"
                if roll < self.config.p_forward
                else "backward"
                if roll < self.config.p_forward + self.config.p_backward
                else "concrete"
            )
            self.stats.attempts[kind] += 1
            trial = state.clone()
            try:
                getattr(self, f"_{kind}")(trial)
            except (InsertionFailed, Unreplayable) as exc:
                reason = str(exc).split(":")[0][:40] or type(exc).__name__
                self.stats.failures[f"{kind}:{reason}"] += 1
                continue
            state = trial
            self.stats.successes[kind] += 1
        return state

    def _profile(self, graph: Graph) -> Graph:
        return profile_inputs(graph, self.rng, self.config.p_profile)

    def _count(self, graph: Graph) -> None:
        producer = {}
        for node in graph.nodes:
            self.op_counts[node.op] += 1
            for out in node.outputs:
                producer[out.name] = node.op
        for node in graph.nodes:
            for ref in node.input_names():
                if ref in producer:
                    self.pair_counts[(producer[ref], node.op)] += 1

    def _to_graph(self, state: State, name: str) -> Graph:
        inputs = []
        for p in state.placeholders:
            v = state.values[p]
            weight = (
                p in state.secondary
                and lab_dtypes.is_float(v.dtype)
                and self.rng.random() < self.config.p_weight
            )
            inputs.append(InputSpec(p, v.shape, v.dtype, kind="weight" if weight else "input"))
        if not any(s.kind == "input" for s in inputs):
            inputs[0] = InputSpec(inputs[0].name, inputs[0].shape, inputs[0].dtype)
        outputs = [
            n for n, v in state.values.items() if v.producer is not None and state.consumed[n] == 0
        ]
        return Graph(
            inputs=inputs,
            nodes=list(state.nodes),
            outputs=outputs,
            name=name,
            meta={"generator": "fuzz.gen", "nodes": len(state.nodes), "seed": self.seed},
        )

    # ---- choosing ------------------------------------------------------------------------------
    def _weight(self, op: str, producer: str | None) -> float:
        prior = priors.weight(op, self.lib.reach, self.config.internal_weight)
        return (
            prior
            * self.config.boost.get(opnames.base_name(op), 1.0)
            / (1 + self.op_counts[op])
            / (1 + self.pair_counts[(producer, op)] + PENALTY * self.pair_penalty[(producer, op)])
            / (1 + PENALTY * self.op_penalty[op])
        )

    def _pick(self, items: list[Any], weights: list[float], op: Callable[[Any], str]) -> Any:
        """One of `items` by weight. A penalized op is then kept only with probability
        1 / (1 + PENALTY * penalty): where it is the only op that fits, weights alone would
        not make it rarer, and the insertion is tried elsewhere instead."""
        item = self.rng.choices(items, weights=weights, k=1)[0]
        if self.rng.random() * (1 + PENALTY * self.op_penalty[op(item)]) >= 1:
            raise InsertionFailed("steered away from a known bug's op")
        return item

    # ---- forward ------------------------------------------------------------------------------
    def _forward(self, state: State) -> None:
        values = list(state.values.values())
        if self.config.prefer_large:  # grow on big tensors, not on the scalars reductions leave
            sizes = [math.sqrt(max(1, math.prod(v.shape))) for v in values]
            target = self.rng.choices(values, weights=sizes, k=1)[0]
        else:
            target = self.rng.choice(values)
        candidates = self.lib.by_input.get((target.dtype, len(target.shape)), [])
        if not candidates:
            raise InsertionFailed("no op takes this tensor")
        weights = [self._weight(s.op, target.producer) for s in candidates]
        sym = self._pick(candidates, weights, lambda s: s.op)
        bound = {sym.tensors[0].path: target.name}
        for slot in sym.tensors[1:]:
            same = [v for v in values if v.dtype == slot.dtype and len(v.shape) == len(slot.dims)]
            if same and self.rng.random() < self.config.p_reuse:
                bound[slot.path] = self.rng.choice(same).name
        env = self.shapes.solve(sym, state, bound)
        self.insert.symbolic(sym, env, state, bound)

    # ---- backward ------------------------------------------------------------------------------
    def _backward(self, state: State) -> None:
        free = [p for p in state.placeholders]
        if not free:
            raise InsertionFailed("no placeholder")
        target = state.values[self.rng.choice(free)]
        candidates = self.lib.by_output.get((target.dtype, len(target.shape)), [])
        if not candidates:
            raise InsertionFailed("no op produces this tensor")
        weights = [self._weight(s.op, None) for s, _ in candidates]
        sym, k = self._pick(candidates, weights, lambda pair: pair[0].op)
        env = self.shapes.solve(sym, state, {}, output=(k, target.shape))
        self.insert.symbolic(sym, env, state, {}, replace=(k, target.name))

    # ---- concrete -----------------------------------------------------------------------------
    def _concrete(self, state: State) -> None:
        values = list(state.values.values())
        self.rng.shuffle(values)
        for target in values[:6]:
            calls = self.lib.concrete_by_tensor.get((target.dtype, target.shape), [])
            if calls:
                break
        else:
            raise InsertionFailed("no recorded call matches")
        weights = [self._weight(c.op, target.producer) for c in calls]
        call = self._pick(calls, weights, lambda c: c.op)
        bound: dict[tuple, str] = {}
        for path, info in call.tensors:
            key = (info["dtype"], tuple(info["shape"]))
            if key == (target.dtype, target.shape) and target.name not in bound.values():
                bound[path] = target.name
            else:
                bound[path] = state.add_placeholder(tuple(info["shape"]), info["dtype"])
        self.insert.call(call.op, call.call, bound, state, expected=None)
