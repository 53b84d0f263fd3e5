"""Real architectures for the cost dataset, at the sizes compilers see in practice: the bare
models of the model zoo's families (`compiler_lab/ir/model_zoo.py`, `transformers` configs,
nothing downloaded) and an unrolled LSTM from `torch.nn`, in inference mode.

Each family comes in size variants (hidden 256–768 at sequence 128; images of 56–224 px),
one layer or stage of each so that a variant stays within this machine's memory and time.
A variant is captured to a lab Graph (`compiler_lab.ir.capture`) and measured like a generated
graph: its IREE dispatches, the torch-mlir lowering of the whole graph, and each op as a
kernel of its own. Rows carry the family name, so whole families can be held out.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Any

import torch

from compiler_lab.ir import model_zoo
from compiler_lab.ir.user_module import load_module_spec
from compiler_lab.sandbox.calls import sandbox_call


@dataclass(frozen=True)
class Variant:
    """One architecture at one size: a model-zoo family's bare model with these config
    `kwargs` (or the unrolled LSTM), and the shape of its input."""

    family: str
    kwargs: dict[str, Any] = field(default_factory=dict)
    input: tuple[str, tuple[int, ...]] = ("text", (1, 128))

    @property
    def name(self) -> str:
        for key in ("hidden_size", "n_embd", "dim", "hidden"):
            if key in self.kwargs:
                return f"{self.family}-{self.kwargs[key]}"
        size = "x".join(map(str, self.input[1][-2:]))
        return f"{self.family}-{size}"


def _encoders(family: str, extra: dict | None = None) -> list[Variant]:
    sizes = [(256, 4, 1024), (512, 8, 2048), (768, 12, 3072)]
    return [
        Variant(
            family,
            {
                "hidden_size": h,
                "num_hidden_layers": 1,
                "num_attention_heads": heads,
                "intermediate_size": inter,
                "vocab_size": 8000,
                **(extra or {}),
            },
        )
        for h, heads, inter in sizes
    ]


def _images(family: str, kwargs: dict, sizes=(56, 112, 224)):
    return [Variant(family, kwargs, ("image", (1, 3, s, s))) for s in sizes]


def _patches(family: str) -> list[Variant]:
    return [
        Variant(
            family,
            {
                "hidden_size": h,
                "num_hidden_layers": 1,
                "num_attention_heads": h // 64,
                "intermediate_size": 4 * h,
                "image_size": 224,
                "patch_size": 16,
            },
            ("image", (1, 3, 224, 224)),
        )
        for h in (192, 384, 768)
    ]


#: the recurrent family: not a model-zoo family, built from torch.nn (UnrolledLSTM)
LSTM = "lstm"
VARIANTS: list[Variant] = [
    *_encoders("bert"),
    *_encoders("roberta", {"max_position_embeddings": 514}),
    *[
        Variant(
            "distilbert",
            {"dim": h, "n_layers": 1, "n_heads": h // 64, "hidden_dim": 4 * h, "vocab_size": 8000},
        )
        for h in (256, 512, 768)
    ],
    *[
        Variant(
            "gpt2",
            {"n_embd": h, "n_layer": 1, "n_head": h // 64, "vocab_size": 8000, "n_positions": 256},
        )
        for h in (256, 512, 768)
    ],
    *[
        Variant(
            "llama",
            {
                "hidden_size": h,
                "num_hidden_layers": 1,
                "num_attention_heads": h // 64,
                "num_key_value_heads": max(1, h // 128),
                "intermediate_size": int(h * 8 / 3) // 64 * 64,
                "vocab_size": 8000,
            },
        )
        for h in (256, 512, 768)
    ],
    *_patches("vit"),
    *_patches("deit"),
    *_images(
        "resnet",
        {"hidden_sizes": [64, 128, 256, 512], "depths": [1, 1, 1, 1], "embedding_size": 64},
    ),
    *_images("mobilenet_v2", {"depth_multiplier": 1.0}),
    *_images(
        "convnext",
        {"hidden_sizes": [96, 192, 384, 768], "depths": [1, 1, 1, 1]},
    ),
    *_images(
        "regnet",
        {
            "hidden_sizes": [48, 104, 208, 440],
            "depths": [1, 1, 1, 1],
            "embedding_size": 32,
            "groups_width": 8,
        },
    ),
    *[
        Variant(
            "wav2vec2",
            {
                "hidden_size": h,
                "num_hidden_layers": 1,
                "num_attention_heads": h // 64,
                "intermediate_size": 4 * h,
                "conv_dim": [256] * 7,
            },
            ("audio", (1, n)),
        )
        for h, n in ((256, 8000), (512, 16000))
    ],
    *[Variant(LSTM, {"hidden": h, "steps": 16}, ("seq", (1, h))) for h in (128, 256, 512)],
]
#: `clab measure --models` names: a family (all its sizes) or one variant
ARCHITECTURES: dict[str, list[Variant]] = {}
for _v in VARIANTS:
    ARCHITECTURES.setdefault(_v.family, []).append(_v)
    ARCHITECTURES[_v.name] = [_v]


class _FirstOutput(torch.nn.Module):
    """The model's first output tensor (its last hidden state), so export sees one tensor."""

    def __init__(self, model: torch.nn.Module) -> None:
        super().__init__()
        self.model = model

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = self.model(x)
        return out[0] if isinstance(out, (tuple, list)) else next(iter(out.values()))


class UnrolledLSTM(torch.nn.Module):
    """An LSTM layer unrolled over a fixed number of steps (the recurrent family): what a
    compiler sees of a recurrent model once its loop is traced."""

    def __init__(self, hidden: int, steps: int) -> None:
        super().__init__()
        self.steps = steps
        self.ih = torch.nn.Linear(hidden, 4 * hidden)
        self.hh = torch.nn.Linear(hidden, 4 * hidden)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = torch.zeros_like(x)
        c = torch.zeros_like(x)
        for _ in range(self.steps):
            i, f, g, o = (self.ih(x) + self.hh(h)).chunk(4, dim=-1)
            c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
            h = torch.sigmoid(o) * torch.tanh(c)
            x = h
        return h


def build(v: Variant) -> tuple[torch.nn.Module, list[torch.Tensor]]:
    """(module in eval mode, example inputs) for a variant, seeded."""
    torch.manual_seed(0)
    kind, shape = v.input
    if v.family == LSTM:
        return UnrolledLSTM(v.kwargs["hidden"], v.kwargs["steps"]).eval(), [torch.randn(shape)]
    model = _FirstOutput(model_zoo.build(v.family, False, **v.kwargs).eval())
    for sub in model.modules():
        # torch-mlir's FX importer finds no state for non-persistent buffers (position ids)
        sub._non_persistent_buffers_set.clear()
    x = torch.randint(0, 8000, shape) if kind == "text" else torch.randn(shape)
    return model, [x]


@dataclass(frozen=True)
class ModelSource:
    """A model to capture: a variant by `name`, or a user's `module` (FILE.py:FUNC) of a
    `family`."""

    name: str = ""
    module: str = ""
    family: str = "user"


@dataclass(frozen=True)
class Captured:
    """A captured model as graph JSON, or why it could not be captured."""

    graph: dict[str, Any] | None = None
    error: str = ""


@sandbox_call(ModelSource, Captured)
def capture_variant(src: ModelSource) -> Captured:
    """Sandbox entry point: a variant (`name`) or a user's model (`module`) as graph JSON."""
    from compiler_lab.ir.capture import capture
    from costmodel.measure.run import _why

    warnings.filterwarnings("ignore")
    try:
        if src.module:
            model, inputs = load_module_spec(src.module)
            name = src.family
        else:
            (v,) = [x for x in VARIANTS if x.name == src.name]
            (model, inputs), name = build(v), v.name
        graph, _ = capture(model, inputs, name)
    except Exception as exc:
        return Captured(error=_why(exc).splitlines()[0])
    return Captured(graph.to_json())


@dataclass(frozen=True)
class ModuleCheck:
    """A user's model that loads and captures (its nodes and ops), or why it does not."""

    nodes: int = 0
    ops: list[str] = field(default_factory=list)
    error: str | None = None


@sandbox_call(ModelSource, ModuleCheck)
def check_module(src: ModelSource) -> ModuleCheck:
    """Sandbox entry point: can `src.module` be loaded and captured?"""
    from compiler_lab.ir.capture import capture

    warnings.filterwarnings("ignore")
    try:
        module, inputs = load_module_spec(src.module)
        graph, _ = capture(module, inputs, src.family)
    except Exception as exc:
        return ModuleCheck(error=str(exc).splitlines()[0][:300] if str(exc) else type(exc).__name__)
    return ModuleCheck(len(graph.nodes), sorted(set(graph.ops())))


@dataclass(frozen=True)
class DispatchSource:
    """A model (`module`: FILE.py:FUNC) or a lab graph (`graph`: JSON) to lower to IREE
    dispatches, timing each if `measure`."""

    module: str = ""
    graph: dict[str, Any] | None = None
    measure: bool = False


@dataclass(frozen=True)
class Dispatches:
    """[{name, text[, latency_s]}] per dispatch, or why there are none."""

    dispatches: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None


@sandbox_call(DispatchSource, Dispatches)
def graph_dispatches(src: DispatchSource) -> Dispatches:
    """Sandbox entry point: the IREE dispatches of a model or a graph, their source texts
    and, with `measure`, their latency."""
    import tempfile
    from pathlib import Path

    from compiler_lab.backends.native import weights_as_inputs
    from compiler_lab.ir.capture import capture
    from compiler_lab.ir.graph import Graph
    from compiler_lab.ir.inputs import make_values
    from costmodel.measure.run import _why
    from costmodel.measure.units import dispatch_backends, time_dispatch

    warnings.filterwarnings("ignore")
    try:
        if src.module:
            graph, _ = capture(*load_module_spec(src.module), "user")
        else:
            graph = Graph.from_json(src.graph)
        graph = weights_as_inputs(graph)
        backend = dispatch_backends()[0]
        with tempfile.TemporaryDirectory() as tmp:
            units = backend.lower_native(graph, make_values(graph), Path(tmp), "dispatches")
            out = []
            for d in units.dispatches:
                row = {"name": d.name, "text": d.source}
                if src.measure:
                    m = time_dispatch(backend, d)
                    row |= {"latency_s": m["latency_s"]} if "latency_s" in m else m
                out.append(row)
    except Exception as exc:
        return Dispatches(error=_why(exc).splitlines()[0])
    return Dispatches(out)
