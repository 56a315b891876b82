from __future__ import annotations

import typing_extensions


class Leaf(typing_extensions.TypedDict):
    """The `Leaf` schema."""

    weight: typing_extensions.NotRequired[int]
