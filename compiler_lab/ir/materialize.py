"""Turning a Graph into something that runs: a `torch.fx.GraphModule` or a standalone script.

Graph inputs become `forward` arguments (in declaration order); weights become buffers.
`forward` always returns a tuple, one entry per graph output.
"""

from __future__ import annotations

import base64
import operator
import textwrap

import torch
import torch.fx as fx

from compiler_lab.ir import argcodec, opnames
from compiler_lab.ir.graph import Graph
from compiler_lab.ir.public_api import call_source, literal_source
from compiler_lab.ir.torch_args import bind


def to_module(graph: Graph, values: dict[str, torch.Tensor]) -> fx.GraphModule:
    """An fx.GraphModule computing `graph`; `values` must hold every weight."""
    g = fx.Graph()
    env: dict[str, fx.Node] = {}
    root = torch.nn.Module()
    for spec in graph.inputs:
        if spec.kind == "input":
            env[spec.name] = g.placeholder(spec.name)
    for spec in graph.weights:
        root.register_buffer(spec.name, values[spec.name])
        env[spec.name] = g.get_attr(spec.name)
    for node in graph.nodes:
        op = opnames.resolve(node.op)
        call = g.call_function(
            op,
            tuple(bind(node.args, env.__getitem__)),
            bind(node.kwargs, env.__getitem__),
        )
        if opnames.returns_single_tensor(op):
            env[node.outputs[0].name] = call
        else:
            for i, spec in enumerate(node.outputs):
                env[spec.name] = g.call_function(operator.getitem, (call, i))
    g.output(tuple(env[name] for name in graph.outputs))
    gm = fx.GraphModule(root, g, class_name=_class_name(graph))
    gm.eval()
    return gm


def input_list(graph: Graph, values: dict[str, torch.Tensor]) -> list[torch.Tensor]:
    """The positional `forward` arguments, in declaration order."""
    return [values[s.name] for s in graph.graph_inputs]


def _class_name(graph: Graph) -> str:
    words = "".join(c if c.isalnum() else " " for c in graph.name).split()
    return "".join(w.capitalize() for w in words) or "Graph"


# ---- standalone script ------------------------------------------------------------------------


def _tensor_source(t: torch.Tensor) -> str:
    """Source that rebuilds `t` exactly, with only torch imported: a literal where it is
    small, else embedded bytes."""
    literal = literal_source(t)
    if literal is not None:
        return literal
    t = t.detach()
    flat = torch.empty(t.numel(), dtype=t.dtype)  # fresh storage: no 0-stride or 0-d views
    flat.copy_(t.reshape(-1))
    raw = flat.view(torch.uint8) if t.dtype != torch.bool else flat.to(torch.uint8)
    blob = base64.b64encode(raw.numpy().tobytes()).decode()
    return f"_tensor({blob!r}, {t.dtype}, {list(t.shape)})"


MODULE_PRELUDE = """\
import base64

import torch


def _tensor(blob, dtype, shape):
    raw = torch.frombuffer(bytearray(base64.b64decode(blob)), dtype=torch.uint8)
    if dtype == torch.bool:
        return raw.bool().reshape(shape)
    if raw.numel() == 0:
        return torch.empty(shape, dtype=dtype)
    return raw.view(dtype).reshape(shape).clone()
"""


def identifiers(graph: Graph) -> dict[str, str]:
    """The names generated code uses for the graph's values, assigned by the lab (`x0` for
    inputs, `self.w0` for weights, `v0` for node outputs): nothing from the file becomes an
    identifier, so no name in a shared graph can inject code."""
    names = {s.name: f"x{i}" for i, s in enumerate(graph.graph_inputs)}
    names |= {s.name: f"self.w{i}" for i, s in enumerate(graph.weights)}
    outputs = [o.name for n in graph.nodes for o in n.outputs]
    return names | {name: f"v{i}" for i, name in enumerate(outputs)}


def call_lines(graph: Graph, ident: dict[str, str], public: bool = False) -> list[str]:
    """The graph's calls as Python statements, one value assigned each (`ident` names the
    values); `public`: in public PyTorch where an op has a name there (`torch.min(x, 0)`)."""
    lines = []

    def src(name: str) -> str:
        return ident[name]

    for k, node in enumerate(graph.nodes):
        op = opnames.resolve(node.op)
        if public:
            call = call_source(node, src)
        else:
            call_args = [argcodec.to_source(a, src) for a in node.args]
            call_args += [f"{key}={argcodec.to_source(v, src)}" for key, v in node.kwargs.items()]
            call = f"torch.ops.{node.op}({', '.join(call_args)})"
        if opnames.returns_single_tensor(op):
            lines.append(f"{ident[node.outputs[0].name]} = {call}")
        else:
            lines.append(f"_n{k} = {call}")
            lines += [f"{ident[s.name]} = _n{k}[{i}]" for i, s in enumerate(node.outputs)]
    return lines


def module_source(graph: Graph, values: dict[str, torch.Tensor], public: bool = False) -> str:
    """Source defining `Graph` (an nn.Module), `INPUTS` (forward args) and `make_module()`.
    `public`: calls in public PyTorch where an op has a name there (`torch.min(x, 0)`).
    Strings from the graph appear only as `repr`s in comments or as data."""
    ident = identifiers(graph)
    lines = call_lines(graph, ident, public)
    outs = ", ".join(ident[name] for name in graph.outputs)
    lines.append(f"return ({outs},)")
    params = ", ".join(["self"] + [ident[s.name] for s in graph.graph_inputs])
    buffers = [
        f"self.register_buffer({ident[s.name].removeprefix('self.')!r}, "
        f"{_tensor_source(values[s.name])})"
        for s in graph.weights
    ] or ["pass"]
    inputs = ",\n".join(f"    {_tensor_source(values[s.name])}" for s in graph.graph_inputs)
    body = textwrap.indent("\n".join(lines), " " * 8)
    init = textwrap.indent("\n".join(buffers), " " * 8)
    return (
        MODULE_PRELUDE
        + f"""

# graph {graph.name!r} ({graph.content_hash()[:12]}), {len(graph.nodes)} ops
class Graph(torch.nn.Module):
    def __init__(self):
        super().__init__()
{init}

    def forward({params}):
{body}


INPUTS = [
{inputs}
]


def make_module():
    return Graph().eval()
"""
    )


def script_source(graph: Graph, values: dict[str, torch.Tensor]) -> str:
    """A runnable script: rebuild the graph, run it eagerly, print each output's summary."""
    return (
        module_source(graph, values)
        + """

if __name__ == "__main__":
    with torch.no_grad():
        outputs = make_module()(*INPUTS)
    for i, out in enumerate(outputs):
        print(f"output {i}: shape={list(out.shape)} dtype={out.dtype}")
"""
    )
