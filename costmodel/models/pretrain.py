"""Masked-token pretraining (BERT's masked language model) of the transformer's encoder, on
MLIR texts whether or not they were measured: measured rows are few and slow to get (3,430
in v4), texts are cheap, and an encoder that has learnt to read MLIR has less to learn from
the measured ones.

Each epoch, MASK_SHARE of each text's tokens (not [CLS], not padding) are chosen: 80% become
[MASK], 10% a random token, 10% stay, and the numeric channel of every chosen token is
zeroed (a number's value would give its bucket token away). A small head (dense, GELU,
LayerNorm, to the vocabulary) predicts the chosen tokens from the encoder's last hidden
states, with cross-entropy. The head is dropped afterwards: the encoder's weights are what
the regression starts from, and are saved with it.

The corpus is the distinct texts of the samples `fit` is given, measured or not (a sample
with no target is read here and left out of the regression). Which unmeasured texts those
are is the caller's choice, and evaluation must give only the training side's
(tools/bench/decisions.py `--unlabelled`).
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

import torch
from torch import nn
from torch.nn import functional

from costmodel.text.vocab import Vocab

if TYPE_CHECKING:
    from costmodel.models.neural import TransformerModel

#: the share of tokens chosen to be predicted
MASK_SHARE = 0.15
#: texts the masked-token loss is measured on after each epoch, when the caller names none
CHECK_TEXTS = 128


class _MaskedHead(nn.Module):
    """Hidden states to token logits (BERT's prediction head)."""

    def __init__(self, hidden: int, vocab: int) -> None:
        super().__init__()
        self.dense = nn.Linear(hidden, hidden)
        self.norm = nn.LayerNorm(hidden)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, h: torch.Tensor) -> torch.Tensor:
        return self.out(self.norm(functional.gelu(self.dense(h))))


def masked(
    ids: torch.Tensor, nums: torch.Tensor, mask: torch.Tensor, vocab: Vocab, gen: torch.Generator
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """(ids, numbers) with tokens chosen and hidden, and the labels: the chosen tokens' ids,
    -100 (ignored) elsewhere."""
    if vocab.mask_id is None:
        raise ValueError("this vocabulary has no [MASK] token (trained before pretraining)")
    chosen = (torch.rand(ids.shape, generator=gen) < MASK_SHARE) & mask & (ids != vocab.cls_id)
    roll = torch.rand(ids.shape, generator=gen)
    out = ids.masked_fill(chosen & (roll < 0.8), vocab.mask_id)
    swap = chosen & (roll >= 0.8) & (roll < 0.9)
    first = vocab.mask_id + 1  # the special tokens come first
    out[swap] = torch.randint(first, max(first + 1, len(vocab)), (int(swap.sum()),), generator=gen)
    return out, nums.masked_fill(chosen, 0.0), ids.masked_fill(~chosen, -100)


def _loss(model: TransformerModel, head: _MaskedHead, texts: list[str], gen) -> torch.Tensor:
    ids, nums, mask = model._batch(texts)
    inputs, numbers, labels = masked(ids, nums, mask, model.vocab, gen)
    logits = head(model.net.hidden(inputs, numbers, mask))
    if not (labels >= 0).any():  # nothing chosen in a batch of short texts: nothing to learn
        return logits.sum() * 0.0
    return functional.cross_entropy(logits.flatten(0, 1), labels.flatten(), ignore_index=-100)


@torch.no_grad()
def masked_loss(model: TransformerModel, head: _MaskedHead, texts: list[str]) -> float:
    """The mean masked-token loss over `texts`, each masked the same way every time."""
    model.net.eval()
    head.eval()
    gen = torch.Generator().manual_seed(0)
    batch = int(model.config["batch"])
    losses = [float(_loss(model, head, texts[i : i + batch], gen))
              for i in range(0, len(texts), batch)]  # fmt: skip
    return sum(losses) / max(1, len(losses))


def pretrain(model: TransformerModel, texts: list[str], check: list[str] | None = None) -> list:
    """Train `model.net`'s encoder to fill in masked tokens of `texts` (each distinct text
    once an epoch) for `pretrain_epochs`; records the corpus and the last loss in the
    config. Returns the masked-token loss on `check` (default: CHECK_TEXTS of the corpus)
    before training and after each epoch."""
    from costmodel.models.neural import _schedule

    torch.set_num_threads(int(model.config.get("threads", 2)))
    seed = int(model.config.get("seed", 0))
    corpus = sorted(set(texts), key=len)
    batch, lr = int(model.config["batch"]), float(model.config["lr"])
    batches = [corpus[i : i + batch] for i in range(0, len(corpus), batch)]
    rng, gen = random.Random(seed), torch.Generator().manual_seed(seed)
    check = check or random.Random(seed).sample(corpus, min(CHECK_TEXTS, len(corpus)))
    head = _MaskedHead(int(model.config["hidden"]), len(model.vocab))
    params = [*model.net.parameters(), *head.parameters()]
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=1e-4)
    epochs = int(model.config["pretrain_epochs"])
    steps, step = max(1, epochs * len(batches)), 0
    losses = [masked_loss(model, head, check)]
    for _ in range(epochs):
        rng.shuffle(batches)
        model.net.train()
        head.train()
        for chunk in batches:
            for group in opt.param_groups:
                group["lr"] = lr * _schedule(step, steps)
            loss = _loss(model, head, chunk, gen)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            step += 1
        losses.append(masked_loss(model, head, check))
    model.config["pretrain_texts"] = len(corpus)
    model.config["pretrain_tokens"] = sum(int(model._batch([t])[2].sum()) for t in corpus)
    model.config["pretrain_loss"] = round(losses[-1], 6)
    return losses
