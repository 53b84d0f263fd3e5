"""What a finding is, so that a candidate can be told to reproduce it: the bucket key of a
verdict, computed the same way for campaigns and for triage."""

from __future__ import annotations

from compiler_lab.execution import batch, lab
from compiler_lab.findings import buckets
from compiler_lab.findings.perf import MODEL_STAGE
from compiler_lab.sandbox.pool import Executor


def localize(v: lab.Verdict, pool: Executor) -> str | None:
    """The op a mismatch first diverges at (compiles graph prefixes in the sandbox), or
    None: the explicit, costly step a campaign or triage chooses to run before keying."""
    if v.verdict != "mismatch":
        return None
    return batch.culprit(v.graph, v.backend, v.options, pool)


def bucket_key(v: lab.Verdict, culprit: str | None = None) -> str | None:
    """The bucket of a crash, hang, mismatch or perf-outlier (None for ok and skipped).
    Pure: a mismatch's `culprit` comes from `localize`, run beforehand if wanted."""
    if v.verdict in ("crash", "hang") and v.failure is not None:
        return buckets.crash_key(
            v.backend, v.failure.stage, v.failure.exc_type, v.failure.message, v.failure.traceback
        )
    if v.verdict == "mismatch":
        kind = v.comparison.kind if v.comparison else ""
        return buckets.mismatch_key(v.backend, kind, culprit, v.graph.ops())
    if v.verdict == "perf-outlier" and v.stage == MODEL_STAGE:
        return buckets.perf_key(v.backend, f"model:{v.timings[MODEL_STAGE]['kind']}")
    if v.verdict == "perf-outlier" and v.graph.nodes:
        heaviest = max(v.graph.nodes, key=lambda n: sum(o.numel for o in n.outputs))
        return buckets.perf_key(v.backend, heaviest.op)
    return None


def signature(v: lab.Verdict) -> str:
    """The reduced-reproducer signature of a finding (see buckets.reduced_signature)."""
    what = v.comparison.kind if v.verdict == "mismatch" and v.comparison else v.stage
    return buckets.reduced_signature(v.backend, f"{v.verdict}:{what}", v.graph.ops())
