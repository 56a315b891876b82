"""`client.users.touch`: resource group."""

from __future__ import annotations

import typing

from ..._base_client import AsyncCore, SyncCore
from ..._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from ..._types import RequestOptions


class TouchResource:
    """Methods of `client.users.touch`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> TouchResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return TouchResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> TouchResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return TouchResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Touch user

        `POST /users/{id}/touch`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.users.touch.create(
                id="string",
            )
            ```
        """
        self._core.request(
            "POST",
            "/users/{id}/touch",
            path_params={"id": id},
            json={},
            cast_to=None,
            options=request_options,
        )


class TouchResourceWithRawResponse:
    """`client.users.touch.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: TouchResource) -> None:
        self.create = to_raw_response(resource.create)


class TouchResourceWithStreamingResponse:
    """`client.users.touch.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: TouchResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncTouchResource:
    """Async methods of `client.users.touch`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncTouchResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncTouchResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncTouchResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncTouchResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Touch user

        `POST /users/{id}/touch`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.users.touch.create(
                id="string",
            )
            ```
        """
        await self._core.request(
            "POST",
            "/users/{id}/touch",
            path_params={"id": id},
            json={},
            cast_to=None,
            options=request_options,
        )


class AsyncTouchResourceWithRawResponse:
    """`client.users.touch.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncTouchResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncTouchResourceWithStreamingResponse:
    """`client.users.touch.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncTouchResource) -> None:
        self.create = async_to_streamed_response(resource.create)
