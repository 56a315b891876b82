"""`client.root`: resource group."""

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


class RootResource:
    """Methods of `client.root`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> RootResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return RootResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> RootResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return RootResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.V1ProjectsListResponse:
        """list

        `GET /`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1ProjectsListResponse`: OK

        Example:
            ```python
            client.root.list()
            ```
        """
        return self._core.request(
            "GET",
            "/",
            cast_to=models.V1ProjectsListResponse,
            options=request_options,
        )


class RootResourceWithRawResponse:
    """`client.root.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: RootResource) -> None:
        self.list = to_raw_response(resource.list)


class RootResourceWithStreamingResponse:
    """`client.root.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: RootResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncRootResource:
    """Async methods of `client.root`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncRootResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncRootResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncRootResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncRootResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.V1ProjectsListResponse:
        """list

        `GET /`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1ProjectsListResponse`: OK

        Example:
            ```python
            await client.root.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/",
            cast_to=models.V1ProjectsListResponse,
            options=request_options,
        )


class AsyncRootResourceWithRawResponse:
    """`client.root.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncRootResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncRootResourceWithStreamingResponse:
    """`client.root.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncRootResource) -> None:
        self.list = async_to_streamed_response(resource.list)
