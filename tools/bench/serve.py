"""Benchmark serving: in-process single-query latency (p50, p99; batch 1, one core, texts
not yet cached) per shipped model, and HTTP throughput and p99 latency under concurrent
clients on loopback. Writes bench/results/serve.json.

    python tools/bench/serve.py [--models lightgbm,roofline,textcnn,transformer]
                                [--clients 4] [--requests 200]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from compiler_lab.machine import fingerprint  # noqa: E402
from costmodel.dataset.samples import load_samples  # noqa: E402
from costmodel.features.extract import features  # noqa: E402
from costmodel.mlir.bounds import check_text  # noqa: E402
from costmodel.serve.api import load  # noqa: E402
from costmodel.serve.http import wait_healthy  # noqa: E402


def _pct(xs: list[float], q: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(q * len(s)))]


def in_process(name: str, texts: list[str]) -> dict[str, float]:
    """Batch-1 latency on texts the predictor has not seen, with the feature cache and the
    bounds' memo of checked texts emptied first (models run one after another in this
    process on the same texts)."""
    torch.set_num_threads(1)
    features.cache_clear()
    check_text.cache_clear()
    p = load(name)
    p.predict(texts[:1])
    times = []
    for t in texts[1:]:
        t0 = time.perf_counter()
        p.predict([t])
        times.append(time.perf_counter() - t0)
    cached = []
    for t in texts[1:50]:
        t0 = time.perf_counter()
        p.predict([t])
        cached.append(time.perf_counter() - t0)
    return {
        "p50_ms": round(_pct(times, 0.5) * 1e3, 3),
        "p99_ms": round(_pct(times, 0.99) * 1e3, 3),
        "cached_p50_ms": round(_pct(cached, 0.5) * 1e3, 4),
        "queries": len(times),
    }


def http(name: str, texts: list[str], clients: int, requests: int, port: int) -> dict:
    import httpx

    proc = subprocess.Popen(
        [sys.executable, "-m", "compiler_lab", "cost", "serve", "--model", name,
         "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, attempts=240)
        latencies: list[float] = []
        codes: list[int] = []

        def loop(k: int) -> None:
            with httpx.Client(timeout=60) as c:
                for i in range(requests):
                    body = {"texts": [texts[(k * requests + i) % len(texts)]]}
                    t0 = time.perf_counter()
                    codes.append(c.post(f"{url}/v1/predict", json=body).status_code)
                    latencies.append(time.perf_counter() - t0)

        t0 = time.perf_counter()
        threads = [threading.Thread(target=loop, args=(k,)) for k in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return {
        "clients": clients,
        "requests": len(codes),
        "ok": codes.count(200),
        "throughput_rps": round(len(codes) / wall, 1),
        "p50_ms": round(_pct(latencies, 0.5) * 1e3, 2),
        "p99_ms": round(_pct(latencies, 0.99) * 1e3, 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--models", default="lightgbm,roofline,textcnn,transformer")  # shipped
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--data", default=str(ROOT / "corpora/costdata"))
    ap.add_argument("-o", "--out", default=str(ROOT / "bench/results/serve.json"))
    args = ap.parse_args()
    texts = [s.text for s in load_samples(Path(args.data))][-400:]
    result = {"machine": fingerprint(), "in_process": {}, "http": {}}
    for name in args.models.split(","):
        result["in_process"][name] = in_process(name, texts[:301])
        print(name, result["in_process"][name], flush=True)
    for i, name in enumerate(("lightgbm", "transformer")):
        if name in args.models.split(","):
            result["http"][name] = http(name, texts, args.clients, args.requests, 8790 + i)
            print(name, result["http"][name], flush=True)
    Path(args.out).write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
