from __future__ import annotations

from ..._models import BaseModel


class Thing(BaseModel):
    """The `Thing` schema."""

    id: str
    name: str
