"""A fuzz campaign: generate graphs in deterministic batches, test them against each
backend in the sandbox (batched compiles where they pay), bucket the findings, and commit
every batch to the store before moving on.

Backends are tested in groups, each with its own graphs. Backends that take (nearly) every
op share graphs from the whole library. Backends that reject many ops by design (the MLIR
paths: torch-mlir, IREE, turbine) share graphs drawn only from the (op, dtype) pairs that
all of them lower (support.py): they share the FX importer and torch-mlir's conversions, so
the intersection costs them little, and a graph that runs on both tells a finding of the
shared frontend from one backend's own. Drawing Inductor's graphs from that intersection
would cost it most of its ops, hence the two groups.

Test `i` of a group is always the same graph: batch `b` is drawn from (seed, b, group) and
what the store held when batch b-1 began (generation.py draws it then, on a thread), and it
is stored before anything of batch b-1 is recorded. So a campaign killed at any moment
resumes with exactly the tests it would have run; the store's uniqueness on (campaign,
index, backend) means none is recorded twice.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from compiler_lab import backends as registry
from compiler_lab import versions
from compiler_lab.execution import batch, lab
from compiler_lab.findings import cases, mlir_repro
from compiler_lab.findings.keys import bucket_key, localize
from compiler_lab.findings.perf import PERF_OUTLIER
from compiler_lab.ir.graph import Graph
from compiler_lab.sandbox.calls import Call
from compiler_lab.storage.store import StoreError, TestRow
from fuzz.campaign import executor as executors
from fuzz.campaign import generation, modes, seeds, steering
from fuzz.campaign import support as supports
from fuzz.campaign.config import CampaignConfig, Progress
from fuzz.campaign.coverage import coverage_percent
from fuzz.gen.config import GenConfig
from fuzz.gen.library import OpLibrary
from fuzz.gen.lowerable import Support
from fuzz.oracles import decision
from fuzz.tables import FuzzStore
from fuzz.values.checker import SandboxedValueSearch

#: graphs per merged compile, for backends whose contract allows batching
K_MIN, K_START, K_MAX = 2, 8, 24


class Campaign:
    def __init__(
        self,
        config: CampaignConfig,
        library: OpLibrary,
        on_progress: Callable[[Progress], None] | None = None,
    ) -> None:
        self.cfg = config
        self.library = library
        self.on_progress = on_progress
        self.progress = Progress()
        self.stop_reason = ""
        self.k = {b: K_START for b in config.backends}
        self.support: dict[str, Support] = {}
        self.oracle = modes.oracle(config)
        #: per backend, the culprit ops of its known crashes: graphs with them compile alone
        self.crash_culprits: dict[str, set[str]] = {}

    def groups(self) -> list[tuple[str, list[str]]]:
        """(group name, backends): "all" for backends that take the whole library,
        "lowered" for those that learn what they lower."""
        learning = [b for b in self.cfg.backends if registry.REGISTRY[b].learns_support]
        plain = [b for b in self.cfg.backends if b not in learning]
        return [(name, bs) for name, bs in (("all", plain), ("lowered", learning)) if bs]

    # ---- lifecycle -------------------------------------------------------------------------
    def request_stop(self, reason: str) -> None:
        self.stop_reason = reason

    @functools.cached_property
    def seed_models(self) -> seeds.SeedModels:
        """The seed modules, captured once in a sandboxed worker (by run(), before the store)."""
        return seeds.capture(self.cfg.seed_modules, self.cfg.timeout_s, self.cfg.memory_mb)

    def identity(self) -> dict[str, Any]:
        """Everything that decides the campaign's graphs: a resume under another identity
        would continue one campaign with another's tests, so the store refuses it."""
        cfg = self.cfg
        generator = dataclasses.asdict(GenConfig(max_nodes=cfg.max_nodes))
        return {
            "library": self.library.digest(),
            "filters": {"include": cfg.include, "exclude": cfg.exclude, "dtypes": cfg.dtypes},
            "generator": json.loads(json.dumps(generator, default=str)),
            "versions": {k: v for k, v in versions.collect().items() if k != "platform"},
            **self.seed_models.identity(cfg.seed_share),
        }

    def _open(self, store: FuzzStore) -> tuple[int, bool]:
        cfg = self.cfg
        keys = ("backends", "max_nodes", "options", "batch_size", "dtypes", "include", "exclude")
        config = {k: getattr(cfg, k) for k in keys} | {"seed_modules": cfg.seed_modules}
        return store.campaign(cfg.name, cfg.seed, config, self.identity())

    def _install_signals(self) -> None:
        def handler(signum: int, frame: Any) -> None:
            if self.stop_reason:  # a second signal: stop now
                raise KeyboardInterrupt
            self.request_stop(signal.Signals(signum).name)

        signal.signal(signal.SIGINT, handler)
        signal.signal(signal.SIGTERM, handler)

    def run(self) -> Progress:
        cfg = self.cfg
        seeded = self.seed_models.graphs  # captured before the store is touched
        self._install_signals()
        store = FuzzStore(cfg.store)
        try:
            store.acquire_writer()
            cid, _ = self._open(store)
        except StoreError:
            store.close()
            raise
        self.progress.tests = len(store.done_indices(cid))
        sandbox, pool = executors.for_campaign(cfg, store.path)
        deadline = time.monotonic() + cfg.budget_s
        try:
            with pool, SandboxedValueSearch() as values, generation.Ahead(values) as ahead:
                self.ahead = ahead
                self._probe(store, pool)
                self._repair_cases(store, cid, pool)
                self._test_seeds(list(seeded), store, cid, pool)
                b = 0
                while not self.stop_reason:
                    first = b * cfg.batch_size
                    if cfg.max_tests is not None and first >= cfg.max_tests:
                        self.stop_reason = "max-tests"
                        break
                    if time.monotonic() > deadline:
                        self.stop_reason = "budget"
                        break
                    self._batch(b, store, cid, pool, values)
                    b += 1
                    if cfg.coverage:
                        store.sample(cid, *coverage_percent(sandbox.coverage_dir))
                    else:
                        store.sample(cid)
        finally:
            store.set_status(cid, f"stopped:{self.stop_reason or 'error'}")
            store.close()
        self.progress.stopped = self.stop_reason
        return self.progress

    def _probe(self, store: FuzzStore, pool) -> None:
        """Ask each learning backend about the library's pairs its version has not been
        asked about (cached per version, shipped for the pinned ones)."""
        for backend in (b for _, bs in self.groups() for b in bs):
            if not registry.REGISTRY[backend].learns_support:
                continue

            def tick(done: int, total: int, backend: str = backend) -> None:
                self.progress.status = f"probing {backend}: {done}/{total} single-op graphs"
                self._tell()

            self.support[backend] = supports.ensure_probed(store, backend, self.library, pool, tick)
        self.progress.status = ""

    def _repair_cases(self, store: FuzzStore, cid: int, pool) -> None:
        """Write the cases of buckets that have none on disk (a store from before cases were
        written first, or a case deleted): their first test is run again and its case
        written when it lands in the same bucket."""
        for row in store.missing_cases(cid):
            if self.stop_reason:
                return
            graph = store.graph(row["graph_blob"])
            options = json.loads(row["options"])
            self.progress.status = f"rewriting the missing case of {row['key'][:60]}"
            self._tell()
            (v,) = lab.run([lab.LabRequest(graph, row["backend"], options)], pool,
                           oracle=self.oracle)  # fmt: skip
            if bucket_key(v, self._localize(v, pool)) == row["key"]:
                store.set_case_dir(
                    row["key"], str(cases.write_case(store.case_root(row["key"]), v))
                )
        self.progress.status = ""

    def _test_seeds(self, graphs: list[Graph], store: FuzzStore, cid: int, pool) -> None:
        """The seed modules' graphs (tests 0.. of batch 0) on every backend before any other
        test, each compiled alone with the campaign's options: as `clab run --module` runs
        them, so with its verdicts, buckets and cases."""
        graphs = [modes.graph(self.cfg, g) for g in graphs]
        for backend in self.cfg.backends:
            todo = sorted(set(range(len(graphs))) - set(store.tested(cid, backend, 0, len(graphs))))
            options = modes.options(self.cfg, backend)
            if todo and not self.stop_reason:
                verdicts = self._test(backend, [graphs[i] for i in todo], todo, options, pool,
                                      perf=self.cfg.perf, merge=False)  # fmt: skip
                if not self.stop_reason:
                    self._record(0, backend, todo, verdicts, options, store, cid, pool)

    # ---- one batch ---------------------------------------------------------------------------
    def _batch(self, b: int, store: FuzzStore, cid: int, pool, values) -> None:
        done = store.done_indices(cid)
        indices: list[int] = []
        for group, backends in self.groups():
            if self.stop_reason:
                return
            indices = self._group_batch(b, group, backends, store, cid, pool, values)
        self.progress.tests = len(done | set(indices))

    def _group_batch(
        self, b: int, group: str, backends: list[str], store: FuzzStore, cid: int, pool, values
    ) -> list[int]:
        cfg = self.cfg
        first = b * cfg.batch_size
        t0 = time.monotonic()
        drawn_from = (self.library, self.support, self.seed_models)
        self.ahead.land(store, cid)  # batch b, if drawn while batch b-1 was tested
        drawn = generation.now(generation.plan(cfg, b, group, backends, drawn_from, store, cid),
                               values, store, cid)  # fmt: skip
        if cfg.max_tests is None or first + cfg.batch_size < cfg.max_tests:
            self.ahead.start(generation.plan(cfg, b + 1, group, backends, drawn_from, store, cid))
        graphs = [modes.graph(cfg, g) for g in drawn]
        self.crash_culprits |= {x: steering.crash_culprits(store, x) for x in backends}
        self.progress.seconds["generate"] += time.monotonic() - t0
        self.progress.seconds["generate (ahead, on its thread)"] = self.ahead.drawing_s
        indices = list(range(first, first + len(graphs)))
        for backend in backends:
            if self.stop_reason:
                return indices
            have = store.tested(cid, backend, first, first + len(graphs))
            todo = [i for i in indices if i not in have]
            options = modes.options(cfg, backend)
            if backend == "inductor" and cfg.alternate_wrapper and "cpp_wrapper" not in options:
                # both real configurations: cpp_wrapper compiles a merged batch in one g++
                # run, the default wrapper builds every kernel on its own (about 3x slower
                # per test here), so it gets one batch in four
                options["cpp_wrapper"] = b % 4 != 3
            if todo:
                t0 = time.monotonic()
                verdicts = self._test(backend, [graphs[i - first] for i in todo], todo, options,
                                      pool, perf=cfg.perf)  # fmt: skip
                self.progress.seconds[f"test:{backend}"] += time.monotonic() - t0
                if self.stop_reason:  # tests in flight when the stop came: discarded, not kept
                    return indices
                self._record(b, backend, todo, verdicts, options, store, cid, pool)
            if cfg.decisions:
                self._decision_arm(b, backend, graphs, first, options, store, cid, pool)
        if any(b in self.support for b in backends):  # what this batch taught the filter
            for backend in backends:
                self.support[backend] = Support.from_store(store, backend)
        return indices

    def _record(
        self,
        b: int,
        backend: str,
        todo: list[int],
        verdicts: list[lab.Verdict],
        options: dict[str, Any],
        store: FuzzStore,
        cid: int,
        pool,
        arm: str = "",
    ) -> None:
        """Record one backend's (or arm's) verdicts on batch `b`, with the cases of the
        buckets they open."""
        self.ahead.land(store, cid)  # the next batch is stored before this one's results
        rows, finds = self._rows(b, backend, todo, verdicts, options, pool, arm)
        evidence = [u for v in verdicts for u in supports.evidence(v)] if not arm else []
        version = registry.REGISTRY[backend].version()
        # a new bucket's case is on disk before its row is committed: a kill between
        # the two leaves a case to overwrite, never a bucket without one
        fresh = set(finds) - store.known_buckets(set(finds)) if finds else set()
        written = {k: str(cases.write_case(store.case_root(k), finds[k])) for k in fresh}
        self._mlir_reproducers([(written[k], finds[k]) for k in sorted(fresh)], pool)
        new = store.record(cid, rows, support=(backend, version, evidence), cases=written)
        self.progress.add(rows, new)
        self._tell()

    def _mlir_reproducers(self, written: list[tuple[str, lab.Verdict]], pool) -> None:
        """A new crash bucket inside an MLIR pass or compiler gets its MLIR-level reproducer
        (findings.mlir_repro) beside its case; one that cannot be isolated gets none."""
        todo = [mlir_repro.request(Path(case), v.to_json()) for case, v in written]
        calls = [Call(mlir_repro.write_reproducer, r) for r in todo if r is not None]
        if calls:
            pool.call_many(calls, should_stop=self._stopping)

    def _decision_arm(
        self,
        b: int,
        backend: str,
        graphs: list[Graph],
        first: int,
        options: dict[str, Any],
        store: FuzzStore,
        cid: int,
        pool,
    ) -> None:
        """Run batch `b`'s tests on `backend` once more under one of its decisions (drawn
        per batch), each judged against the same test under the defaults (fuzz.oracles.
        decision), and record them as the backend's `decisions` arm."""
        catalogue = self.cfg.decision_sets.get(backend, registry.REGISTRY[backend].decisions)
        if not catalogue:
            return
        names = sorted(catalogue)
        name = names[(self.cfg.seed + b) % len(names)]
        defaults = store.tested(cid, backend, first, first + len(graphs))
        done = store.tested(cid, f"{backend}@{decision.ARM}", first, first + len(graphs))
        todo = sorted(i for i in defaults if i not in done)
        if not todo or self.stop_reason:
            return
        forced = options | catalogue[name]
        t0 = time.monotonic()
        verdicts = self._test(backend, [graphs[i - first] for i in todo], todo, forced, pool)
        self.progress.seconds[f"test:{backend}@{decision.ARM}"] += time.monotonic() - t0
        if self.stop_reason:
            return
        judged = [
            decision.judge(defaults[i], v, name, catalogue[name])
            for i, v in zip(todo, verdicts, strict=True)
        ]
        self._record(b, backend, todo, judged, forced, store, cid, pool, decision.ARM)

    def _test(
        self,
        backend: str,
        graphs: list[Graph],
        indices: list[int],
        options: dict[str, Any],
        pool,
        perf: bool = False,
        merge: bool = True,
    ) -> list[lab.Verdict]:
        hooks = {j: self.cfg.hooks[i] for j, i in enumerate(indices) if i in self.cfg.hooks}
        if (
            merge
            and self.cfg.batching
            and registry.REGISTRY[backend].batched
            and not perf
            and modes.merges(self.cfg)
        ):
            # K graphs per compile, one compile per worker in flight at a time
            k = max(K_MIN, min(self.k[backend], -(-len(graphs) // self.cfg.workers)))
            crashers = set(self.crash_culprits.get(backend, ()))
            alone = {j for j, g in enumerate(graphs) if crashers & set(g.ops())}
            verdicts, stats = batch.run_batched(
                graphs, backend, options, pool, hooks=hooks, k=k, alone=alone,
                should_stop=self._stopping, oracle=self.oracle,
            )  # fmt: skip
            self.progress.add_compiles(stats)
            # adapt K: grow while batches pass in one compile, shrink when they split
            self.k[backend] = min(K_MAX, k * 2) if stats["splits"] == 0 else max(K_MIN, k // 2)
            self.progress.k = dict(self.k)
            return verdicts
        probes = PERF_OUTLIER.requests if perf else ()
        requests = [lab.LabRequest(g, backend, options, hook=hooks.get(j), probes=probes)
                    for j, g in enumerate(graphs)]  # fmt: skip
        self.progress.compiles += len(requests)
        return lab.run(requests, pool, should_stop=self._stopping, oracle=self.oracle)

    def _tell(self) -> None:
        if self.on_progress:
            self.on_progress(self.progress)

    def _stopping(self) -> bool:
        return bool(self.stop_reason)

    def _rows(
        self,
        b: int,
        backend: str,
        indices: list[int],
        verdicts: list[lab.Verdict],
        options: dict[str, Any],
        pool,
        arm: str = "",
    ) -> tuple[list[TestRow], dict[str, lab.Verdict]]:
        rows, finds = [], {}
        for i, v in zip(indices, verdicts, strict=True):
            t0 = time.monotonic()
            key = bucket_key(v, self._localize(v, pool))
            self.progress.seconds["localize"] += time.monotonic() - t0
            if key is not None:
                finds.setdefault(key, v)
            rows.append(TestRow.of(v, i, key, options, b, arm))
        return rows, finds

    def _localize(self, v: lab.Verdict, pool) -> str | None:
        """The culprit of a mismatch, by the campaign's oracle, if the campaign localizes."""
        return localize(v, pool, self.oracle) if self.cfg.localize else None
