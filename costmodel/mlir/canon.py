"""Canonical MLIR text: SSA values, block labels, affine-map and set aliases renumbered in
order of first appearance, the ordinal IREE puts in dispatch symbol names
(`main$async_dispatch_7_matmul...`) dropped, locations and comments removed; string
literals are left as they are. Two dispatches that differ only in names hash the same.

CANON_VERSION changes whenever the canonical form does, since stored hashes depend on it.

The form is defined in steps: locations go (a `loc(` with its balanced body, and the
whitespace before it); then the text is split into string literals and code, a quote not
closed on its line leaving the rest of that line code (a scan from any later quote on it
would end where this one did); in code, comments go, then dispatch ordinals, then each
rename applies in turn. `canonicalize` computes that form in two passes of C regex code:
every location, then one scan of strings, comments, ordinals and names together (a comment
ends before a string that closes, so strings are found as the split finds them; a quote
that does not close has the rest of its line scanned without strings; a name's number is
counted without its ordinal, as the ordinal went first). Both take linear time."""

from __future__ import annotations

import hashlib
import re

CANON_VERSION = 2

_LOC = re.compile(r"loc\((?:[^()]++|\([^()]*+\))*+\)")
#: a string's characters after its opening quote
_STRING_REST = r'[^"\\\n]*+(?:\\.[^"\\\n]*+)*+"'
#: what code holds; each branch starts with its own character, so C code skips the others
_NAMES = (
    r"|_dispatch_\d+(?P<ordinal>)"
    r"|%(?P<value>[A-Za-z_$.\-][\w$.\-]*|\d+(?:#\d+)?)"
    r"|\^(?P<label>[A-Za-z_][\w$.\-]*|bb\d+)"
    r"|#(?:(?P<map>map\d*\b)|(?P<set>set\d*\b))"
)
#: a string; a quote that does not close (the rest of its line is code with no string in
#: it); a comment, to a string that closes (the rest of its line once a quote does not)
_CODE = re.compile(
    rf'"(?:(?P<string>{_STRING_REST})|(?P<open>[^\n]*))'
    rf'|//[^\n"]*+(?:"(?!{_STRING_REST})[^\n]*)?' + _NAMES
)
_CODE_WITHOUT_STRINGS = re.compile(r"//[^\n]*" + _NAMES)
_DISPATCH_ORDINAL = re.compile(r"(_dispatch)_\d+")
_PREFIXES = {"value": "%v", "label": "^bb", "map": "#map", "set": "#set"}


def _without_locations(text: str) -> str:
    """`text` without its locations, each with the whitespace before it."""
    pieces, done = [], 0
    for m in _LOC.finditer(text):
        kept = text[done : m.start()]
        pieces.append(kept.rstrip() if kept[-1:].isspace() else kept)
        done = m.end()
    return "".join([*pieces, text[done:]]) if pieces else text


def canonicalize(text: str) -> str:
    names: dict[str, dict[str, str]] = {kind: {} for kind in _PREFIXES}

    def rewrite(m: re.Match[str]) -> str:
        kind = m.lastgroup
        if kind == "string":
            return m.group()
        if kind == "open":
            return '"' + _CODE_WITHOUT_STRINGS.sub(rewrite, m.group("open"))
        if kind is None:  # a comment
            return ""
        if kind == "ordinal":
            return "_dispatch"
        name = m.group()
        if "_dispatch_" in name:
            name = _DISPATCH_ORDINAL.sub(r"\1", name)
        seen = names[kind]
        return seen.setdefault(name, f"{_PREFIXES[kind]}{len(seen)}")

    code = _CODE.sub(rewrite, _without_locations(text))
    return "\n".join(filter(None, (ln.rstrip() for ln in code.splitlines())))


def canonical_hash(text: str) -> str:
    return hashlib.sha256(canonicalize(text).encode()).hexdigest()
