from __future__ import annotations

import typing

from ..._models import BaseModel
from .item import Item


class NumberedListResponse(BaseModel):
    """The response of `GET /numbered` (A page.)."""

    entries: typing.Optional[typing.List[Item]] = None
