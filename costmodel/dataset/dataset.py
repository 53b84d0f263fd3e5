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
last member, which readers stop before and the next writer cuts off (saying so), so an
interrupted run loses at most the chunk in flight. A damaged member with whole ones after it
is not a killed writer's: the file is refused, never cut. Version 3 (and 2) hash with canon
v2 (dispatch ordinals dropped, strings kept); `rehash` brings a version-1 dataset over
without losing a row.

Datasets may come from someone else, so reading is bounded and never writes: data files are
read as `members.py` reads them (regular files, inflation capped per file and per line), and
a malformed row (bad JSON, a missing or mistyped field, a metric
that is not a finite number >= 0) is skipped and counted (`Dataset.skipped`), never fatal.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import math
import os
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from compiler_lab.safe_files import read_file
from costmodel.dataset.members import (
    BAD,
    DatasetError,
    all_records,
    append_member,
    cut_damaged_tail,
    records,
)
from costmodel.mlir.canon import CANON_VERSION, canonical_hash

VERSION = 3
#: the canonical-MLIR version each dataset version hashes with
CANON_OF = {1: 1, 2: 2, 3: 2}
assert CANON_OF[VERSION] == CANON_VERSION

MAX_MANIFEST_BYTES = 64 << 20
#: metrics that must be finite numbers >= 0 where a row has them (`error` may be text)
NUMERIC_METRICS = (
    "latency_s", "instructions", "l1d_read_misses", "ll_data_read_misses",
    "cond_branch_mispredicts", "code_bytes", "spills", "reloads", "vector_share",
    "artifact_bytes", "elements",
)  # fmt: skip
ROW_FIELDS = {
    "mlir_hash": str, "level": str, "collector": str, "family": str, "unit": str,
    "unit_id": str, "graph_hash": str, "metrics": dict, "noise": dict,
}  # fmt: skip
MANIFEST_FIELDS = {
    "version": int, "machines": dict, "collectors": dict, "families": dict, "rows": int,
    "texts": int, "done": list, "errors": dict, "targets": dict,
}  # fmt: skip

log = logging.getLogger(__name__)


def machine_id(fingerprint: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(fingerprint, sort_keys=True).encode()).hexdigest()[:12]


class Dataset:
    """A dataset directory. `readonly` opens an existing one and never writes to it (stats,
    training, evaluation); otherwise it is created if needed and a killed writer's damaged
    last append is cut, ready for appends."""

    def __init__(self, root: Path, readonly: bool = False) -> None:
        self.root = root
        self.readonly = readonly
        self.manifest_path = root / "manifest.json"
        #: per data file: (rows skipped as malformed, why the first was)
        self.skipped: dict[str, tuple[int, str]] = {}
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
        if readonly and not root.is_dir():
            raise DatasetError(f"{root}: no such dataset directory")
        if readonly and not self.manifest_path.exists():
            raise DatasetError(f"{root}: not a cost dataset (no manifest.json)")
        if not readonly:
            try:
                root.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatasetError(f"{root}: cannot create the dataset ({exc.strerror})") from None
        if self.manifest_path.exists():
            self.manifest |= _read_manifest(self.manifest_path)
        self.keys: set[tuple] = set()
        self.text_hashes: set[str] = set()
        if readonly:
            return
        for name in ("texts.jsonl.gz", "rows.jsonl.gz"):
            cut_damaged_tail(root / name)
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
        assert not self.readonly, "a read-only dataset is never written"
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
            append_member(self.root / "texts.jsonl.gz", [json.dumps(t) for t in texts])
        if fresh:
            append_member(
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
        """The well-formed rows; the others are counted in `skipped`."""
        yield from self._checked("rows.jsonl.gz", _row_problem)

    def texts(self) -> Iterator[tuple[str, str]]:
        for t in self._checked("texts.jsonl.gz", _text_problem):
            yield t["mlir_hash"], t["text"]

    def _checked(self, name: str, problem: Callable[[Any], str]) -> Iterator[dict[str, Any]]:
        path = self.root / name
        if not os.path.lexists(path):
            return
        count, first = 0, ""
        for line, obj in records(path):
            why = "not valid JSON" if obj is BAD else problem(obj)
            if why:
                count, first = count + 1, first or f"line {line}: {why}"
                continue
            yield obj
        if count and self.skipped.get(name) != (count, first):
            log.warning("%s: skipped %d malformed row(s) (first: %s)", path, count, first)
        self.skipped[name] = (count, first)

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


def _row_problem(row: Any) -> str:
    """Why `row` is not a usable dataset row ('' if it is)."""
    if not isinstance(row, dict):
        return "not a JSON object"
    for key, kind in ROW_FIELDS.items():
        if not isinstance(row.get(key), kind):
            return f"{key} is {'missing' if key not in row else 'not a ' + kind.__name__}"
    target = row.get("target") or {}
    if not isinstance(target, dict) or not isinstance(target.get("isa", ""), str):
        return "target is not an object with a string isa"
    seed = row.get("generator_seed")
    if seed is not None and (not isinstance(seed, int) or isinstance(seed, bool)):
        return "generator_seed is not an integer"
    for name in NUMERIC_METRICS:
        if name in row["metrics"] and not _finite_count(row["metrics"][name]):
            return f"metrics.{name} is {row['metrics'][name]!r}, not a finite number >= 0"
    if "cv" in row["noise"] and not _finite_count(row["noise"]["cv"]):
        return f"noise.cv is {row['noise']['cv']!r}, not a finite number >= 0"
    for flag in ("noisy", "loaded"):
        if not isinstance(row["noise"].get(flag, False), bool):
            return f"noise.{flag} is not true or false"
    return ""


def _finite_count(value: Any) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value >= 0
    )


def _text_problem(obj: Any) -> str:
    if not isinstance(obj, dict):
        return "not a JSON object"
    for key in ("mlir_hash", "text"):
        if not isinstance(obj.get(key), str):
            return f"{key} is missing or not a string"
    return ""


def _read_manifest(path: Path) -> dict[str, Any]:
    """The manifest, checked field by field against what the dataset code relies on."""
    try:
        manifest = json.loads(read_file(path, MAX_MANIFEST_BYTES))
    except (ValueError, RecursionError) as exc:
        raise DatasetError(f"{path}: not valid JSON ({type(exc).__name__})") from None
    if not isinstance(manifest, dict):
        raise DatasetError(f"{path}: not a JSON object")
    version = manifest.get("version")
    if version != VERSION:
        hint = (
            f"; run `python tools/rehash_costdata.py {path.parent}` to bring it to {VERSION}"
            if isinstance(version, int) and version in CANON_OF
            else ""
        )
        raise DatasetError(f"{path}: dataset version {version!r} (expected {VERSION}){hint}")
    for key, kind in MANIFEST_FIELDS.items():
        if key in manifest and not isinstance(manifest[key], kind):
            raise DatasetError(f"{path}: field {key!r} is not a {kind.__name__}")
    if not all(isinstance(n, int) for n in manifest.get("families", {}).values()):
        raise DatasetError(f"{path}: field 'families' must map names to row counts")
    if not all(isinstance(u, str) for u in manifest.get("done", [])):
        raise DatasetError(f"{path}: field 'done' must list unit names")
    return manifest


def rehash(root: Path) -> dict[str, int]:
    """Re-key a version-1 dataset with today's canonical hash. Every row is kept (rows that
    now share a key are the same MLIR measured twice); texts are merged by their new hash.
    Files are replaced atomically, the manifest last."""
    manifest_path = root / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    if manifest.get("version") == VERSION:
        return {"rows": manifest["rows"], "texts": manifest["texts"], "merged_texts": 0}
    if manifest.get("version") not in CANON_OF:
        raise DatasetError(f"{manifest_path}: unknown dataset version {manifest.get('version')}")
    new_hash: dict[str, str] = {}
    texts: dict[str, str] = {}
    for t in all_records(root / "texts.jsonl.gz"):
        h = canonical_hash(t["text"])
        new_hash[t["mlir_hash"]] = h
        texts.setdefault(h, t["text"])
    rows = []
    for row in all_records(root / "rows.jsonl.gz"):
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
