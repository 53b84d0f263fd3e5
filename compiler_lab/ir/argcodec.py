"""Non-tensor operator arguments and tensor references: JSON form, Python form, source form.

A node's arguments are kept in Python form: ints, floats, bools, strings, None, lists,
`Ref`s naming a tensor value, and symbols naming a torch dtype, memory format, layout or
device (`DType`, `MemoryFormat`, `Layout`, `Device`). The symbols need no torch: they
become torch objects only where an op is called, and torch objects become symbols only
where torch values enter a graph (both in compiler_lab.ir.torch_args).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from compiler_lab.ir import dtypes

#: the memory formats, layouts and devices a graph file may name (the lab runs on the CPU)
MEMORY_FORMATS = ("contiguous_format", "channels_last", "channels_last_3d", "preserve_format")
LAYOUTS = ("strided",)
DEVICES = ("cpu",)


@dataclass(frozen=True)
class Ref:
    """A reference to a tensor value of the graph (an input, a weight or a node output)."""

    name: str


@dataclass(frozen=True)
class Symbol:
    """A torch object named in a graph: `torch.<name>` (a device: `torch.device(name)`)."""

    name: str
    #: its JSON form is {key: name}
    key: ClassVar[str]
    #: the names a graph file may give it
    known: ClassVar[tuple[str, ...]]

    def source(self) -> str:
        return f"torch.{self.name}"


@dataclass(frozen=True)
class DType(Symbol):
    key = "dtype"
    known = dtypes.DTYPES


@dataclass(frozen=True)
class MemoryFormat(Symbol):
    key = "memory_format"
    known = MEMORY_FORMATS


@dataclass(frozen=True)
class Layout(Symbol):
    key = "layout"
    known = LAYOUTS


@dataclass(frozen=True)
class Device(Symbol):
    key = "device"
    known = DEVICES

    def source(self) -> str:
        return f"torch.device({self.name!r})"


_SYMBOLS: dict[str, type[Symbol]] = {s.key: s for s in (DType, MemoryFormat, Layout, Device)}


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
    if isinstance(value, Symbol):
        return {value.key: value.name}
    raise ValueError(f"argument of type {type(value).__name__} cannot be stored in a graph")


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
        symbol = _SYMBOLS.get(key)
        if symbol is not None and isinstance(val, str) and val in symbol.known:
            return symbol(val)
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


def walk(value: Any, leaf: Callable[[Any], Any]) -> Any:
    """`value` with each leaf (what is not a list, tuple or dict) replaced by `leaf(it)`,
    keeping the structure."""
    if isinstance(value, list):
        return [walk(v, leaf) for v in value]
    if isinstance(value, tuple):
        return tuple(walk(v, leaf) for v in value)
    if isinstance(value, dict):
        return {k: walk(v, leaf) for k, v in value.items()}
    return leaf(value)


def substitute(value: Any, lookup: Callable[[str], Any]) -> Any:
    """Replace each Ref by `lookup(name)`, keeping the structure."""
    return walk(value, lambda v: lookup(v.name) if isinstance(v, Ref) else v)


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
    if isinstance(value, Symbol):
        return value.source()
    raise ValueError(f"argument of type {type(value).__name__} has no source form")
