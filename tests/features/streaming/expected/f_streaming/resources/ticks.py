"""`client.ticks`: Raw server-sent events (no schema).."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._streaming import AsyncStream, ServerSentEvent, Stream, StreamOf
from .._types import RequestOptions


class TicksResource:
    """Methods of `client.ticks`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> Stream[ServerSentEvent]:
        """Raw server-sent events (no schema).

        `GET /ticks`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `Stream[ServerSentEvent]`: Ticks.

        Example:
            ```python
            for item in client.ticks.list():
                print(item)
            ```
        """
        return self._core.request(
            "GET",
            "/ticks",
            accept="text/event-stream",
            cast_to=StreamOf[ServerSentEvent](ServerSentEvent, "sse"),
            options=request_options,
        )


class AsyncTicksResource:
    """Async methods of `client.ticks`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> AsyncStream[ServerSentEvent]:
        """Raw server-sent events (no schema).

        `GET /ticks`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `AsyncStream[ServerSentEvent]`: Ticks.

        Example:
            ```python
            async for item in await client.ticks.list():
                print(item)
            ```
        """
        return await self._core.request(
            "GET",
            "/ticks",
            accept="text/event-stream",
            cast_to=StreamOf[ServerSentEvent](ServerSentEvent, "sse"),
            options=request_options,
        )
