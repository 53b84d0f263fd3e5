"""An ensemble: the mean of its members' predictions in the space they are trained in (log
latency, log counts, fractions as they are), so a member that says 2x and one that says
0.5x agree on 1x. Members that err differently (LightGBM on parsed features, a text model
on tokens) average to less error, and their rankings to fewer swaps.

Members are named in the config as kinds joined by '+' (`{"members": "lightgbm+hybrid"}`,
DEFAULT_MEMBERS when not named); the rest of the config goes to each member that has that
setting (`hidden` to the hybrid, `seed` to both). A member that only ranks (lightgbm-rank:
its latency is a score, not a log latency) cannot be averaged and is refused. Saved as a
directory per member (`member0/`, ...: each a saved model of its own kind, loaded and
checked as one) and `members.json`, their kinds in order.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from costmodel.dataset.samples import Sample
from costmodel.models.base import CostModel, ModelError, read_model_json

DEFAULT_MEMBERS = "lightgbm+hybrid"
MAX_MEMBERS = 8


def _member_kinds(names: object, where: str) -> list[type[CostModel]]:
    """The classes of the member kinds `names`: known, not ensembles, not rank-only."""
    from costmodel.models.registry import kinds

    table = kinds()
    if not isinstance(names, list) or not 1 <= len(names) <= MAX_MEMBERS:
        raise ModelError(f"{where}: members must name 1 to {MAX_MEMBERS} model kinds")
    out = []
    for name in names:
        cls = table.get(name) if isinstance(name, str) else None
        if cls is None or cls is EnsembleModel or getattr(cls, "ranks_only", False):
            raise ModelError(f"{where}: member {name!r} is not a model kind that predicts costs")
        out.append(cls)
    return out


class EnsembleModel(CostModel):
    kind = "ensemble"

    def __init__(self, config: dict | None = None) -> None:
        config = dict(config or {})
        names = str(config.pop("members", DEFAULT_MEMBERS)).split("+")
        classes = _member_kinds(names, "ensemble")
        self.members = [cls({k: v for k, v in config.items() if k in cls.bounds})
                        for cls in classes]  # fmt: skip
        super().__init__({k: v for k, v in config.items() if k in self.bounds})

    def _fit(self, samples: list[Sample], y: np.ndarray, mask: np.ndarray) -> None:
        for m in self.members:
            m.fit(samples)

    def _update(self, samples: list[Sample], y: np.ndarray, mask: np.ndarray) -> None:
        for m in self.members:
            m.update(samples)

    def _predict(self, texts: list[str], levels: list[str]) -> np.ndarray:
        total = np.zeros((len(texts), len(self.targets)))
        count = np.zeros(len(self.targets))
        for m in self.members:
            raw = m._predict(texts, levels)
            for j, t in enumerate(m.targets):
                if t in self.targets:
                    total[:, self.targets.index(t)] += raw[:, j]
                    count[self.targets.index(t)] += 1
        return total / np.maximum(count, 1)

    def _save(self, root: Path) -> None:
        for i, m in enumerate(self.members):
            m.save(root / f"member{i}")
        (root / "members.json").write_text(json.dumps([m.kind for m in self.members]))

    def _load(self, root: Path) -> None:
        from costmodel.models.registry import load

        names = read_model_json(root, "members.json")
        _member_kinds(names, str(root / "members.json"))
        self.members = [load(root / f"member{i}") for i in range(len(names))]
        for i, (m, name) in enumerate(zip(self.members, names, strict=True)):
            if m.kind != name:
                raise ModelError(f"{root / f'member{i}'}: a {m.kind} model, not a {name}")
        missing = [t for t in self.targets if not any(t in m.targets for m in self.members)]
        if missing:
            raise ModelError(f"{root}: no member predicts {', '.join(missing)}")
