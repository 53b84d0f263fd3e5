"""The `callgrind` collector: valgrind's cache and branch simulation (the cachegrind model),
restricted to the measured calls with client-request markers; repeatable to ~1e-4 on this
machine. valgrind 3.19 cannot decode AVX-512 (EVEX) code, so on a host that has it the units
it simulates are built for `counter_cpu()` (x86-64-v3) instead of the host.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from costmodel.measure.collector import HARNESS, PROBE_TIMEOUT_S, Availability, Collector

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
#: units slower than this per call are not simulated (valgrind would take minutes)
CALLGRIND_MAX_S = 5e-3

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


def simulable(
    mine: list[dict[str, Any]], native: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The units callgrind can afford (valgrind runs code ~50-100x slower), and an error for
    each one it cannot, judged by the host build's latency."""
    latency = {n["unit_id"]: n.get("latency_s") for n in native}
    keep, slow = [], {}
    for n in mine:
        host_id = n["unit_id"].split("@")[0]
        t = latency.get(host_id) or 0.0
        if t > CALLGRIND_MAX_S:
            slow[f"callgrind:{n['unit_id']}"] = (
                f"not simulated: {t * 1e3:.1f} ms per call, above {CALLGRIND_MAX_S * 1e3:.0f} ms"
            )
        else:
            keep.append(n)
    return keep, slow


def _run(units: list[dict[str, Any]], cache_dir: Path, opts: Any) -> dict[str, dict[str, Any]]:
    return run_callgrind(units, cache_dir, reps=opts.callgrind_reps)


COLLECTOR = Collector(
    "callgrind", callgrind_available, run_units=_run, target_cpu=counter_cpu, select=simulable
)
