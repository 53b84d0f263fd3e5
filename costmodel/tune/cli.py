"""`clab cost tune`: the command over costmodel.tune.tune, its table and the files a user
compiles with (the iree backend's `schedules` option; for an MLIR module, the module at its
configurations under them, and the `iree-compile` command that builds it)."""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from compiler_lab.errors import LabError
from costmodel.models import named
from costmodel.models.registry import resolve_model

console = Console()


def _us(seconds: float | None) -> str:
    return "" if seconds is None else f"{seconds * 1e6:,.1f}"


def tune(
    source: Annotated[
        Path | None,
        typer.Argument(
            metavar="GRAPH.json|MODEL.mlir",
            help="a lab graph (JSON), or an MLIR module IREE compiles (torch, linalg, "
            "StableHLO or TOSA; one public func.func over static tensors)",
        ),
    ] = None,
    module: Annotated[
        str | None,
        typer.Option("--module", help="FILE.py:FUNC returning (nn.Module, inputs); executed"),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(help="a trained model (name or folder); default: lightgbm-decisions"),
    ] = None,
    k: Annotated[int, typer.Option("-k", min=1, help="picks measured per dispatch")] = 3,
    candidates: Annotated[int, typer.Option(min=2, help="schedules drawn per dispatch")] = 32,
    strategy: Annotated[str, typer.Option(help="model, random or exhaustive")] = "model",
    seed: Annotated[int, typer.Option()] = 0,
    out: Annotated[Path, typer.Option("-o", "--out")] = Path("out/tune"),
) -> None:
    """Tune IREE's schedules for a model: per dispatch, rank candidate schedules with the
    cost model, measure IREE's default and the top k, keep the fastest; then check the whole
    model under them against eager (an MLIR module: against IREE's default build) and time
    it beside IREE's own build. Writes the kept schedules (the iree backend's `schedules`
    option) and a report to OUT."""
    from compiler_lab.sandbox.pool import SandboxConfig, WorkerPool, default_cache_dir
    from costmodel.models.registry import SHIPPED, TUNE_MODEL
    from costmodel.tune.search import STRATEGIES
    from costmodel.tune.tune import CALL_TIMEOUT_S
    from costmodel.tune.tune import tune as run_tune

    if (source is None) == (module is None):
        raise LabError("give one graph JSON, MLIR file or --module FILE.py:FUNC")
    if strategy not in STRATEGIES:
        raise LabError(f"--strategy: expected one of {', '.join(STRATEGIES)}, got {strategy!r}")
    what = _source(source, module)
    if model is None and (SHIPPED / TUNE_MODEL / "model.json").is_file():
        model = TUNE_MODEL
    cost_model = named.model(model) if strategy == "model" else None
    name = str(resolve_model(model)) if strategy == "model" else ""
    config = SandboxConfig(default_cache_dir(), timeout_s=CALL_TIMEOUT_S)
    with WorkerPool(1, config) as pool:
        report = run_tune(what, pool, cost_model, name, k, candidates, strategy, seed,
                          log=lambda m: console.print(f"[dim]{escape(m)}"),
                          name=str(source or module))  # fmt: skip
    table = Table(title=f"tuned {source or module} ({strategy}, k={k}"
                  + (f", model {cost_model.kind}" if cost_model else "") + ")")  # fmt: skip
    for col in ("dispatch", "candidates", "measured", "predicted default µs", "predicted kept µs",
                "default µs", "tuned µs", "speed-up"):  # fmt: skip
        table.add_column(col)
    for d in report.dispatches:
        table.add_row(escape(d.name[-50:]), str(d.candidates), str(d.measured),
                      _us(d.predicted_default_s), _us(d.predicted_kept_s), _us(d.default_s),
                      _us(d.tuned_s), f"{d.speedup:.2f}x" if d.speedup else "")  # fmt: skip
    console.print(table)
    speedup = f"{report.speedup:.2f}x" if report.speedup else "n/a"
    console.print(f"whole model: IREE default {_us(report.default_model_s)} µs, tuned "
                  f"{_us(report.tuned_model_s)} µs ({speedup}); {report.measurements} "
                  "measurements")  # fmt: skip
    if report.rejected:
        console.print(f"[yellow]the tuned build was refused ({escape(report.rejected)}): "
                      "IREE's defaults are kept")  # fmt: skip
    out.mkdir(parents=True, exist_ok=True)
    (out / "tune.json").write_text(json.dumps(report.to_json(), indent=1) + "\n")
    (out / "schedules.json").write_text(json.dumps(report.schedules, indent=1) + "\n")
    wrote = f"wrote {out}/tune.json and {out}/schedules.json"
    if report.graph is not None:
        (out / "graph.json").write_text(json.dumps(report.graph, indent=1) + "\n")
        hint = (
            f"; compile with them:\n  clab run {out}/graph.json --backends iree "
            f'--option "iree:schedules=$(cat {out}/schedules.json)"'
        )
    else:
        hint = _mlir_build(out, source, report.configured)
    console.print(wrote + hint, markup=False, soft_wrap=True)


def _source(path: Path | None, module: str | None) -> dict[str, Any]:
    """What `tune` takes: a graph's JSON, an MLIR module's text (bounds-checked: it is
    parsed only in a worker) or a model file's FILE.py:FUNC. LabError for bad input."""
    if path is None:
        from compiler_lab.ir.user_module import absolute

        return {"module": absolute(module)}
    if path.suffix == ".mlir":
        from costmodel.tune.mlir_input import read_mlir

        return {"mlir": read_mlir(path)}
    from compiler_lab.ir.graph_files import load_graphs

    found = load_graphs([path])
    if len(found) != 1:
        raise LabError(f"{path}: tune takes one graph, found {len(found)}")
    return {"graph": found[0].to_json()}


def _mlir_build(out: Path, source: Path, configured: str) -> str:
    """Write OUT/configured.mlir, the module under what was kept, and say how to build it
    (compiled on from that phase); with none kept, how to build the module as it is."""
    from compiler_lab.backends.iree import CONFIGURED, TARGET_ARGS

    if not configured:
        (out / "configured.mlir").unlink(missing_ok=True)  # a previous run's
        command = ["iree-compile", str(source), *TARGET_ARGS, "-o", "model.vmfb"]
        return f"; IREE's defaults are kept, build as usual:\n  {shlex.join(command)}"
    (out / "configured.mlir").write_text(configured)
    command = ["iree-compile", f"{out}/configured.mlir", f"--compile-from={CONFIGURED}",
               *TARGET_ARGS, "-o", "model.vmfb"]  # fmt: skip
    return (
        f" and {out}/configured.mlir (the module at {CONFIGURED}, the kept schedules "
        f"applied); build it:\n  {shlex.join(command)}"
    )
