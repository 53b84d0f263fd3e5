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


def load(path: str | Path) -> dict[str, torch.Tensor]:
    """Load tensors saved by `save`; never unpickles."""
    with np.load(path, allow_pickle=False) as data:
        if _DTYPE_KEY not in data:
            raise ValueError(f"{path}: not a compiler_lab tensor file (no dtype table)")
        meta = json.loads(bytes(data[_DTYPE_KEY]).decode())
        return {name: from_numpy(data[name], meta[name]) for name in meta}
