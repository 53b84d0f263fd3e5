"""Drawing ahead (fuzz/campaign/generation.py): batch b+1 is drawn on a thread while batch
b is tested, from what the store held when batch b began, and stored before anything of
batch b is recorded; the thread's graphs are the ones drawing in the coordinator gives."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from compiler_lab.ir.graph import Graph
from fuzz.campaign import generation
from fuzz.campaign.campaign import Campaign
from fuzz.campaign.config import CampaignConfig
from fuzz.gen.library import load
from fuzz.tables import FuzzStore
from fuzz.values.checker import SandboxedValueSearch

ROOT = Path(__file__).resolve().parent.parent
RULES, TRACES = ROOT / "corpora/rules", ROOT / "corpora/traces"
pytestmark = pytest.mark.skipif(not (RULES / "rules.json").exists(), reason="no rules")
SIMPLE = ["relu", "add", "mul", "sub", "mm", "sum", "tanh", "sigmoid", "permute", "cat"]


def _batches_and_rows(db: Path) -> tuple[set[int], set[int]]:
    """The batches whose graphs are stored, and those with a recorded test."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    stored = {b for (b,) in con.execute("SELECT batch FROM batches")}
    tested = {b for (b,) in con.execute("SELECT DISTINCT batch FROM tests")}
    con.close()
    return stored, tested


def test_the_next_batch_is_drawn_on_the_thread_and_stored_before_this_one_is_recorded(
    tmp_path,
):
    library = load(str(RULES), str(TRACES)).restrict(SIMPLE, None)
    cfg = CampaignConfig(
        store=tmp_path / "a.db",
        seed=11,
        backends=["aot_eager"],
        max_tests=72,
        workers=1,
        dtypes=("float32",),
        sweep_share=0.0,
    )
    seen: list[tuple[set[int], set[int]]] = []
    campaign = Campaign(cfg, library, on_progress=lambda p: seen.append(
        _batches_and_rows(cfg.store)))  # fmt: skip
    progress = campaign.run()
    assert progress.stopped == "max-tests" and progress.new_tests == 72
    assert progress.seconds["generate (ahead, on its thread)"] > 0
    # after each batch's record, the batch after it (there is one, below the 72 tests) was
    # already stored: a campaign stopped there resumes with the graphs drawn ahead
    assert seen, "no progress reported"
    for stored, tested in seen:
        assert all(b + 1 in stored for b in tested if (b + 1) * 24 < 72), (stored, tested)

    # batch 1 was planned when batch 0 began (no test recorded): drawing that plan in the
    # coordinator, from a store in the same state, gives the thread's graphs
    fresh = FuzzStore(tmp_path / "fresh.db")
    twin = Campaign(CampaignConfig(**{**cfg.__dict__, "store": tmp_path / "fresh.db"}), library)
    cid, _ = twin._open(fresh)
    plan = generation.plan(cfg, 1, "all", ["aot_eager"], (library, {}, twin.seed_models),
                           fresh, cid)  # fmt: skip
    assert isinstance(plan, generation.Plan)
    with SandboxedValueSearch() as values:
        drawn, _ = generation.draw(plan, values)
    fresh.close()
    stored = FuzzStore(cfg.store, readonly=True)
    ahead: list[Graph] = stored.batch_graphs(1, 1, "all")
    stored.close()
    assert [g.content_hash() for g in drawn] == [g.content_hash() for g in ahead]
