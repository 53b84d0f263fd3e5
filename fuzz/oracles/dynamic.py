"""Dynamic shapes (`clab fuzz --dynamic`): a graph compiled once with its leading size
marked dynamic, then run at that size and at a second one, without recompiling.

A dynamic run (the torch backends' `dynamic` option; compiler_lab.ir.resize says how the
second size is made) returns the outputs at the graph's size and then at the second size.
The `dynamic` oracle runs eager (and eager in float64) the same way. Two finding kinds:
- a wrong result at the second size (a mismatch past the graph's outputs: stage
  `second-size`), keyed by the op producing that output;
- a recompile at the second size (dynamo's RecompileError: stage `recompile`), keyed like a
  crash, by the guard that failed: the compiler specialized a size its ops do not need.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

from compiler_lab.backends.torch_runs import guard_failures
from compiler_lab.findings.buckets import crash_key, decision_suffix, key_message, mismatch_key
from compiler_lab.findings.failures import CompilerFailure
from compiler_lab.findings.mismatch import Mismatch, key_parts, output_op
from compiler_lab.findings.oracles import Comparison
from fuzz.oracles.runs import RunOracle

if TYPE_CHECKING:
    from compiler_lab.execution.lab import Verdict

#: the stage of a mismatch at the second size
STAGE = "second-size"
#: the backend option that makes a run a dynamic-shape run
OPTION = "dynamic"


#: eager at both sizes as the reference (float64 as the truth)
DYNAMIC = RunOracle("dynamic", OPTION, STAGE)


class SecondSizeMismatch(Mismatch):
    stage: ClassVar[str] = STAGE

    def bucket_key(self, v: Verdict, culprit: str | None) -> str | None:
        kind = v.comparison.kind if v.comparison else ""
        index = v.comparison.output - len(v.graph.outputs) if v.comparison else -1
        where = culprit or output_op(replace(v, comparison=_at(v.comparison, index)))
        key = mismatch_key(v.backend, f"second-size-{kind or 'value'}", where)
        return key + decision_suffix(v.backend, v.options)

    def headline(self, bucket: Mapping[str, Any]) -> str:
        kind, at, _ = key_parts(bucket["key"])
        kind = kind.removeprefix("second-size-")
        return f"{bucket['backend']}: wrong result ({kind}) at {at} at a second size"

    def report(self, verdict: dict[str, Any], ops: list[str]) -> tuple[str, str]:
        title, what = super().report(verdict, ops)
        return (
            title.replace("wrong result", "wrong result at a second size"),
            "Compiled once with the leading size marked dynamic: right at the graph's size, "
            f"wrong at the second size (compiler_lab.ir.resize).\n\n{what}",
        )


def _at(comparison: Comparison | None, index: int) -> Comparison | None:
    return replace(comparison, output=index) if comparison is not None else None


class Recompile(CompilerFailure):
    name: ClassVar[str] = "crash"
    stage: ClassVar[str] = "recompile"
    color: ClassVar[str] = "bold blue"

    def bucket_key(self, v: Verdict, culprit: str | None) -> str | None:
        """Keyed by the first failed guard, normalized (sizes and names are the graph's)."""
        message = v.failure.message if v.failure is not None else ""
        guard = (guard_failures(message) or [message])[0]
        return crash_key(v.backend, self.stage, "RecompileError", guard, "")

    def cause(self, bucket: Mapping[str, Any]) -> str:
        """The first failed guard, normalized: its message's first line names only dynamo's
        recompile, the same for every cause."""
        guard = (guard_failures(bucket["message"] or "") or [""])[0]
        return f"recompile: {key_message(guard)}" if guard else ""

    def headline(self, bucket: Mapping[str, Any]) -> str:
        guard = (guard_failures(bucket["message"] or "") or [""])[0]
        return f"{bucket['backend']}: recompiled at a second size: {guard[:140]}"

    def report(self, verdict: dict[str, Any], ops: list[str]) -> tuple[str, str]:
        failure = verdict.get("failure") or {}
        lines = [ln for ln in (failure.get("message") or "").splitlines() if ln.strip()]
        title = f"[{verdict['backend']}] recompiles at a second size for {', '.join(ops[:3])}"
        what = (
            "Expected: compiled once with the leading size marked dynamic "
            "(`torch._dynamo.maybe_mark_dynamic`), the graph runs at a second size without "
            "recompiling: its ops accept any size there.\n\nActual: dynamo recompiles "
            "(`error_on_recompile`):\n\n```\n" + "\n".join(lines[:8]) + "\n```"
        )
        return title, what


SECOND_SIZE_MISMATCH = SecondSizeMismatch()
RECOMPILE = Recompile()
