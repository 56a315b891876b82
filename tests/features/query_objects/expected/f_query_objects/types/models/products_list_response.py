from __future__ import annotations

import typing

from ..._models import BaseModel


class ProductsListResponse(BaseModel):
    """The response of `GET /products` (OK)."""

    count: typing.Optional[int] = None
