"""`python -m compiler_lab.backends.xla_compile [--compile-options NAME] MODULE.mlir`: XLA's
CPU compile of one StableHLO module, alone, in a fresh process (the jaxlib wheel ships no
command-line tool for it): the MLIR reproducer's command for a failure in `xla-compile`.
Exit 0 when it compiles; 1 with `error: <XLA's message>` when XLA refuses it; a crash
kills the process with its signal."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

#: the most of a module this reads: a reproducer's module is a test's, not a model's
MAX_BYTES = 64 << 20


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m compiler_lab.backends.xla_compile")
    ap.add_argument("module", type=Path, help="a StableHLO module (text)")
    ap.add_argument("--compile-options", default=None, help="an xla.OPTION_SETS name")
    args = ap.parse_args(argv)
    from compiler_lab.backends.xla import OPTION_SETS, _client, compile_options

    if args.compile_options is not None and args.compile_options not in OPTION_SETS:
        print(f"error: unknown compile options {args.compile_options!r}", file=sys.stderr)
        return 2
    try:
        with args.module.open("rb") as f:
            text = f.read(MAX_BYTES + 1).decode()
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: cannot read {args.module}: {exc}", file=sys.stderr)
        return 2
    if len(text) > MAX_BYTES:
        print(f"error: {args.module} is larger than {MAX_BYTES} bytes", file=sys.stderr)
        return 2
    cpu = _client()
    try:
        cpu.compile_and_load(text, cpu.devices()[:1], compile_options(args.compile_options))
    except Exception as exc:  # XLA's refusal, whatever its type: the reproducer's finding
        first = next((ln.strip() for ln in str(exc).splitlines() if ln.strip()), repr(exc))
        print(f"error: {first}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
