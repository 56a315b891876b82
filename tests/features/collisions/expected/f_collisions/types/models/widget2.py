from __future__ import annotations

import typing

from ..._models import BaseModel


class Widget2(BaseModel):
    """Differs from `Widget` only by case."""

    name: typing.Optional[str] = None
