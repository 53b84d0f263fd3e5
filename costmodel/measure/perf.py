"""The `perf` collector: hardware counters through `perf stat`, where the PMU exposes them,
per call by differencing a run of N calls and a run of none."""

from __future__ import annotations

import functools
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from costmodel.measure.collector import HARNESS, PROBE_TIMEOUT_S, Availability, Collector

#: one `perf stat` run of the harness
PERF_TIMEOUT_S = 300


_PERF_EVENTS = ["cycles", "instructions", "cache-misses", "branch-misses"]


@functools.lru_cache(maxsize=1)
def perf_available() -> Availability:
    exe = shutil.which("perf")
    if exe is None:
        return Availability("perf", False, "perf is not installed")
    try:
        proc = subprocess.run(
            [exe, "stat", "-x,", "-e", ",".join(_PERF_EVENTS), "true"],
            capture_output=True,
            text=True,
            timeout=PROBE_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        return Availability(
            "perf", False, f"`perf stat true` gave no answer in {PROBE_TIMEOUT_S} s"
        )
    unsupported = [
        e for e in _PERF_EVENTS if re.search(rf"<not (supported|counted)>,[^,]*,{e}", proc.stderr)
    ]
    if proc.returncode != 0:
        return Availability("perf", False, f"perf stat failed: {proc.stderr.strip()[:200]}")
    if unsupported:
        return Availability(
            "perf",
            False,
            "hardware events not supported here "
            f"({', '.join(unsupported)}): no PMU under this virtualization",
        )
    return Availability("perf", True, detail=proc.stderr.strip()[:200])


def _perf_counts(spec_path: Path, unit: int, reps: int) -> dict[str, float] | None:
    """Counts of one `perf stat` run of the harness; None if it did not finish in time."""
    cmd = [
        "perf",
        "stat",
        "-x,",
        "-e",
        ",".join(_PERF_EVENTS),
        sys.executable,
        str(HARNESS),
        str(spec_path),
        "--mode",
        "plain",
        "--unit",
        str(unit),
        "--reps",
        str(reps),
    ]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=PERF_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return None
    counts = {}
    for line in proc.stderr.splitlines():
        parts = line.split(",")
        if len(parts) >= 3 and parts[2] in _PERF_EVENTS and parts[0].isdigit():
            counts[parts[2]] = float(parts[0])
    return counts


def run_perf(
    units: list[dict[str, Any]], cache_dir: Path, reps: int = 1000
) -> dict[str, dict[str, Any]]:
    """Per-call hardware counts by differencing a run of `reps` calls and a run of none."""
    avail = perf_available()
    if not avail.available:
        return {u["id"]: {"skipped": avail.reason} for u in units}
    out: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(dir=cache_dir) as tmp:
        spec_path = Path(tmp) / "spec.json"
        spec_path.write_text(json.dumps({"shim": None, "units": units}))
        for i, unit in enumerate(units):
            base, full = _perf_counts(spec_path, i, 0), _perf_counts(spec_path, i, reps)
            if base is None or full is None:
                out[unit["id"]] = {"skipped": f"perf stat timed out after {PERF_TIMEOUT_S} s"}
                continue
            out[unit["id"]] = {
                k.replace("-", "_"): (full[k] - base.get(k, 0.0)) / reps for k in full
            } | {"reps": reps}
    return out


def _run(units: list[dict[str, Any]], cache_dir: Path, opts: Any) -> dict[str, dict[str, Any]]:
    return run_perf(units, cache_dir)


COLLECTOR = Collector("perf", perf_available, run_units=_run)
