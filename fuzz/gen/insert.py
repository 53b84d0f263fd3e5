"""Building one insertion: an op call added to a growing graph once torch accepts it.

Every call is first run on fake tensors (torch's meta kernels, compiler_lab.ir.fake): torch
must accept it, give the shapes a rule predicted, and keep each output within the
element cap; and it must keep its op's contract where the meta kernel does not check it
(contracts.py).
"""

from __future__ import annotations

import math
from typing import Any

import torch

from compiler_lab.ir import dtypes as lab_dtypes
from compiler_lab.ir import opnames
from compiler_lab.ir.argcodec import Ref
from compiler_lab.ir.fake import Fake
from compiler_lab.ir.graph import Node, TensorSpec
from compiler_lab.ir.torch_args import from_torch
from fuzz.gen import contracts
from fuzz.gen.config import GenConfig
from fuzz.gen.library import SymbolicOp
from fuzz.gen.state import InsertionFailed, State, Value
from fuzz.traces.replay import decode


class Inserter:
    """Adds calls to a State: `symbolic` a rule's call at solved symbol values, `call` an
    encoded call whose tensors are bound to values of the graph."""

    def __init__(self, config: GenConfig) -> None:
        self.config = config
        self.fake = Fake(allow_non_fake_inputs=True)

    def symbolic(
        self,
        sym: SymbolicOp,
        env: dict[str, int],
        state: State,
        bound: dict[tuple, str],
        replace: tuple[int, str] | None = None,
    ) -> None:
        call = sym.rule.instantiate(env)
        refs = dict(bound)
        for slot in sym.tensors:
            if slot.path not in refs:
                shape = tuple(env[d] for d in slot.dims)
                refs[slot.path] = state.add_placeholder(shape, slot.dtype)
        expected = sym.rule.output_shape(env)
        for shape in expected:
            if math.prod(shape) > self.config.element_cap or any(d < 1 for d in shape):
                raise InsertionFailed("output too large or empty")
        self.call(sym.op, call, refs, state, expected, replace)

    def call(
        self,
        op_name: str,
        call: dict[str, Any],
        refs: dict[tuple, str],
        state: State,
        expected: list[list[int]] | None,
        replace: tuple[int, str] | None = None,
    ) -> None:
        gen = torch.Generator().manual_seed(0)
        args = _to_graph_args(call["args"], ("args",), refs, gen)
        kwargs = {
            k: _to_graph_args(v, ("kwargs", k), refs, gen)
            for k, v in call.get("kwargs", {}).items()
        }
        op = opnames.resolve(op_name)
        fake_env = {}
        for name in set(refs.values()):
            v = state.values[name]
            fake_env[name] = self.fake.empty(v.shape, v.dtype)
        try:
            result = self.fake.call(op, args, kwargs, fake_env)
        except Exception as exc:
            raise InsertionFailed(f"torch rejects: {exc}") from None
        outs = [result] if isinstance(result, torch.Tensor) else list(result)
        if not outs or not all(isinstance(t, torch.Tensor) for t in outs):
            raise InsertionFailed("non-tensor output")
        shapes = [list(t.shape) for t in outs]
        if expected is not None and shapes != expected:
            raise InsertionFailed(f"rule predicted {expected}, torch says {shapes}")
        if any(math.prod(s) > self.config.element_cap or 0 in s for s in shapes):
            raise InsertionFailed("output too large or empty")
        try:
            out_dtypes = [lab_dtypes.name_of(t.dtype) for t in outs]
            args, kwargs = from_torch(args), from_torch(kwargs)
        except ValueError as exc:
            raise InsertionFailed(str(exc)) from None
        why = contracts.violation(op_name, args, kwargs, state.values)
        if why is None and replace is not None:  # its output becomes a placeholder's value
            why = _breaks_consumers(state, replace[1], op_name)
        if why:
            raise InsertionFailed(why)
        node_id = state.fresh("n")
        specs = []
        for k, (shape, dtype) in enumerate(zip(shapes, out_dtypes, strict=True)):
            if replace is not None and replace[0] == k:
                name = replace[1]
                old = state.values[name]
                if tuple(shape) != old.shape or dtype != old.dtype:
                    raise InsertionFailed("backward insertion changed the placeholder")
                state.placeholders.remove(name)
            else:
                name = state.fresh("v")
            state.values[name] = Value(name, tuple(shape), dtype, op_name)
            specs.append(TensorSpec(name, tuple(shape), dtype))
        first = refs.get(min(refs, key=_path_order)) if refs else None
        for name in refs.values():
            state.consumed[name] += 1
            if name != first:
                state.secondary.add(name)
        node = Node(node_id, op_name, args, kwargs, specs)
        if replace is not None:
            state.nodes.insert(0, node)
        else:
            state.nodes.append(node)


def _breaks_consumers(state: State, placeholder: str, op_name: str) -> str | None:
    """Why the calls that read `placeholder` would break their contracts once `op_name`
    computes it (a shift count or a linspace end must stay a graph input), or None."""
    old = state.values[placeholder]
    values = dict(state.values) | {placeholder: Value(old.name, old.shape, old.dtype, op_name)}
    for node in state.nodes:
        if placeholder in node.input_names():
            why = contracts.violation(node.op, node.args, node.kwargs, values)
            if why:
                return why
    return None


def _path_order(path: tuple) -> tuple:
    return tuple((0, p) if isinstance(p, int) else (1, str(p)) for p in path)


def _to_graph_args(obj: Any, path: tuple, refs: dict[tuple, str], gen: torch.Generator) -> Any:
    """Encoded call arguments → the call's arguments: tensors become Refs, the rest decode
    (a dtype to a torch dtype: `call` gives the node their symbols once torch accepts it)."""
    if path in refs:
        return Ref(refs[path])
    if isinstance(obj, dict) and "T" in obj:
        raise InsertionFailed(f"unbound tensor at {path}")
    if isinstance(obj, list):
        return [_to_graph_args(v, (*path, i), refs, gen) for i, v in enumerate(obj)]
    return decode(obj, gen)
