"""The kind of finding where a compiler's outputs differ from its oracle's reference beyond
honest rounding (see findings.oracle), keyed by the kind of error and its culprit (the first
op wrong on its own inputs, else the first that differs: findings.culprit), or else the op
producing the wrong output (see buckets.mismatch_key)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from compiler_lab.findings.buckets import decision_suffix, mismatch_key
from compiler_lab.findings.culprit import EVIDENCE
from compiler_lab.findings.kinds import FindingKind

if TYPE_CHECKING:
    from compiler_lab.execution.lab import Verdict


class Mismatch(FindingKind):
    name: ClassVar[str] = "mismatch"
    color: ClassVar[str] = "bold magenta"

    def bucket_key(self, v: Verdict, culprit: str | None) -> str | None:
        kind = v.comparison.kind if v.comparison else ""
        key = mismatch_key(v.backend, kind, culprit or output_op(v))
        return key + decision_suffix(v.backend, v.options)

    def detail(self, v: Verdict) -> str:
        return v.comparison.kind if v.comparison else v.stage

    def headline(self, bucket: Mapping[str, Any]) -> str:
        """The backend, the kind of error and the op it shows at (its key's parts)."""
        kind, at, forced = key_parts(bucket["key"])
        under = f" (under {forced})" if forced else ""
        return f"{bucket['backend']}: wrong result ({kind}) at {at}{under}"

    def report(self, verdict: dict[str, Any], ops: list[str]) -> tuple[str, str]:
        cmp = verdict.get("comparison") or {}
        more = " …" if len(ops) > 3 else ""
        title = f"[{verdict['backend']}] wrong result for {', '.join(ops[:3])}{more}"
        what = (
            f"Expected (eager) vs actual ({verdict['backend']}): {verdict.get('reason', '')}\n\n"
            f"max abs error {cmp.get('max_abs', 0):.4g}, max rel error "
            f"{cmp.get('max_rel', 0):.4g} (output {cmp.get('output', '?')})"
        )
        blamed = culprit_line(verdict)
        return title, f"{what}\n\n{blamed}" if blamed else what


def key_parts(key: str) -> tuple[str, str, str]:
    """A mismatch key's kind of error, op, and the decisions forced ("" for none)."""
    body, _, forced = key.partition("@")
    parts = body.split(":")
    kind, at = (parts[2], parts[3]) if len(parts) >= 4 else ("value", "")
    return kind, at, forced


def culprit_line(verdict: dict[str, Any]) -> str:
    """What the culprit's evidence says (findings.culprit), for people; "" where the
    mismatch was not localized."""
    facts = (verdict.get("timings") or {}).get(EVIDENCE)
    if not isinstance(facts, dict) or not facts.get("op"):
        return ""
    how = "is wrong on its own inputs" if facts.get("own") else "is the first that differs"
    return (
        f"Culprit: `{facts['op']}` (node {facts.get('node', '?')}) {how}: {facts.get('reason', '')}"
    )


def output_op(v: Verdict) -> str:
    """The op producing the output that differs (the last op when the comparison names no
    output, or the graph has no node producing it: an input returned as is)."""
    index = v.comparison.output if v.comparison else -1
    outputs = v.graph.outputs
    name = outputs[index] if 0 <= index < len(outputs) else None
    producer = next((n.op for n in v.graph.nodes if any(o.name == name for o in n.outputs)), None)
    return producer or (v.graph.nodes[-1].op if v.graph.nodes else "no-op")


MISMATCH = Mismatch()
