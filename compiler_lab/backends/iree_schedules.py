"""IREE's scheduling decisions for a dispatch (llvm-cpu), read, edited and varied.

A configured dispatch carries what IREE decided as attributes: the pipeline
(`translation_info<pipeline = #iree_cpu.pipeline<DoubleTilingExpert>>`) and, on its root
op, the tile sizes of each level (`#iree_cpu.lowering_config<distribution = [64, 64, 0],
vector_common_parallel = [8, 8, 0], vector_reduction = [0, 0, 8]>`). Edit the lists in the
benchmark module and compile it with `--compile-from=executable-configurations`: that is
one schedule variant of the same workload.

The workload is the configured text with every lowering config and translation info
stripped: the variants of a dispatch share it, so its hash groups them. Module flags
(`FLAG_SETS`: data tiling, ukernels) are decisions of the whole module.
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass, field
from typing import Any

#: a lowering config attribute, its body without nested `<...>`
_CONFIG = re.compile(r"#iree_cpu\.lowering_config<([^<>]*)>")
_LIST = re.compile(r"(\w+) = \[([-\d, ]*)\]")
_PIPELINE = re.compile(
    r"translation_info = #iree_codegen\.translation_info<"
    r"pipeline = #iree_cpu\.pipeline<(\w+)>"
)
_TRANSLATION = re.compile(
    r"translation_info = #iree_codegen\.translation_info<(?:[^<>]|<[^<>]*>)*>"
)
#: the loop ranges IREE writes into a named op's dispatch name: `matmul_512x512x512_f32`
_NAME_DIMS = re.compile(r"_(\d+(?:x\d+)+)_([a-z]+\d*)$")
#: the root op's levels a variant varies; the others (cache levels) follow distribution
VARIED = ("distribution", "vector_common_parallel", "vector_reduction", "vector_inner_parallel")
#: IREE's llvm-cpu backend rejects a vector of this many of the target's native vectors or
#: more (`--iree-llvmcpu-max-allowed-number-of-native-vectors`): 16 KB on an AVX2 host
#: (native vectors of 32 bytes), 32 KB on an AVX-512 one
MAX_NATIVE_VECTORS = 512
_NATIVE_VECTOR = re.compile(r"native_vector_size = (\d+) : i64")
_ELEMENT_BYTES = {"f64": 8, "i64": 8, "f32": 4, "i32": 4, "f16": 2, "bf16": 2, "i16": 2, "i8": 1}
_VECTOR_SIZES = (1, 2, 4, 8, 16, 32)
#: tile sizes that divide no power of two: kept on purpose, a model must learn their cost
_ODD_SIZES = (3, 6, 12, 24)


#: module flags that change what llvm-cpu emits, by name: decisions of the whole module
#: (data tiling re-forms the dispatches, so they are no dispatch's schedule). The backend's
#: `flags` option names one; none is IREE's default.
FLAG_SETS: dict[str, tuple[str, ...]] = {
    "data-tiling": ("--iree-opt-data-tiling",),
    "data-tiling-ukernels": ("--iree-opt-data-tiling", "--iree-llvmcpu-enable-ukernels=all"),
    "data-tiling-conv-ukernels": (
        "--iree-opt-data-tiling",
        "--iree-dispatch-creation-experimental-set-data-tiling-ops=matmul",
        "--iree-dispatch-creation-experimental-set-data-tiling-ops=convolution",
        "--iree-llvmcpu-enable-ukernels=all",
    ),
    "no-vector-peeling": ("--iree-llvmcpu-disable-vector-peeling",),
}
#: more module flags that may change only speed, never results: a campaign's decision arm tries them
#: beside FLAG_SETS, but they are not measured as cost variants
DECISION_FLAG_SETS: dict[str, tuple[str, ...]] = {
    "generalize-matmul": ("--iree-opt-generalize-matmul",),
    "propagate-transposes": ("--iree-opt-aggressively-propagate-transposes",),
    "outer-dim-concat": ("--iree-opt-outer-dim-concat",),
    "no-const-eval": ("--iree-opt-const-eval=false",),
}
#: a flag set that changes results on purpose (matmul inputs rounded to bfloat16), as
#: Inductor's bug injectors do: the planted decision-dependent miscompile the tests find
TESTING_FLAG_SETS: dict[str, tuple[str, ...]] = {
    "demote-matmul-to-bf16-TESTING_ONLY": (
        "--iree-global-opt-demote-contraction-inputs-operations=all",
        "--iree-global-opt-demote-contraction-inputs-type=bf16",
    ),
}
#: every set the `flags` option may name
ALL_FLAG_SETS = FLAG_SETS | DECISION_FLAG_SETS | TESTING_FLAG_SETS


@dataclass(frozen=True)
class Schedule:
    """The decisions of one dispatch: its pipeline, and its root op's tile sizes by level."""

    pipeline: str
    tiles: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"pipeline": self.pipeline, "tiles": {k: list(v) for k, v in self.tiles.items()}}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Schedule:
        """A schedule from its JSON form; ValueError naming what is wrong."""
        if not isinstance(data, dict) or not isinstance(data.get("pipeline"), str):
            raise ValueError("a schedule is {pipeline: str, tiles: {level: [int, ...]}}")
        tiles = data.get("tiles", {})
        if not isinstance(tiles, dict) or not all(
            isinstance(k, str) and k.isidentifier() and isinstance(v, list)
            and all(isinstance(x, int) and 0 <= x <= 1 << 20 for x in v)
            for k, v in tiles.items()
        ):  # fmt: skip
            raise ValueError("schedule tiles must be {level: [non-negative int, ...]}")
        return cls(data["pipeline"], {k: tuple(v) for k, v in tiles.items()})


def _root(text: str) -> re.Match | None:
    """The root op's lowering config: the one that distributes (tiles for workgroups)."""
    found = [m for m in _CONFIG.finditer(text) if "distribution" in m.group(1)]
    return found[0] if len(found) == 1 else None


def schedule_of(text: str) -> Schedule | None:
    """The schedule in a configured dispatch (or its benchmark module); None when it has
    no single distributing root op (nothing to vary)."""
    root, pipeline = _root(text), _PIPELINE.search(text)
    if root is None or pipeline is None:
        return None
    tiles = {
        k: tuple(int(x) for x in v.split(",") if x.strip()) for k, v in _LIST.findall(root.group(1))
    }
    return Schedule(pipeline.group(1), tiles)


def with_schedule(text: str, schedule: Schedule) -> str:
    """`text` with its root op's tile lists replaced by `schedule`'s (the levels it names;
    the others are kept). ValueError when `text` has no root op to configure."""
    root = _root(text)
    if root is None:
        raise ValueError("no single distributing lowering config to edit")
    body = root.group(1)
    for level, sizes in schedule.tiles.items():
        listed = f"{level} = [{', '.join(map(str, sizes))}]"
        if re.search(rf"\b{level} = \[", body):
            body = re.sub(rf"\b{level} = \[[-\d, ]*\]", listed, body)
        else:
            body = f"{body}, {listed}"
    return text[: root.start(1)] + body + text[root.end(1) :]


def workload_text(text: str) -> str:
    """The configured text without its decisions: what every variant of it shares."""
    return _TRANSLATION.sub("translation_info = ?", _CONFIG.sub("?", text))


def loop_ranges(name: str, rank: int) -> tuple[tuple[int, ...], int] | None:
    """The loop ranges and element bytes IREE wrote into a dispatch's name, when they match
    the root op's `rank` (named ops: `conv_2d_nchw_fchw_1x64x54x54x64x3x3_f32`)."""
    m = _NAME_DIMS.search(name)
    if m is None:
        return None
    dims = tuple(int(x) for x in m.group(1).split("x"))
    return (dims, _ELEMENT_BYTES.get(m.group(2), 4)) if len(dims) == rank else None


def _options(default: int, dim: int | None, level: str, rng: random.Random) -> list[int]:
    """Tile sizes to try for one loop at one level, around IREE's `default`."""
    if default == 0:
        return [0]  # not tiled at this level: IREE's choice of loops stays
    if level == "distribution":
        sizes = {default, max(1, default // 2), default * 2, default * 4, max(1, default // 4)}
        if dim:
            sizes |= {d for d in range(4, min(dim, 256) + 1) if dim % d == 0}
            sizes = {s for s in sizes if s <= dim}
    else:
        sizes = set(_VECTOR_SIZES) | {default}
    if rng.random() < 0.25:
        sizes.add(rng.choice(_ODD_SIZES))
    return sorted(sizes)


def max_vector_bytes(text: str) -> int:
    """The vector size IREE rejects for the target a dispatch (or its module) is built for:
    MAX_NATIVE_VECTORS of its native vectors (16 bytes where the target names none)."""
    native = _NATIVE_VECTOR.search(text)
    return MAX_NATIVE_VECTORS * (int(native.group(1)) if native else 16)


def vector_bytes(schedule: Schedule, element_bytes: int) -> int:
    """Bytes of the largest vector the schedule asks for (its vector levels' tiles)."""
    sizes = [1] * max((len(v) for v in schedule.tiles.values()), default=0)
    for level in ("vector_common_parallel", "vector_reduction", "vector_inner_parallel"):
        for i, s in enumerate(schedule.tiles.get(level, ())):
            sizes[i] = max(sizes[i], s)
    return math.prod(sizes) * element_bytes


def variants(
    name: str, default: Schedule, n: int, limit_bytes: int, seed: int = 0
) -> list[Schedule]:
    """Up to `n` schedules of a dispatch, IREE's `default` first, then distinct others drawn
    from tile sizes around it: powers of two, the divisors of each loop's range where the
    dispatch's name gives them, and a few sizes that divide nothing (which IREE accepts and
    which can run far slower: a model must learn that). Vectors of `limit_bytes` or more
    (`max_vector_bytes`), which IREE rejects, are never drawn; vector tiles never exceed
    their distribution tile."""
    rank = len(default.tiles.get("distribution", ()))
    ranges = loop_ranges(name, rank)
    dims, element_bytes = ranges if ranges is not None else ((None,) * rank, 4)
    rng = random.Random(f"{seed}:{name}")
    out, seen = [default], {_key(default)}
    for _ in range(40 * n):
        if len(out) >= n:
            break
        tiles = dict(default.tiles)
        for level in VARIED:
            if level in default.tiles:
                tiles[level] = tuple(
                    rng.choice(_options(d, dims[i] if i < len(dims) else None, level, rng))
                    for i, d in enumerate(default.tiles[level])
                )
        tiles = _consistent(tiles)
        candidate = Schedule(default.pipeline, tiles)
        if vector_bytes(candidate, element_bytes) >= limit_bytes or _key(candidate) in seen:
            continue
        seen.add(_key(candidate))
        out.append(candidate)
    return out


def _consistent(tiles: dict[str, tuple[int, ...]]) -> dict[str, tuple[int, ...]]:
    """Vector tiles no larger than their distribution tile, and cache tiles (which sit
    between the two) no larger than distribution either."""
    dist = tiles.get("distribution", ())
    out = dict(tiles)
    for level in ("vector_common_parallel", "vector_inner_parallel", "cache_parallel"):
        if level in out:
            out[level] = tuple(
                min(s, dist[i]) if i < len(dist) and dist[i] and s else s
                for i, s in enumerate(out[level])
            )
    return out


def _key(schedule: Schedule) -> tuple:
    return tuple(sorted(schedule.tiles.items()))


_EXECUTABLE = re.compile(r"hal\.executable private @([\w$.-]+)")


def _executables(text: str) -> list[tuple[str, int, int]]:
    """Each `hal.executable` of a module: its name and where its text starts and ends."""
    marks = [(m.group(1), m.start()) for m in _EXECUTABLE.finditer(text)]
    return [
        (name, start, marks[i + 1][1] if i + 1 < len(marks) else len(text))
        for i, (name, start) in enumerate(marks)
    ]


def apply_to_module(text: str, schedules: dict[str, Schedule]) -> str:
    """A whole module at `executable-configurations` with each named executable's root op
    under its schedule (`schedules`: executable name -> schedule); compiled on with
    `--compile-from=executable-configurations`, it runs the model with those decisions.
    ValueError names an executable the module does not have."""
    blocks = _executables(text)
    missing = sorted(set(schedules) - {name for name, _, _ in blocks})
    if missing:
        raise ValueError(f"no executable {', '.join(missing)} in the module")
    out, last = [], 0
    for name, start, end in blocks:
        out.append(text[last:start])
        block = text[start:end]
        out.append(with_schedule(block, schedules[name]) if name in schedules else block)
        last = end
    out.append(text[last:])
    return "".join(out)


def drawn(configured: str, draw: int) -> dict[str, Schedule]:
    """A campaign's lowering-config decision: for each dispatch of a module at its
    configurations, the schedule `variants` draws last of `draw + 1` around IREE's own
    (seeded by the draw and the dispatch's name, so one module always gets the same ones).
    A dispatch with no root config to vary, or no other schedule, keeps IREE's."""
    limit = max_vector_bytes(configured)
    out = {}
    for name, start, end in _executables(configured):
        default = schedule_of(configured[start:end])
        if default is None:
            continue
        found = variants(name, default, draw + 1, limit, seed=draw)
        if len(found) > 1:
            out[name] = found[-1]
    return out


def describe(schedules: dict[str, Schedule]) -> str:
    """A short, stable name for a set of decisions (for bucket keys and titles)."""
    parts = []
    for name in sorted(schedules):
        tiles = schedules[name].tiles
        lists = ";".join(f"{k}={'x'.join(map(str, v))}" for k, v in sorted(tiles.items()))
        parts.append(f"{name.rsplit('_', 1)[-1]}[{lists}]")
    return ",".join(parts)


def schedule_repro_source(schedules: dict[str, Any]) -> str:
    """Python for a standalone repro: `compile_scheduled(text, target_args)`, the model
    compiled under `schedules`, by this module's own functions (their source, embedded)."""
    import inspect

    parts = [
        "import re\nfrom dataclasses import dataclass, field\nfrom typing import Any\n",
        f"_CONFIG = re.compile({_CONFIG.pattern!r})",
        f"_EXECUTABLE = re.compile({_EXECUTABLE.pattern!r})",
        # a repro has no `from __future__ import annotations`: the one forward reference quoted
        inspect.getsource(Schedule).replace("-> Schedule:", '-> "Schedule":'),
        *(inspect.getsource(obj) for obj in (_root, with_schedule, _executables, apply_to_module)),
        f"SCHEDULES = {schedules!r}\n",
        _COMPILE_SCHEDULED,
    ]
    return "\n\n".join(parts)


_COMPILE_SCHEDULED = '''
def compile_scheduled(text, target_args):
    """The module compiled to its configurations, the schedules applied, compiled on."""
    upto = ["--compile-to=executable-configurations"]
    configured = ic.compile_str(text, input_type="torch", extra_args=target_args + upto)
    schedules = {k: Schedule.from_json(v) for k, v in SCHEDULES.items()}
    edited = apply_to_module(configured.decode(), schedules)
    onward = ["--compile-from=executable-configurations"]
    return ic.compile_str(edited, extra_args=target_args + onward)
'''
