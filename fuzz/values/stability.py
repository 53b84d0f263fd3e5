"""Are a graph's values robust to honest rounding?

A compiler reorders sums and fuses kernels, so its intermediates differ from eager's by a
few ulps. Where a graph's values sit on a discontinuity, those ulps change the answer:
pow(-1, x) with x an integer only by rounding turns NaN, floor(x) jumps by one, a
comparison or an argmax over a near-tie flips. The oracle cannot tell that from a bug, so
the value search rejects such values. The test: run the graph in lockstep as is and with
every float value nudged by a few ulps up and down, and name the first node whose output
then changes in kind (finite vs not, an exact-dtype value, a step function's value), and
the first amplifier (pow, exp, ...) whose output leaves the oracle's tolerance when its
inputs carry the error of a reordered sum.
"""

from __future__ import annotations

import torch

from compiler_lab.findings.oracles import TOLERANCES
from compiler_lab.ir import opnames
from compiler_lab.ir.graph import Graph, Node
from compiler_lab.ir.interpret import call_node

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
#: float -> float ops whose relative error grows with their input's magnitude
#: (pow(b, e) turns an error d in e into d*|e*ln b|): a compiler's less accurate sum before
#: them becomes a difference the oracle must call a mismatch
AMPLIFIERS = ("pow", "float_power", "exp", "exp2", "expm1", "cosh", "sinh", "ldexp")
#: how many ulps of its dtype each float value is moved by
ULPS = 4
#: the error a compiler's reordered reduction can honestly put into an amplifier's input
#: (about sqrt(n) ulps for n terms; 64 covers sums of a few thousand)
AMPLIFIER_ULPS = 64


def nudge(t: torch.Tensor, direction: int = 1, ulps: int = ULPS) -> torch.Tensor:
    """`t` with each element moved by ±`ulps` ulps (alternating, so sums do not cancel it;
    `direction` -1 flips every sign)."""
    if not t.is_floating_point() or t.numel() == 0:
        return t
    sign = torch.full((t.numel(),), float(direction), dtype=t.dtype)
    sign[1::2] = -direction
    return t * (1 + ulps * torch.finfo(t.dtype).eps * sign.reshape(t.shape))


def _amplifies(node: Node, env: dict[str, torch.Tensor], plain: list[torch.Tensor]) -> bool:
    """Does moving the amplifier's float inputs by AMPLIFIER_ULPS move its output beyond
    the oracle's tolerance?"""
    wide = {k: nudge(v, 1, AMPLIFIER_ULPS) for k, v in env.items() if k in node.input_names()}
    try:
        outs = call_node(node, wide)
    except Exception:
        return True
    for a, b in zip(plain, outs, strict=True):
        if a.dtype in TOLERANCES:
            rtol, atol = TOLERANCES[a.dtype]
            if not torch.allclose(a, b, rtol=rtol, atol=atol, equal_nan=True):
                return True
    return False


def _kind_changed(op: str, plain: torch.Tensor, nudged: torch.Tensor) -> bool:
    if not (plain.is_floating_point() or plain.is_complex()):
        return not torch.equal(plain, nudged)
    if not torch.equal(torch.isfinite(plain), torch.isfinite(nudged)):
        return True
    if opnames.family_name(op) in STEP_FUNCTIONS and plain.dtype in TOLERANCES:
        rtol, atol = TOLERANCES[plain.dtype]
        return not torch.allclose(plain, nudged, rtol=rtol, atol=atol, equal_nan=True)
    return False


def fragile_node(
    graph: Graph, values: dict[str, torch.Tensor], plain: dict[str, torch.Tensor] | None = None
) -> str | None:
    """The id of the first node whose output changes in kind when its float inputs move by
    a few ulps either way, or None when the graph is stable at these values. `plain` is
    every value of the unnudged run, where the caller has already made it."""
    env = dict(plain) if plain is not None else dict(values)
    nudged = [{name: nudge(t, d) for name, t in values.items()} for d in (1, -1)]
    with torch.no_grad():
        for node in graph.nodes:
            try:
                if plain is None:
                    names = [o.name for o in node.outputs]
                    env.update(zip(names, call_node(node, env), strict=True))
                outs = [[env[o.name] for o in node.outputs]]
                outs += [call_node(node, n) for n in nudged]
            except Exception:
                return node.id
            if opnames.family_name(node.op) in AMPLIFIERS and _amplifies(node, env, outs[0]):
                return node.id
            for i, spec in enumerate(node.outputs):
                a, up, down = (o[i] for o in outs)
                if _kind_changed(node.op, a, up) or _kind_changed(node.op, a, down):
                    return node.id
                nudged[0][spec.name] = nudge(up, 1)
                nudged[1][spec.name] = nudge(down, -1)
    return None
