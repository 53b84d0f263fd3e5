"""Real architectures from `transformers`, built from configs (nothing is downloaded): the
one table of families that whoever needs real models builds from, small with a task head
(trace recording: forward and backward) or bare at the sizes compilers see (measurement).
Each family names its config class, its bare model (its last hidden state), its model with
a task head and a loss, and what it reads; `capture` turns a built model into a Graph.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import torch


@dataclass(frozen=True)
class Family:
    name: str
    config: str
    #: the bare model (its output starts with the last hidden state); "" where none is used
    base: str = ""
    #: the model with a task head, which returns a loss when given labels
    head: str = ""
    #: what it reads: text (token ids), image (pixels), audio (samples or features)
    reads: str = "text"


FAMILIES: dict[str, Family] = {
    f.name: f
    for f in (
        Family("bert", "BertConfig", "BertModel", "BertForMaskedLM"),
        Family(
            "distilbert",
            "DistilBertConfig",
            "DistilBertModel",
            "DistilBertForSequenceClassification",
        ),
        Family("roberta", "RobertaConfig", "RobertaModel", "RobertaForMaskedLM"),
        Family("albert", "AlbertConfig", head="AlbertForMaskedLM"),
        Family("electra", "ElectraConfig", head="ElectraForPreTraining"),
        Family("gpt2", "GPT2Config", "GPT2Model", "GPT2LMHeadModel"),
        Family("t5", "T5Config", head="T5ForConditionalGeneration"),
        Family("bart", "BartConfig", head="BartForConditionalGeneration"),
        Family("llama", "LlamaConfig", "LlamaModel", "LlamaForCausalLM"),
        Family("mistral", "MistralConfig", head="MistralForCausalLM"),
        Family("qwen2", "Qwen2Config", head="Qwen2ForCausalLM"),
        Family("vit", "ViTConfig", "ViTModel", "ViTForImageClassification", "image"),
        Family("deit", "DeiTConfig", "DeiTModel", "DeiTForImageClassification", "image"),
        Family(
            "convnext", "ConvNextConfig", "ConvNextModel", "ConvNextForImageClassification", "image"
        ),
        Family("resnet", "ResNetConfig", "ResNetModel", "ResNetForImageClassification", "image"),
        Family(
            "mobilenet_v2",
            "MobileNetV2Config",
            "MobileNetV2Model",
            "MobileNetV2ForImageClassification",
            "image",
        ),
        Family("regnet", "RegNetConfig", "RegNetModel", reads="image"),
        Family("swin", "SwinConfig", head="SwinForImageClassification", reads="image"),
        Family(
            "segformer", "SegformerConfig", head="SegformerForSemanticSegmentation", reads="image"
        ),
        Family("whisper", "WhisperConfig", head="WhisperForConditionalGeneration", reads="audio"),
        Family("wav2vec2", "Wav2Vec2Config", "Wav2Vec2Model", "Wav2Vec2ForCTC", "audio"),
        Family("clip", "CLIPConfig", head="CLIPModel", reads="text and image"),
    )
}


def config(family: str, **settings: Any) -> Any:
    """The family's `transformers` config with `settings`."""
    import transformers as tf

    return getattr(tf, FAMILIES[family].config)(**settings)


def model(family: str, cfg: Any, head: bool) -> torch.nn.Module:
    """The family's model for `cfg`, randomly initialised: with its task head, or bare."""
    import transformers as tf

    f = FAMILIES[family]
    cls = f.head if head else f.base
    if not cls:
        raise ValueError(f"{family}: no {'task-head' if head else 'bare'} model in the zoo")
    return getattr(tf, cls)(cfg)


def build(family: str, head: bool, **settings: Any) -> torch.nn.Module:
    """`model(family, config(family, **settings), head)`."""
    return model(family, config(family, **settings), head)
