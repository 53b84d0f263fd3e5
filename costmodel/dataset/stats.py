"""`clab measure stats DATA`: the distributions a cost model's claims depend on: latency and
its spread over decades, unit sizes, which targets rows carry, families, and the noise."""

from __future__ import annotations

import math
import statistics
from collections import Counter
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from costmodel.dataset.dataset import Dataset

#: targets a row may carry, with their units (see costmodel/measure/targets.py and the
#: collectors' modules)
TARGET_UNITS = {
    "latency_s": "s per call (median of timed blocks)",
    "instructions": "instructions per call (callgrind)",
    "l1d_read_misses": "misses per call (callgrind, D1 32 KiB 8-way)",
    "ll_data_read_misses": "misses per call (callgrind, LL 32 MiB 16-way)",
    "cond_branch_mispredicts": "mispredicts per call (callgrind)",
    "code_bytes": "bytes of code sections (objdump -h)",
    "spills": "spills inserted (LLVM regalloc statistics; IREE dispatches)",
    "reloads": "reloads inserted (LLVM regalloc statistics; IREE dispatches)",
    "vector_share": "fraction of instructions on packed SIMD data",
    "artifact_bytes": "bytes of the compiled artifact (.so or .vmfb)",
}


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))]


def decisions(rows: list[dict[str, Any]], level: str = "configured") -> dict[str, Any]:
    """Variants by workload (rows that carry a `workload`, at `level`, with a latency:
    `configured` for dispatch schedules, `flow` for module flag sets): how many per
    workload, the spread (best and worst over the default's latency) and the default's rank
    among its variants (1: the compiler chose best)."""
    by_workload: dict[str, list[tuple[float, bool]]] = {}
    for r in rows:
        if "workload" in r and r["level"] == level and "latency_s" in r["metrics"]:
            by_workload.setdefault(r["workload"], []).append(
                (r["metrics"]["latency_s"], bool(r.get("is_default")))
            )
    varied = {w: v for w, v in by_workload.items() if len(v) > 1 and any(d for _, d in v)}
    if not varied:
        return {"workloads": len(by_workload), "varied": 0}
    best, worst, ranks = [], [], Counter()
    for found in varied.values():
        default = next(t for t, d in found if d)
        times = sorted(t for t, _ in found)
        best.append(times[0] / default)
        worst.append(times[-1] / default)
        ranks[times.index(default) + 1] += 1
    counts = [len(v) for v in varied.values()]
    return {
        "workloads": len(by_workload),
        "varied": len(varied),
        "variants_per_workload": {"median": statistics.median(counts), "max": max(counts)},
        "best_over_default": {
            "median": round(statistics.median(best), 3),
            "p10": round(_pct(best, 0.1), 3),
        },  # fmt: skip
        "worst_over_default": {
            "median": round(statistics.median(worst), 3),
            "p90": round(_pct(worst, 0.9), 3),
        },  # fmt: skip
        "default_rank": dict(sorted(ranks.items())),
    }


def stats(root: Path) -> dict[str, Any]:
    data = Dataset(root, readonly=True)
    rows = list(data.rows())
    latency = [r for r in rows if r["collector"] == "latency" and "latency_s" in r["metrics"]]
    lat = [r["metrics"]["latency_s"] for r in latency]
    decades = Counter(math.floor(math.log10(x)) for x in lat if x > 0)
    cvs = [r["noise"]["cv"] for r in latency if "cv" in r["noise"]]
    elements = [r["metrics"]["elements"] for r in rows if "elements" in r["metrics"]]
    units = {(r["unit"], r["unit_id"]) for r in rows}
    families = Counter(r["family"] for r in rows)
    family_units: dict[str, set] = {}
    for r in rows:
        family_units.setdefault(r["family"], set()).add(r["unit_id"])
    targets = {name: [r["metrics"][name] for r in rows if name in r["metrics"]]
               for name in TARGET_UNITS}  # fmt: skip
    failed = [r for r in rows if "error" in r["metrics"]]
    failed_units = {(r["unit"], r["unit_id"]) for r in failed}
    why = Counter(str(r["metrics"]["error"]).splitlines()[0][:100] for r in failed)
    return {
        "rows": len(rows),
        "skipped_rows": sum(n for n, _ in data.skipped.values()),
        "distinct_texts": len({r["mlir_hash"] for r in rows}),
        "units": len(units),
        "rows_by_collector": dict(Counter(r["collector"] for r in rows)),
        "rows_by_unit": dict(Counter(r["unit"] for r in rows)),
        "rows_by_level": dict(Counter(r["level"] for r in rows)),
        "latency_us": {
            "p10": round(_pct(lat, 0.1) * 1e6, 2),
            "median": round(statistics.median(lat) * 1e6, 2),
            "p90": round(_pct(lat, 0.9) * 1e6, 2),
            "max": round(max(lat) * 1e6, 2),
        }
        if lat
        else {},
        "latency_decades": {f"1e{d}s": n for d, n in sorted(decades.items())},
        "elements_per_unit": {
            "median": statistics.median(elements),
            "max": max(elements),
        }
        if elements
        else {},
        "noise": {
            "median_cv": round(statistics.median(cvs), 4) if cvs else None,
            "p90_cv": round(_pct(cvs, 0.9), 4) if cvs else None,
            "noisy_share": round(sum(r["noise"].get("noisy", False) for r in latency) / len(lat), 4)
            if lat
            else None,
            "loaded_share": round(
                sum(r["noise"].get("loaded", False) for r in latency) / len(lat), 4
            )
            if lat
            else None,
        },
        "targets": {
            name: {"rows": len(v), "nonzero": sum(1 for x in v if x), "unit": TARGET_UNITS[name]}
            for name, v in targets.items()
        },
        # a unit the lab lowered but could not measure: recorded with its error, never dropped
        "unmeasured": {
            "units": len(failed_units),
            "rows": len(failed),
            "errors": dict(why.most_common(5)),
        },  # fmt: skip
        "families": {f: {"rows": n, "units": len(family_units[f])} for f, n in families.items()},
        "targets_built_for": data.manifest.get("targets", {}),
        "decisions": decisions(rows),
        "flag_decisions": decisions(rows, "flow"),
    }


def print_stats(root: Path, console: Console) -> None:
    s = stats(root)
    head = Table(title=f"dataset {root}", show_header=False)
    keys = ("rows", "skipped_rows", "distinct_texts", "units", "rows_by_collector", "rows_by_unit")
    for key in keys:
        head.add_row(key, str(s[key]))
    for key in ("latency_us", "latency_decades", "elements_per_unit", "noise"):
        head.add_row(key, ", ".join(f"{k} {v}" for k, v in s[key].items()))
    console.print(head)
    targets = Table(title="targets")
    for col in ("target", "rows", "non-zero", "unit"):
        targets.add_column(col)
    for name, t in s["targets"].items():
        targets.add_row(name, str(t["rows"]), str(t["nonzero"]), t["unit"])
    console.print(targets)
    for key, what in (("decisions", "schedule variants"), ("flag_decisions", "module flag sets")):
        varied = s[key]
        if varied["varied"]:
            console.print(
                f"{what}: {varied['varied']} of {varied['workloads']} workloads varied, "
                + ", ".join(f"{k} {v}" for k, v in varied.items() if isinstance(v, dict)),
                highlight=False,
            )
    gone = s["unmeasured"]
    if gone["units"]:
        console.print(f"[yellow]{gone['units']} unit(s) lowered but not measured[/] "
                      f"({gone['rows']} rows kept with their error):", highlight=False)  # fmt: skip
        for why, n in gone["errors"].items():
            console.print(f"  {n} × {why}", markup=False, highlight=False)
    fams = Table(title="families")
    for col in ("family", "rows", "units"):
        fams.add_column(col)
    for name, f in sorted(s["families"].items(), key=lambda kv: -kv[1]["units"]):
        fams.add_row(name, str(f["rows"]), str(f["units"]))
    console.print(fams)
