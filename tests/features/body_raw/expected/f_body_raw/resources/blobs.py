"""`client.blobs`: resource group."""

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


class BlobsResource:
    """Methods of `client.blobs`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> BlobsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return BlobsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> BlobsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return BlobsResourceWithStreamingResponse(self)

    def update(
        self,
        *,
        name: str,
        body: typing.Union[bytes, typing.IO[bytes]],
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Put blob

        `PUT /blobs/{name}`

        Args:
            name: The `name` path parameter.
            body: The request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.blobs.update(
                name="string",
                body=b"file content",
            )
            ```
        """
        self._core.request(
            "PUT",
            "/blobs/{name}",
            path_params={"name": name},
            content=body,
            content_type="application/octet-stream",
            cast_to=None,
            options=request_options,
        )


class BlobsResourceWithRawResponse:
    """`client.blobs.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: BlobsResource) -> None:
        self.update = to_raw_response(resource.update)


class BlobsResourceWithStreamingResponse:
    """`client.blobs.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: BlobsResource) -> None:
        self.update = to_streamed_response(resource.update)


class AsyncBlobsResource:
    """Async methods of `client.blobs`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncBlobsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncBlobsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncBlobsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncBlobsResourceWithStreamingResponse(self)

    async def update(
        self,
        *,
        name: str,
        body: typing.Union[bytes, typing.IO[bytes]],
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Put blob

        `PUT /blobs/{name}`

        Args:
            name: The `name` path parameter.
            body: The request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.blobs.update(
                name="string",
                body=b"file content",
            )
            ```
        """
        await self._core.request(
            "PUT",
            "/blobs/{name}",
            path_params={"name": name},
            content=body,
            content_type="application/octet-stream",
            cast_to=None,
            options=request_options,
        )


class AsyncBlobsResourceWithRawResponse:
    """`client.blobs.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncBlobsResource) -> None:
        self.update = async_to_raw_response(resource.update)


class AsyncBlobsResourceWithStreamingResponse:
    """`client.blobs.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncBlobsResource) -> None:
        self.update = async_to_streamed_response(resource.update)
