from __future__ import annotations

import typing_extensions

from .options import Options


class ItemsUpdateBody(typing_extensions.TypedDict):
    """The request body of `PUT /items/{itemId}`."""

    name: str
    options: typing_extensions.NotRequired[Options]
