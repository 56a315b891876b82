from __future__ import annotations

import typing_extensions

from .options import Options

ItemsCreateBody = typing_extensions.TypedDict(
    "ItemsCreateBody",
    {
        "item-name": "str",
        "options": "typing_extensions.NotRequired[Options]",
    },
)
"""The request body of `POST /items`."""
