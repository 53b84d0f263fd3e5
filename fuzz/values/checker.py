"""Running the value search in a sandboxed worker: generated graphs can contain ops whose
kernels corrupt the heap or crash on unusual shapes, and the generator must outlive them."""

from __future__ import annotations

from compiler_lab.ir.graph import Graph
from compiler_lab.sandbox.pool import SandboxConfig, WorkerPool, default_cache_dir


class SandboxedValueSearch:
    """`check(graph, seed) -> graph with ranges | None`, in a long-lived child process."""

    def __init__(self, timeout_s: float = 30.0) -> None:
        self.pool = WorkerPool(
            1, SandboxConfig(default_cache_dir(), timeout_s=timeout_s, name="values")
        )
        self.crashes: list[dict] = []

    def __call__(self, graph: Graph, seed: int) -> Graph | None:
        from fuzz.values.search import RangeSearch, search_json

        resp = self.pool.call(search_json, RangeSearch(graph.to_json(), seed))
        if not resp.ok:
            self.crashes.append(
                {
                    "ops": graph.ops(),
                    "status": resp.status,
                    "stage": resp.stage or None,
                    "error": resp.error[:300],
                }
            )
            return None
        found = resp.result.graph
        return Graph.from_json(found) if found is not None else None

    def close(self) -> None:
        self.pool.close()

    def __enter__(self) -> SandboxedValueSearch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
