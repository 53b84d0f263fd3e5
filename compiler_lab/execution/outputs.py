"""A graph's outputs as the lab reads them: judged in a worker, held by clab only when small.

Outputs are compared in a worker (`judge_files`), not in clab: a small graph can expand to
huge outputs, and that must exhaust a worker, not clab. Given the graph and its input
values, the worker first takes eager's answer where an output holds another right answer of
its op (findings.settle: an index among ties, a nearest pixel at a rounding edge).

clab itself loads a graph's outputs (for a case's expected.npz and actual.npz, or a batch's
slices) only when they are small: up to KEEP_OUTPUT_ELEMENTS; above it a verdict has no
`expected`, `actual` or `truth`.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from compiler_lab.findings import oracles
from compiler_lab.findings.settle import settle
from compiler_lab.ir import tensorio
from compiler_lab.ir.graph import Graph
from compiler_lab.sandbox.calls import sandbox_call
from compiler_lab.sandbox.response import Response

#: the most output elements (in one file) that clab loads into a verdict
KEEP_OUTPUT_ELEMENTS = 1 << 22


@dataclass(frozen=True)
class OutputFiles:
    """The outputs to judge, as `.npz` files: the reference's, the truth run's ("" for
    none) and the backend's; the name of the oracle that judges them; and the graph and
    its input values ("" for none: no output is settled)."""

    expected: str
    truth: str
    actual: str
    oracle: str = oracles.ORACLE.name
    graph: str = ""
    values: str = ""


@sandbox_call(OutputFiles, oracles.Comparison)
def judge_files(files: OutputFiles) -> oracles.Comparison:
    """In a worker: the oracle's Comparison of the outputs saved in `files`, each output
    that holds another right answer of its op settled to eager's first."""
    truth = load_outputs(files.truth) if files.truth else None
    oracle = oracles.get(files.oracle)
    expected, actual = load_outputs(files.expected), load_outputs(files.actual)
    if files.graph and files.values:
        graph = Graph.load(files.graph)
        actual = settle(graph, lambda: tensorio.load(files.values), expected, actual)
    return oracle.judge(expected, truth, actual)


def load_outputs(path: str, max_elements: int = tensorio.MAX_ELEMENTS) -> list[torch.Tensor]:
    loaded = tensorio.load(path, max_elements)
    return [loaded[f"out{i}"] for i in range(len(loaded))]


def kept_outputs(resp: Response) -> list[torch.Tensor] | None:
    """The outputs `resp` saved, when they are few enough for clab to hold: checked from
    the file's headers, since a compiler may give outputs of other shapes than declared."""
    try:
        return load_outputs(resp.outputs, KEEP_OUTPUT_ELEMENTS)
    except ValueError:
        return None
