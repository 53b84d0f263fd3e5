"""`clab cost tune`: what a strategy measures and keeps, a tuned build that the lab refuses
falls back to IREE's defaults, and the command end to end."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from costmodel.tune.search import choose, picks
from tests.conftest import EXAMPLES, ROOT


def test_the_model_strategy_measures_its_k_best_predictions_beside_the_default():
    predicted = [5.0, 9.0, 1.0, 3.0, 2.0]
    assert picks(5, 2, "model", predicted) == [2, 4]
    assert picks(5, 9, "model", predicted) == [2, 4, 3, 1]  # never the default: it is timed
    assert picks(5, 2, "exhaustive") == [1, 2, 3, 4]
    drawn = picks(5, 2, "random", seed=3)
    assert len(drawn) == 2 and 0 not in drawn and drawn == picks(5, 2, "random", seed=3)
    with pytest.raises(ValueError, match="one prediction per candidate"):
        picks(5, 2, "model", [1.0])
    with pytest.raises(ValueError, match="unknown strategy"):
        picks(5, 2, "annealing")


def test_the_default_is_kept_unless_a_pick_measures_faster():
    assert choose({0: 2.0, 3: 1.0, 4: 1.5}) == 3
    assert choose({0: 1.0, 3: 1.0}) == 0  # a tie keeps the compiler's own
    assert choose({0: 1.0, 3: None}) == 0  # a pick that failed is never kept
    assert choose({0: None, 2: 3.0}) == 2  # the default failed to build alone: a pick that ran
    assert choose({0: None}) == 0


def test_a_build_judged_far_slower_than_eager_still_has_its_time_taken():
    """IREE's default build of a real model (resnet) can be a perf-outlier against eager:
    its outputs are right and its time is the baseline tuning must beat, not a missing one."""
    from compiler_lab.execution.lab import Verdict
    from compiler_lab.ir.builder import GraphBuilder
    from costmodel.tune.tune import _compiled_s

    b = GraphBuilder("g")
    graph = b.build([b.call("aten.relu.default", b.input("x", [4]))])
    perf = {"perf": {"compiled_s": 2e-3, "eager_s": 1e-4}}
    assert _compiled_s(Verdict(graph, "iree", "perf-outlier", timings=perf)) == 2e-3
    assert _compiled_s(Verdict(graph, "iree", "ok", timings=perf)) == 2e-3
    assert _compiled_s(Verdict(graph, "iree", "mismatch", timings=perf)) is None


@pytest.mark.slow
def test_a_tuned_build_with_wrong_outputs_falls_back_to_the_defaults(hook_pool, tmp_path):
    from compiler_lab.ir.builder import GraphBuilder
    from costmodel.tune.candidates import TuneSource, tune_candidates
    from costmodel.tune.tune import DispatchResult, TuneReport, _check_whole

    b = GraphBuilder("mm")
    x, w = b.input("x", [128, 128]), b.weight("w", [128, 128])
    graph = b.build([b.call("aten.mm.default", x, w)])
    src = TuneSource(str(tmp_path), graph=graph.to_json(), candidates=3)
    found = hook_pool.call(tune_candidates, src, timeout_s=600).result
    (d,) = [d for d in found.dispatches if len(d["candidates"]) > 1]
    schedules = {d["name"]: d["candidates"][1]["schedule"]}
    result = DispatchResult(d["name"], 3, 2, 1e-5, 5e-6, 1, schedules[d["name"]])
    report = TuneReport("model", 1, "m", [result], found.graph)
    # as a miscompiled kernel would: the tuned build's outputs are wrong
    _check_whole(report, schedules, hook_pool, lambda _: None, "miscompile")
    assert report.rejected.startswith("mismatch") and report.schedules == {}
    assert result.kept == 0 and result.schedule is None and result.tuned_s == result.default_s
    assert report.speedup == 1.0


def _clab(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "compiler_lab", *args],
                          capture_output=True, text=True, cwd=ROOT)  # fmt: skip


@pytest.mark.slow
def test_tune_writes_schedules_a_user_can_compile_with(tmp_path):
    from compiler_lab.cli import parse_options

    out = tmp_path / "t"
    done = _clab("cost", "tune", str(EXAMPLES / "matmul_chain.json"), "--strategy", "random",
                 "-k", "1", "--candidates", "4", "-o", str(out))  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads((out / "tune.json").read_text())
    tuned = [d for d in report["dispatches"] if d["candidates"] > 1]
    assert tuned and all(d["measured"] == 2 for d in tuned)  # the default and one pick
    assert report["default_model_s"] > 0 and report["tuned_model_s"] > 0
    schedules = json.loads((out / "schedules.json").read_text())
    assert set(schedules) <= {d["name"] for d in report["dispatches"]}
    parse_options([f"iree:schedules={json.dumps(schedules)}"])  # the option takes them
    assert "--option" in done.stdout and "schedules.json" in done.stdout


def test_tune_refuses_bad_input_in_one_line(tmp_path):
    bad = tmp_path / "g.json"
    bad.write_text('{"name": "g", "inputs": 3}')
    good = str(EXAMPLES / "matmul_chain.json")
    for args in (["cost", "tune", str(bad)], ["cost", "tune"],
                 ["cost", "tune", good, "--strategy", "sa"]):  # fmt: skip
        done = _clab(*args)
        assert done.returncode == 2, (args, done.stderr)
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
