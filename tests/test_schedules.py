"""Schedule variants of a dispatch: IREE's decisions read and edited, variants drawn around
them within what IREE accepts, built from the configured phase, and measured as rows that
carry the decision (workload, config, is_default)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from compiler_lab.backends.iree_schedules import (
    Schedule,
    max_vector_bytes,
    schedule_of,
    variants,
    vector_bytes,
    with_schedule,
    workload_text,
)

CONFIGURED = """\
func.func @d() attributes {translation_info = #iree_codegen.translation_info<pipeline = \
#iree_cpu.pipeline<DoubleTilingExpert>, {enable_loop_peeling}>} {
  %6 = linalg.fill {lowering_config = #iree_cpu.lowering_config<cache_parallel = [64, 64], \
vector_common_parallel = [8, 8]>} ins(%cst : f32) outs(%5 : tensor<512x512xf32>)
  %7 = linalg.matmul {lowering_config = #iree_cpu.lowering_config<cache_parallel = [64, 64, 0], \
distribution = [64, 64, 0], vector_common_parallel = [8, 8, 0], vector_reduction = [0, 0, 8]>} \
ins(%3, %4 : tensor<512x512xf32>, tensor<512x512xf32>)
}
"""
NAME = "main$async_dispatch_0_matmul_512x512x512_f32"


def test_a_schedule_is_read_off_the_root_op_and_written_back():
    default = schedule_of(CONFIGURED)
    assert default.pipeline == "DoubleTilingExpert"
    assert default.tiles["distribution"] == (64, 64, 0)
    assert default.tiles["vector_reduction"] == (0, 0, 8)
    edited = Schedule(default.pipeline, default.tiles | {"distribution": (32, 128, 0)})
    text = with_schedule(CONFIGURED, edited)
    assert schedule_of(text) == edited
    assert "cache_parallel = [64, 64], vector_common_parallel = [8, 8]>" in text  # the fill's
    assert workload_text(text) == workload_text(CONFIGURED)  # variants share the workload
    assert "lowering_config" not in workload_text(text).replace("lowering_config = ?", "")


def test_variants_start_from_the_default_and_stay_within_what_iree_accepts():
    default = schedule_of(CONFIGURED)
    avx2 = max_vector_bytes("{native_vector_size = 32 : i64, target_triple = ...}")
    assert avx2 == 16384  # what IREE 3.13 rejected on an AVX2 host ("16384 bytes")
    drawn = variants(NAME, default, 24, avx2, seed=3)
    assert drawn[0] == default and len(drawn) == 24
    assert len({tuple(sorted(v.tiles.items())) for v in drawn}) == 24
    assert drawn == variants(NAME, default, 24, avx2, seed=3)  # the same dispatch, same draws
    for v in drawn:
        assert vector_bytes(v, 4) < avx2
        dist, vec = v.tiles["distribution"], v.tiles["vector_common_parallel"]
        assert all(b <= a for a, b in zip(dist[:2], vec[:2], strict=True))
        assert v.tiles["distribution"][2] == 0 and v.tiles["vector_reduction"][:2] == (0, 0)
    sizes = {s for v in drawn for s in v.tiles["distribution"][:2]}
    assert {16, 32, 128} & sizes  # divisors of 512 around IREE's 64
    assert any(s % 2 for v in drawn for s in v.tiles["vector_common_parallel"][:2] if s > 1)


def test_a_malformed_schedule_is_refused_by_name():
    with pytest.raises(ValueError, match="schedule tiles"):
        Schedule.from_json({"pipeline": "DoubleTilingExpert", "tiles": {"distribution": [-1]}})
    with pytest.raises(ValueError, match="no single distributing lowering config"):
        with_schedule("func.func @f() {}", schedule_of(CONFIGURED))


def _matmul(n: int = 256):
    from compiler_lab.ir.builder import GraphBuilder

    b = GraphBuilder(f"mm{n}")
    x, w = b.input("x", [n, n]), b.weight("w", [n, n])
    return b.build([b.call("aten.mm.default", x, w)])


@pytest.mark.slow
def test_an_edited_schedule_compiles_into_other_code(tmp_path):
    """parse -> edit -> compile from the configured phase: the build is another program."""
    from compiler_lab import backends
    from compiler_lab.ir.inputs import make_values

    iree = backends.get("iree")
    graph = _matmul()
    (dispatch,) = iree.lower_native(graph, make_values(graph, 0), tmp_path, "mm").dispatches
    default, other = iree.schedule_variants(dispatch, 2)
    assert default is dispatch and other.variant == 1
    assert schedule_of(other.benchmark.read_text()) == Schedule.from_json(other.schedule)
    assert schedule_of(other.configured) == Schedule.from_json(other.schedule)
    listings = []
    for d in (default, other):
        build = iree.build_dispatch(d)
        build.run(2)
        listings.append("".join(p.read_text() for p in sorted(build.listing.glob("*.s"))))
    assert listings[0] and listings[1] and listings[0] != listings[1]


@pytest.mark.slow
def test_variant_rows_carry_their_workload_config_and_default(tmp_path):
    from costmodel.dataset.stats import decisions
    from costmodel.measure.run import GraphMeasure, measure_graph

    req = GraphMeasure(_matmul().to_json(), levels=["dispatch", "configured"], kernels=False,
                       workdir=str(tmp_path), variants=3)  # fmt: skip
    rows = measure_graph(req).rows
    configured = [r for r in rows if r["level"] == "configured"]
    assert len(configured) == 3 and len({r["mlir_hash"] for r in configured}) == 3
    assert len({r["workload"] for r in configured}) == 1
    assert [r["is_default"] for r in configured].count(True) == 1
    assert all(r["config"]["tiles"]["distribution"] for r in configured)
    assert [r["level"] for r in rows].count("dispatch") == 1  # the source: once, not per variant
    found = decisions(rows)
    assert found["varied"] == 1 and found["variants_per_workload"]["max"] == 3
    assert sum(found["default_rank"].values()) == 1


@pytest.mark.slow
def test_a_variant_planted_to_miscompile_is_a_finding_with_its_decisions(hook_pool, tmp_path):
    from compiler_lab.execution import lab
    from compiler_lab.findings import cases, repro
    from compiler_lab.findings.keys import bucket_key
    from costmodel.measure.run import GraphMeasure, measure_graph
    from costmodel.measure.variant_check import variant_findings, variant_requests

    graph = _matmul(128)
    req = GraphMeasure(graph.to_json(), levels=["configured"], kernels=False,
                       workdir=str(tmp_path), variants=3)  # fmt: skip
    requests = variant_requests(graph, measure_graph(req).rows)
    assert len(requests) == 3 and not requests[0].options
    requests[2] = replace(requests[2], hook="miscompile")  # as a wrong kernel would be
    verdicts = lab.run(requests, hook_pool)
    assert [v.verdict for v in verdicts] == ["ok", "ok", "mismatch"], [v.reason for v in verdicts]
    (found,) = variant_findings(requests, verdicts)
    schedule = next(iter(found.options["schedules"].values()))
    tiles = "x".join(map(str, schedule["tiles"]["distribution"]))
    assert f"distribution={tiles}" in bucket_key(found).split("@", 1)[1]
    # the repro compiles with the variant's decisions; the variant that is right reproduces
    # nothing (the planted one is wrong only under the test hook)
    case = cases.write_case(tmp_path / "cases", verdicts[1])
    script = (case / "repro.py").read_text()
    assert "SCHEDULES = " in script and "compile_scheduled(text, TARGET_ARGS)" in script
    result = repro.run_script(case / "repro.py")
    assert result.verdict == "ok", result.output[-1500:]


def test_a_flag_variants_text_names_its_flag_set():
    from costmodel.measure.variant_check import with_flags
    from costmodel.mlir.canon import canonical_hash

    plain = "module {\n  func.func @main() {\n    return\n  }\n}\n"
    named = "module @m attributes {hal.device.targets = []} {\n}\n"
    tiled = with_flags(plain, "data-tiling")
    assert tiled.startswith('module attributes {clab.flags = "data-tiling"} {')
    assert with_flags(named, "x").startswith('module @m attributes {clab.flags = "x", hal.device')
    assert canonical_hash(tiled) != canonical_hash(with_flags(plain, "default"))


@pytest.mark.slow
def test_module_flag_sets_are_measured_whole_as_variants_of_one_workload(tmp_path):
    from compiler_lab import backends
    from costmodel.dataset.dataset import Dataset
    from costmodel.dataset.stats import decisions
    from costmodel.measure.collect import MeasureOptions, graph_job, measure

    opts = MeasureOptions(out=tmp_path / "d", collectors=("latency",), workers=1, variants=2)
    measure([graph_job(_matmul(128), "mm", opts)], opts)
    rows = [r for r in Dataset(opts.out, readonly=True).rows() if r["level"] == "flow"
            and "workload" in r]  # fmt: skip
    sets = {r["config"]["flags"] for r in rows}
    assert sets == {"default", *backends.REGISTRY["iree"].flag_sets}
    assert len({r["workload"] for r in rows}) == 1 and sum(r["is_default"] for r in rows) == 1
    assert all(r["metrics"]["latency_s"] > 0 for r in rows)
    assert len({r["mlir_hash"] for r in rows}) == len(rows)  # each text names its flags
    assert decisions(rows, "flow")["varied"] == 1


@pytest.mark.slow
def test_a_flag_set_planted_to_miscompile_is_a_finding_and_a_slow_one_is_not(hook_pool):
    from compiler_lab.execution import lab
    from compiler_lab.findings.keys import bucket_key
    from compiler_lab.findings.perf import PERF_OUTLIER
    from costmodel.measure.variant_check import variant_findings, variant_requests

    graph = _matmul(128)
    rows = [{"backend": "iree", "level": "flow", "unit": "graph"}]
    requests = variant_requests(graph, rows, schedules=False, flags=True)
    assert [r.options.get("flags") for r in requests][:2] == [None, "data-tiling"]
    requests[1] = replace(requests[1], hook="miscompile")  # as a wrong kernel would be
    verdicts = lab.run(requests, hook_pool)
    (found,) = variant_findings(requests, verdicts)
    assert found.verdict == "mismatch" and bucket_key(found).endswith("@flags=data-tiling")
    slow = [replace(v, verdict=PERF_OUTLIER.name) for v in verdicts]
    slow[1] = verdicts[1]
    assert variant_findings(requests, slow) == [found]  # slow variants are data, not bugs


@pytest.mark.slow
def test_decisions_that_name_no_dispatch_are_the_labs_error_not_a_finding(pool):
    """Editing decisions into the module is the lab's step: a dispatch it cannot find (a
    module lowered otherwise than the one measured) is a harness error, never a crash of
    IREE's (the v4 collection's first run filed such buckets)."""
    from compiler_lab.execution import lab

    schedule = {"pipeline": "DoubleTilingExpert", "tiles": {"distribution": [8, 8, 0]}}
    options = {"schedules": {"main$async_dispatch_99": schedule}}
    (v,) = lab.run([lab.LabRequest(_matmul(64), "iree", options)], pool)
    assert v.verdict == "harness-error" and not v.is_finding, (v.verdict, v.reason)
    assert "no executable" in v.reason
