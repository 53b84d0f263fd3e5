"""Op outputs with more than one right answer: what the oracle must know to accept another.

Two kinds, each a fact of the op (kept here, in one table each):

- an index output among ties (`TIED_INDEX`): output k of `topk`, `sort`, `argsort`,
  `kthvalue`, `median.dim`, `nanmedian.dim` and `mode` indexes the op's input 0 along `dim`;
  where several elements are equal, which of them an index names is the implementation's
  choice (torch documents it for topk, sort/argsort without `stable=True`, kthvalue and
  median). Not `max.dim`, `min.dim`, `argmax` or `argmin`: torch documents that they
  name the first of equal elements, so another is a compiler's bug;
- a nearest-neighbour pick (`NEAREST`): `upsample_nearest*` reads input pixel
  floor((dst + offset) * scale), which lands on a whole number wherever dst * scale is one;
  a float product there rounds to either side (eager's own float32 and float64 kernels
  disagree: 23 * 14/46 is pixel 6 or 7), so a compiler may take the pixel below.

`choices(graph)` binds the facts to a graph's nodes: by value name, the value they
choose from and how.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from compiler_lab.ir import opnames
from compiler_lab.ir.argcodec import Ref
from compiler_lab.ir.graph import Graph, Node


@dataclass(frozen=True)
class TiedIndex:
    """Output `output` of the op indexes its input 0 along its `dim` argument."""

    output: int
    #: the op drops `dim` from the index unless its `keepdim` argument is true
    reduces: bool = False
    #: each index along `dim` names another element (sort's permutation, topk's k)
    distinct: bool = False


TIED_INDEX: dict[str, TiedIndex] = {
    "aten.topk.default": TiedIndex(1, distinct=True),
    "aten.sort.default": TiedIndex(1, distinct=True),
    "aten.sort.stable": TiedIndex(1, distinct=True),
    "aten.argsort.default": TiedIndex(0, distinct=True),
    "aten.argsort.stable": TiedIndex(0, distinct=True),
    "aten.kthvalue.default": TiedIndex(1, reduces=True),
    "aten.median.dim": TiedIndex(1, reduces=True),
    "aten.nanmedian.dim": TiedIndex(1, reduces=True),
    "aten.mode.default": TiedIndex(1, reduces=True),
}

#: nearest-neighbour resampling: the offset its source index adds to dst (0.5: "exact")
NEAREST: dict[str, float] = {
    f"aten.{prefix}{n}d.{overload}": offset
    for prefix, offset in (("upsample_nearest", 0.0), ("_upsample_nearest_exact", 0.5))
    for n in (1, 2, 3)
    for overload in ("default", "vec")
}


@dataclass(frozen=True)
class IndexChoice:
    """An index output of `source` along `dim` (see TiedIndex)."""

    source: str
    dim: int
    keepdim: bool
    distinct: bool


@dataclass(frozen=True)
class NearestChoice:
    """A nearest-neighbour resampling of `source`: per spatial dim, the scale the call
    names (None: input size / output size), and the offset of its source index."""

    source: str
    scales: tuple[float | None, ...]
    offset: float


Choice = IndexChoice | NearestChoice


def choices(graph: Graph) -> dict[str, Choice]:
    """The values of `graph` that hold one of several right answers, by name."""
    found: dict[str, Choice] = {}
    specs = graph.values()
    for node in graph.nodes:
        source = node.args[0] if node.args else None
        if not isinstance(source, Ref) or source.name not in specs:
            continue
        rank = len(specs[source.name].shape)
        if node.op in TIED_INDEX and _argument(node, "stable") is not True:
            fact = TIED_INDEX[node.op]
            dim = _argument(node, "dim")
            dim = -1 if dim is None else dim
            keep = not fact.reduces or bool(_argument(node, "keepdim"))
            if rank and isinstance(dim, int) and -rank <= dim < rank:
                choice = IndexChoice(source.name, dim % rank, keep, fact.distinct)
                found[node.outputs[fact.output].name] = choice
        elif node.op in NEAREST:
            scales = _nearest_scales(node, rank - 2)
            found[node.outputs[0].name] = NearestChoice(source.name, scales, NEAREST[node.op])
    return found


def _nearest_scales(node: Node, spatial: int) -> tuple[float | None, ...]:
    """The scale of each spatial dim a resampling call names: `scale_factors` (`.vec`) or
    `scales_h`... (`.default`); one that is not positive is none, as for torch."""
    names = [a.name for a in opnames.resolve(node.op)._schema.arguments]
    given = (
        _argument(node, "scale_factors")
        if "scale_factors" in names
        else [_argument(node, name) for name in names if name.startswith("scales")]
    )
    given = list(given or [None] * spatial)
    return tuple(s if isinstance(s, int | float) and s > 0 else None for s in given)


def _argument(node: Node, name: str) -> Any:
    """What `node` passes for its op's schema argument `name` (its default where it passes
    none; None where the op has no such argument)."""
    for pos, arg in enumerate(opnames.resolve(node.op)._schema.arguments):
        if arg.name != name:
            continue
        if name in node.kwargs:
            return node.kwargs[name]
        if not arg.kwarg_only and pos < len(node.args):
            return node.args[pos]
        return arg.default_value if arg.has_default_value() else None
    return None
