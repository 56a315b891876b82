"""`client.public`: resource group."""

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


class PublicResource:
    """Methods of `client.public`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> PublicResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return PublicResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> PublicResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return PublicResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get public

        `GET /public`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            client.public.list()
            ```
        """
        return self._core.request(
            "GET",
            "/public",
            cast_to=models.MeListResponse,
            options=request_options,
        )


class PublicResourceWithRawResponse:
    """`client.public.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: PublicResource) -> None:
        self.list = to_raw_response(resource.list)


class PublicResourceWithStreamingResponse:
    """`client.public.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: PublicResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncPublicResource:
    """Async methods of `client.public`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncPublicResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncPublicResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncPublicResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncPublicResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get public

        `GET /public`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            await client.public.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/public",
            cast_to=models.MeListResponse,
            options=request_options,
        )


class AsyncPublicResourceWithRawResponse:
    """`client.public.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncPublicResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncPublicResourceWithStreamingResponse:
    """`client.public.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncPublicResource) -> None:
        self.list = async_to_streamed_response(resource.list)
