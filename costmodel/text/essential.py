"""What of a dispatch's text a text model reads: its body and its decisions, not the HAL
boilerplate around them. An IREE dispatch arrives as a `hal.executable` whose variant names
the target (the CPU's whole feature list) and whose export lists its bindings; the code, its
translation info and its lowering configs are in the inner `builtin.module`. Tokenized
whole, the boilerplate fills the first few hundred tokens, and a model reading 256 of them
sees little else.

Even the body puts the decisions late: the root op's lowering config sits at token ~500
(median, v4 configured rows), past a 256-token window, so the schedule variants of 109 of 119
workloads read the same. `decisions_first` copies each distinct lowering config into the
inner module's attributes (`clab.decisions`), where a model reads them first.
"""

from __future__ import annotations

import re

_INNER = "builtin.module {"
_CONFIG = re.compile(r"lowering_config = (#[\w.]+<)")


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


def decisions_first(text: str) -> str:
    """`essential(text)` with its distinct lowering configs, in order, also in the inner
    module's attributes: `builtin.module attributes {clab.decisions = [...]} {`. A text
    without lowering configs, or without an inner module, is `essential(text)`."""
    body = essential(text)
    if not body.startswith(_INNER):
        return body
    configs: list[str] = []
    for m in _CONFIG.finditer(body):
        end = _closing(body, m.end(1))
        if end > 0 and body[m.start(1) : end] not in configs:
            configs.append(body[m.start(1) : end])
    if not configs:
        return body
    head = f"builtin.module attributes {{clab.decisions = [{', '.join(configs)}]}} {{"
    return head + body[len(_INNER) :]


def _closing(text: str, i: int) -> int:
    """The index after the `>` that closes the `<` just before `i` (an arrow `->` is not a
    bracket); -1 when it is not closed."""
    depth = 1
    while i < len(text):
        c = text[i]
        if c == "<":
            depth += 1
        elif c == ">" and text[i - 1] != "-":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1
