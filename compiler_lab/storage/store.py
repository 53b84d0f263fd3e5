"""The campaign store: SQLite in WAL mode, blobs in files next to it named by content hash.

    runs/nightly.db          campaigns, tests, buckets; the tables layers above the lab add
    runs/nightly.db.blobs/   graph JSON and other blobs, <sha256[:2]>/<sha256>
    runs/nightly.db.cases/   one case directory per bucket example

Every batch of results is committed in one transaction before the campaign moves on; a
test is identified by (campaign, index, backend), so a resumed campaign that reaches the
same test again inserts nothing twice.

A layer above the lab keeps its own tables in the store: it declares them with
`register_tables(owner, Table(...))` and reads them through a subclass of Store that names
them in `reads`; the lab creates them in every store it opens for writing and records them
(EXTENSIONS), so a process that does not know that layer accepts them too.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import sqlite3
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from compiler_lab.errors import GraphError, LabError
from compiler_lab.ir.graph import Graph
from compiler_lab.storage import schema
from compiler_lab.storage.blobs import Blobs
from compiler_lab.storage.queries import StoreQueries
from compiler_lab.storage.schema import StoreError, Table, TestRow, register_tables

__all__ = ["Store", "StoreError", "Table", "TestRow", "register_tables"]  # the rows are schema's


class Store(StoreQueries):
    """A campaign store, open for writing (one campaign writer at a time) or read-only;
    what reports and triage read is in StoreQueries."""

    #: the registered tables (of a layer above the lab) that a subclass reads: a store
    #: without them is refused, however it is opened
    reads: tuple[str, ...] = ()

    def __init__(self, path: str | Path, readonly: bool = False) -> None:
        self.path = Path(path)
        if readonly:
            if not self.path.exists():
                raise FileNotFoundError(f"{self.path}: no such store")
            self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=30)
            try:
                schema.check(self.db, self.path, self.reads)
            except StoreError:
                self.db.close()
                raise
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=30)
            try:
                schema.check_objects(self.db, self.path)  # before anything is written
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                schema.create(self.db)
                self.db.commit()
                schema.check(self.db, self.path, self.reads)
            except StoreError:
                self.db.close()
                raise
        self.db.row_factory = sqlite3.Row
        self.blobs = Blobs(Path(f"{self.path}.blobs"))
        self.cases = Path(f"{self.path}.cases")
        self._lock: int | None = None

    def close(self) -> None:
        self.db.close()
        if self._lock is not None:
            os.close(self._lock)  # releases the flock
            self._lock = None

    def acquire_writer(self) -> None:
        """Become the store's one campaign writer (an flock on `<store>.lock`, released on
        close or when the process dies); StoreError if another process holds it. A lock
        that is a link or not a regular file is refused: it is never followed or truncated."""
        lock = f"{self.path}.lock"
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK, 0o644)
        except OSError as exc:  # ELOOP: a symlink
            raise StoreError(f"{lock}: not a regular file ({exc.strerror})") from None
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_nlink != 1:
            os.close(fd)
            why = "not a regular file" if not stat.S_ISREG(st.st_mode) else "has other hard links"
            raise StoreError(f"{lock}: {why}; the lab truncates only a lock of its own")
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 32).decode(errors="replace").strip() or "another process"
            os.close(fd)
            raise StoreError(
                f"{self.path} is in use by a running campaign (pid {holder}); "
                "wait for it to stop or use another --store"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self._lock = fd

    # ---- blobs ------------------------------------------------------------------------------
    def put_blob(self, data: bytes) -> str:
        return self.blobs.put(data)

    def get_blob(self, digest: str) -> bytes:
        return self.blobs.get(digest)

    def graph(self, digest: str) -> Graph:
        """The graph stored as blob `digest`, checked as `clab run` checks a graph (a store
        may come from someone else): the one place blobs become Graphs."""
        from compiler_lab.ir.validate import validate_graph  # torch: only for what reads graphs

        where = str(self.blobs.path(digest))
        graph = Graph.loads(self.get_blob(digest), where)
        try:
            validate_graph(graph)
        except LabError as exc:
            raise GraphError(f"{where}: {exc}") from None
        return graph

    # ---- campaigns -----------------------------------------------------------------------
    def campaign(
        self, name: str, seed: int, config: dict[str, Any], identity: dict[str, Any] | None = None
    ) -> tuple[int, bool]:
        """(campaign id, resumed?) for `name`. A resumed campaign must have the same seed and
        the same `identity` (what decides its graphs): StoreError naming what differs."""
        row = self.db.execute(
            "SELECT id, seed, identity FROM campaigns WHERE name = ?", (name,)
        ).fetchone()
        now = time.time()
        stamp = json.dumps(identity, sort_keys=True) if identity is not None else None
        if row is not None:
            if row["seed"] != seed:
                raise StoreError(
                    f"campaign {name!r} in {self.path} was started with seed "
                    f"{row['seed']}, not {seed}"
                )
            if row["identity"] and stamp is not None and row["identity"] != stamp:
                raise StoreError(_mismatch(name, self.path, json.loads(row["identity"]), identity))
            self.db.execute(
                "UPDATE campaigns SET status='running', updated=?, identity=COALESCE(identity, ?)"
                " WHERE id=?",
                (now, stamp, row["id"]),
            )
            self.db.commit()
            return row["id"], True
        cur = self.db.execute(
            "INSERT INTO campaigns (name, seed, config, started, updated, status, identity) "
            "VALUES (?, ?, ?, ?, ?, 'running', ?)",
            (name, seed, json.dumps(config), now, now, stamp),
        )
        self.db.commit()
        return cur.lastrowid, False

    def set_status(self, campaign: int, status: str) -> None:
        self.db.execute(
            "UPDATE campaigns SET status=?, updated=? WHERE id=?", (status, time.time(), campaign)
        )
        self.db.commit()

    def done_indices(self, campaign: int) -> set[int]:
        return {
            r[0]
            for r in self.db.execute("SELECT DISTINCT idx FROM tests WHERE campaign=?", (campaign,))
        }

    # ---- results -----------------------------------------------------------------------------
    def record(
        self,
        campaign: int,
        rows: list[TestRow],
        cases: dict[str, str] | None = None,
        also: Callable[[sqlite3.Connection], None] | None = None,
    ) -> list[str]:
        """Insert a batch of tests and update buckets in ONE transaction, with `also`: the
        writes a layer above the lab makes to its own tables for this batch. `cases`: the
        case directories, already written, of buckets this batch may open.
        Returns the bucket keys seen for the first time."""
        new_buckets: list[str] = []
        now = time.time()
        blobs = {r.graph_hash: self.put_blob(r.graph_json.encode()) for r in rows}
        with self.db:  # a transaction: all of the batch, or none of it
            for r in rows:
                cur = self.db.execute(
                    "INSERT OR IGNORE INTO tests (campaign, idx, backend, graph_hash, graph_blob,"
                    " options, verdict, stage, reason, bucket, dtype, ops, nodes, batch,"
                    " seconds, created) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        campaign,
                        r.idx,
                        r.label,
                        r.graph_hash,
                        blobs[r.graph_hash],
                        json.dumps(r.options, sort_keys=True),
                        r.verdict,
                        r.stage,
                        r.reason,
                        r.bucket,
                        r.dtype,
                        json.dumps(r.ops),
                        len(r.ops),
                        r.batch,
                        r.seconds,
                        now,
                    ),
                )
                if cur.rowcount == 0:
                    continue  # already recorded by an earlier run of this campaign
                test_id = cur.lastrowid
                if r.bucket is not None and self._bucket(r, test_id, now, cases or {}):
                    new_buckets.append(r.bucket)
            if also is not None:
                also(self.db)
            self.db.execute("UPDATE campaigns SET updated=? WHERE id=?", (now, campaign))
        return new_buckets

    def _bucket(self, r: TestRow, test_id: int, now: float, cases: dict[str, str]) -> bool:
        row = self.db.execute(
            "SELECT smallest_nodes FROM buckets WHERE key=?", (r.bucket,)
        ).fetchone()
        if row is None:
            self.db.execute(
                "INSERT INTO buckets (key, kind, backend, stage, exc_type, message, first_test,"
                " smallest_test, smallest_nodes, count, first_seen, last_seen, case_dir)"
                " VALUES (?,?,?,?,?,?,?,?,?,1,?,?,?)",
                (
                    r.bucket,
                    r.kind,
                    r.backend,
                    r.stage,
                    r.exc_type,
                    r.message[:2000],
                    test_id,
                    test_id,
                    len(r.ops),
                    now,
                    now,
                    self._relative(cases.get(r.bucket)),
                ),
            )
            return True
        if len(r.ops) < row["smallest_nodes"]:
            self.db.execute(
                "UPDATE buckets SET smallest_test=?, smallest_nodes=? WHERE key=?",
                (test_id, len(r.ops), r.bucket),
            )
        self.db.execute(
            "UPDATE buckets SET count=count+1, last_seen=? WHERE key=?", (now, r.bucket)
        )
        return False

    def set_case_dir(self, key: str, path: str) -> None:
        with self.db:
            self.db.execute(
                "UPDATE buckets SET case_dir=? WHERE key=?", (self._relative(path), key)
            )

    def _relative(self, case: str | None) -> str | None:
        """A case directory as the store keeps it: relative to the store's folder."""
        if case is None:
            return None
        return os.path.relpath(Path(case).resolve(), self.path.parent.resolve())

    def set_reduced(self, key: str, info: dict[str, Any], signature: str | None = None) -> str:
        """Record a bucket's reduction. Buckets whose reduced reproducers have the same
        `signature` are one root cause: all of them get the earliest one as their root.
        Returns the root of `key`."""
        with self.db:
            self.db.execute(
                "UPDATE buckets SET reduced=?, signature=? WHERE key=?",
                (json.dumps(info), signature, key),
            )
            if signature is None:
                return key
            same = [
                r["key"]
                for r in self.db.execute(
                    "SELECT key FROM buckets WHERE signature=? ORDER BY first_seen, first_test",
                    (signature,),
                )
            ]
            root = same[0]
            self.db.execute("UPDATE buckets SET root=? WHERE signature=?", (root, signature))
        return root

    def case_root(self, key: str) -> Path:
        """Where the cases of bucket `key` go: a folder named for the key, made file-safe."""
        return self.cases_folder() / re.sub(r"[^A-Za-z0-9_.-]+", "_", key)[:80]


def _mismatch(name: str, path: Path, was: dict[str, Any], now: dict[str, Any]) -> str:
    """Why a campaign cannot resume: each setting that differs, and for a table of them (the
    tool versions) which entries, as `was -> now`."""
    parts = []
    for key in sorted(k for k in set(was) | set(now) if was.get(k) != now.get(k)):
        old, new = was.get(key), now.get(key)
        if isinstance(old, dict) and isinstance(new, dict):
            changed = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
            shown = [f"{k} {old.get(k, 'none')} -> {new.get(k, 'none')}" for k in changed[:4]]
            more = f", +{len(changed) - 4} more" if len(changed) > 4 else ""
            key += f" ({', '.join(shown)}{more})"
        parts.append(key)
    return (
        f"campaign {name!r} in {path} was started with a different {'; '.join(parts)}; "
        "resuming would mix two campaigns. Resume with the same rules, filters and tool "
        "versions, or start it in another --store"
    )
