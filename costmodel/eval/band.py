"""A model's own error band on held-out data: how far measured latency strays from the
prediction for units the model never saw. The model-based performance check raises a
finding only beyond this band, so a model that is often 3x off never calls 3x a bug.

The band is the distribution of log10(measured / predicted) latency over the held-out
units of the grouped family folds and the held-out generator seeds, each model trained
without them. It is saved beside the model as `band.json` (JSON only).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from compiler_lab.errors import LabError
from compiler_lab.safe_files import read_file
from costmodel.dataset.samples import Sample
from costmodel.eval.evaluate import grouped_family_splits, seed_split
from costmodel.models.registry import create

BAND_FILE = "band.json"
TARGET = "latency_s"
QUANTILES = (0.05, 0.5, 0.95, 0.99)
MAX_BAND_BYTES = 1 << 20


class BandError(ValueError):
    """A model without a usable error band."""


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def error_band(kind: str, samples: list[Sample], folds: int = 3) -> dict[str, Any]:
    """Train `kind` once per held-out part and collect log10(measured/predicted) latency."""
    logs: list[float] = []
    splits = [*grouped_family_splits(samples, folds), seed_split(samples)]
    for split in splits:
        test = [s for s in split.test if TARGET in s.targets]
        if not test or not split.train:
            continue
        model = create(kind, {"seed": 0, "threads": 1}).fit(split.train)
        preds = model.predict([s.text for s in test], [s.level for s in test])
        logs += [
            math.log10(s.targets[TARGET] / p[TARGET])
            for s, p in zip(test, preds, strict=True)
            if p[TARGET] > 0 and s.targets[TARGET] > 0
        ]
    if not logs:
        raise BandError(f"{kind}: no held-out latency rows to measure an error band on")
    return {
        "target": TARGET,
        "statistic": "log10(measured / predicted)",
        "splits": [s.name for s in splits],
        "n": len(logs),
        "quantiles": {str(q): round(_quantile(logs, q), 4) for q in QUANTILES},
    }


def save_band(root: Path, band: dict[str, Any]) -> None:
    (Path(root) / BAND_FILE).write_text(json.dumps(band, indent=1) + "\n")


def read_band(root: Path) -> dict[str, Any]:
    """The saved band of a model directory; BandError naming what is wrong."""
    path = Path(root) / BAND_FILE
    if not path.is_file():
        raise BandError(
            f"{root}: no {BAND_FILE} (the model's held-out error band); "
            "train it with tools/train_models.py, which measures it"
        )
    try:
        band = json.loads(read_file(path, MAX_BAND_BYTES))
        quantiles = {k: float(v) for k, v in band["quantiles"].items()}
    except LabError as exc:
        raise BandError(str(exc)) from None
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise BandError(f"{path}: not a valid error band ({type(exc).__name__})") from None
    if band.get("target") != TARGET or "0.99" not in quantiles:
        raise BandError(f"{path}: expected a {TARGET} band with a 0.99 quantile")
    if not all(math.isfinite(v) for v in quantiles.values()):
        raise BandError(f"{path}: a quantile that is not a finite number")
    return band | {"quantiles": quantiles}
