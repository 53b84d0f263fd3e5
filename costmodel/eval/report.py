"""The evaluation report: a table per model and target, and a self-contained HTML page with
predicted against measured, error by family, the learning curve, error by size decade and,
where the data has schedule variants, how a few workloads' variants were ranked."""

from __future__ import annotations

import html
import json
import math
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from compiler_lab.plots import figure, img


def _scatter(rows: list[dict], target: str, model: str) -> str:
    plt, fig, ax = figure(4, 4)
    pts = [(r["true"], r["pred"]) for r in rows if r["target"] == target and r["true"] > 0]
    if pts:
        t, p = np.array(pts).T
        ax.loglog(t, np.maximum(p, 1e-12), ".", markersize=3, alpha=0.5)
        lo, hi = t.min(), t.max()
        ax.plot([lo, hi], [lo, hi], "k--", linewidth=1)
    ax.set_xlabel(f"measured {target}")
    ax.set_ylabel(f"predicted ({model})")
    return img(plt, fig, f"{model} {target} predicted vs measured")


def _bars(values: dict[str, float], ylabel: str, title: str) -> str:
    plt, fig, ax = figure(6, 3)
    ax.bar(list(values), list(values.values()))
    ax.set_ylabel(ylabel)
    ax.tick_params(axis="x", rotation=60)
    ax.set_title(title, fontsize=9)
    return img(plt, fig, title)


def _median_ape(rows: list[dict], key) -> dict[str, float]:
    groups: dict[str, list[float]] = defaultdict(list)
    for r in rows:
        if r["true"] > 0:
            groups[key(r)].append(abs(r["pred"] - r["true"]) / r["true"])
    return {k: float(np.median(v)) for k, v in sorted(groups.items())}


#: workloads whose variants get a rank plot, the most varied first
RANK_PLOTS = 4


def _rank_plots(rows: list[dict], model: str) -> list[str]:
    """Per workload: each variant's measured latency against the model's prediction, the
    compiler's default marked (a model that ranks well puts the fastest lowest)."""
    by: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if r.get("workload"):
            by[r["workload"]].append(r)
    plots = []
    for workload, variants in sorted(by.items(), key=lambda kv: -len(kv[1]))[:RANK_PLOTS]:
        if len(variants) < 2:
            break
        plt, fig, ax = figure(3.2, 3)
        for default, marker in ((False, "o"), (True, "*")):
            pts = [(v["true"], v["pred"]) for v in variants if bool(v.get("default")) == default]
            if pts:
                t, p = np.array(pts).T
                label = "default" if default else None
                size = 10 if default else 5
                ax.plot(t * 1e6, p * 1e6, marker, linestyle="", markersize=size, label=label)
        ax.set_xlabel("measured µs")
        ax.set_ylabel("predicted µs")
        ax.set_title(f"workload {workload[:10]} ({len(variants)} variants)", fontsize=8)
        ax.legend(fontsize=7)
        plots.append(img(plt, fig, f"{model}: ranking of workload {workload[:10]}"))
    return plots


def write_html(results: dict[str, Any], out: Path) -> Path:
    """`results`: {"models": {kind: {"summary", "predictions", "curve"}}, "noise_floor"}."""
    parts = [f"<h1>Cost-model evaluation</h1><p>latency noise floor (median CV): "
             f"{results.get('noise_floor')}</p>"]  # fmt: skip
    for kind, r in results["models"].items():
        rows = [p for p in r.get("predictions", []) if p["target"] == "latency_s"]
        summary = html.escape(json.dumps(r["summary"], indent=1))
        parts.append(f"<h2>{html.escape(kind)}</h2><pre>{summary}</pre>")
        if rows:
            parts.append(_scatter(rows, "latency_s", kind))
            parts.append(_bars(_median_ape(rows, lambda x: x["family"]), "median APE",
                               f"{kind}: latency error by held-out family"))  # fmt: skip
            decade = _median_ape(rows, lambda x: f"1e{math.floor(math.log10(x['true']))}s")
            parts.append(_bars(decade, "median APE", f"{kind}: latency error by size decade"))
            parts += _rank_plots(rows, kind)
        curve = r.get("curve") or []
        if curve:
            plt, fig, ax = figure(5, 3)
            xs = [c["train_rows"] for c in curve]
            ys = [c["targets"].get("latency_s", {}).get("median_ape") for c in curve]
            ax.plot(xs, ys, "o-")
            ax.set_xlabel("training rows")
            ax.set_ylabel("held-out median APE (latency)")
            parts.append(img(plt, fig, f"{kind} learning curve"))
    page = ("<!doctype html><html><head><meta charset='utf-8'><title>cost models</title>"
            "<style>body{font-family:sans-serif;margin:2em}img{margin:4px}</style></head>"
            f"<body>{''.join(parts)}</body></html>")  # fmt: skip
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page)
    return out
