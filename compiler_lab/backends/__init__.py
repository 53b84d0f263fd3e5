"""One registry for every backend: `get("inductor", options)`."""

from __future__ import annotations

from typing import Any

from compiler_lab.backends.base import Backend, Compiled, Outcome, StageError
from compiler_lab.backends.iree import IreeBackend
from compiler_lab.backends.torch_backends import (
    AotEagerBackend,
    DynamoBackend,
    EagerBackend,
    InductorBackend,
    TurbineBackend,
)
from compiler_lab.backends.torchmlir import TorchMlirBackend

REGISTRY: dict[str, type[Backend]] = {
    cls.name: cls
    for cls in (
        EagerBackend,
        AotEagerBackend,
        InductorBackend,
        TorchMlirBackend,
        IreeBackend,
        DynamoBackend,
        TurbineBackend,
    )
}
#: what `clab run` tests when no --backends is given (eager is always the reference)
DEFAULT_BACKENDS = ["aot_eager", "inductor", "torch-mlir", "iree"]


def check_options(name: str, options: dict[str, Any]) -> None:
    """ValueError unless `name` is a backend and takes every one of `options`."""
    if name not in REGISTRY:
        raise ValueError(f"unknown backend {name!r} (known: {', '.join(REGISTRY)})")
    REGISTRY[name].check_options(options)


def get(name: str, options: dict[str, Any] | None = None) -> Backend:
    try:
        cls = REGISTRY[name]
    except KeyError:
        known = ", ".join(REGISTRY)
        raise ValueError(f"unknown backend {name!r} (known: {known})") from None
    return cls(options)


__all__ = [
    "Backend",
    "Compiled",
    "Outcome",
    "StageError",
    "REGISTRY",
    "DEFAULT_BACKENDS",
    "check_options",
    "get",
]
