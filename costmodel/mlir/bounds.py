"""Bounds an untrusted MLIR text must keep before any parser sees it.

MLIR's parser recurses once per nesting level and once per operator of an affine expression
(20,000 `[`, or 10,000 unary minuses, overflow the stack and kill the process), and reads
integer literals in quadratic time (a 20,000-digit literal takes seconds, holding Python's
lock); tree-sitter and the regexes behind it have limits of their own. The shipped dataset
nests 8 deep, puts at most 2 operators between two separators and its longest number has
19 digits, so these bounds refuse nothing a compiler wrote. `check_text` takes linear time
(C regex code, and one Python step per bracket or operator) on any text.
"""

from __future__ import annotations

import re

MAX_DEPTH = 128
MAX_OPERATORS = 256
MAX_DIGITS = 100

#: left to right: strings (MLIR's: one line, backslash escapes), comments, then what the
#: bounds look at; `->`, `>=` and `<=` are neither brackets nor operators
_SCAN = re.compile(
    r'(?P<string>"(?:[^"\\\n]|\\.)*+")|//[^\n]*|(?P<open_quote>")|->|>=|<='
    r"|(?P<open>[\[{(<])|(?P<close>[\]})>])"
    r"|(?P<op>[-+*]|\b(?:floordiv|ceildiv|mod)\b)"
    rf"|(?P<number>[0-9]{{{MAX_DIGITS + 1}}}|0[xX][0-9a-fA-F]{{{MAX_DIGITS + 1}}})"
)
#: what ends an expression: a run of operators is counted between two of these or brackets
_SEPARATOR = re.compile(r"[,;:=\n]")


class MlirBoundsError(ValueError):
    """The text is past a bound no compiler output reaches; says which, and on which line."""


def check_text(text: str) -> None:
    """Raise MlirBoundsError if `text` nests deeper than MAX_DEPTH, chains more than
    MAX_OPERATORS operators without a bracket or separator between them, holds a number of
    more than MAX_DIGITS digits, or opens a string it does not close on the same line."""
    depth = operators = last_op = 0
    for m in _SCAN.finditer(text):
        kind = m.lastgroup
        if kind is None or kind == "string":
            continue
        if kind == "op":
            separated = _SEPARATOR.search(text, last_op, m.start()) is not None
            operators, last_op = (1 if separated else operators + 1), m.end()
            if operators <= MAX_OPERATORS:
                continue
            why = f"more than {MAX_OPERATORS} operators in one expression"
        elif kind in ("open", "close"):
            operators = 0
            depth = depth + 1 if kind == "open" else max(depth - 1, 0)
            if depth <= MAX_DEPTH:
                continue
            why = f"nested more than {MAX_DEPTH} deep"
        elif kind == "number":
            why = f"a number of more than {MAX_DIGITS} digits"
        else:
            why = "a string literal that is not closed on its line"
        raise MlirBoundsError(f"line {text.count(chr(10), 0, m.start()) + 1}: {why}")
