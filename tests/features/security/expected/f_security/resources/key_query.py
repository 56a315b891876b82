"""`client.key_query`: resource group."""

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


class KeyQueryResource:
    """Methods of `client.key_query`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> KeyQueryResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return KeyQueryResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> KeyQueryResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return KeyQueryResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get key query

        `GET /key-query`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            client.key_query.list()
            ```
        """
        return self._core.request(
            "GET",
            "/key-query",
            auth=(("queryKey",),),
            cast_to=models.MeListResponse,
            options=request_options,
        )


class KeyQueryResourceWithRawResponse:
    """`client.key_query.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: KeyQueryResource) -> None:
        self.list = to_raw_response(resource.list)


class KeyQueryResourceWithStreamingResponse:
    """`client.key_query.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: KeyQueryResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncKeyQueryResource:
    """Async methods of `client.key_query`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncKeyQueryResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncKeyQueryResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncKeyQueryResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncKeyQueryResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get key query

        `GET /key-query`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            await client.key_query.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/key-query",
            auth=(("queryKey",),),
            cast_to=models.MeListResponse,
            options=request_options,
        )


class AsyncKeyQueryResourceWithRawResponse:
    """`client.key_query.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncKeyQueryResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncKeyQueryResourceWithStreamingResponse:
    """`client.key_query.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncKeyQueryResource) -> None:
        self.list = async_to_streamed_response(resource.list)
