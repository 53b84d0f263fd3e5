"""Differential testing of graphs: every backend against eager, in the sandbox.

For each graph the lab draws input values, runs the oracle's reference (and its truth
run: eager, and eager in float64, for the default oracle), runs each backend, and turns
what came back into a Verdict. A request may ask for probes: finding kinds that watch
correct runs (perf-outlier times the compiled graph against eager), each of which judges
a correct verdict by the evidence its probe left in the worker.
Outputs are compared in a worker, and clab loads only small ones (see outputs.py).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from compiler_lab.execution.failure import Failure
from compiler_lab.execution.outputs import OutputFiles, judge_files, kept_outputs
from compiler_lab.findings import kinds, oracles
from compiler_lab.ir import tensorio
from compiler_lab.ir.graph import Graph
from compiler_lab.ir.inputs import DrawValues, draw_file
from compiler_lab.sandbox.calls import Call
from compiler_lab.sandbox.folders import pid_alive
from compiler_lab.sandbox.pool import Executor
from compiler_lab.sandbox.response import Response


@dataclass
class Verdict:
    graph: Graph
    backend: str
    verdict: str
    stage: str = ""
    reason: str = ""
    failure: Failure | None = None
    comparison: oracles.Comparison | None = None
    timings: dict[str, float] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)
    values: dict[str, torch.Tensor] = field(default_factory=dict, repr=False)
    expected: list[torch.Tensor] | None = field(default=None, repr=False)
    actual: list[torch.Tensor] | None = field(default=None, repr=False)
    truth: list[torch.Tensor] | None = field(default=None, repr=False)
    #: the name of the oracle that judged the outputs
    judged_by: str = oracles.ORACLE.name

    @property
    def is_finding(self) -> bool:
        """A verdict of a finding kind; not ok, skipped or `harness-error` (the lab itself
        could not test the graph: kept and reported apart from what the compilers did)."""
        return self.kind is not None

    @property
    def kind(self) -> kinds.FindingKind | None:
        return kinds.kind_of(self.verdict, self.stage)

    def to_json(self) -> dict[str, Any]:
        return {
            "graph": self.graph.name,
            "graph_hash": self.graph.content_hash(),
            "backend": self.backend,
            "options": self.options,
            "verdict": self.verdict,
            "stage": self.stage,
            "reason": self.reason,
            "failure": self.failure.to_json() if self.failure else None,
            "comparison": vars(self.comparison) if self.comparison else None,
            "timings": self.timings,
            "oracle": self.judged_by,
        }


@dataclass
class LabRequest:
    """One (graph, backend) pair to test, with backend options and an optional test hook."""

    graph: Graph
    backend: str
    options: dict[str, Any] = field(default_factory=dict)
    hook: str | None = None
    #: finding kinds whose probes watch the correct run (e.g. "perf-outlier"; see kinds)
    probes: tuple[str, ...] = ()
    #: explicit input values (e.g. for merged batches); default: drawn from the ranges
    values: dict[str, torch.Tensor] | None = None
    #: where to keep the backend's outputs (an `.npz` path) for a later call in a worker
    #: (findings.culprit judges each value of a graph); default: gone with the run
    keep_outputs: str = ""


#: failure stages that are the lab's own, not the compiler's: no finding (`harness`: a step of
#: the lab's between compiler calls failed, such as editing decisions into a module)
_HARNESS_STAGES = {"timeout": "hang", "protocol": "harness-error", "harness": "harness-error"}


def _verdict_from_failure(
    req: LabRequest, failure: Failure, timings: dict, options: dict[str, Any]
) -> Verdict:
    kind = _HARNESS_STAGES.get(failure.stage, "crash")
    return Verdict(
        req.graph,
        req.backend,
        kind,
        failure.stage,
        failure.summary(),
        failure,
        None,
        timings,
        options,
    )


def run(
    requests: list[LabRequest],
    pool: Executor,
    seed: int = 0,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    oracle: oracles.Oracle = oracles.ORACLE,
) -> list[Verdict]:
    """Verdicts for `requests`, in order, by `oracle`, whose reference runs run
    once per distinct graph.
    `progress(done, total)` is called as each sandboxed job finishes; once `should_stop()`
    is true no new job starts, and the tests left get the verdict `harness-error`
    (reason "not run"): a caller that stops discards them."""
    with tempfile.TemporaryDirectory(prefix=f"run-{os.getpid()}-", dir=runs_dir(pool)) as tmp:
        return _run(requests, pool, seed, Path(tmp), progress, should_stop, oracle)


def runs_dir(pool: Executor) -> Path:
    """The folder the lab's runs keep their files in, each in a folder `run-<pid>-...`,
    swept once that process is gone."""
    path = pool.config.cache_dir / "runs"
    path.mkdir(parents=True, exist_ok=True)
    for stale in path.glob("run-*"):  # left by a coordinator that was killed
        pid = stale.name.split("-")[1]
        if pid.isdigit() and not pid_alive(int(pid)):
            shutil.rmtree(stale, ignore_errors=True)
    return path


def _run(
    requests: list[LabRequest],
    pool: Executor,
    seed: int,
    tmp: Path,
    progress: Callable[[int, int], None] | None,
    should_stop: Callable[[], bool] | None,
    oracle: oracles.Oracle,
) -> list[Verdict]:
    graphs: dict[str, Graph] = {}
    given: dict[str, dict[str, torch.Tensor]] = {}
    for req in requests:
        graphs.setdefault(req.graph.content_hash(), req.graph)
        if req.values is not None:
            given[req.graph.content_hash()] = req.values
    for key, graph in graphs.items():
        (tmp / key[:16]).mkdir()
        graph.save(tmp / key[:16] / "graph.json")
        if key in given:
            tensorio.save(tmp / key[:16] / "values.npz", given[key])
    values, unusable = _draw_values(graphs, given, pool, seed, tmp, should_stop)
    work: list[dict[str, Any]] = []
    for key in values:
        gdir = tmp / key[:16]
        base = {
            "kind": "execute",
            "graph": str(gdir / "graph.json"),
            "values": str(gdir / "values.npz"),
        }
        for name, ref in _references(oracle):
            out = {"outputs": str(gdir / f"{name}.npz")}
            work.append(base | {"backend": ref.backend, "options": ref.options} | out)
    for i, req in enumerate(requests):
        gdir = tmp / req.graph.content_hash()[:16]
        if req.graph.content_hash() in unusable:
            continue
        work.append(
            {
                "kind": "execute",
                "graph": str(gdir / "graph.json"),
                "values": str(gdir / "values.npz"),
                "backend": req.backend,
                "options": req.options,
                "hook": req.hook,
                "probes": list(req.probes),
                "outputs": req.keep_outputs or str(gdir / f"out{i}.npz"),
            }
        )
    n_run = len(_references(oracle))
    n_ref = n_run * len(values)
    done = [0]

    def tick(_: int, __: Response) -> None:
        done[0] += 1
        if progress is not None:
            progress(done[0], len(work))

    responses = pool.map(work, on_done=tick, should_stop=should_stop)
    none = Response("not-run", reason="the oracle has no truth run")
    refs = {
        key: (responses[n_run * j], responses[n_run * j + 1] if n_run > 1 else none)
        for j, key in enumerate(values)
    }
    tested = [i for i, req in enumerate(requests) if req.graph.content_hash() not in unusable]
    answers = dict(zip(tested, responses[n_ref:], strict=True))
    judged = _judge_outputs(requests, answers, refs, pool, should_stop, oracle, tmp)
    verdicts = []
    for i, req in enumerate(requests):
        key = req.graph.content_hash()
        if key in unusable:
            verdicts.append(Verdict(req.graph, req.backend, "harness-error", "values",
                                    unusable[key], options=req.options))  # fmt: skip
            continue
        verdict = _judge(req, answers[i], refs[key], judged.get(i), oracle)
        verdict.values = values[key]
        verdicts.append(verdict)
    return verdicts


def _references(oracle: oracles.Oracle) -> list[tuple[str, oracles.Reference]]:
    """The runs `oracle` needs of each graph: its reference, then its truth run if any."""
    runs = [("reference", oracle.reference), ("truth", oracle.truth)]
    return [(name, ref) for name, ref in runs if ref is not None]


def _judge_outputs(
    requests: list[LabRequest],
    answers: dict[int, Response],
    refs: dict[str, tuple[Response, Response]],
    pool: Executor,
    should_stop: Callable[[], bool] | None,
    oracle: oracles.Oracle,
    tmp: Path,
) -> dict[int, Response]:
    """The oracle's reply (`judge_files`, in a worker) for each request whose backend and
    reference both gave outputs, by the request's index among `requests` (`answers`' keys);
    the graph and its values (in its folder under `tmp`) go along, to settle outputs."""
    todo = []
    for i, resp in answers.items():
        key = requests[i].graph.content_hash()
        reference, truth = refs[key]
        if reference.ok and resp.ok:
            gdir = tmp / key[:16]
            files = OutputFiles(reference.outputs, truth.outputs if truth.ok else "",
                                resp.outputs, oracle.name, str(gdir / "graph.json"),
                                str(gdir / "values.npz"))  # fmt: skip
            todo.append((i, files))
    replies = pool.call_many(
        [Call(judge_files, files) for _, files in todo], should_stop=should_stop
    )
    return {key: reply for (key, _), reply in zip(todo, replies, strict=True)}


def _draw_values(
    graphs: dict[str, Graph],
    given: dict[str, dict[str, torch.Tensor]],
    pool: Executor,
    seed: int,
    tmp: Path,
    should_stop: Callable[[], bool] | None,
) -> tuple[dict[str, dict[str, torch.Tensor]], dict[str, str]]:
    """The values of each graph: given, or drawn and saved by a worker (`values.npz` in
    the graph's folder). Returns them, and why a graph has none (too large to draw)."""
    todo = [key for key in graphs if key not in given]
    drawn = pool.call_many(
        [
            Call(
                draw_file,
                DrawValues(
                    str(tmp / key[:16] / "graph.json"), str(tmp / key[:16] / "values.npz"), seed
                ),
            )
            for key in todo
        ],
        should_stop=should_stop,
    )
    values = {key: given[key] for key in graphs if key in given}
    unusable: dict[str, str] = {}
    for key, resp in zip(todo, drawn, strict=True):
        if resp.ok:
            try:
                values[key] = tensorio.load(tmp / key[:16] / "values.npz")
                continue
            except ValueError as exc:
                resp = Response("error", error=str(exc))
        why = resp.message()
        unusable[key] = f"input values could not be drawn: {why.splitlines()[0][:200]}"
    return {key: values[key] for key in graphs if key in values}, unusable


def _comparison(judged: Response | None) -> oracles.Comparison | str:
    """The oracle's Comparison from its worker's reply, or why there is none."""
    if judged is None or not judged.ok:
        return judged.why() if judged is not None else "not judged"
    return judged.result


def _judge(
    req: LabRequest,
    resp: Response,
    refs: tuple[Response, Response],
    judged: Response | None = None,
    oracle: oracles.Oracle = oracles.ORACLE,
) -> Verdict:
    """The verdict on one request, from its backend's reply, the oracle's reference and
    truth runs' (`refs`), and the oracle's judgement (`judged`: where both gave outputs);
    then each probe the request asked for judges a correct verdict."""
    reference, truth_run = refs
    timings = dict(resp.timings)
    # what the backend decided by itself (a draw) joins the options: the case rebuilds it
    options = req.options | timings.pop("decided", {})
    for r in (reference, resp):
        if r.status in ("error", "not-run"):
            return Verdict(req.graph, req.backend, "harness-error", "harness", r.why()[:300],
                           options=options)  # fmt: skip
    if not reference.ok:
        why = reference.reason or reference.message()
        return Verdict(
            req.graph,
            req.backend,
            "skipped",
            oracle.reference.backend,
            f"{oracle.reference.backend} reference failed: {why.splitlines()[0][:200]}",
            options=options,
        )
    if resp.status == "skipped":
        return Verdict(
            req.graph,
            req.backend,
            "skipped",
            reason=resp.reason,
            timings=timings,
            options=options,
        )
    if resp.status == "failure":
        return _verdict_from_failure(req, Failure.from_json(resp.failure), timings, options)
    cmp = _comparison(judged)
    if isinstance(cmp, str):
        why = f"the outputs could not be compared: {cmp[:200]}"
        return Verdict(req.graph, req.backend, "harness-error", "oracle", why,
                       options=options)  # fmt: skip
    expected, actual = kept_outputs(reference), kept_outputs(resp)
    if expected is None or actual is None:
        expected = actual = None
    truth = kept_outputs(truth_run) if expected is not None and truth_run.ok else None
    v = output_verdict(req.graph, req.backend, options, actual, expected, truth, timings,
                       oracle, comparison=cmp)  # fmt: skip
    for name in req.probes:
        v = kinds.probing(name).judge(v)
    return v


def output_verdict(
    graph: Graph,
    backend: str,
    options: dict[str, Any],
    actual: list[torch.Tensor] | None,
    expected: list[torch.Tensor] | None,
    truth: list[torch.Tensor] | None,
    timings: dict[str, Any],
    oracle: oracles.Oracle = oracles.ORACLE,
    comparison: oracles.Comparison | None = None,
    **extra: Any,
) -> Verdict:
    """The one place an `ok` or `mismatch` verdict is built from a backend's outputs: judged
    here, or already judged in a worker (`comparison`; the outputs may then be None)."""
    cmp = oracle.judge(expected, truth, actual) if comparison is None else comparison
    return Verdict(
        graph,
        backend,
        "ok" if cmp.ok else "mismatch",
        stage="" if cmp.ok else oracle.stage(graph, cmp),
        reason=cmp.reason,
        comparison=cmp,
        timings=timings,
        options=options,
        expected=expected,
        actual=actual,
        truth=truth,
        judged_by=oracle.name,
        **extra,
    )
