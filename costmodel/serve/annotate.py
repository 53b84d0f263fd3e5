"""An MLIR pass, in Python over the MLIR bindings, that attaches cost predictions to a module:
on each `func.func`, each IREE dispatch (`hal.executable`) and each linalg op, one attribute
per target (`clab.cost.latency_us`, `clab.cost.instructions`, `clab.cost.spills`, ...).
The attributes are discardable ones, so the result parses again with `torch-mlir-opt` and
`iree-opt`: this is how a pass pipeline consumes the model.

A linalg op is predicted as a function of its own: the op cloned into a `func.func` whose
arguments are its operands, which is the form the models were trained on (one kernel).
"""

from __future__ import annotations

import math

from costmodel.features.extract import parse_module

PREFIX = "clab.cost"
_SKIP = ("linalg.yield", "linalg.index")


def attribute_name(target: str) -> str:
    return f"{PREFIX}.latency_us" if target == "latency_s" else f"{PREFIX}.{target}"


def _wrapped(op, ir, func) -> str:  # noqa: ANN001
    """The op alone in a function taking its operands."""
    with ir.Location.unknown():
        new = ir.Module.create()
        with ir.InsertionPoint(new.body):
            f = func.FuncOp("main", ([v.type for v in op.operands], [r.type for r in op.results]))
            block = f.add_entry_block()
            with ir.InsertionPoint(block):
                clone = op.clone()
                for i, arg in enumerate(block.arguments):
                    clone.operands[i] = arg
                func.ReturnOp(list(clone.results))
    return str(new)


def annotate(text: str, predictor) -> str:  # noqa: ANN001 (costmodel.serve.api.Predictor)
    """`text` with predictions attached; raises MlirFeatureError for malformed MLIR."""
    from iree.compiler import ir
    from iree.compiler.dialects import func

    ctx = ir.Context()
    module = parse_module(text, ctx)
    with ctx:
        targets: list[tuple[object, str, str]] = []  # (op, text, level)
        dispatch = "hal.executable" in text

        def collect(op):
            name = op.name
            if name == "hal.executable":
                targets.append((op, str(op), "dispatch"))
            elif name == "func.func":
                targets.append((op, str(op), "dispatch" if dispatch else "linalg"))
            elif name.startswith("linalg.") and name not in _SKIP:
                targets.append((op, _wrapped(op, ir, func), "linalg"))
            return ir.WalkResult.ADVANCE

        module.operation.walk(collect)
        if targets:
            preds = predictor.predict([t for _, t, _ in targets], levels=[lv for *_, lv in targets])
            for (op, _, _), pred in zip(targets, preds, strict=True):
                for target, value in pred.items():
                    v = value * 1e6 if target == "latency_s" else value
                    if math.isfinite(v):
                        op.attributes[attribute_name(target)] = ir.FloatAttr.get_f64(float(v))
        return str(module)
