"""`client.key_header`: resource group."""

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


class KeyHeaderResource:
    """Methods of `client.key_header`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> KeyHeaderResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return KeyHeaderResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> KeyHeaderResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return KeyHeaderResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get key header

        `GET /key-header`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            client.key_header.list()
            ```
        """
        return self._core.request(
            "GET",
            "/key-header",
            auth=(("headerKey",),),
            cast_to=models.MeListResponse,
            options=request_options,
        )


class KeyHeaderResourceWithRawResponse:
    """`client.key_header.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: KeyHeaderResource) -> None:
        self.list = to_raw_response(resource.list)


class KeyHeaderResourceWithStreamingResponse:
    """`client.key_header.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: KeyHeaderResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncKeyHeaderResource:
    """Async methods of `client.key_header`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncKeyHeaderResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncKeyHeaderResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncKeyHeaderResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncKeyHeaderResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get key header

        `GET /key-header`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            await client.key_header.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/key-header",
            auth=(("headerKey",),),
            cast_to=models.MeListResponse,
            options=request_options,
        )


class AsyncKeyHeaderResourceWithRawResponse:
    """`client.key_header.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncKeyHeaderResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncKeyHeaderResourceWithStreamingResponse:
    """`client.key_header.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncKeyHeaderResource) -> None:
        self.list = async_to_streamed_response(resource.list)
