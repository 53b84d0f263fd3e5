"""Non-tensor operator arguments and tensor references: JSON form, Python form, source form.

A node's arguments are kept in Python form: ints, floats, bools, strings, None, lists,
torch dtypes / memory formats / layouts / devices, and `Ref`s naming a tensor value.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import torch

from compiler_lab import dtypes

_MEMORY_FORMATS = {
    "contiguous_format": torch.contiguous_format,
    "channels_last": torch.channels_last,
    "channels_last_3d": torch.channels_last_3d,
    "preserve_format": torch.preserve_format,
}
_LAYOUTS = {"strided": torch.strided}


@dataclass(frozen=True)
class Ref:
    """A reference to a tensor value of the graph (an input, a weight or a node output)."""

    name: str


def to_json(value: Any) -> Any:
    """Encode a Python-form argument as JSON-compatible data."""
    if isinstance(value, Ref):
        return {"ref": value.name}
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        if math.isfinite(value):
            return value
        return {"float": repr(value)}  # 'inf', '-inf', 'nan'
    if isinstance(value, complex):
        return {"complex": [to_json(value.real), to_json(value.imag)]}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, torch.dtype):
        return {"dtype": dtypes.name_of(value)}
    if isinstance(value, torch.memory_format):
        return {"memory_format": str(value).removeprefix("torch.")}
    if isinstance(value, torch.layout):
        return {"layout": str(value).removeprefix("torch.")}
    if isinstance(value, torch.device):
        return {"device": str(value)}
    raise ValueError(f"argument of type {type(value).__name__} cannot be stored in a graph")


#: the devices a graph may name (the lab runs on the CPU)
DEVICES = ("cpu",)


def from_json(obj: Any) -> Any:
    """Decode JSON data into a Python-form argument; raises ValueError on unknown forms."""
    if obj is None or isinstance(obj, (bool, int, float, str)):
        return obj
    if isinstance(obj, list):
        return [from_json(v) for v in obj]
    if isinstance(obj, dict) and len(obj) == 1:
        ((key, val),) = obj.items()
        if key == "ref" and isinstance(val, str):
            return Ref(val)
        if key == "float" and val in ("inf", "-inf", "nan"):
            return float(val)
        if key == "complex" and isinstance(val, list) and len(val) == 2:
            parts = [from_json(v) for v in val]
            if all(isinstance(p, (int, float)) and not isinstance(p, bool) for p in parts):
                return complex(*parts)
        if key == "dtype" and isinstance(val, str) and val in dtypes.DTYPES:
            return dtypes.to_torch(val)
        if key == "memory_format" and val in _MEMORY_FORMATS:
            return _MEMORY_FORMATS[val]
        if key == "layout" and val in _LAYOUTS:
            return _LAYOUTS[val]
        if key == "device" and val in DEVICES:
            return torch.device(val)
    raise ValueError(f"unrecognised argument encoding {str(obj)[:80]}")


def refs(value: Any) -> list[str]:
    """Names of all tensor values referenced by an argument, in order."""
    if isinstance(value, Ref):
        return [value.name]
    if isinstance(value, (list, tuple)):
        return [name for v in value for name in refs(v)]
    if isinstance(value, dict):
        return [name for v in value.values() for name in refs(v)]
    return []


def substitute(value: Any, lookup: Callable[[str], Any]) -> Any:
    """Replace each Ref by `lookup(name)`, keeping the structure."""
    if isinstance(value, Ref):
        return lookup(value.name)
    if isinstance(value, list):
        return [substitute(v, lookup) for v in value]
    if isinstance(value, tuple):
        return tuple(substitute(v, lookup) for v in value)
    if isinstance(value, dict):
        return {k: substitute(v, lookup) for k, v in value.items()}
    return value


def to_source(value: Any, ref_source: Callable[[str], str]) -> str:
    """Python source text that evaluates to the argument (refs rendered by `ref_source`)."""
    if isinstance(value, Ref):
        return ref_source(value.name)
    if isinstance(value, float) and not math.isfinite(value):
        return f"float({repr(value)!r})"
    if isinstance(value, complex):
        return f"complex({to_source(value.real, ref_source)}, {to_source(value.imag, ref_source)})"
    if value is None or isinstance(value, (bool, int, float, str)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(to_source(v, ref_source) for v in value) + "]"
    if isinstance(value, (torch.dtype, torch.memory_format, torch.layout)):
        return str(value)
    if isinstance(value, torch.device):
        return f"torch.device({str(value)!r})"
    raise ValueError(f"argument of type {type(value).__name__} has no source form")
