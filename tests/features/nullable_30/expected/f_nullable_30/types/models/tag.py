from __future__ import annotations

from ..._models import BaseModel


class Tag(BaseModel):
    """The `Tag` schema."""

    name: str
