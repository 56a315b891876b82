"""`client.optional`: resource group."""

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


class OptionalResource:
    """Methods of `client.optional`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> OptionalResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return OptionalResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> OptionalResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return OptionalResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get optional

        A bearer token if you have one, anonymous otherwise.

        `GET /optional`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            client.optional.list()
            ```
        """
        return self._core.request(
            "GET",
            "/optional",
            auth=(("bearerAuth",), ()),
            cast_to=models.MeListResponse,
            options=request_options,
        )


class OptionalResourceWithRawResponse:
    """`client.optional.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: OptionalResource) -> None:
        self.list = to_raw_response(resource.list)


class OptionalResourceWithStreamingResponse:
    """`client.optional.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: OptionalResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncOptionalResource:
    """Async methods of `client.optional`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncOptionalResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncOptionalResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncOptionalResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncOptionalResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get optional

        A bearer token if you have one, anonymous otherwise.

        `GET /optional`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            await client.optional.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/optional",
            auth=(("bearerAuth",), ()),
            cast_to=models.MeListResponse,
            options=request_options,
        )


class AsyncOptionalResourceWithRawResponse:
    """`client.optional.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncOptionalResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncOptionalResourceWithStreamingResponse:
    """`client.optional.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncOptionalResource) -> None:
        self.list = async_to_streamed_response(resource.list)
