"""Bucket keys: which findings are the same bug.

Crashes and hangs: the backend, the stage, the exception type, the key line of the message
and the innermost frames of the traceback once wrapper frames (dynamo, eval_frame,
functools, contextlib, the lab's own) are dropped. The key line is a compiler's first
`error:` line where it printed one (a g++ or MLIR diagnostic), else the first line; it is
normalized so that the same bug reads the same whatever the graph: numbers, shapes, paths,
hashes, generated names (`arg0_1`, `buf3`, `v12`) and dtypes (`Float`, `f32`) are stripped.
Mismatches: the backend, the kind of error (value, nan-inf, exact, shape, ...) and the op
to blame when the graph is localized (findings.culprit; else the op producing the wrong
output), never the dtype: one wrong lowering seen in float32 and in bool graphs is one
bucket.
Each finding kind picks its key (findings.kinds); these are the lab's building blocks.
"""

from __future__ import annotations

import hashlib
import re

from compiler_lab.findings.normalize import normalize_message

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


_DTYPE_WORDS = (
    r"\b(?:torch\.)?(?:u?int(?:8|16|32|64)|float(?:16|32|64)|bfloat16|complex(?:32|64|128)|bool"
    r"|Float|Double|Half|BFloat16|Long|Int|Short|Char|Byte|Bool|ComplexFloat|ComplexDouble"
    r"|ComplexHalf|UInt16|UInt32|UInt64)\b"
)
_KEY_NORMALIZERS = [
    (re.compile(r"(?:~|\.{0,2})?(?:/[\w.@+\-]+){2,}/?"), "PATH"),
    # hashes and generated file names: long tokens mixing letters and digits
    (re.compile(r"\b(?=[0-9a-z]*\d)(?=[0-9a-z]*[a-z])[0-9a-z]{10,}\b"), "ID"),
    (re.compile(_DTYPE_WORDS), "DTYPE"),
    # C++ scalar types in g++ diagnostics: fixed-width ones anywhere, the plain C ones as
    # template or call arguments (VecMask<int, 1>&, min_masked_reduce(float, bool))
    (
        re.compile(r"\b(?:c10::)?(?:float|double|half|Half|BFloat16|u?int(?:8|16|32|64)_t)\b"),
        "DTYPE",
    ),
    (
        re.compile(r"\b(?:(?:un)?signed )?(?:int|long|short|char|bool)\b(?=\s*[,>&*)])"),
        "DTYPE",
    ),
    # MLIR element types: i1, f32, and the same after a shape (tensor<4xf32>)
    (re.compile(r"(?<=[\dx<])(?:[su]?i|ui|f|bf)\d+\b|\b(?:[su]?i|ui|f|bf)\d+\b"), "DTYPE"),
]


def key_line(message: str) -> str:
    """The line of a failure message that says what broke: a compiler's first `error:`
    line if there is one, else the first non-empty line."""
    lines = [ln.strip() for ln in message.strip().splitlines() if ln.strip()]
    errors = [ln for ln in lines if "error:" in ln]
    return (errors or lines or [""])[0]


def key_message(message: str) -> str:
    """`key_line`, normalized so renamed values, other paths or dtypes do not change it."""
    text = key_line(message)
    for pattern, repl in _KEY_NORMALIZERS:
        text = pattern.sub(repl, text)
    return normalize_message(text)


def crash_key(backend: str, stage: str, exc_type: str, message: str, traceback: str) -> str:
    parts = [backend, stage, exc_type, key_message(message), *top_frames(traceback)]
    return f"{backend}:{stage}:{exc_type}:{_short(parts)}"


def mismatch_key(backend: str, kind: str, op: str) -> str:
    """Keyed by the kind of error and an op: the mismatch's culprit when localization found
    it (findings.culprit), else the one producing the wrong output. Never the op set: a
    reduction that removes other ops must stay in its bucket."""
    return f"{backend}:mismatch:{kind or 'value'}:{op}"


def reduced_signature(backend: str, what: str, ops: list[str]) -> str:
    """What a reduced reproducer is, for merging buckets: the backend, the stage of a crash
    (or the kind of a mismatch) and the ops left. Two buckets that reduce to the same one
    are one root cause seen through different graphs."""
    return f"{backend}|{what}|{'+'.join(sorted(ops))}"


def decision_suffix(backend: str, options: dict) -> str:
    """`@<decisions>` for a finding under compiler decisions its options force (an IREE
    schedule variant), so it is a bucket of its own, apart from the default's; else ""."""
    if not options:
        return ""
    from compiler_lab.backends import REGISTRY

    named = REGISTRY[backend].decision(options)
    return f"@{named}" if named else ""
