"""What machine a figure was measured on: CPU, cores, memory, flags, tool versions; and the
x86-64 instruction-set level its code runs at, which also keys per-CPU caches (code built
with `-march=native` on an AVX-512 machine must never be reused on an AVX2 one)."""

from __future__ import annotations

import functools
import hashlib
import os
import platform
from collections.abc import Iterable
from typing import Any

from compiler_lab import versions

#: the x86-64 psABI micro-architecture levels, each by the /proc/cpuinfo flags it adds
X86_LEVELS = (
    ("x86-64-v2", frozenset({"cx16", "lahf_lm", "popcnt", "sse4_1", "sse4_2", "ssse3"})),
    (
        "x86-64-v3",
        frozenset({"avx", "avx2", "bmi1", "bmi2", "f16c", "fma", "abm", "movbe", "xsave"}),
    ),
    ("x86-64-v4", frozenset({"avx512f", "avx512bw", "avx512cd", "avx512dq", "avx512vl"})),
)


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
def cpu_flags() -> frozenset[str]:
    return frozenset(_cpuinfo().get("flags", "").split())


def isa_level(flags: Iterable[str], arch: str | None = None) -> str:
    """The highest x86-64 level all of whose flags (and every lower level's) are present;
    another architecture is named as `platform.machine()` gives it."""
    arch = arch or platform.machine()
    if arch not in ("x86_64", "AMD64"):
        return arch
    have, level = set(flags), "x86-64"
    for name, needed in X86_LEVELS:
        if not needed <= have:
            break
        level = name
    return level


def cpu_key() -> str:
    """A short key for caches of host-specific code: ISA level plus a hash of every flag."""
    flags = " ".join(sorted(cpu_flags()))
    return f"{isa_level(cpu_flags())}-{hashlib.sha256(flags.encode()).hexdigest()[:8]}"


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
        "isa": isa_level(flags.split()),
        "flags_sha": hashlib.sha256(flags.encode()).hexdigest()[:12],
        "machine": platform.machine(),
        "versions": versions.collect(),
    }
