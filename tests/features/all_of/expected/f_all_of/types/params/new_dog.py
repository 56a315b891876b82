from __future__ import annotations

import typing_extensions


class NewDog(typing_extensions.TypedDict):
    """The `NewDog` schema."""

    name: str
    age: typing_extensions.NotRequired[int]
    breed: str
    good_boy: typing_extensions.NotRequired[bool]
