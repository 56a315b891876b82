from __future__ import annotations

import typing_extensions


class ProductsListPoint(typing_extensions.TypedDict):
    """The `point` query parameter."""

    x: typing_extensions.NotRequired[int]
    y: typing_extensions.NotRequired[int]
