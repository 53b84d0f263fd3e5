"""Models named on a command line: a shipped model's name or a folder, or a new one's kind
and settings. What is wrong with one is a one-line LabError (exit 2), never a traceback, for
every `clab cost` command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from compiler_lab.errors import LabError
from costmodel.models.base import CostModel, ModelError, check_config
from costmodel.models.registry import kinds, load, resolve_model


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


def config(kind: str, settings: list[str], epochs: int | None) -> dict | None:
    """A new model's config from `--epochs` and `--set KEY=VALUE` (values JSON or words),
    each checked against the kind's bounds; an ensemble passes its members' on to them."""
    cls = kinds().get(kind)
    if cls is None:
        raise LabError(f"--model {kind!r}: known kinds are {', '.join(kinds())}")
    config: dict = {"epochs": epochs} if epochs else {}
    for item in settings:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise LabError(f"--set {item!r}: expected KEY=VALUE")
        try:
            config[key] = json.loads(value)
        except json.JSONDecodeError:
            config[key] = value
    try:
        check_config(cls, {k: v for k, v in config.items() if k in cls.bounds}, Path("--set"))
    except ModelError as exc:
        raise LabError(str(exc)) from None
    unknown = sorted(k for k in config if k not in cls.bounds)
    if unknown and kind != "ensemble":  # an ensemble routes settings to its members
        raise LabError(f"--set: {', '.join(unknown)} is not a setting of a {kind} model")
    return config or None
