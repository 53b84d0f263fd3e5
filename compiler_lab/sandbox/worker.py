"""The child side of the sandbox: a long-lived process that compiles and runs on request.

Protocol: one JSON request per line on stdin; one JSON response per line on the file
descriptor given as argv[1] (stdout and stderr stay free for the compilers' own noise).
Tensors travel as `.npz` files named in the request, never as pickles.

Requests:
  {"kind": "execute", "graph": PATH, "values": PATH, "backend": NAME, "options": {...},
   "outputs": PATH, "hook": null | "segfault" | "hang" | "oom" | "abort" | "miscompile"
   | "miscompile-rest"}
  {"kind": "dump_ir", "graph": PATH, "values": PATH, "backend": NAME, "options": {...}}
  {"kind": "call", "function": NAME, "payload": {...}}
      runs the function registered with `calls.sandbox_call` under NAME (`calls.target`)
      on its request (JSON data) in the sandbox (e.g. recording traces, measuring); it
      returns its reply as JSON data
  {"kind": "ping"}
      answers with what the sandbox looks like from inside (pid, session, cwd, limits)
Every request carries an "id", echoed in its reply; a reply is a `Response` (response.py).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
import traceback
from typing import Any

from compiler_lab.sandbox.breadcrumb import mark
from compiler_lab.sandbox.response import Response

HOOKS_ENV = "CLAB_TEST_HOOKS"
COVERAGE_ENV = "CLAB_COVERAGE_DIR"
#: the compilers' Python packages traced when coverage is on
COVERAGE_PACKAGES = [
    "torch._inductor",
    "torch._dynamo",
    "torch._functorch",
    "torch_mlir",
    "iree.compiler",
]
COVERAGE_SAVE_EVERY = 1


def _configure_torch() -> None:
    import torch

    torch.set_num_threads(1)
    import torch._inductor.config as inductor_config

    inductor_config.compile_threads = 1


def run_hook(hook: str) -> None:
    """Test-only misbehaviour, honoured only when the pool enabled hooks; public, since a
    sandboxed call with its own run (tune's MLIR check) honours the hooks too."""
    if os.environ.get(HOOKS_ENV) != "1":
        raise PermissionError(f"test hook {hook!r} requested but {HOOKS_ENV} is not set")
    if hook == "segfault":
        os.kill(os.getpid(), signal.SIGSEGV)
    elif hook == "abort":
        os.abort()
    elif hook == "hang":  # like a hung compiler: a child that never ends, then no answer
        import subprocess
        import tempfile

        child = subprocess.Popen(["sleep", "3600"])
        with open(os.path.join(tempfile.gettempdir(), "hang-child.pid"), "w") as f:
            f.write(str(child.pid))
        while True:
            time.sleep(60)
    elif hook in ("miscompile", "miscompile-rest"):  # like a wrong kernel: the results are
        pass  # changed after the run (all, or those past the graph's outputs: see _execute)
    elif hook == "oom":
        import torch

        hog = []
        while True:  # grow until the memory limit makes the allocator fail
            hog.append(torch.ones(1 << 28, dtype=torch.uint8))
    else:
        raise ValueError(f"unknown test hook {hook!r}")


def _execute(req: dict[str, Any]) -> Response:
    from compiler_lab import backends
    from compiler_lab.execution.failure import from_exception
    from compiler_lab.ir import tensorio
    from compiler_lab.ir.graph import Graph

    graph = Graph.load(req["graph"])
    values = tensorio.load(req["values"])
    backend = backends.get(req["backend"], req.get("options"))
    if req.get("hook"):
        try:
            run_hook(req["hook"])
        except Exception as exc:  # e.g. the oom hook's allocator failure: a verdict
            return Response("failure", failure=from_exception(exc, "runtime").to_json())
    outcome = backend.execute(graph, values, probes=tuple(req.get("probes") or ()))
    if outcome.skipped is not None:
        return Response("skipped", outcome.timings, reason=outcome.skipped)
    if outcome.failure is not None:
        return Response("failure", outcome.timings, failure=outcome.failure.to_json())
    outputs = outcome.outputs
    if req.get("hook") in ("miscompile", "miscompile-rest"):
        # past the graph's outputs: a training run's gradients, a dynamic run's second size
        first = len(graph.outputs) if req["hook"] == "miscompile-rest" else 0
        outputs = outputs[:first] + [o + 1 if o.is_floating_point() else o for o in outputs[first:]]
    tensorio.save(req["outputs"], {f"out{i}": t for i, t in enumerate(outputs)})
    return Response("ok", outcome.timings, outputs=req["outputs"])


def _dump_ir(req: dict[str, Any]) -> Response:
    from compiler_lab import backends
    from compiler_lab.execution.failure import Failure
    from compiler_lab.ir import tensorio
    from compiler_lab.ir.graph import Graph

    graph = Graph.load(req["graph"])
    values = tensorio.load(req["values"])
    backend = backends.get(req["backend"], req.get("options"))
    levels = backend.dump_ir(graph, values)
    return Response(
        "ok",
        levels={
            name: (val.to_json() if isinstance(val, Failure) else {"text": val})
            for name, val in levels.items()
        },
    )


def _call(req: dict[str, Any]) -> Response:
    """Run a registered function (`calls.sandbox_call`) on its request; nothing else runs."""
    from compiler_lab.sandbox import calls

    target = str(req.get("function", ""))
    try:
        spec = calls.resolve(target)
        request = calls.from_json(spec.request, req.get("payload", {}), f"request of {target}")
    except ValueError as exc:
        return Response("error", error=str(exc))
    if req.get("hook"):
        run_hook(req["hook"])
    mark(f"call:{target}")
    t0 = time.perf_counter()
    result = calls.to_json(spec.fn(request))
    return Response("ok", result=result, seconds=time.perf_counter() - t0)


#: test hooks that misbehave at the protocol level, not inside a backend
PROTOCOL_HOOKS = ("harness-error", "bad-reply", "wrong-id", "big-reply")
_reply: Any = None  # the reply stream (main sets it)


def _protocol_hook(hook: str) -> None:
    if os.environ.get(HOOKS_ENV) != "1":
        raise PermissionError(f"test hook {hook!r} requested but {HOOKS_ENV} is not set")
    if hook == "harness-error":
        raise RuntimeError("test hook: the harness itself failed")
    if hook == "bad-reply":
        _reply.write("this is not JSON\n")
    elif hook == "wrong-id":
        _reply.write(json.dumps({"id": -1, "status": "ok"}) + "\n")
    elif hook == "big-reply":
        _reply.write("x" * (2 << 20))


def handle(req: dict[str, Any]) -> Response:
    kind = req.get("kind")
    try:
        if req.get("hook") in PROTOCOL_HOOKS:
            _protocol_hook(req["hook"])
        if kind == "execute":
            return _execute(req)
        if kind == "dump_ir":
            return _dump_ir(req)
        if kind == "call":
            return _call(req)
        if kind == "ping":  # what the sandbox looks like from inside
            import resource

            inside = {
                "pid": os.getpid(),
                "sid": os.getsid(0),
                "cwd": os.getcwd(),
                "isolated": bool(sys.flags.isolated),
                "fsize": resource.getrlimit(resource.RLIMIT_FSIZE)[0],
                "address_space": resource.getrlimit(resource.RLIMIT_AS)[0],
            }
            return Response("ok", result=inside)
        return Response("error", error=f"unknown request kind {kind!r}")
    except Exception as exc:  # a bug of ours or a bad request: report, keep serving
        return Response(
            "error", error=f"{type(exc).__name__}: {exc}", traceback=traceback.format_exc()
        )


def _start_coverage():
    """coverage.py over the compilers' code, when the pool asks for it."""
    target = os.environ.get(COVERAGE_ENV)
    if not target:
        return None
    import coverage

    cov = coverage.Coverage(
        data_file=os.path.join(target, ".coverage"),
        data_suffix=True,
        branch=True,
        source_pkgs=COVERAGE_PACKAGES,
    )
    cov.start()
    return cov


def main() -> None:
    global _reply
    reply = _reply = os.fdopen(int(sys.argv[1]), "w", buffering=1)
    _configure_torch()
    cov = _start_coverage()  # after torch's import: tracing it breaks torch._C's init
    served = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            req = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            req = {}
            resp = Response("error", error=f"bad request line: {type(exc).__name__}")
        else:
            resp = handle(req) if isinstance(req, dict) else Response("error", error="bad")
        served += 1
        if cov is not None and served % COVERAGE_SAVE_EVERY == 0:
            cov.save()  # saved before answering: a later crash loses nothing reported
        rid = req.get("id") if isinstance(req, dict) else None
        reply.write(json.dumps(resp.to_json() | {"id": rid}) + "\n")
    if cov is not None:
        cov.stop()
        cov.save()


if __name__ == "__main__":
    main()
