from __future__ import annotations

import typing

from ..._models import BaseModel
from ..enums.item_color_enum import ItemColorEnum
from .tag import Tag


class Item(BaseModel):
    """The `Item` schema."""

    id: str
    note: typing.Optional[str]
    tag: typing.Optional[Tag]
    color: typing.Optional[ItemColorEnum]
    """`color` in the `Item` schema."""

    scores: typing.Optional[typing.List[typing.Optional[int]]]
    size: typing.Optional[int] = None
