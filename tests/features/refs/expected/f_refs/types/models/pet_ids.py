from __future__ import annotations

import typing

import typing_extensions

from ..._models import BaseModel

PetIds: typing_extensions.TypeAlias = typing.List[int]
"""The `PetIds` schema."""
