"""Versions of everything that decides a verdict, recorded with every case."""

from __future__ import annotations

import functools
import platform

from compiler_lab.backends import REGISTRY, BackendUnavailable
from compiler_lab.backends.base import package_version

#: what every backend shares: the eager reference and the arrays its inputs travel in
COMMON = ("torch", "numpy")


@functools.lru_cache(maxsize=1)
def collect() -> dict[str, str]:
    """Python, the platform, and the packages each registered backend declares it depends on
    (a backend that cannot be imported here contributes none)."""
    names = dict.fromkeys(COMMON)
    for backend in REGISTRY:
        try:
            names.update(dict.fromkeys(REGISTRY[backend].packages))
        except BackendUnavailable:
            continue
    out = {"python": platform.python_version(), "platform": platform.platform()}
    return out | {name: package_version(name) for name in names}
