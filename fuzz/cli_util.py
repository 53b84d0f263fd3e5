"""Small parsing helpers shared by the fuzzer's commands."""

from __future__ import annotations

import re

from compiler_lab.errors import LabError

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """Seconds in `90`, `90s`, `20m`, `8h`, `1d`."""
    m = _DURATION.match(text)
    if not m:
        raise LabError(f"bad duration {text!r} (expected e.g. 90s, 20m, 8h)")
    return float(m.group(1)) * _UNITS[m.group(2)]
