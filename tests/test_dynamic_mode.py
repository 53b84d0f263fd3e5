"""Dynamic shapes: a graph compiled once, run at a second size; a recompile and a wrong
result at the second size are finding kinds of their own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from compiler_lab.execution import lab
from compiler_lab.findings import repro
from compiler_lab.findings.keys import bucket_key
from compiler_lab.findings.kinds import kind_of
from compiler_lab.ir.graph import Graph
from compiler_lab.ir.resize import second_inputs, second_size
from compiler_lab.sandbox.pool import SandboxConfig, default_cache_dir
from compiler_lab.storage.store import Store
from fuzz.campaign import executor as executors
from fuzz.campaign.campaign import Campaign
from fuzz.campaign.config import CampaignConfig
from fuzz.gen.library import load
from fuzz.oracles import dynamic

ROOT = Path(__file__).resolve().parents[1]
RULES, TRACES = ROOT / "corpora" / "rules", ROOT / "corpora" / "traces"
EXAMPLES = ROOT / "corpora" / "examples"
SIMPLE = ["relu", "add", "mul", "sub", "sum", "tanh", "sigmoid", "permute", "cat"]


def _example(name: str) -> Graph:
    return Graph.load(EXAMPLES / f"{name}.json")


def test_the_second_size_grows_every_dim_of_the_leading_size_and_keeps_values():
    g = second_size(_example("broadcast_binary"))
    assert [s.shape for s in g.graph_inputs] == [(7, 1, 6), (5, 1), (6,)]
    assert g.values()[g.outputs[0]].shape[0] == 7  # output shapes found again
    x = torch.arange(8.0).reshape(4, 2)
    (grown,) = second_inputs([x])
    assert grown.shape == (7, 2) and torch.equal(grown[4:], x[:3])  # values repeat
    # weights keep their shapes: a linear layer's batch grows, a weight's rows do not
    assert second_size(_example("matmul_chain")) is None  # (its input's 16 is a weight's too)


@pytest.fixture(scope="module")
def pool():
    with executors.local(1, SandboxConfig(default_cache_dir(), test_hooks=True)) as p:
        yield p


def test_a_recompile_and_a_wrong_second_size_are_findings_of_their_own(pool):
    graph = _example("softmax")
    ok, recompiled, wrong = lab.run(
        [
            lab.LabRequest(graph, "inductor", {"dynamic": True}),
            lab.LabRequest(graph, "inductor", {"dynamic": "unmarked-TESTING_ONLY"}),
            lab.LabRequest(graph, "inductor", {"dynamic": True}, hook="miscompile-rest"),
        ],
        pool,
        oracle=dynamic.DYNAMIC,
    )
    assert ok.verdict == "ok" and ok.judged_by == "dynamic", ok.reason
    assert len(ok.actual) == 2 * len(graph.outputs)  # both sizes
    grown = second_size(graph)
    assert tuple(ok.actual[len(graph.outputs)].shape) == grown.values()[grown.outputs[0]].shape
    assert (recompiled.verdict, recompiled.stage) == ("crash", "recompile")
    assert recompiled.kind is dynamic.RECOMPILE
    bucket = {"message": recompiled.failure.message, "backend": "inductor"}
    assert "size mismatch at index 0" in dynamic.RECOMPILE.headline(bucket)
    assert (wrong.verdict, wrong.stage) == ("mismatch", "second-size")
    assert wrong.kind is dynamic.SECOND_SIZE_MISMATCH
    assert bucket_key(wrong).startswith("inductor:mismatch:second-size-value:aten.")


def test_a_graph_without_a_second_size_is_skipped_saying_why(pool):
    (v,) = lab.run(
        [lab.LabRequest(_example("matmul_chain"), "inductor", {"dynamic": True})],
        pool,
        oracle=dynamic.DYNAMIC,
    )
    assert v.verdict == "skipped" and "no second size" in v.reason


def _campaign(tmp_path: Path, **extra) -> Store:
    cfg = CampaignConfig(
        store=tmp_path / "d.db",
        seed=2,
        backends=["inductor"],
        max_tests=6,
        batch_size=6,
        dtypes=("float32",),
        mode="dynamic",
        **extra,
    )
    Campaign(cfg, load(str(RULES), str(TRACES)).restrict(SIMPLE, None)).run()
    return Store(cfg.store, readonly=True)


def test_a_dynamic_campaign_finds_a_planted_recompile_and_its_repro_shows_it(tmp_path):
    store = _campaign(tmp_path, options={"inductor": {"dynamic": "unmarked-TESTING_ONLY"}})
    found = [b for b in store.buckets() if kind_of(b["kind"], b["stage"]) is dynamic.RECOMPILE]
    assert len(found) == 1, [b["key"] for b in store.buckets()]
    case = store.case_path(found[0])
    result = repro.run_script(case / "repro.py")  # a fresh interpreter recompiles too
    assert result.verdict == "crash" and "RecompileError" in result.exc_types, result.output


def test_a_dynamic_campaign_finds_a_planted_wrong_second_size(tmp_path):
    store = _campaign(tmp_path, hooks={1: "miscompile-rest"})
    rows = {r["idx"]: (r["verdict"], r["stage"]) for r in store.db.execute("SELECT * FROM tests")}
    assert rows.pop(1) == ("mismatch", "second-size"), rows
    assert set(rows.values()) <= {("ok", ""), ("skipped", "")}, rows
    (bucket,) = store.buckets()
    assert kind_of(bucket["kind"], bucket["stage"]) is dynamic.SECOND_SIZE_MISMATCH
    case = store.case_path(bucket)
    assert json.loads((case / "verdict.json").read_text())["oracle"] == "dynamic"
    # planted in the worker: the script runs both sizes, without recompiling, and agrees
    assert repro.run_script(case / "repro.py").verdict == "ok"


def test_recompiles_merge_by_their_guard_not_by_dynamos_first_line():
    def bucket(guard: str) -> dict:
        message = (
            "Recompiling function forward in <eval_with_key>.21:4\n"
            "    triggered by the following guard failure(s):\n"
            f"    - 0/0: {guard}"
        )
        return {"kind": "crash", "stage": "recompile", "message": message}

    size = bucket("tensor 'x13' size mismatch at index 0. expected 5, actual 8")
    renamed = bucket("tensor 'x2' size mismatch at index 0. expected 4, actual 7")
    isin = bucket(
        "torch.sym_float(x1.size()[0]) < 10.0  # (_decomp/decompositions.py:5929 in isin)"
    )
    assert dynamic.RECOMPILE.cause(size) == dynamic.RECOMPILE.cause(renamed)
    assert dynamic.RECOMPILE.cause(size) != dynamic.RECOMPILE.cause(isin) != ""


def test_a_threshold_torch_chose_an_algorithm_by_is_no_recompile_finding():
    """The guards of the 10-minute --dynamic campaign's recompiles, as dynamo wrote them:
    isin's small-input path and Inductor's accumulation helper are thresholds torch's own
    code chose an algorithm by (one compile per side is the design); a size specialized
    to its value is still a finding."""
    from compiler_lab.backends.torch_runs import deliberate

    def message(*guards: str) -> str:
        lines = "\n".join(f"    - 0/0: {g}" for g in guards)
        return ("Recompiling function forward in <eval_with_key>.48:4\n"
                f"    triggered by the following guard failure(s):\n{lines}")  # fmt: skip

    isin = "torch.sym_float(x1.size()[0]) < 10.0  # (_decomp/decompositions.py:5929 in isin)"
    helper = "450*x12.size()[0] <= 4096  # (_inductor/codegen/cpp.py:2273 in need_use_acc_helper)"
    size = "tensor 'x1' size mismatch at index 0. expected 7, actual 10"
    cached = "torch.sym_float(x1.size()[0]) < 10.0  # (_functorch/_aot_autograd/autograd_cache.py:1210 in evaluate_guards)"  # noqa: E501  (as dynamo writes it on a cache hit)
    assert deliberate(message(isin)) and deliberate(message(helper)) and deliberate(message(cached))
    assert not deliberate(message(size)) and not deliberate(message(isin, size))
    assert not deliberate("RecompileError without guards")
