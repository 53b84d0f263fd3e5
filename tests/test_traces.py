"""Trace recording: the recorder's coverage of call shapes, replay, and the shipped corpus."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import torch

from fuzz.traces import corpus
from fuzz.traces.collect import CollectOptions, collect
from fuzz.traces.record import Recorder, TraceRecord, normalize_message
from fuzz.traces.replay import replay
from fuzz.traces.units import Replay, replay_records

CORPUS = Path(__file__).resolve().parent.parent / "corpora" / "traces"


def _record(fn) -> list[TraceRecord]:
    rec = Recorder("test")
    try:
        with rec:
            fn()
    except Exception:
        pass
    return rec.records


def test_tuple_outputs_are_recorded():
    x = torch.randn(3, 4)
    (r,) = _record(lambda: torch.ops.aten.max.dim(x, 1))
    assert r.op == "aten.max.dim" and r.ok
    assert r.outputs == [{"shape": [3], "dtype": "float32"}, {"shape": [3], "dtype": "int64"}]


def test_in_place_ops_record_the_state_before_mutation():
    x, y = torch.full((2, 2), 3.0), torch.ones(2, 2)
    (r,) = _record(lambda: x.add_(y))
    assert r.op == "aten.add_.Tensor" and r.ok
    assert r.args[0]["T"]["range"] == [3, 3]


def test_tensor_list_arguments():
    a, b = torch.ones(2, 3), torch.zeros(4, 3)
    (r,) = _record(lambda: torch.cat([a, b]))
    assert r.op == "aten.cat.default"
    assert [t["T"]["shape"] for t in r.args[0]] == [[2, 3], [4, 3]]
    assert r.outputs == [{"shape": [6, 3], "dtype": "float32"}]


def test_views_and_stride_classes():
    x = torch.randn(4, 5)
    records = _record(lambda: x.t().contiguous())
    assert [r.op for r in records] == ["aten.t.default", "aten.clone.default"]
    assert records[1].args[0]["T"]["stride"] == "transposed"


def test_a_call_that_raises_is_recorded_as_invalid():
    a, b = torch.randn(2, 3), torch.randn(4, 5)
    records = _record(lambda: torch.mm(a, b))
    (r,) = records
    assert not r.ok and r.error["type"] == "RuntimeError"
    assert r.error["msg"] == normalize_message(r.error["msg"])
    assert "N" in r.error["msg"] and "2" not in r.error["msg"]


def test_replay_reproduces_valid_and_invalid_calls():
    good = _record(
        lambda: torch.nn.functional.conv2d(
            torch.randn(1, 3, 8, 8), torch.randn(4, 3, 3, 3), stride=2
        )
    )
    bad = _record(
        lambda: torch.nn.functional.conv2d(torch.randn(1, 2, 8, 8), torch.randn(4, 3, 3, 3))
    )
    for r in good + bad:
        assert replay(r, seed=3).agrees_with(r)


def test_signature_ignores_value_ranges_and_source():
    x, y = torch.randn(3), torch.randn(3) + 5
    a = _record(lambda: torch.relu(x))[0]
    b = _record(lambda: torch.relu(y))[0]
    b.source = "elsewhere"
    assert a.signature() == b.signature()


def test_collect_small_and_resume(tmp_path):
    opts = CollectOptions(
        out=tmp_path, sources=("opinfo",), opinfo_limit=2, schema=False, mutate=True, workers=1
    )
    first = collect(opts)
    assert first.finished
    manifest = corpus.read_manifest(tmp_path)
    assert manifest["torch"] == torch.__version__ and manifest["records"] > 0
    records = list(corpus.read_records(tmp_path))
    assert {r["src"].split(":")[0] for r in records} >= {"opinfo", "mutate"}
    assert any(not r["ok"] for r in records) and any(r["ok"] for r in records)
    parts = {p: p.stat().st_mtime_ns for p in (tmp_path / ".parts").glob("*.jsonl.gz")}
    opts.opinfo_limit = 3
    collect(opts)
    for path, mtime in parts.items():
        assert path.stat().st_mtime_ns == mtime, f"{path.name} was redone on resume"
    assert corpus.read_manifest(tmp_path)["records"] >= manifest["records"]


@pytest.mark.skipif(not (CORPUS / "manifest.json").exists(), reason="no shipped corpus")
def test_shipped_corpus_replays(pool):
    """200 valid and 200 invalid replayable, non-random records re-run to the same outcome."""
    records = [r for r in corpus.read_records(CORPUS) if r.get("rep") and not r.get("random")]
    rng = random.Random(0)
    valid = rng.sample([r for r in records if r["ok"]], 200)
    invalid = rng.sample([r for r in records if not r["ok"]], 200)
    resp = pool.call(replay_records, Replay(valid + invalid))
    assert resp.ok, resp
    results = resp.result.results
    disagree = [
        (rec["op"], res)
        for rec, res in zip(valid + invalid, results, strict=True)
        if not res["agrees"]
    ]
    assert not disagree, disagree[:10]


@pytest.mark.skipif(not (CORPUS / "manifest.json").exists(), reason="no shipped corpus")
def test_shipped_corpus_meets_its_coverage():
    stats = corpus.read_manifest(CORPUS)["stats"]
    assert stats["ops_with_valid"] >= 900
    assert stats["ops_with_invalid"] >= 500
