"""Canonical MLIR text: SSA values, block labels, affine-map and set aliases renumbered in
order of first appearance, the ordinal IREE puts in dispatch symbol names
(`main$async_dispatch_7_matmul...`) dropped, locations and comments removed; string
literals are left as they are. Two dispatches that differ only in names hash the same.

CANON_VERSION changes whenever the canonical form does, since stored hashes depend on it."""

from __future__ import annotations

import hashlib
import re

CANON_VERSION = 2

#: `(?<!\s)`: a match starts where its whitespace does, never again one character further
#: in (which made a long run of spaces quadratic)
_LOC = re.compile(r"(?<!\s)\s*loc\((?:[^()]|\([^()]*\))*\)")
#: a string literal, or a quote not closed on its line: the rest of that line is code, since
#: a scan from any later quote on it would end where this one did (rescanning was quadratic)
_STRING = re.compile(r'(?P<string>"(?:[^"\\\n]|\\.)*+")|"[^\n]*')
_COMMENT = re.compile(r"//[^\n]*")
_RENAMES = [
    (re.compile(r"%[A-Za-z_$.\-][\w$.\-]*|%\d+(?:#\d+)?"), "%v"),
    (re.compile(r"\^[A-Za-z_][\w$.\-]*|\^bb\d+"), "^bb"),
    (re.compile(r"#map\d*\b"), "#map"),
    (re.compile(r"#set\d*\b"), "#set"),
]
_DISPATCH_ORDINAL = re.compile(r"(_dispatch)_\d+")


def _split_strings(text: str) -> list[str]:
    """Code and string literals, alternating, starting and ending with code."""
    pieces: list[str] = []
    code = 0
    for m in _STRING.finditer(text):
        if m.group("string") is not None:
            pieces += [text[code : m.start()], m.group()]
            code = m.end()
    return [*pieces, text[code:]]


def canonicalize(text: str) -> str:
    text = _LOC.sub("", text)
    # odd pieces are string literals: comments, renames and ordinals apply outside them only
    pieces = _split_strings(text)
    code = pieces[0::2]
    code = [_COMMENT.sub("", c) for c in code]
    code = [_DISPATCH_ORDINAL.sub(r"\1", c) for c in code]
    for pattern, prefix in _RENAMES:
        names: dict[str, str] = {}

        def rename(m: re.Match[str], names: dict[str, str] = names, prefix: str = prefix) -> str:
            return names.setdefault(m.group(0), f"{prefix}{len(names)}")

        code = [pattern.sub(rename, c) for c in code]
    pieces[0::2] = code
    lines = [ln.rstrip() for ln in "".join(pieces).splitlines()]
    return "\n".join(ln for ln in lines if ln.strip())


def canonical_hash(text: str) -> str:
    return hashlib.sha256(canonicalize(text).encode()).hexdigest()
