"""Training graphs: forward and backward compiled, gradients judged like outputs, a wrong
gradient a finding kind of its own with a repro that runs forward and backward."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compiler_lab.errors import LabError
from compiler_lab.execution import lab
from compiler_lab.findings import cases, repro
from compiler_lab.findings.kinds import kind_of
from compiler_lab.ir.graph import Graph
from compiler_lab.sandbox.pool import SandboxConfig, default_cache_dir
from compiler_lab.storage.store import Store
from fuzz.campaign import executor as executors
from fuzz.campaign.campaign import Campaign
from fuzz.campaign.config import CampaignConfig
from fuzz.gen.library import load
from fuzz.oracles import train

ROOT = Path(__file__).resolve().parents[1]
RULES, TRACES = ROOT / "corpora" / "rules", ROOT / "corpora" / "traces"
SIMPLE = ["relu", "add", "mul", "sub", "mm", "sum", "tanh", "sigmoid"]


def _relu_min() -> Graph:
    """minimum(relu(x), z): the gradient of x flows where relu(x) < z."""
    spec = {"kind": "input", "dtype": "float32", "shape": [4, 8]}
    out = {"dtype": "float32", "shape": [4, 8]}
    return Graph.from_json(
        {
            "version": 1,
            "name": "relu_min",
            "inputs": [{"name": "x", **spec}, {"name": "z", **spec}],
            "nodes": [
                {"id": "n0", "op": "aten.relu.default", "args": [{"ref": "x"}], "kwargs": {},
                 "outputs": [{"name": "r", **out}]},
                {"id": "n1", "op": "aten.minimum.default", "args": [{"ref": "r"}, {"ref": "z"}],
                 "kwargs": {}, "outputs": [{"name": "m", **out}]},
            ],
            "outputs": ["m"],
        }
    )  # fmt: skip


@pytest.fixture(scope="module")
def pool():
    with executors.local(1, SandboxConfig(default_cache_dir(), test_hooks=True)) as p:
        yield p


def test_a_training_run_returns_outputs_then_gradients_and_matches_eager(pool):
    graph = _relu_min()
    ok, wrong = lab.run(
        [
            lab.LabRequest(graph, "inductor", {"train": True}),
            lab.LabRequest(graph, "inductor", {"train": True}, hook="miscompile-rest"),
        ],
        pool,
        oracle=train.TRAIN,
    )
    assert ok.verdict == "ok" and ok.judged_by == "train"
    assert len(ok.actual) == 3  # the output, then the gradients of x and z
    assert (wrong.verdict, wrong.stage) == ("mismatch", "gradient")
    assert wrong.comparison.output in (1, 2)
    assert wrong.kind is train.GRADIENT_MISMATCH
    key = wrong.kind.bucket_key(wrong, None)
    # keyed by where the backward goes wrong: the op reading the input whose gradient is off
    at = {1: "aten.relu.default", 2: "aten.minimum.default"}[wrong.comparison.output]
    assert key == f"inductor:mismatch:gradient-value:{at}"


def test_a_train_repro_runs_forward_and_backward_in_a_fresh_interpreter(pool, tmp_path):
    graph = _relu_min()
    options = {"train": True, "cpp.inject_relu_bug_TESTING_ONLY": "accuracy"}
    (v,) = lab.run([lab.LabRequest(graph, "inductor", options)], pool, oracle=train.TRAIN)
    assert v.verdict == "mismatch", v.reason
    case = cases.write_case(tmp_path, v)
    assert json.loads((case / "verdict.json").read_text())["oracle"] == "train"
    script = (case / "repro.py").read_text()
    assert "def forward_backward" in script and "def reference_outputs" in script
    result = repro.run_script(case / "repro.py")
    assert result.verdict == "mismatch", result.output
    assert cases.load_case(case).oracle is train.TRAIN


def test_a_planted_gradient_mismatch_is_found_by_a_train_campaign(tmp_path):
    cfg = CampaignConfig(
        store=tmp_path / "t.db",
        seed=5,
        backends=["inductor"],
        max_tests=6,
        batch_size=6,
        dtypes=("float32",),
        mode="train",
        hooks={2: "miscompile-rest"},
    )
    Campaign(cfg, load(str(RULES), str(TRACES)).restrict(SIMPLE, None)).run()
    store = Store(cfg.store, readonly=True)
    verdicts = {
        r["idx"]: (r["verdict"], r["stage"]) for r in store.db.execute("SELECT * FROM tests")
    }
    assert verdicts.pop(2) == ("mismatch", "gradient")
    assert set(verdicts.values()) <= {("ok", ""), ("skipped", "")}, verdicts
    (bucket,) = store.buckets()
    assert kind_of(bucket["kind"], bucket["stage"]) is train.GRADIENT_MISMATCH
    assert "wrong gradient" in train.GRADIENT_MISMATCH.headline(bucket)
    case = store.case_path(bucket)
    options = json.loads((case / "verdict.json").read_text())["options"]
    assert options["train"] is True
    # the bug was planted in the worker, so the script runs forward and backward cleanly
    assert repro.run_script(case / "repro.py").verdict == "ok"


def test_an_op_autograd_cannot_differentiate_is_a_skip_not_a_crash(pool):
    """linspace from a float tensor end: eager computes its complex outputs, but nothing can
    train through it; AOTAutograd says so (a campaign once filed this as a crash)."""
    spec = {"kind": "input", "shape": []}
    graph = Graph.from_json(
        {
            "version": 1,
            "name": "linspace",
            "inputs": [{"name": "x", "dtype": "int64", **spec},
                       {"name": "v", "dtype": "float32", **spec}],
            "nodes": [
                {"id": "n0", "op": "aten.linspace.Tensor_Tensor",
                 "args": [{"ref": "v"}, {"ref": "x"}, 87],
                 "kwargs": {"dtype": {"dtype": "complex64"}, "device": {"device": "cpu"},
                            "pin_memory": False},
                 "outputs": [{"name": "y", "dtype": "complex64", "shape": [87]}]},
            ],
            "outputs": ["y"],
        }
    )  # fmt: skip
    (v,) = lab.run([lab.LabRequest(graph, "inductor", {"train": True})], pool, oracle=train.TRAIN)
    assert v.verdict == "skipped" and "has no derivative" in v.reason, (v.verdict, v.reason)


def test_train_mode_refuses_a_backend_without_training_runs(tmp_path):
    cfg = CampaignConfig(store=tmp_path / "x.db", backends=["inductor", "iree"], mode="train")
    with pytest.raises(LabError, match="iree has no train runs"):
        Campaign(cfg, load(str(RULES), str(TRACES)).restrict(SIMPLE, None))
