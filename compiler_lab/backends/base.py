"""The backend contract: `name`, `compile`, `run`, `dump_ir`, and failures as values."""

from __future__ import annotations

import time
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

import torch

from compiler_lab.failure import Failure
from compiler_lab.graph import Graph
from compiler_lab.sandbox.breadcrumb import mark


class StageError(Exception):
    """Raised inside a backend to report a failure at a known stage."""

    def __init__(self, stage: str, exc: BaseException) -> None:
        super().__init__(str(exc))
        self.stage = stage
        self.exc = exc


class Compiled(ABC):
    """A graph compiled by one backend, ready to run on values."""

    @abstractmethod
    def run(self, values: dict[str, torch.Tensor]) -> list[torch.Tensor]:
        """Outputs for the graph inputs in `values` (weights were baked in at compile)."""


@dataclass
class Outcome:
    """What one backend did with one graph: outputs, or a failure, or a reason to skip."""

    outputs: list[torch.Tensor] | None = None
    failure: Failure | None = None
    skipped: str | None = None
    timings: dict[str, float] = field(default_factory=dict)


class Backend(ABC):
    """A compiler under test. Subclasses raise; `execute` turns that into an Outcome."""

    name: str = ""

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        self.options = dict(options or {})

    def unsupported(self, graph: Graph) -> str | None:
        """A reason this backend cannot take `graph` by design, or None."""
        return None

    @abstractmethod
    def compile(self, graph: Graph, values: dict[str, torch.Tensor]) -> Compiled:
        """Compile `graph`; weights come from `values`. Raises StageError on failure."""

    @abstractmethod
    def classify(self, exc: BaseException, phase: str) -> Failure | str:
        """Map an exception from `phase` ('compile' or 'run') to a Failure, or to a
        skip reason (str) when it shows the graph is unsupported by design."""

    def dump_ir(self, graph: Graph, values: dict[str, torch.Tensor]) -> dict[str, str]:
        """The text at each level this backend has, keyed by level name."""
        return {}

    def execute(self, graph: Graph, values: dict[str, torch.Tensor]) -> Outcome:
        """Compile and run; every failure comes back as a value."""
        reason = self.unsupported(graph)
        if reason:
            return Outcome(skipped=reason)
        timings: dict[str, float] = {}
        phase = "compile"
        try:
            t0 = time.perf_counter()
            mark(f"{self.name}:compile")
            compiled = self.compile(graph, values)
            timings["compile_s"] = time.perf_counter() - t0
            phase = "run"
            mark("runtime")
            t0 = time.perf_counter()
            outputs = compiled.run(values)
            timings["run_s"] = time.perf_counter() - t0
        except Exception as exc:  # a compiler failure is a finding, kept as a value
            verdict = self.classify(exc, phase)
            if isinstance(verdict, str):
                return Outcome(skipped=verdict, timings=timings)
            return Outcome(failure=verdict, timings=timings)
        return Outcome(outputs=[o.detach() for o in outputs], timings=timings)
