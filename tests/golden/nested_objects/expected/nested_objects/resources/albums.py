"""`client.albums`: Create an album."""

from __future__ import annotations

import typing

import typing_extensions

from .._base_client import AsyncCore, SyncCore, check_body
from .._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._types import RequestOptions
from ..types import models, params


class AlbumsResource:
    """Methods of `client.albums`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AlbumsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AlbumsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AlbumsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return AlbumsResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.AlbumsCreateBody],
    ) -> models.Album:
        """Create an album

        An album holds tracks; each track has credits.

        `POST /albums`

        Args:
            title: `title` in the request body.
            tracks: `tracks` in the request body.
            tags: Free-form labels.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Album`: The album

        Example:
            ```python
            client.albums.create(
                title="Blue",
                tracks=[{"name": "string"}],
            )
            ```
        """
        check_body("create", body, params.AlbumsCreateBody)
        return self._core.request(
            "POST",
            "/albums",
            json=body,
            cast_to=models.Album,
            options=request_options,
        )


class AlbumsResourceWithRawResponse:
    """`client.albums.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AlbumsResource) -> None:
        self.create = to_raw_response(resource.create)


class AlbumsResourceWithStreamingResponse:
    """`client.albums.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: AlbumsResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncAlbumsResource:
    """Async methods of `client.albums`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncAlbumsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncAlbumsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncAlbumsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncAlbumsResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.AlbumsCreateBody],
    ) -> models.Album:
        """Create an album

        An album holds tracks; each track has credits.

        `POST /albums`

        Args:
            title: `title` in the request body.
            tracks: `tracks` in the request body.
            tags: Free-form labels.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Album`: The album

        Example:
            ```python
            await client.albums.create(
                title="Blue",
                tracks=[{"name": "string"}],
            )
            ```
        """
        check_body("create", body, params.AlbumsCreateBody)
        return await self._core.request(
            "POST",
            "/albums",
            json=body,
            cast_to=models.Album,
            options=request_options,
        )


class AsyncAlbumsResourceWithRawResponse:
    """`client.albums.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncAlbumsResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncAlbumsResourceWithStreamingResponse:
    """`client.albums.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncAlbumsResource) -> None:
        self.create = async_to_streamed_response(resource.create)
