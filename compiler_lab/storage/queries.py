"""What reports, triage and the campaign read from a store: read-only queries, kept apart
from the writes (store.py) so each file says one thing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from compiler_lab.findings import kinds
from compiler_lab.storage.schema import StoreError


class StoreQueries:
    db: sqlite3.Connection
    path: Path
    cases: Path

    def verdict_counts(self, campaign: int | None = None) -> dict[str, int]:
        q = "SELECT verdict, COUNT(*) FROM tests"
        args: tuple = ()
        if campaign is not None:
            q += " WHERE campaign=?"
            args = (campaign,)
        return {v: n for v, n in self.db.execute(q + " GROUP BY verdict", args)}

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
        rows = self.buckets()
        roots = _roots(rows)
        for b in rows:
            root = roots[b["key"]]
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
        return [r for r in rows if not (r["case_dir"] and self.case_path(r).is_dir())]

    def harness_errors(self) -> list[tuple[str, str, int]]:
        """(backend, reason, tests) of the tests the lab itself could not run."""
        rows = self.db.execute(
            "SELECT backend, reason, COUNT(*) FROM tests WHERE verdict='harness-error'"
            " GROUP BY backend, reason ORDER BY COUNT(*) DESC"
        )
        return [tuple(r) for r in rows]

    def case_dir(self, key: str) -> Path | None:
        """The case directory of bucket `key`, or None (no such bucket, or no case)."""
        row = self.db.execute("SELECT key, case_dir FROM buckets WHERE key=?", (key,)).fetchone()
        return self.case_path(row) if row is not None and row["case_dir"] else None

    def cases_folder(self) -> Path:
        """`<store>.cases`, where every case of the store lives; refused if it is a link (a
        store from someone else would point the lab's reads and writes elsewhere)."""
        if self.cases.is_symlink():
            raise StoreError(f"{self.cases}: is a symbolic link, not the store's cases folder")
        return self.cases

    def case_path(self, bucket: sqlite3.Row) -> Path:
        """A bucket's case directory: kept relative to the store's folder, so a store finds
        its cases from any folder and moves with them (a store from before holds it relative
        to the cwd it was written from). One that is not inside the store's cases folder is
        a StoreError naming the bucket: a store from someone else points nowhere else."""
        stored = str(bucket["case_dir"])
        root = self.cases_folder().resolve()
        for base in (self.path.parent, Path.cwd()):
            where = (base / stored).resolve()
            if where.is_relative_to(root):
                return where
        raise StoreError(
            f"{self.path}: bucket {str(bucket['key'])[:80]!r}: case_dir {stored[:200]!r} is "
            f"outside the store's cases folder {self.cases}"
        )

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

    def tested(self, campaign: int, backend: str, first: int, end: int) -> dict[int, str]:
        """The verdict of each index in [first, end) this backend (or arm: `<backend>@<arm>`)
        already has one for."""
        rows = self.db.execute(
            "SELECT idx, verdict FROM tests WHERE campaign=? AND backend=? AND idx>=? AND idx<?",
            (campaign, backend, first, end),
        )
        return {r[0]: r[1] for r in rows}

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
        """Buckets merged by root cause (`_roots`), in order of first sighting: the root's
        row, its member keys, the backends it shows on, and the tests of all members."""
        groups: dict[str, dict[str, Any]] = {}
        rows = self.buckets()
        by_key = {b["key"]: b for b in rows}
        roots = _roots(rows)
        for b in rows:
            root = roots[b["key"]]
            g = groups.setdefault(
                root, {"bucket": by_key.get(root, b), "members": [], "tests": 0, "backends": []}
            )
            g["members"].append(b["key"])
            g["tests"] += b["count"]
            if b["backend"] not in g["backends"]:
                g["backends"].append(b["backend"])
        return list(groups.values())


def _roots(rows: list[sqlite3.Row]) -> dict[str, str]:
    """Each bucket's root cause: buckets whose reduced reproducers coincide (`root`, set by
    reduction), and buckets whose kind gives the same cause line (`kinds.cause`: a crash's
    normalized error line, so backends that share a frontend, torch-mlir's importer, hit
    one bug through each; a recompile's failed guard), the earliest bucket standing for them
    all. A signal, an exit or a timeout says too little to merge on."""
    first_of_line: dict[str, str] = {}
    out: dict[str, str] = {}
    for b in rows:  # in order of first sighting
        root = b["root"] or b["key"]
        line = kinds.cause(b)
        if line:
            root = first_of_line.setdefault(line, root)
        out[b["key"]] = root
    return {k: out.get(r, r) for k, r in out.items()}
