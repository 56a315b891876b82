from __future__ import annotations

import typing
import uuid

from ..._models import RecursiveModel, rebuild
from .album_cover import AlbumCover


class Track(RecursiveModel):
    """The `Track` schema."""

    name: str
    length_seconds: typing.Optional[float] = None
    album: typing.Optional[Album] = None
    """A collection of tracks."""


class Album(RecursiveModel):
    """A collection of tracks."""

    id: uuid.UUID
    title: str
    tracks: typing.List[Track]
    cover: typing.Optional[AlbumCover] = None


rebuild(
    Track,
    Album,
)
