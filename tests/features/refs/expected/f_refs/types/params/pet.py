from __future__ import annotations

import typing_extensions

from .owner import Owner


class Pet(typing_extensions.TypedDict):
    """The `Pet` schema."""

    id: int
    name: str
    owner: typing_extensions.NotRequired[Owner]
