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
The evidence itself, and how generation reads it, is `fuzz/gen/lowerable.py`.
A pair is left out of a backend's graphs when it was seen skipped and never lowered; pairs
nobody has tried yet stay in, so the ops covered per backend keep growing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from compiler_lab import backends as registry
from compiler_lab.execution.lab import Verdict
from compiler_lab.execution.probe import LowerProbe, gap_pairs, lowers, op_pairs
from compiler_lab.ir.graph import Graph
from compiler_lab.sandbox.calls import Call
from compiler_lab.sandbox.pool import default_cache_dir
from compiler_lab.sandbox.response import Response
from fuzz.gen.generator import Generator
from fuzz.gen.library import Entry, OpLibrary
from fuzz.gen.lowerable import SHIPPED, Support, cache_file, read_cache
from fuzz.tables import FuzzStore, SupportUpdate

PROBE_TIMEOUT_S = 120.0
Progress = Callable[[int, int], None]


def evidence(v: Verdict) -> list[SupportUpdate]:
    """What one verdict says about the pairs of its graph."""
    if v.verdict == "skipped":
        return [
            (op, dtype, 0, 1, v.reason[:300], "campaign")
            for op, dtype in gap_pairs(v.graph, v.reason)
        ]
    return [(op, dtype, 1, 0, "", "campaign") for op, dtype in set(op_pairs(v.graph))]


# ---- the probe ---------------------------------------------------------------------------------


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
    requests = [Call(lowers, LowerProbe(g.to_json(), backend), PROBE_TIMEOUT_S) for _, g in graphs]
    done = [0]

    def tick(_: int, __: Response) -> None:
        done[0] += 1
        if progress:
            progress(done[0], len(requests))

    for (pair, _), resp in zip(graphs, pool.call_many(requests, on_done=tick), strict=True):
        known[pair] = resp.result.reason if resp.ok else None
    return known


def ensure_probed(
    store: FuzzStore, backend: str, library: OpLibrary, pool, progress: Progress | None = None
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
