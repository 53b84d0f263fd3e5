"""What each backend is known to lower, per (op, dtype): the evidence a campaign keeps in its
store, and the probe's answers shipped in `corpora/support/` or cached under
`$CLAB_CACHE_DIR/support/`. Generation reads it to give the MLIR compilers only graphs they
can compile; `fuzz/campaign/support.py` gathers it."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compiler_lab import backends as registry
from compiler_lab.sandbox.pool import default_cache_dir
from fuzz.gen.library import Entry
from fuzz.tables import FuzzStore

SHIPPED = Path(__file__).resolve().parents[2] / "corpora" / "support"


@dataclass
class Support:
    """One backend version's evidence: (op, dtype) → (times lowered, times skipped, reason)."""

    backend: str
    version: str
    pairs: dict[tuple[str, str], tuple[int, int, str]] = field(default_factory=dict)

    @classmethod
    def from_store(cls, store: FuzzStore, backend: str) -> Support:
        version = registry.REGISTRY[backend].version()
        rows = store.support(backend, version)
        return cls(
            backend,
            version,
            {k: (r["lowered"], r["skipped"], r["reason"]) for k, r in rows.items()},
        )

    def gap(self, op: str, dtype: str) -> str | None:
        """The skip reason if the pair was seen skipped and never lowered, else None."""
        lowered, skipped, reason = self.pairs.get((op, dtype), (0, 0, ""))
        return reason if skipped and not lowered else None

    def allows(self, entry: Entry) -> bool:
        return self.lowers(entry.op, entry.dtype, entry.dtypes())

    def lowers(self, op: str, dtype: str, dtypes: set[str]) -> bool:
        """Whether (op, dtype), touching `dtypes`, may go into this backend's graphs: not
        seen skipped without ever lowering, and no dtype the backend cannot take."""
        gaps = registry.REGISTRY[self.backend].dtype_gaps
        return self.gap(op, dtype) is None and not (dtypes & set(gaps))

    def coverage(self) -> dict[str, Any]:
        """Ops tried, ops lowered, and ops never lowered with a skip reason."""
        tried: dict[str, list[int]] = {}
        reasons: dict[str, str] = {}
        for (op, _), (lowered, skipped, reason) in self.pairs.items():
            t = tried.setdefault(op, [0, 0])
            t[0] += lowered
            t[1] += skipped
            if reason:
                reasons.setdefault(op, reason)
        never = {op: reasons.get(op, "") for op, (lo, sk) in tried.items() if sk and not lo}
        return {
            "backend": self.backend,
            "version": self.version,
            "ops_tried": len(tried),
            "ops_lowered": sum(1 for lo, _ in tried.values() if lo),
            "ops_never_lowered": dict(sorted(never.items())),
        }


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.=-]+", "_", text)


def cache_file(root: Path, backend: str, version: str) -> Path:
    return root / f"{backend}-{_slug(version)}.json"


def read_cache(path: Path) -> dict[tuple[str, str], str | None]:
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
    return {(op, dtype): reason for op, dtype, reason in data.get("pairs", [])}


def probed(backend: str) -> Support:
    """What the probe (shipped, or cached under $CLAB_CACHE_DIR) says `backend` lowers, at
    its installed version; empty when it has not been probed."""
    version = registry.REGISTRY[backend].version()
    known = read_cache(cache_file(SHIPPED, backend, version))
    known |= read_cache(cache_file(default_cache_dir() / "support", backend, version))
    pairs = {pair: (int(r is None), int(r is not None), r or "") for pair, r in known.items()}
    return Support(backend, version, pairs)
