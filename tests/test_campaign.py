"""Campaigns: misbehaving workers, kill -9 and resume, concurrent readers, bug injectors
giving one bucket each, the report."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from compiler_lab.findings.cases import reduced_path
from compiler_lab.storage.store import Store, StoreError
from fuzz.campaign.campaign import Campaign
from fuzz.campaign.config import CampaignConfig
from fuzz.gen.library import load
from fuzz.tables import FuzzStore

ROOT = Path(__file__).resolve().parent.parent
RULES, TRACES = ROOT / "corpora/rules", ROOT / "corpora/traces"
pytestmark = pytest.mark.skipif(not (RULES / "rules.json").exists(), reason="no rules")
SIMPLE = ["relu", "add", "mul", "sub", "mm", "sum", "tanh", "sigmoid", "permute", "cat"]


@pytest.fixture(scope="module")
def simple_library():
    return load(str(RULES), str(TRACES)).restrict(SIMPLE, None)


def _fuzz(log: Path, *args: str) -> subprocess.Popen:
    """`clab fuzz ARGS` in the background, its output going to `log`: a pipe nobody drains
    fills (a live display in a terminal-like CI writes about 2 KB/s) and then blocks the
    campaign, which no signal can stop."""
    cmd = [
        sys.executable,
        "-m",
        "compiler_lab",
        "fuzz",
        "--rules",
        str(RULES),
        "--traces",
        str(TRACES),
        "--include",
        ",".join(SIMPLE),
        "--dtypes",
        "float32",
        *args,
    ]
    with log.open("w") as out:
        return subprocess.Popen(
            cmd, stdout=out, stderr=subprocess.STDOUT, env=dict(os.environ, COLUMNS="200")
        )


def _exit_code(proc: subprocess.Popen, log: Path, timeout: float) -> int:
    """The campaign's exit code; one still running after `timeout` is killed and fails the
    test with the end of its output."""
    try:
        return proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        pytest.fail(f"clab fuzz still running after {timeout} s:\n{log.read_text()[-3000:]}")


def _tests(db: Path) -> list[tuple]:
    """The store's tests; none while the campaign has not yet created it."""
    try:
        Store(db, readonly=True).close()
    except (FileNotFoundError, StoreError):
        return []
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = con.execute(
        "SELECT idx, backend, graph_hash, verdict FROM tests ORDER BY idx, backend"
    ).fetchall()
    con.close()
    return rows


def test_worker_segfault_hang_and_oom_become_verdicts(tmp_path, simple_library):
    cfg = CampaignConfig(
        store=tmp_path / "h.db",
        seed=3,
        backends=["aot_eager"],
        max_tests=8,
        batch_size=8,
        timeout_s=15,
        memory_mb=4096,
        hooks={1: "segfault", 3: "hang", 5: "oom"},
    )
    progress = Campaign(cfg, simple_library).run()
    assert progress.stopped == "max-tests"
    rows = {
        idx: (verdict, stage)
        for idx, _, _, verdict, stage in sqlite3.connect(cfg.store).execute(
            "SELECT idx, backend, graph_hash, verdict, stage FROM tests"
        )
    }
    assert len(rows) == 8
    assert rows[1] == ("crash", "signal:SIGSEGV")
    assert rows[3] == ("hang", "timeout")
    assert rows[5] == ("crash", "oom")
    assert all(rows[i][0] == "ok" for i in (0, 2, 4, 6, 7))


def test_a_perf_campaign_records_its_timed_tests(tmp_path, simple_library):
    """`clab fuzz --perf`: each test carries the perf oracle's evidence beside its timings."""
    cfg = CampaignConfig(
        store=tmp_path / "p.db", seed=4, backends=["aot_eager"], max_tests=4, perf=True
    )
    progress = Campaign(cfg, simple_library).run()
    assert progress.stopped == "max-tests"
    rows = sqlite3.connect(cfg.store).execute("SELECT verdict, seconds FROM tests").fetchall()
    # every test timed; aot_eager's per-call overhead (guards, runtime wrapper) on a graph
    # of a few µs is a legitimate perf-outlier on a slow or loaded machine, so both verdicts
    # may appear, nothing else
    assert len(rows) == 4 and all(seconds > 0 for _, seconds in rows)
    assert {verdict for verdict, _ in rows} <= {"ok", "perf-outlier"}, rows


def test_kill_minus_nine_then_resume_records_the_same_tests(tmp_path):
    args = [
        "--backends",
        "aot_eager",
        "--seed",
        "5",
        "--max-tests",
        "48",
        "--budget",
        "10m",
        "--workers",
        "1",
    ]
    full = _fuzz(tmp_path / "full.log", *args, "--store", str(tmp_path / "full.db"))
    killed = _fuzz(tmp_path / "killed.log", *args, "--store", str(tmp_path / "killed.db"))
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if len(_tests(tmp_path / "killed.db")) >= 24:
            break
        time.sleep(0.5)
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    partial = _tests(tmp_path / "killed.db")
    assert 24 <= len(partial) < 48, "killed mid-way"
    log = tmp_path / "resumed.log"
    resumed = _fuzz(log, *args, "--store", str(tmp_path / "killed.db"))
    assert _exit_code(resumed, log, 900) == 0, log.read_text()
    assert _exit_code(full, tmp_path / "full.log", 900) == 0, (tmp_path / "full.log").read_text()
    after = _tests(tmp_path / "killed.db")
    assert len(after) == 48 and len(set(after)) == 48
    assert set(partial) <= set(after)
    assert after == _tests(tmp_path / "full.db")


def test_concurrent_readers_and_clean_sigint(tmp_path):
    db = tmp_path / "c.db"
    # far more tests than run before the signal: a reader that waits on a lock for a while
    # must not let the campaign finish first (the SIGINT is what this test is about)
    log = tmp_path / "c.log"
    proc = _fuzz(
        log,
        "--backends",
        "aot_eager",
        "--seed",
        "9",
        "--max-tests",
        "5000",
        "--budget",
        "10m",
        "--workers",
        "1",
        "--store",
        str(db),
    )
    readers = []
    seen = [0, 0]
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and seen[0] < 48:
        if not readers and _tests(db):
            readers = [Store(db, readonly=True), Store(db, readonly=True)]
        if readers:
            for i, r in enumerate(readers):
                n = sum(r.verdict_counts().values())
                assert n >= seen[i]  # each reader sees a consistent, growing store
                seen[i] = n
        time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    assert _exit_code(proc, log, 300) == 0, log.read_text()
    for r in readers:
        r.close()
    store = Store(db, readonly=True)
    (status,) = store.db.execute("SELECT status FROM campaigns").fetchone()
    assert status == "stopped:SIGINT"
    assert sum(store.verdict_counts().values()) % 24 == 0  # whole batches only


@pytest.mark.parametrize("mode, kind", [("accuracy", "mismatch"), ("compile_error", "crash")])
def test_relu_injector_yields_exactly_one_bucket(tmp_path, simple_library, mode, kind):
    cfg = CampaignConfig(
        store=tmp_path / f"{mode}.db",
        seed=11,
        backends=["inductor"],
        max_tests=24,
        batch_size=24,
        dtypes=("float32",),
        options={"inductor": {"cpp.inject_relu_bug_TESTING_ONLY": mode}},
    )
    Campaign(cfg, simple_library).run()
    store = Store(cfg.store, readonly=True)
    found = [b for b in store.buckets() if b["kind"] == kind]
    with_relu = [
        r
        for r in store.db.execute("SELECT ops, verdict FROM tests")
        if "aten.relu.default" in json.loads(r[0])
    ]
    assert with_relu, "the generated graphs use relu"
    assert len(found) == 1, [b["key"] for b in found]
    if kind == "mismatch":
        assert found[0]["key"].endswith(
            "aten.relu.default@cpp.inject_relu_bug_TESTING_ONLY=accuracy"
        )
    assert (store.case_path(found[0]) / "repro.py").exists()
    if kind == "crash":  # the morning after: list, then reduce every bucket, twice
        listed = _triage("list", str(cfg.store))
        assert found[0]["key"] in listed.stdout.replace("\n", "").replace("│", "").replace(" ", "")
        first = _triage("reduce", "--all", "--store", str(cfg.store))
        assert first.returncode == 0 and "reduced" in first.stdout, first.stdout + first.stderr
        again = _triage("reduce", "--all", "--store", str(cfg.store))
        assert again.returncode == 0 and "already reduced" in again.stdout
        reduced = Store(cfg.store, readonly=True).buckets()
        assert (
            json.loads(next(b for b in reduced if b["kind"] == kind)["reduced"])["nodes_after"] <= 3
        )
        # the bucket's report is written for its reduced case, the one a maintainer reads
        key, case = found[0]["key"], store.case_path(found[0])
        told = _triage("report", key, "--store", str(cfg.store), "--no-others")
        assert told.returncode == 0, told.stdout + told.stderr
        assert (reduced_path(case) / "report.md").exists() and not (case / "report.md").exists()


def _triage(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "compiler_lab", "triage", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ, COLUMNS="300"),
        timeout=900,
    )


def test_report_is_self_contained(tmp_path, simple_library):
    cfg = CampaignConfig(
        store=tmp_path / "r.db", seed=2, backends=["aot_eager"], max_tests=8, batch_size=8
    )
    Campaign(cfg, simple_library).run()
    from fuzz.campaign.report import write_report

    md = write_report(cfg.store, tmp_path / "report.html")
    page = (tmp_path / "report.html").read_text()
    assert page.count("data:image/png;base64,") >= 3 and "http" not in page.replace(
        "http-equiv", ""
    )
    assert "Tests by verdict" in md.read_text()
    assert "Budget by op class: public: 100% of op calls, " in md.read_text()  # SIMPLE: public


def test_ray_executor_runs_a_campaign(tmp_path, simple_library):
    pytest.importorskip("ray")
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        cfg = CampaignConfig(
            store=tmp_path / "ray.db",
            seed=6,
            backends=["aot_eager"],
            max_tests=8,
            batch_size=8,
            executor="ray",
            workers=2,
            hooks={2: "segfault"},
            timeout_s=30,
        )
        Campaign(cfg, simple_library).run()
    finally:
        ray.shutdown()
    rows = dict(sqlite3.connect(cfg.store).execute("SELECT idx, stage FROM tests"))
    assert len(rows) == 8
    assert rows[2] == "signal:SIGSEGV"  # a crash inside a Ray actor's sandbox: a verdict


def test_compiler_coverage_is_sampled(tmp_path, simple_library):
    cfg = CampaignConfig(
        store=tmp_path / "cov.db",
        seed=8,
        backends=["aot_eager"],
        max_tests=4,
        batch_size=2,
        coverage=True,
    )
    Campaign(cfg, simple_library).run()
    store = Store(cfg.store, readonly=True)
    samples = list(store.db.execute("SELECT line_pct, branch_pct FROM samples"))
    assert samples and all(s["line_pct"] is not None for s in samples)
    assert 0 < samples[-1]["line_pct"] < 100 and 0 < samples[-1]["branch_pct"] < 100
    assert samples[-1]["line_pct"] >= samples[0]["line_pct"]  # coverage only grows


def test_steering_penalties_come_from_the_stores_buckets(tmp_path):
    from compiler_lab.storage.store import TestRow
    from fuzz.campaign.steering import culprits, penalties

    store = Store(tmp_path / "p.db")
    (cid, _) = store.campaign("c", 0, {})
    key = "inductor:mismatch:value:aten.relu.default"
    rows = [
        TestRow(i, "inductor", f"h{i}", "{}", {}, "mismatch", "output", "x", key, "float32",
                ["aten.add.Tensor", "aten.relu.default"], 0, 1.0, kind="mismatch")
        for i in range(2)
    ]  # fmt: skip
    store.record(cid, rows)
    ops, _ = penalties(store, ["inductor"])
    assert ops == {"aten.relu.default": 1}
    assert penalties(store, ["torch-mlir"])[0] == {}  # another backend's bug does not steer
    crash = culprits(
        "k", "LoweringException: target: aten.min.dim", [["aten.min.dim", "aten.add.Tensor"]]
    )
    assert crash == ["aten.min.dim"]


def test_backend_aware_generation_keeps_skips_rare_on_torch_mlir(tmp_path):
    """All ops, all dtypes: the graphs torch-mlir gets are drawn from what it lowers."""
    from fuzz.campaign.report import backend_rows

    library = load(str(RULES), str(TRACES))
    cfg = CampaignConfig(
        store=tmp_path / "m.db", seed=4, backends=["torch-mlir"], max_tests=48, batch_size=24
    )
    Campaign(cfg, library).run()
    store = FuzzStore(cfg.store, readonly=True)
    counts = store.verdict_counts()
    assert sum(counts.values()) == 48
    assert counts.get("skipped", 0) <= 0.10 * 48, counts
    cover = {r["backend"]: r for r in backend_rows(store)}
    assert cover["torch-mlir"]["ops_lowered"] > 100 and cover["torch-mlir"]["ops_never_lowered"]


def test_never_lowered_reasons_keep_their_start():
    from fuzz.campaign.report import _never

    why = (
        "torch-mlir cannot lower aten.kthvalue.default: failed to legalize operation "
        "'torch.aten.kthvalue' that was explicitly marked illegal (at <stdin>:3:10)"
    )
    shown = _never({"ops_never_lowered": {"aten.kthvalue.default": why}})
    assert shown.startswith("kthvalue (torch-mlir cannot lower aten.kthvalue.default: failed")
    assert shown.endswith(" …)") and len(shown) < 100
