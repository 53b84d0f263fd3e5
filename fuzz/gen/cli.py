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
    profile: Annotated[
        str, typer.Option(help="default (fuzzing) or cost (kernel sizes for the cost dataset)")
    ] = "default",
    backends: Annotated[
        str | None,
        typer.Option(help="only ops these backends lower (their single-op probe, shipped)"),
    ] = None,
    scales: Annotated[
        int, typer.Option(min=1, help="cost profile: each topology at up to this many scales")
    ] = 3,
) -> None:
    """Generate N valid graphs deterministically from SEED."""
    from compiler_lab import backends as registry
    from fuzz.gen import profiles
    from fuzz.gen.config import ALL_DTYPES, EXTRA_DTYPES
    from fuzz.gen.generator import Generator
    from fuzz.gen.library import load
    from fuzz.gen.lowerable import probed
    from fuzz.values.checker import SandboxedValueSearch

    known = ALL_DTYPES + EXTRA_DTYPES
    wanted = tuple(_names(dtypes) or (profiles.COST_DTYPES if profile == "cost" else ALL_DTYPES))
    bad = [d for d in wanted if d not in known]
    if bad:
        raise LabError(f"--dtypes: unknown {', '.join(bad)} (known: {', '.join(known)})")
    try:
        config = profiles.config(profile, max_nodes, wanted)
    except ValueError as exc:
        raise LabError(f"--profile: {exc}") from None
    names = _names(backends) or []
    unknown = [b for b in names if b not in registry.REGISTRY]
    if unknown:
        raise LabError(f"--backends: unknown {', '.join(unknown)}")
    if not (rules / "rules.json").exists():
        raise LabError(f"{rules}: no rule library (rules.json missing)")
    traces_dir = None if str(traces) == "-" else str(traces)
    library = load(str(rules), traces_dir).restrict(_names(include), _names(exclude))
    learned = [probed(b) for b in names if registry.REGISTRY[b].learns_support]
    library = library.select(lambda e: all(s.allows(e) for s in learned))
    gaps = {d for b in names for d in registry.REGISTRY[b].dtype_gaps}
    config.dtypes = tuple(d for d in config.dtypes if d not in gaps)
    if not library.symbolic and not library.concrete:
        raise LabError("no ops left after --include/--exclude/--backends")
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    ops: Counter = Counter()
    with (
        SandboxedValueSearch() as search,
        Progress(
            TextColumn("[bold]generating"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
        ) as bar,
    ):
        try:
            generator = Generator(library, config, seed=seed, values=search)
        except ValueError as exc:
            raise LabError(str(exc)) from None
        task = bar.add_task("graphs", total=n)
        written = topologies = 0
        for i in range(n):
            graph = generator.generate(f"gen-s{seed}-{i:06d}")
            while profile == "cost" and profiles.graph_bytes(graph) > profiles.COST_BYTES_CAP:
                graph = generator.generate(f"gen-s{seed}-{i:06d}")
            family = [graph]
            if profile == "cost":  # the topology at its scales, kernels big enough to time
                variants = (profiles.scaled(graph, f) for f in profiles.COST_SCALES)
                family += [v for v in variants if v is not None]
                family = [g for g in family if profiles.big_enough(g)][:scales]
            for g in family:
                g.save(out / f"{g.name}.json")
            written += len(family)
            topologies += bool(family)
            ops.update(op for g in family[:1] for op in g.ops())
            bar.update(task, completed=i + 1)
    seconds = time.monotonic() - t0
    summary = {
        "graphs": written,
        "topologies": topologies,
        "profile": profile,
        "seconds": round(seconds, 2),
        "distinct_ops": len(ops),
        "stats": {
            k: dict(v) if isinstance(v, Counter) else v for k, v in vars(generator.stats).items()
        },
        "eager_crashes": search.crashes,
    }
    # not *.json: the folder must stay a folder of graphs for `clab run`/`clab measure`
    (out / "gen-summary.txt").write_text(json.dumps(summary, indent=1) + "\n")
    console.print(
        f"{written} graphs ({topologies} topologies) in {seconds:.1f} s ({n / seconds:.1f}/s), "
        f"{len(ops)} distinct ops → {out}"
    )
