"""Backends inside PyTorch: eager (the reference), aot_eager, and torch.compile/Inductor.

Options for `inductor` are Inductor config keys (e.g. `cpp_wrapper`, or the test-only bug
injector `cpp.inject_relu_bug_TESTING_ONLY`), applied while compiling and running
(inductor_options.py); the lab's kinds of run, `train` and `dynamic`, are torch_runs.py's.
"""

from __future__ import annotations

import contextlib
import re
from typing import Any

import torch

from compiler_lab.backends.base import Compiled, Outcome
from compiler_lab.backends.inductor_options import (
    INDUCTOR_CHOICES,
    INDUCTOR_DECISIONS,
    inductor_option,
    inductor_settings,
)
from compiler_lab.backends.torch_runs import (
    LAB_OPTIONS,
    RunModes,
    lab_options,
    repro_source,
    run_kind,
)
from compiler_lab.execution import failure as F
from compiler_lab.ir.graph import Graph
from compiler_lab.ir.inputs import to_float64, widened
from compiler_lab.ir.materialize import input_list, to_module
from compiler_lab.triage import bisect

_DYNAMO_ERRORS = {
    "Unsupported",
    "UserError",
    "TorchRuntimeError",
    "InternalTorchDynamoError",
    "UncapturedHigherOrderOpError",
    "ObservedException",
}


#: autograd's refusal of an op it cannot differentiate (raised by AOTAutograd's trace)
_NO_DERIVATIVE = re.compile(r"derivative for (?:aten::)?([\w.]+) is not implemented")


class EagerBackend(RunModes):
    """The reference: run the fx module op by op. `float64=True` widens floats first."""

    name = "eager"
    option_types = {"float64": (bool,), **RunModes.option_types}

    @classmethod
    def repro_source(cls, options: dict[str, Any]) -> str:
        return repro_source("eager", lab_options(options))

    def compile(self, graph: Graph, values: dict[str, torch.Tensor]) -> Compiled:
        module = to_module(graph, values)
        run = run_kind(self.options)
        return run(graph, module, contextlib.nullcontext, bool(self.options.get("train")))

    def execute(
        self, graph: Graph, values: dict[str, torch.Tensor], probes: tuple[str, ...] = ()
    ) -> Outcome:
        if not self.options.get("float64"):
            return super().execute(graph, values, probes)
        # the truth computes everything in float64: inputs, the dtypes calls name, and the
        # default dtype ints promote to; an op with no float64 kernel keeps its dtypes
        wide = to_float64(values)
        default = torch.get_default_dtype()
        torch.set_default_dtype(torch.float64)
        try:
            outcome = super().execute(widened(graph), wide, probes)
        finally:
            torch.set_default_dtype(default)
        if outcome.failure is None:
            return outcome
        return super().execute(graph, wide, probes)

    def classify(self, exc: BaseException, phase: str) -> F.Failure:
        return F.from_exception(exc, "eager")


class _DynamoBackend(RunModes):
    """torch.compile(fullgraph=True, dynamic=False) with a named dynamo backend."""

    dynamo_backend = ""
    batched = True
    bisector = staticmethod(bisect.bisect_inductor)

    @classmethod
    def repro_source(cls, options: dict[str, Any]) -> str:
        return repro_source(
            cls.dynamo_backend, {k: v for k, v in options.items() if k in LAB_OPTIONS}
        )

    def _config(self) -> contextlib.AbstractContextManager[Any]:
        """Settings active while compiling and running. Not a generator-based context
        manager: dynamo would try to trace its frame when a kernel raises."""
        return contextlib.nullcontext()

    def compile(self, graph: Graph, values: dict[str, torch.Tensor]) -> Compiled:
        torch._dynamo.reset()
        module = to_module(graph, values)
        # Compile the bound forward, not the module: with a compiled nn.Module, a kernel
        # that raises at run time surfaces as dynamo's "Attempt to trace generator".
        dynamic = None if self.options.get("dynamic") else False  # None: as marked
        fn = torch.compile(
            module.forward, backend=self.dynamo_backend, fullgraph=True, dynamic=dynamic
        )
        run = run_kind(self.options)
        compiled = run(graph, fn, self._config, bool(self.options.get("train")))
        compiled.run(values)  # torch.compile is lazy: the first call compiles
        return compiled

    def classify(self, exc: BaseException, phase: str) -> F.Failure | str:
        """A failure by stage; in a training run, an op autograd has no derivative for is
        a skip: eager could not train through it either."""
        if self.options.get("train"):
            found = _NO_DERIVATIVE.search(F.clean(str(exc)))
            if found:
                return f"{found.group(1)} has no derivative: a training run needs one"
        return F.from_exception(exc, self._stage(F.chain_names(exc)))

    def _stage(self, names: list[str]) -> str:
        if "RecompileError" in names:
            return "recompile"
        if _DYNAMO_ERRORS & set(names):
            return "dynamo"
        if "BackendCompilerFailed" in names:
            return "aot"
        return "runtime"


class DynamoBackend(_DynamoBackend):
    """torch.compile with any dynamo backend named by the `backend` option (`eager`,
    `aot_eager`, `aot_eager_decomp_partition`, `inductor`): the rungs of the stage bisector.
    Inductor config keys may be given too."""

    name = "dynamo"
    batched = False
    bisector = None
    #: the rungs it may be asked for
    DYNAMO_BACKENDS = ("eager", "aot_eager", "aot_eager_decomp_partition", "inductor")

    @classmethod
    def repro_source(cls, options: dict[str, Any]) -> str:
        backend = options.get("backend", "eager")
        return repro_source(backend, options)

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        options = dict(options or {})
        self.dynamo_backend = options.pop("backend", "eager")
        if self.dynamo_backend not in self.DYNAMO_BACKENDS:
            raise ValueError(f"dynamo: option 'backend' must be one of {self.DYNAMO_BACKENDS}")
        super().__init__(options)

    @classmethod
    def allowed(cls, key: str) -> tuple[type, ...] | None:
        if key == "backend":
            return (str,)
        return cls.option_types.get(key) or inductor_option(key)

    @classmethod
    def choices(cls, key: str) -> tuple[Any, ...] | None:
        if key == "backend":
            return cls.DYNAMO_BACKENDS
        return RunModes.choices(key) or INDUCTOR_CHOICES.get(key)

    def _config(self) -> contextlib.AbstractContextManager[Any]:
        return inductor_settings(self.options)


class AotEagerBackend(_DynamoBackend):
    name = "aot_eager"
    dynamo_backend = "aot_eager"


class InductorBackend(_DynamoBackend):
    name = "inductor"
    dynamo_backend = "inductor"
    levels = ("output_code",)
    ir_suffixes = {"output_code": ".py"}
    decisions = INDUCTOR_DECISIONS

    @classmethod
    def decision(cls, options: dict[str, Any]) -> str:
        """Every setting forced, as `key=value`: a decision, or a bug injector (not
        `cpp_wrapper`, whose both values are Inductor's defaults, alternated by campaigns;
        nor `train`, a kind of run, not a decision)."""
        lab = ("cpp_wrapper", *LAB_OPTIONS)
        return ",".join(f"{k}={v}" for k, v in sorted(options.items()) if k not in lab)

    @classmethod
    def repro_source(cls, options: dict[str, Any]) -> str:
        return repro_source("inductor", options)

    @classmethod
    def allowed(cls, key: str) -> tuple[type, ...] | None:
        return cls.option_types.get(key) or inductor_option(key)

    @classmethod
    def choices(cls, key: str) -> tuple[Any, ...] | None:
        return RunModes.choices(key) or INDUCTOR_CHOICES.get(key)

    def _config(self) -> contextlib.AbstractContextManager[Any]:
        return inductor_settings(self.options)

    def _stage(self, names: list[str]) -> str:
        if "CppCompileError" in names:
            return "cpp-compile"
        if {"LoweringException", "InductorError"} & set(names):
            return "inductor-lower"
        return super()._stage(names)

    def dump_ir(self, graph: Graph, values: dict[str, torch.Tensor]) -> dict[str, str]:
        """Inductor's generated source (the output code module), one entry per module."""
        from torch._inductor.utils import run_and_get_code

        torch._dynamo.reset()
        module = to_module(graph, values)
        fn = torch.compile(module.forward, backend="inductor", fullgraph=True, dynamic=False)
        with self._config(), torch.no_grad():
            _, codes = run_and_get_code(fn, *input_list(graph, values))
        if len(codes) == 1:
            return {"output_code": codes[0]}
        return {f"output_code_{i}": code for i, code in enumerate(codes)}


class TurbineBackend(_DynamoBackend):
    """torch.compile(backend="turbine_cpu") from iree-turbine: dynamo's FX graphs lowered
    through MLIR to IREE (llvm-cpu) — the torch.compile → MLIR route."""

    name = "turbine"
    dynamo_backend = "turbine_cpu"
    bisector = None
    learns_support = True
    option_types = {}  # no training or dynamic runs: turbine_cpu is tested as it is
    packages = ("iree-turbine", "iree-base-compiler", "torch")

    def unsupported(self, graph: Graph) -> str | None:
        import importlib.util

        if importlib.util.find_spec("iree.turbine") is None:
            return "iree-turbine is not installed"
        return None

    def _stage(self, names: list[str]) -> str:
        # turbine_cpu compiles each FX graph with IREE inside dynamo's backend call
        if {"CompilerToolError", "BackendCompilerFailed"} & set(names):
            return "iree-compile"
        return super()._stage(names)
