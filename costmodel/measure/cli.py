"""`clab measure`: lower graphs and real architectures, measure them, grow the dataset
(`clab measure [run] INPUTS...`); `clab measure stats DATA` prints a dataset's
distributions."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import click
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from compiler_lab.errors import LabError
from costmodel.dataset.levels import MEASURE_LEVELS

console = Console()


class MeasureGroup(typer.core.TyperGroup):
    """`clab measure` runs its `run` command unless the first word names another one, so
    `clab measure graphs/ -o data` measures as it always did."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ctx.help_option_names):
            args = [DEFAULT_COMMAND, *args]
        return super().parse_args(ctx, args)


DEFAULT_COMMAND = "run"
app = typer.Typer(
    cls=MeasureGroup,
    help="Measure graphs, .mlir files and real architectures into a cost dataset "
    "(`clab measure ...`, which is `clab measure run ...`), or print a dataset's "
    "distributions (`clab measure stats DATA`).",
    no_args_is_help=False,
)


def _split(text: str | None) -> list[str]:
    return [t.strip() for t in (text or "").split(",") if t.strip()]


@app.command(DEFAULT_COMMAND)
def measure(
    inputs: Annotated[
        list[Path] | None,
        typer.Argument(
            help="graph JSON files or dirs, or .mlir files (linalg-on-tensors, func @main)"
        ),
    ] = None,
    models: Annotated[
        str, typer.Option(help="real architectures: families or variants (bert, bert-768), or all")
    ] = "",
    module: Annotated[
        list[str] | None,
        typer.Option(
            "--module",
            help="FILE.py:FUNC returning (nn.Module, example_inputs): your own model, measured "
            "like a built-in family. The file is your code and is executed (in the sandbox).",
        ),
    ] = None,
    levels: Annotated[
        str,
        typer.Option(help=f"{','.join(MEASURE_LEVELS)} (default all)"),
    ] = "",
    collectors: Annotated[
        str, typer.Option(help="latency,callgrind,perf,gpu (cachegrind = callgrind)")
    ] = "latency,callgrind,perf,gpu",
    out: Annotated[Path, typer.Option("-o", "--out")] = Path("data"),
    family: Annotated[
        str, typer.Option(help="family label for the graphs (and for --module)")
    ] = "generated",
    workers: Annotated[int, typer.Option(min=1)] = 2,
    kernels: Annotated[
        bool, typer.Option("--kernels/--no-kernels", help="also measure each op as its own kernel")
    ] = True,
    variants: Annotated[
        int,
        typer.Option(
            min=1,
            help="schedules per dispatch (tile sizes), IREE's own among them; 1: IREE's only",
        ),
    ] = 1,
) -> None:
    """Measure GRAPHS (and --models, --module) into the dataset OUT; resumes where it
    stopped."""
    from compiler_lab.ir.graph_files import load_graphs
    from costmodel.measure.architectures import ARCHITECTURES, VARIANTS
    from costmodel.measure.collect import (
        MeasureOptions,
        architecture_jobs,
        graph_job,
        mlir_job,
    )
    from costmodel.measure.collect import measure as run_measure
    from costmodel.measure.collectors import COLLECTORS

    wanted_levels = _split(levels)
    bad = [lv for lv in wanted_levels if lv not in MEASURE_LEVELS]
    if bad:
        raise LabError(f"--levels: unknown {', '.join(bad)} (known: {', '.join(MEASURE_LEVELS)})")
    # valgrind 3.19's cachegrind cannot be toggled around the measured calls; callgrind runs
    # the same cache/branch simulation with toggles, so it answers for "cachegrind" too
    wanted_collectors = list(
        dict.fromkeys("callgrind" if c == "cachegrind" else c for c in _split(collectors))
    )
    bad = [c for c in wanted_collectors if c not in COLLECTORS]
    if bad:
        raise LabError(f"--collectors: unknown {', '.join(bad)} (known: {', '.join(COLLECTORS)})")
    wanted = [v.name for v in VARIANTS] if models == "all" else _split(models)
    bad = [m for m in wanted if m not in ARCHITECTURES]
    if bad:
        families = sorted({v.family for v in VARIANTS})
        raise LabError(f"--models: unknown {', '.join(bad)} (families: {', '.join(families)})")
    names = list(dict.fromkeys(v.name for m in wanted for v in ARCHITECTURES[m]))
    opts = MeasureOptions(
        out=out,
        levels=tuple(wanted_levels) or None,
        collectors=tuple(wanted_collectors),
        workers=workers,
        kernels=kernels,
        variants=variants,
    )
    mlir_files = [p for p in inputs or [] if p.suffix == ".mlir"]
    graph_paths = [p for p in inputs or [] if p.suffix != ".mlir"]
    for p in mlir_files:
        if not p.is_file():
            raise LabError(f"{p}: no such file")
    jobs = [graph_job(g, family, opts) for g in load_graphs(graph_paths)] if graph_paths else []
    jobs += [mlir_job(p.name, p.read_text(), family) for p in mlir_files]
    from compiler_lab.ir.user_module import absolute

    sources = [{"name": m} for m in names]
    for spec in map(absolute, module or []):
        _check_module(spec, family)
        sources.append({"module": spec, "family": family})
    if sources:
        more, failed = architecture_jobs(sources, opts)
        for label, why in failed.items():
            console.print(f"[yellow]{label}: not measured: {why}")
        jobs += more
    if not jobs:
        raise LabError("nothing to measure: give graph or .mlir files, --models or --module")
    with Progress(
        TextColumn("[bold]measuring"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
    ) as bar:
        task = bar.add_task("units", total=None)
        summary = run_measure(
            jobs, opts, lambda done, total: bar.update(task, completed=done, total=total)
        )
    _print(out, summary)


@app.command("stats")
def stats(data: Annotated[Path, typer.Argument(help="a dataset folder")]) -> None:
    """Print a dataset's distributions: latency and its noise, counters, families, levels."""
    from costmodel.dataset.stats import print_stats

    print_stats(data, console)


def _check_module(spec: str, family: str) -> None:
    """Load and capture a user's model in a sandboxed worker first, so a file that fails to
    import or returns the wrong thing is a one-line error (exit 2), not a row error."""
    from compiler_lab.sandbox.pool import SandboxConfig, WorkerPool, default_cache_dir
    from costmodel.measure.architectures import ModelSource, check_module

    with WorkerPool(1, SandboxConfig(default_cache_dir(), timeout_s=600)) as pool:
        resp = pool.call(check_module, ModelSource(module=spec, family=family))
    if not resp.ok:
        raise LabError(f"--module {spec}: {resp.why()}")
    if resp.result.error is not None:
        raise LabError(f"--module {resp.result.error}")


def _print(out: Path, summary: dict) -> None:
    from costmodel.dataset.dataset import Dataset

    manifest = Dataset(out, readonly=True).manifest
    table = Table(title=f"collectors ({out})")
    for col in ("collector", "requested", "available", "why not / detail"):
        table.add_column(col)
    for name, c in manifest["collectors"].items():
        table.add_row(
            name, str(c["requested"]), str(c["available"]), c["reason"] or c["detail"][:60]
        )
    console.print(table)
    rows = Table(title="dataset")
    rows.add_column("measure")
    rows.add_column("value", justify="right")
    for k, v in summary.items():
        rows.add_row(k, str(v))
    console.print(rows)
