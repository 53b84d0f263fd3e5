"""MLIR memref descriptors for calling JIT-compiled functions through their C interface.

A ranked descriptor is {allocated, aligned, offset, sizes[rank], strides[rank]}; the element
type only matters for its byte size, so pointers are kept untyped.
"""

from __future__ import annotations

import ctypes
import functools
import math

import numpy as np
import torch

from compiler_lab.ir import dtypes, tensorio


@functools.cache
def descriptor_type(rank: int) -> type[ctypes.Structure]:
    fields = [
        ("allocated", ctypes.c_void_p),
        ("aligned", ctypes.c_void_p),
        ("offset", ctypes.c_longlong),
    ]
    if rank:
        fields += [("sizes", ctypes.c_longlong * rank), ("strides", ctypes.c_longlong * rank)]
    return type(f"MemRef{rank}D", (ctypes.Structure,), {"_fields_": fields})


def results_type(ranks: list[int]) -> type[ctypes.Structure]:
    """The struct a multi-result function writes into (one descriptor per result)."""
    if len(ranks) == 1:
        return descriptor_type(ranks[0])
    fields = [(f"r{i}", descriptor_type(r)) for i, r in enumerate(ranks)]
    return type("Results", (ctypes.Structure,), {"_fields_": fields})


def from_array(a: np.ndarray) -> ctypes.Structure:
    """A descriptor viewing `a` (which must stay alive while the descriptor is used)."""
    desc = descriptor_type(a.ndim)()
    desc.allocated = desc.aligned = a.ctypes.data
    desc.offset = 0
    if a.ndim:
        desc.sizes[:] = list(a.shape)
        desc.strides[:] = [s // a.itemsize for s in a.strides]
    return desc


def input_array(t: torch.Tensor) -> np.ndarray:
    """A contiguous numpy array with the tensor's bytes (bool as 1 byte, bf16 as uint16)."""
    return tensorio.to_numpy(t)


def to_tensor(desc: ctypes.Structure, shape: tuple[int, ...], dtype_name: str) -> torch.Tensor:
    """Copy the memref's elements out into a new tensor of `shape` and `dtype_name`."""
    probe = tensorio.to_numpy(torch.empty(0, dtype=dtypes.to_torch(dtype_name)))
    itemsize = probe.itemsize
    rank = len(shape)
    if math.prod(shape) == 0:
        return tensorio.from_numpy(np.empty(shape, dtype=probe.dtype), dtype_name)
    strides = list(desc.strides) if rank else []
    span = 1 + sum((n - 1) * s for n, s in zip(shape, strides, strict=True))
    base = desc.aligned + desc.offset * itemsize
    raw = (ctypes.c_uint8 * (span * itemsize)).from_address(base)
    flat = np.frombuffer(raw, dtype=probe.dtype, count=span)
    view = np.lib.stride_tricks.as_strided(
        flat, shape=shape, strides=[s * itemsize for s in strides]
    )
    return tensorio.from_numpy(np.array(view, copy=True), dtype_name)
