from __future__ import annotations

from ..._models import BaseModel


class Limit(BaseModel):
    """Closed model (no extra fields)."""

    max: int
