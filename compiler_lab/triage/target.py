"""What a finding is, so that a candidate can be told to reproduce it: the bucket key of a
verdict, computed the same way for campaigns and for triage."""

from __future__ import annotations

from compiler_lab import batch, buckets, lab
from compiler_lab.sandbox.pool import WorkerPool


def bucket_key(v: lab.Verdict, pool: WorkerPool, localize: bool = True) -> str | None:
    """The bucket of a crash, hang or mismatch (None for ok and skipped)."""
    if v.verdict in ("crash", "hang") and v.failure is not None:
        return buckets.crash_key(
            v.backend, v.failure.stage, v.failure.exc_type, v.failure.message, v.failure.traceback
        )
    if v.verdict == "mismatch":
        culprit = batch.culprit(v.graph, v.backend, v.options, pool) if localize else None
        out = v.comparison.output if v.comparison and v.comparison.output >= 0 else 0
        dtype = v.graph.values()[v.graph.outputs[out]].dtype
        return buckets.mismatch_key(v.backend, dtype, culprit, v.graph.ops())
    return None
