"""`clab fuzz --seed-module FILE.py:FUNC`: the user's model is tested first, as `clab run
--module` tests it; a share of the campaign's graphs are slices of it; the seed is part of
the campaign's identity; a module that cannot be captured is a one-line error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from compiler_lab.execution.probe import op_pairs
from compiler_lab.ir import tensorio
from compiler_lab.ir.graph import Graph
from compiler_lab.storage.store import StoreError
from fuzz.campaign.campaign import Campaign
from fuzz.campaign.config import CampaignConfig
from fuzz.gen.library import load
from fuzz.tables import FuzzStore

ROOT = Path(__file__).resolve().parent.parent
RULES, TRACES = ROOT / "corpora/rules", ROOT / "corpora/traces"
pytestmark = pytest.mark.skipif(not (RULES / "rules.json").exists(), reason="no rules")
SIMPLE = ["relu", "add", "mul", "sub", "mm", "sum", "tanh", "sigmoid", "permute", "cat"]

MODELS = """
import torch
from torch import nn


class Mlp(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.randn(8, 8))

    def forward(self, x):
        h = torch.mm(x, self.w)
        return torch.tanh(h) + torch.relu(h).sigmoid()


class SumU8(nn.Module):
    def forward(self, x):
        return x.sum(dim=1)


def mlp():
    torch.manual_seed(0)
    return Mlp(), [torch.randn(4, 8)]


def sum_u8():  # torch-mlir sign-extends uint8 in sums (docs/lab.md): a real mismatch
    return SumU8(), [torch.arange(200, 256, dtype=torch.uint8).reshape(4, 14)]


def raises():
    raise RuntimeError("boom")


def wrong():
    return 3
"""


@pytest.fixture(scope="module")
def models(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("models") / "models.py"
    path.write_text(MODELS)
    return path


@pytest.fixture(scope="module")
def library():
    return load(str(RULES), str(TRACES)).restrict(SIMPLE, None)


def _config(store: Path, *seeds: str, **kw) -> CampaignConfig:
    return CampaignConfig(store=store, seed=5, backends=["aot_eager"], max_tests=12,
                          seed_modules=seeds, **kw)  # fmt: skip


def _read(store: Path, query: str) -> list[dict]:
    db = FuzzStore(store, readonly=True)
    try:
        return [dict(r) for r in db.db.execute(query)]
    finally:
        db.close()


def _graphs(store: Path) -> list[Graph]:
    """The graphs of the store's campaign's first batch, as stored before they were tested."""
    db = FuzzStore(store, readonly=True)
    try:
        return db.batch_graphs(1, 0, "all")
    finally:
        db.close()


@pytest.fixture(scope="module")
def seeded(models, library, tmp_path_factory) -> Path:
    """A seeded campaign's store: one batch of 12 tests on aot_eager."""
    store = tmp_path_factory.mktemp("seeded") / "s.db"
    progress = Campaign(_config(store, f"{models}:mlp"), library).run()
    assert progress.stopped == "max-tests" and progress.new_tests == 12
    return store


def test_the_seed_is_tested_first_as_clab_run_module_tests_it(models, library, tmp_path):
    spec = f"{models}:sum_u8"
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "compiler_lab", "run", "--module", spec, "--backends",
                    "torch-mlir,aot_eager", "-o", str(out)], capture_output=True, check=False,
                   env=dict(os.environ, COLUMNS="200"))  # fmt: skip
    ran = {v["backend"]: v for v in map(json.loads, (out / "verdicts.jsonl").open())}
    assert ran["torch-mlir"]["verdict"] == "mismatch" and ran["aot_eager"]["verdict"] == "ok"

    cfg = CampaignConfig(store=tmp_path / "u.db", backends=["torch-mlir", "aot_eager"],
                         max_tests=1, seed_modules=(spec,))  # fmt: skip
    Campaign(cfg, library.restrict(["sum", "add"], None)).run()
    rows = {r["backend"]: r for r in _read(cfg.store, "SELECT * FROM tests WHERE idx = 0")}
    (bucket,) = _read(cfg.store, "SELECT * FROM buckets")
    case = cfg.store.parent / bucket["case_dir"]
    assert set(rows) == {"torch-mlir", "aot_eager"}
    for backend, v in ran.items():
        row = rows[backend]
        assert (row["verdict"], row["stage"], row["reason"], row["graph_hash"]) == (
            v["verdict"], v["stage"], v["reason"], v["graph_hash"]
        )  # fmt: skip
        assert json.loads(row["options"]) == v["options"]
    assert (
        bucket["key"]
        == rows["torch-mlir"]["bucket"]
        == "torch-mlir:mismatch:exact:aten.sum.dim_IntList"
    )
    theirs = out / "cases" / case.name  # the same case, named alike
    assert (case / "graph.json").read_text() == (theirs / "graph.json").read_text()
    mine, run = tensorio.load(case / "inputs.npz"), tensorio.load(theirs / "inputs.npz")
    assert mine.keys() == run.keys() and all(torch.equal(mine[k], run[k]) for k in mine)


def test_a_seeded_campaign_spends_a_larger_share_on_the_seeds_ops(seeded, library, tmp_path):
    plain = tmp_path / "p.db"
    Campaign(_config(plain), library).run()
    pairs = set(op_pairs(_graphs(seeded)[0]))
    assert pairs == {
        (f"aten.{op}", "float32")
        for op in ("mm.default", "tanh.default", "relu.default", "sigmoid.default", "add.Tensor")
    }

    def share(graphs: list[Graph]) -> float:
        drawn = [p for g in graphs for p in op_pairs(g)]
        return sum(p in pairs for p in drawn) / len(drawn)

    first = _read(seeded, "SELECT idx, backend FROM tests ORDER BY id LIMIT 1")
    assert first == [{"idx": 0, "backend": "aot_eager"}]  # the seed, tested before the rest
    with_seed = _graphs(seeded)[1:]  # the seed itself left out
    slices = [g for g in with_seed if "seed_module" in g.meta]
    assert len(slices) == 3  # a quarter of the 11 graphs after the seed
    assert all(set(op_pairs(g)) <= pairs for g in slices)
    # slices are small (the seed has 5 nodes, generated graphs up to 10): by node count, a
    # quarter of the graphs moves the share by about 0.08 over this 10-op library's 0.13
    assert share(with_seed) > share(_graphs(plain)) + 0.05


def test_a_seeded_campaign_draws_the_same_graphs_again(seeded, models, library, tmp_path):
    again = tmp_path / "again.db"
    Campaign(_config(again, f"{models}:mlp"), library).run()
    assert [g.dumps() for g in _graphs(again)] == [g.dumps() for g in _graphs(seeded)]


def test_a_resume_with_another_seed_is_refused_the_same_one_resumes(seeded, models, library):
    before = _read(seeded, "SELECT * FROM tests")
    with pytest.raises(
        StoreError,
        match=r"seed_modules \(models.py:mlp \w+ -> none, models.py:sum_u8 none -> \w+\)",
    ):
        Campaign(_config(seeded, f"{models}:sum_u8"), library).run()
    with pytest.raises(StoreError, match="seed_modules"):
        Campaign(_config(seeded), library).run()  # nor without one
    progress = Campaign(_config(seeded, f"{models}:mlp"), library).run()
    assert progress.stopped == "max-tests" and progress.new_tests == 0
    assert _read(seeded, "SELECT * FROM tests") == before


@pytest.mark.parametrize(
    "func, says",
    [
        ("raises", "raised RuntimeError: boom"),
        ("wrong", r"must return \(nn.Module, \[example tensors\]\), got int"),
        ("missing", "no function 'missing'"),
    ],
)
def test_a_seed_module_that_cannot_be_captured_is_a_one_line_error(
    func, says, models, library, tmp_path
):
    from compiler_lab.errors import LabError

    with pytest.raises(LabError, match=f"^--seed-module {models}:{func}: .*{says}$"):
        Campaign(_config(tmp_path / "x.db", f"{models}:{func}"), library).run()
    assert not (tmp_path / "x.db").exists()  # nothing was opened, let alone written


def test_clab_fuzz_reports_a_missing_seed_file_in_one_line(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "compiler_lab", "fuzz", "--seed-module", "nope.py:build",
         "--backends", "aot_eager", "--store", str(tmp_path / "n.db"), "--rules", str(RULES),
         "--traces", str(TRACES)],
        capture_output=True, text=True, cwd=tmp_path, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"error: --seed-module nope.py:build: {(tmp_path / 'nope.py').resolve()}: no such file"
    ]
    assert not (tmp_path / "n.db").exists()
