"""Normalizing exception messages so that the same failure reads the same every time:
numbers, shapes, addresses and paths stripped. Used for bucketing and trace records."""

from __future__ import annotations

import re

_NORMALIZERS = [
    (re.compile(r"0x[0-9a-fA-F]+"), "ADDR"),
    (re.compile(r"(/[\w.\-]+)+\.(py|cpp|h|hpp|so|mlir|c|cc)(:\d+)*"), "PATH"),
    (re.compile(r"/tmp/[\w./\-]+"), "PATH"),
    (re.compile(r"\[[\d,\s\-]*\]"), "[*]"),
    (re.compile(r"\(\s*[\d,\s\-]*\)"), "(*)"),
    (re.compile(r"-?\d+(\.\d+)?(e[+-]?\d+)?"), "N"),
    (re.compile(r"\s+"), " "),
]


def normalize_message(message: str, limit: int = 240) -> str:
    """First meaningful line, with numbers, shapes, addresses and paths stripped."""
    lines = [ln.strip() for ln in message.strip().splitlines() if ln.strip()]
    text = lines[0] if lines else ""
    for pattern, repl in _NORMALIZERS:
        text = pattern.sub(repl, text)
    return text.strip()[:limit]
