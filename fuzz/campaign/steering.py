"""Budget steering: once a bug is known, the ops at its culprit are drawn less, for the rest
of the campaign and for later campaigns on the same store, so the budget goes to finding
new root causes rather than re-finding old ones.

A bucket's culprit ops are, from the best evidence to the weakest: the ops of its reduced
reproducer; the first diverging op of a localized mismatch; the ops its failure message
names that its graph holds; the ops common to every test in it, once they are few.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from compiler_lab.errors import LabError
from compiler_lab.findings.cases import reduced_path
from compiler_lab.ir.graph import MAX_FILE_BYTES, Graph
from compiler_lab.ir.opnames import base_name
from compiler_lab.safe_files import read_file
from compiler_lab.storage.store import Store

_NAMED_OP = re.compile(r"\baten(?:\.|::)(\w+)")
#: at most this many ops make a culprit set worth steering by
MAX_CULPRITS = 3


def culprits(
    key: str, message: str, ops_of_tests: list[list[str]], reduced: Graph | None = None
) -> list[str]:
    """The culprit ops of one bucket (possibly none: then it does not steer)."""
    if reduced is not None and len(reduced.nodes) <= MAX_CULPRITS:
        return sorted(set(reduced.ops()))
    if ":mismatch:" in key:
        last = key.split("@", 1)[0].rsplit(":", 1)[-1]  # not the forced decisions after @
        if last.startswith("aten."):
            return [last]
    graph_ops = {op for ops in ops_of_tests for op in ops}
    named = set(_NAMED_OP.findall(message))
    hit = sorted(op for op in graph_ops if base_name(op) in named)
    if 0 < len(hit) <= MAX_CULPRITS:
        return hit
    if len(ops_of_tests) >= 2:
        common = set.intersection(*(set(ops) for ops in ops_of_tests))
        if 0 < len(common) <= MAX_CULPRITS:
            return sorted(common)
    return []


def penalties(
    store: Store, backends: Iterable[str], kinds: tuple[str, ...] = ("crash", "hang", "mismatch")
) -> tuple[Counter, Counter]:
    """(op penalty, op-pair penalty) from every bucket of `kinds` the store holds for
    `backends`: one per bucket whose culprits include the op (or the pair)."""
    wanted = set(backends)
    by_bucket = store.bucket_tests(wanted)
    ops, pairs = Counter(), Counter()
    for b in store.buckets():
        if b["backend"] not in wanted or b["kind"] not in kinds:
            continue
        reduced = _reduced_graph(store.case_path(b)) if b["reduced"] and b["case_dir"] else None
        found = culprits(b["key"], b["message"] or "", by_bucket.get(b["key"], []), reduced)
        ops.update(found)
        pairs.update((a, c) for a in found for c in found if a != c)
    return ops, pairs


def crash_culprits(store: Store, backend: str) -> set[str]:
    """The culprit ops of `backend`'s known crashes and hangs: graphs holding one compile
    alone, so a crash does not take a merged batch's other graphs down with it."""
    return set(penalties(store, [backend], kinds=("crash", "hang"))[0])


def _reduced_graph(case: Path) -> Graph | None:
    """The graph `triage reduce` wrote beside a bucket's case (`<case>.reduced`), inside the
    store's cases folder whatever the store's `reduced` column says; read bounded, None if
    it is not there or not a graph (it only steers)."""
    where = reduced_path(case) / "graph.json"
    try:
        return Graph.loads(read_file(where, MAX_FILE_BYTES), str(where))
    except (FileNotFoundError, LabError):
        return None
