"""The measured MLIR dataset (versioned JSONL).

    <dir>/manifest.json     version, machines (fingerprints by id), collectors and why any
                            were skipped, families, row counts, the units already done
    <dir>/rows.jsonl.gz     one row per (unit, level, collector): mlir_hash, graph_hash,
                            family, dispatch_id, metrics, noise, collector, machine
    <dir>/texts.jsonl.gz    {"mlir_hash", "text"} once per canonical MLIR text

Each row names the CPU its code was built for (`target`: {cpu, isa}); the manifest's
`targets` says, per machine, which target each collector measured.
Rows are deduplicated by (canonical MLIR hash, level, collector, target ISA): the same dispatch met
again, with SSA names renumbered, adds nothing. Each append is one gzip member, written and
synced before the manifest marks its units done; a writer killed mid-append leaves a damaged
last member, which readers stop before and the next writer cuts off, so an interrupted run
loses at most the chunk in flight. Version 3 (and 2) hash with canon v2 (dispatch ordinals
dropped, strings kept); `rehash` brings a version-1 dataset over without losing a row.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from costmodel.mlir.canon import CANON_VERSION, canonical_hash

VERSION = 3
#: the canonical-MLIR version each dataset version hashes with
CANON_OF = {1: 1, 2: 2, 3: 2}
assert CANON_OF[VERSION] == CANON_VERSION


def machine_id(fingerprint: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(fingerprint, sort_keys=True).encode()).hexdigest()[:12]


class Dataset:
    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.manifest_path = root / "manifest.json"
        self.manifest: dict[str, Any] = {
            "version": VERSION,
            "machines": {},
            "collectors": {},
            "families": {},
            "rows": 0,
            "texts": 0,
            "done": [],
            "errors": {},
        }
        if self.manifest_path.exists():
            self.manifest = json.loads(self.manifest_path.read_text())
            if self.manifest.get("version") != VERSION:
                hint = (
                    f"; run `python tools/rehash_costdata.py {root}` to bring it to {VERSION}"
                    if self.manifest.get("version") in CANON_OF
                    else ""
                )
                raise ValueError(
                    f"{self.manifest_path}: dataset version "
                    f"{self.manifest.get('version')} (expected {VERSION}){hint}"
                )
        for name in ("texts.jsonl.gz", "rows.jsonl.gz"):
            _cut_damaged_tail(root / name)
        self.keys: set[tuple] = set()
        self.text_hashes: set[str] = set()
        for row in self.rows():
            self.keys.add(self._key(row))
        for h, _ in self.texts():
            self.text_hashes.add(h)

    @staticmethod
    def _key(row: dict[str, Any]) -> tuple:
        """Code built for two ISAs from one text is two measurements, not a duplicate."""
        isa = (row.get("target") or {}).get("isa")
        return (row["mlir_hash"], row["level"], row["collector"], isa)

    @property
    def done(self) -> set[str]:
        return set(self.manifest["done"])

    def add_machine(self, fingerprint: dict[str, Any]) -> str:
        mid = machine_id(fingerprint)
        self.manifest["machines"][mid] = fingerprint
        return mid

    def append(
        self, rows: list[dict[str, Any]], done: list[str], errors: dict[str, Any] | None = None
    ) -> int:
        """Store new rows (texts split out), mark `done` units; returns rows added."""
        fresh, texts = [], []
        for row in rows:
            key = self._key(row)
            if key in self.keys:
                continue
            self.keys.add(key)
            text = row.pop("mlir", None)
            if text is not None and row["mlir_hash"] not in self.text_hashes:
                self.text_hashes.add(row["mlir_hash"])
                texts.append({"mlir_hash": row["mlir_hash"], "text": text})
            fresh.append(row)
            fam = self.manifest["families"]
            fam[row["family"]] = fam.get(row["family"], 0) + 1
        if texts:
            _append_member(self.root / "texts.jsonl.gz", [json.dumps(t) for t in texts])
        if fresh:
            _append_member(
                self.root / "rows.jsonl.gz", [json.dumps(r, sort_keys=True) for r in fresh]
            )
        self.manifest["rows"] = len(self.keys)
        self.manifest["texts"] = len(self.text_hashes)
        self.manifest["done"] = sorted(self.done | set(done))
        self.manifest["errors"].update(errors or {})
        self.save_manifest()
        return len(fresh)

    def save_manifest(self) -> None:
        tmp = self.manifest_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.manifest, indent=1, sort_keys=True) + "\n")
        os.replace(tmp, self.manifest_path)

    def rows(self) -> Iterator[dict[str, Any]]:
        path = self.root / "rows.jsonl.gz"
        if path.exists():
            yield from _read_jsonl(path)

    def texts(self) -> Iterator[tuple[str, str]]:
        path = self.root / "texts.jsonl.gz"
        if path.exists():
            for t in _read_jsonl(path):
                yield t["mlir_hash"], t["text"]

    def summary(self) -> dict[str, Any]:
        rows = list(self.rows())
        units = Counter(r["unit"] for r in rows if r["collector"] == "latency")
        dispatches = {r["unit_id"] for r in rows if r["unit"] == "dispatch"}
        return {
            "rows": len(rows),
            "texts": self.manifest["texts"],
            "rows_by_collector": dict(Counter(r["collector"] for r in rows)),
            "latency_rows_by_unit": dict(units),
            "distinct_dispatches": len(dispatches),
            "distinct_dispatch_texts": len(
                {r["mlir_hash"] for r in rows if r["unit"] == "dispatch"}
            ),
            "graphs": len({r["graph_hash"] for r in rows if r["family"] == "generated"}),
            "families": sorted(self.manifest["families"]),
            "noisy_latency_rows": sum(1 for r in rows if r["noise"].get("noisy")),
        }


def rehash(root: Path) -> dict[str, int]:
    """Re-key a version-1 dataset with today's canonical hash. Every row is kept (rows that
    now share a key are the same MLIR measured twice); texts are merged by their new hash.
    Files are replaced atomically, the manifest last."""
    manifest_path = root / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    if manifest.get("version") == VERSION:
        return {"rows": manifest["rows"], "texts": manifest["texts"], "merged_texts": 0}
    if manifest.get("version") not in CANON_OF:
        raise ValueError(f"{manifest_path}: unknown dataset version {manifest.get('version')}")
    new_hash: dict[str, str] = {}
    texts: dict[str, str] = {}
    for t in _read_jsonl(root / "texts.jsonl.gz"):
        h = canonical_hash(t["text"])
        new_hash[t["mlir_hash"]] = h
        texts.setdefault(h, t["text"])
    rows = []
    for row in _read_jsonl(root / "rows.jsonl.gz"):
        row["mlir_hash"] = new_hash.get(row["mlir_hash"], row["mlir_hash"])
        rows.append(row)
    for name, lines in (
        ("texts.jsonl.gz", [{"mlir_hash": h, "text": t} for h, t in texts.items()]),
        ("rows.jsonl.gz", rows),
    ):
        tmp = root / f"{name}.tmp"
        with gzip.open(tmp, "wt") as f:
            f.writelines(json.dumps(x, sort_keys=name.startswith("rows")) + "\n" for x in lines)
        os.replace(tmp, root / name)
    keys = {Dataset._key(r) for r in rows}
    merged = len(new_hash) - len(texts)
    manifest.update(version=VERSION, rows=len(keys), texts=len(texts))
    tmp = manifest_path.with_suffix(".tmp")
    tmp.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    os.replace(tmp, manifest_path)
    return {"rows": len(rows), "texts": len(texts), "merged_texts": merged}


def _append_member(path: Path, lines: list[str]) -> None:
    """Append `lines` as one gzip member, synced to disk before returning."""
    data = gzip.compress("".join(line + "\n" for line in lines).encode())
    with open(path, "ab") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


_CHUNK = 1 << 16


def _members(path: Path) -> Iterator[tuple[int, bytes]]:
    """(end offset, content) of each whole gzip member, in order, stopping before the
    first damaged one (cut short, corrupt, or not ending in a newline)."""
    with open(path, "rb") as f:
        data = memoryview(f.read())
    pos = 0
    while pos < len(data):
        d = zlib.decompressobj(wbits=31)
        off, parts = pos, []
        try:
            while not d.eof and off < len(data):
                parts.append(d.decompress(data[off : off + _CHUNK]))
                off += min(_CHUNK, len(data) - off)
        except zlib.error:
            return
        content = b"".join(parts)
        if not d.eof or (content and not content.endswith(b"\n")):
            return
        pos = off - len(d.unused_data)
        yield pos, content


def _cut_damaged_tail(path: Path) -> None:
    """Truncate `path` after its last whole member: what a killed writer left half-written
    goes, and later appends stay readable."""
    if not path.exists():
        return
    good = 0
    for end, content in _members(path):
        if _parsed(content) is None:
            break
        good = end
    if good < path.stat().st_size:
        with open(path, "r+b") as f:
            f.truncate(good)
            os.fsync(f.fileno())


def _parsed(content: bytes) -> list[dict[str, Any]] | None:
    """A member's JSON lines, or None if any line is damaged."""
    try:
        return [json.loads(line) for line in content.splitlines() if line.strip()]
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Every line of every whole member, up to the first damaged one (a killed writer's)."""
    for _, content in _members(path):
        rows = _parsed(content)
        if rows is None:
            return
        yield from rows
