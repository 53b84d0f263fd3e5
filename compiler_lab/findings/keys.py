"""What a finding is, so that a candidate can be told to reproduce it: the bucket key of a
verdict (its kind's, see findings.kinds), computed the same way for campaigns and for
triage, and the signature of a reduced reproducer."""

from __future__ import annotations

from compiler_lab.execution import batch, lab
from compiler_lab.findings import buckets, oracles
from compiler_lab.sandbox.pool import Executor


def localize(v: lab.Verdict, pool: Executor, oracle: oracles.Oracle = oracles.ORACLE) -> str | None:
    """The op a mismatch first diverges at (compiles graph prefixes in the sandbox), or
    None: the explicit, costly step a campaign or triage chooses to run before keying."""
    if v.verdict != "mismatch":
        return None
    return batch.culprit(v.graph, v.backend, v.options, pool, oracle=oracle)


def bucket_key(v: lab.Verdict, culprit: str | None = None) -> str | None:
    """The bucket of a finding (None for ok, skipped and harness-error). Pure: a mismatch's
    `culprit` comes from `localize`, run beforehand if wanted."""
    kind = v.kind
    return kind.bucket_key(v, culprit) if kind is not None else None


def signature(v: lab.Verdict) -> str:
    """The reduced-reproducer signature of a finding (see buckets.reduced_signature)."""
    what = v.kind.detail(v) if v.kind is not None else v.stage
    return buckets.reduced_signature(v.backend, f"{v.verdict}:{what}", v.graph.ops())
