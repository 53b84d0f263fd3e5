"""The cost models by name, and loading a saved one from its directory."""

from __future__ import annotations

from pathlib import Path

from compiler_lab.errors import LabError
from costmodel.models.base import CostModel, ModelError, read_meta, restore

SHIPPED = Path(__file__).resolve().parents[2] / "corpora" / "models"
DEFAULT_MODEL = "lightgbm"
#: what `clab cost tune` ranks schedules with by default: LightGBM trained on the dataset
#: with schedule variants (`tools/train_models.py --suffix=-decisions`), where shipped
TUNE_MODEL = "lightgbm-decisions"


def resolve_model(name: str | None) -> Path:
    """A model directory: a path, or the name of a shipped model (corpora/models/NAME)."""
    name = name or DEFAULT_MODEL
    path = Path(name)
    if (path / "model.json").is_file():
        return path
    if (SHIPPED / name / "model.json").is_file():
        return SHIPPED / name
    known = sorted(p.name for p in SHIPPED.glob("*") if (p / "model.json").exists())
    raise LabError(f"model {name!r}: no such model (shipped: {', '.join(known) or 'none'})")


def kinds() -> dict[str, type[CostModel]]:
    from costmodel.models.ensemble import EnsembleModel
    from costmodel.models.hybrid import HybridModel
    from costmodel.models.neural import TextCNNModel, TransformerModel
    from costmodel.models.tabular import (
        LightGBMModel,
        LightGBMRankModel,
        RooflineModel,
        TfidfModel,
    )

    return {
        m.kind: m
        for m in (RooflineModel, LightGBMModel, LightGBMRankModel, TfidfModel, TextCNNModel,
                  TransformerModel, HybridModel, EnsembleModel)
    }  # fmt: skip


def create(kind: str, config: dict | None = None) -> CostModel:
    table = kinds()
    if kind not in table:
        raise ModelError(f"unknown model {kind!r} (known: {', '.join(table)})")
    return table[kind](config)


def load(root: Path) -> CostModel:
    """A saved model; raises ModelError naming what is wrong with the directory."""
    meta = read_meta(Path(root))
    table = kinds()
    if not isinstance(meta.get("kind"), str) or meta["kind"] not in table:
        raise ModelError(f"{root}: unknown model kind {meta.get('kind')!r}")
    try:
        return restore(table[meta["kind"]], Path(root), meta)
    except ModelError:
        raise
    except (OSError, KeyError, ValueError, TypeError) as exc:
        raise ModelError(f"{root}: cannot load the model ({type(exc).__name__}: {exc})") from None
