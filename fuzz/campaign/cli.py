"""`clab fuzz` (a campaign with a live display) and `clab report` (HTML + markdown).

Importing this module (as `clab` does, for its commands) registers the fuzzer's store tables
(`fuzz.tables`): every `clab` command then accepts a store that holds them, one written
before the lab recorded them included."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.live import Live
from rich.markup import escape
from rich.table import Table

from compiler_lab.errors import LabError
from fuzz import tables  # noqa: F401  (registers the fuzzer's store tables)
from fuzz.campaign.config import CAMPAIGN_BACKENDS, SEED_SHARE
from fuzz.cli_util import parse_duration

console = Console()


def _display(p) -> Table:
    table = Table(title="campaign", show_header=False)
    table.add_column("k")
    table.add_column("v", justify="right")
    table.add_row("tests done", str(p.tests))
    table.add_row("tests / min (this run)", f"{p.per_minute:.1f}")
    table.add_row("verdicts", ", ".join(f"{k} {v}" for k, v in sorted(p.verdicts.items())))
    table.add_row("buckets (new this run)", f"{len(p.buckets)} ({len(p.new_buckets)})")
    table.add_row("new root causes / hour", f"{p.new_per_hour:.1f}")
    table.add_row("ops covered", str(len(p.ops)))
    table.add_row(
        "compiles / splits / mismatches re-run alone", f"{p.compiles} / {p.splits} / {p.confirms}"
    )
    table.add_row("batch size K", ", ".join(f"{b}={k}" for b, k in p.k.items()) or "-")
    total = sum(p.seconds.values())
    if total:
        split = ", ".join(f"{k} {v / total:.0%}" for k, v in p.seconds.most_common())
        table.add_row("time", split)
    if p.status:
        table.add_row("now", escape(p.status))
    return table


def fuzz(
    budget: Annotated[str, typer.Option(help="e.g. 3m, 8h")] = "1h",
    workers: Annotated[int, typer.Option(min=1)] = 2,
    backends: Annotated[str, typer.Option()] = ",".join(CAMPAIGN_BACKENDS),
    store: Annotated[Path, typer.Option(help="SQLite store")] = Path("runs/nightly.db"),
    seed: Annotated[int, typer.Option()] = 0,
    max_tests: Annotated[int | None, typer.Option(help="stop after N tests")] = None,
    max_nodes: Annotated[int, typer.Option(min=1)] = 10,
    dtypes: Annotated[str | None, typer.Option()] = None,
    include: Annotated[str | None, typer.Option(help="only these ops")] = None,
    exclude: Annotated[str | None, typer.Option(help="never these ops")] = None,
    option: Annotated[list[str] | None, typer.Option("--option", help="BACKEND:KEY=VALUE")] = None,
    batching: Annotated[bool, typer.Option("--batching/--no-batching")] = True,
    coverage: Annotated[
        bool, typer.Option("--coverage/--no-coverage", help="trace the compilers' Python coverage")
    ] = False,
    perf: Annotated[
        bool,
        typer.Option("--perf/--no-perf", help="also flag graphs compiled far slower than eager"),
    ] = False,
    sweep_share: Annotated[
        float,
        typer.Option(
            min=0.0,
            max=1.0,
            help="share of batches that sweep the most-used ops alone across dtypes, sizes "
            "around vector widths and value classes (resumed where the store's last stopped)",
        ),
    ] = 0.2,
    decisions: Annotated[
        bool,
        typer.Option(
            "--decisions/--no-decisions",
            help="also run each test under a non-default compiler decision (Inductor config "
            "flags, IREE module flags); a result that changes with it is a finding",
        ),
    ] = False,
    mode: Annotated[
        str,
        typer.Option(
            help="inference; train: forward and backward compiled, gradients compared with "
            "eager's; dynamic: compiled once, run at two sizes (torch backends)"
        ),
    ] = "inference",
    dynamic: Annotated[bool, typer.Option("--dynamic", help="the same as --mode dynamic")] = False,
    seed_module: Annotated[
        list[str] | None,
        typer.Option(
            "--seed-module",
            help="FILE.py:FUNC returning (nn.Module, inputs), captured in a worker: tested "
            "first on every backend, then a share of every batch are slices of it (repeatable)",
        ),
    ] = None,
    seed_share: Annotated[
        float,
        typer.Option(min=0.0, max=1.0, help="share of each batch that are seed module slices"),
    ] = SEED_SHARE,
    executor: Annotated[str, typer.Option(help="local or ray")] = "local",
    ray_address: Annotated[str | None, typer.Option()] = None,
    rules: Annotated[Path, typer.Option()] = Path("corpora/rules"),
    traces: Annotated[Path, typer.Option()] = Path("corpora/traces"),
) -> None:
    """Run (or resume) a fuzz campaign; Ctrl-C stops it within seconds, discarding the tests
    in flight (run the same command again to resume)."""
    from compiler_lab.cli import parse_backends, parse_options
    from fuzz.campaign.campaign import Campaign
    from fuzz.campaign.config import CampaignConfig
    from fuzz.gen.config import ALL_DTYPES
    from fuzz.gen.library import load

    if dynamic and mode not in ("inference", "dynamic"):
        raise LabError(f"--dynamic and --mode {mode} cannot be combined")
    mode = "dynamic" if dynamic else mode
    if executor not in ("local", "ray"):
        raise LabError(f"--executor: expected local or ray, got {executor!r}")
    wanted = tuple(d.strip() for d in dtypes.split(",")) if dtypes else None
    if wanted and any(d not in ALL_DTYPES for d in wanted):
        raise LabError(f"--dtypes: known are {', '.join(ALL_DTYPES)}")
    if not (rules / "rules.json").exists():
        raise LabError(f"{rules}: no rule library (rules.json missing)")
    names = lambda text: [t.strip() for t in text.split(",")] if text else None  # noqa: E731
    library = load(str(rules), str(traces)).restrict(names(include), names(exclude))
    cfg = CampaignConfig(
        store=store,
        seed=seed,
        backends=parse_backends(backends),
        workers=workers,
        budget_s=parse_duration(budget),
        max_tests=max_tests,
        max_nodes=max_nodes,
        dtypes=wanted,
        include=tuple(names(include)) if include else None,
        exclude=tuple(names(exclude)) if exclude else None,
        options=parse_options(option or []),
        batching=batching,
        coverage=coverage,
        perf=perf,
        decisions=decisions,
        sweep_share=sweep_share,
        seed_modules=tuple(seed_module or ()),
        seed_share=seed_share,
        mode=mode,
        executor=executor,
        ray_address=ray_address,
    )
    with Live(console=console, refresh_per_second=2) as live:
        campaign = Campaign(cfg, library, on_progress=lambda p: live.update(_display(p)))
        progress = campaign.run()
        live.update(_display(progress))
    console.print(
        f"stopped ({progress.stopped}); store: {store}; report: clab report {store} -o report.html",
        markup=False,
    )


def report(
    store: Annotated[Path, typer.Argument(help="campaign store")],
    out: Annotated[Path, typer.Option("-o", "--out")] = Path("report.html"),
) -> None:
    """Write a self-contained HTML report (plots, bucket table) and a markdown summary."""
    from fuzz.campaign.report import write_report

    if not store.exists():
        raise LabError(f"{store}: no such store")
    md = write_report(store, out)
    console.print(f"wrote {out} and {md}")
