"""Dtype names as they appear in Graph JSON, and their torch counterparts.

The names (and what kind of number each is) need no torch, so the graph IR can use them
without importing it; `to_torch` and `name_of` import torch on first use.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import torch

#: each dtype name the graph IR knows, with the kind of number it holds
_KINDS: dict[str, str] = {
    "float16": "float",
    "bfloat16": "float",
    "float32": "float",
    "float64": "float",
    "int8": "int",
    "uint8": "int",
    "int16": "int",
    "uint16": "int",
    "uint32": "int",
    "int32": "int",
    "int64": "int",
    "bool": "bool",
    "complex64": "complex",
    "complex128": "complex",
}
#: the dtype names the graph IR knows (each is also the name of the torch dtype)
DTYPES: tuple[str, ...] = tuple(_KINDS)


@functools.cache
def _torch_dtypes() -> dict[str, torch.dtype]:
    import torch

    return {name: getattr(torch, name) for name in DTYPES}


@functools.cache
def _names() -> dict[torch.dtype, str]:
    return {v: k for k, v in _torch_dtypes().items()}


def to_torch(name: str) -> torch.dtype:
    """The torch dtype for a JSON dtype name; raises ValueError naming the bad name."""
    try:
        return _torch_dtypes()[name]
    except KeyError:
        raise ValueError(f"unknown dtype {name!r} (known: {', '.join(DTYPES)})") from None


def name_of(dtype: torch.dtype) -> str:
    try:
        return _names()[dtype]
    except KeyError:
        raise ValueError(f"dtype {dtype} is not supported by the graph IR") from None


def is_float(name: str) -> bool:
    return _KINDS[name] == "float"


def is_complex(name: str) -> bool:
    return _KINDS[name] == "complex"


def kind(name: str) -> str:
    """'float', 'int', 'bool' or 'complex'."""
    return _KINDS[name]


def int_bounds(name: str) -> tuple[int, int]:
    """The smallest and largest value of an integer dtype, without torch."""
    bits = int(name.removeprefix("u").removeprefix("int"))
    return (0, 2**bits - 1) if name.startswith("u") else (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1)
