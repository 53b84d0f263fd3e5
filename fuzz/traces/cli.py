"""`clab traces collect|stats`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from compiler_lab.errors import LabError
from fuzz.cli_util import parse_duration

app = typer.Typer(help="Record API traces: valid and invalid ATen calls.", no_args_is_help=True)
console = Console()


@app.command()
def collect(
    sources: Annotated[str, typer.Option(help="comma-separated: opinfo,zoo,nn")] = "opinfo,zoo,nn",
    mutate: Annotated[bool, typer.Option("--mutate/--no-mutate")] = True,
    schema: Annotated[
        bool,
        typer.Option("--schema/--no-schema", help="build calls from schemas for unseen overloads"),
    ] = True,
    budget: Annotated[str, typer.Option(help="time budget, e.g. 20m")] = "30m",
    workers: Annotated[int, typer.Option(min=1)] = 2,
    out: Annotated[Path, typer.Option("-o", "--out")] = Path("corpora/traces"),
    opinfo_limit: Annotated[
        int | None, typer.Option(help="only the first N OpInfo entries")
    ] = None,
) -> None:
    """Collect (or resume collecting) traces into OUT; ends with the corpus statistics."""
    from fuzz.traces.collect import SOURCES, CollectOptions
    from fuzz.traces.collect import collect as run_collect

    names = tuple(s.strip() for s in sources.split(",") if s.strip())
    unknown = [s for s in names if s not in SOURCES]
    if unknown:
        raise LabError(f"--sources: unknown {', '.join(unknown)} (known: {', '.join(SOURCES)})")
    opts = CollectOptions(
        out=out,
        sources=names,
        mutate=mutate,
        schema=schema,
        budget_s=parse_duration(budget),
        workers=workers,
        opinfo_limit=opinfo_limit,
    )
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
    ) as bar:
        tasks: dict[str, int] = {}

        def progress(phase: str, done: int, total: int) -> None:
            if phase not in tasks:
                tasks[phase] = bar.add_task(phase, total=total)
            bar.update(tasks[phase], completed=done, total=total)

        report = run_collect(opts, progress)
    state = "finished" if report.finished else "stopped at the budget (run again to resume)"
    console.print(f"collection {state} in {report.seconds:.0f} s")
    _print_stats(out)


@app.command()
def stats(
    corpus: Annotated[Path, typer.Argument(help="trace corpus directory")] = Path("corpora/traces"),
) -> None:
    """Ops, records, valid and invalid counts, and the top exception kinds."""
    _print_stats(corpus)


def _print_stats(corpus: Path) -> None:
    from fuzz.traces.corpus import read_manifest

    try:
        manifest = read_manifest(corpus)
    except FileNotFoundError:
        raise LabError(f"{corpus}: no trace corpus (manifest.json missing)") from None
    s = manifest["stats"]
    table = Table(title=f"traces in {corpus} (torch {manifest['torch']})")
    table.add_column("measure")
    table.add_column("value", justify="right")
    rows = [
        ("distinct overloads", s["ops"]),
        ("  with ≥1 valid record", s["ops_with_valid"]),
        ("  … of which return tensors", s["ops_with_valid_tensor_output"]),
        ("  with ≥1 invalid record", s["ops_with_invalid"]),
        ("  with both", s["ops_with_both"]),
        ("records", manifest["records"]),
        ("  valid", s["valid_records"]),
        ("  invalid", s["invalid_records"]),
        ("  replayable", s["replayable_records"]),
        ("collection time (s)", manifest["collection_seconds"]),
        ("failed units", len(manifest["failed_units"])),
    ]
    for k, v in rows:
        table.add_row(k, str(v))
    console.print(table)
    exc = Table(title="top exception kinds (invalid records)")
    exc.add_column("exception")
    exc.add_column("records", justify="right")
    for k, v in sorted(s["exceptions"].items(), key=lambda kv: -kv[1]):
        exc.add_row(k, str(v))
    console.print(exc)
