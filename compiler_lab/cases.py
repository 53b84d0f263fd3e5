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

from compiler_lab import repro, tensorio, versions
from compiler_lab.errors import LabError
from compiler_lab.graph import Graph
from compiler_lab.lab import Verdict
from compiler_lab.machine import fingerprint

REQUIRED = ("graph.json", "inputs.npz", "verdict.json")


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


def write_case_at(path: Path, verdict: Verdict) -> Path:
    """Write the case for `verdict` into the directory `path` itself."""
    path.mkdir(parents=True, exist_ok=True)
    verdict.graph.save(path / "graph.json")
    tensorio.save(path / "inputs.npz", verdict.values)
    (path / "verdict.json").write_text(json.dumps(verdict.to_json(), indent=1) + "\n")
    (path / "versions.json").write_text(json.dumps(case_versions(), indent=1) + "\n")
    (path / "repro.py").write_text(
        repro.script(verdict.graph, verdict.values, verdict.backend, verdict.options)
    )
    if verdict.expected is not None:
        tensorio.save(path / "expected.npz", _numbered(verdict.expected))
    if verdict.actual is not None:
        tensorio.save(path / "actual.npz", _numbered(verdict.actual))
    return path


def _numbered(tensors: list[torch.Tensor]) -> dict[str, torch.Tensor]:
    return {f"out{i}": t for i, t in enumerate(tensors)}


@dataclass
class Case:
    path: Path
    graph: Graph
    values: dict[str, torch.Tensor]
    verdict: dict[str, Any]

    @property
    def backend(self) -> str:
        return self.verdict["backend"]

    @property
    def options(self) -> dict[str, Any]:
        return self.verdict.get("options", {})


def load_case(path: str | Path) -> Case:
    """Read a case directory; raises LabError naming the missing or malformed part."""
    path = Path(path)
    if not path.is_dir():
        raise LabError(f"{path}: not a case directory (does not exist)")
    missing = [name for name in REQUIRED if not (path / name).is_file()]
    if missing:
        raise LabError(f"{path}: not a case directory (missing {', '.join(missing)})")
    graph = Graph.load(path / "graph.json")
    try:
        values = tensorio.load(path / "inputs.npz")
    except (ValueError, OSError, KeyError) as exc:
        raise LabError(f"{path / 'inputs.npz'}: unreadable ({exc})") from None
    try:
        verdict = json.loads((path / "verdict.json").read_text())
    except json.JSONDecodeError as exc:
        raise LabError(f"{path / 'verdict.json'}: not valid JSON ({exc.msg})") from None
    if not isinstance(verdict, dict) or "backend" not in verdict or "verdict" not in verdict:
        raise LabError(f"{path / 'verdict.json'}: needs 'backend' and 'verdict'")
    return Case(path, graph, values, verdict)
