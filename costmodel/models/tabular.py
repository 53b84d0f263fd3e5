"""Tabular cost models: LightGBM on the parsed features, LightGBM on a bag of tokens
(TF-IDF over hashed token uni- and bigrams), and the analytical roofline.

One LightGBM booster per target, on transformed targets; `update` adds trees to each
booster on the new rows (LightGBM's `init_model`), so nothing is retrained from scratch.
Boosters are read from checked text, and predicted all targets at once (`forest.py`).
"""

from __future__ import annotations

import json
import math
import zlib
from collections import Counter
from pathlib import Path

import numpy as np

from costmodel.dataset.levels import LEVELS
from costmodel.dataset.samples import Sample
from costmodel.features.decision import DECISION_FEATURES
from costmodel.features.extract import MlirFeatureError, features
from costmodel.models.base import (
    CostModel,
    ModelError,
    read_model_file,
    read_model_json,
)
from costmodel.models.forest import Forest, booster, checked_trees
from costmodel.text.tokens import tokenize

BASE_FEATURES = (
    "log_flops", "log_bytes", "log_intensity", "generic_ops", "max_loops", "parallel_loops",
    "reduction_loops", "log_max_elements", "log_total_elements", "ops",
)  # fmt: skip
TOP_OPS = 200
LGB_PARAMS = {
    "objective": "regression",
    "learning_rate": 0.05,
    "num_leaves": 63,
    "min_data_in_leaf": 5,
    "feature_fraction": 0.9,
    "bagging_fraction": 0.9,
    "bagging_freq": 1,
    "verbose": -1,
    "num_threads": 1,
}


def safe_features(text: str) -> dict[str, float]:
    """Features, or none where the text does not parse (the row still gets a prediction
    from the level and the zero vector; callers that must refuse bad input check first)."""
    try:
        return features(text)
    except MlirFeatureError:
        return {}


class _Boosted(CostModel):
    """One booster per target over a design matrix the subclass builds."""

    rounds = 400
    update_rounds = 100
    #: what predicts: built from the boosters when first needed, dropped when they change
    forest: Forest | None = None

    @property
    def boosters(self) -> list:
        """One LightGBM booster per target (None: a target without rows to learn)."""
        return self._boosters

    @boosters.setter
    def boosters(self, value: list) -> None:
        self._boosters = value
        self.forest = None

    def _design(self, texts: list[str], levels: list[str]):
        raise NotImplementedError

    def _train(self, x, y: np.ndarray, mask: np.ndarray, init: list | None, rounds: int) -> list:
        import lightgbm as lgb

        seed = int(self.config.get("seed", 0))
        out = []
        for j in range(y.shape[1]):
            rows = np.flatnonzero(mask[:, j])
            params = LGB_PARAMS | {"seed": seed}
            if len(rows) < 2:
                out.append(init[j] if init else None)
                continue
            ds = lgb.Dataset(x[rows], y[rows, j], free_raw_data=False)
            start = init[j] if init else None
            out.append(lgb.train(params, ds, num_boost_round=rounds, init_model=start,
                                 keep_training_booster=True))  # fmt: skip
        return out

    def _fit(self, samples: list[Sample], y: np.ndarray, mask: np.ndarray) -> None:
        self._prepare(samples)
        x = self._design([s.text for s in samples], [s.level for s in samples])
        self.boosters = self._train(x, y, mask, None, self.rounds)

    def _update(self, samples: list[Sample], y: np.ndarray, mask: np.ndarray) -> None:
        x = self._design([s.text for s in samples], [s.level for s in samples])
        self.boosters = self._train(x, y, mask, self.boosters, self.update_rounds)

    def _predict(self, texts: list[str], levels: list[str]) -> np.ndarray:
        x = self._design(texts, levels)
        if self.forest is None:  # trained here: the boosters' own text, checked like a file's
            trees = [checked_trees(b.model_to_string(), x.shape[1]) if b is not None else []
                     for b in self.boosters]  # fmt: skip
            self.forest = Forest(trees, x.shape[1])
        return self.forest.predict(x)

    def _prepare(self, samples: list[Sample]) -> None:
        """Fix the design's columns from the training samples."""

    def _save_boosters(self, root: Path) -> None:
        for t, b in zip(self.targets, self.boosters, strict=True):
            if b is not None:
                (root / f"{t}.lgb.txt").write_text(b.model_to_string())

    def _load_boosters(self, root: Path, features: int) -> None:
        import lightgbm as lgb

        boosters, found = [], []
        for t in self.targets:
            name = f"{t}.lgb.txt"
            if not (root / name).exists():
                boosters.append(None)
                found.append([])
                continue
            text = read_model_file(root, name).decode("utf-8", errors="replace")
            try:
                found.append(checked_trees(text, features))
                boosters.append(booster([found[-1]], features))
            except (ModelError, lgb.basic.LightGBMError) as exc:
                raise ModelError(f"{root / name}: {exc}") from None
        self.boosters = boosters
        try:
            self.forest = Forest(found, features)
        except lgb.basic.LightGBMError as exc:
            raise ModelError(f"{root}: {exc}") from None


class LightGBMModel(_Boosted):
    """LightGBM on the parsed features (FLOPs, bytes, loops, op histogram, sizes, level, and
    a configured dispatch's schedule)."""

    kind = "lightgbm"

    def _prepare(self, samples: list[Sample]) -> None:
        ops: Counter = Counter()
        for s in samples:
            found = safe_features(s.text)
            ops.update(k for k in found if k.startswith(("op:", "elem:", "pipeline:")))
        self.columns = [
            *BASE_FEATURES, *DECISION_FEATURES, *(k for k, _ in ops.most_common(TOP_OPS))
        ]  # fmt: skip

    @property
    def columns(self) -> list[str]:
        """The design's feature columns (the levels' one-hot columns follow them)."""
        return self._columns

    @columns.setter
    def columns(self, value: list[str]) -> None:
        self._columns = value
        self.index = {c: i for i, c in enumerate(value)}

    def _design(self, texts: list[str], levels: list[str]) -> np.ndarray:
        x = np.zeros((len(texts), len(self.columns) + len(LEVELS)), dtype=np.float32)
        index = self.index
        for r, (text, level) in enumerate(zip(texts, levels, strict=True)):
            for k, v in safe_features(text).items():
                if k in index:
                    x[r, index[k]] = v
            if level in LEVELS:
                x[r, len(self.columns) + LEVELS.index(level)] = 1.0
        return x

    def _save(self, root: Path) -> None:
        (root / "columns.json").write_text(json.dumps(self.columns))
        self._save_boosters(root)

    def _load(self, root: Path) -> None:
        columns = read_model_json(root, "columns.json")
        if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
            raise ModelError(f"{root / 'columns.json'}: not a list of column names")
        self.columns = columns
        self._load_boosters(root, len(self.columns) + len(LEVELS))


class LightGBMRankModel(LightGBMModel):
    """LightGBM's lambdarank objective on LightGBM's features (a configured dispatch's
    schedule among them), grouped by workload: it learns to order a workload's schedule
    variants (as TpuGraphs and TLP rank configurations), not their latency. Its `latency_s`
    is a score in latency's place, lower is faster, comparable only within a workload: use
    it to rank (`Predictor.rank`, `clab cost tune --model`), never as a latency."""

    kind = "lightgbm-rank"
    ranks_only = True
    #: the best of a workload gets the highest relevance; LightGBM's gains stop at 30
    MAX_LABEL = 30

    def _groups(self, samples: list[Sample]) -> tuple[list[Sample], np.ndarray, list[int]]:
        """The samples of workloads with 2+ timed variants, grouped; each one's relevance
        (how many of its workload's variants it beats); the group sizes."""
        by: dict[str, list[Sample]] = {}
        for s in samples:
            if s.workload and s.targets.get("latency_s", 0) > 0:
                by.setdefault(s.workload, []).append(s)
        ordered, labels, sizes = [], [], []
        for group in (g for _, g in sorted(by.items()) if len(g) > 1):
            slow_first = sorted(group, key=lambda s: -s.targets["latency_s"])
            ordered += slow_first
            labels += [min(i, self.MAX_LABEL) for i in range(len(slow_first))]
            sizes.append(len(group))
        if not sizes:
            raise ModelError("lightgbm-rank: no workload with two or more timed variants")
        return ordered, np.array(labels, dtype=float), sizes

    def _rank_train(self, samples: list[Sample], init, rounds: int) -> None:
        import lightgbm as lgb

        ordered, labels, sizes = self._groups(samples)
        x = self._design([s.text for s in ordered], [s.level for s in ordered])
        params = LGB_PARAMS | {"objective": "lambdarank", "metric": "ndcg",
                               "seed": int(self.config.get("seed", 0))}  # fmt: skip
        ds = lgb.Dataset(x, labels, group=sizes, free_raw_data=False)
        self.boosters = [lgb.train(params, ds, num_boost_round=rounds, init_model=init,
                                   keep_training_booster=True)]  # fmt: skip

    def _fit(self, samples: list[Sample], y: np.ndarray, mask: np.ndarray) -> None:
        self.targets = ["latency_s"]
        self._prepare(self._groups(samples)[0])
        self._rank_train(samples, None, self.rounds)

    def _update(self, samples: list[Sample], y: np.ndarray, mask: np.ndarray) -> None:
        self._rank_train(samples, self.boosters[0], self.update_rounds)

    def _predict(self, texts: list[str], levels: list[str]) -> np.ndarray:
        # a higher relevance is faster: its negation in log-latency's place
        return -super()._predict(texts, levels)


HASH_BITS = 14


def _ngrams(text: str) -> Counter:
    toks = tokenize(text).tokens
    grams = toks + [f"{a} {b}" for a, b in zip(toks, toks[1:], strict=False)]
    return Counter(zlib.crc32(g.encode()) & ((1 << HASH_BITS) - 1) for g in grams)


class TfidfModel(_Boosted):
    """LightGBM on TF-IDF of hashed token uni- and bigrams (a bag of tokens)."""

    kind = "tfidf"

    def _prepare(self, samples: list[Sample]) -> None:
        df = np.zeros(1 << HASH_BITS)
        for s in samples:
            for h in _ngrams(s.text):
                df[h] += 1
        self.idf = np.log((1 + len(samples)) / (1 + df)) + 1.0

    def _design(self, texts: list[str], levels: list[str]):
        from scipy import sparse

        rows, cols, vals = [], [], []
        for r, text in enumerate(texts):
            grams = _ngrams(text)
            total = sum(grams.values()) or 1
            for h, n in grams.items():
                rows.append(r)
                cols.append(h)
                vals.append(n / total * self.idf[h])
            if levels[r] in LEVELS:
                rows.append(r)
                cols.append((1 << HASH_BITS) + LEVELS.index(levels[r]))
                vals.append(1.0)
        shape = (len(texts), (1 << HASH_BITS) + len(LEVELS))
        return sparse.csr_matrix((vals, (rows, cols)), shape=shape, dtype=np.float32)

    def _save(self, root: Path) -> None:
        (root / "idf.json").write_text(json.dumps([round(float(v), 6) for v in self.idf]))
        self._save_boosters(root)

    def _load(self, root: Path) -> None:
        self.idf = _finite_array(read_model_json(root, "idf.json"), (1 << HASH_BITS,))
        if self.idf is None:
            raise ModelError(f"{root / 'idf.json'}: not {1 << HASH_BITS} finite weights")
        self._load_boosters(root, (1 << HASH_BITS) + len(LEVELS))


def _finite_array(data: object, shape: tuple[int, ...]) -> np.ndarray | None:
    """`data` as a float array of `shape` with finite values, or None."""
    try:
        array = np.array(data, dtype=float)
    except (TypeError, ValueError):
        return None
    return array if array.shape == shape and np.isfinite(array).all() else None


class RooflineModel(CostModel):
    """Analytical: latency from max(FLOPs / peak FLOP/s, bytes / peak bandwidth), the peaks
    measured on this machine (machine profile); a linear fit in log space maps that bound,
    with FLOPs and bytes, to each target. `update` refits on all rows it has seen, saved or
    not: the fit keeps their sums (XᵀX and Xᵀy per target), which is all least squares needs."""

    kind = "roofline"
    bounds = CostModel.bounds | {
        "peak_flops": (float, 1e6, 1e18),
        "peak_bytes_per_s": (float, 1e6, 1e18),
    }

    def _row(self, text: str) -> list[float]:
        f = safe_features(text)
        flops, nbytes = f.get("flops", 0.0), f.get("bytes", 0.0)
        bound = max(flops / self.config["peak_flops"], nbytes / self.config["peak_bytes_per_s"])
        return [math.log(bound + 1e-9), math.log1p(flops), math.log1p(nbytes), 1.0]

    def _fit(self, samples: list[Sample], y: np.ndarray, mask: np.ndarray) -> None:
        from costmodel.models.peaks import profile

        self.config.setdefault("peak_flops", profile()["peak_flops"])
        self.config.setdefault("peak_bytes_per_s", profile()["peak_bytes_per_s"])
        self._clear()
        self._update(samples, y, mask)

    def _clear(self) -> None:
        t = len(self.targets)
        self.gram, self.moment, self.rows = np.zeros((t, 4, 4)), np.zeros((t, 4)), np.zeros(t)

    def _update(self, samples: list[Sample], y: np.ndarray, mask: np.ndarray) -> None:
        x = np.array([self._row(s.text) for s in samples]).reshape(-1, 4)
        for j in range(len(self.targets)):
            rows = mask[:, j]
            self.gram[j] += x[rows].T @ x[rows]
            self.moment[j] += x[rows].T @ y[rows, j]
            self.rows[j] += rows.sum()
        self._solve()

    def _solve(self) -> None:
        self.coef = []
        for j in range(len(self.targets)):
            if self.rows[j] < 2:
                self.coef.append([0.0, 0.0, 0.0, 0.0])
                continue
            sol, *_ = np.linalg.lstsq(self.gram[j], self.moment[j], rcond=None)
            self.coef.append([float(v) for v in sol])

    def _predict(self, texts: list[str], levels: list[str]) -> np.ndarray:
        x = np.array([self._row(t) for t in texts])
        return x @ np.array(self.coef).T

    def _save(self, root: Path) -> None:
        saved = {"coef": self.coef, "gram": self.gram.tolist(), "moment": self.moment.tolist(),
                 "rows": self.rows.tolist()}  # fmt: skip
        (root / "roofline.json").write_text(json.dumps(saved))

    def _load(self, root: Path) -> None:
        missing = [k for k in ("peak_flops", "peak_bytes_per_s") if k not in self.config]
        if missing:
            raise ModelError(f"{root / 'model.json'}: config lacks {', '.join(missing)}")
        saved = read_model_json(root, "roofline.json")
        if not isinstance(saved, dict):
            raise ModelError(f"{root / 'roofline.json'}: not an object")
        t = len(self.targets)
        coef = _finite_array(saved.get("coef"), (t, 4))
        if coef is None:
            raise ModelError(f"{root / 'roofline.json'}: 'coef' is not 4 numbers per target")
        self.coef = coef.tolist()
        self._clear()
        if "rows" not in saved:  # saved before the fit kept its sums: updates start afresh
            return
        found = [_finite_array(saved.get(k), shape) for k, shape in
                 (("gram", (t, 4, 4)), ("moment", (t, 4)), ("rows", (t,)))]  # fmt: skip
        if any(a is None for a in found) or (found[2] < 0).any():
            raise ModelError(f"{root / 'roofline.json'}: 'gram', 'moment' or 'rows' malformed")
        self.gram, self.moment, self.rows = found
