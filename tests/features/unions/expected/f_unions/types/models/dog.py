from __future__ import annotations

import pydantic

from ..._models import BaseModel


class Dog(BaseModel):
    """The `Dog` schema."""

    pet_type: str = pydantic.Field(alias="petType")
    barks: bool
