"""A user's own model, named `FILE.py:FUNC`: FUNC returns `(nn.Module, example inputs)`.
Their code runs as is, so only ever in a sandboxed worker (`capture_module`); what comes
back is a graph, never their objects.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import torch

from compiler_lab.errors import LabError
from compiler_lab.sandbox.calls import sandbox_call

if TYPE_CHECKING:
    from compiler_lab.ir.graph import Graph
    from compiler_lab.sandbox.pool import Executor


def load_module_spec(spec: str) -> tuple[torch.nn.Module, list[torch.Tensor]]:
    """Run a user's `FILE.py:FUNC` (their own code, executed as is) and check that FUNC
    returns `(nn.Module, example_inputs)`. Raises ValueError with a one-line reason."""
    import importlib.util

    path, sep, func = spec.rpartition(":")
    if not sep or not path.endswith(".py") or not func.isidentifier():
        raise ValueError(f"{spec}: expected FILE.py:FUNC")
    if not Path(path).is_file():
        raise ValueError(f"{path}: no such file")
    loader = importlib.util.spec_from_file_location(f"clab_user_{Path(path).stem}", path)
    if loader is None or loader.loader is None:
        raise ValueError(f"{path}: cannot be imported as a Python file")
    mod = importlib.util.module_from_spec(loader)
    try:
        loader.loader.exec_module(mod)
    except Exception as exc:
        raise ValueError(f"{path}: import failed: {type(exc).__name__}: {exc}") from None
    fn = getattr(mod, func, None)
    if not callable(fn):
        raise ValueError(f"{path}: no function {func!r}")
    try:
        result = fn()
    except Exception as exc:
        raise ValueError(f"{spec}: raised {type(exc).__name__}: {exc}") from None
    ok = (
        isinstance(result, (tuple, list))
        and len(result) == 2
        and isinstance(result[0], torch.nn.Module)
        and isinstance(result[1], (tuple, list))
        and all(isinstance(t, torch.Tensor) for t in result[1])
    )
    if not ok:
        raise ValueError(
            f"{spec}: must return (nn.Module, [example tensors]), got {type(result).__name__}"
        )
    return result[0], list(result[1])


def absolute(spec: str) -> str:
    """`FILE.py:FUNC` with FILE made absolute here: a worker runs in a folder of its own."""
    path, sep, func = spec.rpartition(":")
    return f"{Path(path).resolve()}{sep}{func}" if sep and path else spec


@dataclass(frozen=True)
class ModuleSpec:
    """`FILE.py:FUNC`, and the name its captured graph gets."""

    module: str
    name: str = "user"


@dataclass(frozen=True)
class CapturedModule:
    """The captured model as graph JSON, or why it could not be captured (one line)."""

    graph: dict[str, Any] | None = None
    error: str = ""


@sandbox_call(ModuleSpec, CapturedModule)
def capture_module(spec: ModuleSpec) -> CapturedModule:
    """Sandbox entry point: load a user's model and capture it as a graph."""
    from compiler_lab.ir.capture import capture

    warnings.filterwarnings("ignore")
    try:
        graph, _ = capture(*load_module_spec(spec.module), spec.name)
    except Exception as exc:
        first = (str(exc).splitlines() or [type(exc).__name__])[0]
        return CapturedModule(error=first[:300])
    return CapturedModule(graph.to_json())


def captured(pool: Executor, spec: str, flag: str) -> Graph:
    """The user's model `FILE.py:FUNC` captured in `pool`'s sandboxed worker (their code
    runs there, never here) and validated, named after FILE's stem and FUNC; a LabError of
    one line, `FLAG SPEC: why`, when it cannot be."""
    from compiler_lab.ir.graph import Graph
    from compiler_lab.ir.validate import validate_graph

    path, _, func = spec.rpartition(":")
    resp = pool.call(capture_module, ModuleSpec(absolute(spec), f"{Path(path).stem}_{func}"))
    error = resp.result.error if resp.ok else resp.why().splitlines()[0]
    if error:
        raise LabError(f"{flag} {spec}: {error}")
    graph = Graph.from_json(resp.result.graph)
    try:
        validate_graph(graph)
    except LabError as exc:
        raise LabError(f"{flag} {spec}: {exc}") from None
    return graph
