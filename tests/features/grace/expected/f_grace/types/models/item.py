from __future__ import annotations

from ..._models import BaseModel


class Item(BaseModel):
    """The `Item` schema."""

    id: int
    name: str
