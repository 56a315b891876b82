from __future__ import annotations

from ..._models import BaseModel


class Conflict(BaseModel):
    """The `Conflict` schema."""

    existing_id: str
