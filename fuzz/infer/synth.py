"""Inductive synthesis of shape rules and input predicates from observed calls.

Shape rules: bottom-up enumeration with observational-equivalence (OE) pruning. Expressions
are built by size from symbols and small constants; an expression is kept only if its value
vector over the records is new, so the bank holds one (the smallest) expression per
behaviour. Larger sizes are searched goal-directed (compare against the target, store
nothing). Known templates come first: conv/pool and transposed-conv arithmetic, which are
too large for plain enumeration.

Predicates: atoms `e {==, >, >=} 0` over small expressions (and the synthesized output
formulas) that hold on every valid call, chosen greedily to reject the invalid calls.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from fuzz.infer.dsl import OPERATORS, Bin, Call, Const, Expr, Pred, Sym

CONSTS = (0, 1, 2, 3)
COMMUTATIVE = ("+", "*", "min", "max")
OPS = tuple(OPERATORS)


def _apply(op: str, a: np.ndarray, b: np.ndarray) -> np.ndarray | None:
    """Elementwise op; None where undefined (a zero divisor anywhere)."""
    spec = OPERATORS[op]
    if spec.divides and np.any(b == 0):
        return None
    return spec.concrete(a, b)


def _make(op: str, a: Expr, b: Expr) -> Expr:
    return Call(op, (a, b)) if op in ("min", "max") else Bin(op, a, b)


class Bank:
    """Expressions up to size 3 over a set of rows, one per distinct value vector."""

    def __init__(self, columns: dict[str, np.ndarray], consts: tuple[int, ...] = CONSTS) -> None:
        self.rows = len(next(iter(columns.values()))) if columns else 0
        self.seen: dict[bytes, Expr] = {}
        self.levels: dict[int, list[tuple[Expr, np.ndarray]]] = {1: [], 3: []}
        for name, col in columns.items():
            self._add(1, Sym(name), col.astype(np.int64))
        for c in consts:
            self._add(1, Const(c), np.full(self.rows, c, dtype=np.int64))
        level1 = self.levels[1]
        for i, (e1, v1) in enumerate(level1):
            for j, (e2, v2) in enumerate(level1):
                for op in OPS:
                    if op in COMMUTATIVE and j < i:
                        continue
                    v = _apply(op, v1, v2)
                    if v is not None:
                        self._add(3, _make(op, e1, e2), v)

    def _add(self, size: int, expr: Expr, values: np.ndarray) -> None:
        key = values.tobytes()
        if key not in self.seen:
            self.seen[key] = expr
            self.levels[size].append((expr, values))

    def find(self, target: np.ndarray) -> Expr | None:
        return self.seen.get(target.astype(np.int64).tobytes())

    def matrix(self, size: int) -> tuple[list[Expr], np.ndarray]:
        items = self.levels[size]
        if not items:
            return [], np.zeros((0, self.rows), dtype=np.int64)
        return [e for e, _ in items], np.stack([v for _, v in items])


def _search_combination(
    left: list[tuple[Expr, np.ndarray]],
    right: tuple[list[Expr], np.ndarray],
    target: np.ndarray,
    deadline: float,
) -> Expr | None:
    """Goal-directed: some op(l, r) equal to target, with l from `left`, r from `right`."""
    exprs_r, mat_r = right
    if not len(exprs_r):
        return None
    for e1, v1 in left:
        if time.monotonic() > deadline:
            return None
        for op in OPS:
            if op in ("//", "%"):
                ok = ~np.any(mat_r == 0, axis=1)
                with np.errstate(divide="ignore", invalid="ignore"):
                    safe = np.where(mat_r == 0, 1, mat_r)
                    vals = v1 // safe if op == "//" else v1 % safe
                hits = np.nonzero(ok & np.all(vals == target, axis=1))[0]
            else:
                vals = _apply(op, v1[None, :], mat_r)
                hits = np.nonzero(np.all(vals == target, axis=1))[0]
            if len(hits):
                return _make(op, e1, exprs_r[hits[0]])
    return None


def _dim_index(name: str) -> int:
    tail = name.rsplit("_", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def _conv_templates(
    columns: dict[str, np.ndarray], target: np.ndarray, target_name: str, deadline: float
) -> Expr | None:
    """Convolution / pooling arithmetic (ceil and transposed variants too), vectorized over
    every choice of stride, padding and dilation for each (input dim, kernel) pair. Input
    dims at the target's position are tried first, and the plain (floor) form before the
    others, since sparse data can fit several."""
    want = _dim_index(target_name)
    dims = sorted(
        (n for n in columns if n.startswith("a")), key=lambda n: (abs(_dim_index(n) - want), n)
    )
    ints = [n for n in columns if n.startswith("i")]
    rows = len(target)
    small: list[Expr] = [Const(0), Const(1)] + [Sym(n) for n in ints]
    kernels = [Sym(n) for n in dims + ints]

    def val(e: Expr) -> np.ndarray:
        if isinstance(e, Const):
            return np.full(rows, e.value, dtype=np.int64)
        return columns[e.name].astype(np.int64)

    sm = np.stack([val(e) for e in small])  # (n, rows)
    positive = np.all(sm > 0, axis=1)
    S, P, D = sm[:, None, None, :], sm[None, :, None, :], sm[None, None, :, :]
    one = Const(1)
    for form in ("floor", "ceil", "transposed"):
        for x in dims:
            xv = columns[x].astype(np.int64)
            for k in kernels:
                if time.monotonic() > deadline:
                    return None
                kv = val(k)
                safe_s = np.where(S == 0, 1, S)
                if form == "transposed":
                    values = (xv - 1) * S - 2 * P + D * (kv - 1) + 1
                    hit = np.all(values == target, axis=-1)
                else:
                    span = xv + 2 * P - D * (kv - 1) - 1  # (1, n, n, rows)
                    if form == "ceil":
                        span = span + safe_s - 1
                    hit = np.all(span // safe_s + 1 == target, axis=-1)
                    hit &= positive[:, None, None] & positive[None, None, :]
                found = np.argwhere(hit)
                if not len(found):
                    continue
                si, pi, di = found[0]
                s_, p_, d_ = small[si], small[pi], small[di]
                if form == "transposed":
                    e = Bin("-", Bin("*", Bin("-", Sym(x), one), s_), Bin("*", Const(2), p_))
                    e = Bin("+", e, Bin("*", d_, Bin("-", k, one)))
                    return Bin("+", e, one)
                num = _conv_numerator(Sym(x), p_, d_, k)
                if form == "ceil":
                    num = Bin("+", num, Bin("-", s_, one))
                return Bin("+", Bin("//", num, s_), one)
    return None


def _conv_numerator(x: Expr, p: Expr, d: Expr, k: Expr) -> Expr:
    one = Const(1)
    e = Bin("+", x, Bin("*", Const(2), p))
    return Bin("-", Bin("-", e, Bin("*", d, Bin("-", k, one))), one)


@dataclass
class ShapeResult:
    exprs: dict[str, Expr]
    missing: list[str]


def synthesize_shapes(
    columns: dict[str, np.ndarray], targets: dict[str, np.ndarray], budget_s: float = 10.0
) -> ShapeResult:
    """An expression per target column that matches every row, smallest first."""
    deadline = time.monotonic() + budget_s
    bank = Bank(columns)
    found: dict[str, Expr] = {}
    missing: list[str] = []
    level1 = bank.levels[1]
    mat1 = bank.matrix(1)
    mat3 = bank.matrix(3)
    for name, target in targets.items():
        target = target.astype(np.int64)
        expr = bank.find(target)
        if expr is None and columns:
            expr = _conv_templates(columns, target, name, deadline)
        if expr is None:
            expr = _search_combination(level1, mat3, target, deadline)  # size 5
        if expr is None:
            expr = _search_combination(bank.levels[3], mat1, target, deadline)  # size 5
        if expr is None:
            expr = _search_combination(bank.levels[3], mat3, target, deadline)  # size 7
        if expr is None:
            missing.append(name)
        else:
            found[name] = expr
    return ShapeResult(found, missing)


def synthesize_predicates(
    valid: dict[str, np.ndarray],
    invalid: dict[str, np.ndarray],
    extra: list[Expr] | None = None,
    max_preds: int = 6,
) -> tuple[list[Pred], int]:
    """Predicates true on every valid row that together reject as many invalid rows as
    possible. Returns (predicates, invalid rows left unexplained)."""
    n_valid = len(next(iter(valid.values()))) if valid else 0
    n_invalid = len(next(iter(invalid.values()))) if invalid else 0
    if not valid or n_invalid == 0:
        return [], 0
    columns = {k: np.concatenate([valid[k], invalid[k]]) for k in valid}
    bank = Bank(columns, consts=(0, 1, 2))
    candidates: list[tuple[Expr, np.ndarray]] = bank.levels[1] + bank.levels[3]
    for e in extra or []:
        try:
            env = {k: v for k, v in columns.items()}
            candidates.append((e, _eval_vec(e, env)))
        except (ZeroDivisionError, KeyError):
            continue
    candidates += relation_candidates(columns, n_valid)
    atoms: list[tuple[Pred, np.ndarray]] = []
    for expr, vals in candidates:
        if not expr.symbols():
            continue
        v_ok, v_bad = vals[:n_valid], vals[n_valid:]
        for cmp, holds in (("==", v_ok == 0), (">", v_ok > 0), (">=", v_ok >= 0)):
            if not np.all(holds):
                continue
            bad = v_bad == 0 if cmp == "==" else v_bad > 0 if cmp == ">" else v_bad >= 0
            rejects = ~bad
            if rejects.any():
                atoms.append((Pred(expr, cmp), rejects))
    chosen: list[Pred] = []
    covered = np.zeros(n_invalid, dtype=bool)
    while len(chosen) < max_preds:
        best, best_gain = None, 0
        for pred, rejects in atoms:
            gain = int((rejects & ~covered).sum())
            if gain > best_gain or (
                gain == best_gain
                and best is not None
                and gain > 0
                and pred.expr.size < best[0].expr.size
            ):
                best, best_gain = (pred, rejects), gain
        if best is None or best_gain == 0:
            break
        chosen.append(best[0])
        covered |= best[1]
    return chosen, int((~covered).sum())


def relation_candidates(
    columns: dict[str, np.ndarray], n_valid: int, limit: int = 64
) -> list[tuple[Expr, np.ndarray]]:
    """`a - b * c` and `a - b - c` (a, b dims) that are zero on every valid row: the
    channel/group and concatenation relations that size-3 expressions cannot state."""
    dims = [n for n in columns if n.startswith("a")]
    names = list(columns)
    out: list[tuple[Expr, np.ndarray]] = []
    for a in dims:
        av = columns[a]
        for b in dims:
            if b == a:
                continue
            bv = columns[b]
            for c in names:
                if c in (a, b):
                    continue
                cv = columns[c]
                for op in ("*", "+"):
                    vals = av - (bv * cv if op == "*" else bv + cv)
                    if not np.any(vals[:n_valid]) and len(out) < limit:
                        out.append((Bin("-", Sym(a), Bin(op, Sym(b), Sym(c))), vals))
    return out


def _eval_vec(expr: Expr, columns: dict[str, np.ndarray]) -> np.ndarray:
    n = len(next(iter(columns.values())))
    out = np.empty(n, dtype=np.int64)
    for i in range(n):
        out[i] = expr.eval({k: int(v[i]) for k, v in columns.items()})
    return out
