"""The campaign store's tables and rows: its schema, the columns added since, the check that
a file is a store, and the row a test is recorded as."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from compiler_lab.errors import LabError

if TYPE_CHECKING:
    from compiler_lab.lab import Verdict

SCHEMA = """
CREATE TABLE IF NOT EXISTS campaigns (
    id INTEGER PRIMARY KEY, name TEXT UNIQUE, seed INTEGER, config TEXT,
    started REAL, updated REAL, status TEXT, identity TEXT);
CREATE TABLE IF NOT EXISTS tests (
    id INTEGER PRIMARY KEY, campaign INTEGER, idx INTEGER, backend TEXT, graph_hash TEXT,
    graph_blob TEXT, options TEXT, verdict TEXT, stage TEXT, reason TEXT, bucket TEXT,
    dtype TEXT, ops TEXT, nodes INTEGER, batch INTEGER, seconds REAL, created REAL,
    UNIQUE (campaign, idx, backend));
CREATE INDEX IF NOT EXISTS tests_bucket ON tests (bucket);
CREATE TABLE IF NOT EXISTS buckets (
    key TEXT PRIMARY KEY, kind TEXT, backend TEXT, stage TEXT, exc_type TEXT, message TEXT,
    first_test INTEGER, smallest_test INTEGER, smallest_nodes INTEGER, count INTEGER,
    first_seen REAL, last_seen REAL, case_dir TEXT, reduced TEXT, signature TEXT, root TEXT);
CREATE TABLE IF NOT EXISTS op_coverage (
    campaign INTEGER, op TEXT, count INTEGER, PRIMARY KEY (campaign, op));
CREATE TABLE IF NOT EXISTS samples (
    campaign INTEGER, t REAL, tests INTEGER, ops INTEGER, buckets INTEGER,
    line_pct REAL, branch_pct REAL);
CREATE TABLE IF NOT EXISTS batches (
    campaign INTEGER, batch INTEGER, grp TEXT, graphs TEXT, PRIMARY KEY (campaign, batch, grp));
CREATE TABLE IF NOT EXISTS support (
    backend TEXT, version TEXT, op TEXT, dtype TEXT, lowered INTEGER, skipped INTEGER,
    reason TEXT, source TEXT, PRIMARY KEY (backend, version, op, dtype));
"""


class StoreError(LabError):
    """A store that cannot be used as asked: in use by another campaign, a damaged blob, a
    campaign resumed with different settings."""


#: (op, dtype, lowered, skipped, reason, source): one piece of evidence of what a backend lowers
SupportUpdate = tuple[str, str, int, int, str, str]


@dataclass
class TestRow:
    idx: int
    backend: str
    graph_hash: str
    graph_json: str
    options: dict[str, Any]
    verdict: str
    stage: str
    reason: str
    bucket: str | None
    dtype: str
    ops: list[str]
    batch: int
    seconds: float
    # for buckets
    kind: str = ""
    exc_type: str = ""
    message: str = ""

    @classmethod
    def of(
        cls, v: Verdict, idx: int, bucket: str | None, options: dict[str, Any], batch: int = 0
    ) -> TestRow:
        """The row of verdict `v`, test `idx`, in `bucket` (None when it is no finding)."""
        kind, exc_type, message = "", "", ""
        if v.verdict in ("crash", "hang") and v.failure is not None:
            kind, exc_type, message = v.verdict, v.failure.exc_type, v.failure.message
        elif v.verdict in ("mismatch", "perf-outlier"):
            kind, message = v.verdict, v.reason
        return cls(
            idx=idx,
            backend=v.backend,
            graph_hash=v.graph.content_hash(),
            graph_json=v.graph.dumps(),
            options=options,
            verdict=v.verdict,
            stage=v.stage,
            reason=v.reason[:2000],
            bucket=bucket,
            dtype=v.graph.graph_inputs[0].dtype if v.graph.graph_inputs else "",
            ops=v.graph.ops(),
            batch=batch,
            seconds=sum(t for t in v.timings.values() if isinstance(t, int | float)),
            kind=kind,
            exc_type=exc_type,
            message=message,
        )


def create(db: sqlite3.Connection) -> None:
    """Create what is missing, and add the columns added since a store was created: added
    empty, nothing rewritten."""
    db.executescript(SCHEMA)
    for table, columns in (("buckets", ("signature", "root")), ("campaigns", ("identity",))):
        have = {r[1] for r in db.execute(f"PRAGMA table_info({table})")}
        for column in columns:
            if column not in have:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")


def check(db: sqlite3.Connection, path: Path) -> None:
    """A file that is not (yet) a store says so, instead of failing later on a missing
    table: a campaign creating its store leaves a short window where the file exists with
    no tables."""
    try:
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as e:
        raise StoreError(f"{path}: not a compiler_lab store ({e})") from None
    missing = {"campaigns", "tests", "buckets"} - names
    if missing:
        raise StoreError(
            f"{path}: not a compiler_lab store, or one still being created "
            f"(no table {', '.join(sorted(missing))})"
        )
