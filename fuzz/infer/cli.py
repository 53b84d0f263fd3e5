"""`clab rules infer|check|show`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from compiler_lab.errors import LabError
from fuzz.cli_util import parse_duration

app = typer.Typer(help="Infer and inspect operator rules.", no_args_is_help=True)
console = Console()
DEFAULT_RULES = Path("corpora/rules")


def _library(path: Path):
    from fuzz.infer.rules import load_library

    try:
        return load_library(path)
    except FileNotFoundError:
        raise LabError(f"{path}: no rule library (rules.json missing)") from None
    except (ValueError, KeyError) as exc:
        raise LabError(f"{path}: malformed rule library ({exc})") from None


@app.command()
def infer(
    traces: Annotated[Path, typer.Argument(help="trace corpus")] = Path("corpora/traces"),
    out: Annotated[Path, typer.Option("-o", "--out")] = DEFAULT_RULES,
    workers: Annotated[int, typer.Option(min=1)] = 2,
    op: Annotated[list[str] | None, typer.Option("--op", help="only these overloads")] = None,
    budget: Annotated[str, typer.Option(help="overall time budget")] = "1h",
) -> None:
    """Infer rules for every op in TRACES (resumes where a previous run stopped)."""
    from fuzz.infer.library import infer_library

    if not (traces / "manifest.json").exists():
        raise LabError(f"{traces}: no trace corpus (manifest.json missing)")
    with Progress(
        TextColumn("[bold]inferring"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
    ) as bar:
        task = bar.add_task("ops", total=None)
        meta = infer_library(
            traces,
            out,
            workers=workers,
            ops=set(op) if op else None,
            budget_s=parse_duration(budget),
            progress=lambda done, total: bar.update(task, completed=done, total=total),
        )
    _print_meta(meta)


def _print_meta(meta: dict) -> None:
    table = Table(title="rule library")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key in (
        "ops_attempted",
        "ops_with_rules",
        "ops_with_validated_rules",
        "rules",
        "validated_rules",
        "failed_units",
    ):
        table.add_row(key.replace("_", " "), str(meta.get(key)))
    for k, v in meta.get("op_seconds", {}).items():
        table.add_row(f"seconds per op ({k})", str(v))
    console.print(table)


@app.command()
def check(
    rules: Annotated[Path, typer.Option("--rules")] = DEFAULT_RULES,
    op: Annotated[str | None, typer.Option("--op", help="only this overload")] = None,
    samples: Annotated[int, typer.Option(min=1)] = 200,
    limit: Annotated[int, typer.Option(help="at most this many rules")] = 50,
) -> None:
    """Re-validate rules against torch (in a sandboxed worker) and print a table."""
    from compiler_lab.sandbox.calls import Call
    from compiler_lab.sandbox.pool import SandboxConfig, WorkerPool, default_cache_dir
    from fuzz.infer.check import RuleCheck, check_rule_json

    library, _ = _library(rules)
    chosen = [r for r in library if op is None or r.op == op][:limit]
    if not chosen:
        raise LabError(f"no rules for {op!r} in {rules}")
    requests = [Call(check_rule_json, RuleCheck(r.to_json(), samples), 120) for r in chosen]
    with WorkerPool(1, SandboxConfig(default_cache_dir(), timeout_s=120)) as pool:
        responses = pool.call_many(requests)
    table = Table(title="rule check")
    for col in ("op", "outputs", "samples", "precision", "recall", "stored precision"):
        table.add_column(col)
    bad = False
    for rule, resp in zip(chosen, responses, strict=True):
        if not resp.ok:
            table.add_row(rule.op, "", "", "[red]worker failed[/]", "", "")
            bad = True
            continue
        v = resp.result
        bad |= not v.validated
        table.add_row(
            rule.op,
            str([o["rank"] for o in rule.outputs]),
            str(v.samples),
            f"[{'green' if v.validated else 'red'}]{v.precision:.3f}[/]",
            "n/a" if v.recall is None else f"{v.recall:.3f}",
            str(rule.validation.get("precision")),
        )
    console.print(table)
    raise typer.Exit(1 if bad else 0)


@app.command()
def show(
    name: Annotated[str, typer.Argument(help="overload, e.g. aten.conv2d.default")],
    rules: Annotated[Path, typer.Option("--rules")] = DEFAULT_RULES,
) -> None:
    """Print an op's rules in readable form."""
    library, _ = _library(rules)
    matches = [r for r in library if r.op == name]
    if not matches:
        near = sorted({r.op for r in library if name.split(".")[-2:][0] in r.op})[:8]
        hint = f" (similar: {', '.join(near)})" if near else ""
        raise LabError(f"no rules for {name!r}{hint}")
    for r in matches:
        console.print(r.describe(), highlight=False)
        console.print()
