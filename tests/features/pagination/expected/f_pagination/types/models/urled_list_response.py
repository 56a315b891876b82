from __future__ import annotations

import typing

from ..._models import BaseModel
from .item import Item


class UrledListResponse(BaseModel):
    """The response of `GET /urled` (A page.)."""

    results: typing.List[Item]
    next: typing.Optional[str] = None
