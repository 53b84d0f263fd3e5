"""The finding kind of the model-based performance check (`clab cost perfcheck`): a
perf-outlier judged against a cost model's prediction for one dispatch, not against eager.

Registered with the lab through the `clab.kinds` entry point (pyproject.toml), so cases,
buckets, reports and triage know it without the lab importing a cost model. Its evidence
(the dispatch, its kind, measured and predicted seconds, the model and its error band) is
in timings[MODEL_STAGE]. No standalone script carries a model's prediction: such a finding
is replayed and reduced with `clab cost reduce CASE`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from compiler_lab.findings.kinds import NUMBER, FindingKind
from compiler_lab.findings.perf import perf_key

if TYPE_CHECKING:
    from compiler_lab.execution.lab import Verdict

MODEL_STAGE = "perf-model"


class ModelPerfOutlier(FindingKind):
    name: ClassVar[str] = "perf-outlier"
    stage: ClassVar[str | None] = MODEL_STAGE
    color: ClassVar[str] = "bold cyan"
    evidence: ClassVar[str] = MODEL_STAGE
    evidence_fields: ClassVar[dict[str, Any]] = {
        "kind": str,
        "model": str,
        "measured_s": NUMBER,
        "predicted_s": NUMBER,
        "band_log10": NUMBER,
    }
    replay: ClassVar[str] = "clab cost reduce CASE"

    def bucket_key(self, v: Verdict, culprit: str | None) -> str | None:
        return perf_key(v.backend, f"model:{v.timings[MODEL_STAGE]['kind']}")

    def headline(self, bucket: Mapping[str, Any]) -> str:
        kind = bucket["key"].rsplit(":model:", 1)[-1]
        return f"{bucket['backend']}: {kind} dispatch far slower than the cost model predicts"

    def report(self, verdict: dict[str, Any], ops: list[str]) -> tuple[str, str]:
        e = verdict["timings"][MODEL_STAGE]
        title = (
            f"[{verdict['backend']}] slow {e['kind']} dispatch: {e['measured_s'] * 1e6:.0f} "
            f"µs, predicted {e['predicted_s'] * 1e6:.0f} µs"
        )
        what = (
            f"Expected: the dispatch runs within the {e['model']} cost model's held-out error "
            f"band (99% of held-out kernels are at most {10 ** e['band_log10']:.1f}x slower "
            f"than predicted).\n\nActual: {verdict.get('reason', '')}\n\nThe slow dispatch's "
            "MLIR is attached as `dispatch.mlir`."
        )
        return title, what


MODEL_PERF_OUTLIER = ModelPerfOutlier()
