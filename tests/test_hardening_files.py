"""Hardening, round two: case directories, stores, the writer's lock and the HTML report.
A case or store from someone else is never written through a link, never points the lab
outside itself, never runs its own SQL, and bad content is a one-line error (exit 2)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
import torch

from compiler_lab import cli
from compiler_lab.errors import GraphError, LabError
from compiler_lab.execution import lab
from compiler_lab.execution.failure import Failure
from compiler_lab.findings.cases import write_case_at
from compiler_lab.ir.graph import Graph
from compiler_lab.storage.schema import TestRow as Row
from compiler_lab.storage.store import Store, StoreError
from fuzz.tables import FuzzStore
from tests.conftest import example

ATTACK = "boom\nssh-rsa AAAAattacker evil@host\n"
KEYS = "ssh-ed25519 AAAAmine me@laptop\n"


def _run_cli(monkeypatch, capsys, *args: str) -> tuple[int, str]:
    monkeypatch.setattr(sys, "argv", ["clab", "-v", *args])
    with pytest.raises(SystemExit) as stop:
        cli.main()
    return stop.value.code, capsys.readouterr().err


def _case(path: Path, backend: str = "aot_eager") -> Path:
    """A crash case of the softmax example, its message an attacker's."""
    graph = example("softmax")
    failure = Failure("runtime", "RuntimeError", ATTACK, "")
    values = {"x": torch.randn(4, 7, 9)}
    return write_case_at(
        path, lab.Verdict(graph, backend, "crash", "runtime", "x", failure, values=values)
    )


def _planted_link(case: Path, name: str, tmp_path: Path) -> Path:
    """`case/name` made a symlink to an `authorized_keys` outside the case."""
    keys = tmp_path / "authorized_keys"
    keys.write_text(KEYS)
    (case / name).unlink(missing_ok=True)
    (case / name).symlink_to(keys)
    return keys


# ---- 1. case files are never written through a link --------------------------------------------
@pytest.mark.parametrize("command, name", [("report", "report.md"), ("repro", "repro.py")])
def test_a_case_file_planted_as_a_link_is_replaced_not_written_through(
    tmp_path, monkeypatch, capsys, command, name
):
    case = _case(tmp_path / "case")
    keys = _planted_link(case, name, tmp_path)
    extra = ["--no-others"] if command == "report" else []
    _run_cli(monkeypatch, capsys, "triage", command, str(case), *extra)
    assert keys.read_text() == KEYS
    assert not (case / name).is_symlink() and (case / name).stat().st_size > 0


def test_a_reduced_case_is_never_written_through_a_link(tmp_path):
    case = _case(tmp_path / "case")
    keys = _planted_link(case, "verdict.json", tmp_path)
    _case(case)  # written again, as `triage reduce` writes its `.reduced` sibling
    assert keys.read_text() == KEYS and not (case / "verdict.json").is_symlink()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "case.reduced").symlink_to(elsewhere)  # the folder itself a link out
    with pytest.raises(LabError, match="case.reduced: is a symbolic link"):
        _case(tmp_path / "case.reduced")
    assert not any(elsewhere.iterdir())


# ---- 3. the writer's lock is never followed -----------------------------------------------------
def test_a_lock_planted_as_a_link_is_refused_and_its_target_kept(tmp_path):
    store = Store(tmp_path / "s.db")
    keys = tmp_path / "authorized_keys"
    keys.write_text(KEYS)
    Path(f"{store.path}.lock").symlink_to(keys)
    with pytest.raises(StoreError, match=r"s\.db\.lock: not a regular file"):
        store.acquire_writer()
    store.close()
    assert keys.read_text() == KEYS


def test_a_lock_hard_linked_to_another_file_is_refused_and_its_target_kept(tmp_path):
    store = Store(tmp_path / "s.db")
    keys = tmp_path / "authorized_keys"
    keys.write_text(KEYS)
    os.link(keys, f"{store.path}.lock")
    with pytest.raises(StoreError, match="has other hard links"):
        store.acquire_writer()
    store.close()
    assert keys.read_text() == KEYS


# ---- 12c. blobs are read with limits -----------------------------------------------------------
def test_a_blob_named_as_a_path_or_linked_to_a_device_is_refused(tmp_path):
    store = Store(tmp_path / "s.db")
    with pytest.raises(StoreError, match="'/dev/zero': not a blob name"):
        store.get_blob("/dev/zero")  # as a crafted tests.graph_blob names it
    digest = hashlib.sha256(b"x").hexdigest()
    path = store.blobs.path(digest)
    path.parent.mkdir(parents=True)
    path.symlink_to("/dev/zero")
    with pytest.raises(LabError, match="not a regular file"):
        store.get_blob(digest)
    store.close()


def test_a_blob_folder_that_is_a_link_is_never_written_into(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    Path(f"{tmp_path / 's.db'}.blobs").symlink_to(elsewhere)
    store = Store(tmp_path / "s.db")
    with pytest.raises(StoreError, match="is a symbolic link"):
        store.put_blob(b"graph")
    store.close()
    assert not any(elsewhere.iterdir())


def test_a_graph_file_linked_to_a_device_is_refused_unread(tmp_path):
    link = tmp_path / "graph.json"
    link.symlink_to("/dev/zero")
    with pytest.raises(GraphError, match="not a regular file"):
        Graph.load(link)


# ---- a small store, as a campaign leaves it ----------------------------------------------------
def _store(path: Path, tag: str = "t") -> Path:
    """A store with one campaign, two tests (one a crash opening a bucket), a sample."""
    store = FuzzStore(path)
    cid, _ = store.campaign("c", 0, {})
    graph = example("softmax")
    rows = [
        Row(i, backend, graph.content_hash(), graph.dumps(), {}, verdict, "runtime", tag,
                key, "float32", graph.ops(), 0, 1.0, kind=kind, message=tag)
        for i, (backend, verdict, key, kind) in enumerate(
            [("aot_eager", "crash", f"k-{tag}", "crash"), ("eager", "ok", None, "")]
        )
    ]  # fmt: skip
    store.record(cid, rows)
    store.sample(cid)
    store.close()
    return path


# ---- 16. the HTML report escapes every value from the store ------------------------------------
def test_the_html_report_escapes_every_value_from_the_store(tmp_path):
    from fuzz.campaign.report import write_report

    tag = "<script>alert(1)</script>"
    path = _store(tmp_path / "s.db", tag)
    db = sqlite3.connect(path)
    db.execute("UPDATE buckets SET kind=?, stage=?", (tag, tag))  # its integers are checked
    db.execute("UPDATE tests SET backend=?", (tag,))
    db.execute("UPDATE buckets SET backend=?", (tag,))
    db.commit()
    db.close()
    write_report(path, tmp_path / "report.html")
    page = (tmp_path / "report.html").read_text()
    assert "<script" not in page and "&lt;script&gt;" in page


# ---- 17. graphs read back from blobs are checked like `clab run` checks them ------------------
def test_a_graph_from_a_blob_is_validated_for_every_caller(tmp_path):
    data = example("softmax").to_json()
    data["nodes"][0]["kwargs"] = {"dim); import os; (x": 1}  # parses, but is no valid call
    store = FuzzStore(_store(tmp_path / "s.db"))
    store.save_batch_graphs(1, 0, "all", [json.dumps(data)])  # as a campaign resumes it
    with pytest.raises(LabError, match=r"\.blobs/.*keyword argument"):
        store.batch_graphs(1, 0, "all")
    digest = store.put_blob(json.dumps(data).encode())  # as perfcheck and cost sample read
    with pytest.raises(LabError, match=r"\.blobs/.*keyword argument"):
        store.graph(digest)
    store.close()


# ---- 2. a bucket's case is inside its store, wherever the store is opened from -----------------
def _store_with_case(folder: Path) -> tuple[Path, Path]:
    """A store in `folder` whose bucket has its case written, as a campaign writes it."""
    path = _store(folder / "s.db")
    store = Store(path)
    (bucket,) = store.buckets()
    case = _case(store.case_root(bucket["key"]) / "softmax")
    store.set_case_dir(bucket["key"], str(case))
    store.close()
    return path, case


def test_a_case_dir_outside_the_store_is_refused_naming_the_bucket(tmp_path, monkeypatch, capsys):
    path, case = _store_with_case(tmp_path)
    outside = _case(tmp_path / "outside")
    (outside / "repro.py").write_text(KEYS)
    db = sqlite3.connect(path)
    db.execute("UPDATE buckets SET case_dir=?", (str(outside),))
    db.commit()
    db.close()
    code, err = _run_cli(monkeypatch, capsys, "triage", "repro", "--all", "--store", str(path))
    assert code == 2 and "bucket 'k-t'" in err and "outside" in err, err
    assert err.count("\n") == 1 and (outside / "repro.py").read_text() == KEYS


def test_a_store_whose_cases_folder_is_a_link_is_refused(tmp_path, monkeypatch, capsys):
    path, case = _store_with_case(tmp_path / "a")
    cases = Path(f"{path}.cases")
    cases.rename(tmp_path / "elsewhere")
    cases.symlink_to(tmp_path / "elsewhere")  # the store's cases, somewhere else entirely
    before = (tmp_path / "elsewhere" / case.relative_to(cases) / "repro.py").read_text()
    code, err = _run_cli(monkeypatch, capsys, "triage", "repro", "--all", "--store", str(path))
    assert code == 2 and "s.db.cases: is a symbolic link" in err and err.count("\n") == 1, err
    assert (tmp_path / "elsewhere" / case.relative_to(cases) / "repro.py").read_text() == before


def test_a_store_finds_its_cases_from_any_folder_and_old_stores_still_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a").mkdir()
    _, case = _store_with_case(Path("a"))  # written with a path relative to the cwd
    inside = case.relative_to("a")
    monkeypatch.chdir(tmp_path / "a")
    store = Store("s.db", readonly=True)  # opened from the store's own folder
    assert store.case_dir("k-t") == (tmp_path / case).resolve()
    store.close()
    moved = tmp_path / "moved"
    (tmp_path / "a").rename(moved)  # a store moves with its cases
    store = Store(moved / "s.db", readonly=True)
    assert store.case_dir("k-t") == (moved / inside).resolve()
    store.close()
    db = sqlite3.connect(moved / "s.db")  # a store from before: its case_dir relative to the cwd
    db.execute("UPDATE buckets SET case_dir=?", (str(Path("moved") / inside),))
    db.commit()
    db.close()
    monkeypatch.chdir(tmp_path)
    store = Store(moved / "s.db", readonly=True)
    assert store.case_dir("k-t") == (moved / inside).resolve()
    store.close()


# ---- 14. a malformed case file or store is one line naming the field, exit 2 --------------------
def _set_json(name: str, change) -> object:
    def apply(case: Path) -> None:
        doc = json.loads((case / name).read_text())
        change(doc)
        (case / name).write_text(json.dumps(doc))

    return apply


def _npz(arrays: dict, table: object) -> object:
    def apply(case: Path) -> None:
        arrays["__dtypes__"] = np.frombuffer(json.dumps(table).encode(), dtype=np.uint8)
        with open(case / "inputs.npz", "wb") as f:
            np.savez(f, **arrays)

    return apply


BAD_CASE_FILES = {
    "failure a string": (_set_json("verdict.json", lambda d: d.update(failure="x")), "failure"),
    "failure without a message": (
        _set_json("verdict.json", lambda d: d["failure"].pop("message")),
        "failure lacks message",
    ),
    "backend a list": (_set_json("verdict.json", lambda d: d.update(backend=["a"])), "backend"),
    "max_abs a string": (
        _set_json("verdict.json", lambda d: d.update(comparison={"max_abs": "big"})),
        "max_abs",
    ),
    "npz of strings": (
        _npz({"x": np.array(["a"] * 252).reshape(4, 7, 9)}, {"x": "float32"}),
        "'x'",
    ),
    "bad dtype table": (_npz({"x": np.zeros((4, 7, 9), np.float32)}, {"x": 5}), "inputs.npz"),
    "versions a list": (lambda c: (c / "versions.json").write_text("[2]"), "versions.json"),
    "versions not JSON": (lambda c: (c / "versions.json").write_text("{"), "versions.json"),
}


@pytest.mark.parametrize("name", BAD_CASE_FILES)
def test_a_malformed_case_file_is_one_line_naming_the_field(tmp_path, monkeypatch, capsys, name):
    change, field = BAD_CASE_FILES[name]
    case = _case(tmp_path / "case")
    change(case)
    code, err = _run_cli(monkeypatch, capsys, "triage", "report", str(case), "--no-others")
    assert code == 2 and field in err and err.count("\n") == 1, err


BAD_STORES = {
    "reduced not JSON": ("UPDATE buckets SET reduced='{'", "buckets.reduced"),
    "reduced without its size": ('UPDATE buckets SET reduced=\'{"case": "x"}\'', "buckets.reduced"),
    "count a string": ("UPDATE buckets SET count='many'", "buckets.count"),
    "seen a string": ("UPDATE buckets SET first_seen='yesterday'", "buckets.first_seen"),
    "ops not a list": ("UPDATE tests SET ops='relu'", "tests.ops"),
    "no samples table": ("DROP TABLE samples", "no table samples"),
    "no buckets table": ("DROP TABLE buckets", "no table buckets"),
    "a column missing": ("ALTER TABLE buckets DROP COLUMN message", "no column message"),
}


@pytest.mark.parametrize("name", BAD_STORES)
@pytest.mark.parametrize("command", ["triage list", "report"])
def test_a_malformed_store_is_one_line_naming_the_field(
    tmp_path, monkeypatch, capsys, name, command
):
    sql, field = BAD_STORES[name]
    path = _store(tmp_path / "s.db")
    db = sqlite3.connect(path)
    db.execute(sql)
    db.commit()
    db.close()
    extra = ["-o", str(tmp_path / "r.html")] if command == "report" else []
    code, err = _run_cli(monkeypatch, capsys, *command.split(), str(path), *extra)
    assert code == 2 and field in err and err.count("\n") == 1, err


# ---- 5. a store runs no SQL of its own ----------------------------------------------------------
FOREIGN = {
    "trigger": "CREATE TRIGGER wipe AFTER UPDATE ON campaigns BEGIN DELETE FROM buckets; END",
    "view": "CREATE VIEW wipe AS SELECT * FROM buckets",
    "index": "CREATE INDEX wipe ON buckets (kind)",
    "table": "CREATE TABLE wipe (x)",
}


@pytest.mark.parametrize("kind", FOREIGN)
def test_a_store_holding_schema_objects_the_lab_did_not_create_is_refused(tmp_path, kind):
    path = _store(tmp_path / "s.db")
    db = sqlite3.connect(path)
    db.execute(FOREIGN[kind])
    db.commit()
    db.close()
    for readonly in (False, True):  # a resumed `clab fuzz`, and the read-only commands
        with pytest.raises(StoreError, match=f"holds a {kind} 'wipe' the lab did not create"):
            Store(path, readonly=readonly).campaign("c", 0, {})
    db = sqlite3.connect(path)
    assert db.execute("SELECT COUNT(*) FROM buckets").fetchone() == (1,)
    db.close()


# ---- read-only commands leave a store's bytes unchanged ----------------------------------------
def test_read_only_commands_leave_a_stores_bytes_unchanged(tmp_path, monkeypatch, capsys):
    original, _ = _store_with_case(tmp_path / "a")
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    path = tmp_path / "b" / original.name
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for argv in (
        ["report", str(path), "-o", str(tmp_path / "r.html")],
        ["triage", "list", str(path)],
        ["triage", "show", "k-t", "--store", str(path)],
        ["triage", "report", "k-t", "--store", str(path), "--no-others"],
    ):
        code, err = _run_cli(monkeypatch, capsys, *argv)
        assert code == 0, (argv, err)
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before, argv


def test_steering_reads_a_reduced_case_only_inside_the_store_and_bounded(tmp_path):
    from fuzz.campaign import steering

    path, case = _store_with_case(tmp_path)
    db = sqlite3.connect(path)  # the reduction's `case` names a device, not the store's case
    db.execute("UPDATE buckets SET reduced=?", ('{"nodes_before": 3, "nodes_after": 1, '
                                                '"case": "/dev/zero"}',))  # fmt: skip
    db.commit()
    db.close()
    store = Store(path, readonly=True)
    assert steering.penalties(store, ["aot_eager"]) == (Counter(), Counter())
    reduced = case.parent / f"{case.name}.reduced"
    shutil.copytree(case, reduced)
    data = example("softmax").to_json()
    data["nodes"] = data["nodes"][:1]
    data["outputs"] = [data["nodes"][0]["outputs"][0]["name"]]
    (reduced / "graph.json").write_text(json.dumps(data))
    ops, _ = steering.penalties(store, ["aot_eager"])  # the reduced case beside the bucket's
    assert set(ops) == {data["nodes"][0]["op"]}
    store.close()


def test_a_cases_repro_script_is_read_bounded_for_its_report(tmp_path):
    from compiler_lab.findings.cases import MAX_TEXT_BYTES, load_case
    from compiler_lab.triage.report import markdown

    case = _case(tmp_path / "case")
    os.truncate(case / "repro.py", MAX_TEXT_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(LabError, match="repro.py: .* over the limit"):
        markdown(load_case(case))


def test_a_campaign_resumed_under_other_tool_versions_is_refused_naming_them(tmp_path):
    """A store from before a change of tool versions (or of the packages recorded) is not
    resumed into: the error says which versions differ."""
    store = Store(tmp_path / "s.db")
    was = {"seed": 1, "versions": {"torch": "2.13.0", "jaxlib": "0.10.1"}}
    store.campaign("c", 1, {}, identity=was)
    now = {"seed": 1, "versions": {"torch": "2.13.0", "jaxlib": "0.10.2", "jax": "0.10.2"}}
    with pytest.raises(StoreError, match=r"versions \(jax none -> 0\.10\.2, jaxlib 0\.10\.1 -> "):
        store.campaign("c", 1, {}, identity=now)
    store.close()
