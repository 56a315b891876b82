from __future__ import annotations

from ..._models import BaseModel


class Square(BaseModel):
    """The `Square` schema."""

    kind: str
    side: float
