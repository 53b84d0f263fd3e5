"""The torch side of node arguments: the one place each way between the graph IR's
symbols (compiler_lab.ir.argcodec: `DType`, `MemoryFormat`, `Layout`, `Device`) and torch objects.

`bind` makes a node's arguments what its op takes (every op call and the FX module go
through it); `from_torch` makes arguments that came from torch (FX capture, the graph
builder, the generator's decoded calls) what a node holds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch

from compiler_lab.ir import dtypes
from compiler_lab.ir.argcodec import Device, DType, Layout, MemoryFormat, Ref, Symbol, walk


def to_torch(symbol: Symbol) -> Any:
    """The torch object a symbol names."""
    if isinstance(symbol, DType):
        return dtypes.to_torch(symbol.name)
    if isinstance(symbol, Device):
        return torch.device(symbol.name)
    return getattr(torch, symbol.name)


def _bound(value: Any, lookup: Callable[[str], Any]) -> Any:
    if isinstance(value, Ref):
        return lookup(value.name)
    if isinstance(value, Symbol):
        return to_torch(value)
    return value


def bind(value: Any, lookup: Callable[[str], Any]) -> Any:
    """`value` as the op takes it: each Ref replaced by `lookup(name)`, each symbol by its
    torch object, the structure kept."""
    return walk(value, lambda v: _bound(v, lookup))


def _symbol(value: Any) -> Any:
    if isinstance(value, torch.dtype):
        return DType(dtypes.name_of(value))
    if isinstance(value, torch.memory_format):
        return MemoryFormat(str(value).removeprefix("torch."))
    if isinstance(value, torch.layout):
        return Layout(str(value).removeprefix("torch."))
    if isinstance(value, torch.device):
        return Device(str(value))
    return value


def from_torch(value: Any) -> Any:
    """`value` as a node holds it: each torch dtype, memory format, layout and device
    replaced by its symbol, the structure (and anything else) kept. Raises ValueError for
    a dtype the graph IR does not know."""
    return walk(value, _symbol)
