"""JSON text from files and requests the lab did not write: parsed, or one line on why not.

`json.loads` fails in more ways than `JSONDecodeError`: bytes that are not UTF-8, nesting
deeper than the recursion limit, and an integer longer than Python's 4,300-digit limit on
int-from-str conversion (a plain ValueError). Each becomes the caller's error class.
"""

from __future__ import annotations

import json
from typing import Any

from compiler_lab.errors import LabError


def loads(text: str | bytes, where: str, error: type[Exception] = LabError) -> Any:
    """The JSON value in `text`; any malformed text raises `error` naming `where`."""
    try:
        return json.loads(text.decode("utf-8") if isinstance(text, bytes) else text)
    except UnicodeDecodeError:
        raise error(f"{where}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise error(f"{where}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    except RecursionError:
        raise error(f"{where}: JSON nested too deeply") from None
    except ValueError:  # only the int-from-str digit limit is left
        raise error(f"{where}: a JSON number has too many digits") from None
