"""The one fake-tensor check: an op call run on fake tensors, so torch's meta kernels say
whether it type-checks and what its outputs would be, without computing anything.

Graph validation (every node in turn), the graph builder, the generator (each insertion)
and rule validation (each sampled call) all ask torch this way; they differ only in where
their fake tensors come from (empty ones of a shape and dtype, or real tensors' metadata)
and in what they do when torch rejects the call.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import torch
from torch._subclasses.fake_tensor import FakeTensorMode
from torch.utils._pytree import tree_map

from compiler_lab.ir import dtypes
from compiler_lab.ir.interpret import apply


@contextlib.contextmanager
def quiet_fake_tensor_log() -> Iterator[None]:
    """FakeTensorMode logs a full traceback for every call torch rejects; a rejected call is
    an expected answer here, reported by the caller."""
    logger = logging.getLogger("torch._subclasses.fake_tensor")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


class Fake:
    """One FakeTensorMode, kept for as many calls as the caller makes: `empty` and
    `from_real` make its fake tensors, `call` runs an op on them."""

    def __init__(self, allow_non_fake_inputs: bool = False) -> None:
        self.mode = FakeTensorMode(allow_non_fake_inputs=allow_non_fake_inputs)

    @contextlib.contextmanager
    def active(self) -> Iterator[None]:
        """Inside, every op runs on fake tensors; rejected calls log nothing."""
        with self.mode, quiet_fake_tensor_log():
            yield

    def empty(self, shape: tuple[int, ...] | list[int], dtype: str) -> torch.Tensor:
        """A fake (contiguous) tensor of `shape` and `dtype`."""
        with self.mode:
            return torch.empty(tuple(shape), dtype=dtypes.to_torch(dtype))

    def from_real(self, obj: Any) -> Any:
        """`obj` with every real tensor in it replaced by a fake one of its metadata."""
        return tree_map(
            lambda t: self.mode.from_tensor(t) if isinstance(t, torch.Tensor) else t, obj
        )

    def call(
        self,
        op: Callable[..., Any],
        args: list[Any],
        kwargs: dict[str, Any],
        env: Mapping[str, torch.Tensor] | None = None,
    ) -> Any:
        """What `op` (an ATen overload, `ops.resolve`) returns on fake tensors, each Ref in
        `args` and `kwargs` replaced by the fake tensor of that name in `env`; raises what
        torch raises on a call it rejects."""
        with self.active():
            return apply(op, args, kwargs, env or {})
