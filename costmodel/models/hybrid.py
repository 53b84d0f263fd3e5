"""The hybrid: the transformer's reading of the text beside the features LightGBM reads.

A text model learns what the parser already knows (tile sizes, trip counts, vector bytes,
divisibility, FLOPs, bytes, the op histogram) only from thousands of examples, and LightGBM
cannot read what the features leave out. The hybrid gives its head both: the encoder's
[CLS] state, and LightGBM's own feature columns (`LightGBMModel`'s columns and design
matrix, the same implementation) through a small MLP. The features are put on a
comparable scale first: a signed log (FLOPs and bytes span twelve decades), then
standardized on the training rows, then clipped to ±CLIP.

A kind of its own rather than a transformer flag: it reads and saves more (features.json,
the columns and their scale), and its network has other weights, so a saved transformer
and a saved hybrid are never one another's. It is a transformer otherwise: the same
training, reading, pretraining (`pretrain_epochs`) and storage.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import torch
from torch import nn

from costmodel.dataset.levels import LEVELS
from costmodel.dataset.samples import Sample
from costmodel.models.base import ModelError, read_model_json
from costmodel.models.neural import TransformerModel, _Encoder
from costmodel.models.tabular import LightGBMModel

#: standardized features are clipped to ±CLIP (a value far outside the training rows' range
#: would otherwise swamp the head)
CLIP = 10.0
#: feature columns a loaded hybrid may have (LightGBM's: ~260)
MAX_COLUMNS = 10_000


class _HybridNet(_Encoder):
    """The transformer's encoder, with its head reading the [CLS] state and the features."""

    def __init__(self, vocab: int, targets: int, features: int, cfg: dict) -> None:
        super().__init__(vocab, targets, cfg)
        h = cfg["hidden"]
        self.features = nn.Sequential(nn.Linear(features, h), nn.ReLU(), nn.Linear(h, h),
                                      nn.ReLU())  # fmt: skip
        self.head = nn.Sequential(nn.Linear(2 * h, h), nn.ReLU(), nn.Linear(h, targets))

    def forward(self, ids, nums, mask, feats):
        text = self.hidden(ids, nums, mask)[:, 0]
        return self.head(torch.cat([text, self.features(feats)], -1))


def _signed_log(x: np.ndarray) -> np.ndarray:
    return np.sign(x) * np.log1p(np.abs(x))


class HybridModel(TransformerModel):
    kind = "hybrid"

    def __init__(self, config: dict | None = None) -> None:
        super().__init__(config)
        #: LightGBM's columns and design matrix (only those: it trains no boosters here)
        self.table = LightGBMModel()
        self.center = self.scale = np.zeros(0)

    def _net(self) -> nn.Module:
        width = len(self.table.columns) + len(LEVELS)
        return _HybridNet(len(self.vocab), len(self.targets), width, self.config)

    def _features(self, texts: list[str], levels: list[str]) -> torch.Tensor:
        x = (_signed_log(self.table._design(texts, levels)) - self.center) / self.scale
        return torch.tensor(np.clip(x, -CLIP, CLIP), dtype=torch.float32)

    def _inputs(self, texts: list[str], levels: list[str]) -> tuple[torch.Tensor, ...]:
        return (*self._batch(texts), self._features(texts, levels))

    def _fit(self, samples: list[Sample], y: np.ndarray, mask: np.ndarray) -> None:
        self.table._prepare(samples)
        measured = [s for s, m in zip(samples, mask, strict=True) if m.any()]
        x = _signed_log(self.table._design([s.text for s in measured], [s.level for s in measured]))
        self.center, spread = x.mean(0), x.std(0)
        self.scale = np.where(spread > 1e-6, spread, 1.0)
        super()._fit(samples, y, mask)

    def _save(self, root: Path) -> None:
        saved = {"columns": self.table.columns, "center": self.center.tolist(),
                 "scale": self.scale.tolist()}  # fmt: skip
        (root / "features.json").write_text(json.dumps(saved))
        super()._save(root)

    def _load(self, root: Path) -> None:
        saved = read_model_json(root, "features.json")
        columns = saved.get("columns") if isinstance(saved, dict) else None
        if (not isinstance(columns, list) or len(columns) > MAX_COLUMNS
                or not all(isinstance(c, str) for c in columns)):  # fmt: skip
            raise ModelError(f"{root / 'features.json'}: 'columns' is not a list of names")
        width = len(columns) + len(LEVELS)
        try:
            center, scale = (np.array(saved[k], dtype=float) for k in ("center", "scale"))
        except (TypeError, ValueError, KeyError):
            center = scale = np.zeros(0)
        if center.shape != (width,) or scale.shape != (width,) or not np.isfinite(center).all():
            raise ModelError(f"{root / 'features.json'}: not a finite center and scale per column")
        if not (np.isfinite(scale) & (scale > 0)).all():
            raise ModelError(f"{root / 'features.json'}: a scale that is not finite and > 0")
        self.table.columns, self.center, self.scale = columns, center, scale
        super()._load(root)
