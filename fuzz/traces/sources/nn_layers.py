"""A torch.nn layer zoo: each layer built small, run forward and backward on random input."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch
from torch import nn

from fuzz.traces.record import Recorder


def _seq(n: int, c: int, length: int) -> torch.Tensor:
    return torch.randn(n, c, length)


def _img(n: int, c: int, h: int, w: int) -> torch.Tensor:
    return torch.randn(n, c, h, w)


def _vol(n: int, c: int, d: int, h: int, w: int) -> torch.Tensor:
    return torch.randn(n, c, d, h, w)


def _mha() -> tuple[nn.Module, tuple]:
    x = torch.randn(2, 5, 8)
    return nn.MultiheadAttention(8, 2, batch_first=True), (x, x, x)


def _loss(loss: nn.Module, kind: str = "float") -> tuple[nn.Module, tuple]:
    pred = torch.randn(4, 5)
    if kind == "class":
        return loss, (pred, torch.randint(0, 5, (4,)))
    if kind == "prob":
        return loss, (torch.sigmoid(pred), torch.rand(4, 5))
    if kind == "logprob":
        return loss, (torch.log_softmax(pred, -1), torch.softmax(torch.randn(4, 5), -1))
    return loss, (pred, torch.randn(4, 5))


#: name → builder returning (module, inputs)
LAYERS: dict[str, Callable[[], tuple[nn.Module, tuple]]] = {
    "conv1d": lambda: (nn.Conv1d(3, 4, 3, stride=2, padding=1), (_seq(2, 3, 9),)),
    "conv2d": lambda: (nn.Conv2d(3, 4, 3, padding=1, dilation=1), (_img(2, 3, 8, 8),)),
    "conv2d_grouped": lambda: (nn.Conv2d(4, 8, 3, groups=2, stride=2), (_img(1, 4, 9, 9),)),
    "conv3d": lambda: (nn.Conv3d(2, 3, 2), (_vol(1, 2, 4, 4, 4),)),
    "conv_transpose1d": lambda: (nn.ConvTranspose1d(3, 2, 3, stride=2), (_seq(2, 3, 5),)),
    "conv_transpose2d": lambda: (
        nn.ConvTranspose2d(3, 2, 3, stride=2, output_padding=1),
        (_img(1, 3, 4, 4),),
    ),
    "conv_transpose3d": lambda: (nn.ConvTranspose3d(2, 2, 2, stride=2), (_vol(1, 2, 2, 3, 3),)),
    "maxpool1d": lambda: (nn.MaxPool1d(2), (_seq(2, 3, 8),)),
    "maxpool2d": lambda: (nn.MaxPool2d(3, stride=2, padding=1), (_img(2, 3, 9, 9),)),
    "maxpool2d_indices": lambda: (nn.MaxPool2d(2, return_indices=True), (_img(1, 2, 6, 6),)),
    "maxpool3d": lambda: (nn.MaxPool3d(2), (_vol(1, 2, 4, 4, 4),)),
    "avgpool1d": lambda: (nn.AvgPool1d(3, stride=2), (_seq(2, 3, 9),)),
    "avgpool2d": lambda: (nn.AvgPool2d(2, ceil_mode=True), (_img(2, 3, 7, 7),)),
    "avgpool3d": lambda: (nn.AvgPool3d(2), (_vol(1, 2, 4, 4, 4),)),
    "adaptive_avg1d": lambda: (nn.AdaptiveAvgPool1d(3), (_seq(2, 3, 8),)),
    "adaptive_avg2d": lambda: (nn.AdaptiveAvgPool2d((2, 3)), (_img(2, 3, 7, 9),)),
    "adaptive_avg3d": lambda: (nn.AdaptiveAvgPool3d(2), (_vol(1, 2, 5, 5, 5),)),
    "adaptive_max1d": lambda: (nn.AdaptiveMaxPool1d(3), (_seq(2, 3, 8),)),
    "adaptive_max2d": lambda: (nn.AdaptiveMaxPool2d(3), (_img(2, 3, 7, 9),)),
    "adaptive_max3d": lambda: (nn.AdaptiveMaxPool3d(2), (_vol(1, 2, 5, 5, 5),)),
    "lppool2d": lambda: (nn.LPPool2d(2, 2), (_img(1, 2, 6, 6),)),
    "fractional_maxpool2d": lambda: (nn.FractionalMaxPool2d(2, output_size=3), (_img(1, 2, 7, 7),)),
    "maxunpool2d": lambda: _unpool(),
    "batchnorm1d": lambda: (nn.BatchNorm1d(3), (_seq(4, 3, 5),)),
    "batchnorm2d": lambda: (nn.BatchNorm2d(3), (_img(4, 3, 5, 5),)),
    "batchnorm2d_eval": lambda: (nn.BatchNorm2d(3).eval(), (_img(4, 3, 5, 5),)),
    "batchnorm3d": lambda: (nn.BatchNorm3d(2), (_vol(2, 2, 3, 3, 3),)),
    "layernorm": lambda: (nn.LayerNorm([5, 6]), (_img(2, 3, 5, 6),)),
    "groupnorm": lambda: (nn.GroupNorm(2, 4), (_img(2, 4, 5, 5),)),
    "instancenorm1d": lambda: (nn.InstanceNorm1d(3, affine=True), (_seq(2, 3, 7),)),
    "instancenorm2d": lambda: (nn.InstanceNorm2d(3), (_img(2, 3, 5, 5),)),
    "instancenorm3d": lambda: (nn.InstanceNorm3d(2), (_vol(1, 2, 3, 4, 4),)),
    "localresponse": lambda: (nn.LocalResponseNorm(2), (_img(2, 4, 5, 5),)),
    "rmsnorm": lambda: (nn.RMSNorm(6), (_img(2, 3, 5, 6),)),
    "rnn": lambda: (nn.RNN(4, 6, num_layers=2, batch_first=True), (torch.randn(2, 5, 4),)),
    "rnn_relu": lambda: (nn.RNN(4, 6, nonlinearity="relu"), (torch.randn(5, 2, 4),)),
    "lstm": lambda: (nn.LSTM(4, 6, batch_first=True), (torch.randn(2, 5, 4),)),
    "lstm_bidir": lambda: (
        nn.LSTM(4, 3, num_layers=2, bidirectional=True),
        (torch.randn(5, 2, 4),),
    ),
    "gru": lambda: (nn.GRU(4, 6, batch_first=True), (torch.randn(2, 5, 4),)),
    "lstm_cell": lambda: (nn.LSTMCell(4, 6), (torch.randn(3, 4),)),
    "gru_cell": lambda: (nn.GRUCell(4, 6), (torch.randn(3, 4),)),
    "rnn_cell": lambda: (nn.RNNCell(4, 6), (torch.randn(3, 4),)),
    "mha": _mha,
    "transformer_encoder": lambda: (
        nn.TransformerEncoderLayer(8, 2, 16, batch_first=True),
        (torch.randn(2, 5, 8),),
    ),
    "transformer_decoder": lambda: (
        nn.TransformerDecoderLayer(8, 2, 16, batch_first=True),
        (torch.randn(2, 5, 8), torch.randn(2, 4, 8)),
    ),
    "upsample_nearest": lambda: (nn.Upsample(scale_factor=2), (_img(1, 2, 3, 3),)),
    "upsample_bilinear": lambda: (nn.Upsample(size=(5, 7), mode="bilinear"), (_img(1, 2, 3, 3),)),
    "upsample_bicubic": lambda: (
        nn.Upsample(scale_factor=2, mode="bicubic", align_corners=True),
        (_img(1, 2, 3, 3),),
    ),
    "upsample_linear": lambda: (nn.Upsample(scale_factor=3, mode="linear"), (_seq(1, 2, 4),)),
    "upsample_trilinear": lambda: (
        nn.Upsample(scale_factor=2, mode="trilinear"),
        (_vol(1, 1, 2, 2, 2),),
    ),
    "pixel_shuffle": lambda: (nn.PixelShuffle(2), (_img(1, 8, 3, 3),)),
    "pixel_unshuffle": lambda: (nn.PixelUnshuffle(2), (_img(1, 2, 4, 6),)),
    "reflection_pad1d": lambda: (nn.ReflectionPad1d(2), (_seq(1, 2, 5),)),
    "reflection_pad2d": lambda: (nn.ReflectionPad2d((1, 2, 0, 1)), (_img(1, 2, 4, 4),)),
    "reflection_pad3d": lambda: (nn.ReflectionPad3d(1), (_vol(1, 1, 3, 3, 3),)),
    "replication_pad1d": lambda: (nn.ReplicationPad1d(2), (_seq(1, 2, 5),)),
    "replication_pad2d": lambda: (nn.ReplicationPad2d(1), (_img(1, 2, 4, 4),)),
    "replication_pad3d": lambda: (nn.ReplicationPad3d(1), (_vol(1, 1, 3, 3, 3),)),
    "zero_pad2d": lambda: (nn.ZeroPad2d(2), (_img(1, 2, 3, 3),)),
    "constant_pad3d": lambda: (nn.ConstantPad3d(1, 0.5), (_vol(1, 1, 2, 2, 2),)),
    "circular_pad2d": lambda: (nn.CircularPad2d(1), (_img(1, 2, 3, 3),)),
    "embedding": lambda: (nn.Embedding(10, 4, padding_idx=0), (torch.randint(0, 10, (3, 5)),)),
    "embedding_bag": lambda: (nn.EmbeddingBag(10, 4, mode="mean"), (torch.randint(0, 10, (3, 5)),)),
    "linear": lambda: (nn.Linear(6, 3), (torch.randn(4, 6),)),
    "bilinear": lambda: (nn.Bilinear(3, 4, 5), (torch.randn(2, 3), torch.randn(2, 4))),
    "unfold": lambda: (nn.Unfold(2), (_img(1, 2, 4, 4),)),
    "fold": lambda: (nn.Fold((3, 3), 2), (torch.randn(1, 8, 4),)),
    "flatten": lambda: (nn.Flatten(), (_img(2, 3, 2, 2),)),
    "dropout_eval": lambda: (nn.Dropout(0.5).eval(), (torch.randn(3, 4),)),
    "dropout_train": lambda: (nn.Dropout(0.5), (torch.randn(3, 4),)),
    "alpha_dropout": lambda: (nn.AlphaDropout(0.2), (torch.randn(3, 4),)),
    "channel_shuffle": lambda: (nn.ChannelShuffle(2), (_img(1, 4, 2, 2),)),
    "cosine_similarity": lambda: (nn.CosineSimilarity(), (torch.randn(3, 4), torch.randn(3, 4))),
    "pairwise_distance": lambda: (nn.PairwiseDistance(), (torch.randn(3, 4), torch.randn(3, 4))),
    "softmax2d": lambda: (nn.Softmax2d(), (_img(1, 3, 2, 2),)),
    "glu": lambda: (nn.GLU(), (torch.randn(3, 4),)),
    "prelu": lambda: (nn.PReLU(3), (_img(2, 3, 2, 2),)),
    "rrelu_eval": lambda: (nn.RReLU().eval(), (torch.randn(3, 4),)),
    "hardshrink": lambda: (nn.Hardshrink(), (torch.randn(3, 4),)),
    "softplus": lambda: (nn.Softplus(beta=2), (torch.randn(3, 4),)),
    "mish": lambda: (nn.Mish(), (torch.randn(3, 4),)),
    "hardswish": lambda: (nn.Hardswish(), (torch.randn(3, 4),)),
    "celu": lambda: (nn.CELU(), (torch.randn(3, 4),)),
    "selu": lambda: (nn.SELU(), (torch.randn(3, 4),)),
    "logsigmoid": lambda: (nn.LogSigmoid(), (torch.randn(3, 4),)),
    "threshold": lambda: (nn.Threshold(0.1, 20), (torch.randn(3, 4),)),
    "mse_loss": lambda: _loss(nn.MSELoss()),
    "l1_loss": lambda: _loss(nn.L1Loss()),
    "smooth_l1_loss": lambda: _loss(nn.SmoothL1Loss()),
    "huber_loss": lambda: _loss(nn.HuberLoss()),
    "cross_entropy": lambda: _loss(nn.CrossEntropyLoss(label_smoothing=0.1), "class"),
    "nll_loss": lambda: _loss(nn.NLLLoss(), "class"),
    "bce_loss": lambda: _loss(nn.BCELoss(), "prob"),
    "bce_logits": lambda: _loss(nn.BCEWithLogitsLoss()),
    "kl_div": lambda: _loss(nn.KLDivLoss(reduction="batchmean"), "logprob"),
    "soft_margin": lambda: _loss(nn.SoftMarginLoss()),
    "multilabel_soft_margin": lambda: _loss(nn.MultiLabelSoftMarginLoss(), "prob"),
    "multi_margin": lambda: _loss(nn.MultiMarginLoss(), "class"),
    "poisson_nll": lambda: _loss(nn.PoissonNLLLoss()),
    "gaussian_nll": lambda: (
        nn.GaussianNLLLoss(),
        (torch.randn(4, 5), torch.randn(4, 5), torch.rand(4, 5) + 0.1),
    ),
    "cosine_embedding": lambda: (
        nn.CosineEmbeddingLoss(),
        (torch.randn(4, 5), torch.randn(4, 5), torch.tensor([1, -1, 1, -1])),
    ),
    "margin_ranking": lambda: (
        nn.MarginRankingLoss(),
        (torch.randn(4), torch.randn(4), torch.tensor([1, -1, 1, -1])),
    ),
    "triplet_margin": lambda: (
        nn.TripletMarginLoss(),
        (torch.randn(4, 5), torch.randn(4, 5), torch.randn(4, 5)),
    ),
    "hinge_embedding": lambda: (
        nn.HingeEmbeddingLoss(),
        (torch.randn(4, 5), torch.randint(0, 2, (4, 5)) * 2 - 1),
    ),
    "ctc_loss": lambda: _ctc(),
}


def _unpool() -> tuple[nn.Module, tuple]:
    x = _img(1, 2, 4, 4)
    out, idx = nn.functional.max_pool2d(x, 2, return_indices=True)
    return nn.MaxUnpool2d(2), (out, idx)


def _ctc() -> tuple[nn.Module, tuple]:
    log_probs = torch.randn(6, 2, 5).log_softmax(2)
    targets = torch.randint(1, 5, (2, 3))
    return nn.CTCLoss(), (log_probs, targets, torch.tensor([6, 6]), torch.tensor([3, 2]))


def unit_names() -> list[str]:
    return [f"nn:{name}" for name in LAYERS]


def record_layer(name: str) -> list[dict[str, Any]]:
    """Forward (and backward where the output is differentiable) of one layer."""
    torch.manual_seed(0)
    module, inputs = LAYERS[name]()
    inputs = tuple(
        t.requires_grad_(True) if isinstance(t, torch.Tensor) and t.is_floating_point() else t
        for t in inputs
    )
    recorder = Recorder(f"nn:{name}")
    try:
        with recorder:
            out = module(*inputs)
            outs = out if isinstance(out, (tuple, list)) else [out]
            flat = [o for o in _flatten(outs) if isinstance(o, torch.Tensor) and o.requires_grad]
            if flat:
                sum(o.float().sum() for o in flat).backward()
    except Exception:
        pass
    return [r.to_json() for r in recorder.records]


def _flatten(items: Any) -> list[Any]:
    out = []
    for item in items:
        if isinstance(item, (tuple, list)):
            out += _flatten(item)
        else:
            out.append(item)
    return out
