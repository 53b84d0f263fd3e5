"""`clab cost tune`: the command over costmodel.tune.tune, its table and the files a user
compiles with."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

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
    graph: Annotated[Path | None, typer.Argument(help="a lab graph (JSON)")] = None,
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
    model under them against eager and time it beside IREE's own build. Writes the kept
    schedules (the iree backend's `schedules` option) and a report to OUT."""
    from compiler_lab.sandbox.pool import SandboxConfig, WorkerPool, default_cache_dir
    from costmodel.models.registry import SHIPPED, TUNE_MODEL
    from costmodel.tune.search import STRATEGIES
    from costmodel.tune.tune import CALL_TIMEOUT_S
    from costmodel.tune.tune import tune as run_tune

    if (graph is None) == (module is None):
        raise LabError("give one graph JSON or --module FILE.py:FUNC")
    if strategy not in STRATEGIES:
        raise LabError(f"--strategy: expected one of {', '.join(STRATEGIES)}, got {strategy!r}")
    if graph is not None:
        from compiler_lab.ir.graph_files import load_graphs

        found = load_graphs([graph])
        if len(found) != 1:
            raise LabError(f"{graph}: tune takes one graph, found {len(found)}")
        source = {"graph": found[0].to_json()}
    else:
        from compiler_lab.ir.user_module import absolute

        source = {"module": absolute(module)}
    if model is None and (SHIPPED / TUNE_MODEL / "model.json").is_file():
        model = TUNE_MODEL
    cost_model = named.model(model) if strategy == "model" else None
    name = str(resolve_model(model)) if strategy == "model" else ""
    config = SandboxConfig(default_cache_dir(), timeout_s=CALL_TIMEOUT_S)
    with WorkerPool(1, config) as pool:
        report = run_tune(source, pool, cost_model, name, k, candidates, strategy, seed,
                          log=lambda m: console.print(f"[dim]{escape(m)}"))  # fmt: skip
    table = Table(title=f"tuned {graph or module} ({strategy}, k={k}"
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
    (out / "graph.json").write_text(json.dumps(report.graph, indent=1) + "\n")
    console.print(
        f"wrote {out}/tune.json and {out}/schedules.json; compile with them:\n"
        f"  clab run {out}/graph.json --backends iree "
        f'--option "iree:schedules=$(cat {out}/schedules.json)"',
        markup=False,
    )
