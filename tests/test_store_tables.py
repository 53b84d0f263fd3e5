"""Tables a layer above the lab keeps in a store: fuzz registers its own, the lab records them,
a process that does not know fuzz accepts them only as recorded (plain, nothing SQLite
evaluates), and a store from before the record opens and resumes."""

from __future__ import annotations

import hashlib
import sqlite3
import time
from pathlib import Path

import pytest

from compiler_lab import cli
from compiler_lab.storage import schema
from compiler_lab.storage.store import Store, StoreError, Table, register_tables
from fuzz.tables import TABLES, FuzzStore

#: the whole schema as the lab created it before fuzz's tables moved out of it (the text
#: SQLite keeps is what a store from then holds)
BEFORE = """
CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY, name TEXT UNIQUE, seed INTEGER, config TEXT,
    started REAL, updated REAL, status TEXT, identity TEXT);
CREATE TABLE tests (
    id INTEGER PRIMARY KEY, campaign INTEGER, idx INTEGER, backend TEXT, graph_hash TEXT,
    graph_blob TEXT, options TEXT, verdict TEXT, stage TEXT, reason TEXT, bucket TEXT,
    dtype TEXT, ops TEXT, nodes INTEGER, batch INTEGER, seconds REAL, created REAL,
    UNIQUE (campaign, idx, backend));
CREATE INDEX tests_bucket ON tests (bucket);
CREATE TABLE buckets (
    key TEXT PRIMARY KEY, kind TEXT, backend TEXT, stage TEXT, exc_type TEXT, message TEXT,
    first_test INTEGER, smallest_test INTEGER, smallest_nodes INTEGER, count INTEGER,
    first_seen REAL, last_seen REAL, case_dir TEXT, reduced TEXT, signature TEXT, root TEXT);
CREATE TABLE op_coverage (
    campaign INTEGER, op TEXT, count INTEGER, PRIMARY KEY (campaign, op));
CREATE TABLE samples (
    campaign INTEGER, t REAL, tests INTEGER, ops INTEGER, buckets INTEGER,
    line_pct REAL, branch_pct REAL);
CREATE TABLE batches (
    campaign INTEGER, batch INTEGER, grp TEXT, graphs TEXT, PRIMARY KEY (campaign, batch, grp));
CREATE TABLE support (
    backend TEXT, version TEXT, op TEXT, dtype TEXT, lowered INTEGER, skipped INTEGER,
    reason TEXT, source TEXT, PRIMARY KEY (backend, version, op, dtype));
"""


def _old_store(path: Path) -> Path:
    """A store as a campaign left it before the change: a campaign, a sample, support."""
    db = sqlite3.connect(path)
    db.executescript(BEFORE)
    now = time.time()
    db.execute(
        "INSERT INTO campaigns VALUES (1, 'c', 0, '{}', ?, ?, 'stopped:budget', NULL)", (now, now)
    )
    db.execute("INSERT INTO samples VALUES (1, ?, 3, 2, 0, NULL, NULL)", (now,))
    db.execute("INSERT INTO support VALUES ('iree', '3', 'aten.add.Tensor', 'f32', 1, 0, '', 'x')")
    db.commit()
    db.close()
    return path


def _forget(monkeypatch) -> None:
    """This process from now on as one that never imported fuzz: no table registered."""
    monkeypatch.setattr(schema, "_REGISTERED", {})


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_lab_names_none_of_fuzzs_tables():
    lab = schema.SCHEMA + repr(schema.COLUMNS)
    assert not [t.name for t in TABLES if t.name in lab]


def test_a_store_from_before_opens_reads_and_resumes(tmp_path, monkeypatch, capsys):
    path = _old_store(tmp_path / "old.db")
    before = _sha(path)
    store = FuzzStore(path, readonly=True)
    assert [r["tests"] for r in store.samples()] == [3]
    assert set(store.support("iree", "3")) == {("aten.add.Tensor", "f32")}
    store.close()
    assert cli.execute(["triage", "list", str(path)]) == 0, capsys.readouterr().err
    assert _sha(path) == before  # read-only: nothing recorded yet
    store = FuzzStore(path)  # a resumed campaign records fuzz's tables
    assert store.campaign("c", 0, {}) == (1, True)
    recorded = dict(store.db.execute("SELECT name, owner FROM extension_tables").fetchall())
    assert recorded == {t.name: "fuzz" for t in TABLES}
    store.close()
    _forget(monkeypatch)
    Store(path, readonly=True).close()
    Store(path).close()


def test_before_its_tables_are_recorded_a_process_without_fuzz_refuses_them(tmp_path, monkeypatch):
    path = _old_store(tmp_path / "old.db")
    _forget(monkeypatch)
    with pytest.raises(StoreError, match="holds a table '(op_coverage|samples|batches|support)'"):
        Store(path, readonly=True)


def _recorded_store(path: Path, monkeypatch) -> Path:
    """A store fuzz wrote, then opened by a process without fuzz."""
    FuzzStore(path).close()
    _forget(monkeypatch)
    return path


def _add(path: Path, sql: str, recorded: str | None = None) -> None:
    db = sqlite3.connect(path)
    db.execute(sql)
    name = sql.split()[2] if not sql.startswith("CREATE VIRTUAL") else sql.split()[3]
    db.execute("INSERT INTO extension_tables VALUES (?, 'x', ?)", (name, recorded or sql))
    db.commit()
    db.close()


def test_a_recorded_plain_table_of_a_layer_this_process_does_not_know_is_accepted(
    tmp_path, monkeypatch
):
    path = _recorded_store(tmp_path / "s.db", monkeypatch)
    _add(path, "CREATE TABLE notes (k TEXT, n INTEGER, PRIMARY KEY (k))")
    Store(path, readonly=True).close()
    db = sqlite3.connect(path)
    db.execute("DROP TABLE notes")  # recorded, so it is missed
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="no table notes"):
        Store(path, readonly=True)


@pytest.mark.parametrize(
    "sql",
    [
        "CREATE TABLE notes (k TEXT CHECK (length(k) < 3))",
        "CREATE TABLE notes (k TEXT DEFAULT (random()))",
        "CREATE TABLE notes (k TEXT, n AS (k || k))",
        "CREATE TABLE notes (k TEXT REFERENCES buckets (key))",
        "CREATE VIRTUAL TABLE notes USING rtree(id, a, b)",
    ],
)
def test_a_recorded_table_that_is_not_plain_is_refused(tmp_path, monkeypatch, sql):
    path = _recorded_store(tmp_path / "s.db", monkeypatch)
    _add(path, sql)
    for readonly in (False, True):
        with pytest.raises(StoreError, match="holds a table 'notes' the lab did not create"):
            Store(path, readonly=readonly)


def test_a_table_recorded_with_other_ddl_than_it_has_is_refused(tmp_path, monkeypatch):
    path = _recorded_store(tmp_path / "s.db", monkeypatch)
    _add(path, "CREATE TABLE notes (k TEXT)", recorded="CREATE TABLE notes (k TEXT, n INTEGER)")
    with pytest.raises(StoreError, match="holds a table 'notes'"):
        Store(path, readonly=True)


def test_a_registered_table_with_other_ddl_is_refused_even_when_recorded(tmp_path):
    path = tmp_path / "s.db"
    FuzzStore(path).close()
    sql = "CREATE TABLE samples (campaign INTEGER, t REAL)"
    db = sqlite3.connect(path)
    db.execute("DROP TABLE samples")
    db.execute(sql)
    db.execute("UPDATE extension_tables SET sql=? WHERE name='samples'", (sql,))
    db.commit()
    db.close()
    for readonly in (False, True):
        with pytest.raises(StoreError, match="holds a table 'samples' the lab did not create"):
            FuzzStore(path, readonly=readonly)


def test_a_store_without_the_tables_a_reader_needs_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "s.db"
    with monkeypatch.context() as m:
        m.setattr(schema, "_REGISTERED", {})
        Store(path).close()  # written by a process without fuzz: no fuzz table
    Store(path, readonly=True).close()
    with pytest.raises(StoreError, match=r"no table batches, op_coverage, samples, support\)"):
        FuzzStore(path, readonly=True)


def test_only_plain_tables_of_their_own_can_be_registered():
    with pytest.raises(ValueError, match="not a plain table"):
        register_tables("x", Table("t", "CREATE TABLE t (a TEXT DEFAULT 'b')", {"a": "text"}))
    with pytest.raises(ValueError, match="not a plain table"):
        register_tables("x", Table("tests", "CREATE TABLE tests (a TEXT)", {"a": "text"}))
    with pytest.raises(ValueError, match="registered already, by fuzz"):
        register_tables("x", Table("samples", "CREATE TABLE samples (a TEXT)", {"a": "text"}))
