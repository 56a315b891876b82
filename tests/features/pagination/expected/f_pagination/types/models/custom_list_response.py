from __future__ import annotations

import typing

from ..._models import BaseModel
from .item import Item


class CustomListResponse(BaseModel):
    """The response of `GET /custom` (A page.)."""

    rows: typing.List[Item]
    continuation: typing.Optional[str] = None
