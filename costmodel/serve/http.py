"""`clab cost serve`: cost predictions over HTTP (FastAPI + uvicorn), on 127.0.0.1 unless
told otherwise.

    POST /v1/predict   {"texts": [MLIR, ...], "targets": [...]?, "levels": [...]?,
                        "model": NAME?, "version": 1?}  ->  the versioned response (api.py)
    GET  /v1/health    {"status": "ok", "model": ..., "model_id": ...}
    GET  /v1/models    the models served (a request's "model" names one of them)
    GET  /openapi.json the schema

Requests are bounded (by default 1 MB per text, 256 texts, and a total body size to
match, counted while the body is read) and time out (default 30 s) with 504; a malformed one
gets a 4xx naming the problem, a text past the MLIR bounds (costmodel/mlir/bounds.py) before
any parser sees it. Only the models the service was started with are served: a request
cannot make it load a directory. No request can take the service down: every error is
answered, never raised.
"""

import asyncio
import json
from collections.abc import Sequence
from typing import Any

from compiler_lab.errors import LabError
from costmodel.models.base import ModelError
from costmodel.serve.api import SCHEMA_VERSION, Predictor, PredictRequest, RequestError, load

MAX_TEXT_BYTES = 1 << 20
MAX_TEXTS = 256
TIMEOUT_S = 30.0


def create_app(
    model: str | None = None,
    max_text_bytes: int = MAX_TEXT_BYTES,
    max_texts: int = MAX_TEXTS,
    timeout_s: float = TIMEOUT_S,
    more: Sequence[str] = (),
):
    """The app serving `model` (the default) and the `more` models beside it, by name."""
    from fastapi import FastAPI, Request
    from fastapi.responses import JSONResponse
    from starlette.concurrency import run_in_threadpool

    try:
        default, *others = [load(m) for m in (model, *more)]
    except ModelError as exc:  # a model directory that cannot be loaded: bad input, exit 2
        raise LabError(str(exc)) from None
    loaded: dict[str, Predictor] = {default.name: default}
    for other in others:
        if other.name in loaded:
            raise LabError(f"model {other.name!r}: two served models have that name")
        loaded[other.name] = other
    max_body = max_texts * (max_text_bytes + 64) + 4096
    app = FastAPI(title="compiler_lab cost model", version=str(SCHEMA_VERSION))

    def error(status: int, message: str) -> JSONResponse:
        return JSONResponse({"error": message}, status_code=status)

    def predictor(name: str | None) -> Predictor:
        if name is None:
            return default
        if name not in loaded:
            raise LabError(f"model {name[:100]!r}: not served here (serving: {', '.join(loaded)})")
        return loaded[name]

    async def read_body(request: Request) -> bytes | None:
        """The body, or None once it is over max_body (a chunked one has no length to check
        first: it is counted as it arrives, never buffered past the cap)."""
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > max_body):
            return None
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > max_body:
                return None
        return bytes(body)

    @app.get("/v1/health")
    def health() -> dict[str, Any]:
        return {"status": "ok", "model": default.name, "model_id": default.model_id}

    @app.get("/v1/models")
    def models() -> dict[str, Any]:
        return {
            "default": default.name,
            "loaded": {
                n: {"model_id": p.model_id, "targets": p.targets} for n, p in loaded.items()
            },
        }

    @app.post("/v1/predict")
    async def predict(request: Request):
        body = await read_body(request)
        if body is None:  # and the connection closed: the rest of the body is never read
            message = {"error": f"request body too large (limit {max_body} bytes)"}
            return JSONResponse(message, status_code=413, headers={"Connection": "close"})
        try:
            data = json.loads(body)
        except (ValueError, RecursionError) as exc:  # ValueError: also an integer too long
            why = str(exc).splitlines()[0][:200]
            return error(400, f"request body is not valid JSON ({type(exc).__name__}: {why})")
        try:
            req = PredictRequest.from_json(data)
            if len(req.texts) > max_texts:
                raise RequestError(f"request: {len(req.texts)} texts (limit {max_texts})")
            for i, t in enumerate(req.texts):
                if len(t.encode()) > max_text_bytes:
                    raise RequestError(f"request: text {i} is over {max_text_bytes} bytes")
            name = data.get("model")
            if name is not None and not isinstance(name, str):
                raise RequestError("request: 'model' must be a string")
            p = predictor(name)
            resp = await asyncio.wait_for(run_in_threadpool(p.answer, req), timeout_s)
        except (RequestError, LabError, ModelError) as exc:
            return error(422 if isinstance(exc, RequestError) else 404, str(exc))
        except TimeoutError:
            return error(504, f"prediction took longer than {timeout_s:.0f} s")
        except Exception as exc:  # a model failing on odd text: an answer, not a crash
            return error(422, f"cannot predict: {type(exc).__name__}: {str(exc)[:200]}")
        return resp.to_json()

    return app


def serve(model: str | None, host: str, port: int, more: Sequence[str] = ()) -> None:
    """Serve until stopped. MLIR's one-time loading is done first, and what start-up built
    is frozen out of the garbage collector (its full collections, ~0.1 s over the models'
    and libraries' objects, stalled every request in flight)."""
    import gc

    import uvicorn

    from costmodel.features.extract import warm

    app = create_app(model, more=more)
    warm()
    gc.freeze()
    uvicorn.run(app, host=host, port=port, log_level="warning")


def wait_healthy(url: str, attempts: int = 120) -> bool:
    """Whether the service at `url` answers `/v1/health` within `attempts` tries half a second
    apart: for a script or test that has just started one."""
    import time

    import httpx

    for _ in range(attempts):
        try:
            if httpx.get(f"{url}/v1/health", timeout=1).status_code == 200:
                return True
        except httpx.HTTPError:
            time.sleep(0.5)
    return False
