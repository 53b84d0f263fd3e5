"""Calls native kernels (shared objects built from MLIR) for counter collection.

Standalone on purpose: it imports only the standard library, so under valgrind the
process starts in about a second. Usage:

    python harness.py SPEC.json --mode callgrind     # region markers around each unit
    python harness.py SPEC.json --mode plain --unit I --reps N   # for perf stat

SPEC: {"shim": path-or-null, "reps": N, "units": [{"id", "so", "inputs": [{shape, dtype}],
       "outputs": [{shape, dtype}]}]}
Each unit is called once to warm up; then an empty region and a region of N calls are
dumped as `<id>|0` and `<id>|N`, so the caller can subtract the marker overhead.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import math

_CTYPES = {
    "float32": ctypes.c_float,
    "float64": ctypes.c_double,
    "float16": ctypes.c_uint16,
    "bfloat16": ctypes.c_uint16,
    "int8": ctypes.c_int8,
    "uint8": ctypes.c_uint8,
    "int16": ctypes.c_int16,
    "int32": ctypes.c_int32,
    "int64": ctypes.c_int64,
    "bool": ctypes.c_uint8,
}


def _descriptor(rank: int) -> type:
    fields = [
        ("allocated", ctypes.c_void_p),
        ("aligned", ctypes.c_void_p),
        ("offset", ctypes.c_longlong),
    ]
    if rank:
        fields += [("sizes", ctypes.c_longlong * rank), ("strides", ctypes.c_longlong * rank)]
    return type(f"MemRef{rank}D", (ctypes.Structure,), {"_fields_": fields})


def _fill(dtype: str, n: int) -> ctypes.Array:
    """Deterministic, finite, non-zero values of the right bit width."""
    ctype = _CTYPES[dtype]
    if dtype == "float16":
        values = [0x3C00 + (i % 64) for i in range(n)]  # 1.0 .. ~1.06
    elif dtype == "bfloat16":
        values = [0x3F80 + (i % 64) for i in range(n)]
    elif dtype in ("float32", "float64"):
        values = [1.0 + (i % 97) / 97.0 for i in range(n)]
    elif dtype == "bool":
        values = [i % 2 for i in range(n)]
    else:
        values = [i % 3 for i in range(n)]
    return (ctype * max(n, 1))(*values)


def _strides(shape: list[int]) -> list[int]:
    out, acc = [], 1
    for d in reversed(shape):
        out.append(acc)
        acc *= d
    return list(reversed(out))


class Unit:
    """One loaded kernel with its argument descriptors, ready to call."""

    def __init__(self, spec: dict) -> None:
        self.id = spec["id"]
        self.lib = ctypes.CDLL(spec["so"])
        self.fn = self.lib._mlir_ciface_main
        self.buffers, self.args = [], []
        for t in spec["inputs"]:
            buf = _fill(t["dtype"], math.prod(t["shape"]))
            desc = _descriptor(len(t["shape"]))()
            desc.allocated = desc.aligned = ctypes.addressof(buf)
            desc.offset = 0
            if t["shape"]:
                desc.sizes[:] = t["shape"]
                desc.strides[:] = _strides(t["shape"])
            self.buffers.append(buf)
            self.args.append(ctypes.byref(desc))
            self.buffers.append(desc)
        ranks = [len(o["shape"]) for o in spec["outputs"]]
        if len(ranks) == 1:
            self.result = _descriptor(ranks[0])()
        else:
            fields = [(f"r{i}", _descriptor(r)) for i, r in enumerate(ranks)]
            self.result = type("Results", (ctypes.Structure,), {"_fields_": fields})()
        self.call_args = [ctypes.byref(self.result), *self.args]

    def __call__(self) -> None:
        self.fn(*self.call_args)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("spec")
    ap.add_argument("--mode", choices=["callgrind", "plain"], default="callgrind")
    ap.add_argument("--unit", type=int, default=0)
    ap.add_argument("--reps", type=int, default=None)
    args = ap.parse_args()
    with open(args.spec) as f:
        spec = json.load(f)
    reps = args.reps if args.reps is not None else spec.get("reps", 10)
    if args.mode == "plain":
        unit = Unit(spec["units"][args.unit])
        for _ in range(reps):
            unit()
        return
    shim = ctypes.CDLL(spec["shim"])
    shim.clab_dump.argtypes = [ctypes.c_char_p]
    for s in spec["units"]:
        unit = Unit(s)
        shim.clab_instrument_on()
        unit()  # warm the simulated caches and branch predictors
        for n in (0, reps):
            shim.clab_zero()
            shim.clab_toggle_collect()
            for _ in range(n):
                unit()
            shim.clab_toggle_collect()
            shim.clab_dump(f"{unit.id}|{n}".encode())
        shim.clab_instrument_off()


if __name__ == "__main__":
    main()
