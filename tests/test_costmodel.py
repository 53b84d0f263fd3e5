"""Cost models: reading MLIR (tokens, tokenizer, features), the models behind one interface
(planted relations, online updates, save and load), and the CLI on bad input."""

from __future__ import annotations

import random
import subprocess
import sys

import numpy as np
import pytest

from costmodel.dataset.samples import Sample
from costmodel.features.extract import MlirFeatureError, features
from costmodel.models.registry import create, load
from costmodel.text.tokens import tokenize
from costmodel.text.vocab import Vocab


def matmul(m: int, n: int, k: int) -> str:
    a, b, o = f"tensor<{m}x{k}xf32>", f"tensor<{k}x{n}xf32>", f"tensor<{m}x{n}xf32>"
    return f"""func.func @main(%a: {a}, %b: {b}) -> {o} {{
  %c = arith.constant 0.0 : f32
  %e = tensor.empty() : {o}
  %f = linalg.fill ins(%c : f32) outs(%e : {o}) -> {o}
  %r = linalg.matmul ins(%a, %b : {a}, {b})
         outs(%f : {o}) -> {o}
  return %r : {o}
}}"""


def conv(c: int, h: int, f: int, k: int) -> str:
    o = h - k + 1
    x, w, y = (
        f"tensor<1x{c}x{h}x{h}xf32>",
        f"tensor<{f}x{c}x{k}x{k}xf32>",
        f"tensor<1x{f}x{o}x{o}xf32>",
    )
    return f"""func.func @main(%x: {x}, %w: {w}, %o: {y}) -> {y} {{
  %r = linalg.conv_2d_nchw_fchw
         {{dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>}}
         ins(%x, %w : {x}, {w}) outs(%o : {y}) -> {y}
  return %r : {y}
}}"""


def test_tokens_rename_values_bucket_numbers_and_round_trip_through_the_tokenizer():
    a, b = tokenize(matmul(16, 24, 32)), tokenize(matmul(16, 24, 32).replace("%a", "%lhs"))
    assert a.parsed and a.tokens == b.tokens  # SSA names do not matter
    assert "linalg.matmul" in a.tokens and "%v0" in a.tokens
    assert "<n:4>" in a.tokens and 16 not in a.tokens  # 16 -> a bucket, its size in the channel
    assert a.numbers[a.tokens.index("<n:4>")] == pytest.approx(np.log2(17))
    texts = [matmul(m, 8, 8) for m in (2, 4, 8)]
    vocab = Vocab.train(texts, min_frequency=1)
    enc = vocab.encode(texts[1])
    assert vocab.decode(enc.ids) == ["[CLS]", *tokenize(texts[1]).tokens]
    assert len(enc.numbers) == len(enc.ids)


def test_unparsable_text_falls_back_to_the_lexer_and_says_so():
    t = tokenize("stream.cmd.execute with(%a as %b: !stream.resource<*>{%c}) {\n}")
    assert not t.parsed and t.tokens


def test_flops_and_bytes_match_hand_counts():
    mm = features(matmul(16, 24, 32))
    assert mm["flops"] == 2 * 16 * 24 * 32
    assert mm["bytes"] == 4 * (16 * 32 + 32 * 24 + 16 * 24) + 4 * 16 * 24 + 4  # fill + matmul
    cv = features(conv(3, 8, 4, 3))
    assert cv["flops"] == 2 * 4 * 6 * 6 * 3 * 3 * 3
    assert cv["max_loops"] == 7 and cv["reduction_loops"] == 3
    with pytest.raises(MlirFeatureError, match="malformed MLIR"):
        features("func.func @x( {")


def _planted(rng: random.Random, n: int, kind: str = "mm") -> list[Sample]:
    """Latency exactly 1 ns per FLOP plus 2 µs: a linear relation in the features."""
    out = []
    for _ in range(n):
        if kind == "mm":
            m, nn, k = (rng.choice([8, 16, 32, 64, 128, 256]) for _ in range(3))
            text, flops = matmul(m, nn, k), 2 * m * nn * k
        else:
            c, h, f, k = rng.choice([1, 3, 8]), rng.choice([8, 16, 32]), rng.choice([4, 8]), 3
            text, flops = conv(c, h, f, k), 2 * f * (h - 2) ** 2 * c * 9
        out.append(
            Sample(text, "linalg", {"latency_s": 1e-9 * flops + 2e-6}, kind, f"g{len(out)}", "")
        )
    return out


def _median_ape(model, samples: list[Sample]) -> float:
    preds = model.predict([s.text for s in samples], [s.level for s in samples])
    return float(np.median([abs(p["latency_s"] - s.targets["latency_s"]) / s.targets["latency_s"]
                            for p, s in zip(preds, samples, strict=True)]))  # fmt: skip


@pytest.mark.parametrize("kind", ["roofline", "lightgbm"])
def test_a_planted_linear_relation_is_recovered(kind):
    rng = random.Random(1)
    model = create(kind).fit(_planted(rng, 300))
    assert _median_ape(model, _planted(rng, 60)) < 0.1


def test_update_lowers_the_error_on_rows_like_the_new_ones():
    rng = random.Random(2)
    model = create("lightgbm").fit(_planted(rng, 200, "mm"))
    held_out = _planted(rng, 40, "conv")
    before = _median_ape(model, held_out)
    model.update(_planted(rng, 200, "conv"))
    assert _median_ape(model, held_out) < 0.5 * before


def test_a_saved_roofline_updated_keeps_the_rows_it_was_trained_on(tmp_path):
    """`clab cost train --continue` on a roofline: the loaded model updated with new rows
    fits old and new rows alike, as one trained on both at once."""
    rng = random.Random(4)
    old, new = _planted(rng, 120, "mm"), _planted(rng, 120, "conv")
    for s in new:  # a relation of its own, so forgetting the old rows shows
        s.targets["latency_s"] *= 3
    saved = create("roofline").fit(old).save(tmp_path / "r")
    before = _median_ape(load(saved), new)
    updated = load(saved)
    updated.update(new)
    both = create("roofline", {k: updated.config[k] for k in ("peak_flops", "peak_bytes_per_s")})
    both.fit(old + new)
    assert np.allclose(updated.coef, both.coef, rtol=1e-6, atol=1e-9)
    assert _median_ape(updated, new) < before


TINY = {
    "textcnn": {"epochs": 2, "threads": 1},
    "transformer": {"epochs": 1, "hidden": 32, "layers": 1, "heads": 2, "threads": 1},
}


@pytest.mark.parametrize("kind", ["roofline", "lightgbm", "tfidf", "textcnn", "transformer"])
def test_save_and_load_give_identical_predictions(kind, tmp_path):
    samples = _planted(random.Random(3), 80)
    model = create(kind, TINY.get(kind)).fit(samples)
    texts = [s.text for s in samples[:10]]
    before = model.predict(texts)
    again = load(model.save(tmp_path / kind)).predict(texts)
    assert set(before[0]) == {"latency_s"}
    flat = [row["latency_s"] for row in before]
    assert [row["latency_s"] for row in again] == pytest.approx(flat, rel=1e-6)


def test_a_malformed_mlir_file_is_a_one_line_error(tmp_path):
    model = create("lightgbm").fit(_planted(random.Random(4), 40)).save(tmp_path / "m")
    bad = tmp_path / "bad.mlir"
    bad.write_text("func.func @main(%a: tensor<2xf32> {")
    proc = subprocess.run(
        [sys.executable, "-m", "compiler_lab", "cost", "predict", str(bad), "--model", str(model)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2 and "malformed MLIR" in proc.stderr
    assert proc.stderr.strip().count("\n") == 0, proc.stderr
    good = tmp_path / "good.mlir"
    good.write_text(matmul(32, 32, 32))
    proc = subprocess.run(
        [sys.executable, "-m", "compiler_lab", "cost", "predict", str(good), "--model", str(model)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0 and "latency_s" in proc.stdout and " s " in proc.stdout


def test_the_learning_rate_warms_up_then_decays_to_a_tenth():
    from costmodel.models.neural import _schedule

    factors = [_schedule(step, 1000) for step in range(1000)]
    assert factors[0] < factors[25] < factors[49] == pytest.approx(1.0)
    assert max(factors) == pytest.approx(1.0) and factors[-1] == pytest.approx(0.1, abs=1e-3)
    assert all(a >= b for a, b in zip(factors[50:], factors[51:], strict=False))


def test_text_training_stops_early_on_held_out_graphs_and_keeps_the_best():
    rng = random.Random(5)
    samples = _planted(rng, 120, "mm")
    epochs = []
    model = create("textcnn", {"epochs": 40, "threads": 1, "holdout": 0.25, "patience": 2,
                               "lr": 3e-2})  # fmt: skip
    model.progress = lambda done, total, loss: epochs.append(done)
    model.fit(samples)
    assert epochs and epochs[-1] < 40  # it stopped before the last epoch
    assert model.config["best_held_out_loss"] > 0 and "epochs_done" not in model.config


def test_a_text_model_reads_a_dispatch_without_its_hal_boilerplate():
    from costmodel.text.essential import essential

    body = 'builtin.module {\n  func.func @d() attributes {s = "{not a brace}"} {\n  }\n}'
    text = ('hal.executable public @e {\n  hal.executable.variant public @v target(<"llvm-cpu", '
            f'{{cpu_features = "+avx2,+fma"}}>) {{\n    {body}\n  }}\n}}')  # fmt: skip
    assert essential(text) == body
    assert essential("func.func @f() {\n}") == "func.func @f() {\n}"  # no executable: as is
