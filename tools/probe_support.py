"""Rebuild `corpora/support/`: each learning backend's answers, at its installed version,
to the single-op probe over the shipped op library (see fuzz/campaign/support.py). Pairs the
shipped file already answers are kept unless --fresh.

    python tools/probe_support.py [--backends torch-mlir,iree] [--workers 2] [--fresh]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compiler_lab import backends as registry  # noqa: E402
from compiler_lab.sandbox.pool import SandboxConfig, WorkerPool, default_cache_dir  # noqa: E402
from fuzz.campaign import support  # noqa: E402
from fuzz.gen import lowerable  # noqa: E402
from fuzz.gen.library import load  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--backends", default="torch-mlir,iree")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--fresh", action="store_true", help="ask again about pairs already shipped")
    args = ap.parse_args()
    library = load(str(ROOT / "corpora/rules"), str(ROOT / "corpora/traces"))
    pairs = len(support.representatives(library))
    with WorkerPool(args.workers, SandboxConfig(default_cache_dir(), timeout_s=120)) as pool:
        for backend in args.backends.split(","):
            version = registry.REGISTRY[backend].version()
            t0 = time.monotonic()
            out = lowerable.cache_file(lowerable.SHIPPED, backend, version)
            found = support.probe(
                backend,
                library,
                pool,
                known=None if args.fresh else lowerable.read_cache(out),
                progress=lambda d, t, b=backend: print(f"\r{b}: {d}/{t}", end="", flush=True),
            )
            support.write_cache(out, backend, version, found)
            gaps = sum(1 for r in found.values() if r)
            print(f"\n{backend} {version}: {pairs} pairs, {gaps} not lowered, "
                  f"{time.monotonic() - t0:.0f} s -> {out}")  # fmt: skip


if __name__ == "__main__":
    main()
