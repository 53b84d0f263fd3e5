"""`fn(text)` remembered by text, bounded by the bytes held rather than by a count (65,536
texts of 1 MB with their features grew the cost service by gigabytes)."""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Callable, Sized
from typing import Generic, TypeVar

V = TypeVar("V", bound=Sized | None)


class TextMemo(Generic[V]):
    """`fn` with its results kept by text, the least recently used out first once they hold
    more than `limit()` bytes (a callable: read at each call, so a module's setting counts
    as it is then). An exception is never kept: `fn` runs again on that text."""

    def __init__(self, fn: Callable[[str], V], limit: Callable[[], int]) -> None:
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.limit = limit
        self.held: OrderedDict[str, V] = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()

    @staticmethod
    def _cost(text: str, value: V) -> int:
        # a text's characters; each entry of a value: its key, a float, a dict slot
        return len(text) + 128 * len(value or ())

    def __call__(self, text: str) -> V:
        with self.lock:
            if text in self.held:
                self.held.move_to_end(text)
                return self.held[text]
        value = self.fn(text)
        with self.lock:
            if text not in self.held:
                self.held[text] = value
                self.size += self._cost(text, value)
            while self.size > self.limit() and self.held:
                self.size -= self._cost(*self.held.popitem(last=False))
        return value

    def cache_clear(self) -> None:
        with self.lock:
            self.held.clear()
            self.size = 0


def memo(limit: Callable[[], int]) -> Callable[[Callable[[str], V]], TextMemo[V]]:
    """A decorator: the function as a TextMemo of at most `limit()` bytes."""
    return lambda fn: TextMemo(fn, limit)
