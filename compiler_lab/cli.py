"""`clab`: the lab's command line. `run`, `lower`, `backends` and `triage` live here; the
packages above the lab add their command groups through the `clab.commands` entry points.

Exit codes (all commands):
  0  success; for `run`, every verdict is ok or skipped
  1  `run` found at least one crash, mismatch or hang
  2  bad input: a malformed graph, case, option or path (one line on stderr names it)
  3  internal error in clab itself
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from compiler_lab import backends as backend_registry
from compiler_lab import plugins
from compiler_lab.backends.base import Backend
from compiler_lab.errors import LabError
from compiler_lab.findings import kinds
from compiler_lab.ir.graph import Graph
from compiler_lab.ir.graph_files import load_graph_files

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3

app = typer.Typer(
    help="compiler_lab: differential testing of MLIR-based DL compilers, and their cost. "
    "-v (anywhere) shows torch's own warnings, which otherwise go to "
    "$CLAB_CACHE_DIR/logs/clab.log.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)

_VERDICT_STYLE = {"ok": "green", "skipped": "dim", "harness-error": "yellow"}


def verdict_style(verdict: str) -> str:
    """The rich style of a verdict in tables: a finding's is its kind's."""
    kind = kinds.kind_of(verdict)
    return kind.color if kind is not None else _VERDICT_STYLE.get(verdict, "")


def parse_backends(text: str) -> list[str]:
    names = [b.strip() for b in text.split(",") if b.strip()]
    for name in names:
        if name not in backend_registry.REGISTRY:
            known = ", ".join(backend_registry.REGISTRY)
            raise LabError(f"--backends: unknown backend {name!r} (known: {known})")
        why = backend_registry.REGISTRY.availability(name)
        if why:
            raise LabError(f"--backends: {why}")
    return names


def parse_options(items: list[str]) -> dict[str, dict[str, Any]]:
    """`BACKEND:KEY=VALUE` items → {backend: {key: value}}; values are JSON or strings."""
    out: dict[str, dict[str, Any]] = {}
    for item in items:
        head, sep, value = item.partition("=")
        backend, colon, key = head.partition(":")
        if not sep or not colon or not key:
            raise LabError(f"--option {item!r}: expected BACKEND:KEY=VALUE")
        try:
            parsed: Any = json.loads(value)
        except json.JSONDecodeError:
            parsed = value
        out.setdefault(backend, {})[key] = parsed
    for backend, opts in out.items():
        try:
            backend_registry.check_options(backend, opts)
        except ValueError as exc:
            raise LabError(f"--option: {exc}") from None
    return out


def _captured(specs: list[str], out: Path, timeout: float, memory_mb: int) -> list[Graph]:
    """Each user model `FILE.py:FUNC` captured in a sandboxed worker (their code runs
    there, never here), validated, and saved as `OUT/modules/<name>.json` for reruns."""
    from compiler_lab.ir.user_module import captured
    from compiler_lab.sandbox.pool import WorkerPool

    graphs = []
    with WorkerPool(1, _sandbox(timeout, memory_mb)) as pool:
        for spec in specs:
            graph = captured(pool, spec, "--module")
            (out / "modules").mkdir(parents=True, exist_ok=True)
            graph.save(out / "modules" / f"{graph.name}.json")
            graphs.append(graph)
    return graphs


def _sandbox(timeout: float, memory_mb: int):
    from compiler_lab.sandbox.pool import SandboxConfig, default_cache_dir

    return SandboxConfig(default_cache_dir(), timeout_s=timeout, memory_mb=memory_mb)


def _verdict_table(verdicts, backends: list[str]) -> Table:
    table = Table(title="verdicts", show_lines=False)
    table.add_column("graph")
    for b in backends:
        table.add_column(b)
    rows: dict[str, dict[str, Any]] = {}
    for v in verdicts:
        rows.setdefault(v.graph.name, {})[v.backend] = v
    for graph_name, by_backend in rows.items():
        cells = []
        for b in backends:
            v = by_backend.get(b)
            if v is None:
                cells.append("")
                continue
            style = verdict_style(v.verdict)
            label = v.verdict
            if v.stage and v.verdict != "skipped":
                label += f" ({v.stage})"
            cells.append(f"[{style}]{escape(label)}[/]")
        table.add_row(escape(graph_name), *cells)
    return table


@app.command()
def run(
    graphs: Annotated[
        list[Path] | None, typer.Argument(help="graph JSON files or directories")
    ] = None,
    backends: Annotated[str, typer.Option(help="comma-separated backends")] = ",".join(
        backend_registry.DEFAULT_BACKENDS
    ),
    workers: Annotated[int, typer.Option(min=1, help="sandboxed worker processes")] = 2,
    out: Annotated[Path, typer.Option("-o", "--out", help="where case directories go")] = Path(
        "out"
    ),
    seed: Annotated[int, typer.Option(help="seed for input values")] = 0,
    timeout: Annotated[float, typer.Option(help="seconds per compile+run")] = 180.0,
    memory_mb: Annotated[int, typer.Option(help="address-space limit per worker")] = 8192,
    option: Annotated[
        list[str] | None,
        typer.Option("--option", help="BACKEND:KEY=VALUE, e.g. inductor:cpp_wrapper=true"),
    ] = None,
    module: Annotated[
        list[str] | None,
        typer.Option(
            "--module", help="FILE.py:FUNC returning (nn.Module, inputs); run in a worker"
        ),
    ] = None,
) -> None:
    """Run graphs (and your own models, --module) through each backend and compare with
    eager; write a case per finding."""
    from compiler_lab.execution import lab
    from compiler_lab.findings import cases
    from compiler_lab.sandbox.pool import WorkerPool

    if not graphs and not module:
        raise LabError("nothing to run: give graph files or --module FILE.py:FUNC")
    names = parse_backends(backends)
    options = parse_options(option or [])
    loaded = [(g, cases.values_beside(p, g)) for p, g in load_graph_files(graphs or [])]
    loaded += [(g, None) for g in _captured(module or [], out, timeout, memory_mb)]
    requests = [
        lab.LabRequest(g, b, options.get(b, {}), values=values)
        for g, values in loaded
        for b in names
    ]
    with (
        Progress(
            TextColumn("[bold]testing"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err_console,
            transient=True,
        ) as bar,
        WorkerPool(workers, _sandbox(timeout, memory_mb)) as pool,
    ):
        task = bar.add_task("jobs", total=None)
        verdicts = lab.run(
            requests,
            pool,
            seed=seed,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
        )
    # everything is written before anything is printed; what is printed is escaped, since
    # names and compiler messages may hold rich markup
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "verdicts.jsonl", "w") as f:
        for v in verdicts:
            f.write(json.dumps(v.to_json()) + "\n")
    findings = [v for v in verdicts if v.is_finding]
    paths = [cases.write_case(out / "cases", v) for v in findings]
    console.print(_verdict_table(verdicts, names))
    for v, path in zip(findings, paths, strict=True):
        console.print(
            f"[{verdict_style(v.verdict)}]{v.verdict}[/] {escape(v.graph.name)} on "
            f"{v.backend}: {escape(v.reason)}\n    case: {escape(str(path))}"
        )
    for v in verdicts:
        if v.verdict in ("skipped", "harness-error"):
            console.print(
                f"[dim]{v.verdict} {escape(v.graph.name)} on {v.backend}: {escape(v.reason)}[/]"
            )
    counts = Counter(v.verdict for v in verdicts)
    console.print(" · ".join(f"{k}: {counts[k]}" for k in kinds.verdicts() if counts[k]))
    raise typer.Exit(EXIT_FINDINGS if findings else EXIT_OK)


@app.command()
def lower(
    graph: Annotated[Path, typer.Argument(help="a graph JSON file")],
    backend: Annotated[str, typer.Option(help="torch-mlir, iree or inductor")] = "torch-mlir",
    levels: Annotated[str, typer.Option(help="comma-separated levels; default all")] = "",
    out: Annotated[Path, typer.Option("-o", "--out")] = Path("out/ir"),
    seed: Annotated[int, typer.Option()] = 0,
    timeout: Annotated[float, typer.Option()] = 300.0,
) -> None:
    """Write the IR of GRAPH at every level a backend has (MLIR, or Inductor's code)."""
    from compiler_lab.findings import cases
    from compiler_lab.ir import tensorio
    from compiler_lab.ir.inputs import DrawValues, draw_file
    from compiler_lab.sandbox.pool import WorkerPool

    (name,) = parse_backends(backend)
    ((path, g),) = load_graph_files([graph])
    exact = cases.values_beside(path, g)  # weights become constants in the IR
    wanted = [lv.strip() for lv in levels.split(",") if lv.strip()]
    with tempfile.TemporaryDirectory() as tmp, WorkerPool(1, _sandbox(timeout, 8192)) as pool:
        files = {"graph": str(Path(tmp) / "graph.json"), "values": str(Path(tmp) / "values.npz")}
        g.save(files["graph"])
        if exact is not None:
            tensorio.save(files["values"], exact)
        else:  # values drawn in the sandbox, under its memory limit
            resp = pool.call(draw_file, DrawValues(files["graph"], files["values"], seed))
        if exact is not None or resp.ok:
            (resp,) = pool.map([{"kind": "dump_ir", "backend": name} | files])
    if not resp.ok:
        first = (resp.message().splitlines() or [""])[0]
        err_console.print(f"error: lowering failed: {escape(first)}")
        raise typer.Exit(EXIT_INTERNAL if resp.status == "error" else EXIT_FINDINGS)
    available = resp.levels
    unknown = [lv for lv in wanted if lv not in available]
    if unknown:
        raise LabError(
            f"--levels: {', '.join(unknown)} not produced by {name} "
            f"(it has: {', '.join(available)})"
        )
    out.mkdir(parents=True, exist_ok=True)
    table = Table(title=f"{escape(g.name)} via {name}")
    table.add_column("level")
    table.add_column("result")
    failed = False
    for level, item in available.items():
        if wanted and level not in wanted:
            continue
        if "text" in item:
            path = out / f"{level}{backend_registry.REGISTRY[name].suffix(level)}"
            path.write_text(item["text"])
            table.add_row(level, escape(f"{path} ({len(item['text'])} chars)"))
        else:
            failed = True
            first = item["message"].strip().splitlines()[0] if item["message"].strip() else ""
            detail = escape(f"{item['stage']}: {item['exc_type']}: {first[:120]}")
            table.add_row(level, f"[red]{detail}[/]")
    console.print(table)
    raise typer.Exit(EXIT_FINDINGS if failed else EXIT_OK)


@app.command("backends")
def list_backends() -> None:
    """Every registered backend: whether it is available here, its versions, the IR levels
    `clab lower` writes, and the options it takes."""
    reg = backend_registry.REGISTRY
    table = Table(title="backends")
    for col in ("backend", "available", "version", "levels", "options", "batched", "bisector"):
        table.add_column(col)
    for name in reg:
        why = reg.availability(name)
        if why:
            table.add_row(name, f"[red]no[/]: {escape(why)}", "", "", "", "", "")
            continue
        cls = reg[name]
        options = ", ".join(sorted(cls.option_types)) or (
            "its config keys" if cls.allowed.__func__ is not Backend.allowed.__func__ else "-"
        )
        table.add_row(name, "yes", cls.version(), ", ".join(cls.levels) or "-", options,
                      "yes" if cls.batched else "no",
                      cls.bisector.__name__ if cls.bisector else "-")  # fmt: skip
    console.print(table)


def _add_triage() -> None:
    from compiler_lab.triage.cli import app as triage_app

    app.add_typer(triage_app, name="triage")


_add_triage()


@cache
def _load_plugins() -> None:
    """Command groups contributed by the packages above the lab via entry points; once
    per process, however many command lines `execute` runs."""

    def unavailable(name: str, exc: Exception) -> None:
        err_console.print(f"[yellow]warning: command group {name!r} unavailable: {exc}")

    for name, sub in plugins.load("clab.commands", unavailable):
        if isinstance(sub, typer.Typer):
            app.add_typer(sub, name=name)  # a command group: clab traces collect
        else:
            app.command(name=name)(sub)  # a single command: clab gen


VERBOSE_FLAGS = ("-v", "--verbose")


def execute(argv: list[str]) -> int:
    """Runs one command line in this process and returns its exit code: usage errors 2
    (typer's own), LabError 2 with one line on stderr, our bugs 3 with the trace."""
    _load_plugins()
    try:
        app(args=argv, prog_name="clab")
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_OK if exc.code is None else 1
    except LabError as exc:
        print(f"error: {exc}", file=sys.stderr)  # one line, never wrapped
        return EXIT_BAD_INPUT
    except Exception:
        import traceback

        traceback.print_exc()
        err_console.print("internal error in clab (exit 3): please report it with the trace above")
        return EXIT_INTERNAL
    return EXIT_OK


def main() -> None:
    """Entry point. `-v`/`--verbose`, anywhere on the line, keeps torch's own warnings on the
    terminal; without it they go to `$CLAB_CACHE_DIR/logs/clab.log`."""
    from compiler_lab.quiet import route_to_log
    from compiler_lab.sandbox.pool import default_cache_dir

    argv = [a for a in sys.argv[1:] if a not in VERBOSE_FLAGS]
    if len(argv) == len(sys.argv) - 1:
        route_to_log(default_cache_dir() / "logs" / "clab.log")
    sys.exit(execute(argv))
