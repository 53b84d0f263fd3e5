"""The campaign store: SQLite in WAL mode, blobs in files next to it named by content hash.

    runs/nightly.db          campaigns, tests, buckets, op coverage, progress samples
    runs/nightly.db.blobs/   graph JSON and other blobs, <sha256[:2]>/<sha256>
    runs/nightly.db.cases/   one case directory per bucket example

Every batch of results is committed in one transaction before the campaign moves on; a
test is identified by (campaign, index, backend), so a resumed campaign that reaches the
same test again inserts nothing twice.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import sqlite3
import tempfile
import time
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


class Store:
    def __init__(self, path: str | Path, readonly: bool = False) -> None:
        self.path = Path(path)
        if readonly:
            if not self.path.exists():
                raise FileNotFoundError(f"{self.path}: no such store")
            self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=30)
            self._check_schema()
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)
            self._migrate()
            self.db.commit()
        self.db.row_factory = sqlite3.Row
        self.blobs = Path(f"{self.path}.blobs")
        self.cases = Path(f"{self.path}.cases")
        self._lock: int | None = None

    def _check_schema(self) -> None:
        """A read-only open of a file that is not (yet) a store says so, instead of failing
        later on a missing table: a campaign creating its store leaves a short window where
        the file exists with no tables."""
        try:
            names = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master")}
        except sqlite3.DatabaseError as e:
            self.db.close()
            raise StoreError(f"{self.path}: not a compiler_lab store ({e})") from None
        missing = {"campaigns", "tests", "buckets"} - names
        if missing:
            self.db.close()
            raise StoreError(
                f"{self.path}: not a compiler_lab store, or one still being created "
                f"(no table {', '.join(sorted(missing))})"
            )

    def close(self) -> None:
        self.db.close()
        if self._lock is not None:
            os.close(self._lock)  # releases the flock
            self._lock = None

    def acquire_writer(self) -> None:
        """Become the store's one campaign writer (an flock on `<store>.lock`, released on
        close or when the process dies); StoreError if another process holds it."""
        fd = os.open(f"{self.path}.lock", os.O_RDWR | os.O_CREAT, 0o644)
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

    def _migrate(self) -> None:
        """Columns added since a store was created: added empty, nothing rewritten."""
        for table, columns in (("buckets", ("signature", "root")), ("campaigns", ("identity",))):
            have = {r[1] for r in self.db.execute(f"PRAGMA table_info({table})")}
            for column in columns:
                if column not in have:
                    self.db.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")

    # ---- blobs ------------------------------------------------------------------------------
    def put_blob(self, data: bytes) -> str:
        """Store `data` under its hash: written to a temp file of its own, synced, then
        renamed, so a crash or a second writer never leaves a half blob under the name."""
        digest = hashlib.sha256(data).hexdigest()
        path = self.blobs / digest[:2] / digest
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{digest[:8]}-")
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(tmp, path)
            except BaseException:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp)
                raise
        return digest

    def get_blob(self, digest: str) -> bytes:
        """The blob `digest`, checked against its hash (StoreError if missing or damaged)."""
        path = self.blobs / digest[:2] / digest
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise StoreError(f"{path}: blob missing from the store") from None
        if hashlib.sha256(data).hexdigest() != digest:
            raise StoreError(f"{path}: blob damaged (its content does not match its hash)")
        return data

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
        support: tuple[str, str, list[SupportUpdate]] | None = None,
        cases: dict[str, str] | None = None,
    ) -> list[str]:
        """Insert a batch of tests and update buckets, coverage and what the backend was seen
        to lower (`support`: backend, version, updates) in ONE transaction. `cases`: the case
        directories, already written, of buckets this batch may open.
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
                        r.backend,
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
            for r in rows:
                if r.backend == rows[0].backend:
                    for op in r.ops:
                        self.db.execute(
                            "INSERT INTO op_coverage (campaign, op, count) VALUES (?, ?, 1) "
                            "ON CONFLICT (campaign, op) DO UPDATE SET count = count + 1",
                            (campaign, op),
                        )
            if support is not None:
                self._add_support(*support)
            self.db.execute("UPDATE campaigns SET updated=? WHERE id=?", (now, campaign))
        return new_buckets

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
    def batch_graphs(self, campaign: int, batch: int, group: str) -> list[str] | None:
        """The graph JSON texts of a batch as first generated, or None if not stored yet."""
        row = self.db.execute(
            "SELECT graphs FROM batches WHERE campaign=? AND batch=? AND grp=?",
            (campaign, batch, group),
        ).fetchone()
        if row is None:
            return None
        return [self.get_blob(h).decode() for h in json.loads(row["graphs"])]

    def save_batch_graphs(self, campaign: int, batch: int, group: str, graphs: list[str]) -> None:
        hashes = [self.put_blob(g.encode()) for g in graphs]
        with self.db:
            self.db.execute(
                "INSERT OR IGNORE INTO batches VALUES (?,?,?,?)",
                (campaign, batch, group, json.dumps(hashes)),
            )

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
                    cases.get(r.bucket),
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

    def sample(
        self, campaign: int, line_pct: float | None = None, branch_pct: float | None = None
    ) -> None:
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

    # ---- queries ------------------------------------------------------------------------------
    def verdict_counts(self, campaign: int | None = None) -> dict[str, int]:
        q = "SELECT verdict, COUNT(*) FROM tests"
        args: tuple = ()
        if campaign is not None:
            q += " WHERE campaign=?"
            args = (campaign,)
        return {v: n for v, n in self.db.execute(q + " GROUP BY verdict", args)}

    def samples(self) -> list[sqlite3.Row]:
        return list(self.db.execute("SELECT * FROM samples ORDER BY t"))

    def campaigns(self) -> list[sqlite3.Row]:
        return list(self.db.execute("SELECT * FROM campaigns ORDER BY id"))

    def backend_verdicts(self) -> dict[str, dict[str, int]]:
        """Tests per backend and verdict."""
        out: dict[str, dict[str, int]] = {}
        q = "SELECT backend, verdict, COUNT(*) FROM tests GROUP BY backend, verdict"
        for backend, verdict, n in self.db.execute(q):
            out.setdefault(backend, {})[verdict] = n
        return out

    def root_times(self) -> list[float]:
        """When each root cause was first seen (a root's earliest member), in order."""
        first: dict[str, float] = {}
        for b in self.buckets():
            root = b["root"] or b["key"]
            first[root] = min(first.get(root, b["first_seen"]), b["first_seen"])
        return sorted(first.values())

    def bucket_tests(self, backends: set[str]) -> dict[str, list[list[str]]]:
        """The op lists of every test in each bucket of `backends`."""
        out: dict[str, list[list[str]]] = {}
        marks = ",".join("?" * len(backends))
        rows = self.db.execute(
            f"SELECT bucket, ops FROM tests WHERE bucket IS NOT NULL AND backend IN ({marks})",
            tuple(backends),
        )
        for r in rows:
            out.setdefault(r["bucket"], []).append(json.loads(r["ops"]))
        return out

    def buckets(self) -> list[sqlite3.Row]:
        return list(self.db.execute("SELECT * FROM buckets ORDER BY first_seen"))

    def test(self, test_id: int) -> sqlite3.Row | None:
        return self.db.execute("SELECT * FROM tests WHERE id=?", (test_id,)).fetchone()

    def known_buckets(self, keys: set[str]) -> set[str]:
        marks = ",".join("?" * len(keys))
        rows = self.db.execute(f"SELECT key FROM buckets WHERE key IN ({marks})", tuple(keys))
        return {r[0] for r in rows}

    def missing_cases(self, campaign: int) -> list[sqlite3.Row]:
        """Buckets first seen in `campaign` whose case directory is not on disk (a store
        written before cases went first, or a case deleted): with their first test."""
        rows = self.db.execute(
            "SELECT b.key, b.case_dir, t.* FROM buckets b JOIN tests t ON t.id = b.first_test"
            " WHERE t.campaign=?",
            (campaign,),
        )
        return [r for r in rows if not (r["case_dir"] and Path(r["case_dir"]).is_dir())]

    def harness_errors(self) -> list[tuple[str, str, int]]:
        """(backend, reason, tests) of the tests the lab itself could not run."""
        rows = self.db.execute(
            "SELECT backend, reason, COUNT(*) FROM tests WHERE verdict='harness-error'"
            " GROUP BY backend, reason ORDER BY COUNT(*) DESC"
        )
        return [tuple(r) for r in rows]

    def set_case_dir(self, key: str, path: str) -> None:
        with self.db:
            self.db.execute("UPDATE buckets SET case_dir=? WHERE key=?", (path, key))

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
        return self.cases / re.sub(r"[^A-Za-z0-9_.-]+", "_", key)[:80]

    def case_dir(self, key: str) -> str | None:
        """The case directory of bucket `key`, or None (no such bucket, or no case)."""
        row = self.db.execute("SELECT case_dir FROM buckets WHERE key=?", (key,)).fetchone()
        return row["case_dir"] if row is not None and row["case_dir"] else None

    def op_counts(self, campaign: int, upto: int, backend: str) -> dict[str, int]:
        """How often each op appeared in the campaign's tests below index `upto`."""
        counts: dict[str, int] = {}
        rows = self.db.execute(
            "SELECT ops FROM tests WHERE campaign=? AND idx<? AND backend=?",
            (campaign, upto, backend),
        )
        for (ops,) in rows:
            for op in json.loads(ops):
                counts[op] = counts.get(op, 0) + 1
        return counts

    def tested_indices(self, campaign: int, backend: str, first: int, end: int) -> set[int]:
        """The indices in [first, end) this backend already has a verdict for."""
        rows = self.db.execute(
            "SELECT idx FROM tests WHERE campaign=? AND backend=? AND idx>=? AND idx<?",
            (campaign, backend, first, end),
        )
        return {r[0] for r in rows}

    def passed_tests(self, backend: str | None = None, limit: int = 20) -> list[sqlite3.Row]:
        """Tests whose verdict was ok (one per graph), largest graphs first: id, graph_blob,
        graph_hash, backend, nodes. Without `backend`, IREE's come first."""
        return self.db.execute(
            "SELECT id, graph_blob, graph_hash, backend, nodes FROM tests WHERE verdict='ok' "
            "AND (? IS NULL OR backend=?) GROUP BY graph_hash "
            "ORDER BY backend='iree' DESC, nodes DESC, id LIMIT ?",
            (backend, backend, limit),
        ).fetchall()

    def bucket_groups(self) -> list[dict[str, Any]]:
        """Buckets merged by root cause, in order of first sighting: the root's row, its
        member keys, and the tests of all members together."""
        groups: dict[str, dict[str, Any]] = {}
        rows = self.buckets()
        by_key = {b["key"]: b for b in rows}
        for b in rows:
            root = b["root"] or b["key"]
            g = groups.setdefault(root, {"bucket": by_key.get(root, b), "members": [], "tests": 0})
            g["members"].append(b["key"])
            g["tests"] += b["count"]
        return list(groups.values())


def _mismatch(name: str, path: Path, was: dict[str, Any], now: dict[str, Any]) -> str:
    differ = sorted(k for k in set(was) | set(now) if was.get(k) != now.get(k))
    return (
        f"campaign {name!r} in {path} was started with a different "
        f"{', '.join(differ)}; resuming would mix two campaigns. Resume with the same rules, "
        "filters and tool versions, or start it in another --store"
    )
