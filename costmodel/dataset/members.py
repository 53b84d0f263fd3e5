"""JSON lines in gzip members, the dataset's file format, read with limits.

Each append is one gzip member, written and synced (`append_member`). Reading takes whole
members only: a damaged last member is a killed writer's and is left unread (and only a
writer cuts it, `cut_damaged_tail`, logging that it did); a damaged member with whole ones
after it is corruption, and the file is refused, never cut. Files must be regular (not
symlinks, FIFOs or devices), each inflates to at most `MAX_FILE_BYTES` with lines of at most
`MAX_LINE_BYTES`: a decompression bomb is a DatasetError, not a MemoryError.
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import os
import stat
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from compiler_lab.errors import LabError

#: what one data file may inflate to (a 6 MB .gz can hold 6 GB; parsed rows take ~10x the
#: bytes), sized to this machine; and one line (the largest shipped MLIR text is ~1 MB)
MAX_FILE_BYTES = max(256 << 20, os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // 64)
MAX_LINE_BYTES = 64 << 20

log = logging.getLogger(__name__)


class DatasetError(LabError, ValueError):
    """A dataset that cannot be read as one: names the file and what is wrong (a ValueError
    too, as the version check's was)."""


def all_records(path: Path) -> Iterator[Any]:
    """Every record of `path`, for rewriting it whole: a line that is not JSON stops it."""
    for line, obj in records(path):
        if obj is BAD:
            raise DatasetError(f"{path}: line {line} is not valid JSON")
        yield obj


def append_member(path: Path, lines: list[str]) -> None:
    """Append `lines` as one gzip member, synced to disk before returning."""
    data = gzip.compress("".join(line + "\n" for line in lines).encode())
    with open(path, "ab") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


_CHUNK = 1 << 16
_GZIP_MAGIC = b"\x1f\x8b\x08"
BAD = object()  # a line that is not JSON


def open_regular(path: Path) -> IO[bytes]:
    """`path` opened for reading, if it is a regular file (not a symlink, fifo or device)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as exc:
        why = "a symlink" if os.path.islink(path) else exc.strerror
        raise DatasetError(f"{path}: not a regular file ({why})") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise DatasetError(f"{path}: not a regular file")
    return os.fdopen(fd, "rb")


def _member(f: IO[bytes], start: int, budget: int, where: Path) -> tuple[int, bytes] | None:
    """(end offset, content) of the gzip member at `start`, or None if it is damaged (cut
    short, corrupt, failing its CRC). Inflating past `budget` bytes or a line past
    MAX_LINE_BYTES is refused: the file is a bomb, not a dataset."""
    f.seek(start)
    d = zlib.decompressobj(wbits=31)
    parts: list[bytes] = []
    size = run = 0  # bytes inflated; bytes since the last newline
    pos = start
    while not d.eof:
        buf = f.read(_CHUNK)
        if not buf:
            return None
        pos += len(buf)
        while buf and not d.eof:
            try:
                out = d.decompress(buf, _CHUNK)
            except zlib.error:
                return None
            buf = d.unconsumed_tail
            size += len(out)
            first, last = out.find(b"\n"), out.rfind(b"\n")
            longest = run + (len(out) if first < 0 else first)
            run = longest if first < 0 else len(out) - last - 1
            if longest > MAX_LINE_BYTES:
                raise DatasetError(
                    f"{where}: a line inflates past {MAX_LINE_BYTES >> 20} MiB (not a dataset)"
                )
            if size > budget:
                raise DatasetError(
                    f"{where}: inflates past {MAX_FILE_BYTES >> 20} MiB, the limit on this "
                    "machine (a decompression bomb, or a dataset too large to load)"
                )
            parts.append(out)
    return pos - len(d.unused_data), b"".join(parts)


def _whole_members(f: IO[bytes], where: Path) -> Iterator[tuple[int, bytes]]:
    """(end offset, content) of each whole member, in order, stopping before a damaged last
    one. A damaged member with a whole one after it is corruption, not a killed writer's
    tail: DatasetError."""
    size = os.fstat(f.fileno()).st_size
    pos, budget = 0, MAX_FILE_BYTES
    while pos < size:
        found = _member(f, pos, budget, where)
        if found is None:
            if _whole_member_after(f, pos, size, where):
                raise DatasetError(
                    f"{where}: damaged gzip member at byte {pos} with whole ones after it "
                    "(corrupt, not a cut-short append); restore it from a copy"
                )
            return
        end, content = found
        budget -= max(len(content), end - pos)  # many tiny members count as what they take
        pos = end
        yield pos, content


def _whole_member_after(f: IO[bytes], pos: int, size: int, where: Path) -> bool:
    """Whether a whole gzip member starts anywhere after `pos`."""
    at = pos + 1
    while at < size:
        f.seek(at)
        window = f.read(_CHUNK + len(_GZIP_MAGIC) - 1)
        hit = window.find(_GZIP_MAGIC)
        if hit < 0:
            at += _CHUNK
            continue
        if _member(f, at + hit, MAX_FILE_BYTES, where) is not None:
            return True
        at += hit + 1
    return False


def cut_damaged_tail(path: Path) -> None:
    """Truncate `path` after its last whole member: what a killed writer left half-written
    goes (logged), and later appends stay readable. Only ever a tail: see _whole_members."""
    if not os.path.lexists(path):
        return
    with open_regular(path) as f:
        good = max((end for end, _ in _whole_members(f, path)), default=0)
        size = os.fstat(f.fileno()).st_size
    if good < size:
        log.warning(
            "%s: cut a damaged last append (bytes %d-%d, left by a writer killed mid-append)",
            path,
            good,
            size,
        )
        with open(path, "r+b") as f:
            f.truncate(good)
            os.fsync(f.fileno())


def records(path: Path) -> Iterator[tuple[int, Any]]:
    """(line number, parsed JSON or BAD) of every line of every whole member; a damaged
    last member (a killed writer's) is left unread, and logged."""
    with open_regular(path) as f:
        end = line = 0
        for stop, content in _whole_members(f, path):
            end = stop
            for raw in io.BytesIO(content):
                line += 1
                if not raw.strip():
                    continue
                try:
                    yield line, json.loads(raw)
                except (ValueError, RecursionError):
                    yield line, BAD
        size = os.fstat(f.fileno()).st_size
    if end < size:
        log.warning(
            "%s: left out a damaged last append (bytes %d-%d, a killed writer's); the next "
            "`clab measure` into this dataset cuts it",
            path,
            end,
            size,
        )
