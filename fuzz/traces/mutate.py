"""Invalid (and valid) calls by mutation: perturb the dims and integer attributes of valid
calls, run each mutant, and label it with what torch said."""

from __future__ import annotations

import copy
import random
import time
from collections.abc import Iterator
from typing import Any

import torch

from compiler_lab.ir import opnames
from fuzz.traces.record import Recorder
from fuzz.traces.replay import MAX_ELEMENTS, Unreplayable, decode

MUTATIONS = ("zero", "minus_one", "swap", "unequal", "add", "double")


def _slots(obj: Any, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """Paths to mutable integers: ('dim', path, i) for tensor dims, ('int', path) for ints."""
    if isinstance(obj, dict) and "T" in obj:
        for i in range(len(obj["T"]["shape"])):
            yield path, f"dim:{i}"
    elif isinstance(obj, list):
        if obj and all(type(v) is int for v in obj):
            for i in range(len(obj)):
                yield (*path, i), "int"
        else:
            for i, v in enumerate(obj):
                yield from _slots(v, (*path, i))
    elif type(obj) is int:
        yield path, "int"


def _get(obj: Any, path: tuple) -> Any:
    for p in path:
        obj = obj[p]
    return obj


def _set(obj: Any, path: tuple, value: Any) -> Any:
    if not path:
        return value
    _get(obj, path[:-1])[path[-1]] = value
    return obj


def mutants(call: dict[str, Any], rng: random.Random, n: int) -> list[tuple[str, dict]]:
    """Up to `n` mutated copies of a recorded call, each tagged with its mutation."""
    root = {"args": call["args"], "kwargs": call.get("kwargs", {})}
    slots = list(_slots(root["args"], ("args",))) + list(_slots(root["kwargs"], ("kwargs",)))
    tensor_shapes = [(p, k) for p, k in slots if k.startswith("dim:")]
    out = []
    for _ in range(n * 3):
        if len(out) >= n or not slots:
            break
        kind = rng.choice(MUTATIONS)
        new = copy.deepcopy(root)
        path, slot = rng.choice(slots)
        if slot.startswith("dim:"):
            shape = _get(new, path)["T"]["shape"]
            i = int(slot[4:])
            if kind == "zero":
                shape[i] = 0
            elif kind == "minus_one":
                continue  # a tensor dim cannot be -1; integer attributes get this one
            elif kind == "swap" and len(shape) >= 2:
                j = rng.choice([k for k in range(len(shape)) if k != i])
                shape[i], shape[j] = shape[j], shape[i]
            elif kind == "unequal" and len(tensor_shapes) >= 2:
                other_path, _ = rng.choice(
                    [s for s in tensor_shapes if s[0] != path] or tensor_shapes
                )
                other = _get(new, other_path)["T"]["shape"]
                matches = [k for k, d in enumerate(other) if d == shape[i]]
                if not matches:
                    continue
                shape[i] += 1
            elif kind == "add":
                shape[i] += rng.randint(1, 3)
            elif kind == "double":
                shape[i] *= 2
            else:
                continue
            if _numel(shape) > MAX_ELEMENTS:
                continue
        else:
            value = _get(new, path)
            if kind == "zero":
                value = 0
            elif kind == "minus_one":
                value = -1
            elif kind == "add":
                value = value + rng.randint(1, 3)
            elif kind == "double":
                value = value * 2
            elif kind == "unequal":
                value = value + 1
            else:
                continue
            _set(new, path, value)
        out.append((kind, {"args": new["args"], "kwargs": new["kwargs"]}))
    return out


def _numel(shape: list[int]) -> int:
    n = 1
    for d in shape:
        n *= max(d, 0)
    return n


def record_mutants(
    op: str, calls: list[dict[str, Any]], per_op: int, budget_s: float, seed: int = 0
) -> list[dict[str, Any]]:
    """Run mutants of `calls` (valid records of `op`) under the recorder, within budget."""
    rng = random.Random(f"{seed}:{op}")
    fn = opnames.resolve(op)
    deadline = time.monotonic() + budget_s
    recorder = Recorder()
    gen = torch.Generator().manual_seed(seed)
    per_call = max(1, per_op // max(1, len(calls)))
    for call in calls:
        for kind, mutant in mutants(call, rng, per_call):
            if time.monotonic() > deadline:
                break
            recorder.source = f"mutate:{kind}:{call.get('src', '')}"
            try:
                args = decode(mutant["args"], gen)
                kwargs = {k: decode(v, gen) for k, v in mutant["kwargs"].items()}
            except (Unreplayable, RuntimeError, ValueError, OverflowError):
                continue
            try:
                with recorder:
                    fn(*args, **kwargs)
            except Exception:
                pass
    return [r.to_json() for r in recorder.records if r.op == op]
