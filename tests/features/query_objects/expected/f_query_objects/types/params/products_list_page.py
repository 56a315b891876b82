from __future__ import annotations

import typing_extensions


class ProductsListPage(typing_extensions.TypedDict):
    """The `page` query parameter."""

    offset: typing_extensions.NotRequired[int]
    size: typing_extensions.NotRequired[int]
