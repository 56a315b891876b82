from __future__ import annotations

import typing

from ..._models import BaseModel
from .widget import Widget


class WidgetsCreateResponse2(BaseModel):
    """The response of `POST /widgets` (An inline response, also named like a component.)."""

    id: str
    widget: typing.Optional[Widget] = None
