"""A word-level tokenizer (Hugging Face `tokenizers`) trained on a corpus of MLIR tokens and
saved with the model that uses it, so a model always reads text the way it was trained.

Encoding a text gives token ids and the numeric channel aligned with them, cut to a maximum
length: the head (three quarters) and the tail are kept, since a unit's signature and its
return both say something about its size.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from costmodel.text.tokens import Tokenized, tokenize

PAD, UNK, CLS = "[PAD]", "[UNK]", "[CLS]"
#: what masked-token pretraining puts in a hidden token's place (vocabularies trained before
#: it have none, and are not pretrained on)
MASK = "[MASK]"


def _words(tok: Tokenized) -> list[str]:
    return [t.replace(" ", "\u2423") for t in tok.tokens]


@dataclass
class Encoded:
    ids: list[int]
    numbers: list[float]
    parsed: bool


class Vocab:
    def __init__(self, tokenizer) -> None:  # noqa: ANN001 (tokenizers.Tokenizer)
        self.tok = tokenizer
        self.pad_id = tokenizer.token_to_id(PAD)
        self.cls_id = tokenizer.token_to_id(CLS)
        self.mask_id: int | None = tokenizer.token_to_id(MASK)

    @classmethod
    def train(cls, texts: Iterable[str], min_frequency: int = 2, size: int = 8000) -> Vocab:
        from tokenizers import Tokenizer, models, pre_tokenizers, trainers

        tok = Tokenizer(models.WordLevel(unk_token=UNK))
        tok.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
        trainer = trainers.WordLevelTrainer(
            vocab_size=size, min_frequency=min_frequency, special_tokens=[PAD, UNK, CLS, MASK]
        )
        tok.train_from_iterator((" ".join(_words(tokenize(t))) for t in texts), trainer)
        return cls(tok)

    @classmethod
    def load(cls, path: Path) -> Vocab:
        from tokenizers import Tokenizer

        return cls(Tokenizer.from_file(str(path)))

    def save(self, path: Path) -> None:
        self.tok.save(str(path))

    def __len__(self) -> int:
        return self.tok.get_vocab_size()

    def encode(self, text: str, max_len: int = 512) -> Encoded:
        t = tokenize(text)
        enc = self.tok.encode(_words(t), is_pretokenized=True)
        ids, nums = [self.cls_id, *enc.ids], [0.0, *t.numbers]
        if len(ids) > max_len:
            head = max_len * 3 // 4
            ids = ids[:head] + ids[len(ids) - (max_len - head) :]
            nums = nums[:head] + nums[len(nums) - (max_len - head) :]
        return Encoded(ids, nums, t.parsed)

    def decode(self, ids: list[int]) -> list[str]:
        """The tokens of `ids` (for inspection and round-trip tests)."""
        return [self.tok.id_to_token(i) for i in ids]
