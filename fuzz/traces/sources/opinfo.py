"""torch's operator database (OpInfo): sample inputs for valid calls, error inputs for
invalid ones, across dtypes, through the function, method and in-place variants, and a
backward pass on float32 where the op supports autograd."""

from __future__ import annotations

import contextlib
import functools
import time
from typing import Any

import torch

from fuzz.traces.record import Recorder

#: dtypes tried per entry, in order, while the entry's budget lasts
DTYPE_ORDER = [
    torch.float32,
    torch.float64,
    torch.int64,
    torch.bool,
    torch.float16,
    torch.bfloat16,
    torch.int32,
    torch.uint8,
    torch.int8,
    torch.complex64,
]


@functools.lru_cache(maxsize=1)
def op_db() -> list:
    from torch.testing._internal.common_methods_invocations import op_db as db

    return list(db)


def unit_names() -> list[str]:
    """One unit per OpInfo entry: `opinfo:<index>:<name>[.<variant>]`."""
    out = []
    for i, entry in enumerate(op_db()):
        variant = f".{entry.variant_test_name}" if entry.variant_test_name else ""
        out.append(f"opinfo:{i}:{entry.name}{variant}")
    return out


def _call(fn, sample, recorder: Recorder, clone: bool = False) -> Any:
    inp = sample.input
    if clone and isinstance(inp, torch.Tensor):
        inp = inp.detach().clone()
    with recorder:
        return fn(inp, *sample.args, **sample.kwargs)


def record_entry(index: int, budget_s: float, max_samples: int) -> list[dict[str, Any]]:
    entry = op_db()[index]
    source = f"opinfo:{entry.name}"
    recorder = Recorder(source)
    deadline = time.monotonic() + budget_s
    supported = entry.supported_dtypes("cpu")
    for dtype in [d for d in DTYPE_ORDER if d in supported]:
        if time.monotonic() > deadline:
            break
        try:
            samples = entry.sample_inputs("cpu", dtype, requires_grad=False)
            for n, sample in enumerate(samples):
                if n >= max_samples or time.monotonic() > deadline:
                    break
                for fn, clone in (
                    (entry.op, False),
                    (entry.method_variant, False),
                    (entry.inplace_variant, True),
                ):
                    if fn is None:
                        continue
                    # an exception is recorded by the Recorder; keep going
                    with contextlib.suppress(Exception):
                        _call(fn, sample, recorder, clone)
        except Exception:  # a broken sample generator for this dtype
            continue
    _record_backward(entry, recorder, deadline, max_samples)
    _record_errors(entry, recorder, deadline)
    return [r.to_json() for r in recorder.records]


def _record_backward(entry, recorder: Recorder, deadline: float, max_samples: int) -> None:
    if not entry.supports_autograd or torch.float32 not in entry.supported_dtypes("cpu"):
        return
    try:
        samples = entry.sample_inputs("cpu", torch.float32, requires_grad=True)
        for n, sample in enumerate(samples):
            if n >= max(1, max_samples // 2) or time.monotonic() > deadline:
                break
            try:
                with recorder:
                    out = entry.op(sample.input, *sample.args, **sample.kwargs)
                    outs = out if isinstance(out, (tuple, list)) else [out]
                    grads = [o for o in outs if isinstance(o, torch.Tensor) and o.requires_grad]
                    if grads:
                        sum(g.float().sum() for g in grads).backward()
            except Exception:
                pass
    except Exception:
        return


def _record_errors(entry, recorder: Recorder, deadline: float) -> None:
    if entry.error_inputs_func is None:
        return
    try:
        for ei in entry.error_inputs("cpu"):
            if time.monotonic() > deadline:
                break
            with contextlib.suppress(Exception):
                _call(entry.op, ei.sample_input, recorder)
    except Exception:
        return
