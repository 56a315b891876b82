"""The generated SDK's runtime against the spec-driven mock (issues 3 and 7, runtime side).

The seed's own Python sample, every error class, retries and backoff, timeouts, `generate()`
(create, poll, download), safe downloads, lenient response parsing, and secrets that never leak.
Everything runs twice, through `Client` and through `AsyncClient` (the `sdk` fixture), against
one shared mock (`magic_hour_mock` in conftest.py, reset for each test). The retry backoff is
shortened by patching `magic_hour._base_client._INITIAL_DELAY`, except where a test measures it.
Every test also runs under `leak_guard`, which fails it if the token shows up anywhere.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import os
import re
import subprocess
import sys
import time
import traceback
from pathlib import Path
from typing import Any, Callable, Iterator

import httpx
import pytest
import yaml

from conftest import (
    FULL_SPEC,
    MAGIC_HOUR_CONFIG,
    MAGIC_HOUR_SPEC,
    ROOT,
    SEED_SPEC,
    run_cli,
    sdk_subprocess_env,
)
from generator.mock import MockServer
from magic_hour import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    AsyncClient,
    AuthenticationError,
    BadRequestError,
    Client,
    ConflictError,
    DownloadError,
    InternalServerError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
    WaitTimeoutError,
)
from magic_hour import _base_client, _jobs

TOKEN = "sk-test-SECRET-1234567890"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
STYLE = {"prompt": "Cool image", "tool": "ai-anime-generator"}
REQUEST_ID = re.compile(r"^req_\d+$")

# Everything a test saw that could carry the token: exceptions and reprs (checked by leak_guard).
_seen_exceptions: list[BaseException] = []
_seen_texts: list[str] = []


# fixtures -----------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_base_client, "_INITIAL_DELAY", 0.01)


@pytest.fixture(autouse=True)
def leak_guard(
    request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> Iterator[None]:
    """Log everything at DEBUG (magic_hour, httpx, httpcore), then after the test look for the
    token in the log, stdout/stderr, every exception raised and repr taken, and every file under
    the test's tmp dirs; and check that no request to the mock's file hosts carried credentials."""
    caplog.set_level(logging.DEBUG)
    for name in ("magic_hour", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    _seen_exceptions.clear()
    _seen_texts.clear()
    yield
    out, err = capfd.readouterr()
    texts = [caplog.text, out, err, *_seen_texts]
    texts += [r.getMessage() for r in caplog.records]
    for exc in _seen_exceptions:
        texts += [str(exc), repr(exc), "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))]
        if isinstance(exc, ApiError):
            texts += [repr(exc.body), repr(exc.headers), repr(vars(exc))]
    for text in texts:
        assert TOKEN not in text
    tmp = request.node.funcargs.get("tmp_path")
    if isinstance(tmp, Path):
        for path in tmp.rglob("*"):
            assert TOKEN not in str(path)
            if path.is_file():
                assert TOKEN.encode() not in path.read_bytes(), path
    for name in ("magic_hour_mock", "magic_hour_env", "strict_mock", "full_mock"):
        server = request.node.funcargs.get(name)
        if isinstance(server, MockServer):
            for recorded in server.requests:
                if recorded.path.startswith("/_mock/"):
                    assert "authorization" not in recorded.headers, recorded
                    assert TOKEN not in json.dumps(recorded.headers)


class Sdk:
    """Runs `fn(client)` with a `Client` or inside an event loop with an `AsyncClient`."""

    def __init__(self, mode: str, base_url: str) -> None:
        self.mode = mode
        self.base_url = base_url

    def __call__(self, fn: Callable[[Any], Any], **client: Any) -> Any:
        client.setdefault("token", TOKEN)
        client.setdefault("base_url", self.base_url)
        client.setdefault("timeout", 10.0)
        if self.mode == "sync":
            with Client(**client) as c:
                _seen_texts.extend([repr(c), repr(c._core)])
                return fn(c)

        async def main() -> Any:
            async with AsyncClient(**client) as c:
                _seen_texts.extend([repr(c), repr(c._core)])
                result = fn(c)
                return await result if inspect.isawaitable(result) else result

        return asyncio.run(main())

    def raises(self, kind: type[BaseException], fn: Callable[[Any], Any], **client: Any) -> Any:
        try:
            self(fn, **client)
        except kind as exc:
            _seen_exceptions.append(exc)
            return exc
        pytest.fail(f"{kind.__name__} not raised")


@pytest.fixture(params=["sync", "async"])
def sdk(request: pytest.FixtureRequest, magic_hour_env: MockServer) -> Sdk:
    return Sdk(request.param, magic_hour_env.base_url)


@pytest.fixture(scope="module")
def strict_mock_server() -> Iterator[MockServer]:
    with MockServer(MAGIC_HOUR_SPEC, MAGIC_HOUR_CONFIG, tokens={"sk-test-OTHER-TOKEN"}) as server:
        yield server


@pytest.fixture
def strict_mock(strict_mock_server: MockServer) -> MockServer:
    strict_mock_server.reset()
    return strict_mock_server


def fault(header: str, **options: Any) -> dict[str, Any]:
    """request_options that make the mock answer with a fault (`X-Mock-Fault`)."""
    return {"headers": {"X-Mock-Fault": header}, **options}


def requests_to(server: MockServer, method: str, prefix: str) -> list[Any]:
    return [r for r in server.requests if r.method == method and r.path.startswith(prefix)]


def create(**kwargs: Any) -> Callable[[Any], Any]:
    return lambda c: c.v1.ai_image_generator.create(image_count=1, style=STYLE, **kwargs)


def get_job(**kwargs: Any) -> Callable[[Any], Any]:
    """Create a job, then GET it with `kwargs`: a GET is retried on any transient failure, while
    this API's creates (POSTs without an idempotency key) are not."""

    def fn(c: Any) -> Any:
        created = c.v1.ai_image_generator.create(image_count=1, style=STYLE)
        if not inspect.isawaitable(created):
            return c.v1.image_projects.get(id=created.id, **kwargs)

        async def chain() -> Any:
            return await c.v1.image_projects.get(id=(await created).id, **kwargs)

        return chain()

    return fn


def gets(server: MockServer) -> int:
    return len(requests_to(server, "GET", "/v1/image-projects"))


def generate(directory: Path, **kwargs: Any) -> Callable[[Any], Any]:
    return lambda c: c.v1.ai_image_generator.generate(
        image_count=1, style=STYLE, download_directory=directory, **kwargs
    )


def project(job_id: str = "job-1", status: str = "complete", downloads: list[str] = (), **extra: Any) -> str:
    """A GET /v1/image-projects/{id} body, for faults that replace the mock's answer."""
    body = {
        "id": job_id,
        "name": "My Ai Image image",
        "status": status,
        "image_count": 1,
        "type": "AI_IMAGE",
        "created_at": "2024-10-19T05:16:19.027Z",
        "enabled": True,
        "credits_charged": 5,
        "downloads": [{"url": u, "expires_at": "2024-10-19T06:16:19.027Z"} for u in downloads],
        "error": None,
        **extra,
    }
    return json.dumps(body)


def listing(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


# the seed's sample, verbatim ----------------------------------------------------------------


def seed_python_sample() -> str:
    doc = yaml.safe_load(SEED_SPEC.read_text(encoding="utf-8"))
    found = [
        sample["source"]
        for item in doc["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
        for sample in op.get("x-codeSamples", [])
        if sample.get("lang") == "python"
    ]
    assert len(found) == 1
    return found[0]


def test_seed_python_sample_runs_verbatim(magic_hour_mock: MockServer, tmp_path: Path) -> None:
    source = seed_python_sample()
    assert 'download_directory="."' in source and 'getenv("API_TOKEN")' in source
    env = sdk_subprocess_env(magic_hour_mock.base_url, API_TOKEN=TOKEN)
    assert "MAGIC_HOUR_API_KEY" not in env
    done = subprocess.run(
        [sys.executable, "-c", source], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    _seen_texts.extend([done.stdout, done.stderr])
    files = sorted(tmp_path.iterdir())
    assert [f.suffix for f in files] == [".png"], files
    assert files[0].read_bytes().startswith(PNG_SIGNATURE)
    paths = [r.path for r in magic_hour_mock.requests]
    assert paths[0] == "/v1/ai-image-generator"
    assert paths[-1].startswith("/_mock/files/")
    assert magic_hour_mock.requests[0].headers["authorization"] == f"Bearer {TOKEN}"


# every error class --------------------------------------------------------------------------

STATUS_ERRORS = [
    ("status=400", BadRequestError, 400, {"message": "Missing request body"}),
    ("status=402", PaymentRequiredError, 402, {"message": "Payment required"}),
    ("status=403", PermissionDeniedError, 403, {"message": "Forbidden"}),
    ("status=409", ConflictError, 409, {"message": "Conflict"}),
    ("status=429;retry-after=7", RateLimitError, 429, {"message": "Too Many Requests"}),
    ("status=500", InternalServerError, 500, {"message": "Internal Server Error"}),
    ("status=503", InternalServerError, 503, {"message": "Service Unavailable"}),
]


@pytest.mark.parametrize("header, kind, status, body", STATUS_ERRORS, ids=[c[0] for c in STATUS_ERRORS])
def test_error_statuses(
    sdk: Sdk, magic_hour_mock: MockServer, header: str, kind: type, status: int, body: Any
) -> None:
    err = sdk.raises(kind, create(request_options=fault(header)), max_retries=0)
    assert type(err) is kind and isinstance(err, ApiError)
    assert (err.status_code, err.body) == (status, body)
    assert REQUEST_ID.match(err.request_id) and err.request_id in str(err)
    assert len(magic_hour_mock.requests) == 1
    if kind is RateLimitError:
        assert err.retry_after == 7.0


def test_404_from_the_mock(sdk: Sdk) -> None:
    err = sdk.raises(NotFoundError, lambda c: c.v1.image_projects.get(id="no-such-project"))
    assert (err.status_code, err.body) == (404, {"message": "Not Found"})
    assert REQUEST_ID.match(err.request_id)


def test_422_is_a_real_validation_error_naming_the_field(sdk: Sdk, magic_hour_mock: MockServer) -> None:
    call = lambda c: c.v1.ai_image_generator.create(
        image_count=1, style={"tool": "ai-anime-generator"}
    )  # noqa: E731
    err = sdk.raises(UnprocessableEntityError, call)
    assert err.status_code == 422 and "style.prompt" in err.body["message"] and "style.prompt" in str(err)
    assert REQUEST_ID.match(err.request_id)
    assert len(magic_hour_mock.requests) == 1  # a client error is not retried


def test_401_wrong_token(strict_mock: MockServer) -> None:
    for mode in ("sync", "async"):
        err = Sdk(mode, strict_mock.base_url).raises(AuthenticationError, create())
        assert (err.status_code, err.body) == (401, {"message": "Unauthorized"})
        assert REQUEST_ID.match(err.request_id)
    assert len(strict_mock.requests) == 2


def test_401_missing_token(sdk: Sdk, magic_hour_mock: MockServer) -> None:
    err = sdk.raises(AuthenticationError, create(request_options={"headers": {"Authorization": ""}}))
    assert (err.status_code, err.body) == (401, {"message": "Unauthorized"})
    assert magic_hour_mock.requests[0].headers.get("authorization", "") == ""


def test_connection_dropped(sdk: Sdk) -> None:
    err = sdk.raises(ApiConnectionError, create(request_options=fault("drop")), max_retries=0)
    assert not isinstance(err, ApiTimeoutError)
    assert (err.status_code, err.body, err.request_id) == (None, None, None)
    assert "/v1/ai-image-generator" in str(err)


def test_timeout(sdk: Sdk) -> None:
    started = time.monotonic()
    err = sdk.raises(ApiTimeoutError, create(request_options=fault("delay=2")), max_retries=0, timeout=0.2)
    assert time.monotonic() - started < 1.5
    assert isinstance(err, ApiConnectionError) and (err.status_code, err.body, err.request_id) == (
        None,
        None,
        None,
    )


def test_response_of_the_wrong_shape(sdk: Sdk) -> None:
    header = 'status=200;body={"credits_charged": "lots"}'
    err = sdk.raises(ResponseValidationError, create(request_options=fault(header)))
    assert err.status_code == 200 and err.body == '{"credits_charged": "lots"}'
    assert REQUEST_ID.match(err.request_id)
    assert "does not match the spec" in str(err)


def test_malformed_json_on_200(sdk: Sdk) -> None:
    err = sdk.raises(ResponseValidationError, create(request_options=fault('status=200;body={"id": "x",')))
    assert err.status_code == 200 and err.body == '{"id": "x",'
    assert "Invalid JSON" in str(err) and REQUEST_ID.match(err.request_id)


# retries ------------------------------------------------------------------------------------


def test_429_retry_after_seconds_then_success(sdk: Sdk, magic_hour_mock: MockServer) -> None:
    started = time.monotonic()
    res = sdk(create(request_options=fault("status=429;retry-after=1;times=1")))
    assert res.id.startswith("mock-")
    assert time.monotonic() - started >= 0.95  # waited as told, not the 10 ms backoff
    assert len(magic_hour_mock.requests) == 2


def test_429_retry_after_http_date_then_success(sdk: Sdk, magic_hour_mock: MockServer) -> None:
    started = time.monotonic()
    res = sdk(create(request_options=fault("status=429;retry-after-date=2;times=1")))
    assert res.id.startswith("mock-")
    # The date has whole-second precision: 2 s ahead is at least 1 s of wait.
    assert 0.9 <= time.monotonic() - started < 4
    assert len(magic_hour_mock.requests) == 2


def test_retry_after_beyond_the_cap_is_not_waited_for(sdk: Sdk, magic_hour_mock: MockServer) -> None:
    started = time.monotonic()
    err = sdk.raises(RateLimitError, create(request_options=fault("status=429;retry-after=120")))
    assert err.retry_after == 120.0 and time.monotonic() - started < 1
    assert len(magic_hour_mock.requests) == 1


def test_503_twice_then_success(sdk: Sdk, magic_hour_mock: MockServer) -> None:
    job = sdk(create())
    res = sdk(lambda c: c.v1.image_projects.get(id=job.id, request_options=fault("status=503;times=2")))
    assert res.id == job.id and res.status == "queued"
    assert [r.method for r in magic_hour_mock.requests] == ["POST", "GET", "GET", "GET"]


@pytest.mark.parametrize("max_retries", [0, 1, 3])
def test_5xx_burst_longer_than_max_retries(sdk: Sdk, magic_hour_mock: MockServer, max_retries: int) -> None:
    err = sdk.raises(
        InternalServerError, get_job(request_options=fault("status=502;times=10")), max_retries=max_retries
    )
    assert err.status_code == 502
    assert gets(magic_hour_mock) == max_retries + 1


def test_connection_reset_then_success(sdk: Sdk, magic_hour_mock: MockServer) -> None:
    res = sdk(get_job(request_options=fault("drop;times=1")))
    assert res.id.startswith("mock-")
    assert gets(magic_hour_mock) == 2


def test_connection_resets_exhaust_the_retries(sdk: Sdk, magic_hour_mock: MockServer) -> None:
    sdk.raises(ApiConnectionError, get_job(request_options=fault("drop")), max_retries=2)
    assert gets(magic_hour_mock) == 3


def test_a_create_is_not_retried_once_it_may_have_been_acted_on(
    sdk: Sdk, magic_hour_mock: MockServer
) -> None:
    # Sent, then the connection dropped, a 5xx, or a timeout: the job may exist; sending the
    # create again could start (and charge for) a second one.
    sdk.raises(ApiConnectionError, create(request_options=fault("drop;times=1")), max_retries=3)
    sdk.raises(InternalServerError, create(request_options=fault("status=502;times=1")), max_retries=3)
    sdk.raises(InternalServerError, create(request_options=fault("status=503;times=1")), max_retries=3)
    sdk.raises(ApiTimeoutError, create(request_options=fault("delay=2;times=1")), max_retries=3, timeout=0.2)
    assert len(magic_hour_mock.requests) == 4
    # A 503 or 429 with Retry-After says it was not acted on: retried.
    assert sdk(create(request_options=fault("status=503;retry-after=0;times=1")), max_retries=3).id
    assert len(magic_hour_mock.requests) == 6


def test_a_create_is_retried_when_the_connection_was_refused(
    sdk: Sdk, caplog: pytest.LogCaptureFixture
) -> None:
    import socket

    with socket.socket() as probe:  # a free port nobody listens on: connection refused
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sdk.raises(ApiConnectionError, create(), base_url=f"http://127.0.0.1:{port}", max_retries=2)
    attempts = [r for r in caplog.records if r.name == "magic_hour" and "no response" in r.getMessage()]
    assert len(attempts) == 3  # nothing was sent: the create is safe to try again


def test_client_errors_are_not_retried(sdk: Sdk, magic_hour_mock: MockServer) -> None:
    for status in (400, 401, 402, 404, 422):
        sdk.raises(ApiError, create(request_options=fault(f"status={status}")), max_retries=3)
    assert len(magic_hour_mock.requests) == 5


def test_backoff_is_real_without_the_test_patch(
    sdk: Sdk, magic_hour_mock: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_base_client, "_INITIAL_DELAY", 0.5)
    started = time.monotonic()
    sdk(get_job(request_options=fault("status=503;times=1")))
    assert time.monotonic() - started >= 0.37  # 0.5 s less at most 25 % jitter
    assert gets(magic_hour_mock) == 2


def test_request_options_override_retries_timeout_and_headers(sdk: Sdk, magic_hour_mock: MockServer) -> None:
    # max_retries: fewer and more than the client's.
    sdk.raises(
        InternalServerError, create(request_options=fault("status=503;times=9", max_retries=0)), max_retries=5
    )
    assert len(magic_hour_mock.requests) == 1
    magic_hour_mock.reset()
    assert sdk(get_job(request_options=fault("status=503;times=4", max_retries=4)), max_retries=0).id
    assert gets(magic_hour_mock) == 5
    magic_hour_mock.reset()
    # timeout: shorter than the client's.
    started = time.monotonic()
    sdk.raises(
        ApiTimeoutError, create(request_options=fault("delay=2", timeout=0.2, max_retries=0)), timeout=30
    )
    assert time.monotonic() - started < 1.5
    magic_hour_mock.reset()
    # headers: the request's and the client's both arrive, the request's win on a clash.
    sdk(
        create(request_options={"headers": {"X-Trace": "t-1", "X-Team": "request"}}),
        headers={"X-Team": "client", "X-App": "a"},
    )
    sent = magic_hour_mock.requests[0].headers
    assert (sent["x-trace"], sent["x-team"], sent["x-app"]) == ("t-1", "request", "a")
    assert sent["authorization"] == f"Bearer {TOKEN}"


# timeouts -----------------------------------------------------------------------------------


def test_slow_responses_time_out_after_the_allowed_retries(sdk: Sdk, magic_hour_mock: MockServer) -> None:
    job = sdk(create())
    started = time.monotonic()
    sdk.raises(
        ApiTimeoutError,
        lambda c: c.v1.image_projects.get(id=job.id, request_options=fault("delay=3")),
        timeout=0.25,
        max_retries=2,
    )
    elapsed = time.monotonic() - started
    assert 0.7 <= elapsed < 2.5  # three attempts of 0.25 s, tiny backoff, nowhere near the 3 s delay
    assert gets(magic_hour_mock) == 3


def test_a_slow_response_within_the_timeout_is_fine(sdk: Sdk, magic_hour_mock: MockServer) -> None:
    assert sdk(create(request_options=fault("delay=0.3")), timeout=2).id
    assert len(magic_hour_mock.requests) == 1


# generate() ---------------------------------------------------------------------------------


def test_generate_end_to_end(sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path) -> None:
    res = sdk(
        lambda c: c.v1.ai_image_generator.generate(
            image_count=2, style=STYLE, name="e2e", download_directory=tmp_path
        )
    )
    assert res.status == "complete" and res.name == "e2e" and res.error is None
    assert len(res.downloads) == 2 and len(res.downloaded_paths) == 2
    for path in res.downloaded_paths:
        assert Path(path).parent == tmp_path and Path(path).read_bytes().startswith(PNG_SIGNATURE)
    assert listing(tmp_path) == ["0.png", "1.png"]
    methods = [(r.method, r.path.split("/")[2]) for r in magic_hour_mock.requests]
    assert (
        methods == [("POST", "ai-image-generator")] + [("GET", "image-projects")] * 3 + [("GET", "files")] * 2
    )
    # The downloads went to the URLs the API returned, without the API's credentials.
    assert {r.path for r in requests_to(magic_hour_mock, "GET", "/_mock/files/")} == {
        httpx.URL(d.url).path for d in res.downloads
    }


def test_generate_without_waiting_polls_once(sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path) -> None:
    res = sdk(generate(tmp_path, wait_for_completion=False))
    assert res.status == "queued" and res.downloaded_paths == []
    assert [r.method for r in magic_hour_mock.requests] == ["POST", "GET"]
    assert listing(tmp_path) == []


def test_generate_of_a_failed_job(sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path) -> None:
    magic_hour_mock.set_job_outcome("error")
    res = sdk(generate(tmp_path))
    assert res.status == "error" and res.downloads == [] and res.downloaded_paths == []
    assert res.error is not None and res.error.code == "mock_failure" and res.error.message
    assert requests_to(magic_hour_mock, "GET", "/_mock/") == []
    assert listing(tmp_path) == []


def test_generate_wait_timeout(
    sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAGIC_HOUR_POLL_INTERVAL", "0.05")
    magic_hour_mock.add_fault("GET", "/v1/image-projects/{id}", status=200, body=project(status="rendering"))
    started = time.monotonic()
    err = sdk.raises(WaitTimeoutError, generate(tmp_path, wait_timeout=0.3))
    assert 0.3 <= time.monotonic() - started < 1.5
    assert err.body["status"] == "rendering" and err.body["id"] == "job-1"
    assert "rendering" in str(err)
    assert listing(tmp_path) == []


def test_generate_retries_a_transient_503_while_polling(
    sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path
) -> None:
    magic_hour_mock.add_fault("GET", "/v1/image-projects/{id}", status=503, times=1)
    res = sdk(generate(tmp_path))
    assert res.status == "complete" and len(res.downloaded_paths) == 1
    assert len(requests_to(magic_hour_mock, "GET", "/v1/image-projects/")) == 4


def test_generate_outlasts_failures_longer_than_max_retries(
    sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Three 503s against one retry per request: the first poll fails outright; the wait goes on.
    magic_hour_mock.add_fault("GET", "/v1/image-projects/{id}", status=503, times=3)
    res = sdk(generate(tmp_path), max_retries=1)
    assert res.status == "complete" and len(res.downloaded_paths) == 1
    assert "polling the job failed (InternalServerError); will retry" in caplog.text


def test_generate_honours_the_poll_interval_variable(
    sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAGIC_HOUR_POLL_INTERVAL", "0.2")
    started = time.monotonic()
    sdk(generate(tmp_path))
    assert time.monotonic() - started >= 0.45  # sleeps of 0.2 s, then 0.3 s, between the 3 polls
    monkeypatch.setenv("MAGIC_HOUR_POLL_INTERVAL", "0")
    started = time.monotonic()
    sdk(generate(tmp_path))
    assert time.monotonic() - started < 0.4


# downloads ----------------------------------------------------------------------------------


def test_truncated_download_leaves_nothing(sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path) -> None:
    magic_hour_mock.add_fault("GET", "/_mock/files/*", truncate=True)
    err = sdk.raises(DownloadError, generate(tmp_path), max_retries=1)
    assert "/_mock/files/" in str(err)
    assert listing(tmp_path) == []  # no partial file, no temporary file
    assert len(requests_to(magic_hour_mock, "GET", "/_mock/files/")) == 2
    # The job is not lost with the download: its final state comes with the error.
    assert err.job.status == "complete" and err.job.downloaded_paths == []
    assert err.job.downloads[0].url.startswith(magic_hour_mock.url + "/_mock/files/")


def test_a_failed_second_download_keeps_the_first(
    sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path
) -> None:
    magic_hour_mock.add_fault("GET", "/_mock/files/*/1.png", status=403)
    call = lambda c: c.v1.ai_image_generator.generate(  # noqa: E731
        image_count=2, style=STYLE, download_directory=tmp_path
    )
    err = sdk.raises(DownloadError, call)
    assert err.status_code == 403 and err.job.downloaded_paths == [str(tmp_path / "0.png")]
    assert listing(tmp_path) == ["0.png"]


def test_truncated_once_is_retried(sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path) -> None:
    magic_hour_mock.add_fault("GET", "/_mock/files/*", truncate=True, times=1)
    res = sdk(generate(tmp_path))
    data = Path(res.downloaded_paths[0]).read_bytes()
    assert data.startswith(PNG_SIGNATURE) and data.endswith(b"IEND\xaeB`\x82")
    assert listing(tmp_path) == ["0.png"]


def test_request_options_retries_apply_to_downloads(
    sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path
) -> None:
    magic_hour_mock.add_fault("GET", "/_mock/files/*", truncate=True)
    sdk.raises(DownloadError, generate(tmp_path, request_options={"max_retries": 0}), max_retries=3)
    assert len(requests_to(magic_hour_mock, "GET", "/_mock/files/")) == 1
    assert listing(tmp_path) == []


def test_request_options_timeout_applies_to_downloads(
    sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path
) -> None:
    magic_hour_mock.add_fault("GET", "/_mock/files/*", delay=2)
    options = {"timeout": 0.2, "max_retries": 0}
    err = sdk.raises(DownloadError, generate(tmp_path, request_options=options), timeout=30)
    assert "Timeout" in str(err), str(err)
    assert listing(tmp_path) == []


def test_request_options_headers_stay_off_downloads(
    sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path
) -> None:
    # An output URL is usually signed: extra headers could break its signature, or leak.
    sdk(generate(tmp_path, request_options={"headers": {"X-Trace": "abc"}}))
    assert all(
        r.headers.get("x-trace") == "abc" for r in magic_hour_mock.requests if r.path.startswith("/v1/")
    )
    assert [r.headers.get("x-trace") for r in requests_to(magic_hour_mock, "GET", "/_mock/files/")] == [None]


def test_download_over_the_size_cap_is_refused_up_front(
    sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path
) -> None:
    err = sdk.raises(DownloadError, generate(tmp_path, max_download_bytes=16), max_retries=3)
    assert "more than the limit of 16 bytes" in str(err)
    assert listing(tmp_path) == []
    assert len(requests_to(magic_hour_mock, "GET", "/_mock/files/")) == 1  # not retried


def test_download_exactly_at_the_cap_is_fine(sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path) -> None:
    probe = sdk(generate(tmp_path / "probe", max_download_bytes=None))
    size = Path(probe.downloaded_paths[0]).stat().st_size
    # The same file again (the mock's images differ from job to job), capped at its size.
    magic_hour_mock.add_fault(
        "GET", "/v1/image-projects/{id}", status=200, body=project(downloads=[probe.downloads[0].url])
    )
    res = sdk(generate(tmp_path / "capped", max_download_bytes=size))
    assert Path(res.downloaded_paths[0]).stat().st_size == size


def test_download_of_an_expired_url(sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path) -> None:
    magic_hour_mock.add_fault("GET", "/_mock/files/*", status=404)
    err = sdk.raises(DownloadError, generate(tmp_path), max_retries=3)
    assert err.status_code == 404 and REQUEST_ID.match(err.request_id)
    assert len(requests_to(magic_hour_mock, "GET", "/_mock/files/")) == 1
    assert listing(tmp_path) == []


def test_download_url_that_is_not_http(sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path) -> None:
    magic_hour_mock.add_fault(
        "GET", "/v1/image-projects/{id}", status=200, body=project(downloads=["file:///etc/passwd"])
    )
    err = sdk.raises(DownloadError, generate(tmp_path))
    assert "not an http(s) URL" in str(err)
    assert listing(tmp_path) == []


def fake_api(file_response: Callable[[], httpx.Response]) -> Callable[[httpx.Request], httpx.Response]:
    """An in-process Magic Hour for what the mock cannot send: bodies longer than announced."""

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/ai-image-generator":
            return httpx.Response(200, json={"id": "job-1", "credits_charged": 5})
        if request.url.path.startswith("/v1/image-projects/"):
            return httpx.Response(200, content=project(downloads=["https://files.example/job-1/out.png"]))
        assert "authorization" not in request.headers
        return file_response()

    return handle


def without_length(data: bytes) -> httpx.Response:
    response = httpx.Response(200, content=data, headers={"Content-Type": "image/png"})
    del response.headers["Content-Length"]
    return response


OVERSIZED = {
    "no length, past the cap": (
        lambda: without_length(PNG_SIGNATURE + b"\0" * 200_000),
        100_000,
        "limit of 100000 bytes",
    ),
    "more than its Content-Length": (
        lambda: httpx.Response(200, content=PNG_SIGNATURE + b"\0" * 5000, headers={"Content-Length": "100"}),
        None,
        "its Content-Length (100 bytes)",
    ),
}


@pytest.mark.parametrize("case", list(OVERSIZED))
def test_oversized_streamed_download(sdk: Sdk, tmp_path: Path, case: str) -> None:
    respond, cap, message = OVERSIZED[case]
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.host)
        return fake_api(respond)(request)

    transport = httpx.MockTransport(handler)
    http = httpx.Client(transport=transport) if sdk.mode == "sync" else httpx.AsyncClient(transport=transport)
    err = sdk.raises(
        DownloadError, generate(tmp_path, max_download_bytes=cap), httpx_client=http, max_retries=2
    )
    assert message in str(err)
    assert listing(tmp_path) == []
    assert calls.count("files.example") == 1  # final: not retried


def test_no_length_within_the_cap_is_fine(sdk: Sdk, tmp_path: Path) -> None:
    data = PNG_SIGNATURE + b"\0" * 70_000
    transport = httpx.MockTransport(fake_api(lambda: without_length(data)))
    http = httpx.Client(transport=transport) if sdk.mode == "sync" else httpx.AsyncClient(transport=transport)
    res = sdk(generate(tmp_path, max_download_bytes=len(data)), httpx_client=http)
    assert Path(res.downloaded_paths[0]).read_bytes() == data


HOSTILE_PATHS = {
    # URL path (percent-encoded, so it reaches the SDK as one segment) -> the file it must become
    "..%2F..%2Fx.png": "x.png",
    "%2Fetc%2Fabs.png": "abs.png",
    "..%5C..%5Cwin.png": "win.png",
    "a%00b.png": "a_b.png",
    "CON.png": "_CON.png",
    "nul.tar.png": "_nul.tar.png",
    "com1%20.png": "_com1 .png",
    "..png": "png",
    ".hidden.png": "hidden.png",
    "%E2%80%AEgnp.exe.png": "_gnp.exe.png",
}


@pytest.mark.parametrize("name", list(HOSTILE_PATHS))
def test_hostile_url_path_is_saved_inside_the_directory(
    sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path, name: str
) -> None:
    target = tmp_path / "a" / "b" / "downloads"
    url = f"{magic_hour_mock.url}/_mock/files/job-1/{name}"
    magic_hour_mock.add_fault("GET", "/v1/image-projects/{id}", status=200, body=project(downloads=[url]))
    res = sdk(generate(target))
    assert res.downloaded_paths == [str(target / HOSTILE_PATHS[name])]
    assert listing(tmp_path) == ["a", "a/b", "a/b/downloads", f"a/b/downloads/{HOSTILE_PATHS[name]}"]
    assert Path(res.downloaded_paths[0]).read_bytes().startswith(PNG_SIGNATURE)


HOSTILE_DISPOSITIONS = {
    'attachment; filename="../../x.png"': "x.png",
    'attachment; filename="/etc/abs.png"': "abs.png",
    'attachment; filename="..\\\\..\\\\win.png"': "win.png",
    "attachment; filename*=UTF-8''..%2F..%2Fencoded.png": "encoded.png",
    "attachment; filename*=UTF-8''a%00b.png": "a_b.png",
    'attachment; filename="LPT1.png"': "_LPT1.png",
    'attachment; filename=".."': "0.png",  # nothing usable: the URL's name
    "attachment; filename*=UTF-8''%C3%A9t%C3%A9.png": "été.png",
}


@pytest.mark.parametrize("disposition", list(HOSTILE_DISPOSITIONS))
def test_hostile_content_disposition_is_saved_inside_the_directory(
    sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path, disposition: str
) -> None:
    target = tmp_path / "a" / "b" / "downloads"
    magic_hour_mock.add_fault("GET", "/_mock/files/*", headers={"Content-Disposition": disposition})
    res = sdk(generate(target))
    assert res.downloaded_paths == [str(target / HOSTILE_DISPOSITIONS[disposition])]
    assert listing(tmp_path) == [
        "a",
        "a/b",
        "a/b/downloads",
        f"a/b/downloads/{HOSTILE_DISPOSITIONS[disposition]}",
    ]


def test_over_long_names_are_cut_to_fit_the_file_system(
    sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path
) -> None:
    long_name = "%C3%A9" * 200 + ".png"  # 400 bytes of UTF-8: too long for any file system
    url = f"{magic_hour_mock.url}/_mock/files/job-1/{long_name}"
    magic_hour_mock.add_fault("GET", "/v1/image-projects/{id}", status=200, body=project(downloads=[url]))
    saved = Path(sdk(generate(tmp_path)).downloaded_paths[0])
    assert saved.parent == tmp_path and saved.suffix == ".png" and set(saved.stem) == {"é"}
    assert len(saved.name.encode()) <= 200


def test_existing_files_are_never_overwritten_unless_asked(
    sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path
) -> None:
    (tmp_path / "0.png").write_bytes(b"mine")
    first = sdk(generate(tmp_path)).downloaded_paths
    second = sdk(generate(tmp_path)).downloaded_paths
    assert (first, second) == ([str(tmp_path / "0-1.png")], [str(tmp_path / "0-2.png")])
    assert (tmp_path / "0.png").read_bytes() == b"mine"
    third = sdk(generate(tmp_path, overwrite=True)).downloaded_paths
    assert third == [str(tmp_path / "0.png")]
    assert (tmp_path / "0.png").read_bytes().startswith(PNG_SIGNATURE)
    assert listing(tmp_path) == ["0-1.png", "0-2.png", "0.png"]


def test_a_symlink_in_the_way_is_not_followed(sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path) -> None:
    outside = tmp_path / "outside.png"
    outside.write_bytes(b"keep")
    target = tmp_path / "dl"
    target.mkdir()
    (target / "0.png").symlink_to(outside)
    assert sdk(generate(target)).downloaded_paths == [str(target / "0-1.png")]
    assert sdk(generate(target, overwrite=True)).downloaded_paths == [str(target / "0.png")]
    assert outside.read_bytes() == b"keep" and not (target / "0.png").is_symlink()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_downloads_get_the_usual_file_mode(sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        saved = Path(sdk(generate(tmp_path)).downloaded_paths[0])
    finally:
        os.umask(old)
    assert saved.stat().st_mode & 0o777 == 0o644  # not mkstemp's owner-only 0600


# responses ----------------------------------------------------------------------------------


def test_unknown_enum_values_and_extra_fields(sdk: Sdk, magic_hour_mock: MockServer) -> None:
    body = project(status="paused-by-admin", new_field={"nested": [1, 2]}, type="AI_IMAGE_V9")
    magic_hour_mock.add_fault("GET", "/v1/image-projects/{id}", status=200, body=body)
    res = sdk(lambda c: c.v1.image_projects.get(id="job-1"))
    assert res.status.name == "UNKNOWN" and res.status.value == "paused-by-admin"
    assert res.status == "paused-by-admin" and str(res.status) == "paused-by-admin"
    assert res.model_extra == {"new_field": {"nested": [1, 2]}}
    assert res.new_field == {"nested": [1, 2]}
    assert res.model_dump(mode="json")["new_field"] == {"nested": [1, 2]}


def test_generate_keeps_extra_fields(sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path) -> None:
    url = f"{magic_hour_mock.url}/_mock/files/job-1/out.png"
    magic_hour_mock.add_fault(
        "GET", "/v1/image-projects/{id}", status=200, body=project(downloads=[url], region="eu")
    )
    res = sdk(generate(tmp_path))
    assert res.model_extra == {"region": "eu"} and res.downloaded_paths == [str(tmp_path / "out.png")]


# secrets ------------------------------------------------------------------------------------


def test_reprs_hold_no_secret(sdk: Sdk) -> None:
    def look(c: Any) -> None:
        for obj in (c, c._core, c.v1, c.v1.ai_image_generator, c.v1.image_projects):
            _seen_texts.extend([repr(obj), str(obj), repr(vars(obj))])
        assert TOKEN in c._core._credentials["bearerAuth"].secret  # it is there, just never shown

    sdk(look)


@pytest.mark.parametrize("status, kind", [(401, AuthenticationError), (500, InternalServerError)])
def test_a_token_the_server_echoes_is_redacted_from_the_error(
    sdk: Sdk, magic_hour_mock: MockServer, status: int, kind: type[ApiError]
) -> None:
    echoed = '{"message": "the token %s is not valid", "detail": {"seen": ["Bearer %s"]}}' % (TOKEN, TOKEN)
    err = sdk.raises(kind, create(request_options=fault(f"status={status};body={echoed}")), max_retries=0)
    assert err.status_code == status
    assert err.body == {
        "message": "the token [redacted] is not valid",
        "detail": {"seen": ["Bearer [redacted]"]},
    }
    assert "the token [redacted] is not valid" in str(err)
    # leak_guard checks str(), repr(), body, headers and every attribute (data too) for the token


def test_the_token_is_only_sent_to_the_api(sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path) -> None:
    sdk(generate(tmp_path))
    sent = {
        r.path.split("/")[1] + "/" + r.path.split("/")[2]: r.headers.get("authorization")
        for r in magic_hour_mock.requests
    }
    assert sent["v1/ai-image-generator"] == sent["v1/image-projects"] == f"Bearer {TOKEN}"
    assert sent["_mock/files"] is None


# uploads of local files (the full spec: its generate() uploads local paths) -------------------

UPLOAD_SCRIPT = r"""
import asyncio, logging, sys
from magic_hour import AsyncClient, Client, ApiConnectionError

logging.basicConfig(level=logging.DEBUG)  # to stderr, which the test searches for the token

png, out = sys.argv[1], sys.argv[2]
token = "TOKEN"

def call(c):
    return c.v1.image_background_remover.generate(
        assets={"image_file_path": png}, download_directory=out, max_download_bytes=10_000)

with Client(token=token) as c:
    print("sync", call(c).status)

async def main():
    async with AsyncClient(token=token) as c:
        print("async", (await call(c)).status)

asyncio.run(main())
with Client(token=token, max_retries=1) as c:
    try:
        call(c)
    except ApiConnectionError as exc:
        print("dropped", type(exc).__name__, exc)
"""


@pytest.fixture(scope="module")
def full_sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("full-sdk")
    done = run_cli(
        "generate",
        "--spec",
        str(FULL_SPEC),
        "--config",
        str(ROOT / "spec" / "sdk.yaml"),
        "--out",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    return out


def test_uploads_carry_no_credentials(full_sdk: Path, tmp_path: Path) -> None:
    png = tmp_path / "in.png"
    png.write_bytes(PNG_SIGNATURE + b"local image")
    with MockServer(FULL_SPEC, ROOT / "spec" / "sdk.yaml") as full_mock:
        # The third run's upload is dropped every time: it must surface as ApiConnectionError.
        full_mock.add_fault("PUT", "/_mock/uploads/image-3.png", drop=True)
        env = sdk_subprocess_env(full_mock.base_url, PYTHONPATH=str(full_sdk))
        done = subprocess.run(
            [sys.executable, "-c", UPLOAD_SCRIPT.replace("TOKEN", TOKEN), str(png), str(tmp_path / "out")],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        _seen_texts.extend([done.stdout, done.stderr])
        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        assert lines[:2] == ["sync complete", "async complete"]
        assert lines[2].startswith("dropped ApiConnectionError PUT http://127.0.0.1:")
        puts = requests_to(full_mock, "PUT", "/_mock/uploads/")
        assert [r.body for r in puts[:2]] == [png.read_bytes()] * 2 and len(puts) == 4
        for recorded in full_mock.requests:
            if recorded.path.startswith("/_mock/"):
                assert "authorization" not in recorded.headers
            elif recorded.path.startswith("/v1/"):
                assert recorded.headers["authorization"] == f"Bearer {TOKEN}"
        created = [r.json() for r in full_mock.requests if r.method == "POST" and "background" in r.path]
        assert created[0]["assets"]["image_file_path"].startswith("mock-uploads/")


# credentials that would not fit in a header -------------------------------------------------


def test_token_with_a_trailing_newline_is_trimmed(sdk: Sdk, magic_hour_mock: MockServer) -> None:
    assert sdk(create(), token=TOKEN + "\n").id  # as read from a file or a `.env` line
    assert magic_hour_mock.requests[0].headers["authorization"] == f"Bearer {TOKEN}"


@pytest.mark.parametrize("bad", [TOKEN + "\nX-Injected: 1", "  \n"])
def test_token_that_cannot_be_a_header_is_refused_without_showing_it(sdk: Sdk, bad: str) -> None:
    with pytest.raises(ValueError) as caught:
        sdk(create(), token=bad)
    _seen_exceptions.append(caught.value)
    assert "bearerAuth" in str(caught.value) and "X-Injected" not in str(caught.value)


def test_httpx_errors_quoting_a_header_are_redacted(
    sdk: Sdk, magic_hour_mock: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    # The token pasted into another header, with a line break: httpx refuses the header and
    # quotes it. (httpcore's own DEBUG log quotes it too; that one is not the SDK's to redact.)
    caplog.set_level(logging.INFO, logger="httpcore")
    caplog.handler.setLevel(logging.DEBUG)  # set_level lowered the handler too: keep magic_hour's DEBUG
    options = {"headers": {"X-Debug": TOKEN + "\n"}}
    err = sdk.raises(ApiConnectionError, create(request_options=options), max_retries=3)
    assert "[redacted]" in str(err)
    assert magic_hour_mock.requests == []
    attempts = [r for r in caplog.records if r.name == "magic_hour" and "no response" in r.getMessage()]
    assert len(attempts) == 1  # cannot be sent: not retried


def test_a_url_scheme_httpx_cannot_speak_is_not_retried(sdk: Sdk, caplog: pytest.LogCaptureFixture) -> None:
    sdk.raises(ApiConnectionError, create(), base_url="ftp://127.0.0.1:9", max_retries=3)
    attempts = [r for r in caplog.records if r.name == "magic_hour" and "no response" in r.getMessage()]
    assert len(attempts) == 1


# more download names ------------------------------------------------------------------------


@pytest.mark.parametrize("overwrite", [False, True])
def test_outputs_with_the_same_name_are_two_files(
    sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path, overwrite: bool
) -> None:
    urls = [f"{magic_hour_mock.url}/_mock/files/{part}/out.png" for part in ("a", "b")]
    magic_hour_mock.add_fault("GET", "/v1/image-projects/{id}", status=200, body=project(downloads=urls))
    res = sdk(generate(tmp_path, overwrite=overwrite))
    assert res.downloaded_paths == [str(tmp_path / "out.png"), str(tmp_path / "out-1.png")]
    assert (tmp_path / "out.png").read_bytes() != (tmp_path / "out-1.png").read_bytes()  # a/ and b/ differ


def test_a_nameless_download_is_named_after_its_output_and_type(
    sdk: Sdk, magic_hour_mock: MockServer, tmp_path: Path
) -> None:
    url = f"{magic_hour_mock.url}/_mock/files/job-1/%2E%2E"  # the name is "..": nothing usable
    magic_hour_mock.add_fault("GET", "/v1/image-projects/{id}", status=200, body=project(downloads=[url]))
    assert sdk(generate(tmp_path)).downloaded_paths == [str(tmp_path / "output-1.bin")]
