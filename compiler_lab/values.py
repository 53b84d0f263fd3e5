"""Deterministic values for graph inputs and weights, drawn from each spec's range."""

from __future__ import annotations

import hashlib

import torch

from compiler_lab import dtypes
from compiler_lab.graph import Graph, InputSpec

DEFAULT_FLOAT_RANGE = (-1.0, 1.0)
DEFAULT_INT_RANGE = (-8, 8)


def _generator(seed: int, name: str) -> torch.Generator:
    digest = hashlib.sha256(f"{seed}:{name}".encode()).digest()
    return torch.Generator().manual_seed(int.from_bytes(digest[:8], "little") >> 1)


def make_value(spec: InputSpec, seed: int) -> torch.Tensor:
    """One tensor for `spec`: uniform floats or integers within the closed range."""
    gen = _generator(seed, spec.name)
    dtype = dtypes.to_torch(spec.dtype)
    shape = spec.shape
    if dtype == torch.bool:
        return torch.randint(0, 2, shape, generator=gen).bool()
    if dtype.is_floating_point or dtype.is_complex:
        lo, hi = spec.range or DEFAULT_FLOAT_RANGE
        real_dtype = torch.float64
        u = torch.rand(shape, generator=gen, dtype=real_dtype) * (hi - lo) + lo
        if dtype.is_complex:
            v = torch.rand(shape, generator=gen, dtype=real_dtype) * (hi - lo) + lo
            return torch.complex(u, v).to(dtype)
        return u.to(dtype)
    info = torch.iinfo(dtype)
    lo, hi = spec.range or DEFAULT_INT_RANGE
    lo, hi = max(int(lo), info.min), min(int(hi), info.max)
    return torch.randint(lo, hi + 1, shape, generator=gen, dtype=torch.int64).to(dtype)


def make_values(graph: Graph, seed: int = 0) -> dict[str, torch.Tensor]:
    """Values for every input and weight of `graph`, keyed by name."""
    return {spec.name: make_value(spec, seed) for spec in graph.inputs}


def to_float64(values: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """Floating tensors widened to float64 (complex to complex128) for the oracle's truth run."""
    out = {}
    for name, t in values.items():
        if t.dtype.is_complex:
            out[name] = t.to(torch.complex128)
        elif t.dtype.is_floating_point:
            out[name] = t.to(torch.float64)
        else:
            out[name] = t
    return out
