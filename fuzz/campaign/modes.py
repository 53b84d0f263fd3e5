"""A campaign's mode: what it asks of each backend (the options its tests run with), which
oracle judges them, and whether several graphs may share one compile.

- inference (the default): graphs run as they are, judged by the lab's eager oracle;
- train: every test is a forward and a backward (the torch backends' `train` option),
  judged by the `train` oracle (fuzz.oracles.train);
- dynamic: every test compiled once and run at two sizes (the torch backends' `dynamic`
  option), judged by the `dynamic` oracle (fuzz.oracles.dynamic).
In the last two, graphs compile one at a time: a merged graph's gradients would mix its
members', and so would its second size.
"""

from __future__ import annotations

from typing import Any

from compiler_lab import backends
from compiler_lab.backends.native import weights_as_inputs
from compiler_lab.errors import LabError
from compiler_lab.findings import oracles
from compiler_lab.ir.graph import Graph
from fuzz.campaign.config import CampaignConfig
from fuzz.oracles import dynamic, train

MODES = ("inference", "train", "dynamic")
#: each mode's backend option and oracle
_MODES = {"train": (train.OPTION, train.TRAIN), "dynamic": (dynamic.OPTION, dynamic.DYNAMIC)}


def check(cfg: CampaignConfig) -> None:
    """LabError naming what is wrong with the campaign's mode, or its backends for it."""
    if cfg.mode not in MODES:
        raise LabError(f"--mode: expected one of {', '.join(MODES)}, got {cfg.mode!r}")
    if cfg.mode in _MODES:
        option = _MODES[cfg.mode][0]
        refused = [b for b in cfg.backends if backends.REGISTRY[b].allowed(option) is None]
        if refused:
            have = [n for n, cls in backends.REGISTRY.items() if cls.allowed(option)]
            raise LabError(
                f"--mode {cfg.mode}: {', '.join(refused)} has no {cfg.mode} runs "
                f"(those that do: {', '.join(sorted(have))})"
            )


def oracle(cfg: CampaignConfig) -> oracles.Oracle:
    """The oracle judging the campaign's tests (its mode checked first)."""
    check(cfg)
    return _MODES[cfg.mode][1] if cfg.mode in _MODES else oracles.ORACLE


def options(cfg: CampaignConfig, backend: str) -> dict[str, Any]:
    """The options `backend`'s tests run with: the campaign's, and its mode's."""
    found = dict(cfg.options.get(backend, {}))
    if cfg.mode in _MODES:
        found.setdefault(_MODES[cfg.mode][0], True)  # a value of its own may be asked for
    return found


def graph(cfg: CampaignConfig, g: Graph) -> Graph:
    """The graph a test runs in this mode: in dynamic mode, with its weights as inputs, so
    that they grow with the inputs they meet (a weight of the batch's size is an input's
    twin in a generated graph, not a model's parameter)."""
    return weights_as_inputs(g) if cfg.mode == "dynamic" else g


def merges(cfg: CampaignConfig) -> bool:
    """May graphs be merged into one compile in this mode?"""
    return cfg.mode == "inference"
