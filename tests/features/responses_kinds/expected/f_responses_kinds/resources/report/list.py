"""`client.report.list`: resource group."""

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


class ListResource:
    """Methods of `client.report.list`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ListResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ListResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ListResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ListResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.List[str]:
        """List reports

        `GET /report/list`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.List[str]`: A JSON array of strings.

        Example:
            ```python
            client.report.list.list()
            ```
        """
        return self._core.request(
            "GET",
            "/report/list",
            cast_to=typing.List[str],
            options=request_options,
        )


class ListResourceWithRawResponse:
    """`client.report.list.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ListResource) -> None:
        self.list = to_raw_response(resource.list)


class ListResourceWithStreamingResponse:
    """`client.report.list.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ListResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncListResource:
    """Async methods of `client.report.list`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncListResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncListResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncListResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncListResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.List[str]:
        """List reports

        `GET /report/list`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.List[str]`: A JSON array of strings.

        Example:
            ```python
            await client.report.list.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/report/list",
            cast_to=typing.List[str],
            options=request_options,
        )


class AsyncListResourceWithRawResponse:
    """`client.report.list.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncListResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncListResourceWithStreamingResponse:
    """`client.report.list.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncListResource) -> None:
        self.list = async_to_streamed_response(resource.list)
