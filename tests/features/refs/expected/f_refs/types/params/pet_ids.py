from __future__ import annotations

import typing

import typing_extensions

PetIds: typing_extensions.TypeAlias = typing.Sequence[int]
"""The `PetIds` schema."""
