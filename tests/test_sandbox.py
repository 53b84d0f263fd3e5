"""Misbehaving workers become verdicts; the pool replaces them and carries on."""

from __future__ import annotations

import pytest

from compiler_lab import lab
from tests.conftest import example


@pytest.mark.parametrize(
    "hook, verdict, stage",
    [
        ("segfault", "crash", "signal:SIGSEGV"),
        ("abort", "crash", "signal:SIGABRT"),
        ("hang", "hang", "timeout"),
        ("oom", "crash", "oom"),
    ],
)
def test_hook_becomes_verdict_and_next_case_still_runs(hook_pool, hook, verdict, stage):
    g = example("softmax")
    requests = [
        lab.LabRequest(g, "eager", hook=hook),
        lab.LabRequest(g, "eager"),
        lab.LabRequest(example("matmul_chain"), "aot_eager"),
    ]
    bad, after, other = lab.run(requests, hook_pool)
    assert (bad.verdict, bad.stage) == (verdict, stage), bad.reason
    assert after.verdict == "ok"
    assert other.verdict == "ok"


def test_hooks_are_refused_without_the_test_switch(pool):
    (v,) = lab.run([lab.LabRequest(example("softmax"), "eager", hook="segfault")], pool)
    assert v.verdict == "crash" and "CLAB_TEST_HOOKS" in v.failure.message
