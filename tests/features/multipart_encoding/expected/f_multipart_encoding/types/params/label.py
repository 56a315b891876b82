from __future__ import annotations

import typing_extensions


class Label(typing_extensions.TypedDict):
    """The `Label` schema."""

    name: str
