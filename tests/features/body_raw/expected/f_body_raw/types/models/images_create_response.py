from __future__ import annotations

import typing

from ..._models import BaseModel


class ImagesCreateResponse(BaseModel):
    """The response of `POST /images` (Stored.)."""

    size: typing.Optional[int] = None
