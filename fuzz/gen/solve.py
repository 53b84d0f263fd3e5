"""Solving one insertion: the dims and integer attributes of a symbolic op's call.

Random values for the free symbols are tried first, checked in Python; failing that, a
small z3 problem built from the op's rule plus the dims it is bound to (and, inserting
backward, the output shape it must produce). Each problem is local to one insertion, so
cost grows with the op, not the graph.
"""

from __future__ import annotations

import random
from typing import Any

import z3

from fuzz.gen.config import GenConfig
from fuzz.gen.library import SymbolicOp
from fuzz.gen.state import InsertionFailed, State
from fuzz.infer.rules import draw_dim, draw_int

#: z3's deterministic budget per insertion query (its resource units; ~0.5 s here)
Z3_RLIMIT = 2_000_000


class ShapeSolver:
    """Draws from `rng`, the generator's own, so a seed gives the same graphs."""

    def __init__(self, config: GenConfig, rng: random.Random) -> None:
        self.config = config
        self.rng = rng
        self._solvers: dict[int, tuple[z3.Solver, dict[str, Any]]] = {}
        # a context of its own: z3's answers can depend on every term the process ever made,
        # and a campaign resumed in a fresh process must draw the same graphs
        self.z3_ctx = z3.Context()

    def extent(self, lo: int, hi: int) -> int:
        return draw_dim(self.rng, lo, hi, self.config.p_edge_extent, self.config.log_dims)

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
                    env[name] = self.extent(lo, hi)
            if not rule.requires(env):
                continue
            try:
                shapes = rule.output_shape(env)
            except ZeroDivisionError:
                continue
            if all(d >= 1 for shape in shapes for d in shape):
                return env
        return None

    def solve(
        self,
        sym: SymbolicOp,
        state: State,
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
                value = self.extent(lo, hi) if dim else draw_int(self.rng, lo, max(lo, hi))
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
