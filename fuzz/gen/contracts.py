"""What an op's contract forbids that its meta kernel accepts, so no generated graph does it:
a finding there would be a difference in undefined behaviour, not a compiler bug.

- Shifts (`bitwise_left_shift`, `<<`, ...) by a negative count, or by the count's width or
  more: C leaves them undefined, and eager and compilers differ.
- `linspace`/`logspace` into an integer dtype from ends outside it: the cast wraps.
- `upsample_*` given both an output size and scales that disagree (a size other than
  floor(input size × scale)): no public call (`F.interpolate`) passes such a pair, and
  kernels differ in which one they follow (eager's CPU kernel copies a dim whose size is
  unchanged, whatever its scale; Inductor follows the scale).
- The pads' backward (`reflection_pad2d_backward`, ...) with a gradient whose leading
  (batch, channel) dims are not its input's: the kernels check only the padded dims and
  read out of bounds.

Scalar arguments are checked at insertion (`violation`). A tensor argument is bounded
through its graph input's range (`input_ranges`, applied with the index ranges); one that
another op computes cannot be bounded, so such a call is refused at insertion too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import torch

from compiler_lab.ir import argcodec, dtypes, opnames

SHIFTS = frozenset(
    {
        "bitwise_left_shift",
        "bitwise_right_shift",
        "__lshift__",
        "__rshift__",
        "__ilshift__",
        "__irshift__",
    }  # fmt: skip
)
SPACES = frozenset({"linspace", "logspace"})
_PAD_BACKWARD = re.compile(r"(?:reflection|replication)_pad([123])d_backward")
_UPSAMPLE = re.compile(r"_?upsample_\w+?([123])d")
#: each spatial dim's scale argument of an upsample, by its number of spatial dims
_SCALES = {1: ("scales",), 2: ("scales_h", "scales_w"), 3: ("scales_d", "scales_h", "scales_w")}


def _named(op: str, args: list[Any], kwargs: dict[str, Any]) -> dict[str, Any]:
    """The call's arguments by their schema names."""
    try:
        names = [a.name for a in opnames.resolve(op)._schema.arguments]
    except opnames.UnknownOp:
        return dict(kwargs)
    return dict(zip(names, args, strict=False)) | kwargs


def _int_bounds(dtype: str) -> tuple[int, int] | None:
    if not dtype.startswith(("int", "uint")):
        return None
    info = torch.iinfo(dtypes.to_torch(dtype))
    return info.min, info.max


def _shift_bound(dtype: str) -> int:
    """The largest defined shift count: the width of `dtype` less one (a bool shifts as
    a byte)."""
    return torch.iinfo(dtypes.to_torch(dtype)).bits - 1 if _int_bounds(dtype) else 7


def _space_dtype(named: dict[str, Any]) -> str | None:
    dtype = named.get("dtype")
    return dtype.name if isinstance(dtype, argcodec.DType) else None


def violation(
    op: str, args: list[Any], kwargs: dict[str, Any], values: Mapping[str, Any]
) -> str | None:
    """Why this call breaks its op's contract, or None. `values`: the graph's tensor values
    by name, each with `shape`, `dtype` and `producer` (None for a graph input)."""
    base = opnames.base_name(op)
    named = _named(op, args, kwargs)
    dtype_of = lambda name: values[name].dtype  # noqa: E731
    computed = lambda name: values[name].producer is not None  # noqa: E731
    if (pad := _PAD_BACKWARD.fullmatch(base)) is not None:
        grad, self_ = named.get("grad_output"), named.get("self")
        if isinstance(grad, argcodec.Ref) and isinstance(self_, argcodec.Ref):
            k = int(pad.group(1))
            if tuple(values[grad.name].shape[:-k]) != tuple(values[self_.name].shape[:-k]):
                return f"{base}: the gradient's leading dims are not its input's (unchecked)"
    if (up := _UPSAMPLE.fullmatch(base)) is not None and (why := _upsample(up, named, values)):
        return why
    if base in SHIFTS:
        count = named.get("other")
        if isinstance(count, argcodec.Ref):
            if computed(count.name):
                return "a shift count another op computes cannot be kept within [0, width)"
        elif isinstance(count, (int, float)) and not isinstance(count, bool):
            self_ = named.get("self")
            width = _shift_bound(dtype_of(self_.name)) if isinstance(self_, argcodec.Ref) else 63
            if not 0 <= count <= width:
                return f"shift count {count} outside [0, {width}] is undefined behaviour"
    if base in SPACES and (bounds := _int_bounds(_space_dtype(named) or "float32")):
        for end in ("start", "end"):
            value = named.get(end)
            if isinstance(value, argcodec.Ref):
                if computed(value.name):
                    return f"an integer {base}'s {end} another op computes cannot be bounded"
            elif isinstance(value, (int, float)) and not bounds[0] <= value <= bounds[1]:
                return f"{base} {end} {value} outside the integer dtype's range wraps"
    return None


def _upsample(found: re.Match, named: dict[str, Any], values: Mapping[str, Any]) -> str | None:
    """Why an upsample's output size disagrees with its scales, or None."""
    k = int(found.group(1))
    size, self_ = named.get("output_size"), named.get("self", named.get("input"))
    scales = [named.get(n) for n in _SCALES[k]]
    if not isinstance(size, (list, tuple)) or not isinstance(self_, argcodec.Ref):
        return None
    spatial = tuple(values[self_.name].shape[-k:])
    for i, (n_in, n_out, scale) in enumerate(zip(spatial, size, scales, strict=False)):
        if isinstance(scale, (int, float)) and scale > 0 and n_out != int(n_in * scale):
            return (f"{found.group(0)}: output size {n_out} of dim {i} is not "
                    f"floor({n_in} x scale {scale}) (the size and scales disagree)")  # fmt: skip
    return None


def input_ranges(
    op: str, args: list[Any], kwargs: dict[str, Any], dtype_of: Callable[[str], str]
) -> dict[str, tuple[float, float]]:
    """Ranges the call's contract puts on tensor arguments (graph inputs), by value name."""
    base = opnames.base_name(op)
    named = _named(op, args, kwargs)
    out: dict[str, tuple[float, float]] = {}
    count = named.get("other")
    if base in SHIFTS and isinstance(count, argcodec.Ref) and _int_bounds(dtype_of(count.name)):
        out[count.name] = (0.0, float(_shift_bound(dtype_of(count.name))))
    if base in SPACES and (bounds := _int_bounds(_space_dtype(named) or "float32")):
        for end in ("start", "end"):
            if isinstance(value := named.get(end), argcodec.Ref):
                out[value.name] = (float(max(bounds[0], -(2**31))), float(min(bounds[1], 2**31)))
    return out
