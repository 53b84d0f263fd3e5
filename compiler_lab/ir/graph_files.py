"""Graph files named on a command line: files, directories of `*.json` graphs, case
directories; each loaded and validated, a bad one named in a one-line LabError."""

from __future__ import annotations

from pathlib import Path

from compiler_lab.errors import LabError
from compiler_lab.ir.graph import Graph
from compiler_lab.ir.validate import validate_graph


def collect_graph_paths(paths: list[Path]) -> list[Path]:
    """Graph files named directly, plus `*.json` inside named directories; of a case
    directory (graph.json beside inputs.npz), its graph only."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir() and (p / "graph.json").is_file() and (p / "inputs.npz").is_file():
            out.append(p / "graph.json")
        elif p.is_dir():
            found = sorted(p.glob("*.json"))
            if not found:
                raise LabError(f"{p}: directory holds no *.json graphs")
            out += found
        elif p.is_file():
            out.append(p)
        else:
            raise LabError(f"{p}: no such file or directory")
    return out


def load_graphs(paths: list[Path]) -> list[Graph]:
    """The graphs of `load_graph_files`, without their paths."""
    return [graph for _, graph in load_graph_files(paths)]


def load_graph_files(paths: list[Path]) -> list[tuple[Path, Graph]]:
    """(path, graph) for each graph file named or inside a named directory, validated."""
    graphs = []
    for path in collect_graph_paths(paths):
        graph = Graph.load(path)
        try:
            validate_graph(graph)
        except LabError as exc:
            raise LabError(f"{path}: {exc}") from None
        graphs.append((path, graph))
    return graphs
