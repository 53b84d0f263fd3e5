"""The lab's kinds of run on the torch.compile backends, as options: `train` (a forward and
a backward, execution/training.py) and `dynamic` (two sizes, one compile, ir/resize.py), and
the repro scripts' compile steps for each. Kept apart from the backends so that a new kind of
run is one change here."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

import torch

from compiler_lab.backends.base import Backend, Compiled
from compiler_lab.execution.training import SOURCE as TRAINING_SOURCE
from compiler_lab.execution.training import forward_backward
from compiler_lab.ir.graph import Graph
from compiler_lab.ir.materialize import input_list
from compiler_lab.ir.resize import SOURCE as RESIZE_SOURCE
from compiler_lab.ir.resize import grown_dims, second_inputs, second_size

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
#: options of the torch backends that are the lab's, not Inductor settings: `train` (a
#: forward and a backward), `dynamic` (two sizes, one compile), dynamo's `backend`
LAB_OPTIONS = ("train", "dynamic", "backend")


def repro_source(backend: str, options: dict[str, Any]) -> str:
    """The compile step of a repro script for dynamo backend `backend` with `options`
    (Inductor settings, and the lab's `train` or `dynamic`)."""
    settings = {k: v for k, v in options.items() if k not in LAB_OPTIONS}
    if options.get("train"):
        return REPRO_TRAIN.format(backend=backend, options=settings, training=TRAINING_SOURCE)
    if options.get("dynamic"):
        mark = options["dynamic"] is True
        return REPRO_DYNAMIC.format(
            backend=backend, options=settings, mark=mark, resize=RESIZE_SOURCE
        )
    return REPRO.format(backend=backend, options=settings)


def lab_options(options: dict[str, Any]) -> dict[str, Any]:
    """The lab's own among `options` (a backend that takes no Inductor settings)."""
    return {k: v for k, v in options.items() if k in LAB_OPTIONS}


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


def guard_failures(message: str) -> list[str]:
    """The guards whose failure made dynamo recompile, as its RecompileError lists them
    (`- 0/0: tensor 'x' size mismatch at index 0. expected 4, actual 7`)."""
    lines = [ln.strip() for ln in message.splitlines() if ln.strip().startswith("- ")]
    return [ln[2:].split(": ", 1)[-1] for ln in lines]


#: a guard torch's own code put on a size to choose an algorithm by it: an inequality with
#: a constant (a decomposition's or Inductor's codegen's threshold; where dynamo says which
#: line installed it, that is the decomposition, or the AOT cache re-evaluating it)
_THRESHOLD = re.compile(r"[<>]=?\s*[\d.]+\s*(?:#|$)")


def deliberate(message: str) -> bool:
    """Whether every guard a recompile failed is a threshold torch itself chose an
    algorithm by (isin's small-input path, a codegen accumulation helper above a size):
    one compile per side of it is the design, not a size specialized for no reason."""
    guards = guard_failures(message)
    return bool(guards) and all(_THRESHOLD.search(g) for g in guards)


class _TwoSizes(_CallableCompiled):
    """A dynamic-shape run: at the graph's size, then at its second size (ir.resize), as
    one list of results. The grown dimensions are marked dynamic before the first call
    (`mark`); a recompile at the second size raises (dynamo's RecompileError), unless
    torch's own code chose an algorithm by the size there (`deliberate`): then the second
    size runs recompiled, its result still judged."""

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
            try:
                with torch._dynamo.config.patch(error_on_recompile=True):
                    return first + list(self.fn(*second))
            except torch._dynamo.exc.RecompileError as e:
                if not deliberate(str(e)):
                    raise
            return first + list(self.fn(*second))


#: the `dynamic` option's values: a dynamic-shape run or not, or one whose sizes are not
#: marked dynamic (so the second size recompiles: the planted recompile tests find)
DYNAMIC_CHOICES = (True, False, "unmarked-TESTING_ONLY")


def run_kind(options: dict[str, Any]) -> Callable[..., _CallableCompiled]:
    """How a torch backend runs a compiled graph under `options`."""
    if options.get("dynamic"):
        return functools.partial(_TwoSizes, mark=options["dynamic"] is True)
    return _CallableCompiled


class RunModes(Backend):
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
