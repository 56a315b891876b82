from __future__ import annotations

import typing

from ..._models import BaseModel


class EventVariant1(BaseModel):
    """Option 2 of the `Event` schema."""

    type: typing.Literal["ping"]
