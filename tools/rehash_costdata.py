"""Bring a cost dataset written with an older canonical MLIR form to the current one,
keeping every row. Usage: python tools/rehash_costdata.py DIR [DIR ...]"""

from __future__ import annotations

import sys
from pathlib import Path

from costmodel.dataset.dataset import rehash


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    for d in argv:
        try:
            print(d, rehash(Path(d)))
        except (OSError, ValueError) as exc:
            print(f"error: {d}: {exc}", file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
