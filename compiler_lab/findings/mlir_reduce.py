"""Delta over ops for an MLIR reproducer: the module before the failing pass or phase,
shrunk while its command still fails with the same error, as `mlir-reduce` would with an
interestingness test (neither mlir-reduce nor iree-reduce ships in the wheels).

Moves on the entry function (the one with the most ops), each kept only where the command
still fails the same way (its first `error:` line, or the signal that killed it):
- detach it: where other functions call it (IREE's ABI wrapper `main` calling the `util.func`
  the ops live in), those callers go and it becomes public, so that the moves below may
  change its signature: a caller could not follow, as it has no values for new arguments;
- cut after an op: its results are returned instead, and what no longer feeds them goes;
- cut an op loose: its results become arguments of the function, so what fed only it goes.
IREE compiles on from its phases with tensors at a public `util.func`'s boundary, so its
cuts need no ABI of their own. The cuts need the types of values, so the module is edited
through MLIR's python bindings, the tool's own (they register its dialects): torch-mlir's
for `torch-mlir-opt` (torch-mlir, TOSA and the StableHLO import), IREE's for `iree-compile`
and `iree-opt` (its phase dumps: `util.func`s of flow, stream and hal ops). Only top-level
functions are edited: a failure inside a dispatch (a `hal.executable`) keeps it whole.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

#: the tools whose modules this reducer edits, and the MLIR bindings it reads them with: the
#: tool's own, which register its dialects (IREE's: util, flow, stream, hal, and torch too)
TOOLS = {
    "torch-mlir-opt": "torch_mlir",
    "iree-compile": "iree.compiler",
    "iree-opt": "iree.compiler",
}


@dataclass(frozen=True)
class Reduced:
    """The module reduced, its entry function's op count before and after, and how many
    times the command ran."""

    text: str
    ops_before: int
    ops_after: int
    tries: int


def reduce_module(
    text: str,
    failure: Callable[[str], str | None],
    budget_s: float = 120.0,
    max_tries: int = 300,
    tool: str = "torch-mlir-opt",
) -> Reduced:
    """`text` shrunk while `failure(module)` (the command run on it: its error line, or
    None where it passes) stays what it is on `text`, within `budget_s` and `max_tries`."""
    bindings = TOOLS.get(tool, "")
    if not _reads(text, bindings):  # nothing here can edit it: it stays as it is
        return Reduced(text, 0, 0, 0)
    wanted = failure(text)
    before = _count(text, bindings)
    deadline = time.monotonic() + budget_s
    tries = 1

    def keeps(candidate: str | None) -> bool:
        nonlocal tries
        if candidate is None or time.monotonic() > deadline or tries >= max_tries:
            return False
        tries += 1
        return failure(candidate) == wanted

    def edit(i: int, move: Callable, at_least: int = 1) -> str | None:
        return _edit(text, bindings, i, move, at_least)

    if wanted is None:
        return Reduced(text, before, before, tries)
    if keeps(candidate := edit(0, _detach, at_least=0)):
        text = candidate
    for i in range(before):  # the earliest cut that still fails: everything after it goes
        if keeps(candidate := edit(i, _cut_after)):
            text = candidate
            break
    i = _count(text, bindings) - 1
    while i >= 0:  # then each op cut loose, from the last: what fed only it goes
        if keeps(candidate := edit(i, _cut_loose)):
            text = candidate
            i = min(i, _count(text, bindings)) - 1
        else:
            i -= 1
    if keeps(candidate := edit(0, _drop_unused_arguments, at_least=0)):
        text = candidate
    return Reduced(text, before, _count(text, bindings), tries)


def _context(bindings: str) -> tuple[Any, Any]:
    """The bindings' `ir` module and a context with their dialects (IREE's registers its
    own in every context; torch-mlir's torch dialect is registered by hand)."""
    ir = importlib.import_module(f"{bindings}.ir")
    ctx = ir.Context()
    if bindings == "torch_mlir":
        from torch_mlir.dialects import torch as torch_dialect

        torch_dialect.register_dialect(ctx)
    ctx.allow_unregistered_dialects = True
    return ir, ctx


def _reads(text: str, bindings: str) -> bool:
    """Do these bindings (installed) parse `text`?"""
    try:
        ir, ctx = _context(bindings)
    except ImportError:
        return False
    with ctx:
        try:
            ir.Module.parse(text)
        except ir.MLIRError:
            return False
    return True


def _functions(module) -> list:
    """The module's functions that have a body."""
    return [
        op
        for op in module.body.operations
        if "function_type" in op.attributes and op.regions and len(op.regions[0].blocks)
    ]


def _entry(module):
    """The function with the most ops in its body (the one the pass fails in)."""
    return max(
        _functions(module), key=lambda f: len(f.regions[0].blocks[0].operations), default=None
    )


def _count(text: str, bindings: str) -> int:
    """The ops of the entry function's body, its terminator left out."""
    ir, ctx = _context(bindings)
    with ctx:
        module = ir.Module.parse(text)  # held: the function lives only as long as its module
        fn = _entry(module)
        return len(fn.regions[0].blocks[0].operations) - 1 if fn is not None else 0


def _edit(text: str, bindings: str, i: int, move: Callable, at_least: int = 1) -> str | None:
    """`text` with `move` applied to op `i` of the entry function, dead ops erased; None
    where the move does not apply or the result does not verify."""
    ir, ctx = _context(bindings)
    with ctx:
        module = ir.Module.parse(text)
        fn = _entry(module)
        ops = list(fn.regions[0].blocks[0].operations) if fn is not None else []
        if len(ops) - 1 < max(at_least, i + 1) or not move(ir, module, fn, ops[i]):
            return None
        _erase_dead(fn.regions[0].blocks[0])
        try:
            module.operation.verify()
        except ir.MLIRError:
            return None
        return str(module)


def _retype(ir, fn, inputs: list | None = None, results: list | None = None) -> None:
    """Give the function these argument (or result) types, and drop what lined up with the
    old ones: their attributes, and IREE's tied operands (a result that reuses an argument)."""
    kind = ir.FunctionType(ir.TypeAttr(fn.attributes["function_type"]).value)
    inputs = list(kind.inputs) if inputs is None else inputs
    stale = ("tied_operands", "res_attrs" if results is not None else "arg_attrs")
    results = list(kind.results) if results is None else results
    fn.attributes["function_type"] = ir.TypeAttr.get(ir.FunctionType.get(inputs, results))
    for name in stale:
        if name in fn.attributes:
            del fn.attributes[name]


def _detach(ir, module, fn, op) -> bool:
    """Erase the functions that call `fn` (IREE's ABI wrapper), and make `fn` public."""
    name = ir.StringAttr(fn.attributes["sym_name"]).value
    callers = [f for f in _functions(module) if f != fn and _calls(ir, f, name)]
    for caller in callers:
        caller.erase()
    if callers and "sym_visibility" in fn.attributes:
        del fn.attributes["sym_visibility"]
    return bool(callers)


def _calls(ir, fn, name: str) -> bool:
    """Does an op in `fn` name `name` as its callee?"""
    found = []

    def visit(op) -> Any:
        if "callee" in op.attributes:
            callee = op.attributes["callee"]  # typed already: a nested symbol is not it
            if isinstance(callee, ir.FlatSymbolRefAttr) and callee.value == name:
                found.append(op)
        return ir.WalkResult.ADVANCE

    fn.walk(visit)
    return bool(found)


def _cut_after(ir, module, fn, op) -> bool:
    """Return `op`'s results from the function in place of what it returned."""
    results = list(op.results)
    if not results:
        return False
    terminator = list(fn.regions[0].blocks[0].operations)[-1]
    with ir.InsertionPoint(terminator), terminator.location:
        ir.Operation.create(terminator.name, operands=results)
    terminator.erase()
    _retype(ir, fn, results=[r.type for r in results])
    return True


def _cut_loose(ir, module, fn, op) -> bool:
    """Make `op`'s results arguments of the function, and erase `op`."""
    results = list(op.results)
    if not results or not list(op.operands) or not any(list(r.uses) for r in results):
        return False  # a constant (no operands) reads better as it is than as an argument
    block = fn.regions[0].blocks[0]
    for r in results:
        r.replace_all_uses_with(block.add_argument(r.type, op.location))
    op.erase()
    _retype(ir, fn, inputs=[a.type for a in block.arguments])
    return True


def _drop_unused_arguments(ir, module, fn, op) -> bool:
    """Erase the function's arguments that nothing uses."""
    block = fn.regions[0].blocks[0]
    unused = [i for i, a in enumerate(block.arguments) if not list(a.uses)]
    for i in reversed(unused):
        block.erase_argument(i)
    _retype(ir, fn, inputs=[a.type for a in block.arguments])
    return bool(unused)


def _erase_dead(block) -> None:
    """Erase, until none is left, every op whose results all go unused (ops without
    results, such as asserts, stay: they may be what fails)."""
    changed = True
    while changed:
        changed = False
        for op in reversed(list(block.operations)[:-1]):
            if op.results and not any(list(r.uses) for r in op.results):
                op.erase()
                changed = True
