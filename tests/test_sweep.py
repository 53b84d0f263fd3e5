"""Systematic sweeps: the most-used operators alone, across dtypes, sizes around vector
widths and value classes, walked across campaigns from where the store says it stopped."""

from __future__ import annotations

from pathlib import Path

from fuzz.campaign import sweep
from fuzz.campaign.campaign import Campaign
from fuzz.campaign.config import CampaignConfig
from fuzz.gen.config import GenConfig
from fuzz.gen.generator import Generator
from fuzz.gen.library import load
from fuzz.tables import FuzzStore

ROOT = Path(__file__).resolve().parents[1]
RULES, TRACES = ROOT / "corpora" / "rules", ROOT / "corpora" / "traces"
PLANTED = ["relu", "add", "mul", "neg"]


def _library():
    return load(str(RULES), str(TRACES)).restrict(PLANTED, None)


def test_a_sweep_reaches_every_op_dtype_and_size_of_a_planted_set():
    library = _library()
    space = sweep.cells(library)
    wanted = {(c.op, c.dtype, c.size) for c in space}
    assert {op for op, _, _ in wanted} == set(library.ops())
    assert {s for _, _, s in wanted} == set(sweep.SIZES)
    gen = Generator(library, GenConfig(), seed=3)
    assert {(c.op, c.dtype, c.size) for c in space[: len(wanted)]} == wanted  # walked first
    reached, missed = set(), []
    for cell in space[: len(wanted)]:
        g = sweep.graph_for(cell, library, gen, "g")
        if g is None:
            missed.append(cell)
            continue
        (node,) = g.nodes  # one op at a time
        x = g.graph_inputs[0]
        assert (node.op, x.dtype, g.meta["sweep"]) == (cell.op, cell.dtype, cell.to_json())
        assert cell.size in x.shape and x.range[0] > 0  # positive values first
        reached.add((cell.op, cell.dtype, cell.size))
    # every (op, dtype) reaches sizes on both sides of each vector width
    assert {(op, d) for op, d, _ in reached} == {(op, d) for op, d, _ in wanted}, missed
    assert len(missed) <= len(wanted) // 10, missed


def test_value_classes_draw_what_they_say():
    library = _library()
    gen = Generator(library, GenConfig(), seed=1)
    for values, check in [
        ("negative", lambda s: s.range[1] < 0),
        ("positive", lambda s: s.range[0] > 0),
        ("ends", lambda s: s.pattern in ("limits", "special")),
    ]:
        cell = sweep.Cell("aten.neg.default", "float32", 16, values)
        g = sweep.graph_for(cell, library, gen, "g")
        assert g is not None and all(check(s) for s in g.graph_inputs), g.graph_inputs


def test_campaigns_spend_their_sweep_share_and_go_on_where_the_last_stopped(tmp_path):
    def campaign(seed: int) -> list:
        cfg = CampaignConfig(
            store=tmp_path / "s.db",
            seed=seed,
            backends=["aot_eager"],
            max_tests=16,
            batch_size=8,
            dtypes=("float32",),
            sweep_share=0.5,  # batch 1 of every 2
        )
        Campaign(cfg, _library()).run()
        store = FuzzStore(cfg.store, readonly=True)
        cid = store.db.execute("SELECT id FROM campaigns WHERE seed=?", (seed,)).fetchone()[0]
        swept = [g.meta["sweep"] for g in store.batch_graphs(cid, 1, "all")]
        plain = store.batch_graphs(cid, 0, "all")
        (cursor,) = store.db.execute("SELECT next FROM sweeps").fetchone()
        store.close()
        assert all("sweep" not in g.meta for g in plain) and len(swept) == 8
        return swept, cursor

    first, cursor = campaign(1)
    second, later = campaign(2)
    assert cursor >= 8 and later >= cursor + 8
    assert first != second  # the second night went on from where the first stopped
