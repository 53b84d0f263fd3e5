"""What machine a figure was measured on: CPU, cores, memory, flags, tool versions."""

from __future__ import annotations

import functools
import hashlib
import os
import platform
from typing import Any

from compiler_lab import versions


def _cpuinfo() -> dict[str, str]:
    info: dict[str, str] = {}
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                key, _, val = line.partition(":")
                key = key.strip()
                if key in ("model name", "flags", "cache size") and key not in info:
                    info[key] = val.strip()
    except OSError:
        pass
    return info


@functools.lru_cache(maxsize=1)
def fingerprint() -> dict[str, Any]:
    cpu = _cpuinfo()
    flags = cpu.get("flags", "")
    simd = sorted(f for f in flags.split() if f.startswith(("avx", "sse4", "fma", "amx")))
    mem_kb = 0
    try:
        with open("/proc/meminfo") as f:
            mem_kb = int(f.readline().split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return {
        "cpu_model": cpu.get("model name", platform.processor() or "unknown"),
        "cores": os.cpu_count(),
        "memory_gib": round(mem_kb / 2**20, 1),
        "cache": cpu.get("cache size", ""),
        "simd": simd,
        "flags_sha": hashlib.sha256(flags.encode()).hexdigest()[:12],
        "machine": platform.machine(),
        "versions": versions.collect(),
    }
