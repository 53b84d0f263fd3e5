"""The fast serving path gives what the slow one gave: all targets' trees in one booster
predict what LightGBM's own boosters do, features read from the text are the features of
MLIR's parse, the canonical form is its stepwise definition, and the bounds' shortcut never
lets through what their scan refuses. Checked on real dataset rows and texts."""

from __future__ import annotations

import random
import re
from functools import cache

import lightgbm as lgb
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from costmodel.dataset.levels import LEVELS
from costmodel.dataset.samples import Sample, inverse, load_samples
from costmodel.features import extract
from costmodel.features.reader import read_ops
from costmodel.mlir import bounds
from costmodel.mlir.canon import canonicalize
from costmodel.models.registry import SHIPPED, create, load
from costmodel.serve.api import load as load_predictor
from tests.conftest import ROOT
from tests.test_costmodel import _planted, conv

DATASETS = {
    "lightgbm": ROOT / "corpora/costdata",
    "lightgbm-decisions": ROOT / "corpora/costdata-v4",
}
#: ops whose reading has its own code: texts with each are sampled on purpose
NAMED = ("linalg.fill", "linalg.matmul", "linalg.batch_matmul", "linalg.transpose",
         "linalg.broadcast", "tensor.pad", "util.assume.int", "iree_linalg_ext.scan",
         "tm_tensor.scatter", "arith.extui", "linalg.softmax", "memref.subview")  # fmt: skip


@cache
def _samples(model: str) -> list[Sample]:
    return load_samples(DATASETS[model])


def _sample(model: str, per_level: int, seed: int = 0) -> list[Sample]:
    """Up to `per_level` samples of each level, and a few with each of NAMED."""
    rng = random.Random(seed)
    samples = _samples(model)
    out = []
    for level in LEVELS:
        at = [s for s in samples if s.level == level]
        out += rng.sample(at, min(per_level, len(at)))
    for name in NAMED:
        found = [s for s in samples if name in s.text]
        out += rng.sample(found, min(3, len(found)))
    return list({s.text: s for s in out}.values())


@pytest.mark.parametrize("name", DATASETS)
def test_one_forest_predicts_what_each_target_s_lightgbm_booster_does(name):
    """Against LightGBM's own parse of the shipped files, row by row and in a batch."""
    model = load(SHIPPED / name)
    samples = _sample(name, 40)
    x = model._design([s.text for s in samples], [s.level for s in samples])
    want = np.stack(
        [lgb.Booster(model_file=str(SHIPPED / name / f"{t}.lgb.txt")).predict(x)
         for t in model.targets], axis=1,
    )  # fmt: skip
    rows = np.concatenate([model.forest.predict(x[i : i + 1]) for i in range(len(x))])
    np.testing.assert_allclose(rows, want, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(model.forest.predict(x), want, rtol=1e-12, atol=1e-12)
    assert np.ptp(want[:, 0]) > 1  # rows that tell the trees apart


def test_a_forest_of_trees_trained_here_predicts_as_its_boosters_and_its_text_round_trips(
    tmp_path,
):
    """A TF-IDF model (sparse rows) trained in-process, and the same loaded back."""
    rng = random.Random(3)
    samples = _planted(rng, 80, "mm") + _planted(rng, 80, "conv")
    model = create("tfidf").fit(samples)
    texts, levels = [s.text for s in samples], [s.level for s in samples]
    x = model._design(texts, levels)
    want = np.stack([b.predict(x) for b in model.boosters], axis=1)
    np.testing.assert_allclose(model._predict(texts, levels), want, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(model.forest.predict(x[:1]), want[:1], rtol=1e-12, atol=1e-12)
    again = load(model.save(tmp_path / "tfidf"))
    assert again.predict(texts[:5]) == model.predict(texts[:5])


@pytest.mark.parametrize("name", DATASETS)
def test_features_read_from_the_text_are_those_of_mlir_s_parse(name):
    samples = _sample(name, 120, seed=1)
    read = 0
    for s in samples:
        ops = read_ops(s.text)
        if ops is None:
            continue
        read += 1
        assert extract._features(ops, s.text) == extract._features(
            extract.parsed_ops(s.text), s.text
        ), s.text[:2000]
    assert read >= 0.97 * len(samples), f"read {read} of {len(samples)}"


UNREAD = {
    "generic form": '"t.op"() : () -> ()\n',
    "a conv (not generalized here)": conv(1, 4, 1, 1),
    "a comment that looks like code": "func.func @f() {\n  return // {\n}\n",
    "a type alias": "!t = tensor<4xf32>\nfunc.func @f(%a: !t) -> !t {\n  return %a : !t\n}\n",
    "a map MLIR simplifies to a dim": "#map = affine_map<(d0) -> (d0 * 1)>\n"
    "func.func @f(%a: tensor<4xf32>) -> tensor<4xf32> {\n  %r = linalg.generic {indexing_maps = "
    '[#map, #map], iterator_types = ["parallel"]} ins(%a : tensor<4xf32>) outs(%a : '
    "tensor<4xf32>) {\n  ^bb0(%i: f32, %o: f32):\n    linalg.yield %i : f32\n  } -> "
    "tensor<4xf32>\n  return %r : tensor<4xf32>\n}\n",
}


@pytest.mark.parametrize("text", UNREAD.values(), ids=UNREAD.keys())
def test_forms_the_reader_does_not_take_go_to_mlir(text):
    assert read_ops(text) is None
    extract.features.cache_clear()
    assert extract.features(text) == extract._features(extract.parsed_ops(text), text)


def test_predictions_are_lightgbm_s_on_mlir_s_features():
    """End to end through the service's API: what the shipped LightGBM files say for the
    features of MLIR's parse, as the service computed them before it read texts itself."""
    samples = _sample("lightgbm", 25, seed=2)
    texts, levels = [s.text for s in samples], [s.level for s in samples]
    model = load(SHIPPED / "lightgbm")
    index = {c: i for i, c in enumerate(model.columns)}
    x = np.zeros((len(texts), len(model.columns) + len(LEVELS)), dtype=np.float32)
    for r, (text, level) in enumerate(zip(texts, levels, strict=True)):
        for k, v in extract._features(extract.parsed_ops(text), text).items():
            if k in index:
                x[r, index[k]] = v
        x[r, len(model.columns) + LEVELS.index(level)] = 1.0
    raw = {t: lgb.Booster(model_file=str(SHIPPED / "lightgbm" / f"{t}.lgb.txt")).predict(x)
           for t in model.targets}  # fmt: skip
    got = load_predictor("lightgbm").predict(texts, levels=levels)
    for r, row in enumerate(got):
        want = {t: inverse(t, float(raw[t][r])) for t in model.targets}
        assert row == pytest.approx(want, rel=1e-9, abs=1e-12)


# ---- the canonical form --------------------------------------------------------------------

_REF_LOC = re.compile(r"(?<!\s)\s*loc\((?:[^()]|\([^()]*\))*\)")
_REF_STRING = re.compile(r'(?P<string>"(?:[^"\\\n]|\\.)*+")|"[^\n]*')
_REF_RENAMES = [
    (re.compile(r"%[A-Za-z_$.\-][\w$.\-]*|%\d+(?:#\d+)?"), "%v"),
    (re.compile(r"\^[A-Za-z_][\w$.\-]*|\^bb\d+"), "^bb"),
    (re.compile(r"#map\d*\b"), "#map"),
    (re.compile(r"#set\d*\b"), "#set"),
]


def _stepwise_canonical(text: str) -> str:
    """The canonical form step by step, as canon.py defines it."""
    text = _REF_LOC.sub("", text)
    pieces, code = [], 0
    for m in _REF_STRING.finditer(text):
        if m.group("string") is not None:
            pieces += [text[code : m.start()], m.group()]
            code = m.end()
    pieces.append(text[code:])
    parts = [re.sub(r"//[^\n]*", "", c) for c in pieces[0::2]]
    parts = [re.sub(r"(_dispatch)_\d+", r"\1", c) for c in parts]
    for pattern, prefix in _REF_RENAMES:
        names: dict[str, str] = {}
        parts = [pattern.sub(lambda m, n=names, p=prefix: n.setdefault(m[0], f"{p}{len(n)}"), c)
                 for c in parts]  # fmt: skip
    pieces[0::2] = parts
    lines = [ln.rstrip() for ln in "".join(pieces).splitlines()]
    return "\n".join(ln for ln in lines if ln.strip())


_CANON_PIECES = ['"', '"a"', '"a\\"b"', "\\", "//", "/", "loc(", "loc(x)", ")", "(", " ", "\n",
                 "\t", "%a", "%1", "%1#2", "^bb1", "^x", "#map", "#map1", "#set2", "#mapx",
                 "_dispatch_3", "_", "7", "x", "%a_dispatch_1", "\x0b", "\u2028", "é", "$", "-",
                 ' loc("f":1:2)', "loc(a(b)c)"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CANON_PIECES), max_size=30))
def test_canonical_form_is_its_stepwise_definition(pieces):
    text = "".join(pieces)
    assert canonicalize(text) == _stepwise_canonical(text)


def test_canonical_form_of_dataset_texts_is_its_stepwise_definition():
    for s in _sample("lightgbm", 30, seed=4) + _sample("lightgbm-decisions", 30, seed=4):
        assert canonicalize(s.text) == _stepwise_canonical(s.text)


# ---- the bounds' shortcut ------------------------------------------------------------------

_BOUND_PIECES = ["(", ")", "<", ">", "[", "]", "{", "}", "->", ">=", "<=", "-", "+", "*",
                 " mod ", "floordiv", "#a", "#b", "!t", "#a-", "\n#a = ", "\n#b = ", "\n!t = ",
                 "\n#a=", "\n", " ", ",", "=", '"x"', '"', '"a\\"b"', "//c", '//"', "\\",
                 "1" * 101, "1" * 100, "0x" + "f" * 101, "d0", "é", ":"]  # fmt: skip


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_BOUND_PIECES), max_size=30))
def test_the_bounds_shortcut_passes_only_what_the_scan_passes(pieces):
    """With bounds small enough for short texts to cross them."""
    text = "".join(pieces)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(bounds, "MAX_DEPTH", 5)
        mp.setattr(bounds, "MAX_OPERATORS", 4)
        if bounds._surely_within(text):
            bounds._scan(text)  # raises if the shortcut was wrong


def test_the_bounds_shortcut_takes_the_dataset_and_the_memo_keeps_only_passes():
    texts = [s.text for s in _sample("lightgbm", 30) + _sample("lightgbm-decisions", 30)]
    assert all(bounds._surely_within(t) for t in texts)
    bounds.check_text.cache_clear()
    nested = "[" * 200 + "]" * 200
    for _ in range(2):
        with pytest.raises(bounds.MlirBoundsError, match="nested"):
            bounds.check_text(nested)
    bounds.check_text(texts[0])
    assert list(bounds.check_text.held) == [texts[0]]
