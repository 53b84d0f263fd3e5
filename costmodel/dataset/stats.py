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
    "spills": "spill instructions (LLVM asm comments; IREE dispatches)",
    "reloads": "reload instructions (LLVM asm comments; IREE dispatches)",
    "vector_share": "fraction of instructions on packed SIMD data",
    "artifact_bytes": "bytes of the compiled artifact (.so or .vmfb)",
}


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))]


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
    targets = {name: sum(1 for r in rows if name in r["metrics"]) for name in TARGET_UNITS}
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
        "targets": {name: {"rows": n, "unit": TARGET_UNITS[name]} for name, n in targets.items()},
        "families": {f: {"rows": n, "units": len(family_units[f])} for f, n in families.items()},
        "targets_built_for": data.manifest.get("targets", {}),
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
    for col in ("target", "rows", "unit"):
        targets.add_column(col)
    for name, t in s["targets"].items():
        targets.add_row(name, str(t["rows"]), t["unit"])
    console.print(targets)
    fams = Table(title="families")
    for col in ("family", "rows", "units"):
        fams.add_column(col)
    for name, f in sorted(s["families"].items(), key=lambda kv: -kv[1]["units"]):
        fams.add_row(name, str(f["rows"]), str(f["units"]))
    console.print(fams)
