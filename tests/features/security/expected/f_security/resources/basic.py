"""`client.basic`: resource group."""

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
from ..types import models


class BasicResource:
    """Methods of `client.basic`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> BasicResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return BasicResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> BasicResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return BasicResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get basic

        `GET /basic`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            client.basic.list()
            ```
        """
        return self._core.request(
            "GET",
            "/basic",
            auth=(("basicAuth",),),
            cast_to=models.MeListResponse,
            options=request_options,
        )


class BasicResourceWithRawResponse:
    """`client.basic.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: BasicResource) -> None:
        self.list = to_raw_response(resource.list)


class BasicResourceWithStreamingResponse:
    """`client.basic.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: BasicResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncBasicResource:
    """Async methods of `client.basic`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncBasicResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncBasicResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncBasicResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncBasicResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get basic

        `GET /basic`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            await client.basic.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/basic",
            auth=(("basicAuth",),),
            cast_to=models.MeListResponse,
            options=request_options,
        )


class AsyncBasicResourceWithRawResponse:
    """`client.basic.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncBasicResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncBasicResourceWithStreamingResponse:
    """`client.basic.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncBasicResource) -> None:
        self.list = async_to_streamed_response(resource.list)
