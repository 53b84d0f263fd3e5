"""The model-based performance check: a model's held-out error band, the outlier rule, and
a check of a campaign store whose IREE dispatches are timed for real against the shipped
LightGBM model."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from dataclasses import replace

import pytest

from compiler_lab.errors import LabError
from compiler_lab.findings.cases import load_case
from compiler_lab.storage import store as store_mod
from compiler_lab.storage.store import Store
from costmodel.eval.band import BandError, error_band, read_band, save_band
from costmodel.models.registry import SHIPPED, create
from costmodel.serve.api import load
from costmodel.serve.perfcheck import check_store, dispatch_kind, is_outlier, reduce_case
from tests.conftest import ROOT, example
from tests.test_costmodel import _planted
from tests.test_serve import _reduction_graph


def test_error_band_is_measured_on_held_out_families(tmp_path):
    rng = random.Random(3)
    samples = _planted(rng, 60, "mm") + _planted(rng, 60, "conv")  # two families
    band = error_band("lightgbm", samples, folds=2)
    q = band["quantiles"]
    assert band["n"] == 120  # every unit predicted once, by a model that never saw its family
    assert band["splits"][:2] == ["families:conv", "families:mm"]
    assert q["0.05"] <= q["0.5"] <= q["0.95"] <= q["0.99"]
    save_band(tmp_path, band)
    assert read_band(tmp_path)["quantiles"] == pytest.approx(q)


def test_a_missing_or_damaged_band_is_a_clear_error(tmp_path):
    with pytest.raises(BandError, match="no band.json"):
        read_band(tmp_path)
    (tmp_path / "band.json").write_text('{"target": "latency_s", "quantiles": {"0.99": "x"}}')
    with pytest.raises(BandError, match="not a valid error band"):
        read_band(tmp_path)


def test_outlier_rule_needs_both_the_band_and_real_time():
    band = {"quantiles": {"0.99": 0.3}}  # the model is within 2x on 99% of held-out units
    assert is_outlier(1e-3, 1e-4, band)  # 10x, 900 µs lost per call
    assert not is_outlier(1e-3, 6e-4, band)  # 1.7x: inside the band
    assert not is_outlier(50e-6, 1e-6, band)  # 50x, but 49 µs is dispatch overhead, not a bug
    assert not is_outlier(1e-3, 0.0, band)


def test_dispatch_kind_drops_index_and_sizes():
    text = "hal.executable.export public @main$async_dispatch_3_matmul_like_128x256x64_f32"
    assert dispatch_kind(text) == "matmul_like_f32"
    assert dispatch_kind("func.func @f()") == "dispatch"


def _store_with_ok_iree_tests(path, graphs=None):
    """A store in which IREE compiled and ran these graphs correctly."""
    store = Store(path)
    cid, _ = store.campaign("c", 0, {})
    rows = []
    for i, g in enumerate(graphs or [example("softmax"), example("layernorm")]):
        row = (i, "iree", g.content_hash(), g.dumps(), {}, "ok", "", "", None, "float32", g.ops())
        rows.append(store_mod.TestRow(*row, 0, 1.0))
    store.record(cid, rows)
    store.close()


@pytest.fixture(scope="module")
def shipped():
    root = SHIPPED / "lightgbm"
    if not (root / "band.json").is_file():
        pytest.fail("the shipped LightGBM model has no band.json: run tools/train_models.py")
    return root


def test_quiet_on_the_examples_with_the_shipped_model(tmp_path, shipped):
    """Real IREE dispatches, timed, against the real model and its own band: no finding."""
    _store_with_ok_iree_tests(tmp_path / "c.db")
    result = check_store(tmp_path / "c.db", load(str(shipped)), shipped, limit=5)
    assert result["graphs_checked"] == 2 and result["dispatches_timed"] >= 2
    assert result["outliers"] == [], [o.reason("lightgbm") for o in result["outliers"]]
    store = Store(tmp_path / "c.db", readonly=True)
    assert store.verdict_counts() == {"ok": 2}  # nothing recorded when nothing is found
    store.close()


def test_a_dispatch_beyond_the_band_is_recorded_reported_and_reduced(tmp_path):
    """A model that expects every kernel to take 1 µs, with a 2x band: the reduction
    graph's dispatches (over 2M elements, far above 100 µs each when timed for real) are
    outliers, recorded with their bucket and case; the small examples beside them are not.
    The case reduces to fewer ops with the same kind of dispatch still beyond the band."""
    rng = random.Random(5)
    samples = [replace(s, targets={"latency_s": 1e-6}) for s in _planted(rng, 60)]
    model = create("lightgbm").fit(samples).save(tmp_path / "m")
    save_band(model, {"target": "latency_s", "n": 60, "quantiles": {"0.5": 0.0, "0.99": 0.3}})
    _store_with_ok_iree_tests(tmp_path / "c.db", [_reduction_graph(1024), example("softmax")])
    result = check_store(tmp_path / "c.db", load(str(model)), model, limit=5)
    assert result["graphs_checked"] == 2
    assert {o.graph for o in result["outliers"]} == {"reductions"}
    store = Store(tmp_path / "c.db", readonly=True)
    found = store.db.execute(
        "SELECT bucket, stage, reason FROM tests WHERE verdict='perf-outlier'"
    ).fetchall()
    assert len(found) == len({o.test_id for o in result["outliers"]})  # one per graph
    assert all(r["stage"] == "perf-model" and "predicts" in r["reason"] for r in found)
    buckets = {r["bucket"] for r in found}
    assert all(b.startswith("iree:perf-outlier:model:") for b in buckets)
    assert {r["key"] for r in store.buckets()} == buckets
    (bucket,) = store.buckets()  # the reduction graph's worst dispatch
    where = store.case_path(bucket)
    store.close()
    # its case: the graph, its values, the evidence and the dispatch, and no repro script
    case = load_case(where)
    evidence = case.verdict["timings"]["perf-model"]
    assert case.verdict["stage"] == "perf-model" and evidence["measured_s"] > 100e-6
    assert bucket["key"] == f"iree:perf-outlier:model:{evidence['kind']}"
    assert (case.path / "dispatch.mlir").read_text().startswith("hal.executable")
    assert not (case.path / "repro.py").exists()
    report = _clab("triage", "report", str(case.path), "--no-others")
    assert report.returncode == 0, report.stderr
    assert (
        f"slow {evidence['kind']} dispatch" in report.stdout and "clab cost reduce" in report.stdout
    )
    lab_reduce = _clab("triage", "reduce", str(case.path))
    assert lab_reduce.returncode == 2 and "clab cost reduce" in lab_reduce.stderr

    # reduced while a dispatch of the same kind stays beyond the band, timed for real
    lines = reduce_case(case.path, load(str(model)), model, 90, tmp_path / "c.db")
    reduced = load_case(case.path.parent / f"{case.path.name}.reduced")
    assert len(reduced.graph.nodes) < len(case.graph.nodes), lines
    assert reduced.verdict["timings"]["perf-model"]["kind"] == evidence["kind"]
    assert (reduced.path / "dispatch.mlir").read_text()
    store = Store(tmp_path / "c.db", readonly=True)
    (again,) = store.buckets()
    assert json.loads(again["reduced"])["nodes_after"] == len(reduced.graph.nodes)
    store.close()


def _clab(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "compiler_lab", *args], capture_output=True, text=True, cwd=ROOT
    )


def test_cli_names_a_model_without_band(tmp_path):
    model = tmp_path / "m"
    shutil.copytree(SHIPPED / "lightgbm", model)
    (model / "band.json").unlink(missing_ok=True)
    _store_with_ok_iree_tests(tmp_path / "c.db")
    with pytest.raises(LabError, match="no band.json"):
        check_store(tmp_path / "c.db", load(str(model)), model)
    r = subprocess.run(
        [sys.executable, "-m", "compiler_lab", "cost", "perfcheck", str(tmp_path / "c.db"),
         "--model", str(model)],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert r.returncode == 2 and "no band.json" in r.stderr + r.stdout
