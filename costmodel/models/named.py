"""Models named on a command line: a shipped model's name or a folder. What is wrong with
one is a one-line LabError (exit 2), never a traceback, for every `clab cost` command."""

from __future__ import annotations

from typing import Any

from compiler_lab.errors import LabError
from costmodel.models.base import CostModel, ModelError
from costmodel.models.registry import load, resolve_model


def model(name: str | None) -> CostModel:
    """The saved model `name` names (default: the shipped default)."""
    try:
        return load(resolve_model(name))
    except ModelError as exc:
        raise LabError(str(exc)) from None


def predictor(name: str | None) -> Any:
    """The serving predictor (model, features, parse cache) of `name`."""
    from costmodel.serve.api import load as load_predictor

    try:
        return load_predictor(name)
    except ModelError as exc:
        raise LabError(str(exc)) from None
