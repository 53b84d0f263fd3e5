"""A worker's reply to one sandbox request, typed.

The worker builds it (`worker.py`) and sends it as one JSON line; the pool reads it back
with `Response.from_json`, which refuses what is not a reply. A request whose worker could
not answer (it died, timed out, or said something else) gets `Response.failed`: the one
place such failures are built. Statuses:

    ok        the request was served: `outputs` (execute), `levels` (dump_ir), `result` (call)
    skipped   the backend does not lower the graph by design (`reason`)
    failure   the compiler or the worker failed (`failure`: stage, exc_type, message, ...)
    error     a bad request or a bug of ours inside the worker (`error`, `traceback`)
    not-run   stopped before it ran (`error` says why)
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from compiler_lab.execution.failure import Failure

STATUSES = ("ok", "skipped", "failure", "error", "not-run")


class BadReply(ValueError):
    """What a worker wrote is not a reply."""


@dataclass(frozen=True)
class Response:
    status: str
    timings: dict[str, Any] = field(default_factory=dict)
    outputs: str = ""
    levels: dict[str, dict[str, Any]] = field(default_factory=dict)
    result: Any = None
    reason: str = ""
    failure: dict[str, Any] = field(default_factory=dict)
    error: str = ""
    traceback: str = ""
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def stage(self) -> str:
        """The failed stage, or ''."""
        return str(self.failure.get("stage", ""))

    def why(self) -> str:
        """One line on why the request did not succeed: the failure's stage, the error, or
        the status itself."""
        text = self.stage or self.error or self.reason or self.status
        return (text.splitlines() or [self.status])[0]

    def message(self) -> str:
        """The failure's message, else the error, else the status (for a reader's reason)."""
        return str(self.failure.get("message") or self.error or self.status)

    def to_json(self) -> dict[str, Any]:
        default = Response(self.status)
        return {k: v for k, v in asdict(self).items() if k == "status" or v != getattr(default, k)}

    @classmethod
    def from_json(cls, data: Any) -> Response:
        if not isinstance(data, dict) or data.get("status") not in STATUSES:
            raise BadReply("not a reply (no known status)")
        unknown = set(data) - {f for f in cls.__dataclass_fields__}
        if unknown:
            raise BadReply(f"unknown reply field(s) {', '.join(sorted(unknown))}")
        try:
            resp = cls(**data)
        except TypeError as exc:
            raise BadReply(str(exc)) from None
        kinds = {"timings": dict, "levels": dict, "failure": dict, "outputs": str,
                 "reason": str, "error": str, "traceback": str}  # fmt: skip
        for name, kind in kinds.items():
            if not isinstance(getattr(resp, name), kind):
                raise BadReply(f"reply field {name!r} is not a {kind.__name__}")
        return resp

    @classmethod
    def failed(cls, stage: str, exc_type: str, message: str) -> Response:
        """The reply of a request whose worker could not answer: it died, timed out, or
        said something that is not a reply."""
        return cls("failure", failure=Failure(stage, exc_type, message).to_json())

    @classmethod
    def not_run(cls, why: str = "not run (the run was stopping)") -> Response:
        return cls("not-run", error=why)
