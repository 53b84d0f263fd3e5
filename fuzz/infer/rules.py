"""`Rule`: what is known about one partial operator, in the DESIGN.md contract.

`requires(env)` says whether a call is valid; `output_shape(env)` gives each output's dims;
`instantiate(env)` rebuilds the call. `env` maps the partial op's symbols (input dims and
integer attributes, see `fuzz.infer.partial`) to integers. The rule library is versioned
JSON in `corpora/rules/`.
"""

from __future__ import annotations

import copy
import json
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import z3

from fuzz.infer.dsl import Expr, Pred, parse_expr, parse_pred

LIBRARY_VERSION = 1
LIBRARY_FILE = "rules.json"
#: The domain rules are drawn over, by the generator and by validation alike: tensor dims in
#: DIM_BOUNDS, mostly small, now and then exactly 1 or an extent around a vector width
#: (vectorized bodies and their tails), at most ELEMENT_CAP elements per tensor; integer
#: attributes within their observed range (widened upwards by INT_MARGIN), ends included.
DIM_BOUNDS = (1, 257)
EDGE_EXTENTS = (1, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 128, 129, 255, 256, 257)
ELEMENT_CAP = 1 << 16
P_UNIT_DIM = 0.12
P_EDGE_EXTENT = 0.25
P_INT_END = 0.15
INT_MARGIN = 2


def draw_dim(
    rng: random.Random, lo: int, hi: int, p_edge: float = P_EDGE_EXTENT, log: bool = False
) -> int:
    """A dim in [lo, hi]: mostly small, now and then one of EDGE_EXTENTS; with `log`,
    log-uniform over the whole range instead (sizes spread over decades)."""
    if rng.random() < p_edge:
        edges = [e for e in EDGE_EXTENTS if lo <= e <= hi]
        if edges:
            return rng.choice(edges)
    if log and hi > lo:
        return min(hi, max(lo, round(math.exp(rng.uniform(math.log(lo), math.log(hi))))))
    return rng.randint(lo, max(lo, min(hi, lo + 7)))


def draw_int(rng: random.Random, lo: int, hi: int) -> int:
    """An integer attribute in [lo, hi], its two ends drawn often: they are where rules
    stop holding (an output size of 0, an index one past the end)."""
    roll = rng.random()
    if roll < P_INT_END:
        return lo
    if roll < 2 * P_INT_END:
        return hi
    return rng.randint(lo, hi)


@dataclass
class Rule:
    op: str
    key: str
    template: dict[str, Any]
    slots: dict[str, dict[str, Any]]  # name -> {"path": [...], "kind": "dim" | "int"}
    outputs: list[dict[str, Any]]  # [{"rank": r, "dtype": d}]
    output_exprs: list[list[Expr]]
    preds: list[Pred]
    int_ranges: dict[str, tuple[int, int]]
    support: dict[str, Any] = field(default_factory=dict)
    validation: dict[str, Any] = field(default_factory=dict)

    # ---- the contract -----------------------------------------------------------------------
    def in_domain(self, env: dict[str, int]) -> bool:
        for name, _slot in self.slots.items():
            lo, hi = self.bounds(name)
            if not lo <= env[name] <= hi:
                return False
        return True

    def tensor_numels(self, env: dict[str, int]) -> list[int]:
        """The element count of each tensor argument under `env` (its dims are slots)."""
        dims: dict[tuple, list[int]] = {}
        for name, slot in self.slots.items():
            path = slot["path"]
            if slot["kind"] == "dim" and len(path) >= 3 and path[-3:-1] == ["T", "shape"]:
                dims.setdefault(tuple(path[:-3]), []).append(env[name])
        return [math.prod(ds) for ds in dims.values()]

    def requires(self, env: dict[str, int]) -> bool:
        """Whether a call with these symbol values is valid (predicates only, no domain)."""
        return all(p.holds(env) for p in self.preds)

    def output_shape(self, env: dict[str, int]) -> list[list[int]]:
        return [[e.eval(env) for e in dims] for dims in self.output_exprs]

    def instantiate(self, env: dict[str, int]) -> dict[str, Any]:
        """The call (encoded args/kwargs as in traces) for these symbol values."""
        call = {
            "args": copy.deepcopy(self.template["args"]),
            "kwargs": copy.deepcopy(self.template.get("kwargs", {})),
        }
        for name, slot in self.slots.items():
            obj: Any = call
            path = slot["path"]
            for p in path[:-1]:
                obj = obj[p]
            obj[path[-1]] = int(env[name])
        return call

    # ---- z3 ------------------------------------------------------------------------------------
    def bounds(self, name: str, dims: tuple[int, int] = DIM_BOUNDS) -> tuple[int, int]:
        """A symbol's domain: `dims` for a tensor dim, the observed range for an attribute."""
        if self.slots[name]["kind"] == "dim":
            return dims
        return self.int_ranges.get(name, (-2, 8))

    def z3_vars(self, prefix: str = "", ctx: z3.Context | None = None) -> dict[str, Any]:
        return {name: z3.Int(f"{prefix}{name}", ctx) for name in self.slots}

    def z3_constraints(
        self, env: dict[str, Any], with_domain: bool = True, dims: tuple[int, int] = DIM_BOUNDS
    ) -> list[Any]:
        out = [p.z3(env) for p in self.preds]
        if with_domain:
            for name in self.slots:
                lo, hi = self.bounds(name, dims)
                out += [env[name] >= lo, env[name] <= hi]
            for dims in self.output_exprs:
                for e in dims:
                    out.append(e.z3(env) >= 1)
                    out += [d.z3(env) != 0 for d in e.divisors()]
        return out

    @property
    def validated(self) -> bool:
        return bool(self.validation.get("validated"))

    # ---- JSON ------------------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "op": self.op,
            "key": self.key,
            "template": self.template,
            "slots": self.slots,
            "outputs": self.outputs,
            "output_shape": [[str(e) for e in dims] for dims in self.output_exprs],
            "requires": [str(p) for p in self.preds],
            "int_ranges": {k: list(v) for k, v in self.int_ranges.items()},
            "support": self.support,
            "validation": self.validation,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Rule:
        return cls(
            op=d["op"],
            key=d["key"],
            template=d["template"],
            slots=d["slots"],
            outputs=d["outputs"],
            output_exprs=[[parse_expr(t) for t in dims] for dims in d["output_shape"]],
            preds=[parse_pred(t) for t in d["requires"]],
            int_ranges={k: (int(v[0]), int(v[1])) for k, v in d.get("int_ranges", {}).items()},
            support=d.get("support", {}),
            validation=d.get("validation", {}),
        )

    def describe(self) -> str:
        """Readable form for `clab rules show`."""
        lines = [f"{self.op}   [{self.key.split('->')[0][len(self.op) + 4 :][:100]}]"]
        for k, dims in enumerate(self.output_exprs):
            lines.append(
                f"  output {k} ({self.outputs[k]['dtype']}): [{', '.join(str(e) for e in dims)}]"
            )
        lines.append("  requires: " + (" and ".join(str(p) for p in self.preds) or "true"))
        v = self.validation
        if v:
            recall = v.get("recall")
            lines.append(
                f"  validation: precision {v.get('precision', 0):.3f} on {v.get('samples', 0)} "
                f"samples; recall {'n/a' if recall is None else f'{recall:.3f}'} on "
                f"{v.get('negatives', 0)} violating calls"
                + ("" if v.get("validated") else "  [NOT VALIDATED]")
            )
        s = self.support
        lines.append(
            f"  support: {s.get('valid', 0)} valid, {s.get('invalid', 0)} invalid "
            f"records from {', '.join(s.get('sources', []))}"
        )
        return "\n".join(lines)


def save_library(root: Path, rules: list[Rule], meta: dict[str, Any]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    path = root / LIBRARY_FILE
    data = {
        "version": LIBRARY_VERSION,
        "meta": meta,
        "rules": [r.to_json() for r in sorted(rules, key=lambda r: (r.op, r.key))],
    }
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n")
    tmp.replace(path)
    return path


def load_library(root: Path) -> tuple[list[Rule], dict[str, Any]]:
    path = Path(root) / LIBRARY_FILE if Path(root).is_dir() else Path(root)
    data = json.loads(path.read_text())
    if data.get("version") != LIBRARY_VERSION:
        raise ValueError(
            f"{path}: rule library version {data.get('version')} (expected {LIBRARY_VERSION})"
        )
    return [Rule.from_json(r) for r in data["rules"]], data.get("meta", {})


def iter_validated(rules: list[Rule]) -> Iterator[Rule]:
    return (r for r in rules if r.validated)
