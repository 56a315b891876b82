from __future__ import annotations

import typing_extensions


class ProductsListWhere(typing_extensions.TypedDict):
    """The `where` query parameter."""

    name: typing_extensions.NotRequired[str]
