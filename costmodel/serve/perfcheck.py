"""The model-based performance check: an IREE dispatch whose measured latency is far above
what the cost model predicts for its MLIR, beyond the model's own held-out error band, is
a `perf-outlier` finding.

It reads a campaign's store from the cost-model side (the lab imports no cost model): the
graphs IREE compiled and ran correctly are lowered again in a sandbox worker, each dispatch
timed, and the prediction for its MLIR compared with the measurement. A dispatch is an
outlier when log10(measured / predicted) is above the band's 99th percentile and the
excess is at least MIN_EXCESS_S per call (a few microseconds of dispatch overhead is not a
bug). Findings are recorded in the store under a campaign of their own, bucketed by
backend and dispatch kind, so `clab report` lists them beside every other finding.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from compiler_lab.buckets import perf_key
from compiler_lab.errors import LabError
from compiler_lab.perf import MIN_EXCESS_S
from compiler_lab.store import Store, TestRow
from costmodel.eval.band import TARGET, BandError, read_band
from costmodel.serve.api import Predictor
from costmodel.serve.lowering import dispatches

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


def check_graph(
    test_id: int, name: str, graph: dict[str, Any], predictor: Predictor, band: dict[str, Any]
) -> tuple[int, list[Outlier]]:
    """(dispatches timed, outliers) of one graph."""
    timed = [d for d in dispatches({"graph": graph}, name, measure=True) if d.get("latency_s")]
    if not timed:
        return 0, []
    preds = predictor.predict([d["text"] for d in timed], [TARGET], ["dispatch"] * len(timed))
    return len(timed), [
        Outlier(
            test_id,
            name,
            d["name"],
            dispatch_kind(d["text"]),
            d["latency_s"],
            p[TARGET],
            band["quantiles"][QUANTILE],
        )  # fmt: skip
        for d, p in zip(timed, preds, strict=True)
        if is_outlier(d["latency_s"], p[TARGET], band)
    ]


def check_store(
    path: Path, predictor: Predictor, model_root: Path, limit: int = 10
) -> dict[str, Any]:
    """Check up to `limit` of the store's correct IREE tests (largest graphs first) and
    record the outliers; returns what was checked and found."""
    try:
        band = read_band(model_root)
    except BandError as exc:
        raise LabError(str(exc)) from None
    if not Path(path).is_file():
        raise LabError(f"{path}: no such store")
    store = Store(path)
    try:
        store.acquire_writer()
        tests = store.passed_tests(BACKEND, limit)
        checked, units, found, skipped = 0, 0, [], []
        graphs: dict[int, dict[str, Any]] = {}
        for t in tests:
            graph = json.loads(store.get_blob(t["graph_blob"]))  # checked against its hash
            name = str(graph.get("name") or t["graph_hash"][:12])
            try:
                n, outliers = check_graph(t["id"], name, graph, predictor, band)
            except LabError as exc:
                skipped.append(str(exc))
                continue
            checked, units = checked + 1, units + n
            graphs[t["id"]] = graph
            found += outliers
        if found:
            _record(store, predictor, found, graphs)
    finally:
        store.close()
    return {
        "model": predictor.name,
        "model_id": predictor.model_id,
        "band": band["quantiles"],
        "graphs_checked": checked,
        "dispatches_timed": units,
        "skipped": skipped,
        "outliers": found,
    }


def _record(store: Store, predictor: Predictor, found: list[Outlier], graphs: dict) -> None:
    from compiler_lab.graph import Graph

    campaign, _ = store.campaign(
        f"perfcheck:{predictor.name}:{predictor.model_id}", 0, {"model": predictor.name}
    )
    worst: dict[int, Outlier] = {}
    for o in found:  # one finding per graph: its worst dispatch
        if o.test_id not in worst or o.ratio > worst[o.test_id].ratio:
            worst[o.test_id] = o
    rows = []
    for test_id, o in worst.items():
        g = Graph.from_json(graphs[test_id])
        why = o.reason(predictor.name)
        rows.append(
            TestRow(
                idx=test_id,
                backend=BACKEND,
                graph_hash=g.content_hash(),
                graph_json=g.dumps(),
                options={"perfcheck": predictor.name},
                verdict="perf-outlier",
                stage="perf-model",
                reason=why,
                bucket=perf_key(BACKEND, f"model:{o.kind}"),
                dtype=g.graph_inputs[0].dtype if g.graph_inputs else "",
                ops=g.ops(),
                batch=0,
                seconds=o.measured_s,
                kind="perf-outlier",
                message=why,
            )
        )
    store.record(campaign, rows)
    store.set_status(campaign, "done")
