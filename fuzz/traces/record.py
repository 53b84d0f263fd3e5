"""Recording ATen calls: what was called, with what, and whether torch accepted it.

A `Recorder` is a TorchDispatchMode. Every ATen call that reaches it is run, and a
`TraceRecord` is kept: the overload, each argument (tensors as shape/dtype/layout/stride
class/value range; scalars, lists, None, strings, dtypes as themselves), the outputs'
shapes and dtypes, and the outcome (success, or the exception type and a normalized
message). Calls made by a kernel while it runs are not seen: the mode records the calls
the program made at the ATen level, nothing below.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from typing import Any

import torch
from torch.utils._python_dispatch import TorchDispatchMode

from compiler_lab.findings.normalize import normalize_message
from compiler_lab.ir import dtypes as lab_dtypes
from compiler_lab.ir import opnames

# ---- values ----------------------------------------------------------------------------------


def stride_class(t: torch.Tensor) -> str:
    """contiguous | channels_last | channels_last_3d | transposed | expanded | strided."""
    if t.layout != torch.strided:
        return "n/a"
    if t.is_contiguous():
        return "contiguous"
    if t.dim() == 4 and t.is_contiguous(memory_format=torch.channels_last):
        return "channels_last"
    if t.dim() == 5 and t.is_contiguous(memory_format=torch.channels_last_3d):
        return "channels_last_3d"
    if 0 in t.stride():
        return "expanded"
    if t.dim() >= 2 and t.transpose(-1, -2).is_contiguous():
        return "transposed"
    return "strided"


def _value_range(t: torch.Tensor) -> tuple[float, float] | None:
    if t.numel() == 0 or t.layout != torch.strided or t.device.type == "meta":
        return None
    try:
        with torch.no_grad():
            if t.dtype == torch.bool:
                return float(t.min()), float(t.max())
            if t.is_complex():
                real = torch.view_as_real(t.resolve_conj())
                lo, hi = float(real.min()), float(real.max())
            elif t.is_floating_point():
                finite = t[torch.isfinite(t)]
                if finite.numel() == 0:
                    return None
                lo, hi = float(finite.min()), float(finite.max())
            else:
                lo, hi = float(t.min()), float(t.max())
    except (RuntimeError, TypeError):
        return None
    return lo, hi


def encode(value: Any) -> Any:
    """JSON form of one argument. Tensors become {"T": {...}}; unknown kinds {"other": type}."""
    if isinstance(value, torch.Tensor):
        info: dict[str, Any] = {
            "shape": list(value.shape),
            "dtype": _dtype_name(value.dtype),
            "stride": stride_class(value),
        }
        if value.layout != torch.strided:
            info["layout"] = str(value.layout).removeprefix("torch.")
        rng = _value_range(value)
        if rng is not None:
            info["range"] = [_num(rng[0]), _num(rng[1])]
        if value.requires_grad:
            info["grad"] = True
        return {"T": info}
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"float": repr(value)}
    if isinstance(value, complex):
        return {"complex": [_num(value.real), _num(value.imag)]}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, torch.dtype):
        return {"dtype": _dtype_name(value)}
    if isinstance(value, torch.memory_format):
        return {"memory_format": str(value).removeprefix("torch.")}
    if isinstance(value, torch.layout):
        return {"layout": str(value).removeprefix("torch.")}
    if isinstance(value, torch.device):
        return {"device": str(value)}
    if isinstance(value, (torch.SymInt, torch.SymFloat, torch.SymBool)):
        return {"other": "Sym"}
    return {"other": type(value).__name__}


def _num(x: float) -> Any:
    if math.isfinite(x):
        return int(x) if float(x).is_integer() and abs(x) < 2**53 else x
    return {"float": repr(x)}


def _dtype_name(dtype: torch.dtype) -> str:
    try:
        return lab_dtypes.name_of(dtype)
    except ValueError:
        return str(dtype).removeprefix("torch.")


# ---- records ----------------------------------------------------------------------------------


@dataclass
class TraceRecord:
    op: str
    args: list[Any]
    kwargs: dict[str, Any]
    ok: bool
    outputs: list[Any] = field(default_factory=list)
    error: dict[str, str] | None = None
    source: str = ""
    random: bool = False

    def signature(self) -> str:
        """Identity for deduplication: the call and its outcome, not where it came from."""
        body = json.dumps(
            [
                self.op,
                _strip_ranges(self.args),
                _strip_ranges(self.kwargs),
                self.ok,
                self.error["type"] if self.error else None,
            ],
            sort_keys=True,
            separators=(",", ":"),
        )
        return hashlib.sha1(body.encode()).hexdigest()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "op": self.op,
            "args": self.args,
            "kwargs": self.kwargs,
            "ok": self.ok,
            "src": self.source,
        }
        if self.outputs:
            out["out"] = self.outputs
        if self.error:
            out["err"] = self.error
        if self.random:
            out["random"] = True
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> TraceRecord:
        return cls(
            op=d["op"],
            args=d["args"],
            kwargs=d.get("kwargs", {}),
            ok=d["ok"],
            outputs=d.get("out", []),
            error=d.get("err"),
            source=d.get("src", ""),
            random=d.get("random", False),
        )


def _strip_ranges(obj: Any) -> Any:
    """Value ranges vary from sample to sample; shapes and dtypes make a call distinct."""
    if isinstance(obj, dict):
        if "T" in obj:
            return {"T": {k: v for k, v in obj["T"].items() if k != "range"}}
        return {k: _strip_ranges(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_strip_ranges(v) for v in obj]
    return obj


def is_random(op: torch._ops.OpOverload) -> bool:
    return torch.Tag.nondeterministic_seeded in op.tags


def encode_outputs(result: Any) -> list[Any]:
    items = result if isinstance(result, (tuple, list)) else [result]
    out = []
    for r in items:
        if isinstance(r, torch.Tensor):
            out.append({"shape": list(r.shape), "dtype": _dtype_name(r.dtype)})
        elif isinstance(r, (tuple, list)):
            out.append(encode_outputs(r))
        else:
            out.append({"scalar": type(r).__name__})
    return out


class Recorder(TorchDispatchMode):
    """Records every ATen call made while active. Exceptions propagate unchanged."""

    def __init__(self, source: str = "", limit: int = 100_000) -> None:
        super().__init__()
        self.source = source
        self.records: list[TraceRecord] = []
        self.limit = limit

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):  # noqa: ANN001
        kwargs = kwargs or {}
        if len(self.records) >= self.limit:
            return func(*args, **kwargs)
        name = opnames.name_of(func)
        enc_args, enc_kwargs = encode(list(args)), {k: encode(v) for k, v in kwargs.items()}
        try:
            result = func(*args, **kwargs)
        except Exception as exc:
            self.records.append(
                TraceRecord(
                    name,
                    enc_args,
                    enc_kwargs,
                    False,
                    error={"type": type(exc).__name__, "msg": normalize_message(str(exc))},
                    source=self.source,
                    random=is_random(func),
                )
            )
            raise
        self.records.append(
            TraceRecord(
                name,
                enc_args,
                enc_kwargs,
                True,
                outputs=encode_outputs(result),
                source=self.source,
                random=is_random(func),
            )
        )
        return result
