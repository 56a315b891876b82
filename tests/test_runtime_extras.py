"""The generated runtime's conveniences on the wire (issue 18): `with_options`, errors with
context, safe retries of writes, debug logging, raw responses and pagination.

Magic Hour cases run through `Client` and `AsyncClient` against the shared Magic Hour mock; the
pagination cases against the mock of tests/features/pagination.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any, Callable

import pytest

from generator.mock import MockServer
from magic_hour import AsyncClient, Client, InternalServerError
from magic_hour import _base_client

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
