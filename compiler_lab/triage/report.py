"""A bug report in markdown, ready to paste into the compiler's tracker: the first `error:`
lines of the compiler's output (not its whole command line), the CPU and ISA, no local
paths, which other backends agree with eager, and a repro in public PyTorch calls where it
was shown to reproduce (the ATen-level repro otherwise)."""

from __future__ import annotations

import json
import re
import sys
import sysconfig
from pathlib import Path

from compiler_lab.buckets import key_line
from compiler_lab.cases import Case
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
    versions = (
        json.loads((case.path / "versions.json").read_text())
        if (case.path / "versions.json").exists()
        else {}
    )
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
    shown = script if script is not None else (own.read_text() if own.is_file() else None)
    lines = [f"# {elide_paths(title)}", "", "## Versions", ""]
    lines += [f"- {k}: {elide_paths(str(val))}" for k, val in versions.items()]
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
    if shown is None:
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
    if len(shown) <= 20_000:
        lines += ["```python", shown.rstrip(), "```"]
    else:
        lines += [f"The script is {len(shown)} bytes; it is attached as `repro.py`."]
    return "\n".join(lines) + "\n"
