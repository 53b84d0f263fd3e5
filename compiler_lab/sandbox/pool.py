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
from typing import Any, Protocol

from compiler_lab.machine import cpu_key
from compiler_lab.sandbox import breadcrumb
from compiler_lab.sandbox.calls import Call, CallsMixin
from compiler_lab.sandbox.folders import claim
from compiler_lab.sandbox.response import BadReply, Response
from compiler_lab.sandbox.worker import COVERAGE_ENV, HOOKS_ENV

DEFAULT_TIMEOUT_S = 180.0
DEFAULT_MEMORY_MB = 8192
MAX_LOG_BYTES = 16 << 20
#: how often `map` looks at its caller's stop flag (a Ctrl-C stops within this)
STOP_POLL_S = 0.2
#: a reply line longer than this is a misbehaving worker
MAX_REPLY_BYTES = 64 << 20
#: the largest file a worker may write (RLIMIT_FSIZE)
MAX_FILE_BYTES = 8 << 30
#: failures after which the worker is replaced: native code of the compiler's ran and may
#: have damaged the heap that later tests would run in
RECYCLE_STAGES = ("runtime", "iree-run", "mlir-jit")
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
    #: which pool: its workers get temp dirs and logs of their own (`lab`, `values`, ...)
    name: str = "lab"


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
        # a folder of its own: no other pool, here or in another process, shares its temp
        # dir, breadcrumb or log (log tails feed bucket keys and OOM detection)
        self.tmp, self._lock = claim(host_cache(config.cache_dir) / "tmp" / config.name, slot)
        self.log_path = config.cache_dir / "logs" / config.name / f"{self.tmp.name}.log"
        self.crumb = self.tmp / "breadcrumb"
        self.restarts = 0
        self.next_id = 0
        #: set by `abort` (another thread): the request in flight answers "not-run"
        self.aborting = False

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
            resource.setrlimit(resource.RLIMIT_FSIZE, (MAX_FILE_BYTES, MAX_FILE_BYTES))

        with open(self.log_path, "ab") as log:
            # -I: no user site, no PYTHON* variables, no script or current directory on the
            # path, so a `torch.py` planted beside a case cannot be imported. Its own
            # session: a terminal's Ctrl-C reaches the coordinator only, and a timeout
            # kills the worker's whole process group (g++, iree-compile, valgrind).
            self.proc = subprocess.Popen(
                [sys.executable, "-I", "-m", "compiler_lab.sandbox.worker", str(write_fd)],
                stdin=subprocess.PIPE,
                stdout=log,
                stderr=log,
                pass_fds=(write_fd,),
                preexec_fn=limits,
                env=self._env(),
                cwd=self.tmp,
                start_new_session=True,
            )
        os.close(write_fd)
        self.reply_fd = read_fd
        self.buffer = b""

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def request(self, req: dict[str, Any], timeout_s: float | None = None) -> Response:
        """Send `req`; the response, or a failure response if the child died or hung."""
        if not self.alive():
            self.start()
        assert self.proc is not None and self.proc.stdin is not None
        log_offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        timeout = timeout_s if timeout_s is not None else self.config.timeout_s
        breadcrumb.clear(self.crumb)
        self.aborting = False
        self.next_id += 1
        rid = self.next_id
        try:
            self.proc.stdin.write((json.dumps(req | {"id": rid}) + "\n").encode())
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
                return Response.failed(
                    "timeout", "Timeout", f"no answer within {timeout:.0f} s{inside}"
                )
            ready, _, _ = select.select([self.reply_fd], [], [], left)
            if not ready:
                continue
            chunk = os.read(self.reply_fd, 1 << 16)
            if not chunk:
                return self._death(log_offset)
            self.buffer += chunk
            if len(self.buffer) > MAX_REPLY_BYTES:
                self.kill()
                return Response.failed(
                    "protocol", "BadReply", f"reply over {MAX_REPLY_BYTES} bytes"
                )
        line, self.buffer = self.buffer.split(b"\n", 1)
        try:
            data = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
            self.kill()
            return Response.failed(
                "protocol", "BadReply", f"worker reply is not JSON: {line[:200]!r}"
            )
        if not isinstance(data, dict) or data.pop("id", None) != rid:
            self.kill()
            return Response.failed("protocol", "BadReply", "worker reply for another request")
        try:
            resp = Response.from_json(data)
        except BadReply as exc:
            self.kill()
            return Response.failed("protocol", "BadReply", f"worker reply: {exc}")
        if resp.status == "failure" and resp.stage in RECYCLE_STAGES:
            self.close()  # a fresh worker for the next request
        return resp

    def _death(self, log_offset: int) -> Response:
        assert self.proc is not None
        code = self.proc.wait()
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, signal.SIGKILL)  # what the dead worker had started
        if self.aborting:  # we killed it ourselves: no verdict on the test
            self.aborting = False
            self._cleanup()
            return Response.not_run()
        tail = self._log_tail(log_offset)
        where = breadcrumb.read(self.crumb)
        at = f"@{where}" if where else ""
        self._cleanup()
        self.restarts += 1
        if any(m in tail for m in _OOM_MARKERS):
            return Response.failed(
                "oom", "WorkerDied", f"worker ran out of memory (exit {code})\n{tail}"
            )
        if code < 0:
            name = signal.Signals(-code).name
            return Response.failed(
                f"signal:{name}{at}", "Signal", f"worker killed by {name}\n{tail}"
            )
        return Response.failed(
            f"exit:{code}{at}", "WorkerExit", f"worker exited with {code}\n{tail}"
        )

    def _log_tail(self, offset: int, limit: int = 4000) -> str:
        try:
            with open(self.log_path, "rb") as f:
                f.seek(offset)
                return f.read().decode(errors="replace")[-limit:]
        except OSError:
            return ""

    def abort(self) -> None:
        """Stop the request in flight now, from another thread: kills the worker's process
        group; `request` then answers "not-run", never a crash."""
        proc = self.proc
        if proc is not None and proc.poll() is None:
            self.aborting = True
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)

    def kill(self) -> None:
        """Kill the worker and everything it started (its process group)."""
        if self.proc is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.proc.pid, signal.SIGKILL)
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

    def release(self) -> None:
        """Close the worker and give up its folder (for another pool to claim)."""
        self.close()
        if self._lock >= 0:
            os.close(self._lock)
            self._lock = -1

    def close(self) -> None:
        if self.proc is not None:
            try:
                assert self.proc.stdin is not None
                self.proc.stdin.close()
                self.proc.wait(timeout=10)
            except (subprocess.TimeoutExpired, BrokenPipeError):
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.proc.pid, signal.SIGKILL)  # anything it left running
        if self.reply_fd >= 0:
            os.close(self.reply_fd)
            self.reply_fd = -1
        self.proc = None


class Executor(Protocol):
    """What runs sandbox requests: the local `WorkerPool`, or another pool of workers (Ray's
    actors); `CallsMixin` gives any `map` the typed calls. The lab, batching and triage
    take any."""

    config: SandboxConfig

    def map(
        self,
        requests: list[dict[str, Any]],
        on_done: Callable[[int, Response], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> list[Response]: ...

    def call_many(
        self,
        calls: list[Call],
        on_done: Callable[[int, Response], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> list[Response]: ...

    def call(
        self, fn: Callable[[Any], Any], request: Any, timeout_s: float | None = None
    ) -> Response: ...

    def close(self) -> None: ...


class WorkerPool(CallsMixin):
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
        on_done: Callable[[int, Response], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> list[Response]:
        """Responses in request order; `on_done(index, response)` is called as each lands.
        Once `should_stop()` is true no new request starts and the ones in flight are
        killed: those are "not-run", never a verdict."""
        results: list[Response | None] = [None] * len(requests)
        todo: queue.Queue[int] = queue.Queue()
        for i in range(len(requests)):
            todo.put(i)
        lock = threading.Lock()
        stopping = threading.Event()

        def serve(worker: Worker) -> None:
            while not stopping.is_set():
                try:
                    i = todo.get_nowait()
                except queue.Empty:
                    return
                resp = worker.request(requests[i], requests[i].get("timeout_s"))
                if stopping.is_set():
                    return  # killed by the stop, or finished after it: discarded
                results[i] = resp
                if on_done is not None:
                    with lock:
                        on_done(i, resp)

        threads = [threading.Thread(target=serve, args=(w,), daemon=True) for w in self.workers]
        for t in threads:
            t.start()
        while any(t.is_alive() for t in threads):
            for t in threads:
                t.join(STOP_POLL_S / len(threads))
            if not stopping.is_set() and should_stop is not None and should_stop():
                stopping.set()
                for w in self.workers:
                    w.abort()
        return [r if r is not None else Response.not_run() for r in results]

    def close(self) -> None:
        for w in self.workers:
            w.release()
