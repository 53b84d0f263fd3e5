"""The decision kind: a wrong result that shows only under a compiler decision other than
the default (an Inductor config flag, an IREE module flag set), while the same graph with
the same inputs is right under the compiler's defaults.

A campaign with decision fuzzing runs each graph twice per backend: under the defaults (the
test itself) and under one decision drawn from the backend's `decisions`. `judge` pairs the
two: a decision run that fails where the default passed is the decision's finding (a
mismatch becomes this kind; a crash or hang stays one, keyed by the decision all the same,
see buckets.decision_suffix); one that fails where the default fails too is the default's
bug seen again, and is skipped rather than counted twice. The decision's options are the
case's options, so its repro compiles under them: it names the decision and shows the bug.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

from compiler_lab.findings.mismatch import Mismatch, key_parts

if TYPE_CHECKING:
    from compiler_lab.execution.lab import Verdict

#: the stage of a mismatch that shows only under a decision
STAGE = "decision"
#: the arm of a campaign's tests run under decisions (recorded as `<backend>@decisions`)
ARM = "decisions"


class DecisionMismatch(Mismatch):
    stage: ClassVar[str] = STAGE
    evidence: ClassVar[str] = "decision"
    evidence_fields: ClassVar[dict[str, Any]] = {"name": str, "options": dict, "default": str}

    def headline(self, bucket: Mapping[str, Any]) -> str:
        _, at, forced = key_parts(bucket["key"])
        under = forced or "a non-default decision"
        return f"{bucket['backend']}: wrong result at {at} only under {under}"

    def report(self, verdict: dict[str, Any], ops: list[str]) -> tuple[str, str]:
        title, what = super().report(verdict, ops)
        facts = verdict.get("timings", {}).get(self.evidence, {})
        name = facts.get("name", "?")
        return (
            f"{title} under {name}",
            f"Right under {verdict['backend']}'s default decisions, wrong under `{name}` "
            f"(options {verdict.get('options', {})}).\n\n{what}",
        )


DECISION_MISMATCH = DecisionMismatch()


def judge(default: str, v: Verdict, name: str, forced: dict[str, Any]) -> Verdict:
    """The verdict of decision run `v` (under decision `name`, which sets the options
    `forced`) given the verdict the same graph got under the defaults (`default`)."""
    if not v.is_finding:
        return v
    if default != "ok":
        why = f"the default run was {default}: a failure under {name} is not its own"
        return replace(v, verdict="skipped", stage=STAGE, reason=why)
    facts = {DECISION_MISMATCH.evidence: {"name": name, "options": forced, "default": default}}
    v = replace(v, timings=v.timings | facts)
    if v.verdict == "mismatch":
        return replace(v, stage=STAGE, reason=f"under {name}: {v.reason}")
    return v
