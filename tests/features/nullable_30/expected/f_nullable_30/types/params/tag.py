from __future__ import annotations

import typing_extensions


class Tag(typing_extensions.TypedDict):
    """The `Tag` schema."""

    name: str
