"""Canonical MLIR text: SSA values, block labels, affine-map and symbol aliases renumbered in
order of first appearance, locations and comments dropped. Two dispatches that differ only
in names hash the same."""

from __future__ import annotations

import hashlib
import re

_LOC = re.compile(r"\s*loc\((?:[^()]|\([^()]*\))*\)")
_COMMENT = re.compile(r"//[^\n]*")
_RENAMES = [
    (re.compile(r"%[A-Za-z_$.\-][\w$.\-]*|%\d+(?:#\d+)?"), "%v"),
    (re.compile(r"\^[A-Za-z_][\w$.\-]*|\^bb\d+"), "^bb"),
    (re.compile(r"#map\d*\b"), "#map"),
    (re.compile(r"#set\d*\b"), "#set"),
]


def canonicalize(text: str) -> str:
    text = _LOC.sub("", text)
    text = _COMMENT.sub("", text)
    for pattern, prefix in _RENAMES:
        names: dict[str, str] = {}

        def rename(m: re.Match[str], names: dict[str, str] = names, prefix: str = prefix) -> str:
            return names.setdefault(m.group(0), f"{prefix}{len(names)}")

        text = pattern.sub(rename, text)
    lines = [ln.rstrip() for ln in text.splitlines()]
    return "\n".join(ln for ln in lines if ln.strip())


def canonical_hash(text: str) -> str:
    return hashlib.sha256(canonicalize(text).encode()).hexdigest()
