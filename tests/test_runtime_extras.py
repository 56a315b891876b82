"""The generated runtime's conveniences on the wire (issue 18): `with_options`, errors with
context, safe retries of writes, debug logging, raw responses and pagination.

Magic Hour cases run through `Client` and `AsyncClient` against the shared Magic Hour mock; the
pagination cases against the mock of tests/features/pagination.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable, Iterator

import httpx
import pytest

from conftest import ROOT, sdk_subprocess_env
from generator.config import load_config
from generator.errors import SpecError
from generator.mock import MockServer
from magic_hour import ApiStatusError, AsyncClient, Client, InternalServerError
from magic_hour import _base_client
from test_features import FEATURES, _build

TOKEN = "sk-test-extras-0123456789"


@pytest.fixture(autouse=True)
def fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_base_client, "_INITIAL_DELAY", 0.01)


def run(mode: str, base_url: str, fn: Callable[[Any], Any], **options: Any) -> Any:
    """`fn(client)` with a `Client`, or awaited inside an event loop with an `AsyncClient`."""
    options.setdefault("token", TOKEN)
    options.setdefault("base_url", base_url)
    if mode == "sync":
        with Client(**options) as c:
            return fn(c)

    async def main() -> Any:
        async with AsyncClient(**options) as c:
            result = fn(c)
            return await result if inspect.isawaitable(result) else result

    return asyncio.run(main())


MODES = pytest.mark.parametrize("mode", ["sync", "async"])
FEATURE_CASES = ("runtime",)


@pytest.fixture(scope="module")
def features(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The feature cases of this issue generated whole (runtime included), importable."""
    root = tmp_path_factory.mktemp("runtime_features")
    for case in FEATURE_CASES:
        for path, text in _build(case).files.items():
            target = root / case / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        sys.path.insert(0, str(root / case))
    return root


@pytest.fixture
def runtime_mock(features: Path) -> Iterator[MockServer]:
    with MockServer(FEATURES / "runtime" / "openapi.yaml") as server:
        yield server


def feature_client(case: str, mode: str, base_url: str, **options: Any) -> Any:
    package = importlib.import_module(f"f_{case}")
    return (package.Client if mode == "sync" else package.AsyncClient)(base_url=base_url, **options)


def call(mode: str, client: Any, fn: Callable[[Any], Any]) -> Any:
    """`fn(client)`, awaited for an async client; the client is closed afterwards."""
    if mode == "sync":
        with client:
            return fn(client)

    async def main() -> Any:
        async with client:
            return await fn(client)

    return asyncio.run(main())


def raises(mode: str, client: Any, fn: Callable[[Any], Any]) -> BaseException:
    with pytest.raises(Exception) as caught:
        call(mode, client, fn)
    return caught.value


def fault(header: str) -> dict[str, Any]:
    return {"headers": {"X-Mock-Fault": header}}


def job(c: Any) -> Any:
    return c.v1.ai_image_generator.create(image_count=1, style={"prompt": "p", "tool": "ai-anime-generator"})


# with_options ---------------------------------------------------------------------------------


@MODES
def test_with_options_changes_only_its_settings_and_shares_the_pool(
    mode: str, magic_hour_mock: MockServer
) -> None:
    async def both(c: Any) -> tuple[Any, Any]:
        tuned = c.with_options(max_retries=0, default_headers={"X-Team": "blue"}, timeout=3.0)
        assert tuned._core.http is c._core.http
        assert (tuned._core.timeout, c._core.timeout) == (3.0, 10.0)
        created = job(tuned)
        created = await created if inspect.isawaitable(created) else created
        # max_retries=0: one 503 is final on the tuned client ...
        with pytest.raises(InternalServerError):
            got = tuned.v1.image_projects.get(id=created.id, request_options=fault("status=503;times=1"))
            await got if inspect.isawaitable(got) else got
        # ... while the original client still retries (and sends no X-Team).
        # (a fault header of its own: `times` counts per exact value)
        got = c.v1.image_projects.get(id=created.id, request_options=fault("times=1;status=503"))
        got = await got if inspect.isawaitable(got) else got
        return created, got

    if mode == "sync":
        with Client(token=TOKEN, base_url=magic_hour_mock.base_url, timeout=10.0) as c:
            created, got = asyncio.run(_sync_as_async(both, c))
    else:

        async def main() -> tuple[Any, Any]:
            async with AsyncClient(token=TOKEN, base_url=magic_hour_mock.base_url, timeout=10.0) as c:
                return await both(c)

        created, got = asyncio.run(main())
    assert got.id == created.id
    sent = [(r.method, r.headers.get("x-team")) for r in magic_hour_mock.requests]
    assert sent == [("POST", "blue"), ("GET", "blue"), ("GET", None), ("GET", None)]


async def _sync_as_async(fn: Callable[[Any], Any], c: Any) -> Any:
    return await fn(c)


def test_with_options_rejects_negative_retries(magic_hour_mock: MockServer) -> None:
    with Client(token=TOKEN, base_url=magic_hour_mock.base_url) as c:
        with pytest.raises(ValueError):
            c.with_options(max_retries=-1)


# errors with context ------------------------------------------------------------------------


@MODES
def test_status_error_carries_status_headers_typed_body_and_the_configured_request_id(
    mode: str, runtime_mock: MockServer
) -> None:
    package = importlib.import_module("f_runtime")
    problem = {"code": "missing", "detail": "no thing 7"}
    runtime_mock.add_fault(
        "GET", "/things/{id}", status=404, body=json.dumps(problem), headers={"X-Trace-Id": "trace-7"}
    )
    client = feature_client("runtime", mode, runtime_mock.base_url, max_retries=0)
    err = raises(mode, client, lambda c: c.things.get(id="7"))
    assert isinstance(err, package.NotFoundError) and isinstance(err, package.ApiStatusError)
    assert err.status_code == 404 and err.headers["x-trace-id"] == "trace-7"
    # The configured header wins over the mock's own x-request-id.
    assert err.request_id == "trace-7" and "trace-7" in str(err)
    models = importlib.import_module("f_runtime.types.models")
    assert isinstance(err.data, models.Problem) and err.data.detail == "no thing 7"
    assert err.body == problem


@MODES
def test_request_id_falls_back_to_x_request_id(mode: str, runtime_mock: MockServer) -> None:
    runtime_mock.add_fault("GET", "/things/{id}", status=500)
    client = feature_client("runtime", mode, runtime_mock.base_url, max_retries=0)
    err = raises(mode, client, lambda c: c.things.get(id="7"))
    assert err.status_code == 500  # type: ignore[attr-defined]
    sent = runtime_mock.requests[-1]
    assert sent.path == "/v1/things/7"
    assert err.request_id and err.request_id.startswith("req_")  # type: ignore[attr-defined]
    assert err.request_id in str(err)  # type: ignore[attr-defined]


def test_request_id_from_the_request_id_header() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(409, json={"message": "busy"}, headers={"request-id": "rid-3"})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with Client(token=TOKEN, base_url="http://test", httpx_client=http, max_retries=0) as c:
        with pytest.raises(ApiStatusError) as caught:
            c.v1.image_projects.get(id="x")
    assert caught.value.request_id == "rid-3" and "(request id rid-3)" in str(caught.value)


@pytest.mark.parametrize("value", ["X Trace", "X-Trace:", "", "Trace\n"])
def test_request_id_header_must_be_a_header_name(tmp_path: Path, value: str) -> None:
    config = tmp_path / "sdk.yaml"
    config.write_text(json.dumps({"package": "p", "request_id_header": value}))
    with pytest.raises(SpecError, match="request_id_header"):
        load_config(config, "T")


# safe retries of writes -----------------------------------------------------------------------


def keys_sent(server: MockServer, path: str) -> list[str | None]:
    return [r.headers.get("idempotency-key") for r in server.requests if r.path == path]


@MODES
def test_a_write_with_an_idempotency_key_is_retried_with_the_same_key(
    mode: str, runtime_mock: MockServer
) -> None:
    client = feature_client("runtime", mode, runtime_mock.base_url, max_retries=2)
    options = fault("status=500;times=2")
    thing = call(mode, client, lambda c: c.things.create(name="a", request_options=options))
    assert isinstance(thing.id, str)
    keys = keys_sent(runtime_mock, "/v1/things")
    assert len(keys) == 3 and keys[0] and len(set(keys)) == 1
    # A second call makes a key of its own; a key the caller gives is sent as is.
    call(mode, feature_client("runtime", mode, runtime_mock.base_url), lambda c: c.things.create(name="b"))
    call(
        mode,
        feature_client("runtime", mode, runtime_mock.base_url),
        lambda c: c.things.create(name="c", idempotency_key="mine"),
    )
    keys = keys_sent(runtime_mock, "/v1/things")
    assert keys[3] not in (None, keys[0]) and keys[4] == "mine"


@MODES
def test_a_write_without_a_key_is_retried_only_when_refused(mode: str, runtime_mock: MockServer) -> None:
    package = importlib.import_module("f_runtime")
    client = feature_client("runtime", mode, runtime_mock.base_url, max_retries=3)
    err = raises(
        mode, client, lambda c: c.notes.create(name="n", request_options=fault("status=500;times=1"))
    )
    assert isinstance(err, package.InternalServerError)
    assert keys_sent(runtime_mock, "/v1/notes") == [None]
    # 429 with Retry-After: the server did not act on it; retried.
    client = feature_client("runtime", mode, runtime_mock.base_url, max_retries=3)
    options = fault("status=429;retry-after=0;times=1")
    call(mode, client, lambda c: c.notes.create(name="n", request_options=options))
    assert keys_sent(runtime_mock, "/v1/notes") == [None, None, None]


@MODES
def test_the_configured_idempotency_header_covers_every_write(
    mode: str, features: Path, tmp_path: Path, runtime_mock: MockServer
) -> None:
    config = tmp_path / "sdk.yaml"
    config.write_text(json.dumps({"package": "f_runtime_keyed", "idempotency_header": "Idempotency-Key"}))
    from generator.pipeline import Inputs, build

    if "f_runtime_keyed" not in sys.modules:
        for path, text in build(
            Inputs(spec=FEATURES / "runtime" / "openapi.yaml", config=config)
        ).files.items():
            target = features / "keyed" / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        sys.path.insert(0, str(features / "keyed"))
    client = feature_client("runtime_keyed", mode, runtime_mock.base_url, max_retries=2)
    call(mode, client, lambda c: c.notes.create(name="n", request_options=fault("status=502;times=1")))
    keys = keys_sent(runtime_mock, "/v1/notes")
    assert len(keys) == 2 and keys[0] and keys[0] == keys[1]
    # Reads carry no key.
    call(mode, feature_client("runtime_keyed", mode, runtime_mock.base_url), lambda c: c.things.get(id="1"))
    assert "idempotency-key" not in runtime_mock.requests[-1].headers


def test_idempotency_header_must_be_a_header_name(tmp_path: Path) -> None:
    config = tmp_path / "sdk.yaml"
    config.write_text(json.dumps({"package": "p", "idempotency_header": "Idempotency Key"}))
    with pytest.raises(SpecError, match="idempotency_header"):
        load_config(config, "T")


# debug logging --------------------------------------------------------------------------------

_LOGGED = """
import asyncio, sys
from magic_hour import AsyncClient, Client, _base_client
_base_client._INITIAL_DELAY = 0.01
fault = {"headers": {"X-Mock-Fault": "status=503;times=1"}}
style = {"prompt": "p", "tool": "ai-anime-generator"}
if sys.argv[1] == "sync":
    with Client(max_retries=2) as c:
        job = c.v1.ai_image_generator.create(image_count=1, style=style)
        c.v1.image_projects.get(id=job.id, request_options=fault)
else:
    async def main():
        async with AsyncClient(max_retries=2) as c:
            job = await c.v1.ai_image_generator.create(image_count=1, style=style)
            await c.v1.image_projects.get(id=job.id, request_options=fault)
    asyncio.run(main())
"""


@MODES
@pytest.mark.parametrize("setting", ["debug", "DEBUG", "", "verbose"])
def test_the_log_env_var_logs_each_attempt_without_credentials(
    mode: str, setting: str, magic_hour_mock: MockServer
) -> None:
    env = sdk_subprocess_env(magic_hour_mock.base_url, MAGIC_HOUR_API_KEY=TOKEN, MAGIC_HOUR_LOG=setting)
    done = subprocess.run(
        [sys.executable, "-c", _LOGGED, mode], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert TOKEN not in done.stderr + done.stdout
    lines = [line for line in done.stderr.splitlines() if " magic_hour DEBUG " in line]
    if setting.lower() != "debug":
        assert lines == []
        return
    base = magic_hour_mock.base_url
    pattern = r" magic_hour DEBUG (POST|GET) (\S+) -> (\d+) in \d+\.\d{3}s \(retry (\d)\)$"
    found = [re.search(pattern, line) for line in lines]
    assert all(found), lines
    job_url = f"{base}/v1/image-projects/"
    assert [(m[1], m[3], m[4]) for m in found if m] == [
        ("POST", "200", "0"),
        ("GET", "503", "0"),
        ("GET", "200", "1"),
    ]
    assert found[0] and found[0][2] == f"{base}/v1/ai-image-generator"
    assert found[1] and found[1][2].startswith(job_url)


@pytest.mark.parametrize("value", ["lower_case", "MY LOG", "LOG\n"])
def test_log_env_must_be_an_environment_variable_name(tmp_path: Path, value: str) -> None:
    config = tmp_path / "sdk.yaml"
    config.write_text(json.dumps({"package": "p", "log_env": value}))
    with pytest.raises(SpecError, match="UPPER_SNAKE_CASE"):
        load_config(config, "T")


def test_log_env_defaults_to_the_package_name(tmp_path: Path) -> None:
    config = tmp_path / "sdk.yaml"
    config.write_text(json.dumps({"package": "acme_api"}))
    assert load_config(config, "T").log_env == "ACME_API_LOG"
