"""Re-running a recorded call: rebuild its arguments and see whether torch accepts it.

Tensors are rebuilt from their shape, dtype, stride class and recorded value range, so
calls whose validity depends only on shapes, dtypes, attributes and value ranges replay to
the same outcome. Calls that depended on exact values (unique indices, positive-definite
matrices) may not; the collector marks each record with whether it replayed faithfully.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import torch

from compiler_lab.ir import dtypes as lab_dtypes
from compiler_lab.ir import opnames
from fuzz.traces.record import TraceRecord, encode_outputs, normalize_message

MAX_ELEMENTS = 1 << 22

_MEMORY_FORMATS = {
    "contiguous_format": torch.contiguous_format,
    "channels_last": torch.channels_last,
    "channels_last_3d": torch.channels_last_3d,
    "preserve_format": torch.preserve_format,
}


class Unreplayable(ValueError):
    """The record holds something that cannot be rebuilt (a generator, a sparse tensor...)."""


def _dtype(name: str) -> torch.dtype:
    if name in lab_dtypes.DTYPES:
        return lab_dtypes.to_torch(name)
    dtype = getattr(torch, name, None)
    if not isinstance(dtype, torch.dtype):
        raise Unreplayable(f"dtype {name}")
    return dtype


def _scalar(x: Any) -> float:
    if isinstance(x, dict) and "float" in x:
        return float(x["float"])
    return float(x)


def make_tensor(info: dict[str, Any], gen: torch.Generator) -> torch.Tensor:
    """A tensor matching a recorded tensor's shape, dtype, stride class and value range."""
    if info.get("layout", "strided") != "strided":
        raise Unreplayable(f"layout {info['layout']}")
    shape = list(info["shape"])
    if math.prod(shape) > MAX_ELEMENTS:
        raise Unreplayable("tensor too large")
    dtype = _dtype(info["dtype"])
    lo, hi = (_scalar(v) for v in info.get("range", [-1, 1] if dtype.is_floating_point else [0, 3]))
    stride = info.get("stride", "contiguous")
    base_shape = list(shape)
    if stride == "transposed" and len(shape) >= 2:
        base_shape[-1], base_shape[-2] = shape[-2], shape[-1]
    t = _fill(base_shape, dtype, lo, hi, gen)
    if stride == "transposed" and len(shape) >= 2:
        t = t.transpose(-1, -2)
    elif stride == "channels_last" and len(shape) == 4:
        t = t.contiguous(memory_format=torch.channels_last)
    elif stride == "channels_last_3d" and len(shape) == 5:
        t = t.contiguous(memory_format=torch.channels_last_3d)
    elif stride == "expanded" and t.dim() > 0 and shape and shape[0] > 0:
        t = t.narrow(0, 0, 1).expand(*shape)
    elif stride == "strided" and t.dim() > 0 and t.numel() > 0:
        wide = _fill([*shape[:-1], shape[-1] * 2], dtype, lo, hi, gen)
        t = wide[..., ::2]
    if info.get("grad") and (dtype.is_floating_point or dtype.is_complex):
        t.requires_grad_(True)
    return t


def _fill(shape: list[int], dtype: torch.dtype, lo: float, hi: float, gen: torch.Generator):
    if math.isinf(lo) or math.isinf(hi) or math.isnan(lo) or math.isnan(hi):
        lo, hi = -1.0, 1.0
    if dtype == torch.bool:
        if lo == hi:
            return torch.full(shape, bool(lo))
        return torch.randint(0, 2, shape, generator=gen).bool()
    if dtype.is_floating_point or dtype.is_complex:
        base = torch.float64
        u = torch.rand(shape, generator=gen, dtype=base) * (hi - lo) + lo
        if dtype.is_complex:
            v = torch.rand(shape, generator=gen, dtype=base) * (hi - lo) + lo
            return torch.complex(u, v).to(dtype)
        return u.to(dtype)
    if dtype in (torch.quint8, torch.qint8, torch.qint32) or not hasattr(torch, "iinfo"):
        raise Unreplayable(f"dtype {dtype}")
    try:
        info = torch.iinfo(dtype)
    except TypeError:
        raise Unreplayable(f"dtype {dtype}") from None
    lo_i, hi_i = max(int(lo), info.min), min(int(hi), info.max)
    if lo_i > hi_i:
        lo_i, hi_i = hi_i, lo_i
    wide = torch.randint(lo_i, hi_i + 1, shape, generator=gen, dtype=torch.int64)
    return wide.to(dtype)


def decode(obj: Any, gen: torch.Generator) -> Any:
    """Rebuild an argument from its recorded form."""
    if obj is None or isinstance(obj, (bool, int, float, str)):
        return obj
    if isinstance(obj, list):
        return [decode(v, gen) for v in obj]
    if isinstance(obj, dict):
        if "T" in obj:
            return make_tensor(obj["T"], gen)
        if "float" in obj:
            return float(obj["float"])
        if "complex" in obj:
            re_, im = obj["complex"]
            return complex(_scalar(re_), _scalar(im))
        if "dtype" in obj:
            return _dtype(obj["dtype"])
        if "memory_format" in obj:
            return _MEMORY_FORMATS[obj["memory_format"]]
        if "layout" in obj:
            return getattr(torch, obj["layout"])
        if "device" in obj:
            return torch.device(obj["device"])
        if "other" in obj:
            raise Unreplayable(f"argument of kind {obj['other']}")
    raise Unreplayable(f"argument {obj!r}")


@dataclass(frozen=True)
class ReplayOutcome:
    ok: bool
    error_type: str | None = None
    message: str = ""
    outputs: list | None = None

    def agrees_with(self, record: TraceRecord) -> bool:
        if self.ok != record.ok:
            return False
        if self.ok:
            return self.outputs == record.outputs
        return record.error is not None and self.error_type == record.error["type"]


def replay(record: TraceRecord, seed: int = 0) -> ReplayOutcome:
    """Rebuild and run the call. Raises Unreplayable if it cannot be rebuilt."""
    op = opnames.resolve(record.op)
    gen = torch.Generator().manual_seed(seed)
    args = decode(record.args, gen)
    kwargs = {k: decode(v, gen) for k, v in record.kwargs.items()}
    try:
        result = op(*args, **kwargs)
    except Exception as exc:
        return ReplayOutcome(False, type(exc).__name__, normalize_message(str(exc)))
    return ReplayOutcome(True, outputs=encode_outputs(result))
