"""`client.colors`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._types import RequestOptions


class ColorsResource:
    """Methods of `client.colors`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ColorsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ColorsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ColorsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ColorsResourceWithStreamingResponse(self)

    def get(
        self,
        *,
        ids: typing.Sequence[int],
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Get colors

        `GET /colors/{ids}`

        Args:
            ids: The `ids` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.colors.get(
                ids=[1],
            )
            ```
        """
        self._core.request(
            "GET",
            "/colors/{ids}",
            path_params={"ids": ids},
            cast_to=None,
            options=request_options,
        )


class ColorsResourceWithRawResponse:
    """`client.colors.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ColorsResource) -> None:
        self.get = to_raw_response(resource.get)


class ColorsResourceWithStreamingResponse:
    """`client.colors.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ColorsResource) -> None:
        self.get = to_streamed_response(resource.get)


class AsyncColorsResource:
    """Async methods of `client.colors`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncColorsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncColorsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncColorsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncColorsResourceWithStreamingResponse(self)

    async def get(
        self,
        *,
        ids: typing.Sequence[int],
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Get colors

        `GET /colors/{ids}`

        Args:
            ids: The `ids` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.colors.get(
                ids=[1],
            )
            ```
        """
        await self._core.request(
            "GET",
            "/colors/{ids}",
            path_params={"ids": ids},
            cast_to=None,
            options=request_options,
        )


class AsyncColorsResourceWithRawResponse:
    """`client.colors.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncColorsResource) -> None:
        self.get = async_to_raw_response(resource.get)


class AsyncColorsResourceWithStreamingResponse:
    """`client.colors.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncColorsResource) -> None:
        self.get = async_to_streamed_response(resource.get)
