from __future__ import annotations

import typing

from ..._models import BaseModel


class Leaf(BaseModel):
    """The `Leaf` schema."""

    weight: typing.Optional[int] = None
