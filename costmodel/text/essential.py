"""What of a dispatch's text a text model reads: its body and its decisions, not the HAL
boilerplate around them. An IREE dispatch arrives as a `hal.executable` whose variant names
the target (the CPU's whole feature list) and whose export lists its bindings; the code, its
translation info and its lowering configs are in the inner `builtin.module`. Tokenized
whole, the boilerplate fills the first few hundred tokens, and a model reading 256 of them
sees little else.
"""

from __future__ import annotations

_INNER = "builtin.module {"


def essential(text: str) -> str:
    """The inner module of a `hal.executable` (its functions, with their decisions), or the
    text as it is when it has none."""
    if "hal.executable" not in text:
        return text
    start = text.find(_INNER)
    if start < 0:
        return text
    depth, i = 0, start + len(_INNER) - 1
    while i < len(text):
        c = text[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return text[start : i + 1]
        elif c == '"':  # a string literal may hold braces: skip it
            end = text.find('"', i + 1)
            while end > 0 and text[end - 1] == "\\":
                end = text.find('"', end + 1)
            if end < 0:
                return text
            i = end
        i += 1
    return text
