"""Where a finding breaks.

- Inductor: the ladder eager → aot_eager → aot_eager_decomp_partition → inductor names the
  first stage that shows the bug; then Inductor config flips that make it go away; then
  torch's own CompilerBisector narrows it to a subsystem (in a sandboxed worker).
- torch-mlir: the pipeline one pass at a time names the first pass that fails; for
  mismatches, optional passes and the JIT's optimization level are toggled.
- IREE: `--compile-to` phases in order name the first phase that fails.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from compiler_lab.execution import lab
from compiler_lab.findings.cases import Case
from compiler_lab.sandbox.calls import sandbox_call
from compiler_lab.sandbox.pool import Executor

LADDER = ["eager", "aot_eager", "aot_eager_decomp_partition", "inductor"]
INDUCTOR_FLIPS = {
    "fallback_random": True,
    "emulate_precision_casts": True,
    "layout_optimization": False,
    "cpp_wrapper": None,  # toggled
    "freezing": True,
    "split_reductions": False,
}


@dataclass
class Step:
    name: str
    verdict: str
    detail: str = ""


@dataclass
class BisectResult:
    backend: str
    culprit: str
    kind: str  # stage | pass | phase | unknown
    steps: list[Step] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"{self.backend}: first bad {self.kind}: {self.culprit}"]
        out += [f"  {s.name:<40} {s.verdict} {s.detail}" for s in self.steps]
        out += [f"  note: {n}" for n in self.notes]
        return out


def _bad(v: lab.Verdict, kind: str) -> bool:
    return v.verdict == kind or (kind == "crash" and v.verdict == "hang")


def bisect_inductor(case: Case, pool: Executor) -> BisectResult:
    kind = case.verdict["verdict"]
    options = dict(case.options)
    requests = [
        lab.LabRequest(
            case.graph,
            "dynamo",
            {"backend": rung, **(options if rung == "inductor" else {})},
            values=case.values,
        )
        for rung in LADDER
    ]
    verdicts = lab.run(requests, pool)
    steps = [Step(r, v.verdict, v.stage) for r, v in zip(LADDER, verdicts, strict=True)]
    first = next((r for r, v in zip(LADDER, verdicts, strict=True) if _bad(v, kind)), None)
    result = BisectResult(case.backend, first or "not reproduced", "stage", steps)
    if first != "inductor":
        return result
    flips = []
    for name, value in INDUCTOR_FLIPS.items():
        flipped = dict(options)
        flipped[name] = (not options.get(name, False)) if value is None else value
        flips.append((name, flipped))
    flip_verdicts = lab.run(
        [lab.LabRequest(case.graph, "inductor", f, values=case.values) for _, f in flips], pool
    )
    for (name, f), v in zip(flips, flip_verdicts, strict=True):
        gone = not _bad(v, kind)
        result.steps.append(
            Step(f"inductor + {name}={f[name]}", v.verdict, "bug gone" if gone else "")
        )
        if gone:
            result.notes.append(f"the bug disappears with {name}={f[name]}")
    resp = pool.call(torch_bisector, InductorBisect(str(case.path), options, kind), timeout_s=600)
    if resp.ok and resp.result.backend:
        r: BisectorFound = resp.result
        result.notes.append(
            f"torch CompilerBisector: backend {r.backend}, subsystem "
            f"{r.subsystem}, bisect number {r.bisect_number}"
        )
    return result


@dataclass(frozen=True)
class InductorBisect:
    """A case to bisect with Inductor `options`, and what its bug is (crash or mismatch)."""

    case: str
    options: dict[str, Any]
    kind: str


@dataclass(frozen=True)
class BisectorFound:
    """What torch's CompilerBisector names ("" backend: nothing), or why it could not."""

    backend: str = ""
    subsystem: str | None = None
    bisect_number: int | None = None
    error: str = ""


@sandbox_call(InductorBisect, BisectorFound)
def torch_bisector(req: InductorBisect) -> BisectorFound:
    """Sandbox entry point: torch._inductor.compiler_bisector on this case."""
    import torch
    import torch._inductor.config as cfg
    from torch._inductor.compiler_bisector import CompilerBisector

    from compiler_lab.findings import oracles
    from compiler_lab.findings.cases import load_case
    from compiler_lab.findings.settle import settle
    from compiler_lab.ir.materialize import input_list, to_module

    case = load_case(req.case)
    module = to_module(case.graph, case.values)
    inputs = input_list(case.graph, case.values)
    with torch.no_grad():
        expected = list(module(*inputs))

    def good() -> bool:
        torch._dynamo.reset()
        try:
            with cfg.patch(req.options), torch.no_grad():
                fn = torch.compile(module.forward, backend="inductor", fullgraph=True)
                got = list(fn(*inputs))
        except Exception:
            return req.kind != "crash"
        got = settle(case.graph, lambda: case.values, expected, got)
        return oracles.compare(got, expected).ok or req.kind != "mismatch"

    try:
        res = CompilerBisector.do_bisect(good)
    except Exception as exc:  # the bisector's own limits: report, do not fail triage
        return BisectorFound(error=f"{type(exc).__name__}: {exc}"[:300])
    if res is None:
        return BisectorFound()
    return BisectorFound(res.backend, res.subsystem, res.bisect_number)


@dataclass(frozen=True)
class CaseDir:
    """A case directory (`cases.load_case` reads it in the worker)."""

    case: str


@dataclass(frozen=True)
class PassWalk:
    """Each pipeline element run, as [level/pass, verdict, detail]; the first that failed."""

    steps: list[list[str]]
    failed: str | None = None
    level: str = ""


@sandbox_call(CaseDir, PassWalk)
def torchmlir_passes(req: CaseDir) -> PassWalk:
    """Sandbox entry point: each pipeline element in turn; the first that fails."""
    from compiler_lab.backends import REGISTRY
    from compiler_lab.backends.base import StageError
    from compiler_lab.backends.mlir_import import import_torch_raw
    from compiler_lab.backends.mlir_passes import expand, pass_name, run_passes
    from compiler_lab.findings.cases import load_case

    case = load_case(req.case)
    plan = REGISTRY[case.backend].plan
    try:
        text = import_torch_raw(case.graph, case.values)
    except StageError as exc:
        return PassWalk([["fx-import", "fail", str(exc)[:300]]], "fx-import")
    steps = []
    for level, pipeline in plan:
        for element in expand(pipeline):
            try:
                text = run_passes(text, element)
            except StageError as exc:
                first = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else ""
                steps.append([f"{level}/{pass_name(element)}", "fail", first])
                return PassWalk(steps, pass_name(element), level)
            steps.append([f"{level}/{pass_name(element)}", "ok", ""])
    return PassWalk(steps)


MLIR_VARIANTS = {
    "without linalg-fuse-elementwise-ops": {"drop": "linalg-fuse-elementwise-ops"},
    "without linalg-generalize-named-ops": {"drop": "linalg-generalize-named-ops"},
    "JIT opt level 0": {"opt_level": 0},
}


def bisect_torchmlir(case: Case, pool: Executor) -> BisectResult:
    """Pass by pass through the backend's MLIR pipeline (`Backend.plan`); for a mismatch
    that every pass lowers, the pipeline variants its options allow."""
    from compiler_lab.backends import REGISTRY

    name = case.backend
    resp = pool.call(torchmlir_passes, CaseDir(str(case.path)), timeout_s=600)
    if not resp.ok:
        return BisectResult(name, f"worker died ({resp.why()})", "unknown")
    walk: PassWalk = resp.result
    steps = [Step(name, verdict, detail) for name, verdict, detail in walk.steps]
    if walk.failed:
        return BisectResult(name, walk.failed, "pass", steps[-8:])
    result = BisectResult(name, "no pass fails to lower", "pass", steps[-3:])
    variants = {k: v for k, v in MLIR_VARIANTS.items() if all(REGISTRY[name].allowed(o) for o in v)}
    if case.verdict["verdict"] == "mismatch" and variants:
        result.notes.append("every pass lowers; the mismatch is in what they produce")
        result.kind = "variant"
        verdicts = lab.run(
            [lab.LabRequest(case.graph, name, v, values=case.values) for v in variants.values()],
            pool,
        )
        for variant, v in zip(variants, verdicts, strict=True):
            gone = v.verdict == "ok"
            result.steps.append(Step(variant, v.verdict, "bug gone" if gone else ""))
            if gone:
                result.culprit = variant
    return result


def bisect_iree(case: Case, pool: Executor) -> BisectResult:
    from compiler_lab.backends.iree import PHASES

    (resp,) = pool.map(
        [
            {
                "kind": "dump_ir",
                "graph": str(case.path / "graph.json"),
                "values": str(case.path / "inputs.npz"),
                "backend": "iree",
            }
        ]
    )
    if not resp.ok:
        return BisectResult("iree", "worker died", "unknown")
    levels = resp.levels
    steps = []
    for phase in ["torch-raw", *PHASES]:
        item = levels.get(phase)
        if item is None:
            continue
        if "text" in item:
            steps.append(Step(phase, "ok"))
        else:
            steps.append(
                Step(
                    phase,
                    "fail",
                    item["message"].strip().splitlines()[0][:200]
                    if item["message"].strip()
                    else item["exc_type"],
                )
            )
            return BisectResult("iree", phase, "phase", steps)
    return BisectResult(
        "iree",
        "every phase compiles",
        "phase",
        steps,
        ["the failure is after the vm phase (runtime) or in values"],
    )


def bisect(case: Case, pool: Executor) -> BisectResult:
    """The backend's own bisector (its contract names it), or a plain 'none' result."""
    from compiler_lab.backends import REGISTRY

    bisector = REGISTRY[case.backend].bisector
    if bisector is None:
        return BisectResult(case.backend, "no bisector for this backend", "unknown")
    return bisector(case, pool)
