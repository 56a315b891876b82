"""`client.albums`: Create an album."""

from __future__ import annotations

import typing

import typing_extensions

from .._base_client import AsyncCore, SyncCore, check_body
from .._types import RequestOptions
from ..types import models, params


class AlbumsResource:
    """Methods of `client.albums`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

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


class AsyncAlbumsResource:
    """Async methods of `client.albums`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

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
