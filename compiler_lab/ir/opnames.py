"""Resolving operator names such as `aten.conv2d.default` to torch OpOverloads."""

from __future__ import annotations

import functools

import torch


class UnknownOp(ValueError):
    pass


#: ops that touch files or the terminal: never part of a graph
DENIED = ("from_file", "_print", "save", "load", "_nested_tensor_from_file")


@functools.cache
def resolve(name: str) -> torch._ops.OpOverload:
    """The OpOverload for `aten.op.overload`; raises UnknownOp with the reason. Only ATen
    operators qualify, and not the ones that read files or print."""
    parts = name.split(".") if isinstance(name, str) else []
    if len(parts) != 3 or not all(p.isidentifier() for p in parts):
        raise UnknownOp(
            f"operator name {str(name)[:60]!r} is not of the form 'aten.<op>.<overload>'"
        )
    namespace, op, overload = parts
    if namespace != "aten":
        raise UnknownOp(f"operator {name!r}: only the aten namespace is allowed")
    if op in DENIED or overload.startswith("_"):
        raise UnknownOp(f"operator {name!r} is not allowed in a graph")
    try:
        found = getattr(getattr(torch.ops.aten, op), overload)
    except (AttributeError, RuntimeError):
        raise UnknownOp(f"unknown operator {name!r}") from None
    if not isinstance(found, torch._ops.OpOverload):
        raise UnknownOp(f"{name!r} is not an operator overload")
    return found


def returns_single_tensor(op: torch._ops.OpOverload) -> bool:
    """True when the op returns one Tensor (not a tuple and not a Tensor list)."""
    returns = op._schema.returns
    return len(returns) == 1 and isinstance(returns[0].type, torch.TensorType)


def is_mutating(op: torch._ops.OpOverload) -> bool:
    return op._schema.is_mutable


def name_of(op: torch._ops.OpOverload) -> str:
    """`aten.add.Tensor` for torch.ops.aten.add.Tensor."""
    return f"{op.namespace}.{op._schema.name.split('::')[1]}.{op._overloadname}"


def base_name(name: str) -> str:
    """The operator packet of `aten.<op>.<overload>`: `_foobar` for `aten._foobar.default`."""
    parts = name.split(".")
    return parts[1] if len(parts) >= 2 else name


def family_name(name: str) -> str:
    """The op without its in-place or private underscores: `add` for `aten.add_.Tensor`,
    `aten._add.out` and `aten.add.Scalar` (what rules and stability group by)."""
    return base_name(name).strip("_")
