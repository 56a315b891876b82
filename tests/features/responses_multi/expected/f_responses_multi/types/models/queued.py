from __future__ import annotations

from ..._models import BaseModel


class Queued(BaseModel):
    """The `Queued` schema."""

    ticket: str
