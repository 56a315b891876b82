from __future__ import annotations

from ..._models import BaseModel


class Order(BaseModel):
    """The `Order` schema."""

    id: str
    item: str
