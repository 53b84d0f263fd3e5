"""A short snippet in public PyTorch that shows a finding, for the top of its bug report.

A maintainer reads ten lines before a long script: `import torch`, the inputs built in a line
each (the literal values where a tensor is small, as a reduced case's are; else drawn from
the input's range after a fixed seed), the graph's calls in public PyTorch (`torch.expm1(x0)`,
`torch.ops.aten...` where there is no public name: materialize.call_lines), the compiler's
entry point and the comparison with eager. The entry point is `torch.compile(f, backend=...)`
for the torch.compile backends (Inductor's settings as its `options`); for a backend behind
torch-mlir's FX importer (torch-mlir, its TOSA path, IREE, XLA), the importer call its repro
script makes, the rest of that compile being the script's.

Drawn values are not the case's own, so a snippet that can run is run in a fresh interpreter
(`check`) before a report says that it shows the bug.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from compiler_lab.findings.oracles import TOLERANCES
from compiler_lab.findings.repro import run_script
from compiler_lab.ir import dtypes
from compiler_lab.ir.graph import Graph, InputSpec
from compiler_lab.ir.inputs import default_range
from compiler_lab.ir.materialize import call_lines, identifiers
from compiler_lab.ir.public_api import literal_source

#: the importer call of a repro script whose backend imports through torch-mlir's FX importer
_IMPORTER_CALL = re.compile(r"torch_mlir\.fx\.export_and_import\(\s*prog,[^()]*\)")
#: what torch.testing.assert_close says when the values (or their shape or dtype) differ
_NOT_CLOSE = re.compile(r"AssertionError: (Tensor-likes are not|The values for attribute)")


@dataclass(frozen=True)
class Snippet:
    """The snippet's source; `runnable`: it compiles, runs and compares by itself (else it
    stops at the importer call, and the repro script does the rest)."""

    text: str
    runnable: bool


def snippet(
    graph: Graph, values: dict[str, torch.Tensor], backend: str, options: dict[str, Any]
) -> Snippet | None:
    """The snippet for `backend` (with `options`) on `graph` and `values`; None where the
    backend has no entry point it can show (eager, or a run of the lab's own kinds: a
    training run, two sizes)."""
    from compiler_lab import backends
    from compiler_lab.backends.torch_runs import LAB_OPTIONS

    if any(options.get(k) for k in LAB_OPTIONS if k != "backend"):
        return None
    dynamo = getattr(backends.get(backend, dict(options)), "dynamo_backend", "")
    ident = {k: v.removeprefix("self.") for k, v in identifiers(graph).items()}
    params = ", ".join(ident[s.name] for s in graph.inputs)
    body = [*call_lines(graph, ident, public=True)]
    body.append(f"return {_tuple([ident[n] for n in graph.outputs])}")
    head = ["import torch"]
    inputs = [f"{ident[s.name]} = {_input_source(s, values[s.name])}" for s in graph.inputs]
    if any(literal_source(values[s.name]) is None for s in graph.inputs):
        inputs.insert(0, "torch.manual_seed(0)")
    if dynamo:
        settings = {k: v for k, v in options.items() if k not in LAB_OPTIONS}
        given = f", options={settings!r}" if settings else ""
        lines = [*head, "", *inputs, "", "", f"def f({params}):", *_indent(body, 4), "", ""]
        lines.append(f"got = torch.compile(f, backend={dynamo!r}{given})({params})")
        lines.append(f"torch.testing.assert_close(got, f({params}){_tolerance(graph)})")
        return Snippet("\n".join(lines) + "\n", runnable=True)
    call = _IMPORTER_CALL.search(backends.REGISTRY[backend].repro_source(options) or "")
    if call is None:
        return None
    head += [
        "import torch_mlir.fx",
        "from torch_mlir.extras.fx_decomp_util import get_decomposition_table",
        "",
    ]
    lines = [*head, *inputs, "", "", "class F(torch.nn.Module):"]
    lines += [f"    def forward(self, {params}):", *_indent(body, 8), "", ""]
    exported = f"torch.export.export(F(), {_tuple([ident[s.name] for s in graph.inputs])})"
    importer = re.sub(r"\(\s+|\s+\)", lambda m: m.group(0).strip(), call.group(0))
    lines += [
        f"prog = {exported}.run_decompositions(get_decomposition_table())",
        f"module = {' '.join(importer.split())}",
        f"# {backend} compiles and runs `module` as repro.py does; compare with F()({params})",
    ]
    return Snippet("\n".join(lines) + "\n", runnable=False)


def _tuple(names: list[str]) -> str:
    return f"({names[0]},)" if len(names) == 1 else f"({', '.join(names)})"


def _indent(lines: list[str], spaces: int) -> list[str]:
    return [" " * spaces + line for line in lines]


def _input_source(spec: InputSpec, value: torch.Tensor) -> str:
    """One input: its literal values when small, else drawn like the lab draws it (from its
    range: uniform floats, integers in the closed range, fair bools)."""
    literal = literal_source(value)
    if literal is not None:
        return literal
    dtype = dtypes.to_torch(spec.dtype)
    shape = ", ".join(map(str, spec.shape)) or "()"  # torch.empty(4, 16), torch.empty(())
    kind = "" if dtype in (torch.float32, torch.int64) else f", dtype={dtype}"
    if dtype == torch.bool:
        return f"torch.rand({shape}) < 0.5"
    if dtype.is_complex:
        return f"torch.randn({shape}{kind})"
    lo, hi = spec.range or default_range(spec.dtype)
    if dtype.is_floating_point:
        top = torch.finfo(dtype).max
        lo, hi = max(lo, -top), min(hi, top)
        return f"torch.empty({shape}{kind}).uniform_({lo!r}, {hi!r})"
    info = torch.iinfo(dtype)
    low, high = int(max(lo, info.min)), int(min(hi, info.max - 1)) + 1
    cast = "" if dtype == torch.int64 else f".to({dtype})"
    return f"torch.randint({low}, {high}, {tuple(spec.shape)!r}){cast}"


def _tolerance(graph: Graph) -> str:
    """The oracle's tolerances for the loosest float output (none for exact outputs)."""
    specs = graph.values()
    kinds = {dtypes.to_torch(specs[name].dtype) for name in graph.outputs}
    found = [TOLERANCES[d] for d in kinds if d in TOLERANCES]
    if not found:
        return ""
    rtol, atol = max(found)
    return f", rtol={rtol!r}, atol={atol!r}"


def check(path: Path, verdict: str, timeout_s: float = 300.0) -> bool:
    """Does the runnable snippet at `path`, run in a fresh interpreter, show a finding of the
    kind `verdict` (a mismatch: eager and the compiled values not close; a crash: the
    compile or the run fails; a hang: it does not finish)?"""
    result = run_script(path, timeout_s)
    if verdict == "hang":
        return result.verdict == "hang"
    if result.returncode == 0 or result.verdict == "hang":
        return False
    not_close = _NOT_CLOSE.search(result.output) is not None
    if verdict == "mismatch":
        return not_close
    return verdict == "crash" and not not_close
