"""The parent side of the sandbox: warm worker processes with a timeout and a memory limit.

A worker that segfaults, aborts, hangs or runs out of memory yields a failure response
(`signal:<name>`, `timeout`, `oom`) and is replaced; the next request gets a fresh worker.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import resource
import select
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from compiler_lab.machine import cpu_key
from compiler_lab.sandbox import breadcrumb
from compiler_lab.sandbox.worker import COVERAGE_ENV, HOOKS_ENV

DEFAULT_TIMEOUT_S = 180.0
DEFAULT_MEMORY_MB = 8192
MAX_LOG_BYTES = 16 << 20
_OOM_MARKERS = ("std::bad_alloc", "out of memory", "can't allocate memory", "MemoryError")


@dataclass
class SandboxConfig:
    cache_dir: Path
    timeout_s: float = DEFAULT_TIMEOUT_S
    memory_mb: int = DEFAULT_MEMORY_MB
    test_hooks: bool = False
    #: Inductor's on-disk cache; defaults to `host_cache(cache_dir)/inductor`
    inductor_cache_dir: Path | None = None
    #: where workers save coverage.py data for the compilers' code (None: no tracing)
    coverage_dir: Path | None = None


def default_cache_dir() -> Path:
    """`$CLAB_CACHE_DIR`, else `~/.cache/compiler_lab`: Inductor's cache and worker temp dirs."""
    env = os.environ.get("CLAB_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "compiler_lab"


def host_cache(cache_dir: Path) -> Path:
    """Where host-specific artifacts live (Inductor's compiled code and precompiled header,
    built with `-march=native`): one folder per CPU kind, so a cache shared between machines
    never hands AVX-512 code to an AVX2 one."""
    return cache_dir / "cpu" / cpu_key()


class Worker:
    """One child process. `request` never raises for a misbehaving child."""

    def __init__(self, slot: int, config: SandboxConfig) -> None:
        self.slot = slot
        self.config = config
        self.proc: subprocess.Popen[bytes] | None = None
        self.reply_fd = -1
        self.buffer = b""
        self.tmp = host_cache(config.cache_dir) / "tmp" / f"w{slot}"
        self.log_path = config.cache_dir / "logs" / f"worker{slot}.log"
        self.crumb = self.tmp / "breadcrumb"
        self.restarts = 0

    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            OMP_NUM_THREADS="1",
            MKL_NUM_THREADS="1",
            TMPDIR=str(self.tmp),
            TORCHINDUCTOR_CACHE_DIR=str(
                self.config.inductor_cache_dir or host_cache(self.config.cache_dir) / "inductor"
            ),
            PYTHONFAULTHANDLER="1",
        )
        env[breadcrumb.ENV] = str(self.crumb)
        env.pop(HOOKS_ENV, None)
        env.pop(COVERAGE_ENV, None)
        if self.config.test_hooks:
            env[HOOKS_ENV] = "1"
        if self.config.coverage_dir is not None:
            self.config.coverage_dir.mkdir(parents=True, exist_ok=True)
            env[COVERAGE_ENV] = str(self.config.coverage_dir)
        return env

    def start(self) -> None:
        self.tmp.mkdir(parents=True, exist_ok=True)
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        if self.log_path.exists() and self.log_path.stat().st_size > MAX_LOG_BYTES:
            self.log_path.unlink()  # compilers' warnings pile up over a long campaign
        read_fd, write_fd = os.pipe()
        limit = self.config.memory_mb * 1024 * 1024

        def limits() -> None:
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "compiler_lab.sandbox.worker", str(write_fd)],
                stdin=subprocess.PIPE,
                stdout=log,
                stderr=log,
                pass_fds=(write_fd,),
                preexec_fn=limits,
                env=self._env(),
            )
        os.close(write_fd)
        self.reply_fd = read_fd
        self.buffer = b""

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def request(self, req: dict[str, Any], timeout_s: float | None = None) -> dict[str, Any]:
        """Send `req`; the response, or a failure response if the child died or hung."""
        if not self.alive():
            self.start()
        assert self.proc is not None and self.proc.stdin is not None
        log_offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        timeout = timeout_s if timeout_s is not None else self.config.timeout_s
        breadcrumb.clear(self.crumb)
        try:
            self.proc.stdin.write((json.dumps(req) + "\n").encode())
            self.proc.stdin.flush()
        except BrokenPipeError:
            return self._death(log_offset)
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                where = breadcrumb.read(self.crumb)
                self.kill()
                inside = f" (last step: {where})" if where else ""
                return _failure("timeout", "Timeout", f"no answer within {timeout:.0f} s{inside}")
            ready, _, _ = select.select([self.reply_fd], [], [], left)
            if not ready:
                continue
            chunk = os.read(self.reply_fd, 1 << 16)
            if not chunk:
                return self._death(log_offset)
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return json.loads(line)

    def _death(self, log_offset: int) -> dict[str, Any]:
        assert self.proc is not None
        code = self.proc.wait()
        tail = self._log_tail(log_offset)
        where = breadcrumb.read(self.crumb)
        at = f"@{where}" if where else ""
        self._cleanup()
        self.restarts += 1
        if any(m in tail for m in _OOM_MARKERS):
            return _failure("oom", "WorkerDied", f"worker ran out of memory (exit {code})\n{tail}")
        if code < 0:
            name = signal.Signals(-code).name
            return _failure(f"signal:{name}{at}", "Signal", f"worker killed by {name}\n{tail}")
        return _failure(f"exit:{code}{at}", "WorkerExit", f"worker exited with {code}\n{tail}")

    def _log_tail(self, offset: int, limit: int = 4000) -> str:
        try:
            with open(self.log_path, "rb") as f:
                f.seek(offset)
                return f.read().decode(errors="replace")[-limit:]
        except OSError:
            return ""

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.restarts += 1
        self._cleanup()

    def _cleanup(self) -> None:
        if self.reply_fd >= 0:
            os.close(self.reply_fd)
            self.reply_fd = -1
        if self.proc is not None and self.proc.stdin is not None:
            with contextlib.suppress(BrokenPipeError):
                self.proc.stdin.close()
        self.proc = None

    def close(self) -> None:
        if self.proc is not None:
            try:
                assert self.proc.stdin is not None
                self.proc.stdin.close()
                self.proc.wait(timeout=10)
            except (subprocess.TimeoutExpired, BrokenPipeError):
                self.proc.kill()
                self.proc.wait()
        if self.reply_fd >= 0:
            os.close(self.reply_fd)
            self.reply_fd = -1
        self.proc = None


def _failure(stage: str, exc_type: str, message: str) -> dict[str, Any]:
    return {
        "status": "failure",
        "failure": {"stage": stage, "exc_type": exc_type, "message": message, "traceback": ""},
        "timings": {},
    }


class WorkerPool:
    """N warm workers; `map` runs requests in parallel, one per free worker."""

    def __init__(self, workers: int, config: SandboxConfig) -> None:
        if workers < 1:
            raise ValueError("need at least one worker")
        self.config = config
        self.workers = [Worker(i, config) for i in range(workers)]

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def map(
        self,
        requests: list[dict[str, Any]],
        on_done: Callable[[int, dict[str, Any]], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> list[dict[str, Any]]:
        """Responses in request order; `on_done(index, response)` is called as each lands.
        Once `should_stop()` is true no new request starts; those never run get
        `{"status": "not-run"}`."""
        results: list[dict[str, Any] | None] = [None] * len(requests)
        todo: queue.Queue[int] = queue.Queue()
        for i in range(len(requests)):
            todo.put(i)
        lock = threading.Lock()

        def serve(worker: Worker) -> None:
            while True:
                if should_stop is not None and should_stop():
                    return
                try:
                    i = todo.get_nowait()
                except queue.Empty:
                    return
                resp = worker.request(requests[i], requests[i].get("timeout_s"))
                results[i] = resp
                if on_done is not None:
                    with lock:
                        on_done(i, resp)

        threads = [threading.Thread(target=serve, args=(w,), daemon=True) for w in self.workers]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return [r if r is not None else {"status": "not-run"} for r in results]

    def close(self) -> None:
        for w in self.workers:
            w.close()
