"""`clab triage list|show|reduce|bisect|repro|mlir|report`."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from compiler_lab.errors import LabError

if TYPE_CHECKING:
    from compiler_lab.findings.cases import Case
    from compiler_lab.findings.snippet import Snippet

app = typer.Typer(help="Triage findings: reduce, bisect, reproduce, report.", no_args_is_help=True)
console = Console()


def _store(path: Path | None):
    from compiler_lab.storage.store import Store

    if path is None:
        raise LabError("--store is needed to name a bucket (or give a case directory)")
    try:
        return Store(path, readonly=True)
    except FileNotFoundError:
        raise LabError(f"{path}: no such store") from None


def _case_paths(target: str | None, store: Path | None, all_: bool) -> list[tuple[str, Path]]:
    """(bucket key or '', case dir) pairs named by TARGET, or every bucket with --all."""
    if all_:
        s = _store(store)
        pairs = [(b["key"], s.case_path(b)) for b in s.buckets() if b["case_dir"]]
        s.close()
        return pairs
    if target is None:
        raise LabError("give a case directory or a bucket key (or --all with --store)")
    if Path(target).exists():
        return [("", Path(target))]
    if store is None:
        raise LabError(
            f"{target}: not a case directory (does not exist); to name a bucket "
            "instead, give --store"
        )
    s = _store(store)
    case_dir = s.case_dir(target)
    s.close()
    if case_dir is None:
        raise LabError(f"{target}: neither a case directory nor a bucket in {store}")
    return [(target, case_dir)]


def _pool(workers: int = 2):
    from compiler_lab.sandbox.pool import SandboxConfig, WorkerPool, default_cache_dir

    return WorkerPool(workers, SandboxConfig(default_cache_dir(), timeout_s=300))


@app.command("list")
def list_(store: Annotated[Path, typer.Argument(help="campaign store")]) -> None:
    """The buckets in a store, one row per root cause: buckets whose reduced reproducers
    coincide, or crashes with the same error line on several backends, are merged
    (members), with their tests counted together; when seen, the backends, stage, and the
    size of the smallest example (→ its reduced size once reduced)."""
    from compiler_lab.findings.kinds import headline

    s = _store(store)
    groups = s.bucket_groups()
    table = Table(title=f"root causes in {store} ({len(groups)}; {len(s.buckets())} buckets)")
    table.add_column("root cause", overflow="fold", min_width=24)
    table.add_column("key", overflow="fold", min_width=16)
    table.add_column("tests", justify="right")
    table.add_column("seen", no_wrap=True)
    table.add_column("backend", overflow="fold")
    table.add_column("stage", overflow="fold", max_width=12)
    table.add_column("nodes", no_wrap=True, justify="right")
    for g in groups:
        b = g["bucket"]
        seen = [
            time.strftime("%m-%d %H:%M", time.localtime(b[k])) for k in ("first_seen", "last_seen")
        ]
        nodes = str(b["smallest_nodes"])
        if b["reduced"]:
            nodes += f" → {json.loads(b['reduced'])['nodes_after']}"
        key = b["key"]
        if len(g["members"]) > 1:
            key += f"\n(+{len(g['members']) - 1} merged: same reduced reproducer or error line)"
        table.add_row(
            escape(headline(b)),
            escape(key),
            str(g["tests"]),
            "\n".join(dict.fromkeys(seen)),
            ", ".join(g["backends"]),
            escape(b["stage"] or ""),
            nodes,
        )
    console.print(table)


@app.command()
def show(target: str, store: Annotated[Path | None, typer.Option()] = None) -> None:
    """The failure, the graph summary and the paths of a case or bucket."""
    from compiler_lab.findings.cases import load_case

    for key, path in _case_paths(target, store, False):
        case = load_case(path)
        v = case.verdict
        console.print(f"[bold]{escape(key or path.name)}[/]")
        console.print(
            f"  case: {path}\n  backend: {case.backend} "
            f"{json.dumps(case.options)}\n  verdict: {v['verdict']} "
            f"{v.get('stage', '')}\n  reason: {v.get('reason', '')}",
            markup=False,
        )
        console.print(
            f"  graph: {len(case.graph.nodes)} ops, inputs "
            f"{[(s.name, list(s.shape), s.dtype) for s in case.graph.inputs]}",
            markup=False,
        )
        console.print("  ops: " + ", ".join(case.graph.ops()), markup=False)
        if v.get("failure"):
            console.print("  message: " + str(v["failure"]["message"])[:800], markup=False)


@app.command()
def reduce(
    target: Annotated[str | None, typer.Argument()] = None,
    store: Annotated[Path | None, typer.Option()] = None,
    all_: Annotated[bool, typer.Option("--all")] = False,
    workers: Annotated[int, typer.Option(min=1)] = 2,
    budget: Annotated[float, typer.Option(help="seconds per case")] = 600.0,
) -> None:
    """Delta-debug a case down to the smallest graph with the same bucket key. With --all,
    a case that no longer reproduces is skipped (exit 1 at the end) and the rest go on."""
    from compiler_lab.execution import lab
    from compiler_lab.findings import cases
    from compiler_lab.findings.keys import bucket_key, localize
    from compiler_lab.triage.reduce import Reducer, save_reduced

    pairs = _case_paths(target, store, all_)
    stale = 0
    done = set()
    if all_:
        s = _store(store)
        done = {b["key"] for b in s.buckets() if b["reduced"]}
        s.close()
    with _pool(workers) as pool:
        for key, path in pairs:
            if key in done:
                console.print(f"skip {key}: already reduced", markup=False)
                continue
            case = cases.load_case(path)
            if case.kind is not None and case.kind.replay:  # e.g. a cost model's finding
                why = f"{path}: the lab cannot replay it; reduce it with `{_replay(case)}`"
                if not all_:
                    raise LabError(why)
                console.print(f"skip {why}", markup=False)
                continue
            request = lab.LabRequest(
                case.graph, case.backend, case.options, values=case.values, probes=case.probes
            )
            (v,) = lab.run([request], pool, oracle=case.oracle)
            k = bucket_key(v, localize(v, pool, case.oracle))
            if k is None:
                why = f"{path}: does not reproduce ({v.verdict}); nothing to reduce"
                if not all_:
                    raise LabError(why)
                console.print(f"[yellow]skip[/] {escape(why)}", highlight=False)
                stale += 1
                continue
            reducer = Reducer(case.backend, case.options, k, pool, deadline_s=budget,
                              probes=case.probes, oracle=case.oracle)  # fmt: skip
            result = reducer.reduce(case.graph, v)
            for line in save_reduced(path, result, key, store)[1]:
                console.print(line, markup=False)
    if stale:
        raise typer.Exit(1)


@app.command()
def bisect(target: str, store: Annotated[Path | None, typer.Option()] = None) -> None:
    """Name the stage, pass or phase where a case breaks."""
    from compiler_lab.findings.cases import load_case
    from compiler_lab.triage.bisect import bisect as run_bisect

    with _pool() as pool:
        for _, path in _case_paths(target, store, False):
            result = run_bisect(load_case(path), pool)
            for line in result.lines():
                console.print(line, highlight=False, markup=False)


@app.command()
def repro(
    target: Annotated[str | None, typer.Argument()] = None,
    store: Annotated[Path | None, typer.Option()] = None,
    all_: Annotated[bool, typer.Option("--all")] = False,
) -> None:
    """Write the standalone repro and verify it in a fresh interpreter."""
    from compiler_lab.execution.failure import Failure
    from compiler_lab.findings import repro as repro_mod
    from compiler_lab.findings.cases import load_case
    from compiler_lab.safe_files import write_file

    failed = 0
    for _, path in _case_paths(target, store, all_):
        case = load_case(path)
        script = path / "repro.py"
        v = case.verdict
        if case.kind is not None and case.kind.replay:
            console.print(f"[yellow]no standalone repro:[/] {escape(_replay(case))} replays it")
            failed += 1
            continue
        text = repro_mod.script(case.graph, case.values, case.backend, case.options, kind=case.kind)
        if text is None:
            console.print(f"[yellow]no repro template for backend {escape(case.backend)}[/]")
            failed += 1
            continue
        write_file(script, text)
        failure = Failure.from_json(v["failure"]) if v.get("failure") else None
        result = repro_mod.run_script(script)
        ok = result.matches(
            v["verdict"], failure.stage if failure else "", failure.exc_type if failure else ""
        )
        failed += not ok
        console.print(
            f"{'[green]reproduces[/]' if ok else '[red]does not reproduce[/]'} "
            f"{escape(str(script))} ({escape(result.verdict)}, exit {result.returncode})"
        )
    raise typer.Exit(1 if failed else 0)


@app.command()
def mlir(
    target: Annotated[str | None, typer.Argument()] = None,
    store: Annotated[Path | None, typer.Option()] = None,
    all_: Annotated[bool, typer.Option("--all")] = False,
) -> None:
    """For a crash inside an MLIR pass or compiler (torch-mlir, TOSA, IREE): the module just
    before the failing step and the command that runs it alone (torch-mlir-opt, iree-compile),
    written to the case's mlir/ and checked to fail again in a fresh process."""
    from compiler_lab.findings import mlir_repro
    from compiler_lab.findings.cases import load_case
    from compiler_lab.sandbox.calls import Call

    failed = 0
    with _pool(1) as pool:
        for key, path in _case_paths(target, store, all_):
            req = mlir_repro.request(path, load_case(path).verdict, mlir_repro.REDUCE_S["triage"])
            if req is None:
                console.print(f"{key or path}: no MLIR step to isolate", markup=False)
                continue
            (resp,) = pool.call_many([Call(mlir_repro.write_reproducer, req)])
            reply = resp.result if resp.ok else None
            if reply is None or not reply.written:
                failed += 1
                why = reply.why if reply is not None else resp.why()
                console.print(f"{key or path}: not isolated: {why}", markup=False)
                continue
            again = "fails again" if reply.reproduces else "does NOT fail again"
            before, after = reply.ops_before, reply.ops_after
            shrunk = f"; reduced {before} -> {after} ops" if after < before else ""
            console.print(f"{key or path}: {reply.command}  ({again}{shrunk})", markup=False)
            failed += not reply.reproduces
    if failed:
        raise typer.Exit(1)


@app.command()
def report(
    target: Annotated[str | None, typer.Argument()] = None,
    store: Annotated[Path | None, typer.Option()] = None,
    all_: Annotated[bool, typer.Option("--all")] = False,
    bisect_: Annotated[bool, typer.Option("--bisect/--no-bisect")] = False,
    others: Annotated[
        bool, typer.Option("--others/--no-others", help="run the graph on the other backends")
    ] = True,
) -> None:
    """Markdown for the compiler's issue tracker (written next to the case as report.md):
    first a short snippet in public PyTorch (snippet.py, run in a fresh interpreter) and
    whether the bug shows with each of the case's options toggled (run again), then the
    facts and a repro in public PyTorch calls when that one reproduces (repro_public.py)."""
    from compiler_lab import backends
    from compiler_lab.execution import lab
    from compiler_lab.execution.failure import Failure
    from compiler_lab.findings import repro as repro_mod
    from compiler_lab.findings.cases import load_case, reduced_path
    from compiler_lab.safe_files import write_file
    from compiler_lab.triage.bisect import bisect as run_bisect
    from compiler_lab.triage.report import markdown
    from compiler_lab.triage.toggles import retest

    reduced = {}
    if store is not None:
        s = _store(store)
        reduced = {b["key"]: json.loads(b["reduced"]) for b in s.buckets() if b["reduced"]}
        s.close()
    with _pool() as pool:
        for key, named in _case_paths(target, store, all_):
            # a bucket is reported by its reduced case where `triage reduce` wrote one
            path = reduced_path(named) if key and reduced_path(named).is_dir() else named
            case = load_case(path)
            v = case.verdict
            lines = run_bisect(case, pool).lines() if bisect_ else None
            seen = None
            if others:
                names = [b for b in backends.DEFAULT_BACKENDS if b != case.backend]
                requests = [lab.LabRequest(case.graph, b, values=case.values) for b in names]
                seen = {
                    b: (o.verdict + (f" ({o.stage})" if o.stage and o.is_finding else ""))
                    for b, o in zip(names, lab.run(requests, pool, oracle=case.oracle), strict=True)
                }
            public = path / "repro_public.py"
            text = (
                None  # a kind no standalone script replays (see cases.write_case_at)
                if case.kind is not None and case.kind.replay
                else repro_mod.script(
                    case.graph, case.values, case.backend, case.options, public=True, kind=case.kind
                )  # fmt: skip
            )
            failure = Failure.from_json(v["failure"]) if v.get("failure") else None
            stage, exc = (failure.stage, failure.exc_type) if failure else ("", "")
            shown = None
            if text is not None:
                write_file(public, text)
                if repro_mod.run_script(public).matches(v["verdict"], stage, exc):
                    shown = public.read_text()
                else:
                    public.unlink()  # it did not show the bug: the ATen-level repro stands
            short = _snippet(case)
            toggles = retest(case, pool)
            text = markdown(case, lines, seen, shown, reduced.get(key), short, toggles)
            write_file(path / "report.md", text)
            shown_text = text if not all_ else f"wrote {path / 'report.md'}"
            console.print(shown_text, highlight=False, markup=False)


def _snippet(case: Case) -> tuple[Snippet, bool] | None:
    """The case's short snippet (written beside it as snippet.py) and whether it showed the
    bug in a fresh interpreter; None for a kind with a check of its own, or no entry point."""
    from compiler_lab.findings import snippet
    from compiler_lab.safe_files import write_file

    kind = case.kind
    if kind is None or kind.replay or kind.repro_source:
        return None
    found = snippet.snippet(case.graph, case.values, case.backend, case.options)
    if found is None:
        return None
    if not found.runnable:
        return found, False
    write_file(case.path / "snippet.py", found.text)
    return found, snippet.check(case.path / "snippet.py", case.verdict["verdict"])


def _replay(case: Case) -> str:
    """The command that replays a finding the lab cannot (its kind's `replay`)."""
    return case.kind.replay.replace("CASE", str(case.path))
