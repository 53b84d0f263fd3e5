"""Where sandboxed jobs run: local worker processes (the default) or a Ray cluster.

Both offer what the lab needs of a pool: `map(requests, on_done, should_stop)` and
`config`. On Ray, each actor owns one warm sandboxed worker on its node; a crashing case is
handled by that worker's sandbox and is never re-run (`max_task_retries=0`). Results come
back to the coordinator, the only writer of the store.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from compiler_lab.sandbox.calls import CallsMixin
from compiler_lab.sandbox.pool import (
    STOP_POLL_S,
    SandboxConfig,
    Worker,
    WorkerPool,
    default_cache_dir,
)
from compiler_lab.sandbox.response import BadReply, Response
from fuzz.campaign.config import CampaignConfig


def local(workers: int, config: SandboxConfig) -> WorkerPool:
    return WorkerPool(workers, config)


def for_campaign(cfg: CampaignConfig, store: Path) -> tuple[SandboxConfig, CallsMixin]:
    """The sandbox a campaign's tests run in (its limits, test hooks, Inductor cache and
    coverage folder beside `store`) and the pool of its workers, local or on Ray."""
    sandbox = SandboxConfig(
        default_cache_dir(),
        timeout_s=cfg.timeout_s,
        memory_mb=cfg.memory_mb,
        test_hooks=bool(cfg.hooks),
        inductor_cache_dir=cfg.inductor_cache_dir,
        coverage_dir=store.parent / f"{store.name}.coverage" if cfg.coverage else None,
    )
    if cfg.executor == "ray":
        return sandbox, RayExecutor(cfg.workers, sandbox, cfg.ray_address)
    return sandbox, local(cfg.workers, sandbox)


def init_options(address: str | None) -> dict[str, Any]:
    """`ray.init` arguments: a cluster this process starts itself listens on loopback only,
    since a Ray node runs whatever code reaches its port."""
    options: dict[str, Any] = {"address": address, "include_dashboard": False,
                               "log_to_driver": False}  # fmt: skip
    if address is None:
        options |= {"_node_ip_address": "127.0.0.1", "dashboard_host": "127.0.0.1"}
    return options


class RayExecutor(CallsMixin):
    """Sandboxed workers inside Ray actors; the same interface as WorkerPool."""

    def __init__(self, workers: int, config: SandboxConfig, address: str | None = None) -> None:
        try:
            import ray
        except ImportError:
            raise RuntimeError("the Ray executor needs `pip install .[ray]`") from None
        self.ray = ray
        self.config = config
        if not ray.is_initialized():
            ray.init(**init_options(address))

        # two threads: `abort` runs while `request` is in flight
        @ray.remote(max_restarts=0, max_task_retries=0, max_concurrency=2)
        class SandboxActor:
            def __init__(self, slot: int, cfg: SandboxConfig) -> None:
                self.worker = Worker(slot, cfg)

            def request(self, req: dict[str, Any]) -> dict[str, Any]:
                """The reply as JSON data, as it came from the worker."""
                return self.worker.request(req, req.get("timeout_s")).to_json()

            def abort(self) -> None:
                self.worker.abort()

            def close(self) -> None:
                self.worker.release()

        self.actors = [SandboxActor.remote(i, config) for i in range(workers)]

    def map(
        self,
        requests: list[dict[str, Any]],
        on_done: Callable[[int, Response], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> list[Response]:
        ray = self.ray
        results: list[Response | None] = [None] * len(requests)
        pending: dict[Any, tuple[int, Any]] = {}
        queue = list(range(len(requests)))
        idle = list(self.actors)
        while queue or pending:
            if should_stop is not None and should_stop():
                # the tests in flight are killed, answered "not-run" and discarded
                ray.get([actor.abort.remote() for _, actor in pending.values()])
                if pending:
                    ray.wait(list(pending), num_returns=len(pending))
                break
            while idle and queue:
                i, actor = queue.pop(0), idle.pop()
                pending[actor.request.remote(requests[i])] = (i, actor)
            if not pending:
                break
            ready, _ = ray.wait(list(pending), num_returns=1, timeout=STOP_POLL_S)
            if not ready:
                continue
            i, actor = pending.pop(ready[0])
            try:
                data = ray.get(ready[0])
            except ray.exceptions.RayError as exc:  # the actor itself died: a verdict too
                resp = Response.failed("signal:ray-actor", type(exc).__name__, str(exc)[:2000])
            else:
                idle.append(actor)
                try:
                    resp = Response.from_json(data)
                except BadReply as exc:
                    resp = Response.failed("protocol", "BadReply", f"actor reply: {exc}")
            results[i] = resp
            if on_done is not None:
                on_done(i, resp)
        return [r if r is not None else Response.not_run() for r in results]

    def close(self) -> None:
        for actor in self.actors:
            with contextlib.suppress(self.ray.exceptions.RayError):
                self.ray.get(actor.close.remote())

    def __enter__(self) -> RayExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
