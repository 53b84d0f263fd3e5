"""Bounds an untrusted MLIR text must keep before any parser sees it.

MLIR's parser recurses once per nesting level (20,000 `[` overflow the stack and kill the
process) and reads integer literals in quadratic time (a 20,000-digit literal takes seconds,
holding Python's lock); tree-sitter and the regexes behind it have their own limits. The
shipped dataset nests 8 deep and its longest number has 19 digits, so these bounds refuse
nothing a compiler wrote. `check_text` runs in linear time, in C regex code but for one
step per bracket, so it is safe on any text of any size.
"""

from __future__ import annotations

import re

MAX_DEPTH = 128
MAX_DIGITS = 100

#: left to right: strings (MLIR's: one line, backslash escapes), comments, then what the
#: bounds look at; `->`, `>=` and `<=` are not brackets
_SCAN = re.compile(
    r'(?P<string>"(?:[^"\\\n]|\\.)*+")|//[^\n]*|(?P<open_quote>")|->|>=|<='
    r"|(?P<open>[\[{(<])|(?P<close>[\]})>])"
    rf"|(?P<number>[0-9]{{{MAX_DIGITS + 1}}}|0[xX][0-9a-fA-F]{{{MAX_DIGITS + 1}}})"
)


class MlirBoundsError(ValueError):
    """The text is past a bound no compiler output reaches; says which, and on which line."""


def check_text(text: str) -> None:
    """Raise MlirBoundsError if `text` nests deeper than MAX_DEPTH, holds a number longer
    than MAX_DIGITS digits, or opens a string it does not close on the same line."""
    depth = 0
    for m in _SCAN.finditer(text):
        kind = m.lastgroup
        if kind is None or kind == "string":
            continue
        if kind == "open":
            depth += 1
            if depth <= MAX_DEPTH:
                continue
            why = f"nested more than {MAX_DEPTH} deep"
        elif kind == "close":
            depth = max(depth - 1, 0)
            continue
        elif kind == "number":
            why = f"a number of more than {MAX_DIGITS} digits"
        else:
            why = "a string literal that is not closed on its line"
        raise MlirBoundsError(f"line {text.count(chr(10), 0, m.start()) + 1}: {why}")
