"""Files the lab writes into, and reads from, folders someone else may have prepared (a case
directory, a store's blobs and cases): a link planted there is never followed on write, and
a read takes only a regular file of bounded size."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from compiler_lab.errors import LabError


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A fresh temp path in `path`'s folder to write; once written it is renamed over `path`.
    The rename replaces a symlink planted at `path` instead of writing through it, and a
    folder that is itself a link (out of the case) is refused."""
    folder = path.parent
    if folder.is_symlink():
        raise LabError(f"{folder}: is a symbolic link; the lab writes only into real folders")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.")
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_file(path: Path, data: str | bytes) -> None:
    """Write `data` to `path` (see `replacing`): never through a link at `path`."""
    with replacing(path) as tmp:
        if isinstance(data, str):
            tmp.write_text(data)
        else:
            tmp.write_bytes(data)


def read_file(path: Path, limit: int) -> bytes:
    """The bytes of `path`, which must be a regular file of at most `limit` bytes (a device
    such as /dev/zero, a FIFO or a huge file is a LabError naming it, never read). A missing
    file raises FileNotFoundError: the caller knows what its absence means."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a FIFO's open must not block
    except OSError as exc:
        if isinstance(exc, FileNotFoundError):
            raise
        raise LabError(f"{path}: unreadable ({exc.strerror})") from None
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise LabError(f"{path}: not a regular file")
        if st.st_size > limit:
            raise LabError(f"{path}: {st.st_size} bytes, over the limit of {limit}")
        data = f.read(limit + 1)
    if len(data) > limit:  # grew while read
        raise LabError(f"{path}: over the limit of {limit} bytes")
    return data
