"""`client.uploads`: resource group."""

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


class UploadsResource:
    """Methods of `client.uploads`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> UploadsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return UploadsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> UploadsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return UploadsResourceWithStreamingResponse(self)

    def update(
        self,
        *,
        body: typing.Union[bytes, typing.IO[bytes]],
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Put upload

        `PUT /uploads`

        Sent to `https://eu.uploads.example.com`, unless the client was given a base URL.

        Args:
            body: The request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.uploads.update(
                body=b"file content",
            )
            ```
        """
        self._core.request(
            "PUT",
            "/uploads",
            content=body,
            content_type="application/octet-stream",
            server="https://eu.uploads.example.com",
            cast_to=None,
            options=request_options,
        )

    def delete(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Delete upload

        `DELETE /uploads`

        Sent to `https://cleanup.example.com`, unless the client was given a base URL.

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.uploads.delete()
            ```
        """
        self._core.request(
            "DELETE",
            "/uploads",
            server="https://cleanup.example.com",
            cast_to=None,
            options=request_options,
        )


class UploadsResourceWithRawResponse:
    """`client.uploads.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: UploadsResource) -> None:
        self.update = to_raw_response(resource.update)
        self.delete = to_raw_response(resource.delete)


class UploadsResourceWithStreamingResponse:
    """`client.uploads.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: UploadsResource) -> None:
        self.update = to_streamed_response(resource.update)
        self.delete = to_streamed_response(resource.delete)


class AsyncUploadsResource:
    """Async methods of `client.uploads`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncUploadsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncUploadsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncUploadsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncUploadsResourceWithStreamingResponse(self)

    async def update(
        self,
        *,
        body: typing.Union[bytes, typing.IO[bytes]],
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Put upload

        `PUT /uploads`

        Sent to `https://eu.uploads.example.com`, unless the client was given a base URL.

        Args:
            body: The request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.uploads.update(
                body=b"file content",
            )
            ```
        """
        await self._core.request(
            "PUT",
            "/uploads",
            content=body,
            content_type="application/octet-stream",
            server="https://eu.uploads.example.com",
            cast_to=None,
            options=request_options,
        )

    async def delete(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Delete upload

        `DELETE /uploads`

        Sent to `https://cleanup.example.com`, unless the client was given a base URL.

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.uploads.delete()
            ```
        """
        await self._core.request(
            "DELETE",
            "/uploads",
            server="https://cleanup.example.com",
            cast_to=None,
            options=request_options,
        )


class AsyncUploadsResourceWithRawResponse:
    """`client.uploads.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncUploadsResource) -> None:
        self.update = async_to_raw_response(resource.update)
        self.delete = async_to_raw_response(resource.delete)


class AsyncUploadsResourceWithStreamingResponse:
    """`client.uploads.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncUploadsResource) -> None:
        self.update = async_to_streamed_response(resource.update)
        self.delete = async_to_streamed_response(resource.delete)
