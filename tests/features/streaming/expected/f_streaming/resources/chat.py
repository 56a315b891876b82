"""`client.chat`: Stream a reply, one server-sent event per token.."""

from __future__ import annotations

import typing

import typing_extensions

from .._base_client import AsyncCore, SyncCore, check_body
from .._raw import async_to_raw_response, to_raw_response
from .._streaming import AsyncStream, Stream, StreamOf
from .._types import RequestOptions
from ..types import models, params


class ChatResource:
    """Methods of `client.chat`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ChatResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ChatResourceWithRawResponse(self)

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


class ChatResourceWithRawResponse:
    """`client.chat.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ChatResource) -> None:
        self.create = to_raw_response(resource.create)


class AsyncChatResource:
    """Async methods of `client.chat`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncChatResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncChatResourceWithRawResponse(self)

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


class AsyncChatResourceWithRawResponse:
    """`client.chat.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncChatResource) -> None:
        self.create = async_to_raw_response(resource.create)
