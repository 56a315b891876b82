from __future__ import annotations

import typing

from ..._models import BaseModel
from .owner import Owner


class Pet(BaseModel):
    """The `Pet` schema."""

    id: int
    name: str
    owner: typing.Optional[Owner] = None
