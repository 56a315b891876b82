from __future__ import annotations

import typing

import typing_extensions

PetIds: typing_extensions.TypeAlias = typing.List[int]
"""The `PetIds` schema."""
