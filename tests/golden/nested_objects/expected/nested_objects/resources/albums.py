"""`client.albums`: Create an album."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import models, params


class AlbumsResource:
    """Methods of `client.albums`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        *,
        title: str,
        tracks: typing.Sequence[params.AlbumsCreateBodyTracksItem],
        tags: typing.Union[typing.Mapping[str, str], NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Album:
        """Create an album

        An album holds tracks; each track has credits.

        `POST /albums`

        Args:
            title: (no description)
            tracks: (no description)
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
        return self._core.request(
            "POST",
            "/albums",
            json={
                "title": title,
                "tracks": tracks,
                "tags": tags,
            },
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
        title: str,
        tracks: typing.Sequence[params.AlbumsCreateBodyTracksItem],
        tags: typing.Union[typing.Mapping[str, str], NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Album:
        """Create an album

        An album holds tracks; each track has credits.

        `POST /albums`

        Args:
            title: (no description)
            tracks: (no description)
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
        return await self._core.request(
            "POST",
            "/albums",
            json={
                "title": title,
                "tracks": tracks,
                "tags": tags,
            },
            cast_to=models.Album,
            options=request_options,
        )
