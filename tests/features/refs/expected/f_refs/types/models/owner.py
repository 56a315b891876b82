from __future__ import annotations

import typing

from ..._models import BaseModel
from .pet_ids import PetIds


class Owner(BaseModel):
    """The `Owner` schema."""

    name: str
    pets: typing.Optional[PetIds] = None
