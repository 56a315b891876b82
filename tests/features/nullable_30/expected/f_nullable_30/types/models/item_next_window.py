from __future__ import annotations

import typing

from ..._models import BaseModel


class ItemNextWindow(BaseModel):
    """The next window; null meets both members, so it may be null too."""

    start: typing.Optional[str] = None
