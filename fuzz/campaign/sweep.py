"""Systematic sweeps: the most-used operators tested one at a time across every dtype they
take, sizes at and around vector widths, and value classes.

A random graph of ten ops gives a common operator in a given dtype a handful of tests a
night, at whatever sizes the shape solver drew. A sweep walks a fixed space instead: cells
(op, dtype, innermost size, value class) over the library's TOP_OPS public ops with the
highest priors (how often real programs call them), in an order that reaches every (op,
dtype, size) before it repeats one with another value class. A campaign spends a share of
its batches on it (`CampaignConfig.sweep_share`); the store keeps, per library and graph
group, where the walk stopped (table `sweeps`), so the next night goes on from there and the
space rotates across nights.

A cell's graph is the op alone (`Generator.single`), its first input's innermost dimension
and every input dimension of that size set to the cell's size (`ir.resize.with_dim`), and its
inputs drawn from the cell's value class: all positive, all negative, mixed, or at the ends
of the dtype. A cell no entry of the library can build is passed over.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from compiler_lab.ir.graph import Graph
from compiler_lab.ir.resize import with_dim
from fuzz.gen import priors
from fuzz.gen.generator import Generator
from fuzz.gen.library import OpLibrary

#: innermost sizes: the vector widths of 32- and 8-bit lanes in 256- and 512-bit registers,
#: and one below and one above each (the tails)
SIZES = (7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65)
VALUE_CLASSES = ("positive", "negative", "mixed", "ends")
#: how many operators a sweep walks
TOP_OPS = 40
_FLOAT = {"positive": (0.25, 4.0), "negative": (-4.0, -0.25), "mixed": (-4.0, 4.0)}
_INT = {"positive": (1.0, 100.0), "negative": (-100.0, -1.0), "mixed": (-100.0, 100.0)}


@dataclass(frozen=True)
class Cell:
    op: str
    dtype: str
    size: int
    values: str

    def to_json(self) -> dict:
        return dataclasses.asdict(self)


def top_ops(library: OpLibrary, n: int = TOP_OPS) -> list[str]:
    """The library's public operators with the highest priors (ties by name)."""
    public = [op for op in library.ops() if priors.op_class(op) == "public"]
    return sorted(public, key=lambda op: (-priors.weight(op, library.reach), op))[:n]


def cells(library: OpLibrary, n_ops: int = TOP_OPS) -> list[Cell]:
    """The sweep's space, in walking order: value class slowest, then size, op and dtype."""
    dtypes: dict[str, set[str]] = {}
    for e in library.entries():
        dtypes.setdefault(e.op, set()).add(e.dtype)
    ops = top_ops(library, n_ops)
    return [
        Cell(op, dtype, size, values)
        for values in VALUE_CLASSES
        for size in SIZES
        for op in ops
        for dtype in sorted(dtypes.get(op, ()))
    ]


def graph_for(cell: Cell, library: OpLibrary, gen: Generator, name: str) -> Graph | None:
    """The cell's one-op graph, or None where no entry of the library builds it."""
    entries = [e for e in library.entries() if e.op == cell.op and e.dtype == cell.dtype]
    for entry in entries[:4]:
        graph = gen.single(entry, name)
        if graph is None or not graph.graph_inputs:
            continue
        inner = [d for d in graph.graph_inputs[0].shape[::-1] if d > 1]
        if not inner:
            continue
        sized = with_dim(graph, inner[0], cell.size, "sweep-size")
        if sized is not None:
            meta = sized.meta | {"sweep": cell.to_json()}
            return dataclasses.replace(sized, name=name, meta=meta, inputs=_valued(sized, cell))
    return None


def _valued(graph: Graph, cell: Cell) -> list:
    """The graph's inputs drawn from the cell's value class (bools as they are)."""
    out = []
    for s in graph.inputs:
        if s.dtype == "bool":
            out.append(s)
        elif cell.values == "ends":
            out.append(dataclasses.replace(s, pattern="limits" if "int" in s.dtype else "special"))
        else:
            table = _INT if "int" in s.dtype else _FLOAT
            lo, hi = table[cell.values]
            if s.dtype.startswith("uint"):
                lo, hi = max(lo, 0.0), max(hi, 1.0)
            out.append(dataclasses.replace(s, range=(lo, hi), pattern=None))
    return out


def next_graphs(
    space: list[Cell], start: int, n: int, library: OpLibrary, gen: Generator, names: list[str]
) -> tuple[list[Graph], int]:
    """Up to `n` graphs for the cells from `start` on (wrapping round the space), named
    `names`; returns them and where the walk goes on."""
    graphs: list[Graph] = []
    i = start
    for _ in range(len(space)):
        if len(graphs) == n:
            break
        cell = space[i % len(space)]
        i += 1
        graph = graph_for(cell, library, gen, names[len(graphs)])
        if graph is not None:
            graphs.append(graph)
    return graphs, i % max(1, len(space))
