"""Are a graph's values robust to honest rounding?

A compiler reorders sums and fuses kernels, so its intermediates differ from eager's by a
few ulps. Where a graph's values sit on a discontinuity, those ulps change the answer:
pow(-1, x) with x an integer only by rounding turns NaN, floor(x) jumps by one, a
comparison or an argmax over a near-tie flips. The oracle cannot tell that from a bug, so
the value search rejects such values. The test: run the graph in lockstep as is and with
every float value nudged by a few ulps up and down, and name the first node whose output
then changes in kind (finite vs not, an exact-dtype value, a step function's value).
"""

from __future__ import annotations

import torch

from compiler_lab import args as argcodec
from compiler_lab import ops as lab_ops
from compiler_lab.graph import Graph
from compiler_lab.oracle import TOLERANCES

#: float -> float ops with jumps: a nudge may move their result by a whole step
STEP_FUNCTIONS = (
    "floor",
    "ceil",
    "round",
    "trunc",
    "frac",
    "sign",
    "sgn",
    "signbit",
    "remainder",
    "fmod",
    "floor_divide",
    "heaviside",
)
#: how many ulps of its dtype each float value is moved by
ULPS = 4


def nudge(t: torch.Tensor, direction: int = 1) -> torch.Tensor:
    """`t` with each element moved by ±ULPS ulps (alternating, so sums do not cancel it;
    `direction` -1 flips every sign)."""
    if not t.is_floating_point() or t.numel() == 0:
        return t
    sign = torch.full((t.numel(),), float(direction), dtype=t.dtype)
    sign[1::2] = -direction
    return t * (1 + ULPS * torch.finfo(t.dtype).eps * sign.reshape(t.shape))


def _kind_changed(op: str, plain: torch.Tensor, nudged: torch.Tensor) -> bool:
    if not (plain.is_floating_point() or plain.is_complex()):
        return not torch.equal(plain, nudged)
    if not torch.equal(torch.isfinite(plain), torch.isfinite(nudged)):
        return True
    base = op.split(".")[1] if op.count(".") >= 2 else op
    if base.strip("_") in STEP_FUNCTIONS and plain.dtype in TOLERANCES:
        rtol, atol = TOLERANCES[plain.dtype]
        return not torch.allclose(plain, nudged, rtol=rtol, atol=atol, equal_nan=True)
    return False


def fragile_node(graph: Graph, values: dict[str, torch.Tensor]) -> str | None:
    """The id of the first node whose output changes in kind when its float inputs move by
    a few ulps either way, or None when the graph is stable at these values."""
    plain = dict(values)
    nudged = [{name: nudge(t, d) for name, t in values.items()} for d in (1, -1)]
    with torch.no_grad():
        for node in graph.nodes:
            op = lab_ops.resolve(node.op)
            outs = []
            for env in (plain, *nudged):
                try:
                    result = op(
                        *argcodec.substitute(node.args, env.__getitem__),
                        **argcodec.substitute(node.kwargs, env.__getitem__),
                    )
                except Exception:
                    return node.id
                outs.append([result] if isinstance(result, torch.Tensor) else list(result))
            for i, spec in enumerate(node.outputs):
                a, up, down = (o[i] for o in outs)
                if _kind_changed(node.op, a, up) or _kind_changed(node.op, a, down):
                    return node.id
                plain[spec.name] = a
                nudged[0][spec.name] = nudge(up, 1)
                nudged[1][spec.name] = nudge(down, -1)
    return None
