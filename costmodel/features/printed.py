"""Pieces of MLIR as MLIR prints them, read from text: types, a structured op's operands,
affine maps, and what the features read of an op (`Op`, `Generic`). Anything not printed as
MLIR prints it raises `Unread` (the text is then MLIR's to parse)."""

from __future__ import annotations

import re
from typing import NamedTuple


class Generic(NamedTuple):
    """What the features read of one linalg.generic: its operands' types, per operand the
    dims its indexing map's results are (None: an expression), its iterator types and the
    names of the ops in its body."""

    operand_types: list[str]
    maps: list[list[int | None]]
    iterators: list[str]
    body: list[str]


class Op(NamedTuple):
    """One op as the features count it (in post-order, as MLIR's walk visits them)."""

    name: str
    result_types: list[str]
    generic: Generic | None = None


class Unread(Exception):
    """A form this reader does not take: MLIR parses the text instead."""


#: a type as MLIR prints it: shaped (brackets nested three deep at most), or a scalar
TYPE = re.compile(
    r"(?:tensor|memref|vector)<(?:[\d?]+x)*[a-z]+\d*(?:, (?:[^<>]|<(?:[^<>]|<[^<>]*>)*>)*)?>"
    r"|!iree_tensor_ext\.dispatch\.tensor<(?:[^<>]|<[^<>]*>)*>|[a-z]+\d*"
)
_OPERANDS = re.compile(r"\b(ins|outs)\(([^:()]*) : ((?:[^()]|\([^()]*\))*)\)")
#: an indexing_maps attribute, and each map in it (inline or an alias)
MAPS_ATTR = re.compile(r"indexing_maps = \[((?:affine_map<[^>]*->[^>]*>|#[\w$.-]+|, )*)\]")
MAP_ITEM = re.compile(r"affine_map<[^>]*->[^>]*>|#[\w$.-]+")
_MAP = re.compile(r"affine_map<\(((?:d\d+(?:, d\d+)*)?)\)(?:\[[^\]]*\])? -> \(([^()]*)\)>$")
#: affine expressions no simplification makes a dim (`d0 * 1` or `d0 * 0 + d1` would be)
_NON_DIM = re.compile(
    r"\d+|d\d+ \* (?:0|[2-9]|[1-9]\d+)|d\d+ \+ d\d+"
    r"|d\d+ \* [1-9]\d* \+ d\d+|d\d+ \+ d\d+ \* [1-9]\d*"
)
_DIM = re.compile(r"d(\d+)")


def affine_dims(text: str) -> list[int | None]:
    """The dims an affine map's results read (None: an expression that is surely no dim)."""
    m = _MAP.match(text)
    if m is None:
        raise Unread
    rank = len(m.group(1).split(", ")) if m.group(1) else 0
    if m.group(1) and m.group(1) != ", ".join(f"d{i}" for i in range(rank)):
        raise Unread
    out: list[int | None] = []
    for expr in m.group(2).split(", ") if m.group(2) else []:
        dim = _DIM.fullmatch(expr)
        if dim is not None:
            out.append(int(dim.group(1)))
        elif _NON_DIM.fullmatch(expr):
            out.append(None)
        else:
            raise Unread
        if any(int(d) >= rank for d in _DIM.findall(expr)):
            raise Unread
    return out


def type_list(text: str) -> list[str]:
    """The types of a list as MLIR prints one (`, ` between types, nothing else)."""
    found = TYPE.findall(text)
    if ", ".join(found) != text.strip():
        raise Unread
    return found


def operands(text: str) -> tuple[list[str], list[str]]:
    """The types of a structured op's `ins(...)` and `outs(...)`, checked against their
    operands."""
    found = {"ins": [], "outs": []}
    for kind, values, listed_types in _OPERANDS.findall(text):
        listed = type_list(listed_types)
        if kind in found and found[kind] or len(listed) != values.count("%"):
            raise Unread
        found[kind] = listed
    return found["ins"], found["outs"]
