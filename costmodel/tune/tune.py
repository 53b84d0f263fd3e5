"""`clab cost tune`: per IREE dispatch, candidate schedules ranked by a cost model, only the
top k measured, the fastest kept; then the whole model compiled under the kept schedules,
checked against eager (the lab's oracle) and timed beside IREE's own build. An MLIR module
has no eager model: its tuned build is checked against IREE's default build of it
(mlir_check.py).

A tuned build whose outputs the lab does not accept, or that measures slower end to end
than IREE's own, is never returned: the report falls back to IREE's defaults and says why.
Compiles, runs and the user's model file all run in sandboxed workers; only the model's
predictions run here.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from compiler_lab.errors import LabError
from compiler_lab.execution import lab
from compiler_lab.findings.perf import PERF_OUTLIER
from compiler_lab.ir.graph import Graph
from compiler_lab.sandbox.pool import Executor
from costmodel.models.base import CostModel
from costmodel.tune.candidates import (
    Candidates,
    TimeRequest,
    TuneSource,
    time_candidates,
    tune_candidates,
)
from costmodel.tune.mlir_check import MlirCheck, check_mlir
from costmodel.tune.search import choose, picks

#: a lowering with dozens of candidate benchmark modules, or a model's whole compile
CALL_TIMEOUT_S = 1800


@dataclass
class DispatchResult:
    """One dispatch: how many candidates, what was measured and predicted, what was kept."""

    name: str
    candidates: int
    measured: int = 0
    default_s: float | None = None
    tuned_s: float | None = None
    kept: int = 0  # the candidate kept (0: IREE's default)
    schedule: dict[str, Any] | None = None  # the kept schedule where it is not the default
    predicted_default_s: float | None = None
    predicted_kept_s: float | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def speedup(self) -> float | None:
        if self.default_s is None or self.tuned_s is None:
            return None
        return self.default_s / self.tuned_s


@dataclass
class TuneReport:
    """What `tune` did, per dispatch and end to end."""

    strategy: str
    k: int
    model: str
    dispatches: list[DispatchResult]
    #: what the whole model is checked on: the graph as lowered; None for an MLIR module
    #: (`mlir` and `entry`)
    graph: dict[str, Any] | None
    #: the kept schedules, by dispatch name: the `schedules` option of the iree backend
    schedules: dict[str, Any] = field(default_factory=dict)
    default_model_s: float | None = None
    tuned_model_s: float | None = None
    #: why the tuned build was refused (its outputs, a crash, or slower end to end), falling
    #: back to the defaults; and what it measured
    rejected: str | None = None
    refused_model_s: float | None = None
    #: an MLIR module's text and its entry (mlir_input.entry: what its inputs are drawn from)
    mlir: str = ""
    entry: dict[str, Any] | None = None
    #: an MLIR module at its configurations under the kept schedules (none kept: empty)
    configured: str = ""

    @property
    def speedup(self) -> float | None:
        if self.default_model_s is None or self.tuned_model_s is None:
            return None
        return self.default_model_s / self.tuned_model_s

    @property
    def measurements(self) -> int:
        return sum(d.measured for d in self.dispatches)

    def to_json(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if k not in ("graph", "mlir", "configured")}
        return out | {"speedup": self.speedup, "measurements": self.measurements}


def tune(
    source: dict[str, Any],
    pool: Executor,
    model: CostModel | None,
    model_name: str = "",
    k: int = 3,
    candidates: int = 32,
    strategy: str = "model",
    seed: int = 0,
    log: Callable[[str], None] = lambda _: None,
    tuned_hook: str | None = None,
    name: str = "tune",
) -> TuneReport:
    """Tune `source` ({"module": FILE.py:FUNC}, {"graph": JSON} or {"mlir": text}) in
    `pool`'s workers. LabError, starting with `name` (the input's file), where it cannot be
    lowered. `tuned_hook`: a worker test hook for the tuned build (a pool with test hooks),
    as a miscompiled kernel would behave."""
    if strategy == "model" and model is None:
        raise LabError("tune: the model strategy needs a cost model")
    with tempfile.TemporaryDirectory(prefix="tune-", dir=pool.config.cache_dir) as work:
        found = _lowered(pool, TuneSource(work, candidates=candidates, **source), name)
        log(f"{len(found.dispatches)} dispatches, up to {candidates} candidate schedules each")
        results, to_time = [], []
        for i, d in enumerate(found.dispatches):
            cands = d["candidates"]
            r = DispatchResult(d["name"], len(cands))
            predicted = _predict(model, cands) if model is not None else None
            chosen = picks(len(cands), k, strategy, predicted, seed + i)
            if predicted is not None:
                r.predicted_default_s = predicted[0]
            results.append((r, cands, predicted))
            to_time.append([0, *chosen])
        flat = [
            cands[j] | {"name": r.name}
            for (r, cands, _), idx in zip(results, to_time, strict=True)
            for j in idx
        ]
        log(f"measuring {len(flat)} candidates (the defaults and {len(flat) - len(results)} "
            f"picks)")  # fmt: skip
        timed = _timed(pool, flat)
        at = 0
        schedules: dict[str, Any] = {}
        for (r, cands, predicted), idx in zip(results, to_time, strict=True):
            mine = timed[at : at + len(idx)]
            at += len(idx)
            r.measured = len(idx)
            r.errors = [m["error"][:200] for m in mine if "error" in m]
            measured = {j: m.get("latency_s") for j, m in zip(idx, mine, strict=True)}
            r.kept = choose(measured)
            r.default_s, r.tuned_s = measured.get(0), measured.get(r.kept)
            if predicted is not None:
                r.predicted_kept_s = predicted[r.kept]
            if r.kept:
                r.schedule = cands[r.kept]["schedule"]
                schedules[r.name] = r.schedule
    report = TuneReport(strategy, k, model_name, [r for r, _, _ in results], found.graph,
                        mlir=source.get("mlir", ""), entry=found.entry)  # fmt: skip
    _check_whole(report, schedules, pool, log, tuned_hook)
    return report


def _lowered(pool: Executor, src: TuneSource, name: str) -> Candidates:
    resp = pool.call(tune_candidates, src, timeout_s=CALL_TIMEOUT_S)
    if not resp.ok:
        raise LabError(f"{name}: lowering failed: {resp.why().splitlines()[0]}")
    if resp.result.error is not None:
        raise LabError(f"{name}: {resp.result.error}")
    return resp.result


def _predict(model: CostModel, cands: list[dict[str, Any]]) -> list[float]:
    texts = [c["configured"] for c in cands]
    return [p["latency_s"] for p in model.predict(texts, ["configured"] * len(texts))]


def _timed(pool: Executor, flat: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if not flat:
        return []
    resp = pool.call(time_candidates, TimeRequest(flat), timeout_s=CALL_TIMEOUT_S)
    if not resp.ok:
        why = resp.why().splitlines()[0]
        return [{"error": f"timing worker: {why}"} for _ in flat]
    return resp.result.results


def _check_whole(
    report: TuneReport,
    schedules: dict[str, Any],
    pool: Executor,
    log: Callable[[str], None],
    hook: str | None,
) -> None:
    """The whole model under IREE's decisions and under the kept ones, each checked and
    timed; the kept schedules only if their build is correct and not slower."""
    log("checking and timing the whole model" + (" under the kept schedules" if schedules else ""))
    check = _check_graph if report.graph is not None else _check_mlir
    default_s, tuned_s, why = check(report, schedules, pool, hook)
    report.default_model_s = default_s
    if not schedules:
        report.tuned_model_s = default_s
    elif why is not None:
        _refuse(report, why)
    elif tuned_s is not None and default_s and tuned_s >= default_s:
        _refuse(report, "slower end to end than IREE's defaults", tuned_s)
    else:
        report.schedules = schedules
        report.tuned_model_s = tuned_s


#: (IREE's build's seconds per call, the tuned build's, why the tuned build is refused)
Checked = tuple[float | None, float | None, str | None]


def _check_graph(
    report: TuneReport, schedules: dict[str, Any], pool: Executor, hook: str | None
) -> Checked:
    """Both builds run by the lab against eager (the oracle), timed beside it."""
    graph = Graph.from_json(report.graph)
    requests = [lab.LabRequest(graph, "iree", {}, probes=PERF_OUTLIER.requests)]
    if schedules:
        options = {"schedules": schedules}
        requests.append(
            lab.LabRequest(graph, "iree", options, hook=hook, probes=PERF_OUTLIER.requests)
        )
    verdicts = lab.run(requests, pool)
    if not schedules:
        return _compiled_s(verdicts[0]), None, None
    tuned = verdicts[1]
    why = None
    if not _accepted(tuned):
        why = f"{tuned.verdict}: {(tuned.reason.splitlines() or [''])[0][:200]}"
    return _compiled_s(verdicts[0]), _compiled_s(tuned), why


def _check_mlir(
    report: TuneReport, schedules: dict[str, Any], pool: Executor, hook: str | None
) -> Checked:
    """The tuned build against IREE's default build of the module (mlir_check.py); the
    module at its configurations under the schedules is kept for the user."""
    request = MlirCheck(report.mlir, report.entry or {}, schedules, hook or "")
    resp = pool.call(check_mlir, request, timeout_s=CALL_TIMEOUT_S)
    if not resp.ok:
        return None, None, f"crash: check worker: {resp.why()[:200]}"
    checked = resp.result
    if checked.error is not None:
        return None, None, checked.error[:200]
    report.configured = checked.configured
    return checked.default_s, checked.tuned_s, checked.rejected[:200] if checked.rejected else None


def _refuse(report: TuneReport, why: str, measured_s: float | None = None) -> None:
    """Fall back to IREE's defaults everywhere, saying why."""
    report.rejected, report.refused_model_s = why, measured_s
    report.configured = ""
    report.tuned_model_s = report.default_model_s
    for r in report.dispatches:
        r.kept, r.schedule, r.tuned_s = 0, None, r.default_s


def _accepted(v: lab.Verdict) -> bool:
    """The build's outputs were accepted: an ok verdict, or one judged a perf-outlier (far
    slower than eager: a matter of speed, which is what tuning is for)."""
    return v.verdict in ("ok", PERF_OUTLIER.name)


def _compiled_s(v: lab.Verdict) -> float | None:
    """The build's time per call, where its outputs were accepted."""
    perf = v.timings.get(PERF_OUTLIER.evidence)
    return perf.get("compiled_s") if _accepted(v) and isinstance(perf, dict) else None
