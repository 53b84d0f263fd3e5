"""Inferring the rules of one overload: group its records into partial ops, synthesize each
one's shape rule and predicates, drop redundant predicates with z3, validate against torch.

`infer_op` runs inside a sandboxed worker (validation runs real kernels on new inputs, and
some crash); `fuzz.infer.library` drives it over the whole corpus.
"""

from __future__ import annotations

import time
import warnings
from dataclasses import dataclass
from typing import Any

import numpy as np
import z3

from compiler_lab.sandbox.calls import sandbox_call
from fuzz.infer import partial, synth
from fuzz.infer.check import validate_rule
from fuzz.infer.dsl import Const, Pred, Sym
from fuzz.infer.rules import INT_MARGIN, Rule

OP_BUDGET_S = 55.0
MAX_PARTIALS_PER_OP = 4
#: fresh samples for an op's main partial op (the most supported), and for the others
SAMPLES_MAIN, SAMPLES_OTHER = 200, 50
MAX_ROWS = 64
#: times validation's counterexamples are fed back to predicate synthesis
CEGIS_ROUNDS = 2


def _columns(rows: list[dict[str, int]], names: list[str]) -> dict[str, np.ndarray]:
    return {n: np.array([r[n] for r in rows], dtype=np.int64) for n in names}


def _dedup(rows: list[dict[str, int]], names: list[str]) -> list[dict[str, int]]:
    seen, out = set(), []
    for r in rows:
        key = tuple(r.get(n) for n in names)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _conservative(part: partial.PartialOp, rows: list[dict[str, int]]) -> list[Pred]:
    """Facts every valid call shared that the invalid calls did not show to matter:
    equal dims (or equal attributes, like a symmetric stride) stay equal, integer
    attributes that never varied stay fixed, divisibility by an attribute (groups) and
    product/sum relations between dims hold."""
    preds = []
    names = part.symbols
    for i, a in enumerate(names):
        va = [r[a] for r in rows]
        if part.slots[a].kind == "int" and len(set(va)) == 1:
            preds.append(Pred(synth.Bin("-", Sym(a), Const(va[0])), "=="))
            continue
        for b in names[i + 1 :]:
            if part.slots[a].kind == part.slots[b].kind and all(r[a] == r[b] for r in rows):
                preds.append(Pred(synth.Bin("-", Sym(a), Sym(b)), "=="))
    for a in names:
        for c in names:
            if a == c or part.slots[a].kind != "dim" or part.slots[c].kind != "int":
                continue
            if all(r[c] > 0 and r[a] % r[c] == 0 for r in rows) and any(r[c] > 1 for r in rows):
                preds.append(Pred(synth.Bin("%", Sym(a), Sym(c)), "=="))  # divisibility
    cols = _columns(rows, names)
    for expr, _vals in synth.relation_candidates(cols, len(rows), limit=8):
        if len({r[n] for r in rows for n in expr.symbols()}) > 1:
            preds.append(Pred(expr, "=="))
    return preds


def _drop_redundant(rule: Rule) -> None:
    """Remove predicates the others (and the domain) already imply."""
    env = rule.z3_vars()
    domain = []
    for name in rule.slots:
        lo, hi = rule.bounds(name)
        domain += [env[name] >= lo, env[name] <= hi]
    kept = list(rule.preds)
    for pred in list(kept):
        others = [p.z3(env) for p in kept if p is not pred]
        solver = z3.Solver()
        solver.set("timeout", 1000)
        solver.add(*domain, *others, z3.Not(pred.z3(env)))
        if solver.check() == z3.unsat:
            kept.remove(pred)
    rule.preds = kept


def infer_partial(
    part: partial.PartialOp, budget_s: float, samples: int = 200, negatives: int = 20
) -> Rule | None:
    names = part.symbols
    valid = _dedup(part.valid, names + part.targets)[:MAX_ROWS]
    invalid = _dedup(part.invalid, names)[:MAX_ROWS]
    if not valid:
        return None
    t0 = time.monotonic()
    shapes = synth.synthesize_shapes(
        _columns(valid, names), _columns(valid, part.targets), budget_s=budget_s * 0.5
    )
    if shapes.missing:
        return None
    exprs = [
        [shapes.exprs[f"o{k}_{d}"] for d in range(len(o["shape"]))]
        for k, o in enumerate(part.outputs)
    ]
    flat = [e for dims in exprs for e in dims]
    preds, unexplained = [], 0
    if invalid:
        preds, unexplained = synth.synthesize_predicates(
            _columns(valid, names), _columns(invalid, names), extra=flat, max_preds=10
        )
    preds += _conservative(part, valid)
    int_ranges = {}
    for n in names:
        if part.slots[n].kind == "int":
            vals = [r[n] for r in valid]
            # widen upwards only: values below the smallest seen (0, negatives) are where
            # integer attributes turn invalid, and few traces say so
            int_ranges[n] = (min(vals), max(vals) + INT_MARGIN * (min(vals) > 0))
    rule = Rule(
        op=part.op,
        key=part.key,
        template={"args": part.template["args"], "kwargs": part.template.get("kwargs", {})},
        slots={n: {"path": list(s.path), "kind": s.kind} for n, s in part.slots.items()},
        outputs=[{"rank": len(o["shape"]), "dtype": o["dtype"]} for o in part.outputs],
        output_exprs=exprs,
        preds=preds,
        int_ranges=int_ranges,
        support={
            "valid": len(part.valid),
            "invalid": len(part.invalid),
            "distinct_valid": len(valid),
            "unexplained_invalid": unexplained,
            "sources": sorted(part.sources),
        },
    )
    _drop_redundant(rule)
    # counterexample-guided: calls validation found invalid become invalid rows, and the
    # predicates are synthesized again, until the rule holds or the rounds run out
    for round_ in range(CEGIS_ROUNDS + 1):
        left = max(1.0, budget_s - (time.monotonic() - t0))
        rule.validation = validate_rule(rule, samples=samples, negatives=negatives, budget_s=left)
        bad = rule.validation.pop("counterexamples", [])
        if rule.validated or not bad or round_ == CEGIS_ROUNDS or left <= 2.0:
            break
        invalid = _dedup(invalid + [{n: e[n] for n in names} for e in bad], names)[:MAX_ROWS]
        preds, unexplained = synth.synthesize_predicates(
            _columns(valid, names), _columns(invalid, names), extra=flat, max_preds=10
        )
        rule.preds = preds + _conservative(part, valid)
        rule.support["unexplained_invalid"] = unexplained
        rule.support["counterexamples"] = rule.support.get("counterexamples", 0) + len(bad)
        _drop_redundant(rule)
    return rule


@dataclass(frozen=True)
class InferOp:
    """One overload's trace records (JSON), its time budget, and how many of its partial ops
    (the most supported first) get a rule."""

    op: str
    records: list[dict[str, Any]]
    budget_s: float = OP_BUDGET_S
    max_partials: int = MAX_PARTIALS_PER_OP


@dataclass(frozen=True)
class Inferred:
    """The overload's rules (JSON; a partial op that failed is `{op, key, error}`), how many
    partial ops it had, and the seconds it took. Saved as is, one file per op."""

    op: str
    rules: list[dict[str, Any]]
    partials: int
    seconds: float


@sandbox_call(InferOp, Inferred)
def infer_op(req: InferOp) -> Inferred:
    """Rules for one overload from its records (the sandbox's `call` entry point)."""
    warnings.filterwarnings("ignore")
    t0 = time.monotonic()
    parts = partial.group(req.records)
    parts.sort(key=lambda p: -len(p.valid))
    parts = parts[: req.max_partials]
    rules = []
    for i, part in enumerate(parts):
        left = req.budget_s - (time.monotonic() - t0)
        if left <= 1:
            break
        share = left / (len(parts) - i)
        try:
            rule = infer_partial(part, share, SAMPLES_MAIN if i == 0 else SAMPLES_OTHER)
        except Exception as exc:  # one partial op's failure must not lose the others
            rules.append({"op": req.op, "key": part.key, "error": f"{type(exc).__name__}: {exc}"})
            continue
        if rule is not None:
            rules.append(rule.to_json())
    return Inferred(req.op, rules, len(parts), round(time.monotonic() - t0, 3))
