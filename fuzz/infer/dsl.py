"""The rule DSL: integer expressions over symbols, and predicates `expr {==, >, >=} 0`.

Printed form (also the parse form)::

    (s0_2 + (2 * i3) - (i5 * (s1_2 - 1)) - 1) // i4 + 1
    max(s0_0, s1_0)
    s0_1 - s1_0 == 0

Operators: + - * // % min max, integer constants, symbols (`[A-Za-z_]\\w*`). `//` and `%`
floor like Python; division by zero makes an expression undefined (evaluation raises
ZeroDivisionError; under z3 the divisor is constrained non-zero where it is used).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np
import z3

FUNCS = ("min", "max")
CMPS = ("==", ">", ">=")


class Expr:
    """Base of the expression tree; nodes are immutable and hashable."""

    def eval(self, env: dict[str, int]) -> int:
        raise NotImplementedError

    def z3(self, env: dict[str, Any]) -> Any:
        raise NotImplementedError

    @cached_property
    def size(self) -> int:
        return 1 + sum(c.size for c in self.children())

    def children(self) -> tuple[Expr, ...]:
        return ()

    def symbols(self) -> set[str]:
        out: set[str] = set()
        for c in self.children():
            out |= c.symbols()
        return out

    def divisors(self) -> list[Expr]:
        """Sub-expressions used as divisors (must be non-zero)."""
        out: list[Expr] = []
        for c in self.children():
            out += c.divisors()
        return out

    def __str__(self) -> str:
        return self.render(0)

    def render(self, parent_prec: int) -> str:
        raise NotImplementedError


@dataclass(frozen=True, eq=True)
class Const(Expr):
    value: int

    def eval(self, env: dict[str, int]) -> int:
        return self.value

    def z3(self, env: dict[str, Any]) -> Any:
        # in the context of the symbols it is combined with (a generator's own context)
        ctx = next(iter(env.values())).ctx if env else None
        return z3.IntVal(self.value, ctx)

    def render(self, parent_prec: int) -> str:
        return str(self.value) if self.value >= 0 or parent_prec == 0 else f"({self.value})"


@dataclass(frozen=True, eq=True)
class Sym(Expr):
    name: str

    def eval(self, env: dict[str, int]) -> int:
        return env[self.name]

    def z3(self, env: dict[str, Any]) -> Any:
        return env[self.name]

    def symbols(self) -> set[str]:
        return {self.name}

    def render(self, parent_prec: int) -> str:
        return self.name


_PREC = {"+": 1, "-": 1, "*": 2, "//": 2, "%": 2}


def _floordiv_z3(a: Any, b: Any) -> Any:
    # z3's integer division is Euclidean; Python floors. They agree when b > 0 and differ
    # for negative divisors, so express floor division explicitly.
    q = a / b
    return z3.If(z3.And(b < 0, q * b != a), q - 1, q)


def _mod_z3(a: Any, b: Any) -> Any:
    return a - b * _floordiv_z3(a, b)


def _min(a: Any, b: Any) -> Any:
    return np.minimum(a, b) if isinstance(a, np.ndarray) else min(a, b)


def _max(a: Any, b: Any) -> Any:
    return np.maximum(a, b) if isinstance(a, np.ndarray) else max(a, b)


@dataclass(frozen=True)
class Operator:
    """One operator of the DSL, defined once: on integers and on numpy integer arrays alike
    (`concrete`, Python's flooring `//` and `%`), and on z3 terms (`symbolic`)."""

    concrete: Callable[[Any, Any], Any]
    symbolic: Callable[[Any, Any], Any]
    #: its right operand divides: the expression is undefined where that operand is 0
    divides: bool = False


OPERATORS: dict[str, Operator] = {
    "+": Operator(operator.add, operator.add),
    "-": Operator(operator.sub, operator.sub),
    "*": Operator(operator.mul, operator.mul),
    "//": Operator(operator.floordiv, _floordiv_z3, divides=True),
    "%": Operator(operator.mod, _mod_z3, divides=True),
    "min": Operator(_min, lambda a, b: z3.If(a <= b, a, b)),
    "max": Operator(_max, lambda a, b: z3.If(a >= b, a, b)),
}


@dataclass(frozen=True, eq=True)
class Bin(Expr):
    op: str
    left: Expr
    right: Expr

    def children(self) -> tuple[Expr, ...]:
        return (self.left, self.right)

    def eval(self, env: dict[str, int]) -> int:
        return OPERATORS[self.op].concrete(self.left.eval(env), self.right.eval(env))

    def z3(self, env: dict[str, Any]) -> Any:
        return OPERATORS[self.op].symbolic(self.left.z3(env), self.right.z3(env))

    def divisors(self) -> list[Expr]:
        own = [self.right] if OPERATORS[self.op].divides else []
        return own + super().divisors()

    def render(self, parent_prec: int) -> str:
        prec = _PREC[self.op]
        # right operands of - // % (and of * for clarity) need parentheses at equal precedence
        right_prec = prec + 1 if self.op in ("-", "//", "%", "*") else prec
        text = f"{self.left.render(prec)} {self.op} {self.right.render(right_prec)}"
        return f"({text})" if prec < parent_prec else text


@dataclass(frozen=True, eq=True)
class Call(Expr):
    fn: str
    args: tuple[Expr, Expr]

    def children(self) -> tuple[Expr, ...]:
        return self.args

    def eval(self, env: dict[str, int]) -> int:
        return OPERATORS[self.fn].concrete(*(x.eval(env) for x in self.args))

    def z3(self, env: dict[str, Any]) -> Any:
        return OPERATORS[self.fn].symbolic(*(x.z3(env) for x in self.args))

    def render(self, parent_prec: int) -> str:
        return f"{self.fn}({self.args[0].render(0)}, {self.args[1].render(0)})"


@dataclass(frozen=True, eq=True)
class Pred:
    """`expr cmp 0`."""

    expr: Expr
    cmp: str

    def holds(self, env: dict[str, int]) -> bool:
        try:
            v = self.expr.eval(env)
        except ZeroDivisionError:
            return False
        return v == 0 if self.cmp == "==" else v > 0 if self.cmp == ">" else v >= 0

    def z3(self, env: dict[str, Any]) -> Any:
        e = self.expr.z3(env)
        body = e == 0 if self.cmp == "==" else e > 0 if self.cmp == ">" else e >= 0
        guards = [d.z3(env) != 0 for d in self.expr.divisors()]
        return z3.And(*guards, body) if guards else body

    def __str__(self) -> str:
        return f"{self.expr} {self.cmp} 0"


# ---- parsing -----------------------------------------------------------------------------------

_TOKEN = re.compile(r"\s*(//|==|>=|>|[-+*%(),]|\d+|[A-Za-z_]\w*)")


class ParseError(ValueError):
    pass


def _tokens(text: str) -> list[str]:
    pos, out = 0, []
    text = text.rstrip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise ParseError(f"unexpected character at {pos}: {text[pos : pos + 10]!r}")
        out.append(m.group(1))
        pos = m.end()
    return out


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = _tokens(text)
        self.i = 0

    def peek(self) -> str | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self, expected: str | None = None) -> str:
        tok = self.peek()
        if tok is None or (expected is not None and tok != expected):
            raise ParseError(f"expected {expected or 'a token'} in {self.text!r}, got {tok!r}")
        self.i += 1
        return tok

    def expr(self) -> Expr:
        node = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()
            node = Bin(op, node, self.term())
        return node

    def term(self) -> Expr:
        node = self.unary()
        while self.peek() in ("*", "//", "%"):
            op = self.take()
            node = Bin(op, node, self.unary())
        return node

    def unary(self) -> Expr:
        if self.peek() == "-":
            self.take()
            inner = self.unary()
            if isinstance(inner, Const):
                return Const(-inner.value)
            return Bin("-", Const(0), inner)
        return self.atom()

    def atom(self) -> Expr:
        tok = self.take()
        if tok == "(":
            node = self.expr()
            self.take(")")
            return node
        if tok.isdigit():
            return Const(int(tok))
        if tok in FUNCS:
            self.take("(")
            a = self.expr()
            self.take(",")
            b = self.expr()
            self.take(")")
            return Call(tok, (a, b))
        if re.fullmatch(r"[A-Za-z_]\w*", tok):
            return Sym(tok)
        raise ParseError(f"unexpected {tok!r} in {self.text!r}")


def parse_expr(text: str) -> Expr:
    p = _Parser(text)
    node = p.expr()
    if p.peek() is not None:
        raise ParseError(f"trailing {p.peek()!r} in {text!r}")
    return node


def parse_pred(text: str) -> Pred:
    p = _Parser(text)
    node = p.expr()
    cmp = p.take()
    if cmp not in CMPS:
        raise ParseError(f"expected one of {CMPS} in {text!r}")
    p.take("0")
    if p.peek() is not None:
        raise ParseError(f"trailing {p.peek()!r} in {text!r}")
    return Pred(node, cmp)
