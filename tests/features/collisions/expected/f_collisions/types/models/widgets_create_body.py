from __future__ import annotations

import typing

from ..._models import BaseModel


class WidgetsCreateBody(BaseModel):
    """A component that happens to have the inline body's name."""

    flag: typing.Optional[bool] = None
