"""The oracle: is a compiler's output the same as eager's, allowing for honest rounding?

Floats must match within dtype-aware tolerances, with NaN and Inf in the same places. A
float result outside tolerance counts as a mismatch only when a float64 eager run shows the
compiler is further from the truth than eager itself (RMS error, by more than TRUTH_SLACK):
a compiler that is *more* accurate than eager is not a bug, and neither is one whose
rounding is as good but falls elsewhere. The float64 run computes everything in float64:
its inputs, the float dtypes its calls name, and the default dtype ints promote to
(`inputs.widened`).

Integers and bools must match exactly, unless float math decided them (a cast, a floor, a
comparison, an argmax over floats): where eager's own integers disagree with the float64
run's, rounding is at work, and a compiler that keeps intermediates in a wider type (as
Inductor does for float16) may land on the other side. Such an output is a mismatch only
when the compiler disagrees with the float64 truth clearly more often than eager does.
Integer math that no float touched agrees with its float64 run exactly, so it stays exact.

Each failed comparison has a `kind` (shape, dtype, count, nan-inf, exact, value): what a
bucket key records instead of the graph's dtype.

Float math runs over CHUNK elements at a time, so that its float64 temporaries stay small
next to the outputs themselves (compared in a worker, under its memory limit).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Protocol

import torch

from compiler_lab import plugins

#: (rtol, atol) by dtype, loose enough for reordered reductions and fused kernels
TOLERANCES: dict[torch.dtype, tuple[float, float]] = {
    torch.float16: (1e-2, 1e-3),
    torch.bfloat16: (5e-2, 1e-2),
    torch.float32: (1e-4, 1e-5),
    torch.float64: (1e-7, 1e-9),
    torch.complex64: (1e-4, 1e-5),
    torch.complex128: (1e-7, 1e-9),
}
#: how much further from the float64 truth than eager a compiler may be
TRUTH_SLACK = 2.0
#: an output is ill-conditioned where eager's own error from the float64 truth is this share
#: of the output's RMS size or more (training batch norm over a near-constant channel, a
#: difference of near-equal large numbers): eager's value is then as much noise as the
#: compiler's, and neither says which one is wrong
ILL_CONDITIONED = 0.1
#: elements compared at a time
CHUNK = 1 << 20


@dataclass(frozen=True)
class Comparison:
    ok: bool
    reason: str = ""
    output: int = -1
    max_abs: float = 0.0
    max_rel: float = 0.0
    #: for a mismatch: shape, dtype, count, nan-inf, exact or value
    kind: str = ""


def _chunks(*tensors: torch.Tensor) -> Iterator[tuple[torch.Tensor, ...]]:
    """The tensors (of one shape) flat, CHUNK elements of each at a time, side by side."""
    flat = [t.reshape(-1) for t in tensors]
    for start in range(0, flat[0].numel(), CHUNK):
        yield tuple(t[start : start + CHUNK] for t in flat)


def _wide(t: torch.Tensor) -> torch.Tensor:
    return t.to(torch.complex128 if t.is_complex() else torch.float64)


def _errors(a: torch.Tensor, b: torch.Tensor) -> tuple[float, float]:
    """Max absolute and relative error over finite positions."""
    max_abs = max_rel = 0.0
    for ca, cb in _chunks(a, b):
        a64, b64 = _wide(ca), _wide(cb)
        finite = torch.isfinite(a64) & torch.isfinite(b64)
        if finite.any():
            diff = (a64 - b64).abs()[finite]
            rel = diff / b64.abs()[finite].clamp_min(1e-30)
            max_abs, max_rel = max(max_abs, float(diff.max())), max(max_rel, float(rel.max()))
    return max_abs, max_rel


def _rms_error(a: torch.Tensor, truth: torch.Tensor) -> float:
    """Root-mean-square distance over positions finite in both. RMS, not max: two honest
    float32 summation orders differ most on a few cancelling elements, and one of them
    is often luckier there; a wrong kernel moves many elements, or one by far more."""
    squares, count = 0.0, 0
    for ca, ct in _chunks(a, truth):
        t64 = _wide(ct)
        a64 = ca.to(t64.dtype)
        finite = torch.isfinite(a64) & torch.isfinite(t64)
        squares += float((a64 - t64)[finite].abs().pow(2).sum())
        count += int(finite.sum())
    return math.sqrt(squares / count) if count else 0.0


def _finiteness(t: torch.Tensor) -> torch.Tensor:
    """Per element: 0 finite, 1 NaN, 2 +Inf, 3 -Inf (complex: by the worst part)."""
    if t.is_complex():
        t = torch.where(torch.isnan(t.real) | torch.isnan(t.imag), torch.nan, t.abs())
    cls = torch.zeros(t.shape, dtype=torch.int8)
    cls[torch.isnan(t)] = 1
    cls[torch.isposinf(t)] = 2
    cls[torch.isneginf(t)] = 3
    return cls


def _nonfinite_agree(got: torch.Tensor, ref: torch.Tensor, truth: torch.Tensor | None) -> bool:
    """NaN and ±Inf in the same places as eager. Where eager itself lands on the other side
    of a domain edge than the float64 truth (pow of -1 to 0.99999994 vs 1.0), rounding
    decides, so a compiler that differs from eager there is not wrong."""
    if not (got.is_floating_point() or got.is_complex()):
        return True
    if truth is None:
        return all(torch.equal(_finiteness(g), _finiteness(r)) for g, r in _chunks(got, ref))
    for g, r, t in _chunks(got, ref, truth):
        ref_cls = _finiteness(r)
        differ = _finiteness(g) != ref_cls
        if differ.any() and (differ & (_finiteness(t) == ref_cls)).any():
            return False  # where eager is right
    return True


#: integers decided by float math: how much more often than eager a compiler may miss the
#: float64 truth, plus this share of the elements (one rounding flip in a small tensor)
INT_SLACK_SHARE = 1e-3


def _exact(got: torch.Tensor, ref: torch.Tensor, truth: torch.Tensor | None, index: int):
    """Integers and bools: exact, unless float rounding decided eager's own (see above)."""
    if torch.equal(got, ref):
        return Comparison(True, output=index)
    wrong = int((got != ref).sum())
    max_abs, max_rel = _errors(got, ref)
    why = f"{wrong}/{ref.numel()} elements differ (exact dtype)"
    if truth is not None and truth.shape == ref.shape and truth.dtype == ref.dtype:
        off_ref, off_got = int((ref != truth).sum()), int((got != truth).sum())
        if off_ref:  # eager's integers came from rounding-sensitive float math
            allowed = TRUTH_SLACK * off_ref + max(1.0, INT_SLACK_SHARE * ref.numel())
            if off_got <= allowed:
                return Comparison(
                    True, "integers as close to the float64 run as eager's", index, max_abs
                )
            why += f"; {off_got} differ from the float64 run where eager's {off_ref} do"
    return Comparison(False, why, index, max_abs, max_rel, kind="exact")


def compare_one(
    got: torch.Tensor, ref: torch.Tensor, truth: torch.Tensor | None, index: int
) -> Comparison:
    if tuple(got.shape) != tuple(ref.shape):
        why = f"shape {list(got.shape)} != eager {list(ref.shape)}"
        return Comparison(False, why, index, kind="shape")
    if got.dtype != ref.dtype:
        return Comparison(False, f"dtype {got.dtype} != eager {ref.dtype}", index, kind="dtype")
    if got.numel() == 0:
        return Comparison(True, output=index)
    if truth is not None and truth.shape != ref.shape:
        truth = None  # not this output's float64 run
    if not (ref.is_floating_point() or ref.is_complex()):
        return _exact(got, ref, truth, index)
    if not _nonfinite_agree(got, ref, truth):
        return Comparison(False, "NaN/Inf positions differ from eager", index, kind="nan-inf")
    rtol, atol = TOLERANCES[ref.dtype]
    max_abs, max_rel = _errors(got, ref)
    if all(
        torch.allclose(g, r, rtol=rtol, atol=atol, equal_nan=True) for g, r in _chunks(got, ref)
    ):
        return Comparison(True, output=index, max_abs=max_abs, max_rel=max_rel)
    if truth is not None:
        err_got, err_ref = _rms_error(got, truth), _rms_error(ref, truth)
        if err_got <= TRUTH_SLACK * err_ref + atol:
            return Comparison(True, "within eager's own error vs float64", index, max_abs, max_rel)
        size = _rms_error(torch.zeros_like(truth), truth)
        if size > 0 and err_ref >= ILL_CONDITIONED * size:
            why = f"ill-conditioned: eager's own error from float64 is {err_ref / size:.2g} of it"
            return Comparison(True, why, index, max_abs, max_rel)
        reason = (
            f"max abs error {max_abs:.3g} (rel {max_rel:.3g}) vs eager; "
            f"RMS error {err_got:.3g} from float64 truth where eager's is {err_ref:.3g}"
        )
    else:
        reason = f"max abs error {max_abs:.3g} (rel {max_rel:.3g}) vs eager"
    return Comparison(False, reason, index, max_abs, max_rel, kind="value")


def compare(
    got: list[torch.Tensor], ref: list[torch.Tensor], truth: list[torch.Tensor] | None = None
) -> Comparison:
    """The first disagreeing output, or ok. `truth` is the float64 eager run, if any."""
    if len(got) != len(ref):
        return Comparison(False, f"{len(got)} outputs != eager's {len(ref)}", kind="count")
    worst = Comparison(True)
    for i, (g, r) in enumerate(zip(got, ref, strict=True)):
        t = truth[i] if truth is not None and i < len(truth) else None
        result = compare_one(g, r, t, i)
        if not result.ok:
            return result
        if result.max_abs >= worst.max_abs:
            worst = result
    return worst


@dataclass(frozen=True)
class Reference:
    """A run a backend's outputs are judged against: a backend, with its options."""

    backend: str
    options: dict[str, Any] = field(default_factory=dict)


class Oracle(Protocol):
    """What decides whether a backend's outputs are right. It names the runs it needs:
    `reference`, whose outputs the backend's must match (when it fails, the test is
    skipped), and `truth`, a more exact run that helps judge rounding (may fail, or be
    None). `judge` runs in a worker, on the outputs of all three; `name` finds it there."""

    name: str
    reference: Reference
    truth: Reference | None

    def judge(
        self,
        reference: list[torch.Tensor],
        truth: list[torch.Tensor] | None,
        actual: list[torch.Tensor],
    ) -> Comparison: ...

    def stage(self, graph: Any, comparison: Comparison) -> str:
        """The stage of a mismatch it found in `graph` (the lab's: "output"): a finding
        kind may claim it (e.g. a gradient's, in a training run)."""
        ...


class EagerOracle:
    """The default: eager as the reference, beyond honest rounding (judged by the float64
    eager run), output by output."""

    name = "eager"
    reference = Reference("eager")
    truth = Reference("eager", {"float64": True})

    def judge(
        self,
        reference: list[torch.Tensor],
        truth: list[torch.Tensor] | None,
        actual: list[torch.Tensor],
    ) -> Comparison:
        return compare(actual, reference, truth)

    def stage(self, graph: Any, comparison: Comparison) -> str:
        return "output"


ORACLE: Oracle = EagerOracle()


@cache
def registry() -> dict[str, Oracle]:
    """Every oracle by name: the lab's, and those other packages register (see plugins)."""
    found: dict[str, Oracle] = {ORACLE.name: ORACLE}
    for name, oracle in plugins.load("clab.oracles"):
        found.setdefault(getattr(oracle, "name", name), oracle)
    return found


def get(name: str) -> Oracle:
    """The oracle `name`; ValueError naming those there are."""
    found = registry()
    if name not in found:
        raise ValueError(f"unknown oracle {name!r} (have: {', '.join(sorted(found))})")
    return found[name]
