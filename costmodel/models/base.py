"""The cost-model interface, in the spirit of TVM MetaSchedule's: `fit` on samples, `update`
with more samples (no retraining from scratch), `predict` texts to targets, `save` and
`load`. Every model is multi-target: it predicts each target it was trained on, and a
target it has never seen is absent from its predictions. Feature extraction and text
reading live apart (`costmodel.features`, `costmodel.text`).

Saved models are a directory: `model.json` (kind, version, targets, config) plus the
model's own files, in formats that hold no code: LightGBM text, safetensors, JSON.
"""

from __future__ import annotations

import json
import math
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from costmodel.dataset.samples import TARGETS, Sample, inverse, transform

FORMAT_VERSION = 1


class ModelError(ValueError):
    """A model directory that cannot be loaded, named with what is wrong."""


class CostModel(ABC):
    kind: ClassVar[str] = ""

    def __init__(self, config: dict[str, Any] | None = None) -> None:
        self.config = dict(config or {})
        self.targets: list[str] = []

    # ---- what subclasses implement, on transformed targets ------------------------------------
    @abstractmethod
    def _fit(self, samples: list[Sample], y: np.ndarray, mask: np.ndarray) -> None:
        """`y[i, j]`: transformed target j of sample i, valid where `mask[i, j]`."""

    @abstractmethod
    def _update(self, samples: list[Sample], y: np.ndarray, mask: np.ndarray) -> None: ...

    @abstractmethod
    def _predict(self, texts: list[str], levels: list[str]) -> np.ndarray:
        """Transformed predictions, one row per text, one column per target."""

    @abstractmethod
    def _save(self, root: Path) -> None: ...

    @abstractmethod
    def _load(self, root: Path) -> None: ...

    # ---- the interface --------------------------------------------------------------------------
    def _matrix(self, samples: list[Sample]) -> tuple[np.ndarray, np.ndarray]:
        y = np.zeros((len(samples), len(self.targets)))
        mask = np.zeros_like(y, dtype=bool)
        for i, s in enumerate(samples):
            for j, t in enumerate(self.targets):
                if _finite(s.targets.get(t)):
                    y[i, j] = transform(t, s.targets[t])
                    mask[i, j] = True
        return y, mask

    def fit(self, samples: list[Sample]) -> CostModel:
        if not samples:
            raise ValueError("no samples to fit")
        self.targets = [t for t in TARGETS if any(_finite(s.targets.get(t)) for s in samples)]
        if not self.targets:
            raise ModelError(f"no finite value of any target in {len(samples)} samples")
        self._fit(samples, *self._matrix(samples))
        return self

    def update(self, samples: list[Sample]) -> CostModel:
        """Learn from more samples, starting from what the model knows."""
        if not self.targets:
            return self.fit(samples)
        self._update(samples, *self._matrix(samples))
        return self

    def predict(self, texts: list[str], levels: list[str] | None = None) -> list[dict[str, float]]:
        levels = levels or ["dispatch"] * len(texts)
        raw = self._predict(texts, levels)
        return [
            {t: inverse(t, float(v)) for t, v in zip(self.targets, row, strict=True)} for row in raw
        ]

    def save(self, root: Path) -> Path:
        root.mkdir(parents=True, exist_ok=True)
        self._save(root)
        meta = {
            "kind": self.kind,
            "format": FORMAT_VERSION,
            "targets": self.targets,
            "units": {t: TARGETS[t] for t in self.targets},
            "config": self.config,
        }
        (root / "model.json").write_text(json.dumps(meta, indent=1) + "\n")
        return root


def _finite(value: Any) -> bool:
    """A NaN or infinite target teaches a model nothing (all-NaN latency once trained a
    model that said 1 s for everything): such values are left out, as if not measured."""
    return isinstance(value, (int, float)) and math.isfinite(value)


def read_meta(root: Path) -> dict[str, Any]:
    path = root / "model.json"
    if not path.is_file():
        raise ModelError(f"{root}: not a saved cost model (no model.json)")
    try:
        meta = json.loads(path.read_text())
    except json.JSONDecodeError as exc:
        raise ModelError(f"{path}: not valid JSON ({exc.msg})") from None
    if meta.get("format") != FORMAT_VERSION:
        raise ModelError(f"{path}: model format {meta.get('format')} (expected {FORMAT_VERSION})")
    return meta


def restore(cls: type[CostModel], root: Path, meta: dict[str, Any]) -> CostModel:
    model = cls(meta.get("config"))
    model.targets = list(meta["targets"])
    model._load(root)
    return model
