"""`client.things`: resource group."""

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


class ThingsResource:
    """Methods of `client.things`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ThingsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ThingsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ThingsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ThingsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.List[str]:
        """List things

        `GET /things`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.List[str]`: OK

        Example:
            ```python
            client.things.list()
            ```
        """
        return self._core.request(
            "GET",
            "/things",
            cast_to=typing.List[str],
            options=request_options,
        )


class ThingsResourceWithRawResponse:
    """`client.things.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ThingsResource) -> None:
        self.list = to_raw_response(resource.list)


class ThingsResourceWithStreamingResponse:
    """`client.things.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ThingsResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncThingsResource:
    """Async methods of `client.things`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncThingsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncThingsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncThingsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncThingsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.List[str]:
        """List things

        `GET /things`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.List[str]`: OK

        Example:
            ```python
            await client.things.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/things",
            cast_to=typing.List[str],
            options=request_options,
        )


class AsyncThingsResourceWithRawResponse:
    """`client.things.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncThingsResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncThingsResourceWithStreamingResponse:
    """`client.things.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncThingsResource) -> None:
        self.list = async_to_streamed_response(resource.list)
