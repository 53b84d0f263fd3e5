"""A bug report in markdown, ready to paste into the compiler's tracker: the first `error:`
lines of the compiler's output (not its whole command line), the CPU and ISA, no local
paths, which other backends agree with eager, and a repro in public PyTorch calls where it
was shown to reproduce (the ATen-level repro otherwise)."""

from __future__ import annotations

import re
import sys
import sysconfig
from pathlib import Path

from compiler_lab.findings.buckets import key_line
from compiler_lab.findings.cases import MAX_TEXT_BYTES, Case
from compiler_lab.findings.perf import MODEL_STAGE
from compiler_lab.safe_files import read_file
from compiler_lab.sandbox.pool import default_cache_dir

#: error lines shown from a compiler's output
ERROR_LINES = 5
_ABS_PATH = re.compile(r"(?<![\w.])/(?:[\w.@+\-]+/)+([\w.@+\-]+)")


def elide_paths(text: str) -> str:
    """Local paths made relative to what a reader has too (site-packages, the lab's cache,
    home), and any other absolute path cut to its file name."""
    roots = [
        (sysconfig.get_paths()["purelib"], "<site-packages>"),
        (str(default_cache_dir()), "<cache>"),
        (sys.prefix, "<venv>"),
        (str(Path.home()), "~"),
    ]
    for root, label in roots:
        text = text.replace(root, label)
    return _ABS_PATH.sub(lambda m: f".../{m.group(1)}", text)


def error_lines(message: str, limit: int = ERROR_LINES) -> list[str]:
    """The compiler's first `error:` lines, or the message's first line."""
    lines = [ln.rstrip() for ln in message.splitlines() if "error:" in ln]
    return [elide_paths(ln.strip()) for ln in lines[:limit]] or [elide_paths(key_line(message))]


def markdown(
    case: Case,
    bisect_lines: list[str] | None = None,
    others: dict[str, str] | None = None,
    script: str | None = None,
    reduction: dict | None = None,
) -> str:
    """The report. `others`: backend → its verdict on the same graph and inputs; `script`:
    the repro to show (by default the case's own repro.py); `reduction`: what `triage
    reduce` recorded for the bucket."""
    v = case.verdict
    failure = v.get("failure") or {}
    ops = sorted(set(case.graph.ops()))
    if v["verdict"] == "mismatch":
        cmp = v.get("comparison") or {}
        title = (
            f"[{v['backend']}] wrong result for {', '.join(ops[:3])}{' …' if len(ops) > 3 else ''}"
        )
        what = (
            f"Expected (eager) vs actual ({v['backend']}): {v.get('reason', '')}\n\n"
            f"max abs error {cmp.get('max_abs', 0):.4g}, max rel error "
            f"{cmp.get('max_rel', 0):.4g} (output {cmp.get('output', '?')})"
        )
    elif v["verdict"] == "perf-outlier":
        title, what = _perf_text(v, ops)
    else:
        errors = error_lines(failure.get("message") or "")
        title = (
            f"[{v['backend']}] {failure.get('exc_type', v['verdict'])} in "
            f"{failure.get('stage', v.get('stage', ''))}: {errors[0][:80]}"
        )
        what = (
            f"Expected: the graph compiles and runs like eager.\n\nActual: "
            f"{v['verdict']} at stage `{failure.get('stage', '')}`\n\n```\n"
            + "\n".join(errors)
            + "\n```"
        )
    own = case.path / "repro.py"
    if script is None and own.is_file():  # bounded: a case from someone else
        script = read_file(own, MAX_TEXT_BYTES).decode(errors="replace")
    lines = [f"# {elide_paths(title)}", "", "## Versions", ""]
    lines += [f"- {k}: {elide_paths(str(val))}" for k, val in case.versions.items()]
    lines += ["", "## What happens", "", what, ""]
    if others:
        lines += ["## Other backends on the same graph and inputs", ""]
        lines += [f"- {b}: {verdict}" for b, verdict in others.items()]
        lines += [""]
    if bisect_lines:
        lines += ["## Where it breaks", "", "```", *map(elide_paths, bisect_lines), "```", ""]
    if reduction:
        lines += [
            "## Reduction",
            "",
            f"{reduction['nodes_before']} → {reduction['nodes_after']} ops by delta debugging"
            + (
                f"; not smaller: {reduction['why_not_smaller']}"
                if reduction.get("why_not_smaller")
                else ""
            ),
            "",
        ]
    lines += ["## Minimal repro", ""]
    if v.get("stage") == MODEL_STAGE:
        lines += [
            f"{len(case.graph.nodes)} op(s): {', '.join(ops)}. The slowdown is judged against "
            "a cost model's prediction, which no standalone script carries: `clab cost reduce "
            "CASE` measures it again; the slow dispatch's MLIR is attached as `dispatch.mlir`."
        ]
        return "\n".join(lines) + "\n"
    if script is None:
        lines += [
            f"{len(case.graph.nodes)} op(s): {', '.join(ops)}. The {case.backend} backend has "
            "no repro template: the case's graph.json and inputs.npz reproduce it with "
            "`clab run graph.json`."
        ]
        return "\n".join(lines) + "\n"
    lines += [
        f"{len(case.graph.nodes)} op(s): {', '.join(ops)}. "
        "Run `python -I repro.py` (exit 1 and `REPRODUCED: ...` when the bug shows).",
        "",
    ]
    if len(script) <= 20_000:
        lines += ["```python", script.rstrip(), "```"]
    else:
        lines += [f"The script is {len(script)} bytes; it is attached as `repro.py`."]
    return "\n".join(lines) + "\n"


def _perf_text(v: dict, ops: list[str]) -> tuple[str, str]:
    """Title and body of a perf-outlier: against eager (the lab's oracle) or against a cost
    model's prediction for one dispatch (`clab cost perfcheck`)."""
    if v.get("stage") == MODEL_STAGE:
        e = v["timings"][MODEL_STAGE]
        title = (
            f"[{v['backend']}] slow {e['kind']} dispatch: {e['measured_s'] * 1e6:.0f} µs, "
            f"predicted {e['predicted_s'] * 1e6:.0f} µs"
        )
        what = (
            f"Expected: the dispatch runs within the {e['model']} cost model's held-out error "
            f"band (99% of held-out kernels are at most {10 ** e['band_log10']:.1f}x slower "
            f"than predicted).\n\nActual: {v.get('reason', '')}"
        )
        return title, what
    p = v.get("timings", {}).get("perf", {})
    title = f"[{v['backend']}] {p.get('ratio', '?')}x slower than eager on {', '.join(ops[:3])}"
    what = (
        "Expected: the compiled graph is not far slower than eager PyTorch.\n\nActual: "
        f"{v.get('reason', '')} (compiled {p.get('compiled_s', 0) * 1e6:.0f} µs, eager "
        f"{p.get('eager_s', 0) * 1e6:.0f} µs per call; bootstrap lower bound of the ratio "
        f"{p.get('ratio_lcb', '?')}x)"
    )
    return title, what
