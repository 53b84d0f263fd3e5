"""`clab gen`: write generated graphs as Graph JSON."""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from compiler_lab.errors import LabError

console = Console()


def _names(text: str | None) -> list[str] | None:
    return [t.strip() for t in text.split(",") if t.strip()] if text else None


def gen(
    n: Annotated[int, typer.Option("-n", min=1, help="number of graphs")] = 100,
    max_nodes: Annotated[int, typer.Option(min=1)] = 10,
    seed: Annotated[int, typer.Option()] = 0,
    out: Annotated[Path, typer.Option("-o", "--out")] = Path("out/graphs"),
    include: Annotated[str | None, typer.Option(help="only these ops (names or bases)")] = None,
    exclude: Annotated[str | None, typer.Option(help="never these ops")] = None,
    dtypes: Annotated[str | None, typer.Option(help="comma-separated dtypes")] = None,
    rules: Annotated[Path, typer.Option()] = Path("corpora/rules"),
    traces: Annotated[Path, typer.Option(help="for concrete ops; '-' for none")] = Path(
        "corpora/traces"
    ),
) -> None:
    """Generate N valid graphs deterministically from SEED."""
    from fuzz.gen.generator import ALL_DTYPES, GenConfig, Generator
    from fuzz.gen.library import load
    from fuzz.values.checker import SandboxedValueSearch

    wanted = tuple(_names(dtypes) or ALL_DTYPES)
    bad = [d for d in wanted if d not in ALL_DTYPES]
    if bad:
        raise LabError(f"--dtypes: unknown {', '.join(bad)} (known: {', '.join(ALL_DTYPES)})")
    if not (rules / "rules.json").exists():
        raise LabError(f"{rules}: no rule library (rules.json missing)")
    traces_dir = None if str(traces) == "-" else str(traces)
    library = load(str(rules), traces_dir).restrict(_names(include), _names(exclude))
    if not library.symbolic and not library.concrete:
        raise LabError("no ops left after --include/--exclude")
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    ops: Counter = Counter()
    with (
        SandboxedValueSearch() as values,
        Progress(
            TextColumn("[bold]generating"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
        ) as bar,
    ):
        try:
            generator = Generator(
                library, GenConfig(max_nodes=max_nodes, dtypes=wanted), seed=seed, values=values
            )
        except ValueError as exc:
            raise LabError(str(exc)) from None
        task = bar.add_task("graphs", total=n)
        for i in range(n):
            graph = generator.generate(f"gen-s{seed}-{i:06d}")
            graph.save(out / f"{graph.name}.json")
            ops.update(graph.ops())
            bar.update(task, completed=i + 1)
    seconds = time.monotonic() - t0
    summary = {
        "graphs": n,
        "seconds": round(seconds, 2),
        "distinct_ops": len(ops),
        "stats": {
            k: dict(v) if isinstance(v, Counter) else v for k, v in vars(generator.stats).items()
        },
        "eager_crashes": values.crashes,
    }
    # not *.json: the folder must stay a folder of graphs for `clab run`/`clab measure`
    (out / "gen-summary.txt").write_text(json.dumps(summary, indent=1) + "\n")
    console.print(
        f"{n} graphs in {seconds:.1f} s ({n / seconds:.1f}/s), {len(ops)} distinct ops → {out}"
    )
