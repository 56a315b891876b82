from __future__ import annotations

import typing

from ..._models import BaseModel
from .item import Item


class PlainListResponse(BaseModel):
    """The response of `GET /plain` (Everything.)."""

    values: typing.Optional[typing.List[Item]] = None
