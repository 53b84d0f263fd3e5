"""Lowering a model or graph to the MLIR a cost model reads (its IREE dispatches), in the
sandbox: a model file is the user's own code, run in a worker, never in clab itself."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from compiler_lab.errors import LabError
from compiler_lab.sandbox.calls import Call
from compiler_lab.sandbox.pool import Executor, SandboxConfig, WorkerPool, default_cache_dir


def module_dispatches(spec: str, measure: bool = False) -> list[dict[str, Any]]:
    """[{name, text[, latency_s]}] per IREE dispatch of `FILE.py:FUNC`; LabError otherwise."""
    return dispatches({"module": spec}, f"--module {spec}", measure)


def dispatches(source: dict[str, Any], label: str, measure: bool = False) -> list[dict[str, Any]]:
    """[{name, text[, latency_s]}] per IREE dispatch of a `module` or a `graph` (JSON)."""
    with WorkerPool(1, SandboxConfig(default_cache_dir(), timeout_s=1800)) as pool:
        (found,) = dispatches_in(pool, [source], measure)
    if isinstance(found, str):
        raise LabError(f"{label}: {found}")
    return found


def dispatches_in(
    pool: Executor, sources: list[dict[str, Any]], measure: bool = False
) -> list[list[dict[str, Any]] | str]:
    """For each source, its dispatches as `dispatches` gives them, or why there are none (the
    first line of the error), lowered and timed in `pool`'s workers."""
    from costmodel.measure.architectures import DispatchSource, graph_dispatches

    replies = pool.call_many(
        [Call(graph_dispatches, DispatchSource(**source, measure=measure)) for source in sources]
    )
    out: list[list[dict[str, Any]] | str] = []
    for resp in replies:
        if not resp.ok:
            out.append(resp.why())
        elif resp.result.error is not None:
            out.append(resp.result.error)
        else:
            out.append(resp.result.dispatches)
    return out


@dataclass(frozen=True)
class WholeModel:
    """A model's dispatches summed: every prediction; and, where they were measured, the
    measured latencies beside the predictions of those same dispatches only (a dispatch
    that could not be measured adds to neither), and how many could not be."""

    predicted_s: float
    measured_s: float | None = None
    predicted_measured_s: float | None = None
    unmeasured: int = 0


def whole_model(found: list[dict[str, Any]], predicted: list[float], measure: bool) -> WholeModel:
    """The sums over `found` (`module_dispatches`' list) and their `predicted` latencies."""
    total = sum(predicted)
    if not measure:
        return WholeModel(total)
    timed = [(d["latency_s"], p) for d, p in zip(found, predicted, strict=True)
             if d.get("latency_s") is not None]  # fmt: skip
    return WholeModel(
        total,
        sum(m for m, _ in timed),
        sum(p for _, p in timed),
        len(found) - len(timed),
    )
