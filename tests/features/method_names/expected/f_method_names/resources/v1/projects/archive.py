"""`client.v1.projects.archive`: resource group."""

from __future__ import annotations

import typing

from ...._base_client import AsyncCore, SyncCore
from ...._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from ...._types import RequestOptions


class ArchiveResource:
    """Methods of `client.v1.projects.archive`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ArchiveResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ArchiveResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ArchiveResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ArchiveResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """create

        `POST /v1/projects/{id}/archive`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.v1.projects.archive.create(
                id="string",
            )
            ```
        """
        self._core.request(
            "POST",
            "/v1/projects/{id}/archive",
            path_params={"id": id},
            cast_to=None,
            options=request_options,
        )


class ArchiveResourceWithRawResponse:
    """`client.v1.projects.archive.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ArchiveResource) -> None:
        self.create = to_raw_response(resource.create)


class ArchiveResourceWithStreamingResponse:
    """`client.v1.projects.archive.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ArchiveResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncArchiveResource:
    """Async methods of `client.v1.projects.archive`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncArchiveResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncArchiveResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncArchiveResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncArchiveResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """create

        `POST /v1/projects/{id}/archive`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.v1.projects.archive.create(
                id="string",
            )
            ```
        """
        await self._core.request(
            "POST",
            "/v1/projects/{id}/archive",
            path_params={"id": id},
            cast_to=None,
            options=request_options,
        )


class AsyncArchiveResourceWithRawResponse:
    """`client.v1.projects.archive.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncArchiveResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncArchiveResourceWithStreamingResponse:
    """`client.v1.projects.archive.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncArchiveResource) -> None:
        self.create = async_to_streamed_response(resource.create)
