"""The files a text model is stored in, read as someone else's: norm.json (a finite mean and
std per target), vocab.json (the tokenizer's JSON) and weights.safetensors (whose header must
name exactly the tensors of the model its config builds), each checked before it is used."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from costmodel.models.base import ModelError, read_model_file, read_model_json
from costmodel.text.vocab import Vocab


def norm_file(root: Path, targets: int) -> tuple[np.ndarray, np.ndarray]:
    """norm.json's mean and std: finite, one per target, std > 0."""
    norm = read_model_json(root, "norm.json")
    try:
        mean, std = (np.array(norm[k], dtype=float) for k in ("mean", "std"))
    except (TypeError, ValueError, KeyError):
        mean = std = np.zeros(0)
    if mean.shape != (targets,) or std.shape != (targets,) or not np.isfinite(mean).all():
        raise ModelError(f"{root / 'norm.json'}: not a finite mean and std per target")
    if not (np.isfinite(std) & (std > 0)).all():
        raise ModelError(f"{root / 'norm.json'}: a std that is not finite and > 0")
    return mean, std


def weights_file(root: Path, shapes: dict[str, tuple[int, ...]]) -> Path:
    """The weights file, if its header names exactly the tensors of `shapes` (safetensors
    checks the header against the file's size; nothing is read but the header)."""
    from safetensors import SafetensorError, safe_open

    weights = root / "weights.safetensors"
    if not weights.is_file():
        raise ModelError(f"{root}: no weights.safetensors (or not a regular file)")
    try:
        with safe_open(str(weights), framework="pt") as f:
            found = {k: tuple(f.get_slice(k).get_shape()) for k in f.keys()}  # noqa: SIM118
    except (SafetensorError, OSError) as exc:
        raise ModelError(f"{weights}: not a safetensors file ({exc})") from None
    if found != shapes:
        name = sorted(set(found.items()) ^ set(shapes.items()))[0][0]
        raise ModelError(f"{weights}: tensor {name} is missing, extra or not of the config's shape")
    return weights


def vocab_file(root: Path) -> Vocab:
    """The tokenizer's vocabulary: tokenizers reports a bad file as a bare Exception."""
    from tokenizers import Tokenizer

    text = read_model_file(root, "vocab.json").decode("utf-8", errors="replace")
    try:
        return Vocab(Tokenizer.from_str(text))
    except Exception as exc:  # noqa: BLE001 (tokenizers raises only Exception)
        raise ModelError(f"{root / 'vocab.json'}: not a tokenizer vocabulary ({exc})") from None
