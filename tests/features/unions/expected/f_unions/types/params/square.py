from __future__ import annotations

import typing_extensions


class Square(typing_extensions.TypedDict):
    """The `Square` schema."""

    kind: str
    side: float
