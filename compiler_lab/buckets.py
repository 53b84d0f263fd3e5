"""Bucket keys: which findings are the same bug.

Crashes and hangs: the backend, the stage, the exception type, the normalized message and
the innermost frames of the traceback once wrapper frames (dynamo, eval_frame, functools,
contextlib, the lab's own) are dropped. Mismatches: the backend, the output dtype, and the
op that first diverges when the graph is localized (else the graph's op set).
"""

from __future__ import annotations

import hashlib
import re

from compiler_lab.normalize import normalize_message

_FRAME = re.compile(r'File "([^"]+)", line \d+, in (\S+)')
WRAPPER_PATTERNS = (
    "torch/_dynamo",
    "eval_frame",
    "functools",
    "contextlib",
    "compiler_lab/",
    "torch/_utils_internal",
    "torch/utils/_contextlib",
    "runpy",
    "threading",
)
TOP_FRAMES = 3


def top_frames(traceback: str, n: int = TOP_FRAMES) -> list[str]:
    """The innermost `n` non-wrapper frames as `file.py:function` (no line numbers)."""
    frames = []
    for path, func in _FRAME.findall(traceback):
        if any(p in path for p in WRAPPER_PATTERNS):
            continue
        frames.append(f"{path.rsplit('/', 1)[-1]}:{func}")
    return frames[-n:]


def _short(parts: list[str]) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:10]


def crash_key(backend: str, stage: str, exc_type: str, message: str, traceback: str) -> str:
    parts = [backend, stage, exc_type, normalize_message(message), *top_frames(traceback)]
    return f"{backend}:{stage}:{exc_type}:{_short(parts)}"


def mismatch_key(backend: str, dtype: str, culprit: str | None, ops: list[str]) -> str:
    """Keyed by the diverging op when localization found it, else by the op set."""
    what = culprit or "+".join(sorted(set(ops)))
    return f"{backend}:mismatch:{dtype}:{culprit or 'ops-' + _short([what])}"
