from __future__ import annotations

import typing

from ..._models import BaseModel


class WidgetsCreateResponse(BaseModel):
    """The `WidgetsCreateResponse` schema."""

    other: typing.Optional[str] = None
