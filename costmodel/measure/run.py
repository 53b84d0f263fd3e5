"""Measuring one graph (inside a sandboxed worker): lower it through IREE and torch-mlir,
time every unit, and return dataset rows plus the native units that counter collectors
(callgrind, perf) measure afterwards in their own processes."""

from __future__ import annotations

import tempfile
import traceback
import warnings
from pathlib import Path
from typing import Any

from compiler_lab.graph import Graph
from compiler_lab.values import make_values
from costmodel.measure import units as U
from costmodel.mlir.canon import canonical_hash

ALL_LEVELS = (*U.TORCH_MLIR_LEVELS, *U.IREE_LEVELS, "dispatch", "configured", "kernel")


def _row(
    unit: str,
    unit_id: str,
    level: str,
    text: str,
    graph: Graph,
    family: str,
    backend: str,
    collector: str,
    metrics: dict[str, Any],
    dispatch_id: str | None = None,
) -> dict[str, Any]:
    noise = {
        k: metrics[k] for k in ("iqr_s", "cv", "repeats", "loadavg_1m", "noisy") if k in metrics
    }
    values = {k: v for k, v in metrics.items() if k not in noise}
    return {
        "unit": unit,
        "unit_id": unit_id,
        "level": level,
        "mlir": text,
        "mlir_hash": canonical_hash(text),
        "graph_hash": graph.content_hash(),
        "family": family,
        "dispatch_id": dispatch_id,
        "backend": backend,
        "collector": collector,
        "metrics": values,
        "noise": noise,
    }


def measure_graph(payload: dict[str, Any]) -> dict[str, Any]:
    """Sandbox entry point. payload: graph (JSON), family, levels, workdir, kernels (bool)."""
    warnings.filterwarnings("ignore")
    graph = Graph.from_json(payload["graph"])
    family = payload.get("family", "generated")
    levels = set(payload.get("levels") or ALL_LEVELS)
    workdir = Path(payload["workdir"])
    values = make_values(graph, payload.get("seed", 0))
    gid = graph.content_hash()[:16]
    rows: list[dict[str, Any]] = []
    native: list[dict[str, Any]] = []
    errors: dict[str, str] = {}

    if levels & {*U.IREE_LEVELS, "dispatch", "configured"}:
        try:
            with tempfile.TemporaryDirectory(dir=workdir) as tmp:
                res = U.iree_lower(graph, values, Path(tmp))
            for level, text in res.levels.items():
                if level in levels:
                    rows.append(
                        _row(
                            "graph", gid, level, text, graph, family, "iree", "latency", res.metrics
                        )
                    )
            for d in res.dispatches:
                did = f"{gid}:{d.name}"
                for level, text in (("dispatch", d.source), ("configured", d.configured)):
                    if level in levels and text:
                        rows.append(
                            _row(
                                "dispatch",
                                did,
                                level,
                                text,
                                graph,
                                family,
                                "iree",
                                "latency",
                                d.metrics,
                                dispatch_id=d.name,
                            )
                        )
        except Exception as exc:
            errors["iree"] = _why(exc)

    if levels & {*U.TORCH_MLIR_LEVELS}:
        try:
            res_n = U.torchmlir_native(graph, values, workdir, gid)
            for level, text in res_n.levels.items():
                if level in levels:
                    rows.append(
                        _row(
                            "graph",
                            gid,
                            level,
                            text,
                            graph,
                            family,
                            "torch-mlir",
                            "latency",
                            res_n.metrics,
                        )
                    )
            native.append(
                {
                    "spec": res_n.spec,
                    "unit": "graph",
                    "unit_id": gid,
                    "levels": {lv: t for lv, t in res_n.levels.items() if lv in levels},
                }
            )
        except Exception as exc:
            errors["torch-mlir"] = _why(exc)

    if "kernel" in levels and payload.get("kernels", True):
        for k in U.kernel_graphs(graph):
            kid = f"{gid}.{k.nodes[0].id}"
            try:
                res_k = U.torchmlir_native(k, make_values(k, 0), workdir, kid.replace(".", "_"))
            except Exception as exc:
                errors[f"kernel {k.nodes[0].op}"] = _why(exc)
                continue
            for level in ("linalg", "llvm"):
                rows.append(
                    _row(
                        "kernel",
                        kid,
                        level,
                        res_k.levels[level],
                        graph,
                        family,
                        "torch-mlir",
                        "latency",
                        res_k.metrics,
                        dispatch_id=k.nodes[0].op,
                    )
                )
            native.append(
                {
                    "spec": res_k.spec,
                    "unit": "kernel",
                    "unit_id": kid,
                    "dispatch_id": k.nodes[0].op,
                    "levels": {"linalg": res_k.levels["linalg"], "llvm": res_k.levels["llvm"]},
                }
            )
    return {"rows": rows, "native": native, "errors": errors}


def _why(exc: BaseException) -> str:
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return f"{type(exc).__name__}: {first[:300]}" + (
        "" if str(exc).strip() else "\n" + traceback.format_exc()[-500:]
    )


def measure_mlir(payload: dict[str, Any]) -> dict[str, Any]:
    """Sandbox entry point for `.mlir` inputs (linalg-on-tensors, func @main)."""
    import hashlib

    warnings.filterwarnings("ignore")
    text, name = payload["text"], payload["name"]
    uid = hashlib.sha256(text.encode()).hexdigest()[:16]
    try:
        res = U.linalg_native(text, Path(payload["workdir"]), uid)
    except ValueError as exc:
        return {"rows": [], "native": [], "errors": {name: str(exc)}}
    rows = []
    for level, lvl_text in res.levels.items():
        rows.append(
            {
                "unit": "kernel",
                "unit_id": uid,
                "level": level,
                "mlir": lvl_text,
                "mlir_hash": canonical_hash(lvl_text),
                "graph_hash": uid,
                "family": payload.get("family", "mlir"),
                "dispatch_id": name,
                "backend": "torch-mlir",
                "collector": "latency",
                "metrics": {
                    k: v
                    for k, v in res.metrics.items()
                    if k not in ("iqr_s", "cv", "repeats", "loadavg_1m", "noisy")
                },
                "noise": {
                    k: res.metrics[k]
                    for k in ("iqr_s", "cv", "repeats", "loadavg_1m", "noisy")
                    if k in res.metrics
                },
            }
        )
    native = [
        {
            "spec": res.spec,
            "unit": "kernel",
            "unit_id": uid,
            "dispatch_id": name,
            "levels": res.levels,
        }
    ]
    return {"rows": rows, "native": native, "errors": {}}
