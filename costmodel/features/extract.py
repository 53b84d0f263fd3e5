"""Features of an MLIR text for the tabular cost models, from MLIR's own parser (the IREE
compiler's bindings read the upstream dialects and IREE's dispatch dialects alike).

Named linalg ops are generalized first (`linalg-generalize-named-ops`), so every structured
op is a `linalg.generic` with indexing maps and iterator types. Per op:
- loop ranges: each loop's extent from an operand dim its indexing map reads directly;
- FLOPs: the iteration space times the arithmetic ops in the body (`arith.*`, `math.*`);
- bytes moved: every operand's elements times their size (read inputs, written outputs);
- loop-nest depth and iterator kinds (parallel, reduction).
Over the module: the op histogram, tensor sizes (largest, total) and element types; and,
for a configured dispatch, its schedule (decision.py).
"""

from __future__ import annotations

import contextlib
import functools
import math
import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable

from costmodel.features.decision import decision_features
from costmodel.mlir.bounds import MlirBoundsError, check_text

_SHAPE = re.compile(r"(?:tensor|memref|vector)<((?:[\d?]+x)*)([a-z]+\d*)")
ELEMENT_BYTES = {
    "f64": 8, "f32": 4, "f16": 2, "bf16": 2, "i64": 8, "i32": 4, "i16": 2, "i8": 1, "i1": 1,
    "index": 8, "si64": 8, "si32": 4, "ui8": 1, "complex": 8,
}  # fmt: skip
#: a shape or loop nest past int64 is no real program, and its sizes overflow a float
MAX_ELEMENTS = 2**63 - 1
#: body ops that are bookkeeping, not arithmetic
_NOT_ARITH = ("linalg.yield", "linalg.index", "arith.constant")


class MlirFeatureError(ValueError):
    """The text is not MLIR the parser accepts."""


def _type_info(type_text: str) -> tuple[list[int], str] | None:
    m = _SHAPE.match(type_text)
    if m is None:
        return None
    dims = [int(d) if d != "?" else 1 for d in m.group(1).split("x") if d]
    if math.prod(dims) > MAX_ELEMENTS:
        raise MlirFeatureError(f"{m.group(0)[:60]}...: more than 2**63 - 1 elements")
    return dims, m.group(2)


@functools.cache
def _ir():
    from iree.compiler import ir, passmanager

    return ir, passmanager


def parse_module(text: str, ctx):  # noqa: ANN001, ANN201 (IREE's ir.Context and ir.Module)
    """`text` parsed in `ctx` (unregistered dialects allowed); MlirFeatureError naming the
    first error line for malformed MLIR, or the bound a text past `check_text`'s breaks (the
    parser would crash or stall on it)."""
    try:
        check_text(text)
    except MlirBoundsError as exc:
        raise MlirFeatureError(str(exc)) from None
    ir, _ = _ir()
    ctx.allow_unregistered_dialects = True
    with ctx:
        try:
            return ir.Module.parse(text)
        except Exception as exc:
            lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
            why = next((ln for ln in lines if "error" in ln), lines[-1] if lines else str(exc))
            raise MlirFeatureError(f"malformed MLIR: {why}") from None


#: an MLIR context costs ~13 ms to create, more than parsing a dispatch; one per thread is
#: reused, and replaced after CONTEXT_USES parses or CONTEXT_BYTES of text, whichever comes
#: first (a context keeps every type, attribute and op name it has seen, so a long-lived
#: service would otherwise grow: by 4 MB a distinct 1 MB text)
CONTEXT_USES = 256
CONTEXT_BYTES = 4 << 20
_local = threading.local()


def _context(size: int):  # noqa: ANN202 (IREE's ir.Context)
    """This thread's context for parsing `size` bytes of text."""
    ir, _ = _ir()
    uses = getattr(_local, "uses", CONTEXT_USES)
    if uses >= CONTEXT_USES:
        _local.ctx, uses = ir.Context(), 0
    _local.uses = uses + max(1, size * CONTEXT_USES // CONTEXT_BYTES)
    return _local.ctx


def _parse(text: str):
    ir, pm_mod = _ir()
    ctx = _context(len(text))
    module = parse_module(text, ctx)
    with ctx:
        funcs = []

        def collect(op):
            if op.name == "func.func":
                funcs.append(op)
            return ir.WalkResult.ADVANCE

        module.operation.walk(collect)
        pm = pm_mod.PassManager.parse("func.func(linalg-generalize-named-ops)")
        for f in funcs:
            # an op the pass cannot generalize keeps its named form
            with contextlib.suppress(Exception):
                pm.run(f)
    return ctx, module


def _generic(op, ir) -> tuple[dict[str, float], tuple[int, ...]]:
    """FLOPs, bytes and loops of one linalg.generic, and its loop ranges."""
    maps = [ir.AffineMapAttr(a).value for a in ir.ArrayAttr(op.attributes["indexing_maps"])]
    iters = [str(a) for a in ir.ArrayAttr(op.attributes["iterator_types"])]
    ranges: dict[int, int] = {}
    nbytes = 0
    for operand, amap in zip(op.operands, maps, strict=False):
        info = _type_info(str(operand.type))
        if info is None:  # a scalar operand
            nbytes += ELEMENT_BYTES.get(str(operand.type), 4)
            continue
        dims, elem = info
        nbytes += math.prod(dims) * ELEMENT_BYTES.get(elem, 4)
        for pos, expr in enumerate(amap.results):
            expr = expr.maybe_downcast() if hasattr(expr, "maybe_downcast") else expr
            if isinstance(expr, ir.AffineDimExpr) and pos < len(dims):
                ranges.setdefault(expr.position, dims[pos])
    space = math.prod(ranges.get(i, 1) for i in range(len(iters)))
    if space > MAX_ELEMENTS:
        raise MlirFeatureError(f"{op.name}: a loop nest of more than 2**63 - 1 iterations")
    body = 0
    for block in op.regions[0].blocks:
        for inner in block.operations:
            name = inner.operation.name
            if name.startswith(("arith.", "math.")) and name not in _NOT_ARITH:
                body += 1
    return {
        "flops": float(space * body),
        "bytes": float(nbytes),
        "loops": float(len(iters)),
        "parallel": float(sum("parallel" in i for i in iters)),
        "reduction": float(sum("reduction" in i for i in iters)),
        "space": float(space),
    }, tuple(ranges.get(i, 1) for i in range(len(iters)))


#: the feature cache holds texts up to this size in all (the shipped dataset's model levels
#: are 23 MB, every split reuses their parse), the least recently used out first
CACHE_BYTES = 128 << 20


class _ByteBoundCache:
    """`fn(text)` cached by text and bounded by the bytes it holds, not by a count (65,536
    texts of 1 MB with their features grew the cost service by gigabytes)."""

    def __init__(self, fn: Callable[[str], dict[str, float]]) -> None:
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.held: OrderedDict[str, dict[str, float]] = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()

    @staticmethod
    def _cost(text: str, value: dict[str, float]) -> int:
        return len(text) + 128 * len(value)  # a feature: its name, a float, a dict slot

    def __call__(self, text: str) -> dict[str, float]:
        with self.lock:
            if text in self.held:
                self.held.move_to_end(text)
                return self.held[text]
        value = self.fn(text)
        with self.lock:
            if text not in self.held:
                self.held[text] = value
                self.size += self._cost(text, value)
            while self.size > CACHE_BYTES and self.held:
                self.size -= self._cost(*self.held.popitem(last=False))
        return value

    def cache_clear(self) -> None:
        with self.lock:
            self.held.clear()
            self.size = 0


@_ByteBoundCache
def features(text: str) -> dict[str, float]:
    """The feature dict of one MLIR text (cached by text). Raises MlirFeatureError."""
    ir, _ = _ir()
    ctx, module = _parse(text)
    ops: Counter = Counter()
    totals = Counter()
    max_loops = 0.0
    elements: list[int] = []
    elem_types: Counter = Counter()
    loop_nests: list[tuple[int, ...]] = []
    refused: list[MlirFeatureError] = []  # raised in a walk, it would come out a RuntimeError
    with ctx:

        def count(op) -> None:
            nonlocal max_loops
            name = op.name
            ops[name] += 1
            if name == "linalg.generic":
                g, ranges = _generic(op, ir)
                loop_nests.append(ranges)
                totals.update({k: g[k] for k in ("flops", "bytes", "parallel", "reduction")})
                totals["generic"] += 1
                max_loops = max(max_loops, g["loops"])
            for res in op.results:
                info = _type_info(str(res.type))
                if info is not None:
                    elements.append(math.prod(info[0]))
                    elem_types[info[1]] += 1

        def visit(op):
            try:
                count(op)
            except MlirFeatureError as exc:
                refused.append(exc)
                return ir.WalkResult.INTERRUPT
            return ir.WalkResult.ADVANCE

        module.operation.walk(visit)
    if refused:
        raise refused[0]
    out: dict[str, float] = {
        "log_flops": math.log1p(totals["flops"]),
        "log_bytes": math.log1p(totals["bytes"]),
        "log_intensity": math.log1p(totals["flops"]) - math.log1p(totals["bytes"]),
        "generic_ops": float(totals["generic"]),
        "max_loops": max_loops,
        "parallel_loops": float(totals["parallel"]),
        "reduction_loops": float(totals["reduction"]),
        "log_max_elements": math.log1p(max(elements, default=0)),
        "log_total_elements": math.log1p(sum(elements)),
        "ops": float(sum(ops.values())),
        "flops": totals["flops"],
        "bytes": totals["bytes"],
    }
    out |= {f"op:{name}": float(n) for name, n in ops.items()}
    out |= {f"elem:{t}": float(n) for t, n in elem_types.items()}
    return out | decision_features(text, loop_nests)
