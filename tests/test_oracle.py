"""The oracle's rules: exact integers, NaN/Inf placement, float64 confirmation."""

from __future__ import annotations

import torch

from compiler_lab.findings import oracles
from compiler_lab.ir import tensorio


def test_integers_compare_exactly():
    ref = torch.tensor([1, 2, 3])
    assert oracles.compare([ref.clone()], [ref]).ok
    result = oracles.compare([torch.tensor([1, 2, 4])], [ref])
    assert not result.ok and "1/3 elements differ" in result.reason


def test_shape_and_dtype_must_match():
    ref = torch.zeros(2, 3)
    assert "shape" in oracles.compare([torch.zeros(3, 2)], [ref]).reason
    assert "dtype" in oracles.compare([torch.zeros(2, 3, dtype=torch.float64)], [ref]).reason


def test_nan_positions_must_agree():
    ref = torch.tensor([1.0, float("nan"), 3.0])
    assert oracles.compare([ref.clone()], [ref]).ok
    moved = torch.tensor([float("nan"), 2.0, 3.0])
    assert "NaN/Inf" in oracles.compare([moved], [ref]).reason
    signed = torch.tensor([float("inf")])
    assert not oracles.compare([-signed], [signed]).ok


def test_nan_at_a_domain_edge_eager_only_missed_by_rounding_is_not_a_bug():
    # pow(-1, sum(softmax(x))): eager's sum rounds to 1.0 (finite), float64's to
    # 1.0000000000000002 (NaN); a compiler that gets NaN is as right as eager
    eager = torch.tensor([-1.0, 2.0])
    compiler = torch.tensor([float("nan"), 2.0])
    truth = torch.tensor([float("nan"), 2.0], dtype=torch.float64)
    assert not oracles.compare([compiler], [eager]).ok
    assert oracles.compare([compiler], [eager], [truth]).ok
    # where eager agrees with the truth, a NaN is still a mismatch
    truth_finite = torch.tensor([-1.0, 2.0], dtype=torch.float64)
    assert "NaN/Inf" in oracles.compare([compiler], [eager], [truth_finite]).reason


def test_float_tolerance_depends_on_dtype():
    ref = torch.tensor([1.0], dtype=torch.float16)
    assert oracles.compare([ref + 0.0009], [ref]).ok
    ref32 = torch.tensor([1.0])
    assert not oracles.compare([ref32 + 0.001], [ref32]).ok


def test_float64_truth_rescues_a_more_accurate_compiler():
    truth = torch.tensor([1.0 / 3.0], dtype=torch.float64)
    eager = torch.tensor([0.3330], dtype=torch.float32)  # eager itself is off
    compiler = torch.tensor([0.33333334], dtype=torch.float32)  # closer to the truth
    assert not oracles.compare([compiler], [eager]).ok
    assert oracles.compare([compiler], [eager], [truth]).ok


def test_float64_truth_confirms_a_real_mismatch():
    truth = torch.tensor([2.0], dtype=torch.float64)
    eager = torch.tensor([2.0])
    compiler = torch.tensor([2.5])
    result = oracles.compare([compiler], [eager], [truth])
    assert not result.ok and "float64 truth" in result.reason


def test_an_output_eager_itself_gets_wrong_is_ill_conditioned_not_a_mismatch():
    """Training batch norm over a near-constant channel (the 10-minute campaign's bucket on
    torch-mlir, IREE and XLA at once): eager is off by its whole size, so a compiler as far
    off is no evidence of a bug; one off where eager is right still is."""
    truth = torch.tensor([1e6, -1e6, 2e6], dtype=torch.float64)
    eager = torch.tensor([3e6, 1e6, -1e6])  # its own error is larger than the values
    compiler = torch.tensor([-4e6, 6e6, 5e6])
    result = oracles.compare([compiler], [eager], [truth])
    assert result.ok and result.reason.startswith("ill-conditioned"), result
    assert not oracles.compare([compiler], [truth.float()], [truth]).ok
    zero = torch.zeros(3, dtype=torch.float64)  # no size to be ill-conditioned against
    assert not oracles.compare([torch.ones(3)], [torch.full((3,), 1e-3)], [zero]).ok


def test_tensor_files_round_trip_every_dtype(tmp_path):
    tensors = {
        "bf16": torch.randn(3, 2).to(torch.bfloat16),
        "f16": torch.randn(4).half(),
        "b": torch.tensor([True, False]),
        "u8": torch.tensor([0, 255], dtype=torch.uint8),
        "i64": torch.arange(5),
        "scalar": torch.tensor(1.5, dtype=torch.float64),
        "c": torch.complex(torch.randn(2), torch.randn(2)),
    }
    tensorio.save(tmp_path / "t.npz", tensors)
    back = tensorio.load(tmp_path / "t.npz")
    assert list(back) == list(tensors)
    for k, t in tensors.items():
        assert back[k].dtype == t.dtype and torch.equal(back[k], t)


def test_float64_truth_is_judged_by_rms_error_not_one_lucky_element():
    g = torch.Generator().manual_seed(0)
    truth = torch.rand(1000, dtype=torch.float64, generator=g) * 0.01
    eager = (truth + torch.randn(1000, dtype=torch.float64, generator=g) * 2e-5).float()
    honest = (truth + torch.randn(1000, dtype=torch.float64, generator=g) * 2e-5).float()
    honest[0] = truth[0] + 2.5e-4  # one cancelling element, 4x eager's worst: still rounding
    assert not oracles.compare([honest], [eager]).ok
    assert oracles.compare([honest], [eager], [truth]).ok
    one_wrong = honest.clone()
    one_wrong[7] += 0.05  # a wrong kernel: one element far off is a mismatch
    assert not oracles.compare([one_wrong], [eager], [truth]).ok
    many_wrong = honest.clone()
    many_wrong[::10] += 1e-3
    assert "RMS error" in oracles.compare([many_wrong], [eager], [truth]).reason


def test_integers_decided_by_float_rounding_are_judged_against_float64():
    # eager's float32 math lands two elements on the other side of an integer edge than
    # float64; a compiler that keeps wider intermediates differs from eager there
    truth = torch.tensor([1, 2, 3, 4, 5, 6, 7, 8])
    eager = torch.tensor([1, 2, 2, 4, 5, 6, 6, 8])
    compiler = truth.clone()
    assert oracles.compare([compiler], [eager], [truth]).ok
    wrong = torch.tensor([0, 0, 3, 0, 0, 0, 7, 0])  # far more often off than eager
    result = oracles.compare([wrong], [eager], [truth])
    assert not result.ok and result.kind == "exact" and "float64" in result.reason
    # integer math no float touched agrees with float64 exactly: still exact
    assert not oracles.compare([truth + 1], [truth], [truth]).ok


def test_bools_from_a_comparison_at_a_rounding_edge_are_not_a_mismatch():
    truth = torch.tensor([True, False, True, True])
    eager = torch.tensor([True, True, True, True])  # eager's x >= 0.3 rounded up once
    assert oracles.compare([truth.clone()], [eager], [truth]).ok


def test_a_mismatch_names_its_kind():
    ref = torch.zeros(2, 3)
    assert oracles.compare([torch.zeros(3, 2)], [ref]).kind == "shape"
    assert oracles.compare([torch.zeros(2, 3, dtype=torch.float64)], [ref]).kind == "dtype"
    assert oracles.compare([ref + 1], [ref]).kind == "value"
    nan = torch.full((2, 3), float("nan"))
    assert oracles.compare([nan], [ref]).kind == "nan-inf"


def test_the_float64_truth_widens_every_float_computation(pool):
    """Ints promoted to floats, and the float dtypes calls name, run in float64 in the truth
    (only the inputs were widened before: expm1 of an int32 ran in float32, and Inductor's
    float32 result was judged against a float32 "truth")."""
    from compiler_lab import backends
    from compiler_lab.execution import lab
    from compiler_lab.ir.argcodec import DType
    from compiler_lab.ir.builder import GraphBuilder
    from compiler_lab.ir.inputs import make_values

    b = GraphBuilder("expm1_int")
    x = b.input("x", [64], dtype="int32")
    y = b.call("aten.expm1.default", x)
    z = b.call("aten._to_copy.default", y, dtype=DType("float16"))
    graph = b.build([y, b.call("aten.sum.dim_IntList", z, [0], dtype=DType("float32"))])
    values = make_values(graph, 0)
    truth = backends.get("eager", {"float64": True}).execute(graph, values)
    assert [t.dtype for t in truth.outputs] == [torch.float64, torch.float64]
    plain = backends.get("eager").execute(graph, values)
    assert [t.dtype for t in plain.outputs] == [torch.float32, torch.float32]
    (v,) = lab.run([lab.LabRequest(graph, "inductor")], pool)
    assert v.verdict == "ok", v.reason
