from __future__ import annotations

import pydantic

from ..._models import BaseModel


class Cat(BaseModel):
    """The `Cat` schema."""

    pet_type: str = pydantic.Field(alias="petType")
    meows: bool
