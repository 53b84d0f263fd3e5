"""What each backend lowers, per (op, dtype), so a campaign generates for the MLIR compilers
only graphs they can compile.

Two sources of evidence, both kept in the campaign store (table `support`, by backend and
version, across campaigns):
- a single-op probe, run the first time a backend version meets the op library: every
  (op, dtype) pair as a one-node graph, asked `Backend.lowers` in the sandbox. Results are
  cached by backend version under `$CLAB_CACHE_DIR/support/`; `corpora/support/` ships them
  for the pinned versions, so a first campaign starts at once;
- every verdict of a campaign: a graph that got past lowering is evidence for each of its
  pairs, a `cannot lower` skip is evidence against the pair it names.
A pair is left out of a backend's graphs when it was seen skipped and never lowered; pairs
nobody has tried yet stay in, so the ops covered per backend keep growing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compiler_lab import backends as registry
from compiler_lab.graph import Graph
from compiler_lab.lab import Verdict
from compiler_lab.probe import gap_pairs, op_pairs
from compiler_lab.sandbox.pool import default_cache_dir
from compiler_lab.sandbox.response import Response
from compiler_lab.store import Store, SupportUpdate
from fuzz.gen.generator import Generator
from fuzz.gen.library import Entry, OpLibrary

SHIPPED = Path(__file__).resolve().parents[2] / "corpora" / "support"
PROBE_TIMEOUT_S = 120.0
Progress = Callable[[int, int], None]


@dataclass
class Support:
    """One backend version's evidence: (op, dtype) → (times lowered, times skipped, reason)."""

    backend: str
    version: str
    pairs: dict[tuple[str, str], tuple[int, int, str]] = field(default_factory=dict)

    @classmethod
    def from_store(cls, store: Store, backend: str) -> Support:
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
        gaps = registry.REGISTRY[self.backend].dtype_gaps
        return self.gap(entry.op, entry.dtype) is None and not (entry.dtypes() & set(gaps))

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


def evidence(v: Verdict) -> list[SupportUpdate]:
    """What one verdict says about the pairs of its graph."""
    if v.verdict == "skipped":
        return [
            (op, dtype, 0, 1, v.reason[:300], "campaign")
            for op, dtype in gap_pairs(v.graph, v.reason)
        ]
    return [(op, dtype, 1, 0, "", "campaign") for op, dtype in set(op_pairs(v.graph))]


# ---- the probe ---------------------------------------------------------------------------------


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


def write_cache(path: Path, backend: str, version: str, found: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pairs = sorted([op, dtype, reason] for (op, dtype), reason in found.items())
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"backend": backend, "version": version, "pairs": pairs}, indent=0))
    tmp.replace(path)


def representatives(library: OpLibrary) -> dict[tuple[str, str], list[Entry]]:
    """The library's entries grouped by (op, dtype) pair."""
    out: dict[tuple[str, str], list[Entry]] = {}
    for e in library.entries():
        out.setdefault((e.op, e.dtype), []).append(e)
    return out


def probe(
    backend: str,
    library: OpLibrary,
    pool,
    known: dict[tuple[str, str], str | None] | None = None,
    progress: Progress | None = None,
) -> dict[tuple[str, str], str | None]:
    """Ask `backend` about every pair of `library` not in `known`: pair → skip reason, or
    None when it lowers. A probe that crashes or hangs counts as lowering: that is a
    finding for the campaign, not a gap."""
    known = dict(known or {})
    todo = [(pair, entries) for pair, entries in sorted(representatives(library).items())
            if pair not in known]  # fmt: skip
    gen = Generator(library, seed=0)
    graphs: list[tuple[tuple[str, str], Graph]] = []
    for pair, entries in todo:
        built = (gen.single(e, f"probe-{pair[0]}-{pair[1]}") for e in entries[:3])
        g = next((g for g in built if g is not None), None)
        if g is None:
            known[pair] = None  # no one-node call to ask with: leave it to the campaign
        else:
            graphs.append((pair, g))
    requests = [
        {
            "kind": "call",
            "function": "compiler_lab.probe:lowers",
            "payload": {"graph": g.to_json(), "backend": backend},
            "timeout_s": PROBE_TIMEOUT_S,
        }
        for _, g in graphs
    ]
    done = [0]

    def tick(_: int, __: Response) -> None:
        done[0] += 1
        if progress:
            progress(done[0], len(requests))

    for (pair, _), resp in zip(graphs, pool.map(requests, on_done=tick), strict=True):
        known[pair] = resp.result["reason"] if resp.ok else None
    return known


def probed(backend: str) -> Support:
    """What the probe (shipped, or cached under $CLAB_CACHE_DIR) says `backend` lowers, at
    its installed version; empty when it has not been probed."""
    version = registry.REGISTRY[backend].version()
    known = read_cache(cache_file(SHIPPED, backend, version))
    known |= read_cache(cache_file(default_cache_dir() / "support", backend, version))
    pairs = {pair: (int(r is None), int(r is not None), r or "") for pair, r in known.items()}
    return Support(backend, version, pairs)


def ensure_probed(
    store: Store, backend: str, library: OpLibrary, pool, progress: Progress | None = None
) -> Support:
    """The backend's support, probing (once per version, cached) the pairs no probe has
    answered yet, and recording the answers in the store."""
    version = registry.REGISTRY[backend].version()
    cache = cache_file(default_cache_dir() / "support", backend, version)
    known = read_cache(cache_file(SHIPPED, backend, version)) | read_cache(cache)
    pairs = set(representatives(library))
    if not pairs <= set(known):
        known = probe(backend, library, pool, known, progress)
        write_cache(cache, backend, version, known)
    have = store.support(backend, version)
    fresh = [
        (op, dtype, int(reason is None), int(reason is not None), reason or "", "probe")
        for (op, dtype), reason in known.items()
        if (op, dtype) in pairs and (op, dtype) not in have
    ]
    if fresh:
        store.add_support(backend, version, fresh)
    return Support.from_store(store, backend)
