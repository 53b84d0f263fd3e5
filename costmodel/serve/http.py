"""`clab cost serve`: cost predictions over HTTP (FastAPI + uvicorn), on 127.0.0.1 unless
told otherwise.

    POST /v1/predict   {"texts": [MLIR, ...], "targets": [...]?, "levels": [...]?,
                        "model": NAME?, "version": 1?}  ->  the versioned response (api.py)
    GET  /v1/health    {"status": "ok", "model": ..., "model_id": ...}
    GET  /v1/models    the shipped models and the ones loaded
    GET  /openapi.json the schema

Requests are bounded (by default 1 MB per text, 256 texts, and a total body size to
match) and time out (default 30 s) with 504; a malformed one gets a 4xx naming the problem.
No request can take the service down: every error is answered, never raised.
"""

import asyncio
import json
import threading
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
):
    from fastapi import FastAPI, Request
    from fastapi.responses import JSONResponse
    from starlette.concurrency import run_in_threadpool

    default = load(model)
    loaded: dict[str, Predictor] = {default.name: default}
    lock = threading.Lock()
    max_body = max_texts * (max_text_bytes + 64) + 4096
    app = FastAPI(title="compiler_lab cost model", version=str(SCHEMA_VERSION))

    def error(status: int, message: str) -> JSONResponse:
        return JSONResponse({"error": message}, status_code=status)

    def predictor(name: str | None) -> Predictor:
        if name is None or name == default.name:
            return default
        with lock:
            if name not in loaded:
                loaded[name] = load(name)
            return loaded[name]

    @app.get("/v1/health")
    def health() -> dict[str, Any]:
        return {"status": "ok", "model": default.name, "model_id": default.model_id}

    @app.get("/v1/models")
    def models() -> dict[str, Any]:
        from costmodel.models.registry import SHIPPED

        shipped = sorted(p.name for p in SHIPPED.glob("*") if (p / "model.json").exists())
        return {
            "default": default.name,
            "loaded": {
                n: {"model_id": p.model_id, "targets": p.targets} for n, p in loaded.items()
            },
            "shipped": shipped,
        }

    @app.post("/v1/predict")
    async def predict(request: Request):
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > max_body):
            return error(413, f"request body too large (limit {max_body} bytes)")
        body = await request.body()
        if len(body) > max_body:
            return error(413, f"request body too large (limit {max_body} bytes)")
        try:
            data = json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
            return error(400, f"request body is not valid JSON ({type(exc).__name__})")
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


def serve(model: str | None, host: str, port: int) -> None:
    import uvicorn

    uvicorn.run(create_app(model), host=host, port=port, log_level="warning")
