"""The graph IR: JSON form, hashing, networkx view, validation, materialization."""

from __future__ import annotations

import copy
import json
import subprocess
import sys

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from compiler_lab.errors import GraphError
from compiler_lab.ir import argcodec, opnames
from compiler_lab.ir.builder import GraphBuilder
from compiler_lab.ir.graph import Graph
from compiler_lab.ir.inputs import make_values
from compiler_lab.ir.interpret import interpret
from compiler_lab.ir.materialize import input_list, module_source, script_source, to_module
from compiler_lab.ir.torch_args import bind, from_torch
from compiler_lab.ir.validate import validate_graph
from tests.conftest import EXAMPLES, example

ALL_EXAMPLES = sorted(p.stem for p in EXAMPLES.glob("*.json"))


def test_ships_at_least_twelve_valid_examples():
    assert len(ALL_EXAMPLES) >= 12
    for name in ALL_EXAMPLES:
        validate_graph(example(name))


@pytest.mark.parametrize("name", ALL_EXAMPLES)
def test_json_round_trip_of_examples(name):
    g = example(name)
    again = Graph.from_json(json.loads(g.dumps()))
    assert again.to_json() == g.to_json()
    assert again.content_hash() == g.content_hash()


def test_hash_ignores_name_and_meta_but_not_content():
    g = example("softmax")
    h = g.content_hash()
    renamed = copy.deepcopy(g)
    renamed.name = "other"
    renamed.meta = {"note": "x"}
    assert renamed.content_hash() == h
    changed = copy.deepcopy(g)
    changed.nodes[0].args[1] = 0
    assert changed.content_hash() != h


def test_networkx_view_has_one_edge_per_tensor_use():
    g = example("attention")
    nxg = g.to_networkx()
    uses = sum(len(n.input_names()) for n in g.nodes)
    assert nxg.number_of_edges() == uses
    assert {n for n, d in nxg.nodes(data=True) if d["kind"] == "input"} == {"q", "k", "v"}


_ARG = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(2**40), 2**40),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=8),
        st.builds(argcodec.DType, st.sampled_from(["float16", "int64", "bool"])),
        st.builds(argcodec.MemoryFormat, st.sampled_from(argcodec.MEMORY_FORMATS)),
        st.builds(argcodec.Layout, st.sampled_from(argcodec.LAYOUTS)),
        st.builds(argcodec.Device, st.sampled_from(argcodec.DEVICES)),
        st.builds(argcodec.Ref, st.sampled_from(["x", "w", "v0"])),
    ),
    lambda children: st.lists(children, max_size=4),
    max_leaves=12,
)


def _same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return (a != a and b != b) or a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


@settings(max_examples=300, deadline=None)
@given(_ARG)
def test_argument_json_round_trip(value):
    encoded = json.loads(json.dumps(argcodec.to_json(value)))
    assert _same(argcodec.from_json(encoded), value)


@settings(max_examples=60, deadline=None)
@given(
    shape=st.lists(st.integers(1, 5), min_size=1, max_size=4),
    dtype=st.sampled_from(["float32", "float16", "int32", "int64"]),
    dim=st.integers(-1, 0),
)
def test_graph_json_round_trip(shape, dtype, dim):
    b = GraphBuilder("h")
    x = b.input("x", shape, dtype=dtype, range=(-3, 3))
    y = b.call("aten.sum.dim_IntList", x, [dim], True)
    z = b.call("aten.add.Tensor", x, y, alpha=2)
    g = b.build([z, y])
    again = Graph.from_json(json.loads(g.dumps()))
    assert again.to_json() == g.to_json()
    assert again.content_hash() == g.content_hash()


def test_the_graph_ir_does_not_import_torch():
    code = (
        "import sys, compiler_lab.ir.graph, compiler_lab.ir.argcodec, compiler_lab.errors\n"
        "from compiler_lab.ir import dtypes\n"
        "assert 'torch' not in sys.modules, 'torch imported'\n"
        "assert dtypes.is_float('bfloat16') and not dtypes.is_float('int8')\n"
        "assert dtypes.is_complex('complex64') and 'float32' in dtypes.DTYPES\n"
        "assert 'torch' not in sys.modules, 'torch imported by the dtype names'\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_symbols_are_torch_objects_at_the_op_and_symbols_in_the_ir():
    objects = [torch.float16, torch.channels_last, torch.strided, torch.device("cpu")]
    symbols = from_torch([objects, {"k": (torch.bool,)}])
    assert symbols == [
        [
            argcodec.DType("float16"),
            argcodec.MemoryFormat("channels_last"),
            argcodec.Layout("strided"),
            argcodec.Device("cpu"),
        ],
        {"k": (argcodec.DType("bool"),)},
    ]
    assert bind(symbols, lambda r: r) == [objects, {"k": (torch.bool,)}]
    assert [argcodec.to_source(s, str) for s in symbols[0]] == [
        "torch.float16",
        "torch.channels_last",
        "torch.strided",
        "torch.device('cpu')",
    ]
    with pytest.raises(ValueError, match="not supported by the graph IR"):
        from_torch(torch.complex32)


def test_symbolic_arguments_round_trip_through_json_and_run():
    b = GraphBuilder("symbols")
    x = b.input("x", [1, 3, 4, 4], range=(-2, 2))
    half = b.call("aten._to_copy.default", x, dtype=torch.float16)
    cl = b.call("aten.clone.default", x, memory_format=torch.channels_last)
    z = b.call(
        "aten.zeros.default",
        [1, 3, 4, 4],
        dtype=argcodec.DType("float64"),
        layout=torch.strided,
        device=torch.device("cpu"),
    )
    s = b.call("aten.add.Tensor", cl, z)
    g = b.build([half, cl, s])
    assert g.nodes[0].kwargs == {"dtype": argcodec.DType("float16")}
    assert g.nodes[2].kwargs["device"] == argcodec.Device("cpu")
    data = json.loads(g.dumps())
    assert data["nodes"][0]["kwargs"] == {"dtype": {"dtype": "float16"}}
    assert data["nodes"][1]["kwargs"] == {"memory_format": {"memory_format": "channels_last"}}
    assert data["nodes"][2]["kwargs"] == {
        "dtype": {"dtype": "float64"},
        "device": {"device": "cpu"},
        "layout": {"layout": "strided"},
    }
    again = Graph.loads(g.dumps())
    assert again.dumps() == g.dumps() and again.nodes == g.nodes
    validate_graph(again)
    values = make_values(again, seed=2)
    env = interpret(again, dict(values))
    x0 = values["x"]
    assert env[half.name].dtype == torch.float16 and torch.equal(env[half.name], x0.half())
    assert env[cl.name].is_contiguous(memory_format=torch.channels_last)
    assert env[s.name].dtype == torch.float64 and torch.equal(env[s.name], x0.double())
    got = to_module(again, values)(*input_list(again, values))
    assert all(torch.equal(a, env[o]) for a, o in zip(got, again.outputs, strict=True))
    src = module_source(again, values)
    assert "dtype=torch.float16" in src and "memory_format=torch.channels_last" in src
    assert "device=torch.device('cpu')" in src and "layout=torch.strided" in src


# ---- validation --------------------------------------------------------------------------


def _mutated(name: str, edit) -> dict:
    data = json.loads(example(name).dumps())
    edit(data)
    return data


@pytest.mark.parametrize(
    "edit, expect",
    [
        (lambda d: d["nodes"][0].update(op="aten.no_such_op.default"), "unknown operator"),
        (lambda d: d["nodes"][1]["args"].__setitem__(0, {"ref": "ghost"}), "'ghost' is not"),
        (lambda d: d["nodes"][0]["outputs"][0].update(shape=[9, 9]), "torch says"),
        (lambda d: d["nodes"][0]["outputs"][0].update(dtype="float64"), "torch says"),
        (lambda d: d["nodes"][0].update(op="aten.relu_.default"), "mutates"),
        (lambda d: d.update(outputs=["nowhere"]), "graph output 'nowhere'"),
        (lambda d: d["inputs"][0].update(dtype="float13"), "unknown dtype"),
        (lambda d: d.update(version=99), "unsupported version"),
    ],
)
def test_validate_names_node_and_problem(edit, expect):
    data = _mutated("conv_relu_linear", edit)
    with pytest.raises(GraphError, match=expect):
        validate_graph(Graph.from_json(data))


def test_validate_rejects_cycles_naming_a_node():
    def loop(d: dict) -> None:
        d["nodes"][0]["args"][0] = {"ref": d["nodes"][1]["outputs"][0]["name"]}

    data = _mutated("conv_relu_linear", loop)
    with pytest.raises(GraphError, match=r"node 'n\d+': cycle"):
        validate_graph(Graph.from_json(data))


def test_validate_rejects_a_call_torch_refuses():
    data = _mutated("matmul_chain", lambda d: d["inputs"][0].update(shape=[16, 31]))
    with pytest.raises(GraphError, match=r"node 'n0' \(aten.mm.default\): torch rejects"):
        validate_graph(Graph.from_json(data))


# ---- materialization -----------------------------------------------------------------------


@pytest.mark.parametrize("name", ALL_EXAMPLES)
def test_module_matches_calling_the_ops_directly(name):
    g = example(name)
    values = make_values(g, seed=3)
    module = to_module(g, values)
    env = dict(values)
    for node in g.nodes:
        out = opnames.resolve(node.op)(
            *bind(node.args, env.__getitem__),
            **bind(node.kwargs, env.__getitem__),
        )
        outs = [out] if isinstance(out, torch.Tensor) else list(out)
        env.update({s.name: t for s, t in zip(node.outputs, outs, strict=True)})
    got = module(*input_list(g, values))
    for name_, t in zip(g.outputs, got, strict=True):
        assert torch.equal(t, env[name_])


def test_standalone_script_runs_with_only_torch(tmp_path):
    g = example("int64_indexing")
    values = make_values(g, seed=1)
    path = tmp_path / "g.py"
    path.write_text(script_source(g, values))
    proc = subprocess.run([sys.executable, "-I", str(path)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    expected = [f"output {i}: shape={list(g.values()[o].shape)}" for i, o in enumerate(g.outputs)]
    for line in expected:
        assert line in proc.stdout


def test_values_are_deterministic_and_in_range():
    g = example("embedding")
    a, b = make_values(g, seed=5), make_values(g, seed=5)
    assert all(torch.equal(a[k], b[k]) for k in a)
    assert int(a["idx"].min()) >= 0 and int(a["idx"].max()) <= 19
    assert not torch.equal(make_values(g, seed=6)["table"], a["table"])
