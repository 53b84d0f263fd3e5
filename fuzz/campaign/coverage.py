"""Coverage of the compilers' own Python code during a campaign (`--coverage`): each
sandboxed worker traces lines and branches with coverage.py and saves its data file; the
campaign merges them and records the percentages over time, our stand-in for NeuRI's
branch coverage of the compiler."""

from __future__ import annotations

import io
from pathlib import Path

#: the Python parts of the compilers under test
PACKAGES = ["torch._inductor", "torch._dynamo", "torch._functorch", "torch_mlir", "iree.compiler"]


def merged_percent(coverage_dir: Path) -> tuple[float | None, float | None]:
    """(line %, line+branch %) over every worker's data so far; (None, None) if none yet."""
    import coverage

    files = [str(p) for p in coverage_dir.glob(".coverage.*") if "combined" not in p.name]
    if not files:
        return None, None
    cov = coverage.Coverage(
        data_file=str(coverage_dir / ".coverage.combined"), branch=True, source_pkgs=PACKAGES
    )
    cov.combine(data_paths=files, keep=True)
    cov.save()
    total = cov.report(file=io.StringIO(), ignore_errors=True)
    statements = missing = 0
    data = cov.get_data()
    for filename in data.measured_files():
        try:
            _, stmts, _, miss, _ = cov.analysis2(filename)
        except Exception:  # a file that moved or cannot be parsed
            continue
        statements += len(stmts)
        missing += len(miss)
    line_pct = 100.0 * (statements - missing) / statements if statements else None
    return line_pct, round(total, 3)


def coverage_percent(coverage_dir: Path | None) -> tuple[float | None, float | None]:
    """Merged line and branch coverage of the compilers' Python code, from the workers."""
    return merged_percent(coverage_dir) if coverage_dir else (None, None)
