"""`clab cost train|eval|predict`: cost models over the measured MLIR dataset."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from compiler_lab.errors import LabError
from costmodel.dataset.samples import MODEL_LEVELS
from costmodel.models import named
from costmodel.models.registry import DEFAULT_MODEL, resolve_model
from costmodel.tune.cli import tune

app = typer.Typer(help="Cost models: train, evaluate, predict.", no_args_is_help=True)
console = Console()


def _samples(data: Path, levels: str):
    from costmodel.dataset.samples import load_samples

    return load_samples(data, [lv.strip() for lv in levels.split(",") if lv.strip()])


@app.command()
def train(
    data: Annotated[Path, typer.Option(help="dataset directory")] = Path("corpora/costdata"),
    model: Annotated[str, typer.Option(help="roofline, lightgbm, tfidf, textcnn, transformer")] = (
        DEFAULT_MODEL
    ),
    out: Annotated[Path | None, typer.Option("-o", "--out")] = None,
    continue_: Annotated[
        str | None,
        typer.Option("--continue", help="update this trained model with DATA's rows"),
    ] = None,
    levels: Annotated[str, typer.Option()] = ",".join(MODEL_LEVELS),
    epochs: Annotated[int | None, typer.Option(help="text models: training epochs")] = None,
    settings: Annotated[
        list[str] | None,
        typer.Option(
            "--set",
            help="a model setting KEY=VALUE (pretrain_epochs=2, hidden=64, "
            "members=lightgbm+hybrid for an ensemble); repeatable",
        ),
    ] = None,
) -> None:
    """Train a model on DATA (or update one with --continue) and save it to OUT. Text
    models checkpoint after each epoch: rerun the same command to resume."""
    from costmodel.models.base import ModelError
    from costmodel.models.registry import create

    config = named.config(model, settings or [], epochs)
    samples = _samples(data, levels)
    t0 = time.monotonic()
    try:
        if continue_:
            m = named.model(continue_)
            target = out or resolve_model(continue_)
            m.update(samples)
        else:
            target = out or Path("models") / model
            m = create(model, config)
            _fit(m, samples, target)
    except ModelError as exc:
        raise LabError(str(exc)) from None
    m.save(target)
    console.print(
        f"{m.kind}: {len(samples)} samples, targets {', '.join(m.targets)}, "
        f"{time.monotonic() - t0:.1f} s → {target}"
    )


def _fit(m, samples, target: Path) -> None:
    """Fit, with a progress bar and per-epoch checkpoints in `target` for text models."""
    if not hasattr(m, "checkpoint"):
        m.fit(samples)
        return
    m.checkpoint = target
    columns = (TextColumn("[bold]training"), BarColumn(), TextColumn("{task.description}"))
    with Progress(*columns, TimeElapsedColumn(), console=console) as bar:
        task = bar.add_task("", total=m.config["epochs"])

        def tick(done: int, total: int, loss: float) -> None:
            bar.update(task, completed=done, description=f"epoch {done}/{total} loss {loss:.3f}")

        m.progress = tick
        m.fit(samples)


@app.command("eval")
def eval_(
    data: Annotated[Path, typer.Option()] = Path("corpora/costdata"),
    models: Annotated[str, typer.Option(help="comma-separated kinds")] = "roofline,lightgbm",
    seeds: Annotated[int, typer.Option(min=1)] = 5,
    levels: Annotated[str, typer.Option()] = ",".join(MODEL_LEVELS),
    out: Annotated[Path, typer.Option("-o", "--out")] = Path("out/costmodel.html"),
) -> None:
    """Score models on held-out families and generator seeds, per row and, where the data
    has schedule variants, on how they rank each workload's; print tables and write an
    HTML report (and its JSON beside it)."""
    from costmodel.eval.evaluate import evaluate, family_splits, noise_floor, seed_split
    from costmodel.eval.report import write_html
    from costmodel.models.registry import kinds

    samples = _samples(data, levels)
    wanted = [m.strip() for m in models.split(",") if m.strip()]
    bad = [m for m in wanted if m not in kinds()]
    if bad:
        raise LabError(f"--models: unknown {', '.join(bad)} (known: {', '.join(kinds())})")
    splits = family_splits(samples) + [seed_split(samples)]
    results = {"noise_floor": noise_floor(samples), "models": {}}
    table = Table(title=f"held-out error ({len(splits)} splits × {seeds} seeds)")
    for col in ("model", "target", "MAPE", "median APE", "Spearman", "Kendall τ (graph)",
                "pairwise acc."):  # fmt: skip
        table.add_column(col)
    for kind in wanted:
        r = evaluate(kind, splits, seeds, progress=lambda msg: console.print(f"[dim]{msg}"))
        summary = r.summary()
        results["models"][kind] = {"summary": summary, "predictions": r.predictions}
        for target, m in summary["targets"].items():
            table.add_row(kind, target, *(str(m.get(k, "")) for k in
                          ("mape", "median_ape", "spearman", "kendall_within_graph",
                           "pairwise_accuracy")))  # fmt: skip
    console.print(table)
    _decision_table(results["models"])
    console.print(f"latency noise floor (median CV of the measurements): {results['noise_floor']}")
    write_html(results, out)
    out.with_suffix(".json").write_text(
        json.dumps({k: v for k, v in results.items()}, indent=1, default=str) + "\n"
    )
    console.print(f"wrote {out}")


#: the decision metrics (costmodel/eval/metrics.py `decisions`) and their column titles
_DECISION_COLUMNS = {
    "workloads": "workloads", "kendall_within_workload": "Kendall τ (workload)",
    "top1_score": "top-1", "top5_score": "top-5", "top1_speedup": "top-1 speed-up",
    "top5_speedup": "top-5 speed-up", "best_speedup": "best speed-up",
}  # fmt: skip


def _decision_table(models: dict[str, dict]) -> None:
    """How each model ranks the schedule variants of held-out workloads (nothing where the
    data has no variants)."""
    found = {k: r["summary"]["targets"].get("latency_s", {}) for k, r in models.items()}
    if not any(m.get("workloads") for m in found.values()):
        return
    table = Table(title="decisions: schedule variants ranked within each held-out workload")
    table.add_column("model")
    for title in _DECISION_COLUMNS.values():
        table.add_column(title)
    for kind, m in found.items():
        table.add_row(kind, *(str(m.get(k, "")) for k in _DECISION_COLUMNS))
    console.print(table)


@app.command()
def predict(
    mlir: Annotated[
        Path | None, typer.Argument(help="an MLIR file (one dispatch or kernel)")
    ] = None,
    model: Annotated[str | None, typer.Option(help="a model directory or shipped name")] = None,
    level: Annotated[str, typer.Option(help="the level of the text")] = "dispatch",
    module: Annotated[
        str | None,
        typer.Option("--module", help="FILE.py:FUNC returning (nn.Module, inputs); executed"),
    ] = None,
    measure: Annotated[bool, typer.Option("--measure", help="--module: measure too")] = False,
) -> None:
    """Predict the cost of one MLIR text, or of every IREE dispatch of a user's model."""
    from costmodel.dataset.samples import TARGETS
    from costmodel.features.extract import MlirFeatureError, features

    m = named.model(model)
    if (mlir is None) == (module is None):
        raise LabError("give one MLIR file or --module FILE.py:FUNC")
    if mlir is not None:
        if not mlir.is_file():
            raise LabError(f"{mlir}: no such file")
        text = mlir.read_text(errors="replace")
        try:
            features(text)
        except MlirFeatureError as exc:
            raise LabError(f"{mlir}: {exc}") from None
        (pred,) = m.predict([text], [level])
        table = Table(title=f"{mlir.name} ({m.kind})")
        for col in ("target", "prediction", "unit"):
            table.add_column(col)
        for t, v in pred.items():
            table.add_row(t, f"{v:.4g}", TARGETS[t])
        console.print(table)
        return
    from compiler_lab.ir.user_module import absolute
    from costmodel.serve.lowering import module_dispatches, whole_model

    dispatches = module_dispatches(absolute(module), measure)
    preds = m.predict([d["text"] for d in dispatches], ["dispatch"] * len(dispatches))
    latencies = [p.get("latency_s", float("nan")) for p in preds]
    table = Table(title=f"{module}: {len(dispatches)} IREE dispatches ({m.kind})")
    for col in ("dispatch", "latency (pred)", *(["latency (measured)"] if measure else [])):
        table.add_column(col)
    for d, lat in zip(dispatches, latencies, strict=True):
        cells = [d["name"], f"{lat * 1e6:.1f} µs"]
        if measure:
            measured = d.get("latency_s")
            cells.append(f"{measured * 1e6:.1f} µs" if measured is not None else
                         f"not measured: {d.get('error', '')}")  # fmt: skip
        table.add_row(*cells)
    total = whole_model(dispatches, latencies, measure)
    table.add_row("whole model (sum)", f"{total.predicted_s * 1e6:.1f} µs",
                  *([""] if measure else []))  # fmt: skip
    if measure:
        table.add_row(
            f"measured dispatches ({len(dispatches) - total.unmeasured} of {len(dispatches)})",
            f"{total.predicted_measured_s * 1e6:.1f} µs",
            f"{total.measured_s * 1e6:.1f} µs",
        )
    console.print(table)
    if total.unmeasured:
        console.print(
            f"[yellow]{total.unmeasured} dispatch(es) could not be measured[/]: the measured "
            "sum and the predictions beside it leave them out"
        )


@app.command()
def annotate(
    mlir: Annotated[Path, typer.Argument(help="an MLIR file (linalg, or IREE dispatches)")],
    out: Annotated[Path, typer.Option("-o", "--out")] = Path("annotated.mlir"),
    model: Annotated[str | None, typer.Option()] = None,
) -> None:
    """Attach predictions as `clab.cost.*` attributes to each func, dispatch and linalg op."""
    from costmodel.features.extract import MlirFeatureError
    from costmodel.serve.annotate import annotate as run_pass
    from costmodel.serve.api import load

    if not mlir.is_file():
        raise LabError(f"{mlir}: no such file")
    try:
        text = run_pass(mlir.read_text(errors="replace"), load(model))
    except MlirFeatureError as exc:
        raise LabError(f"{mlir}: {exc}") from None
    out.write_text(text + "\n")
    console.print(f"wrote {out} ({text.count('clab.cost.')} predictions)")


@app.command()
def serve(
    model: Annotated[
        list[str] | None,
        typer.Option(help="a model to serve (repeat for more; the first is the default)"),
    ] = None,
    host: Annotated[str, typer.Option(help="bind address (loopback unless told)")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8765,
) -> None:
    """Serve predictions over HTTP: POST /v1/predict, GET /v1/health, GET /v1/models. A
    request may name only the models given here."""
    from costmodel.serve.http import serve as run

    first, *more = model or [None]
    run(first, host, port, more)


@app.command()
def sample(
    store: Annotated[Path, typer.Argument(help="a campaign store")],
    model: Annotated[str | None, typer.Option()] = None,
) -> None:
    """Predict the cost of one IREE dispatch of a graph a campaign just tested, and print it
    beside its measurement (what `make run` ends with)."""
    from compiler_lab.storage.store import Store
    from costmodel.dataset.samples import TARGETS
    from costmodel.serve.lowering import dispatches

    m = named.model(model)
    if not store.exists():
        raise LabError(f"{store}: no such store")
    db = Store(store, readonly=True)
    for row in db.passed_tests(limit=20):
        blob = row["graph_blob"]
        graph = db.graph(blob).to_json()  # checked against its hash, and as `clab run` checks
        try:
            found = dispatches({"graph": graph}, graph.get("name", blob[:12]), measure=True)
        except LabError:
            continue
        timed = [d for d in found if d.get("latency_s")]
        if not timed:
            continue
        d = max(timed, key=lambda x: x["latency_s"])
        (pred,) = m.predict([d["text"]], ["dispatch"])
        table = Table(title=escape(f"{graph.get('name')}: {d['name']} ({m.kind})"))
        for col in ("target", "predicted", "measured", "unit"):
            table.add_column(col)
        for t, v in pred.items():
            measured = f"{d['latency_s']:.4g}" if t == "latency_s" else ""
            table.add_row(t, f"{v:.4g}", measured, TARGETS[t])
        console.print(table)
        db.close()
        return
    db.close()
    raise LabError(f"{store}: no tested graph whose IREE dispatches could be measured")


@app.command()
def perfcheck(
    store: Annotated[Path, typer.Argument(help="a campaign store")],
    model: Annotated[str | None, typer.Option(help="a model with a held-out error band")] = None,
    limit: Annotated[int, typer.Option(min=1, help="graphs to check, largest first")] = 10,
) -> None:
    """The model-based performance check: time the IREE dispatches of graphs a campaign
    compiled correctly and record a perf-outlier finding where a dispatch is slower than the
    model predicts beyond the model's own held-out error band."""
    from costmodel.serve.perfcheck import check_store

    result = check_store(store, named.predictor(model), resolve_model(model), limit)
    band = result["band"]
    console.print(
        f"{result['graphs_checked']} graphs, {result['dispatches_timed']} dispatches timed "
        f"against {result['model']} (held-out band: log10 ratio p50 {band['0.5']:+.2f}, "
        f"p99 {band['0.99']:+.2f})"
    )
    for why in result["skipped"]:
        console.print(f"[yellow]not checked:[/] {escape(why)}")
    if not result["outliers"]:
        console.print("no perf-outlier: every dispatch is within the model's error band")
        return
    table = Table(title="perf-outliers (recorded in the store)")
    for col in ("test", "graph", "dispatch", "measured", "predicted", "ratio"):
        table.add_column(col)
    for o in result["outliers"]:
        table.add_row(str(o.test_id), escape(o.graph), escape(o.dispatch),
                      f"{o.measured_s * 1e6:.1f} µs", f"{o.predicted_s * 1e6:.1f} µs",
                      f"{o.ratio:.1f}x")  # fmt: skip
    console.print(table)


@app.command()
def reduce(
    case: Annotated[Path, typer.Argument(help="the case of a perf-outlier `perfcheck` found")],
    model: Annotated[
        str | None, typer.Option(help="the model to judge by (default: the one that found it)")
    ] = None,
    store: Annotated[
        Path | None, typer.Option(help="the store whose bucket records the reduction")
    ] = None,
    budget: Annotated[float, typer.Option(help="seconds")] = 600.0,
) -> None:
    """Delta-debug a model-based perf-outlier to the smallest graph whose IREE dispatch of
    the same kind is still slower than the model predicts beyond its error band; writes
    CASE.reduced beside it, with the dispatch's MLIR."""
    from compiler_lab.findings.cases import load_case
    from costmodel.serve.model_kind import MODEL_STAGE
    from costmodel.serve.perfcheck import reduce_case

    evidence = load_case(case).verdict.get("timings", {}).get(MODEL_STAGE)
    if not isinstance(evidence, dict) or "kind" not in evidence:
        raise LabError(f"{case}: not a cost model's finding; reduce it with `clab triage reduce`")
    name = model or evidence.get("model")
    predictor = named.predictor(name)
    if predictor.model_id != evidence.get("model_id"):
        console.print(
            f"[yellow]note:[/] found by {escape(str(evidence.get('model_id')))}, judged now "
            f"by {escape(predictor.model_id)}"
        )
    lines = reduce_case(
        case, predictor, resolve_model(name), budget, store, log=lambda m: console.print(m)
    )
    for line in lines:
        console.print(line, markup=False)


app.command()(tune)
