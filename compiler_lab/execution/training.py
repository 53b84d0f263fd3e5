"""Training runs: a graph's forward, then its backward from fixed cotangents, as one list of
results (the forward's outputs, then the gradient of each float graph input).

Eager and the torch.compile backends run graphs this way under their `train` option, so a
compiler's backward (AOTAutograd's joint graph, Inductor's backward kernels) is judged by the
same oracle as its forward. The cotangents are drawn from a generator seeded by the output's
index, in float32 and then cast, so every run (float64 truth included) uses the same ones.
Repro scripts embed these functions' source (`SOURCE`): one implementation, run in both.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence

import torch


def cotangent(out: torch.Tensor, index: int) -> torch.Tensor:
    """The fixed cotangent of output `index`: standard normal, the same for every run."""
    gen = torch.Generator().manual_seed(1000 + index)
    return torch.randn(out.shape, generator=gen, dtype=torch.float32).to(out.dtype)


def forward_backward(fn: Callable[..., Sequence[torch.Tensor]], inputs: Sequence[torch.Tensor]):
    """`fn`'s outputs on `inputs`, then the gradient of sum(output * cotangent) with
    respect to each float input (zeros where an input does not reach any output)."""
    leaves = [x.detach().clone().requires_grad_(x.is_floating_point()) for x in inputs]
    with torch.enable_grad():
        outs = list(fn(*leaves))
        wrt = [x for x in leaves if x.requires_grad]
        terms = [
            (o * cotangent(o, i)).sum()
            for i, o in enumerate(outs)
            if o.is_floating_point() and o.requires_grad
        ]
        grads = (
            torch.autograd.grad(sum(terms), wrt, allow_unused=True)
            if terms and wrt
            else [None] * len(wrt)
        )
    found = [g if g is not None else torch.zeros_like(x) for g, x in zip(grads, wrt, strict=True)]
    return [o.detach() for o in outs] + [g.detach() for g in found]


def gradient_inputs(dtypes: Sequence[str]) -> list[int]:
    """Which graph inputs (by position, of these dtypes) a training run differentiates."""
    return [i for i, d in enumerate(dtypes) if d in ("float16", "bfloat16", "float32", "float64")]


#: the functions above, as a repro script embeds them
SOURCE = (
    "from collections.abc import Callable, Sequence\n\n\n"
    + inspect.getsource(cotangent)
    + "\n\n"
    + inspect.getsource(forward_backward)
)
