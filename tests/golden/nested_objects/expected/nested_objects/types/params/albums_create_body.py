from __future__ import annotations

import typing

import typing_extensions

from .albums_create_body_tracks_item import AlbumsCreateBodyTracksItem


class AlbumsCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /albums`."""

    title: str
    tracks: typing.Sequence[AlbumsCreateBodyTracksItem]
    tags: typing_extensions.NotRequired[typing.Mapping[str, str]]
    """Free-form labels."""
