"""Rule inference: the DSL, synthesis of known rules from real calls, planted rules."""

from __future__ import annotations

import random

import numpy as np
import pytest
import torch
import z3
from hypothesis import given, settings
from hypothesis import strategies as st

from fuzz.infer import partial, synth
from fuzz.infer.dsl import Bin, Call, Const, Expr, Pred, Sym, parse_expr, parse_pred
from fuzz.infer.infer import infer_partial
from fuzz.traces.record import Recorder

# ---- the DSL ------------------------------------------------------------------------------

SYMS = ["a0_0", "a0_1", "i2"]
_exprs = st.recursive(
    st.one_of(st.builds(Const, st.integers(-5, 9)), st.sampled_from([Sym(s) for s in SYMS])),
    lambda kids: st.one_of(
        st.builds(Bin, st.sampled_from(["+", "-", "*", "//", "%"]), kids, kids),
        st.builds(lambda f, a, b: Call(f, (a, b)), st.sampled_from(["min", "max"]), kids, kids),
    ),
    max_leaves=8,
)
_envs = st.fixed_dictionaries({s: st.integers(-20, 20) for s in SYMS})


def _safe_eval(e: Expr, env: dict[str, int]) -> int | None:
    try:
        return e.eval(env)
    except ZeroDivisionError:
        return None


@settings(max_examples=400, deadline=None)
@given(_exprs, _envs)
def test_print_parse_round_trip(expr, env):
    again = parse_expr(str(expr))
    assert str(again) == str(expr)
    assert _safe_eval(again, env) == _safe_eval(expr, env)


@settings(max_examples=300, deadline=None)
@given(_exprs, _envs)
def test_z3_and_python_agree(expr, env):
    value = _safe_eval(expr, env)
    if value is None:
        return
    zenv = {s: z3.IntVal(v) for s, v in env.items()}
    assert z3.simplify(expr.z3(zenv)).as_long() == value


@settings(max_examples=200, deadline=None)
@given(_exprs, st.sampled_from(["==", ">", ">="]), _envs)
def test_predicates_round_trip_and_agree_with_z3(expr, cmp, env):
    pred = Pred(expr, cmp)
    again = parse_pred(str(pred))
    assert str(again) == str(pred)
    zenv = {s: z3.IntVal(v) for s, v in env.items()}
    assert z3.is_true(z3.simplify(pred.z3(zenv))) == pred.holds(env)


def test_parse_errors_are_clear():
    with pytest.raises(ValueError, match="trailing"):
        parse_expr("a + b c")
    with pytest.raises(ValueError, match="expected"):
        parse_pred("a + 1 != 0")


# ---- synthesis of known rules from real calls ------------------------------------------------


def _record(calls) -> list[dict]:
    rec = Recorder("test")
    for fn in calls:
        try:
            with rec:
                fn()
        except Exception:
            pass
    return [r.to_json() | {"rep": True} for r in rec.records]


def _rule_for(records: list[dict], op: str):
    parts = [p for p in partial.group(records) if p.op == op]
    parts.sort(key=lambda p: -len(p.valid))
    rule = infer_partial(parts[0], budget_s=30, samples=60, negatives=10)
    assert rule is not None
    return rule


def _equivalent(expr: Expr, truth, envs: list[dict[str, int]]) -> bool:
    return all(expr.eval(env) == truth(env) for env in envs)


def test_recovers_conv2d_output_size():
    rng = random.Random(0)
    calls = []
    for _ in range(40):
        n, c, o, k = rng.randint(1, 3), rng.randint(1, 4), rng.randint(1, 4), rng.randint(1, 4)
        h, w = rng.randint(k, 12), rng.randint(k, 12)
        s, p, d = rng.randint(1, 3), rng.randint(0, 2), rng.randint(1, 2)
        x, wt = torch.randn(n, c, h, w), torch.randn(o, c, k, k)
        calls.append(
            lambda x=x, wt=wt, s=s, p=p, d=d: torch.nn.functional.conv2d(
                x, wt, stride=s, padding=p, dilation=d
            )
        )
    rule = _rule_for(_record(calls), "aten.convolution.default")
    h_expr = rule.output_exprs[0][2]

    def truth(env):
        return (env["a0_2"] + 2 * env["i4_0"] - env["i5_0"] * (env["a1_2"] - 1) - 1) // env[
            "i3_0"
        ] + 1

    envs = [
        {"a0_2": h, "a1_2": k, "i3_0": s, "i4_0": p, "i5_0": d}
        for h in range(5, 15)
        for k in (1, 2, 3)
        for s in (1, 2, 3)
        for p in (0, 1)
        for d in (1, 2)
    ]
    assert _equivalent(h_expr, truth, envs), str(h_expr)
    assert rule.validation["precision"] >= 0.99


def test_recovers_matmul_and_its_predicate():
    rng = random.Random(1)
    calls = []
    for _ in range(20):
        m, k, n = rng.randint(1, 8), rng.randint(1, 8), rng.randint(1, 8)
        a, b = torch.randn(m, k), torch.randn(k, n)
        calls.append(lambda a=a, b=b: torch.mm(a, b))
        bad = torch.randn(k + rng.randint(1, 3), n)
        calls.append(lambda a=a, bad=bad: torch.mm(a, bad))
    rule = _rule_for(_record(calls), "aten.mm.default")
    assert [str(e) for e in rule.output_exprs[0]] == ["a0_0", "a1_1"]
    env_ok = {"a0_0": 3, "a0_1": 5, "a1_0": 5, "a1_1": 2}
    assert rule.requires(env_ok)
    assert not rule.requires(env_ok | {"a1_0": 6})


def test_recovers_broadcasting():
    rng = random.Random(2)
    calls = []
    for _ in range(30):
        a, b = rng.randint(1, 6), rng.randint(1, 6)
        x, y = torch.randn(a, 1), torch.randn(1, b)
        calls.append(lambda x=x, y=y: torch.add(x, y))
        z = torch.randn(a, b)
        calls.append(lambda x=x, z=z: torch.add(x, z))
    records = _record(calls)
    parts = [p for p in partial.group(records) if p.op == "aten.add.Tensor"]
    shapes = set()
    for part in parts:
        rule = infer_partial(part, budget_s=20, samples=40, negatives=5)
        shapes.add(tuple(str(e) for e in rule.output_exprs[0]))
        envs = [{**{n: rng.randint(1, 6) for n in part.symbols}} for _ in range(50)]
        for env in envs:
            env["a0_1"] = env["a1_0"] = 1
            env_rule = rule.output_shape(env)[0]
            x, y = torch.empty(env["a0_0"], 1), torch.empty(1, env["a1_1"])
            if rule.requires(env):
                assert env_rule == list(torch.broadcast_shapes(x.shape, y.shape))
    assert ("a0_0", "a1_1") in shapes or ("max(a0_0, a1_0)", "max(a0_1, a1_1)") in shapes


def test_recovers_cat_as_a_sum():
    rng = random.Random(3)
    calls = []
    for _ in range(20):
        a, b, c = rng.randint(1, 6), rng.randint(1, 6), rng.randint(1, 6)
        x, y = torch.randn(a, c), torch.randn(b, c)
        calls.append(lambda x=x, y=y: torch.cat([x, y], 0))
    rule = _rule_for(_record(calls), "aten.cat.default")
    first = rule.output_exprs[0][0]
    assert all(
        first.eval({"a0_0_0": a, "a0_1_0": b}) == a + b for a in range(1, 5) for b in range(1, 5)
    ), str(first)


@pytest.mark.parametrize("keepdim", [True, False])
def test_recovers_reductions_with_keepdim(keepdim):
    rng = random.Random(4)
    calls = []
    for _ in range(15):
        x = torch.randn(rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5))
        calls.append(lambda x=x: torch.sum(x, dim=1, keepdim=keepdim))
    rule = _rule_for(_record(calls), "aten.sum.dim_IntList")
    got = [str(e) for e in rule.output_exprs[0]]
    assert got == (["a0_0", "1", "a0_2"] if keepdim else ["a0_0", "a0_2"])


def test_recovers_pooling_with_stride_padding_dilation():
    rng = random.Random(5)
    calls = []
    for _ in range(40):
        k, s, d = rng.randint(1, 3), rng.randint(1, 3), rng.randint(1, 2)
        p = rng.randint(0, k // 2)
        h = rng.randint(d * (k - 1) + 1, 14)
        x = torch.randn(1, 2, h, h)
        calls.append(lambda x=x, k=k, s=s, p=p, d=d: torch.nn.functional.max_pool2d(x, k, s, p, d))
    rule = _rule_for(_record(calls), "aten.max_pool2d_with_indices.default")
    h_expr = rule.output_exprs[0][2]
    envs = [
        {"a0_2": h, "i1_0": k, "i2_0": s, "i3_0": p, "i4_0": d}
        for h in range(6, 14)
        for k in (1, 2, 3)
        for s in (1, 2)
        for p in (0, 1)
        for d in (1, 2)
        if p <= k // 2
    ]

    def truth(env):
        return (env["a0_2"] + 2 * env["i3_0"] - env["i4_0"] * (env["i1_0"] - 1) - 1) // env[
            "i2_0"
        ] + 1

    assert _equivalent(h_expr, truth, envs), str(h_expr)


# ---- a planted rule -------------------------------------------------------------------------


def test_planted_rule_is_recovered():
    """Synthetic observations from a known formula and predicate give that formula back."""
    rng = np.random.default_rng(0)
    rows = 40
    cols = {
        "a0_0": rng.integers(1, 10, rows),
        "a0_1": rng.integers(1, 10, rows),
        "i1": rng.integers(0, 4, rows),
    }
    target = cols["a0_0"] * cols["a0_1"] + 1
    shapes = synth.synthesize_shapes(cols, {"o0_0": target}, budget_s=20)
    e = shapes.exprs["o0_0"]
    assert all(
        e.eval({k: int(v[i]) for k, v in cols.items()}) == int(target[i]) for i in range(rows)
    )
    assert e.size <= 5
    # validity: a0_0 - i1 > 0 (a planted predicate); invalid rows violate it
    valid_mask = cols["a0_0"] - cols["i1"] > 0
    valid = {k: v[valid_mask] for k, v in cols.items()}
    bad = {"a0_0": rng.integers(1, 4, 20), "a0_1": rng.integers(1, 10, 20)}
    bad["i1"] = bad["a0_0"] + rng.integers(0, 3, 20)
    preds, unexplained = synth.synthesize_predicates(valid, bad)
    assert unexplained == 0
    for i in range(20):
        env = {k: int(v[i]) for k, v in bad.items()}
        assert not all(p.holds(env) for p in preds)
    planted = parse_pred("a0_0 - i1 > 0")
    for i in range(int(valid_mask.sum())):
        env = {k: int(v[i]) for k, v in valid.items()}
        assert planted.holds(env) and all(p.holds(env) for p in preds)


def test_validation_counterexamples_teach_a_missing_predicate():
    """Traces hold only valid `select` calls, so the index's bound on the dim is not learned
    from them; validation draws from the generator's domain (small dims, attributes at their
    ends), finds the calls torch rejects, and predicate synthesis learns from those."""
    rng = random.Random(8)
    calls = []
    for _ in range(30):
        a, i = rng.randint(6, 9), rng.randint(0, 5)
        x = torch.randn(a, 3)
        calls.append(lambda x=x, i=i: torch.select(x, 0, i))
    rule = _rule_for(_record(calls), "aten.select.int")
    assert rule.validated, rule.validation
    assert rule.support.get("counterexamples", 0) > 0
    dim, index = (
        sorted(n for n in rule.slots if rule.slots[n]["kind"] == "dim")[0],
        next(n for n in rule.slots if rule.slots[n]["kind"] == "int"),
    )
    env = {n: 3 for n in rule.slots} | {dim: 2, index: 4}
    assert not rule.requires(env)  # index 4 into a dim of 2 is rejected now


def test_inference_and_checks_run_in_a_worker_as_typed_calls(pool):
    """`infer_op`, `check_rule_json` and `domain_share` take and give dataclasses: what a
    worker answers is rebuilt as the declared reply, not read from a dict."""
    from pathlib import Path

    from compiler_lab.sandbox.calls import Call
    from fuzz.infer.check import (
        DomainShare,
        RuleCheck,
        Share,
        Validation,
        check_rule_json,
        domain_share,
    )
    from fuzz.infer.infer import InferOp, Inferred, infer_op
    from fuzz.infer.library import records_by_op

    root = Path(__file__).resolve().parent.parent / "corpora"
    op = "aten.relu.default"
    records = records_by_op(root / "traces", {op})[op][:40]
    none = DomainShare([], 5, "uniform")
    inferred, share = pool.call_many(
        [Call(infer_op, InferOp(op, records, 8.0)), Call(domain_share, none)]
    )
    assert inferred.ok and isinstance(inferred.result, Inferred), inferred
    assert inferred.result.op == op and inferred.result.rules and inferred.result.partials >= 1
    assert share.ok and share.result == Share(0, 0)
    rule = inferred.result.rules[0]
    calls = [
        Call(check_rule_json, RuleCheck(rule, 20)),
        Call(domain_share, DomainShare([rule], 5, "uniform")),
    ]
    checked, shared = pool.call_many(calls)
    assert checked.ok and isinstance(checked.result, Validation) and checked.result.validated
    assert shared.ok and shared.result.accepted == shared.result.valid == 5
    with pytest.raises(TypeError, match="takes a RuleCheck"):
        Call(check_rule_json, {"rule": rule, "samples": 20}).wire()
