"""The cost-model half of compiler_lab: measured MLIR data, models, and serving.

`costmodel.load(name)` returns a predictor for compiler passes (see `costmodel.serve.api`).
"""

from __future__ import annotations


def load(name: str | None = None):
    """A `Predictor` for a model directory or shipped model name."""
    from costmodel.serve.api import load as _load

    return _load(name)
