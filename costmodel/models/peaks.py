"""This machine's peaks for the roofline model, measured once by a micro-benchmark and kept
in the machine profile (`$CLAB_CACHE_DIR/machine/<cpu key>.json`): single-thread float32
FLOP/s of a 1024x1024 matmul, and the bandwidth of copying 64 MiB."""

from __future__ import annotations

import functools
import json

from compiler_lab.execution.timing import time_block
from compiler_lab.machine import cpu_key, fingerprint
from compiler_lab.sandbox.pool import default_cache_dir


def _best(fn, repeats: int = 5) -> float:
    fn()
    return min(time_block(fn, 1) for _ in range(repeats))


def measure_peaks() -> dict[str, float]:
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        a, b = torch.randn(1024, 1024), torch.randn(1024, 1024)
        flops = 2 * 1024**3 / _best(lambda: torch.mm(a, b))
        src = torch.empty(16 << 20)  # 64 MiB of float32
        dst = torch.empty_like(src)
        bandwidth = 2 * src.numel() * 4 / _best(lambda: dst.copy_(src))
    finally:
        torch.set_num_threads(threads)
    return {"peak_flops": flops, "peak_bytes_per_s": bandwidth}


@functools.cache
def profile() -> dict[str, float]:
    path = default_cache_dir() / "machine" / f"{cpu_key()}.json"
    if path.exists():
        return json.loads(path.read_text())
    peaks = measure_peaks() | {"cpu_model": fingerprint()["cpu_model"]}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(peaks, indent=1) + "\n")
    return peaks
