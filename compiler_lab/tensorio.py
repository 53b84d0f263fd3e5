"""Tensors to and from `.npz` files, with no pickle and with dtypes numpy lacks (bfloat16).

Each array is stored under its name; its torch dtype goes in a `__dtypes__` JSON entry, so
bfloat16 can travel as raw uint16 bits and come back exactly.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import torch

from compiler_lab import dtypes

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


def load(path: str | Path, max_elements: int = MAX_ELEMENTS) -> dict[str, torch.Tensor]:
    """Load tensors saved by `save`; never unpickles, and checks the arrays' declared shapes
    against `max_elements` before reading any of them (ValueError when over)."""
    with np.load(path, allow_pickle=False) as data:
        if _DTYPE_KEY not in data:
            raise ValueError(f"{path}: not a compiler_lab tensor file (no dtype table)")
        meta = json.loads(bytes(data[_DTYPE_KEY]).decode())
        if not isinstance(meta, dict) or not all(n in data for n in meta):
            raise ValueError(f"{path}: its dtype table names arrays it does not hold")
        total = sum(_elements(data, name) for name in meta)
        if total > max_elements:
            raise ValueError(f"{path}: {total} elements, over the limit of {max_elements}")
        return {name: from_numpy(data[name], meta[name]) for name in meta}


def _elements(data: np.lib.npyio.NpzFile, name: str) -> int:
    """An array's element count, from its header alone."""
    with data.zip.open(f"{name}.npy") as f:
        major, _ = np.lib.format.read_magic(f)
        read = (
            np.lib.format.read_array_header_1_0
            if major == 1
            else np.lib.format.read_array_header_2_0
        )
        shape, _, _ = read(f)
    return int(np.prod(shape, dtype=np.int64)) if shape else 1
