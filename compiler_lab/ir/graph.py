"""The graph IR: a DAG of ATen operator calls over named tensor values.

JSON form (version 1)::

    {"version": 1, "name": "conv_relu",
     "inputs":  [{"name": "x", "shape": [1, 3, 8, 8], "dtype": "float32",
                  "kind": "input", "range": [-1, 1]}, ...],          # kind: input | weight
                  # optional "pattern": zeros | special | limits | constant (values.py)
     "nodes":   [{"id": "n0", "op": "aten.conv2d.default",
                  "args": [{"ref": "x"}, {"ref": "w"}], "kwargs": {},
                  "outputs": [{"name": "v0", "shape": [1, 4, 6, 6], "dtype": "float32"}]}],
     "outputs": ["v0"]}

The content hash covers everything except `name` and `meta`, so renaming a graph or
annotating it does not change its identity.
"""

from __future__ import annotations

import hashlib
import json
import keyword
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from compiler_lab import jsontext
from compiler_lab.errors import GraphError, LabError
from compiler_lab.ir import argcodec, dtypes
from compiler_lab.safe_files import read_file

VERSION = 1
KINDS = ("input", "weight")
#: names and node ids: plain ASCII identifiers that are not Python keywords (they end up
#: in generated code only through the lab's own renaming, but a file must not smuggle more)
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
#: limits on what a graph file may ask for
MAX_FILE_BYTES = 64 << 20
MAX_NODES = 20_000
MAX_ELEMENTS = 1 << 28  # per tensor: 1 GiB of float32
MAX_TOTAL_ELEMENTS = 1 << 30  # inputs, weights and every node's outputs together
#: an input's exact values travel inside the graph only while they are this few
MAX_VALUE_ELEMENTS = 4096
#: what clab's own process and the oracle's worker hold of one graph: its inputs and
#: weights together, and its outputs together, each counted as the oracle holds it in
#: float64 (a complex value twice). The worker compares eager's, the float64 run's and the
#: backend's outputs: 4.5 GiB at its peak at this cap (measured), under the 8 GiB default.
MAX_IO_ELEMENTS = 1 << 26


def valid_name(name: object) -> bool:
    return isinstance(name, str) and bool(_NAME.match(name)) and not keyword.iskeyword(name)


@dataclass(frozen=True)
class TensorSpec:
    """Shape and dtype of one tensor value."""

    name: str
    shape: tuple[int, ...]
    dtype: str

    @property
    def numel(self) -> int:
        return math.prod(self.shape)


PATTERNS = ("zeros", "special", "limits", "constant")


@dataclass(frozen=True)
class InputSpec(TensorSpec):
    """A graph input or weight, with the closed range its values are drawn from and an
    optional pattern laid over them (see `compiler_lab.ir.inputs`), or, for a small tensor,
    its exact values (`value`, flat in row-major order), which are used instead: a
    captured module is tested on its author's inputs (sorted bucketize boundaries)."""

    kind: str = "input"
    range: tuple[float, float] | None = None
    pattern: str | None = None
    value: tuple[bool | int | float, ...] | None = None


@dataclass
class Node:
    """One operator call. Tensor arguments are `Ref`s inside `args`/`kwargs`; dtypes,
    memory formats, layouts and devices are symbols (compiler_lab.ir.argcodec), torch objects
    only where the op is called (compiler_lab.ir.torch_args)."""

    id: str
    op: str
    args: list[Any]
    kwargs: dict[str, Any]
    outputs: list[TensorSpec]

    def input_names(self) -> list[str]:
        return argcodec.refs(self.args) + argcodec.refs(self.kwargs)


def io_elements(specs: Iterable[TensorSpec]) -> int:
    """How many elements `specs` hold as the oracle compares them: a complex one twice."""
    return sum(s.numel * (2 if dtypes.is_complex(s.dtype) else 1) for s in specs)


def dangling(nodes: list[Node]) -> list[str]:
    """The values of `nodes` that none of them consumes, in order: the outputs of a graph
    cut down by a reducer or a pruner."""
    used = {r for n in nodes for r in n.input_names()}
    return [o.name for n in nodes for o in n.outputs if o.name not in used]


@dataclass
class Graph:
    inputs: list[InputSpec]
    nodes: list[Node]
    outputs: list[str]
    name: str = "graph"
    meta: dict[str, Any] = field(default_factory=dict)

    # ---- lookup -------------------------------------------------------------------
    def values(self) -> dict[str, TensorSpec]:
        """Every tensor value by name: inputs, weights and node outputs."""
        out: dict[str, TensorSpec] = {s.name: s for s in self.inputs}
        for node in self.nodes:
            out.update({s.name: s for s in node.outputs})
        return out

    @property
    def graph_inputs(self) -> list[InputSpec]:
        return [s for s in self.inputs if s.kind == "input"]

    @property
    def weights(self) -> list[InputSpec]:
        return [s for s in self.inputs if s.kind == "weight"]

    def ops(self) -> list[str]:
        return [n.op for n in self.nodes]

    # ---- JSON -------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "version": VERSION,
            "name": self.name,
            "inputs": [_input_to_json(s) for s in self.inputs],
            "nodes": [
                {
                    "id": n.id,
                    "op": n.op,
                    "args": argcodec.to_json(n.args),
                    "kwargs": {k: argcodec.to_json(v) for k, v in n.kwargs.items()},
                    "outputs": [_spec_to_json(s) for s in n.outputs],
                }
                for n in self.nodes
            ],
            "outputs": list(self.outputs),
            "meta": self.meta,
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), indent=1, sort_keys=True)

    def save(self, path: str | Path) -> None:
        Path(path).write_text(self.dumps() + "\n")

    @classmethod
    def from_json(cls, data: Any) -> Graph:
        """Parse JSON data; raises GraphError naming the first malformed field."""
        return _parse_graph(data)

    @classmethod
    def loads(cls, text: str | bytes, where: str = "graph") -> Graph:
        """Parse Graph JSON text; every malformed input is a GraphError naming `where`."""
        if len(text) > MAX_FILE_BYTES:
            raise GraphError(f"{where}: larger than {MAX_FILE_BYTES >> 20} MiB")
        data = jsontext.loads(text, where, GraphError)
        try:
            return cls.from_json(data)
        except GraphError as exc:
            raise GraphError(f"{where}: {exc}") from None
        except RecursionError:
            raise GraphError(f"{where}: nested too deeply") from None

    @classmethod
    def load(cls, path: str | Path) -> Graph:
        path = Path(path)
        if path.is_dir():
            raise GraphError(f"{path}: is a directory, not a graph file")
        try:
            raw = read_file(path, MAX_FILE_BYTES)  # a regular file only: never /dev/zero
        except FileNotFoundError:
            raise GraphError(f"{path}: no such file") from None
        except LabError as exc:
            raise GraphError(str(exc)) from None
        return cls.loads(raw, str(path))

    # ---- identity and views ---------------------------------------------------------------
    def content_hash(self) -> str:
        """A stable sha256 over the graph's content (not its name or meta)."""
        data = self.to_json()
        data.pop("name")
        data.pop("meta")
        blob = json.dumps(data, sort_keys=True, separators=(",", ":")).encode()
        return hashlib.sha256(blob).hexdigest()

    def to_networkx(self) -> nx.MultiDiGraph:
        """Nodes are value producers (input names and node ids); edges carry the value name."""
        g = nx.MultiDiGraph()
        producer: dict[str, str] = {}
        for spec in self.inputs:
            g.add_node(spec.name, kind=spec.kind, op=None)
            producer[spec.name] = spec.name
        for node in self.nodes:
            g.add_node(node.id, kind="op", op=node.op)
            for out in node.outputs:
                producer[out.name] = node.id
        for node in self.nodes:
            for pos, name in enumerate(node.input_names()):
                if name in producer:
                    g.add_edge(producer[name], node.id, value=name, position=pos)
        return g


# ---- parsing helpers ------------------------------------------------------------------------


def _spec_to_json(s: TensorSpec) -> dict[str, Any]:
    return {"name": s.name, "shape": list(s.shape), "dtype": s.dtype}


def _input_to_json(s: InputSpec) -> dict[str, Any]:
    out = _spec_to_json(s) | {"kind": s.kind}
    if s.range is not None:
        out["range"] = [argcodec.to_json(float(x)) for x in s.range]
    if s.pattern is not None:
        out["pattern"] = s.pattern
    if s.value is not None:
        out["value"] = [argcodec.to_json(x) for x in s.value]
    return out


def _require(cond: bool, where: str, problem: str) -> None:
    if not cond:
        raise GraphError(f"{where}: {problem}")


def _parse_spec(obj: Any, where: str) -> dict[str, Any]:
    _require(isinstance(obj, dict), where, "expected an object with name, shape and dtype")
    for key in ("name", "shape", "dtype"):
        _require(key in obj, where, f"missing '{key}'")
    name, shape, dtype = obj["name"], obj["shape"], obj["dtype"]
    _require(
        valid_name(name), where, f"bad value name {str(name)[:40]!r} (need [A-Za-z_][A-Za-z0-9_]*)"
    )
    _require(
        isinstance(shape, list) and all(type(d) is int and d >= 0 for d in shape),
        f"{where} '{name}'",
        f"shape must be a list of non-negative ints, got {str(shape)[:80]}",
    )
    # one dim past the cap passes the element count when another dim is 0, and then
    # overflows torch's int64 sizes
    for d in shape:
        _require(
            d <= MAX_ELEMENTS, f"{where} '{name}'", f"dimension {str(d)[:40]} over {MAX_ELEMENTS}"
        )
    _require(
        isinstance(dtype, str) and dtype in dtypes.DTYPES,
        f"{where} '{name}'",
        f"unknown dtype {str(dtype)[:40]!r}",
    )
    _require(
        math.prod(shape) <= MAX_ELEMENTS,
        f"{where} '{name}'",
        f"{math.prod(shape)} elements (limit {MAX_ELEMENTS})",
    )
    return {"name": name, "shape": tuple(shape), "dtype": dtype}


def _parse_value(
    obj: Any, spec: dict[str, Any], where: str
) -> tuple[bool | int | float, ...] | None:
    """An input's exact values: a flat list of its elements, each of its dtype's kind."""
    if obj is None:
        return None
    count, dtype = math.prod(spec["shape"]), spec["dtype"]
    kind = dtypes.kind(dtype)
    _require(kind != "complex", where, "a complex input cannot carry its values")
    _require(count <= MAX_VALUE_ELEMENTS, where, f"value past {MAX_VALUE_ELEMENTS} elements")
    _require(
        isinstance(obj, list) and len(obj) == count, where, f"value must list {count} elements"
    )
    out: list[bool | int | float] = []
    for i, item in enumerate(obj):
        try:
            x = argcodec.from_json(item) if isinstance(item, dict) else item
        except ValueError:
            x = None  # not a number: reported below
        if kind == "bool":
            ok = type(x) is bool
        elif kind == "int":
            lo, hi = dtypes.int_bounds(dtype)
            ok = type(x) is int and lo <= x <= hi
        else:
            ok = type(x) in (int, float)
            try:
                x = float(x) if ok else x
            except OverflowError:  # an int past float64's range (10**400)
                ok = False
        _require(ok, where, f"value element #{i} {str(item)[:40]} is not a {dtype}")
        out.append(x)
    return tuple(out)


def _parse_graph(data: Any) -> Graph:
    _require(isinstance(data, dict), "graph", "top level must be a JSON object")
    version = data.get("version")
    _require(version == VERSION, "graph", f"unsupported version {version!r} (expected {VERSION})")
    for key in ("inputs", "nodes", "outputs"):
        _require(isinstance(data.get(key), list), "graph", f"'{key}' must be a list")

    inputs = []
    for i, obj in enumerate(data["inputs"]):
        fields = _parse_spec(obj, f"input #{i}")
        kind = obj.get("kind", "input")
        _require(kind in KINDS, f"input '{fields['name']}'", f"kind must be one of {KINDS}")
        rng = obj.get("range")
        if rng is not None:
            try:
                lo, hi = (float(argcodec.from_json(x)) for x in rng)
            except (TypeError, ValueError, OverflowError):  # 10**400 is no float
                raise GraphError(f"input '{fields['name']}': range must be [low, high]") from None
            _require(lo <= hi, f"input '{fields['name']}'", f"empty range [{lo}, {hi}]")
            rng = (lo, hi)
        pattern = obj.get("pattern")
        _require(
            pattern is None or pattern in PATTERNS,
            f"input '{fields['name']}'",
            f"pattern must be one of {PATTERNS}",
        )
        value = _parse_value(obj.get("value"), fields, f"input '{fields['name']}'")
        inputs.append(InputSpec(**fields, kind=kind, range=rng, pattern=pattern, value=value))

    _require(isinstance(data["nodes"], list), "graph", "'nodes' must be a list")
    count = len(data["nodes"])
    _require(count <= MAX_NODES, "graph", f"{count} nodes (limit {MAX_NODES})")
    nodes = []
    for i, obj in enumerate(data["nodes"]):
        _require(isinstance(obj, dict), f"node #{i}", "expected an object")
        nid = obj.get("id", f"n{i}")
        where = f"node '{str(nid)[:40]}'"
        _require(valid_name(nid), where, "id must be an identifier ([A-Za-z_][A-Za-z0-9_]*)")
        _require(isinstance(obj.get("op"), str), where, "missing 'op'")
        _require(isinstance(obj.get("args", []), list), where, "'args' must be a list")
        _require(isinstance(obj.get("kwargs", {}), dict), where, "'kwargs' must be an object")
        _require(isinstance(obj.get("outputs"), list), where, "'outputs' must be a list")
        bad_keys = [k for k in obj.get("kwargs", {}) if not valid_name(k)]
        _require(not bad_keys, where, f"bad keyword argument name {str(bad_keys[:1])[:40]}")
        try:
            node_args = argcodec.from_json(obj.get("args", []))
            kwargs = {k: argcodec.from_json(v) for k, v in obj.get("kwargs", {}).items()}
        except (ValueError, TypeError, RuntimeError) as exc:
            raise GraphError(f"{where}: bad argument ({str(exc)[:120]})") from None
        outs = [
            TensorSpec(**_parse_spec(o, f"{where} output #{j}"))
            for j, o in enumerate(obj["outputs"])
        ]
        nodes.append(Node(nid, obj["op"], node_args, kwargs, outs))

    total = sum(math.prod(s.shape) for s in inputs) + sum(
        math.prod(o.shape) for n in nodes for o in n.outputs
    )
    _require(
        total <= MAX_TOTAL_ELEMENTS,
        "graph",
        f"{total} elements in all (limit {MAX_TOTAL_ELEMENTS})",
    )
    outputs = data["outputs"]
    _require(all(valid_name(o) for o in outputs), "graph", "'outputs' must be value names")
    specs = {s.name: s for s in inputs} | {o.name: o for n in nodes for o in n.outputs}
    outs = [specs[o] for o in outputs if o in specs]
    for what, held in (("inputs and weights", inputs), ("outputs", outs)):
        count = io_elements(held)
        _require(
            count <= MAX_IO_ELEMENTS,
            "graph",
            f"its {what} hold {count} elements (limit {MAX_IO_ELEMENTS}, a complex one twice)",
        )
    meta = data.get("meta", {})
    _require(isinstance(meta, dict), "graph", "'meta' must be an object")
    name = data.get("name", "graph")
    _require(isinstance(name, str) and len(name) <= 200, "graph", "'name' must be a short string")
    return Graph(inputs=inputs, nodes=nodes, outputs=list(outputs), name=name, meta=meta)
