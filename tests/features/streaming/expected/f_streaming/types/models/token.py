from __future__ import annotations

from ..._models import BaseModel


class Token(BaseModel):
    """The `Token` schema."""

    text: str
    index: int
