"""A graph node as a public PyTorch call (`torch.min(x, 0)` for `aten.min.dim`), and small
tensors as literals, so a repro reads like code a maintainer would write.

The mapping is by name: a public `torch.<op>`, else the `Tensor.<op>` method, else
`torch.nn.functional.<op>`, with the node's arguments as they are. Where an ATen schema and
the Python signature disagree the call fails or computes something else, so a public repro
is kept only once it has been run and shown to reproduce (triage/report.py); the ATen-level
repro stays as the fallback.
"""

from __future__ import annotations

import math

import torch

from compiler_lab.ir import argcodec
from compiler_lab.ir.graph import Node
from compiler_lab.ir.opnames import base_name

#: tensors up to this many elements are written as literals
LITERAL_MAX = 16
_LITERAL_DTYPES = {
    torch.float16, torch.bfloat16, torch.float32, torch.float64, torch.int8, torch.uint8,
    torch.int16, torch.int32, torch.int64, torch.bool,
}  # fmt: skip


def public_function(node: Node) -> tuple[str, bool] | None:
    """(callable source, is_method) of the public API for the node's op, or None."""
    base = base_name(node.op)
    if base.startswith("_") or base.endswith("_"):
        return None
    if callable(getattr(torch, base, None)) and not base.startswith("is_"):
        return f"torch.{base}", False
    if callable(getattr(torch.Tensor, base, None)):
        return base, True
    if callable(getattr(torch.nn.functional, base, None)):
        return f"torch.nn.functional.{base}", False
    return None


def call_source(node: Node, src) -> str:
    """The node's call in public PyTorch where there is a name for it, else `torch.ops`.
    `src` renders a value name."""
    args = [argcodec.to_source(a, src) for a in node.args]
    kwargs = [f"{k}={argcodec.to_source(v, src)}" for k, v in node.kwargs.items()]
    public = public_function(node)
    if public is None:
        return f"torch.ops.{node.op}({', '.join(args + kwargs)})"
    name, method = public
    if method and args:
        return f"{args[0]}.{name}({', '.join(args[1:] + kwargs)})"
    return f"{name}({', '.join(args + kwargs)})"


def _scalar(x: float | int | bool) -> str:
    if isinstance(x, float) and not math.isfinite(x):
        return f"float({str(x)!r})"
    return repr(x)


def literal_source(t: torch.Tensor) -> str | None:
    """`torch.tensor([...], dtype=...)` that rebuilds `t` exactly, if it is small enough:
    float16/bfloat16/float32 values are exact as Python floats, so the round trip is too."""
    if t.numel() > LITERAL_MAX or t.dtype not in _LITERAL_DTYPES:
        return None

    def nest(x: torch.Tensor) -> str:
        if x.dim() == 0:
            return _scalar(x.item())
        return "[" + ", ".join(nest(v) for v in x) + "]"

    if t.numel() == 0:
        return f"torch.empty({list(t.shape)}, dtype={t.dtype})"
    body = nest(t.detach().to(torch.float64) if t.dtype.is_floating_point else t.detach())
    return f"torch.tensor({body}, dtype={t.dtype})"
