"""Deterministic values for graph inputs and weights, drawn from each spec's range, with an
optional pattern laid over them, because compilers take different paths by value:

- `zeros`: a quarter of the elements are zero (for floats, half of those -0.0);
- `special`: a tenth are +inf, -inf or NaN (floats; for ops defined on them);
- `limits`: integers at the ends of their dtype (saturation, wrap-around, sign handling);
- `constant`: every element the same (a broadcast-like input, an all-true mask).
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
from dataclasses import dataclass

import torch

from compiler_lab.ir import argcodec, dtypes
from compiler_lab.ir.graph import Graph, InputSpec, Node
from compiler_lab.sandbox.calls import sandbox_call

DEFAULT_FLOAT_RANGE = (-1.0, 1.0)
DEFAULT_INT_RANGE = (-8, 8)
_INT64_MAX = torch.iinfo(torch.int64).max


def _generator(seed: int, name: str) -> torch.Generator:
    digest = hashlib.sha256(f"{seed}:{name}".encode()).digest()
    return torch.Generator().manual_seed(int.from_bytes(digest[:8], "little") >> 1)


def _draw(spec: InputSpec, dtype: torch.dtype, gen: torch.Generator) -> torch.Tensor:
    shape = spec.shape
    if dtype == torch.bool:
        return torch.randint(0, 2, shape, generator=gen).bool()
    if dtype.is_floating_point or dtype.is_complex:
        # within the dtype's finite values: an infinite bound would draw only NaN
        top = torch.finfo(dtype).max
        lo, hi = (min(max(x, -top), top) for x in spec.range or DEFAULT_FLOAT_RANGE)
        u = _uniform(shape, lo, hi, gen)
        if dtype.is_complex:
            return torch.complex(u, _uniform(shape, lo, hi, gen)).to(dtype)
        return u.to(dtype)
    info = torch.iinfo(dtype)
    lo, hi = spec.range or DEFAULT_INT_RANGE
    lo = int(min(max(lo, info.min), info.max))  # clamped first: int() of an inf fails
    hi = int(max(min(hi, info.max), lo))
    # randint's exclusive high bound must fit in int64: at int64's top, draw one lower
    # (over the whole int64 range, the maximum itself is left out)
    shift = int(hi == _INT64_MAX and lo > -_INT64_MAX - 1)
    high = min(hi + 1 - shift, _INT64_MAX)
    t = torch.randint(lo - shift, high, shape, generator=gen, dtype=torch.int64)
    return (t + shift).to(dtype)


def default_range(dtype: str) -> tuple[float, float]:
    """The range an input of `dtype` with none of its own is drawn from."""
    if dtype.startswith(("int", "uint")):
        return tuple(map(float, DEFAULT_INT_RANGE))
    return DEFAULT_FLOAT_RANGE


def _uniform(shape: tuple[int, ...], lo: float, hi: float, gen: torch.Generator) -> torch.Tensor:
    """float64 values uniform in [lo, hi]; the width may overflow float64 (the full range)."""
    u = torch.rand(shape, generator=gen, dtype=torch.float64)
    if math.isfinite(hi - lo):
        return u * (hi - lo) + lo
    return lo * (1 - u) + hi * u


def _pattern(t: torch.Tensor, pattern: str, gen: torch.Generator) -> torch.Tensor:
    if t.numel() == 0:
        return t
    u = torch.rand(t.shape, generator=gen, dtype=torch.float64)
    floating = t.dtype.is_floating_point
    if pattern == "constant":
        return torch.empty(t.shape, dtype=t.dtype).fill_(t.flatten()[0])
    if pattern == "zeros" and not floating:  # in int64: torch lacks kernels for uint16/32
        zero = torch.zeros((), dtype=torch.int64)
        return torch.where(u < 0.25, zero, t.to(torch.int64)).to(t.dtype)
    if pattern == "zeros":
        zero = torch.zeros((), dtype=t.dtype)
        return torch.where(u < 0.125, -zero, torch.where(u < 0.25, zero, t))
    if pattern == "special" and floating:
        out = torch.where(u < 0.1, torch.tensor(float("nan"), dtype=t.dtype), t)
        out = torch.where(u < 0.066, torch.tensor(float("-inf"), dtype=t.dtype), out)
        return torch.where(u < 0.033, torch.tensor(float("inf"), dtype=t.dtype), out)
    if pattern == "limits" and not floating and t.dtype != torch.bool:
        info = torch.iinfo(t.dtype)
        k = torch.randint(0, 4, t.shape, generator=gen)
        return torch.where(u < 0.5, k + info.min, info.max - k).to(t.dtype)
    return t


def make_value(spec: InputSpec, seed: int) -> torch.Tensor:
    """One tensor for `spec`: its exact values where the graph carries them; else uniform
    floats or integers within the closed range, then the spec's pattern, if any."""
    if spec.value is not None:
        return _exact_value(spec)
    gen = _generator(seed, spec.name)
    t = _draw(spec, dtypes.to_torch(spec.dtype), gen)
    return _pattern(t, spec.pattern, gen) if spec.pattern else t


def _exact_value(spec: InputSpec) -> torch.Tensor:
    """The tensor a spec's `value` lists (floats go through float64: exact for every
    float dtype). Raises ValueError if its count does not fit the spec's shape."""
    dtype = dtypes.to_torch(spec.dtype)
    wide = torch.float64 if dtype.is_floating_point else dtype
    if len(spec.value) != spec.numel:
        raise ValueError(f"input '{spec.name}': {len(spec.value)} values for shape {spec.shape}")
    return torch.tensor(spec.value, dtype=wide).reshape(spec.shape).to(dtype)


def make_values(graph: Graph, seed: int = 0) -> dict[str, torch.Tensor]:
    """Values for every input and weight of `graph`, keyed by name."""
    return {spec.name: make_value(spec, seed) for spec in graph.inputs}


def value_class(t: torch.Tensor) -> set[str]:
    """What kind of values `t` holds, for checking that generation covers them: integers
    positive / negative / mixed / limits / constant; floats tiny / huge / mixed-sign /
    zeros (with a signed zero) / special."""
    if t.numel() == 0 or t.dtype.is_complex:
        return set()
    out: set[str] = set()
    if t.numel() > 1 and bool((t.to(torch.float64) == float(t.flatten()[0])).all()):
        out.add("constant")
    if t.dtype == torch.bool:
        return out
    if not t.dtype.is_floating_point:
        info, i = torch.iinfo(t.dtype), t.to(torch.int64)
        if bool((i >= info.max - 3).any()) or (info.min < 0 and bool((i <= info.min + 3).any())):
            out.add("limits")
        sign = "positive" if bool((i > 0).all()) else "negative" if bool((i < 0).all()) else "mixed"
        return out | {sign}
    f = t.double()
    finite = f[torch.isfinite(f)]
    if finite.numel() < f.numel():
        out.add("special")
    if bool((f == 0).any()) and bool(torch.signbit(f[f == 0]).any()):
        out.add("zeros")
    nonzero = finite[finite != 0].abs()
    if nonzero.numel():
        if float(nonzero.max()) < 1e-3:
            out.add("tiny")
        if float(nonzero.max()) > 1e4:
            out.add("huge")
    if bool((finite > 0).any()) and bool((finite < 0).any()):
        out.add("mixed-sign")
    return out


#: the dtypes a truth run computes in float64 (complex128): every narrower float
_WIDER = {"float16": "float64", "bfloat16": "float64", "float32": "float64",
          "complex32": "complex128", "complex64": "complex128"}  # fmt: skip


def widened(graph: Graph) -> Graph:
    """`graph` with every float dtype its calls name (`to(float32)`, `sum(dtype=float16)`,
    `full(dtype=...)`) widened to float64 (complex to complex128), for the oracle's truth
    run: widening only the inputs left such calls, and ints promoted to the default dtype,
    computing in float32. Run it under `torch.set_default_dtype(torch.float64)`."""
    return dataclasses.replace(graph, nodes=_calls_retyped(graph, _WIDER))


def retyped(graph: Graph, mapping: dict[str, str]) -> Graph:
    """`graph` with each dtype `mapping` names replaced, in its inputs and in the dtypes its
    calls name (a reduction trying float32 for float16); the nodes' outputs are as they were
    (`validate.retype` recomputes them)."""
    inputs = [dataclasses.replace(s, dtype=mapping.get(s.dtype, s.dtype)) for s in graph.inputs]
    return dataclasses.replace(graph, inputs=inputs, nodes=_calls_retyped(graph, mapping))


def _calls_retyped(graph: Graph, mapping: dict[str, str]) -> list[Node]:
    """The nodes of `graph` with each dtype symbol in their arguments renamed by `mapping`."""

    def rename(v: object) -> object:
        if isinstance(v, argcodec.DType) and v.name in mapping:
            return argcodec.DType(mapping[v.name])
        return v

    return [
        dataclasses.replace(
            n, args=argcodec.walk(n.args, rename), kwargs=argcodec.walk(n.kwargs, rename)
        )
        for n in graph.nodes
    ]


def to_float64(values: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """Floating tensors widened to float64 (complex to complex128) for the oracle's truth run."""
    out = {}
    for name, t in values.items():
        if t.dtype.is_complex:
            out[name] = t.to(torch.complex128)
        elif t.dtype.is_floating_point:
            out[name] = t.to(torch.float64)
        else:
            out[name] = t
    return out


@dataclass(frozen=True)
class DrawValues:
    """Draw the values of the graph in the file `graph` with `seed`; save them to `values`."""

    graph: str
    values: str
    seed: int = 0


@dataclass(frozen=True)
class Drawn:
    elements: int


@sandbox_call(DrawValues, Drawn)
def draw_file(req: DrawValues) -> Drawn:
    """Worker side (a sandbox `call`). Values are drawn in the sandbox, under its memory
    limit, since a shared graph may ask for tensors far larger than the coordinator holds."""
    from compiler_lab.ir import tensorio

    values = make_values(Graph.load(req.graph), req.seed)
    tensorio.save(req.values, values)
    return Drawn(sum(t.numel() for t in values.values()))
