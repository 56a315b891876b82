from __future__ import annotations

import datetime
import typing
import uuid

from ..._models import BaseModel


class Dog(BaseModel):
    """A dog as stored, three schemas merged."""

    name: str
    age: typing.Optional[int] = None
    breed: str
    good_boy: typing.Optional[bool] = None
    created_at: datetime.datetime
    id: uuid.UUID
