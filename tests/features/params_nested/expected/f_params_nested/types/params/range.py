from __future__ import annotations

import typing_extensions

Range = typing_extensions.TypedDict(
    "Range",
    {
        "from": "int",
        "to": "typing_extensions.NotRequired[int]",
    },
)
"""The `Range` schema."""
