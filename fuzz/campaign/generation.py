"""A batch's graphs: generated from (seed, batch, group) with the store's op counts and
penalties steering them, or, one batch in 1/sweep_share, the next cells of the group's
sweep; in a seeded campaign, batch 0 starts with the seed modules' graphs and a share of
every batch are slices of them (seeds.py). Stored before any is tested, so a resumed
campaign tests exactly the same graphs.

Drawing runs ahead (`Ahead`): batch b+1 is drawn on a thread while batch b is tested, so
the coordinator does not wait on it and the value search's eager runs use the core the
compiling workers leave idle. For that, what steers batch b+1 is read (`plan`) when batch
b starts: the op counts of tests before batch b (one batch behind), and the buckets known
then. Batch b+1 is stored before anything of batch b is recorded, so a campaign stopped at
any point resumes with the graphs it would have drawn: before that point the store holds
exactly what the plan read; after it, batch b+1 is stored."""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

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


@dataclass
class Plan:
    """Everything batch `b` of `group` is drawn from, read from the store: drawing it
    (`draw`) touches no store, so it can run on another thread."""

    b: int
    group: str
    library: OpLibrary
    gen_cfg: GenConfig
    seed: int
    first: list[Graph]  # the seed modules' own graphs (batch 0 of a seeded campaign)
    names: list[str]
    seeded: seeds.SeedModels
    supports: list[Support]
    seed_share: float
    op_counts: Counter
    penalties: tuple[Counter, Counter]
    #: for a sweep batch: the space of cells, where the walk stopped, the cursor's key
    sweep: tuple[list[sweep.Cell], int, str] | None


def plan(
    cfg: CampaignConfig,
    b: int,
    group: str,
    backends: list[str],
    drawn_from: tuple[OpLibrary, dict[str, Support], seeds.SeedModels],
    store: FuzzStore,
    cid: int,
) -> Plan | list[Graph]:
    """Batch `b`'s graphs for `group` if they are stored, else the plan to draw them:
    steered by the op counts of the first backend's tests before batch b-1, and the
    penalties of all `backends`' buckets known now; drawn from `drawn_from` (the library,
    what each learning backend lowers, the seed modules)."""
    stored = store.batch_graphs(cid, b, group)
    if stored is not None:
        return stored
    full, support, seeded = drawn_from
    supports = [support[x] for x in backends if x in support]
    library, dtypes = group_library(cfg, full, supports)
    n = cfg.batch_size
    if cfg.max_tests is not None:
        n = min(n, cfg.max_tests - b * cfg.batch_size)
    tag = "" if group == "all" else f":{group}"
    seed = int.from_bytes(hashlib.sha256(f"{cfg.seed}:{b}{tag}".encode()).digest()[:4], "little")
    prefix = "t" if group == "all" else "m"
    first = list(seeded.graphs) if b == 0 else []  # the seeds themselves: tests 0..
    names = [f"c{cfg.seed}-{prefix}{b * cfg.batch_size + i}" for i in range(len(first), n)]
    return Plan(
        b=b,
        group=group,
        library=library,
        gen_cfg=GenConfig(max_nodes=cfg.max_nodes, dtypes=dtypes),
        seed=seed,
        first=first,
        names=names,
        seeded=seeded,
        supports=supports,
        seed_share=cfg.seed_share,
        op_counts=Counter(store.op_counts(cid, max(0, b - 1) * cfg.batch_size, backends[0])),
        penalties=steering.penalties(store, backends),
        sweep=_sweep_plan(cfg, b, group, library, dtypes, store),
    )


def draw(p: Plan, values) -> tuple[list[Graph], int | None]:
    """The plan's graphs, and where its sweep goes on (None: not a sweep batch)."""
    gen = Generator(p.library, p.gen_cfg, seed=p.seed, values=values)
    gen.op_counts = Counter(p.op_counts)
    gen.op_penalty, gen.pair_penalty = p.penalties
    graphs, nxt = list(p.first), None
    if p.sweep is not None:
        space, start, _ = p.sweep
        swept, nxt = sweep.next_graphs(space, start, len(p.names), p.library, gen, p.names)
        # a space too small for a batch: fill it as usual
        graphs += swept + [gen.generate(name) for name in p.names[len(swept) :]]
    else:
        cut = round(p.seed_share * len(p.names)) if p.seeded.graphs else 0
        keep = seeds.node_keeper(p.supports)
        graphs += seeds.slices(p.seeded, p.names[:cut], gen, keep)
        graphs += [gen.generate(name) for name in p.names[cut:]]
    return graphs, nxt


def save(store: FuzzStore, cid: int, p: Plan, graphs: list[Graph], nxt: int | None) -> None:
    """Store a drawn batch, and move its sweep's cursor on."""
    if p.sweep is not None and nxt is not None:
        store.set_sweep_cursor(p.sweep[2], nxt)
    store.save_batch_graphs(cid, p.b, p.group, [g.dumps() for g in graphs])


def _sweep_plan(
    cfg: CampaignConfig,
    b: int,
    group: str,
    library: OpLibrary,
    dtypes: tuple[str, ...],
    store: FuzzStore,
) -> tuple[list[sweep.Cell], int, str] | None:
    """If batch `b` is a sweep batch (one in 1/sweep_share): its space of cells, where the
    group's sweep stopped, and the cursor's key; else None."""
    share = cfg.sweep_share
    period = max(1, round(1 / share)) if share > 0 else 0
    if not period or b % period != period - 1:
        return None
    space = [c for c in sweep.cells(library) if c.dtype in dtypes]
    key = f"{group}:{library.digest()}"
    return space, store.sweep_cursor(key), key


class Ahead:
    """Batches drawn on one thread while the coordinator tests the batch before: `start`
    a plan, `land` its graphs (stored then, in the coordinator, which alone writes the
    store). Seconds spent drawing on the thread, and waiting for it, are kept apart."""

    def __init__(self, values) -> None:
        self.values = values
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="draw-ahead")
        self._pending: dict[tuple[int, str], tuple[Plan, Future]] = {}
        self.drawing_s = 0.0

    def start(self, p: Plan | list[Graph]) -> None:
        """Draw `p` on the thread (a stored batch needs nothing)."""
        if isinstance(p, Plan) and (p.b, p.group) not in self._pending:
            self._pending[(p.b, p.group)] = (p, self._thread.submit(self._timed, p))

    def land(self, store: FuzzStore, cid: int) -> None:
        """Wait for the drawings started and store them: called before anything is recorded,
        so the store never holds a result the drawing's plan did not see without the
        drawing itself."""
        while self._pending:
            p, future = self._pending.pop(next(iter(self._pending)))
            save(store, cid, p, *future.result())

    def _timed(self, p: Plan) -> tuple[list[Graph], int | None]:
        t0 = time.monotonic()
        try:
            return draw(p, self.values)
        finally:
            self.drawing_s += time.monotonic() - t0

    def __enter__(self) -> Ahead:
        return self

    def __exit__(self, *exc: object) -> None:
        """Wait for a drawing in flight (it uses the value search) and drop what was not
        landed: a resumed campaign plans it again from the same store."""
        self._thread.shutdown(wait=True, cancel_futures=True)
        self._pending.clear()


def now(p: Plan | list[Graph], values, store: FuzzStore, cid: int) -> list[Graph]:
    """A batch's graphs: those stored, or `p` drawn in the coordinator and stored."""
    if not isinstance(p, Plan):
        return p
    graphs, nxt = draw(p, values)
    save(store, cid, p, graphs, nxt)
    return graphs
