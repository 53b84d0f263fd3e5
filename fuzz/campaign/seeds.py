"""Seed modules (`clab fuzz --seed-module FILE.py:FUNC`): a user's own model at the heart of a
campaign, so its budget goes where that user is.

Each module is captured once, in a sandboxed worker, exactly as `clab run --module` captures
it (its code never runs in clab's process). Its graph is tests 0.. of the campaign, tested
first on every backend, alone and with the campaign's options: the verdicts, buckets and
cases `clab run --module` gives. After that, a share of every generated batch (`seed_share`)
are *slices* of it: connected subgraphs of one to `max_nodes` of its nodes, with its shapes,
dtypes and attributes, and fresh values (the generator's value classes and value search).
Slices reach every op the model uses, ruled or not, at the sizes it uses them; boosting the
model's ops in the generator instead reaches only ruled ops, at random sizes, and the
generator's coverage weighting works against the boost.

A seed's structure (its graph without its values, which a model that does not seed torch
draws anew on each capture) is part of the campaign's identity: a resume with another model
is refused.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from compiler_lab.errors import LabError
from compiler_lab.execution.probe import node_dtype
from compiler_lab.ir.graph import Graph, InputSpec, Node
from compiler_lab.ir.user_module import captured
from compiler_lab.ir.validate import validate_graph
from compiler_lab.sandbox.pool import SandboxConfig, WorkerPool, default_cache_dir
from fuzz.gen.generator import Generator
from fuzz.gen.lowerable import Support
from fuzz.gen.value_classes import profile_inputs

#: slices tried for one graph (each must run finite in eager) before a generated one is drawn
SLICE_TRIES = 8


@dataclass(frozen=True)
class SeedModels:
    """The campaign's seed modules as given (`FILE.py:FUNC`) and their captured graphs."""

    specs: tuple[str, ...] = ()
    graphs: tuple[Graph, ...] = ()

    def identity(self, share: float) -> dict[str, object]:
        """What the seeds add to a campaign's identity: each module's structure (by file
        name and function, so a resume from another folder is the same campaign) and the
        share of slices; nothing when there are none, so unseeded stores resume as before."""
        if not self.graphs:
            return {}
        digests = {label(s): structure(g) for s, g in zip(self.specs, self.graphs, strict=True)}
        return {"seed_modules": digests, "seed_share": share}


def label(spec: str) -> str:
    """`FILE.py:FUNC` without FILE's folder."""
    path, _, func = spec.rpartition(":")
    return f"{Path(path).name}:{func}"


def structure(graph: Graph) -> str:
    """A hash of the graph without its input values and ranges: what slices depend on."""
    bare = [dataclasses.replace(s, range=None, value=None, pattern=None) for s in graph.inputs]
    return dataclasses.replace(graph, inputs=bare).content_hash()[:16]


def capture(specs: tuple[str, ...], timeout_s: float, memory_mb: int) -> SeedModels:
    """Each `FILE.py:FUNC` captured in a sandboxed worker and validated, named as `clab run
    --module` names it (FILE's stem and FUNC). LabError with one line naming the module and
    the problem when one cannot be."""
    if not specs:
        return SeedModels()
    sandbox = SandboxConfig(default_cache_dir(), timeout_s=timeout_s, memory_mb=memory_mb)
    with WorkerPool(1, sandbox) as pool:
        graphs = [captured(pool, spec, "--seed-module") for spec in specs]
    return SeedModels(tuple(specs), tuple(graphs))


def node_keeper(supports: list[Support]) -> Callable[[Graph, Node], bool]:
    """Which seed nodes may go into slices for backends that learn what they lower: those
    whose (op, dtype) every one of them may be given (all of them, for the others)."""

    def keep(graph: Graph, node: Node) -> bool:
        specs = graph.values()
        dtypes = {specs[r].dtype for r in node.input_names()} | {o.dtype for o in node.outputs}
        dtype = node_dtype(graph, node, specs)
        return all(s.lowers(node.op, dtype, dtypes) for s in supports)

    return keep


def slices(
    seeds: SeedModels,
    names: list[str],
    gen: Generator,
    keep: Callable[[Graph, Node], bool],
) -> list[Graph]:
    """A graph per name: a slice of a seed with fresh values (value classes and the value
    search, from `gen`'s random stream), or, when no slice of SLICE_TRIES runs finite in
    eager, one `gen` generates."""
    out = []
    for name in names:
        for _ in range(SLICE_TRIES):
            seed = seeds.graphs[gen.rng.randrange(len(seeds.graphs))]
            size = gen.rng.randint(1, gen.config.max_nodes)
            cut = slice_graph(seed, gen.rng, size, name, lambda n, g=seed: keep(g, n))
            if cut is None:
                continue
            found = gen.values(profile_inputs(cut, gen.rng, gen.config.p_profile),
                               gen.rng.randrange(1 << 30))  # fmt: skip
            if found is not None:
                out.append(found)
                break
        else:
            out.append(gen.generate(name))
    return out


def slice_graph(
    graph: Graph, rng: random.Random, size: int, name: str, keep: Callable[[Node], bool]
) -> Graph | None:
    """A connected subgraph of up to `size` of `graph`'s nodes that `keep` accepts, grown
    from a random one through producers and consumers. Every value it reads and does not
    make is an input (a seed weight stays a weight) without values of its own; what it makes
    and does not read (and is not empty) is an output. None when no node is kept or the
    slice reads nothing."""
    nodes = [n for n in graph.nodes if keep(n)]
    if not nodes:
        return None
    producer = {o.name: n.id for n in nodes for o in n.outputs}
    near: dict[str, set[str]] = {n.id: set() for n in nodes}
    for n in nodes:
        for ref in n.input_names():
            if ref in producer:
                near[n.id].add(producer[ref])
                near[producer[ref]].add(n.id)
    order = {n.id: i for i, n in enumerate(nodes)}
    chosen = {rng.choice(nodes).id}
    while len(chosen) < size:
        frontier = sorted({m for c in chosen for m in near[c]} - chosen, key=order.__getitem__)
        if not frontier:
            break
        chosen.add(rng.choice(frontier))
    part = [n for n in nodes if n.id in chosen]
    made = {o.name for n in part for o in n.outputs}
    read = [r for n in part for r in n.input_names()]
    specs, given = graph.values(), {s.name: s for s in graph.inputs}
    inputs: list[InputSpec] = []
    for ref in dict.fromkeys(r for r in read if r not in made):
        if ref in given:
            inputs.append(dataclasses.replace(given[ref], range=None, value=None, pattern=None))
        else:
            inputs.append(InputSpec(ref, specs[ref].shape, specs[ref].dtype))
    if not inputs:
        return None
    if not any(s.kind == "input" for s in inputs):
        inputs[0] = dataclasses.replace(inputs[0], kind="input")
    outputs = [o.name for n in part for o in n.outputs if o.name not in read and o.numel > 0]
    if not outputs:
        return None
    meta = {"seed_module": graph.name, "slice": [n.id for n in part]}
    cut = Graph(inputs=inputs, nodes=part, outputs=outputs, name=name, meta=meta)
    try:
        validate_graph(cut, check_shapes=False)
    except LabError:
        return None
    return cut
