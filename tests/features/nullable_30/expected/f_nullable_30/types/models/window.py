from __future__ import annotations

import typing

from ..._models import BaseModel


class Window(BaseModel):
    """A time window; null when none is scheduled."""

    start: typing.Optional[str] = None
