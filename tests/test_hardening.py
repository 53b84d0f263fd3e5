"""Hardening: shared graphs and cases cannot inject code or options, Ctrl-C and timeouts
leave no false findings and no orphans, a bad test never stops a campaign, bad input is a
one-line error (exit 2). One test per item of the hardening review."""

from __future__ import annotations

import ast
import contextlib
import copy
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compiler_lab import cli
from compiler_lab.errors import GraphError, LabError
from compiler_lab.execution import lab
from compiler_lab.findings import repro
from compiler_lab.findings.cases import load_case, write_case_at
from compiler_lab.ir import opnames
from compiler_lab.ir.graph import Graph
from compiler_lab.ir.inputs import DrawValues, draw_file
from compiler_lab.ir.opnames import UnknownOp
from compiler_lab.ir.validate import validate_graph
from compiler_lab.sandbox import pool as pool_mod
from compiler_lab.sandbox.folders import pid_alive
from compiler_lab.sandbox.pool import SandboxConfig, Worker, WorkerPool
from compiler_lab.sandbox.response import BadReply, Response
from compiler_lab.storage import store as store_mod
from compiler_lab.storage.store import Store, StoreError
from costmodel.dataset.dataset import Dataset
from fuzz.campaign.campaign import Campaign
from fuzz.campaign.config import CampaignConfig
from fuzz.campaign.executor import init_options
from fuzz.gen.library import load
from fuzz.tables import FuzzStore
from tests.conftest import EXAMPLES, ROOT, example

RULES, TRACES = ROOT / "corpora/rules", ROOT / "corpora/traces"
SIMPLE = ["relu", "add", "mul", "sub", "mm", "sum", "tanh", "sigmoid", "permute", "cat"]
INJECT = 'x"""; __import__("os").system("touch PWNED"); """'


@pytest.fixture(scope="module")
def simple_library():
    return load(str(RULES), str(TRACES)).restrict(SIMPLE, None)


def _max_dim_graph() -> dict:
    """A graph with a multi-output op (`max.dim`), whose node ids once became identifiers."""
    return {
        "version": 1,
        "name": "max_dim",
        "inputs": [{"name": "x", "kind": "input", "dtype": "float32", "shape": [3, 4]}],
        "nodes": [
            {
                "id": "n0",
                "op": "aten.max.dim",
                "args": [{"ref": "x"}, 1],
                "kwargs": {"keepdim": False},
                "outputs": [
                    {"name": "v0", "dtype": "float32", "shape": [3]},
                    {"name": "v1", "dtype": "int64", "shape": [3]},
                ],
            }
        ],
        "outputs": ["v0", "v1"],
    }


def _calls_import(source: str) -> bool:
    return any(
        isinstance(n, ast.Name) and n.id == "__import__" for n in ast.walk(ast.parse(source))
    )


# ---- 1. code injection -----------------------------------------------------------------------
def test_a_graph_name_never_becomes_code_in_a_repro(tmp_path):
    data = _max_dim_graph()
    data["name"] = INJECT + "\nimport os; os.system('touch PWNED')"
    graph = Graph.from_json(data)
    validate_graph(graph)
    vals = {"x": torch.randn(3, 4)}
    for backend in ("inductor", "torch-mlir", "iree"):
        source = repro.script(graph, vals, backend, {}, public=True)
        assert not _calls_import(source), backend
        assert "os.system" not in "".join(
            line for line in source.splitlines() if not line.lstrip().startswith("#")
        )
    path = tmp_path / "repro.py"
    path.write_text(repro.script(graph, vals, "eager", {}))
    result = repro.run_script(path, timeout_s=300)
    assert result.verdict == "ok", result.output
    assert not list(tmp_path.rglob("PWNED")) and not (Path.cwd() / "PWNED").exists()


@pytest.mark.parametrize(
    "where, bad",
    [
        ("id", 'a=__import__("os").system("x");_b'),
        ("output", "v0=__import__('os')"),
        ("input", "class"),  # a keyword
        ("kwarg", "keepdim=__import__('os').system('x') or True, _z"),
        ("kwarg", "dim"),  # a real name, but max.dim takes dim positionally: not a kwarg here
        ("op", "aten.add.__doc__"),
        ("op", "prims.add.default"),
        ("op", "aten.from_file.default"),
        ("ref", "x; import os"),
    ],
)
def test_injected_names_and_ops_are_graph_errors(where, bad):
    data = _max_dim_graph()
    node = data["nodes"][0]
    if where == "id":
        node["id"] = bad
    elif where == "output":
        node["outputs"][0]["name"] = bad
        data["outputs"][0] = bad
    elif where == "input":
        data["inputs"][0]["name"] = bad
        node["args"][0] = {"ref": bad}
    elif where == "kwarg":
        node["kwargs"] = {bad: 0}
    elif where == "op":
        node["op"] = bad
    elif where == "ref":
        node["args"][0] = {"ref": bad}
    with pytest.raises(GraphError):
        validate_graph(Graph.from_json(data))


def test_a_case_is_checked_like_a_graph_given_to_clab_run(tmp_path):
    good = _max_dim_graph()
    graph = Graph.from_json(good)
    case = write_case_at(
        tmp_path / "case", lab.Verdict(graph, "inductor", "crash", values={"x": torch.randn(3, 4)})
    )
    assert load_case(case).graph.content_hash() == graph.content_hash()
    broken = copy.deepcopy(good)
    broken["nodes"][0]["kwargs"] = {"keepdim); import os; (x": True}
    (case / "graph.json").write_text(json.dumps(broken))
    with pytest.raises(LabError, match="keyword argument"):
        load_case(case)
    (case / "graph.json").write_text(json.dumps(good))
    torch_values = {"x": torch.randn(4, 3)}  # as many elements, another shape
    from compiler_lab.ir import tensorio

    tensorio.save(case / "inputs.npz", torch_values)
    with pytest.raises(LabError, match="declares float32"):
        load_case(case)


# ---- 2. planted modules ----------------------------------------------------------------------
PLANTED = "open({marker!r}, 'w').write('imported'); raise SystemExit('planted module ran')\n"


def _plant(folder: Path, marker: Path) -> None:
    for name in ("torch.py", "json.py", "numpy.py"):
        (folder / name).write_text(PLANTED.format(marker=str(marker)))


def test_a_module_planted_beside_a_case_or_in_the_cwd_is_never_imported(
    tmp_path, monkeypatch, pool
):
    marker = tmp_path / "marker"
    graph = example("softmax")
    (v,) = lab.run([lab.LabRequest(graph, "eager")], pool)
    case = write_case_at(tmp_path / "case", v)
    _plant(case, marker)
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    _plant(cwd, marker)
    monkeypatch.chdir(cwd)
    result = repro.run_script(case / "repro.py", timeout_s=300)
    assert result.verdict == "ok", result.output
    with WorkerPool(1, SandboxConfig(tmp_path / "cache", name="planted")) as fresh:
        (again,) = lab.run([lab.LabRequest(graph, "eager")], fresh)
        ping = fresh.workers[0].request({"kind": "ping"})
    assert again.verdict == "ok", again.reason
    assert not marker.exists()
    inside = ping.result
    assert inside["isolated"] and Path(inside["cwd"]) == fresh.workers[0].tmp
    assert inside["sid"] == inside["pid"] != os.getsid(0)  # a session of its own
    assert inside["fsize"] == pool_mod.MAX_FILE_BYTES


# ---- 3. options ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "backend, options, word",
    [
        ("inductor", {"cpp.cxx": ["sh", "-c", "touch PWNED"]}, "cpp.cxx"),
        ("inductor", {"cpp.march": "native -fplugin=x.so"}, "cpp.march"),
        ("inductor", {"cpp.inject_relu_bug_TESTING_ONLY": "$(touch PWNED)"}, "one of"),
        ("inductor", {"cpp_wrapper": "yes"}, "takes bool"),
        ("dynamo", {"backend": "os.system"}, "one of"),
        ("torch-mlir", {"pipeline": "x"}, "pipeline"),
        ("no-such-backend", {}, "unknown backend"),
    ],
)
def test_options_from_a_case_are_allowlisted(tmp_path, backend, options, word):
    graph = Graph.from_json(_max_dim_graph())
    case = write_case_at(
        tmp_path / "case", lab.Verdict(graph, "inductor", "crash", values={"x": torch.randn(3, 4)})
    )
    verdict = json.loads((case / "verdict.json").read_text())
    (case / "verdict.json").write_text(
        json.dumps(verdict | {"backend": backend, "options": options})
    )
    with pytest.raises(LabError, match=word):
        load_case(case)


def test_an_option_on_the_command_line_is_allowlisted_too():
    with pytest.raises(LabError, match="cpp.cxx"):
        cli.parse_options(["inductor:cpp.cxx=evil"])
    assert cli.parse_options(["inductor:cpp_wrapper=true"]) == {"inductor": {"cpp_wrapper": True}}


# ---- 4. operator names -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "name",
    [
        "aten.add.__doc__",
        "prims.add.default",
        "aten.from_file.default",
        "aten.add",
        "os.system.x",
        "aten._print.default",
        "aten.add._schema",
        "quantized.add.default",
    ],  # fmt: skip
)
def test_only_aten_overloads_that_touch_no_files_resolve(name):
    with pytest.raises(UnknownOp):
        opnames.resolve(name)


def test_a_real_overload_resolves():
    assert opnames.resolve("aten.add.Tensor") is torch.ops.aten.add.Tensor


# ---- 5, 6, 12. Ctrl-C, orphans, stored batches -----------------------------------------------
DRIVER = """
import json, sys
from pathlib import Path
from fuzz.campaign.campaign import Campaign
from fuzz.campaign.config import CampaignConfig
from fuzz.gen.library import load

root, store, hooks = Path(sys.argv[1]), Path(sys.argv[2]), json.loads(sys.argv[3])
library = load(str(root / "corpora/rules"), str(root / "corpora/traces")).restrict(
    {simple!r}, None
)
cfg = CampaignConfig(store=store, seed=4, backends=["aot_eager"], max_tests=6, batch_size=6,
                     batching=False, workers=1, timeout_s=900, dtypes=("float32",),
                     hooks={{int(k): v for k, v in hooks.items()}})
print("STOPPED", Campaign(cfg, library).run().stopped, flush=True)
"""


def _driver(tmp_path: Path, store: Path, hooks: dict[int, str]) -> subprocess.Popen:
    script = tmp_path / "driver.py"
    script.write_text(DRIVER.format(simple=SIMPLE))
    env = dict(os.environ, CLAB_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, str(script), str(ROOT), str(store), json.dumps(hooks)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        start_new_session=True,  # its own group, as a terminal would have it
    )


def _processes_under(folder: Path) -> list[int]:
    """Live processes whose working directory is inside `folder`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cwd = os.readlink(entry / "cwd")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z" and cwd.startswith(str(folder)):
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z" and pid_alive(pid)


def test_ctrl_c_mid_campaign_records_nothing_false_leaves_no_orphans_and_resumes(tmp_path):
    store = tmp_path / "c.db"
    cache = tmp_path / "cache"
    proc = _driver(tmp_path, store, {2: "hang"})
    deadline = time.monotonic() + 600
    pid_files: list[Path] = []
    while not pid_files and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.5)
        pid_files = list(cache.rglob("hang-child.pid"))
    assert pid_files, proc.communicate()[0]
    time.sleep(0.5)
    child = int(pid_files[0].read_text())
    assert _alive(child)
    os.killpg(proc.pid, signal.SIGINT)  # the terminal's Ctrl-C: the whole foreground group
    out, _ = proc.communicate(timeout=120)  # the hung test's own timeout is 900 s
    assert proc.returncode == 0 and "STOPPED SIGINT" in out, out
    time.sleep(0.5)
    assert not _alive(child)
    assert not _processes_under(cache)
    db = sqlite3.connect(store)
    rows = dict(db.execute("SELECT idx, verdict || ':' || stage FROM tests").fetchall())
    assert 2 not in rows  # the test in flight was discarded, not recorded
    assert all(v.startswith("ok") for v in rows.values()), rows
    db.close()
    planned = [g.content_hash() for g in FuzzStore(store).batch_graphs(1, 0, "all")]

    resumed = _driver(tmp_path, store, {})
    out, _ = resumed.communicate(timeout=600)
    assert "STOPPED max-tests" in out, out
    db = sqlite3.connect(store)
    rows = dict(db.execute("SELECT idx, verdict FROM tests").fetchall())
    assert sorted(rows) == list(range(6)) and set(rows.values()) == {"ok"}, rows
    hashes = dict(db.execute("SELECT idx, graph_hash FROM tests").fetchall())
    assert [hashes[i] for i in range(6)] == planned  # the stored batch, not a regenerated one
    assert not db.execute("SELECT 1 FROM tests WHERE stage LIKE 'signal:%'").fetchall()


def test_a_timeout_kills_what_the_worker_started(tmp_path):
    config = SandboxConfig(tmp_path / "cache", timeout_s=15, test_hooks=True, name="hangs")
    with WorkerPool(1, config) as p:
        (v,) = lab.run([lab.LabRequest(example("softmax"), "eager", hook="hang")], p)
        child = int((p.workers[0].tmp / "hang-child.pid").read_text())
        time.sleep(0.5)
        assert v.verdict == "hang"
        assert not _alive(child)
        (after,) = lab.run([lab.LabRequest(example("softmax"), "eager")], p)
        assert after.verdict == "ok"


# ---- 7. one bad test never stops a campaign --------------------------------------------------
def test_a_harness_error_is_a_verdict_kept_apart_and_the_campaign_goes_on(tmp_path, simple_library):
    cfg = CampaignConfig(
        store=tmp_path / "h.db",
        seed=3,
        backends=["aot_eager"],
        max_tests=6,
        batch_size=6,
        batching=False,
        timeout_s=60,
        hooks={1: "harness-error", 3: "segfault"},
    )
    progress = Campaign(cfg, simple_library).run()
    assert progress.stopped == "max-tests"
    store = Store(cfg.store, readonly=True)
    rows = dict(store.db.execute("SELECT idx, verdict FROM tests").fetchall())
    assert rows[1] == "harness-error" and rows[3] == "crash"
    assert [rows[i] for i in (0, 2, 4, 5)] == ["ok"] * 4
    (bucket,) = store.buckets()  # the harness error opens no bucket; the crash does
    assert "SIGSEGV" in bucket["key"] and store.case_path(bucket).is_dir()  # written first
    assert store.harness_errors()
    store.close()
    from fuzz.campaign.report import write_report

    md = write_report(cfg.store, tmp_path / "report.html").read_text()
    assert "Harness errors" in md and "harness itself failed" in md
    again = Campaign(cfg, simple_library).run()  # resume: nothing left, nothing aborts
    assert again.stopped == "max-tests" and again.new_tests == 0


def test_a_job_that_was_not_run_is_a_harness_error_not_a_key_error():
    req = lab.LabRequest(example("softmax"), "inductor")
    ok = Response("ok", outputs="x")
    v = lab._judge(req, Response.not_run(), (ok, ok))
    assert v.verdict == "harness-error" and not v.is_finding
    assert v.reason == "not run (the run was stopping)"


@pytest.mark.parametrize(
    "data, why",
    [
        ([1], "no known status"),
        ({"status": "fine"}, "no known status"),
        ({"status": "ok", "exec": "rm -rf /"}, "unknown reply field(s) exec"),
        ({"status": "ok", "timings": []}, "'timings' is not a dict"),
        ({"status": "failure", "failure": "boom"}, "'failure' is not a dict"),
    ],
)
def test_a_reply_that_is_not_a_response_is_refused_by_name(data, why):
    with pytest.raises(BadReply, match=re.escape(why)):
        Response.from_json(data)
    resp = Response.failed("timeout", "Timeout", "no answer")
    assert Response.from_json(json.loads(json.dumps(resp.to_json()))) == resp


# ---- 8. the pipe protocol --------------------------------------------------------------------
@pytest.mark.parametrize("hook", ["bad-reply", "wrong-id", "big-reply"])
def test_a_bad_reply_kills_the_worker_and_the_next_request_works(tmp_path, monkeypatch, hook):
    monkeypatch.setattr(pool_mod, "MAX_REPLY_BYTES", 1 << 20)
    worker = Worker(0, SandboxConfig(tmp_path / "cache", test_hooks=True, name="protocol"))
    try:
        resp = worker.request({"kind": "ping", "hook": hook}, timeout_s=60)
        assert resp.status == "failure" and resp.stage == "protocol", resp
        assert not worker.alive()
        assert worker.request({"kind": "ping"}, timeout_s=60).ok
    finally:
        worker.release()


def test_a_protocol_failure_is_a_harness_error_verdict(tmp_path):
    with WorkerPool(1, SandboxConfig(tmp_path / "cache", test_hooks=True, name="p")) as p:
        (v,) = lab.run([lab.LabRequest(example("softmax"), "eager", hook="bad-reply")], p)
    assert v.verdict == "harness-error" and "not JSON" in v.reason


# ---- 9. pools keep apart ---------------------------------------------------------------------
def test_two_pools_get_their_own_folders_and_logs(tmp_path):
    cache = tmp_path / "cache"
    a = WorkerPool(2, SandboxConfig(cache, name="lab"))
    b = WorkerPool(1, SandboxConfig(cache, name="values"))
    c = WorkerPool(1, SandboxConfig(cache, name="lab"))  # a second campaign on this machine
    try:
        workers = a.workers + b.workers + c.workers
        assert len({w.tmp for w in workers}) == 4
        assert len({w.log_path for w in workers}) == 4
        (a.workers[0].tmp / "left-over").write_text("x")
    finally:
        for p in (a, b, c):
            p.close()
    again = WorkerPool(1, SandboxConfig(cache, name="lab"))  # the folder is free again
    try:
        assert again.workers[0].tmp == a.workers[0].tmp
        assert not (again.workers[0].tmp / "left-over").exists()  # swept at pool start
    finally:
        again.close()


# ---- 10, 11. buckets keep their cases; campaign identity; one writer -------------------------
def test_a_bucket_without_its_case_gets_it_back_on_resume(tmp_path, pool, simple_library):
    graph = Graph.load(ROOT / "tests" / "data" / "ge_scalar_f64_weight.json")
    cfg = CampaignConfig(store=tmp_path / "r.db", backends=["torch-mlir"], seed=1)
    campaign = Campaign(cfg, simple_library)
    (v,) = lab.run([lab.LabRequest(graph, "torch-mlir")], pool)
    assert v.verdict == "crash", v.reason
    from compiler_lab.findings.keys import bucket_key, localize

    key = bucket_key(v, localize(v, pool))
    store = Store(cfg.store)
    cid, _ = campaign._open(store)
    row = store_mod.TestRow(
        idx=0,
        backend="torch-mlir",
        graph_hash=graph.content_hash(),
        graph_json=graph.dumps(),
        options={},
        verdict=v.verdict,
        stage=v.stage,
        reason=v.reason,
        bucket=key,
        dtype="float64",
        ops=graph.ops(),
        batch=0,
        seconds=1.0,
        kind="crash",
        exc_type=v.failure.exc_type,
        message=v.failure.message,
    )
    store.record(cid, [row])  # as a store from before cases were written first has it
    assert [r["key"] for r in store.missing_cases(cid)] == [key]
    campaign._repair_cases(store, cid, pool)
    assert not store.missing_cases(cid)
    (bucket,) = store.buckets()
    assert load_case(store.case_path(bucket)).verdict["verdict"] == "crash"
    store.close()


def test_a_resume_under_another_identity_is_refused(tmp_path, simple_library):
    cfg = CampaignConfig(store=tmp_path / "i.db", backends=["aot_eager"], seed=1)
    first = Campaign(cfg, simple_library)
    other = Campaign(cfg, simple_library.restrict(["relu", "add"], None))
    store = Store(cfg.store)
    store.campaign(cfg.name, cfg.seed, {}, first.identity())
    with pytest.raises(StoreError, match="library"):
        store.campaign(cfg.name, cfg.seed, {}, other.identity())
    store.campaign(cfg.name, cfg.seed, {}, first.identity())  # the same one resumes
    store.acquire_writer()
    second = Store(cfg.store)
    with pytest.raises(StoreError, match="in use by a running campaign"):
        second.acquire_writer()
    store.close()
    second.acquire_writer()  # free once the first writer is gone
    second.close()


def test_filters_are_part_of_a_campaigns_name_and_identity(simple_library):
    plain = CampaignConfig(store=Path("x.db"), seed=1)
    filtered = CampaignConfig(store=Path("x.db"), seed=1, include=("relu",))
    assert plain.name != filtered.name
    assert (
        Campaign(plain, simple_library).identity() != Campaign(filtered, simple_library).identity()
    )


def test_a_damaged_blob_is_an_error_not_a_wrong_graph(tmp_path):
    store = Store(tmp_path / "b.db")
    digest = store.put_blob(b'{"graph": 1}')
    assert store.get_blob(digest) == b'{"graph": 1}'
    path = store.blobs.path(digest)
    path.write_bytes(b'{"graph": 2}')
    with pytest.raises(StoreError, match="damaged"):
        store.get_blob(digest)
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".")]  # no temp left
    store.close()


def test_a_file_that_is_not_a_store_is_refused_by_name(tmp_path, monkeypatch, capsys):
    empty = tmp_path / "empty.db"  # what a campaign's store is for a moment while created
    sqlite3.connect(empty).close()
    with pytest.raises(StoreError, match="still being created.*no table .*buckets, campaigns"):
        Store(empty, readonly=True)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a compiler_lab store"):
        Store(junk, readonly=True)
    code, err = _run_cli(monkeypatch, capsys, "report", str(junk), "-o", str(tmp_path / "r.html"))
    assert code == 2 and "junk.db: not a compiler_lab store" in err, err
    assert junk.read_bytes() == b"not sqlite at all" * 100  # nothing written to it


# ---- 13. the cost dataset's appends ----------------------------------------------------------
KILLER = """
import gzip, os, signal, sys
from pathlib import Path
import costmodel.dataset.dataset as ds

root = Path(sys.argv[1])
rows = lambda i: [{{"mlir_hash": f"h{{i}}", "level": "linalg", "collector": "timer",
                   "family": "mm", "unit": "kernel", "unit_id": f"u{{i}}", "graph_hash": "g",
                   "metrics": {{}}, "noise": {{}}, "mlir": f"func {{i}}"}}]
d = ds.Dataset(root)
d.append(rows(0), ["u0"])
real = gzip.compress
ds.gzip.compress = lambda data: real(data)[: len(real(data)) // 2]  # half a member ...
ds.os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)  # ... then killed
d.append(rows(1), ["u1"])
"""


def _row(i: int) -> dict:
    return {"mlir_hash": f"h{i}", "level": "linalg", "collector": "timer", "family": "mm",
            "unit": "kernel", "unit_id": f"u{i}", "graph_hash": "g", "metrics": {}, "noise": {},
            "mlir": f"func {i}"}  # fmt: skip


def test_a_writer_killed_mid_append_loses_only_its_own_rows(tmp_path):
    script = tmp_path / "killer.py"
    script.write_text(KILLER.format())
    root = tmp_path / "data"
    proc = subprocess.run(
        [sys.executable, str(script), str(root)], env=dict(os.environ, PYTHONPATH=str(ROOT))
    )
    assert proc.returncode == -signal.SIGKILL
    d = Dataset(root)
    assert [r["mlir_hash"] for r in d.rows()] == ["h0"] and d.done == {"u0"}
    d.append([_row(2)], ["u2"])
    again = Dataset(root)
    assert [r["mlir_hash"] for r in again.rows()] == ["h0", "h2"]
    assert dict(again.texts()) == {"h0": "func 0", "h2": "func 2"}
    assert again.done == {"u0", "u2"}


# ---- 14. bad input: exit 2, one line ---------------------------------------------------------
def _run_cli(monkeypatch, capsys, *args: str) -> tuple[int, str]:
    monkeypatch.setattr(sys, "argv", ["clab", "-v", *args])
    with pytest.raises(SystemExit) as stop:
        cli.main()
    return stop.value.code, capsys.readouterr().err


def _softmax_with(change) -> str:
    data = json.loads((EXAMPLES / "softmax.json").read_text())
    change(data)
    return json.dumps(data)


BAD_FILES = {
    "deep nesting": "[" * 100_000 + "]" * 100_000,
    "deep nesting in a node": _softmax_with(
        lambda d: d["nodes"][0]["args"].append(json.loads("[" * 900 + "]" * 900))
    ),
    "not UTF-8": b"\xff\xfe{\x00",
    "device x": _softmax_with(lambda d: d["nodes"][0]["args"].append({"device": "x"})),
    "complex as a list": _softmax_with(lambda d: d["nodes"][0]["args"].append({"complex": [1, 2]})),
    "unknown dtype": _softmax_with(lambda d: d["inputs"][0].update(dtype="float128")),
    "huge shape": _softmax_with(lambda d: d["inputs"][0].update(shape=[1 << 20, 1 << 20])),
    "too many nodes": _softmax_with(lambda d: d.update(nodes=d["nodes"] * 30_000)),
}


@pytest.mark.parametrize("what", sorted(BAD_FILES))
def test_a_malformed_graph_is_a_one_line_error(tmp_path, monkeypatch, capsys, what):
    path = tmp_path / "g.json"
    content = BAD_FILES[what]
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    code, err = _run_cli(monkeypatch, capsys, "run", str(path), "--backends", "eager")
    assert code == 2, err
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err, err


def test_a_directory_where_a_graph_file_should_be_is_a_one_line_error(
    tmp_path, monkeypatch, capsys
):
    (tmp_path / "graphs" / "g.json").mkdir(parents=True)
    code, err = _run_cli(monkeypatch, capsys, "run", str(tmp_path / "graphs"))
    assert code == 2 and "is a directory" in err, err


TEXTS = [p.read_text() for p in sorted(EXAMPLES.glob("*.json"))]
LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True),
    st.text(max_size=8),
    st.sampled_from(["cpu", "x", "float32", "ref", "complex", "aten.add.__doc__", "v0", "x"]),
)
KEYS = ["ref", "complex", "device", "dtype", "name", "shape", "kind", "op", "id", "args"]
JSON = st.recursive(
    LEAF,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(KEYS), inner, max_size=2)
    ),
    max_leaves=8,
)


def _places(obj, at=()):
    yield at
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _places(v, (*at, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _places(v, (*at, i))


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(TEXTS), st.randoms(use_true_random=False), JSON, st.integers(0, 3))
def test_mutated_graph_json_is_a_graph_or_a_graph_error(text, rnd, value, how):
    data = json.loads(text)
    at = rnd.choice(list(_places(data)))
    if not at:
        data = value
    else:
        parent = data
        for k in at[:-1]:
            parent = parent[k]
        if how == 1 and isinstance(parent, dict):
            parent.pop(at[-1])
        elif how == 2 and isinstance(parent, list):
            parent.append(value)
        else:
            parent[at[-1]] = value
    mutated = json.dumps(data)
    if how == 3:
        mutated = mutated[: rnd.randint(0, len(mutated))]
    with contextlib.suppress(GraphError):
        validate_graph(Graph.loads(mutated))


# ---- 15. size caps; values drawn in the worker -----------------------------------------------
def test_values_too_large_for_the_worker_are_a_harness_error_not_our_oom(tmp_path):
    data = json.loads((EXAMPLES / "softmax.json").read_text())
    data["inputs"][0]["shape"] = [1 << 12, 1 << 13]  # two 2^25-element outputs: the caps
    for node in data["nodes"]:
        node["outputs"][0]["shape"] = [1 << 12, 1 << 13]
    graph = Graph.from_json(data)
    config = SandboxConfig(tmp_path / "cache", memory_mb=1024, timeout_s=120, name="small")
    with WorkerPool(1, config) as p:
        (v,) = lab.run([lab.LabRequest(graph, "eager")], p)
    assert v.verdict == "harness-error" and v.stage == "values", (v.verdict, v.reason)


def test_values_for_the_coordinator_are_drawn_in_a_sandbox(tmp_path):
    graph = example("softmax")
    drawn = tmp_path / "v.npz"
    graph.save(tmp_path / "g.json")
    with WorkerPool(1, SandboxConfig(tmp_path / "cache", name="draw")) as p:
        resp = p.call(draw_file, DrawValues(str(tmp_path / "g.json"), str(drawn)))
    assert resp.ok and resp.result.elements == 4 * 7 * 9
    from compiler_lab.ir import tensorio

    loaded = tensorio.load(drawn)
    assert tuple(loaded["x"].shape) == (4, 7, 9)


# ---- 16. markup in names ---------------------------------------------------------------------
def test_markup_in_a_graph_name_is_printed_as_text_after_the_cases_are_written(tmp_path):
    data = json.loads((EXAMPLES / "softmax.json").read_text())
    data["nodes"] = [{"id": "n0", "op": "aten.relu.default", "args": [{"ref": "x"}],
                      "kwargs": {}, "outputs": [{"name": "v0", "dtype": "float32",
                                                 "shape": [4, 7, 9]}]}]  # fmt: skip
    data["outputs"] = ["v0"]
    data["name"] = "[/x] [bold red]relu"
    path = tmp_path / "g.json"
    path.write_text(json.dumps(data))
    proc = subprocess.run(
        [sys.executable, "-m", "compiler_lab", "run", str(path), "--backends", "inductor",
         "--option", "inductor:cpp.inject_relu_bug_TESTING_ONLY=accuracy", "-o",
         str(tmp_path / "out")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "[/x] [bold red]relu" in proc.stdout
    assert len(list((tmp_path / "out" / "cases").iterdir())) == 1


# ---- smaller items ---------------------------------------------------------------------------
def test_a_local_ray_cluster_listens_on_loopback_only():
    options = init_options(None)
    assert options["_node_ip_address"] == "127.0.0.1" and options["dashboard_host"] == "127.0.0.1"
    assert "_node_ip_address" not in init_options("ray://head:10001")


def test_a_stale_run_folder_is_swept_only_when_its_process_is_gone(tmp_path, pool):
    runs = lab.runs_dir(pool)
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale, live = runs / f"run-{dead.pid}-x", runs / f"run-{os.getpid()}-y"
    stale.mkdir(parents=True, exist_ok=True)
    live.mkdir(parents=True, exist_ok=True)
    lab.run([lab.LabRequest(example("softmax"), "eager")], pool)
    assert not stale.exists() and live.exists()
    live.rmdir()


def test_repro_headers_say_to_run_isolated():
    source = repro.script(example("softmax"), {"x": torch.randn(4, 7, 9)}, "eager", {})
    assert "python -I repro.py" in source
    assert textwrap.dedent(source).startswith("#")
