from __future__ import annotations

import typing_extensions

from .pet_ids import PetIds


class Owner(typing_extensions.TypedDict):
    """The `Owner` schema."""

    name: str
    pets: typing_extensions.NotRequired[PetIds]
