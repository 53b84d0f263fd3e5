"""Keeps torch's internal warnings off the user's terminal.

The coordinator itself runs torch (fake-tensor checks while generating, eager references),
and torch warns about its own internals there: "ComplexHalf support is experimental",
"_aminmax is deprecated", "Accessing the data pointer of FakeTensor is deprecated". Those say
nothing about a compiler under test. Python warnings go to the log through `logging`; C++
warnings, which c10 writes straight to file descriptor 2, go there too, because fd 2 is
pointed at the log while Python's own `sys.stderr` (errors, progress bars, tracebacks) keeps
the terminal. `clab -v` leaves all of it on the terminal.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

MAX_LOG_BYTES = 16 << 20


def route_to_log(log_path: Path) -> None:
    """From now on, warnings of this process go to `log_path`, not to the terminal."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    if log_path.exists() and log_path.stat().st_size > MAX_LOG_BYTES:
        log_path.unlink()
    sys.stderr.flush()
    terminal = os.dup(2)
    fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(fd, 2)
    os.close(fd)
    sys.stderr = os.fdopen(terminal, "w", buffering=1, errors="backslashreplace")
    handler = logging.StreamHandler(open(log_path, "a", buffering=1))  # noqa: SIM115
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s: %(message)s"))
    logging.captureWarnings(True)
    for name in ("py.warnings", "torch"):
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.propagate = False
