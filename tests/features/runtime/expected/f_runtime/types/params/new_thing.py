from __future__ import annotations

import typing_extensions


class NewThing(typing_extensions.TypedDict):
    """The `NewThing` schema."""

    name: str
