"""Inductor's settings as the lab's options: which config keys a case may set (flags and
numbers, never strings that reach a command line), the bug injectors' values, and the
decisions a campaign's decision arm tries."""

from __future__ import annotations

import contextlib
from typing import Any

from compiler_lab.backends.torch_runs import LAB_OPTIONS


def inductor_settings(options: dict[str, Any]) -> contextlib.AbstractContextManager[Any]:
    """Inductor's config patched with the settings among `options` (none: nothing)."""
    import torch._inductor.config as cfg

    settings = {k: v for k, v in options.items() if k not in LAB_OPTIONS}
    return cfg.patch(settings) if settings else contextlib.nullcontext()


#: Inductor settings whose default is None but which take a number
_INDUCTOR_NUMBERS = ("cpp.simdlen", "cpp.max_horizontal_fusion_size")
#: Inductor settings that take one of a few words: its bug injectors
INDUCTOR_CHOICES = {
    f"cpp.inject_{op}_bug_TESTING_ONLY": ("compile_error", "runtime_error", "accuracy")
    for op in ("relu", "log1p")
}

#: Inductor decisions a campaign's decision arm tries, in the spirit of PyTorch's
#: ConfigFuzzer: settings that change how Inductor fuses, vectorizes, pads and schedules,
#: never what a graph computes (fast-math and random fallbacks are left out on purpose)
INDUCTOR_DECISIONS: dict[str, dict[str, Any]] = {
    "no-epilogue-fusion": {"epilogue_fusion": False},
    "no-pattern-matcher": {"pattern_matcher": False},
    "aggressive-fusion": {"aggressive_fusion": True},
    "no-split-reductions": {"split_reductions": False},
    "max-fusion-size-1": {"max_fusion_size": 1},
    "min-chunk-size-1": {"cpp.min_chunk_size": 1},
    "scalar-kernels": {"cpp.simdlen": 1},
    "no-tail-vectorization": {"cpp.enable_loop_tail_vec": False},
    "no-tiling-heuristics": {"cpp.enable_tiling_heuristics": False},
    "no-loop-reordering": {"loop_ordering_after_fusion": False},
    "permute-fusion": {"permute_fusion": True},
    "no-inplace-buffers": {"inplace_buffers": False},
    "no-reorder-for-locality": {"reorder_for_locality": False},
    "emulate-precision-casts": {"emulate_precision_casts": True},
    "horizontal-fusion-1": {"cpp.max_horizontal_fusion_size": 1},
    "unroll-reductions-1": {"unroll_reductions_threshold": 1},
    "no-comprehensive-padding": {"comprehensive_padding": False},
    "no-constant-folding": {"joint_graph_constant_folding": False},
    "freezing": {"freezing": True},
}


def inductor_option(key: str) -> tuple[type, ...] | None:
    """The value types of an Inductor config key it is safe to set from a case: a flag or a
    number. Keys holding strings, lists or callables (`cpp.cxx`, `cpp.march`, hooks) are
    refused, since they reach g++'s command line or run code."""
    import torch._inductor.config as cfg

    try:
        default = cfg._config[key].default
    except (AttributeError, KeyError):
        return None
    if key in _INDUCTOR_NUMBERS:
        return (int, type(None))
    if key in INDUCTOR_CHOICES:
        return (str,)
    if isinstance(default, bool):
        return (bool,)
    if isinstance(default, int):
        return (int,)
    if isinstance(default, float):
        return (int, float)
    return None
