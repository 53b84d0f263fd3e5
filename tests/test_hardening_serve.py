"""Issue 22, the HTTP cost service: texts that crashed or froze the parser, a request that
loaded any directory, a body buffered whole before its 413, a JSON integer that gave a 500;
and the same MLIR bounds on the CLI's way in."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator

import pytest

from costmodel.models.registry import SHIPPED
from costmodel.serve.http import wait_healthy
from tests.test_costmodel import matmul

NESTED = '"t.op"() {a = ' + "[" * 20_000 + "]" * 20_000 + "} : () -> ()"  # 40 KB
LONG_LITERAL = '"t.op"() {a = ' + "7" * 1_000_000 + "} : () -> ()"
#: no nesting, but MLIR's parser recurses once per operator of an affine expression
AFFINE = '#map = affine_map<(d0) -> ({})>\n"t.op"() {{m = #map}} : () -> ()'
UNARY_CHAIN = AFFINE.format("-" * 20_000 + "d0")
BINARY_CHAIN = AFFINE.format(" + ".join(["d0"] * 100_000))
#: each line nests 100 deep, but each alias wraps the one before: 100,000 deep in all (700 KB)
TYPE_CHAIN = "\n".join(
    ["!t0 = tuple<i32>"]
    + [f"!t{i} = " + "tuple<" * 100 + f"!t{i - 1}" + ">" * 100 for i in range(1, 1000)]
    + ['"t.op"() : () -> (!t999)']
)
#: the server's body cap: two texts of 1 MB each, and a little
MAX_TEXTS = 2


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A real server process on 127.0.0.1 (a crash must not take pytest with it)."""

    port = _free_port()
    code = (
        "import uvicorn; from costmodel.serve.http import create_app; "
        f"uvicorn.run(create_app('roofline', max_texts={MAX_TEXTS}), host='127.0.0.1', "
        f"port={port}, log_level='warning')"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url)
        yield url
    finally:
        proc.kill()
        proc.wait(timeout=30)


def _alive(url: str) -> bool:
    import httpx

    return httpx.get(f"{url}/v1/health", timeout=10).json()["status"] == "ok"


@pytest.mark.parametrize(
    "text",
    [NESTED, LONG_LITERAL, UNARY_CHAIN, BINARY_CHAIN, TYPE_CHAIN],
    ids=["nested-40KB", "1M-digits", "unary-chain", "binary-chain", "alias-chain"],
)
def test_a_text_that_crashed_or_froze_the_parser_is_refused_and_the_server_lives(server, text):
    import httpx

    resp = httpx.post(f"{server}/v1/predict", json={"texts": [text]}, timeout=20)
    assert resp.status_code == 422
    assert re.match(r"text 0: line \d+: (nested|a number|more than)", resp.json()["error"])
    assert _alive(server)
    ok = httpx.post(f"{server}/v1/predict", json={"texts": [matmul(8, 8, 8)]}, timeout=20)
    assert ok.status_code == 200


def test_a_chunked_body_over_the_cap_is_refused_while_it_is_read(server):
    import httpx

    sent = 0
    total = 64 << 20  # 30 times the cap: more than the socket buffers hold

    def body() -> Iterator[bytes]:
        nonlocal sent
        chunk = b" " * (64 << 10)
        while sent < total:
            sent += len(chunk)
            yield chunk

    resp = httpx.post(f"{server}/v1/predict", content=body(), timeout=20)
    assert resp.status_code == 413 and "too large" in resp.json()["error"]
    assert sent < total // 2  # the server stopped reading: the rest was never asked for
    assert _alive(server)


def test_a_json_integer_too_long_for_python_is_a_400(server):
    import httpx

    body = b'{"texts": [], "version": ' + b"1" * 5000 + b"}"
    resp = httpx.post(f"{server}/v1/predict", content=body, timeout=20)
    assert resp.status_code == 400 and "not valid JSON" in resp.json()["error"]


@pytest.fixture(scope="module")
def client():
    from fastapi.testclient import TestClient

    from costmodel.serve.http import create_app

    return TestClient(create_app("roofline"))


def test_a_request_names_a_served_model_never_a_directory(client, tmp_path):
    planted = shutil.copytree(SHIPPED / "roofline", tmp_path / "x")  # a loadable model
    for name in (str(planted), "../../../../" + str(planted), "lightgbm", "../roofline"):
        resp = client.post("/v1/predict", json={"texts": [], "model": name})
        assert resp.status_code == 404
        assert "serving: roofline" in resp.json()["error"]
    assert list(client.get("/v1/models").json()["loaded"]) == ["roofline"]
    ok = client.post("/v1/predict", json={"texts": [matmul(8, 8, 8)], "model": "roofline"})
    assert ok.status_code == 200


def test_the_server_serves_the_models_it_was_started_with(tmp_path):
    from fastapi.testclient import TestClient

    from costmodel.serve.http import create_app

    other = shutil.copytree(SHIPPED / "roofline", tmp_path / "other")
    client = TestClient(create_app("roofline", more=[str(other)]))
    for name in ("roofline", "other"):
        resp = client.post("/v1/predict", json={"texts": [matmul(8, 8, 8)], "model": name})
        assert resp.status_code == 200 and resp.json()["model"] == name
    assert sorted(client.get("/v1/models").json()["loaded"]) == ["other", "roofline"]


@pytest.mark.parametrize(
    ("command", "text"),
    [("predict", NESTED), ("annotate", LONG_LITERAL)],  # both parse through parse_module
    ids=["predict-nested-40KB", "annotate-1M-digits"],
)
def test_the_cli_refuses_the_same_texts_in_one_line(tmp_path, command, text):
    src = tmp_path / "bad.mlir"
    src.write_text(text)
    proc = subprocess.run(
        [sys.executable, "-m", "compiler_lab", "cost", command, str(src), "--model", "roofline",
         *(["-o", str(tmp_path / "out.mlir")] if command == "annotate" else [])],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 2, proc.stderr[-500:]
    (line,) = proc.stderr.strip().splitlines()
    assert str(src) in line and "line 1: " in line
    assert not (tmp_path / "out.mlir").exists()


#: texts within the bounds on which a regex before the parser rescanned from each position
#: (quadratic: 40 KB of either took seconds, a megabyte hours, holding Python's lock)
SLOW_FOR_REGEXES = {
    "whitespace": " " * 1_000_000 + "x",
    "quotes-in-a-comment": '// "' + '\\"' * 400_000,
}


@pytest.mark.parametrize("text", SLOW_FOR_REGEXES.values(), ids=SLOW_FOR_REGEXES.keys())
def test_canonical_hashing_is_linear_on_texts_within_the_bounds(server, text):
    import httpx

    resp = httpx.post(f"{server}/v1/predict", json={"texts": [text]}, timeout=20)
    assert resp.status_code == 200  # no parse, so the zero-feature prediction
    assert _alive(server)


def test_the_fallback_lexer_is_linear_on_a_string_left_open():
    """A closed string then an open one in a comment passes the bounds and stays in the
    canonical text (only the part of a comment before its first string goes)."""
    code = (
        "from costmodel.text.tokens import tokenize; "
        "t = tokenize('// \"a\" \"' + '\\\\\"' * 400_000); "
        "assert not t.parsed and len(t.tokens) < 10, t.tokens[:10]"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-500:]


def test_a_tensor_too_large_for_a_float_is_a_feature_error():
    """MLIR accepts each dim up to 2**63; their product overflowed a float in the features
    (`clab cost predict` printed a traceback, exit 3; a MlirFeatureError is its one line)."""
    from costmodel.features.extract import MlirFeatureError, features

    with pytest.raises(MlirFeatureError, match="elements"):
        features(f'"t.op"() : () -> tensor<{"4611686018427387904x" * 18}f32>\n')


def test_levels_and_targets_are_short_names_so_the_cache_and_errors_stay_small(client):
    """A level is part of each cache key (65,536 of them) and an unknown target is echoed in
    the error: a megabyte each would grow the server by gigabytes or answer with megabytes."""
    text = matmul(8, 8, 8)
    for body in ({"levels": ["x" * 100_000]}, {"targets": ["x" * 100_000]}):
        resp = client.post("/v1/predict", json={"texts": [text], **body})
        assert resp.status_code == 422 and len(resp.text) < 300, resp.text[:300]
    ok = client.post("/v1/predict", json={"texts": [text], "levels": ["linalg"]})
    assert ok.status_code == 200


def _many_ops(tag: str, n: int) -> str:
    return f'"{tag}.op"() : () -> ()\n' * n


def test_the_parse_cache_and_contexts_are_bounded_by_bytes_not_counts(monkeypatch):
    """20 distinct 1 MB texts grew the service by 500 MB: the feature cache held 65,536
    texts and each thread's MLIR context 256 parses of any size."""
    from costmodel.features import extract

    monkeypatch.setattr(extract, "CACHE_BYTES", 3 * len(_many_ops("a", 2000)), raising=False)
    first = extract.features(_many_ops("a", 2000))
    assert extract.features(_many_ops("a", 2000)) is first  # cached
    for tag in "bcd":
        extract.features(_many_ops(tag, 2000))
    assert extract.features(_many_ops("a", 2000)) is not first  # forgotten, not kept forever
    ctx = extract._context(1)
    assert extract._context(extract.CONTEXT_BYTES) is ctx
    assert extract._context(1) is not ctx  # a fresh context after CONTEXT_BYTES of text


def test_serving_a_broken_or_twice_named_model_is_a_lab_error(tmp_path):
    """A LabError is the CLI's one line and exit 2; a ModelError was a traceback, exit 3."""
    from compiler_lab.errors import LabError
    from costmodel.serve.http import create_app

    broken = shutil.copytree(SHIPPED / "roofline", tmp_path / "broken")
    (broken / "model.json").write_text("{")
    twin = shutil.copytree(SHIPPED / "roofline", tmp_path / "roofline")
    with pytest.raises(LabError, match="broken"):
        create_app(str(broken))
    with pytest.raises(LabError, match="two served models"):
        create_app("roofline", more=[str(twin)])


def test_a_huge_file_beside_a_model_is_refused_not_read_whole(tmp_path):
    """The model id hashes every file of the directory: each is read bounded, as the loader
    reads the model's own files (a sparse 300 MiB file costs no disk)."""
    import shutil

    from costmodel.models.base import ModelError
    from costmodel.serve.api import load
    from tests.conftest import ROOT

    model = tmp_path / "roofline"
    shutil.copytree(ROOT / "corpora/models/roofline", model)
    with open(model / "notes.bin", "wb") as f:
        f.truncate(300 << 20)
    with pytest.raises(ModelError, match="over the limit"):
        load(str(model))
