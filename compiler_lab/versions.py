"""Versions of everything that decides a verdict, recorded with every case."""

from __future__ import annotations

import functools
import platform
from importlib import metadata

PACKAGES = ("torch", "torch-mlir", "iree-base-compiler", "iree-base-runtime", "numpy")


@functools.lru_cache(maxsize=1)
def collect() -> dict[str, str]:
    out = {"python": platform.python_version(), "platform": platform.platform()}
    for name in PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out
