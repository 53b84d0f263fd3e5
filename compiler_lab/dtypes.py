"""Dtype names as they appear in Graph JSON, and their torch counterparts."""

from __future__ import annotations

import torch

DTYPES: dict[str, torch.dtype] = {
    "float16": torch.float16,
    "bfloat16": torch.bfloat16,
    "float32": torch.float32,
    "float64": torch.float64,
    "int8": torch.int8,
    "uint8": torch.uint8,
    "int16": torch.int16,
    "uint16": torch.uint16,
    "uint32": torch.uint32,
    "int32": torch.int32,
    "int64": torch.int64,
    "bool": torch.bool,
    "complex64": torch.complex64,
    "complex128": torch.complex128,
}
_NAMES = {v: k for k, v in DTYPES.items()}


def to_torch(name: str) -> torch.dtype:
    """The torch dtype for a JSON dtype name; raises ValueError naming the bad name."""
    try:
        return DTYPES[name]
    except KeyError:
        raise ValueError(f"unknown dtype {name!r} (known: {', '.join(DTYPES)})") from None


def name_of(dtype: torch.dtype) -> str:
    try:
        return _NAMES[dtype]
    except KeyError:
        raise ValueError(f"dtype {dtype} is not supported by the graph IR") from None


def is_float(name: str) -> bool:
    return DTYPES[name].is_floating_point


def is_complex(name: str) -> bool:
    return DTYPES[name].is_complex
