from __future__ import annotations

import typing

from ..._models import BaseModel


class AlbumCover(BaseModel):
    """`cover` in the `Album` schema."""

    url: typing.Optional[str] = None
    width: typing.Optional[int] = None
