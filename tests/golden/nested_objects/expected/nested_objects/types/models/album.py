from __future__ import annotations

import typing
import uuid

from ..._models import BaseModel
from .album_cover import AlbumCover


class Track(BaseModel):
    """The `Track` schema."""

    name: str
    length_seconds: typing.Optional[float] = None
    album: typing.Optional[Album] = None
    """A collection of tracks."""


class Album(BaseModel):
    """A collection of tracks."""

    id: uuid.UUID
    title: str
    tracks: typing.List[Track]
    cover: typing.Optional[AlbumCover] = None
