"""Four small architectures written for measuring, each a `FUNC() -> (nn.Module, inputs)`
for `--module corpora/modules/small_architectures.py:FUNC`: a depthwise-separable CNN at
64x64, a tiny U-Net at 32x32, a GRU tagger and a mixture-of-experts MLP. Their convs are the
kernels whose benchmark modules IREE once rejected (large vectors), so every dispatch of
theirs measuring is the check that the measurer builds dispatches right."""

from __future__ import annotations

import torch
from torch import nn


class _SeparableBlock(nn.Module):
    def __init__(self, cin: int, cout: int, stride: int) -> None:
        super().__init__()
        self.depthwise = nn.Conv2d(cin, cin, 3, stride, 1, groups=cin, bias=False)
        self.pointwise = nn.Conv2d(cin, cout, 1, bias=False)
        self.norm = nn.BatchNorm2d(cout)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.relu(self.norm(self.pointwise(self.depthwise(x))))


def separable_cnn() -> tuple[nn.Module, tuple[torch.Tensor, ...]]:
    """MobileNet-like: a stem, three depthwise-separable blocks, pooling and a classifier."""
    torch.manual_seed(0)
    model = nn.Sequential(
        nn.Conv2d(3, 32, 3, 2, 1), nn.ReLU(),
        _SeparableBlock(32, 64, 1), _SeparableBlock(64, 128, 2), _SeparableBlock(128, 128, 1),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(128, 10),
    ).eval()  # fmt: skip
    return model, (torch.randn(1, 3, 64, 64),)


class _TinyUNet(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.down1 = nn.Sequential(nn.Conv2d(3, 16, 3, padding=1), nn.ReLU())
        self.down2 = nn.Sequential(nn.Conv2d(16, 32, 3, padding=1), nn.ReLU())
        self.middle = nn.Sequential(nn.Conv2d(32, 32, 3, padding=1), nn.ReLU())
        self.up = nn.ConvTranspose2d(32, 16, 2, stride=2)
        self.out = nn.Conv2d(32, 2, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        skip = self.down1(x)
        y = self.middle(self.down2(nn.functional.max_pool2d(skip, 2)))
        return self.out(torch.cat([self.up(y), skip], dim=1))


def tiny_unet() -> tuple[nn.Module, tuple[torch.Tensor, ...]]:
    torch.manual_seed(0)
    return _TinyUNet().eval(), (torch.randn(1, 3, 32, 32),)


class _GruTagger(nn.Module):
    def __init__(self, vocab: int = 500, dim: int = 64, tags: int = 12) -> None:
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.gru = nn.GRU(dim, dim, batch_first=True)
        self.tag = nn.Linear(dim, tags)

    def forward(self, tokens: torch.Tensor) -> torch.Tensor:
        states, _ = self.gru(self.embed(tokens))
        return self.tag(states).log_softmax(-1)


def gru_tagger() -> tuple[nn.Module, tuple[torch.Tensor, ...]]:
    torch.manual_seed(0)
    return _GruTagger().eval(), (torch.randint(0, 500, (2, 16)),)


class _MixtureOfExperts(nn.Module):
    """Dense gating: every expert runs, their outputs weighted by a softmax gate."""

    def __init__(self, dim: int = 128, hidden: int = 256, experts: int = 4) -> None:
        super().__init__()
        self.gate = nn.Linear(dim, experts)
        self.experts = nn.ModuleList(
            nn.Sequential(nn.Linear(dim, hidden), nn.GELU(), nn.Linear(hidden, dim))
            for _ in range(experts)
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        weights = self.gate(x).softmax(-1)
        outs = torch.stack([e(x) for e in self.experts], dim=-1)
        return (outs * weights.unsqueeze(-2)).sum(-1)


def moe_mlp() -> tuple[nn.Module, tuple[torch.Tensor, ...]]:
    torch.manual_seed(0)
    return _MixtureOfExperts().eval(), (torch.randn(8, 128),)
