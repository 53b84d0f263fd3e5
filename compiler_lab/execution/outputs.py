"""A graph's outputs as the lab reads them: judged in a worker, held by clab only when small.

Outputs are compared in a worker (`judge_files`), not in clab: a small graph can expand to
huge outputs, and that must exhaust a worker, not clab. clab itself loads a graph's outputs
(for a case's expected.npz and actual.npz, or a batch's slices) only when they are small:
up to KEEP_OUTPUT_ELEMENTS; above it a verdict has no `expected`, `actual` or `truth`.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from compiler_lab.findings import oracles
from compiler_lab.ir import tensorio
from compiler_lab.sandbox.calls import sandbox_call
from compiler_lab.sandbox.response import Response

#: the most output elements (in one file) that clab loads into a verdict
KEEP_OUTPUT_ELEMENTS = 1 << 22


@dataclass(frozen=True)
class OutputFiles:
    """The outputs to judge, as `.npz` files: the reference's, the truth run's ("" for
    none) and the backend's; and the name of the oracle that judges them."""

    expected: str
    truth: str
    actual: str
    oracle: str = oracles.ORACLE.name


@sandbox_call(OutputFiles, oracles.Comparison)
def judge_files(files: OutputFiles) -> oracles.Comparison:
    """In a worker: the oracle's Comparison of the outputs saved in `files`."""
    truth = load_outputs(files.truth) if files.truth else None
    oracle = oracles.get(files.oracle)
    return oracle.judge(load_outputs(files.expected), truth, load_outputs(files.actual))


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
