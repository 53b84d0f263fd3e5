"""Features of an MLIR text for the tabular cost models, from its ops as MLIR's own parser
gives them (the IREE compiler's bindings read the upstream dialects and IREE's dispatch
dialects alike). Compiler output of the forms the datasets hold is read from its text
instead (`reader.py`: the same ops, about twenty times faster); MLIR parses the rest.

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
from collections import Counter

from costmodel.features.decision import decision_features
from costmodel.features.printed import Generic, Op
from costmodel.features.reader import read_ops
from costmodel.mlir.bounds import MlirBoundsError, check_text
from costmodel.mlir.memo import memo

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


def parsed_ops(text: str) -> list[Op]:
    """The ops of `text` parsed by MLIR, named linalg ops generalized. Raises
    MlirFeatureError."""
    ir, _ = _ir()
    ctx, module = _parse(text)
    out: list[Op] = []
    with ctx:

        def visit(op):
            generic = None
            if op.name == "linalg.generic":
                attrs = op.attributes
                maps = [ir.AffineMapAttr(a).value for a in ir.ArrayAttr(attrs["indexing_maps"])]
                dims = [[_dim(e, ir) for e in m.results] for m in maps]
                iters = [str(a) for a in ir.ArrayAttr(attrs["iterator_types"])]
                body = [i.operation.name for b in op.regions[0].blocks for i in b.operations]
                generic = Generic([str(o.type) for o in op.operands], dims, iters, body)
            out.append(Op(op.name, [str(r.type) for r in op.results], generic))
            return ir.WalkResult.ADVANCE

        module.operation.walk(visit)
    return out


#: a kernel holding what MLIR loads on its first parse of one (the linalg, tensor and arith
#: dialects, the generalize pass): about 0.1 s, paid by `warm` rather than by a request
_WARM = """func.func @f(%x: tensor<1x1x4x4xf32>, %w: tensor<1x1x1x1xf32>, %o: tensor<1x1x4x4xf32>)
    -> tensor<1x1x4x4xf32> {
  %r = linalg.conv_2d_nchw_fchw ins(%x, %w : tensor<1x1x4x4xf32>, tensor<1x1x1x1xf32>)
         outs(%o : tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  return %r : tensor<1x1x4x4xf32>
}"""


def warm() -> None:
    """Load MLIR's dialects and passes now: a service's first text the reader leaves to
    MLIR would otherwise stall it (and every request waiting) for ~0.1 s."""
    parsed_ops(_WARM)


def _dim(expr, ir) -> int | None:  # noqa: ANN001 (IREE's ir.AffineExpr and ir module)
    expr = expr.maybe_downcast() if hasattr(expr, "maybe_downcast") else expr
    return expr.position if isinstance(expr, ir.AffineDimExpr) else None


def _generic(g: Generic) -> tuple[dict[str, float], tuple[int, ...]]:
    """FLOPs, bytes and loops of one linalg.generic, and its loop ranges."""
    ranges: dict[int, int] = {}
    nbytes = 0
    for type_text, dims_read in zip(g.operand_types, g.maps, strict=False):
        info = _type_info(type_text)
        if info is None:  # a scalar operand
            nbytes += ELEMENT_BYTES.get(type_text, 4)
            continue
        dims, elem = info
        nbytes += math.prod(dims) * ELEMENT_BYTES.get(elem, 4)
        for pos, dim in enumerate(dims_read):
            if dim is not None and pos < len(dims):
                ranges.setdefault(dim, dims[pos])
    iters = g.iterators
    space = math.prod(ranges.get(i, 1) for i in range(len(iters)))
    if space > MAX_ELEMENTS:
        raise MlirFeatureError("linalg.generic: a loop nest of more than 2**63 - 1 iterations")
    body = sum(1 for n in g.body if n.startswith(("arith.", "math.")) and n not in _NOT_ARITH)
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


@memo(lambda: CACHE_BYTES)
def features(text: str) -> dict[str, float]:
    """The feature dict of one MLIR text (cached by text). Raises MlirFeatureError.

    Compiler output is read from its text where `read_ops` can (the same ops as MLIR's
    parse, ~20x faster); anything else is parsed by MLIR."""
    try:
        check_text(text)
    except MlirBoundsError as exc:
        raise MlirFeatureError(str(exc)) from None
    ops = read_ops(text)
    return _features(parsed_ops(text) if ops is None else ops, text)


def _features(ops: list[Op], text: str) -> dict[str, float]:
    flops = nbytes = parallel = reduction = max_loops = 0.0
    generics = 0
    elements: list[int] = []
    elem_types: Counter = Counter()
    loop_nests: list[tuple[int, ...]] = []
    for op in ops:
        if op.generic is not None:
            g, ranges = _generic(op.generic)
            loop_nests.append(ranges)
            flops += g["flops"]
            nbytes += g["bytes"]
            parallel += g["parallel"]
            reduction += g["reduction"]
            generics += 1
            max_loops = max(max_loops, g["loops"])
        for type_text in op.result_types:
            info = _type_info(type_text)
            if info is not None:
                elements.append(math.prod(info[0]))
                elem_types[info[1]] += 1
    out: dict[str, float] = {
        "log_flops": math.log1p(flops),
        "log_bytes": math.log1p(nbytes),
        "log_intensity": math.log1p(flops) - math.log1p(nbytes),
        "generic_ops": float(generics),
        "max_loops": max_loops,
        "parallel_loops": parallel,
        "reduction_loops": reduction,
        "log_max_elements": math.log1p(max(elements, default=0)),
        "log_total_elements": math.log1p(sum(elements)),
        "ops": float(len(ops)),
        "flops": flops,
        "bytes": nbytes,
    }
    out |= {f"op:{name}": float(n) for name, n in Counter(op.name for op in ops).items()}
    out |= {f"elem:{t}": float(n) for t, n in elem_types.items()}
    return out | decision_features(text, loop_nests)
