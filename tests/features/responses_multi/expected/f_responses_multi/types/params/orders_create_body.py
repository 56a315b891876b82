from __future__ import annotations

import typing_extensions


class OrdersCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /orders`."""

    item: str
