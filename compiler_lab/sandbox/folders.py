"""The folders sandbox workers run in: each worker claims one no live process holds (an
flock), swept of what an ended process left, and keeps Inductor's precompiled header."""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
from pathlib import Path


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


#: what a claimed folder keeps from its last user: Inductor's precompiled header (a
#: ~150 MB build, under `$TMPDIR/torchinductor_*`) and the lock
_KEPT = ("torchinductor_", ".lock")


def claim(root: Path, slot: int) -> tuple[Path, int]:
    """The first folder `w<k>` (k = slot, slot + 64, ...) under `root` that no live process
    holds: its lock is taken (an flock, dropped when the process dies) and what a
    process that ended left in it is swept, but for the precompiled header."""
    k = slot
    while True:
        path = root / f"w{k}"
        path.mkdir(parents=True, exist_ok=True)
        fd = os.open(path / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            k += 64
            continue
        for stale in path.iterdir():
            if not stale.name.startswith(_KEPT):
                if stale.is_dir() and not stale.is_symlink():
                    shutil.rmtree(stale, ignore_errors=True)
                else:
                    with contextlib.suppress(OSError):
                        stale.unlink()
        return path, fd
