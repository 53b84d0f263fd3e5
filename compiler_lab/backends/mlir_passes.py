"""torch-mlir's MLIR bindings and pass pipelines, run element by element in a fresh
context, so a failure names the pass that broke (`mlir-pass:<name>`) and carries MLIR's own
diagnostics. The torch-mlir, TOSA and StableHLO backends, the pass bisector and the native
units all lower through here.
"""

from __future__ import annotations

import ctypes
import functools
import re

from compiler_lab.backends.base import MlirReproducer, StageError
from compiler_lab.sandbox.breadcrumb import mark


@functools.lru_cache(maxsize=1)
def bindings():
    """torch-mlir's bindings. Importing torch_mlir.fx registers the torch-mlir passes;
    StableHLO's (chlo-legalize-to-stablehlo, …) need registering by hand."""
    import torch_mlir.fx  # noqa: F401
    from torch_mlir import ir
    from torch_mlir._mlir_libs import _stablehlo
    from torch_mlir.passmanager import PassManager

    _stablehlo.register_stablehlo_passes()
    return ir, PassManager


def new_context():
    """A single-threaded context that knows the torch and StableHLO dialects."""
    ir, _ = bindings()
    from torch_mlir._mlir_libs import _stablehlo
    from torch_mlir.dialects import torch as torch_d

    ctx = ir.Context()
    torch_d.register_dialect(ctx)
    _stablehlo.register_dialect(ctx)
    ctx.enable_multithreading(False)
    ctx.emit_error_diagnostics = True
    return ctx


def split_pipeline(text: str) -> list[str]:
    """Top-level elements of `a,b(c,d),e{x=1}` (commas inside () or {} do not split)."""
    out, depth, cur = [], 0, []
    for ch in text:
        if ch in "({":
            depth += 1
        elif ch in ")}":
            depth -= 1
        if ch == "," and depth == 0:
            out.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    if "".join(cur).strip():
        out.append("".join(cur).strip())
    return out


@functools.cache
def expand(pipeline: str) -> tuple[str, ...]:
    """The pipeline's elements after MLIR expands registered pipelines into passes."""
    ir, PassManager = bindings()
    with ir.Context():
        text = str(PassManager.parse(f"builtin.module({pipeline})"))
    inner = text.strip()[len("builtin.module(") : -1]
    return tuple(split_pipeline(inner))


def pass_name(element: str) -> str:
    """`canonicalize` for `func.func(canonicalize{max-iterations=10})`."""
    name = element
    while "(" in name and name.endswith(")"):
        name = name[name.index("(") + 1 : -1]
    return name.split("{")[0].strip()


class _Diagnostics:
    """Collects error diagnostics so they land in the failure message, not on stderr."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def __call__(self, diag) -> bool:  # noqa: ANN001 (an ir.Diagnostic)
        if str(diag.severity).endswith("ERROR"):
            self.messages.append(f"{diag.location}: error: {diag.message}")
        return True


def _stage_error(stage: str, exc: BaseException, diags: _Diagnostics) -> StageError:
    if diags.messages:
        exc = type(exc)(f"{exc}\n" + "\n".join(diags.messages[:20]))
    return StageError(stage, exc)


def run_levels(
    ir_text: str, plan: list[tuple[str, str]], drop: str | None = None
) -> dict[str, str]:
    """Run each (level, pipeline) in turn, element by element, on ONE module, keeping the
    text after each level. One context throughout: levels can hold dialects (tm_tensor)
    that cannot be parsed back from text here. Raises StageError('mlir-pass:<p>')."""
    ir, PassManager = bindings()
    texts: dict[str, str] = {}
    diags = _Diagnostics()
    with new_context() as ctx:
        ctx.attach_diagnostic_handler(diags)
        try:
            module = ir.Module.parse(ir_text)
        except Exception as exc:
            raise _stage_error("mlir-parse", exc, diags) from exc
        for level, pipeline in plan:
            for element in expand(pipeline):
                if drop and drop in element:
                    continue
                mark(f"mlir-pass:{pass_name(element)}")
                try:
                    PassManager.parse(f"builtin.module({element})").run(module.operation)
                except Exception as exc:
                    err = _stage_error(f"mlir-pass:{pass_name(element)}", exc, diags)
                    err.partial = dict(texts)  # the levels that did lower
                    err.level = level
                    raise err from exc
            texts[level] = module.operation.get_asm()
    return texts


def before_failure(
    ir_text: str, plan: list[tuple[str, str]], stage: str, drop: str | None = None
) -> tuple[str, str] | None:
    """The module just before the pipeline element whose failure is `stage`
    (`mlir-pass:<name>`), and that element: run again, one element at a time, printing the
    module before each (kept only for the failing one). None if it does not fail there."""
    ir, PassManager = bindings()
    with new_context() as ctx:
        ctx.attach_diagnostic_handler(_Diagnostics())
        module = ir.Module.parse(ir_text)
        for _, pipeline in plan:
            for element in expand(pipeline):
                if drop and drop in element:
                    continue
                before = module.operation.get_asm()
                try:
                    PassManager.parse(f"builtin.module({element})").run(module.operation)
                except Exception:
                    return (before, element) if stage == f"mlir-pass:{pass_name(element)}" else None
    return None


def pass_reproducer(
    ir_text: str, plan: list[tuple[str, str]], stage: str, drop: str | None = None
) -> MlirReproducer | None:
    """The module before the pass whose failure is `stage`, and the `torch-mlir-opt` command
    that runs that pass alone on it (None where it does not fail there)."""
    found = before_failure(ir_text, plan, stage, drop)
    if found is None:
        return None
    text, element = found
    pipeline = f"--pass-pipeline=builtin.module({element})"
    return MlirReproducer("torch-mlir-opt", (pipeline, "{input}"), text, pass_name(element))


def run_passes(ir_text: str, pipeline: str) -> str:
    """Run `pipeline` element by element on `ir_text`; raises StageError('mlir-pass:<p>')."""
    return run_levels(ir_text, [("out", pipeline)])["out"]


_EXTERNAL_DECL = re.compile(r"^\s*llvm\.func @([\w$.]+)\([^\n{]*$", re.MULTILINE)


def unresolved_symbols(llvm_text: str) -> list[str]:
    """External functions the module declares that this process cannot resolve."""
    process = ctypes.CDLL(None)
    return [n for n in _EXTERNAL_DECL.findall(llvm_text) if not hasattr(process, n)]
