"""JSON text from files and requests the lab did not write: parsed, or one line on why not.

`json.loads` fails in more ways than `JSONDecodeError`: bytes that are not UTF-8, nesting
deeper than the recursion limit, and an integer longer than Python's 4,300-digit limit on
int-from-str conversion (a plain ValueError). Each becomes the caller's error class.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from compiler_lab.errors import LabError


def loads(text: str | bytes, where: str, error: type[Exception] = LabError) -> Any:
    """The JSON value in `text`; any malformed text raises `error` naming `where`."""
    try:
        text = text.decode("utf-8") if isinstance(text, bytes) else text
    except UnicodeDecodeError:
        raise error(f"{where}: not UTF-8 text") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(f"{where}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    except RecursionError:
        raise error(f"{where}: JSON nested too deeply") from None
    except ValueError:  # only the int-from-str digit limit is left
        limit = sys.get_int_max_str_digits()
        found = re.search(rf"\d{{{limit + 1}}}", text)
        line = text.count("\n", 0, found.start()) + 1 if found else "?"
        raise error(f"{where}: an integer of over {limit} digits at line {line}") from None
