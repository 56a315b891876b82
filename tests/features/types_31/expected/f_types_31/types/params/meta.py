from __future__ import annotations

import typing_extensions


class Meta(typing_extensions.TypedDict):
    """The `Meta` schema."""

    source: typing_extensions.NotRequired[str]
