"""Misbehaving workers become verdicts; the pool replaces them and carries on."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from compiler_lab.execution import lab
from compiler_lab.sandbox.calls import Call, checked, sandbox_call
from compiler_lab.sandbox.response import Response
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


def test_only_registered_functions_run_in_a_worker(pool):
    """Registration is the allowlist: a function of the lab's own that was not registered
    is refused, though its module imports fine; so is one of any other module."""
    for name in ("compiler_lab.cli:parse_options", "os:getcwd"):
        (resp,) = pool.map([{"kind": "call", "function": name, "payload": {}}])
        assert resp.status == "error" and "not a registered sandbox call" in resp.error, resp


@dataclass
class _Reply:
    elements: int


def _typed(request: dict) -> _Reply:
    return _Reply(0)


def test_a_reply_of_the_wrong_type_is_a_bad_reply():
    """Replies are rebuilt as the registered type on arrival; anything else is BadReply."""
    sandbox_call(dict, _Reply)(_typed)
    assert checked(_typed, Response("ok", result={"elements": 3})).result == _Reply(3)
    for wrong in ({"elements": "3"}, {"elements": 3, "extra": 1}, {}, [3]):
        resp = checked(_typed, Response("ok", result=wrong))
        assert (resp.stage, resp.failure["exc_type"]) == ("protocol", "BadReply"), wrong
    with pytest.raises(TypeError, match="takes a dict"):
        Call(_typed, ["not", "a", "dict"]).wire()
    with pytest.raises(ValueError, match="not a registered sandbox call"):
        Call(example, {}).wire()
