"""`client.counts`: resource group."""

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


class CountsResource:
    """Methods of `client.counts`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> CountsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return CountsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> CountsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return CountsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.Dict[str, int]:
        """Get counts

        `GET /counts`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.Dict[str, int]`: A typed map of counts.

        Example:
            ```python
            client.counts.list()
            ```
        """
        return self._core.request(
            "GET",
            "/counts",
            cast_to=typing.Dict[str, int],
            options=request_options,
        )


class CountsResourceWithRawResponse:
    """`client.counts.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: CountsResource) -> None:
        self.list = to_raw_response(resource.list)


class CountsResourceWithStreamingResponse:
    """`client.counts.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: CountsResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncCountsResource:
    """Async methods of `client.counts`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncCountsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncCountsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncCountsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncCountsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.Dict[str, int]:
        """Get counts

        `GET /counts`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.Dict[str, int]`: A typed map of counts.

        Example:
            ```python
            await client.counts.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/counts",
            cast_to=typing.Dict[str, int],
            options=request_options,
        )


class AsyncCountsResourceWithRawResponse:
    """`client.counts.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncCountsResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncCountsResourceWithStreamingResponse:
    """`client.counts.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncCountsResource) -> None:
        self.list = async_to_streamed_response(resource.list)
