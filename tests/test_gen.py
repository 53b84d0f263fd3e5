"""The graph generator: insertion kinds, determinism, op filters, predicates, eager validity."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compiler_lab.ir.validate import validate_graph
from fuzz.gen.config import GenConfig
from fuzz.gen.generator import GenerationError, Generator
from fuzz.gen.library import load
from fuzz.values.finite import Graphs, check_many

ROOT = Path(__file__).resolve().parent.parent
RULES, TRACES = str(ROOT / "corpora" / "rules"), str(ROOT / "corpora" / "traces")
pytestmark = pytest.mark.skipif(
    not (ROOT / "corpora/rules/rules.json").exists(), reason="no rule library shipped"
)
SAFE = [
    "add",
    "sub",
    "mul",
    "relu",
    "tanh",
    "sigmoid",
    "mm",
    "bmm",
    "matmul",
    "cat",
    "sum",
    "mean",
    "permute",
    "transpose",
    "reshape",
    "view",
    "conv2d",
    "convolution",
    "max_pool2d_with_indices",
    "avg_pool2d",
    "softmax",
    "_softmax",
    "gelu",
    "addmm",
    "abs",
    "neg",
    "exp",
    "clamp",
    "maximum",
    "where",
    "unsqueeze",
    "squeeze",
    "flatten",
    "linear",
    "t",
    "expand",
    "slice",
    "select",
    "amax",
    "argmax",
    "layer_norm",
    "native_layer_norm",
    "pow",
    "div",
    "sqrt",
    "log",
    "embedding",
    "index_select",
]


@pytest.fixture(scope="module")
def safe_library():
    return load(RULES, TRACES).restrict(SAFE, None)


def _generate(library, seed: int, n: int, sandboxed: bool = False, **config) -> list:
    """`sandboxed`: the value search (which runs eager) in a child process, as campaigns
    do; needed for the whole library, whose kernels can crash on unusual calls."""
    from fuzz.values.checker import SandboxedValueSearch

    if not sandboxed:
        gen = Generator(library, GenConfig(**config), seed=seed)
        return [gen.generate(f"t{i}") for i in range(n)], gen
    with SandboxedValueSearch() as values:
        gen = Generator(library, GenConfig(**config), seed=seed, values=values)
        return [gen.generate(f"t{i}") for i in range(n)], gen


def test_forward_insertion(safe_library):
    graphs, gen = _generate(safe_library, 1, 5, p_forward=1.0, p_backward=0.0)
    assert gen.stats.successes["forward"] > 0 and gen.stats.successes["backward"] == 0
    for g in graphs:
        validate_graph(g)
        assert g.meta["nodes"] >= 1


def test_backward_insertion_turns_placeholders_into_outputs(safe_library):
    graphs, gen = _generate(safe_library, 2, 5, p_forward=0.3, p_backward=0.7)
    assert gen.stats.successes["backward"] > 0
    for g in graphs:
        validate_graph(g)


def test_concrete_insertion_replays_recorded_calls():
    library = load(RULES, TRACES)
    assert library.concrete, "traces give concrete ops"
    graphs, gen = _generate(library, 3, 8, sandboxed=True, p_forward=0.3, p_backward=0.0)
    assert gen.stats.successes["concrete"] > 0
    concrete_ops = set(library.concrete)
    assert any(op in concrete_ops for g in graphs for op in g.ops())


def test_symbolic_insertion_uses_rules(safe_library):
    graphs, _ = _generate(safe_library, 4, 5, p_forward=1.0, p_backward=0.0)
    symbolic_ops = {s.op for s in safe_library.symbolic}
    assert all(op in symbolic_ops for g in graphs for op in g.ops())


def test_same_seed_same_graphs(safe_library):
    a, _ = _generate(safe_library, 7, 6)
    b, _ = _generate(safe_library, 7, 6)
    c, _ = _generate(safe_library, 8, 6)
    assert [g.dumps() for g in a] == [g.dumps() for g in b]
    assert [g.dumps() for g in a] != [g.dumps() for g in c]


def test_a_library_that_cannot_make_a_graph_is_an_error_naming_why(safe_library):
    """No input values keep eager finite (a value search that always gives up): the
    generator says what it tried instead of looping or crashing."""
    gen = Generator(safe_library, GenConfig(max_nodes=3), seed=1, values=lambda g, s: None)
    with pytest.raises(GenerationError, match=r"graph 'g0' in 20 tries \(\d+x no finite input"):
        gen.generate("g0")


def test_include_and_exclude():
    library = load(RULES, TRACES)
    only = library.restrict(["relu", "add", "mul"], None)
    graphs, _ = _generate(only, 5, 5)
    assert {op.split(".")[1] for g in graphs for op in g.ops()} <= {"relu", "add", "mul"}
    without = library.restrict(None, ["add", "mul"])
    graphs, _ = _generate(without, 5, 10, sandboxed=True)
    assert not {op.split(".")[1] for g in graphs for op in g.ops()} & {"add", "mul"}


def test_dtype_option(safe_library):
    graphs, _ = _generate(safe_library, 6, 5, dtypes=("float16",))
    for g in graphs:
        assert g.graph_inputs[0].dtype == "float16" or any(s.dtype == "float16" for s in g.inputs)


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(seed=st.integers(0, 10_000))
def test_mm_never_gets_mismatched_inner_dims(seed):
    """mm's rule forbids a0_1 != a1_0: no generated mm ever has that shape."""
    library = load(RULES, TRACES).restrict(["mm", "relu", "add", "t"], None)
    graphs, _ = _generate(library, seed, 3, max_nodes=6)
    for g in graphs:
        specs = g.values()
        for node in g.nodes:
            if node.op == "aten.mm.default":
                a, b = (specs[r].shape for r in node.input_names())
                assert a[1] == b[0]


def test_300_graphs_across_dtypes_are_eager_valid(pool, tmp_path):
    from fuzz.values.checker import SandboxedValueSearch

    library = load(RULES, TRACES)
    graphs = []
    with SandboxedValueSearch() as values:
        gen = Generator(library, GenConfig(max_nodes=8), seed=11, values=values)
        graphs = [gen.generate(f"v{i}") for i in range(300)]
    dtypes = {s.dtype for g in graphs for s in g.inputs}
    assert len(dtypes) >= 5
    for g in graphs:
        validate_graph(g)  # full check: every declared shape agrees with torch's meta kernels
    resp = pool.call(check_many, Graphs([g.to_json() for g in graphs]), timeout_s=600)
    assert resp.ok, resp
    bad = [graphs[i].name for i, ok in enumerate(resp.result.finite) if not ok]
    assert not bad, [(g.name, g.ops(), g.inputs) for g in graphs if g.name in bad][:3]
    (tmp_path / "g.json").write_text(json.dumps(graphs[0].to_json()))


def test_values_at_a_domain_edge_are_not_accepted():
    """pow(-1, sum(softmax(x))) is finite in float32 eager only because the sum rounds to
    exactly 2.0; the float64 truth gets 2.0000000000000004 and NaN. Such values would turn
    any compiler's rounding into a false mismatch, so the search must not accept them."""
    from compiler_lab.ir.builder import GraphBuilder
    from compiler_lab.ir.inputs import make_values
    from fuzz.values import finite

    b = GraphBuilder("edge")
    x = b.input("x", [2, 3])
    total = b.call("aten.sum.default", b.call("aten._softmax.default", x, -1, False))
    g = b.build([b.call("aten.pow.Scalar", -1, total)])
    x32 = make_values(g, 0)["x"]
    assert torch.softmax(x32, -1).sum().item() == 2.0  # float32 eager: (-1) ** 2.0, finite
    assert not finite.eager_finite(g)
    assert finite.first_fault(g) == g.nodes[-1].id


def _softmax_sum_then(op: str, shape: list[int], *args):
    from compiler_lab.ir.builder import GraphBuilder

    b = GraphBuilder(op)
    x = b.input("x", shape)
    total = b.call("aten.sum.default", b.call("aten._softmax.default", x, -1, False))
    return b.build([b.call(op, *args, total) if args else b.call(op, total)])


def test_values_on_a_discontinuity_are_fragile_even_when_float64_agrees():
    """sum(softmax(x)) over 3x4 rows is exactly 12.0 in float32 *and* float64, so only a
    few ulps of a compiler's reordering make pow(-1, .) NaN or floor(.) 11."""
    from compiler_lab.ir.inputs import make_values
    from fuzz.values import finite, stability

    for g in (
        _softmax_sum_then("aten.pow.Scalar", [3, 4, 6], -1),
        _softmax_sum_then("aten.floor.default", [3, 4, 6]),
    ):
        values = make_values(g, 0)
        assert torch.softmax(values["x"].double(), -1).sum().item() == 12.0
        assert stability.fragile_node(g, values) == g.nodes[-1].id
        assert not finite.eager_finite(g) and finite.first_fault(g) == g.nodes[-1].id
    # continuous ops are not fragile, however many terms they sum
    stable = _softmax_sum_then("aten.exp.default", [3, 4, 6])
    assert stability.fragile_node(stable, make_values(stable, 0)) is None
    assert finite.eager_finite(stable)


def test_an_amplifier_of_a_long_sum_is_fragile():
    """2 ** sum(x) over ~4,700 terms: a compiler's differently ordered float32 sum is off by
    a few dozen ulps, which pow turns into more than the oracle's tolerance."""
    from compiler_lab.ir.builder import GraphBuilder
    from compiler_lab.ir.inputs import make_values
    from fuzz.values import stability

    for n, hi, fragile in ((4725, 0.04, True), (5, 1.0, False)):
        b = GraphBuilder("amp")
        x = b.input("x", [n], range=(0.0, hi))  # sums of about 94 and 2.5
        g = b.build([b.call("aten.pow.Scalar", 2.0, b.call("aten.sum.default", x))])
        got = stability.fragile_node(g, make_values(g, 0))
        assert (got == g.nodes[-1].id) is fragile


def test_ops_that_only_test_torch_never_reach_a_graph():
    """Derived from torch's own declarations, recorded with reasons in the rule library's
    manifest, and applied to both symbolic and replayed (concrete) ops."""
    from fuzz.infer.hygiene import excluded_bases
    from fuzz.infer.rules import load_library

    bases = excluded_bases()
    for op in ("_foobar", "_test_warn_in_autograd", "_test_parallel_materialize", "lift_fresh"):
        assert op in bases, op
    assert "only to test torch" in bases["_foobar"]
    assert "add" not in bases and "_softmax" not in bases  # real ops stay
    # an autograd internal that writes through foreign indices unchecked (heap corruption)
    assert "memory" in bases["max_pool2d_with_indices_backward"]
    _, meta = load_library(Path(RULES))
    assert "aten._foobar.default" in meta["excluded"]
    library = load(RULES, TRACES)
    assert not {op for op in library.ops() if op.split(".")[1] in bases}
    near = library.restrict(["_foobar", "_test_warn_in_autograd", "relu", "add"], None)
    graphs, _ = _generate(near, 9, 20)
    assert {op.split(".")[1] for g in graphs for op in g.ops()} <= {"relu", "add"}


PROFILE_OPS = ["add", "mul", "relu", "sum", "amax", "maximum", "abs", "neg", "clamp", "gt",
               "where", "sub", "cat", "mean", "bitwise_and", "mm", "isnan"]  # fmt: skip


def test_values_and_sizes_reach_the_hard_paths_over_1000_graphs():
    """Every value class and vector-width extent shows up, int16 included, from the seed."""
    from compiler_lab.ir.inputs import make_values, value_class
    from fuzz.infer.rules import EDGE_EXTENTS

    library = load(RULES, TRACES).restrict(PROFILE_OPS, None)
    gen = Generator(library, GenConfig(max_nodes=3), seed=11)
    graphs = [gen.generate(f"p{i}") for i in range(1000)]
    ints, floats, dims, dtypes = set(), set(), set(), set()
    for g in graphs:
        for t in make_values(g).values():
            (floats if t.dtype.is_floating_point else ints).update(value_class(t))
        for s in g.inputs:
            dims.update(s.shape)
            dtypes.add(s.dtype)
    assert {"positive", "negative", "mixed", "limits", "constant"} <= ints, ints
    assert {"tiny", "huge", "mixed-sign", "zeros", "special", "constant"} <= floats, floats
    wanted = {e for e in EDGE_EXTENTS if e <= 65}
    assert wanted <= dims, sorted(wanted - dims)
    assert "int16" in dtypes


def test_a_known_bugs_culprit_is_drawn_less():
    """Budget steering: the same seed with the culprit penalized draws it far less often."""
    from collections import Counter

    library = load(RULES, TRACES).restrict(SAFE, None)

    def ops(penalized: str | None) -> list[str]:
        gen = Generator(library, GenConfig(max_nodes=6), seed=21)
        if penalized:
            gen.op_penalty[penalized] = 1
        return [op for i in range(150) for op in gen.generate(f"s{i}").ops()]

    free = ops(None)
    culprit, count = Counter(free).most_common(1)[0]
    steered = ops(culprit)
    free_share, steered_share = count / len(free), steered.count(culprit) / len(steered)
    assert free_share > 0.05, (culprit, free_share)
    assert steered_share < 0.5 * free_share, (culprit, free_share, steered_share)


def test_a_graph_whose_kernel_writes_into_an_input_is_rejected():
    """native_batch_norm in training mode updates running stats in place though its schema
    says it is functional: a graph reading them afterwards is not a valid test."""
    from compiler_lab.ir.builder import GraphBuilder
    from fuzz.values.finite import eager_finite

    def graph(training: bool):
        b = GraphBuilder("bn")
        x, w, bias = b.input("x", [2, 3, 4]), b.input("w", [3]), b.input("b", [3])
        rm, rv = b.input("rm", [3], range=(0.0, 1.0)), b.input("rv", [3], range=(0.5, 1.0))
        out = b.call("aten.native_batch_norm.default", x, w, bias, rm, rv, training, 0.1, 1e-5)
        return b.build([out[0], b.call("aten.add.Tensor", rm, rm)])

    assert eager_finite(graph(False)) and not eager_finite(graph(True))


class _V:
    """A graph value as the generator's state holds it."""

    def __init__(self, shape, dtype, producer=None):
        self.shape, self.dtype, self.producer = shape, dtype, producer


def test_shifts_keep_to_defined_counts():
    """A negative or oversized count is undefined behaviour in C (eager and a compiler may
    both be right): scalar counts are checked, input counts bounded, computed ones refused."""
    from compiler_lab.ir.argcodec import Ref
    from compiler_lab.ir.builder import GraphBuilder
    from fuzz.gen.contracts import violation
    from fuzz.values.search import index_ranges

    values = {"x": _V((4,), "int32"), "y": _V((4,), "int32"), "z": _V((4,), "int32", "aten.neg")}
    op = "aten.bitwise_left_shift.Tensor_Scalar"
    assert "undefined" in violation(op, [Ref("x"), -1], {}, values)
    assert "undefined" in violation(op, [Ref("x"), 32], {}, values)
    assert violation(op, [Ref("x"), 31], {}, values) is None
    assert "computes" in violation("aten.__rshift__.Tensor", [Ref("x"), Ref("z")], {}, values)
    b = GraphBuilder("shift")
    x = b.input("x", [4], dtype="int8")
    y = b.input("y", [4], dtype="int8", range=(-100.0, 100.0))
    g = b.build([b.call("aten.bitwise_left_shift.Tensor", x, y)])
    g = dataclasses.replace(g, inputs=[dataclasses.replace(s, pattern="limits") for s in g.inputs])
    g = index_ranges(g)
    (spec,) = [s for s in g.inputs if s.name == "y"]
    assert spec.range == (0.0, 7.0) and spec.pattern is None  # int8: counts 0..7
    assert [s.pattern for s in g.inputs if s.name == "x"] == ["limits"]  # the shifted stays


def test_an_integer_linspace_keeps_its_ends_in_its_dtype():
    from compiler_lab.ir.argcodec import DType, Ref
    from compiler_lab.ir.builder import GraphBuilder
    from fuzz.gen.contracts import violation
    from fuzz.values.search import index_ranges

    op = "aten.linspace.default"
    int8 = {"dtype": DType("int8")}
    assert "wraps" in violation(op, [0.0, 300.0, 5], int8, {})
    assert violation(op, [0.0, 100.0, 5], int8, {}) is None
    assert violation(op, [0.0, 300.0, 5], {"dtype": DType("float32")}, {}) is None
    b = GraphBuilder("space")
    s, e = b.input("s", [], range=(-1000.0, 1000.0)), b.input("e", [], range=(0.0, 1000.0))
    g = index_ranges(b.build([b.call("aten.linspace.Tensor_Tensor", s, e, 5, **int8)]))
    assert {x.name: x.range for x in g.inputs} == {"s": (-128.0, 127.0), "e": (0.0, 127.0)}
    assert Ref  # the tensor ends are bounded through their inputs


def test_a_pad_backward_takes_only_a_gradient_of_its_inputs_batch():
    """The kernels check only the padded dims: another batch reads out of bounds."""
    from compiler_lab.ir.argcodec import Ref
    from fuzz.gen.contracts import violation

    values = {"g": _V((1, 3, 12), "float32"), "x": _V((2, 3, 8), "float32"),
              "h": _V((2, 3, 12), "float32")}  # fmt: skip
    op = "aten.reflection_pad1d_backward.default"
    assert "unchecked" in violation(op, [Ref("g"), Ref("x"), [2, 2]], {}, values)
    assert violation(op, [Ref("h"), Ref("x"), [2, 2]], {}, values) is None


def test_an_upsample_never_gets_a_size_and_scales_that_disagree():
    """Eager copies a dim whose size is unchanged whatever its scale; Inductor follows the
    scale: no public call passes such a pair, so no graph does."""
    from compiler_lab.ir.argcodec import Ref
    from fuzz.gen.contracts import violation

    values = {"x": _V((1, 1, 2, 8), "float32")}
    op = "aten.upsample_nearest2d.default"
    assert "disagree" in violation(op, [Ref("x"), [2, 11], 1.7, 1.7], {}, values)
    assert violation(op, [Ref("x"), [3, 13], 1.7, 1.7], {}, values) is None  # floor(2x1.7)
    assert violation(op, [Ref("x"), [2, 11], None, None], {}, values) is None  # size alone
    linear = "aten.upsample_bilinear2d.default"
    assert "disagree" in violation(linear, [Ref("x"), [4, 8], False, 2.0, 2.0], {}, values)
    assert violation(linear, [Ref("x"), [4, 16], False, 2.0, 2.0], {}, values) is None


def test_set_whose_eager_result_aliases_its_source_is_never_generated():
    from fuzz.gen.library import load
    from fuzz.infer.hygiene import excluded_bases

    assert "alias" in excluded_bases()["set"]
    library = load(RULES, TRACES)
    assert not [op for op in library.ops() if op.startswith("aten.set.")]


def test_generated_graphs_keep_the_contracts(tmp_path):
    """Shifts, integer linspaces and pad backwards drawn many times: every graph keeps them."""
    from compiler_lab.ir.argcodec import Ref
    from fuzz.gen.contracts import violation
    from fuzz.gen.library import load

    ops = ["bitwise_left_shift", "__rshift__", "linspace", "reflection_pad1d_backward",
           "replication_pad2d_backward", "add", "neg"]  # fmt: skip
    library = load(RULES, TRACES).restrict(ops, None)
    graphs, _ = _generate(library, 3, 30, sandboxed=True)
    seen = set()
    for g in graphs:
        specs = {k: _V(v.shape, v.dtype, None if k in {s.name for s in g.inputs} else "op")
                 for k, v in g.values().items()}  # fmt: skip
        for n in g.nodes:
            seen.add(n.op.split(".")[1])
            assert violation(n.op, n.args, n.kwargs, specs) is None, (g.name, n.op)
    assert len(seen & set(ops[:5])) >= 3  # the contract ops were drawn, not just avoided
    assert Ref


def test_op_priors_give_public_ops_the_budget_and_internals_a_small_share():
    from fuzz.gen import priors

    library = load(RULES, TRACES)
    gen = Generator(library, GenConfig(), seed=0)
    assert priors.op_class("aten._softmax_backward_data.default") == "internal"
    assert priors.op_class("aten.convolution_backward.default") == "internal"
    assert priors.op_class("aten.add.Tensor") == "public"
    # reached by real programs, public: far above an internal op, and above an unreached one
    add, internal = "aten.add.Tensor", "aten._softmax_backward_data.default"
    assert gen._weight(add, None) > 5 * gen._weight(internal, None)
    assert library.reach[add] > 0 and gen._weight(add, None) > gen._weight(
        "aten.erfinv.default", None
    )

    def internal_share(internal_weight: float) -> float:
        graphs, _ = _generate(library, 4, 25, sandboxed=True, internal_weight=internal_weight)
        calls = [priors.op_class(op) for g in graphs for op in g.ops()]
        return calls.count("internal") / len(calls)

    neuri_like = internal_share(1.0)
    assert internal_share(priors.INTERNAL_WEIGHT) < 0.6 * neuri_like  # still drawn, less often
