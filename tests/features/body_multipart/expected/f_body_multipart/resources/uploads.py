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
from .._types import FileContent, NOT_GIVEN, NotGiven, RequestOptions
from ..types import models


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

    def create(
        self,
        *,
        file: FileContent,
        title: str,
        thumbnails: typing.Union[typing.Sequence[FileContent], NotGiven] = NOT_GIVEN,
        tags: typing.Union[typing.Sequence[str], NotGiven] = NOT_GIVEN,
        size: typing.Union[int, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.UploadsCreateResponse:
        """Upload

        `POST /uploads`

        Args:
            file: The `file` file part of the request body.
            title: `title` in the request body.
            thumbnails: The `thumbnails` file part of the request body.
            tags: `tags` in the request body.
            size: `size` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.UploadsCreateResponse`: Stored.

        Example:
            ```python
            client.uploads.create(
                file=b"file content",
                title="string",
            )
            ```
        """
        return self._core.request(
            "POST",
            "/uploads",
            form={"title": title, "tags": tags, "size": size},
            files={"file": file, "thumbnails": thumbnails},
            cast_to=models.UploadsCreateResponse,
            options=request_options,
        )


class UploadsResourceWithRawResponse:
    """`client.uploads.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: UploadsResource) -> None:
        self.create = to_raw_response(resource.create)


class UploadsResourceWithStreamingResponse:
    """`client.uploads.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: UploadsResource) -> None:
        self.create = to_streamed_response(resource.create)


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

    async def create(
        self,
        *,
        file: FileContent,
        title: str,
        thumbnails: typing.Union[typing.Sequence[FileContent], NotGiven] = NOT_GIVEN,
        tags: typing.Union[typing.Sequence[str], NotGiven] = NOT_GIVEN,
        size: typing.Union[int, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.UploadsCreateResponse:
        """Upload

        `POST /uploads`

        Args:
            file: The `file` file part of the request body.
            title: `title` in the request body.
            thumbnails: The `thumbnails` file part of the request body.
            tags: `tags` in the request body.
            size: `size` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.UploadsCreateResponse`: Stored.

        Example:
            ```python
            await client.uploads.create(
                file=b"file content",
                title="string",
            )
            ```
        """
        return await self._core.request(
            "POST",
            "/uploads",
            form={"title": title, "tags": tags, "size": size},
            files={"file": file, "thumbnails": thumbnails},
            cast_to=models.UploadsCreateResponse,
            options=request_options,
        )


class AsyncUploadsResourceWithRawResponse:
    """`client.uploads.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncUploadsResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncUploadsResourceWithStreamingResponse:
    """`client.uploads.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncUploadsResource) -> None:
        self.create = async_to_streamed_response(resource.create)
