from __future__ import annotations

import typing

from ..._models import BaseModel
from ..enums.item_color_enum import ItemColorEnum
from .item_next_window import ItemNextWindow
from .tag import Tag
from .window import Window


class Item(BaseModel):
    """The `Item` schema."""

    window: typing.Optional[Window]
    """A time window; null when none is scheduled."""

    last_window: typing.Optional[Window]
    """A time window; null when none is scheduled."""

    next_window: typing.Optional[ItemNextWindow]
    """The next window; null meets both members, so it may be null too."""

    id: str
    note: typing.Optional[str]
    tag: typing.Optional[Tag]
    color: typing.Optional[ItemColorEnum]
    """`color` in the `Item` schema."""

    scores: typing.Optional[typing.List[typing.Optional[int]]]
    size: typing.Optional[int] = None
