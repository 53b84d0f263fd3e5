"""One registry for every backend: `get("inductor", options)`.

The registry is lazy: each backend is a dotted path, imported on first use, so a compiler
that is not installed disables only its own backend (`BackendUnavailable`, with the
reason; `clab backends` lists it). Backends outside this package register through the
`clab.backends` entry-point group (`name = "package.module:Class"`).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from importlib import metadata
from typing import Any

from compiler_lab.backends.base import Backend, Compiled, Outcome, StageError
from compiler_lab.backends.native import CAPABILITIES

BUILTIN: dict[str, str] = {
    "eager": "compiler_lab.backends.torch_backends:EagerBackend",
    "aot_eager": "compiler_lab.backends.torch_backends:AotEagerBackend",
    "inductor": "compiler_lab.backends.torch_backends:InductorBackend",
    "torch-mlir": "compiler_lab.backends.torchmlir:TorchMlirBackend",
    "iree": "compiler_lab.backends.iree:IreeBackend",
    "dynamo": "compiler_lab.backends.torch_backends:DynamoBackend",
    "turbine": "compiler_lab.backends.torch_backends:TurbineBackend",
    "xla": "compiler_lab.backends.xla:XlaBackend",
    "torch-mlir-tosa": "compiler_lab.backends.tosa:TosaBackend",
}
ENTRY_POINTS = "clab.backends"
#: what `clab run` tests when no --backends is given (eager is always the reference)
DEFAULT_BACKENDS = ["aot_eager", "inductor", "torch-mlir", "iree"]


class BackendUnavailable(ValueError):
    """A registered backend whose module cannot be imported here (its compiler is missing)."""


class _Registry(Mapping[str, type[Backend]]):
    """name -> backend class, importing each module the first time it is asked for."""

    def __init__(self) -> None:
        self.paths = dict(BUILTIN)
        for ep in metadata.entry_points(group=ENTRY_POINTS):
            self.paths.setdefault(ep.name, ep.value)
        self.loaded: dict[str, type[Backend]] = {}

    def __getitem__(self, name: str) -> type[Backend]:
        if name not in self.loaded:
            path = self.paths[name]  # KeyError: not a backend
            module, _, attr = path.partition(":")
            try:
                cls = getattr(importlib.import_module(module), attr)
            except (ImportError, AttributeError) as exc:
                raise BackendUnavailable(f"backend {name!r} is unavailable here: {exc}") from None
            if not (isinstance(cls, type) and issubclass(cls, Backend)) or cls.name != name:
                raise BackendUnavailable(f"backend {name!r}: {path} is not a Backend named {name}")
            self.loaded[name] = cls
        return self.loaded[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.paths)

    def __len__(self) -> int:
        return len(self.paths)

    def __contains__(self, name: object) -> bool:
        return name in self.paths

    def availability(self, name: str) -> str | None:
        """None if the backend imports here, else why not."""
        try:
            self[name]
        except BackendUnavailable as exc:
            return str(exc)
        return None


REGISTRY = _Registry()


def _cls(name: str) -> type[Backend]:
    if name not in REGISTRY:
        raise ValueError(f"unknown backend {name!r} (known: {', '.join(REGISTRY)})")
    return REGISTRY[name]


def check_options(name: str, options: dict[str, Any]) -> None:
    """ValueError unless `name` is a usable backend and takes every one of `options`."""
    _cls(name).check_options(options)


def get(name: str, options: dict[str, Any] | None = None) -> Backend:
    return _cls(name)(options)


def capable(capability: str) -> list[str]:
    """The backends available here that declare `capability` (`native.CAPABILITIES`), in
    registry order."""
    if capability not in CAPABILITIES:
        raise ValueError(f"unknown capability {capability!r} (known: {', '.join(CAPABILITIES)})")
    return [
        name
        for name in REGISTRY
        if REGISTRY.availability(name) is None and capability in REGISTRY[name].capabilities
    ]


__all__ = [
    "Backend",
    "BackendUnavailable",
    "Compiled",
    "Outcome",
    "StageError",
    "REGISTRY",
    "DEFAULT_BACKENDS",
    "check_options",
    "get",
    "capable",
]
