"""What a finding is, so that a candidate can be told to reproduce it: the bucket key of a
verdict (its kind's, see findings.kinds), computed the same way for campaigns and for
triage, and the signature of a reduced reproducer."""

from __future__ import annotations

from compiler_lab.execution import lab
from compiler_lab.findings import buckets, culprit, oracles
from compiler_lab.sandbox.pool import Executor


def localize(v: lab.Verdict, pool: Executor, oracle: oracles.Oracle = oracles.ORACLE) -> str | None:
    """The op a mismatch is blamed on (findings.culprit: the first wrong on its own inputs,
    else the first whose value differs), or None: the explicit, costly step a campaign or
    triage chooses to run before keying. Its facts become the verdict's evidence
    (`timings["culprit"]`), which its case and report keep. A mismatch where every op is
    right on its own inputs becomes ok here (ill-conditioned: culprit.py says why)."""
    if v.verdict != "mismatch":
        return None
    found = culprit.locate(v, pool, oracle)
    if found is None:
        return None
    v.timings = {**v.timings, culprit.EVIDENCE: found.evidence()}  # a batch's share one dict
    if found.conditioned:  # every op right on its own inputs: no compiler bug to key
        v.verdict, v.stage = "ok", ""
        v.reason = f"ill-conditioned, not miscompiled: {found.reason}"
        return None
    return found.op


def bucket_key(v: lab.Verdict, culprit: str | None = None) -> str | None:
    """The bucket of a finding (None for ok, skipped and harness-error). Pure: a mismatch's
    `culprit` comes from `localize`, run beforehand if wanted."""
    kind = v.kind
    return kind.bucket_key(v, culprit) if kind is not None else None


def signature(v: lab.Verdict) -> str:
    """The reduced-reproducer signature of a finding (see buckets.reduced_signature)."""
    what = v.kind.detail(v) if v.kind is not None else v.stage
    return buckets.reduced_signature(v.backend, f"{v.verdict}:{what}", v.graph.ops())
