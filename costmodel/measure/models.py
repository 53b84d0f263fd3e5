"""Real architectures for the cost dataset: `transformers` models built from small configs
(no hub access), in inference mode, lowered through the same IREE and torch-mlir paths.
Their dispatches form families of their own: the evaluation data that matters most."""

from __future__ import annotations

import hashlib
import json
import tempfile
import warnings
from pathlib import Path
from typing import Any

import torch

ARCHITECTURES: dict[str, tuple[str, str, dict[str, Any], str]] = {
    # name: (config class, model class, config kwargs, input kind)
    "bert": (
        "BertConfig",
        "BertModel",
        {
            "hidden_size": 64,
            "num_hidden_layers": 2,
            "num_attention_heads": 4,
            "intermediate_size": 128,
            "vocab_size": 256,
        },
        "text",
    ),
    "distilbert": (
        "DistilBertConfig",
        "DistilBertModel",
        {"dim": 64, "n_layers": 2, "n_heads": 4, "hidden_dim": 128, "vocab_size": 256},
        "text",
    ),
    "gpt2": (
        "GPT2Config",
        "GPT2Model",
        {"n_embd": 64, "n_layer": 2, "n_head": 4, "vocab_size": 256, "n_positions": 64},
        "text",
    ),
    "llama": (
        "LlamaConfig",
        "LlamaModel",
        {
            "hidden_size": 64,
            "num_hidden_layers": 2,
            "num_attention_heads": 4,
            "num_key_value_heads": 2,
            "intermediate_size": 128,
            "vocab_size": 256,
        },
        "text",
    ),
    "resnet": (
        "ResNetConfig",
        "ResNetModel",
        {"hidden_sizes": [16, 32, 64, 128], "depths": [1, 1, 1, 1], "embedding_size": 16},
        "image",
    ),
    "convnext": (
        "ConvNextConfig",
        "ConvNextModel",
        {"hidden_sizes": [16, 32, 64, 128], "depths": [1, 1, 1, 1]},
        "image",
    ),
    "mobilenet_v2": (
        "MobileNetV2Config",
        "MobileNetV2Model",
        {"depth_multiplier": 0.35, "image_size": 64},
        "image",
    ),
    "vit": (
        "ViTConfig",
        "ViTModel",
        {
            "hidden_size": 64,
            "num_hidden_layers": 2,
            "num_attention_heads": 4,
            "intermediate_size": 128,
            "image_size": 64,
            "patch_size": 16,
        },
        "image",
    ),
    "deit": (
        "DeiTConfig",
        "DeiTModel",
        {
            "hidden_size": 64,
            "num_hidden_layers": 2,
            "num_attention_heads": 4,
            "intermediate_size": 128,
            "image_size": 64,
            "patch_size": 16,
        },
        "image",
    ),
    "roberta": (
        "RobertaConfig",
        "RobertaModel",
        {
            "hidden_size": 64,
            "num_hidden_layers": 2,
            "num_attention_heads": 4,
            "intermediate_size": 128,
            "vocab_size": 256,
        },
        "text",
    ),
    "regnet": (
        "RegNetConfig",
        "RegNetModel",
        {
            "hidden_sizes": [16, 32, 64, 128],
            "depths": [1, 1, 1, 1],
            "embedding_size": 16,
            "groups_width": 8,
        },
        "image",
    ),
    "swin": (
        "SwinConfig",
        "SwinModel",
        {
            "image_size": 64,
            "patch_size": 4,
            "embed_dim": 16,
            "depths": [1, 1],
            "num_heads": [2, 2],
            "window_size": 4,
        },
        "image",
    ),
}


class _FirstOutput(torch.nn.Module):
    """The model's first output tensor (its last hidden state), so export sees one tensor."""

    def __init__(self, model: torch.nn.Module) -> None:
        super().__init__()
        self.model = model

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = self.model(x)
        return out[0] if isinstance(out, (tuple, list)) else next(iter(out.values()))


def build(name: str) -> tuple[torch.nn.Module, list[torch.Tensor], str]:
    """(module, example inputs, identity hash) for an architecture."""
    import transformers as tf

    config_cls, model_cls, kwargs, kind = ARCHITECTURES[name]
    torch.manual_seed(0)
    config = getattr(tf, config_cls)(**kwargs)
    model = _FirstOutput(getattr(tf, model_cls)(config).eval())
    for sub in model.modules():
        # torch-mlir's FX importer finds no state for non-persistent buffers (position ids)
        sub._non_persistent_buffers_set.clear()
    x = torch.randint(0, 256, (1, 32)) if kind == "text" else torch.randn(1, 3, 64, 64)
    ident = hashlib.sha256(json.dumps([name, kwargs], sort_keys=True).encode()).hexdigest()
    return model, [x], ident


def measure_model(payload: dict[str, Any]) -> dict[str, Any]:
    """Sandbox entry point: IREE phases and dispatches of one architecture, timed."""
    import torch_mlir.fx as tfx

    from costmodel.measure import units as U
    from costmodel.measure.run import _why, make_row

    warnings.filterwarnings("ignore")
    name = payload["name"]
    model, inputs, ident = build(name)
    rows: list[dict[str, Any]] = []
    errors: dict[str, str] = {}
    try:
        text = tfx.export_and_import(model, *inputs, output_type="raw").operation.get_asm()
        with tempfile.TemporaryDirectory(dir=payload["workdir"]) as tmp:
            _, _, dispatches = U.compile_with_dumps(text, Path(tmp))
            host = U.native_target("host")
            for d in dispatches:
                rows.append(
                    make_row(
                        "dispatch", f"{name}:{d.name}", "dispatch", d.source, ident, name,
                        "iree", "latency", U.time_dispatch(d.benchmark), host,
                        dispatch_id=d.name,
                    )
                )  # fmt: skip
    except Exception as exc:
        errors[name] = _why(exc)
    return {"rows": rows, "native": [], "errors": errors}
