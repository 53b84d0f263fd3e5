"""The kinds of findings where a compiler broke: a crash (an exception, a signal, running
out of memory) and a hang (no answer before the timeout). Both carry a Failure, keyed by
its stage, exception type, message and innermost frames (see buckets.crash_key)."""

from __future__ import annotations

import re
import sys
import sysconfig
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from compiler_lab.findings.buckets import crash_key, decision_suffix, key_line, key_message
from compiler_lab.findings.kinds import FindingKind
from compiler_lab.sandbox.pool import default_cache_dir

if TYPE_CHECKING:
    from compiler_lab.execution.lab import Verdict

#: error lines shown from a compiler's output
ERROR_LINES = 5
#: the fewest words a compiler's error line needs to stand for one root cause across backends
CAUSE_WORDS = 4
#: a diagnostic's location before its `error:`, as a normalized key line has it
_LOCATION = re.compile(r"^(?:(?:<[\w-]+>|PATH|[\w./-]+):N(?::N)?|loc\([^)]*\)): (?=error:)")
#: the libm function a link could not resolve: one missing runtime, whatever it is called
_SYMBOL = re.compile(r"(undefined symbol: )\S+")
_ABS_PATH = re.compile(r"(?<![\w.])/(?:[\w.@+\-]+/)+([\w.@+\-]+)")


def elide_paths(text: str) -> str:
    """Local paths made relative to what a reader has too (site-packages, the lab's cache,
    home), and any other absolute path cut to its file name."""
    roots = [
        (sysconfig.get_paths()["purelib"], "<site-packages>"),
        (str(default_cache_dir()), "<cache>"),
        (sys.prefix, "<venv>"),
        (str(Path.home()), "~"),
    ]
    for root, label in roots:
        text = text.replace(root, label)
    return _ABS_PATH.sub(lambda m: f".../{m.group(1)}", text)


def error_lines(message: str, limit: int = ERROR_LINES) -> list[str]:
    """The compiler's first `error:` lines, or the message's first line."""
    lines = [ln.rstrip() for ln in message.splitlines() if "error:" in ln]
    return [elide_paths(ln.strip()) for ln in lines[:limit]] or [elide_paths(key_line(message))]


class CompilerFailure(FindingKind):
    """A finding with a Failure: where the compiler broke, with what, and why."""

    def bucket_key(self, v: Verdict, culprit: str | None) -> str | None:
        if v.failure is None:
            return None
        f = v.failure
        key = crash_key(v.backend, f.stage, f.exc_type, f.message, f.traceback)
        return key + decision_suffix(v.backend, v.options)

    def cause(self, bucket: Mapping[str, Any]) -> str:
        """The compiler's normalized first error line (a signal, an exit or a timeout says
        too little to merge on); a link's unresolved symbol is not named (IREE's CPU target
        missing log10f, cos and tanh is one cause)."""
        if (bucket["stage"] or "").startswith(("signal:", "exit:", "timeout", "oom")):
            return ""
        line = _SYMBOL.sub(r"\1SYMBOL", key_message(bucket["message"] or ""))
        return line if len(line.split()) >= CAUSE_WORDS else ""

    def headline(self, bucket: Mapping[str, Any]) -> str:
        """The backend, stage and exception type, and the compiler's first error line with
        names, numbers and paths normalized (what the bug key is built from)."""
        what = key_message(bucket["message"] or "") or bucket["exc_type"] or ""
        what = _LOCATION.sub("", what)  # `<stdin>:N:N: error: ...` says nothing of the bug
        return f"{bucket['backend']} {bucket['stage']}: {bucket['exc_type']}: {what[:140]}"

    def report(self, verdict: dict[str, Any], ops: list[str]) -> tuple[str, str]:
        failure = verdict.get("failure") or {}
        errors = error_lines(failure.get("message") or "")
        title = (
            f"[{verdict['backend']}] {failure.get('exc_type', verdict['verdict'])} in "
            f"{failure.get('stage', verdict.get('stage', ''))}: {errors[0][:80]}"
        )
        what = (
            f"Expected: the graph compiles and runs like eager.\n\nActual: "
            f"{verdict['verdict']} at stage `{failure.get('stage', '')}`\n\n```\n"
            + "\n".join(errors)
            + "\n```"
        )
        return title, what


class Crash(CompilerFailure):
    name: ClassVar[str] = "crash"
    color: ClassVar[str] = "bold red"


class Hang(CompilerFailure):
    name: ClassVar[str] = "hang"
    color: ClassVar[str] = "bold yellow"


CRASH = Crash()
HANG = Hang()
