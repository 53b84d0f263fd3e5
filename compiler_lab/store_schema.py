"""The campaign store's tables and rows: its schema, the columns added since, the check that
a file is a store, and the row a test is recorded as."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from compiler_lab.errors import LabError

if TYPE_CHECKING:
    from compiler_lab.execution.lab import Verdict

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


#: what a value of each kind of column must be, as SQL over the column `{c}`: what the lab
#: writes there, so what it reads back does not fail on it (JSON is checked before parsed)
_JSON = "CASE WHEN typeof({c}) = 'text' AND json_valid({c}) THEN {then} ELSE 0 END"
KINDS = {
    "integer": "typeof({c}) = 'integer'",
    "number": "typeof({c}) IN ('integer', 'real') AND abs({c}) < 1e15",
    "time": "typeof({c}) IN ('integer', 'real') AND {c} BETWEEN 0 AND 1e11",
    "text": "typeof({c}) = 'text'",
    "JSON object": _JSON.replace("{then}", "json_type({c}) = 'object'"),
    "JSON list of strings": _JSON.replace(
        "{then}",
        "json_type({c}) = 'array' AND NOT EXISTS "
        "(SELECT 1 FROM json_each({c}) WHERE type != 'text')",
    ),
    "reduction": _JSON.replace(
        "{then}",
        "json_type({c}) = 'object' AND json_type({c}, '$.nodes_before') = 'integer' AND "
        "json_type({c}, '$.nodes_after') = 'integer' AND "
        "coalesce(json_type({c}, '$.why_not_smaller'), 'text') = 'text' AND "
        "coalesce(json_type({c}, '$.case'), 'text') = 'text'",
    ),
}
_I, _N, _T, _S, _O = "integer", "number", "time", "text", "JSON object"
#: each table's columns and their kinds; "?" marks a column the lab may leave NULL
COLUMNS: dict[str, dict[str, str]] = {
    "campaigns": {"id": _I, "name": _S, "seed": _I, "config": _O, "started": _T,
                  "updated": _T, "status": _S, "identity": _O + "?"},
    "tests": {"id": _I, "campaign": _I, "idx": _I, "backend": _S, "graph_hash": _S,
              "graph_blob": _S, "options": _O, "verdict": _S, "stage": _S, "reason": _S,
              "bucket": _S + "?", "dtype": _S, "ops": "JSON list of strings", "nodes": _I,
              "batch": _I, "seconds": _N, "created": _T},
    "buckets": {"key": _S, "kind": _S, "backend": _S, "stage": _S + "?", "exc_type": _S + "?",
                "message": _S + "?", "first_test": _I, "smallest_test": _I,
                "smallest_nodes": _I, "count": _I, "first_seen": _T, "last_seen": _T,
                "case_dir": _S + "?", "reduced": "reduction?", "signature": _S + "?",
                "root": _S + "?"},
    "op_coverage": {"campaign": _I, "op": _S, "count": _I},
    "samples": {"campaign": _I, "t": _T, "tests": _I, "ops": _I, "buckets": _I,
                "line_pct": _N + "?", "branch_pct": _N + "?"},
    "batches": {"campaign": _I, "batch": _I, "grp": _S, "graphs": "JSON list of strings"},
    "support": {"backend": _S, "version": _S, "op": _S, "dtype": _S, "lowered": _I,
                "skipped": _I, "reason": _S, "source": _S},
}  # fmt: skip
#: the one index the lab creates beside its tables' own (sqlite_autoindex_*), as SQLite keeps it
INDEXES = {"tests_bucket": "CREATE INDEX tests_bucket ON tests (bucket)"}


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
        elif v.is_finding:
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


def check_objects(db: sqlite3.Connection, path: Path) -> None:
    """A store from someone else holds only what the lab creates: its tables, their own
    indexes and `tests_bucket`. A trigger, view, or other table or index (which SQLite would
    run or use as the lab writes) is refused by name, before anything is written."""
    try:
        rows = db.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    except sqlite3.DatabaseError as e:
        raise StoreError(f"{path}: not a compiler_lab store ({e})") from None
    for kind, name, sql in rows:
        ours = (
            (kind == "table" and name in COLUMNS)
            or (kind == "index" and sql is None and name.startswith("sqlite_autoindex_"))
            or (kind == "index" and INDEXES.get(name) == sql)
        )
        if not ours:
            raise StoreError(
                f"{path}: holds a {kind} {str(name)[:60]!r} the lab did not create; a store "
                "may hold only the lab's own tables and indexes (SECURITY.md)"
            )


def check(db: sqlite3.Connection, path: Path) -> None:
    """The store holds only the lab's objects, every table and column, and values of the
    kinds the lab writes: anything else is a StoreError naming the table, column and row.
    A file that is not (yet) a store says so: a campaign creating its store leaves a short
    window where the file exists with no tables."""
    check_objects(db, path)
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    missing = set(COLUMNS) - names
    if missing:
        raise StoreError(
            f"{path}: not a compiler_lab store, or one still being created "
            f"(no table {', '.join(sorted(missing))})"
        )
    try:
        for table, columns in COLUMNS.items():
            _check_table(db, path, table, columns)
    except sqlite3.DatabaseError as e:
        raise StoreError(f"{path}: not a compiler_lab store ({e})") from None


def _check_table(db: sqlite3.Connection, path: Path, table: str, columns: dict[str, str]) -> None:
    have = {r[1] for r in db.execute(f"PRAGMA table_info({table})")}
    for column in columns:
        if column not in have:
            raise StoreError(f"{path}: not a compiler_lab store (no column {column} in {table})")
    tests = []
    for column, kind in columns.items():
        test = KINDS[kind.rstrip("?")].format(c=column)
        if kind.endswith("?"):
            test = f"{column} IS NULL OR {test}"
        tests.append(f"coalesce(({test}), 0)")
    bad = db.execute(
        f"SELECT rowid, {', '.join(tests)} FROM {table} WHERE NOT ({' AND '.join(tests)}) LIMIT 1"
    ).fetchone()
    if bad is None:
        return
    column = next(c for c, ok in zip(columns, bad[1:], strict=True) if not ok)
    (value,) = db.execute(f"SELECT {column} FROM {table} WHERE rowid=?", (bad[0],)).fetchone()
    raise StoreError(
        f"{path}: {table}.{column} of row {bad[0]} is {str(value)[:60]!r}, "
        f"not a {columns[column].rstrip('?')}"
    )
