from __future__ import annotations

import typing

from ..._models import BaseModel


class Animal(BaseModel):
    """The `Animal` schema."""

    name: str
    age: typing.Optional[int] = None
