"""Named linalg ops as `linalg-generalize-named-ops` writes them, for the ones the datasets
hold: fill, matmul, batch_matmul, transpose and broadcast (their indexing maps, iterators
and body ops, as the generic the pass makes). Another type mix, a dynamic shape or a
non-default cast raises `Unread`: MLIR generalizes those."""

from __future__ import annotations

import re
from collections.abc import Callable

from costmodel.features.printed import MAP_ITEM, MAPS_ATTR, Generic, Unread, affine_dims, operands

_LIST = re.compile(r"(\w+) = \[([^\]]*)\]")
_STATIC = re.compile(r"(?:tensor|memref)<((?:\d+x)*)([a-z]+\d*)[,>]")
_FLOATS = {"f16", "bf16", "f32", "f64"}
#: contractions: the dims each operand reads by default, and the iterators (parallel,
#: reduction)
_MATMUL = (((0, 2), (2, 1), (0, 1)), "ppr")
_BATCH_MATMUL = (((0, 1, 3), (0, 3, 2), (0, 1, 2)), "pppr")


def _shape(type_text: str) -> tuple[list[str], str]:
    """Dims and element type of a static shaped type (a named op with a dynamic one is
    unread: its maps would place `?` dims)."""
    m = _STATIC.match(type_text)
    if m is None:
        raise Unread
    return m.group(1).split("x")[:-1], m.group(2)


#: a named op's indexing maps and iterators, from its text and ins' and outs' types
_Maps = Callable[[str, list[str], list[str]], tuple[list[list[int | None]], list[str]]]
#: a named op's body, from its ins' and outs' types
_Body = Callable[[list[str], list[str]], list[str]]


def _named(body_of: _Body, maps_of: _Maps) -> Callable[[str], Generic]:
    """The generic a named op is generalized to."""

    def generalize(text: str) -> Generic:
        ins, outs = operands(text)
        maps, iterators = maps_of(text, ins, outs)
        return Generic(ins + outs, maps, iterators, body_of(ins, outs))

    return generalize


def _contraction(default: tuple[tuple[tuple[int, ...], ...], str]) -> _Maps:
    def maps_of(text: str, ins: list[str], outs: list[str]) -> tuple[list, list[str]]:
        if len(ins) != 2 or len(outs) != 1 or "type_fn" in text:
            raise Unread
        listed = MAPS_ATTR.search(text)
        maps = [list(dims) for dims in default[0]]
        if listed is not None:
            maps = [affine_dims(m) for m in MAP_ITEM.findall(listed.group(1))]
        if len(maps) != 3 or "indexing_maps" in text and listed is None:
            raise Unread
        kinds = {"p": "parallel", "r": "reduction"}
        return maps, [kinds[k] for k in default[1]]

    return maps_of


def _multiply_add(ins: list[str], outs: list[str]) -> list[str]:
    elems = {_shape(t)[1] for t in ins + outs}
    if len(elems) != 1 or not elems <= _FLOATS:
        raise Unread  # other types get casts or integer ops
    return ["arith.mulf", "arith.addf", "linalg.yield"]


def _fill_maps(text: str, ins: list[str], outs: list[str]) -> tuple[list, list[str]]:
    if len(ins) != 1 or len(outs) != 1 or "<" in ins[0] or _shape(outs[0])[1] != ins[0]:
        raise Unread  # a value of another type gets a cast
    rank = len(_shape(outs[0])[0])
    return [[], list(range(rank))], ["parallel"] * rank


def _transpose_maps(text: str, ins: list[str], outs: list[str]) -> tuple[list, list[str]]:
    perm = _ints(text, "permutation")
    if len(ins) != 1 or len(outs) != 1:
        raise Unread
    rank = len(_shape(outs[0])[0])
    if len(_shape(ins[0])[0]) != rank or sorted(perm) != list(range(rank)):
        raise Unread
    inverse = [perm.index(j) for j in range(rank)]
    return [inverse, list(range(rank))], ["parallel"] * rank


def _broadcast_maps(text: str, ins: list[str], outs: list[str]) -> tuple[list, list[str]]:
    added = _ints(text, "dimensions")
    if len(ins) != 1 or len(outs) != 1:
        raise Unread
    rank = len(_shape(outs[0])[0])
    if len(_shape(ins[0])[0]) + len(added) != rank or not set(added) <= set(range(rank)):
        raise Unread
    return [[d for d in range(rank) if d not in added], list(range(rank))], ["parallel"] * rank


def _ints(text: str, name: str) -> list[int]:
    found = dict(_LIST.findall(text)).get(name)
    if found is None:
        raise Unread
    return [int(v) for v in found.split(", ")] if found else []


def _copy(ins: list[str], outs: list[str]) -> list[str]:
    for t in ins + outs:
        if "<" in t:
            _shape(t)
    return ["linalg.yield"]


#: each named op read: its text to the generic it becomes
NAMED = {
    "linalg.fill": _named(_copy, _fill_maps),
    "linalg.matmul": _named(_multiply_add, _contraction(_MATMUL)),
    "linalg.batch_matmul": _named(_multiply_add, _contraction(_BATCH_MATMUL)),
    "linalg.transpose": _named(_copy, _transpose_maps),
    "linalg.broadcast": _named(_copy, _broadcast_maps),
}
