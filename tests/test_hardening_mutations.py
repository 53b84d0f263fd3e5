"""Hardening by mutation: stores, case directories and dataset rows from someone else, each
mutated by hypothesis, through the read-only commands that take them. The only answers
accepted are exit 0/1 (the input still makes sense) or exit 2 with one line on stderr naming
the problem; a traceback (exit 3) fails the test. Commands run in this process
(`cli.execute`), so a hundred inputs cost seconds, not a hundred interpreters."""

from __future__ import annotations

import gzip
import json
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
import torch
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

from compiler_lab import cli
from compiler_lab.execution import lab
from compiler_lab.execution.failure import Failure
from compiler_lab.findings.cases import write_case_at
from compiler_lab.storage import schema
from fuzz.tables import FuzzStore
from tests.conftest import ROOT, example

SETTINGS = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

#: stands for an integer literal longer than Python parses by default (json.dumps cannot
#: write one, so it is spliced into the text)
HUGE = "<huge integer>"
HUGE_LITERAL = "9" * 5000

#: values a field from someone else may hold instead of the one the lab wrote
ODD = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([HUGE, float("nan"), float("inf"), -1, 0, 2**63]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(["<script>x</script>", "../../etc", "/dev/zero", "{", "[]", "{}", "\x00"]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def _answer(argv: list[str], capsys) -> tuple[int, str]:
    capsys.readouterr()
    code = cli.execute(argv)
    return code, capsys.readouterr().err


def _accept(code: int, err: str, argv: list[str]) -> None:
    assert code in (0, 1, 2), f"{argv}: exit {code}\n{err}"
    if code == 2:
        lines = [ln for ln in err.strip().splitlines() if ln.strip()]
        assert len(lines) == 1, f"{argv}: exit 2 must be one line, got:\n{err}"


@pytest.fixture(scope="module")
def store_template(tmp_path_factory) -> Path:
    """A real store: a campaign, an ok test and a crash bucket with its case directory."""
    root = tmp_path_factory.mktemp("store")
    path = root / "s.db"
    store = FuzzStore(path)
    cid, _ = store.campaign("c", 1, {"backends": ["inductor"]})
    graph = example("softmax")
    values = {s.name: torch.randn(*s.shape) for s in graph.inputs}
    ok = lab.Verdict(graph, "inductor", "ok", values=values)
    crash = lab.Verdict(
        graph,
        "inductor",
        "crash",
        stage="cpp-compile",
        failure=Failure("cpp-compile", "CppCompileError", "error: planted"),
        values=values,
    )
    key = "inductor:cpp-compile:CppCompileError:planted"
    case = write_case_at(store.case_root(key) / "case", crash)
    store.record(
        cid,
        [schema.TestRow.of(ok, 0, None, {}), schema.TestRow.of(crash, 1, key, {})],
        cases={key: str(case)},
    )
    store.sample(cid)
    store.close()
    return path


def _copy_store(template: Path, where: Path) -> Path:
    for p in template.parent.iterdir():
        dest = where / p.name
        if p.is_dir():
            shutil.copytree(p, dest, symlinks=True)
        else:
            shutil.copy2(p, dest)
    return where / template.name


def _columns(db: sqlite3.Connection) -> list[tuple[str, str]]:
    out = []
    for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        out += [(table, r[1]) for r in db.execute(f"PRAGMA table_info({table})")]
    return out


def _dumps(doc) -> str:
    return json.dumps(doc).replace(json.dumps(HUGE), HUGE_LITERAL)


def _sqlite_value(v):
    if v == HUGE:
        return HUGE_LITERAL
    if isinstance(v, bool | type(None) | float | str):
        return v
    if isinstance(v, int):
        return v if -(2**63) <= v < 2**63 else str(v)
    return _dumps(v)


@given(data=st.data())
@SETTINGS
def test_a_mutated_store_is_read_or_refused_in_one_line(store_template, tmp_path, capsys, data):
    where = Path(tempfile.mkdtemp(dir=tmp_path))
    path = _copy_store(store_template, where)
    db = sqlite3.connect(path)
    mutation = data.draw(st.sampled_from(["cell", "cell", "cell", "drop", "trigger"]))
    if mutation == "cell":
        table, column = data.draw(st.sampled_from(_columns(db)))
        value = _sqlite_value(data.draw(ODD))
        try:
            db.execute(f"UPDATE {table} SET {column} = ?", (value,))
        except sqlite3.IntegrityError:
            reject()  # SQLite itself refuses it (an INTEGER PRIMARY KEY that is not one)
    elif mutation == "drop":
        table = data.draw(st.sampled_from(["tests", "buckets", "campaigns", "samples", "support"]))
        db.execute(f"DROP TABLE {table}")
    else:
        db.execute("CREATE TRIGGER t AFTER UPDATE ON campaigns BEGIN DELETE FROM buckets; END")
    db.commit()
    db.close()
    before = path.read_bytes()
    key = "inductor:cpp-compile:CppCompileError:planted"
    for argv in (
        ["triage", "list", str(path)],
        ["report", str(path), "-o", str(where / "r.html")],
        ["triage", "show", key, "--store", str(path)],
    ):
        code, err = _answer(argv, capsys)
        _accept(code, err, argv)
    assert path.read_bytes() == before, "a read-only command changed the store"


@pytest.fixture(scope="module")
def case_template(store_template) -> Path:
    return next(store_template.parent.glob("s.db.cases/*/case"))


CASE_FILES = ("verdict.json", "graph.json", "versions.json")


def _mutate_json(doc, data):
    """One field of `doc` (nested anywhere) replaced by an odd value, or removed."""
    if isinstance(doc, dict) and doc:
        key = data.draw(st.sampled_from(sorted(doc)))
        if data.draw(st.booleans()):
            doc[key] = _mutate_json(doc[key], data)
        elif data.draw(st.booleans()):
            del doc[key]
        else:
            doc[key] = data.draw(ODD)
        return doc
    if isinstance(doc, list) and doc:
        i = data.draw(st.integers(0, len(doc) - 1))
        doc[i] = _mutate_json(doc[i], data) if data.draw(st.booleans()) else data.draw(ODD)
        return doc
    return data.draw(ODD)


@given(data=st.data())
@SETTINGS
def test_a_mutated_case_directory_is_read_or_refused_in_one_line(
    case_template, tmp_path, capsys, data
):
    case = Path(tempfile.mkdtemp(dir=tmp_path)) / "case"
    shutil.copytree(case_template, case)
    name = data.draw(st.sampled_from([*CASE_FILES, "inputs.npz"]))
    target = case / name
    if name == "inputs.npz":
        raw = bytearray(target.read_bytes())
        for _ in range(data.draw(st.integers(1, 8))):
            raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
        target.write_bytes(bytes(raw))
    elif target.exists():
        doc = json.loads(target.read_text())
        target.write_text(_dumps(_mutate_json(doc, data)))
    argv = ["triage", "show", str(case)]
    code, err = _answer(argv, capsys)
    _accept(code, err, argv)


DATASET = ROOT / "corpora" / "costdata"


@pytest.fixture(scope="module")
def dataset_rows() -> list[dict]:
    """The first rows of the shipped dataset, the template the mutations start from."""
    rows = []
    for f in sorted(DATASET.rglob("*.jsonl.gz")):
        with gzip.open(f, "rt") as fh:
            for line in fh:
                rows.append(json.loads(line))
                if len(rows) >= 12:
                    return rows
    return rows


@given(data=st.data())
@SETTINGS
def test_a_mutated_dataset_row_is_read_or_refused_in_one_line(dataset_rows, tmp_path, capsys, data):
    assert dataset_rows, "the shipped dataset has rows"
    rows = json.loads(json.dumps(dataset_rows))
    i = data.draw(st.integers(0, len(rows) - 1))
    rows[i] = _mutate_json(rows[i], data)
    where = Path(tempfile.mkdtemp(dir=tmp_path))
    with gzip.open(where / "rows.jsonl.gz", "wt") as fh:
        for r in rows:
            fh.write(_dumps(r) + "\n")
    shutil.copy(DATASET / "manifest.json", where / "manifest.json")
    before = (where / "rows.jsonl.gz").read_bytes()
    argv = ["measure", "stats", str(where)]
    code, err = _answer(argv, capsys)
    _accept(code, err, argv)
    assert (where / "rows.jsonl.gz").read_bytes() == before, "stats changed the dataset"
