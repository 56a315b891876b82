from __future__ import annotations

import typing

from ..._models import BaseModel


class WidgetConfig(BaseModel):
    """The `Widget-Config` schema."""

    x: typing.Optional[int] = None
