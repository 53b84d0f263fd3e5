"""Functions a sandbox worker may run, registered with their request and reply types.

Registration is the allowlist: the worker imports the module a request names and runs the
function only if that exact function object was registered with `@sandbox_call`. Callers
name the function object itself (`executor.call(fn, request)`), never a string, so a rename
breaks at import, and go-to-definition follows every call. On the wire a function is named
by `target(fn)`, computed from the object. Requests and replies travel as JSON: a dataclass
as its fields (`asdict`), a `dict` as itself; both are rebuilt and checked on arrival.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, get_type_hints

from compiler_lab.sandbox.response import BadReply, Response


@dataclass(frozen=True)
class CallSpec:
    """A registered function with the types of what it takes and gives."""

    fn: Callable[[Any], Any]
    request: type
    reply: type


_REGISTRY: dict[str, CallSpec] = {}


def target(fn: Callable[..., Any]) -> str:
    """The wire name of `fn`: its module and qualified name."""
    return f"{fn.__module__}:{fn.__qualname__}"


def sandbox_call(request: type, reply: type) -> Callable[[Callable], Callable]:
    """Register a function that workers may run: `request` in, `reply` out (a dataclass,
    or `dict` for free-form JSON data)."""

    def register(fn: Callable) -> Callable:
        _REGISTRY[target(fn)] = CallSpec(fn, request, reply)
        return fn

    return register


def spec_of(fn: Callable[..., Any]) -> CallSpec:
    spec = _REGISTRY.get(target(fn))
    if spec is None or spec.fn is not fn:
        raise ValueError(f"{target(fn)} is not a registered sandbox call")
    return spec


def resolve(name: str) -> CallSpec:
    """In the worker: the registered function `name` names; importing its module registers
    it. Anything not registered is refused (ValueError), whatever module it lives in."""
    module, _, qualname = name.partition(":")
    if not module or not qualname or not all(p.isidentifier() for p in module.split(".")):
        raise ValueError(f"function {name!r} is not callable here")
    importlib.import_module(module)
    spec = _REGISTRY.get(name)
    if spec is None:
        raise ValueError(f"function {name!r} is not a registered sandbox call")
    return spec


def to_json(value: Any) -> Any:
    return dataclasses.asdict(value) if dataclasses.is_dataclass(value) else value


def from_json(kind: type, data: Any, what: str) -> Any:
    """`data` rebuilt as `kind`; ValueError naming `what` if it is not one."""
    if not isinstance(data, dict):
        raise ValueError(f"{what} is not a JSON object")
    if kind is dict:
        return data
    names = {f.name for f in dataclasses.fields(kind)}
    unknown = set(data) - names
    if unknown:
        raise ValueError(f"{what} has unknown field(s) {', '.join(sorted(unknown))}")
    try:
        value = kind(**data)
    except TypeError as exc:
        raise ValueError(f"{what}: {exc}") from None
    for name, hint in get_type_hints(kind).items():
        plain = getattr(hint, "__origin__", hint)
        kinds = (int, float) if plain is float else plain  # JSON writes 2.0 as 2.0, 2 as 2
        if isinstance(plain, type) and not isinstance(getattr(value, name), kinds):
            raise ValueError(f"{what} field {name!r} is not a {plain.__name__}")
    return value


@dataclass(frozen=True)
class Call:
    """One registered function to run on one request, with an optional time limit."""

    fn: Callable[[Any], Any]
    request: Any
    timeout_s: float | None = None

    def wire(self) -> dict[str, Any]:
        """The worker request: the function's wire name and the request as JSON data."""
        spec = spec_of(self.fn)
        if not isinstance(self.request, spec.request):
            raise TypeError(f"{target(self.fn)} takes a {spec.request.__name__}")
        req = {"kind": "call", "function": target(self.fn), "payload": to_json(self.request)}
        return req if self.timeout_s is None else req | {"timeout_s": self.timeout_s}


def checked(fn: Callable[..., Any], resp: Response) -> Response:
    """`resp` with its result rebuilt as `fn`'s reply type; a result of another shape is
    a protocol failure (BadReply), as an unreadable reply is."""
    if not resp.ok:
        return resp
    try:
        result = from_json(spec_of(fn).reply, resp.result, f"reply of {target(fn)}")
    except ValueError as exc:
        return Response.failed("protocol", BadReply.__name__, str(exc))
    return dataclasses.replace(resp, result=result)


class CallsMixin:
    """`call` and `call_many` for an executor that has `map` (the local pool, Ray)."""

    map: Callable[..., list[Response]]

    def call_many(
        self,
        calls: list[Call],
        on_done: Callable[[int, Response], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> list[Response]:
        """The checked replies of `calls`, in order (`map`'s `on_done` and `should_stop`)."""
        done = None
        if on_done is not None:
            done = lambda i, r: on_done(i, checked(calls[i].fn, r))  # noqa: E731
        replies = self.map([c.wire() for c in calls], on_done=done, should_stop=should_stop)
        return [checked(c.fn, r) for c, r in zip(calls, replies, strict=True)]

    def call(
        self, fn: Callable[[Any], Any], request: Any, timeout_s: float | None = None
    ) -> Response:
        """The checked reply of running registered `fn` on `request` in a worker."""
        (resp,) = self.call_many([Call(fn, request, timeout_s)])
        return resp
