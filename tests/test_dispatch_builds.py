"""Measuring every dispatch right: benchmark modules built from the phase they were dumped
at, spills from LLVM's own statistics, and no sum that adds what was not measured."""

from __future__ import annotations

import os
import subprocess

import pytest

from compiler_lab.backends.iree_native import regalloc_stats
from costmodel.serve.lowering import whole_model


def test_a_whole_model_sum_leaves_out_what_was_not_measured():
    found = [
        {"name": "d0", "latency_s": 2e-6},
        {"name": "d1", "error": "benchmark compile: error: large vector sizes"},
        {"name": "d2", "latency_s": 3e-6},
    ]
    total = whole_model(found, [1e-6, 9e-3, 4e-6], measure=True)
    assert total.predicted_s == pytest.approx(1e-6 + 9e-3 + 4e-6)  # every prediction
    assert total.measured_s == pytest.approx(5e-6)
    assert total.predicted_measured_s == pytest.approx(5e-6)  # d0 and d2 only
    assert total.unmeasured == 1
    assert whole_model(found, [1e-6, 9e-3, 4e-6], measure=False).measured_s is None


def _conv_64_at_56():
    """A 3x3 convolution 64 -> 64 channels at 56x56: IREE configures it with vectors larger
    than it accepts when the configured module is compiled again from the start."""
    from compiler_lab.ir.builder import GraphBuilder

    b = GraphBuilder("conv64")
    x = b.input("x", [1, 64, 56, 56])
    w = b.weight("w", [64, 64, 3, 3])
    y = b.call("aten.convolution.default", x, w, None, [1, 1], [0, 0], [1, 1], False, [0, 0], 1)
    return b.build([y])


def _dispatches(graph, tmp_path):
    from compiler_lab import backends
    from compiler_lab.ir.inputs import make_values

    iree = backends.get("iree")
    return iree, iree.lower_native(graph, make_values(graph, 0), tmp_path, "u").dispatches


def _stats_run(dispatch, *flags: str) -> subprocess.CompletedProcess:
    """`iree-compile --stats` on a dispatch's benchmark module, as a user would run it."""
    from iree.compiler.tools.binaries import find_tool

    from compiler_lab.backends.iree import TARGET_ARGS

    command = [find_tool("iree-compile"), str(dispatch.benchmark), "--stats", "-o", os.devnull]
    return subprocess.run([*command, *TARGET_ARGS, *flags], capture_output=True, text=True)


@pytest.mark.slow
def test_a_conv_dispatch_that_failed_before_now_measures(tmp_path):
    iree, (dispatch,) = _dispatches(_conv_64_at_56(), tmp_path)
    before = _stats_run(dispatch)  # from the start of the pipeline, as it was built before
    assert before.returncode != 0 and "large vector sizes" in before.stderr
    build = iree.build_dispatch(dispatch)
    build.run(2)
    assert build.artifact_bytes > 0 and any(build.listing.glob("*.s"))


@pytest.mark.slow
def test_spills_are_llvms_regalloc_counts_of_the_build_measured(tmp_path):
    """The counts a build records are those `iree-compile --stats` prints for the same
    module compiled once (the build dumps intermediates, which runs LLVM's codegen twice),
    and a 3x3 conv at IREE's own config does spill."""
    iree, (dispatch,) = _dispatches(_conv_64_at_56(), tmp_path)
    alone = _stats_run(dispatch, "--compile-from=executable-configurations")
    assert alone.returncode == 0, alone.stderr[-500:]
    expected = regalloc_stats(alone.stderr)
    assert expected["spills"] > 0 and expected["reloads"] > 0
    assert iree.build_dispatch(dispatch).compiler_stats == expected


def test_regalloc_counts_are_read_from_llvms_statistics_lines():
    stderr = (
        "===-------------------------------------------------------------------------===\n"
        "                          ... Statistics Collected ...\n"
        "       3 asm-printer    - Number of machine instrs printed\n"
        "      52 regalloc       - Number of spills inserted\n"
        "      48 regalloc       - Number of reloads inserted\n"
        "       7 regalloc       - Number of spill slots allocated\n"
    )
    assert regalloc_stats(stderr, codegen_runs=2) == {"spills": 26, "reloads": 24}
    assert regalloc_stats("no statistics here") == {"spills": 0, "reloads": 0}
