"""Tensors to and from `.npz` files, with no pickle and with dtypes numpy lacks (bfloat16).

Each array is stored under its name; its torch dtype goes in a `__dtypes__` JSON entry, so
bfloat16 can travel as raw uint16 bits and come back exactly.
"""

from __future__ import annotations

import json
import math
import zipfile
import zlib
from pathlib import Path

import numpy as np
import torch

from compiler_lab import jsontext
from compiler_lab.ir import dtypes

_DTYPE_KEY = "__dtypes__"


def to_numpy(t: torch.Tensor) -> np.ndarray:
    # conj() and neg views carry a lazy bit that numpy cannot see: materialize it
    t = t.detach().cpu().resolve_conj().resolve_neg().contiguous()
    if t.dtype == torch.bfloat16:
        return t.view(torch.int16).numpy().view(np.uint16)
    return t.numpy()


def from_numpy(a: np.ndarray, dtype_name: str) -> torch.Tensor:
    a = np.array(a, order="C", copy=True)  # keeps 0-d arrays 0-d, unlike ascontiguousarray
    if dtype_name == "bfloat16":
        return torch.from_numpy(a.view(np.int16)).view(torch.bfloat16)
    return torch.from_numpy(a).to(dtypes.to_torch(dtype_name))


def save(path: str | Path, tensors: dict[str, torch.Tensor]) -> None:
    meta = {name: dtypes.name_of(t.dtype) for name, t in tensors.items()}
    arrays = {name: to_numpy(t) for name, t in tensors.items()}
    arrays[_DTYPE_KEY] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
    with open(path, "wb") as f:
        np.savez(f, **arrays)


#: the most elements one file may hold (a compressed file from elsewhere can expand hugely)
MAX_ELEMENTS = 1 << 30
#: the largest dtype table: a name and a dtype name per array
MAX_TABLE_BYTES = 1 << 20
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


def load(path: str | Path, max_elements: int = MAX_ELEMENTS) -> dict[str, torch.Tensor]:
    """Load tensors saved by `save` (ValueError when the file is not such a file or is over
    `max_elements`). A file from elsewhere is read with limits: a regular `.npz` file only,
    never unpickled, the dtype table's declared size checked before it is inflated, and
    each array's header (shape and dtype) checked before any array is read."""
    if not Path(path).is_file():
        raise ValueError(f"{path}: not a regular file")
    with open(path, "rb") as f:
        if f.read(4) not in _ZIP_MAGIC:  # np.load would read a bare .npy whole
            raise ValueError(f"{path}: not an .npz file")
        f.seek(0)
        try:
            with np.load(f, allow_pickle=False) as data:
                return _read(data, str(path), max_elements)
        except (zipfile.BadZipFile, zlib.error, KeyError, EOFError, OSError, RuntimeError) as exc:
            # RuntimeError: an encrypted member; OSError: an offset before the file's start
            raise ValueError(f"{path}: a damaged .npz file ({type(exc).__name__})") from None


def _read(data: np.lib.npyio.NpzFile, where: str, max_elements: int) -> dict[str, torch.Tensor]:
    if _DTYPE_KEY not in data:
        raise ValueError(f"{where}: not a compiler_lab tensor file (no dtype table)")
    if data.zip.getinfo(f"{_DTYPE_KEY}.npy").file_size > MAX_TABLE_BYTES:
        raise ValueError(f"{where}: its dtype table is over {MAX_TABLE_BYTES >> 20} MiB")
    meta = jsontext.loads(bytes(data[_DTYPE_KEY]), f"{where} dtype table", ValueError)
    if not isinstance(meta, dict) or not all(n in data for n in meta):
        raise ValueError(f"{where}: its dtype table names arrays it does not hold")
    shapes = [_shape(data, name, dtype, where) for name, dtype in meta.items()]
    total = sum(math.prod(shape) for shape in shapes)
    if total > max_elements:
        raise ValueError(f"{where}: {total} elements, over the limit of {max_elements}")
    if any(d > max_elements for shape in shapes for d in shape):  # beside a 0: overflows numpy
        raise ValueError(f"{where}: an array dimension over the limit of {max_elements}")
    return {name: from_numpy(data[name], meta[name]) for name in meta}


def _shape(data: np.lib.npyio.NpzFile, name: str, dtype: object, where: str) -> tuple[int, ...]:
    """An array's shape, from its header alone, once its dtype is the one `save` writes
    for the table's `dtype`."""
    with data.zip.open(f"{name}.npy") as f:
        major, _ = np.lib.format.read_magic(f)
        read = (
            np.lib.format.read_array_header_1_0
            if major == 1
            else np.lib.format.read_array_header_2_0
        )
        shape, _, stored = read(f)
    if dtype not in dtypes.DTYPES or stored != _numpy_dtype(str(dtype)):
        raise ValueError(f"{where}: array {name[:40]!r} holds {stored}, not {str(dtype)[:40]}")
    return shape


def _numpy_dtype(name: str) -> np.dtype:
    """The numpy dtype `save` writes a tensor of the graph dtype `name` as."""
    return to_numpy(torch.empty(0, dtype=dtypes.to_torch(name))).dtype
