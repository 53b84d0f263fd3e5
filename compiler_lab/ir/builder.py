"""Building graphs in Python: output shapes and dtypes come from torch's fake kernels.

b = GraphBuilder("conv_relu")
x = b.input("x", [1, 3, 8, 8])
w = b.weight("w", [4, 3, 3, 3])
y = b.call("aten.relu.default", b.call("aten.conv2d.default", x, w))
graph = b.build([y])
"""

from __future__ import annotations

from typing import Any

import torch

from compiler_lab.ir import argcodec, dtypes, opnames
from compiler_lab.ir.fake import Fake
from compiler_lab.ir.graph import Graph, InputSpec, Node, TensorSpec
from compiler_lab.ir.torch_args import from_torch
from compiler_lab.ir.validate import validate_graph


class GraphBuilder:
    def __init__(self, name: str = "graph") -> None:
        self.name = name
        self._inputs: list[InputSpec] = []
        self._nodes: list[Node] = []
        self._mode = Fake()
        self._fake: dict[str, torch.Tensor] = {}
        self._counter = 0

    def _add_input(
        self, name: str, shape: list[int], dtype: str, kind: str, rng: tuple[float, float] | None
    ) -> argcodec.Ref:
        spec = InputSpec(name, tuple(shape), dtype, kind=kind, range=rng)
        self._inputs.append(spec)
        self._fake[name] = self._mode.empty(spec.shape, dtype)
        return argcodec.Ref(name)

    def input(
        self,
        name: str,
        shape: list[int],
        dtype: str = "float32",
        range: tuple[float, float] | None = None,
    ) -> argcodec.Ref:
        return self._add_input(name, shape, dtype, "input", range)

    def weight(
        self,
        name: str,
        shape: list[int],
        dtype: str = "float32",
        range: tuple[float, float] | None = None,
    ) -> argcodec.Ref:
        return self._add_input(name, shape, dtype, "weight", range)

    def call(self, op_name: str, *args: Any, **kwargs: Any) -> Any:
        """Append a node; returns a Ref, or a list of Refs for multi-output ops. Arguments
        may name dtypes, memory formats, layouts and devices as torch objects or as symbols
        (compiler_lab.ir.argcodec); the node holds symbols."""
        op = opnames.resolve(op_name)
        node_args, node_kwargs = from_torch(list(args)), from_torch(dict(kwargs))
        result = self._mode.call(op, node_args, node_kwargs, self._fake)
        results = [result] if isinstance(result, torch.Tensor) else list(result)
        nid = f"n{len(self._nodes)}"
        outs = []
        for t in results:
            name = f"v{self._counter}"
            self._counter += 1
            self._fake[name] = t
            outs.append(TensorSpec(name, tuple(t.shape), dtypes.name_of(t.dtype)))
        self._nodes.append(Node(nid, op_name, node_args, node_kwargs, outs))
        refs = [argcodec.Ref(s.name) for s in outs]
        return refs[0] if opnames.returns_single_tensor(op) else refs

    def spec(self, ref: argcodec.Ref) -> TensorSpec:
        t = self._fake[ref.name]
        return TensorSpec(ref.name, tuple(t.shape), dtypes.name_of(t.dtype))

    def build(self, outputs: list[argcodec.Ref], meta: dict[str, Any] | None = None) -> Graph:
        graph = Graph(
            inputs=list(self._inputs),
            nodes=list(self._nodes),
            outputs=[r.name for r in outputs],
            name=self.name,
            meta=meta or {},
        )
        validate_graph(graph)
        return graph
