"""Training graphs (`clab fuzz --mode train`): forward and backward compiled (AOTAutograd),
and the gradients judged like the outputs.

A training run (the torch backends' `train` option, compiler_lab.execution.training) returns
a graph's outputs and then the gradient of each float graph input, from fixed cotangents.
The `train` oracle runs eager (and eager in float64) the same way and compares everything
with the lab's rules; a result past the graph's outputs is a gradient, so a mismatch there
has the stage `gradient`, which the gradient kind claims. Its bucket is keyed by the op that
first diverges (localized like any mismatch) or else the op consuming the input whose
gradient is wrong: where the backward goes wrong, not the graph's ops.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from compiler_lab.execution.training import gradient_inputs
from compiler_lab.findings.buckets import decision_suffix, mismatch_key
from compiler_lab.findings.mismatch import Mismatch, key_parts
from fuzz.oracles.runs import RunOracle

if TYPE_CHECKING:
    from compiler_lab.execution.lab import Verdict
    from compiler_lab.ir.graph import Graph

#: the stage of a mismatch in a gradient
STAGE = "gradient"
#: the backend option that makes a run a training run
OPTION = "train"


#: eager's forward and backward as the reference (float64 as the truth)
TRAIN = RunOracle("train", OPTION, STAGE)


def wrt_input(graph: Graph, output: int) -> str | None:
    """The graph input whose gradient is result `output` of a training run, or None."""
    inputs = graph.graph_inputs
    differentiated = gradient_inputs([s.dtype for s in inputs])
    j = output - len(graph.outputs)
    return inputs[differentiated[j]].name if 0 <= j < len(differentiated) else None


class GradientMismatch(Mismatch):
    stage: ClassVar[str] = STAGE

    def bucket_key(self, v: Verdict, culprit: str | None) -> str | None:
        kind = v.comparison.kind if v.comparison else ""
        where = culprit or self._consumer(v)
        return mismatch_key(v.backend, f"gradient-{kind or 'value'}", where) + decision_suffix(
            v.backend, v.options
        )

    @staticmethod
    def _consumer(v: Verdict) -> str:
        """The first op reading the input whose gradient is wrong."""
        name = wrt_input(v.graph, v.comparison.output if v.comparison else -1)
        for node in v.graph.nodes:
            if name is not None and name in node.input_names():
                return node.op
        return v.graph.nodes[-1].op if v.graph.nodes else "no-op"

    def headline(self, bucket: Mapping[str, Any]) -> str:
        kind, at, _ = key_parts(bucket["key"])
        return (
            f"{bucket['backend']}: wrong gradient ({kind.removeprefix('gradient-')}) through {at}"
        )

    def report(self, verdict: dict[str, Any], ops: list[str]) -> tuple[str, str]:
        cmp = verdict.get("comparison") or {}
        more = " …" if len(ops) > 3 else ""
        title = f"[{verdict['backend']}] wrong gradient for {', '.join(ops[:3])}{more}"
        what = (
            "Forward and backward compiled (torch.compile, AOTAutograd) against eager's "
            "forward and backward, from the same cotangents: the forward matches, a gradient "
            f"does not.\n\n{verdict.get('reason', '')} (result {cmp.get('output', '?')}: "
            f"max abs error {cmp.get('max_abs', 0):.4g}, max rel error "
            f"{cmp.get('max_rel', 0):.4g})"
        )
        return title, what


GRADIENT_MISMATCH = GradientMismatch()
