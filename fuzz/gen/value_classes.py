"""Value classes for a generated graph's inputs: ranges and patterns drawn from the seed."""

from __future__ import annotations

import dataclasses
import random

from compiler_lab.ir import dtypes as lab_dtypes
from compiler_lab.ir import opnames
from compiler_lab.ir.graph import Graph
from fuzz.values.search import index_ranges

#: value ranges by class, and the patterns laid over values (compiler_lab.ir.inputs)
INT_RANGES = {"mixed": None, "positive": (1, 100), "negative": (-100, -1)}
FLOAT_RANGES = {"mixed": None, "positive": (0.5, 2.0), "tiny": (-1e-6, 1e-6), "huge": (-1e6, 1e6)}
INT_PATTERNS = (None, None, "zeros", "limits", "constant")
FLOAT_PATTERNS = (None, None, None, "zeros", "special", "constant")
#: ops whose results are defined on ±inf and NaN (IEEE): only graphs of these get `special`
SPECIAL_SAFE = frozenset(
    "abs neg relu add sub mul maximum minimum fmax fmin clamp clamp_min clamp_max where "  # noqa: SIM905
    "isnan isinf isfinite isposinf isneginf nan_to_num eq ne lt le gt ge sign signbit "
    "floor ceil round trunc copysign amax amin max min sum cat stack view reshape permute "
    "transpose t expand slice select squeeze unsqueeze flatten clone _to_copy exp sigmoid "
    "tanh logical_not logical_and logical_or".split()
)


def profile_inputs(graph: Graph, rng: random.Random, p_profile: float) -> Graph:
    """Give inputs value classes (ranges) and patterns, each input with probability
    `p_profile`, drawn from `rng`. Index-like inputs keep theirs (the value search bounds
    them by the dims they index), and ±inf/NaN go only into graphs of ops defined on them."""
    indexed = {s.name for s in index_ranges(graph).inputs if s.range is not None}
    special_ok = all(opnames.base_name(op) in SPECIAL_SAFE for op in graph.ops())
    inputs = []
    for s in graph.inputs:
        if s.name in indexed or rng.random() >= p_profile:
            inputs.append(s)
            continue
        if s.dtype == "bool":
            inputs.append(dataclasses.replace(s, pattern=rng.choice((None, "constant"))))
            continue
        floating = lab_dtypes.is_float(s.dtype) or lab_dtypes.is_complex(s.dtype)
        ranges = FLOAT_RANGES if floating else INT_RANGES
        patterns = FLOAT_PATTERNS if floating else INT_PATTERNS
        pattern = rng.choice([p for p in patterns if p != "special" or special_ok])
        classes = [c for c in sorted(ranges) if c != "negative" or "uint" not in s.dtype]
        bounds = ranges[rng.choice(classes)]
        inputs.append(dataclasses.replace(s, range=bounds, pattern=pattern))
    return dataclasses.replace(graph, inputs=inputs)
