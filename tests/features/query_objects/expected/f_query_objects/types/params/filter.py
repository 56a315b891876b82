from __future__ import annotations

import typing_extensions


class Filter(typing_extensions.TypedDict):
    """The `Filter` schema."""

    color: typing_extensions.NotRequired[str]
    max_price: typing_extensions.NotRequired[float]
