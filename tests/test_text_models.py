"""Text models that work (issue 25): masked-token pretraining, the hybrid of text and parsed
features, the ensemble, and reading a dispatch's decisions first. Tiny configs on planted
matmul and conv kernels: each test trains in seconds."""

from __future__ import annotations

import json
import math
import random
from collections import Counter

import pytest
import torch

from costmodel.dataset.samples import Sample
from costmodel.models.base import ModelError
from costmodel.models.registry import create, load
from costmodel.text.tokens import tokenize
from tests.test_costmodel import matmul

TINY = {"hidden": 32, "layers": 1, "heads": 2, "max_len": 64, "batch": 16, "epochs": 2,
        "threads": 1, "lr": 3e-3}  # fmt: skip


def add(n: int) -> str:
    t = f"tensor<{n}xf32>"
    return f"""func.func @main(%a: {t}, %b: {t}) -> {t} {{
  %e = tensor.empty() : {t}
  %r = linalg.add ins(%a, %b : {t}, {t}) outs(%e : {t}) -> {t}
  return %r : {t}
}}"""


def planted(n: int, seed: int = 0) -> list[Sample]:
    """Matmuls and adds of random sizes, latency 1 ns per FLOP plus 2 µs."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        if i % 2:
            m, nn, k = (rng.choice([8, 16, 32, 64, 128]) for _ in range(3))
            text, flops = matmul(m, nn, k), 2 * m * nn * k
        else:
            size = rng.choice([64, 256, 1024, 4096, 16384])
            text, flops = add(size), size
        out.append(Sample(text, "linalg", {"latency_s": 1e-9 * flops + 2e-6}, "f", f"g{i}", ""))
    return out


def same_predictions(model, root, texts: list[str]) -> None:
    before = [row["latency_s"] for row in model.predict(texts)]
    again = [row["latency_s"] for row in load(model.save(root)).predict(texts)]
    assert again == pytest.approx(before, rel=1e-6)


def test_pretraining_lowers_the_masked_token_loss_on_texts_it_did_not_read():
    from costmodel.models.pretrain import pretrain
    from costmodel.text.vocab import Vocab

    corpus = [s.text for s in planted(80, seed=1)]
    unseen = [s.text for s in planted(24, seed=2) if s.text not in corpus]
    model = create("transformer", TINY | {"pretrain_epochs": 20, "batch": 8})
    model.targets = ["latency_s"]
    model.vocab = Vocab.train(corpus)
    model.net = model._net()
    before = {k: v.clone() for k, v in model.net.state_dict().items()}
    losses = pretrain(model, corpus, check=unseen)
    assert len(losses) == 21 and losses[-1] < 0.5 * losses[0], losses
    counts = Counter(t for text in unseen for t in tokenize(text).tokens)
    total = sum(counts.values())
    unigram = -sum(n / total * math.log(n / total) for n in counts.values())
    assert losses[-1] < 0.7 * unigram  # it reads the context: no head alone gets below this
    changed = [k for k, v in model.net.state_dict().items() if not torch.equal(v, before[k])]
    assert any(k.startswith("bert.encoder") for k in changed)  # the encoder learnt, not a head
    assert model.config["pretrain_texts"] == len(set(corpus)) and model.config["pretrain_tokens"]


def test_a_pretrained_transformer_reads_unmeasured_texts_and_saves_and_loads(tmp_path):
    measured = planted(40)
    unmeasured = [Sample(s.text, "linalg", {}, "f", f"u{i}", "")
                  for i, s in enumerate(planted(40, seed=7))]  # fmt: skip
    model = create("transformer", TINY | {"pretrain_epochs": 1}).fit(measured + unmeasured)
    texts = {s.text for s in measured + unmeasured}
    assert model.config["pretrain_texts"] == len(texts)  # the unmeasured ones too
    same_predictions(model, tmp_path / "t", [s.text for s in measured[:10]])


def test_the_hybrid_reads_the_parsed_features_and_saves_and_loads(tmp_path):
    model = create("hybrid", TINY | {"max_len": 8, "epochs": 30, "holdout": 0.0})
    model.fit(planted(60))
    small, large = matmul(8, 8, 8), matmul(128, 128, 128)
    # a window of 8 tokens: the signature's start and the last `}`, the same for both
    assert all(torch.equal(a, b) for a, b in zip(model._batch([small]), model._batch([large]),
                                                  strict=True))  # fmt: skip
    p_small, p_large = (model.predict([t])[0]["latency_s"] for t in (small, large))
    assert p_large > 10 * p_small  # only the features (FLOPs, bytes, sizes) tell them apart
    same_predictions(model, tmp_path / "h", [small, large, add(64)])
    (tmp_path / "h" / "features.json").write_text('{"columns": [], "center": [], "scale": []}')
    with pytest.raises(ModelError, match="center and scale"):
        load(tmp_path / "h")


def test_the_ensemble_is_the_geometric_mean_of_its_members_and_saves_and_loads(tmp_path):
    samples = planted(60)
    model = create("ensemble", TINY | {"members": "lightgbm+transformer"}).fit(samples)
    assert "hidden" in model.members[1].config and "hidden" not in model.members[0].config
    assert "members" not in model.config and "hidden" not in model.config
    texts = [s.text for s in samples[:8]]
    each = [[row["latency_s"] for row in m.predict(texts)] for m in model.members]
    both = [row["latency_s"] for row in model.predict(texts)]
    assert both == pytest.approx([math.sqrt(a * b) for a, b in zip(*each, strict=True)])
    saved = model.save(tmp_path / "e")
    same_predictions(model, tmp_path / "e2", texts)
    (saved / "members.json").write_text(json.dumps(["lightgbm", "lightgbm-rank"]))
    with pytest.raises(ModelError, match="lightgbm-rank"):
        load(saved)


def test_a_dispatch_is_read_with_its_lowering_configs_first():
    from costmodel.text.essential import decisions_first

    config = "#iree_cpu.lowering_config<distribution = [64, 64], vector_common_parallel = [8, 4]>"
    body = (
        "builtin.module {\n  func.func @d() {\n    %0 = linalg.fill "
        f"{{lowering_config = {config}}} ins(%c : f32) outs(%e : tensor<4x4xf32>) -> "
        "tensor<4x4xf32>\n    return\n  }\n}"
    )
    text = ('hal.executable public @e {\n  hal.executable.variant public @v target(<"llvm-cpu", '
            f'{{cpu_features = "+avx2"}}>) {{\n    {body}\n  }}\n}}')  # fmt: skip
    read = decisions_first(text)
    assert read.startswith(f"builtin.module attributes {{clab.decisions = [{config}]}} {{")
    assert read.endswith(body[len("builtin.module {") :]) and tokenize(read).parsed
    assert decisions_first(matmul(4, 4, 4)) == matmul(4, 4, 4)  # nothing to put first


def test_a_text_model_saved_before_body_only_reads_whole_texts_again(tmp_path):
    """The defaults fill in what model.json lacks: a model saved before `body_only` would
    otherwise read texts its training never saw the like of."""
    saved = create("transformer", TINY | {"epochs": 1}).fit(planted(20)).save(tmp_path / "t")
    meta = json.loads((saved / "model.json").read_text())
    assert meta["config"].pop("body_only") == 2  # new models read decisions first
    (saved / "model.json").write_text(json.dumps(meta))
    assert load(saved).config["body_only"] == 0


def test_clab_cost_train_takes_a_new_models_settings_checked():
    """`--set KEY=VALUE`: JSON numbers or words, each within its kind's bounds; an ensemble
    passes its members' settings on (a typo or a value past the bounds is a one-line error)."""
    from compiler_lab.errors import LabError
    from costmodel.models.named import config

    assert config("transformer", ["pretrain_epochs=2", "hidden=64"], 3) == {
        "epochs": 3,
        "pretrain_epochs": 2,
        "hidden": 64,
    }
    assert config("ensemble", ["members=lightgbm+hybrid", "hidden=64"], None) == {
        "members": "lightgbm+hybrid",
        "hidden": 64,
    }
    assert config("lightgbm", [], None) is None
    with pytest.raises(LabError, match="bogus is not a setting of a lightgbm model"):
        config("lightgbm", ["bogus=1"], None)
    with pytest.raises(LabError, match="config.hidden = 99999999"):
        config("transformer", ["hidden=99999999"], None)
    with pytest.raises(LabError, match="expected KEY=VALUE"):
        config("transformer", ["hidden"], None)
