"""Boosted trees as the tabular models keep them: LightGBM text checked before LightGBM sees
it, and every target's trees in one booster, predicted in one call.

A saved booster is LightGBM text, which LightGBM's own parser trusts: a malformed tree aborts
the process (its parallel tree parser cannot report an error), a stray line in its trailing
sections segfaults it, and bad child indices read out of bounds at prediction. So a booster
is parsed and checked here (`checked_trees`: sizes, features, each tree a tree) and LightGBM
is given text rendered from the checked numbers (`render`), never the file's own.

A query asks for every target. Seven boosters cost seven `Booster.predict` calls, each with
~25 µs of Python and ctypes around the trees; `Forest` renders all targets' trees as one
multiclass booster (tree i of target k is class k of iteration i; a target with fewer trees
gets one-leaf zero trees) and reads its raw scores, which are each target's sum of leaves in
the same order, so the numbers are the per-target boosters' to the bit. One row goes through
LightGBM's single-row fast path (a prepared predictor, one C call); several rows through
`Booster.predict`.
"""

from __future__ import annotations

import ctypes
import math
import threading
import weakref

import numpy as np

from costmodel.models.base import ModelError

MAX_TREES = 1 << 16
MAX_LEAVES = 1 << 16
#: what LightGBM reads of a tree, each with its count (n: leaves) and kind
TREE_ARRAYS = (
    ("split_feature", -1, int), ("threshold", -1, float), ("decision_type", -1, int),
    ("left_child", -1, int), ("right_child", -1, int), ("leaf_value", 0, float),
)  # fmt: skip
Tree = dict[str, list]
#: a tree that adds nothing: a target's padding in a forest
_ZERO_TREE: Tree = {k: [] for k, _, _ in TREE_ARRAYS} | {"leaf_value": [0.0]}
#: LightGBM's C API constants (c_api.h)
_RAW_SCORE = 1
_FLOAT32 = 0


def checked_trees(text: str, features: int) -> list[Tree]:
    """The trees of LightGBM text for a booster over `features` columns, checked: one
    output, at most MAX_TREES trees of at most MAX_LEAVES leaves, numeric splits on known
    features, and every tree a tree (each node and leaf reached once, children after
    parents, so prediction ends). Raises ModelError saying what is wrong."""
    blocks = text.split("\nTree=")
    if not blocks[0].startswith("tree\n"):
        raise ModelError("not LightGBM model text (no 'tree' first line)")
    head = _pairs(blocks[0])
    wanted = {"num_class": 1, "num_tree_per_iteration": 1, "max_feature_idx": features - 1}
    for key, want in wanted.items():
        if head.get(key) != str(want):
            raise ModelError(f"{key}={head.get(key)} (this model needs {want})")
    if len(blocks) - 1 > MAX_TREES:
        raise ModelError(f"{len(blocks) - 1} trees (at most {MAX_TREES})")
    if "\nend of trees" not in blocks[-1]:
        raise ModelError("no 'end of trees' line: cut short")
    trees = []
    for i, block in enumerate(blocks[1:]):
        try:
            trees.append(_tree(_pairs(block.split("\nend of trees")[0]), features))
        except ModelError as exc:
            raise ModelError(f"tree {i}: {exc}") from None
    return trees


def render(targets: list[list[Tree]], features: int) -> str:
    """LightGBM text for checked trees: one output per entry of `targets` (their trees
    interleaved by iteration, a shorter list padded with zero trees)."""
    k = len(targets)
    rounds = max([1, *(len(t) for t in targets)])
    names = " ".join(f"Column_{i}" for i in range(features))
    objective = "regression" if k == 1 else f"multiclass num_class:{k}"
    out = [f"tree\nversion=v4\nnum_class={k}\nnum_tree_per_iteration={k}\nlabel_index=0\n"
           f"max_feature_idx={features - 1}\nobjective={objective}\nfeature_names={names}\n"
           f"feature_infos={' '.join(['none'] * features)}\n"]  # fmt: skip
    for r in range(rounds):
        for j, trees in enumerate(targets):
            tree = trees[r] if r < len(trees) else _ZERO_TREE
            lines = [f"Tree={r * k + j}", f"num_leaves={len(tree['leaf_value'])}", "num_cat=0"]
            lines += [f"{key}={' '.join(repr(v) for v in tree[key])}" for key, _, _ in TREE_ARRAYS]
            out.append("\n".join([*lines, "is_linear=0", "shrinkage=1", "", ""]))
    return "\n".join(out) + "end of trees\n"


def _pairs(block: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in block.splitlines() if "=" in line)


def _tree(tree: dict[str, str], features: int) -> Tree:
    """The arrays of one tree (see checked_trees), checked."""
    leaves = tree.get("num_leaves", "")
    if not leaves.isdigit() or not 1 <= int(leaves) <= MAX_LEAVES:
        raise ModelError(f"num_leaves={leaves[:20]} (1 to {MAX_LEAVES})")
    n = int(leaves)
    if tree.get("num_cat") != "0" or tree.get("is_linear", "0") != "0":
        raise ModelError("a categorical or linear tree (these models have neither)")
    arrays = {}
    for key, extra, kind in TREE_ARRAYS:
        try:
            arrays[key] = [kind(v) for v in tree.get(key, "").split()]
        except ValueError:
            raise ModelError(f"{key} holds a value that is not a {kind.__name__}") from None
        if len(arrays[key]) != n + extra:
            raise ModelError(f"{key} has {len(arrays[key])} values (expected {n + extra})")
        if kind is float and not all(math.isfinite(v) for v in arrays[key]):
            raise ModelError(f"{key} holds a value that is not finite")
    if not all(0 <= f < features for f in arrays["split_feature"]):
        raise ModelError(f"split_feature names a feature outside 0..{features - 1}")
    if not all(0 <= d < 16 and not d & 1 for d in arrays["decision_type"]):
        raise ModelError("decision_type holds a categorical or unknown split")
    nodes, ends = set(), set()
    children = zip(arrays["left_child"], arrays["right_child"], strict=True)
    for parent, (left, right) in enumerate(children):
        for child in (left, right):
            if child >= 0 and parent < child < n - 1 and child not in nodes:
                nodes.add(child)
            elif child < 0 and ~child < n and ~child not in ends:
                ends.add(~child)
            else:
                raise ModelError(f"node {parent} has a child {child} that makes it no tree")
    if n > 1 and (len(nodes) != n - 2 or len(ends) != n):
        raise ModelError("some nodes or leaves are unreachable")
    return arrays


def booster(trees: list[list[Tree]], features: int):  # noqa: ANN201 (a lightgbm.Booster)
    """A LightGBM booster over checked trees (one output per entry of `trees`)."""
    import lightgbm as lgb

    return lgb.Booster(model_str=render(trees, features))


class Forest:
    """Every target's trees in one booster: `predict(x)` gives raw scores, one column per
    target, as each target's own booster would."""

    def __init__(self, trees: list[list[Tree]], features: int) -> None:
        from lightgbm.basic import _LIB, _safe_call

        self.targets = len(trees)
        self.booster = booster(trees, features)
        self.lock = threading.Lock()  # the fast path's predictor holds one row's buffers
        self.row = np.zeros(features, dtype=np.float32)
        self.out = np.zeros(self.targets, dtype=np.float64)
        self.out_len = ctypes.c_int64()
        handle = ctypes.c_void_p()
        _safe_call(
            _LIB.LGBM_BoosterPredictForMatSingleRowFastInit(
                self.booster._handle, ctypes.c_int(_RAW_SCORE), ctypes.c_int(0),
                ctypes.c_int(-1), ctypes.c_int(_FLOAT32), ctypes.c_int32(features),
                ctypes.c_char_p(b"num_threads=1"), ctypes.byref(handle),
            )
        )  # fmt: skip
        self.args = (
            handle,
            ctypes.c_void_p(self.row.ctypes.data),
            ctypes.byref(self.out_len),
            self.out.ctypes.data_as(ctypes.POINTER(ctypes.c_double)),
        )
        self.call = _LIB.LGBM_BoosterPredictForMatSingleRowFast
        # freed before the booster it reads from, which the finalizer keeps alive until then
        weakref.finalize(self, _free, _LIB, handle, self.booster)

    def predict(self, x) -> np.ndarray:  # noqa: ANN001 (a dense array or a scipy sparse matrix)
        """Raw scores of the rows of `x`, shape (rows, targets)."""
        if x.shape[0] != 1 or x.dtype != np.float32:
            raw = self.booster.predict(x, raw_score=True)
            return np.asarray(raw, dtype=np.float64).reshape(x.shape[0], self.targets)
        row = x.toarray() if hasattr(x, "toarray") else x
        with self.lock:
            self.row[:] = row[0]
            if self.call(*self.args) != 0:
                from lightgbm.basic import _LIB

                raise ModelError(f"LightGBM: {_LIB.LGBM_GetLastError().decode()}")
            return self.out.copy().reshape(1, self.targets)


def _free(lib, handle: ctypes.c_void_p, _booster) -> None:  # noqa: ANN001
    lib.LGBM_FastConfigFree(handle)
