"""Counter collectors, each chosen by detection and each saying why when it cannot run.

- `callgrind`: valgrind's cache and branch simulation (the cachegrind model), restricted to
  the measured calls with client-request markers; repeatable to ~1e-4 on this machine.
  valgrind 3.19 cannot decode AVX-512 (EVEX) code, so on a host that has it the units it
  simulates are built for `counter_cpu()` (x86-64-v3) instead of the host.
- `perf`: hardware counters through `perf stat`, where the PMU exposes them.
- `gpu`: CUDA kernel times through torch.profiler (and `ncu` if installed).
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HARNESS = Path(__file__).with_name("harness.py")
SHIM_SOURCE = Path(__file__).with_name("callgrind_shim.c")
#: explicit cache geometry: valgrind's auto-detection picked a wrong LL on these VMs
CACHE_GEOMETRY = ["--I1=32768,8,64", "--D1=32768,8,64", "--LL=33554432,16,64"]
EVENT_NAMES = {
    "Ir": "instructions",
    "Dr": "data_reads",
    "Dw": "data_writes",
    "I1mr": "l1i_read_misses",
    "D1mr": "l1d_read_misses",
    "D1mw": "l1d_write_misses",
    "ILmr": "ll_instr_read_misses",
    "DLmr": "ll_data_read_misses",
    "DLmw": "ll_data_write_misses",
    "Bc": "cond_branches",
    "Bcm": "cond_branch_mispredicts",
    "Bi": "indirect_branches",
    "Bim": "indirect_branch_mispredicts",
}


#: flag prefixes of instruction sets valgrind 3.19 cannot decode (EVEX-encoded and later)
VALGRIND_UNDECODABLE = ("avx512", "avx10", "amx")
#: the x86-64 level callgrind's units are built for on a host with such instructions
VALGRIND_SAFE_CPU = "x86-64-v3"


def counter_cpu(flags: frozenset[str] | None = None) -> str:
    """The target CPU of code that callgrind simulates: `host` unless this host's flags
    (read from /proc/cpuinfo by default) include an instruction set valgrind cannot decode,
    in which case code built for the host would stop valgrind with SIGILL."""
    from compiler_lab.machine import cpu_flags

    flags = cpu_flags() if flags is None else flags
    if any(f.startswith(VALGRIND_UNDECODABLE) for f in flags):
        return VALGRIND_SAFE_CPU
    return "host"


@dataclass(frozen=True)
class Availability:
    name: str
    available: bool
    reason: str = ""
    detail: str = ""


#: how long a tool's version or capability probe may take
PROBE_TIMEOUT_S = 30
#: one `perf stat` run of the harness
PERF_TIMEOUT_S = 300


# ---- callgrind --------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def valgrind_version() -> str | None:
    exe = shutil.which("valgrind")
    if not exe:
        return None
    try:
        out = subprocess.run(
            [exe, "--version"], capture_output=True, text=True, timeout=PROBE_TIMEOUT_S
        )
    except (subprocess.TimeoutExpired, OSError):
        return None
    return out.stdout.strip() or None


def callgrind_available() -> Availability:
    version = valgrind_version()
    if version is None:
        return Availability("callgrind", False, "valgrind is not installed")
    if not Path("/usr/include/valgrind/callgrind.h").exists():
        return Availability("callgrind", False, "valgrind headers (callgrind.h) are missing")
    if shutil.which("gcc") is None:
        return Availability("callgrind", False, "gcc is needed to build the marker shim")
    return Availability("callgrind", True, detail=version)


def build_shim(cache_dir: Path) -> Path:
    """Compile the client-request shim once per cache directory."""
    out = cache_dir / "callgrind_shim.so"
    if not out.exists() or out.stat().st_mtime < SHIM_SOURCE.stat().st_mtime:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(".tmp.so")
        subprocess.run(
            ["gcc", "-shared", "-fPIC", "-O1", "-o", str(tmp), str(SHIM_SOURCE)],
            check=True,
            capture_output=True,
            timeout=120,
        )
        os.replace(tmp, out)
    return out


def _parse_dump(path: Path) -> tuple[str, dict[str, int]] | None:
    name, events, totals = None, None, None
    for line in path.read_text(errors="replace").splitlines():
        if line.startswith("desc: Trigger: Client Request: "):
            name = line.removeprefix("desc: Trigger: Client Request: ").strip()
        elif line.startswith("events:"):
            events = line.split()[1:]
        elif line.startswith("summary:") or (line.startswith("totals:") and totals is None):
            totals = [int(x) for x in line.split()[1:]]
    if name is None or events is None or totals is None:
        return None
    return name, dict(zip(events, totals, strict=False))


def _valgrind_error(stderr: str, unit: dict[str, Any]) -> str:
    """One line on why valgrind stopped inside `unit`."""
    cpu = unit.get("target", {}).get("cpu", "host")
    if "unrecognised instruction" in stderr or "SIGILL" in stderr:
        return (
            f"valgrind cannot decode this unit's machine code (built for {cpu}): "
            "unrecognised instruction, SIGILL"
        )
    lines = [ln.split("== ", 1)[-1] for ln in stderr.splitlines() if ln.strip()]
    return f"valgrind stopped in this unit: {' | '.join(lines[-3:])[:300]}"


def run_callgrind(
    units: list[dict[str, Any]], cache_dir: Path, reps: int = 10, timeout_s: float = 600.0
) -> dict[str, dict[str, Any]]:
    """Per-call simulated counters for each unit ({id, so, inputs, outputs}).

    Counts are (region of `reps` calls − empty region) / reps, at least 0. A unit that
    valgrind cannot run (a crash, an instruction it cannot decode) gets {"error": ...}, and
    the units after it are measured in a fresh valgrind."""
    shim = build_shim(cache_dir)
    results: dict[str, dict[str, Any]] = {}
    todo = list(units)
    while todo:
        dumps, stderr, failure = _callgrind_once(todo, shim, cache_dir, reps, timeout_s)
        for i, unit in enumerate(todo):
            empty, full = dumps.get(f"{unit['id']}|0"), dumps.get(f"{unit['id']}|{reps}")
            if empty is not None and full is not None:
                # a count below the empty region's (the interpreter's few cold misses around
                # the markers land there, not in the warm N-call region) means none: 0
                results[unit["id"]] = {
                    EVENT_NAMES.get(k, k): max(0.0, round((full[k] - empty.get(k, 0)) / reps, 2))
                    for k in full
                } | {"reps": reps}
                continue
            if failure:  # the whole run failed (a timeout): every unit left shares it
                results.update({u["id"]: {"error": failure} for u in todo[i:]})
                todo = []
            else:  # valgrind stopped in this unit; the ones after it get a run of their own
                results[unit["id"]] = {"error": _valgrind_error(stderr, unit)}
                todo = todo[i + 1 :]
            break
        else:
            todo = []
    return results


def _callgrind_once(
    units: list[dict[str, Any]], shim: Path, cache_dir: Path, reps: int, timeout_s: float
) -> tuple[dict[str, dict[str, int]], str, str]:
    """One valgrind run over `units`: (dumps by name, valgrind's stderr, a failure that
    concerns the whole run, such as a timeout)."""
    with tempfile.TemporaryDirectory(dir=cache_dir) as tmp:
        spec_path = Path(tmp) / "spec.json"
        spec_path.write_text(json.dumps({"shim": str(shim), "reps": reps, "units": units}))
        cmd = [
            "valgrind",
            "--tool=callgrind",
            "--instr-atstart=no",
            "--collect-atstart=no",
            "--cache-sim=yes",
            "--branch-sim=yes",
            *CACHE_GEOMETRY,
            f"--callgrind-out-file={tmp}/cg.out",
            sys.executable,
            str(HARNESS),
            str(spec_path),
            "--mode",
            "callgrind",
        ]
        env = dict(os.environ, OMP_NUM_THREADS="1")
        stderr, failure = "", ""
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout_s, env=env)
            stderr = proc.stderr
        except subprocess.TimeoutExpired:
            failure = f"valgrind timed out after {timeout_s:.0f} s"
        dumps: dict[str, dict[str, int]] = {}
        for path in Path(tmp).glob("cg.out*"):
            parsed = _parse_dump(path)
            if parsed:
                dumps[parsed[0]] = parsed[1]
    return dumps, stderr, failure


# ---- perf --------------------------------------------------------------------------------------

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


# ---- GPU ---------------------------------------------------------------------------------------


def gpu_available() -> Availability:
    try:
        import torch
    except ImportError:
        return Availability("gpu", False, "torch is not installed")
    if not torch.cuda.is_available():
        return Availability("gpu", False, "no CUDA device (torch.cuda.is_available() is False)")
    name = torch.cuda.get_device_name(0)
    ncu = shutil.which("ncu")
    return Availability("gpu", True, detail=f"{name}; ncu {'at ' + ncu if ncu else 'absent'}")


def cuda_kernel_times(module: Any, inputs: list[Any], reps: int = 10) -> dict[str, Any]:
    """Per-call CUDA kernel time of an eager module, from torch.profiler (CUPTI)."""
    import torch
    from torch.profiler import ProfilerActivity, profile

    module = module.to("cuda")
    args = [t.to("cuda") for t in inputs]
    with torch.no_grad():
        module(*args)
        torch.cuda.synchronize()
        with profile(activities=[ProfilerActivity.CUDA]) as prof:
            for _ in range(reps):
                module(*args)
            torch.cuda.synchronize()
    events = [e for e in prof.key_averages() if e.device_type.name == "CUDA"]
    total_us = sum(e.self_device_time_total for e in events)
    return {"cuda_kernel_s": total_us / reps / 1e6, "kernels": len(events), "reps": reps}


def availability() -> dict[str, Availability]:
    return {
        "latency": Availability("latency", True, detail="time.perf_counter, 1 thread"),
        "callgrind": callgrind_available(),
        "perf": perf_available(),
        "gpu": gpu_available(),
    }
