from __future__ import annotations

import typing_extensions


class Circle(typing_extensions.TypedDict):
    """The `Circle` schema."""

    kind: str
    radius: float
