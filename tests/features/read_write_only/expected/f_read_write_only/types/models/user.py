from __future__ import annotations

import datetime
import typing

from ..._models import BaseModel


class User(BaseModel):
    """The `User` schema."""

    id: str
    email: str
    created_at: typing.Optional[datetime.datetime] = None
