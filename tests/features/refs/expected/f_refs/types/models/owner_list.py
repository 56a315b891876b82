from __future__ import annotations

import typing

import typing_extensions

from .owner import Owner

OwnerList: typing_extensions.TypeAlias = typing.List[Owner]
"""The `OwnerList` schema."""
