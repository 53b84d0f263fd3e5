"""Shared fixtures: example graphs and warm sandbox pools (real compilers, no fakes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from compiler_lab.ir.graph import Graph
from compiler_lab.sandbox.pool import SandboxConfig, WorkerPool, default_cache_dir

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "corpora" / "examples"


def example(name: str) -> Graph:
    return Graph.load(EXAMPLES / f"{name}.json")


@pytest.fixture(scope="session")
def pool():
    """Two warm workers shared by the whole session."""
    with WorkerPool(2, SandboxConfig(default_cache_dir(), timeout_s=300)) as p:
        yield p


@pytest.fixture(scope="session")
def hook_pool():
    """One worker with test hooks enabled, a short timeout and a 4 GiB memory limit."""
    config = SandboxConfig(default_cache_dir(), timeout_s=20, memory_mb=4096, test_hooks=True)
    with WorkerPool(1, config) as p:
        yield p
