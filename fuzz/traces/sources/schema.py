"""Calls built from operator schemas, for overloads no real program exercised.

For an overload with no recorded call, arguments are taken by name from recorded calls of
its siblings (`add.out` borrows from `add.Tensor`; `relu_` from `relu`), and the rest are
synthesized from the schema's types. Each candidate call is run and recorded, valid or not.
"""

from __future__ import annotations

import functools
from typing import Any

import torch

from compiler_lab.ir import opnames
from fuzz.traces.record import Recorder
from fuzz.traces.replay import Unreplayable, decode

_DEFAULT_TENSORS = [
    {"shape": [2, 3], "dtype": "float32", "stride": "contiguous", "range": [-1, 1]},
    {"shape": [4], "dtype": "float32", "stride": "contiguous", "range": [0.1, 2]},
    {"shape": [2, 3, 4, 5], "dtype": "float32", "stride": "contiguous", "range": [-2, 2]},
    {"shape": [3, 3], "dtype": "int64", "stride": "contiguous", "range": [0, 2]},
    {"shape": [2, 3], "dtype": "bool", "stride": "contiguous", "range": [0, 1]},
]
_STRINGS = {
    "reduce": "sum",
    "reduction": "mean",
    "approximate": "none",
    "mode": "reflect",
    "padding_mode": "zeros",
    "interpolation_mode": "bilinear",
    "rounding_mode": "floor",
    "side": "left",
    "indexing": "ij",
    "UPLO": "L",
    "uplo": "L",
    "driver": None,
    "ord": "fro",
    "norm": None,
    "equation": "ij->ji",
}


@functools.lru_cache(maxsize=1)
def all_overloads() -> list[str]:
    """Every `aten.<op>.<overload>` registered with the dispatcher."""
    out = []
    for full in torch._C._dispatch_get_all_op_names():
        if not full.startswith("aten::"):
            continue
        name, _, overload = full[len("aten::") :].partition(".")
        out.append(f"aten.{name}.{overload or 'default'}")
    return sorted(set(out))


def _type_kind(t: Any) -> str:
    return str(t)


def _synth(arg: Any, donor: dict[str, Any], tensor: dict[str, Any], out_like: dict | None):
    """A value (in recorded form) for one schema argument; KeyError if none can be made."""
    if arg.name in donor:
        return donor[arg.name]
    kind = _type_kind(arg.type)
    if arg.is_out:
        info = dict(out_like or tensor)
        return {"T": {"shape": [0], "dtype": info.get("dtype", "float32"), "stride": "contiguous"}}
    if arg.has_default_value():
        raise LookupError  # leave it to the default
    if kind in ("Tensor", "Optional[Tensor]"):
        return {"T": tensor}
    if kind in ("List[Tensor]", "List[Optional[Tensor]]"):
        return [{"T": tensor}, {"T": tensor}]
    if kind in ("int", "SymInt"):
        return 0 if "dim" in arg.name else 1
    if kind in ("List[int]", "List[SymInt]"):
        return list(tensor["shape"]) if "size" in arg.name or "shape" in arg.name else [1]
    if kind == "float":
        return 0.5
    if kind == "bool":
        return False
    if kind in ("number", "Scalar"):
        return 1
    if kind == "ScalarType":
        return {"dtype": "float32"}
    if kind == "str":
        value = _STRINGS.get(arg.name)
        if value is None:
            raise KeyError(arg.name)
        return value
    if kind.startswith("Optional["):
        return None
    raise KeyError(f"{arg.name}: {kind}")


def _donor_args(record: dict[str, Any]) -> dict[str, Any]:
    """A recorded call's arguments by schema name."""
    try:
        schema = opnames.resolve(record["op"])._schema
    except opnames.UnknownOp:
        return {}
    named: dict[str, Any] = {}
    positional = [a for a in schema.arguments if not a.kwarg_only]
    for arg, value in zip(positional, record["args"], strict=False):
        named[arg.name] = value
    named.update(record.get("kwargs", {}))
    return named


def candidate_calls(op: str, donors: list[dict[str, Any]], limit: int = 8) -> list[tuple]:
    """Up to `limit` (args, kwargs) in recorded form for `op`."""
    schema = opnames.resolve(op)._schema
    contexts: list[tuple[dict, dict, dict | None]] = []
    for rec in donors[:4]:
        named = _donor_args(rec)
        tensors = [v["T"] for v in named.values() if isinstance(v, dict) and "T" in v]
        outs = [o for o in rec.get("out", []) if isinstance(o, dict) and "shape" in o]
        contexts.append(
            (named, tensors[0] if tensors else _DEFAULT_TENSORS[0], outs[0] if outs else None)
        )
    contexts += [({}, t, None) for t in _DEFAULT_TENSORS]
    calls, seen = [], set()
    for named, tensor, out_like in contexts:
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        try:
            skipping = False
            for arg in schema.arguments:
                try:
                    value = _synth(arg, named, tensor, out_like)
                except LookupError:
                    skipping = True  # later positionals must go by keyword
                    continue
                if arg.kwarg_only or skipping:
                    kwargs[arg.name] = value
                else:
                    args.append(value)
        except KeyError:
            continue
        key = repr((args, sorted(kwargs.items())))
        if key not in seen:
            seen.add(key)
            calls.append((args, kwargs))
        if len(calls) >= limit:
            break
    return calls


def record_op(op: str, donors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Run each candidate call of `op` under the recorder."""
    recorder = Recorder(f"schema:{op}")
    fn = opnames.resolve(op)
    gen = torch.Generator().manual_seed(0)
    for args, kwargs in candidate_calls(op, donors):
        try:
            real_args = decode(args, gen)
            real_kwargs = {k: decode(v, gen) for k, v in kwargs.items()}
        except Unreplayable:
            continue
        try:
            with recorder:
                fn(*real_args, **real_kwargs)
        except Exception:
            pass
    return [r.to_json() for r in recorder.records if r.op == op]
