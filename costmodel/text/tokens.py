"""MLIR read as text: tokens from tree-sitter-mlir's parse tree, normalized.

The text is first put in canonical form (`costmodel.mlir.canon`: SSA values, block labels
and map aliases renumbered in order of first appearance, locations and comments dropped).
Then every leaf of the parse tree is a token, and so are the nodes the grammar keeps whole
(`%v3`, `@symbol`, `^bb0`, `#map1`). Op names, types, shapes, affine maps, iterator types and
attribute names stay as tokens. Numbers become a bucket token, `<n:k>` for magnitudes around
2^k (`<n:-inf>` for zero, with a sign), and their value goes in a numeric channel beside the
token (signed log2(1 + |x|)), so a model sees both what a number is and how big it is.

A text the grammar cannot parse (an ERROR node: IREE's stream and hal syntax does this) is
tokenized by the fallback lexer instead, and counted: `Tokenized.parsed` says which path
was taken, and callers report how many fell back. Nothing is dropped silently.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

from costmodel.mlir.canon import canonicalize

#: nodes the grammar keeps whole: their text is one token
ATOMIC = {
    "value_use",
    "symbol_ref_id",
    "caret_id",
    "attribute_alias",
    "type_alias",
    "string_literal",
}
#: alias definitions (`#map0 = ...`): the grammar leaves the name unnamed, so it is taken whole
ALIAS_DEFS = {"attribute_alias_def", "type_alias_def"}
#: the fallback lexer: values, symbols, labels, aliases, numbers, identifiers, punctuation;
#: a string left open is one token to where it stops (a scan from each quote in it again was
#: quadratic)
_LEX = re.compile(
    r'"(?:[^"\\]|\\.)*+(?:"|\\?)|%[\w$.#-]+|@[\w$.-]+|\^[\w$.-]+|#[\w$.-]+|!?[A-Za-z_][\w.$]*'
    r"|-?\d+\.\d*(?:[eE][-+]?\d+)?|-?\d+|->|[^\s\w]"
)
_NUMBER = re.compile(r"^-?(?:\d+\.\d*(?:[eE][-+]?\d+)?|\d+|0x[0-9a-fA-F]+)$")


@dataclass(frozen=True)
class Tokenized:
    tokens: list[str]
    #: one value per token: signed log2(1 + |x|) for numbers, 0 otherwise
    numbers: list[float]
    parsed: bool  # by tree-sitter (True) or by the fallback lexer


@functools.cache
def _parser():
    import tree_sitter
    import tree_sitter_mlir

    return tree_sitter.Parser(tree_sitter.Language(tree_sitter_mlir.language()))


def number_token(value: float) -> tuple[str, float]:
    """The bucket token and numeric channel of a number."""
    if value == 0 or math.isnan(value):
        return "<n:0>", 0.0
    sign = "-" if value < 0 else ""
    mag = abs(value)
    if math.isinf(mag):
        return f"<n:{sign}inf>", math.copysign(1024.0, value)
    return f"<n:{sign}{round(math.log2(mag))}>", math.copysign(math.log2(1 + mag), value)


def _leaves(node, src: bytes, out: list[str]) -> bool:
    """Collect leaf texts; False when the tree holds an ERROR node."""
    if node.type == "ERROR" or node.is_missing:
        return False
    if node.type in ALIAS_DEFS:
        text = src[node.start_byte : node.end_byte].decode(errors="replace")
        out.append(text.split("=", 1)[0].strip())
        kids = list(node.children)
        eq = next((i for i, c in enumerate(kids) if src[c.start_byte : c.end_byte] == b"="), -1)
        return all(_leaves(child, src, out) for child in kids[eq + 1 :])
    if node.child_count == 0 or node.type in ATOMIC:
        text = src[node.start_byte : node.end_byte].decode(errors="replace")
        if text:
            out.append(text)
        return True
    return all(_leaves(child, src, out) for child in node.children)


def _to_number(text: str) -> float | None:
    if not _NUMBER.match(text):
        return None
    try:
        return float(int(text, 16)) if text.lower().startswith("0x") else float(text)
    except ValueError:
        return None


def tokenize(text: str) -> Tokenized:
    """Tokens and numeric channel of an MLIR text (see the module docstring)."""
    canon = canonicalize(text)
    src = canon.encode()
    raw: list[str] = []
    parsed = _leaves(_parser().parse(src).root_node, src, raw)
    if not parsed:
        raw = _LEX.findall(canon)
    tokens, numbers = [], []
    for t in raw:
        value = _to_number(t)
        if value is not None:
            tok, num = number_token(value)
            tokens.append(tok)
            numbers.append(num)
        else:
            tokens.append(t)
            numbers.append(0.0)
    return Tokenized(tokens, numbers, parsed)
