"""Backends inside PyTorch: eager (the reference), aot_eager, and torch.compile/Inductor.

Options for `inductor` are Inductor config keys (e.g. `cpp_wrapper`, or the test-only bug
injector `cpp.inject_relu_bug_TESTING_ONLY`), applied while compiling and running.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable
from typing import Any

import torch

from compiler_lab.backends.base import Backend, Compiled, Outcome
from compiler_lab.execution import failure as F
from compiler_lab.execution.training import SOURCE as TRAINING_SOURCE
from compiler_lab.execution.training import forward_backward
from compiler_lab.ir.graph import Graph
from compiler_lab.ir.inputs import to_float64, widened
from compiler_lab.ir.materialize import input_list, to_module
from compiler_lab.ir.resize import SOURCE as RESIZE_SOURCE
from compiler_lab.ir.resize import grown_dims, second_inputs, second_size
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
#: the same for a training run: forward and backward compiled (AOTAutograd), and eager's
#: reference run the same way (the outputs, then the float inputs' gradients)
REPRO_TRAIN = """
import torch._inductor.config as inductor_config

BACKEND = {backend!r}
OPTIONS = {options!r}


{training}

def compile_and_run(model, inputs):
    torch._dynamo.reset()
    with inductor_config.patch(OPTIONS):
        fn = torch.compile(model.forward, backend=BACKEND, fullgraph=True, dynamic=False)
        return forward_backward(fn, inputs)


def reference_outputs(model, inputs):
    return forward_backward(model, inputs)
"""
#: the same for a dynamic-shape run: the grown dimensions marked dynamic, then run at the
#: graph's size and at its second size (ir.resize), where a recompile raises
REPRO_DYNAMIC = """
import torch._inductor.config as inductor_config

BACKEND = {backend!r}
OPTIONS = {options!r}
MARK = {mark!r}


{resize}

def compile_and_run(model, inputs):
    torch._dynamo.reset()
    second = second_inputs(inputs)
    for a, b in zip(inputs, second):
        if MARK and grown_dims(a, b):
            torch._dynamo.maybe_mark_dynamic(a, grown_dims(a, b))
    with inductor_config.patch(OPTIONS), torch.no_grad():
        fn = torch.compile(model.forward, backend=BACKEND, fullgraph=True)
        first = list(fn(*inputs))
        with torch._dynamo.config.patch(error_on_recompile=True):
            return first + list(fn(*second))


def reference_outputs(model, inputs):
    with torch.no_grad():
        return list(model(*inputs)) + list(model(*second_inputs(inputs)))
"""
#: autograd's refusal of an op it cannot differentiate (raised by AOTAutograd's trace)
_NO_DERIVATIVE = re.compile(r"derivative for (?:aten::)?([\w.]+) is not implemented")
#: options of the torch backends that are the lab's, not Inductor settings: `train` (a
#: forward and a backward), `dynamic` (two sizes, one compile), dynamo's `backend`
_LAB_OPTIONS = ("train", "dynamic", "backend")


def repro_source(backend: str, options: dict[str, Any]) -> str:
    """The compile step of a repro script for dynamo backend `backend` with `options`
    (Inductor settings, and the lab's `train` or `dynamic`)."""
    settings = {k: v for k, v in options.items() if k not in _LAB_OPTIONS}
    if options.get("train"):
        return REPRO_TRAIN.format(backend=backend, options=settings, training=TRAINING_SOURCE)
    if options.get("dynamic"):
        mark = options["dynamic"] is True
        return REPRO_DYNAMIC.format(
            backend=backend, options=settings, mark=mark, resize=RESIZE_SOURCE
        )
    return REPRO.format(backend=backend, options=settings)


def _lab_options(options: dict[str, Any]) -> dict[str, Any]:
    """The lab's own among `options` (a backend that takes no Inductor settings)."""
    return {k: v for k, v in options.items() if k in _LAB_OPTIONS}


def _settings(options: dict[str, Any]) -> contextlib.AbstractContextManager[Any]:
    """Inductor's config patched with the settings among `options` (none: nothing)."""
    import torch._inductor.config as cfg

    settings = {k: v for k, v in options.items() if k not in _LAB_OPTIONS}
    return cfg.patch(settings) if settings else contextlib.nullcontext()


class _CallableCompiled(Compiled):
    """A callable over the graph's inputs; `train`: each run is a forward and a backward
    (training.forward_backward), its results the outputs and then the gradients."""

    def __init__(
        self, graph: Graph, fn: Callable[..., Any], ctx: Callable[[], Any], train: bool = False
    ) -> None:
        self.graph = graph
        self.fn = fn
        self.ctx = ctx
        self.train = train

    def run(self, values: dict[str, torch.Tensor]) -> list[torch.Tensor]:
        args = input_list(self.graph, values)
        if self.train:
            with self.ctx():
                return forward_backward(self.fn, args)
        with self.ctx(), torch.no_grad():
            return list(self.fn(*args))


class _TwoSizes(_CallableCompiled):
    """A dynamic-shape run: at the graph's size, then at its second size (ir.resize), as
    one list of results. The grown dimensions are marked dynamic before the first call
    (`mark`); a recompile at the second size raises (dynamo's RecompileError)."""

    def __init__(
        self,
        graph: Graph,
        fn: Callable[..., Any],
        ctx: Callable[[], Any],
        train: bool = False,
        mark: bool = True,
    ) -> None:
        super().__init__(graph, fn, ctx, train)
        self.mark = mark

    def run(self, values: dict[str, torch.Tensor]) -> list[torch.Tensor]:
        args = input_list(self.graph, values)
        second = second_inputs(args)
        if second is None:
            raise ValueError(f"{self.graph.name}: no second size")
        for a, b in zip(args, second, strict=True):
            if self.mark and grown_dims(a, b):
                torch._dynamo.maybe_mark_dynamic(a, grown_dims(a, b))
        with self.ctx(), torch.no_grad():
            first = list(self.fn(*args))
            with torch._dynamo.config.patch(error_on_recompile=True):
                return first + list(self.fn(*second))


#: the `dynamic` option's values: a dynamic-shape run or not, or one whose sizes are not
#: marked dynamic (so the second size recompiles: the planted recompile tests find)
DYNAMIC_CHOICES = (True, False, "unmarked-TESTING_ONLY")


def _run_kind(options: dict[str, Any]) -> Callable[..., _CallableCompiled]:
    """How a torch backend runs a compiled graph under `options`."""
    if options.get("dynamic"):
        return functools.partial(_TwoSizes, mark=options["dynamic"] is True)
    return _CallableCompiled


class _RunModes(Backend):
    """The lab's kinds of run the torch backends take as options: `train` (a forward and a
    backward, training.py) and `dynamic` (two sizes, one compile, ir.resize); not both."""

    option_types = {"train": (bool,), "dynamic": (bool, str)}

    @classmethod
    def choices(cls, key: str) -> tuple[Any, ...] | None:
        return DYNAMIC_CHOICES if key == "dynamic" else None

    @classmethod
    def check_options(cls, options: dict[str, Any]) -> None:
        super().check_options(options)
        if options.get("train") and options.get("dynamic"):
            raise ValueError(f"{cls.name}: options 'train' and 'dynamic' cannot be combined")

    def unsupported(self, graph: Graph) -> str | None:
        """A dynamic-shape run of a graph with no second size cannot be made."""
        if self.options.get("dynamic") and second_size(graph) is None:
            return "no second size: its ops refuse a grown leading dimension (see ir.resize)"
        return None


class EagerBackend(_RunModes):
    """The reference: run the fx module op by op. `float64=True` widens floats first."""

    name = "eager"
    option_types = {"float64": (bool,), **_RunModes.option_types}

    @classmethod
    def repro_source(cls, options: dict[str, Any]) -> str:
        return repro_source("eager", _lab_options(options))

    def compile(self, graph: Graph, values: dict[str, torch.Tensor]) -> Compiled:
        module = to_module(graph, values)
        run = _run_kind(self.options)
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


#: Inductor settings whose default is None but which take a number
_INDUCTOR_NUMBERS = ("cpp.simdlen", "cpp.max_horizontal_fusion_size")
#: Inductor settings that take one of a few words: its bug injectors
_INDUCTOR_CHOICES = {
    f"cpp.inject_{op}_bug_TESTING_ONLY": ("compile_error", "runtime_error", "accuracy")
    for op in ("relu", "log1p")
}

#: Inductor decisions a campaign's decision fuzzing tries, in the spirit of PyTorch's
#: ConfigFuzzer: settings that change how Inductor fuses, vectorizes, pads and schedules,
#: never what a graph computes (fast-math and random fallbacks are left out on purpose)
INDUCTOR_DECISIONS: dict[str, dict[str, Any]] = {
    "no-epilogue-fusion": {"epilogue_fusion": False},
    "no-pattern-matcher": {"pattern_matcher": False},
    "aggressive-fusion": {"aggressive_fusion": True},
    "no-split-reductions": {"split_reductions": False},
    "max-fusion-size-1": {"max_fusion_size": 1},
    "min-chunk-size-1": {"cpp.min_chunk_size": 1},
    "scalar-kernels": {"cpp.simdlen": 1},
    "no-tail-vectorization": {"cpp.enable_loop_tail_vec": False},
    "no-tiling-heuristics": {"cpp.enable_tiling_heuristics": False},
    "no-loop-reordering": {"loop_ordering_after_fusion": False},
    "permute-fusion": {"permute_fusion": True},
    "no-inplace-buffers": {"inplace_buffers": False},
    "no-reorder-for-locality": {"reorder_for_locality": False},
    "emulate-precision-casts": {"emulate_precision_casts": True},
    "horizontal-fusion-1": {"cpp.max_horizontal_fusion_size": 1},
    "unroll-reductions-1": {"unroll_reductions_threshold": 1},
    "no-comprehensive-padding": {"comprehensive_padding": False},
    "no-constant-folding": {"joint_graph_constant_folding": False},
    "freezing": {"freezing": True},
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


class _DynamoBackend(_RunModes):
    """torch.compile(fullgraph=True, dynamic=False) with a named dynamo backend."""

    dynamo_backend = ""
    batched = True
    bisector = staticmethod(bisect.bisect_inductor)

    @classmethod
    def repro_source(cls, options: dict[str, Any]) -> str:
        return repro_source(
            cls.dynamo_backend, {k: v for k, v in options.items() if k in _LAB_OPTIONS}
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
        run = _run_kind(self.options)
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
        return _RunModes.choices(key) or _INDUCTOR_CHOICES.get(key)

    def _config(self) -> contextlib.AbstractContextManager[Any]:
        return _settings(self.options)


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
        lab = ("cpp_wrapper", *_LAB_OPTIONS)
        return ",".join(f"{k}={v}" for k, v in sorted(options.items()) if k not in lab)

    @classmethod
    def repro_source(cls, options: dict[str, Any]) -> str:
        return repro_source("inductor", options)

    @classmethod
    def allowed(cls, key: str) -> tuple[type, ...] | None:
        return cls.option_types.get(key) or inductor_option(key)

    @classmethod
    def choices(cls, key: str) -> tuple[Any, ...] | None:
        return _RunModes.choices(key) or _INDUCTOR_CHOICES.get(key)

    def _config(self) -> contextlib.AbstractContextManager[Any]:
        return _settings(self.options)

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
