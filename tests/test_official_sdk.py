"""Code written for the official `magic-hour` Python SDK, run against ours and our mock (issue 17).

Each test calls the SDK the way the official SDK's README and docs show, through `Client` and
`AsyncClient` (the `run` fixture), and checks the request that reached the mock: what its users'
code sends must not change when they switch SDKs.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any, Callable

import httpx
import pytest

from generator.mock import MockServer
from magic_hour import ApiError, AsyncClient, BinaryResponse, Client, Environment, NotFoundError

TOKEN = "sk-test-official"
STYLE = {"prompt": "Cool image", "tool": "ai-anime-generator"}


class Run:
    """Runs `fn(client)` with a `Client`, or with an `AsyncClient` inside an event loop."""

    def __init__(self, mode: str) -> None:
        self.mode = mode

    def __call__(self, fn: Callable[[Any], Any], **client: Any) -> Any:
        client.setdefault("token", TOKEN)
        if self.mode == "sync":
            with Client(**client) as c:
                return fn(c)

        async def main() -> Any:
            async with AsyncClient(**client) as c:
                result = fn(c)
                return await result if inspect.isawaitable(result) else result

        return asyncio.run(main())


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest, magic_hour_env: MockServer) -> Run:
    return Run(request.param)


def _create(**extra: Any) -> Callable[[Any], Any]:
    return lambda c: c.v1.ai_image_generator.create(image_count=1, style=STYLE, aspect_ratio="1:1", **extra)


# request_options -----------------------------------------------------------------------------


def test_request_options_additional_headers_and_params_are_sent(run: Run, magic_hour_env: MockServer) -> None:
    options = {"additional_headers": {"X-Trace": "abc"}, "additional_params": {"debug": "1"}}
    run(_create(request_options=options))
    (sent,) = [r for r in magic_hour_env.requests if r.method == "POST"]
    assert sent.headers["x-trace"] == "abc"
    assert sent.query == {"debug": ["1"]}


def test_request_options_ours_win_over_the_other_spelling(run: Run, magic_hour_env: MockServer) -> None:
    options = {"additional_headers": {"X-Trace": "theirs"}, "headers": {"X-Trace": "ours"}}
    run(_create(request_options=options))
    (sent,) = [r for r in magic_hour_env.requests if r.method == "POST"]
    assert sent.headers["x-trace"] == "ours"


def test_request_options_unknown_key_is_a_type_error(run: Run, magic_hour_env: MockServer) -> None:
    with pytest.raises(TypeError, match="additional_header"):
        run(_create(request_options={"additional_header": {"X-Trace": "abc"}}))
    assert magic_hour_env.requests == []


# the client and its errors -------------------------------------------------------------------


def test_httpx_client_is_used(run: Run, magic_hour_env: MockServer) -> None:
    seen: list[httpx.Request] = []

    async def arecord(request: httpx.Request) -> None:
        seen.append(request)

    if run.mode == "sync":
        http: Any = httpx.Client(event_hooks={"request": [seen.append]})
    else:
        http = httpx.AsyncClient(event_hooks={"request": [arecord]})
    run(_create(), httpx_client=http)
    assert [r.method for r in seen] == ["POST"]


def test_environments_of_the_official_sdk() -> None:
    assert Environment.ENVIRONMENT is Environment.PRODUCTION
    assert Environment.ENVIRONMENT.value == "https://api.magichour.ai"
    # Ours is sdkgen's own mock on its usual port, not a hosted one.
    assert Environment.MOCK_SERVER.value.startswith("http://127.0.0.1:")


def test_environment_mock_server_reaches_a_mock_on_that_port(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAGIC_HOUR_BASE_URL", raising=False)
    port = int(Environment.MOCK_SERVER.value.rsplit(":", 1)[1])
    from conftest import MAGIC_HOUR_CONFIG, MAGIC_HOUR_SPEC

    try:
        server = MockServer(MAGIC_HOUR_SPEC, MAGIC_HOUR_CONFIG, port=port).start()
    except OSError:
        pytest.skip(f"port {port} is taken on this machine")
    try:
        with Client(token=TOKEN, environment=Environment.MOCK_SERVER) as c:
            res = _create()(c)
        assert res.id
    finally:
        server.stop()


def test_api_error_response_is_the_httpx_response(run: Run, magic_hour_env: MockServer) -> None:
    magic_hour_env.add_fault("POST", "*", status=404)
    with pytest.raises(NotFoundError) as info:
        run(_create(), max_retries=0)
    assert isinstance(info.value, ApiError)
    assert isinstance(info.value.response, httpx.Response)
    assert info.value.response.status_code == 404


def test_binary_response_is_bytes_with_headers() -> None:
    res = BinaryResponse(b"\x89PNG", httpx.Headers({"content-type": "image/png"}))
    assert res == b"\x89PNG" and res.content == b"\x89PNG"
    assert res.headers["content-type"] == "image/png"
