"""What a generator is configured with: the dtypes it may draw, and GenConfig."""

from __future__ import annotations

from dataclasses import dataclass, field

from fuzz.gen.priors import INTERNAL_WEIGHT
from fuzz.infer.rules import DIM_BOUNDS, ELEMENT_CAP, P_EDGE_EXTENT, P_UNIT_DIM

ALL_DTYPES = (
    "float32",
    "float16",
    "bfloat16",
    "float64",
    "int8",
    "uint8",
    "int16",
    "int32",
    "int64",
    "bool",
)
#: dtypes `--dtypes` also takes: torch has few CPU kernels for them (no add, no compare)
EXTRA_DTYPES = ("uint16", "uint32")


@dataclass
class GenConfig:
    max_nodes: int = 10
    dtypes: tuple[str, ...] = ALL_DTYPES
    #: the domain (fuzz.infer.rules): validated rules hold on it; a wider one (the cost
    #: profile's) relies on the fake-tensor check at insertion
    element_cap: int = ELEMENT_CAP
    dim_bounds: tuple[int, int] = DIM_BOUNDS
    p_forward: float = 0.6
    p_backward: float = 0.2  # the rest is concrete insertion
    p_unit_dim: float = P_UNIT_DIM  # pin a free dim to 1 (edge value)
    p_edge_extent: float = P_EDGE_EXTENT  # draw a free dim from EDGE_EXTENTS
    log_dims: bool = False  # dims log-uniform over dim_bounds (the cost profile)
    prefer_large: bool = False  # forward insertion favours large tensors (the cost profile)
    p_reuse: float = 0.5  # bind a further tensor argument to an existing value
    p_weight: float = 0.4  # a float placeholder consumed as a non-first argument -> weight
    p_profile: float = 0.6  # give an input a value class or pattern other than the default
    #: op base name -> how much more often to draw it (generation profiles)
    boost: dict[str, float] = field(default_factory=dict)
    #: an internal op's prior against a public one's 1 (fuzz/gen/priors.py); 1.0 draws
    #: every op alike, as NeuRI does
    internal_weight: float = INTERNAL_WEIGHT
    max_attempts: int = 40  # insertion attempts per graph before giving up on more nodes
