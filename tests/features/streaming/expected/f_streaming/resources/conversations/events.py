"""`client.conversations.events`: Stream a conversation's events (the schema describes the whole event).."""

from __future__ import annotations

import typing

from ..._base_client import AsyncCore, SyncCore
from ..._streaming import AsyncStream, Stream, StreamOf
from ..._types import RequestOptions
from ...types import models


class EventsResource:
    """Methods of `client.conversations.events`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> Stream[models.ConversationsEventsListEvent]:
        """Stream a conversation's events (the schema describes the whole event).

        `GET /conversations/{id}/events`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `Stream[models.ConversationsEventsListEvent]`: Events.

        Example:
            ```python
            for item in client.conversations.events.list(
                id="string",
            ):
                print(item)
            ```
        """
        return self._core.request(
            "GET",
            "/conversations/{id}/events",
            path_params={"id": id},
            accept="text/event-stream",
            cast_to=StreamOf[models.ConversationsEventsListEvent](
                models.ConversationsEventsListEvent, "sse", whole_event=True
            ),
            options=request_options,
        )


class AsyncEventsResource:
    """Async methods of `client.conversations.events`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> AsyncStream[models.ConversationsEventsListEvent]:
        """Stream a conversation's events (the schema describes the whole event).

        `GET /conversations/{id}/events`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `AsyncStream[models.ConversationsEventsListEvent]`: Events.

        Example:
            ```python
            async for item in await client.conversations.events.list(
                id="string",
            ):
                print(item)
            ```
        """
        return await self._core.request(
            "GET",
            "/conversations/{id}/events",
            path_params={"id": id},
            accept="text/event-stream",
            cast_to=StreamOf[models.ConversationsEventsListEvent](
                models.ConversationsEventsListEvent, "sse", whole_event=True
            ),
            options=request_options,
        )
