"""A bug report in markdown, ready to paste into the compiler's tracker."""

from __future__ import annotations

import json

from compiler_lab.cases import Case


def markdown(case: Case, bisect_lines: list[str] | None = None) -> str:
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
        first = (failure.get("message") or "").strip().splitlines()
        title = (
            f"[{v['backend']}] {failure.get('exc_type', v['verdict'])} in "
            f"{failure.get('stage', v.get('stage', ''))}: {first[0][:80] if first else ''}"
        )
        what = (
            f"Expected: the graph compiles and runs like eager.\n\nActual: "
            f"{v['verdict']} at stage `{failure.get('stage', '')}`\n\n```\n"
            f"{(failure.get('message') or '')[:1500]}\n```"
        )
    script = (case.path / "repro.py").read_text()
    lines = [f"# {title}", "", "## Versions", ""]
    lines += [f"- {k}: {val}" for k, val in versions.items()]
    lines += ["", "## What happens", "", what, ""]
    if bisect_lines:
        lines += ["## Where it breaks", "", "```", *bisect_lines, "```", ""]
    lines += [
        "## Minimal repro",
        "",
        f"{len(case.graph.nodes)} op(s): {', '.join(ops)}. "
        "Run `python repro.py` (exit 1 and `REPRODUCED: ...` when the bug shows).",
        "",
    ]
    if len(script) <= 20_000:
        lines += ["```python", script.rstrip(), "```"]
    else:
        lines += [f"The script is {len(script)} bytes; it is attached as `repro.py`."]
    return "\n".join(lines) + "\n"
