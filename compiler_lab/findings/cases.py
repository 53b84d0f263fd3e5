"""Case directories: everything needed to replay one verdict.

<case>/graph.json      the graph
<case>/inputs.npz      every input and weight value (no pickle)
<case>/verdict.json    verdict, backend, options, stage, failure, comparison, timings
<case>/versions.json   torch / torch-mlir / IREE / Python versions, CPU model and ISA
<case>/repro.py        standalone reproduction script
<case>/expected.npz    eager outputs, and actual.npz the backend's (for mismatches)
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from compiler_lab import backends, jsontext, versions
from compiler_lab.errors import LabError
from compiler_lab.execution.lab import Verdict
from compiler_lab.findings import kinds, oracles, repro
from compiler_lab.ir import dtypes, tensorio
from compiler_lab.ir.graph import Graph
from compiler_lab.ir.validate import validate_graph
from compiler_lab.machine import fingerprint
from compiler_lab.safe_files import read_file, replacing, write_file

REQUIRED = ("graph.json", "inputs.npz", "verdict.json")
#: the largest text file of a case read (verdict.json with a failure's message and
#: traceback, versions.json, repro.py)
MAX_TEXT_BYTES = 16 << 20
#: verdict.json's fields, as the lab reads them (a case may come from someone else)
_VERDICT = {
    "backend": str,
    "verdict": str,
    "stage": str,
    "reason": str,
    "options": dict,
    "failure": dict | None,
    "comparison": dict | None,
    "timings": dict,
    "oracle": str,
}
_FAILURE = {"stage": str, "exc_type": str, "message": str, "traceback": str}
_COMPARISON = {"max_abs": kinds.NUMBER, "max_rel": kinds.NUMBER}


def case_name(verdict: Verdict) -> str:
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "_", verdict.graph.name)[:60]
    return f"{slug}-{verdict.graph.content_hash()[:8]}-{verdict.backend}"


def case_versions() -> dict[str, str]:
    """Tool versions plus the CPU: Inductor and IREE build for the host's ISA, so a finding
    on an AVX-512 machine may not show on an AVX2 one."""
    fp = fingerprint()
    return versions.collect() | {"cpu_model": fp["cpu_model"], "isa": fp["isa"]}


def write_case(root: Path, verdict: Verdict) -> Path:
    """Write the case directory for `verdict` under `root`; returns its path."""
    return write_case_at(root / case_name(verdict), verdict)


def reduced_path(case: Path) -> Path:
    """Where `clab triage reduce` writes a case's reduced case: beside it, `<name>.reduced`."""
    return case.parent / f"{case.name}.reduced"


def write_case_at(path: Path, verdict: Verdict) -> Path:
    """Write the case for `verdict` into the directory `path` itself; a link planted in it
    (or as it) is replaced or refused, never written through (see safe_files)."""
    path.mkdir(parents=True, exist_ok=True)
    write_file(path / "graph.json", verdict.graph.dumps() + "\n")
    _save_tensors(path / "inputs.npz", verdict.values)
    write_file(path / "verdict.json", json.dumps(verdict.to_json(), indent=1) + "\n")
    write_file(path / "versions.json", json.dumps(case_versions(), indent=1) + "\n")
    kind = verdict.kind
    script = (
        None  # a kind no standalone script can replay (it says how: kind.replay)
        if kind is not None and kind.replay
        else repro.script(
            verdict.graph, verdict.values, verdict.backend, verdict.options, kind=kind
        )  # fmt: skip
    )
    if script is not None:  # a backend without a repro template still gets its case
        write_file(path / "repro.py", script)
    if verdict.expected is not None:
        _save_tensors(path / "expected.npz", _numbered(verdict.expected))
    if verdict.actual is not None:
        _save_tensors(path / "actual.npz", _numbered(verdict.actual))
    return path


def _save_tensors(path: Path, tensors: dict[str, torch.Tensor]) -> None:
    with replacing(path) as tmp:  # never through a link planted at `path`
        tensorio.save(tmp, tensors)


def _numbered(tensors: list[torch.Tensor]) -> dict[str, torch.Tensor]:
    return {f"out{i}": t for i, t in enumerate(tensors)}


@dataclass
class Case:
    path: Path
    graph: Graph
    values: dict[str, torch.Tensor]
    verdict: dict[str, Any]
    versions: dict[str, Any]

    @property
    def backend(self) -> str:
        return self.verdict["backend"]

    @property
    def options(self) -> dict[str, Any]:
        return self.verdict.get("options", {})

    @property
    def kind(self) -> kinds.FindingKind | None:
        return kinds.kind_of(self.verdict["verdict"], self.verdict.get("stage", ""))

    @property
    def oracle(self) -> oracles.Oracle:
        """The oracle that judged it (cases from before oracles had names: eager's)."""
        return oracles.get(self.verdict.get("oracle", oracles.ORACLE.name))

    @property
    def probes(self) -> tuple[str, ...]:
        """The probes a run asks for to see this finding again."""
        return self.kind.requests if self.kind is not None else ()


def load_case(path: str | Path) -> Case:
    """Read a case directory; raises LabError naming the missing or malformed part."""
    path = Path(path)
    if not path.is_dir():
        raise LabError(f"{path}: not a case directory (does not exist)")
    missing = [name for name in REQUIRED if not (path / name).is_file()]
    if missing:
        raise LabError(f"{path}: not a case directory (missing {', '.join(missing)})")
    graph = Graph.load(path / "graph.json")
    try:  # a case from someone else: checked as `clab run` checks a graph
        validate_graph(graph)
    except LabError as exc:
        raise LabError(f"{path / 'graph.json'}: {exc}") from None
    values = load_values(path / "inputs.npz", graph)
    where = path / "verdict.json"
    verdict = _read_json(where)
    if not isinstance(verdict, dict) or "backend" not in verdict or "verdict" not in verdict:
        raise LabError(f"{where}: needs 'backend' and 'verdict'")
    _check_verdict(where, verdict)
    if str(verdict.get("oracle", oracles.ORACLE.name)) not in oracles.registry():
        raise LabError(f"{where}: unknown oracle {str(verdict['oracle'])[:40]!r}")
    if verdict["verdict"] not in kinds.verdicts():
        raise LabError(f"{where}: unknown verdict {str(verdict['verdict'])[:40]!r}")
    try:  # options reach the compilers: only those the backend takes, of the right types
        backends.check_options(verdict["backend"], verdict.get("options", {}))
    except ValueError as exc:
        raise LabError(f"{where}: {exc}") from None
    versions = _read_json(path / "versions.json") if (path / "versions.json").exists() else {}
    if not isinstance(versions, dict):
        raise LabError(f"{path / 'versions.json'}: not a JSON object of tool versions")
    return Case(path, graph, values, verdict, versions)


def _read_json(where: Path) -> Any:
    return jsontext.loads(read_file(where, MAX_TEXT_BYTES), str(where))


def _check_verdict(where: Path, verdict: dict[str, Any]) -> None:
    """Each field the lab reads has the type the lab wrote: a LabError names the first that
    does not (the report and repro would otherwise fail on it with a traceback)."""
    _check_fields(where, verdict, _VERDICT)
    failure = verdict.get("failure") or {}
    _check_fields(where, failure, _FAILURE, "failure.")
    missing = [k for k in ("stage", "exc_type", "message") if failure and k not in failure]
    if missing:
        raise LabError(f"{where}: failure lacks {', '.join(missing)}")
    _check_fields(where, verdict.get("comparison") or {}, _COMPARISON, "comparison.")
    own = kinds.kind_of(str(verdict["verdict"]), str(verdict.get("stage", "")))
    for kind in kinds.registry():  # each kind's evidence, wherever it is
        problem = kind.check_evidence(verdict.get("timings", {}), claimed=kind is own)
        if problem:
            raise LabError(f"{where}: {problem}")


def _check_fields(where: Path, doc: dict[str, Any], fields: dict[str, Any], prefix="") -> None:
    for name, kind in fields.items():
        if name in doc and not isinstance(doc[name], kind):
            want = getattr(kind, "__name__", str(kind))
            raise LabError(f"{where}: {prefix}{name} is {type(doc[name]).__name__}, not {want}")


def load_values(path: Path, graph: Graph) -> dict[str, torch.Tensor]:
    """The input values in `path` (an .npz from anywhere), read with no more elements than
    `graph`'s inputs hold and checked against them; raises LabError."""
    try:
        values = tensorio.load(path, max_elements=sum(s.numel for s in graph.inputs))
    except (ValueError, OSError, KeyError, EOFError) as exc:
        raise LabError(f"{path}: unreadable ({str(exc)[:200]})") from None
    _check_values(path, graph, values)
    return values


def values_beside(graph_path: Path, graph: Graph) -> dict[str, torch.Tensor] | None:
    """A graph's exact input values: `inputs.npz` beside a `graph.json` (a case's layout);
    None where there is none, and the values are drawn."""
    path = graph_path.parent / "inputs.npz"
    if graph_path.name != "graph.json" or not path.is_file():
        return None
    return load_values(path, graph)


def _check_values(where: Path, graph: Graph, values: dict[str, torch.Tensor]) -> None:
    """The values must be the graph's inputs, each with its declared shape and dtype."""
    for spec in graph.inputs:
        t = values.get(spec.name)
        if t is None:
            raise LabError(f"{where}: no value for input {spec.name!r}")
        if tuple(t.shape) != spec.shape or dtypes.name_of(t.dtype) != spec.dtype:
            raise LabError(
                f"{where}: {spec.name!r} is {dtypes.name_of(t.dtype)}{list(t.shape)}, "
                f"the graph declares {spec.dtype}{list(spec.shape)}"
            )
