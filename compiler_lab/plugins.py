"""What other packages add to the lab through entry points: command groups
(`clab.commands`), finding kinds (`clab.kinds`) and oracles (`clab.oracles`). The lab names
no package above it; each registers itself in its own pyproject.toml."""

from __future__ import annotations

import logging
from collections.abc import Callable
from importlib import metadata
from typing import Any

log = logging.getLogger(__name__)


def load(group: str, on_error: Callable[[str, Exception], None] | None = None) -> list[Any]:
    """The objects registered in entry-point `group`, as (name, object) pairs. One that
    fails to load is left out, and reported to `on_error` (else logged): a broken plug-in
    must not take the lab down."""
    found = []
    for ep in metadata.entry_points(group=group):
        try:
            found.append((ep.name, ep.load()))
        except Exception as exc:
            if on_error is None:
                log.warning("%s plug-in %r unavailable: %s", group, ep.name, exc)
            else:
                on_error(ep.name, exc)
    return found
