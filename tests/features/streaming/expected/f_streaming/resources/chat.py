"""`client.chat`: Stream a reply, one server-sent event per token.."""

from __future__ import annotations

import typing

import typing_extensions

from .._base_client import AsyncCore, SyncCore, check_body
from .._streaming import AsyncStream, Stream, StreamOf
from .._types import RequestOptions
from ..types import models, params


class ChatResource:
    """Methods of `client.chat`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.ChatCreateBody],
    ) -> Stream[models.Token]:
        """Stream a reply, one server-sent event per token.

        `POST /chat`

        Args:
            prompt: `prompt` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `Stream[models.Token]`: Tokens as they are produced; `[DONE]` ends the stream.

        Example:
            ```python
            for item in client.chat.create(
                prompt="string",
            ):
                print(item)
            ```
        """
        check_body("create", body, params.ChatCreateBody)
        return self._core.request(
            "POST",
            "/chat",
            json=body,
            accept="text/event-stream",
            cast_to=StreamOf[models.Token](models.Token, "sse"),
            options=request_options,
        )


class AsyncChatResource:
    """Async methods of `client.chat`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.ChatCreateBody],
    ) -> AsyncStream[models.Token]:
        """Stream a reply, one server-sent event per token.

        `POST /chat`

        Args:
            prompt: `prompt` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `AsyncStream[models.Token]`: Tokens as they are produced; `[DONE]` ends the stream.

        Example:
            ```python
            async for item in await client.chat.create(
                prompt="string",
            ):
                print(item)
            ```
        """
        check_body("create", body, params.ChatCreateBody)
        return await self._core.request(
            "POST",
            "/chat",
            json=body,
            accept="text/event-stream",
            cast_to=StreamOf[models.Token](models.Token, "sse"),
            options=request_options,
        )
