"""What a campaign is asked to do (CampaignConfig, whose name identifies it in a store)
and what it has done so far (Progress)."""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compiler_lab.storage.store import TestRow

#: what a campaign tests by default: the compilers, without the cheap aot_eager tier
CAMPAIGN_BACKENDS = ["inductor", "torch-mlir", "iree"]
#: the share of a seeded campaign's generated graphs that are slices of its seed modules
SEED_SHARE = 0.25


@dataclass
class CampaignConfig:
    store: Path
    seed: int = 0
    backends: list[str] = field(default_factory=lambda: list(CAMPAIGN_BACKENDS))
    workers: int = 2
    budget_s: float = 3600.0
    max_tests: int | None = None
    batch_size: int = 24
    max_nodes: int = 10
    dtypes: tuple[str, ...] | None = None
    #: the `--include`/`--exclude` op filters the library was restricted with
    include: tuple[str, ...] | None = None
    exclude: tuple[str, ...] | None = None
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    batching: bool = True
    alternate_wrapper: bool = True
    localize: bool = True
    executor: str = "local"
    ray_address: str | None = None
    timeout_s: float = 180.0
    memory_mb: int = 8192
    coverage: bool = False
    #: the performance oracle: every test also timed against eager (compiles one graph at a
    #: time, since a merged compile's time says nothing about one graph)
    perf: bool = False
    #: "inference", or "train": every test a forward and a backward (the torch backends'
    #: `train` option), judged by the `train` oracle (fuzz.oracles.train)
    mode: str = "inference"
    #: the share of batches that are systematic sweeps (sweep.py: the most-used operators
    #: alone, across dtypes, sizes around vector widths and value classes); 0: none
    sweep_share: float = 0.2
    #: decision fuzzing: each test is also run under one of its backend's `decisions` (one
    #: drawn per batch, so a batch still compiles as one), and judged against the default run
    decisions: bool = False
    #: the decisions to draw from instead of a backend's own, by backend: name -> options
    decision_sets: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    #: the user's models (`FILE.py:FUNC`) the campaign is seeded with (fuzz/campaign/seeds.py):
    #: part of its identity, not of its name, so a resume with other ones is refused
    seed_modules: tuple[str, ...] = ()
    #: the share of each batch's generated graphs that are slices of the seed modules
    seed_share: float = SEED_SHARE
    #: Inductor's on-disk cache (default: the lab's shared one); benchmarks use a fresh one
    inductor_cache_dir: Path | None = None
    #: test-only: test index -> sandbox hook ("segfault", "hang", "oom")
    hooks: dict[int, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        body = json.dumps(
            [
                self.seed,
                sorted(self.backends),
                self.max_nodes,
                self.dtypes,
                self.options,
                self.batch_size,
                *([self.include, self.exclude] if self.include or self.exclude else []),
                *([self.decision_sets or "decisions"] if self.decisions else []),
                *([self.mode] if self.mode != "inference" else []),
                *([f"sweep={self.sweep_share}"] if self.sweep_share != 0.2 else []),
            ],
            sort_keys=True,
        )
        return f"s{self.seed}-{hashlib.sha1(body.encode()).hexdigest()[:8]}"


@dataclass
class Progress:
    tests: int = 0
    new_tests: int = 0
    verdicts: Counter = field(default_factory=Counter)
    buckets: set = field(default_factory=set)
    new_buckets: list = field(default_factory=list)
    ops: set = field(default_factory=set)
    started: float = field(default_factory=time.monotonic)
    compiles: int = 0
    splits: int = 0
    confirms: int = 0  # merged-compile mismatches re-run alone
    k: dict = field(default_factory=dict)
    stopped: str = ""
    status: str = ""  # what the campaign is doing besides testing (probing a backend)
    #: wall seconds by phase: generate, test:<backend>, localize, record
    seconds: Counter = field(default_factory=Counter)

    def add(self, rows: list[TestRow], new: list[str]) -> None:
        """Count a batch's recorded rows and the buckets they opened."""
        self.new_tests += len({r.idx for r in rows})
        self.verdicts.update(r.verdict for r in rows)
        self.buckets |= {r.bucket for r in rows if r.bucket}
        self.new_buckets += new
        for r in rows:
            self.ops.update(r.ops)

    def add_compiles(self, stats: dict[str, int]) -> None:
        """Count a batched run's compiles, splits and mismatches re-run alone."""
        self.compiles += stats["compiles"]
        self.splits += stats["splits"]
        self.confirms += stats["confirms"]

    @property
    def per_minute(self) -> float:
        minutes = (time.monotonic() - self.started) / 60
        return self.new_tests / minutes if minutes > 0 else 0.0

    @property
    def new_per_hour(self) -> float:
        """New buckets per hour of this run: the figure of merit before triage merges
        buckets into root causes (the report counts those)."""
        hours = (time.monotonic() - self.started) / 3600
        return len(self.new_buckets) / hours if hours > 0 else 0.0
