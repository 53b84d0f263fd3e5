"""The hybrid graph generator.

A graph grows one operator at a time:
  forward   an op consumes tensors already in the graph (its other inputs are new
            placeholders); its dims and integer attributes come from a small z3 problem
            built from the op's rule plus the dims it is bound to;
  backward  a placeholder becomes an op's output: z3 solves for inputs that produce
            exactly its shape, and the op's inputs become new placeholders;
  concrete  a recorded valid call whose input shapes match a tensor in the graph is
            replayed as is (for ops without a validated rule).
Each z3 problem is local to one insertion, so cost grows with the op, not the graph.
Ops and (producer, consumer) pairs seen least so far are favoured. Every insertion is
checked on fake tensors (torch's meta kernels) before it is kept.
"""

from __future__ import annotations

import dataclasses
import math
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import torch
import z3
from torch._subclasses.fake_tensor import FakeTensorMode

from compiler_lab import args as argcodec
from compiler_lab import dtypes as lab_dtypes
from compiler_lab import ops as lab_ops
from compiler_lab.args import Ref
from compiler_lab.errors import GraphError
from compiler_lab.graph import Graph, InputSpec, Node, TensorSpec
from compiler_lab.validate import quiet_fake_tensor_log, validate_graph
from fuzz.gen.library import ConcreteOp, OpLibrary, SymbolicOp
from fuzz.infer.rules import (
    DIM_BOUNDS,
    ELEMENT_CAP,
    P_EDGE_EXTENT,
    P_UNIT_DIM,
    draw_dim,
    draw_int,
)
from fuzz.traces.replay import Unreplayable, decode
from fuzz.values.search import find_ranges, index_ranges

ALL_DTYPES = (
    "float32",
    "float16",
    "bfloat16",
    "float64",
    "int8",
    "uint8",
    "int16",
    "int32",
    "int64",
    "bool",
)
#: dtypes `--dtypes` also takes: torch has few CPU kernels for them (no add, no compare)
EXTRA_DTYPES = ("uint16", "uint32")
#: z3's deterministic budget per insertion query (its resource units; ~0.5 s here)
Z3_RLIMIT = 2_000_000
#: how much rarer one penalty (a known bug at the op, or eager crashing on it) makes an op
PENALTY = 8
#: value ranges by class, and the patterns laid over values (compiler_lab.values)
INT_RANGES = {"mixed": None, "positive": (1, 100), "negative": (-100, -1)}
FLOAT_RANGES = {"mixed": None, "positive": (0.5, 2.0), "tiny": (-1e-6, 1e-6), "huge": (-1e6, 1e6)}
INT_PATTERNS = (None, None, "zeros", "limits", "constant")
FLOAT_PATTERNS = (None, None, None, "zeros", "special", "constant")
#: ops whose results are defined on ±inf and NaN (IEEE): only graphs of these get `special`
SPECIAL_SAFE = frozenset(
    "abs neg relu add sub mul maximum minimum fmax fmin clamp clamp_min clamp_max where "  # noqa: SIM905
    "isnan isinf isfinite isposinf isneginf nan_to_num eq ne lt le gt ge sign signbit "
    "floor ceil round trunc copysign amax amin max min sum cat stack view reshape permute "
    "transpose t expand slice select squeeze unsqueeze flatten clone _to_copy exp sigmoid "
    "tanh logical_not logical_and logical_or".split()
)


@dataclass
class GenConfig:
    max_nodes: int = 10
    dtypes: tuple[str, ...] = ALL_DTYPES
    #: the domain (fuzz.infer.rules): validated rules hold on it; a wider one (the cost
    #: profile's) relies on the fake-tensor check at insertion
    element_cap: int = ELEMENT_CAP
    dim_bounds: tuple[int, int] = DIM_BOUNDS
    p_forward: float = 0.6
    p_backward: float = 0.2  # the rest is concrete insertion
    p_unit_dim: float = P_UNIT_DIM  # pin a free dim to 1 (edge value)
    p_edge_extent: float = P_EDGE_EXTENT  # draw a free dim from EDGE_EXTENTS
    log_dims: bool = False  # dims log-uniform over dim_bounds (the cost profile)
    prefer_large: bool = False  # forward insertion favours large tensors (the cost profile)
    p_reuse: float = 0.5  # bind a further tensor argument to an existing value
    p_weight: float = 0.4  # a float placeholder consumed as a non-first argument -> weight
    p_profile: float = 0.6  # give an input a value class or pattern other than the default
    #: op base name -> how much more often to draw it (generation profiles)
    boost: dict[str, float] = field(default_factory=dict)
    max_attempts: int = 40  # insertion attempts per graph before giving up on more nodes


@dataclass
class _Value:
    name: str
    shape: tuple[int, ...]
    dtype: str
    producer: str | None  # op name, None for placeholders


@dataclass
class _State:
    values: dict[str, _Value] = field(default_factory=dict)
    placeholders: list[str] = field(default_factory=list)
    nodes: list[Node] = field(default_factory=list)
    consumed: Counter = field(default_factory=Counter)
    secondary: set[str] = field(default_factory=set)  # used as a non-first tensor argument
    counter: int = 0

    def clone(self) -> _State:
        """A copy to try an insertion on; values and nodes themselves are never mutated."""
        return _State(
            dict(self.values),
            list(self.placeholders),
            list(self.nodes),
            Counter(self.consumed),
            set(self.secondary),
            self.counter,
        )

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def add_placeholder(self, shape: tuple[int, ...], dtype: str) -> str:
        name = self.fresh("x")
        self.values[name] = _Value(name, shape, dtype, None)
        self.placeholders.append(name)
        return name


class InsertionFailed(Exception):
    pass


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
        self.fake = FakeTensorMode(allow_non_fake_inputs=True)
        self._solvers: dict[int, tuple[z3.Solver, dict[str, Any]]] = {}
        # a context of its own: z3's answers can depend on every term the process ever made,
        # and a campaign resumed in a fresh process must draw the same graphs
        self.z3_ctx = z3.Context()
        wanted = set(self.config.dtypes)
        self.start_keys = sorted(k for k in library.by_input if k[0] in wanted)
        if not self.start_keys:
            raise ValueError(f"no ops in the library take {', '.join(self.config.dtypes)}")

    # ---- graph level -------------------------------------------------------------------------
    def generate(self, name: str) -> Graph:
        """One graph; retries until one passes validation (raises after many failures)."""
        for _ in range(20):
            state = self._grow()
            if not state.nodes:
                continue
            graph = self._to_graph(state, name)
            try:
                # structure only: every node's shapes were checked on fake tensors when it
                # was inserted, and a second fake pass would double the generator's cost
                validate_graph(graph, check_shapes=False)
            except GraphError:
                self.stats.failures["graph-validate"] += 1
                continue
            crashes_before = len(getattr(self.values, "crashes", []))
            graph = self._profile(graph)
            found = self.values(graph, self.rng.randrange(1 << 30))
            if found is None:
                self.stats.value_search_failures += 1
                if len(getattr(self.values, "crashes", [])) > crashes_before:
                    # eager itself crashed: make every op of this graph rarer from now on
                    self.stats.eager_crashes += 1
                    self.op_penalty.update(graph.ops())
                continue
            graph = found
            self._count(graph)
            self.stats.graphs += 1
            return graph
        raise RuntimeError("could not generate a valid graph (library too small for options?)")

    def single(self, entry: SymbolicOp | ConcreteOp, name: str) -> Graph | None:
        """A one-node graph of `entry`, its tensors as inputs (for asking a backend whether
        it lowers the op; no value search). None if no valid call can be built."""
        state = _State()
        try:
            if isinstance(entry, SymbolicOp):
                self._insert_symbolic(entry, self._solve(entry, state, {}), state, {})
            else:
                bound = {
                    path: state.add_placeholder(tuple(info["shape"]), info["dtype"])
                    for path, info in entry.tensors
                }
                self._insert_call(entry.op, entry.call, bound, state, expected=None)
        except (InsertionFailed, Unreplayable):
            return None
        state.secondary.clear()  # every tensor an input: nothing baked in as a weight
        return self._to_graph(state, name)

    def _grow(self) -> _State:
        state = _State()
        dtype, rank = self.rng.choice(self.start_keys)
        cap = min(self.config.dim_bounds[1], int(self.config.element_cap ** (1 / max(1, rank))))
        cap = max(1, cap)
        shape = tuple(self._extent(1, cap) for _ in range(rank))
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

    def _extent(self, lo: int, hi: int) -> int:
        return draw_dim(self.rng, lo, hi, self.config.p_edge_extent, self.config.log_dims)

    def _profile(self, graph: Graph) -> Graph:
        """Give inputs value classes (ranges) and patterns, drawn from the seed. Index-like
        inputs keep theirs (the value search bounds them by the dims they index), and
        ±inf/NaN go only into graphs of ops defined on them."""
        indexed = {s.name for s in index_ranges(graph).inputs if s.range is not None}
        special_ok = all(lab_ops.base_name(op) in SPECIAL_SAFE for op in graph.ops())
        inputs = []
        for s in graph.inputs:
            if s.name in indexed or self.rng.random() >= self.config.p_profile:
                inputs.append(s)
                continue
            if s.dtype == "bool":
                inputs.append(dataclasses.replace(s, pattern=self.rng.choice((None, "constant"))))
                continue
            floating = lab_dtypes.is_float(s.dtype) or lab_dtypes.is_complex(s.dtype)
            ranges = FLOAT_RANGES if floating else INT_RANGES
            patterns = FLOAT_PATTERNS if floating else INT_PATTERNS
            pattern = self.rng.choice([p for p in patterns if p != "special" or special_ok])
            classes = [c for c in sorted(ranges) if c != "negative" or "uint" not in s.dtype]
            rng = ranges[self.rng.choice(classes)]
            inputs.append(dataclasses.replace(s, range=rng, pattern=pattern))
        return dataclasses.replace(graph, inputs=inputs)

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

    def _to_graph(self, state: _State, name: str) -> Graph:
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
        return (
            self.config.boost.get(lab_ops.base_name(op), 1.0)
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
    def _forward(self, state: _State) -> None:
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
        env = self._solve(sym, state, bound)
        self._insert_symbolic(sym, env, state, bound)

    # ---- backward ------------------------------------------------------------------------------
    def _backward(self, state: _State) -> None:
        free = [p for p in state.placeholders]
        if not free:
            raise InsertionFailed("no placeholder")
        target = state.values[self.rng.choice(free)]
        candidates = self.lib.by_output.get((target.dtype, len(target.shape)), [])
        if not candidates:
            raise InsertionFailed("no op produces this tensor")
        weights = [self._weight(s.op, None) for s, _ in candidates]
        sym, k = self._pick(candidates, weights, lambda pair: pair[0].op)
        env = self._solve(sym, state, {}, output=(k, target.shape))
        self._insert_symbolic(sym, env, state, {}, replace=(k, target.name))

    # ---- concrete -----------------------------------------------------------------------------
    def _concrete(self, state: _State) -> None:
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
        self._insert_call(call.op, call.call, bound, state, expected=None)

    # ---- solving -----------------------------------------------------------------------------
    def _solver(self, sym: SymbolicOp) -> tuple[z3.Solver, dict[str, Any]]:
        """One solver per rule holding its constraints; insertions push and pop on it."""
        cached = self._solvers.get(id(sym))
        if cached is None:
            env = sym.rule.z3_vars(ctx=self.z3_ctx)
            solver = z3.Solver(ctx=self.z3_ctx)
            # a resource budget, not a wall-clock timeout: the same query gives the same
            # answer however loaded the machine is, so a seed gives the same graphs
            solver.set("rlimit", Z3_RLIMIT)
            solver.set("random_seed", 0)
            solver.add(*sym.rule.z3_constraints(env, dims=self.config.dim_bounds))
            cached = self._solvers[id(sym)] = (solver, env)
        return cached

    def _try_random(
        self,
        sym: SymbolicOp,
        fixed: dict[str, int],
        caps: dict[str, int],
        output: tuple[int, tuple[int, ...]] | None,
    ) -> dict[str, int] | None:
        """Cheap path: random values for the free symbols, checked in Python."""
        rule = sym.rule
        if output is not None:
            return None
        for _ in range(8):
            env = dict(fixed)
            for name in rule.slots:
                if name in env:
                    continue
                lo, hi = rule.bounds(name, self.config.dim_bounds)
                hi = min(hi, caps.get(name, hi))
                if rule.slots[name]["kind"] != "dim":
                    env[name] = draw_int(self.rng, lo, max(lo, hi))
                elif self.rng.random() < self.config.p_unit_dim:
                    env[name] = 1
                else:
                    env[name] = self._extent(lo, hi)
            if not rule.requires(env):
                continue
            try:
                shapes = rule.output_shape(env)
            except ZeroDivisionError:
                continue
            if all(d >= 1 for shape in shapes for d in shape):
                return env
        return None

    def _solve(
        self,
        sym: SymbolicOp,
        state: _State,
        bound: dict[tuple, str],
        output: tuple[int, tuple[int, ...]] | None = None,
    ) -> dict[str, int]:
        rule = sym.rule
        fixed: dict[str, int] = {}
        caps: dict[str, int] = {}
        for slot in sym.tensors:
            if slot.path in bound:
                shape = state.values[bound[slot.path]].shape
                fixed.update(zip(slot.dims, shape, strict=True))
            else:
                per_dim = max(1, int(self.config.element_cap ** (1 / max(1, len(slot.dims)))))
                caps.update(dict.fromkeys(slot.dims, per_dim))
        quick = self._try_random(sym, fixed, caps, output)
        if quick is not None:
            return quick
        solver, env = self._solver(sym)
        base = [env[n] == v for n, v in fixed.items()]
        base += [env[n] <= c for n, c in caps.items() if n not in fixed]
        if output is not None:
            k, shape = output
            base += [e.z3(env) == v for e, v in zip(rule.output_exprs[k], shape, strict=True)]
        pins = []
        for name in env:
            if name in fixed:
                continue
            dim = rule.slots[name]["kind"] == "dim"
            if dim and self.rng.random() < self.config.p_unit_dim:
                pins.append(env[name] == 1)
            elif self.rng.random() < 0.5:
                lo, hi = rule.bounds(name, self.config.dim_bounds)
                hi = min(hi, caps.get(name, hi))
                value = self._extent(lo, hi) if dim else draw_int(self.rng, lo, max(lo, hi))
                pins.append(env[name] == value)
        for attempt in (pins, pins[: len(pins) // 2], []):
            solver.push()
            solver.add(*base, *attempt)
            if solver.check() == z3.sat:
                model = solver.model()
                result = {n: model.eval(v, model_completion=True).as_long() for n, v in env.items()}
                solver.pop()
                return result
            solver.pop()
        raise InsertionFailed("unsat")

    # ---- building ------------------------------------------------------------------------------
    def _insert_symbolic(
        self,
        sym: SymbolicOp,
        env: dict[str, int],
        state: _State,
        bound: dict[tuple, str],
        replace: tuple[int, str] | None = None,
    ) -> None:
        call = sym.rule.instantiate(env)
        refs = dict(bound)
        for slot in sym.tensors:
            if slot.path not in refs:
                shape = tuple(env[d] for d in slot.dims)
                refs[slot.path] = state.add_placeholder(shape, slot.dtype)
        expected = sym.rule.output_shape(env)
        for shape in expected:
            if math.prod(shape) > self.config.element_cap or any(d < 1 for d in shape):
                raise InsertionFailed("output too large or empty")
        self._insert_call(sym.op, call, refs, state, expected, replace)

    def _insert_call(
        self,
        op_name: str,
        call: dict[str, Any],
        refs: dict[tuple, str],
        state: _State,
        expected: list[list[int]] | None,
        replace: tuple[int, str] | None = None,
    ) -> None:
        gen = torch.Generator().manual_seed(0)
        args = _to_graph_args(call["args"], ("args",), refs, gen)
        kwargs = {
            k: _to_graph_args(v, ("kwargs", k), refs, gen)
            for k, v in call.get("kwargs", {}).items()
        }
        op = lab_ops.resolve(op_name)
        fake_env = {}
        with self.fake, quiet_fake_tensor_log():
            for name in set(refs.values()):
                v = state.values[name]
                fake_env[name] = torch.empty(v.shape, dtype=lab_dtypes.to_torch(v.dtype))
            try:
                result = op(
                    *argcodec.substitute(args, fake_env.__getitem__),
                    **argcodec.substitute(kwargs, fake_env.__getitem__),
                )
            except Exception as exc:
                raise InsertionFailed(f"torch rejects: {exc}") from None
        outs = [result] if isinstance(result, torch.Tensor) else list(result)
        if not outs or not all(isinstance(t, torch.Tensor) for t in outs):
            raise InsertionFailed("non-tensor output")
        shapes = [list(t.shape) for t in outs]
        if expected is not None and shapes != expected:
            raise InsertionFailed(f"rule predicted {expected}, torch says {shapes}")
        if any(math.prod(s) > self.config.element_cap or 0 in s for s in shapes):
            raise InsertionFailed("output too large or empty")
        try:
            out_dtypes = [lab_dtypes.name_of(t.dtype) for t in outs]
        except ValueError as exc:
            raise InsertionFailed(str(exc)) from None
        node_id = state.fresh("n")
        specs = []
        for k, (shape, dtype) in enumerate(zip(shapes, out_dtypes, strict=True)):
            if replace is not None and replace[0] == k:
                name = replace[1]
                old = state.values[name]
                if tuple(shape) != old.shape or dtype != old.dtype:
                    raise InsertionFailed("backward insertion changed the placeholder")
                state.placeholders.remove(name)
            else:
                name = state.fresh("v")
            state.values[name] = _Value(name, tuple(shape), dtype, op_name)
            specs.append(TensorSpec(name, tuple(shape), dtype))
        first = refs.get(min(refs, key=_path_order)) if refs else None
        for name in refs.values():
            state.consumed[name] += 1
            if name != first:
                state.secondary.add(name)
        node = Node(node_id, op_name, args, kwargs, specs)
        if replace is not None:
            state.nodes.insert(0, node)
        else:
            state.nodes.append(node)


def _path_order(path: tuple) -> tuple:
    return tuple((0, p) if isinstance(p, int) else (1, str(p)) for p in path)


def _to_graph_args(obj: Any, path: tuple, refs: dict[tuple, str], gen: torch.Generator) -> Any:
    """Encoded call arguments → graph arguments: tensors become Refs, the rest decode."""
    if path in refs:
        return Ref(refs[path])
    if isinstance(obj, dict) and "T" in obj:
        raise InsertionFailed(f"unbound tensor at {path}")
    if isinstance(obj, list):
        return [_to_graph_args(v, (*path, i), refs, gen) for i, v in enumerate(obj)]
    return decode(obj, gen)
