"""Generation profiles: what `clab gen --profile` changes from the fuzzing defaults.

`cost` makes data for the cost model (the fuzzer as its data engine): kernel sizes that
compilers decide on (dims up to 1024, tensors of up to 2M elements, at most 256 MB per
graph, dims log-uniform, a largest input of at least 10^4 elements), the ops compilers
care about for cost drawn twenty times as often (contractions, convolutions, reductions,
normalizations, attention, elementwise chains) while the long tail stays, default value
ranges (no denormals or specials to skew latency), and every topology at several scales:
the same graph with its input dims scaled, shapes re-derived by torch's meta kernels,
index inputs re-bounded by the new dims. Values come from the value search as in fuzzing
(eager must run), with default ranges. Graphs grow forward from their inputs (no replayed
calls: those keep the small shapes they were recorded with).
"""

from __future__ import annotations

import dataclasses
import math

from compiler_lab.errors import GraphError
from compiler_lab.ir import dtypes
from compiler_lab.ir.graph import Graph
from compiler_lab.ir.validate import retype
from fuzz.gen.config import GenConfig
from fuzz.values.search import index_ranges

COST_FAVOURED = {
    "contraction": "mm bmm matmul addmm linear baddbmm addbmm einsum mv addmv dot",
    "convolution": "convolution _convolution conv1d conv2d conv3d conv_transpose1d "
    "conv_transpose2d",
    "reduction": "sum mean amax amin max min prod var std var_mean norm logsumexp argmax "
    "argmin cumsum",
    "normalization": "native_layer_norm layer_norm native_group_norm group_norm "
    "_native_batch_norm_legit_no_training batch_norm instance_norm rms_norm",
    "attention": "scaled_dot_product_attention _scaled_dot_product_flash_attention_for_cpu "
    "_softmax softmax _log_softmax log_softmax",
    "elementwise": "add sub mul div relu gelu silu sigmoid tanh exp log sqrt rsqrt pow "
    "clamp where maximum minimum neg abs",
}
COST_BOOST = 20.0
COST_BYTES_CAP = 256 << 20
#: no scaled dim above this (the base graphs stay within 1..1024)
COST_MAX_DIM = 4096
#: tried in this order until a topology has its scales: up first (most bases are small)
COST_SCALES = (4.0, 16.0, 0.25, 2.0, 0.5, 64.0)
#: a graph whose largest input has fewer elements is not written (its scaled-up copies
#: are): kernels that small run in a few microseconds, where timing is mostly overhead
COST_MIN_ELEMENTS = 10_000
#: what the cost model is for: float32 kernels (and the index and mask tensors they use)
COST_DTYPES = ("float32",)


def config(profile: str, max_nodes: int, dtype_list: tuple[str, ...]) -> GenConfig:
    if profile == "default":
        return GenConfig(max_nodes=max_nodes, dtypes=dtype_list)
    if profile != "cost":
        raise ValueError(f"unknown profile {profile!r} (known: default, cost)")
    boost = {b: COST_BOOST for names in COST_FAVOURED.values() for b in names.split()}
    return GenConfig(
        max_nodes=max_nodes,
        dtypes=dtype_list,
        dim_bounds=(1, 1024),
        element_cap=1 << 21,
        p_unit_dim=0.05,
        p_edge_extent=0.1,
        log_dims=True,
        prefer_large=True,
        # grow forward from inputs: backward insertion into scalars favours losses, and
        # replayed calls have the small recorded shapes, so none of those
        p_forward=0.95,
        p_backward=0.05,
        p_profile=0.0,
        boost=boost,
    )


def big_enough(graph: Graph) -> bool:
    """Whether the graph's largest input has at least COST_MIN_ELEMENTS elements."""
    return max((s.numel for s in graph.inputs), default=0) >= COST_MIN_ELEMENTS


def graph_bytes(graph: Graph) -> int:
    """Bytes of every value the graph holds at once, inputs and intermediates."""
    return sum(s.numel * dtypes.to_torch(s.dtype).itemsize for s in graph.values().values())


def scaled(graph: Graph, factor: float, cap: int = COST_BYTES_CAP) -> Graph | None:
    """The same topology with every input dim above 1 scaled by `factor` (at least 1), its
    shapes re-derived; None where an op's attributes tie it to the old shapes (a reshape
    to fixed sizes), a dim would pass COST_MAX_DIM, or the result breaks the byte cap."""
    inputs = [
        dataclasses.replace(
            s, shape=tuple(d if d <= 1 else max(1, math.ceil(d * factor)) for d in s.shape)
        )
        for s in graph.inputs
    ]
    if all(a.shape == b.shape for a, b in zip(inputs, graph.inputs, strict=True)):
        return None
    if any(d > COST_MAX_DIM for s in inputs for d in s.shape):
        return None
    try:
        out = index_ranges(retype(dataclasses.replace(graph, inputs=inputs)))
    except (GraphError, ValueError):
        return None
    if graph_bytes(out) > cap:
        return None
    meta = dict(graph.meta) | {"scale": factor, "topology": graph.content_hash()[:16]}
    return dataclasses.replace(out, name=f"{graph.name}-x{factor:g}", meta=meta)
