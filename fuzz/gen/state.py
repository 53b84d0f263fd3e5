"""A graph while it grows: its values, placeholders and nodes (fuzz.gen.generator)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from compiler_lab.ir.graph import Node


@dataclass
class Value:
    name: str
    shape: tuple[int, ...]
    dtype: str
    producer: str | None  # op name, None for placeholders


@dataclass
class State:
    values: dict[str, Value] = field(default_factory=dict)
    placeholders: list[str] = field(default_factory=list)
    nodes: list[Node] = field(default_factory=list)
    consumed: Counter = field(default_factory=Counter)
    secondary: set[str] = field(default_factory=set)  # used as a non-first tensor argument
    counter: int = 0

    def clone(self) -> State:
        """A copy to try an insertion on; values and nodes themselves are never mutated."""
        return State(
            dict(self.values),
            list(self.placeholders),
            list(self.nodes),
            Counter(self.consumed),
            set(self.secondary),
            self.counter,
        )

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def add_placeholder(self, shape: tuple[int, ...], dtype: str) -> str:
        name = self.fresh("x")
        self.values[name] = Value(name, shape, dtype, None)
        self.placeholders.append(name)
        return name


class InsertionFailed(Exception):
    """An insertion that cannot be made; the graph grows on without it."""
