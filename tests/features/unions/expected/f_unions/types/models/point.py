from __future__ import annotations

from ..._models import BaseModel


class Point(BaseModel):
    """The `Point` schema."""

    x: float
    y: float
