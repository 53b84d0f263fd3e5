"""Failures as values: where a compiler broke, with what, and why.

Stages: dynamo, aot, inductor-lower, cpp-compile, runtime, fx-import, mlir-pass:<pass>,
mlir-jit, iree-compile, iree-run, timeout, signal:<name>, oom, eager (the reference itself).
"""

from __future__ import annotations

import re
import traceback as tb
from dataclasses import asdict, dataclass
from typing import Any

_OOM_PATTERNS = (
    "can't allocate memory",
    "out of memory",
    "std::bad_alloc",
    "cannot allocate memory",
)


@dataclass(frozen=True)
class Failure:
    stage: str
    exc_type: str
    message: str
    traceback: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Failure:
        return cls(
            stage=str(data["stage"]),
            exc_type=str(data["exc_type"]),
            message=str(data["message"]),
            traceback=str(data.get("traceback", "")),
        )

    def summary(self, width: int = 160) -> str:
        first = self.message.strip().splitlines()[0] if self.message.strip() else ""
        text = f"{self.stage}: {self.exc_type}: {first}"
        return text if len(text) <= width else text[: width - 1] + "…"


def exception_chain(exc: BaseException) -> list[BaseException]:
    """The exception and everything it wraps (cause, context, torch's inner_exception)."""
    chain: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        cur = todo.pop(0)
        if cur is None or any(cur is seen for seen in chain):
            continue
        chain.append(cur)
        todo += [getattr(cur, "inner_exception", None), cur.__cause__, cur.__context__]
    return chain


def chain_names(exc: BaseException) -> list[str]:
    return [type(e).__name__ for e in exception_chain(exc)]


def is_oom(exc: BaseException) -> bool:
    for e in exception_chain(exc):
        if isinstance(e, MemoryError):
            return True
        text = str(e).lower()
        if any(p in text for p in _OOM_PATTERNS):
            return True
    return False


def from_exception(exc: BaseException, stage: str) -> Failure:
    """A Failure for `exc`, reported at `stage` (or `oom` when memory ran out)."""
    message = clean(str(exc)) or type(exc).__name__
    return Failure(
        stage="oom" if is_oom(exc) else stage,
        exc_type=type(exc).__name__,
        message=message[:20000],
        traceback="".join(tb.format_exception(exc))[-20000:],
    )


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def clean(text: str) -> str:
    """Strip terminal colour codes that some compilers put in their messages."""
    return _ANSI.sub("", text)
