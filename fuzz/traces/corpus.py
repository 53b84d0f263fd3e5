"""The trace corpus on disk: deduplicated JSONL.gz shards plus a manifest, and the per-unit
parts of a collection under way.

corpora/traces/manifest.json          torch version, sources, counts, timings, notes
corpora/traces/records-NN.jsonl.gz    records, sharded by op name
corpora/traces/.parts/                per-unit results while collecting (for resume)
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

SHARDS = 8
MANIFEST = "manifest.json"


def _safe(unit: str) -> str:
    digest = hashlib.sha1(unit.encode()).hexdigest()[:10]
    clean = "".join(c if c.isalnum() or c in "._-" else "_" for c in unit)[:80]
    return f"{clean}-{digest}"


class Parts:
    """Per-unit results, each written atomically so an interrupted run resumes cleanly."""

    def __init__(self, root: Path) -> None:
        self.root = root / ".parts"
        self.root.mkdir(parents=True, exist_ok=True)
        self.failed_path = self.root / "failed.jsonl"

    def path(self, unit: str) -> Path:
        return self.root / f"{_safe(unit)}.jsonl.gz"

    def done(self, unit: str) -> bool:
        return self.path(unit).exists() or unit in self.failed()

    def save(self, unit: str, records: list[dict[str, Any]], seconds: float) -> None:
        tmp = self.path(unit).with_suffix(".tmp")
        with gzip.open(tmp, "wt") as f:
            f.write(json.dumps({"unit": unit, "seconds": round(seconds, 3)}) + "\n")
            for rec in records:
                f.write(json.dumps(rec, separators=(",", ":")) + "\n")
        os.replace(tmp, self.path(unit))

    def fail(self, unit: str, reason: str) -> None:
        with open(self.failed_path, "a") as f:
            f.write(json.dumps({"unit": unit, "reason": reason[:500]}) + "\n")

    def failed(self) -> dict[str, str]:
        if not self.failed_path.exists():
            return {}
        out = {}
        for line in self.failed_path.read_text().splitlines():
            if line.strip():
                d = json.loads(line)
                out[d["unit"]] = d["reason"]
        return out

    def units(self) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
        for path in sorted(self.root.glob("*.jsonl.gz")):
            with gzip.open(path, "rt") as f:
                head = json.loads(f.readline())
                yield head, [json.loads(line) for line in f if line.strip()]


def shard_of(op: str) -> int:
    return int(hashlib.sha1(op.encode()).hexdigest(), 16) % SHARDS


def write_corpus(root: Path, records: Iterable[dict[str, Any]], manifest: dict[str, Any]) -> None:
    """Replace the shards and manifest under `root` (each file written atomically)."""
    shards: list[list[dict[str, Any]]] = [[] for _ in range(SHARDS)]
    for rec in records:
        shards[shard_of(rec["op"])].append(rec)
    for i, recs in enumerate(shards):
        recs.sort(key=lambda r: (r["op"], not r["ok"]))
        path = root / f"records-{i:02d}.jsonl.gz"
        tmp = path.with_suffix(".tmp")
        with gzip.GzipFile(tmp, "wb", mtime=0) as f:
            for rec in recs:
                f.write((json.dumps(rec, separators=(",", ":"), sort_keys=True) + "\n").encode())
        os.replace(tmp, path)
    (root / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")


def read_records(root: Path) -> Iterator[dict[str, Any]]:
    """Every record of a finished corpus."""
    paths = sorted(Path(root).glob("records-*.jsonl.gz"))
    if not paths:
        raise FileNotFoundError(f"{root}: no trace shards (records-*.jsonl.gz)")
    for path in paths:
        with gzip.open(path, "rt") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)


def read_manifest(root: Path) -> dict[str, Any]:
    return json.loads((Path(root) / MANIFEST).read_text())
