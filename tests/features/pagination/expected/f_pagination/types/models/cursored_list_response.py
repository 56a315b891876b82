from __future__ import annotations

import typing

from ..._models import BaseModel
from .item import Item


class CursoredListResponse(BaseModel):
    """The response of `GET /cursored` (A page.)."""

    data: typing.List[Item]
    next_cursor: typing.Optional[str] = None
