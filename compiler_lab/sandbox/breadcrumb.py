"""Where a worker was when it died: before each step (a compile stage, one MLIR pass, the
run) the worker writes the step's name to a small file the parent gave it, so a segfault
inside `convert-torch-to-linalg` reads `signal:SIGSEGV@mlir-pass:convert-torch-to-linalg`
rather than a bare `signal:SIGSEGV`. One `pwrite` of a fixed-size record per step: cheap
enough for every pass, and never a partial record for the parent to read."""

from __future__ import annotations

import os
from pathlib import Path

ENV = "CLAB_BREADCRUMB"
RECORD = 200
_fd: int | None = None


def mark(step: str) -> None:
    """Record that the worker enters `step` (a no-op outside a sandboxed worker)."""
    global _fd
    if _fd is None:
        path = os.environ.get(ENV)
        if not path:
            return
        _fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    os.pwrite(_fd, step.encode()[:RECORD].ljust(RECORD, b"\0"), 0)


def read(path: Path) -> str:
    """The last step a worker entered ('' if none was recorded)."""
    try:
        return path.read_bytes()[:RECORD].rstrip(b"\0").decode(errors="replace")
    except OSError:
        return ""


def clear(path: Path) -> None:
    path.write_bytes(b"\0" * RECORD)
