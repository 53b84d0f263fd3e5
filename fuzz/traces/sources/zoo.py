"""Real architectures as a trace source: each family of the model zoo
(`compiler_lab/ir/model_zoo.py`) built small, with its task head (no hub access): text,
vision, audio and multimodal. Each runs forward, and backward on its loss or output."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch

from compiler_lab.ir import model_zoo
from fuzz.traces.record import Recorder

_SMALL = dict(hidden_size=32, num_hidden_layers=2, num_attention_heads=4, intermediate_size=64)


def _ids(vocab: int = 100, n: int = 2, length: int = 8) -> torch.Tensor:
    return torch.randint(1, vocab, (n, length))


def _text(family: str, **extra: Any) -> Callable[[], tuple]:
    def build() -> tuple[torch.nn.Module, dict[str, Any]]:
        return model_zoo.build(family, True, vocab_size=100, **extra), {"input_ids": _ids()}

    return build


def _vision(family: str, size: int = 32, **extra: Any) -> Callable[[], tuple]:
    def build() -> tuple[torch.nn.Module, dict[str, Any]]:
        model = model_zoo.build(family, True, **extra)
        return model, {"pixel_values": torch.randn(2, 3, size, size)}

    return build


def _t5() -> tuple:
    model = model_zoo.build(
        "t5",
        True,
        vocab_size=100,
        d_model=32,
        d_kv=8,
        d_ff=64,
        num_layers=2,
        num_heads=4,
        decoder_start_token_id=0,
        pad_token_id=0,
        eos_token_id=1,
    )
    return model, {"input_ids": _ids(), "labels": _ids(length=5)}


def _bart() -> tuple:
    model = model_zoo.build(
        "bart",
        True,
        vocab_size=100,
        d_model=32,
        encoder_layers=2,
        decoder_layers=2,
        encoder_attention_heads=4,
        decoder_attention_heads=4,
        encoder_ffn_dim=64,
        decoder_ffn_dim=64,
        max_position_embeddings=64,
    )
    return model, {"input_ids": _ids(), "labels": _ids(length=5)}


def _whisper() -> tuple:
    cfg = model_zoo.config(
        "whisper",
        vocab_size=100,
        d_model=32,
        encoder_layers=2,
        decoder_layers=2,
        encoder_attention_heads=4,
        decoder_attention_heads=4,
        encoder_ffn_dim=64,
        decoder_ffn_dim=64,
        num_mel_bins=16,
        max_source_positions=20,
        max_target_positions=32,
        pad_token_id=0,
        decoder_start_token_id=1,
        eos_token_id=2,
        bos_token_id=1,
    )
    feats = torch.randn(2, 16, 40)  # drawn before the weights, as the recorded traces were
    return model_zoo.model("whisper", cfg, True), {
        "input_features": feats,
        "labels": _ids(length=5),
    }


def _wav2vec2() -> tuple:
    model = model_zoo.build(
        "wav2vec2",
        True,
        vocab_size=32,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=4,
        intermediate_size=64,
        conv_dim=(16, 16),
        conv_stride=(5, 2),
        conv_kernel=(10, 3),
        num_conv_pos_embeddings=16,
        num_conv_pos_embedding_groups=4,
    )
    return model, {"input_values": torch.randn(2, 800)}


def _clip() -> tuple:
    cfg = model_zoo.config(
        "clip",
        text_config=dict(vocab_size=100, **_SMALL, max_position_embeddings=32),
        vision_config=dict(**_SMALL, image_size=32, patch_size=8),
        projection_dim=16,
    )
    cfg.text_config.bos_token_id, cfg.text_config.eos_token_id = 1, 2
    return model_zoo.model("clip", cfg, True), {
        "input_ids": _ids(),
        "pixel_values": torch.randn(2, 3, 32, 32),
        "return_loss": True,
    }


def _llama_like(family: str) -> Callable[[], tuple]:
    def build() -> tuple:
        cfg = model_zoo.config(
            family, vocab_size=100, **_SMALL, num_key_value_heads=2, max_position_embeddings=64
        )
        ids = _ids()  # drawn before the weights, as the recorded traces were
        return model_zoo.model(family, cfg, True), {"input_ids": ids, "labels": ids}

    return build


ZOO: dict[str, Callable[[], tuple]] = {
    "bert": _text("bert", **_SMALL),
    "distilbert": _text(
        "distilbert",
        dim=32,
        n_layers=2,
        n_heads=4,
        hidden_dim=64,
    ),
    "roberta": _text("roberta", **_SMALL),
    "albert": _text("albert", embedding_size=16, **_SMALL),
    "electra": _text("electra", embedding_size=16, **_SMALL),
    "gpt2": _text(
        "gpt2",
        n_embd=32,
        n_layer=2,
        n_head=4,
        n_positions=64,
        bos_token_id=1,
        eos_token_id=2,
    ),
    "t5": _t5,
    "bart": _bart,
    "llama": _llama_like("llama"),
    "mistral": _llama_like("mistral"),
    "qwen2": _llama_like("qwen2"),
    "vit": _vision("vit", image_size=32, patch_size=8, **_SMALL),
    "deit": _vision("deit", image_size=32, patch_size=8, **_SMALL),
    "convnext": _vision(
        "convnext",
        hidden_sizes=[8, 16, 32, 64],
        depths=[1, 1, 1, 1],
    ),
    "resnet": _vision(
        "resnet",
        hidden_sizes=[8, 16, 32, 64],
        depths=[1, 1, 1, 1],
        embedding_size=8,
    ),
    "mobilenet_v2": _vision(
        "mobilenet_v2",
        depth_multiplier=0.25,
        image_size=32,
    ),
    "swin": _vision(
        "swin",
        image_size=32,
        patch_size=4,
        embed_dim=16,
        depths=[1, 1],
        num_heads=[2, 2],
        window_size=4,
    ),
    "segformer": _vision(
        "segformer",
        hidden_sizes=[8, 16, 32, 64],
        depths=[1, 1, 1, 1],
        decoder_hidden_size=32,
        num_attention_heads=[1, 1, 2, 2],
    ),
    "whisper": _whisper,
    "wav2vec2": _wav2vec2,
    "clip": _clip,
}


def unit_names() -> list[str]:
    return [f"zoo:{name}" for name in ZOO]


def record_model(name: str) -> list[dict[str, Any]]:
    """Forward and backward of one architecture, recorded at the ATen level."""
    torch.manual_seed(0)
    model, inputs = ZOO[name]()
    model.train()
    recorder = Recorder(f"zoo:{name}")
    with recorder:
        out = model(**inputs)
        loss = getattr(out, "loss", None)
        if loss is None:
            first = out[0] if isinstance(out, (tuple, list)) else next(iter(out.values()))
            loss = first.float().mean()
        loss.backward()
    return [r.to_json() for r in recorder.records]
