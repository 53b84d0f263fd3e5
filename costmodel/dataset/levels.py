"""The IR levels of the cost dataset: one list, read by the measurer (`clab measure
--levels`), the samples and the tabular models. A backend's `native_levels` name which of
them it hands over."""

from __future__ import annotations

#: every level a dataset row may be at; the order is part of a saved tabular model (its
#: one-hot level columns), so a new level goes at the end
LEVELS = ("dispatch", "configured", "linalg", "llvm", "torch", "flow", "stream", "hal")
#: not a level of text but a unit: each op of a graph lowered and measured on its own
KERNEL = "kernel"
#: what `clab measure --levels` takes
MEASURE_LEVELS = (*LEVELS, KERNEL)
