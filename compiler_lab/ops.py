"""Resolving operator names such as `aten.conv2d.default` to torch OpOverloads."""

from __future__ import annotations

import functools

import torch


class UnknownOp(ValueError):
    pass


@functools.cache
def resolve(name: str) -> torch._ops.OpOverload:
    """The OpOverload for `namespace.op.overload`; raises UnknownOp with the reason."""
    parts = name.split(".")
    if len(parts) != 3 or not all(parts):
        raise UnknownOp(f"operator name {name!r} is not of the form 'aten.<op>.<overload>'")
    namespace, op, overload = parts
    try:
        packet = getattr(getattr(torch.ops, namespace), op)
        return getattr(packet, overload)
    except (AttributeError, RuntimeError):
        raise UnknownOp(f"unknown operator {name!r}") from None


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
