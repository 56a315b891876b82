from __future__ import annotations

from ..._models import BaseModel


class Circle(BaseModel):
    """The `Circle` schema."""

    kind: str
    radius: float
