"""Hardening, round two: datasets and model directories from someone else. Reading one never
writes to it, is bounded, and anything malformed is a one-line error (exit 2) or, for a
single bad row, a counted skip. One test (or one parametrized set) per item of issue 22."""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import math
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from compiler_lab import cli
from costmodel.dataset import dataset as ds
from costmodel.dataset import members
from costmodel.dataset.dataset import Dataset
from tests.conftest import ROOT

COSTDATA = ROOT / "corpora" / "costdata"
FAMILIES = ("bert", "resnet", "generated")


@pytest.fixture(scope="module")
def shipped_rows() -> list[dict]:
    """20 latency and callgrind rows (dispatch and linalg levels) of three families from
    the shipped dataset, each with its MLIR text: material for small datasets."""
    picked: dict[str, list[dict]] = {f: [] for f in FAMILIES}
    with gzip.open(COSTDATA / "rows.jsonl.gz", "rt") as f:
        for line in f:
            row = json.loads(line)
            fam = picked.get(row["family"])
            if fam is not None and len(fam) < 20 and row["level"] in ("dispatch", "linalg"):
                fam.append(row)
            if all(len(v) == 20 for v in picked.values()):
                break
    rows = [r for v in picked.values() for r in v]
    wanted = {r["mlir_hash"] for r in rows}
    texts = {}
    with gzip.open(COSTDATA / "texts.jsonl.gz", "rt") as f:
        for line in f:
            t = json.loads(line)
            if t["mlir_hash"] in wanted:
                texts[t["mlir_hash"]] = t["text"]
                if len(texts) == len(wanted):
                    break
    return [r | {"mlir": texts[r["mlir_hash"]]} for r in rows]


def _dataset(root: Path, rows: list[dict], members: int = 3) -> Path:
    """A dataset of `rows` written by the real writer, in `members` appends."""
    data = Dataset(root)
    step = -(-len(rows) // members)
    for i in range(0, len(rows), step):
        data.append([dict(r) for r in rows[i : i + step]], [f"u{i}"])
    return root


def _digests(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _run_cli(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["clab", "-v", *args])
    with pytest.raises(SystemExit) as stop:
        cli.main()
    out, err = capsys.readouterr()
    return stop.value.code, out, err


def _one_line_error(code: int, err: str) -> bool:
    return code == 2 and err.startswith("error: ") and err.count("\n") == 1


# ---- 4. `clab measure stats` is read-only --------------------------------------------------
def test_stats_refuses_a_symlinked_data_file_and_leaves_its_target(
    tmp_path, monkeypatch, capsys, shipped_rows
):
    root = _dataset(tmp_path / "d", shipped_rows)
    elsewhere = tmp_path / "precious.txt"
    elsewhere.write_bytes(b"not gzip, and not yours to cut\n")
    (root / "rows.jsonl.gz").unlink()
    (root / "rows.jsonl.gz").symlink_to(elsewhere)
    code, _, err = _run_cli(monkeypatch, capsys, "measure", "stats", str(root))
    assert _one_line_error(code, err) and "not a regular file (a symlink)" in err, err
    assert elsewhere.read_bytes() == b"not gzip, and not yours to cut\n"


def test_stats_refuses_a_corrupt_member_in_the_middle_and_cuts_nothing(
    tmp_path, monkeypatch, capsys, shipped_rows
):
    root, path = tmp_path / "d", tmp_path / "d" / "rows.jsonl.gz"
    members = []  # where each append ends
    for i in range(3):
        _dataset(root, shipped_rows[i * 20 : i * 20 + 20], members=1)
        members.append(path.stat().st_size)
    data = bytearray(path.read_bytes())
    middle = (members[0] + members[1]) // 2
    data[middle : middle + 8] = b"\xff" * 8  # inside the second of three members
    path.write_bytes(bytes(data))
    before = _digests(root)
    code, _, err = _run_cli(monkeypatch, capsys, "measure", "stats", str(root))
    assert _one_line_error(code, err) and f"damaged gzip member at byte {members[0]}" in err, err
    with pytest.raises(ds.DatasetError, match="whole ones after it"):
        Dataset(root)  # a writer refuses it too, rather than cut whole appends
    assert _digests(root) == before


def test_stats_on_a_missing_directory_creates_nothing(tmp_path, monkeypatch, capsys):
    code, _, err = _run_cli(monkeypatch, capsys, "measure", "stats", str(tmp_path / "nope"))
    assert _one_line_error(code, err) and "no such dataset directory" in err, err
    assert not (tmp_path / "nope").exists()


def test_only_a_writer_cuts_a_damaged_tail_and_it_says_so(tmp_path, shipped_rows, caplog):
    root = _dataset(tmp_path / "d", shipped_rows)
    path = root / "rows.jsonl.gz"
    whole = path.stat().st_size
    with open(path, "ab") as f:
        f.write(gzip.compress(b'{"half": "a killed writer\'s"}\n')[:20])
    damaged = path.read_bytes()
    with caplog.at_level(logging.WARNING, logger=ds.__name__):
        reader = Dataset(root, readonly=True)
        assert len(list(reader.rows())) == len(shipped_rows)
    assert path.read_bytes() == damaged  # a reader leaves it ...
    assert "left out a damaged last append" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger=ds.__name__):
        Dataset(root)
    assert path.stat().st_size == whole  # ... a writer cuts exactly the tail, and says so
    assert f"cut a damaged last append (bytes {whole}-{len(damaged)}" in caplog.text


# ---- 12a. decompression bombs ---------------------------------------------------------------
@pytest.mark.parametrize("bomb", ["one long line", "many lines", "a directory"])
def test_a_data_file_bomb_is_refused_by_its_limits(tmp_path, monkeypatch, capsys, bomb):
    monkeypatch.setattr(members, "MAX_FILE_BYTES", 1 << 20)
    monkeypatch.setattr(members, "MAX_LINE_BYTES", 64 << 10)
    root = tmp_path / "d"
    root.mkdir()
    (root / "manifest.json").write_text(json.dumps({"version": ds.VERSION}))
    path = root / "rows.jsonl.gz"
    if bomb == "a directory":
        path.mkdir()
    else:
        line = b"\0" * (16 << 20) if bomb == "one long line" else b"{}\n" * (8 << 20)
        path.write_bytes(gzip.compress(line))  # 16-24 MiB from ~16-50 KiB
    before = _digests(root)
    code, _, err = _run_cli(monkeypatch, capsys, "measure", "stats", str(root))
    expected = {
        "one long line": "a line inflates past 0 MiB",
        "many lines": "inflates past 1 MiB, the limit on this machine",
        "a directory": "not a regular file",
    }[bomb]
    assert _one_line_error(code, err) and f"{path}: {expected}" in err, err
    assert _digests(root) == before


# ---- 14. malformed datasets: one line and exit 2, or a counted skip of a bad row -----------
BAD_MANIFESTS = {
    "not JSON": (b"{", "not valid JSON"),
    "a list": (b"[]", "not a JSON object"),
    "version a string": (b'{"version": "3"}', "dataset version '3'"),
    "version an object": (b'{"version": {}}', "dataset version {}"),
    "done not a list": (b'{"version": 3, "done": 5}', "field 'done' is not a list"),
    "families of strings": (b'{"version": 3, "families": {"a": "x"}}', "field 'families'"),
}


@pytest.mark.parametrize("what", sorted(BAD_MANIFESTS))
def test_a_bad_manifest_is_a_one_line_error(tmp_path, monkeypatch, capsys, shipped_rows, what):
    root = _dataset(tmp_path / "d", shipped_rows)
    content, expected = BAD_MANIFESTS[what]
    (root / "manifest.json").write_bytes(content)
    for args in (("measure", "stats", str(root)), ("cost", "train", "--data", str(root))):
        code, _, err = _run_cli(monkeypatch, capsys, *args)
        assert _one_line_error(code, err) and "manifest.json: " + expected in err, (args, err)


def _with(**change) -> object:
    return lambda row: {k: v for k, v in (row | change).items() if v is not None}


def _metric(**change) -> object:
    return lambda row: row | {"metrics": row["metrics"] | change}


BAD_ROWS = {
    "inf latency": (_metric(latency_s=float("inf")), "metrics.latency_s is inf"),
    "negative count": (_metric(instructions=-5), "metrics.instructions is -5"),
    "null elements": (_metric(elements=None), "metrics.elements is None"),
    "latency a string": (_metric(latency_s="fast"), "metrics.latency_s is 'fast'"),
    "metrics a list": (_with(metrics=[1, 2]), "metrics is not a dict"),
    "level a number": (_with(level=7), "level is not a str"),
    "no unit_id": (_with(unit_id=None), "unit_id is missing"),
    "seed a string": (_with(generator_seed="7"), "generator_seed is not an integer"),
    "an array": (lambda row: [row], "not a JSON object"),
    "noisy a string": (lambda row: row | {"noise": {"noisy": "yes"}}, "noise.noisy"),
    "isa a list": (_with(target={"cpu": "host", "isa": ["v4"]}), "string isa"),
}


@pytest.mark.parametrize("what", sorted(BAD_ROWS))
def test_a_bad_row_is_skipped_and_counted(tmp_path, monkeypatch, capsys, shipped_rows, what):
    change, expected = BAD_ROWS[what]
    rows = [{k: v for k, v in r.items() if k != "mlir"} for r in shipped_rows]
    rows[len(rows) // 2] = change(rows[len(rows) // 2])
    root = tmp_path / "d"
    root.mkdir()
    (root / "manifest.json").write_text(json.dumps({"version": ds.VERSION}))
    with gzip.open(root / "rows.jsonl.gz", "wt") as f:
        f.writelines(json.dumps(r) + "\n" for r in rows)
    code, out, err = _run_cli(monkeypatch, capsys, "measure", "stats", str(root))
    assert code == 0, err
    data = Dataset(root, readonly=True)
    assert len(list(data.rows())) == len(rows) - 1
    (count, why) = data.skipped["rows.jsonl.gz"]
    assert count == 1 and why.startswith(f"line {len(rows) // 2 + 1}: ") and expected in why
    assert re.search(r"skipped_rows +│ 1 ", out), out


# ---- 15. a target with no finite values is refused --------------------------------------
def test_an_all_nan_latency_dataset_trains_nothing(tmp_path, monkeypatch, capsys, shipped_rows):
    rows = [json.loads(json.dumps(r)) for r in shipped_rows if r["collector"] == "latency"]
    for r in rows:
        r["metrics"] = {"latency_s": float("nan")}
    root = _dataset(tmp_path / "d", rows)
    out = tmp_path / "model"
    code, _, err = _run_cli(
        monkeypatch, capsys, "cost", "train", "--data", str(root), "-o", str(out)
    )
    assert _one_line_error(code, err), err
    assert f"skipped as malformed: {len(rows)} in rows.jsonl.gz" in err
    assert "metrics.latency_s is nan" in err
    assert not out.exists()


def test_a_model_is_not_fit_on_targets_with_no_finite_value():
    from costmodel.dataset.samples import Sample
    from costmodel.models.base import ModelError
    from costmodel.models.registry import create

    text = "func.func @f() {\n  return\n}"
    nan = [Sample(text, "linalg", {"latency_s": float("nan")}, "mm", "g", "u")] * 4
    with pytest.raises(ModelError, match="no finite value of any target"):
        create("lightgbm").fit(nan)
    mixed = [Sample(text, "linalg", {"latency_s": float("nan"), "code_bytes": 10.0 + i},
                    "mm", "g", f"u{i}") for i in range(4)]  # fmt: skip
    assert create("roofline", {"peak_flops": 1e9, "peak_bytes_per_s": 1e9}).fit(mixed).targets == [
        "code_bytes"
    ]


# ---- 13. model directories from someone else --------------------------------------------
MODELS = ROOT / "corpora" / "models"
MLIR = ROOT / "tests" / "data" / "add.mlir"


@pytest.fixture(scope="module")
def small_models(tmp_path_factory) -> Path:
    """The shipped models, the LightGBM one cut to its latency booster's first 3 trees
    (`tree_sizes` kept right, so LightGBM parses them in parallel, as it did the 1e9)."""
    root = tmp_path_factory.mktemp("models")
    for kind in ("roofline", "textcnn", "transformer"):
        shutil.copytree(MODELS / kind, root / kind)
    small = root / "lightgbm"
    small.mkdir()
    shutil.copy(MODELS / "lightgbm" / "columns.json", small)
    meta = json.loads((MODELS / "lightgbm" / "model.json").read_text())
    (small / "model.json").write_text(json.dumps(meta | {"targets": ["latency_s"]}))
    text = (MODELS / "lightgbm" / "latency_s.lgb.txt").read_text()
    head, *trees = text.split("\nTree=")
    sizes = " ".join(str(len(f"Tree={t}\n")) for t in trees[:3])
    head = re.sub(r"(?m)^tree_sizes=.*$", f"tree_sizes={sizes}", head)
    tail = text[text.index("\nend of trees") :]
    (small / "latency_s.lgb.txt").write_text(
        head + "".join("\nTree=" + t for t in trees[:3]) + tail
    )
    return root


def _edit_json(name: str, change) -> object:
    def edit(d: Path) -> None:
        path = d / name
        path.write_text(json.dumps(change(json.loads(path.read_text()))))

    return edit


def _edit_text(name: str, old: str, new: str, count: int = 1) -> object:
    def edit(d: Path) -> None:
        path = d / name
        text = path.read_text()
        assert old in text, (name, old)
        path.write_text(text.replace(old, new, count))

    return edit


def _write(name: str, data: bytes) -> object:
    return lambda d: (d / name).write_bytes(data)


def _cut(name: str, keep: float) -> object:
    return lambda d: (d / name).write_bytes(
        (d / name).read_bytes()[: int((d / name).stat().st_size * keep)]
    )


def _replace_with(name: str, make) -> object:
    def edit(d: Path) -> None:
        (d / name).unlink()
        make(d / name)

    return edit


BOOSTER = "latency_s.lgb.txt"
BAD_MODELS = {
    # every kind: model.json
    "lightgbm: model.json not JSON": _write("model.json", b"{"),
    "lightgbm: model.json a list": _write("model.json", b"[]"),
    "lightgbm: model.json nested deep": _write("model.json", b"[" * 100_000),
    "lightgbm: format 2": _edit_json("model.json", lambda m: m | {"format": 2}),
    "lightgbm: unknown target": _edit_json("model.json", lambda m: m | {"targets": ["speed"]}),
    "lightgbm: targets a string": _edit_json("model.json", lambda m: m | {"targets": "latency_s"}),
    "lightgbm: config a list": _edit_json("model.json", lambda m: m | {"config": [1]}),
    "lightgbm: threads a string": _edit_json(
        "model.json", lambda m: m | {"config": {"threads": "x"}}
    ),
    "lightgbm: kind an object": _edit_json("model.json", lambda m: m | {"kind": {"a": 1}}),
    "roofline: no peak_flops": _edit_json("model.json", lambda m: m | {"config": {}}),
    "lightgbm: unknown setting": _edit_json("model.json", lambda m: m | {"config": {"evil": 1}}),
    # LightGBM: columns and booster text
    "lightgbm: no columns.json": lambda d: (d / "columns.json").unlink(),
    "lightgbm: columns a dict": _write("columns.json", b'{"a": 1}'),
    "lightgbm: columns one short": _edit_json("columns.json", lambda c: c[:-1]),
    "lightgbm: num_leaves 1e9": _edit_text(BOOSTER, "num_leaves=63", "num_leaves=1000000000"),
    "lightgbm: a node its own child": _edit_text(BOOSTER, "left_child=1 ", "left_child=0 "),
    "lightgbm: a leaf out of range": _edit_text(BOOSTER, "right_child=2 ", "right_child=-9999 "),
    "lightgbm: an unknown feature": _edit_text(BOOSTER, "split_feature=8 ", "split_feature=9999 "),
    "lightgbm: a categorical split": _edit_text(BOOSTER, "decision_type=2 ", "decision_type=1 "),
    "lightgbm: a short array": _edit_text(BOOSTER, "threshold=10.466620445251467 ", "threshold="),
    "lightgbm: booster cut short": _cut(BOOSTER, 0.6),
    "lightgbm: booster binary": _write(BOOSTER, bytes(range(256)) * 64),
    "lightgbm: booster /dev/zero": _replace_with(BOOSTER, lambda p: p.symlink_to("/dev/zero")),
    # roofline
    "roofline: peak_flops 0": _edit_json("model.json", lambda m: m | {"config": {"peak_flops": 0}}),
    "roofline: coef short": _edit_json("roofline.json", lambda r: {"coef": r["coef"][:2]}),
    "roofline: coef NaN": _write("roofline.json", b'{"coef": [[NaN, 1, 1, 1]]}'),
    # text models
    "transformer: hidden 200000": _edit_json(
        "model.json", lambda m: m | {"config": m["config"] | {"hidden": 200_000}}
    ),
    "transformer: hidden 2048, 48 layers": _edit_json(
        "model.json", lambda m: m | {"config": m["config"] | {"hidden": 2048, "layers": 48}}
    ),
    "transformer: heads do not divide hidden": _edit_json(
        "model.json", lambda m: m | {"config": m["config"] | {"heads": 3}}
    ),
    "transformer: weights cut short": _cut("weights.safetensors", 0.5),
    "transformer: weights of a textcnn": lambda d: shutil.copy(
        MODELS / "textcnn" / "weights.safetensors", d
    ),
    "transformer: no weights": lambda d: (d / "weights.safetensors").unlink(),
    "transformer: weights a directory": _replace_with("weights.safetensors", Path.mkdir),
    "textcnn: max_len a string": _edit_json(
        "model.json", lambda m: m | {"config": m["config"] | {"max_len": "long"}}
    ),
    "textcnn: vocab not a tokenizer": _write("vocab.json", b'{"model": 5}'),
    "textcnn: norm NaN": _write("norm.json", b'{"mean": [NaN], "std": [1]}'),
    "textcnn: norm std 0": _edit_json("norm.json", lambda n: n | {"std": [0.0] * len(n["std"])}),
}

DRIVER = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (16 << 30, 16 << 30))  # a 160 GB ask fails fast
from compiler_lab import cli
for model in sys.argv[2:]:
    code = cli.execute(["cost", "predict", "--model", model, sys.argv[1]])
    print(f"exit {code}", file=sys.stderr)
    print("----", file=sys.stderr, flush=True)
"""


def test_a_malformed_model_directory_is_a_one_line_error(tmp_path, small_models):
    """One process for every directory (a bad LightGBM text used to abort the process)."""
    dirs = []
    for i, (what, edit) in enumerate(sorted(BAD_MODELS.items())):
        d = tmp_path / f"m{i}"
        shutil.copytree(small_models / what.split(":")[0], d, symlinks=True)
        edit(d)
        dirs.append(d)
    script = tmp_path / "driver.py"
    script.write_text(DRIVER)
    proc = subprocess.run(
        [sys.executable, str(script), str(MLIR), *map(str, dirs)],
        capture_output=True,
        text=True,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
        timeout=600,
    )
    answers = proc.stderr.split("----\n")
    bad = {}
    for (what, _), d, answer in zip(sorted(BAD_MODELS.items()), dirs, answers, strict=False):
        lines = answer.strip().splitlines()
        if not (lines[-1:] == ["exit 2"] and len(lines) == 2 and lines[0].startswith("error: ")):
            bad[what] = answer[-300:]
        elif str(d) not in lines[0]:
            bad[what] = "the error does not name the directory: " + lines[0]
    assert len(answers) == len(dirs) + 1, proc.stderr[-2000:]  # none killed the process
    assert not bad, json.dumps(bad, indent=1)


def test_the_shipped_models_still_load_and_predict(small_models):
    """And a LightGBM booster rebuilt from its checked numbers predicts as the file does."""
    import lightgbm as lgb
    import numpy as np

    from costmodel.models.registry import load

    text = MLIR.read_text()
    for kind in ("lightgbm", "roofline", "textcnn", "transformer"):
        (pred,) = load(small_models / kind).predict([text], ["linalg"])
        assert all(math.isfinite(v) for v in pred.values()), (kind, pred)
    original = lgb.Booster(model_str=(small_models / "lightgbm" / BOOSTER).read_text())
    (rebuilt,) = load(small_models / "lightgbm").boosters
    x = np.random.default_rng(0).random((500, original.num_feature())) * 20
    x[::7, :10] = np.nan
    assert (rebuilt.predict(x) == original.predict(x)).all()


# ---- read-only commands leave a dataset's (and a model's) bytes unchanged -----------------
def test_read_only_commands_leave_a_datasets_bytes_unchanged(
    tmp_path, monkeypatch, capsys, shipped_rows, small_models
):
    data = _dataset(tmp_path / "d", shipped_rows)
    with open(data / "rows.jsonl.gz", "ab") as f:  # a killed writer's tail: theirs to cut
        f.write(gzip.compress(b"{}\n")[:12])
    models = tmp_path / "models"
    for kind in ("lightgbm", "roofline"):
        shutil.copytree(small_models / kind, models / kind)
    before = _digests(tmp_path)
    runs = [
        ("measure", "stats", str(data)),
        ("cost", "eval", "--data", str(data), "--models", "roofline", "--seeds", "1",
         "-o", str(tmp_path / "out" / "eval.html")),
        *(("cost", "predict", "--model", str(models / k), str(MLIR)) for k in os.listdir(models)),
    ]  # fmt: skip
    for args in runs:
        code, _, err = _run_cli(monkeypatch, capsys, *args)
        assert code == 0, (args, err)
    after = {k: v for k, v in _digests(tmp_path).items() if not k.startswith("out/")}
    assert after == before


def test_lightgbm_never_parses_a_files_own_text(tmp_path, small_models):
    """A stray line in a booster's parameters section segfaulted LightGBM's parser; it now
    parses only text rebuilt from the checked trees (in a child: the old code crashes)."""
    d = tmp_path / "m"
    shutil.copytree(small_models / "lightgbm", d)
    _edit_text(BOOSTER, "[max_drop: 50]\n", "[max_drop: 50]\nColumn_45=72\n")(d)
    code = f"from costmodel.models.registry import load; load({str(d)!r}).predict(['x'])"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=os.environ | {"PYTHONPATH": str(ROOT)}, timeout=300)  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-1000:]


def test_a_models_huge_output_is_a_huge_prediction_not_an_overflow(tmp_path, small_models):
    from costmodel.models.registry import load

    d = tmp_path / "m"
    shutil.copytree(small_models / "roofline", d)
    _edit_json("roofline.json", lambda r: {"coef": [[0, 0, 0, 1e300] for _ in r["coef"]]})(d)
    (pred,) = load(d).predict([MLIR.read_text()])
    assert all(math.isfinite(v) for v in pred.values()) and pred["latency_s"] > 1e300


@pytest.mark.parametrize(
    "content, why",
    [(b"[" * 100_000, "not a valid error band"), (b'{"target": "latency_s", "quantiles": '
      b'{"0.5": 0, "0.99": NaN}}', "not a finite number")],
)  # fmt: skip
def test_a_malformed_error_band_is_a_band_error(tmp_path, content, why):
    from costmodel.eval.band import BandError, read_band

    (tmp_path / "band.json").write_bytes(content)
    with pytest.raises(BandError, match=why):
        read_band(tmp_path)
