"""The fuzzer's own tables in a campaign store, and their queries: op coverage per campaign,
progress samples, each batch's graphs as first generated (so a resumed campaign tests the
same graphs), what each backend was seen to lower (`support`, read by generation:
`fuzz/gen/lowerable.py`), and where each systematic sweep stopped (`sweeps`). The lab's
Store knows none of them: they are registered with it (`register_tables`), so every store
this process opens for writing gets them and records them, and a command that does not
import fuzz still accepts a store that holds them.

The DDL is the text SQLite keeps, as stores from before the registration created it: a
store written then opens and resumes as it is.
"""

from __future__ import annotations

import json
import sqlite3
import time

from compiler_lab.ir.graph import Graph
from compiler_lab.storage.store import Store, Table, TestRow, register_tables

_I, _N, _T, _S = "integer", "number", "time", "text"
TABLES = (
    Table(
        "op_coverage",
        "CREATE TABLE op_coverage (\n"
        "    campaign INTEGER, op TEXT, count INTEGER, PRIMARY KEY (campaign, op))",
        {"campaign": _I, "op": _S, "count": _I},
    ),
    Table(
        "samples",
        "CREATE TABLE samples (\n"
        "    campaign INTEGER, t REAL, tests INTEGER, ops INTEGER, buckets INTEGER,\n"
        "    line_pct REAL, branch_pct REAL)",
        {"campaign": _I, "t": _T, "tests": _I, "ops": _I, "buckets": _I,
         "line_pct": _N + "?", "branch_pct": _N + "?"},
    ),
    Table(
        "batches",
        "CREATE TABLE batches (\n"
        "    campaign INTEGER, batch INTEGER, grp TEXT, graphs TEXT,"
        " PRIMARY KEY (campaign, batch, grp))",
        {"campaign": _I, "batch": _I, "grp": _S, "graphs": "JSON list of strings"},
    ),
    Table(
        "support",
        "CREATE TABLE support (\n"
        "    backend TEXT, version TEXT, op TEXT, dtype TEXT, lowered INTEGER, skipped INTEGER,\n"
        "    reason TEXT, source TEXT, PRIMARY KEY (backend, version, op, dtype))",
        {"backend": _S, "version": _S, "op": _S, "dtype": _S, "lowered": _I, "skipped": _I,
         "reason": _S, "source": _S},
    ),
    Table(
        "sweeps",
        "CREATE TABLE sweeps (key TEXT PRIMARY KEY, next INTEGER)",
        {"key": _S, "next": _I},
    ),
)  # fmt: skip
register_tables("fuzz", *TABLES)

#: (op, dtype, lowered, skipped, reason, source): one piece of evidence of what a backend lowers
SupportUpdate = tuple[str, str, int, int, str, str]


class FuzzStore(Store):
    """A campaign store with the fuzzer's tables: what campaigns, reports and generation
    read and write beyond the lab's tests and buckets."""

    #: the tables its readers need (`sweeps` only campaigns read, which create it: a store
    #: from before sweeps stays readable)
    reads = tuple(t.name for t in TABLES if t.name != "sweeps")

    def record(
        self,
        campaign: int,
        rows: list[TestRow],
        cases: dict[str, str] | None = None,
        support: tuple[str, str, list[SupportUpdate]] | None = None,
    ) -> list[str]:
        """The lab's `record`, with in the same transaction the ops covered (the tests of
        the batch's first backend) and what the backend was seen to lower (`support`:
        backend, version, updates)."""

        def also(db: sqlite3.Connection) -> None:
            for r in rows:
                if r.backend == rows[0].backend:
                    for op in r.ops:
                        db.execute(
                            "INSERT INTO op_coverage (campaign, op, count) VALUES (?, ?, 1) "
                            "ON CONFLICT (campaign, op) DO UPDATE SET count = count + 1",
                            (campaign, op),
                        )
            if support is not None:
                self._add_support(*support)

        return super().record(campaign, rows, cases, also)

    # ---- what backends lower ---------------------------------------------------------------
    def _add_support(self, backend: str, version: str, updates: list[SupportUpdate]) -> None:
        for op, dtype, lowered, skipped, reason, source in updates:
            self.db.execute(
                "INSERT INTO support VALUES (?,?,?,?,?,?,?,?) ON CONFLICT "
                "(backend, version, op, dtype) DO UPDATE SET lowered = lowered + excluded.lowered,"
                " skipped = skipped + excluded.skipped,"
                " reason = CASE WHEN excluded.reason != '' THEN excluded.reason ELSE reason END",
                (backend, version, op, dtype, lowered, skipped, reason, source),
            )

    def add_support(self, backend: str, version: str, updates: list[SupportUpdate]) -> None:
        with self.db:
            self._add_support(backend, version, updates)

    def support(self, backend: str, version: str) -> dict[tuple[str, str], sqlite3.Row]:
        """Evidence per (op, dtype) of what `backend` at `version` lowers."""
        rows = self.db.execute(
            "SELECT * FROM support WHERE backend=? AND version=?", (backend, version)
        )
        return {(r["op"], r["dtype"]): r for r in rows}

    def support_versions(self) -> list[tuple[str, str]]:
        return [tuple(r) for r in self.db.execute("SELECT DISTINCT backend, version FROM support")]

    # ---- a batch's graphs, stored before they are tested -------------------------------------
    def batch_graphs(self, campaign: int, batch: int, group: str) -> list[Graph] | None:
        """The graphs of a batch as first generated, or None if not stored yet."""
        row = self.db.execute(
            "SELECT graphs FROM batches WHERE campaign=? AND batch=? AND grp=?",
            (campaign, batch, group),
        ).fetchone()
        if row is None:
            return None
        return [self.graph(h) for h in json.loads(row["graphs"])]

    def save_batch_graphs(self, campaign: int, batch: int, group: str, graphs: list[str]) -> None:
        hashes = [self.put_blob(g.encode()) for g in graphs]
        with self.db:
            self.db.execute(
                "INSERT OR IGNORE INTO batches VALUES (?,?,?,?)",
                (campaign, batch, group, json.dumps(hashes)),
            )

    # ---- where each sweep stopped ---------------------------------------------------------------
    def sweep_cursor(self, key: str) -> int:
        """The next cell of sweep `key` (a graph group and a library's digest; 0: new)."""
        row = self.db.execute("SELECT next FROM sweeps WHERE key=?", (key,)).fetchone()
        return int(row["next"]) if row is not None else 0

    def set_sweep_cursor(self, key: str, nxt: int) -> None:
        with self.db:
            self.db.execute(
                "INSERT INTO sweeps VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET next=excluded.next",
                (key, nxt),
            )

    # ---- progress ------------------------------------------------------------------------------
    def sample(
        self, campaign: int, line_pct: float | None = None, branch_pct: float | None = None
    ) -> None:
        """Record the campaign's progress now: tests, ops covered, buckets, code coverage."""
        tests = self.db.execute(
            "SELECT COUNT(*) FROM tests WHERE campaign=?", (campaign,)
        ).fetchone()[0]
        ops = self.db.execute(
            "SELECT COUNT(*) FROM op_coverage WHERE campaign=?", (campaign,)
        ).fetchone()[0]
        buckets = self.db.execute(
            "SELECT COUNT(DISTINCT bucket) FROM tests WHERE campaign=? AND bucket IS NOT NULL",
            (campaign,),
        ).fetchone()[0]
        with self.db:
            self.db.execute(
                "INSERT INTO samples VALUES (?,?,?,?,?,?,?)",
                (campaign, time.time(), tests, ops, buckets, line_pct, branch_pct),
            )

    def samples(self) -> list[sqlite3.Row]:
        return list(self.db.execute("SELECT * FROM samples ORDER BY t"))
