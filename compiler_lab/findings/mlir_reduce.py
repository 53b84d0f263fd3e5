"""Delta over ops for an MLIR reproducer: the module before the failing pass, shrunk while
the pass still fails with the same error, as `mlir-reduce` would with an interestingness
test (no mlir-reduce ships in the wheels).

Two moves on the entry function, each kept only where the command still fails the same way
(its first `error:` line, or the signal that killed it):
- cut after an op: its results are returned instead, and what no longer feeds them goes;
- cut an op loose: its results become arguments of the function, so what fed only it goes.
Both need the types of values, so the module is edited through torch-mlir's MLIR bindings:
reductions are offered for torch-mlir-opt reproducers (torch-mlir, TOSA and the StableHLO
import), not yet for IREE's phase dumps (util.func entry points wrapped by `main`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

#: the tools whose modules this reducer edits
TOOLS = ("torch-mlir-opt",)


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
) -> Reduced:
    """`text` shrunk while `failure(module)` (the command run on it: its error line, or
    None where it passes) stays what it is on `text`, within `budget_s` and `max_tries`."""
    wanted = failure(text)
    before = _count(text)
    deadline = time.monotonic() + budget_s
    tries = 1

    def keeps(candidate: str | None) -> bool:
        nonlocal tries
        if candidate is None or time.monotonic() > deadline or tries >= max_tries:
            return False
        tries += 1
        return failure(candidate) == wanted

    if wanted is None:
        return Reduced(text, before, before, tries)
    for i in range(before):  # the earliest cut that still fails: everything after it goes
        candidate = _edit(text, i, _cut_after)
        if keeps(candidate):
            text = candidate
            break
    i = _count(text) - 1
    while i >= 0:  # then each op cut loose, from the last: what fed only it goes
        candidate = _edit(text, i, _cut_loose)
        if keeps(candidate):
            text = candidate
            i = min(i, _count(text)) - 1
        else:
            i -= 1
    candidate = _edit(text, 0, _drop_unused_arguments, at_least=0)
    if keeps(candidate):
        text = candidate
    return Reduced(text, before, _count(text), tries)


def _context():
    from torch_mlir import ir
    from torch_mlir.dialects import torch as torch_dialect

    ctx = ir.Context()
    torch_dialect.register_dialect(ctx)
    ctx.allow_unregistered_dialects = True
    return ctx


def _entry(module):
    """The function with the most ops in its body (the one the pass fails in)."""
    funcs = [
        op
        for op in module.body.operations
        if "function_type" in op.attributes and op.regions and len(op.regions[0].blocks)
    ]
    return max(funcs, key=lambda f: len(f.regions[0].blocks[0].operations), default=None)


def _count(text: str) -> int:
    """The ops of the entry function's body, its terminator left out."""
    from torch_mlir import ir

    with _context():
        module = ir.Module.parse(text)  # held: the function lives only as long as its module
        fn = _entry(module)
        return len(fn.regions[0].blocks[0].operations) - 1 if fn is not None else 0


def _edit(text: str, i: int, move: Callable, at_least: int = 1) -> str | None:
    """`text` with `move` applied to op `i` of the entry function, dead ops erased; None
    where the move does not apply or the result does not verify."""
    from torch_mlir import ir

    with _context():
        module = ir.Module.parse(text)
        fn = _entry(module)
        block = fn.regions[0].blocks[0]
        ops = list(block.operations)
        if len(ops) - 1 < max(at_least, i + 1) or not move(fn, block, ops[i], ops[-1]):
            return None
        _erase_dead(block)
        try:
            module.operation.verify()
        except ir.MLIRError:
            return None
        return str(module)


def _cut_after(fn, block, op, terminator) -> bool:
    """Return `op`'s results from the function in place of what it returned."""
    from torch_mlir import ir

    results = list(op.results)
    if not results:
        return False
    with ir.InsertionPoint(terminator), terminator.location:
        ir.Operation.create(terminator.name, operands=results)
    terminator.erase()
    inputs = ir.FunctionType(ir.TypeAttr(fn.attributes["function_type"]).value).inputs
    kind = ir.FunctionType.get(inputs, [r.type for r in results])
    fn.attributes["function_type"] = ir.TypeAttr.get(kind)
    return True


def _cut_loose(fn, block, op, terminator) -> bool:
    """Make `op`'s results arguments of the function, and erase `op`."""
    from torch_mlir import ir

    results = list(op.results)
    if not results or not list(op.operands) or not any(list(r.uses) for r in results):
        return False  # a constant (no operands) reads better as it is than as an argument
    kind = ir.FunctionType(ir.TypeAttr(fn.attributes["function_type"]).value)
    for r in results:
        r.replace_all_uses_with(block.add_argument(r.type, op.location))
    op.erase()
    inputs = [*kind.inputs, *(r.type for r in block.arguments[len(kind.inputs) :])]
    fn.attributes["function_type"] = ir.TypeAttr.get(ir.FunctionType.get(inputs, kind.results))
    return True


def _drop_unused_arguments(fn, block, op, terminator) -> bool:
    """Erase the function's arguments that nothing uses."""
    from torch_mlir import ir

    kind = ir.FunctionType(ir.TypeAttr(fn.attributes["function_type"]).value)
    unused = [i for i, a in enumerate(block.arguments) if not list(a.uses)]
    for i in reversed(unused):
        block.erase_argument(i)
    inputs = [t for i, t in enumerate(kind.inputs) if i not in unused]
    fn.attributes["function_type"] = ir.TypeAttr.get(ir.FunctionType.get(inputs, kind.results))
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
