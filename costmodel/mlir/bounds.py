"""Bounds an untrusted MLIR text must keep before any parser sees it.

MLIR's parser and printer recurse once per nesting level (20,000 `[`, or a chain of 100,000
aliases each wrapping the one before, overflow the stack and kill the process) and once per
operator of an affine expression (10,000 unary minuses do too), and read integer literals in
quadratic time (a 20,000-digit literal takes seconds, holding Python's lock); tree-sitter and
the regexes behind it have limits of their own. The shipped dataset nests 8 deep (aliases
included), puts at most 2 operators between two separators and its longest number has 19
digits, so these bounds refuse nothing a compiler wrote. `check_text` takes linear time (C
regex code, and one Python step per bracket, alias or operator) on any text; most texts
are let through by `_surely_within` first, a few passes of C code that cannot say yes
where that scan would say no.
"""

from __future__ import annotations

import re

import numpy as np

from costmodel.mlir.memo import memo

MAX_DEPTH = 128
MAX_OPERATORS = 256
MAX_DIGITS = 100
#: the texts that passed are remembered up to this many bytes
PASSED_BYTES = 16 << 20

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


#: strings, and strings and comments, as the scan reads them (matched faster: a text
#: without `//` has no comment, and a pattern with a literal first character is searched fast)
_STRINGS = re.compile(r'"[^"\\\n]*+(?:\\.[^"\\\n]*+)*+"')
_SKIP = re.compile(r'"[^"\\\n]*+(?:\\.[^"\\\n]*+)*+"|//[^\n]*')
#: a definition's line; a text starts with a newline here
_DEFINE_LINE = re.compile(rb"\n([#!][\w$.-]+)[ \t]*=([^\n]*)")
_ALIAS = re.compile(rb"[#!][\w$.-]+")
#: digits and hex digits as 0 (a run of MAX_DIGITS + 1 of them may be a long number)
_DIGITS = bytes.maketrans(b"0123456789abcdefABCDEF", b"0" * 22)
#: all but brackets; all but brackets and line ends
_NOT_BRACKETS = bytes(c for c in range(256) if c not in b"[{(<]})>")
_NOT_LINE_BRACKETS = bytes(c for c in range(256) if c not in b"[{(<]})>\n")
#: each byte's step in depth: +1 opens, -1 closes
_STEPS = np.zeros(256, dtype=np.int32)
_STEPS[list(b"[{(<")] = 1
_STEPS[list(b"]})>")] = -1


class MlirBoundsError(ValueError):
    """The text is past a bound no compiler output reaches; says which, and on which line."""


@memo(lambda: PASSED_BYTES)
def check_text(text: str) -> None:
    """Raise MlirBoundsError if `text` nests deeper than MAX_DEPTH (an alias counting as
    deep as its definition), chains more than MAX_OPERATORS operators without a bracket or
    separator between them, holds a number of more than MAX_DIGITS digits, or opens a
    string it does not close on the same line. A text that passed is remembered (the
    service checks a request's texts, and the features each again)."""
    if not _surely_within(text):
        _scan(text)


def _scan(text: str) -> None:
    """check_text's scan, token by token."""
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


def _surely_within(text: str) -> bool:
    """True only where `check_text`'s scan would find nothing wrong, from whole-text passes
    over the code outside strings and comments: no quote left, no run of MAX_DIGITS + 1
    (hex) digits, fewer operators in all than one expression may hold, and nesting bounded
    by D * (2 + R), D the deepest bracket and R the references to defined aliases on
    definitions' lines (each deepens a definition by D at most). D counts `<` of `<=` as
    opening and never counts a `>` after `-` or before `=`: more opened and fewer closed
    than the scan sees (its aliases may take a `-`), so never shallower. False
    where a definition's brackets do not close on its line (it may run on), or the code is
    not ASCII."""
    code = (_SKIP if "//" in text else _STRINGS).sub(" ", text)
    if '"' in code or not code.isascii():
        return False
    raw = b"\n" + code.encode()
    if b"0" * (MAX_DIGITS + 1) in raw.translate(_DIGITS):
        return False
    operators = len(raw) - len(raw.translate(None, b"-+*")) + raw.count(b"mod")
    if operators + raw.count(b"div") > MAX_OPERATORS:
        return False
    kept = raw.replace(b"->", b"-").replace(b">=", b"=").translate(None, _NOT_BRACKETS)
    level = np.cumsum(_STEPS[np.frombuffer(kept, np.uint8)])
    if level.size and level.min() < 0:  # a close at depth 0 stays at 0
        level -= np.minimum.accumulate(np.minimum(level, 0))
    deepest = int(level.max(initial=0))
    if deepest > MAX_DEPTH:
        return False
    if b"\n#" not in raw and b"\n!" not in raw:
        return True
    defined = _DEFINE_LINE.findall(raw)
    lines = b"\n".join(rest for _, rest in defined).replace(b"->", b"").replace(b">=", b"")
    brackets = np.frombuffer(lines.translate(None, _NOT_LINE_BRACKETS) + b"\n", np.uint8)
    level = np.cumsum(_STEPS[brackets])  # each line balanced: 0 at its end, never below
    if level.min() < 0 or level[brackets == ord("\n")].any():
        return False  # a definition that may run past its line
    names = {name for name, _ in defined}
    refs = sum(a in names for _, rest in defined for a in _ALIAS.findall(rest))
    return deepest * (2 + refs) <= MAX_DEPTH
