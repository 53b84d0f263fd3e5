"""The backend contract: `name`, `compile`, `run`, `dump_ir`, and failures as values."""

from __future__ import annotations

import re
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import torch

from compiler_lab.backends.native import DispatchBuild, NativeDispatch, NativeUnits
from compiler_lab.execution.failure import Failure
from compiler_lab.ir.graph import Graph
from compiler_lab.sandbox.breadcrumb import mark


class StageError(Exception):
    """Raised inside a backend to report a failure at a known stage."""

    def __init__(self, stage: str, exc: BaseException) -> None:
        super().__init__(str(exc))
        self.stage = stage
        self.exc = exc


#: an MLIR conversion that has no pattern for an op; a generic `torch.operator` (an op the
#: torch dialect does not know) names the real op in its `name` attribute
_LEGALIZE = re.compile(r"failed to legalize operation '(torch\.[\w.]+)'")
_OPERATOR_NAME = re.compile(r'name = "(torch\.[\w.]+)"')
_CANNOT_LOWER = re.compile(r"cannot lower (torch\.[\w.]+)")


def legalization_gap(message: str) -> str | None:
    """The torch-dialect op an MLIR conversion could not legalize (`torch.aten.sort.stable`),
    or None when the message is not a legalization failure."""
    m = _LEGALIZE.search(message)
    if m is None:
        return None
    if m.group(1) == "torch.operator":
        named = _OPERATOR_NAME.search(message, m.end())
        if named:
            return named.group(1)
    return m.group(1)


def cannot_lower(compiler: str, op: str, stage: str = "") -> str:
    """The skip reason for an op a compiler has no lowering for (parsed by `gap_op`)."""
    return f"{compiler} cannot lower {op}" + (f" ({stage})" if stage else "")


def gap_op(reason: str) -> str | None:
    """The ATen op a `cannot_lower` reason names, as `aten.<name>[.<overload>]`."""
    m = _CANNOT_LOWER.search(reason)
    if m is None or m.group(1) == "torch.operator":
        return None
    return m.group(1).removeprefix("torch.")


def package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


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


@dataclass(frozen=True)
class MlirReproducer:
    """A failure inside an MLIR compiler, alone: the module just before the failing pass or
    phase, and the command that runs that step on it (`{input}` stands for the module's
    file), as an MLIR maintainer would run it."""

    tool: str  # the executable: torch-mlir-opt, iree-compile, …
    args: tuple[str, ...]
    text: str
    failing: str  # the pass or phase that fails

    def command(self, path: str = "before.mlir") -> list[str]:
        return [self.tool, *(a.replace("{input}", path) for a in self.args)]


class Backend(ABC):
    """A compiler under test. Subclasses raise; `execute` turns that into an Outcome."""

    name: str = ""
    #: whether campaigns learn which (op, dtype) pairs it lowers and generate only those
    #: for it (compilers that reject many ops by design: the MLIR paths)
    learns_support: bool = False
    #: the Python packages whose versions decide what it lowers
    packages: tuple[str, ...] = ("torch",)
    #: dtypes it takes nowhere in a graph, by design, with the reason
    dtype_gaps: dict[str, str] = {}

    #: the options it takes: key -> the types its value may have. Options can come from a
    #: shared case's verdict.json, so anything else is refused (a string that reaches a
    #: compiler's command line, such as Inductor's `cpp.cxx`, never gets through)
    option_types: dict[str, tuple[type, ...]] = {}
    #: the levels `dump_ir` returns, in pipeline order, and the file suffix of each level
    #: that is not MLIR
    levels: tuple[str, ...] = ()
    ir_suffixes: dict[str, str] = {}
    #: whether a campaign may compile several graphs as one (compile-time batching)
    batched: bool = False
    #: what the last compile decided by itself where an option told it to draw (IREE's
    #: `schedule_draw`): options that rebuild exactly that build, which `execute` reports
    #: as timings["decided"] and the lab merges into the verdict's options
    decided: dict[str, Any] = {}
    #: `function(case, pool) -> BisectResult` that narrows a finding down to a pass, a phase
    #: or a flag (a `staticmethod`); None where the compiler offers nothing to bisect over
    bisector: Callable[..., Any] | None = None
    #: an MLIR backend's pipeline as (level, passes) pairs: what the pass bisector walks
    plan: list[tuple[str, str]] = []
    #: what it offers beyond testing (`native.CAPABILITIES`): "native" (`lower_native`),
    #: "native-mlir" (`native_from_mlir`), "library" (its native units carry shared
    #: libraries); `backends.capable(name)` lists the backends that have one
    capabilities: frozenset[str] = frozenset()
    #: with the "variants" capability: named sets of module flags its `flags` option takes
    #: (decisions of the whole module, measured as variants beside the default)
    flag_sets: dict[str, tuple[str, ...]] = {}
    #: named decisions other than its defaults (options), which a campaign's decision arm
    #: draws from: each may change how the compiler builds a graph, never what it computes
    decisions: dict[str, dict[str, Any]] = {}
    #: the levels whose texts `lower_native` hands over (graph levels, then dispatch levels),
    #: and those kept for a graph of one op (a kernel) measured on its own
    native_levels: tuple[str, ...] = ()
    kernel_levels: tuple[str, ...] = ()

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        self.options = dict(options or {})
        self.check_options(self.options)

    @classmethod
    def allowed(cls, key: str) -> tuple[type, ...] | None:
        """The value types option `key` may take, or None if it is not an option."""
        return cls.option_types.get(key)

    @classmethod
    def choices(cls, key: str) -> tuple[Any, ...] | None:
        """The only values option `key` may take, where it takes a few words (None: any
        value of its types)."""
        return None

    @classmethod
    def decision(cls, options: dict[str, Any]) -> str:
        """The compiler decisions `options` force, named for a bucket key ("" for none): a
        finding under a forced decision is not the same bug as one under the default."""
        return ""

    @classmethod
    def check_options(cls, options: dict[str, Any]) -> None:
        """Refuse (ValueError) an option the backend does not take or a value of a type it
        does not take; bools are not ints here."""
        if not isinstance(options, dict):
            raise ValueError(f"{cls.name}: options must be an object, not {type(options).__name__}")
        for key, value in options.items():
            types = cls.allowed(key) if isinstance(key, str) else None
            if types is None:
                raise ValueError(f"{cls.name}: unknown or refused option {str(key)[:60]!r}")
            ok = isinstance(value, types) and not (isinstance(value, bool) and bool not in types)
            if not ok:
                wanted = " or ".join("null" if t is type(None) else t.__name__ for t in types)
                raise ValueError(
                    f"{cls.name}: option {key!r} takes {wanted}, not {str(value)[:40]!r}"
                )
            words = cls.choices(key)
            if words is not None and value not in words:
                raise ValueError(
                    f"{cls.name}: option {key!r} takes one of {', '.join(map(str, words))}, "
                    f"not {str(value)[:40]!r}"
                )

    @classmethod
    def version(cls) -> str:
        """What decides this backend's behaviour: its packages' versions."""
        return " ".join(f"{p}=={package_version(p)}" for p in cls.packages)

    @classmethod
    def suffix(cls, level: str) -> str:
        """The file suffix of `level`'s text (`clab lower` writes `<level><suffix>`)."""
        for prefix, suffix in cls.ir_suffixes.items():  # `output_code` and `output_code_1`
            if level.startswith(prefix):
                return suffix
        return ".mlir"

    @classmethod
    def repro_source(cls, options: dict[str, Any]) -> str | None:
        """The part of a standalone repro script that defines `compile_and_run(model,
        inputs) -> outputs` for this backend (after the model's source; torch is imported),
        or None when it has none: the case is then written without repro.py."""
        return None

    def lowers(self, graph: Graph, values: dict[str, torch.Tensor]) -> str | None:
        """Why this backend cannot take `graph` by design (a skip reason), or None if it
        gets past the point where that is decided. By default: compile it."""
        reason = self.unsupported(graph)
        if reason:
            return reason
        try:
            self.decide(graph, values)
        except Exception as exc:
            verdict = self.classify(exc, "compile")
            return verdict if isinstance(verdict, str) else None
        return None

    def decide(self, graph: Graph, values: dict[str, torch.Tensor]) -> None:
        """Go as far as the point where the compiler accepts or rejects the graph's ops
        (raising as `compile` would); `lowers` asks this. By default: compile it all."""
        self.compile(graph, values)

    def unsupported(self, graph: Graph) -> str | None:
        """A reason this backend cannot take `graph` by design, or None."""
        return None

    def boundary_gap(self, graph: Graph) -> str | None:
        """The `dtype_gaps` reason of a graph input or output, for a backend whose gaps are
        at the function boundary (a numpy bridge), or None."""
        specs = graph.values()
        for spec in graph.graph_inputs + [specs[n] for n in graph.outputs]:
            if spec.dtype in self.dtype_gaps:
                return f"{self.dtype_gaps[spec.dtype]} ('{spec.name}')"
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

    def lower_native(
        self,
        graph: Graph,
        values: dict[str, torch.Tensor],
        workdir: Path,
        stem: str,
        cpus: tuple[str, ...] = ("host",),
    ) -> NativeUnits:
        """The "native" capability: `graph` lowered for real, its MLIR at each level and
        its native code; libraries (`<stem>[@cpu].so` in `workdir`) for each of `cpus`
        where the backend builds them. Raises on failure."""
        raise NotImplementedError(f"{self.name} hands out no native units")

    def native_from_mlir(
        self, text: str, workdir: Path, stem: str, cpus: tuple[str, ...] = ("host",)
    ) -> NativeUnits:
        """The "native-mlir" capability: a linalg-on-tensors module (func @main over static
        tensors) as native units. ValueError names what is wrong with a bad module."""
        raise NotImplementedError(f"{self.name} takes no MLIR text")

    def build_dispatch(self, dispatch: NativeDispatch) -> DispatchBuild:
        """Compile one dispatch of `lower_native`'s units to run alone."""
        raise NotImplementedError(f"{self.name} forms no dispatches")

    def mlir_reproducer(
        self, graph: Graph, values: dict[str, torch.Tensor], stage: str
    ) -> MlirReproducer | None:
        """For a failure at `stage` inside an MLIR pass or compiler: the module before the
        failing step and the command that runs it alone; None where there is none."""
        return None

    def schedule_variants(self, dispatch: NativeDispatch, n: int, seed: int = 0) -> list:
        """The "variants" capability: up to `n` variants of a dispatch of `lower_native`'s
        units (NativeDispatch, the compiler's own first), each under other scheduling
        decisions; `build_dispatch` builds each."""
        raise NotImplementedError(f"{self.name} varies no schedules")

    def execute(
        self, graph: Graph, values: dict[str, torch.Tensor], probes: tuple[str, ...] = ()
    ) -> Outcome:
        """Compile and run; every failure comes back as a value. After a run, each finding
        kind in `probes` watches the compiled graph beside eager and leaves its evidence in
        timings (e.g. perf-outlier times both: timings["perf"]; see findings.kinds)."""
        reason = self.unsupported(graph)
        if reason:
            return Outcome(skipped=reason)
        timings: dict[str, Any] = {}
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
            if self.decided:
                timings["decided"] = self.decided
            verdict = self.classify(exc, phase)
            if isinstance(verdict, str):
                return Outcome(skipped=verdict, timings=timings)
            return Outcome(failure=verdict, timings=timings)
        if probes:
            from compiler_lab.findings.kinds import probing
            from compiler_lab.ir.materialize import input_list, to_module

            eager = to_module(graph, values)
            args = input_list(graph, values)
            for name in probes:
                kind = probing(name)
                mark(kind.name)
                with torch.no_grad():
                    found = kind.probe(lambda: compiled.run(values), lambda: eager(*args))
                timings[kind.evidence] = found
        if self.decided:
            timings["decided"] = self.decided
        return Outcome(outputs=[o.detach() for o in outputs], timings=timings)
