"""The kind of finding where a compiler's outputs differ from its oracle's reference beyond
honest rounding (see findings.oracle), keyed by the kind of error and the op that first
diverges (see buckets.mismatch_key)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from compiler_lab.findings.buckets import decision_suffix, mismatch_key
from compiler_lab.findings.kinds import FindingKind

if TYPE_CHECKING:
    from compiler_lab.execution.lab import Verdict


class Mismatch(FindingKind):
    name: ClassVar[str] = "mismatch"
    color: ClassVar[str] = "bold magenta"

    def bucket_key(self, v: Verdict, culprit: str | None) -> str | None:
        kind = v.comparison.kind if v.comparison else ""
        key = mismatch_key(v.backend, kind, culprit, v.graph.ops())
        return key + decision_suffix(v.backend, v.options)

    def detail(self, v: Verdict) -> str:
        return v.comparison.kind if v.comparison else v.stage

    def headline(self, bucket: Mapping[str, Any]) -> str:
        """The backend, the kind of error and the op it first shows at (its key's parts);
        a bucket keyed by its op set says so."""
        parts = bucket["key"].split("@", 1)[0].split(":")
        kind, where = (parts[2], parts[3]) if len(parts) >= 4 else ("value", "")
        at = "ops of the graph together" if where.startswith("ops-") else where
        forced = f" (under {bucket['key'].split('@', 1)[1]})" if "@" in bucket["key"] else ""
        return f"{bucket['backend']}: wrong result ({kind}) at {at}{forced}"

    def report(self, verdict: dict[str, Any], ops: list[str]) -> tuple[str, str]:
        cmp = verdict.get("comparison") or {}
        more = " …" if len(ops) > 3 else ""
        title = f"[{verdict['backend']}] wrong result for {', '.join(ops[:3])}{more}"
        what = (
            f"Expected (eager) vs actual ({verdict['backend']}): {verdict.get('reason', '')}\n\n"
            f"max abs error {cmp.get('max_abs', 0):.4g}, max rel error "
            f"{cmp.get('max_rel', 0):.4g} (output {cmp.get('output', '?')})"
        )
        return title, what


MISMATCH = Mismatch()
