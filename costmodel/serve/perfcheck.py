"""The model-based performance check: an IREE dispatch whose measured latency is far above
what the cost model predicts for its MLIR, beyond the model's own held-out error band, is
a `perf-outlier` finding.

It reads a campaign's store from the cost-model side (the lab imports no cost model): the
graphs IREE compiled and ran correctly are lowered again in a sandbox worker, each dispatch
timed, and the prediction for its MLIR compared with the measurement. A dispatch is an
outlier when log10(measured / predicted) is above the band's 99th percentile and the
excess is at least MIN_EXCESS_S per call (a few microseconds of dispatch overhead is not a
bug). Findings are recorded in the store under a campaign of their own, bucketed by
backend and dispatch kind, each new bucket with its case (and the dispatch's MLIR), so
`clab report` and `clab triage` list them beside every other finding; `reduce_case`
delta-debugs one while a dispatch of the same kind stays beyond the band.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from compiler_lab.errors import LabError
from compiler_lab.execution import lab
from compiler_lab.execution.lab import Verdict
from compiler_lab.findings import cases
from compiler_lab.findings.keys import bucket_key
from compiler_lab.findings.perf import MIN_EXCESS_S, perf_key
from compiler_lab.ir.graph import Graph
from compiler_lab.safe_files import write_file
from compiler_lab.sandbox.pool import Executor, SandboxConfig, WorkerPool, default_cache_dir
from compiler_lab.storage.store import Store, TestRow
from compiler_lab.triage.reduce import Reducer, save_reduced
from costmodel.eval.band import TARGET, BandError, read_band
from costmodel.serve.api import Predictor
from costmodel.serve.lowering import dispatches_in
from costmodel.serve.model_kind import MODEL_PERF_OUTLIER, MODEL_STAGE

BACKEND = "iree"
QUANTILE = "0.99"


@dataclass
class Outlier:
    test_id: int
    graph: str
    dispatch: str
    kind: str
    measured_s: float
    predicted_s: float
    band_log10: float

    @property
    def ratio(self) -> float:
        return self.measured_s / self.predicted_s

    def reason(self, model: str) -> str:
        return (
            f"dispatch {self.dispatch}: measured {self.measured_s * 1e6:.1f} µs, "
            f"{model} predicts {self.predicted_s * 1e6:.1f} µs ({self.ratio:.1f}x; the model's "
            f"held-out 99th percentile is {10**self.band_log10:.1f}x)"
        )


def dispatch_kind(text: str) -> str:
    """What a dispatch does, from the name IREE gives its entry point, without its index and
    sizes (`@main$async_dispatch_3_matmul_like_128x256x64_f32` -> `matmul_like_f32`), so one
    slow kind of kernel is one bucket."""
    m = re.search(r"@[\w$]*dispatch_\d+_(\w+)", text)
    words = [w for w in m.group(1).split("_") if not re.fullmatch(r"[\dx?]*", w)] if m else []
    return "_".join(words) or "dispatch"


def is_outlier(measured_s: float, predicted_s: float, band: dict[str, Any]) -> bool:
    """Beyond the model's held-out band, and by enough time per call to matter."""
    if measured_s <= 0 or predicted_s <= 0:
        return False
    above = math.log10(measured_s / predicted_s) > band["quantiles"][QUANTILE]
    return above and measured_s - predicted_s >= MIN_EXCESS_S


class ModelCheck:
    """Times graphs' IREE dispatches in one quiet worker and compares each with the model's
    prediction: what `check_store` records, and the judge that `reduce_case` keeps."""

    def __init__(self, predictor: Predictor, band: dict[str, Any], pool: Executor) -> None:
        self.predictor, self.band, self.pool = predictor, band, pool
        #: (graph hash, dispatch name) -> the dispatch's MLIR, for the cases written
        self.texts: dict[tuple[str, str], str] = {}

    def outliers(self, ids: list[int], graphs: list[Graph]) -> list[tuple[int, list | str]]:
        """Per graph: (dispatches timed, its outliers), or why it could not be lowered."""
        sources = [{"graph": g.to_json()} for g in graphs]
        out: list[tuple[int, list | str]] = []
        for test_id, g, found in zip(ids, graphs, dispatches_in(self.pool, sources, True),
                                     strict=True):  # fmt: skip
            if isinstance(found, str):
                out.append((0, f"{g.name}: {found}"))
                continue
            timed = [d for d in found if d.get("latency_s")]
            texts = [d["text"] for d in timed]
            self.texts |= {(g.content_hash(), d["name"]): d["text"] for d in timed}
            preds = self.predictor.predict(texts, [TARGET], ["dispatch"] * len(timed))
            q = self.band["quantiles"][QUANTILE]
            outliers = [
                Outlier(
                    test_id,
                    g.name,
                    d["name"],
                    dispatch_kind(d["text"]),
                    d["latency_s"],
                    p[TARGET],
                    q,
                )
                for d, p in zip(timed, preds, strict=True)
                if is_outlier(d["latency_s"], p[TARGET], self.band)
            ]
            out.append((len(timed), outliers))
        return out

    def finding(self, v: Verdict, outliers: list[Outlier], kind: str = "") -> Verdict:
        """The correct run `v` as a model-based perf-outlier: its worst dispatch, of `kind`
        when it has one (so a reduction keeps the kernel it started from)."""
        pick = [o for o in outliers if o.kind == kind] or outliers
        o = max(pick, key=lambda o: o.ratio)
        evidence = {k: val for k, val in asdict(o).items() if k != "test_id"}
        evidence |= {"model": self.predictor.name, "model_id": self.predictor.model_id}
        return replace(v, verdict=MODEL_PERF_OUTLIER.name, stage=MODEL_STAGE, reason=o.reason(
            self.predictor.name), timings=v.timings | {MODEL_STAGE: evidence})  # fmt: skip

    def write_dispatch(self, path: Path, v: Verdict) -> Path:
        """The slow dispatch's MLIR beside the case of finding `v` at `path`."""
        key = (v.graph.content_hash(), v.timings[MODEL_STAGE]["dispatch"])
        write_file(path / "dispatch.mlir", self.texts[key])  # never through a link
        return path

    def judge(self, graphs: list[Graph], kind: str = "") -> list[Verdict]:
        """IREE's verdicts on `graphs` (with their values), a correct one made a perf-outlier
        where one of its dispatches is beyond the band."""
        verdicts = lab.run([lab.LabRequest(g, BACKEND) for g in graphs], self.pool)
        ok = [i for i, v in enumerate(verdicts) if v.verdict == "ok"]
        checked = self.outliers(ok, [graphs[i] for i in ok])
        for i, (_, found) in zip(ok, checked, strict=True):
            if isinstance(found, list) and found:
                verdicts[i] = self.finding(verdicts[i], found, kind)
        return verdicts


def _pool() -> WorkerPool:
    """One worker: dispatches are timed one at a time, as the band was measured."""
    return WorkerPool(1, SandboxConfig(default_cache_dir(), timeout_s=1800))


def _band(model_root: Path) -> dict[str, Any]:
    try:
        return read_band(model_root)
    except BandError as exc:
        raise LabError(str(exc)) from None


def check_store(
    path: Path, predictor: Predictor, model_root: Path, limit: int = 10
) -> dict[str, Any]:
    """Check up to `limit` of the store's correct IREE tests (largest graphs first) and
    record the outliers, each new bucket with its case; returns what was checked and found."""
    band = _band(model_root)
    if not Path(path).is_file():
        raise LabError(f"{path}: no such store")
    store = Store(path)
    try:
        store.acquire_writer()
        tests = store.passed_tests(BACKEND, limit)
        graphs = [store.graph(t["graph_blob"]) for t in tests]
        with _pool() as pool:
            check = ModelCheck(predictor, band, pool)
            results = check.outliers([t["id"] for t in tests], graphs)
            skipped = [r for _, r in results if isinstance(r, str)]
            flagged = [(g, r) for g, (_, r) in zip(graphs, results, strict=True)
                       if isinstance(r, list) and r]  # fmt: skip
            found = [o for _, r in flagged for o in r]
            if flagged:
                _record(store, check, flagged)
    finally:
        store.close()
    return {
        "model": predictor.name,
        "model_id": predictor.model_id,
        "band": band["quantiles"],
        "graphs_checked": len(results) - len(skipped),
        "dispatches_timed": sum(n for n, _ in results),
        "skipped": skipped,
        "outliers": found,
    }


def _record(store: Store, check: ModelCheck, flagged: list[tuple[Graph, list[Outlier]]]) -> None:
    """One finding per graph (its worst dispatch), each run once more for its values and
    its correctness; a bucket seen for the first time gets its case, with the dispatch."""
    p = check.predictor
    campaign, _ = store.campaign(f"perfcheck:{p.name}:{p.model_id}", 0, {"model": p.name})
    runs = lab.run([lab.LabRequest(g, BACKEND) for g, _ in flagged], check.pool)
    rows, finds = [], {}
    for v, (_, outliers) in zip(runs, flagged, strict=True):
        if v.verdict != "ok":
            continue  # not a correct run this time: the eager-relative oracles judge it
        v = check.finding(v, outliers)
        key = bucket_key(v)
        finds.setdefault(key, v)
        rows.append(TestRow.of(v, outliers[0].test_id, key, {"perfcheck": p.name}))
    fresh = set(finds) - store.known_buckets(set(finds)) if finds else set()
    written = {
        k: str(check.write_dispatch(cases.write_case(store.case_root(k), finds[k]), finds[k]))
        for k in fresh
    }
    store.record(campaign, rows, cases=written)
    store.set_status(campaign, "done")


def reduce_case(
    path: Path, predictor: Predictor, model_root: Path, budget_s: float = 600.0,
    store: Path | None = None, log: Callable[[str], None] | None = None,
) -> list[str]:  # fmt: skip
    """Delta-debug a model-based perf-outlier case to the smallest graph whose dispatch of
    the same kind is still beyond the band; writes `<case>.reduced` (with its dispatch) and,
    given its store, records the reduction on its bucket. Returns what to tell the user."""
    case = cases.load_case(path)
    if case.kind is not MODEL_PERF_OUTLIER:
        raise LabError(f"{path}: not a cost model's finding; reduce it with `clab triage reduce`")
    kind = case.verdict["timings"][MODEL_STAGE]["kind"]
    with _pool() as pool:
        check = ModelCheck(predictor, _band(model_root), pool)
        (v,) = check.judge([case.graph], kind)
        key = bucket_key(v)
        if v.kind is not MODEL_PERF_OUTLIER or key != perf_key(BACKEND, f"model:{kind}"):
            raise LabError(f"{path}: does not reproduce ({v.verdict}); nothing to reduce")
        judge = partial(check.judge, kind=kind)
        reducer = Reducer(BACKEND, {}, key, pool, deadline_s=budget_s, log=log, judge=judge)
        result = reducer.reduce(case.graph, v)
        out, lines = save_reduced(path, result, key, store)
        check.write_dispatch(out, result.verdict)
    return lines
