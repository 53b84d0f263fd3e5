"""The cost-model interface, in the spirit of TVM MetaSchedule's: `fit` on samples, `update`
with more samples (no retraining from scratch), `predict` texts to targets, `save` and
`load`. Every model is multi-target: it predicts each target it was trained on, and a
target it has never seen is absent from its predictions. Feature extraction and text
reading live apart (`costmodel.features`, `costmodel.text`).

Saved models are a directory: `model.json` (kind, version, targets, config) plus the
model's own files, in formats that hold no code: LightGBM text, safetensors, JSON. A model
directory may come from someone else: its files are read only if regular and bounded, and
`model.json`'s config is checked against each kind's `bounds` before anything is built.
"""

from __future__ import annotations

import json
import math
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from compiler_lab.errors import LabError
from compiler_lab.safe_files import read_file
from costmodel.dataset.samples import TARGETS, Sample, inverse, transform

FORMAT_VERSION = 1
MAX_META_BYTES = 1 << 20
#: one file of a model (a LightGBM booster, weights, a vocabulary); the shipped ones are < 3 MB
MAX_FILE_BYTES = 256 << 20


class ModelError(ValueError):
    """A model directory that cannot be loaded, named with what is wrong."""


class CostModel(ABC):
    kind: ClassVar[str] = ""
    #: each config key a saved model may carry: (type, least, most)
    bounds: ClassVar[dict[str, tuple[type, float, float]]] = {
        "seed": (int, 0, 2**32 - 1),
        "threads": (int, 1, 256),
    }

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


def read_model_file(root: Path, name: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a model's file: a regular file of at most `limit` bytes."""
    try:
        return read_file(root / name, limit)
    except FileNotFoundError:
        raise ModelError(f"{root}: no {name}") from None
    except LabError as exc:
        raise ModelError(str(exc)) from None


def read_model_json(root: Path, name: str, limit: int = MAX_FILE_BYTES) -> Any:
    raw = read_model_file(root, name, limit)
    try:
        return json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise ModelError(f"{root / name}: not valid JSON ({type(exc).__name__})") from None


def read_meta(root: Path) -> dict[str, Any]:
    """`model.json`, its format and targets checked (the config is its kind's to check)."""
    if not (root / "model.json").exists():
        raise ModelError(f"{root}: not a saved cost model (no model.json)")
    path = root / "model.json"
    meta = read_model_json(root, "model.json", MAX_META_BYTES)
    if not isinstance(meta, dict):
        raise ModelError(f"{path}: not a JSON object")
    if meta.get("format") != FORMAT_VERSION:
        raise ModelError(f"{path}: model format {meta.get('format')!r} (expected {FORMAT_VERSION})")
    targets = meta.get("targets")
    if (
        not isinstance(targets, list)
        or not targets
        or not all(isinstance(t, str) and t in TARGETS for t in targets)
        or len(set(targets)) != len(targets)
    ):
        raise ModelError(f"{path}: 'targets' must list distinct targets of {', '.join(TARGETS)}")
    if not isinstance(meta.get("config", {}), dict):
        raise ModelError(f"{path}: 'config' is not an object")
    return meta


def check_config(cls: type[CostModel], config: dict[str, Any], where: Path) -> None:
    """Every config key known to `cls` and within its bounds, before a model is built from
    it (a transformer config with hidden=200000 once asked for 160 GB)."""
    for key, value in config.items():
        if key not in cls.bounds:
            raise ModelError(f"{where}: config.{key} is not a setting of a {cls.kind} model")
        kind, least, most = cls.bounds[key]
        kinds = (int, float) if kind is float else (kind,)
        if isinstance(value, bool) or not isinstance(value, kinds) or not least <= value <= most:
            raise ModelError(
                f"{where}: config.{key} = {value!r}: expected {kind.__name__} in [{least}, {most}]"
            )


def restore(cls: type[CostModel], root: Path, meta: dict[str, Any]) -> CostModel:
    check_config(cls, meta.get("config") or {}, root / "model.json")
    model = cls(meta.get("config"))
    model.targets = list(meta["targets"])
    model._load(root)
    return model
