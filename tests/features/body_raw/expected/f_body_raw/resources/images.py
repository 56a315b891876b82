"""`client.images`: resource group."""

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


class ImagesResource:
    """Methods of `client.images`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ImagesResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ImagesResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ImagesResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ImagesResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        body: typing.Union[bytes, typing.IO[bytes]],
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.ImagesCreateResponse:
        """Upload image

        `POST /images`

        Args:
            body: The request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.ImagesCreateResponse`: Stored.

        Example:
            ```python
            client.images.create(
                body=b"file content",
            )
            ```
        """
        return self._core.request(
            "POST",
            "/images",
            content=body,
            content_type="image/png",
            cast_to=models.ImagesCreateResponse,
            options=request_options,
        )


class ImagesResourceWithRawResponse:
    """`client.images.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ImagesResource) -> None:
        self.create = to_raw_response(resource.create)


class ImagesResourceWithStreamingResponse:
    """`client.images.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ImagesResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncImagesResource:
    """Async methods of `client.images`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncImagesResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncImagesResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncImagesResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncImagesResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        body: typing.Union[bytes, typing.IO[bytes]],
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.ImagesCreateResponse:
        """Upload image

        `POST /images`

        Args:
            body: The request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.ImagesCreateResponse`: Stored.

        Example:
            ```python
            await client.images.create(
                body=b"file content",
            )
            ```
        """
        return await self._core.request(
            "POST",
            "/images",
            content=body,
            content_type="image/png",
            cast_to=models.ImagesCreateResponse,
            options=request_options,
        )


class AsyncImagesResourceWithRawResponse:
    """`client.images.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncImagesResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncImagesResourceWithStreamingResponse:
    """`client.images.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncImagesResource) -> None:
        self.create = async_to_streamed_response(resource.create)
