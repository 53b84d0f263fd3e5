"""Content-addressed blobs next to a store: `<store>.blobs/<sha256[:2]>/<sha256>`."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path

from compiler_lab.store_schema import StoreError


class Blobs:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, digest: str) -> Path:
        return self.root / digest[:2] / digest

    def put(self, data: bytes) -> str:
        """Store `data` under its hash: written to a temp file of its own, synced, then
        renamed, so a crash or a second writer never leaves a half blob under the name."""
        digest = hashlib.sha256(data).hexdigest()
        path = self.path(digest)
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
        """The blob `digest`, checked against its hash (StoreError if missing or damaged)."""
        path = self.path(digest)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise StoreError(f"{path}: blob missing from the store") from None
        if hashlib.sha256(data).hexdigest() != digest:
            raise StoreError(f"{path}: blob damaged (its content does not match its hash)")
        return data
