"""Backends inside PyTorch: eager (the reference), aot_eager, and torch.compile/Inductor.

Options for `inductor` are Inductor config keys (e.g. `cpp_wrapper`, or the test-only bug
injector `cpp.inject_relu_bug_TESTING_ONLY`), applied while compiling and running.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import torch

from compiler_lab.backends.base import Backend, Compiled, Outcome
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


#: the repro script's compile step for the torch.compile backends
REPRO = """
import torch._inductor.config as inductor_config

BACKEND = {backend!r}
OPTIONS = {options!r}


def compile_and_run(model, inputs):
    torch._dynamo.reset()
    with inductor_config.patch(OPTIONS), torch.no_grad():
        fn = torch.compile(model.forward, backend=BACKEND, fullgraph=True, dynamic=False)
        return list(fn(*inputs))
"""


class _CallableCompiled(Compiled):
    def __init__(self, graph: Graph, fn: Callable[..., Any], ctx: Callable[[], Any]) -> None:
        self.graph = graph
        self.fn = fn
        self.ctx = ctx

    def run(self, values: dict[str, torch.Tensor]) -> list[torch.Tensor]:
        with self.ctx(), torch.no_grad():
            return list(self.fn(*input_list(self.graph, values)))


class EagerBackend(Backend):
    """The reference: run the fx module op by op. `float64=True` widens floats first."""

    name = "eager"
    option_types = {"float64": (bool,)}

    @classmethod
    def repro_source(cls, options: dict[str, Any]) -> str:
        return REPRO.format(backend="eager", options={})

    def compile(self, graph: Graph, values: dict[str, torch.Tensor]) -> Compiled:
        return _CallableCompiled(graph, to_module(graph, values), contextlib.nullcontext)

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


#: Inductor settings whose default is None but which take a number
_INDUCTOR_NUMBERS = ("cpp.simdlen", "cpp.max_horizontal_fusion_size")
#: Inductor settings that take one of a few words: its bug injectors
_INDUCTOR_CHOICES = {
    f"cpp.inject_{op}_bug_TESTING_ONLY": ("compile_error", "runtime_error", "accuracy")
    for op in ("relu", "log1p")
}


def inductor_option(key: str) -> tuple[type, ...] | None:
    """The value types of an Inductor config key it is safe to set from a case: a flag or a
    number. Keys holding strings, lists or callables (`cpp.cxx`, `cpp.march`, hooks) are
    refused, since they reach g++'s command line or run code."""
    import torch._inductor.config as cfg

    try:
        default = cfg._config[key].default
    except (AttributeError, KeyError):
        return None
    if key in _INDUCTOR_NUMBERS:
        return (int, type(None))
    if key in _INDUCTOR_CHOICES:
        return (str,)
    if isinstance(default, bool):
        return (bool,)
    if isinstance(default, int):
        return (int,)
    if isinstance(default, float):
        return (int, float)
    return None


class _DynamoBackend(Backend):
    """torch.compile(fullgraph=True, dynamic=False) with a named dynamo backend."""

    dynamo_backend = ""
    batched = True
    bisector = staticmethod(bisect.bisect_inductor)

    @classmethod
    def repro_source(cls, options: dict[str, Any]) -> str:
        return REPRO.format(backend=cls.dynamo_backend, options={})

    def _config(self) -> contextlib.AbstractContextManager[Any]:
        """Settings active while compiling and running. Not a generator-based context
        manager: dynamo would try to trace its frame when a kernel raises."""
        return contextlib.nullcontext()

    def compile(self, graph: Graph, values: dict[str, torch.Tensor]) -> Compiled:
        torch._dynamo.reset()
        module = to_module(graph, values)
        # Compile the bound forward, not the module: with a compiled nn.Module, a kernel
        # that raises at run time surfaces as dynamo's "Attempt to trace generator".
        fn = torch.compile(
            module.forward, backend=self.dynamo_backend, fullgraph=True, dynamic=False
        )
        compiled = _CallableCompiled(graph, fn, self._config)
        compiled.run(values)  # torch.compile is lazy: the first call compiles
        return compiled

    def classify(self, exc: BaseException, phase: str) -> F.Failure:
        return F.from_exception(exc, self._stage(F.chain_names(exc)))

    def _stage(self, names: list[str]) -> str:
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
        rest = {k: v for k, v in options.items() if k != "backend"}
        return REPRO.format(backend=options.get("backend", "eager"), options=rest)

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        options = dict(options or {})
        self.dynamo_backend = options.pop("backend", "eager")
        if self.dynamo_backend not in self.DYNAMO_BACKENDS:
            raise ValueError(f"dynamo: option 'backend' must be one of {self.DYNAMO_BACKENDS}")
        super().__init__(options)

    @classmethod
    def allowed(cls, key: str) -> tuple[type, ...] | None:
        return (str,) if key == "backend" else inductor_option(key)

    @classmethod
    def choices(cls, key: str) -> tuple[Any, ...] | None:
        return cls.DYNAMO_BACKENDS if key == "backend" else _INDUCTOR_CHOICES.get(key)

    def _config(self) -> contextlib.AbstractContextManager[Any]:
        import torch._inductor.config as cfg

        return cfg.patch(self.options) if self.options else contextlib.nullcontext()


class AotEagerBackend(_DynamoBackend):
    name = "aot_eager"
    dynamo_backend = "aot_eager"


class InductorBackend(_DynamoBackend):
    name = "inductor"
    dynamo_backend = "inductor"
    levels = ("output_code",)
    ir_suffixes = {"output_code": ".py"}

    @classmethod
    def repro_source(cls, options: dict[str, Any]) -> str:
        return REPRO.format(backend="inductor", options=options)

    @classmethod
    def allowed(cls, key: str) -> tuple[type, ...] | None:
        return inductor_option(key)

    @classmethod
    def choices(cls, key: str) -> tuple[Any, ...] | None:
        return _INDUCTOR_CHOICES.get(key)

    def _config(self) -> contextlib.AbstractContextManager[Any]:
        import torch._inductor.config as cfg

        return cfg.patch(self.options)

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
