"""The registry of measurement collectors: each is one module with a `COLLECTOR`
(`collector.Collector`), and one entry here."""

from __future__ import annotations

from costmodel.measure import callgrind, gpu, latency, perf
from costmodel.measure.collector import Availability, Collector

COLLECTORS: dict[str, Collector] = {
    c.name: c for c in (latency.COLLECTOR, callgrind.COLLECTOR, perf.COLLECTOR, gpu.COLLECTOR)
}


def availability() -> dict[str, Availability]:
    """Whether each collector can run here, and why not."""
    return {name: c.availability() for name, c in COLLECTORS.items()}
