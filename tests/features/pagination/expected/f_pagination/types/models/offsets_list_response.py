from __future__ import annotations

import typing

from ..._models import BaseModel
from .item import Item


class OffsetsListResponse(BaseModel):
    """The response of `GET /offsets` (A page.)."""

    records: typing.Optional[typing.List[Item]] = None
    total: typing.Optional[int] = None
