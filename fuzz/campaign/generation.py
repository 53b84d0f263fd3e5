"""A batch's graphs: generated from (seed, batch, group) with the store's op counts and
penalties steering them, or, one batch in 1/sweep_share, the next cells of the group's
sweep; in a seeded campaign, batch 0 starts with the seed modules' graphs and a share of
every batch are slices of them (seeds.py). Stored before any is tested, so a resumed
campaign tests exactly the same graphs."""

from __future__ import annotations

import hashlib
from collections import Counter

from compiler_lab import backends as registry
from compiler_lab.ir.graph import Graph
from fuzz.campaign import seeds, steering, sweep
from fuzz.campaign.config import CampaignConfig
from fuzz.gen.config import ALL_DTYPES, GenConfig
from fuzz.gen.generator import Generator
from fuzz.gen.library import OpLibrary
from fuzz.gen.lowerable import Support
from fuzz.tables import FuzzStore


def group_library(
    cfg: CampaignConfig, library: OpLibrary, supports: list[Support]
) -> tuple[OpLibrary, tuple[str, ...]]:
    """The library and dtypes a group's graphs are drawn from: for backends that learn
    what they lower (`supports`), the pairs all of them take."""
    dtypes = tuple(cfg.dtypes or ALL_DTYPES)
    if not supports:
        return library, dtypes
    gaps = {d for s in supports for d in registry.REGISTRY[s.backend].dtype_gaps}
    library = library.select(lambda e: all(s.allows(e) for s in supports))
    return library, tuple(d for d in dtypes if d not in gaps)


def batch_graphs(
    cfg: CampaignConfig,
    b: int,
    group: str,
    backends: list[str],
    drawn_from: tuple[OpLibrary, dict[str, Support], seeds.SeedModels],
    store: FuzzStore,
    cid: int,
    values,
) -> list[Graph]:
    """Batch `b`'s graphs for `group`, whose `backends` steer them (the first one's op
    counts, all their buckets' penalties): from the store if they were drawn before, else
    drawn from `drawn_from` (the library, what each learning backend lowers, the seed
    modules) and stored."""
    stored = store.batch_graphs(cid, b, group)
    if stored is not None:
        return stored
    full, support, seeded = drawn_from
    supports = [support[x] for x in backends if x in support]
    library, dtypes = group_library(cfg, full, supports)
    n = cfg.batch_size
    if cfg.max_tests is not None:
        n = min(n, cfg.max_tests - b * cfg.batch_size)
    gen_cfg = GenConfig(max_nodes=cfg.max_nodes, dtypes=dtypes)
    tag = "" if group == "all" else f":{group}"
    seed = int.from_bytes(hashlib.sha256(f"{cfg.seed}:{b}{tag}".encode()).digest()[:4], "little")
    gen = Generator(library, gen_cfg, seed=seed, values=values)
    gen.op_counts = Counter(store.op_counts(cid, b * cfg.batch_size, backends[0]))
    gen.op_penalty, gen.pair_penalty = steering.penalties(store, backends)
    prefix = "t" if group == "all" else "m"
    first = list(seeded.graphs) if b == 0 else []  # the seeds themselves: tests 0..
    names = [f"c{cfg.seed}-{prefix}{b * cfg.batch_size + i}" for i in range(len(first), n)]
    graphs = first + (_sweep(cfg, b, group, library, dtypes, gen, names, store) or [])
    if len(graphs) == len(first):
        cut = round(cfg.seed_share * len(names)) if seeded.graphs else 0
        keep = seeds.node_keeper(supports)
        graphs += seeds.slices(seeded, names[:cut], gen, keep)
        graphs += [gen.generate(name) for name in names[cut:]]
    store.save_batch_graphs(cid, b, group, [g.dumps() for g in graphs])
    return graphs


def _sweep(
    cfg: CampaignConfig,
    b: int,
    group: str,
    library: OpLibrary,
    dtypes: tuple[str, ...],
    gen: Generator,
    names: list[str],
    store: FuzzStore,
) -> list[Graph]:
    """Batch `b`'s graphs if it is a sweep batch (one in 1/sweep_share): the next cells
    of the group's sweep, from where the store says it stopped; else none."""
    share = cfg.sweep_share
    period = max(1, round(1 / share)) if share > 0 else 0
    if not period or b % period != period - 1:
        return []
    space = [c for c in sweep.cells(library) if c.dtype in dtypes]
    key = f"{group}:{library.digest()}"
    graphs, nxt = sweep.next_graphs(space, store.sweep_cursor(key), len(names), library,
                                    gen, names)  # fmt: skip
    store.set_sweep_cursor(key, nxt)
    if len(graphs) < len(names):  # a space too small for a batch: fill it as usual
        graphs += [gen.generate(name) for name in names[len(graphs) :]]
    return graphs
