from __future__ import annotations

import typing_extensions


class Meta(typing_extensions.TypedDict):
    """The `Meta` schema."""

    title: str
    pages: typing_extensions.NotRequired[int]
