"""The Python API compiler passes call: `costmodel.load(name)` gives a `Predictor`, and
`predictor.predict(texts)` a list of `{target: value}`.

In the spirit of LLVM MLGO's model runner, requests and responses follow a tiny versioned
schema: named inputs (`texts`, optional `targets`, `levels` and `rank`), versioned outputs
(`version`, `model`, `model_id`, `units`, `predictions`, and `ranking` when asked). A pass
choosing between schedules sends the variants of one workload with `rank: true` and gets
their indices fastest first (configured dispatches: `levels` default to `configured`). An
unknown schema version or target is a clear error. Predictions are cached by canonical
MLIR hash, so a pass that asks about the same dispatch again (renamed SSA values and all)
pays nothing, and the predictor is safe to share between threads."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from costmodel.dataset.samples import TARGETS
from costmodel.mlir.bounds import MlirBoundsError, check_text
from costmodel.mlir.canon import canonical_hash
from costmodel.models.base import read_model_file

SCHEMA_VERSION = 1
CACHE_SIZE = 65536
#: a level or target is a short name: levels are part of the cache keys, unknown targets are
#: echoed in the error
MAX_NAME = 64


class RequestError(ValueError):
    """A request this predictor cannot answer, with what is wrong."""


@dataclass
class PredictRequest:
    texts: list[str]
    targets: list[str] | None = None
    levels: list[str] | None = None
    version: int = SCHEMA_VERSION
    #: also rank the texts by predicted latency (variants of one workload)
    rank: bool = False

    @classmethod
    def from_json(cls, data: Any) -> PredictRequest:
        if not isinstance(data, dict):
            raise RequestError("request: expected a JSON object")
        version = data.get("version", SCHEMA_VERSION)
        if version != SCHEMA_VERSION:
            raise RequestError(f"request: schema version {version!r} (supported: {SCHEMA_VERSION})")
        texts = data.get("texts")
        if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
            raise RequestError("request: 'texts' must be a list of MLIR strings")
        out = cls(texts, version=version)
        for key in ("targets", "levels"):
            value = data.get(key)
            if value is not None:
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise RequestError(f"request: '{key}' must be a list of strings")
                if any(len(v) > MAX_NAME for v in value):
                    raise RequestError(f"request: '{key}' holds a name over {MAX_NAME} characters")
                setattr(out, key, value)
        if out.levels is not None and len(out.levels) != len(texts):
            raise RequestError("request: 'levels' must give one level per text")
        rank = data.get("rank", False)
        if not isinstance(rank, bool):
            raise RequestError("request: 'rank' must be true or false")
        out.rank = rank
        return out


@dataclass
class PredictResponse:
    model: str
    model_id: str
    predictions: list[dict[str, float]]
    units: dict[str, str]
    version: int = SCHEMA_VERSION
    cached: int = 0
    extra: dict[str, Any] = field(default_factory=dict)
    #: the texts' indices by predicted latency, fastest first (a request with `rank`)
    ranking: list[int] | None = None

    def to_json(self) -> dict[str, Any]:
        out = {
            "version": self.version,
            "model": self.model,
            "model_id": self.model_id,
            "units": self.units,
            "predictions": self.predictions,
            "cached": self.cached,
        }
        return out if self.ranking is None else out | {"ranking": self.ranking}


class Predictor:
    """A loaded cost model, batched, cached and thread-safe."""

    def __init__(self, model, name: str, root: Path | None = None) -> None:  # noqa: ANN001
        self.model = model
        self.name = name
        digest = hashlib.sha256()
        if root is not None:
            for path in sorted(root.iterdir()):
                if path.is_file():  # bounded, regular files only, as the model's loader reads
                    digest.update(path.name.encode() + read_model_file(root, path.name))
        self.model_id = digest.hexdigest()[:16]
        self.lock = threading.Lock()
        self.cache: OrderedDict[tuple[str, str], dict[str, float]] = OrderedDict()

    @property
    def targets(self) -> list[str]:
        return list(self.model.targets)

    def predict(
        self,
        texts: list[str],
        targets: list[str] | None = None,
        levels: list[str] | None = None,
    ) -> list[dict[str, float]]:
        return self.answer(PredictRequest(list(texts), targets, levels)).predictions

    def rank(self, variants: list[str], levels: list[str] | None = None) -> list[int]:
        """The indices of `variants` (one workload's configured dispatches), fastest first."""
        ranking = self.answer(PredictRequest(list(variants), levels=levels, rank=True)).ranking
        return ranking or []

    def answer(self, req: PredictRequest) -> PredictResponse:
        wanted = req.targets or self.targets
        unknown = [t for t in wanted if t not in self.targets]
        if unknown:
            raise RequestError(
                f"unknown target(s) {', '.join(unknown)} for model {self.name} "
                f"(it predicts: {', '.join(self.targets)})"
            )
        for i, text in enumerate(req.texts):
            try:
                check_text(text)  # before any parser: past its bounds, one would crash or stall
            except MlirBoundsError as exc:
                raise RequestError(f"text {i}: {exc}") from None
        if req.rank and "latency_s" not in self.targets:
            raise RequestError(f"model {self.name} predicts no latency_s: it cannot rank")
        levels = req.levels or ["configured" if req.rank else "dispatch"] * len(req.texts)
        keys = [(canonical_hash(t), lv) for t, lv in zip(req.texts, levels, strict=True)]
        with self.lock:
            todo = [i for i, k in enumerate(keys) if k not in self.cache]
            if todo:
                fresh = self.model.predict([req.texts[i] for i in todo], [levels[i] for i in todo])
                for i, row in zip(todo, fresh, strict=True):
                    self.cache[keys[i]] = row
                while len(self.cache) > CACHE_SIZE:
                    self.cache.popitem(last=False)
            rows = [self.cache[k] for k in keys]
        ranking = None
        if req.rank:
            ranking = sorted(range(len(rows)), key=lambda i: (rows[i]["latency_s"], i))
        return PredictResponse(
            self.name,
            self.model_id,
            [{t: row[t] for t in wanted} for row in rows],
            {t: TARGETS[t] for t in wanted},
            cached=len(keys) - len(todo),
            ranking=ranking,
        )


def load(name: str | None = None) -> Predictor:
    """A predictor for a model directory or a shipped model name (`corpora/models/NAME`)."""
    from costmodel.models.registry import load as load_model
    from costmodel.models.registry import resolve_model

    root = resolve_model(name)
    return Predictor(load_model(root), root.name, root)
