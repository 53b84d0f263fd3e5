"""Content-addressed blobs next to a store: `<store>.blobs/<sha256[:2]>/<sha256>`."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from pathlib import Path

from compiler_lab.safe_files import read_file
from compiler_lab.storage.schema import StoreError

#: the largest blob read back (a graph's JSON is capped at 64 MiB; a blob is one graph)
MAX_BLOB_BYTES = 64 << 20
_DIGEST = re.compile(r"[0-9a-f]{64}")


class Blobs:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, digest: str) -> Path:
        """Where blob `digest` lives; a name from a store that is not a sha256 (`/dev/zero`,
        `../x`) is a StoreError, so no row can point the lab outside the blob folder."""
        if not isinstance(digest, str) or not _DIGEST.fullmatch(digest):
            raise StoreError(f"{self.root}: {str(digest)[:80]!r}: not a blob name (a sha256)")
        return self.root / digest[:2] / digest

    def put(self, data: bytes) -> str:
        """Store `data` under its hash: written to a temp file of its own, synced, then
        renamed, so a crash or a second writer never leaves a half blob under the name. A blob
        folder that is a link (a store from someone else pointing the lab's writes elsewhere)
        is refused."""
        digest = hashlib.sha256(data).hexdigest()
        path = self.path(digest)
        for folder in (self.root, path.parent):
            if folder.is_symlink():
                raise StoreError(f"{folder}: is a symbolic link, not the store's blob folder")
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{digest[:8]}-")
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(tmp, path)
            except BaseException:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp)
                raise
        return digest

    def get(self, digest: str) -> bytes:
        """The blob `digest`, checked against its hash (StoreError if missing or damaged); only
        a regular file of at most MAX_BLOB_BYTES is read."""
        path = self.path(digest)
        try:
            data = read_file(path, MAX_BLOB_BYTES)
        except FileNotFoundError:
            raise StoreError(f"{path}: blob missing from the store") from None
        if hashlib.sha256(data).hexdigest() != digest:
            raise StoreError(f"{path}: blob damaged (its content does not match its hash)")
        return data
