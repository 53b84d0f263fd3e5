"""Decision fuzzing: a result that changes with a compiler decision is a finding of its own,
keyed by the decision, whose repro compiles under it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compiler_lab import backends
from compiler_lab.backends.iree import CONFIGURED, TARGET_ARGS, compile_text
from compiler_lab.backends.iree_schedules import drawn
from compiler_lab.execution.lab import Verdict
from compiler_lab.findings import repro
from compiler_lab.findings.kinds import kind_of
from compiler_lab.ir.graph import Graph
from compiler_lab.storage.store import Store
from fuzz.campaign.campaign import Campaign
from fuzz.campaign.config import CampaignConfig
from fuzz.gen.library import load
from fuzz.oracles import decision

ROOT = Path(__file__).resolve().parents[1]
RULES, TRACES = ROOT / "corpora" / "rules", ROOT / "corpora" / "traces"


def _campaign(tmp_path: Path, backend: str, ops: list[str], planted: dict, n: int) -> Store:
    cfg = CampaignConfig(
        store=tmp_path / f"{backend}.db",
        seed=3,
        backends=[backend],
        max_tests=n,
        batch_size=n,
        dtypes=("float32",),
        decisions=True,
        decision_sets={backend: planted},
    )
    Campaign(cfg, load(str(RULES), str(TRACES)).restrict(ops, None)).run()
    return Store(cfg.store, readonly=True)


def _arms(store: Store) -> dict[str, dict[str, int]]:
    return store.backend_verdicts()


def _decision_buckets(store: Store) -> list[dict]:
    return [
        b for b in store.buckets() if kind_of(b["kind"], b["stage"]) is decision.DECISION_MISMATCH
    ]


def _reproduces(store: Store, bucket: dict) -> tuple[dict, repro.ReproResult]:
    case = store.case_path(bucket)
    verdict = json.loads((case / "verdict.json").read_text())
    return verdict, repro.run_script(case / "repro.py")


def test_a_planted_inductor_flag_is_found_and_keyed_by_it(tmp_path):
    planted = {"relu-bug": {"cpp.inject_relu_bug_TESTING_ONLY": "accuracy"}}
    store = _campaign(tmp_path, "inductor", ["relu", "add", "mul", "tanh", "sum"], planted, 24)
    arms = _arms(store)
    assert arms["inductor"].get("mismatch", 0) == 0, arms  # the defaults are right
    assert arms["inductor@decisions"].get("mismatch", 0) > 0, arms
    found = _decision_buckets(store)
    # one bug, at relu (its error shows as wrong values, or as NaN/Inf further down)
    assert found and {b["key"].split(":", 3)[3] for b in found} == {
        "aten.relu.default@cpp.inject_relu_bug_TESTING_ONLY=accuracy"
    }
    assert (
        "only under cpp.inject_relu_bug_TESTING_ONLY=accuracy"
        in decision.DECISION_MISMATCH.headline(found[0])
    )
    verdict, result = _reproduces(store, found[0])
    assert verdict["timings"]["decision"] == {
        "name": "relu-bug",
        "options": planted["relu-bug"],
        "default": "ok",
    }
    assert verdict["options"]["cpp.inject_relu_bug_TESTING_ONLY"] == "accuracy"
    assert result.verdict == "mismatch", result.output  # in a fresh interpreter


def test_a_planted_iree_flag_set_is_found_and_keyed_by_it(tmp_path):
    planted = {"f16": {"flags": "demote-matmul-to-bf16-TESTING_ONLY"}}
    store = _campaign(tmp_path, "iree", ["mm", "addmm", "bmm", "linear", "relu"], planted, 6)
    arms = _arms(store)
    assert arms["iree"].get("mismatch", 0) == 0, arms
    found = _decision_buckets(store)
    assert found, arms
    assert all(b["key"].endswith("@flags=demote-matmul-to-bf16-TESTING_ONLY") for b in found)
    verdict, result = _reproduces(store, found[0])
    assert verdict["options"] == {"flags": "demote-matmul-to-bf16-TESTING_ONLY"}
    assert result.verdict == "mismatch", result.output


def test_a_lowering_config_draw_is_decided_per_dispatch_and_its_case_rebuilds_it(tmp_path):
    """IREE's lowering-config decisions: `schedule_draw` draws a schedule per dispatch around
    IREE's own; the bucket names the draw, the case's options the schedules it decided, and
    its repro builds exactly them (planted: the draw beside the test-only bf16 flag set)."""
    planted = {"drawn": {"schedule_draw": 1, "flags": "demote-matmul-to-bf16-TESTING_ONLY"}}
    store = _campaign(tmp_path, "iree", ["mm", "addmm", "linear", "relu"], planted, 6)
    found = _decision_buckets(store)
    assert found, _arms(store)
    assert all(
        b["key"].endswith("@flags=demote-matmul-to-bf16-TESTING_ONLY,schedule_draw=1")
        for b in found
    )
    verdict, result = _reproduces(store, found[0])
    decided = verdict["options"]["schedules"]
    assert decided and all(s["tiles"].get("distribution") for s in decided.values()), decided
    repro_text = (store.case_path(found[0]) / "repro.py").read_text()
    assert "compile_scheduled(text, TARGET_ARGS)" in repro_text
    assert result.verdict == "mismatch", result.output


def test_a_draw_is_the_same_for_one_module_and_differs_between_draws():
    text = (ROOT / "tests/data/matmul_chain.torch.mlir").read_text()
    configured = compile_text(text, [*TARGET_ARGS, f"--compile-to={CONFIGURED}"]).decode()
    one, again, two = drawn(configured, 1), drawn(configured, 1), drawn(configured, 2)
    assert one and one == again and one != two


FREEZING = {"freezing": True}


def _verdict(name: str, stage: str = "output") -> Verdict:
    graph = Graph.from_json(json.loads((ROOT / "corpora/examples/matmul_chain.json").read_text()))
    return Verdict(graph, "inductor", name, stage, "outputs differ", options={"freezing": True})


def test_a_failure_the_defaults_share_is_not_the_decisions():
    judged = decision.judge("crash", _verdict("mismatch"), "freezing", FREEZING)
    assert judged.verdict == "skipped" and "default run was crash" in judged.reason
    ok = _verdict("ok", "")
    assert decision.judge("ok", ok, "freezing", FREEZING) is ok
    crash = decision.judge("ok", _verdict("crash", "cpp-compile"), "freezing", FREEZING)
    assert (crash.verdict, crash.stage) == ("crash", "cpp-compile")  # a crash stays one
    assert crash.timings["decision"]["name"] == "freezing"


@pytest.mark.parametrize("backend", ["inductor", "iree", "torch-mlir", "xla"])
def test_every_catalogued_decision_is_an_option_the_backend_takes(backend):
    cls = backends.REGISTRY[backend]
    assert len(cls.decisions) >= 3
    for name, options in cls.decisions.items():
        cls.check_options(options)
        assert cls.decision(options), name  # each names itself in a bucket key
    assert cls.decision({}) == ""
