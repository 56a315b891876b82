"""`client.me`: resource group."""

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


class MeResource:
    """Methods of `client.me`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> MeResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return MeResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> MeResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return MeResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get me

        Uses the document's default (bearer).

        `GET /me`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            client.me.list()
            ```
        """
        return self._core.request(
            "GET",
            "/me",
            auth=(("bearerAuth",),),
            cast_to=models.MeListResponse,
            options=request_options,
        )


class MeResourceWithRawResponse:
    """`client.me.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: MeResource) -> None:
        self.list = to_raw_response(resource.list)


class MeResourceWithStreamingResponse:
    """`client.me.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: MeResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncMeResource:
    """Async methods of `client.me`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncMeResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncMeResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncMeResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncMeResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.MeListResponse:
        """Get me

        Uses the document's default (bearer).

        `GET /me`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.MeListResponse`: OK

        Example:
            ```python
            await client.me.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/me",
            auth=(("bearerAuth",),),
            cast_to=models.MeListResponse,
            options=request_options,
        )


class AsyncMeResourceWithRawResponse:
    """`client.me.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncMeResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncMeResourceWithStreamingResponse:
    """`client.me.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncMeResource) -> None:
        self.list = async_to_streamed_response(resource.list)
