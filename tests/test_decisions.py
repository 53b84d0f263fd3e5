"""Ranking a compiler's decisions: features read off a configured dispatch's schedule, the
metrics that judge a ranking within each workload, and a planted ranking recovered."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from costmodel.dataset.samples import Sample
from costmodel.eval.metrics import decisions
from costmodel.features.extract import features


def configured(m: int, n: int, k: int, dist: list[int], vec: list[int], named=True) -> str:
    """A configured matmul dispatch as IREE writes it (its loop ranges in its name)."""
    name = f"main$async_dispatch_0_matmul_{m}x{n}x{k}_f32" if named else "d"
    a, b, c = f"tensor<{m}x{k}xf32>", f"tensor<{k}x{n}xf32>", f"tensor<{m}x{n}xf32>"
    return (
        f"func.func @{name}(%a: {a}, %b: {b}, %c: {c}) -> {c} attributes {{translation_info = "
        "#iree_codegen.translation_info<pipeline = #iree_cpu.pipeline<DoubleTilingExpert>>} {\n"
        "  %0 = linalg.matmul {lowering_config = #iree_cpu.lowering_config<distribution = "
        f"[{dist[0]}, {dist[1]}, 0], vector_common_parallel = [{vec[0]}, {vec[1]}, 0], "
        f"vector_reduction = [0, 0, {vec[2]}]>}} ins(%a, %b : {a}, {b}) outs(%c : {c}) -> {c}\n"
        f"  return %0 : {c}\n}}\n"
    )


def test_schedule_features_give_tiles_trips_vectors_and_remainders():
    f = features(configured(512, 512, 512, [64, 64], [8, 8, 8]))
    assert f["pipeline:DoubleTilingExpert"] == 1 and f["has_schedule"] == 1
    assert f["tile:distribution:0"] == pytest.approx(math.log2(65))
    assert f["log_workgroups"] == 6  # 8 x 8 workgroups
    assert f["log_vector_elements"] == 9 and f["log_vector_bytes"] == 11  # 8x8x8 f32
    assert f["undivided_distribution"] == 0
    # the loop ranges from the parsed op where the name has none: 48 divides 384, not 512
    g = features(configured(512, 384, 256, [48, 48], [8, 8, 8], named=False))
    assert g["undivided_distribution"] == 1
    assert "has_schedule" not in features(configured(64, 64, 64, [8, 8], [4, 4, 4]).replace(
        "distribution", "cache_parallel"))  # fmt: skip


def test_decision_metrics_judge_the_ranking_within_each_workload():
    true = np.array([4.0, 1.0, 2.0, 3.0, 10.0, 20.0, 30.0])
    work = ["a", "a", "a", "a", "b", "b", "b"]
    default = [True, False, False, False, False, True, False]
    perfect = decisions(true.copy(), true, work, default)
    assert perfect["kendall_within_workload"] == 1 and perfect["top1_score"] == 1
    assert perfect["top1_speedup"] == pytest.approx(math.sqrt(4 * 2), abs=1e-4)  # 4/1 and 20/10
    assert perfect["best_speedup"] == perfect["top1_speedup"]
    backwards = decisions(-true, true, work, default)
    assert backwards["kendall_within_workload"] == -1
    assert backwards["top1_score"] == pytest.approx((1 / 4 + 10 / 30) / 2, abs=1e-4)
    # the default is kept when the pick measures slower: never a slow-down
    assert backwards["top1_speedup"] == 1
    assert decisions(true, true, [None] * 7, default) == {"workloads": 0}


def _planted(workloads: list[tuple[int, int, int]], seed: int) -> list[Sample]:
    """Variants whose latency a simple rule decides: vectors of 8 are best, every tile that
    leaves a remainder costs double, and more workgroups than 64 cost a little each."""
    rng = random.Random(seed)
    out = []
    for m, n, k in workloads:
        w = f"{m}x{n}x{k}"
        for j in range(10):
            dist = [rng.choice([16, 32, 48, 64, 128]) for _ in range(2)]
            vec = [rng.choice([2, 4, 8, 16, 32]) for _ in range(3)] if j else [8, 8, 8]
            penalty = sum(abs(math.log2(v) - 3) for v in vec)
            penalty += sum(1 for d, size in zip(dist, (m, n), strict=True) if size % d)
            groups = math.ceil(m / dist[0]) * math.ceil(n / dist[1])
            latency = m * n * k * 1e-11 * (1 + penalty) * (1 + max(0, groups - 64) / 256)
            out.append(Sample(configured(m, n, k, dist, vec), "configured",
                              {"latency_s": latency}, "planted", w, f"{w}:{j}",
                              workload=w, is_default=j == 0))  # fmt: skip
    return out


def test_a_planted_ranking_is_recovered_on_workloads_never_seen():
    from costmodel.models.registry import create

    rng = random.Random(0)
    sizes = [(rng.choice([96, 128, 256, 384, 512]), rng.choice([64, 192, 256, 512]),
              rng.choice([64, 128, 512])) for _ in range(40)]  # fmt: skip
    train, test = _planted(sizes[:30], 1), _planted(sizes[30:], 2)
    model = create("lightgbm", {"seed": 0}).fit(train)
    pred = [p["latency_s"] for p in model.predict([s.text for s in test], [s.level for s in test])]
    true = [s.targets["latency_s"] for s in test]
    found = decisions(np.array(pred), np.array(true), [s.workload for s in test],
                      [s.is_default for s in test])  # fmt: skip
    assert found["workloads"] == 10
    assert found["kendall_within_workload"] >= 0.7
    assert found["top1_score"] >= 0.8 and found["top5_score"] >= 0.95


def test_the_service_ranks_a_batch_of_variants_of_one_workload(tmp_path):
    from fastapi.testclient import TestClient

    from costmodel.models.registry import create
    from costmodel.serve.api import Predictor
    from costmodel.serve.http import create_app

    rng = random.Random(5)
    sizes = [(rng.choice([128, 256, 512]), rng.choice([128, 384]), 256) for _ in range(30)]
    model = create("lightgbm", {"seed": 0}).fit(_planted(sizes, 3))
    variants = _planted([(512, 384, 256)], 4)
    texts = [s.text for s in variants]
    true = [s.targets["latency_s"] for s in variants]
    ranking = Predictor(model, "planted").rank(texts)
    assert sorted(ranking) == list(range(len(texts)))
    assert min(true[i] for i in ranking[:3]) == min(true)  # the fastest among its first three
    client = TestClient(create_app(str(model.save(tmp_path / "m"))))
    resp = client.post("/v1/predict", json={"texts": texts, "rank": True})
    assert resp.status_code == 200 and resp.json()["ranking"] == ranking
    assert "ranking" not in client.post("/v1/predict", json={"texts": texts}).json()
    assert client.post("/v1/predict", json={"texts": texts, "rank": "yes"}).status_code == 422


def test_the_ranking_model_recovers_the_planted_order_and_saves_and_loads(tmp_path):
    from costmodel.models.registry import create, load

    rng = random.Random(0)
    sizes = [(rng.choice([96, 128, 256, 384, 512]), rng.choice([64, 192, 256, 512]),
              rng.choice([64, 128, 512])) for _ in range(40)]  # fmt: skip
    train, test = _planted(sizes[:30], 1), _planted(sizes[30:], 2)
    model = create("lightgbm-rank", {"seed": 0}).fit(train)
    assert model.targets == ["latency_s"]
    texts = [s.text for s in test]
    pred = [p["latency_s"] for p in model.predict(texts, [s.level for s in test])]
    found = decisions(np.array(pred), np.array([s.targets["latency_s"] for s in test]),
                      [s.workload for s in test], [s.is_default for s in test])  # fmt: skip
    assert found["kendall_within_workload"] >= 0.7 and found["top5_score"] >= 0.95
    again = load(model.save(tmp_path / "r")).predict(texts, [s.level for s in test])
    assert [p["latency_s"] for p in again] == pytest.approx(pred, rel=1e-6)
