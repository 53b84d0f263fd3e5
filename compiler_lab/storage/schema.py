"""The campaign store's tables and rows: its schema, the columns added since, the tables the
layers above the lab register (`register_tables`), the check that a file is a store, and the
row a test is recorded as."""

from __future__ import annotations

import re
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
CREATE TABLE IF NOT EXISTS extension_tables (
    name TEXT PRIMARY KEY, owner TEXT, sql TEXT);
"""
#: the lab's record of the tables a layer above it keeps in the store (`register_tables`): so
#: a process that does not know that layer still accepts them, and misses none
EXTENSIONS = "extension_tables"


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
    EXTENSIONS: {"name": _S, "owner": _S, "sql": _S},
}  # fmt: skip
#: the one index the lab creates beside its tables' own (sqlite_autoindex_*), as SQLite keeps it
INDEXES = {"tests_bucket": "CREATE INDEX tests_bucket ON tests (bucket)"}


class StoreError(LabError):
    """A store that cannot be used as asked: in use by another campaign, a damaged blob, a
    campaign resumed with different settings."""


@dataclass(frozen=True)
class Table:
    """A table a layer above the lab keeps in the store: its DDL as SQLite keeps it, a plain
    `CREATE TABLE` (`plain_table`), and each column's kind (KINDS; "?": NULL allowed)."""

    name: str
    sql: str
    columns: dict[str, str]


#: table name -> (owner, table), as registered in this process
_REGISTERED: dict[str, tuple[str, Table]] = {}


def register_tables(owner: str, *tables: Table) -> None:
    """Declare the tables `owner` (a layer above the lab) keeps in a store. Every store this
    process opens for writing gets them, recorded in EXTENSIONS with their DDL; a store
    holding a table of that name with any other DDL is refused. ValueError for a table that
    is not plain, shadows the lab's own, or is registered already with another definition."""
    for table in tables:
        if plain_table(table.sql) != table.name or table.name in COLUMNS:
            raise ValueError(f"{table.name}: not a plain table of its own: {table.sql!r}")
        known = _REGISTERED.get(table.name)
        if known is not None and known != (owner, table):
            raise ValueError(f"table {table.name} is registered already, by {known[0]}")
        _REGISTERED[table.name] = (owner, table)


_IDENT = r"[a-z_][a-z0-9_]*"
_TABLE = re.compile(rf"CREATE TABLE ({_IDENT}) \((.*)\)", re.S)
_COLUMN = rf"{_IDENT} (INTEGER|REAL|TEXT)( PRIMARY KEY| UNIQUE)?"
_PART = re.compile(rf"{_COLUMN}|(PRIMARY KEY|UNIQUE) \({_IDENT}(, {_IDENT})*\)")


def plain_table(sql: object) -> str | None:
    """The name of the table `sql` creates if it is plain: columns of INTEGER, REAL or TEXT
    with at most a key or uniqueness mark, and key or uniqueness lists. Nothing in it is an
    expression SQLite would evaluate (no CHECK, DEFAULT, generated column, REFERENCES or
    COLLATE), nor a virtual table's module. None for anything else."""
    found = _TABLE.fullmatch(sql) if isinstance(sql, str) else None
    if found is None:
        return None
    parts = re.split(r",(?![^()]*\))", found.group(2))  # commas outside parentheses
    return found.group(1) if all(_PART.fullmatch(p.strip()) for p in parts) else None


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
    #: a second run of test `idx` on the backend, as another arm (e.g. "decisions": under a
    #: drawn compiler decision): recorded as backend `<backend>@<arm>`, its buckets as the
    #: backend's own
    arm: str = ""

    @property
    def label(self) -> str:
        """The test's backend column: the backend, and its arm if any."""
        return f"{self.backend}@{self.arm}" if self.arm else self.backend

    @classmethod
    def of(
        cls,
        v: Verdict,
        idx: int,
        bucket: str | None,
        options: dict[str, Any],
        batch: int = 0,
        arm: str = "",
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
            arm=arm,
        )


def create(db: sqlite3.Connection) -> None:
    """Create what is missing, the registered tables included (each recorded in EXTENSIONS),
    and add the columns added since a store was created: added empty, nothing rewritten."""
    db.executescript(SCHEMA)
    for table, columns in (("buckets", ("signature", "root")), ("campaigns", ("identity",))):
        have = {r[1] for r in db.execute(f"PRAGMA table_info({table})")}
        for column in columns:
            if column not in have:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for name, (owner, table) in _REGISTERED.items():
        if name not in tables:
            db.execute(table.sql)
        db.execute(
            f"INSERT OR REPLACE INTO {EXTENSIONS} VALUES (?, ?, ?)", (name, owner, table.sql)
        )


def check_objects(db: sqlite3.Connection, path: Path) -> dict[str, object]:
    """A store from someone else holds only what the lab creates: its tables, their own
    indexes and `tests_bucket`, and the tables of the layers above it, each with exactly the
    DDL registered in this process, or else with the plain DDL the store records for it in
    EXTENSIONS. A trigger, view, or other table or index (which SQLite would run or use as
    the lab writes) is refused by name, before anything is written. Returns the record."""
    try:
        rows = db.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
        recorded = _recorded(db, rows)
    except sqlite3.DatabaseError as e:
        raise StoreError(f"{path}: not a compiler_lab store ({e})") from None
    for kind, name, sql in rows:
        ours = (
            (kind == "table" and name in COLUMNS)
            or (kind == "index" and sql is None and name.startswith("sqlite_autoindex_"))
            or (kind == "index" and INDEXES.get(name) == sql)
            or (kind == "table" and _extension(name, sql, recorded))
        )
        if not ours:
            raise StoreError(
                f"{path}: holds a {kind} {str(name)[:60]!r} the lab did not create; a store "
                "may hold only the lab's own tables and indexes, and the tables it records "
                "for the layers above it (SECURITY.md)"
            )
    return recorded


def _recorded(db: sqlite3.Connection, rows: list[tuple]) -> dict[str, object]:
    """Name -> DDL of the extension tables the store records (none in a store from before
    the record, or where EXTENSIONS is not a plain table: it is then refused by name)."""
    if not any(kind == "table" and plain_table(sql) == EXTENSIONS for kind, _, sql in rows):
        return {}
    return {name: sql for name, sql in db.execute(f"SELECT name, sql FROM {EXTENSIONS}")}


def _extension(name: str, sql: object, recorded: dict[str, object]) -> bool:
    """Is table `name` one a layer above the lab keeps: its registered DDL if it is
    registered in this process, or else recorded in the store with that very plain DDL?"""
    registered = _REGISTERED.get(name)
    if registered is not None:
        return sql == registered[1].sql
    return recorded.get(name) == sql and plain_table(sql) == name


def check(db: sqlite3.Connection, path: Path, reads: tuple[str, ...] = ()) -> None:
    """The store holds only the lab's objects, every table and column, and values of the
    kinds the lab writes: anything else is a StoreError naming the table, column and row.
    Required: the lab's tables, the extension tables the store records, and `reads` (the
    extension tables the caller reads); the kinds are checked where this process knows
    them. A file that is not (yet) a store says so: a campaign creating its store leaves a
    short window where the file exists with no tables."""
    recorded = check_objects(db, path)
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    missing = ((set(COLUMNS) - {EXTENSIONS}) | set(recorded) | set(reads)) - names
    if missing:
        raise StoreError(
            f"{path}: not a compiler_lab store, or one still being created "
            f"(no table {', '.join(sorted(map(str, missing)))})"
        )
    kinds = COLUMNS | {name: table.columns for name, (_, table) in _REGISTERED.items()}
    try:
        for table, columns in kinds.items():
            if table in names:
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
