"""A bug report in markdown, ready to paste into the compiler's tracker: first a short
snippet in public PyTorch (findings.snippet) and which of the case's options the bug needs
(triage.toggles); then the first `error:` lines of the compiler's output (not its whole
command line), the CPU and ISA, no local paths, which other backends agree with eager, and
a repro in public PyTorch calls where it was shown to reproduce (the ATen-level repro
otherwise)."""

from __future__ import annotations

from compiler_lab.errors import LabError
from compiler_lab.findings import mlir_repro
from compiler_lab.findings.cases import MAX_TEXT_BYTES, Case
from compiler_lab.findings.failures import elide_paths
from compiler_lab.findings.snippet import Snippet
from compiler_lab.safe_files import read_file
from compiler_lab.triage.reduce import dtype_changes


def markdown(
    case: Case,
    bisect_lines: list[str] | None = None,
    others: dict[str, str] | None = None,
    script: str | None = None,
    reduction: dict | None = None,
    snippet: tuple[Snippet, bool] | None = None,
    toggles: list[str] | None = None,
) -> str:
    """The report. `others`: backend → its verdict on the same graph and inputs; `script`:
    the repro to show (by default the case's own repro.py); `reduction`: what `triage
    reduce` recorded for the bucket; `snippet`: the short snippet, and whether it showed the
    bug in a fresh interpreter; `toggles`: what its options re-tested toggled said."""
    v = case.verdict
    ops = sorted(set(case.graph.ops()))
    kind = case.kind
    if kind is None:
        raise LabError(f"{case.path}: a {v['verdict']!r} verdict is no finding to report")
    title, what = kind.report(v, ops)
    own = case.path / "repro.py"
    if script is None and own.is_file():  # bounded: a case from someone else
        script = read_file(own, MAX_TEXT_BYTES).decode(errors="replace")
    lines = [f"# {elide_paths(title)}", ""]
    lines += _snippet_section(snippet)
    lines += ["## What happens", "", what, ""]
    if toggles:
        lines += ["Options re-tested (each toggled, the case run again); the bug shows", ""]
        lines += [f"- {line}" for line in toggles] + [""]
    lines += ["## Versions", ""]
    lines += [f"- {k}: {elide_paths(str(val))}" for k, val in case.versions.items()]
    lines += [""]
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
            )
            + (
                f"; dtypes made plainer with the same bucket: {dtype_changes(reduction['dtypes'])}"
                if isinstance(reduction.get("dtypes"), dict)
                else ""
            ),
            "",
        ]
    lines += _mlir_section(case)
    lines += ["## Minimal repro", ""]
    if kind.replay:
        lines += [
            f"{len(case.graph.nodes)} op(s): {', '.join(ops)}. No standalone script replays "
            f"this kind of finding: `{kind.replay}` does."
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


def _snippet_section(snippet: tuple[Snippet, bool] | None) -> list[str]:
    """The short snippet, saying whether it showed the bug in a fresh interpreter."""
    if snippet is None:
        return []
    found, shows = snippet
    if not found.runnable:
        said = "The graph in public PyTorch and the importer call of the repro below:"
    elif shows:
        said = "In a fresh interpreter this shows the bug (`snippet.py` beside the case):"
    else:
        said = (
            "In a fresh interpreter this did NOT show the bug with these drawn inputs; the "
            "case's own values do (the repro below):"
        )
    return ["## Snippet", "", said, "", "```python", found.text.rstrip(), "```", ""]


def _reduced_line(facts: dict) -> list[str]:
    """What the MLIR reduction did, where it shrank the module."""
    ops = facts.get("reduced_ops")
    if not (isinstance(ops, list) and len(ops) == 2 and ops[1] < ops[0]):
        return []
    return [
        f"Reduced from {ops[0]} to {ops[1]} ops while it fails alike "
        f"(`{mlir_repro.FOLDER}/reduced.mlir`, the lit test's module)."
    ]


def _mlir_section(case: Case) -> list[str]:
    """The case's MLIR-level reproducer (mlir_repro), where it has one: the command, whether
    it failed again in a fresh process, and the module as a lit test."""
    facts = mlir_repro.read(case.path)
    if facts is None:
        return []
    again = "fails again" if facts.get("reproduces") else "did NOT fail again"
    lines = [
        "## MLIR reproducer",
        "",
        f"`{facts.get('failing', '?')}` alone, on the module just before it "
        f"(`{mlir_repro.FOLDER}/before.mlir`); checked in a fresh process: {again}.",
        *_reduced_line(facts),
        "",
        "```sh",
        elide_paths(str(facts.get("command", ""))),
        "```",
        "",
    ]
    test = case.path / mlir_repro.FOLDER / "test.mlir"
    if test.is_file() and test.stat().st_size <= 20_000:
        text = read_file(test, MAX_TEXT_BYTES).decode(errors="replace")
        lines += ["As a lit test:", "", "```mlir", elide_paths(text.rstrip()), "```", ""]
    return lines
