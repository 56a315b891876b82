"""The generated runtime's conveniences on the wire (issue 18): `with_options`, errors with
context, safe retries of writes, debug logging, raw and streamed responses and pagination.

Magic Hour cases run through `Client` and `AsyncClient` against the shared Magic Hour mock; the
pagination cases against the mock of tests/features/pagination.
"""

from __future__ import annotations

import asyncio
import hashlib
import importlib
import inspect
import json
import re
import subprocess
import sys
import tracemalloc
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
FEATURE_CASES = ("runtime", "pagination", "responses_kinds")


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


# raw responses --------------------------------------------------------------------------------


def busy_connections(client: Any) -> int:
    """Connections of the client's pool that are checked out (a response not yet closed)."""
    pool = client._core.http._transport._pool
    return sum(1 for connection in pool.connections if not connection.is_idle())


@MODES
def test_with_raw_response_gives_the_response_and_parses_on_demand(
    mode: str, runtime_mock: MockServer
) -> None:
    package = importlib.import_module("f_runtime")
    models = importlib.import_module("f_runtime.types.models")
    runtime_mock.add_fault("GET", "/things/{id}", headers={"X-Trace-Id": "t-9"}, times=1)
    client = feature_client("runtime", mode, runtime_mock.base_url, max_retries=0)

    async def steps(c: Any) -> tuple[Any, Any, int]:
        got = c.things.with_raw_response.get(id="7")
        raw = await got if inspect.isawaitable(got) else got
        created = c.things.with_raw_response.create(name="n")
        created = await created if inspect.isawaitable(created) else created
        return raw, created, busy_connections(c)

    if mode == "sync":
        with client:
            raw, created, busy = asyncio.run(_sync_as_async(steps, client))
    else:
        raw, created, busy = call(mode, client, steps)
    assert busy == 0
    assert isinstance(raw, package.RawResponse)
    assert raw.status_code == 200 and raw.headers["x-trace-id"] == "t-9"
    assert (
        isinstance(raw.http_response, httpx.Response) and raw.http_response.request.url.path == "/v1/things/7"
    )
    thing = raw.parse()
    assert isinstance(thing, models.Thing) and raw.parse() is thing
    assert created.status_code == 201 and isinstance(created.parse(), models.Thing)
    # An error status raises, as the method does.
    runtime_mock.add_fault("GET", "/things/{id}", status=404, body='{"code": "x", "detail": "gone"}')
    client = feature_client("runtime", mode, runtime_mock.base_url, max_retries=0)
    err = raises(mode, client, lambda c: c.things.with_raw_response.get(id="8"))
    assert isinstance(err, package.NotFoundError) and err.data.detail == "gone"  # type: ignore[attr-defined]


_TYPED = """
import typing_extensions
from f_runtime import AsyncClient, Client, RawResponse
from f_runtime.types.models import Thing


def sync_use(c: Client) -> Thing:
    raw = c.things.with_raw_response.get(id="1")
    typing_extensions.assert_type(raw, RawResponse[Thing])
    status: int = raw.status_code
    return raw.parse()


async def async_use(c: AsyncClient) -> Thing:
    raw = await c.things.with_raw_response.create(name="n", idempotency_key="k")
    typing_extensions.assert_type(raw, RawResponse[Thing])
    return raw.parse()


def wrong(c: Client) -> None:
    c.things.with_raw_response.get(ident="1")  # E: unexpected keyword
"""


@pytest.mark.slow
def test_raw_wrappers_keep_the_signature_for_type_checkers(features: Path, tmp_path: Path) -> None:
    (tmp_path / "use_raw.py").write_text(_TYPED)
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "use_raw.py"],
        cwd=tmp_path,
        env={"PATH": "", "MYPYPATH": str(features / "runtime")},
        capture_output=True,
        text=True,
        timeout=300,
    )
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    wrong_line = next(i for i, line in enumerate(_TYPED.splitlines(), 1) if "ident=" in line)
    assert len(errors) == 1 and f"use_raw.py:{wrong_line}:" in errors[0] and "ident" in errors[0], done.stdout


_TYPED_PAGES = """
import typing_extensions
from f_pagination import AsyncClient, Client
from f_pagination._pagination import AsyncPage, AsyncPager, SyncPage
from f_pagination.types.models import Item


def sync_use(c: Client) -> list[Item]:
    page = c.cursored.list()
    typing_extensions.assert_type(page, SyncPage[Item])
    return [item for item in page]


async def async_use(c: AsyncClient) -> list[Item]:
    pager = c.cursored.list(limit=2)
    typing_extensions.assert_type(pager, AsyncPager[Item])
    page = await c.cursored.list()
    typing_extensions.assert_type(page, AsyncPage[Item])
    more: bool = page.has_next_page()
    raw = await c.cursored.with_raw_response.list()
    typing_extensions.assert_type(raw.parse(), AsyncPage[Item])
    return [item async for item in pager]


async def wrong(c: AsyncClient) -> None:
    for item in c.cursored.list():  # E: not a sync iterable
        pass
"""


# streamed responses ---------------------------------------------------------------------------

BIG = hashlib.shake_256(b"sdkgen").digest(6 * 1024 * 1024 + 123)  # several MB, not a multiple of a chunk


@pytest.fixture
def files_mock(features: Path) -> Iterator[MockServer]:
    with MockServer(FEATURES / "responses_kinds" / "openapi.yaml") as server:
        server.add_fault("GET", "/report.pdf", status=200, body=BIG, headers={"X-Trace-Id": "t-1"})
        yield server


@MODES
def test_a_large_binary_is_streamed_to_a_file_in_bounded_chunks(
    mode: str, files_mock: MockServer, tmp_path: Path
) -> None:
    package = importlib.import_module("f_responses_kinds")
    target = tmp_path / "report.pdf"
    client = feature_client("responses_kinds", mode, files_mock.base_url)
    chunks: list[int] = []

    def sync_steps(c: Any) -> tuple[Any, int, int, int]:
        with c.report_pdf.with_streaming_response.list() as response:
            tracemalloc.start()
            written = response.write_to_file(target)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        with c.report_pdf.with_streaming_response.list() as again:
            chunks.extend(len(chunk) for chunk in again.iter_bytes())
        return response, written, peak, busy_connections(c)

    async def async_steps(c: Any) -> tuple[Any, int, int, int]:
        async with c.report_pdf.with_streaming_response.list() as response:
            written = await response.write_to_file(target)
        async with c.report_pdf.with_streaming_response.list() as again:
            chunks.extend([len(chunk) async for chunk in again.aiter_bytes()])
        return response, written, 0, busy_connections(c)

    response, written, peak, busy = call(mode, client, sync_steps if mode == "sync" else async_steps)
    streamed = package.StreamedResponse if mode == "sync" else package.AsyncStreamedResponse
    assert isinstance(response, streamed)
    assert response.status_code == 200 and response.headers["x-trace-id"] == "t-1"
    assert written == len(BIG) and target.read_bytes() == BIG
    assert len(chunks) > 50 and max(chunks) <= 64 * 1024 and sum(chunks) == len(BIG)
    if mode == "sync":
        assert peak < len(BIG) // 8  # never the whole body in memory
    assert busy == 0


@MODES
def test_leaving_a_streamed_response_early_releases_the_connection(mode: str, files_mock: MockServer) -> None:
    client = feature_client("responses_kinds", mode, files_mock.base_url)

    def sync_steps(c: Any) -> tuple[int, int]:
        with c.report_pdf.with_streaming_response.list() as response:
            chunks = response.iter_bytes()
            next(chunks)  # kept: a dropped generator would close the stream by itself
            inside = busy_connections(c)
        return inside, busy_connections(c)

    async def async_steps(c: Any) -> tuple[int, int]:
        async with c.report_pdf.with_streaming_response.list() as response:
            chunks = response.aiter_bytes()
            await chunks.__anext__()
            inside = busy_connections(c)
        return inside, busy_connections(c)

    inside, after = call(mode, client, sync_steps if mode == "sync" else async_steps)
    assert (inside, after) == (1, 0)


@MODES
def test_a_streamed_response_parses_as_the_method_and_raises_as_it(
    mode: str, files_mock: MockServer, tmp_path: Path
) -> None:
    package = importlib.import_module("f_responses_kinds")
    client = feature_client("responses_kinds", mode, files_mock.base_url, max_retries=0)

    def sync_steps(c: Any) -> tuple[Any, Any, int]:
        with c.report_pdf.with_streaming_response.list() as response:
            parsed = response.parse()
        with c.report_json.with_streaming_response.list() as document:
            model = document.parse()
        return parsed, model, busy_connections(c)

    async def async_steps(c: Any) -> tuple[Any, Any, int]:
        async with c.report_pdf.with_streaming_response.list() as response:
            parsed = await response.parse()
        async with c.report_json.with_streaming_response.list() as document:
            model = await document.parse()
        return parsed, model, busy_connections(c)

    parsed, model, busy = call(mode, client, sync_steps if mode == "sync" else async_steps)
    assert isinstance(parsed, package.BinaryResponse) and parsed == BIG and busy == 0
    assert (
        parsed.write_to_file(tmp_path / "copy.pdf") == len(BIG)
        and (tmp_path / "copy.pdf").read_bytes() == BIG
    )
    assert model == package.types.models.ReportJsonListResponse.model_validate(model.model_dump())
    files_mock.clear_faults()
    files_mock.add_fault("GET", "/report.pdf", status=404, body='{"detail": "gone"}', times=1)
    client = feature_client("responses_kinds", mode, files_mock.base_url, max_retries=0)

    def sync_error(c: Any) -> int:
        with pytest.raises(package.NotFoundError):
            with c.report_pdf.with_streaming_response.list():
                pass
        return busy_connections(c)

    async def async_error(c: Any) -> int:
        with pytest.raises(package.NotFoundError):
            async with c.report_pdf.with_streaming_response.list():
                pass
        return busy_connections(c)

    assert call(mode, client, sync_error if mode == "sync" else async_error) == 0


def test_generate_has_no_raw_or_streamed_response() -> None:
    """`generate()` and `check_result()` make several calls (create, polls, downloads): no one
    HTTP response is theirs to return (docs/runtime.md)."""
    for client in (Client(token=TOKEN), AsyncClient(token=TOKEN)):
        resource = client.v1.ai_image_generator
        assert hasattr(resource.with_raw_response, "create")
        assert not hasattr(resource.with_raw_response, "generate")
        assert not hasattr(resource.with_streaming_response, "generate")
        assert not hasattr(client.v1.image_projects.with_raw_response, "check_result")
        assert hasattr(client.v1.image_projects, "check_result")


_TYPED_STREAMS = """
import typing_extensions
from f_responses_kinds import AsyncClient, AsyncStreamedResponse, BinaryResponse, Client, StreamedResponse


def sync_use(c: Client) -> bytes:
    with c.report_pdf.with_streaming_response.list() as response:
        typing_extensions.assert_type(response, StreamedResponse[bytes])
        status: int = response.status_code
        return response.parse()


async def async_use(c: AsyncClient) -> int:
    async with c.report_pdf.with_streaming_response.list() as response:
        typing_extensions.assert_type(response, AsyncStreamedResponse[bytes])
        return await response.write_to_file("out.pdf")


def wrong(c: Client) -> None:
    c.report_pdf.with_streaming_response.list(ident="1")  # E: unexpected keyword
"""


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "snippet"), [("pagination", _TYPED_PAGES), ("responses_kinds", _TYPED_STREAMS)]
)
def test_pages_and_streamed_responses_are_typed(
    features: Path, tmp_path: Path, case: str, snippet: str
) -> None:
    """Async pages typed for `await` and `async for`; `with_streaming_response` keeps the
    method's signature and result type. The one line marked `# E:` is the one error."""
    (tmp_path / "use_it.py").write_text(snippet)
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "use_it.py"],
        cwd=tmp_path,
        env={"PATH": "", "MYPYPATH": str(features / case)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    wrong_line = next(i for i, line in enumerate(snippet.splitlines(), 1) if "# E:" in line)
    assert len(errors) == 1 and f"use_it.py:{wrong_line}:" in errors[0], done.stdout


# pagination -----------------------------------------------------------------------------------


@pytest.fixture
def pages_mock(features: Path) -> Iterator[MockServer]:
    case = FEATURES / "pagination"
    with MockServer(case / "openapi.yaml", case / "sdk.yaml") as server:
        yield server


LISTS = {
    "cursored": ({}, "cursor"),
    "urled": ({}, "mock_page"),
    "linked": ({}, "mock_page"),
    "metaed": ({}, "mock_page"),
    "custom": ({}, "since"),
    "offsets": ({"limit": 2}, "offset"),
    "numbered": ({"per_page": 2}, "page"),
}


@MODES
@pytest.mark.parametrize("resource", sorted(LISTS))
def test_a_paged_list_walks_every_page_lazily_and_leaks_no_connection(
    mode: str, resource: str, pages_mock: MockServer
) -> None:
    models = importlib.import_module("f_pagination.types.models")
    arguments, param = LISTS[resource]
    client = feature_client("pagination", mode, pages_mock.base_url)

    async def walk(c: Any) -> tuple[Any, list[Any], int, int]:
        first = getattr(c, resource).list(**arguments)
        first = await first if inspect.isawaitable(first) else first
        fetched_before_loop = len(pages_mock.requests)
        if mode == "sync":
            items = list(first)
        else:
            items = [item async for item in first]
        return first, items, fetched_before_loop, busy_connections(c)

    if mode == "sync":
        with client:
            first, items, before, busy = asyncio.run(_sync_as_async(walk, client))
    else:
        first, items, before, busy = call(mode, client, walk)
    assert before == 1  # the first page only, until the loop asks for more
    assert busy == 0
    assert [i.id for i in items] == [f"string-{n}" for n in range(6)]
    assert all(isinstance(i, models.Item) for i in items)
    assert len(first.items) == 2 and first.has_next_page()
    sent = [r.query.get(param, [None])[0] for r in pages_mock.requests]
    assert len(sent) in (3, 4)  # three pages (and, for offsets and numbers, an empty fourth)
    assert sent[0] in (None, "0", "1") and len(set(sent)) == len(sent)


@MODES
def test_pages_by_hand_and_through_with_raw_response(mode: str, pages_mock: MockServer) -> None:
    client = feature_client("pagination", mode, pages_mock.base_url)

    async def steps(c: Any) -> tuple[Any, Any, Any]:
        first = c.cursored.list()
        first = await first if inspect.isawaitable(first) else first
        second = first.next_page()
        second = await second if inspect.isawaitable(second) else second
        raw = c.cursored.with_raw_response.list(cursor="page-2")
        raw = await raw if inspect.isawaitable(raw) else raw
        return first, second, raw

    if mode == "sync":
        with client:
            first, second, raw = asyncio.run(_sync_as_async(steps, client))
    else:
        first, second, raw = call(mode, client, steps)
    assert [i.id for i in second.items] == ["string-2", "string-3"] and second.body.next_cursor == "page-2"
    assert raw.status_code == 200
    last = raw.parse()
    assert [i.id for i in last.items] == ["string-4", "string-5"] and not last.has_next_page()
    assert pages_mock.requests[-1].query["cursor"] == ["page-2"]


def test_an_async_list_is_looped_over_without_await_and_awaited_for_its_first_page(
    pages_mock: MockServer,
) -> None:
    package = importlib.import_module("f_pagination")
    client = feature_client("pagination", "async", pages_mock.base_url)

    async def steps(c: Any) -> tuple[list[str], int, int, Any, int]:
        pager = c.cursored.list(limit=2)
        sent_before_loop = len(pages_mock.requests)
        ids = []
        async for item in pager:
            ids.append(item.id)
            if len(ids) == 3:  # mid second page: the third page is never asked for
                break
        fetched = len(pages_mock.requests)
        first = await c.cursored.list()
        return ids, sent_before_loop, fetched, first, busy_connections(c)

    ids, before, fetched, first, busy = call("async", client, steps)
    assert before == 0  # calling the method sends nothing: the loop or the await does
    assert ids == ["string-0", "string-1", "string-2"] and fetched == 2
    assert isinstance(first, package.AsyncPage) and first.has_next_page()
    assert [i.id for i in first.items] == ["string-0", "string-1"]
    assert busy == 0


def test_a_list_declared_not_to_page_returns_its_body(pages_mock: MockServer) -> None:
    models = importlib.import_module("f_pagination.types.models")
    with feature_client("pagination", "sync", pages_mock.base_url) as c:
        assert isinstance(c.plain.list(page=2), models.PlainListResponse)


def test_a_next_page_on_another_host_is_not_followed(features: Path) -> None:
    package = importlib.import_module("f_pagination")

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json={"results": [{"id": "a"}], "next": "https://elsewhere.example/v1/urled"}
        )

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with package.Client(base_url="https://pages.example.com/v1", http_client=http) as c:
        first = c.urled.list()
        with pytest.raises(package.ApiError, match="another server"):
            first.next_page()


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ({"GET /urled": "sideways"}, "scheme"),
        ({"GET /urled": {"scheme": "cursor", "colour": "red"}}, "unknown key"),
        ({"GET /nowhere": "cursor"}, "no operation"),
        ({"GET /urled": {"scheme": "cursor"}}, "param"),
        ({"GET /urled": {"scheme": "next_url", "items": "nope"}}, "array property"),
    ],
)
def test_pagination_config_is_checked(tmp_path: Path, rule: dict[str, Any], message: str) -> None:
    from generator.pipeline import Inputs, build

    config = tmp_path / "sdk.yaml"
    config.write_text(json.dumps({"package": "p", "pagination": rule}))
    with pytest.raises(SpecError, match=message):
        build(Inputs(spec=FEATURES / "pagination" / "openapi.yaml", config=config))


# generator progress ---------------------------------------------------------------------------


def _generate_on_a_terminal(out: Path, **env: str) -> tuple[int, str]:
    """`sdkgen generate` with stderr on a pseudo-terminal: (exit status, what the terminal got)."""
    import os
    import pty

    leader, follower = pty.openpty()
    clean = {k: v for k, v in os.environ.items() if k not in ("CI", "GITHUB_ACTIONS", "GITLAB_CI", "TERM")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "generate", "--out", str(out)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=follower,
        env={**clean, "TERM": "xterm", **env},
    )
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the other end closed (Linux raises EIO)
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    return proc.wait(timeout=120), seen.decode("utf-8", "replace")


def test_generate_shows_progress_on_a_terminal(tmp_path: Path) -> None:
    status, seen = _generate_on_a_terminal(tmp_path / "sdk")
    assert status == 0, seen
    stages = re.findall(r"sdkgen: ([a-z ]+?)(?: \((\d+) ([^)]*)\))? \[\d+\.\d+s\]", seen)
    names = [name for name, _, _ in stages]
    assert names[:2] == ["loading", "validating"] and "rendering" in names and "formatting" in names
    rendering = next(s for s in stages if s[0] == "rendering")
    assert int(rendering[1]) > 0 and rendering[2].startswith("operations")
    # The line is cleared before anything else is printed (warnings, the summary).
    last = seen.rsplit("sdkgen:", 1)[1]
    assert re.match(r"[^\r]*\[\d+\.\d+s\]\r\x1b\[K(warning|wrote)", last), last


def test_generate_is_quiet_in_ci_and_in_a_pipe(tmp_path: Path) -> None:
    status, seen = _generate_on_a_terminal(tmp_path / "ci", CI="true")
    assert status == 0 and "sdkgen:" not in seen and "wrote " in seen
    done = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--out", str(tmp_path / "piped")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and "sdkgen:" not in done.stderr and "\r" not in done.stderr
