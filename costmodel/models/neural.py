"""Text models of MLIR: a text-CNN (Conv1D over token embeddings, max-pooled, dense: the
architecture of "ML-driven Hardware Cost Model for MLIR", as a baseline) and a small
BERT-style encoder built from a `transformers` config (nothing downloaded). Both read the
tokens of `costmodel.text` plus their numeric channel, and have one head per target on
standardized transformed targets (masked where a target was not measured); the transformer
can add a pairwise ranking loss on latency.

Training warms the learning rate up over the first WARMUP share of its steps and then
decays it (cosine, to a tenth), and stops early: a tenth of the training graphs (`holdout`,
split by graph so a graph's units stay together) is held out, and the weights of the epoch
with the lowest held-out loss are kept once `patience` epochs pass without a better one.
A dispatch is read without its HAL boilerplate (`body_only`, costmodel/text/essential.py;
a model saved before keeps reading whole texts), its lowering configs first (`body_only` 2),
since variants of one schedule differ only there. A text is tokenized once per training
(`_row` keeps it), not once an epoch; rows without a measured target (texts only masked-token
pretraining reads, costmodel/models/pretrain.py) are left out of the regression. The
transformer's attention has no dropout: on a CPU, dropping attention weights took 3/4 of a
step (the fused attention kernel cannot do it). Training checkpoints after every epoch
(`checkpoint` directory), so an interrupted `clab cost train` resumes at the last finished
epoch. Weights are saved as safetensors, the
vocabulary as the tokenizer's JSON, everything else as JSON. Loading builds the network on
the meta device first and checks the weights file's tensor names and shapes against it, so a
config past its bounds or weights that do not fit are an error before any memory is taken.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch
from torch import nn

from costmodel.dataset.samples import Sample
from costmodel.models.base import CostModel, ModelError, read_meta
from costmodel.models.stored import norm_file, vocab_file, weights_file
from costmodel.text.essential import decisions_first, essential
from costmodel.text.vocab import Vocab

Progress = Callable[[int, int, float], None]
#: the share of the training steps the learning rate warms up over
WARMUP = 0.05
#: what of a text `body_only` reads (0: all of it)
READINGS = {1: essential, 2: decisions_first}


class _CNN(nn.Module):
    def __init__(self, vocab: int, targets: int, dim: int = 64, channels: int = 128) -> None:
        super().__init__()
        self.embed = nn.Embedding(vocab, dim, padding_idx=0)
        self.convs = nn.ModuleList(
            nn.Conv1d(dim + 1, channels, k, padding=k // 2) for k in (3, 5, 7)
        )
        self.head = nn.Sequential(nn.Linear(3 * channels, 128), nn.ReLU(), nn.Linear(128, targets))

    def forward(self, ids, nums, mask):
        x = torch.cat([self.embed(ids), nums.unsqueeze(-1)], -1).transpose(1, 2)
        pooled = []
        for conv in self.convs:
            h = torch.relu(conv(x)).masked_fill(~mask.unsqueeze(1), -1e4)
            pooled.append(h.max(dim=2).values)
        return self.head(torch.cat(pooled, -1))


class _Encoder(nn.Module):
    def __init__(self, vocab: int, targets: int, cfg: dict) -> None:
        super().__init__()
        from transformers import BertConfig, BertModel

        self.bert = BertModel(
            BertConfig(
                vocab_size=vocab,
                hidden_size=cfg["hidden"],
                num_hidden_layers=cfg["layers"],
                num_attention_heads=cfg["heads"],
                intermediate_size=cfg["hidden"] * 2,
                max_position_embeddings=cfg["max_len"] + 2,
                type_vocab_size=1,
                pad_token_id=0,
                attention_probs_dropout_prob=0.0,
            ),
            add_pooling_layer=False,
        )
        self.num = nn.Linear(1, cfg["hidden"])
        self.head = nn.Linear(cfg["hidden"], targets)

    def hidden(self, ids, nums, mask) -> torch.Tensor:
        """Each token's last hidden state (what masked-token pretraining reads)."""
        emb = self.bert.embeddings.word_embeddings(ids) + self.num(nums.unsqueeze(-1))
        return self.bert(inputs_embeds=emb, attention_mask=mask.long()).last_hidden_state

    def forward(self, ids, nums, mask):
        return self.head(self.hidden(ids, nums, mask)[:, 0])


#: parameters a loaded text model may have (the shipped ones have < 1M)
MAX_PARAMS = 50_000_000


class _TextModel(CostModel):
    """Shared training, prediction and storage of the two text models."""

    defaults: dict = {}
    bounds = CostModel.bounds | {
        "max_len": (int, 8, 8192),
        "epochs": (int, 1, 10_000),
        "epochs_done": (int, 0, 10_000),
        "update_epochs": (int, 0, 10_000),
        "batch": (int, 1, 4096),
        "lr": (float, 1e-8, 1.0),
        "rank_weight": (float, 0.0, 100.0),
        "holdout": (float, 0.0, 0.5),
        "patience": (int, 1, 10_000),
        "body_only": (int, 0, 2),
        "best_held_out_loss": (float, 0.0, 1e12),
    }

    def __init__(self, config: dict | None = None) -> None:
        super().__init__(self.defaults | (config or {}))
        self.checkpoint: Path | None = None
        self.progress: Progress | None = None
        #: each text's token ids and numbers while training (None: not keeping them)
        self._rows: dict[str, tuple[torch.Tensor, torch.Tensor]] | None = None

    def _net(self) -> nn.Module:
        raise NotImplementedError

    # ---- data ---------------------------------------------------------------------------------
    def _text(self, text: str) -> str:
        reading = READINGS.get(self.config.get("body_only", 0))
        return reading(text) if reading else text

    def _row(self, text: str) -> tuple[torch.Tensor, torch.Tensor]:
        """A text's token ids and scaled numbers, kept in `_rows` while training."""
        if self._rows is not None and text in self._rows:
            return self._rows[text]
        e = self.vocab.encode(self._text(text), self.config["max_len"])
        row = torch.tensor(e.ids), torch.tensor(e.numbers) / 16.0
        if self._rows is not None:
            self._rows[text] = row
        return row

    def _batch(self, texts: list[str]):
        rows = [self._row(t) for t in texts]
        n = max(len(ids) for ids, _ in rows)
        ids = torch.zeros(len(rows), n, dtype=torch.long)
        nums = torch.zeros(len(rows), n)
        for i, (row_ids, row_nums) in enumerate(rows):
            ids[i, : len(row_ids)] = row_ids
            nums[i, : len(row_nums)] = row_nums
        return ids, nums, ids != self.vocab.pad_id

    def _inputs(self, texts: list[str], levels: list[str]) -> tuple[torch.Tensor, ...]:
        """What the network reads of these texts (the hybrid adds their parsed features)."""
        return self._batch(texts)

    def _loss(self, pred, y, m) -> torch.Tensor:
        err = ((pred - y) ** 2) * m
        loss = err.sum() / m.sum().clamp_min(1)
        w = self.config.get("rank_weight", 0.0)
        if w and "latency_s" in self.targets:
            j = self.targets.index("latency_s")
            valid = m[:, j] > 0
            p, t = pred[valid, j], y[valid, j]
            if len(t) > 1:
                sign = torch.sign(t.unsqueeze(0) - t.unsqueeze(1))
                hinge = torch.relu(0.1 - sign * (p.unsqueeze(0) - p.unsqueeze(1)))
                loss = loss + w * (hinge * (sign != 0)).mean()
        return loss

    def _split(self, n: int, samples: list[Sample]) -> tuple[list[int], list[int]]:
        """(train, held-out) indices: `holdout` of the graphs held out whole, by hash."""
        share = float(self.config.get("holdout", 0.0))
        graphs = sorted({s.graph for s in samples})
        if share <= 0 or len(graphs) < 5:
            return list(range(n)), []
        rng = random.Random(int(self.config.get("seed", 0)))
        held = set(rng.sample(graphs, max(1, int(len(graphs) * share))))
        return (
            [i for i in range(n) if samples[i].graph not in held],
            [i for i in range(n) if samples[i].graph in held],
        )

    def _batches(self, idx: list[int], samples: list[Sample]) -> list[list[int]]:
        order = sorted(idx, key=lambda i: len(samples[i].text))
        bs = self.config["batch"]
        return [order[i : i + bs] for i in range(0, len(order), bs)]

    def _step_loss(self, b: list[int], samples, yn: np.ndarray, mask: np.ndarray) -> torch.Tensor:
        pred = self.net(*self._inputs([samples[i].text for i in b], [samples[i].level for i in b]))
        return self._loss(pred, torch.tensor(yn[b], dtype=torch.float32),
                          torch.tensor(mask[b], dtype=torch.float32))  # fmt: skip

    @torch.no_grad()
    def _held_loss(self, batches: list[list[int]], samples, yn, mask) -> float:
        self.net.eval()
        total = sum(float(self._step_loss(b, samples, yn, mask)) * len(b) for b in batches)
        return total / max(1, sum(len(b) for b in batches))

    def _train(self, samples: list[Sample], y: np.ndarray, mask: np.ndarray, epochs: int) -> None:
        torch.set_num_threads(int(self.config.get("threads", 2)))
        rng = random.Random(self.config.get("seed", 0))
        yn = (y - self.mean) / self.std
        lr = self.config["lr"]
        opt = torch.optim.AdamW(self.net.parameters(), lr=lr, weight_decay=1e-4)
        train, held = (
            [i for i in part if mask[i].any()] for part in self._split(len(samples), samples)
        )
        batches, held_batches = self._batches(train, samples), self._batches(held, samples)
        start = self.config.get("epochs_done", 0) if self.checkpoint else 0
        steps, step = max(1, epochs * len(batches)), start * len(batches)
        patience = int(self.config.get("patience", 3))
        best, best_state, since = float("inf"), None, 0
        for epoch in range(start, epochs):
            rng.shuffle(batches)
            self.net.train()
            total = 0.0
            for b in batches:
                for group in opt.param_groups:
                    group["lr"] = lr * _schedule(step, steps)
                loss = self._step_loss(b, samples, yn, mask)
                opt.zero_grad()
                loss.backward()
                nn.utils.clip_grad_norm_(self.net.parameters(), 1.0)
                opt.step()
                step += 1
                total += float(loss.detach()) * len(b)
            if held_batches:  # early stopping on the held-out graphs
                held_loss = self._held_loss(held_batches, samples, yn, mask)
                if held_loss < best:
                    best, since = held_loss, 0
                    best_state = {k: v.detach().clone() for k, v in self.net.state_dict().items()}
                else:
                    since += 1
            if self.checkpoint is not None:
                self.config["epochs_done"] = epoch + 1
                self.save(self.checkpoint)
            if self.progress:
                self.progress(epoch + 1, epochs, total / max(1, len(train)))
            if held_batches and since >= patience:
                break
        if best_state is not None:
            self.net.load_state_dict(best_state)
            self.config["best_held_out_loss"] = round(best, 6)
        self.config.pop("epochs_done", None)

    def _fit(self, samples: list[Sample], y: np.ndarray, mask: np.ndarray) -> None:
        self._rows = {}
        try:
            self._fit_rows(samples, y, mask)
        finally:
            self._rows = None

    def _fit_rows(self, samples: list[Sample], y: np.ndarray, mask: np.ndarray) -> None:
        torch.manual_seed(int(self.config.get("seed", 0)))
        resumed = self.checkpoint is not None and (self.checkpoint / "model.json").exists()
        if resumed:
            from costmodel.models.registry import load

            done = load(self.checkpoint)
            self.vocab, self.mean, self.std = done.vocab, done.mean, done.std
            self.net = done.net
            self.config["epochs_done"] = done.config.get("epochs_done", 0)
            self.config |= {k: v for k, v in done.config.items() if k.startswith("pretrain_")}
        else:
            self.vocab = Vocab.train(self._text(s.text) for s in samples)
            cnt = np.maximum(mask.sum(0), 1)
            self.mean = (y * mask).sum(0) / cnt
            var = (((y - self.mean) ** 2) * mask).sum(0) / cnt
            self.std = np.sqrt(np.maximum(var, 1e-6))
            self.net = self._net()
            if self.config.get("pretrain_epochs") and "pretrain_epochs" in self.bounds:
                from costmodel.models.pretrain import pretrain

                pretrain(self, [s.text for s in samples])
        self._train(samples, y, mask, self.config["epochs"])

    def _update(self, samples: list[Sample], y: np.ndarray, mask: np.ndarray) -> None:
        self.config.pop("epochs_done", None)
        self._rows = {}
        try:
            self._train(samples, y, mask, self.config.get("update_epochs", 3))
        finally:
            self._rows = None

    @torch.no_grad()
    def _predict(self, texts: list[str], levels: list[str]) -> np.ndarray:
        self.net.eval()
        out = []
        for i in range(0, len(texts), 64):
            out.append(self.net(*self._inputs(texts[i : i + 64], levels[i : i + 64])).numpy())
        return np.concatenate(out) * self.std + self.mean

    def _save(self, root: Path) -> None:
        from safetensors.torch import save_file

        save_file({k: v.contiguous() for k, v in self.net.state_dict().items()},
                  str(root / "weights.safetensors"))  # fmt: skip
        self.vocab.save(root / "vocab.json")
        norm = {"mean": self.mean.tolist(), "std": self.std.tolist()}
        (root / "norm.json").write_text(json.dumps(norm))

    def _load(self, root: Path) -> None:
        from safetensors import SafetensorError
        from safetensors.torch import load_file

        # saved before `body_only`: it read whole texts (the defaults would say otherwise)
        self.config["body_only"] = read_meta(root)["config"].get("body_only", 0)
        self.vocab = vocab_file(root)
        self.mean, self.std = norm_file(root, len(self.targets))
        with torch.device("meta"):  # shapes only: no memory taken
            shapes = {k: tuple(v.shape) for k, v in self._net().state_dict().items()}
        params = sum(int(np.prod(v)) for v in shapes.values())
        if params > MAX_PARAMS:
            raise ModelError(
                f"{root}: its config builds {params:,} parameters (most: {MAX_PARAMS:,})"
            )
        weights = weights_file(root, shapes)
        self.net = self._net()
        try:
            self.net.load_state_dict(load_file(str(weights)))
        except (SafetensorError, OSError, RuntimeError) as exc:
            raise ModelError(f"{weights}: not the weights of this model ({exc})") from None


def _schedule(step: int, steps: int) -> float:
    """The learning rate's factor at `step` of `steps`: linear warm-up over WARMUP of them,
    then a cosine decay to a tenth."""
    warm = max(1, int(WARMUP * steps))
    if step < warm:
        return (step + 1) / warm
    done = min(1.0, (step - warm) / max(1, steps - warm))
    return 0.1 + 0.9 * 0.5 * (1 + np.cos(np.pi * done))


class TextCNNModel(_TextModel):
    kind = "textcnn"
    defaults = {"max_len": 512, "epochs": 12, "batch": 32, "lr": 1e-3, "update_epochs": 3,
                "holdout": 0.1, "patience": 3, "body_only": 2}  # fmt: skip

    def _net(self) -> nn.Module:
        return _CNN(len(self.vocab), len(self.targets))


class TransformerModel(_TextModel):
    kind = "transformer"
    defaults = {
        "max_len": 256,
        "epochs": 8,
        "batch": 32,
        "lr": 5e-4,
        "hidden": 128,
        "layers": 2,
        "heads": 4,
        "rank_weight": 0.1,
        "update_epochs": 2,
        "holdout": 0.1,
        "patience": 3,
        "body_only": 2,
        "pretrain_epochs": 0,
    }
    bounds = _TextModel.bounds | {
        "hidden": (int, 8, 4096),
        "layers": (int, 1, 48),
        "heads": (int, 1, 64),
        "pretrain_epochs": (int, 0, 1000),
        "pretrain_texts": (int, 0, 10**9),
        "pretrain_tokens": (int, 0, 10**12),
        "pretrain_loss": (float, 0.0, 1e6),
    }

    def _net(self) -> nn.Module:
        return _Encoder(len(self.vocab), len(self.targets), self.config)
