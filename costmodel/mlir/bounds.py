"""Bounds an untrusted MLIR text must keep before any parser sees it.

MLIR's parser and printer recurse once per nesting level (20,000 `[`, or a chain of 100,000
aliases each wrapping the one before, overflow the stack and kill the process) and once per
operator of an affine expression (10,000 unary minuses do too), and read integer literals in
quadratic time (a 20,000-digit literal takes seconds, holding Python's lock); tree-sitter and
the regexes behind it have limits of their own. The shipped dataset nests 8 deep (aliases
included), puts at most 2 operators between two separators and its longest number has 19
digits, so these bounds refuse nothing a compiler wrote. `check_text` takes linear time (C
regex code, and one Python step per bracket, alias or operator) on any text.
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
    r"|(?P<define>^[#!][\w$.-]+(?=[ \t]*=))|(?P<alias>[#!][\w$.-]+)"
    r"|(?P<op>[-+*]|\b(?:floordiv|ceildiv|mod)\b)"
    rf"|(?P<number>[0-9]{{{MAX_DIGITS + 1}}}|0[xX][0-9a-fA-F]{{{MAX_DIGITS + 1}}})",
    re.MULTILINE,
)
#: what ends an expression: a run of operators is counted between two of these or brackets
_SEPARATOR = re.compile(r"[,;:=\n]")


class MlirBoundsError(ValueError):
    """The text is past a bound no compiler output reaches; says which, and on which line."""


def check_text(text: str) -> None:
    """Raise MlirBoundsError if `text` nests deeper than MAX_DEPTH (an alias counting as
    deep as its definition), chains more than MAX_OPERATORS operators without a bracket or
    separator between them, holds a number of more than MAX_DIGITS digits, or opens a
    string it does not close on the same line."""
    depth = operators = last_op = last = 0
    nests: dict[str, int] = {}  # how deep each alias's definition nests, aliases included
    defining: str | None = None  # the alias whose definition is being read
    for m in _SCAN.finditer(text):
        kind, start = m.lastgroup, m.start()
        if defining and depth == 0 and text.find("\n", last, start) >= 0:
            defining = None  # a definition ends with its line, outside brackets
        last = m.end()
        if kind is None or kind == "string":
            continue
        if kind == "op":
            separated = _SEPARATOR.search(text, last_op, start) is not None
            operators, last_op = (1 if separated else operators + 1), last
            if operators <= MAX_OPERATORS:
                continue
            why = f"more than {MAX_OPERATORS} operators in one expression"
        elif kind in ("open", "close", "define", "alias"):
            if kind == "define" and depth == 0:
                defining = m.group()
                nests[defining] = 0
                continue
            if kind in ("open", "close"):
                operators = 0
                depth = depth + 1 if kind == "open" else max(depth - 1, 0)
                level = depth
            else:
                level = depth + nests.get(m.group(), 0)
            if defining:
                nests[defining] = max(nests[defining], level)
            if level <= MAX_DEPTH:
                continue
            why = f"nested more than {MAX_DEPTH} deep"
        elif kind == "number":
            why = f"a number of more than {MAX_DIGITS} digits"
        else:
            why = "a string literal that is not closed on its line"
        raise MlirBoundsError(f"line {text.count(chr(10), 0, start) + 1}: {why}")
