"""What the generator can insert: symbolic operators (validated rules) and concrete ones
(recorded valid calls), indexed for matching against tensors already in a graph."""

from __future__ import annotations

import functools
import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compiler_lab.ir import opnames
from fuzz.gen import priors
from fuzz.infer import hygiene
from fuzz.infer.rules import Rule, load_library
from fuzz.traces import corpus


@dataclass(frozen=True)
class TensorSlot:
    """One tensor argument of a call template: where it sits, its dtype, its dim symbols."""

    path: tuple
    dtype: str
    dims: tuple[str, ...]


@dataclass
class SymbolicOp:
    rule: Rule
    tensors: list[TensorSlot]

    @property
    def op(self) -> str:
        return self.rule.op

    @property
    def dtype(self) -> str:
        """The dtype of the first tensor argument: the one an (op, dtype) pair names."""
        return self.tensors[0].dtype

    def dtypes(self) -> set[str]:
        """Every dtype the op takes or gives."""
        return {t.dtype for t in self.tensors} | {o["dtype"] for o in self.rule.outputs}


@dataclass
class ConcreteOp:
    op: str
    call: dict[str, Any]  # encoded args/kwargs of a recorded valid call
    tensors: list[tuple[tuple, dict[str, Any]]]  # (path, T-info)

    @property
    def dtype(self) -> str:
        return self.tensors[0][1]["dtype"]

    def dtypes(self) -> set[str]:
        return {info["dtype"] for _, info in self.tensors}


Entry = SymbolicOp | ConcreteOp


def _tensor_paths(obj: Any, path: tuple = ()) -> list[tuple[tuple, dict[str, Any]]]:
    if isinstance(obj, dict) and "T" in obj:
        return [(path, obj["T"])]
    out: list[tuple[tuple, dict[str, Any]]] = []
    if isinstance(obj, list):
        for i, v in enumerate(obj):
            out += _tensor_paths(v, (*path, i))
    elif isinstance(obj, dict):
        for k, v in obj.items():
            out += _tensor_paths(v, (*path, k))
    return out


def _usable(op: str) -> bool:
    """Functional, dense, deterministic ops only: graphs never mutate their values. Ops that
    only test torch, or only do its bookkeeping, are never used (see hygiene.py)."""
    if any(word in op for word in UNSAFE_FOR_GRAPHS + RANDOM_OR_DATA_DEPENDENT):
        return False
    if opnames.base_name(op) in hygiene.excluded_bases():
        return False
    try:
        overload = opnames.resolve(op)
    except opnames.UnknownOp:
        return False
    return not opnames.is_mutating(overload) and not op.endswith(".out")


def symbolic_op(rule: Rule) -> SymbolicOp | None:
    call = {"args": rule.template["args"], "kwargs": rule.template.get("kwargs", {})}
    tensors = []
    for path, info in _tensor_paths(call):
        prefix = list(path)
        dims = tuple(
            name
            for name, slot in rule.slots.items()
            if slot["kind"] == "dim"
            and slot["path"][: len(prefix)] == prefix
            and slot["path"][len(prefix) : len(prefix) + 2] == ["T", "shape"]
        )
        dims = tuple(sorted(dims, key=lambda n: rule.slots[n]["path"][-1]))
        if len(dims) != len(info["shape"]):
            return None
        tensors.append(TensorSlot(path, info["dtype"], dims))
    if not tensors:
        return None
    return SymbolicOp(rule, tensors)


@dataclass
class OpLibrary:
    symbolic: list[SymbolicOp] = field(default_factory=list)
    concrete: dict[str, list[ConcreteOp]] = field(default_factory=dict)
    by_input: dict[tuple[str, int], list[SymbolicOp]] = field(default_factory=dict)
    by_output: dict[tuple[str, int], list[tuple[SymbolicOp, int]]] = field(default_factory=dict)
    concrete_by_tensor: dict[tuple[str, tuple[int, ...]], list[ConcreteOp]] = field(
        default_factory=dict
    )
    #: how often the traces' real programs call each op (priors.py): the op priors
    reach: Counter = field(default_factory=Counter)

    def ops(self) -> list[str]:
        return sorted({s.op for s in self.symbolic} | set(self.concrete))

    def digest(self) -> str:
        """A hash of every entry, in order: two libraries draw the same graphs from the same
        seed only if their digests match (a campaign's identity holds it)."""
        h = hashlib.sha256()
        for s in self.symbolic:
            slots = [[list(map(str, t.path)), t.dtype, list(t.dims)] for t in s.tensors]
            h.update(json.dumps([s.rule.to_json(), slots], sort_keys=True, default=str).encode())
        for op in sorted(self.concrete):
            for c in self.concrete[op]:
                h.update(json.dumps([op, c.call], sort_keys=True, default=str).encode())
        h.update(json.dumps(sorted(self.reach.items())).encode())
        return h.hexdigest()[:16]

    def entries(self) -> list[Entry]:
        return [*self.symbolic, *(c for calls in self.concrete.values() for c in calls)]

    def select(self, keep: Callable[[Entry], bool]) -> OpLibrary:
        """A library with only the entries `keep` accepts."""
        out = OpLibrary(reach=self.reach)
        for s in self.symbolic:
            if keep(s):
                out.add_symbolic(s)
        for calls in self.concrete.values():
            for c in calls:
                if keep(c):
                    out.add_concrete(c)
        return out

    def restrict(self, include: list[str] | None, exclude: list[str] | None) -> OpLibrary:
        """A library with only the named ops (`aten.add.Tensor` or base name `add`)."""

        def wanted(e: Entry) -> bool:
            base = opnames.base_name(e.op)
            if include and e.op not in include and base not in include:
                return False
            return not (exclude and (e.op in exclude or base in exclude))

        return self.select(wanted)

    def add_symbolic(self, s: SymbolicOp) -> None:
        self.symbolic.append(s)
        first = s.tensors[0]
        self.by_input.setdefault((first.dtype, len(first.dims)), []).append(s)
        for k, o in enumerate(s.rule.outputs):
            self.by_output.setdefault((o["dtype"], o["rank"]), []).append((s, k))

    def add_concrete(self, c: ConcreteOp) -> None:
        self.concrete.setdefault(c.op, []).append(c)
        for _, info in c.tensors:
            key = (info["dtype"], tuple(info["shape"]))
            self.concrete_by_tensor.setdefault(key, []).append(c)


RANDOM_OR_DATA_DEPENDENT = (
    "nonzero",
    "unique",
    "masked_select",
    "bincount",
    "histc",
    "multinomial",
    "repeat_interleave",
    "histogram",
    "empty",
    "resize",
)  # empty*, resize* (growing): uninitialized memory, different every run
#: layouts and backends outside what the compilers under test take (sparse, quantized,
#: nested, MKL-DNN); running them in-process has corrupted the heap ("free(): invalid size")
UNSAFE_FOR_GRAPHS = (
    "sparse",
    "csr",
    "csc",
    "bsr",
    "bsc",
    "coo",
    "mkldnn",
    "quantize",
    "qint",
    "nested",
    "fbgemm",
    "padded",
    "_cslt",
    "int4",
    "int8pack",
    "cudnn",
    "miopen",
    "_efficientzerotensor",
    "mps",
    "vulkan",
    "_nnpack",
    "fake_quant",
    "_weight_int",
    "to_dense",
    # arbitrary sizes/strides over existing storage: out-of-bounds reads
    "_reshape_alias",
    "as_strided",
    "unsafe",
    "set_",
    # read uninitialized memory on shapes torch does not check: different every run
    "_pdist_backward",
    "_cdist_backward",
    # bitcasts make honest float rounding an exact integer difference (a false mismatch)
    "view.dtype",
)


#: integer widths the traces barely recorded, borrowed from the rules of a recorded width:
#: shape rules do not depend on the element type, and the fake-tensor check at insertion
#: drops any op torch has no kernel for at the new width
BORROWED_DTYPES = {"int16": "int32"}


def retyped(s: SymbolicOp, src: str, dst: str) -> SymbolicOp:
    """`s` with its `src` tensors taking `dst` instead."""
    tensors = [TensorSlot(t.path, dst if t.dtype == src else t.dtype, t.dims) for t in s.tensors]
    return SymbolicOp(s.rule, tensors)


@functools.lru_cache(maxsize=4)
def load(rules_dir: str, traces_dir: str | None = None, concrete_per_op: int = 4) -> OpLibrary:
    """The generator's library: validated rules, plus recorded calls of ops without one."""
    rules, _ = load_library(Path(rules_dir))
    lib = OpLibrary()
    with_rules = set()
    for rule in rules:
        if not rule.validated or not _usable(rule.op):
            continue
        s = symbolic_op(rule)
        if s is not None:
            lib.add_symbolic(s)
            with_rules.add(rule.op)
            for dst, src in BORROWED_DTYPES.items():
                if src in {t.dtype for t in s.tensors}:
                    lib.add_symbolic(retyped(s, src, dst))
    if traces_dir is not None:
        seen: dict[str, int] = defaultdict(int)
        lib.reach = priors.reach_counts(corpus.read_records(Path(traces_dir)))
        for rec in corpus.read_records(Path(traces_dir)):
            op = rec["op"]
            if (
                not rec["ok"]
                or rec.get("random")
                or not rec.get("rep")
                or op in with_rules
                or seen[op] >= concrete_per_op
                or not _usable(op)
            ):
                continue
            outs = rec.get("out", [])
            if not outs or not all(isinstance(o, dict) and "shape" in o for o in outs):
                continue
            call = {"args": rec["args"], "kwargs": rec.get("kwargs", {})}
            tensors = _tensor_paths(call)
            if not tensors or any(
                t.get("layout", "strided") != "strided" or 0 in t["shape"] for _, t in tensors
            ):
                continue
            if any(0 in o["shape"] for o in outs):
                continue
            seen[op] += 1
            lib.add_concrete(ConcreteOp(op, call, tensors))
    return lib
