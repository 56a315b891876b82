from __future__ import annotations

import typing

from ..._models import BaseModel
from .item import Item


class LinkedListResponse(BaseModel):
    """The response of `GET /linked` (A page.)."""

    items: typing.Optional[typing.List[Item]] = None
